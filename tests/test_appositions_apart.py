"""An apposition does not outweigh the main clause (session 42, set H6).

"Ombudswoman Zagipa Baliyeva, a member of the ruling Nur Otan party, later quit the party over
the scandal" was `supported` by 000's sentence on Baliyeva's party membership: the apposition's
words made up most of the claim's weight, and the unstated "later quit ... over the scandal"
stayed under the missing share. The apposition is a statement of its own (a supplement, Potts
2005), checked as the name's description; the main clause's share is measured without it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim

PORT = ("New terminal opens\n\n"
        "Port director Mart Kivi, a long-time member of the ruling Reform Party with close ties to the mayor, "
        "opened the new ferry terminal in May.\n")


@pytest.fixture
def port(tmp_path: Path) -> Checker:
    return article_checker(tmp_path, "port.txt", PORT)


@pytest.mark.parametrize(("claim", "unsaid"), [
    ("Port director Mart Kivi, a long-time member of the ruling Reform Party with close ties to the mayor, "
     "later quit the party.", "quit"),
    ("Port director Mart Kivi, a long-time member of the ruling Reform Party with close ties to the mayor, "
     "resigned in May.", "resigned"),
])
def test_a_main_clause_no_source_states_is_missing(port: Checker, claim: str, unsaid: str) -> None:
    result = port.check_claim(Claim("t", claim))
    assert result.verdict == "partial"
    assert any(unsaid in words for words in result.missing)


def test_the_main_clause_stated_with_a_shorter_apposition_is_supported(port: Checker) -> None:
    claim = "Port director Mart Kivi, a member of the ruling Reform Party, opened the new ferry terminal in May."
    assert port.check_claim(Claim("t", claim)).verdict == "supported"
