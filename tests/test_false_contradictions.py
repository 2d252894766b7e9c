"""Contradictions that were none, and a report without "that" (session 32, set R).

- a speaker's addressee is no one exchanged: "Police warned the victim's mother to refrain from
  contacting Smailova" against 004's "the victim's mother said she was warned by police to
  refrain from contacting Smailova" (it was `contradicted`); the mother reports it, so the flat
  claim is `partial` with the hedge named, and a report without "that" after an opening phrase
  ("But prior to that, the victim's mother said she was warned ...") hedges as "said that" does
  where what follows is done to the speaker;
- a month is no party of a verb: "The article by journalist Asem Zhapisheva was published on
  September 1" against 002's "The article, published on September 1 and written by journalist
  Asem Zhapisheva" exchanges nothing (it was `contradicted`);
- two names after the same description, each the party of another act, are no contradiction:
  "The Village was founded in 2017 by journalist Assem Zhapisheva" against 002's "The story was
  first reported by local journalist Amangeldy Batyrbekov" (it was `contradicted`);
- an opposite is no opposite where the passage has the claim's word itself beside the claim
  word's aligned neighbour ("ambushed the pair outside the cafe" / "... inside the local cafe
  before the four ambushed the pair outside": it was `contradicted`);
- a phrase that closes the claim after a preposition, whose words no source has at all ("... with
  knives"), is the claim's own: `partial`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim
from factcheck.match.align import align
from factcheck.match.cues import hedge_cues, tokenize


@pytest.mark.parametrize(("claim", "expected"), [
    ("Police warned the Qyzylorda victim's mother to refrain from contacting Smailova.", "partial"),
    ("The victim's mother said she was warned by police to refrain from contacting Smailova.", "supported"),
    ("The article by journalist Asem Zhapisheva was published on September 1.", "supported"),
    ("The Village was founded in 2017 by journalist Assem Zhapisheva.", "partial"),
    # the same act, another name: still a contradiction
    ("The story was first reported by local journalist Asem Zhapisheva.", "contradicted"),
])
def test_no_false_contradiction_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == expected


@pytest.mark.parametrize(("claim", "passage", "exchanged"), [
    ("Police warned the mother to stay at home.", "The mother said she was warned by police to stay at home.", False),
    ("The book by Anna Berg was published on May 3.", "The book, published on May 3 and written by Anna Berg, sold out.",
     False),
])
def test_nothing_exchanged(claim: str, passage: str, exchanged: bool) -> None:
    found = [d for d in align(claim, passage).differences if d.kind == "entity"]
    assert bool(found) is exchanged


@pytest.mark.parametrize(("text", "report"), [
    ("But prior to that, the mother said she was warned by police to stay at home.", True),
    ("In June, the ministry said it had received the letter.", False),
    ("The ministry said it had received the letter.", False),
])
def test_a_report_without_that(text: str, report: bool) -> None:
    tokens = tokenize(text)
    assert bool([lo for lo, _ in hedge_cues(tokens) if tokens[lo].folded == "said"]) is report


PRIZE = """\
Town prize

The prize was first won by local painter Ivo Lind, who sold the painting to the museum.
The gallery was opened in 2015 by the town council.
"""


@pytest.mark.parametrize(("claim", "contradicted"), [
    ("The gallery was opened in 2015 by painter Mara Kask.", False),
    ("The prize was first won by local painter Mara Kask.", True),
])
def test_names_of_other_acts_in_other_words(tmp_path: Path, claim: str, contradicted: bool) -> None:
    checker = article_checker(tmp_path, "prize.txt", PRIZE)
    assert (checker.check_claim(Claim("t", claim)).verdict == "contradicted") is contradicted


# --- a word the passage has in its place, and an adjunct no source mentions -----------------------


@pytest.mark.parametrize(("claim", "expected"), [
    # 003: "... four men inside the local cafe before the four ambushed the pair outside."
    ("The four men ambushed the pair outside the cafe.", "supported"),
    ("The four men ambushed the pair inside the cafe.", "contradicted"),
    # "knives" is in no seed: the adjunct is the claim's own
    ("The four men ambushed the pair outside the cafe with knives.", "partial"),
])
def test_a_word_in_its_place_and_an_added_adjunct_on_the_seeds(seeds_checker: Checker, claim: str,
                                                                expected: str) -> None:
    result = seeds_checker.check_claim(Claim("t", claim))
    assert result.verdict == expected
    if expected == "partial":
        assert "knives" in result.missing


@pytest.mark.parametrize(("claim", "expected"), [
    ("The old crane was painted red last spring with brushes.", "partial"),
    ("The old crane was painted red last spring.", "supported"),
])
def test_an_added_adjunct_in_other_words(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "harbour.txt", "Harbour news\n\nThe old crane was painted red last spring.\n"
                              "Fishermen sold their catch at the market on Friday.\n")
    assert checker.check_claim(Claim("t", claim)).verdict == expected
