"""Sentences cut from the messy seeds keep exact offsets and never split mid-word."""

from __future__ import annotations

import pytest
from conftest import write_tree

from factcheck.models import Document
from factcheck.sources.corpus import Corpus, load_corpus
from factcheck.sources.passages import split_passages


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
