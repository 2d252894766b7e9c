"""A claim whose names a source gives but whose predicate it never states (session 37, from
held-out set X: "Aruzhan Sain was appointed Ombudsman for Children in 2019" came out `partial`
against a sentence that only names her in that office)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.match.cues import tokenize
from factcheck.match.predicates import main_verb, one_predicate, passive_participle, present_verb

HARBOUR = ("Harbour board\n\n"
           "The harbour master of Port Ellis, Moira Tennant, warned on Tuesday that the north pier "
           "was unsafe for lorries.\n\n"
           "The Port Ellis ferry service carried 40,000 passengers last summer.\n\n"
           "Moira Tennant moved from Glasgow to Port Ellis in 2004.\n")


@pytest.mark.parametrize("claim", [
    # What was done, and when, in no sentence: only her name and office are the source's.
    "Moira Tennant was appointed harbour master of Port Ellis in 2015.",
    # Past verb, place and object unstated.
    "Moira Tennant resigned from the harbour board over the pier.",
    # A passive whose participle and agent no sentence states.
    "The north pier was closed by the council in March.",
    # A present tense: what she does for a living, in no sentence.
    "The Port Ellis ferry service employs 40 crew.",
])
def test_names_without_the_predicate_are_not_found(tmp_path: Path, claim: str) -> None:
    assert article_checker(tmp_path, "harbour.txt", HARBOUR).check_claim(Claim("t", claim)).verdict == "not_found"


@pytest.mark.parametrize(("claim", "verdict"), [
    # The verb said otherwise, all the rest stated: a paraphrase, partly stated.
    ("Moira Tennant relocated from Glasgow to Port Ellis in 2004.", {"supported", "partial"}),
    # The predicate stated, an adjunct added: partial.
    ("Moira Tennant warned on Tuesday that the north pier was unsafe for lorries and buses.", {"partial"}),
    ("Moira Tennant moved from Glasgow to Port Ellis in 2004.", {"supported"}),
])
def test_a_stated_or_reworded_predicate_keeps_its_verdict(tmp_path: Path, claim: str, verdict: set[str]) -> None:
    assert article_checker(tmp_path, "harbour.txt", HARBOUR).check_claim(Claim("t", claim)).verdict in verdict


def test_a_claim_of_several_predicates_may_be_stated_in_part(tmp_path: Path) -> None:
    # "warned that the north pier was unsafe" is stated, "was hired by the harbour board" is not:
    # the claim is partly stated, not about nothing the source says.
    claim = "Moira Tennant was hired by the harbour board in 2004 and warned that the north pier was unsafe."
    assert article_checker(tmp_path, "harbour.txt", HARBOUR).check_claim(Claim("t", claim)).verdict == "partial"


@pytest.mark.parametrize(("claim", "one"), [
    ("The head of the Esik district police resigned over the case.", True),
    ("Aruzhan Sain was appointed Ombudsman for Children in 2019.", True),
    ("They became engaged in 2015 and married in 2017.", False),
    ("The PKK later released video footage of the rocket being fired.", False),
    ("In 2014 the chain was scheduled to open a store in Baku.", False),
    ("The website tells the story of the role they played in the industry.", False),
    ("The festival is held in September and uses the coast road.", False),
])
def test_one_predicate(claim: str, one: bool) -> None:
    tokens = tokenize(claim)
    k = main_verb(tokens)
    if k is None:
        k = passive_participle(tokens)
    assert k is not None
    assert one_predicate(tokens, k) is one


def test_a_modal_negated_as_a_source_says_it_is_supported(tmp_path: Path) -> None:
    text = ("Parking rules\n\nUnder the new by-law, a resident is not allowed to park a caravan on Quay Street "
            "between May and September.\n")
    claim = "Under the new by-law a resident may not park a caravan on Quay Street between May and September."
    assert article_checker(tmp_path, "parking.txt", text).check_claim(Claim("t", claim)).verdict == "supported"


@pytest.mark.parametrize(("claim", "verb"), [
    ("Nursultan's mother works as a seamstress in Almaty.", "works"),
    ("Qurmanghazy Musir practises law in Shymkent.", "practises"),
    ("The works of the poet were burned.", None),
    ("While the park remains open, some roads close in winter.", None),
    ("The lawyer who represents her lives in Shymkent.", None),
])
def test_present_verb(claim: str, verb: str | None) -> None:
    tokens = tokenize(claim)
    k = present_verb(tokens)
    assert (tokens[k].folded if k is not None else None) == verb
