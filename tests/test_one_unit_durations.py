"""Durations in words. One unit of time ("a week after", "a month later", "spent a year in jail") is a
duration of 1, where the words around it measure time; a rate ("35 times a day", "$300 a month")
and a bound ("within a year of") are not. From held-out set P: "a week after Informburo.kz had
published" against 000's "one day after prominent news website Informburo.kz published"."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim
from factcheck.values import extract_values


def durations(text: str) -> list[tuple[str, float | None, str]]:
    return [(v.text, v.amount, v.unit) for v in extract_values(text) if v.kind == "duration"]


@pytest.mark.parametrize(("text", "expected"), [
    ("On March 14, a week after the report appeared", [("a week", 1.0, "week")]),
    ("Daniel was knocked unconscious and a month later he had his first epileptic fit.", [("a month", 1.0, "month")]),
    ("She spent a year in a detention centre.", [("a year", 1.0, "year")]),
    ("The office was closed for a month.", [("a month", 1.0, "month")]),
    ("He left a day before the vote.", [("a day", 1.0, "day")]),
    ("The station opened a year ago.", [("a year", 1.0, "year")]),
    ("The Ministry of Information sent a note the following day.", [("the following day", 1.0, "day")]),
    ("the next week", [("the next week", 1.0, "week")]),
    ("Their son was born the next year.", []),  # a relative year dates, it does not measure
    ("on the following day of the festival", []),
    # a rate, a bound, or no measure at all
    ("someone had called her 35 times a day after she complained", []),
    ("paid $300 a month after the rise", []),
    ("paid 300 euros a month after the rise", []),
    ("twice a week after that", []),
    ("It was published within a year of the assassination.", []),
    ("It was a year of change.", []),
    # a compound stays one duration
    ("a year and four months later", [("a year and four months", 16.0, "month")]),
])
def test_one_unit_in_words(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert durations(text) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    ("Batyrbekova set off with Nursultan for Shymkent on March 14, a week after Informburo.kz had published its "
     "account of events.", "contradicted"),
    ("Batyrbekova set off with Nursultan for Shymkent on March 14, a day after Informburo.kz had published its "
     "account of events.", "supported"),
])
def test_a_week_against_one_day_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    """000: "On March 14, one day after prominent news website Informburo.kz published its account
    of events ..., Batyrbekova traveled with Nursultan ..." (before: both `supported`)."""
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == expected


FERRY = """Ferry Service Resumes

HELSINKI -- The ferry link to Tallinn resumed on Monday, two days after the strike ended.

The operator said the crew had spent three weeks negotiating with the port authority.
"""


@pytest.mark.parametrize(("claim", "expected"), [
    ("The ferry link to Tallinn resumed on Monday, a week after the strike ended.", "contradicted"),
    ("The crew spent a week negotiating with the port authority.", "contradicted"),
    ("The ferry link to Tallinn resumed on Monday, two days after the strike ended.", "supported"),
])
def test_one_unit_in_other_words(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "ferry.txt", FERRY)
    assert checker.check_claim(Claim("t", claim)).verdict == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 003 (set P): "The 3 1/2-minute video appeal"; WiCE dev sources
    ("The mother's three-and-a-half-minute video drew extensive coverage.", [("three-and-a-half-minute", 3.5, "minute")]),
    ("Vitaly Borker served a three-and-a-half-year stint in prison.", [("three-and-a-half-year", 3.5, "year")]),
    ("his girlfriend of two-and-a-half years", [("two-and-a-half years", 2.5, "year")]),
    ("The 3 1/2-minute video appeal", [("3 1/2-minute", 3.5, "minute")]),
])
def test_and_a_half_hyphenated(text: str, expected: list[tuple[str, float, str]]) -> None:
    """"three-and-a-half-minute" is 3.5 minutes (it was the number 3 with the unit
    "and-a-half-minute")."""
    assert durations(text) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # 000: "Abay, the town of around 18,000 people in which Nursultan and his grandmother live, ..."
    ("Abay has about 80,000 inhabitants.", "contradicted"),
    ("Abay has about 18,000 inhabitants.", "supported"),
    ("Abay, the remote town where Nursultan lives, has roughly 18,000 residents.", "supported"),
])
def test_a_headcount_in_other_words_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    """People, inhabitants and residents of a place are one headcount (the first was `not_found`,
    the second `partial`)."""
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == expected


def test_a_headcount_compares_across_its_nouns() -> None:
    from factcheck.values import compare

    people = next(v for v in extract_values("a town of around 18,000 people") if v.kind == "number")
    for text, same in (("18,000 inhabitants", True), ("80,000 residents", False), ("18,000 euros", None)):
        value = next(v for v in extract_values(text) if v.kind == "number")
        assert compare(value, people) is same


@pytest.mark.parametrize(("claim", "expected"), [
    # 002: "In September 2019, he was sentenced ..." / "In January 2020, ... ruled that he be immediately
    # released from custody ..." / "However, later in 2020, Batyrbekov was again charged with libel ..."
    ("Batyrbekov was sentenced in September 2019 and released in March 2020.", "partial"),
    ("Batyrbekov was sentenced in September 2019 and released in January 2020.", "supported"),
])
def test_a_date_the_supporting_sentence_gives_otherwise(seeds_checker: Checker, claim: str, expected: str) -> None:
    """(The first was `supported`: "later in 2020" in a third sentence agreed with "March 2020".)"""
    result = seeds_checker.check_claim(Claim("t", claim))
    assert result.verdict == expected
    assert ("March 2020" in result.missing) is (expected == "partial")


MUSEUM = """Museum Reopens

GDANSK -- The maritime museum closed for repairs in May 2021. In August 2022, the city council
approved the new budget and the museum reopened to visitors. Later in 2022, it won a national award.
"""


@pytest.mark.parametrize(("claim", "expected"), [
    ("The maritime museum closed in May 2021 and reopened in October 2022.", "partial"),
    ("The maritime museum closed in May 2021 and reopened in August 2022.", "supported"),
])
def test_a_date_the_supporting_sentence_gives_otherwise_in_other_words(tmp_path: Path, claim: str,
                                                                      expected: str) -> None:
    checker = article_checker(tmp_path, "museum.txt", MUSEUM)
    assert checker.check_claim(Claim("t", claim)).verdict == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # 001: "The Ministry of Information sent a note the following day, saying that ..."
    ("The Ministry of Information sent a note two days later.", "contradicted"),
    ("The Ministry of Information sent a note the next day.", "supported"),
    ("The Ministry of Information sent a note a day later.", "supported"),
])
def test_the_following_day_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    """(The first was `partial`, "two days later" missing.)"""
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == expected
