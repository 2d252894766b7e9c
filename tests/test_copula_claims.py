"""What a claim says a name is, which no source says (session 42, sets H5 and H6).

"Gulbadar Musinova is a retired nurse" was `partial`: the sources name her, and say nothing of
her occupation. A claim that only says what a name is, none of whose predicate noun phrase any
source states, is `not_found`: the name is the sources' topic, the predicate the claim's own.
"""

from __future__ import annotations

import pytest

from factcheck import Checker, Claim


@pytest.mark.parametrize("claim", ["Aruzhan Sain is a trained economist.",
                                   "Erden Zikibay is a retired schoolteacher.",
                                   "Azamat Maitanov is a former footballer."])
def test_what_no_source_says_a_name_is_is_not_found(seeds_checker: Checker, claim: str) -> None:
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == "not_found"


def test_what_a_source_says_a_name_is_is_supported(seeds_checker: Checker) -> None:
    claim = "Lukpan Akhmediyarov is the chief editor of Uralskaya Nedelya."
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == "supported"
