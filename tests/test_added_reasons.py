"""A reason the claim adds is a statement of its own (session 42, set H4).

"All four minors charged with selling their peer for sex were under arrest by August 15
because prosecutors feared they would flee" was `supported` by 004's "as of August 15, all four
minors facing charges of selling their peer for sex were under arrest": the reason's words
weighed too little beside the rest. Why something happened is a causal relation that a source
reporting only the event does not make.
"""

from __future__ import annotations

import pytest

from factcheck import Checker, Claim


def test_a_reason_no_source_gives_is_missing(seeds_checker: Checker) -> None:
    claim = ("His initial sentence of two years and three months in prison was overturned on appeal, and he was "
             "freed after serving four months in jail because his lawyers paid the court.")
    result = seeds_checker.check_claim(Claim("t", claim))
    assert result.verdict == "partial"
    assert any("paid" in words for words in result.missing)


@pytest.mark.parametrize("claim", [
    "One of the perpetrators was sentenced to seven years in prison, while several other teens avoided "
    "prosecution because they were underage at the time.",
])
def test_a_reason_the_source_gives_is_stated(seeds_checker: Checker, claim: str) -> None:
    result = seeds_checker.check_claim(Claim("t", claim))
    assert result.verdict == "disputed"  # 002 states it; 001's "no one was ever punished" disputes it
    assert not any("underage" in words for words in result.missing)
