"""Reports and lists across the sentences of a window, from held-out sets O and P (session 31).

- a report that opens the second sentence of a two-sentence window glued to the first ("... and
  sped away.The mother said family members tracked down the car ..."): what follows is the
  mother's report, as it is in a sentence of its own; a claim that opens with "According to her
  mother" keeps it;
- "only X" against a list that the claim itself names before narrowing it (in
  tests/test_semblance_and_opposites.py, with the other "only" cases).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim
from factcheck.match.cues import hedge_cues, hedge_cues_across, tokenize

# Written for the test; its sentences glued as the seeds' are.
FLAT = """Night Raid on Harbour Street

The officers searched the flat on Harbour Street and left before midnight.The neighbour said two men carried boxes out of the building late that night and drove off in a grey van.

The police have not named the men.
"""


def test_a_report_opening_a_glued_sentence_is_a_cue() -> None:
    text = "The officers searched the flat and left.The neighbour said two men carried boxes out."
    tokens = tokenize(text)
    opening = next(k for k, t in enumerate(tokens) if t.folded == "the" and t.capital and k > 0)
    assert [tokens[lo].folded for lo, _ in hedge_cues_across(tokens, frozenset({opening}))] == ["said"]
    # Read as one sentence, "The neighbour said" stands inside the first one's last clause.
    assert hedge_cues(tokens) == []


@pytest.mark.parametrize(("claim", "expected"), [
    ("When relatives tracked down the car hours later, the attackers were still inside with Zhibek.", "partial"),
    ("The mother said family members tracked down the car hours later and found the attackers still inside.",
     "supported"),
    ("According to her mother, the attackers beat up Zhibek's relative Rustam, then forced her into a car.",
     "supported"),
])
def test_the_mothers_report_in_a_window(seeds_checker: Checker, claim: str, expected: str) -> None:
    """003: 'She said they beat up ... and sped away.The mother said family members tracked down
    the car hours later and found the attackers and victim still inside'."""
    result = seeds_checker.check_claim(Claim("t", claim))
    assert result.verdict == expected
    if expected == "partial":
        assert [d.source_value for d in result.disagreements if d.kind == "hedge"] == ["mother said"]


@pytest.mark.parametrize(("claim", "expected"), [
    ("After the officers left, two men carried boxes out of the building late that night.", "partial"),
    ("The neighbour said two men carried boxes out of the building late that night.", "supported"),
    ("According to the neighbour, two men carried boxes out of the building late that night.", "supported"),
])
def test_a_report_in_a_window_in_other_words(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "flat.txt", FLAT)
    assert checker.check_claim(Claim("t", claim)).verdict == expected
