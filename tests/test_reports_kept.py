"""Who goes on speaking, and "according to X" as X's report (session 41, sets H3 and H4).

"According to her brother Zholaman, the family held two of the attackers ..." left "According"
unstated against 'A brother, Zholaman Musinov, told RFE/RL's Current Time that the family
"detained two of them"': the claim keeps the passage's attribution, in other words. And "According
to Smailova, the girl survived the fall." was `contradicted` by 004's '"We know the girl survived
the fall, ...," she told RFE/RL.': the "she" was taken for "Turkistan", the first name two sentences
before, past the sentence that ends "..., Smailova said."
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

STORM = ("Storm on the coast\n\n"
         "The storm destroyed 40 boats in the northern harbour, the port's director, Oskar Berg, said on Monday. "
         "A brother, Jonas Lind, told local radio that the coast guard \"pulled six crews from the water\" "
         "overnight.\n\n"
         "Last winter brought a similar storm to another northern town, Karlsvik, when a trawler sank near the pier. "
         "She, too, had been insured by the harbour fund, Marta Lind said. \"We know the crew survived the storm, but we "
         "still don't know how that case ended,\" she told reporters.\n")


@pytest.mark.parametrize("claim", [
    "According to his brother Jonas, the coast guard pulled six crews from the water overnight.",
    "According to Marta Lind, the trawler's crew survived the storm.",
    "Marta Lind said the crew survived the storm.",
])
def test_the_same_speaker_is_supported(tmp_path: Path, claim: str) -> None:
    assert article_checker(tmp_path, "storm.txt", STORM).check_claim(Claim("t", claim)).verdict == "supported"


@pytest.mark.parametrize("claim", [
    "According to Oskar Berg, the crew survived the storm.",
    "Oskar Berg said the crew survived the storm.",
])
def test_another_speaker_is_contradicted(tmp_path: Path, claim: str) -> None:
    assert article_checker(tmp_path, "storm.txt", STORM).check_claim(Claim("t", claim)).verdict == "contradicted"


def test_a_kept_attribution_is_not_missing(tmp_path: Path) -> None:
    """`missing` lists only words the source lacks: "According" is said by "..., Marta Lind said"."""
    claim = "According to Marta Lind, the sunken trawler had been insured by the harbour fund as well."
    result = article_checker(tmp_path, "storm.txt", STORM).check_claim(Claim("t", claim))
    assert result.verdict == "partial"
    assert "sunken" in result.missing
    assert "According" not in result.missing
