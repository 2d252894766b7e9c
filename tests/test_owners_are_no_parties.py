"""A name that owns a noun is no party of the verb before it (session 41, a new user's claim).

"Reporters Without Borders ranked Kazakhstan 155th of 180 countries in its 2021 World Press
Freedom Index." was `contradicted` by 002's "Kazakhstan ranked 155th out of 180 countries in
Reporters Without Borders' 2021 World Press Freedom Index.", the two names read as exchanged
around "ranked": the passage's "ranked" has no object, and the organisation after it owns the
index ("Borders' ... Index"), as the claim's "its" says.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

INDEX = ("Press freedom\n\n"
         "Estonia ranked 4th out of 180 countries in the Open Media Institute's 2022 Media Freedom Survey. "
         "Latvia beat Lithuania in the regional table for the first time.\n")


def test_an_owner_after_the_verb_is_no_exchanged_party(tmp_path: Path) -> None:
    claim = "The Open Media Institute ranked Estonia 4th of 180 countries in its 2022 Media Freedom Survey."
    result = article_checker(tmp_path, "index.txt", INDEX).check_claim(Claim("t", claim))
    assert result.verdict != "contradicted"
    assert not any(d.kind == "name" for d in result.disagreements)


@pytest.mark.parametrize("claim", ["Lithuania beat Latvia in the regional table for the first time."])
def test_parties_exchanged_around_the_verb_still_contradict(tmp_path: Path, claim: str) -> None:
    assert article_checker(tmp_path, "index.txt", INDEX).check_claim(Claim("t", claim)).verdict == "contradicted"
