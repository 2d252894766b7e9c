"""A reason the claim adds is a statement of its own (session 42, set H4).

"All four minors charged with selling their peer for sex were under arrest by August 15
because prosecutors feared they would flee" was `supported` by 004's "as of August 15, all four
minors facing charges of selling their peer for sex were under arrest": the reason's words
weighed too little beside the rest. Why something happened is a causal relation that a source
reporting only the event does not make.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

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


# A clause of time the claim adds ("after Musinova posted an appeal to the president") says
# something was done: the support that names its doer ("since Musinova posted the video") does
# not state that act (session 43; a new user's claim of session 42 in other words).
def test_an_occasion_no_source_gives_is_missing(seeds_checker: Checker) -> None:
    claim = ("Regional authorities in the Almaty region launched a new investigation and arrested four suspects "
             "after Musinova posted an appeal to the president.")
    result = seeds_checker.check_claim(Claim("t", claim))
    assert result.verdict == "partial"
    assert any("president" in words for words in result.missing)


@pytest.mark.parametrize("claim", [
    # 003: "since Musinova posted the video and messages of support followed, regional authorities
    # in the Almaty region have launched a new investigation and arrested four suspects"
    "Regional authorities in the Almaty region launched a new investigation after Musinova posted the video.",
    # a clause of time with no verb of its own is no occasion: "after" a noun phrase
    "Regional authorities in the Almaty region launched a new investigation and arrested four suspects after "
    "the video.",
])
def test_an_occasion_the_source_gives_or_no_occasion(seeds_checker: Checker, claim: str) -> None:
    result = seeds_checker.check_claim(Claim("t", claim))
    assert result.verdict == "supported", result.missing


def test_an_occasion_in_an_article_written_for_the_test(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "council.txt",
                              "The city council approved the new budget on Tuesday by nine votes to four. "
                              "The mayor, Ana Ruiz, said the budget would fund two new libraries.\n")
    added = checker.check_claim(Claim("t", "The city council approved the new budget on Tuesday after Ana Ruiz "
                                           "vetoed an earlier draft."))
    assert added.verdict == "partial"
    kept = checker.check_claim(Claim("t", "The city council approved the new budget on Tuesday."))
    assert kept.verdict == "supported"
