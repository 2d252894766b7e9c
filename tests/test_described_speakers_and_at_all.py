"""Two false contradictions found while writing session 38's speaker tests.

- A claim that describes the speaker ("a skipper said") against a passage that names the speaker
  and sets that description beside the name ("said Tom Reid, a skipper from Dunmore"): the one
  described is the one named, so no `entity` difference (it was `contradicted`).
- "at all" strengthens a negation ("no warning at all"); its "all" counts nothing, so it is no
  `quantifier` against a count ("warned twice").
"""

from __future__ import annotations

from pathlib import Path

from conftest import article_checker

from factcheck import Claim
from factcheck.match.align import align

QUAY = ("Quay closed\n\n"
        "The harbour master of Port Ellis closed the north quay on Friday after a storm damaged its pilings. \"We "
        "were given no warning at all,\" said Tom Reid, a skipper from Dunmore, after the meeting.\n")


def test_the_description_set_beside_the_named_speaker_is_that_speaker(tmp_path: Path) -> None:
    result = article_checker(tmp_path, "quay.txt", QUAY).check_claim(
        Claim("t", '"We were given no warning at all," a skipper said after the meeting.'))
    assert result.verdict == "supported"
    assert not result.disagreements


def test_another_description_still_contradicts(tmp_path: Path) -> None:
    result = article_checker(tmp_path, "quay.txt", QUAY).check_claim(
        Claim("t", '"We were given no warning at all," the harbour master said after the meeting.'))
    assert result.verdict == "contradicted"
    assert [(d.kind, d.detail) for d in result.disagreements] == [("entity", "speaker")]


def test_the_all_of_at_all_counts_nothing() -> None:
    alignment = align("The owners had been warned twice before the storm.",
                      "The owners had been given no warning at all before the storm.")
    assert not [d for d in alignment.contradicting if d.kind == "quantifier"]


def test_a_universal_all_still_counts() -> None:
    alignment = align("All seven skippers had been warned before the storm.",
                      "Five of the seven skippers had been warned before the storm.")
    assert [d.kind for d in alignment.contradicting] == ["quantifier"]
