"""Three false `supported` of held-out set H6 (session 42), each a kind, in other words.

- A compass word inside a name ("the South Kazakhstan Region") is no direction: "Abay lies just
  south of the Uzbekistan border" was `supported` by 000's "... in the South Kazakhstan Region,
  just north of the Uzbekistan border", its "south" paired with the region's name.
- A participle's own doer ("comments condemning the police") in a window's other sentence is
  not the claim's named subject: "Dina Smailova condemned the way the Musinov family had
  handled the case" was `supported` from 003's window whose second sentence has Smailova (who
  praises the family) and whose first has the condemning comments.
- A claim's active verb whose object the passage does not make the passive's patient ("The
  schoolgirl held her classmates in sexual slavery" / "her daughter was held in sexual slavery
  ... as her classmates collected payments") does not state the object.
- And a false `contradicted` met on the way: "Police arrested the four suspects in Esik" against
  003's "The family handed over the suspects", "handed" rated by VADER's "hand".
- And an owner read as an exchanged party ("the suspects' parents were facing a case" / "a case
  had been filed against the parents of the suspects"), a false `contradicted` of H6.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim
from factcheck.lexicon.polarity import polarity
from factcheck.match.align import align

VALGA = ("Valga and its neighbours\n\n"
         "Valga, a town of about 12,000 people, lies in the South Estonia region, just north of the Latvian border.\n"
         "The council's new budget drew wide coverage in the regional press, with editorials praising the mayor."
         "The way the council is handling the budget is \"reckless\", according to auditor Liis Tamm, who joined "
         "the office in 2019.\n"
         "Last winter the old ferry was towed out of the harbour as its crew watched from the pier.\n")


@pytest.fixture
def valga(tmp_path: Path) -> Checker:
    return article_checker(tmp_path, "valga.txt", VALGA)


def test_a_direction_is_not_said_by_a_regions_name(valga: Checker) -> None:
    result = valga.check_claim(Claim("t", "Valga lies just south of the Latvian border."))
    assert result.verdict == "contradicted"
    assert any(d.kind == "antonym" and d.claim_value == "south" for d in result.disagreements)


@pytest.mark.parametrize("claim", ["Valga lies just north of the Latvian border.",
                                   "Valga lies in the South Estonia region."])
def test_the_direction_and_the_name_are_still_stated(valga: Checker, claim: str) -> None:
    assert valga.check_claim(Claim("t", claim)).verdict == "supported"


def test_a_participles_own_doer_is_not_the_claims_subject(valga: Checker) -> None:
    result = valga.check_claim(Claim("t", "Liis Tamm praised the way the council is handling the budget."))
    assert result.verdict != "supported"
    assert any("Liis Tamm" in words for words in result.missing)


def test_what_the_named_subject_says_is_still_stated(valga: Checker) -> None:
    claim = "According to auditor Liis Tamm, the way the council is handling the budget is reckless."
    assert valga.check_claim(Claim("t", claim)).verdict == "supported"


def test_an_object_the_passive_does_not_act_upon_is_not_stated(valga: Checker) -> None:
    result = valga.check_claim(Claim("t", "Last winter the old ferry towed its crew out of the harbour."))
    assert result.verdict != "supported"
    assert any("crew" in words for words in result.missing)


def test_the_passive_said_actively_of_its_patient_is_still_stated(valga: Checker) -> None:
    assert valga.check_claim(Claim("t", "Last winter the old ferry was towed out of the harbour.")).verdict == "supported"


def test_a_verb_form_takes_no_rating_from_its_nouns_base() -> None:
    # VADER rates "hand" 2.2 (as in "give a hand"), not "handed"; "arrested" it rates -2.1.
    claim = "The guards arrested the two smugglers at the pier."
    passage = "The fishermen handed the two smugglers to the guards at the pier."
    assert not any(d.kind == "antonym" for d in align(claim, passage).differences)
    assert polarity("handed") is None
    assert polarity("catastrophes") == polarity("catastrophe")  # an unlisted plural takes its noun's rating


def test_an_owner_is_no_exchanged_party() -> None:
    # H6's "... confirmed that the suspects' parents were facing a case for ..." was `contradicted`
    # by 004's "... a case had been filed against the parents of the suspects ...".
    claim = ("On May 3, Tallinn police confirmed that the smugglers' wives were facing a case for "
             "\"failure to fulfill the duties of declaring a cargo.\"")
    passage = ("Police in Tallinn on May 3 confirmed that a case had been filed against the wives of the smugglers "
               "under charges of \"failure to fulfill the duties of declaring a cargo.\"")
    assert not any(d.detail == "exchanged" for d in align(claim, passage).differences)


def test_objects_of_two_verbs_exchanged_still_contradict() -> None:
    differences = align("The guards searched Mart Kivi, then pushed Liis Tamm into a van.",
                        "The guards searched Liis Tamm, then pushed Mart Kivi into a van.").differences
    assert any(d.kind == "entity" and d.detail == "exchanged" for d in differences)
