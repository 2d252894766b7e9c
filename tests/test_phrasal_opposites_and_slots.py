"""Kinds of change found by blind set H18 on the seeds, each tested in other words than the set's:
a phrasal verb against its opposite, a changed number that shares a group of digits, a verb
against the noun of its act, another relative in the same place, a country inside another
name, and a passive's one-word agent no source knows."""

from __future__ import annotations

import pytest

from factcheck import Checker, Claim, Corpus
from factcheck.lexicon.phrasal import phrasal_opposes
from factcheck.lexicon.verbs import verb_lemmas
from factcheck.match.align import align
from factcheck.values import extract_values
from factcheck.values.comparison import compare
from factcheck.values.names import claim_name_relation, polity_within


@pytest.fixture(scope="module")
def checker(seeds: Corpus) -> Checker:
    return Checker(seeds)


def verdict(checker: Checker, text: str) -> str:
    return checker.check_claim(Claim("t", text)).verdict


# --------------------------------------------------------------------------- phrasal verbs


@pytest.mark.parametrize(("verb", "particle", "other", "other_particle", "expected"), [
    ("turned", "down", "accepted", "", True),      # {refuse, reject, pass up, turn down, decline} / {accept}
    ("Turned", "Down", "ACCEPTED", "", True),
    ("turns", "down", "accept", "", True),
    ("went", "up", "went", "down", True),          # both phrasal
    ("slowed", "down", "accelerated", "", True),
    ("turned", "down", "rejected", "", False),     # one synset: a paraphrase
    ("called", "off", "held", "", False),
    ("set", "up", "established", "", False),
])
def test_phrasal_verbs_oppose_by_their_synsets(verb: str, particle: str, other: str, other_particle: str,
                                               expected: bool) -> None:
    assert phrasal_opposes(verb, particle, other, other_particle) is expected


def test_verb_lemmas_reach_irregular_and_regular_forms() -> None:
    assert {"take"} <= verb_lemmas("took")
    assert {"turn"} <= verb_lemmas("turned")
    assert verb_lemmas("") == frozenset()


def test_phrasal_verb_in_place_of_its_opposite_is_an_antonym() -> None:
    claim = "The court turned down the appeal of the journalist."
    passage = "The court accepted the appeal of the journalist."
    kinds = [(d.kind, d.claim_words, d.passage_words) for d in align(claim, passage).differences]
    assert ("antonym", "turned", "accepted") in kinds


def test_phrasal_verb_and_its_synonym_are_no_difference() -> None:
    claim = "The court turned down the appeal of the journalist."
    passage = "The court rejected the appeal of the journalist."
    assert not [d for d in align(claim, passage).differences if d.kind == "antonym"]


@pytest.mark.parametrize("text", [
    "In January 2020 Judge Taubai Qadyrbaev turned down the appeal of Batyrbekov.",
    "The Turkistan Regional Court judge turned down Batyrbekov's appeal in January 2020 and ordered his release.",
])
def test_appeal_turned_down_against_accepted_is_contradicted(checker: Checker, text: str) -> None:
    assert verdict(checker, text) == "contradicted"  # 002: "accepted Batyrbekov's appeal"


# --------------------------------------------------------------------------- numbers and dates in one place


def test_numbers_sharing_a_group_of_digits_stand_in_one_place() -> None:
    claim = "The report was read by 400,000 people in its first week."
    passage = "The report reached a readership of 40,000 in just a week."
    alignment = align(claim, passage)
    ours = (claim.index("400,000"), claim.index("400,000") + len("400,000"))
    theirs = (passage.index("40,000"), passage.index("40,000") + len("40,000"))
    assert alignment.same_slot(ours, theirs)


def test_one_number_twice_or_a_shared_scale_is_no_slot_by_itself() -> None:
    claim = "Around 1.2 million people were refugees inside and outside of the country."
    passage = "As of 2011, 235-330 million people worldwide are affected by asthma."
    alignment = align(claim, passage)
    ours = (claim.index("1.2"), claim.index("people") + len("people"))
    theirs = (passage.index("235"), passage.index("million people") + len("million people"))
    assert not alignment.same_slot(ours, theirs)


def test_readership_said_otherwise_in_its_first_day_is_contradicted(checker: Checker) -> None:
    # 001: "reached a readership of 40,000 in just 24 hours"
    assert verdict(checker, "Zhapisheva's follow-up was read by 400,000 people in its first 24 hours online.") \
        == "contradicted"


# --------------------------------------------------------------------------- a verb and the noun of its act


def test_a_count_against_a_noun_of_the_same_act_is_one_event(checker: Checker) -> None:
    # 003: "got into an argument with four men inside the local cafe"
    assert verdict(checker, "Musinova said her daughter and a relative had argued with three men inside the local cafe.") \
        == "contradicted"


# --------------------------------------------------------------------------- another relative in place


def test_another_relative_of_the_same_owner_in_place_is_an_entity_difference() -> None:
    claim = "It was the girl's aunt who called the police that night."
    passage = "Later the girl's mother called the police that night."
    found = [(d.kind, d.detail, d.claim_words, d.passage_words) for d in align(claim, passage).differences]
    assert ("entity", "kin", "aunt", "mother") in found


def test_the_same_relative_is_no_difference() -> None:
    claim = "It was the girl's mother who called the police that night."
    passage = "Later the girl's mother called the police that night."
    assert not [d for d in align(claim, passage).differences if d.detail == "kin"]


def test_another_relative_caught_the_journalists_attention(checker: Checker) -> None:
    # 001: "until the boy's grandmother managed to catch the attention of journalist Amangeldy Batyrbekov"
    text = "It was the boy's father who managed to catch the attention of journalist Amangeldy Batyrbekov."
    assert verdict(checker, text) == "contradicted"
    assert verdict(checker, text.replace("father", "grandmother")) == "supported"


# --------------------------------------------------------------------------- a country inside another name


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("Kazakhstan", "Forbes Kazakhstan", True),
    ("Radio Free Europe", "Europe", True),
    ("Kazakhstan", "Republic of Kazakhstan", False),  # the same place
    ("Kazakhstan", "Amangeldy Batyrbekov", False),    # not inside it
    ("Batyrbekov", "Amangeldy Batyrbekov", False),    # no country
])
def test_polity_within(a: str, b: str, expected: bool) -> None:
    assert polity_within(a, b) is expected


def test_a_country_does_not_agree_with_a_magazine_named_after_it() -> None:
    ours = next(v for v in extract_values("journalists of Forbes Kazakhstan") if v.kind == "name")
    theirs = next(v for v in extract_values("an internet news outlet in Kazakhstan") if v.kind == "name")
    assert compare(ours, theirs) is None
    assert claim_name_relation(ours.text, theirs.text) == "maybe"


def test_founders_from_a_magazine_no_source_names_are_not_supported(checker: Checker) -> None:
    # 001 says The Village "was established in 2017" and never by whom; no seed names Forbes.
    assert verdict(checker, "The Village was founded in 2017 by former Forbes Kazakhstan journalists.") != "supported"


# --------------------------------------------------------------------------- added agent


def test_a_one_word_agent_no_source_knows_is_added(checker: Checker) -> None:
    text = ("The following day the Ministry of Information, in a note signed by the minister, said its representative "
            "had contacted the editorial office of The Village to help with the accuracy of the information.")
    assert verdict(checker, text) == "partial"  # no seed says "minister"
