"""A quotation's speaker given in the passive ('"..." was written by blogger Ines Calder') is the
agent after "by", as the subject of the active is ('Ines Calder wrote "..."'): given to someone
else than the source's speaker, the quotation contradicts the claim, with both speakers named
(session 48, from held-out set H14, where such a claim was `partial`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

FORUM = ("Harbour forum\n\n"
         "Readers were quick to respond to the council's plan for the harbour. "
         "“Nobody asked us about this harbour plan, and the council pushed it through with no survey and no vote,” wrote Tomas Ferrie in a "
         "typical reply. Ines Calder, a blogger who covers the town council, argued that the plan had been "
         "rushed through.\n")


def test_a_quotation_given_to_another_writer_in_the_passive_contradicts(tmp_path: Path) -> None:
    claim = Claim("t", 'The comment "the council pushed it through with no survey" was written by blogger '
                       'Ines Calder.')
    result = article_checker(tmp_path, "forum.txt", FORUM).check_claim(claim)
    assert result.verdict == "contradicted"
    assert any(d.kind == "entity" and "Ines Calder" in d.claim_value and "Tomas Ferrie" in d.source_value
               for d in result.disagreements)


@pytest.mark.parametrize("claim", [
    'The words "the council pushed it through with no survey" were written by Tomas Ferrie.',
    'Tomas Ferrie wrote "the council pushed it through with no survey and no vote"',
])
def test_the_right_writer_is_supported(tmp_path: Path, claim: str) -> None:
    assert article_checker(tmp_path, "forum.txt", FORUM).check_claim(Claim("t", claim)).verdict == "supported"
