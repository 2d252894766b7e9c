""""X claimed she ..." reports words as "X said she ..." does (session 39).

"claimed" (and "alleged", "reported") counted as a verb of speech only before "that", since
"the storm claimed three lives" reports nothing. A subject pronoun after it opens a reported
clause just as surely: "Sharipa Batyrbekova claimed she was more of a mother to the boy ..."
gives Baliyeva's words to someone else (set H2), and was `partial`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

PIER = ("Pier dispute\n\n"
        "\"I have looked after this pier for thirty years, longer than anyone in the council,\" the harbour master, "
        "Moira Tennant, told the meeting. The storm claimed two boats in the harbour.\n")


@pytest.mark.parametrize("claim", [
    "Councillor Brian Hale claimed he had looked after the pier for thirty years, longer than anyone in the council.",
    "Brian Hale alleged he had looked after the pier for thirty years, longer than anyone in the council.",
])
def test_words_reported_with_claimed_are_given_to_the_wrong_speaker(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "pier.txt", PIER).check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    assert [(d.kind, d.source_value) for d in result.disagreements] == [("entity", "Moira Tennant")]


def test_the_right_speaker_and_a_claimed_loss_are_no_speaker_difference(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "pier.txt", PIER)
    for claim in ("Moira Tennant claimed she had looked after the pier for thirty years, longer than anyone in "
                  "the council.", "The storm claimed two boats in the harbour."):
        result = checker.check_claim(Claim("t", claim))
        assert "entity" not in {d.kind for d in result.disagreements}
        assert result.verdict == "supported"
