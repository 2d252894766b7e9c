"""The word a negation negates decides (session 39).

"The coastguard never warned the skipper against entering the bay" negates the warning; the
passage "he was warned by the coastguard to refrain from entering the bay" affirms it and
negates only the entering, by an inner cue ("refrain", a negative implicative). Before, any
word of the claim's negated clause that the passage negates ("entering") counted as the passage
negating too, and the claim was `partial` (set H2: "Police never warned the Qyzylorda victim's
mother against contacting Dina Smailova").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

BAY = ("Bay closed\n\n"
       "The skipper of the Morna said he was warned by the coastguard to refrain from entering the bay. "
       "The bay reopened to boats on Thursday.\n")


def test_a_negated_warning_against_an_affirmed_one_contradicts(tmp_path: Path) -> None:
    result = article_checker(tmp_path, "bay.txt", BAY).check_claim(
        Claim("t", "The coastguard never warned the skipper of the Morna against entering the bay."))
    assert result.verdict == "contradicted"
    assert [(d.kind, d.claim_value) for d in result.disagreements] == [("negation", "never warned")]


@pytest.mark.parametrize("claim", [
    "The skipper of the Morna said the coastguard warned him not to enter the bay.",
    "The skipper of the Morna said the coastguard warned him to refrain from entering the bay.",
])
def test_the_same_inner_negation_does_not(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "bay.txt", BAY).check_claim(Claim("t", claim))
    assert "negation" not in {d.kind for d in result.disagreements}
    assert result.verdict != "contradicted"
