"""What a claim reports in the present ("Smailova said the girl looks about 17 or 18") is its
statement, as a reported verb in the past is: a support that states who said it and the rest
of the words, but not that verb, leaves the claim `partial`, however little the verb weighs
(session 48, from held-out set H14, where such a claim was `supported`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.match.cues import tokenize
from factcheck.match.predicates import main_verb, reported_verb

BRIDGE = ("Kelso bridge\n\n"
          "The county inspector, Ines Calder, said the old stone bridge at Kelso was built for carts and for "
          "lorries of up to 18 tonnes.\n")


def test_an_unstated_present_verb_of_the_report_leaves_it_partial(tmp_path: Path) -> None:
    claim = Claim("t", "The county inspector Ines Calder said the old stone bridge at Kelso carries lorries of "
                       "up to 18 tonnes.")
    result = article_checker(tmp_path, "bridge.txt", BRIDGE).check_claim(claim)
    assert result.verdict == "partial"
    assert "carries" in result.missing


def test_a_stated_verb_of_the_report_is_supported(tmp_path: Path) -> None:
    claim = Claim("t", "The county inspector Ines Calder said the old stone bridge at Kelso was built for "
                       "lorries of up to 18 tonnes.")
    assert article_checker(tmp_path, "bridge.txt", BRIDGE).check_claim(claim).verdict == "supported"


@pytest.mark.parametrize(("text", "verb"), [
    ("Smailova said the girl looks about 17 or 18 years old.", "looks"),
    ("The mayor said the town needs a new bridge.", "needs"),
    ("The mayor said the town's roads were closed.", None),         # "be" first: no verb of its own
    ("The mayor said the four roads closed in May.", "closed"),
    ("The mayor said the new works of the museum opened.", "opened"),  # "works" after "new": a noun
])
def test_the_verb_a_report_reports(text: str, verb: str | None) -> None:
    tokens = tokenize(text)
    k = main_verb(tokens)
    assert k is not None
    found = reported_verb(tokens, k)
    assert (tokens[found].folded if found is not None else None) == verb
