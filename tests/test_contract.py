"""Library-level contract invariants (CONTRACT.md sections 3 and 4) on the examples and on real,
messy text (a sample of WiCE): every quote is a verbatim slice, never cut mid-word, located at the
right line and column; the words used are the contract's; the summary adds up.

Source texts are read here independently of factcheck, the way the contract defines them
(UTF-8, BOM dropped, Python text-mode newlines)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, SEEDS, SHARED_DATA, write_tree

from factcheck import Checker, Options, load_claims, load_corpus, models, run_check
from factcheck.models import ClaimResult, Report

VERDICTS = {"supported", "partial", "contradicted", "disputed", "not_found"}
STANCES = {"supports", "contradicts", "related"}
QUOTE_STATUSES = {"exact", "close", "missing"}
CITE_STATUSES = {"ok", "wrong_source", "not_found", "unknown_source"}
WICE = SHARED_DATA / "wice-dev"
WICE_SAMPLE = 40


@dataclass(frozen=True)
class Case:
    """A finished run and the folder its source ids are relative to."""

    report: Report
    root: Path
    top: int

    @property
    def results(self) -> tuple[ClaimResult, ...]:
        return self.report.results

    def text(self, source_id: str) -> str:
        return _read(self.root / source_id)


@cache
def _read(path: Path) -> str:
    with open(path, encoding="utf-8-sig") as handle:
        return handle.read()


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _cut_mid_word(text: str, start: int, end: int) -> list[str]:
    problems = []
    if start < end:
        if start > 0 and text[start - 1].isalnum() and text[start].isalnum():
            problems.append(f"starts mid-word at {start}: ...{text[max(0, start - 15):start + 15]!r}")
        if end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
            problems.append(f"ends mid-word at {end}: ...{text[max(0, end - 15):end + 15]!r}")
    return problems


def _seeds_case(top: int | None = None) -> Case:
    claims = [str(ROOT / "claims")]
    if top is None:
        return Case(run_check(claims, [str(SEEDS)]).report, SEEDS, 3)
    corpus = load_corpus([SEEDS])
    report = Checker(corpus, Options(top=top)).check(c for f in load_claims(claims) for c in f.claims)
    return Case(report, SEEDS, top)


@pytest.fixture(scope="module")
def wice_claims(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (WICE / "claims.yaml").is_file() or not (WICE / "sources").is_dir():
        pytest.skip("WiCE dev data not available")
    data = yaml.safe_load((WICE / "claims.yaml").read_text(encoding="utf-8"))
    records = data["claims"] if isinstance(data, dict) else data
    path = tmp_path_factory.mktemp("wice") / "claims.yaml"
    path.write_text(yaml.safe_dump({"claims": records[:WICE_SAMPLE]}, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    return path


CASES: dict[str, Callable[..., Case]] = {}


@pytest.fixture(scope="module", params=["seeds", "seeds-top1", "seeds-top8", "wice", "wice-top8"])
def case(request: pytest.FixtureRequest) -> Case:
    name = request.param
    if name not in CASES:
        if name == "seeds":
            CASES[name] = _seeds_case()
        elif name.startswith("seeds-top"):
            CASES[name] = _seeds_case(int(name.removeprefix("seeds-top")))
        else:
            claims = request.getfixturevalue("wice_claims")
            sources = WICE / "sources"
            if name == "wice":
                CASES[name] = Case(run_check([str(claims)], [str(sources)]).report, sources, 3)
            else:
                corpus = load_corpus([sources])
                claim_list = [c for f in load_claims([claims]) for c in f.claims]
                CASES[name] = Case(Checker(corpus, Options(top=8)).check(claim_list), sources, 8)
    return CASES[name]


def _report(problems: list[str]) -> str:
    return f"{len(problems)} problems:\n" + "\n".join(problems[:40])


def test_contract_words_match_the_models() -> None:
    assert set(models.VERDICTS) == VERDICTS
    assert set(models.STANCES) == STANCES
    assert set(models.QUOTE_STATUSES) == QUOTE_STATUSES
    assert set(models.CITE_STATUSES) == CITE_STATUSES


def test_every_claim_gets_one_result(case: Case) -> None:
    assert case.results, "no results"
    ids = [r.claim.id for r in case.results]
    assert len(ids) == len(set(ids))


def test_evidence_is_a_verbatim_slice_at_its_line_and_column(case: Case) -> None:
    problems = []
    for r in case.results:
        for n, e in enumerate(r.evidence):
            where = f"{r.claim.id}.evidence[{n}] ({e.source_id})"
            text = case.text(e.source_id)
            if not 0 <= e.start < e.end <= len(text):
                problems.append(f"{where}: start/end {e.start}/{e.end} outside 0..{len(text)}")
                continue
            if text[e.start:e.end] != e.quote:
                problems.append(f"{where}: text[start:end] is {text[e.start:e.end][:60]!r}, quote {e.quote[:60]!r}")
            if (e.line, e.column) != _position(text, e.start):
                problems.append(f"{where}: line:column {e.line}:{e.column}, start is at {_position(text, e.start)}")
            if e.end_line and e.end_line != _position(text, e.end - 1)[0]:
                problems.append(f"{where}: end_line {e.end_line}, last character on {_position(text, e.end - 1)[0]}")
            if e.quote != e.quote.strip():
                problems.append(f"{where}: quote has surrounding whitespace {e.quote[:20]!r}...{e.quote[-20:]!r}")
            problems += [f"{where}: {p}" for p in _cut_mid_word(text, e.start, e.end)]
            if (case.root / e.source_id).resolve() != Path(e.path).resolve():
                problems.append(f"{where}: path {e.path} is not the file of {e.source_id}")
    assert not problems, _report(problems)


def test_disagreements_are_verbatim_slices(case: Case) -> None:
    problems = []
    for r in case.results:
        for n, d in enumerate(r.disagreements):
            where = f"{r.claim.id}.disagreements[{n}] ({d.kind}, {d.source_id})"
            text = case.text(d.source_id)
            if not 0 <= d.start <= d.value_start <= d.value_end <= d.end <= len(text):
                problems.append(f"{where}: value {d.value_start}:{d.value_end} not inside quote {d.start}:{d.end}")
                continue
            if text[d.start:d.end] != d.quote:
                problems.append(f"{where}: text[start:end] is {text[d.start:d.end][:60]!r}, quote {d.quote[:60]!r}")
            if d.source_value not in text[d.value_start:d.value_end]:
                problems.append(f"{where}: source_value {d.source_value!r} not in {text[d.value_start:d.value_end]!r}")
            if d.kind in ("number", "date", "name") and text[d.value_start:d.value_end] != d.source_value:
                problems.append(f"{where}: text[value_start:value_end] {text[d.value_start:d.value_end]!r} "
                                f"is not source_value {d.source_value!r}")
            first, last = _position(text, d.start)[0], _position(text, max(d.start, d.end - 1))[0]
            if not first <= d.line <= last:
                problems.append(f"{where}: line {d.line} outside the quote's lines {first}-{last}")
            problems += [f"{where}: {p}" for p in _cut_mid_word(text, d.start, d.end)]
            problems += [f"{where} value: {p}" for p in _cut_mid_word(text, d.value_start, d.value_end)]
            if not (d.claim_value and d.source_value) and not (d.kind == "quote" and (d.claim_value or d.source_value)):
                problems.append(f"{where}: empty value {d.claim_value!r} / {d.source_value!r}")
    assert not problems, _report(problems)


def test_quote_check_is_a_verbatim_slice(case: Case) -> None:
    problems = []
    for r in case.results:
        q = r.quote_check
        if (q is None) != (r.claim.quote is None):
            problems.append(f"{r.claim.id}: quote_check {q} but quote {r.claim.quote!r}")
        if q is None:
            continue
        where = f"{r.claim.id}.quote_check ({q.status})"
        if q.status not in QUOTE_STATUSES:
            problems.append(f"{where}: status not in the contract")
        if q.status == "missing":
            continue
        if q.source_id is None or q.start is None or q.end is None or q.found is None:
            problems.append(f"{where}: found but no source_id/start/end/found")
            continue
        text = case.text(q.source_id)
        if text[q.start:q.end] != q.found:
            problems.append(f"{where}: text[start:end] is {text[q.start:q.end][:60]!r}, found {q.found[:60]!r}")
        if q.line != _position(text, q.start)[0]:
            problems.append(f"{where}: line {q.line}, start on line {_position(text, q.start)[0]}")
        problems += [f"{where}: {p}" for p in _cut_mid_word(text, q.start, q.end)]
        if q.status == "close" and not q.differences:
            problems.append(f"{where}: a close quote shows no differing words")
        if q.status == "close" and not any(d.kind == "quote" for d in r.disagreements):
            problems.append(f"{where}: a close quote has no 'quote' disagreement")
    assert not problems, _report(problems)


def test_evidence_count_is_at_most_top(case: Case) -> None:
    counts = [len(r.evidence) for r in case.results]
    assert max(counts) <= case.top
    assert max(counts) >= 1


def test_summary_adds_up(case: Case) -> None:
    summary = case.report.summary()
    assert summary["claims"] == len(case.results)
    assert set(summary) == {"claims"} | VERDICTS
    assert sum(summary[v] for v in VERDICTS) == summary["claims"]
    for verdict in VERDICTS:
        assert summary[verdict] == sum(r.verdict == verdict for r in case.results), verdict


def test_words_are_the_contracts(case: Case) -> None:
    for r in case.results:
        assert r.verdict in VERDICTS, r.claim.id
        assert {e.stance for e in r.evidence} <= STANCES, r.claim.id
        if r.cite_check is not None:
            assert r.cite_check.status in CITE_STATUSES, r.claim.id
        assert isinstance(r.score, float) and 0.0 <= r.score <= 100.0, (r.claim.id, r.score)
        assert all(0.0 <= e.score <= 100.0 for e in r.evidence), r.claim.id


def test_stances_agree_with_the_verdict(case: Case) -> None:
    """supported: no passage contradicts; contradicted: none supports; not_found: nothing close enough
    (only merely related passages); partial: the unsupported parts are listed, and only partial results list them."""
    problems = []
    for r in case.results:
        stances = {e.stance for e in r.evidence}
        if r.verdict == "supported" and "contradicts" in stances:
            problems.append(f"{r.claim.id}: supported with stances {sorted(stances)}")
        if r.verdict == "contradicted" and "supports" in stances:
            problems.append(f"{r.claim.id}: contradicted with stances {sorted(stances)}")
        if r.verdict == "not_found" and stances - {"related"}:
            problems.append(f"{r.claim.id}: not_found with stances {sorted(stances)}")
        if (r.verdict == "partial") != bool(r.missing):
            problems.append(f"{r.claim.id}: verdict {r.verdict} with missing {r.missing}")
        problems += [f"{r.claim.id}: missing {m!r} is not words of the claim"
                     for m in r.missing if m not in r.claim.text]
    assert not problems, _report(problems)


def test_cite_check_is_consistent(case: Case) -> None:
    problems = []
    for r in case.results:
        c = r.cite_check
        if (c is None) != (not r.claim.cite):
            problems.append(f"{r.claim.id}: cite_check {c} but cite {r.claim.cite}")
        if c is None:
            continue
        if tuple(c.cited) != tuple(r.claim.cite):
            problems.append(f"{r.claim.id}: cited {c.cited}, claim cites {r.claim.cite}")
        if (c.status == "unknown_source") != bool(c.unknown):
            problems.append(f"{r.claim.id}: status {c.status} with unknown {c.unknown}")
        if c.status == "not_found" and c.found_in:
            problems.append(f"{r.claim.id}: not_found but found in {c.found_in}")
        if c.status == "wrong_source" and not c.found_in:
            problems.append(f"{r.claim.id}: wrong_source but found nowhere")
        for source_id in c.found_in:
            if not (case.root / source_id).is_file():
                problems.append(f"{r.claim.id}: found_in {source_id!r} is no source")
    assert not problems, _report(problems)


def test_evidence_is_deterministic() -> None:
    first, second = _seeds_case(), _seeds_case()
    assert first.report == second.report


@pytest.mark.parametrize("case", ["seeds", "seeds-top1", "seeds-top8", "wice"], indirect=True)
def test_evidence_shows_what_the_verdict_rests_on(case: Case) -> None:
    """With the default --top, a reader sees the passage(s) the verdict rests on: a supporting one for
    supported, a contradicting one for contradicted, one of each for disputed."""
    needed = {"supported": {"supports"}, "contradicted": {"contradicts"},
              "disputed": {"supports", "contradicts"} if case.top >= 2 else set()}
    problems = [f"{r.claim.id}: {r.verdict} with evidence stances {[e.stance for e in r.evidence]}"
                for r in case.results if not needed.get(r.verdict, set()) <= {e.stance for e in r.evidence}]
    assert not problems, _report(problems)


PORTOLA_CITED = """\
Portola High School in Irvine opened its doors in 2016 to 400 freshmen.

The Portola High School campus in Irvine cost 300 million dollars to build.

Portola High School students in Irvine chose the bulldog as their mascot.

Teachers at Portola High School in Irvine prepared their classrooms for weeks.
"""
PORTOLA_OTHER = "Portola High School in Irvine opened its doors in 2014 to 400 freshmen.\n"
PORTOLA_CLAIMS = """\
claims:
  - id: portola
    claim: Portola High School in Irvine opened in 2016 with 400 freshmen.
    cite: cited.txt
"""


def test_disputed_evidence_shows_both_sides(tmp_path: Path) -> None:
    write_tree(tmp_path, {"src/cited.txt": PORTOLA_CITED, "src/other.txt": PORTOLA_OTHER, "c.yaml": PORTOLA_CLAIMS})
    (result,) = run_check([str(tmp_path / "c.yaml")], [str(tmp_path / "src")]).report.results
    assert result.verdict == "disputed"
    assert any(d.kind == "date" and d.source_id == "other.txt" for d in result.disagreements)
    assert {"supports", "contradicts"} <= {e.stance for e in result.evidence}, \
        [(e.source_id, e.line, e.stance) for e in result.evidence]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


@pytest.mark.parametrize("case", ["seeds"], indirect=True)
def test_close_quote_is_not_cut_short(case: Case) -> None:
    """The excerpt found for a close quote covers the quote's first and last words when the source has them there."""
    problems = []
    for r in case.results:
        q = r.quote_check
        if q is None or q.status != "close" or q.found is None or q.start is None or q.end is None:
            continue
        text, quoted, found = case.text(q.source_id or ""), _words(r.claim.quote or ""), _words(q.found)
        before, after = _words(text[max(0, q.start - 40):q.start]), _words(text[q.end:q.end + 40])
        if quoted and found and quoted[0] != found[0] and before and before[-1] == quoted[0]:
            problems.append(f"{r.claim.id}: found {q.found[:30]!r}... but the source has {quoted[0]!r} just before it")
        if quoted and found and quoted[-1] != found[-1] and after and after[0] == quoted[-1]:
            problems.append(f"{r.claim.id}: found ...{q.found[-30:]!r} but the source has {quoted[-1]!r} just after it")
        problems += [f"{r.claim.id}: difference {a!r} -> {b!r} although the source has {a!r} right there"
                     for a, b in q.differences if a and not b and before and before[-1] == a.casefold()]
    assert not problems, _report(problems)
