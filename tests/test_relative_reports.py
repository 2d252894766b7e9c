"""A report in a relative clause whose subject is a noun phrase, and an opposite found only for a
word the same sentence states (session 40, held-out set H3).

"Fear of death drove the schoolgirl to return to her family home on August 6." was `supported` by
004's "... the victim returned to her family home, which her mother said was motivated by 'fear of
death'": the motivation is the mother's account. "which her mother said" reports as "in which
she says" does, and where what it reports holds the claim's subject or verb, the claim that states
it flatly is `partial`, with the report named. A claim that keeps the report is supported.

The same claim with "Her mother said" before it was `contradicted`: its "fear", out of order in
the passage, was set against "motivated" (VADER rates them apart), though the passage has "fear"
itself. An opposite counts for an out-of-order word only from a window's other sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.match.cues import relative_report, tokenize

FERRY = ("Ferry back\n\n"
         "The island ferry resumed service on Monday, which the port authority said was prompted by calmer seas "
         "after a week of storms.\n")
MARKET = ("Market closed\n\n"
          "But on March 3, the trader returned to her market stall, which her brother said was motivated by "
          "\"fear of ruin\" after one of the landlords threatened to evict her if she couldn't pay them a fresh "
          "fee of 9,000 euros.\n")


@pytest.mark.parametrize(("text", "claim", "reporter"), [
    (FERRY, "Calmer seas prompted the island ferry to resume service on Monday.", "the port authority said"),
    (FERRY, "The island ferry's return to service on Monday was prompted by calmer seas.", "the port authority said"),
    (MARKET, "Fear of ruin drove the trader to return to her market stall on March 3.", "her brother said"),
])
def test_what_a_relative_report_holds_is_hedged(tmp_path: Path, text: str, claim: str, reporter: str) -> None:
    result = article_checker(tmp_path, "a.txt", text).check_claim(Claim("t", claim))
    assert result.verdict == "partial"
    assert [(d.kind, d.source_value) for d in result.disagreements] == [("hedge", reporter)]


@pytest.mark.parametrize(("text", "claim"), [
    (FERRY, "The port authority said calmer seas prompted the island ferry to resume service."),
    (FERRY, "The island ferry resumed service on Monday."),
    (MARKET, "On March 3, the trader returned to her market stall."),
])
def test_a_claim_that_keeps_the_report_or_states_the_rest_is_supported(tmp_path: Path, text: str, claim: str) -> None:
    result = article_checker(tmp_path, "a.txt", text).check_claim(Claim("t", claim))
    assert result.verdict == "supported"
    assert not result.disagreements


@pytest.mark.parametrize(("text", "verb", "reports"), [
    ("the car, which police say was stolen", "say", True),
    ("the house where Smailova says they met", "says", True),
    ("a video in which she says the woman was hit", "says", True),
    ("a member, which Neil apparently took literally", "apparently", False),
    ("the plan which was said to fail", "said", False),
])
def test_relative_report(text: str, verb: str, reports: bool) -> None:
    tokens = tokenize(text)
    k = next(k for k, t in enumerate(tokens) if t.folded == verb)
    assert relative_report(tokens, k) is reports


def test_a_word_the_passage_has_out_of_order_has_no_opposite_in_its_sentence(tmp_path: Path) -> None:
    # ("drove" for "motivated" is said otherwise, so the claim may be partial; never contradicted.)
    claim = "Her brother said fear of ruin drove the trader to return to her market stall on March 3."
    result = article_checker(tmp_path, "a.txt", MARKET).check_claim(Claim("t", claim))
    assert result.verdict != "contradicted"
    assert not [d for d in result.disagreements if d.kind == "antonym"]
