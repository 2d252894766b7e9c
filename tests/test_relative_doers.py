"""The doer a relative clause's "who" stands for (session 40, set Z2).

"During this period the schoolgirl yelled at a counselor she saw at school." was `supported` by
004's "Her daughter -- who saw a counselor at school who "yelled at her" during this period --
also urged her not to complain.": the counselor yelled at her, not she at the counselor. The doer
of a verb right after "who" is the noun phrase "who" stands for, and where that phrase is what the
claim puts after the same verb, the claim's subject is not the passage's doer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

DEPOT = ("Depot audit\n\n"
         "The depot manager -- who met an inspector from the ministry who \"shouted at him\" during the audit -- "
         "also asked the staff to stay quiet.\n")


def test_the_object_made_the_doer_is_not_supported(tmp_path: Path) -> None:
    claim = "During the audit the depot manager shouted at an inspector from the ministry he met."
    assert article_checker(tmp_path, "depot.txt", DEPOT).check_claim(Claim("t", claim)).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "During the audit an inspector from the ministry shouted at the depot manager.",
    "The depot manager asked the staff to stay quiet.",
])
def test_the_same_doer_is_supported(tmp_path: Path, claim: str) -> None:
    assert article_checker(tmp_path, "depot.txt", DEPOT).check_claim(Claim("t", claim)).verdict == "supported"
