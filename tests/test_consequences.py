"""Two events in one claim: "X died after jumping" asserts the death; a support that tells only the
jump does not support it (session 37, held-out sets X and Z: "The 17-year-old girl in Turkistan died
after jumping off the sixth floor of a building" was `supported` by 004's "a 17-year-old girl jumped
off the sixth floor of a building", though 004 says she survived)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

CLIMB = ("Ridge accident\n\n"
         "In May a 24-year-old climber from Leeds fell from the north ridge of Ben Alder during a storm.\n\n"
         "Rescuers said he survived the fall with a broken leg. The ridge was closed after the accident.\n")


@pytest.mark.parametrize("claim", [
    "In May a 24-year-old climber from Leeds died after falling from the north ridge of Ben Alder during a storm.",
    "A 24-year-old climber from Leeds was paralysed after falling from the north ridge of Ben Alder.",
])
def test_an_unstated_consequence_is_not_supported(tmp_path: Path, claim: str) -> None:
    assert article_checker(tmp_path, "climb.txt", CLIMB).check_claim(Claim("t", claim)).verdict != "supported"


def test_the_stated_event_alone_is_supported(tmp_path: Path) -> None:
    claim = "In May a 24-year-old climber from Leeds fell from the north ridge of Ben Alder during a storm."
    assert article_checker(tmp_path, "climb.txt", CLIMB).check_claim(Claim("t", claim)).verdict == "supported"
