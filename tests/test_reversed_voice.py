"""A claim's passive whose subject the passage makes the doer of the same verb, with an object of
its own, is not stated by it ("X was replaced as ..." / "X, ..., replaced the Y as ..."): the claim
says X underwent the act, the passage that X did it to someone else (session 47, from held-out set
H11, where such a claim was `supported`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.match.align import align
from factcheck.match.motion import reversed_direction

DOER = ("Harbour council\n\n"
        "Before the vote, Dorota Kell, a long-serving councillor from the harbour ward with a sharp tongue "
        "and a loyal following, replaced the mayor as the council's spokesperson on fishing quotas.\n")
UNDERGOER = DOER.replace("Dorota Kell, a long-serving councillor from the harbour ward with a sharp tongue "
                         "and a loyal following, replaced the mayor",
                         "Dorota Kell, a long-serving councillor from the harbour ward with a sharp tongue "
                         "and a loyal following, was replaced by the mayor")
CLAIM = "Dorota Kell was replaced as the council's spokesperson on fishing quotas."


@pytest.mark.parametrize(("text", "stated"), [(DOER, False), (UNDERGOER, True)])
def test_the_doer_of_the_act_did_not_undergo_it(tmp_path: Path, text: str, stated: bool) -> None:
    verdict = article_checker(tmp_path, "council.txt", text).check_claim(Claim("t", CLAIM)).verdict
    assert (verdict == "supported") is stated, verdict


def test_a_verb_without_an_object_of_its_own_is_no_reversal() -> None:
    passage = "Dorota Kell, who had led the committee since 2019, resigned and was replaced within a week."
    assert not align("Dorota Kell was replaced within a week.", passage).reversed_voice()
    assert align(CLAIM, DOER.split("\n\n")[1].strip()).reversed_voice() == frozenset({"replac"})



@pytest.mark.parametrize(("claim", "unstated"), [
    ("The two trawler fishermen have been released from detention.", {"releas"}),
    ("The two trawler fishermen have been taken into detention.", set()),
])
def test_out_of_a_bare_place_is_not_into_it(claim: str, unstated: set[str]) -> None:
    # "released from detention" against "taken into detention": the same bare noun as Source and
    # as Goal (factcheck.match.motion); the claim's verb of leaving is unstated, not contradicted.
    passage = ("The two trawler fishermen, whose licences had lapsed in the spring, have been taken into "
               "detention for their own safety.")
    alignment = align(claim, passage)
    assert reversed_direction(alignment.claim, alignment.passage, dict(alignment.pairs)) == unstated
