"""What a claim reports, and what its own verb of saying covers (session 39).

- A claim "X said it intended to ..." predicates "intended": a support pooled from sentences
  none of which says so does not support it (set H2: "The Village said it intended to take the
  article down" was supported by a ministry's statement beside the magazine's Telegram post).
- A claim's verb of saying keeps a passage's report only where it reports most of the words
  the passage's report covers: "a caller who told him to think about his family" reports two of
  the nine words that "..., Musinova said." reports (set H2).
- A negation's statement starts in its own sentence, even where a quotation is glued to the
  sentence before ('... who hide accidents."It wasn't an accident ...'): the noun there is no
  subject of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.match.cues import tokenize
from factcheck.match.predicates import main_verb, reported_verb
from factcheck.match.retrieve import ClaimTerms
from factcheck.verdicts.decide import _rarest_main_verb


@pytest.mark.parametrize(("claim", "verb"), [
    ("The Northway bus company said it planned to cancel the night route.", "planned"),
    ("Northway told drivers that the depot closed on Friday.", "closed"),
    ("Northway said the night route was cancelled.", None),  # a form of "be": no verb in the past to ask for
    ("Northway cancelled the night route.", None),  # no verb of saying
])
def test_the_verb_a_report_reports(claim: str, verb: str | None) -> None:
    tokens = tokenize(claim)
    k = main_verb(tokens)
    assert k is not None
    found = reported_verb(tokens, k)
    assert (tokens[found].folded if found is not None else None) == verb


def test_a_reported_verb_is_the_predicate_a_pooled_support_must_state() -> None:
    """The rarest word a pooled support set must state is the reported verb, not "said"."""
    claim = ClaimTerms("Northway said it planned to cancel the night route.", "",
                       {"northvai": 1.0, "plan": 2.0, "cancel": 1.5, "night": 1.0, "rout": 1.0}, ())
    assert _rarest_main_verb(claim) == "plan"


CRASH = ("Depot crash\n\n"
         "The second driver, Tom Reid, \"fears for his job\" after receiving \"warnings\" that include a neighbour "
         "warning him to stay quiet about the crash, his sister said. The depot reopened on Friday.\n")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Tom Reid fears for his job after receiving warnings, including a neighbour who told him to stay quiet about "
     "the crash.", "partial"),
    ("Tom Reid's sister said he fears for his job after receiving warnings, including a neighbour warning him to "
     "stay quiet about the crash.", "supported"),
])
def test_a_claims_own_report_keeps_the_passages_only_for_what_it_reports(
        tmp_path: Path, claim: str, verdict: str) -> None:
    result = article_checker(tmp_path, "crash.txt", CRASH).check_claim(Claim("t", claim))
    assert result.verdict == verdict
    if verdict == "partial":
        assert [d.source_value for d in result.disagreements if d.kind == "hedge"] == ["his sister said"]


FIRE = ("Mill fire\n\n"
        "Union organiser Ruth Berg praised the crews and says such resolve can expose managers who hide accidents."
        "\"It wasn't an accident on the owners' side, it was negligence,\" she adds. The mill stays closed.\n")


def test_a_negation_glued_to_the_sentence_before_is_compared(tmp_path: Path) -> None:
    result = article_checker(tmp_path, "fire.txt", FIRE).check_claim(
        Claim("t", "Ruth Berg said the fire had merely been an accident on the owners' side."))
    assert result.verdict != "supported"
    assert "negation" in {d.kind for d in result.disagreements}
