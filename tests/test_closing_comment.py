"""A noun phrase that closes a claim as a comment on its statement ("..., a record for the town")
is a claim of its own (a supplement, Potts 2005): a source that states the rest but no word of the
comment leaves the claim `partial`, with the comment's words missing (session 47, from held-out
set H11, where such a claim was `supported`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

BAKERY = ("New bakery\n\n"
          "The Harrow Lane bakery sold 3,000 loaves of rye bread on its opening day in Kelso last Saturday. "
          "Its owner, Ines Calder, trained in Lyon for six years before she came home. "
          "In 2019 the county show drew a record crowd to the showground outside the town.\n")
RECORD = BAKERY.replace("last Saturday.", "last Saturday, a record for a bakery in the county.")


@pytest.mark.parametrize(("text", "verdict"), [(BAKERY, "partial"), (RECORD, "supported")])
def test_a_closing_comment_must_be_stated(tmp_path: Path, text: str, verdict: str) -> None:
    claim = Claim("t", "The Harrow Lane bakery sold 3,000 loaves of rye bread on its opening day, a record for the county.")
    result = article_checker(tmp_path, "bakery.txt", text).check_claim(claim)
    assert result.verdict == verdict
    if verdict == "partial":
        assert any("record" in m for m in result.missing)


def test_a_closing_phrase_of_the_claims_own_statement_is_no_comment(tmp_path: Path) -> None:
    # (A closing phrase whose words the source states with the rest is part of what it states.)
    claim = Claim("t", "The Harrow Lane bakery sold 3,000 loaves on its opening day, a Saturday in Kelso.")
    text = BAKERY.replace("last Saturday.", "on a Saturday.")
    assert article_checker(tmp_path, "bakery.txt", text).check_claim(claim).verdict == "supported"
