"""Who did it: a claim whose object is the passage's doer of the same verb does not have the
passage's support for its own subject (session 37, from held-out set X: "The victim threatened to
kill one of the girls in the group if ..." was `supported` by 004's "... after one of the girls in
the group threatened to kill her if she couldn't secure them a fresh payment")."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.match.align import align

FERRY = ("Ferry dispute\n\n"
         "On Friday, one of the sailors on the ferry struck the harbour guard during an argument about fares.\n\n"
         "The harbour guard was treated in hospital, and the captain later said that one of the stewards on the "
         "night shift had threatened to report her if she did not pay the crew.\n\n"
         "On Monday, the guard went back to her post, which her union said was forced by fear after one of the "
         "sailors on the ferry threatened to hurt her if she did not pay them a fresh fee of 300 euros.\n")


@pytest.mark.parametrize("claim", [
    "The harbour guard struck one of the sailors on the ferry during an argument about fares.",
    "The captain threatened to report one of the stewards on the night shift if she did not pay the crew.",
    "The guard threatened to hurt one of the sailors on the ferry.",
    "On Monday the guard threatened to hurt one of the sailors on the ferry.",
])
def test_the_object_as_doer_is_not_supported(tmp_path: Path, claim: str) -> None:
    assert article_checker(tmp_path, "ferry.txt", FERRY).check_claim(Claim("t", claim)).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "One of the sailors on the ferry struck the harbour guard during an argument about fares.",
    "One of the stewards on the night shift threatened to report the captain if she did not pay the crew.",
])
def test_the_doer_in_place_is_still_supported(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "ferry.txt", FERRY).check_claim(Claim("t", claim))
    assert result.verdict in ("supported", "partial")


def test_the_claim_subject_is_unattributed() -> None:
    alignment = align("The harbour guard struck one of the sailors on the ferry.",
                      "One of the sailors on the ferry struck the harbour guard.")
    assert {"guard", "harbour"} & alignment.unattributed or alignment.differences
