"""A verb in a predicate joined by "and" is said of the name that opens the sentence: "Rather,
Batyrbekov received threats for publishing the article and was ultimately sentenced for libel in
2019" does not say that Akhmediyarov (named in another sentence of 001) was sentenced; since
session 50 it says another named person was, an entity difference (detail "agent")."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim
from factcheck.index.bm25 import term
from factcheck.match.align import align


@pytest.mark.parametrize(("claim", "expected"), [
    ("Akhmediyarov was sentenced for libel in 2019.", "contradicted"),
    ("Batyrbekov was sentenced for libel in 2019.", "supported"),
])
def test_the_sentence_opening_name_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    """(The first was `supported`, pooled from 001's sentence on Batyrbekov and one naming
    Lukpan Akhmediyarov; then `partial`, Akhmediyarov missing; now `contradicted` by the name the
    passage gives the act.)"""
    result = seeds_checker.check_claim(Claim("t", claim))
    assert result.verdict == expected
    if expected == "contradicted":
        assert any(d.kind == "entity" and d.source_value == "Batyrbekov" for d in result.disagreements)


MILL = """Mill Workers Strike

LODZ -- Workers at the Widzew textile mill walked out on Monday over unpaid wages.

Eventually, Kowalska led the union's delegation to the ministry and was received by the deputy minister in Warsaw.

The mill's director, Jan Nowicki, said the wages would be paid by Friday.
"""


@pytest.mark.parametrize(("claim", "expected"), [
    ("Nowicki was received by the deputy minister in Warsaw.", "contradicted"),
    ("Kowalska was received by the deputy minister in Warsaw.", "supported"),
])
def test_the_sentence_opening_name_in_other_words(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "mill.txt", MILL)
    assert checker.check_claim(Claim("t", claim)).verdict == expected


def test_a_claim_that_names_the_opening_subject_keeps_it() -> None:
    passage = "Rather, Batyrbekov received threats and was ultimately sentenced for libel in 2019."
    assert align("Batyrbekov was sentenced for libel in 2019.", passage).unattributed == frozenset()
    assert align("Akhmediyarov was sentenced for libel in 2019.", passage).unattributed == {"ahmediarov"}


@pytest.mark.parametrize(("claim", "expected"), [
    # 003: "... according to activist Dina Smailova, who recently launched an online campaign called NeMolchi.kz"
    ("Smailova's campaign was launched by the government.", "partial"),
])
def test_a_passive_agent_against_an_active_doer_on_the_seeds(seeds_checker: Checker, claim: str,
                                                             expected: str) -> None:
    """(It was `supported`: "by the government" weighed too little to be missing.)"""
    result = seeds_checker.check_claim(Claim("t", claim))
    assert result.verdict == expected
    assert "government" in result.missing


@pytest.mark.parametrize(("claim", "passage", "unstated"), [
    ("The bridge was built by the army.", "The engineers of the city council built the bridge in 1920.", {"armi"}),
    ("The bridge was built by the city council.", "The engineers of the city council built the bridge in 1920.",
     set()),
    ("The bridge was built in 1920.", "The engineers of the city council built the bridge in 1920.", set()),
])
def test_a_passive_agent_against_an_active_doer(claim: str, passage: str, unstated: set[str]) -> None:
    assert align(claim, passage).unattributed == unstated


@pytest.mark.parametrize(("claim", "expected"), [
    # 000: "In order to provide for her son, she reportedly moved to Almaty and regularly sends back money."
    ("Nursultan's mother moved to Astana to provide for him.", "contradicted"),
    ("Nursultan's mother moved to Almaty to provide for him.", "partial"),  # "reportedly"
])
def test_another_name_after_the_same_verb_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    """(The first was `supported`, from "travel to Astana" in another sentence.)"""
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == expected


@pytest.mark.parametrize(("claim", "passage", "names"), [
    ("She moved to Shymkent to provide for her son.",
     "In order to provide for her son, she moved to Almaty and regularly sends back money.", [("Shymkent", "Almaty")]),
    ("She moved to Almaty to provide for her son.",
     "In order to provide for her son, she moved to Almaty and regularly sends back money.", []),
    ("To be near his daughter, the painter settled in Bergen.",
     "The painter settled in Oslo to be near his daughter.", [("Bergen", "Oslo")]),
])
def test_another_name_after_the_same_verb(claim: str, passage: str, names: list[tuple[str, str]]) -> None:
    found = [(d.claim_words, d.passage_words) for d in align(claim, passage).differences if d.kind == "entity"]
    assert found == names


@pytest.mark.parametrize(("claim", "expected"), [
    # 003: "... with comments condemning the police along with the accused rapists.The way ... according
    # to activist Dina Smailova, who recently launched an online campaign ... encouraging rape victims to speak out"
    ("Kazakh police encouraged rape victims to speak out.", "partial"),
    ("Smailova encouraged rape victims to speak out.", "supported"),
])
def test_a_subject_from_the_other_sentence_of_a_window_on_the_seeds(seeds_checker: Checker, claim: str,
                                                                    expected: str) -> None:
    """(The first was `supported`: the window's first sentence gave "police", its second the rest.)"""
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == expected


@pytest.mark.parametrize(("claim", "passage", "unstated"), [
    ("The mayor opened the new bridge.",
     "Residents criticised the mayor over the delays. The governor opened the new bridge on Friday.", {term("mayor")}),
    ("The mayor opened the new bridge.",
     "Residents criticised the mayor over the delays. She opened the new bridge on Friday.", set()),
    ("The mayor opened the new bridge.", "On Friday the mayor opened the new bridge.", set()),
    # a named subject may be the description the verb's sentence gives ("the city's mayor")
    ("Anna Berg opened the new bridge.",
     "Residents praised Anna Berg over the works. The city's mayor opened the new bridge on Friday.", set()),
])
def test_a_subject_from_the_other_sentence_of_a_window(claim: str, passage: str, unstated: set[str]) -> None:
    assert align(claim, passage).unattributed == unstated


@pytest.mark.parametrize(("claim", "expected"), [
    # 004: "Dina Smailova, the head of the NeMolchi.kz foundation, ..."; 000: "... Almaty, where Nursultan's mother lives."
    ("Smailova heads the NeMolchi.kz foundation and lives in Almaty.", "partial"),
    ("Smailova heads the NeMolchi.kz foundation.", "supported"),
])
def test_a_predicate_joined_by_and_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    """(The first was `supported`: "lives in Almaty" weighed under the 30 % a support may leave out.)"""
    result = seeds_checker.check_claim(Claim("t", claim))
    assert result.verdict == expected
    if expected == "partial":
        assert {"lives", "Almaty"} <= set(result.missing)


@pytest.mark.parametrize(("claim", "passage", "unstated"), [
    ("Ortiz chairs the committee and lives in Lyon.", "Ortiz, who chairs the committee, spoke on Monday.",
     {"live", term("Lyon")}),
    ("Ortiz chairs the committee and lives in Lyon.", "Ortiz chairs the committee and has a house in Lyon.", set()),
    # the verb given to another doer: "Lyon, where her sister lives"
    ("Ortiz chairs the committee and lives in Lyon.", "She moved to Lyon, where her sister lives.", {"live"}),
])
def test_a_predicate_joined_by_and(claim: str, passage: str, unstated: set[str]) -> None:
    assert align(claim, passage).unattributed >= unstated
    if not unstated:
        assert align(claim, passage).unattributed == frozenset()


@pytest.mark.parametrize(("claim", "expected"), [
    # 002: "... about the life of a boy who was raped three years ago by teenagers in Kazakhstan's southern
    # region of Turkistan."
    ("The boy was raped three years ago by adults in the Turkistan region.", "partial"),
    ("The boy was raped three years ago by teenagers in the Turkistan region.", "supported"),
])
def test_a_passive_agent_against_another_agent_on_the_seeds(seeds_checker: Checker, claim: str,
                                                            expected: str) -> None:
    """(The first was `supported`: "adults" weighed too little to be missing.)"""
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == expected


def test_a_passive_agent_against_another_agent() -> None:
    passage = "The bridge was built in 1920 by engineers of the city council."
    assert align("The bridge was built in 1920 by the army.", passage).unattributed == {term("army")}
    assert align("The bridge was built in 1920 by the city council.", passage).unattributed == frozenset()


@pytest.mark.parametrize(("claim", "passage", "entity"), [
    ("Judge Taubai Qadyrbaev was reprimanded by the Supreme Court for apologising to Batyrbekov.",
     "In January 2020, Judge Taubai Qadyrbaev of the Turkistan Regional Court accepted Batyrbekov's appeal and "
     "offered apologies to the journalist.", False),
    ("Judge Taubai Qadyrbaev of the Supreme Court accepted Batyrbekov's appeal.",
     "In January 2020, Judge Taubai Qadyrbaev of the Turkistan Regional Court accepted Batyrbekov's appeal.", True),
])
def test_names_in_two_roles_are_not_one_place(claim: str, passage: str, entity: bool) -> None:
    """"by the Supreme Court" (who reprimanded) and "of the Turkistan Regional Court" (whose judge)
    are two roles: no name set against the other (held-out set Q had it `contradicted`)."""
    found = [d for d in align(claim, passage).differences if d.kind == "entity"]
    assert bool(found) is entity


# --- the object of one verb is not the doer of the next (session 32, set R) ---------------------


@pytest.mark.parametrize(("claim", "expected"), [
    # 003: "She said they beat up the young woman's relative, Rustam, then forced Zhibek into a car
    # and sped away."
    ("Rustam, the relative who was accompanying Zhibek, forced her into a car and sped away.", "partial"),
    ("Rustam forced Zhibek into a car and sped away.", "partial"),
    # (The mother's account: said flatly it is partial, with its report kept it is what 003 says.)
    ("The attackers beat up Rustam, then forced Zhibek into a car and sped away, the mother said.", "supported"),
    ("The attackers beat up Rustam, then forced Zhibek into a car and sped away.", "partial"),
])
def test_an_object_made_the_doer_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    result = seeds_checker.check_claim(Claim("t", claim))
    assert result.verdict == expected
    if expected == "partial" and not claim.startswith("The attackers"):
        assert "Rustam" in result.missing


@pytest.mark.parametrize(("claim", "passage", "unstated"), [
    ("Ivanov ordered the arrest.", "The mayor met the police chief, Ivanov, then ordered the arrest.", True),
    ("Ivanov ordered the arrest.", "The mayor praised Ivanov and ordered the arrest.", True),
    # the name in the subject's own apposition is the doer
    ("Ivanov ordered the arrest.", "The new police chief, Ivanov, then ordered the arrest.", False),
    # and so is a name right before its verb
    ("Ivanov ordered the arrest.", "After the meeting, Ivanov ordered the arrest.", False),
])
def test_an_object_made_the_doer_in_other_words(claim: str, passage: str, unstated: bool) -> None:
    alignment = align(claim, passage)
    assert (term("ivanov") in alignment.unattributed) is unstated


# --- many are not one: a plural subject against one name (session 32) ------------------------------


@pytest.mark.parametrize(("claim", "expected"), [
    # 001: "Zhapisheva immediately turned off her phone and appealed to the authorities ..."
    ("The Village's editors turned off their phones.", "partial"),
    ("Zhapisheva turned off her phone.", "supported"),
])
def test_many_for_one_name_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == expected


@pytest.mark.parametrize(("claim", "passage", "unstated"), [
    ("The nurses signed the letter.", "Kowalska quickly signed the letter.", True),
    ("The nurses signed the letter.", "Later the nurses signed the letter.", False),
    # one person described: left alone ("the journalist" may be Kowalska)
    ("The nurse signed the letter.", "Kowalska quickly signed the letter.", False),
    # a list of names may be the claim's many
    ("The nurses signed the letter.", "Nowak and Kowalska signed the letter.", False),
])
def test_many_for_one_name_in_other_words(claim: str, passage: str, unstated: bool) -> None:
    assert (term("nurses") in align(claim, passage).unattributed) is unstated
