"""Nouns of opposed qualities: "the eagerness of the police" against "the reluctance of the
police" (session 38). WordNet gives the two nouns no antonym pointer, but derives each from an
adjective ("eager", "reluctant") of opposed clusters (scripts/build_noun_qualities.py). Set Z's
claim of this kind was `supported`."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.lexicon.adjectives import names_opposed_quality, opposed_qualities


@pytest.mark.parametrize(("a", "b"), [("eagerness", "reluctance"), ("importance", "insignificance")])
def test_nouns_of_opposed_qualities_oppose(a: str, b: str) -> None:
    assert opposed_qualities(a, b) and opposed_qualities(b, a)


@pytest.mark.parametrize(("a", "b"), [("eagerness", "zeal"), ("eagerness", "eagerness"), ("table", "chair"),
                                      ("eager", "reluctant")])
def test_nouns_of_one_quality_or_other_words_do_not(a: str, b: str) -> None:
    """Two nouns of one side, a noun and itself, nouns of no quality, and adjectives (which
    :func:`factcheck.lexicon.adjectives.indirect_antonyms` pairs) are no nouns of opposed qualities."""
    assert not opposed_qualities(a, b)


def test_only_nouns_of_a_quality_are_looked_up() -> None:
    assert names_opposed_quality("reluctance") and not names_opposed_quality("harbour")


LANDLORDS = ("Landlords\n\n"
             "In its annual report the housing council noted the reluctance of local landlords to register their "
             "flats with the city, and the importance of the new rent register for tenants.\n")


@pytest.mark.parametrize("claim", [
    "The housing council's annual report noted the eagerness of local landlords to register their flats with the city.",
    "The housing council noted the insignificance of the new rent register for tenants.",
])
def test_a_noun_of_the_opposed_quality_in_place_contradicts(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "landlords.txt", LANDLORDS).check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    assert any(d.kind == "antonym" for d in result.disagreements)


def test_the_same_quality_in_other_words_does_not(tmp_path: Path) -> None:
    result = article_checker(tmp_path, "landlords.txt", LANDLORDS).check_claim(
        Claim("t", "The housing council noted the reluctance of local landlords to register their flats with the city."))
    assert result.verdict == "supported"
