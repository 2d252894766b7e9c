"""Another relative in the claim's place, read in the sentence that has it (session 32).

"took Nursultan and his mother to Astana" against 000's "Baliyeva took Nursultan, his
grandmother and another female relative to the capital, Astana, ...": the same possessive
pronoun before another relative. The window read with it has "Nursultan's mother" in its next
sentence ("they had wanted to go to Almaty, where Nursultan's mother lives"), which says nothing
of whom Baliyeva took: the claim's relative must be in the sentence with the other one.
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
