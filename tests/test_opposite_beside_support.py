"""An opposite of a claim word that no supporting sentence of the same source states makes the
source contradict the claim, however much of the rest another of its sentences says ("attend the
same school" against "who attend a different school from Nursultan", beside 000's sentence on
"the school attended by the accused attackers"): session 47, from held-out set H11, where such a
claim was `partial`."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

CLUB = ("Rowing twins\n\n"
        "It is unclear whether the Adair twins, who train at a different rowing club from their father, "
        "will race at the regatta in May.\n\n"
        "The regatta draws crews from across the north every spring.\n\n"
        "Callum Adair, the father of the Adair twins, said the rowing club that trains the twins had made "
        "them the strongest juniors in the county.\n")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The Adair twins and their father Callum train at the same rowing club.", "contradicted"),
    ("The Adair twins train at a different rowing club from their father.", "partial"),
])
def test_an_opposite_the_support_does_not_state_contradicts(tmp_path: Path, claim: str, verdict: str) -> None:
    assert article_checker(tmp_path, "club.txt", CLUB).check_claim(Claim("t", claim)).verdict == verdict
