"""Three false alarms of held-out set V (session 36), written again in other words: a name that
opens a clause after a fronted phrase is no apposition; a possessive name is no party two
sentences exchanged; and two sources dispute a value only where the supporting one states it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim
from factcheck.match.align import align

CAT = ("Lost cat\n\n"
       "One evening in late May, the tabby came back to the farmhouse near Lillehammer soaked and limping, "
       "according to his owner, Ingrid Solberg.\n")


@pytest.mark.parametrize(("claim", "verdict"), [
    # "his owner, Sigurd ..." would be an apposition; "his owner, Sigurd came back" is a clause.
    ("According to his owner, the tabby came back to the farmhouse near Lillehammer soaked and limping in May.",
     "supported"),
    ("According to his owner Astrid Berg, the tabby came back to the farmhouse near Lillehammer soaked and limping.",
     "contradicted"),
])
def test_a_name_that_opens_a_clause_is_no_apposition(tmp_path: Path, claim: str, verdict: str) -> None:
    assert article_checker(tmp_path, "cat.txt", CAT).check_claim(Claim("t", claim)).verdict == verdict


def test_the_name_after_a_fronted_phrase_is_its_clauses_subject() -> None:
    claim = "According to his owner, Tomas came back to the farmhouse soaked and limping."
    passage = "The tabby came back to the farmhouse soaked and limping, according to his owner, Ingrid Solberg."
    assert not [d for d in align(claim, passage).differences if d.detail == "apposed"]


def test_a_possessive_name_is_no_party_of_two_sentences() -> None:
    passage = ("Ingrid Solberg's brother had not been seen in the valley for years. The local paper reported "
               "that he had moved to Norway from Sweden in 1998.")
    claim = "The local paper reported that Ingrid Solberg's brother went to Norway from Sweden in 1998."
    assert not [d for d in align(claim, passage).differences if d.detail == "exchanged"]


def test_no_dispute_over_a_value_the_support_does_not_state(seeds_checker: Checker) -> None:
    # 001: "over the course of six months, the child had been repeatedly raped"; 002 supports the
    # rest ("raped repeatedly in the village of Abai in 2018") but says no duration: the sources do
    # not disagree on it, 001 says otherwise (was disputed).
    claim = "The boy from Abai was repeatedly raped over a period of three months in 2018."
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == "contradicted"
