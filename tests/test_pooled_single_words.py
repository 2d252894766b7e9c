"""A support set must be led by a sentence that states two of the claim's words (session 32).

"The victim kept most of the money for herself" has three words that weigh: 000 has "kept" in
"the lawyer ... being kept waiting outside the building" and "money" in "regularly sends back
money", two sentences about other things; pooled, they covered the claim, and the claim was
`disputed` against 004's "keeping only enough for travel". A claim of one word is led by it.

Two parties exchanged around a verb are read in one sentence: "The fishermen painted the crane"
against "The old crane was painted red last spring. Fishermen sold their catch ..." exchanges
nothing (it was `contradicted`: the tokens keep no full stops).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim


def test_single_words_pooled_on_the_seeds(seeds_checker: Checker) -> None:
    result = seeds_checker.check_claim(Claim("t", "The victim kept most of the money for herself."))
    assert result.verdict == "contradicted"
    assert not [e for e in result.evidence if e.stance == "supports"]


HARBOUR = """\
Harbour news

The old crane was painted red last spring.
Fishermen sold their catch at the market on Friday.
Storms closed the harbour for two days in March.
"""


@pytest.mark.parametrize(("claim", "expected"), [
    # one word from each of two sentences about other things, no exchange across them
    ("The fishermen painted the crane.", "partial"),
    ("Fishermen sold their catch at the market.", "supported"),
    ("Storms closed the harbour.", "supported"),
])
def test_single_words_pooled_in_other_words(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "harbour.txt", HARBOUR)
    assert checker.check_claim(Claim("t", claim)).verdict == expected
