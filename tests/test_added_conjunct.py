"""A claim that joins a stated predicate to one no source states ("posted a video appeal and
later testified at the trial of the four suspects") is not supported, even where the second
predicate's other words (its time, its number) turn up in other sentences of the source."""

from __future__ import annotations

import pytest
from conftest import article_checker

from factcheck import Checker, Claim

APPEAL = (
    "A Mother's Appeal\n\n"
    "The victim's mother, Amina Sultanova, posted a video appeal on YouTube after the police ignored the case. "
    "The video was watched a million times within a week. "
    "Two weeks later, regional authorities opened a new investigation and arrested three suspects. "
    "Sultanova said she would keep speaking out."
)


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    return article_checker(tmp_path_factory.mktemp("appeal"), "appeal.txt", APPEAL)


@pytest.mark.parametrize(("claim", "expected"), [
    ("Amina Sultanova posted a video appeal on YouTube.", "supported"),
    # a second predicate whose verb no source uses: its words are only left out
    ("Amina Sultanova posted a video appeal on YouTube and later testified at the trial of the three suspects.",
     "partial"),
    ("Amina Sultanova posted a video appeal on YouTube and later sued the regional authorities.", "partial"),
])
def test_an_added_conjunct_whose_verb_no_source_says(checker: Checker, claim: str, expected: str) -> None:
    result = checker.check_claim(Claim("t", claim))
    assert result.verdict == expected
    if expected == "partial":
        assert result.missing
