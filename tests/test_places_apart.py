"""A place pooled from a sentence about something else (session 41, set H3).

"The 17-year-old schoolgirl was held in sexual slavery in the city of Turkistan." was `supported`
by a pool of 004's "... the mother of a 17-year-old schoolgirl revealed how her daughter was held in
sexual slavery ..." and "Last year witnessed a tragedy in another southern Kazakh city, Turkistan,
when a 17-year-old girl jumped ...", about another girl. A place of the claim that a pooled support
states only in sentences without the claim's predicate, while another of its sentences states the
predicate, is not stated: it is where something else happened.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

HARBOUR = ("Harbour fire\n\n"
           "Residents are asking how the fire was allowed to spread after the owner of a 40-year-old trawler "
           "described how her boat was destroyed in the blaze. Fire crews from the port of Gdansk said the alarm "
           "came far too late.\n\n"
           "Last spring saw a similar disaster in another port city, Bergen, when a 40-year-old ferry sank "
           "after a collision with a barge.\n")


def test_a_place_of_another_event_is_missing(tmp_path: Path) -> None:
    claim = "The 40-year-old trawler was destroyed in the blaze in the city of Bergen."
    result = article_checker(tmp_path, "harbour.txt", HARBOUR).check_claim(Claim("t", claim))
    assert result.verdict != "supported"
    assert "Bergen" in result.missing


@pytest.mark.parametrize("claim", [
    "The 40-year-old trawler was destroyed in the blaze.",
    "A 40-year-old ferry sank in the city of Bergen after a collision with a barge.",
])
def test_a_place_said_with_its_event_is_supported(tmp_path: Path, claim: str) -> None:
    assert article_checker(tmp_path, "harbour.txt", HARBOUR).check_claim(Claim("t", claim)).verdict == "supported"
