"""Changed numbers and dates that a paraphrase still states in the claim's place (session 35, from
held-out set T): a highest amount, an age, a fronted date, a place's population."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.models import Value
from factcheck.values import compare, extract_values

MILL = ("Mill closure\n\n"
        "The 58-year-old foreman of the shuttered Ashgrove mill said output had fallen for a decade. "
        "At its peak the mill was shipping up to 900 tonnes of yarn a week to buyers in the north. "
        "But on 14 March, the last shift clocked off and the gates were locked. "
        "Ashgrove, a market town of about 12,000, lost its largest employer.\n")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("At its peak the mill shipped up to 1,900 tonnes of yarn a week.", "contradicted"),
    ("At its peak the mill shipped up to 900 tonnes of yarn a week.", "supported"),
    ("The foreman of the shuttered Ashgrove mill is 48 years old.", "contradicted"),
    ("The foreman of the shuttered Ashgrove mill is 58 years old.", "supported"),
    ("The Ashgrove mill's last shift clocked off on 21 March.", "contradicted"),
    ("The Ashgrove mill's last shift clocked off on 14 March.", "supported"),
    ("Ashgrove is a market town of about 40,000 people.", "contradicted"),
    ("Ashgrove is a market town of about 12,000 people.", "supported"),
])
def test_a_changed_value_in_a_paraphrase_is_contradicted(tmp_path: Path, claim: str, verdict: str) -> None:
    assert article_checker(tmp_path, "mill.txt", MILL).check_claim(Claim("t", claim)).verdict == verdict


def test_a_places_bare_count_counts_its_people() -> None:
    values = extract_values("Ashgrove, a market town of about 12,000, lost its largest employer.")
    assert [(v.text, v.unit) for v in values if v.kind == "number"] == [("about 12,000", "person")]


def test_two_highest_amounts_differ_and_two_limits_need_not() -> None:
    def first(text: str) -> Value:
        return extract_values(text)[0]
    assert compare(first("paid up to $16,000 a month"), first("paid up to $6,000 a month")) is False
    assert compare(first("as many as 300 people came"), first("as many as 200 people came")) is False
    assert compare(first("paid at most $16,000"), first("paid at most $6,000")) is None


def test_a_negation_in_place_contradicts_where_the_source_names_the_subject_elsewhere(tmp_path: Path) -> None:
    text = ("Ferry row\n\n"
            "Councillor Maud Perrin of Kelso has campaigned for a new ferry for years. "
            "The councillor said she had read the operator's report closely but decided not to back the new timetable.\n")
    checker = article_checker(tmp_path, "ferry.txt", text)
    result = checker.check_claim(Claim("t", "The Kelso councillor decided to back the operator's new winter timetable."))
    assert result.verdict == "contradicted"
    assert [d.kind for d in result.disagreements] == ["negation"]


BOATYARD = ("Boatyard sale\n\n"
            "Marlow Marine took 62 per cent of the river-cruiser market last year to Bexley's 30 per cent. "
            "The Reading firm was founded by Ada Quinn, 58, who still chairs its board. "
            "The 44-year-old chief engineer, Tom Ellery, designed its best-selling hull. "
            "Its yard is in Pangbourne, a village of about 1,500.\n")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Bexley took 62 per cent of the river-cruiser market last year.", "contradicted"),   # Marlow's share
    ("Bexley took 30 per cent of the river-cruiser market last year.", "supported"),
    ("Ada Quinn is 58 years old.", "supported"),                  # "Ada Quinn, 58,": her age
    ("Ada Quinn is 44 years old.", {"partial", "contradicted"}),  # the engineer's age, never hers
    ("Pangbourne is a village of about 1,500 people.", "supported"),
    # "The Reading firm" describes Marlow Marine: no other company in its place.
    ("Marlow Marine took 62 per cent of the river-cruiser market last year to Bexley's 30 per cent.", "supported"),
])
def test_whose_value_it_is(tmp_path: Path, claim: str, verdict: str | set[str]) -> None:
    got = article_checker(tmp_path, "boats.txt", BOATYARD).check_claim(Claim("t", claim)).verdict
    assert got in ({verdict} if isinstance(verdict, str) else verdict)


def test_the_name_a_description_modifies_is_no_other_name() -> None:
    from factcheck.match.align import align
    claim = "Marlow Marine held 62 per cent of the market."
    assert not [d for d in align(claim, "The Reading firm held 62 per cent of the market.").differences
                if d.kind == "entity"]
    # A place named before its class noun is that place's name, not a description of the claim's.
    assert [d for d in align("The Courier is a weekly paper in Leeds.",
                             "A weekly paper in the Bradford area, The Courier has never missed an issue.").differences
            if d.kind == "entity"]
    # Two descriptions by two places do differ.
    assert [d for d in align("The Marlow firm held 62 per cent of the market.",
                             "The Reading firm held 62 per cent of the market.").differences if d.kind == "entity"]
