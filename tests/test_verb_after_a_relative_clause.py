"""What a claim asserts after a relative clause that ends its subject (session 40, held-out set H3).

"The 17-year-old girl who jumped from the sixth floor of a building in Turkistan died from the
fall." was `supported` by 004's "... a 17-year-old girl jumped off the sixth floor of a building
...": the relative clause's words are most of the claim's, and "died from the fall" weighed too
little to be missed. A restrictive relative clause tells whom the claim is about; the verb after
it is what the claim asserts, and a support must state it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.match.cues import tokenize
from factcheck.match.predicates import verb_after_relative

CLIMB = ("Mountain rescue\n\n"
         "Last spring a 40-year-old climber from Lyon fell from the north ridge of Mount Kell during a storm.\n\n"
         "The rescue team reached the hut two days later.\n")


@pytest.mark.parametrize("claim", [
    "The 40-year-old climber from Lyon who fell from the north ridge of Mount Kell during a storm died.",
    "The 40-year-old climber from Lyon who fell from the north ridge of Mount Kell during a storm died from the fall.",
    "Rescuers said the 40-year-old climber from Lyon who fell from the north ridge of Mount Kell during a storm died.",
])
def test_the_relative_clause_alone_does_not_support(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "climb.txt", CLIMB).check_claim(Claim("t", claim))
    assert result.verdict != "supported"


def test_the_relative_clause_stated_as_a_claim_is_supported(tmp_path: Path) -> None:
    claim = "A 40-year-old climber from Lyon fell from the north ridge of Mount Kell during a storm."
    assert article_checker(tmp_path, "climb.txt", CLIMB).check_claim(Claim("t", claim)).verdict == "supported"


@pytest.mark.parametrize(("claim", "verb"), [
    ("The climber who fell from the ridge died in May.", "died"),
    ("The girl who was sold by her classmates returned home.", "returned"),
    ("The judge who heard the case was removed.", "removed"),
    ("The judge who heard the case was old.", None),
    ("Rescuers said that the girl who had been trapped returned home.", "returned"),
    ("The girl who was sold said she escaped.", "said"),
    ("Police said that the man fled.", None),
    ("The boy was attacked by teenagers who fled.", None),
])
def test_verb_after_relative(claim: str, verb: str | None) -> None:
    tokens = tokenize(claim)
    k = verb_after_relative(tokens)
    assert (tokens[k].folded if k is not None else None) == verb
