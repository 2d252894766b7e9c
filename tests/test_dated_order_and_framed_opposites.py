"""More kinds found by blind sets H18 and H19 on the seeds, tested in other words than the sets':
two events ordered against the years a source gives them, another relative before an
apposition's comma, an opposite said of the claim's own doer and object in a passage that says
little else of the claim, what a claim of possession says its subject has, and a clock time no
source gives."""

from __future__ import annotations

import pytest

from factcheck import Checker, Claim, Corpus
from factcheck.match.align import align
from factcheck.run.check import _has_opposite


@pytest.fixture(scope="module")
def checker(seeds: Corpus) -> Checker:
    return Checker(seeds)


def verdict(checker: Checker, text: str) -> str:
    return checker.check_claim(Claim("t", text)).verdict


# --------------------------------------------------------------------------- order against years


def test_events_ordered_against_their_years_differ_in_order() -> None:
    claim = "The company opened its second shop before it moved its offices to Leeds."
    passage = "The company moved its offices to Leeds in 2004. It opened its second shop in 2011."
    found = [(d.kind, d.detail, d.claim_words, d.passage_words) for d in align(claim, passage).differences]
    assert ("antonym", "order", "before", "2011") in found


def test_events_ordered_as_their_years_are_no_difference() -> None:
    claim = "The company opened its second shop after it moved its offices to Leeds."
    passage = "The company moved its offices to Leeds in 2004. It opened its second shop in 2011."
    assert not [d for d in align(claim, passage).differences if d.detail == "order"]


def test_a_claim_with_its_own_year_is_left_to_the_values() -> None:
    claim = "The company opened its second shop in 2011, before it moved its offices to Leeds."
    passage = "The company moved its offices to Leeds in 2004. It opened its second shop in 2011."
    assert not [d for d in align(claim, passage).differences if d.detail == "order"]


def test_birth_before_the_move_is_contradicted(checker: Checker) -> None:
    # 000: "she had moved to Kazakhstan from Uzbekistan in 2003. She gave birth to Nursultan in 2010"
    assert verdict(checker, "Nursultan's mother gave birth to her son before moving from Uzbekistan to Kazakhstan.") \
        == "contradicted"
    assert verdict(checker, "Nursultan's mother moved from Uzbekistan to Kazakhstan before she gave birth to her son.") \
        != "contradicted"


# --------------------------------------------------------------------------- another relative, an apposition


def test_another_relative_before_an_appositions_comma(checker: Checker) -> None:
    # 003: "The 30-year-old victim's mother posted a video appeal after police in the rural town of Esik ..."
    assert verdict(checker, "Gulbadar Musinova, the victim's aunt, posted a video appeal after police in Esik "
                            "appeared to ignore the accusations.") == "contradicted"


# --------------------------------------------------------------------------- an opposite between doer and object


def test_an_opposite_between_the_same_doer_and_object_is_framed() -> None:
    claim = "Activist Jane Roe criticised the Lee family for the way they have handled the dispute."
    passage = "But Roe, a former tenant herself, praises the Lee family's actions and says more should follow."
    alignment = align(claim, passage)
    opposites = [d for d in alignment.differences if d.kind == "antonym"]
    assert opposites and alignment.framed(opposites[0])


def test_an_opposite_of_other_parties_is_not_framed() -> None:
    claim = "Activist Jane Roe criticised the Lee family for the way they have handled the dispute."
    passage = "The neighbours praise the council, and Roe says nothing of the Lee family."
    alignment = align(claim, passage)
    assert not any(alignment.framed(d) for d in alignment.differences if d.kind == "antonym")


def test_a_passage_with_an_antonym_of_a_claim_word_is_aligned() -> None:
    assert _has_opposite("Smailova criticised the family.", "But Smailova praises the family's actions.")
    assert not _has_opposite("Smailova criticised the family.", "Smailova met the family's lawyer.")


def test_criticism_against_praise_of_the_same_family_is_contradicted(checker: Checker) -> None:
    # 003: "But Smailova, a former rape victim herself, praises the Musinov family's actions"
    assert verdict(checker, "Smailova condemned and criticised the Musinov family over how they went public.") \
        == "contradicted"


# --------------------------------------------------------------------------- possession, a clock time


def test_what_a_claim_of_possession_says_its_subject_has_must_be_stated(checker: Checker) -> None:
    # No seed says anything of Informburo.kz's channels; 000 names it as a news website.
    assert verdict(checker, "Informburo.kz has its own television channel.") == "not_found"


def test_a_clock_time_no_source_gives_is_added(checker: Checker) -> None:
    # 000: "On March 16, Baliyeva took Nursultan, his grandmother and another female relative to
    # the capital, Astana" -- at no hour.
    assert verdict(checker, "Baliyeva took Nursultan, his grandmother and another female relative to Astana "
                            "at 6 a.m. on March 16.") == "partial"


# --------------------------------------------------------------------------- "stopped short of", a closing relative clause


def test_stopped_short_of_negates_what_it_governs() -> None:
    from factcheck.match.cues import is_negation_cue, tokenize
    tokens = tokenize("The mayor stopped short of blaming the council.")
    assert any(is_negation_cue(tokens, i) for i in range(len(tokens)))
    tokens = tokenize("The bus stopped short of the bridge.")
    assert [tokens[i].folded for i in range(len(tokens)) if is_negation_cue(tokens, i)] == ["short"]


def test_stopping_short_of_what_the_source_says_she_did_is_contradicted(checker: Checker) -> None:
    # 003: "Gulbadar Musinova took to YouTube to detail the incident, accuse police of a cover-up"
    assert verdict(checker, "On YouTube, the victim's mother Gulbadar Musinova stopped short of accusing police of "
                            "a cover-up.") == "contradicted"


def test_a_closing_relative_clause_no_source_states_is_added(checker: Checker) -> None:
    # 003: Rustam "fears for his life" after receiving "threats" -- no word of any complaint.
    assert verdict(checker, "Rustam fears for his life after receiving threats, which he has since described to "
                            "a judge in Almaty.") == "partial"


def test_a_noun_after_a_preposition_is_no_second_verb_of_exchanged_objects(checker: Checker) -> None:
    # 003's window: "... posted a video appeal after police in the rural town of Esik appeared to ignore
    # the accusations ... Gulbadar Musinova took to YouTube": YouTube and Esik are exchanged by no verb.
    claim = ("The 30-year-old victim's mother posted a video appeal on YouTube after police in the rural town of "
             "Esik appeared to ignore the accusations.")
    passage = ("The 30-year-old victim's mother posted a video appeal after police in the rural town of Esik "
               "appeared to ignore the accusations. Gulbadar Musinova took to YouTube to detail the incident.")
    assert not [d for d in align(claim, passage).differences if d.detail == "exchanged"]
