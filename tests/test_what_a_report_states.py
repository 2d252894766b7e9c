"""A claim that reports is supported only by what states its report (session 40).

- "The Rovers football club wrote on its Facebook page that it intended to cancel the match." was
  `supported` by "On Friday the Rovers football club wrote a public statement on its Facebook
  page." alone: the frame's words weighed more than what it reports. What a claim reports is its
  statement, and its verb ("intended") must be stated, by one sentence or a pooled set (the same
  false `supported` on the seeds: "The Village wrote on its Telegram channel that it intended to
  remove the article", where 001 says "We do not intend to remove our article"). The "that" of a
  report may stand four words after its verb ("wrote on its Telegram channel that").
- A word the claim negates ("do not intend") that one member of a pooled support lacks is stated
  by another member that has it under its negation ('"We do not intend to remove our article,"
  The Village wrote on its Telegram channel' was `partial`, "intend" missing; a new user's draft).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.match.cues import tokenize
from factcheck.match.predicates import main_verb, reported_verb

CLUB = ("Club statement\n\n"
        "On Friday the Rovers football club wrote a public statement on its Facebook page.\n\n"
        "We inform you that people who call themselves league officials are pressing us, demanding we cancel "
        "the match from our calendar.\n\n"
        "We demand that they stop pressuring our players. We do not intend to cancel the match.\n")


def test_the_frame_of_a_report_does_not_support_it(tmp_path: Path) -> None:
    claim = "The Rovers football club wrote on its Facebook page that it intended to cancel the match."
    result = article_checker(tmp_path, "club.txt", CLUB).check_claim(Claim("t", claim))
    # (Since session 56 the club's own "We do not intend to cancel the match", a sentence too
    # loosely related to be aligned before, is read for its negation: the report is contradicted.)
    assert result.verdict == "contradicted"
    assert [(d.kind, d.claim_value) for d in result.disagreements if d.kind == "negation"] == [("negation", "intended")]


def test_the_seeds_report_with_its_negation_is_supported(seeds_checker) -> None:  # type: ignore[no-untyped-def]
    for claim in ('"We do not intend to remove our article," The Village wrote on its Telegram channel.',
                  "The Village wrote on its Telegram channel that it did not intend to remove the article."):
        assert seeds_checker.check_claim(Claim("t", claim)).verdict == "supported", claim
    flipped = "The Village wrote on its Telegram channel that it intended to remove the article."
    assert seeds_checker.check_claim(Claim("t", flipped)).verdict != "supported"


@pytest.mark.parametrize(("claim", "verb"), [
    ("The club wrote on its Facebook page that it intended to cancel the match.", "intended"),
    ("The mayor told the two drivers that the depot closed.", "closed"),
    ("The mayor said the depot closed.", "closed"),
])
def test_reported_verb(claim: str, verb: str) -> None:
    tokens = tokenize(claim)
    k = main_verb(tokens)
    assert k is not None
    reported = reported_verb(tokens, k)
    assert reported is not None and tokens[reported].folded == verb
