"""Whose relatives (004: "On August 14, police in Qyzylorda confirmed that a case had been filed
against the parents of the suspects for failing to fulfill the duties of raising a minor.")."""

from __future__ import annotations

import pytest

from factcheck import Checker, Claim, Corpus
from factcheck.match.align import align
from factcheck.match.cues import tokenize
from factcheck.match.possessors import other_possessors

CASE = "On August 14, police in Qyzylorda confirmed that a case had been filed against {}."


@pytest.fixture(scope="module")
def checker(seeds: Corpus) -> Checker:
    return Checker(seeds)


@pytest.mark.parametrize(("whose", "verdict"), [
    ("the suspects' parents", "supported"),
    ("the parents of the suspects", "supported"),
    # The parents of another party of the case, both possessors nouns of a person: an entity
    # difference since session 51 (it was only unstated, `partial`).
    ("the victim's parents", "contradicted"),
])
def test_another_possessor_of_the_same_relatives_is_not_stated(checker: Checker, whose: str, verdict: str) -> None:
    assert checker.check_claim(Claim("t", CASE.format(whose))).verdict == verdict


@pytest.mark.parametrize(("claim", "passage", "possessor"), [
    ("The victim's mother spoke to reporters.", "The mother of the suspect spoke to reporters.", "victim's"),
    # a pronoun may stand for either; a name is the entity rules' to compare
    ("Her mother spoke to reporters.", "The mother of the suspect spoke to reporters.", None),
    ("Musinov's mother spoke to reporters.", "Batyrbekov's mother spoke to reporters.", None),
    # not a relative: "the director of the school" / "the hospital's director" is no family
    ("The hospital's director spoke to reporters.", "The director of the school spoke to reporters.", None),
])
def test_possessors_of_kinship_nouns(claim: str, passage: str, possessor: str | None) -> None:
    ours = tokenize(claim)
    terms = other_possessors(ours, tokenize(passage), align(claim, passage).pairs)
    assert terms == frozenset(t.key for t in ours if t.folded == possessor and t.key)


@pytest.mark.parametrize(("claim", "verdict"), [
    # 004: "The suspects are charged with encouraging a minor to engage in prostitution ..."; the
    # case against their parents is for "failing to fulfill the duties of raising a minor"
    ("The Qyzylorda suspects are charged with encouraging a minor to engage in prostitution.", "supported"),
    ("The parents of the Qyzylorda suspects are charged with encouraging a minor to engage in prostitution.",
     "partial"),
    # a sentence that only names the schoolgirl says nothing of her mother either way (004: "I
    # received no help from the school", her mother says)
    ("The Qyzylorda schoolgirl's mother said she received no help from the school.", "supported"),
])
def test_relatives_the_passage_does_not_name_are_not_its_possessors(checker: Checker, claim: str,
                                                                     verdict: str) -> None:
    assert checker.check_claim(Claim("t", claim)).verdict == verdict
