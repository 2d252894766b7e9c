""""The day after X", "the week before X": one unit of time between two events, a value a claim
states and its support must state too (session 43, set H8: "... posted her video appeal on
YouTube the day after the attack" was `supported`, 003 never says when she posted it).
"""

from __future__ import annotations

import pytest

from factcheck import Checker, Claim
from factcheck.values import extract_values


@pytest.mark.parametrize(("text", "unit"), [
    ("They met the day after the election.", "day"),
    ("She resigned the week before the vote.", "week"),
    ("The next day, he left.", "day"),
])
def test_one_unit_from_an_event_is_a_duration(text: str, unit: str) -> None:
    assert [(v.kind, v.amount, v.unit) for v in extract_values(text)] == [("duration", 1.0, unit)]


@pytest.mark.parametrize("text", ["On the day of the attack, police came.", "It was the week of the trial."])
def test_a_day_named_by_its_event_is_no_duration(text: str) -> None:
    assert not [v for v in extract_values(text) if v.kind == "duration"]


def test_a_day_after_no_source_gives_is_missing(seeds_checker: Checker) -> None:
    # 003: "The family handed over the suspects to authorities at the Esik district police station"
    result = seeds_checker.check_claim(Claim("t", "The family handed over the suspects to the Esik district police "
                                                  "station the day after the attack."))
    assert result.verdict == "partial"
    assert "the day" in result.missing
    without = seeds_checker.check_claim(Claim("t", "The family handed over the suspects to the Esik district police "
                                                   "station after the attack."))
    assert without.verdict == "supported"
