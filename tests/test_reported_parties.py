"""Words that look like reports or verbs but are not (session 35): a thing's name given by
"called" or "named", and a verb said as a noun whose parties prepositions give."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.match.align import align

CHARITY = ("Flood relief\n\n"
           "The valley's response to the floods was \"remarkable\", according to retired nurse Helen Ashby, who "
           "last spring founded a mutual-aid network called Dry Feet offering sandbags and pumps to households "
           "along the river.\n")


def test_a_thing_called_by_its_name_is_no_report(tmp_path: Path) -> None:
    claim = ("Helen Ashby founded a mutual-aid network called Dry Feet offering sandbags and pumps to households "
             "along the river.")
    result = article_checker(tmp_path, "relief.txt", CHARITY).check_claim(Claim("t", claim))
    assert result.verdict == "supported"
    assert not [d for d in result.disagreements if d.kind == "entity"]


def test_a_speaker_who_called_something_a_name_is_still_a_speaker() -> None:
    # "called" after a name is a verb of judgement with its speaker before it.
    differences = align("Ashby called the plan a disgrace for the whole valley.",
                        "Councillor Reed called the plan a disgrace for the whole valley.").differences
    assert differences


@pytest.mark.parametrize("claim", [
    "Radio Vale interviewed Tom Brennan on 4 May.",
    "Tom Brennan interviewed Radio Vale on 4 May.",
])
def test_an_interview_with_someone_does_not_say_who_asked(tmp_path: Path, claim: str) -> None:
    text = ("Harbour plans\n\n"
            "\"We cannot let the quay rot,\" Tom Brennan said in an interview with Radio Vale on 4 May.\n")
    result = article_checker(tmp_path, "quay.txt", text).check_claim(Claim("t", claim))
    assert result.verdict == "partial"   # neither contradicted nor supported: the noun gives no direction
    assert any("interviewed" in m for m in result.missing)


ACCOUNT = ("Break-in at the depot\n\n"
           "The owner's brother said they smashed the side window, then loaded the copper cable into a van "
           "and drove off towards the ring road.\n")


@pytest.mark.parametrize(("claim", "verdict"), [
    # A flat claim of what one person says others did is partial: the source attributes it.
    ("The thieves smashed the side window, loaded the copper cable into a van and drove off.", "partial"),
    # The same with the report kept, as the news closes a sentence, is what the source says.
    ("The thieves smashed the side window and loaded the copper cable into a van, the owner's brother said.",
     "supported"),
])
def test_one_person_saying_what_they_did_is_a_report(tmp_path: Path, claim: str, verdict: str) -> None:
    result = article_checker(tmp_path, "depot.txt", ACCOUNT).check_claim(Claim("t", claim))
    assert result.verdict == verdict
    if verdict == "partial":
        assert [d for d in result.disagreements if d.kind == "hedge"]


def test_a_body_saying_what_they_did_tells_its_own_doings(tmp_path: Path) -> None:
    text = "Harbour works\n\nThe port authority said they dredged the inner basin in March.\n"
    result = article_checker(tmp_path, "port.txt", text).check_claim(
        Claim("t", "The port authority dredged the inner basin in March."))
    assert result.verdict == "supported"
