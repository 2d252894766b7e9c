"""A name the claim adds that its source states only far from the support (session 32, set R).

A claim's name (a place, person or body) that the supporting sentences leave out is stated by
their source only where a passage of it names it near them (within five passages), or in its
title or first line, other than in a dateline ("ALMATY, Kazakhstan -- ...": where the report
was filed). 004 names Almaty in its dateline, in a quotation about another case and in its
author's biography: "everyone who brought her to hotels and saunas in Almaty" is not what it
says of the Qyzylorda schoolgirl. A name that is no known place may be a person that a pronoun of
the support stands for ("She has sailed ..." for "Olga Berg has sailed ..."): it is near
wherever a supporting passage has a personal pronoun.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim
from factcheck.index.bm25 import term
from factcheck.match.align import align
from factcheck.run.check import _only_in_dateline


@pytest.mark.parametrize(("claim", "expected"), [
    ("The victim's mother said she would file charges against everyone who brought her daughter to hotels and "
     "saunas in Almaty.", "partial"),
    ("The victim's mother said she would file charges against everyone who brought her daughter to hotels and "
     "saunas.", "supported"),
    ("Aruzhan Sain said the boy had been relocated with his mother to Almaty years ago.", "partial"),
    # 000 names Almaty near the support ("they had wanted to go to Almaty, where Nursultan's mother lives")
    ("Nursultan's mother lives in Almaty.", "supported"),
])
def test_a_name_stated_far_from_the_support_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    result = seeds_checker.check_claim(Claim("t", claim))
    assert result.verdict == expected
    if expected == "partial":
        assert "Almaty" in result.missing


FERRY = """\
LEEDS, England -- A ferry company has cancelled its winter timetable.

The Harbour Line said on Monday that its two older boats would stay in dock until March.
Passengers with tickets for December will be refunded in full, the company said.
Crews will repaint both boats and replace their engines over the winter.
The work is expected to cost about 2 million pounds.
Demand fell after a new bridge opened across the estuary last year.
The company carried 80,000 passengers in its best year, a spokeswoman said.
Its first boat was bought from a shipyard in Bristol in 1988.
Its offices are in Hull.
"""


@pytest.mark.parametrize(("claim", "expected"), [
    # Hull is named only eight sentences after the refund's
    ("Passengers with tickets for December will be refunded in full in Hull, the company said.", "partial"),
    # Leeds only in the dateline, seven sentences before
    ("The company's first boat was bought in Leeds from a shipyard in Bristol in 1988.", "partial"),
    # Bristol in the next sentence
    ("The Harbour Line carried 80,000 passengers in its best year, from Bristol.", "supported"),
])
def test_a_name_stated_far_from_the_support_in_other_words(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "ferry.txt", FERRY)
    assert checker.check_claim(Claim("t", claim)).verdict == expected


@pytest.mark.parametrize(("text", "terms", "only"), [
    ("ALMATY, Kazakhstan -- How could something like this happen?", {"almati"}, True),
    ("ALMATY, Kazakhstan -- Police in Almaty said on Monday ...", {"almati"}, False),
    ("Almaty, the largest city, is where she lives.", {"almati"}, False),
])
def test_a_dateline(text: str, terms: set[str], only: bool) -> None:
    assert _only_in_dateline(text, frozenset(terms)) is only


CREW = """\
Ferry crew honoured

The ferry's captain, Olga Berg, received a medal from the mayor on Friday.
The medal is given each year to one member of the harbour's crews.
Last year it went to a pilot from Hull.
The ceremony was held in the town hall.
About two hundred people came.
Speeches were short.
A band played in the square afterwards.
She has sailed on the estuary for thirty years.
"""


@pytest.mark.parametrize(("claim", "expected"), [
    # a person that the support's pronoun may stand for, however far her name is
    ("Olga Berg has sailed on the estuary for thirty years.", "supported"),
    # the sentence with no pronoun names no one
    ("Olga Berg said the speeches were short.", "partial"),
])
def test_a_person_a_pronoun_stands_for(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "crew.txt", CREW)
    assert checker.check_claim(Claim("t", claim)).verdict == expected


# --- a name inside a longer name opened by a compass word is another place (session 32) -----------


@pytest.mark.parametrize(("claim", "passage", "unstated"), [
    ("Kazakhstan has around 18,000 people.",
     "Abay, the town of around 18,000 people, is situated in the South Kazakhstan Region.", True),
    ("Sudan held an election in 2011.", "South Sudan held an election in 2011.", True),
    # the claim's own compass word says the same
    ("Abai is a town in southern Kazakhstan.", "Abay is a town in the South Kazakhstan Region.", False),
    ("South Sudan held an election in 2011.", "South Sudan held an election in 2011.", False),
])
def test_a_name_inside_a_pointed_name(claim: str, passage: str, unstated: bool) -> None:
    name = "kazakhstan" if "Kazakhstan" in claim else "sudan"
    assert (term(name) in align(claim, passage).unattributed) is unstated


def test_a_name_inside_a_pointed_name_on_the_seeds(seeds_checker: Checker) -> None:
    # 000: "Abay, the town of around 18,000 people ..., is remotely situated in the South Kazakhstan Region"
    assert seeds_checker.check_claim(Claim("t", "Kazakhstan has around 18,000 people.")).verdict == "partial"
    assert seeds_checker.check_claim(Claim("t", "Abai is a town of around 18,000 people in southern "
                                                "Kazakhstan.")).verdict == "supported"
