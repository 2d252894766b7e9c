"""Two parties of one verb exchanged, where a word of the claim is also in a window's other
sentence, or where one party is a pronoun (session 41, set Z2).

"The authorities at the Esik district police station handed over the suspects to the Musinov
family." was `supported` by 003's window 'A brother, Zholaman Musinov, told ... that the family
"detained two of them" ... The family handed over the suspects to authorities at the Esik district
police station ...': the claim's "family" was compared where the other sentence has it. And "After
Zhapisheva wrote her follow-up, public officials started receiving threatening phone calls,
allegedly from her." was `supported` by "... she started receiving threatening phone calls,
allegedly from public officials.": the claim's subject is the passage's source, and the passage's
subject ("she") the claim's ("from her").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

BRIDGE = ("Thieves caught at the bridge\n\n"
          "A cousin, Omar Haddad, told reporters that the family \"caught two of them\" near the bridge and "
          "\"the others ran off.\" The family handed over the thieves to officers at the Dunmore county police "
          "station, not far from the bridge, he added.\n")

LETTERS = ("Council row\n\n"
           "After the mayor published her review of the budget, she began receiving abusive letters, "
           "reportedly from council members. The mayor passed the letters to the police.\n")


@pytest.mark.parametrize(("name", "text", "claim"), [
    ("bridge.txt", BRIDGE, "The officers at the Dunmore county police station handed over the thieves to the Haddad family."),
    ("letters.txt", LETTERS, "After the mayor published her review of the budget, council members began receiving "
                             "abusive letters, reportedly from her."),
])
def test_exchanged_parties_contradict(tmp_path: Path, name: str, text: str, claim: str) -> None:
    result = article_checker(tmp_path, name, text).check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    assert any(d.kind == "entity" for d in result.disagreements)


@pytest.mark.parametrize(("name", "text", "claim"), [
    ("bridge.txt", BRIDGE, "The family handed over the thieves to the officers at the Dunmore county police station."),
    ("letters.txt", LETTERS, "After the mayor published her review of the budget, she began receiving abusive "
                             "letters, reportedly from council members."),
])
def test_the_same_parties_are_supported(tmp_path: Path, name: str, text: str, claim: str) -> None:
    assert article_checker(tmp_path, name, text).check_claim(Claim("t", claim)).verdict == "supported"
