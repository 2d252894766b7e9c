"""The doer of a passive made the active verb's direct object (session 40, set Z2).

"The victim's mother said she had warned police to refrain from contacting Smailova" was
`supported` by 004's "the victim's mother said she was warned by police to refrain from
contacting Smailova": the same words, the two parties' roles reversed. The passive's agent ("by
police") in the place of the claim's direct object ("warned police") is another doer; before, only
an object after a preposition was compared ("filed a lawsuit against three judges" / "a lawsuit
had been filed against him by three judges").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

BRIDGE = "Bridge\n\nThe mayor said she was warned by inspectors to close the old bridge before the winter.\n"


def test_the_agent_as_the_direct_object_contradicts(tmp_path: Path) -> None:
    claim = "The mayor said she had warned inspectors to close the old bridge before the winter."
    result = article_checker(tmp_path, "bridge.txt", BRIDGE).check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    assert [d.kind for d in result.disagreements] == ["entity"]


@pytest.mark.parametrize("claim", [
    "The mayor said she was warned by inspectors to close the old bridge before the winter.",
    "The mayor said inspectors had warned her to close the old bridge before the winter.",
])
def test_the_same_roles_in_either_voice_are_supported(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "bridge.txt", BRIDGE).check_claim(Claim("t", claim))
    assert result.verdict == "supported"
