"""A negating verb said in other words on the other side negates there too (session 37, set Z:
"Several other teenagers escaped prosecution because they were underage" was `contradicted` by
002's "several other teens avoided prosecution because they were underage at the time"), while a
verb of the opposite side still contradicts ("took the offer" / "declined the offer")."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

OFFERS = ("Transfers\n\n"
          "The club declined the offer from the city council in May. The two strikers refused the new contracts, "
          "and the goalkeeper avoided a ban because the referee's report came too late.\n")


@pytest.mark.parametrize("claim", [
    "The two strikers rejected the new contracts.",
    "The goalkeeper escaped a ban because the referee's report came too late.",
])
def test_the_same_negation_in_other_words_is_no_contradiction(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "offers.txt", OFFERS).check_claim(Claim("t", claim))
    assert result.verdict != "contradicted"
    assert not [d for d in result.disagreements if d.kind == "negation"]


@pytest.mark.parametrize("claim", [
    "The club took the offer from the city council in May.",
    "The club got the offer from the city council in May.",
    "The two strikers accepted the new contracts.",
    "The goalkeeper received a ban because the referee's report came too late.",
])
def test_the_opposite_side_still_contradicts(tmp_path: Path, claim: str) -> None:
    assert article_checker(tmp_path, "offers.txt", OFFERS).check_claim(Claim("t", claim)).verdict == "contradicted"
