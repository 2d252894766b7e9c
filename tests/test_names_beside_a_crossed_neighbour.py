"""Another name in the claim name's place, where the claim's next aligned word is out of order
(session 40, held-out set H3).

"The boy's grandmother eventually caught the attention of journalist Assem Zhapisheva, who first
reported the story in 2018." was `supported` by 001's "... tried to cover up the story ..., until
the boy's grandmother managed to catch the attention of journalist Amangeldy Batyrbekov": the
claim's "story", after the name, is paired with the passage's "story" before it, and that
crossing pair hid the name in "journalist"'s place. Where a name's two aligned neighbours cross
each other, the place is the one right beside the neighbour both names stand next to. And the
relative clause that ends the claim, set off by a comma, is an assertion of its own (a
supplement, Potts 2005): a passage that restates the main clause need not state it for another
name in its place to count.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.verdicts.stance import closing_supplement

LIGHTHOUSE = ("Lighthouse restored\n\n"
              "For years the trust tried to raise money for the tower, until the harbour board finally won "
              "the support of architect Mira Sollen. She drew the plans in a month.\n\n"
              "The engineer Tomas Brandt inspected the lamp room in May.\n")


@pytest.mark.parametrize("claim", [
    "The harbour board finally won the support of architect Tomas Brandt, who first raised money for the tower.",
    "The harbour board won the support of architect Tomas Brandt, who later raised money for the tower.",
])
def test_another_name_beside_the_same_word_contradicts(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "lighthouse.txt", LIGHTHOUSE).check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    assert [(d.kind, d.claim_value, d.source_value) for d in result.disagreements] == [
        ("entity", "Tomas Brandt", "Mira Sollen")]


def test_the_right_name_is_not_contradicted(tmp_path: Path) -> None:
    claim = "The harbour board finally won the support of architect Mira Sollen, who drew the plans in a month."
    result = article_checker(tmp_path, "lighthouse.txt", LIGHTHOUSE).check_claim(Claim("t", claim))
    assert result.verdict != "contradicted"
    assert not [d for d in result.disagreements if d.kind == "entity"]


@pytest.mark.parametrize(("text", "clause"), [
    ("They met Ann Lee, who ran the shop.", ", who ran the shop"),
    ("The bridge, which opened in 1990, was closed.", ""),
    ("Rain fell on the town, which flooded", ", which flooded"),
])
def test_the_closing_supplement(text: str, clause: str) -> None:
    assert [text[a:b] for a, b in closing_supplement(text)] == ([clause] if clause else [])
