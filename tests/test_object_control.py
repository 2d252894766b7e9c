"""The object of an object-control verb does what its infinitive says (Quirk et al. 1985, §16.52):
"The country's prosecutor general has appointed a special counsel to take charge of the case" does
not say the prosecutor general took charge."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim
from factcheck.match.align import align


@pytest.mark.parametrize(("claim", "expected"), [
    ("The prosecutor general took charge of the case personally.", "partial"),
    ("The prosecutor general took charge of the case.", "partial"),
    ("The prosecutor general appointed a special counsel to take charge of the case.", "supported"),
])
def test_the_counsel_takes_charge_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    """000: "The country's prosecutor general has appointed a special counsel to take charge of the
    case." (The first two were `supported`.)"""
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == expected


PORT = """Port Inquiry Widens

ROTTERDAM -- The harbour master has asked an outside engineer to inspect the damaged quay before
ships are allowed to dock there again. The quay was hit by a container ship in March.
"""


@pytest.mark.parametrize(("claim", "expected"), [
    ("The harbour master inspected the damaged quay.", "partial"),
    ("The harbour master asked an outside engineer to inspect the damaged quay.", "supported"),
])
def test_the_engineer_inspects_in_other_words(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "port.txt", PORT)
    assert checker.check_claim(Claim("t", claim)).verdict == expected


@pytest.mark.parametrize(("claim", "passage", "unstated"), [
    ("The council repaired the road.", "The council hired a firm to repair the road.", {"repair"}),
    ("The council repaired the road.", "The council decided to repair the road.", set()),  # subject control
    ("The firm repaired the road.", "The council hired the firm to repair the road.", set()),
])
def test_object_control(claim: str, passage: str, unstated: set[str]) -> None:
    assert align(claim, passage).unattributed >= unstated
    if not unstated:
        assert "repair" not in align(claim, passage).unattributed
