"""Source and Goal exchanged: "moved to Uzbekistan from Kazakhstan" against 000's "she had
moved to Kazakhstan from Uzbekistan in 2003" (the seeds), and what is no exchange."""

from __future__ import annotations

import pytest

from factcheck import Checker, Claim, Corpus
from factcheck.match.align import align
from factcheck.match.cues import tokenize
from factcheck.match.motion import exchanged_ends, reversed_parties

MOVED = "Informburo.kz reported that Nursultan's mother had moved to {} from {} in 2003."


@pytest.fixture(scope="module")
def checker(seeds: Corpus) -> Checker:
    return Checker(seeds)


def test_a_source_and_goal_exchanged_contradict(checker: Checker) -> None:
    result = checker.check_claim(Claim("t", MOVED.format("Uzbekistan", "Kazakhstan")))
    assert result.verdict == "contradicted"
    assert ("entity", "Uzbekistan", "Kazakhstan") in {(d.kind, d.claim_value, d.source_value)
                                                      for d in result.disagreements}


def test_the_same_ends_in_another_order_are_supported(checker: Checker) -> None:
    assert checker.check_claim(Claim("t", MOVED.format("Kazakhstan", "Uzbekistan"))).verdict == "supported"
    result = checker.check_claim(Claim("t", "In 2003 Nursultan's mother moved from Uzbekistan to Kazakhstan."))
    assert not [d for d in result.disagreements if d.detail == "exchanged"]


@pytest.mark.parametrize(("claim", "passage"), [
    # an infinitive's object holds no role of motion ("to board a train")
    ("She went to Shymkent to board a train from Almaty.", "She went from Almaty to Shymkent to board a train."),
    # one end under the other preposition alone may be another leg of the journey
    ("The train to Almaty left on time.", "The train from Almaty left on time."),
    # numbers are values, compared elsewhere
    ("Unemployment rose from 6% to 4%.", "Unemployment rose from 4% to 6%."),
])
def test_what_is_no_exchange_of_ends(claim: str, passage: str) -> None:
    ours, theirs = tokenize(claim), tokenize(passage)
    forward = dict(align(claim, passage).pairs)
    assert exchanged_ends(ours, theirs, forward) == []


@pytest.mark.parametrize(("claim", "verdict"), [
    # 002: "The victim's lawyer, Qurmanghazy Musir, ... has been slapped with several libel lawsuits
    # from those incriminated, ..."
    ("Qurmanghazy Musir, the victim's lawyer, filed several libel lawsuits against those incriminated.",
     "partial"),
    ("The lawyer Qurmanghazy Musir filed several libel lawsuits against the people incriminated in the case.",
     "partial"),
])
def test_an_act_aimed_at_its_source_is_not_stated(checker: Checker, claim: str, verdict: str) -> None:
    result = checker.check_claim(Claim("t", claim))
    assert result.verdict == verdict and "incriminated" in " ".join(result.missing)


def test_the_same_direction_is_no_reversal() -> None:
    claim = "Three judges filed a new libel lawsuit against him over his Facebook posts."
    passage = "Three judges filed a new libel lawsuit against him over his Facebook posts, he said."
    assert reversed_parties(tokenize(claim), tokenize(passage), dict(align(claim, passage).pairs)) == frozenset()


@pytest.mark.parametrize(("claim", "verdict"), [
    # 002: "The victim's lawyer, Qurmanghazy Musir, ... has been slapped with several libel lawsuits
    # from those incriminated"
    ("Those incriminated have been slapped with several libel lawsuits from the victim's lawyer, "
     "Qurmanghazy Musir.", "contradicted"),
    ("The victim's lawyer, Qurmanghazy Musir, has been slapped with several libel lawsuits from those "
     "incriminated, they said.", "supported"),
    # (002 closes the sentence with "they said": the flat claim drops that attribution, session 38.)
    ("The victim's lawyer, Qurmanghazy Musir, has been slapped with several libel lawsuits from those "
     "incriminated.", "partial"),
])
def test_a_source_exchanged_with_the_subject(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check_claim(Claim("t", claim)).verdict == verdict


@pytest.mark.parametrize(("claim", "passage"), [
    # a Source the two texts share (../shared/cases/15's kind)
    ("Pavel Orsk diverted $310,000 from the Brindle Rowing Club's accounts.",
     "Prosecutors allege that the former treasurer of the Brindle Rowing Club, Pavel Orsk, diverted $310,000 "
     "from the club's accounts."),
    # a clause after "from" is no party (004: "collected payments from what rights defenders claim were ...")
    ("Rights defenders claim the classmates collected payments from hundreds of adult clients.",
     "Her classmates collected payments from what rights defenders claim were literally hundreds of adult clients."),
])
def test_what_is_no_exchange_with_a_source(claim: str, passage: str) -> None:
    assert exchanged_ends(tokenize(claim), tokenize(passage), dict(align(claim, passage).pairs)) == []
