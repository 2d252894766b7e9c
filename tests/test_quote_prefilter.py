"""The cheap tests the exact quotation search makes before it folds a document
(factcheck.verdicts.quotes: ``_words_kept``, ``_loose_pieces``) never skip a document that
holds the quotation: a word made by folding (an accent, a soft hyphen, a ligature, an HTML
entity) or a reference marker blanked before a comma, in an earlier document than the one
that holds the quotation plainly, is still the one found."""

from __future__ import annotations

import re

import pytest
from conftest import write_tree

from factcheck.match.retrieve import Matcher
from factcheck.models import Document
from factcheck.sources.corpus import load_corpus
from factcheck.verdicts.quotes import _APART, QuoteFinder, _loose_pieces, _words_kept

PLAIN = "The mayor said the cafe would cooperate fully with the flood inquiry, officials added.\n"
# Each holds the quotation only once folded, and comes before the plain document in corpus order.
FOLDED = {
    "a-accent.txt": "The mayor said the café would cooperate fully with the flood inquiry, officials added.\n",
    "b-soft-hyphen.txt": "The mayor said the cafe would co\u00adoperate fully with the flood inquiry, officials added.\n",
    "c-entity.html": "<p>The mayor said the caf&eacute; would cooperate fully with the flood inquiry, officials added.</p>\n",
    "d-marker.txt": "The mayor said the cafe would cooperate fully with the flood inquiry[4], officials added.\n",
    "e-dash.txt": "The mayor – beaming – said the cafe would cooperate fully with the flood inquiry.\n",
}
QUOTE = "the cafe would cooperate fully with the flood inquiry, officials"


@pytest.mark.parametrize("name", sorted(FOLDED))
def test_a_quotation_folded_into_an_earlier_document_is_found_there(tmp_path, name: str) -> None:
    root = write_tree(tmp_path, {name: FOLDED[name], "z-plain.txt": PLAIN})
    finder = QuoteFinder(Matcher(load_corpus([root])))
    check = finder.check(QUOTE if name != "e-dash.txt" else "the cafe would cooperate fully with the flood inquiry")
    assert check.status == "exact"
    assert check.source_id == name


def test_a_document_without_the_words_is_passed_over(tmp_path) -> None:
    other = "The mayor said the bakery would cooperate fully with the flood inquiry, officials added.\n"
    root = write_tree(tmp_path, {"a-other.txt": other, "z-plain.txt": PLAIN})
    check = QuoteFinder(Matcher(load_corpus([root]))).check(QUOTE)
    assert (check.status, check.source_id) == ("exact", "z-plain.txt")


def test_which_texts_vouch_for_their_fold() -> None:
    def document(name: str, text: str) -> Document:
        return Document(name, name, text)

    assert _words_kept(document("a.txt", "plain ASCII text"))
    assert _words_kept(document("a.md", "dashes – and “quotes” only"))
    assert not _words_kept(document("a.txt", "café"))             # folds to a letter
    assert not _words_kept(document("a.txt", "co\u00adoperate"))  # folds to nothing: joins two runs
    assert not _words_kept(document("a.html", "plain"))          # entities become characters
    assert not re.search(r"[a-z0-9]", "".join(_APART))


def test_loose_pieces_are_in_every_loose_match() -> None:
    assert _loose_pieces("flood inquiry, officials said.") == ["flood inquiry", ", officials said", "."]
    assert _loose_pieces(", then") == [", then"]
