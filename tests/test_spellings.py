"""One word spelt the British and the American way is one index term (factcheck/lexicon/spellings.py):
a claim written in one spelling is stated by a source written in the other."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim
from factcheck.index.bm25 import term
from factcheck.lexicon.spellings import AMERICAN_SPELLINGS, american_spelling


@pytest.mark.parametrize(("british", "american"), [
    ("metres", "meters"), ("colour", "color"), ("travelled", "traveled"), ("defence", "defense"),
    ("programme", "program"), ("theatre", "theater"), ("organisation", "organization"), ("kilometres", "kilometers"),
])
def test_one_term_for_both_spellings(british: str, american: str) -> None:
    assert american_spelling(british) == american
    assert term(british) == term(american)


def test_the_table_holds_single_words_only() -> None:
    assert len(AMERICAN_SPELLINGS) > 1500
    assert all(k.isalpha() and v.isalpha() and k != v for k, v in AMERICAN_SPELLINGS.items())
    assert american_spelling("pants") == "pants"  # a meaning that differs is no spelling


def test_metres_against_meter_on_the_seeds(seeds_checker: Checker) -> None:
    """004: "Both girls lived within a 500-meter radius of the school in Qyzylorda ..."."""
    result = seeds_checker.check_claim(Claim("t", "Both girls lived within 500 metres of the school in Qyzylorda."))
    assert "metres" not in result.missing


THEATRE = """Harbour Theatre Reopens

LIVERPOOL -- The harbour theatre reopened on Friday after a two-year renovation that cost the council
four million pounds. The new auditorium seats 400 people, and its colour scheme was chosen by pupils
of a local school.
"""


@pytest.mark.parametrize(("claim", "expected"), [
    ("The harbor theater reopened on Friday after a two-year renovation.", "supported"),
    ("The new auditorium's color scheme was chosen by pupils of a local school.", "supported"),
    ("The harbor theater reopened on Friday after a five-year renovation.", "contradicted"),
])
def test_american_claims_against_a_british_source(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "theatre.txt", THEATRE)
    assert checker.check_claim(Claim("t", claim)).verdict == expected
