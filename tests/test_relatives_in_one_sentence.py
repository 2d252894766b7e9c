"""Another relative in the claim's place, read in the sentence that has it, and relatives in the
place of the claim's noun (session 32).

"took Nursultan and his mother to Astana" against 000's "Baliyeva took Nursultan, his
grandmother and another female relative to the capital, Astana, ...": the same possessive
pronoun before another relative. The window read with it has "Nursultan's mother" in its next
sentence ("they had wanted to go to Almaty, where Nursultan's mother lives"), which says nothing
of whom Baliyeva took: the claim's relative must be in the sentence with the other one.

"a case had been filed against the suspects" against 004's "... against the parents of the
suspects": the passage speaks of the suspects' relatives, not of the suspects.
"""

from __future__ import annotations

import pytest

from factcheck import Checker, Claim
from factcheck.index.bm25 import term
from factcheck.match.align import align

TOOK = "On March 16, Baliyeva took Nursultan, his grandmother and another female relative to the capital, Astana."
NEXT = " Representatives for the family argued that they had wanted to go to Almaty, where Nursultan's mother lives."


@pytest.mark.parametrize("passage", [TOOK, TOOK + NEXT])
def test_another_relative_in_the_claims_sentence(passage: str) -> None:
    other = align("Baliyeva took Nursultan and his mother to Astana on March 16.", passage).sister_nouns()
    assert term("mother") in other
    same = align("Baliyeva took Nursultan and his grandmother to Astana on March 16.", passage).sister_nouns()
    assert term("grandmother") not in same


def test_the_claims_relative_in_that_sentence_too() -> None:
    passage = "Baliyeva took his grandmother and later his mother to Astana."
    assert term("mother") not in align("Baliyeva took Nursultan and his mother to Astana.", passage).sister_nouns()


@pytest.mark.parametrize(("claim", "expected"), [
    ("Baliyeva took Nursultan and his mother to Astana on March 16.", "partial"),
    ("Baliyeva took Nursultan and his grandmother to Astana on March 16.", "supported"),
])
def test_another_relative_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == expected


# --- the relatives in the claim's place (session 32) -----------------------------------------------

CASE = ("Police in Qyzylorda on August 14 confirmed that a case had been filed against the parents of the suspects "
        "under charges of failure to fulfill the duties of raising a minor.")


@pytest.mark.parametrize(("claim", "unstated"), [
    ("Police in Qyzylorda confirmed that a case had been filed against the suspects themselves.", True),
    ("Police in Qyzylorda confirmed that a case had been filed against the parents of the suspects.", False),
    ("Police confirmed that a case had been filed against the suspects' parents.", False),
    # the claim's own relatives of another kind are the other rules'
    ("Police confirmed that a case had been filed against the teachers of the suspects.", False),
])
def test_the_relatives_in_the_claims_place(claim: str, unstated: bool) -> None:
    assert (term("suspects") in align(claim, CASE).unattributed) is unstated


@pytest.mark.parametrize(("claim", "expected"), [
    ("Police in Qyzylorda confirmed that a case had been filed against the suspects themselves.", "partial"),
    ("Police in Qyzylorda confirmed that a case had been filed against the parents of the suspects.", "supported"),
])
def test_the_relatives_in_the_claims_place_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == expected
