"""A claim or a passage that stops short: the alignment never fails on a text cut at a word.

Real passages end where a page cuts them ("... according to" at the end of a scraped page,
a caption, a list item) and claims can be one word (a draft's heading). The aligner looks a
few tokens ahead of a cue ("according to" -> who is the source; a first capitalised word ->
is the next one a name too); at the end of the text there is none. Found by `bench/scale.py`
on the Wikipedia sample, where one such passage stopped a whole run of 600 claims (exit 3).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import SEEDS, article_checker

from factcheck.match.align import align
from factcheck.models import Claim
from factcheck.sources.corpus import load_document
from factcheck.sources.passages import split_passages

# Cues after which the aligner reads what comes next: a hedge's source, a speaker, a name's
# second word, a clause after a relative or a comparison.
_CUES = re.compile(r"\b(according to|said|told|reportedly|alleged(?:ly)?|who|which|than|after|not)\b", re.I)


def _seed_sentences(limit: int) -> list[str]:
    """Sentences of the seeds that hold one of the cues, in file order."""
    found = []
    for i, path in enumerate(sorted(SEEDS.glob("*.txt"))):
        document = load_document(str(i), path)
        for p in split_passages(document, 0):
            text = document.text[p.start:p.end]
            if _CUES.search(text) and 6 <= len(text.split()) <= 45:
                found.append(text)
    return found[:limit]


@pytest.mark.parametrize("sentence", _seed_sentences(24))
def test_every_cut_of_a_seed_sentence_aligns(sentence: str) -> None:
    """Each sentence against each of its cuts, both ways round, and each cut word alone."""
    words = list(re.finditer(r"\S+", sentence))
    for m in words:
        head, tail = sentence[:m.end()], sentence[m.start():]
        for claim, passage in ((sentence, head), (head, sentence), (sentence, tail), (tail, sentence), (m.group(), sentence)):
            alignment = align(claim, passage)
            assert alignment.claim and alignment.passage


def test_a_passage_that_ends_with_according_to() -> None:
    """The hedge's source would be the words after "according to": there are none, so the
    passage's own attribution names no one the claim could keep."""
    alignment = align("Local officials said the ferry pier was rebuilt in 2004.",
                      "The ferry pier was rebuilt in 2004, according to")
    assert all(h.passage_words.casefold().startswith("according") for h in alignment.hedges)


def test_a_one_word_claim_that_may_open_a_name() -> None:
    """A capitalised first word is a name only if the next word is one too: a one-word claim
    has no next word. (The passage has two sentences: the aligner then asks whether a claim
    name strayed into the sentence that does not state what the claim says of it.)"""
    alignment = align("Harbourmasters", "Harbourmasters at Port Ellis closed the north quay on Friday. "
                                        "The quay reopened on Monday.")
    assert [t.folded for t in alignment.claim] == ["harbourmasters"]


def test_a_check_against_a_page_cut_after_according_to(tmp_path: Path) -> None:
    """End to end: the cut page is read and the claim gets a verdict, not a crash."""
    checker = article_checker(tmp_path, "pier.txt", "Pier rebuilt\n\nThe ferry pier at Port Ellis was rebuilt in "
                              "2004 after a storm, according to\n")
    result = checker.check_claim(Claim("pier", "The ferry pier at Port Ellis was rebuilt in 2004 after a storm."))
    assert result.verdict in ("supported", "partial")
    assert result.evidence and result.evidence[0].source_id == "pier.txt"
