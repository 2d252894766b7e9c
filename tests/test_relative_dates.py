"""A date counted from another event (session 32): "On March 14, one day after ... Informburo.kz
published its account of events ..., Batyrbekova traveled with Nursultan to ... Shymkent" dates
the journey March 14 and the account March 13."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim
from factcheck.values import extract_values
from factcheck.values.relative import event_date


@pytest.mark.parametrize(("claim", "expected"), [
    ("Informburo.kz published its account of events on March 14.", "contradicted"),
    ("Informburo.kz published its account of events on March 13.", "supported"),
    ("Batyrbekova traveled with Nursultan to Shymkent on March 14.", "supported"),
])
def test_a_date_counted_from_another_event_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    result = seeds_checker.check_claim(Claim("t", claim))
    assert result.verdict == expected
    if expected == "contradicted":
        assert [(d.claim_value, d.source_value) for d in result.disagreements if d.kind == "date"] == [
            ("March 14", "March 14, one day after")]


BRIDGE = """\
Bridge reopens

On 9 May 2021, two weeks after the council approved the repairs, the old bridge reopened to walkers.
"""


@pytest.mark.parametrize(("claim", "expected"), [
    ("The council approved the repairs on 9 May 2021.", "contradicted"),
    ("The council approved the repairs on 25 April 2021.", "supported"),
    ("The old bridge reopened to walkers on 9 May 2021.", "supported"),
])
def test_a_date_counted_from_another_event_in_other_words(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "bridge.txt", BRIDGE)
    assert checker.check_claim(Claim("t", claim)).verdict == expected


@pytest.mark.parametrize(("passage", "claim", "moved"), [
    ("On March 14, one day after the site published its account, she left.",
     "The site published its account on March 14.", (None, 3, 13)),
    ("On 1 March 2020, a week before the vote was held, he resigned.", "The vote was held on 1 March 2020.",
     (2020, 3, 8)),
    # the date's own event: nothing moved
    ("On March 14, one day after the site published its account, she left.", "She left on March 14.", None),
    # a month is no day to move
    ("In March 2020, a day after the vote, he resigned.", "The vote was in March 2020.", None),
])
def test_event_date(passage: str, claim: str, moved: tuple[int | None, int, int] | None) -> None:
    ours = next(v for v in extract_values(claim) if v.kind == "date")
    theirs = next(v for v in extract_values(passage) if v.kind == "date")
    found = event_date(ours, theirs, claim, passage)
    assert (found.date if found else None) == moved
    if found:
        assert passage[found.start:found.end] == found.text
