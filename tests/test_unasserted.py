"""What a passage only asks for, wants or plans is not stated as done (directive and volitional
verbs: non-veridical, Giannakidou 1998): "demanding we remove the article from our website" does
not say the article was removed, nor oppose "The Village refused to remove the article". A verb
that presupposes its complement ("demand you stop putting pressure on journalists") keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim
from factcheck.match.align import align

LANDFILL = """Landfill Row Deepens

GDANSK -- Residents of the northern districts have demanded that the council close the landfill at Zabianka, which they blame for a foul smell that has hung over the area since spring.

The council has refused to shut the site before a report on its emissions is published in October. Officials say they want to expand the recycling plant next to it.

Protesters, who blocked the access road on Monday, urged the mayor to stop sending trucks there.

"We will move the waste sorting hall to Oliwa by December," the mayor told reporters on Tuesday.
"""


@pytest.mark.parametrize(("claim", "expected"), [
    # 001/002: "... demanding we remove the article from our website"; 001: "We do not intend to remove our article."
    ("The Village removed the article.", "partial"),
    # (No passage has The Village, the article and its website together, which "deleted" could
    # be said in other words of: not_found, decide._rest_stated_together.)
    ("The Village deleted the article from its website.", "not_found"),
    ("Unknown individuals demanded that The Village remove the article.", "supported"),
    # 002: "... said in a September 2 statement that it is "ready to provide assistance to Village Kazakhstan""
    ("The Ministry of Information provided assistance to Village Kazakhstan.", "partial"),
    ("The Ministry of Information said it was ready to help Village Kazakhstan.", "supported"),
    # 004: '"... I will file charges against everyone who touched her -- more than 1,000 people ...," the mother said'
    ("The victim's mother filed charges against more than 1,000 people.", "partial"),
    ("The victim's mother said she would file charges against more than 1,000 people.", "supported"),
])
def test_a_demand_is_no_deed_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    """(The first two were `supported`: a false support from the demand's own words.)"""
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == expected


def test_a_demand_opposes_no_refusal_on_the_seeds(seeds_checker: Checker) -> None:
    """"refused to remove" against "demanding we remove": no negation (it was `contradicted`)."""
    result = seeds_checker.check_claim(Claim("t", "The Village refused to remove the article."))
    assert result.verdict != "contradicted"
    assert not any(d.kind == "negation" for d in result.disagreements)


@pytest.mark.parametrize(("claim", "expected"), [
    ("The council closed the landfill at Zabianka.", "partial"),
    ("The council expanded the recycling plant next to the landfill.", "partial"),
    ("The mayor stopped sending trucks to the landfill.", "partial"),
    ("Residents demanded that the council close the landfill at Zabianka.", "supported"),
    ("The council refused to close the landfill before the report on its emissions.", "supported"),
    # a first-person future in a quotation is an intention, kept by a claim that reports one
    ("The mayor moved the waste sorting hall to Oliwa by December.", "partial"),
    ("The mayor said he would move the waste sorting hall to Oliwa by December.", "supported"),
])
def test_a_demand_is_no_deed_in_other_words(tmp_path: Path, claim: str, expected: str) -> None:
    """(The first three were `supported`.)"""
    checker = article_checker(tmp_path, "landfill.txt", LANDFILL)
    assert checker.check_claim(Claim("t", claim)).verdict == expected


@pytest.mark.parametrize(("claim", "passage", "unstated"), [
    ("The ministry put pressure on journalists.", "We demand you stop putting pressure on journalists.", set()),
    ("The ministry put pressure on journalists.", "We demand that the ministry put pressure on journalists.",
     {"put", "presur"}),
    ("She went to Almaty.", "She wanted to go to Almaty.", {"go"}),
    ("She wanted to go to Almaty.", "She wanted to go to Almaty.", set()),
    ("The council provided the funds.", "The council is ready to provide the funds.", {"provid"}),
    # a sentence before the one with the verb has a demand of its own
    ("The 30-year-old victim's mother posted a video.",
     "The family pushed to demand justice.The 30-year-old victim's mother posted a video.", set()),
])
def test_unasserted_verbs(claim: str, passage: str, unstated: set[str]) -> None:
    assert align(claim, passage).unattributed == unstated


@pytest.mark.parametrize(("claim", "expected"), [
    # 004: '"Since I received no help from the school, only threats, I turned to the juvenile police and the local
    # inspector. But the same thing happened. They also threatened me," the mother said.'
    ("The victim's mother turned to the juvenile police and the local inspector, who helped her.", "partial"),
])
def test_a_negated_word_states_nothing_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    """(It was `supported`: "helped" aligned with the "help" of "no help".)"""
    result = seeds_checker.check_claim(Claim("t", claim))
    assert result.verdict == expected
    assert "helped" in result.missing


@pytest.mark.parametrize(("claim", "passage", "unstated"), [
    ("The council repaired the road, which helped the farmers.",
     "The farmers got no help from the council, which repaired the road in May.", {"help"}),
    ("The council repaired the road, which helped the farmers.",
     "The council repaired the road in May, which helped the farmers.", set()),
])
def test_a_negated_word_states_nothing(claim: str, passage: str, unstated: set[str]) -> None:
    assert align(claim, passage).unattributed >= unstated
    if not unstated:
        assert "help" not in align(claim, passage).unattributed
