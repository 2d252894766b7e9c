"""A hedge in a second main clause qualifies that clause, not the first (session 43, set H8:
"The victim and her alleged friend both lived within 500 meters of the Qyzylorda school they
attended" was `partial` for 004's "..., and the alleged friend was said to be a regular visitor
to the victim's family home").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim

ARTICLE = ("The two brothers worked at the same textile factory in Lodz for a decade, and the older one was said to be "
           "a union organiser at the plant.\n")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The two brothers worked at the same textile factory in Lodz for a decade.", "supported"),
    ("The older brother was a union organiser at the textile factory.", "partial"),
    ("The two brothers worked at the same textile factory in Lodz for a decade, and the older one was a union "
     "organiser at the plant.", "partial"),
])
def test_the_hedge_of_the_second_clause(tmp_path: Path, claim: str, verdict: str) -> None:
    result = article_checker(tmp_path, "lodz.txt", ARTICLE).check_claim(Claim("t", claim))
    assert result.verdict == verdict
    hedges = [d for d in result.disagreements if d.kind == "hedge"]
    assert bool(hedges) == (verdict == "partial")


def test_the_seeds_second_clause(seeds_checker: Checker) -> None:
    result = seeds_checker.check_claim(Claim("t", "The victim and her alleged friend both lived within 500 meters of "
                                                  "the Qyzylorda school they attended."))
    assert result.verdict == "supported"
