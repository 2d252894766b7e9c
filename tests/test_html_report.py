"""Tests for the HTML report (``--format html``) on real runs over the example claims and seeds.

The unit tests read the page back with ``html.parser``: tags balance, every claim and every
evidence quote is there, and every highlighted span is the exact slice of the source its
``data-start``/``data-end`` say. The browser tests open the page in headless Chromium: it
renders, the filters work (by click and by ``#only=`` address), and a screenshot is taken.
They are skipped without a ``chromium`` binary, except under ``CI=true``, where CI installs it.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from dataclasses import dataclass, field, replace
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factcheck import run_check
from factcheck.conflicts.scan import find_conflicts
from factcheck.models import (
    Acceptance,
    Claim,
    ClaimResult,
    Conflict,
    ConflictReport,
    ConflictValue,
    Evidence,
    Report,
)
from factcheck.reports.conflicts import CONFLICT_REPORTERS
from factcheck.reports.html.page import render_conflicts_html, render_html, source_paths
from factcheck.reports.results import REPORTERS
from factcheck.run.pipeline import run_verify
from factcheck.sources.corpus import load_corpus, read_text

ROOT = Path(__file__).resolve().parent.parent
VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())


# ---------------------------------------------------------------- reading the page back


@dataclass
class Element:
    """A closed element: its tag, attributes, and its text (``.cut`` ellipses left out)."""

    tag: str
    attrs: dict[str, str]
    text: str = ""
    source: str = ""  # the data-source of the source block it stands in, if any
    article: str = ""  # the id of the claim (or finding) it belongs to, if any

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


@dataclass
class Page(HTMLParser):
    """Parses a page, checking that every end tag closes the element open last."""

    elements: list[Element] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    stack: list[Element] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        for outer in self.stack:
            element.source = outer.attrs.get("data-source", element.source)
            element.article = outer.attrs["id"] if outer.tag == "article" else element.article
        if tag in VOID:
            self.elements.append(element)
        else:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.errors.append(f"self-closing <{tag}/> in HTML")

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1].tag != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1].tag if self.stack else None}>")
            return
        element = self.stack.pop()
        self.elements.append(element)
        if self.stack and "cut" not in element.classes:
            self.stack[-1].text += element.text

    def handle_data(self, data: str) -> None:
        if self.stack:
            self.stack[-1].text += data

    def find(self, tag: str | None = None, css: str | None = None, **attrs: str) -> list[Element]:
        return [e for e in self.elements if (tag is None or e.tag == tag) and (css is None or css in e.classes)
                and all(e.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())]


def parse(page: str) -> Page:
    parsed = Page()
    parsed.feed(page)
    parsed.close()
    assert not parsed.errors, parsed.errors[:5]
    assert not parsed.stack, [e.tag for e in parsed.stack]
    return parsed


# ---------------------------------------------------------------- fixtures: real runs


@dataclass(frozen=True)
class Rendered:
    report: Report
    texts: dict[str, str]  # source path -> text
    page: str


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    """The seeds' texts by path, as the CLI would pass them."""
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        return {d.path: d.text for d in load_corpus(["seeds"]).documents}


@pytest.fixture(scope="module")
def check(texts: dict[str, str]) -> Rendered:
    """The example run, with paths relative to the repo root as the CLI shows them."""
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        report = run_check(["claims"], ["seeds"]).report
    return Rendered(report, texts, render_html(report, sources=texts))


@pytest.fixture(scope="module")
def verify(texts: dict[str, str]) -> Rendered:
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        report = run_verify(["tests/data/drafts"], ["seeds"]).report
    return Rendered(report, texts, render_html(report, sources=texts))


@pytest.fixture(scope="module")
def conflicts(texts: dict[str, str]) -> tuple[ConflictReport, str]:
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        report = find_conflicts(load_corpus(["seeds"]).documents)
    return report, render_conflicts_html(report, sources=texts)


def _text_of(run: Rendered, source_id: str) -> str:
    paths = {e.source_id: e.path for r in run.report.results for e in r.evidence}
    return run.texts[paths[source_id]]


# ---------------------------------------------------------------- the check page


def test_formats_are_registered() -> None:
    assert REPORTERS["html"] is render_html
    assert CONFLICT_REPORTERS["html"] is render_conflicts_html


@pytest.mark.parametrize("which", ["check", "verify"])
def test_page_is_well_formed(which: str, request: pytest.FixtureRequest) -> None:
    run: Rendered = request.getfixturevalue(which)
    assert run.page.startswith("<!DOCTYPE html>\n<html lang=\"en\">") and run.page.endswith("</html>\n")
    page = parse(run.page)
    ids = [e.attrs["id"] for e in page.elements if "id" in e.attrs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    targets = {e.attrs["href"][1:] for e in page.find("a") if not e.attrs["href"].startswith("#only=")}
    assert targets <= set(ids), f"links to missing anchors: {sorted(targets - set(ids))[:5]}"
    assert len(page.find("script")) == 1 and len(page.find("style")) == 1


def test_every_claim_is_there_with_its_verdict_as_a_word(check: Rendered) -> None:
    page = parse(check.page)
    items = page.find("article")
    assert [(a.attrs["data-verdict"]) for a in items] == [r.verdict for r in check.report.results]
    words = {"supported": "Supported", "partial": "Partial", "contradicted": "Contradicted",
             "disputed": "Disputed", "not_found": "Not found"}
    for item, r in zip(items, check.report.results, strict=True):
        assert r.claim.id in item.text and f"{r.claim.file}:{r.claim.line}" in item.text
        assert r.claim.text in item.text
        assert words[r.verdict] in item.text
        quote = r.quote_check.status if r.quote_check else "none"
        cite = r.cite_check.status if r.cite_check else "none"
        assert (item.attrs["data-quote"], item.attrs["data-cite"]) == (quote, cite)


def test_every_evidence_quote_is_shown_verbatim_in_its_context(check: Rendered) -> None:
    page = parse(check.page)
    for r in check.report.results:
        for e in r.evidence:
            spans = page.find("span", "q", data_start=str(e.start), data_end=str(e.end))
            assert spans and all(s.text == e.quote for s in spans), (r.claim.id, e.quote)
    blocks = page.find("blockquote", "source")
    assert blocks
    for block in blocks:
        text = _text_of(check, block.attrs["data-source"])
        start, end = int(block.attrs["data-start"]), int(block.attrs["data-end"])
        assert block.text == text[start:end]
        assert end - start <= 3000


def test_context_is_cut_at_word_boundaries(check: Rendered) -> None:
    for block in parse(check.page).find("blockquote", "source"):
        text = _text_of(check, block.attrs["data-source"])
        start, end = int(block.attrs["data-start"]), int(block.attrs["data-end"])
        assert start == 0 or not (text[start - 1].isalnum() and text[start].isalnum())
        assert end == len(text) or not (text[end - 1].isalnum() and text[end].isalnum())
        assert not block.text[:1].isspace() and not block.text[-1:].isspace()


def test_highlighted_spans_are_exact_slices(check: Rendered) -> None:
    """Every span with offsets is the slice they name: of its source, or of its claim's own text."""
    page = parse(check.page)
    claims = {f"c-{r.claim.id}": r.claim for r in check.report.results}
    spans = [e for e in page.elements if "data-start" in e.attrs and e.tag != "blockquote"]
    in_sources = [e for e in spans if e.source]
    assert len(in_sources) > 60 and {"q", "val", "variant", "qw"} == set().union(*(e.classes for e in in_sources))
    for e in spans:
        start, end = int(e.attrs["data-start"]), int(e.attrs["data-end"])
        if e.source:
            assert e.text == _text_of(check, e.source)[start:end], (e.classes, e.text)
        else:
            claim = claims[e.article]
            assert e.text == (claim.quote if "qdiff" in e.classes else claim.text)[start:end], e.text


def test_differing_values_are_marked_in_the_source_and_in_the_claim(check: Rendered) -> None:
    page = parse(check.page)
    for r in check.report.results:
        for d in r.disagreements:
            if d.kind == "quote":
                continue
            css = "variant" if d.kind == "name_variant" else "val"
            marks = page.find("mark", css, data_start=str(d.value_start), data_end=str(d.value_end))
            assert [m for m in marks if m.article == f"c-{r.claim.id}" and m.source == d.source_id], (r.claim.id, d)
            if d.kind != "name_variant":
                assert f"<del>{escape(d.claim_value)}</del>" in check.page
                assert f"<ins>{escape(d.source_value)}</ins>" in check.page
    claim_marks = {m.text for m in page.find("mark", "claim-val")}
    assert {"eight years", "2017", "one of the perpetrators was sentenced".capitalize()} <= claim_marks
    assert {"Asem", "Abai"} <= {m.text for m in page.find("mark", "variant") if not m.source}


def test_misquoted_words_are_marked_where_the_source_has_them(check: Rendered) -> None:
    r = next(r for r in check.report.results if r.claim.id == "ombudswoman-quote")
    assert r.quote_check and r.quote_check.status == "close"
    page = parse(check.page)
    quoted = page.find("span", "qw", data_start=str(r.quote_check.start), data_end=str(r.quote_check.end))
    assert quoted and quoted[0].text == r.quote_check.found
    marked = {m.text for m in page.find("mark", "val")}
    assert {"child", "own"} <= marked
    assert {"boy", "real"} <= {m.text for m in page.find("del", "qdiff")}


def test_partial_claims_show_their_missing_words(check: Rendered) -> None:
    page = parse(check.page)
    item = next(a for a in page.find("article") if a.attrs["id"] == "c-sentence-and-reason")
    assert item.attrs["data-verdict"] == "partial" and "fined 5,000 dollars" in item.text
    assert "fined 5,000 dollars" in {m.text for m in page.find("mark", "missing")}


def test_claims_and_evidence_link_both_ways(check: Rendered) -> None:
    page = parse(check.page)
    hrefs = [a.attrs["href"] for a in page.find("a")]
    for r in check.report.results:
        anchor = f"c-{r.claim.id}"
        assert f"#{anchor}" in hrefs
        items = [li for li in page.find("li", "ev") if li.attrs["id"].startswith(anchor + "-")]
        assert len(items) >= len(r.evidence)
    backs = page.find("a", "back")
    assert backs and all(b.attrs["href"].startswith("#c-") for b in backs)
    assert 'href="#c-perpetrator-term-e1">002_c17141c48ebfc846.txt:20</a>' in check.page  # value -> its passage
    assert 'href="#c-ombudswoman-quote-e3">000_38fea943e4c83ed6.txt:45</a>' in check.page  # quote -> its passage


def test_summary_counts_verdicts_quotes_citations_and_sources(check: Rendered) -> None:
    page = parse(check.page)
    summary = page.find("section", "summary")[0].text
    counts = check.report.summary()
    for verdict in ("supported", "partial", "contradicted", "disputed", "not_found"):
        label = page.find("label", f"f-verdict-{verdict}")
        assert label and label[0].text.split()[-1] == str(counts[verdict])
    assert "2 exact" in summary and "1 close" in summary and "1 missing" in summary
    assert "1 wrong source" in summary and "1 unknown source" in summary
    assert "5 quoted as evidence" in summary
    assert "18 claims" in page.find("p", "sub")[0].text


def test_filters_are_hidden_without_script_and_print_shows_everything(check: Rendered) -> None:
    page = parse(check.page)
    nav = page.find("nav", "filters")[0]
    assert "hidden" in nav.attrs
    assert not any("hidden" in a.attrs for a in page.find("article"))
    style = page.find("style")[0].text
    printing = style[style.index("@media print"):]
    assert ".filters" in printing and "display:none" in printing and "[hidden]{display:block!important}" in printing


def test_no_external_resources(check: Rendered, verify: Rendered, conflicts: tuple[ConflictReport, str]) -> None:
    for html in (check.page, verify.page, conflicts[1]):
        page = parse(html)
        for element in page.elements:
            assert element.tag not in ("img", "link", "iframe", "object", "embed", "video", "audio", "source")
            for name, value in element.attrs.items():
                assert name not in ("src", "srcset", "action", "poster", "background"), (element.tag, name)
                assert "://" not in value or name in ("title", "data-source"), (element.tag, name, value)
                if name == "href":
                    assert value.startswith("#"), value
        code = page.find("style")[0].text + page.find("script")[0].text
        assert "://" not in code and "url(" not in code and "@import" not in code and "fetch(" not in code


def test_user_data_is_escaped_and_never_loaded() -> None:
    nasty = 'Visit https://example.com/x?a=1&b=2 <script src="https://evil.example/x.js"></script> "quoted"'
    source = f"Intro.\n\n{nasty} And more.\n"
    start = source.index("Visit")
    evidence = Evidence("s.txt", "seeds/s.txt", 3, 1, start, start + len(nasty), nasty, 80.0, "supports", 3)
    claim = Claim("c1", nasty, "claims/<x>.yaml", 2, quote="<b>", cite=("https://example.com/x",))
    page_text = render_html(Report((ClaimResult(claim, "supported", 80.0, (evidence,), ()),)),
                            sources={"seeds/s.txt": source})
    page = parse(page_text)
    assert len(page.find("script")) == 1 and "evil.example" not in page.find("script")[0].text
    assert "&lt;script src=&quot;https://evil.example/x.js&quot;&gt;" in page_text
    assert page.find("span", "q")[0].text == nasty
    assert all(a.attrs["href"].startswith("#") for a in page.find("a"))
    assert "claims/&lt;x&gt;.yaml:2" in page_text


def test_without_source_texts_the_quote_stands_alone(check: Rendered) -> None:
    plain = render_html(check.report)
    page = parse(plain)
    for block in page.find("blockquote", "source"):
        quote = page.find("span", "q", data_start=block.attrs["data-start"], data_end=block.attrs["data-end"])
        assert quote and block.text == quote[0].text
    stale = {path: "x" + text for path, text in check.texts.items()}  # offsets no longer match
    assert render_html(check.report, sources=stale) == plain


def test_sources_may_be_keyed_by_id(check: Rendered) -> None:
    by_id = {path.rsplit("/", 1)[-1]: text for path, text in check.texts.items()}
    assert render_html(check.report, sources=by_id) == check.page


def test_output_is_deterministic(check: Rendered, texts: dict[str, str]) -> None:
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        again = run_check(["claims"], ["seeds"]).report
    assert render_html(again, sources=dict(reversed(list(texts.items())))) == check.page
    assert REPORTERS["html"](again, color=True) == render_html(check.report)


def test_the_texts_to_pass_are_read_from_the_paths_the_report_names(check: Rendered,
                                                                   conflicts: tuple[ConflictReport, str]) -> None:
    """What the CLI does for --format html: read each quoted source again (as the corpus does)."""
    assert source_paths(check.report) == tuple(sorted(check.texts))
    assert set(source_paths(conflicts[0])) <= set(check.texts)
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        read = {path: read_text(Path(path)) for path in source_paths(check.report)}
        read_conflicts = {path: read_text(Path(path)) for path in source_paths(conflicts[0])}
    assert render_html(check.report, sources=read) == check.page
    assert render_conflicts_html(conflicts[0], sources=read_conflicts) == conflicts[1]


def test_accepted_and_baselined_findings_say_why(check: Rendered) -> None:
    contradicted = next(r for r in check.report.results if r.verdict == "contradicted")
    claim = replace(contradicted.claim, accept=(Acceptance("contradicted", "the <court> record says so"),))
    accepted = parse(render_html(Report((replace(contradicted, claim=claim),))))
    rows = accepted.find("li", "accept")
    assert [r.text for r in rows] == ["accepted contradicted: the <court> record says so"]
    assert "1 accepted" in accepted.find("section", "summary")[0].text
    baselined = parse(render_html(Report((replace(contradicted, baselined=("contradicted",)),))))
    assert [r.text for r in baselined.find("li", "accept")] == ["baselined contradicted: recorded in the baseline file"]
    assert not parse(render_html(Report((contradicted,)))).find("li", "accept")


def test_ids_that_are_not_anchors_become_unique_anchors() -> None:
    results = tuple(ClaimResult(Claim(i, "A claim."), "not_found", 0.0, (), ()) for i in ("a/b:1", "a-b-1", "a b 1"))
    page = parse(render_html(Report(results)))
    anchors = [a.attrs["id"] for a in page.find("article")]
    assert len(set(anchors)) == 3 and all(re.fullmatch(r"[A-Za-z0-9._-]+", a) for a in anchors)


def test_an_empty_report_is_a_page() -> None:
    assert "No claims." in parse(render_html(Report(()))).find("section", "items")[0].text
    assert "do not disagree" in parse(render_conflicts_html(ConflictReport(()))).find("section", "items")[0].text


# ---------------------------------------------------------------- verify and conflicts


def test_verify_page_shows_draft_sentences_and_skipped_ones(verify: Rendered) -> None:
    page = parse(verify.page)
    assert page.find("h1")[0].text == "Draft check"
    items = page.find("article")
    assert len(items) == len(verify.report.results) > 5
    for item, r in zip(items, verify.report.results, strict=True):
        assert f"{r.claim.file}:{r.claim.line}:{r.claim.column}" in item.text
    skipped = page.find("details", "skipped")
    count = len(verify.report.skipped)
    assert skipped and f"{count} sentence{'' if count == 1 else 's'} skipped" in skipped[0].text
    assert all(s.text in skipped[0].text for s in verify.report.skipped)


def test_conflicts_page_marks_every_value(conflicts: tuple[ConflictReport, str], texts: dict[str, str]) -> None:
    report, html = conflicts
    page = parse(html)
    items = page.find("article")
    assert len(items) == len(report.conflicts) >= 3
    for item, c in zip(items, report.conflicts, strict=True):
        assert item.attrs["data-kind"] == c.kind and c.subject in item.text
        for v in c.values:
            marks = page.find("mark", "val", data_start=str(v.value_start), data_end=str(v.value_end))
            assert marks and marks[0].text == texts[v.path][v.value_start:v.value_end]
            quotes = page.find("span", "q", data_start=str(v.start), data_end=str(v.end))
            assert quotes and quotes[0].text == v.quote
    assert "5 documents" in page.find("p", "sub")[0].text
    assert render_conflicts_html(report, sources=texts) == html


def test_explained_and_baselined_conflicts_say_why() -> None:
    value = ConflictValue("Abay", "a.txt", "seeds/a.txt", 1, 1, 0, 4, "Abay", 0, 4)
    other = replace(value, value="Abai", source_id="b.txt", path="seeds/b.txt", quote="Abai")
    explained = Conflict("name_variant", "town", 0.9, (value, other), True, "one town")
    baselined = Conflict("number", "people", 0.8, (value, other), baselined=True)
    page = parse(render_conflicts_html(ConflictReport((explained, baselined), 2, 2)))
    items = page.find("article")
    assert [a.attrs["data-status"] for a in items] == ["explained", "baselined"]
    assert "one town" in items[0].text and "recorded in the baseline file" in items[1].text


# ---------------------------------------------------------------- in a real browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def browser(tmp_path: Path) -> list[str]:
    """The headless Chromium command; skipped when there is none, failed when CI should have one."""
    if CHROMIUM is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed, but CI=true: .ci/run installs it")
        pytest.skip("no chromium on PATH")
    return [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--no-first-run", "--hide-scrollbars",
            f"--user-data-dir={tmp_path / 'profile'}"]


def _dom(browser: list[str], url: str, *extra: str) -> Page:
    done = subprocess.run([*browser, *extra, "--dump-dom", url], capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0 and "</html>" in done.stdout, done.stderr[-2000:]
    page = Page()
    page.feed(done.stdout)
    return page


def _shown(page: Page) -> dict[str, bool]:
    return {a.attrs["id"]: "hidden" not in a.attrs for a in page.find("article")}


def test_browser_filters_by_address(browser: list[str], check: Rendered, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(check.page, encoding="utf-8")
    page = _dom(browser, f"{path.as_uri()}#only=contradicted,disputed")
    shown = _shown(page)
    wanted = {f"c-{r.claim.id}" for r in check.report.results if r.verdict in ("contradicted", "disputed")}
    assert {a for a, visible in shown.items() if visible} == wanted
    assert "hidden" not in page.find("nav", "filters")[0].attrs
    assert page.find("span", None, id="shown")[0].text == f"Showing {len(wanted)} of {len(shown)}"
    both = _dom(browser, f"{path.as_uri()}#only=supported,quote:close")
    assert [a for a, visible in _shown(both).items() if visible] == ["c-ombudswoman-quote"]


def test_browser_filters_by_click_and_keeps_the_address(browser: list[str], check: Rendered, tmp_path: Path) -> None:
    click = ('<script>var b=document.querySelector("input[name=verdict][value=supported]");b.click();'
             'document.body.setAttribute("data-hash",location.hash);</script></body>')
    path = tmp_path / "report.html"
    path.write_text(check.page.replace("</body>", click), encoding="utf-8")
    page = _dom(browser, path.as_uri())
    shown = _shown(page)
    assert {a for a, visible in shown.items() if not visible} == \
        {f"c-{r.claim.id}" for r in check.report.results if r.verdict == "supported"}
    body = page.find("body")[0]
    assert body.attrs["data-hash"] == "#only=partial,contradicted,disputed,not_found"
    rows = [r for r in page.find("tr") if "data-item-row" in r.attrs]
    assert sum("hidden" not in r.attrs for r in rows) == sum(shown.values())


def test_browser_without_script_shows_everything(browser: list[str], check: Rendered, tmp_path: Path) -> None:
    """As with scripts turned off: ``--dump-dom`` itself needs them, so the page loses its script."""
    path = tmp_path / "report.html"
    path.write_text(re.sub(r"<script>.*?</script>", "", check.page, flags=re.DOTALL), encoding="utf-8")
    page = _dom(browser, f"{path.as_uri()}#only=contradicted")
    assert all(_shown(page).values()) and "hidden" in page.find("nav", "filters")[0].attrs


def test_browser_conflicts_filter(browser: list[str], conflicts: tuple[ConflictReport, str], tmp_path: Path) -> None:
    path = tmp_path / "conflicts.html"
    path.write_text(conflicts[1], encoding="utf-8")
    page = _dom(browser, f"{path.as_uri()}#only=statement")
    kinds = {a.attrs["data-kind"]: "hidden" not in a.attrs for a in page.find("article")}
    assert kinds == {"name_variant": False, "statement": True}


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("fragment", ["", "#only=contradicted"])
def test_browser_screenshot(browser: list[str], check: Rendered, tmp_path: Path, fragment: str) -> None:
    path, shot = tmp_path / "report.html", tmp_path / "report.png"
    path.write_text(check.page, encoding="utf-8")
    done = subprocess.run([*browser, f"--screenshot={shot}", "--window-size=1280,2000", path.as_uri() + fragment],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert _png_size(shot) == (1280, 2000) and shot.stat().st_size > 50_000


def test_browser_prints_every_item(browser: list[str], check: Rendered, tmp_path: Path) -> None:
    """Printing a filtered view prints everything: the same pages as the unfiltered one."""
    path = tmp_path / "report.html"
    path.write_text(check.page, encoding="utf-8")
    pages = []
    for fragment in ("", "#only=not_found"):
        pdf = tmp_path / f"report{len(pages)}.pdf"
        subprocess.run([*browser, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", path.as_uri() + fragment],
                       capture_output=True, timeout=120, check=False)
        pages.append(len(re.findall(rb"/Type\s*/Page\b", pdf.read_bytes())))
    assert pages[0] > 3 and pages[0] == pages[1]
