"""An opposite in an object relative clause (session 41, set H3).

"Later in 2020, Batyrbekov lost the several new libel cases brought against him." was `partial`
against 002's "... Batyrbekov was again charged with libel through several other cases, which he
eventually won.": the claim's verb and the passage's "won" stand in no one place word by word, but
"which he eventually won" says what was done to the cases, as the claim's verb does. A free word of
an object relative clause on the noun that the claim's object is aligned to is in the claim verb's
place, for an opposite only.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

TRIBUNAL = ("Shipping dispute\n\n"
            "In 2021 the harbour authority was taken to court over three separate pollution claims, "
            "which it ultimately won.\n\n"
            "The port museum now shows a bronze anchor, which the city had bought from a private collector in 1990.\n")


@pytest.mark.parametrize("claim", [
    "In 2021 the harbour authority lost the three separate pollution claims brought against it.",
    "In 1990 the city sold the bronze anchor to a private collector.",
])
def test_an_opposite_in_an_object_relative_contradicts(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "harbour.txt", TRIBUNAL).check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    assert any(d.kind == "antonym" for d in result.disagreements)


@pytest.mark.parametrize("claim", [
    "In 2021 the harbour authority won the three pollution claims brought against it.",
    "In 1990 the city bought the bronze anchor from a private collector.",
])
def test_the_same_verb_in_an_object_relative_is_no_opposite(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "harbour.txt", TRIBUNAL).check_claim(Claim("t", claim))
    assert result.verdict != "contradicted"
    assert not any(d.kind == "antonym" for d in result.disagreements)
