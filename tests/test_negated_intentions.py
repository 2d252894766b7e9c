"""A source that denies an intention ("does not intend to close the library") contradicts a
claim that reports the intention ("said it would close the library"): the negation is on the
verb of intending, which the claim leaves out, but it denies the act both speak of."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.match.align import align

LIBRARY = (
    "Library row\n\n"
    "The county council said on Monday that it does not intend to close the Harbour Street library.\n"
    "The owners of the ferry company told shareholders they did not want to sell the two oldest boats.\n"
)


@pytest.mark.parametrize(("claim", "expected"), [
    ("The county council said on Monday that it would close the Harbour Street library.", "contradicted"),
    ("The county council said on Monday that it does not intend to close the Harbour Street library.", "supported"),
    ("The owners of the ferry company told shareholders they would sell the two oldest boats.", "contradicted"),
    # a claim that states the act as done is not an intention denied: the act is only unstated
    ("The county council closed the Harbour Street library.", "partial"),
])
def test_a_denied_intention(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "library.txt", LIBRARY)
    result = checker.check_claim(Claim("t", claim))
    assert result.verdict == expected
    if expected == "contradicted":
        assert [d.kind for d in result.disagreements] == ["negation"]


def test_the_negation_is_located_on_the_intended_act() -> None:
    found = align("The paper said it would remove the article.", "We do not intend to remove our article.")
    assert [(d.kind, d.claim_words, d.passage_words) for d in found.differences] == \
        [("negation", "remove", "not intend to remove")]
