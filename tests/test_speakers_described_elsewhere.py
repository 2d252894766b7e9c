"""A quotation the source gives to a description ("the skipper said") and a claim that gives it
to a name the same source describes as someone else ("councillor Brian Hale"), at another
mention than the passage's (session 38). The passage alone cannot say who the skipper is; the
source says who the councillor is, and he is no skipper. Sets X, Y and Z each had a claim of
this kind ('"Why should I be ashamed?" Dina Smailova asks', where 003 gives the words to "the
mother" and calls Smailova an activist), `partial` before."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

QUAY = ("Quay closed\n\n"
        "The harbour master of Port Ellis, Moira Tennant, closed the north quay on Friday after a storm damaged its "
        "pilings. Fishermen protested outside the harbour office for most of the afternoon. \"We were given no "
        "warning at all,\" the skipper said after the meeting. Later that day, councillor Brian Hale promised a full "
        "inquiry into the closure.\n")


@pytest.mark.parametrize("claim", [
    '"We were given no warning at all," councillor Brian Hale said after the meeting.',
    '"We were given no warning at all," Brian Hale said.',
    '"We were given no warning at all," Moira Tennant said after the meeting.',
])
def test_a_speaker_the_source_describes_as_someone_else_contradicts(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "quay.txt", QUAY).check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    assert [(d.kind, d.source_value) for d in result.disagreements] == [("entity", "skipper")]


def test_the_description_itself_supports(tmp_path: Path) -> None:
    result = article_checker(tmp_path, "quay.txt", QUAY).check_claim(
        Claim("t", '"We were given no warning at all," the skipper said after the meeting.'))
    assert result.verdict == "supported"


def test_a_name_the_source_sets_beside_the_description_does_not(tmp_path: Path) -> None:
    """"A skipper, Tom Reid, ...": the source says who the skipper may be."""
    text = QUAY.replace("Fishermen protested", "A skipper, Tom Reid, and other fishermen protested")
    result = article_checker(tmp_path, "quay.txt", text).check_claim(
        Claim("t", '"We were given no warning at all," Tom Reid said after the meeting.'))
    assert result.verdict != "contradicted"


def test_a_name_described_with_the_same_noun_does_not(tmp_path: Path) -> None:
    """"skipper Tom Reid" elsewhere: the one described as the skipper may be him."""
    text = QUAY.replace("Later that day, councillor Brian Hale", "Later that day, skipper Tom Reid")
    result = article_checker(tmp_path, "quay.txt", text).check_claim(
        Claim("t", '"We were given no warning at all," Tom Reid said after the meeting.'))
    assert result.verdict != "contradicted"


FARES = ("Ferry fares\n\n"
         "The shipping company Northway Ferries raised its fares by a fifth on Monday. The Port Ellis council asked "
         "for a review of the increase. \"Fuel now costs us twice what it did,\" the company said in a statement.\n")


def test_a_description_the_source_gives_to_another_name_contradicts(tmp_path: Path) -> None:
    """The source gives "the company" as a title to Northway Ferries: the council, a speaker of
    two names, did not say the company's words (one place, not two names put otherwise)."""
    result = article_checker(tmp_path, "fares.txt", FARES).check_claim(
        Claim("t", '"Fuel now costs us twice what it did," the Port Ellis council said in a statement.'))
    assert result.verdict == "contradicted"
    assert [(d.kind, d.detail) for d in result.disagreements] == [("entity", "speaker: the company is Northway Ferries")]


def test_the_name_the_description_is_given_to_does_not(tmp_path: Path) -> None:
    result = article_checker(tmp_path, "fares.txt", FARES).check_claim(
        Claim("t", '"Fuel now costs us twice what it did," Northway Ferries said in a statement.'))
    assert result.verdict != "contradicted"


def test_a_phrase_before_a_comma_and_the_name_is_no_description(tmp_path: Path) -> None:
    """"In a port of barely 4,000 people, Tom Reid took to the radio": the noun before the comma
    ends an opening phrase, not an apposition (which would close after the name: "A skipper, Tom
    Reid, ..."), so the source does not call Tom Reid a "people" other than the skipper (session
    39: "... country of around 18 million, Gulbadar Musinova took to YouTube" made her words,
    given to "the mother", a contradiction)."""
    text = QUAY.replace("Fishermen protested", "In a port of barely 4,000 people, Tom Reid took to the radio. "
                        "Fishermen protested")
    result = article_checker(tmp_path, "quay.txt", text).check_claim(
        Claim("t", '"We were given no warning at all," Tom Reid said after the meeting.'))
    assert result.verdict != "contradicted"
