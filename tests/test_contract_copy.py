"""docs/contract.md is the team's contract (../shared/CONTRACT.md) as shipped with the repository:
a fresh clone has no ../shared, and the README points users there."""

from __future__ import annotations

import pytest
from conftest import ROOT

SHARED = ROOT.parent / "shared" / "CONTRACT.md"


@pytest.mark.skipif(not SHARED.is_file(), reason="the shared contract is not beside this checkout")
def test_the_shipped_contract_is_the_shared_one() -> None:
    assert (ROOT / "docs" / "contract.md").read_text(encoding="utf-8") == SHARED.read_text(encoding="utf-8")


def test_the_readme_points_to_the_shipped_contract() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/contract.md" in readme and "../shared/CONTRACT.md" not in readme
