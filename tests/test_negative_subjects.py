"""A negative subject denies its predicate, and "no one" is no number (session 40, held-out set H3).

"No one was ever punished for the repeated rape of the seven-year-old boy in Abai." was
`contradicted` by 002's "... published on September 1 ..., tells the story of a 7-year-old boy
who was raped repeatedly in the village of Abai": the "one" of "No one" was paired with the "1"
of "September 1", and "repeated", inside the negated clause, with the passage's affirmed
"repeatedly". "one" after "no", "any", "every", "some" or "each" is a pronoun; and a negative
subject denies its verb, not what the verb's phrases name (the rape is presupposed): where the
other text does not state that verb, the negation compares nothing. The claim is now `disputed`
(001: "no one was ever punished for the crime"; 002: "one of the perpetrators was sentenced").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

FLOOD = ("Flood report\n\n"
         "The report, published on March 1 and written by engineer Lena Ruiz, describes a 9-year-old girl who "
         "was injured repeatedly in the floods of Brill in 2019.\n")


@pytest.mark.parametrize("claim", [
    "No one was ever compensated for the repeated injuries of the nine-year-old girl in Brill.",
    "Nobody was compensated for the injuries of the 9-year-old girl in the floods of Brill.",
])
def test_a_negated_verb_the_passage_does_not_state_is_no_contradiction(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "flood.txt", FLOOD).check_claim(Claim("t", claim))
    assert result.verdict not in ("contradicted", "supported")
    assert not result.disagreements


def test_a_negated_verb_the_passage_affirms_contradicts(tmp_path: Path) -> None:
    result = article_checker(tmp_path, "flood.txt", FLOOD).check_claim(Claim("t", "No one was injured in the floods of Brill in 2019."))
    assert result.verdict == "contradicted"
    assert [(d.kind, d.source_value) for d in result.disagreements] == [("negation", "injured")]
