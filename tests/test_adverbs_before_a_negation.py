"""An adverb before a negated verb is no subject (session 41, set Z2).

"Smailova told RFE/RL that the girl survived the fall and that she knows how that case ended." was
`partial` against 004's '"We know the girl survived the fall, but we still don't know how that case
ended," she told RFE/RL.': "still", which is also a noun, was read as the negated clause's subject,
one the claim does not have, and the negation was set aside as said of someone else.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

FERRY = ("Ferry inquiry\n\n"
         "Divers reached the wreck on Sunday. \"We found the ferry's logbook, but we still don't know who "
         "gave the order to sail,\" the harbour master told reporters.\n")


@pytest.mark.parametrize(("claim", "expected"), [
    ("The harbour master told reporters that divers found the ferry's logbook and that he knows who gave "
     "the order to sail.", "contradicted"),
    ("The harbour master told reporters that divers found the ferry's logbook but that he still does not "
     "know who gave the order to sail.", "supported"),
])
def test_a_negation_after_an_adverb(tmp_path: Path, claim: str, expected: str) -> None:
    assert article_checker(tmp_path, "ferry.txt", FERRY).check_claim(Claim("t", claim)).verdict == expected
