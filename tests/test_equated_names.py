"""A name the claim equates with a noun by a copula ("the skipper's brother is Ewan Gray") is
replaced only by a name the passage equates with it too, by a copula or an apposition ("his
brother, Rory Gray"), not by a conjunct of a list ("the skipper, his brother and Moffat") nor by
the doer of a verb ("Moffat drove the skipper, his brother ..."): session 47, where 000's "the
boy, his grandmother and Baliyeva" was shown as saying that the grandmother is Baliyeva."""

from __future__ import annotations

import pytest

from factcheck.match.align import align


@pytest.mark.parametrize("claim", ["The skipper's brother is Ewan Gray.", "Ewan Gray is the skipper's brother."])
@pytest.mark.parametrize("passage", [
    "Footage of the skipper, his brother and Moffat leaving the harbour office was shared widely.",
    "On Friday, Moffat drove the skipper, his brother and a deckhand to the harbour office.",
])
def test_a_conjunct_or_a_doer_replaces_no_equated_name(claim: str, passage: str) -> None:
    assert not [d for d in align(claim, passage).differences if d.kind == "entity"]


def test_an_apposed_name_replaces_an_equated_name() -> None:
    passage = "The skipper's brother, Rory Gray, said the boat had left the harbour office on Friday."
    found = [d.passage_words for d in align("The skipper's brother is Ewan Gray.", passage).differences
             if d.kind == "entity"]
    assert found == ["Rory Gray"]
