"""A place the claim gives its event ("took the boy and his grandmother to Almaty") that the passage
has only in another sentence, where the sentence of the claim's verb names another place in that
role ("took Nursultan, his grandmother and another female relative to the capital, Astana"),
contradicts when the passage restates the rest of the claim: an `entity` disagreement naming both
places. Objects joined by "and" are one noun phrase between the verb and its place. Session 48, from
held-out set H14, where such a claim was `partial`."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

FERRY = ("Ferry strike\n\n"
         "On Friday the ferry company moved the passengers, their luggage and two crew members to the island's "
         "main town, Portree, insisting that it was the safest place for the travellers. "
         "The passengers argued that they had wanted to go to Mallaig, where their trains were waiting.\n")


def test_the_verbs_sentence_names_another_place(tmp_path: Path) -> None:
    claim = Claim("t", "On Friday the ferry company moved the travellers and their luggage to Mallaig.")
    result = article_checker(tmp_path, "ferry.txt", FERRY).check_claim(claim)
    assert result.verdict == "contradicted"
    assert any(d.kind == "entity" and d.claim_value == "Mallaig" and d.source_value == "Portree"
               for d in result.disagreements)


@pytest.mark.parametrize("claim", [
    "On Friday the ferry company moved the passengers and their luggage to Portree.",
    "The passengers argued that they had wanted to go to Mallaig.",
])
def test_the_place_of_the_verbs_own_sentence_is_stated(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "ferry.txt", FERRY).check_claim(Claim("t", claim))
    assert result.verdict == "supported"


def test_the_alignment_names_both_places() -> None:
    from factcheck.match.align import align

    passage = FERRY.split("\n\n", 1)[1].strip()
    alignment = align("On Friday the ferry company moved the travellers and their luggage to Mallaig.", passage)
    assert [(d.claim_words, d.passage_words, d.detail) for d in alignment.places_said_otherwise()] == [
        ("Mallaig", "Portree", "moved")]
    assert {"malaig"} <= alignment.place_of_another_sentence()
