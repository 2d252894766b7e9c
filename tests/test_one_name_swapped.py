"""One name of several words put in place of another is one swap, not a parallel sentence
about other subjects (session 37, from held-out set X: "In June, Reporters Without Borders
published a report ..." against "In June, press freedom watchdog Adil Soz published a report
...", which came out `partial`: its two words "Reporters" and "Borders" each counted as a place)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

WATCHDOG = ("Threats against editors\n\n"
            "In March, the media watchdog Clear Water published a report on the threats against the Morning "
            "Lantern's editor Jonas Pell and his reporters.\n\n"
            "Friends of the Harbour and Lawyers Without Frontiers have long campaigned for the paper.\n")


@pytest.mark.parametrize("claim", [
    "In March, Friends of the Harbour published a report on the threats against the Morning Lantern's "
    "editor Jonas Pell and his reporters.",
    "In March, Lawyers Without Frontiers published a report on the threats against the Morning Lantern's "
    "editor Jonas Pell and his reporters.",
])
def test_another_name_of_several_words_contradicts(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "watchdog.txt", WATCHDOG).check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    assert any(d.kind in ("entity", "name") and "Clear Water" in d.source_value for d in result.disagreements)


def test_the_right_name_is_supported(tmp_path: Path) -> None:
    claim = ("In March, Clear Water published a report on the threats against the Morning Lantern's editor "
             "Jonas Pell and his reporters.")
    assert article_checker(tmp_path, "watchdog.txt", WATCHDOG).check_claim(Claim("t", claim)).verdict == "supported"
