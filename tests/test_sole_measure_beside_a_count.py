"""A claim's one amount of a unit is compared with the passage's one amount of that unit, whatever
else the claim counts in other units ("One of the girls ... unless she paid 500,000 tenges" /
"... a fresh payment of 250,000 tenges"): the other count does not make the pairing uncertain
(session 48, from held-out set H14, where such a claim was `partial`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

MARKET = ("Kelso market\n\n"
          "After the storm, one of the stallholders told the council he would sue unless it found him "
          "a fresh payment of 40,000 euros (around $43,000) to rebuild his stall by the harbour. "
          "The council said it had no money left for repairs this year.\n")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("One of the stallholders told the council he would sue unless it paid him 60,000 euros to rebuild his stall.",
     "contradicted"),
    ("After the storm one of the stallholders warned the council he would sue if it did not pay 60,000 euros "
     "to rebuild his stall.", "contradicted"),
])
def test_a_sum_changed_beside_a_count_contradicts(tmp_path: Path, claim: str, verdict: str) -> None:
    result = article_checker(tmp_path, "market.txt", MARKET).check_claim(Claim("t", claim))
    assert result.verdict == verdict
    assert any(d.claim_value == "60,000 euros" and d.source_value == "40,000 euros" for d in result.disagreements)


def test_two_sums_of_one_unit_stay_unpaired(tmp_path: Path) -> None:
    # (Two amounts in the claim's unit: which one the passage's sum gives otherwise is not known.)
    claim = Claim("t", "One of the stallholders told the council he would sue unless it paid him 60,000 euros, "
                       "or 10,000 euros at least, to rebuild his stall.")
    result = article_checker(tmp_path, "market.txt", MARKET).check_claim(claim)
    assert result.verdict != "supported"
    assert not any(d.claim_value == "10,000 euros" for d in result.disagreements)
