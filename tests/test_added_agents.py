"""A passive's agent the sources never give is the claim's own statement (session 40, set H3).

"The Village, set up in 2017 by a group of former newspaper journalists, soon became a voice for
independent journalism" was `supported` by 001's "... was established in 2017 ..." and "It soon
turned into a voice for independent journalism": the four words of who set it up weighed less
than the missing share a support may leave out. Who did it is a statement of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

CHOIR = ("Town choir\n\n"
         "The Elm Street choir was formed in 1998 as a small evening club for amateur singers. "
         "It soon became the pride of the town, and the mayor's office says it now has ninety members.\n\n"
         "Its first conductor, Anna Moss, retired in 2015.\n")


@pytest.mark.parametrize("claim", [
    "The Elm Street choir, formed in 1998 by a few local teachers as a small evening club for amateur singers, "
    "soon became the pride of the town.",
    "The Elm Street choir, set up in 1998 by local teachers as a small evening club for amateur singers, "
    "soon became the pride of the town.",
])
def test_an_agent_no_source_gives_is_missing(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "choir.txt", CHOIR).check_claim(Claim("t", claim))
    assert result.verdict == "partial"


def test_the_claim_without_the_agent_is_supported(tmp_path: Path) -> None:
    claim = "The Elm Street choir, formed in 1998 as a small evening club for amateur singers, soon became the pride of the town."
    assert article_checker(tmp_path, "choir.txt", CHOIR).check_claim(Claim("t", claim)).verdict == "supported"
