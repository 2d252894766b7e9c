"""A claim's value that its passage states is not contradicted by another value of the passage
that shares words only with another clause of the claim (session 37, from held-out set X:
"Batyrbekov's initial sentence was overturned on appeal, and he was released after four months
behind bars" was `contradicted` by 001's "His initial sentence of two years and three months in
prison was overturned on appeal, and he was freed after serving four months in jail")."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

APPEAL = ("Editor freed\n\n"
          "The editor Maren Holt was convicted of defamation in 2021. Her first sentence of three years in prison "
          "was quashed on appeal, and she was freed after serving five months in jail.\n")


def test_the_stated_value_of_the_other_clause_agrees(tmp_path: Path) -> None:
    claim = "Maren Holt's first sentence was quashed on appeal, and she was released after five months behind bars."
    result = article_checker(tmp_path, "appeal.txt", APPEAL).check_claim(Claim("t", claim))
    assert result.verdict != "contradicted"
    assert not [d for d in result.disagreements if d.kind == "number"]


@pytest.mark.parametrize("claim", [
    "Maren Holt's first sentence was quashed on appeal, and she was released after seven months behind bars.",
    "Maren Holt's first sentence of four years in prison was quashed on appeal.",
])
def test_a_changed_value_still_contradicts(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "appeal.txt", APPEAL).check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
