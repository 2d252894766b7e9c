"""Sources and drafts read as a reader sees them (issue 11): sentence boundaries around
initialisms, titles, decimals, ellipses and closing quotes; reference markers that are no
words; HTML read as text. Offsets still index the original text."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, write_tree

from factcheck.index.bm25 import terms
from factcheck.inputs.drafts import draft_claims, read_draft
from factcheck.inputs.sentences import sentence_spans
from factcheck.match.retrieve import Matcher
from factcheck.models import Document
from factcheck.sources.corpus import Corpus, load_corpus
from factcheck.sources.passages import blank_markers, mask, split_passages, split_sentences
from factcheck.verdicts.quotes import QuoteFinder

sys.path.insert(0, str(ROOT / "bench"))
import splitters

CASES = Path("/work/shared/cases")


def _source_sentences(text: str, name: str = "x.txt") -> list[str]:
    document = Document(name, name, text, (), (0,))
    return [text[p.start:p.end] for p in split_passages(document, 0)]


def _draft_sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


# --- sentence boundaries, in both splitters ------------------------------------------------

SAME_IN_BOTH = [
    # initialisms: end a sentence before a word that opens sentences, not before a name
    ("He studied law in the U.K. He came back in 1990.", ["He studied law in the U.K.", "He came back in 1990."]),
    ("The U.K. Parliament voted on it. It passed.", ["The U.K. Parliament voted on it.", "It passed."]),
    ("She earned a Ph.D. In 2001 she moved to Oslo.", ["She earned a Ph.D.", "In 2001 she moved to Oslo."]),
    ("Her Ph.D. thesis was on ice. She won a prize.", ["Her Ph.D. thesis was on ice.", "She won a prize."]),
    ("They met in Washington, D.C. Their talks failed.", ["They met in Washington, D.C.", "Their talks failed."]),
    ("He read H.G. Wells at school.", ["He read H.G. Wells at school."]),
    # titles never end a sentence; "No." holds before a number
    ("Dr. Ames met St. John at No. 5 Downing Street. Mr. Li was late.",
     ["Dr. Ames met St. John at No. 5 Downing Street.", "Mr. Li was late."]),
    ("The lodge, No. 480, closed in 1828. It never reopened.", ["The lodge, No. 480, closed in 1828.", "It never reopened."]),
    # abbreviations that end sentences as often as not
    ("It was sold to Acme Inc. The deal closed in May.", ["It was sold to Acme Inc.", "The deal closed in May."]),
    ("The race starts at 4 p.m. EST on Friday.", ["The race starts at 4 p.m. EST on Friday."]),
    ("They left at 5 p.m. However, the bus was late.", ["They left at 5 p.m.", "However, the bus was late."]),
    ("Fruit, nuts, etc. Most of it rotted.", ["Fruit, nuts, etc.", "Most of it rotted."]),
    # initials: a name goes on, a sentence starter does not
    ("It was signed by John F. Kennedy in 1963.", ["It was signed by John F. Kennedy in 1963."]),
    ("Drag peaks at Max Q. This sets the design load.", ["Drag peaks at Max Q.", "This sets the design load."]),
    ("The memo was from J. A. Smith. Nobody read it.", ["The memo was from J. A. Smith.", "Nobody read it."]),
    # decimals, ellipses, closing quotes
    ("Output grew 3.5 percent in 2019. It fell by 0.8 in 2020.", ["Output grew 3.5 percent in 2019.", "It fell by 0.8 in 2020."]),
    ("Count 1, 2, 3... and so on. Then stop.", ["Count 1, 2, 3... and so on.", "Then stop."]),
    ("He waited a while … Then he spoke.", ["He waited a while …", "Then he spoke."]),
    ('He said it was "a mistake." She disagreed.', ['He said it was "a mistake."', "She disagreed."]),
    ('"Why now?" she asked. Nobody knew.', ['"Why now?" she asked.', "Nobody knew."]),
    ("“We are done.” The talks ended.", ["“We are done.”", "The talks ended."]),
    # reference markers break no sentence and end none
    ("The bridge[4] opened in 1931.[5] Its span is 84 metres.[6]", ["The bridge[4] opened in 1931.[5]", "Its span is 84 metres.[6]"]),
    ("It was rebuilt[38, 39] in 1958.[1][2] A flood followed.[citation needed]",
     ["It was rebuilt[38, 39] in 1958.[1][2]", "A flood followed.[citation needed]"]),
]


@pytest.mark.parametrize(("text", "expected"), SAME_IN_BOTH)
def test_the_sources_splitter_ends_sentences_where_a_reader_does(text: str, expected: list[str]) -> None:
    got = _source_sentences(text)
    # a source's passage ends at the full stop: a marker after it is blank space between sentences
    assert got == [e.rsplit(".", 1)[0] + "." if e.endswith("]") else e for e in expected]


@pytest.mark.parametrize(("text", "expected"), SAME_IN_BOTH)
def test_the_drafts_splitter_ends_sentences_where_a_reader_does(text: str, expected: list[str]) -> None:
    if "[" in text:  # a draft's markers are left out of its text before it is split (see below)
        text = blank_markers(text)
        expected = [e.rsplit(".", 1)[0] + "." if e.endswith("]") else e for e in expected]
        expected = [blank_markers(e) for e in expected]
    assert _draft_sentences(text) == expected


def test_both_splitters_on_the_gold_boundaries() -> None:
    # tests/data/sentences_gold.txt: 254 boundaries in real text, read by hand (see its header).
    # bench/splitters.py prints these figures beside pySBD, syntok, blingfire and Punkt.
    gold = splitters.read_gold()
    assert sum(len(marks) for _, _, marks, _ in gold) >= 200
    precision, recall, f1, _ = splitters.score(splitters.ours_source, gold)
    assert precision >= 0.99 and recall >= 0.99, (precision, recall)
    precision, recall, f1, _ = splitters.score(splitters.ours_draft, gold)
    # a draft's splitter never cuts glued sentences ("justice.The"), which only scraped sources have
    assert precision >= 0.99 and f1 >= 0.96, (precision, f1)


def test_the_gold_paragraphs_without_glued_sentences_split_the_same_in_drafts_and_sources() -> None:
    for where, text, marks, optional in splitters.read_gold():
        if "glued" in where:
            continue
        source = set(splitters.ours_source(text)) - optional
        draft = set(splitters.ours_draft(text)) - optional
        assert source - draft <= marks, where  # the draft splitter adds no boundary the source one lacks


# --- reference markers ----------------------------------------------------------------------

@pytest.mark.parametrize("marker", ["[4]", "[38, 39]", "[12–14]", "[a]", "[iv]", "[citation needed]", "[1][2]",
                                    "[note 3]", "[clarification needed]", "¹", "²³"])
def test_reference_markers_are_blanked_keeping_offsets(marker: str) -> None:
    text = f"The weir was rebuilt{marker} in 1958."
    view = mask(Document("w.txt", "w.txt", text, (), (0,)))
    assert len(view) == len(text)
    assert " ".join(view.split()) == "The weir was rebuilt in 1958."


@pytest.mark.parametrize("text", ["An area of 40 km² was flooded.", "We suggest they [try and] solve it.",
                                  "[T]he council voted.", "It holds 10³ litres.", "See [the report] for details."])
def test_what_is_not_a_marker_stays(text: str) -> None:
    assert mask(Document("w.txt", "w.txt", text, (), (0,))) == text


def test_markers_are_no_index_terms() -> None:
    text = "The Aldgate viaduct was designed by Ilse Marten[47] and opened in 1931.[58]"
    passages = split_passages(Document("v.txt", "v.txt", text, (), (0,)), 0)
    assert len(passages) == 1
    assert "47" not in terms(passages[0].norm) and "58" not in terms(passages[0].norm)
    assert "1931" in terms(passages[0].norm)


def _corpus(tmp_path: Path, files: dict[str, str]) -> Corpus:
    return load_corpus([str(write_tree(tmp_path, files))])


def test_a_quote_that_leaves_markers_out_is_exact_and_reported_verbatim(tmp_path: Path) -> None:
    text = ("Aldgate viaduct\n\nThe Aldgate viaduct was designed by the engineer Ilse Marten[4] and opened to "
            "trains in 1931.[5] Its central span is 84 metres long.[6]\n")
    corpus = _corpus(tmp_path, {"v.txt": text})
    finder = QuoteFinder(Matcher(corpus))
    found = finder.check("designed by the engineer Ilse Marten and opened to trains in 1931")
    assert found.status == "exact"
    assert found.found == "designed by the engineer Ilse Marten[4] and opened to trains in 1931"
    assert text[found.start:found.end] == found.found
    elided = finder.check("designed by the engineer Ilse Marten … in 1931")
    assert elided.status == "exact" and text[elided.start:elided.end] == elided.found
    close = finder.check("designed by the architect Ilse Marten and opened to trains in 1931")
    assert close.status == "close"
    assert close.differences == (("architect", "engineer"),)  # the marker is no difference


@pytest.mark.parametrize(("name", "text"), [
    ("t.txt", "Tower news\n\nThe tower is 45 metres tall[2], the tallest building in the region.\n"),
    ("t.html", "<html><body><p>The tower is 45 metres tall<sup><a href='#n2'>[2]</a></sup>, the tallest building in "
               "the region.</p></body></html>"),
])
def test_a_marker_before_a_comma_breaks_no_quotation(tmp_path: Path, name: str, text: str) -> None:
    found = QuoteFinder(Matcher(_corpus(tmp_path, {name: text}))).check("45 metres tall, the tallest building in the region")
    assert found.status == "exact"
    assert text[found.start:found.end] == found.found


def test_html_is_read_as_text(tmp_path: Path) -> None:
    page = ('<!DOCTYPE html><html><head><title>Harrow weir</title></head><body><h1>Harrow weir</h1>\n'
            '<p>The Harrow weir was rebuilt by the river authority in 1958<sup class="reference">'
            '<a href="#cite-1">[1]</a></sup> after the flood of the previous winter.<sup id="r2"><a href="#n2">2</a>'
            '</sup> Its crest is 40 m<sup>2</sup> in area &amp; rises 3&nbsp;m.</p></body></html>')
    corpus = _corpus(tmp_path, {"weir.html": page})
    matcher = Matcher(corpus)
    sentences = [page[p.start:p.end] for p in matcher.passages]
    read = [matcher.view(0)[p.start:p.end] for p in matcher.passages]
    assert any(s.startswith("The Harrow weir was rebuilt") and s.endswith("previous winter.") for s in sentences)
    words = {w for p in matcher.passages for w in terms(p.norm)}
    assert not words & {"sup", "class", "reference", "href", "cite", "amp", "nbsp"}
    assert any(" ".join(r.split()) == "Its crest is 40 m 2 in area & rises 3 m." for r in read)  # exponent kept
    found = QuoteFinder(matcher).check("rebuilt by the river authority in 1958 after the flood of the previous winter")
    assert found.status == "exact" and page[found.start:found.end] == found.found and "<sup" in (found.found or "")


def test_a_drafts_markers_are_left_out_of_its_claims(tmp_path: Path) -> None:
    path = write_tree(tmp_path, {"d.md": "# T\n\nThe viaduct opened in 1931.[5] Its span is 84 metres long.[6][7]\n"}) / "d.md"
    items = draft_claims(read_draft(str(path)))
    assert [i.claim.text for i in items if i.claim is not None] == ["The viaduct opened in 1931.",
                                                                    "Its span is 84 metres long."]


# --- the cases, end to end ----------------------------------------------------------------------

def _factcheck(*args: str, cwd: Path) -> dict:
    proc = subprocess.run([sys.executable, "-m", "factcheck", *args, "--format", "json", "--no-index"],
                          cwd=cwd, capture_output=True, text=True, check=False)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


@pytest.mark.skipif(not CASES.is_dir(), reason="the shared cases are not on this machine")
def test_case_07_usa_ends_a_sentence_in_a_draft() -> None:
    report = _factcheck("verify", "draft.md", "--sources", "sources", cwd=CASES / "07-usa-sentence-split")
    results = {r["id"]: r for r in report["results"]}
    assert [r["claim"] for r in report["results"]][:3] == [
        "Marta Rivera moved from Valencia to the U.S.A.", "She opened her first bakery in Tucson in 2011.",
        "The U.S. Small Business Administration lent her $60,000."]
    assert len(report["results"]) == 4
    assert results["draft.md:3:2"]["verdict"] == "contradicted"
    assert results["draft.md:3:3"]["verdict"] == results["draft.md:3:4"]["verdict"] == "supported"


@pytest.mark.skipif(not CASES.is_dir(), reason="the shared cases are not on this machine")
def test_case_10_markers_do_not_break_an_exact_quote() -> None:
    case = CASES / "10-citation-markers-in-source"
    report = _factcheck("check", "claims.yaml", cwd=case)
    for r in report["results"]:
        assert (r["verdict"], r["quote_check"]["status"], r["cite_check"]["status"]) == ("supported", "exact", "ok")
        text = (case / "sources" / r["quote_check"]["source_id"]).read_text(encoding="utf-8")
        assert text[r["quote_check"]["start"]:r["quote_check"]["end"]] == r["quote_check"]["found"]
        for e in r["evidence"]:
            assert text[e["start"]:e["end"]] == e["quote"]


def test_the_text_report_shows_html_evidence_without_markup(tmp_path: Path) -> None:
    write_tree(tmp_path, {
        "sources/weir.html": ('<html><body><p>The Harrow weir was rebuilt by the river authority in 1958'
                              '<sup class="reference"><a href="#cite-1">[1]</a></sup> after the flood.</p></body></html>'),
        "claims.yaml": "claims:\n  - id: weir\n    claim: The Harrow weir was rebuilt in 1958.\n"})
    proc = subprocess.run([sys.executable, "-m", "factcheck", "check", "claims.yaml", "--sources", "sources", "--no-index"],
                          cwd=tmp_path, capture_output=True, text=True, check=False)
    assert '"The Harrow weir was rebuilt by the river authority in 1958 after the flood."' in proc.stdout, proc.stdout


# --- still linear -----------------------------------------------------------------------------

def test_a_one_megabyte_line_of_markers_and_initialisms_splits_in_seconds() -> None:
    unit = "The U.S. Army[4] met Dr. Li at 4 p.m. EST.[12, 13] He left the U.K. In 2001 it was 3.5 m… Then[a] "
    text = unit * (1_000_000 // len(unit))
    began = time.perf_counter()
    view = mask(Document("big.txt", "big.txt", text, (), (0,)))
    count = sum(1 for _ in split_sentences(view, 0, len(view)))
    assert time.perf_counter() - began < 20
    assert count >= 3 * (len(text) // len(unit))
