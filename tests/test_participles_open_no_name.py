"""A participle that opens a sentence is no name (session 39).

"Driven by fear of death, the schoolgirl came back ..." made "Driven" a name of the claim,
which no passage states: the claim's date clash with the passage was then about someone else,
by the rule that a value clash counts only where the passage is about the claim's people and
places (set H2). A lone capitalised verb form that opens a phrase ("Born in", "Shattered,")
is the participle; a name that is also a verb form keeps its name when a verb follows it.
"""

from __future__ import annotations

import pytest

from factcheck.values import extract_values


def names_in(text: str) -> list[str]:
    return [v.text for v in extract_values(text) if v.kind == "name"]


@pytest.mark.parametrize("text", [
    "Driven by fear of eviction, the tenants left the flat on May 4.",
    "Born in a fishing village, the skipper never left the coast.",
    "Shattered, the coach resigned the next morning.",
    "Founded in 1901, the club moved to its new ground in 1950.",
])
def test_an_opening_participle_is_no_name(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Rose told the police that the door had been forced.", "Rose"),
    ("Hunted Lake lies north of the town.", "Hunted Lake"),
])
def test_a_name_that_is_a_verb_form_stays_a_name(text: str, name: str) -> None:
    assert names_in(text) == [name]
