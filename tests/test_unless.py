""""Unless" is "if not" (session 39).

"threatened to kill her unless she secured them a payment" says what "threatened to kill her if
she couldn't secure them a payment" says: the condition is negated in both. Before, "couldn't"
in the passage was a negation the claim lacked, and the claim was `contradicted`. The condition
given the other way round ("if she paid" against "unless she paid") is still a negation.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

MILL = ("Mill strike\n\n"
        "The owners warned that the mill would close for good if the workers did not return by Monday. "
        "The union said its members would stay out unless the night shift was restored.\n")


@pytest.mark.parametrize("claim", [
    "The owners warned that the mill would close for good unless the workers returned by Monday.",
    "The union said its members would stay out if the night shift was not restored.",
])
def test_unless_says_if_not(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "mill.txt", MILL).check_claim(Claim("t", claim))
    assert result.verdict == "supported"
    assert not [d for d in result.disagreements if d.kind == "negation"]


@pytest.mark.parametrize("claim", [
    "The owners warned that the mill would close for good if the workers returned by Monday.",
    "The union said its members would stay out if the night shift was restored.",
])
def test_the_condition_turned_round_is_a_negation(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "mill.txt", MILL).check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    assert [d.kind for d in result.disagreements] == ["negation"]
