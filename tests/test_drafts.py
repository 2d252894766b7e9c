"""Drafts about the seeds are read as an editor would, and checked with the claim pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, write_tree

from factcheck import Checker, InputError
from factcheck.inputs.drafts import (
    NOTHING_CHECKABLE,
    DraftItem,
    draft_claims,
    find_drafts,
    quotations,
    read_draft,
    sentence_spans,
)
from factcheck.models import Report
from factcheck.run.verify import VerifyReport, verify_drafts
from factcheck.sources.corpus import Corpus

DRAFTS = ROOT / "tests" / "data" / "drafts"
ABAI = str(DRAFTS / "abai-case.md")
SCHOOLGIRL = str(DRAFTS / "schoolgirl.txt")
PRESS = str(DRAFTS / "more" / "press-freedom.markdown")
ABAI_CHECKED = ["9:1", "10:1", "14:1", "15:1", "16:1", "22:1", "23:1", "24:1", "25:1", "27:1", "33:1", "34:1", "35:1",
                "39:1", "40:1"]
ABAI_SKIPPED = ["16:2", "18:1", "56:1", "56:2"]


@pytest.fixture(scope="module")
def checker(seeds: Corpus) -> Checker:
    return Checker(seeds)


@pytest.fixture(scope="module")
def abai(seeds: Corpus) -> dict[str, DraftItem]:
    return {item.id.removeprefix(ABAI + ":"): item for item in draft_claims(read_draft(ABAI), seeds.resolve)}


@pytest.fixture(scope="module")
def verified(checker: Checker) -> VerifyReport:
    return verify_drafts([str(DRAFTS)], checker)


def _doc(seeds: Corpus, name: str) -> int | None:
    return seeds.resolve(name)


def test_every_statement_sentence_gets_a_draft_line_id(abai: dict[str, DraftItem]) -> None:
    assert list(abai) == sorted(ABAI_CHECKED + ABAI_SKIPPED, key=lambda k: tuple(map(int, k.split(":"))))
    assert [k for k, item in abai.items() if item.claim is None] == ABAI_SKIPPED
    assert all(item.skipped_reason == NOTHING_CHECKABLE for item in abai.values() if item.claim is None)
    assert abai["9:1"].claim is not None and abai["9:1"].claim.id == f"{ABAI}:9:1"
    assert abai["9:1"].claim.file == ABAI and abai["9:1"].claim.line == 9


def test_lines_that_are_not_statements_yield_nothing(abai: dict[str, DraftItem]) -> None:
    front_matter, headings, comments = range(1, 6), {7, 12, 20, 31}, {29, 42}
    table, code, definitions = range(44, 48), range(49, 55), range(58, 65)
    captions = {37, 66}  # short lines without sentence punctuation: a lead-in and a photo caption
    lines = {item.line for item in abai.values()}
    for skipped in (front_matter, headings, comments, table, code, definitions, captions):
        assert lines.isdisjoint(skipped)


def test_columns_point_at_the_sentence_start(abai: dict[str, DraftItem]) -> None:
    source = Path(ABAI).read_text(encoding="utf-8").split("\n")
    assert (abai["16:2"].column, abai["27:1"].column, abai["39:1"].column, abai["56:2"].column) == (71, 3, 3, 80)
    for item in abai.values():
        assert source[item.line - 1][item.column - 1:].startswith(item.text.split()[0]), item.id


def test_markdown_syntax_is_removed_from_the_sentence(abai: dict[str, DraftItem]) -> None:
    assert abai["22:1"].text == ("The Village was established in 2017 as a light read mostly targeting readers"
                                 " from Almaty.")  # the inline HTML comment is gone
    assert abai["23:1"].text == "Its article reached a readership of 40,000 in just 24 hours."
    assert abai["15:1"].text == "According to Global Voices, he was freed after serving four months in jail."
    assert abai["40:1"].text == "Abay is a town of around 18,000 people, just north of the Uzbekistan border."
    assert abai["16:1"].text == "One of the perpetrators was sentenced to eight years in prison."
    # The inline code `factcheck verify --top 5` is masked: its number does not make the sentence checkable.
    assert abai["56:1"].text == "We ran on this draft before sending it to the desk." and abai["56:1"].claim is None


def test_footnotes_and_links_resolve_to_sources(abai: dict[str, DraftItem], seeds: Corpus) -> None:
    def cited(key: str) -> set[str]:
        return {seeds.documents[_doc(seeds, c)].id for c in abai[key].cites}  # type: ignore[index]

    assert cited("9:1") == cited("10:1") == {"002_c17141c48ebfc846.txt"}  # id among other words
    assert cited("14:1") == {"000_38fea943e4c83ed6.txt"}  # id in <...>
    assert cited("15:1") == {"001_8f1417bf292b09e1.txt"}  # inline link to the source's path
    assert abai["23:1"].cites == ("001_8f1417bf292b09e1",)  # id without extension
    assert cited("27:1") == {"002_c17141c48ebfc846.txt"}  # reference link
    assert cited("33:1") == {"003_389dbaaac7fb8a5a.txt"}  # URL from the source's first line, inside a link
    assert abai["22:1"].cites == () and abai["22:1"].claim.cite == ()  # type: ignore[union-attr]


def test_a_footnote_with_a_url_and_an_id_keeps_the_one_that_resolves(seeds: Corpus) -> None:
    items = draft_claims(read_draft(PRESS), seeds.resolve)
    assert [i.id.removeprefix(PRESS + ":") for i in items] == ["3:1", "4:1", "4:2"]
    assert {i.cites for i in items} == {("001_8f1417bf292b09e1.txt",)}
    assert items[2].column == 110


def test_dangling_footnotes_are_findings(abai: dict[str, DraftItem]) -> None:
    judges, ombud = abai["35:1"], abai["34:1"]
    assert judges.dangling == ("[^judges]: footnote has no definition",)
    assert judges.claim is not None and judges.claim.cite == ("[^judges]",)
    assert len(ombud.dangling) == 1 and "names no source" in ombud.dangling[0]
    assert "Interview notes from the author, March 2021." in ombud.dangling[0] and "line 64" in ombud.dangling[0]
    assert not any(item.dangling for key, item in abai.items() if key not in ("34:1", "35:1"))


def test_quotations_are_extracted(abai: dict[str, DraftItem]) -> None:
    assert abai["24:1"].quotes == ("We demand you stop putting pressure on independent journalists",)
    assert abai["24:1"].claim.quote == abai["24:1"].quotes[0]  # type: ignore[union-attr]
    assert abai["25:1"].quotes == ("ready to provide assistance to Village Kazakhstan",
                                   "protect the rights of journalists")
    curly = abai["34:1"].quotes[0]
    assert curly.startswith("I am more of a mother") and curly.endswith("day and night")


def test_curly_single_quotes_are_not_apostrophes() -> None:
    text = "The children’s ombudswoman called it ‘shameful’, and the boys’ lawyer said «non» and “no.”"
    assert quotations(text) == ("shameful", "non", "no")
    nested = "“The police say: ‘You’re lying.’ And the child says nothing,” she said."
    assert quotations(nested) == ("The police say: ‘You’re lying.’ And the child says nothing",)
    assert quotations("She called the ‘children’s ombudsman’ a failure.") == ("children’s ombudsman",)
    assert quotations("Batyrbekov's lawyer, Qurmanghazy Musir, won 3 cases.") == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("Dr. Smith paid $3.5 million to J. R. Doe on Sept. 3. Then he left.",
     ["Dr. Smith paid $3.5 million to J. R. Doe on Sept. 3.", "Then he left."]),
    ("The rate fell to 41.3 % in 2016. It rose again.", ["The rate fell to 41.3 % in 2016.", "It rose again."]),
    ("She said “no.” Then she left. “Why?” she asked.", ["She said “no.”", "Then she left.", "“Why?” she asked."]),
    ('He said: "We need help. We need it now." Then he left.',
     ['He said: "We need help. We need it now."', "Then he left."]),
    ("He joined the U.S. Army in 2001. The answer was no. Room No. 5 was empty.",
     ["He joined the U.S. Army in 2001.", "The answer was no.", "Room No. 5 was empty."]),
    ('An "unclosed quote. Next one.', ['An "unclosed quote.', "Next one."]),
])
def test_sentences_split_as_an_editor_would(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in sentence_spans(text)] == expected


def test_plain_text_draft(seeds: Corpus) -> None:
    items = {i.id.removeprefix(SCHOOLGIRL + ":"): i for i in draft_claims(read_draft(SCHOOLGIRL), seeds.resolve)}
    assert list(items) == ["3:1", "3:2", "5:1", "5:2", "6:1", "8:1"]  # line 1 is a title
    assert items["3:2"].column == 109 and items["5:2"].column == 49
    assert items["5:2"].quotes == ("only about 14 or 15",)
    assert items["8:1"].skipped_reason == NOTHING_CHECKABLE


def test_escapes_entities_and_inline_html_keep_columns(tmp_path: Path) -> None:
    text = "Tom &amp; Jerry said \\*no\\* in 2019 <br> again. **Abai** is a *village*.\n"
    path = write_tree(tmp_path, {"d.md": text}) / "d.md"
    items = draft_claims(read_draft(str(path)))
    assert [i.text for i in items] == ["Tom & Jerry said *no* in 2019 again.", "Abai is a village."]
    assert [(i.line, i.column) for i in items] == [(1, 1), (1, 51)]


def test_unknown_sources_and_plain_web_links(tmp_path: Path, checker: Checker) -> None:
    draft = write_tree(tmp_path, {"d.md": (
        "Batyrbekov was freed after serving four months in jail.[^x]\n"
        "The [Pegasus Project](https://en.wikipedia.org/wiki/Pegasus_Project) targeted journalists.\n"
        "Ak Zhaiyk is a popular newspaper in the [Atyrau region](notes/atyrau.md).\n\n"
        "[^x]: 009_missing.txt\n")}) / "d.md"
    items = draft_claims(read_draft(str(draft)), checker.corpus.resolve)
    assert [i.cites for i in items] == [("009_missing.txt",), (), ("notes/atyrau.md",)]
    results = verify_drafts([str(draft)], checker).report.results
    statuses = [r.cite_check.status if r.cite_check else None for r in results]
    assert statuses == ["unknown_source", None, "unknown_source"]


def test_find_drafts_walks_folders_and_skips_hidden_files(tmp_path: Path) -> None:
    names = ("abai-case.md", "more/press-freedom.markdown", "schoolgirl.txt")  # .hidden-notes.md is skipped
    assert find_drafts([str(DRAFTS)]) == [(DRAFTS / n).as_posix() for n in names]
    assert find_drafts([ABAI, ABAI]) == [ABAI]
    with pytest.raises(InputError, match="no such draft"):
        find_drafts([str(tmp_path / "missing.md")])
    with pytest.raises(InputError, match="no drafts"):
        find_drafts([str(write_tree(tmp_path / "empty", {"notes.yaml": "x: 1\n"}))])


def test_bad_drafts_are_input_errors_with_file_and_line(tmp_path: Path) -> None:
    bad = write_tree(tmp_path, {"bad.md": b"First line.\nSecond \xff line.\n"}) / "bad.md"
    with pytest.raises(InputError) as error:
        read_draft(str(bad))
    assert error.value.path == str(bad) and error.value.line == 2 and "UTF-8" in str(error.value)
    with pytest.raises(InputError, match="no such draft file"):
        read_draft(str(tmp_path / "gone.md"))


def _results(verified: VerifyReport, path: str) -> dict:
    return {r.claim.id.removeprefix(path + ":"): r for r in verified.report.results if r.claim.file == path}


def test_verdicts_citations_and_quotes_through_the_pipeline(verified: VerifyReport) -> None:
    results = _results(verified, ABAI)
    assert list(results) == ABAI_CHECKED
    assert (results["9:1"].verdict, results["9:1"].cite_check.status) == ("supported", "ok")
    assert (results["14:1"].verdict, results["14:1"].cite_check.status) == ("supported", "wrong_source")
    assert results["15:1"].cite_check.status == "ok"
    assert results["16:1"].verdict == "contradicted"
    assert ("eight years", "seven years") in {(d.claim_value, d.source_value) for d in results["16:1"].disagreements}
    assert results["24:1"].quote_check.status == "exact"
    assert results["27:1"].verdict != "supported"  # 150th, where the source says 155th
    assert results["33:1"].cite_check.status == "ok"
    assert results["34:1"].quote_check.status == "close"
    misquote = {(d.kind, d.claim_value, d.source_value) for d in results["34:1"].disagreements}
    assert ("quote", "father", "mother") in misquote
    assert results["35:1"].cite_check.status == "unknown_source"
    assert results["35:1"].cite_check.unknown == ("[^judges]",)
    assert _results(verified, SCHOOLGIRL)["6:1"].verdict == "contradicted"  # 900-meter, where the source says 500


def test_the_worst_of_several_quotations_leads(verified: VerifyReport) -> None:
    sentence = next(c for c in verified.checked if c.item.id == f"{ABAI}:25:1")
    assert [check.status for _, check in sentence.quote_checks] == ["exact", "missing"]
    assert sentence.result.quote_check is not None and sentence.result.quote_check.status == "missing"


def test_report_counts_and_skipped_items(verified: VerifyReport) -> None:
    assert isinstance(verified.report, Report)
    assert [(d.path, d.sentences, d.checked, d.skipped, d.dangling) for d in verified.drafts] == [
        ((DRAFTS / "abai-case.md").as_posix(), 19, 15, 4, 2), (Path(PRESS).as_posix(), 3, 3, 0, 0),
        ((DRAFTS / "schoolgirl.txt").as_posix(), 6, 5, 1, 0)]
    assert verified.summary()["claims"] == 23 and verified.summary()["skipped"] == 5
    assert all(item.claim is None and item.line for item in verified.skipped)
    assert {r.claim.id for r in verified.report.results}.isdisjoint(item.id for item in verified.skipped)


def test_verify_is_deterministic_and_ids_keep_the_path_as_given(checker: Checker,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    first = verify_drafts(["tests/data/drafts/abai-case.md"], checker)
    assert first.report.results[0].claim.id == "tests/data/drafts/abai-case.md:9:1"
    assert first == verify_drafts(["tests/data/drafts/abai-case.md"], checker)
