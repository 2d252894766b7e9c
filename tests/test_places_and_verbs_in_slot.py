"""A passage that puts the claim's event in another named place, and a verb put in the claim
verb's place before a preposition the verb takes: neither states the claim."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim, Corpus
from factcheck.index.bm25 import term
from factcheck.lexicon.places import is_polity, lies_in, same_place
from factcheck.match.align import align


@pytest.fixture(scope="module")
def checker(seeds: Corpus) -> Checker:
    return Checker(seeds)


def verdict(checker: Checker, text: str) -> str:
    return checker.check_claim(Claim("t", text)).verdict


# 004: "Last year witnessed a tragedy in another southern Kazakh city, Turkistan, when a
# 17-year-old girl jumped off the sixth floor of a building ..."
TRAGEDY = ("Last year witnessed a tragedy in another southern Kazakh city, Turkistan, when a 17-year-old girl "
           "jumped off the sixth floor of a building after a conflict with a would-be client.")


@pytest.mark.parametrize(("claim", "elsewhere"), [
    ("A 17-year-old girl in Shymkent jumped off the sixth floor of a building last year.", {"Shymkent"}),
    ("Last year a girl of 17 at Taraz jumped off the sixth floor of a building.", {"Taraz"}),
    ("A 17-year-old girl in Turkistan jumped off the sixth floor of a building last year.", set()),
    # a country holds the city: no other place
    ("A 17-year-old girl in Kazakhstan jumped off the sixth floor of a building last year.", set()),
])
def test_another_named_place(claim: str, elsewhere: set[str]) -> None:
    assert align(claim, TRAGEDY).other_named_place() == {term(w) for w in elsewhere}


def test_a_country_in_the_passage_holds_the_claims_city() -> None:
    passage = "The mother of a schoolgirl in Kazakhstan revealed how her daughter was held for six months."
    claim = "The mother of a schoolgirl in Aktobe revealed how her daughter was held for six months."
    assert align(claim, passage).other_named_place() == frozenset()


@pytest.mark.parametrize(("words", "expected"), [
    (["Kazakhstan"], True), (["the", "United", "States"], True), (["California"], True), (["Asia"], True),
    (["Almaty"], False), (["Qyzylorda"], False), (["Turkestan"], False),
])
def test_polities_are_wordnets_countries_states_and_continents(words: list[str], expected: bool) -> None:
    assert is_polity(words) is expected


@pytest.mark.parametrize(("part", "whole", "expected"), [
    ("Almaty", "Kazakhstan", True), ("the Ruhr", "Germany", True), ("Marseille", "Europe", None),
    ("Glasgow", "Wales", False), ("Dallas", "Ohio", False), ("Lyon", "Germany", False), ("Qyzylorda", "Kazakhstan", None),
])
def test_which_place_lies_in_which(part: str, whole: str, expected: bool | None) -> None:
    # WordNet's part holonyms, followed up; a chain that stops short (France under no continent) tells nothing
    assert lies_in(part, whole) is expected


SHIPYARD = "Shipyard\n\nThe engineer moved to Scotland in 2010 to work at a shipyard on the Clyde.\n"


@pytest.mark.parametrize(("claim", "expected"), [
    # Scotland holds Glasgow: the claim's city is unstated, not said otherwise (it was `contradicted`)
    ("The engineer moved to Glasgow in 2010.", ("partial", "not_found")),
    ("The engineer moved to Cardiff in 2010.", ("contradicted",)),  # Wales, beside Scotland in the UK
    ("The engineer moved to Dallas in 2010.", ("contradicted",)),  # in the United States
    ("The engineer moved to Scotland in 2010.", ("supported",)),
])
def test_a_place_the_sources_place_holds(tmp_path: Path, claim: str, expected: tuple[str, ...]) -> None:
    checker = article_checker(tmp_path, "shipyard.txt", SHIPYARD)
    assert checker.check_claim(Claim("t", claim)).verdict in expected


@pytest.mark.parametrize(("text", "expected"), [
    # (another city, the one 004 says it is: an entity difference since session 50, `partial` before)
    ("Last year a 17-year-old girl in Qyzylorda jumped off the sixth floor of a building after a conflict "
     "with a would-be client.", "contradicted"),
    ("Last year a 17-year-old girl in Turkistan jumped off the sixth floor of a building after a conflict "
     "with a would-be client.", "supported"),
    # 004: "Police investigating the horrific case in ... Qyzylorda have warned against what they call
    # "disinformation," objecting to the rights defenders' portrayal of a "child mafia group" ..."
    ("Police in Qyzylorda endorsed the rights defenders' portrayal of a child mafia group.", "partial"),
    ("Police in Qyzylorda welcomed the rights defenders' portrayal of a child mafia group.", "partial"),
    ("Police in Qyzylorda objected to the rights defenders' portrayal of a child mafia group.", "supported"),
])
def test_the_seeds(checker: Checker, text: str, expected: str) -> None:
    assert verdict(checker, text) == expected


@pytest.mark.parametrize(("claim", "passage", "replaced"), [
    ("The council approved the mayor's plan for the bridge.",
     'The council met on Monday and, after a long debate, voted against the mayor\'s plan for the bridge.',
     {"approved"}),
    ("Workers praised the company's offer.", 'Workers rallied at the gates, objecting to the company\'s offer.',
     {"praised"}),
    ("The union rejected the company's offer.", "The union, after a vote, objected to the company's offer.", set()),
])
def test_a_verb_before_its_preposition_is_in_the_claim_verbs_place(claim: str, passage: str,
                                                                       replaced: set[str]) -> None:
    assert align(claim, passage).replaced() == {term(w) for w in replaced}


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Uzbek", "Uzbekistan", True), ("Russian", "Russia", True), ("Kazakh", "Kazakhstan", True),
    ("Scottish", "Scotland", True), ("the People's Republic of China", "China", True),
    ("Russian", "Kazakhstan", False), ("Almaty", "Astana", False),
    ("the Empire State", "New York", False),   # a nickname shares no stem: left to the source's words
])
def test_one_place_by_its_name_or_adjective(a: str, b: str, same: bool) -> None:
    assert same_place(a, b) is same


def test_one_place_in_two_spellings_is_no_other_place() -> None:
    # "Peking" is Beijing (an exonym): no other place, whatever the spelling
    alignment = align("Mao proclaimed the republic in Beijing on 1 October 1949.",
                      "Mao Tse-tung proclaimed the People's Republic of China in Peking on 1 October 1949.")
    assert alignment.other_named_place() == frozenset()


def test_a_border_named_by_the_countrys_adjective(checker: Checker) -> None:
    # 000: "... just north of the Uzbekistan border": "the Uzbek border" is no other name
    result = checker.check_claim(Claim("t", "Abay, a town of around 18,000 people, lies just north of the Uzbek border."))
    assert result.verdict != "contradicted"
    assert not [d for d in result.disagreements if d.kind == "name"]
