"""Sentences cut from the messy seeds keep exact offsets and never split mid-word."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import write_tree

from factcheck.models import Document
from factcheck.sources.corpus import Corpus, load_corpus
from factcheck.sources.passages import MAX_PASSAGE, mask, split_passages, split_sentences


def _sentences(seeds: Corpus, doc_id: str) -> list[str]:
    index = next(i for i, d in enumerate(seeds.documents) if d.id == doc_id)
    document = seeds.documents[index]
    return [document.text[p.start:p.end] for p in split_passages(document, index)]


def test_glued_sentences_are_split(seeds: Corpus) -> None:
    sentences = _sentences(seeds, "003_389dbaaac7fb8a5a.txt")
    assert any(s.endswith("to demand justice.") for s in sentences)
    assert any(s.startswith("The 30-year-old victim's mother posted a video appeal") for s in sentences)


def test_quote_that_opens_a_glued_sentence_stays_with_it(seeds: Corpus) -> None:
    sentences = _sentences(seeds, "003_389dbaaac7fb8a5a.txt")
    assert '"Why should I be ashamed?" the mother asks in the video (see below), fighting back tears.' in sentences
    assert '"Those men who raped my daughter should be ashamed, not us."' in sentences


def test_url_line_and_counters_are_not_passages(seeds: Corpus) -> None:
    sentences = _sentences(seeds, "003_389dbaaac7fb8a5a.txt")
    assert not any(s.startswith("https://") for s in sentences)
    assert "1821" not in sentences and "18" not in sentences


def test_boilerplate_lines_are_dropped(seeds: Corpus) -> None:
    sentences = _sentences(seeds, "004_209ecde5e23e51f4.txt")
    for furniture in ("Accessibility links", "Breaking News", "XS", "16x9 Image"):
        assert furniture not in sentences


@pytest.mark.parametrize("index", range(5))
def test_every_passage_is_a_verbatim_whole_word_slice(seeds: Corpus, index: int) -> None:
    document = seeds.documents[index]
    for passage in split_passages(document, index):
        text = document.text
        assert passage.start < passage.end
        assert not (passage.start > 0 and text[passage.start - 1].isalnum() and text[passage.start].isalnum())
        assert not (passage.end < len(text) and text[passage.end - 1].isalnum() and text[passage.end].isalnum())
        assert text[passage.start:passage.end].strip() == text[passage.start:passage.end]


def test_abbreviations_initials_and_decimals_do_not_split() -> None:
    document = Document("x.txt", "x.txt", "Dr. Smith paid $3.5 million to J. R. Doe on Monday. Then he left.", (), (0,))
    sentences = [document.text[p.start:p.end] for p in split_passages(document, 0)]
    assert sentences == ["Dr. Smith paid $3.5 million to J. R. Doe on Monday.", "Then he left."]


def test_markdown_and_html_markup_is_masked_but_offsets_hold(tmp_path) -> None:
    root = write_tree(tmp_path, {
        "a.md": "---\nid: story\n---\n# A heading line here\n\nThe court *freed* him in [January 2020](http://x.org/a).\n\n```\ncode block text is not a passage.\n```\n",
        "b.html": "<html><head><style>p {color: red}</style></head><body><p>The town has <b>18,000</b> people.</p><p>It is remote.</p></body></html>",
    })
    corpus = load_corpus([root])
    md, html = corpus.documents
    md_sentences = [md.text[p.start:p.end] for p in split_passages(md, 0)]
    assert "The court *freed* him in [January 2020](http://x.org/a)." in md_sentences
    assert not any("code block" in s for s in md_sentences)
    html_passages = split_passages(html, 1)
    assert [p.norm for p in html_passages] == ["the town has 18,000 people.", "it is remote."]
    assert corpus.resolve("story") == 0


def _passages(name: str, text: str) -> list[str]:
    document = Document(name, name, text, (), (0,))
    found = split_passages(document, 0)
    for passage in found:  # every passage is a verbatim slice, within the bound
        assert 0 < passage.end - passage.start <= MAX_PASSAGE
        assert text[passage.start:passage.end] == text[passage.start:passage.end].strip()
    return [text[p.start:p.end] for p in found]


def test_a_line_without_full_stops_is_cut_at_word_boundaries_within_the_bound() -> None:
    words = [f"word{i}" for i in range(40_000)]
    text = " ".join(words)  # 360 KB on one line, no sentence end
    pieces = _passages("one-line.txt", text)
    assert len(pieces) > len(text) // MAX_PASSAGE
    assert " ".join(pieces).split() == words  # every word once, none cut
    assert all(len(p) > MAX_PASSAGE - 20 for p in pieces[:-1])  # cut at the last space that fits


def test_a_word_longer_than_the_bound_is_cut_at_the_bound() -> None:
    text = "Before it. " + "x" * (2 * MAX_PASSAGE + 5) + " after it here."
    spans = list(split_sentences(text, 0, len(text)))
    assert [text[s:e] for s, e in spans] == [
        "Before it.", "x" * MAX_PASSAGE, "x" * MAX_PASSAGE, "xxxxx after it here."]
    assert _passages("blob.txt", text) == ["Before it.", "xxxxx after it here."]  # a blob is no passage


def test_each_markdown_table_row_is_a_passage() -> None:
    rows = [f"| {year} | The harbour froze for {year % 50} days that winter |" for year in range(1000, 3000)]
    text = "# Winters in the harbour\n\n| Year | Event |\n| ---- | ----- |\n" + "\n".join(rows) + "\n"  # about 100 KB
    pieces = _passages("table.md", text)
    assert pieces[0] == "Winters in the harbour"
    assert pieces[1:] == [row.removeprefix("| ") for row in rows]


def test_quotes_decide_sentence_ends_as_before_over_a_long_paragraph() -> None:
    # The straight-quote count behind each full stop is kept as the scan goes (not counted
    # again from the sentence start): the same cuts, in linear time.
    text = 'A "b." C d e. "F g."H i j. stigma."Why do they? Dr. Smith met J. R. Doe. It was 3.5 m.'
    assert _passages("q.txt", " ".join([text] * 3))[:5] == ['C d e.', '"F g."H i j. stigma.', '"Why do they?',
                                                 'Dr. Smith met J. R. Doe.', 'It was 3.5 m.']


def test_scripts_styles_and_comments_are_blanked_keeping_newlines() -> None:
    text = ('<p>Kept one here.</p><SCRIPT type="x">var a = "<p>";\n</script ><!-- a\nnote -->'
            '<style>p {}</Style><p>Kept two here.</p><script>never closed <!-- nor this')
    view = mask(Document("x.html", "x.html", text, (), (0,)))
    assert len(view) == len(text)
    assert "var" not in view and "note" not in view and "p {}" not in view
    assert view.count("\n") >= text.count("\n")
    assert "never closed" in view  # an unclosed element is text, as before
    assert _passages("x.html", text)[:2] == ["Kept one here.", "Kept two here."]


def test_markdown_definitions_are_masked_whole_and_footnote_marks_are_blanked() -> None:
    text = ("The port reopened in 2019.[^a] It froze in 1911 [again][r].\n\n"
            "[^a]: Port authority, annual report, p. 4.\n[^b]: Another note.\n[r]: https://example.org/r\n")
    assert _passages("x.md", text) == ["The port reopened in 2019.", "It froze in 1911 [again][r]."]


def test_hostile_markup_and_one_line_sources_finish(tmp_path) -> None:
    # Each of these took minutes or more with the old patterns (each scanned again to the end
    # of the text from every unclosed opener); the timeout only catches a hang.
    write_tree(tmp_path, {
        "a.html": "<!-- x " * 150_000 + "a < b " * 150_000 + "<script> x > " * 80_000,
        "b.md": "\n" * 1_000_000 + "[^" * 300_000 + "<!-- x " * 150_000 + "](" * 300_000,
        "c.txt": 'A "b. c.d e?' * 300_000,
    })
    code = ("import sys; from factcheck.sources.corpus import load_corpus; "
            "from factcheck.sources.passages import split_passages; "
            "c = load_corpus([sys.argv[1]]); print(sum(len(split_passages(d, i)) for i, d in enumerate(c.documents)))")
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout) > 0
