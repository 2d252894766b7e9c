"""Words rated on opposite sides in one place of a statement are opposites (session 36, from
held-out set U: "a public relations success" / "disaster", "as a hero" / "as a villain", which
WordNet does not pair). The ratings are VADER's (factcheck/lexicon/polarity.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.lexicon.polarity import MIN_POLARITY, load_polarity, opposite_polarity, polar, polarity
from factcheck.match.align import align

FESTIVAL = ("The Riverside Arts Festival\n\n"
            "Organisers admitted that the first Riverside Arts Festival had been a financial catastrophe for the "
            "town council. Residents still remember its founder, the painter Ilse Marsh, as a generous patron of "
            "young artists and a friend of the town's musicians. At its last meeting the council praised the volunteers who "
            "ran the ticket office.\n")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The first Riverside Arts Festival had been a financial triumph for the town council.", "contradicted"),
    ("The first Riverside Arts Festival had been a financial catastrophe for the town council.", "supported"),
    ("Residents still remember the painter Ilse Marsh as a stingy patron of young artists.", "contradicted"),
    ("Residents still remember the painter Ilse Marsh as a generous patron of young artists.", "supported"),
    ("Residents still remember the painter Ilse Marsh as an enemy of the town's musicians.", "contradicted"),
    ("Residents still remember the painter Ilse Marsh as a friend of the town's musicians.", "supported"),
    ("At its last meeting the council condemned the volunteers who ran the ticket office.", "contradicted"),
    ("At its last meeting the council praised the volunteers who ran the ticket office.", "supported"),
])
def test_an_evaluation_turned_around_in_place_is_contradicted(tmp_path: Path, claim: str, verdict: str) -> None:
    result = article_checker(tmp_path, "festival.txt", FESTIVAL).check_claim(Claim("t", claim))
    assert result.verdict == verdict
    if verdict == "contradicted":
        assert any(d.kind == "antonym" for d in result.disagreements)


def test_the_opposite_is_named_with_both_sides_words() -> None:
    alignment = align("Residents remember Ilse Marsh as a stingy patron of young artists.",
                      "Residents remember Ilse Marsh as a generous patron of young artists.")
    assert [(d.kind, d.claim_words, d.passage_words) for d in alignment.differences] == [
        ("antonym", "stingy", "generous")]


def test_words_on_one_side_are_no_opposites() -> None:
    assert opposite_polarity("success", "disaster")
    assert opposite_polarity("hero", "villain")
    assert not opposite_polarity("success", "triumph")  # both favourable
    assert not opposite_polarity("catastrophe", "fiasco")  # both unfavourable
    assert not opposite_polarity("success", "meeting")  # "meeting" is not rated


def test_faint_or_disputed_ratings_are_no_evaluation() -> None:
    # "well" (1.1) is mostly "as well as"; raters split on the side of "apologised" (0.4, sd 0.9).
    assert polarity("well") is not None and abs(polarity("well") or 0.0) < MIN_POLARITY
    assert not opposite_polarity("well", "battling")
    assert polarity("apologised") is None and not polar("apologised")
    assert polar("apologise")


def test_an_inflected_form_takes_its_lemmas_rating() -> None:
    assert "catastrophes" not in load_polarity()
    assert polarity("catastrophes") == polarity("catastrophe") < -MIN_POLARITY
