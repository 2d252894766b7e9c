"""A phrase of time that opens a claim ("Last year, ...") is passed over to find its main clause's
passive: "Last year, a 17-year-old girl in Kelso was
seriously injured when she jumped from the harbour wall" says she was injured, which a source that
tells only the jump does not state (session 48, from blind set H16, where such a claim was
`supported`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.match.cues import tokenize
from factcheck.match.predicates import passive_participle

HARBOUR = ("Kelso harbour\n\n"
           "Last year saw a tragedy in the nearby town of Kelso, when a 17-year-old girl jumped from the harbour "
           "wall after an argument with a customer over an unpaid bill.\n")


def test_an_unstated_passive_after_an_opening_phrase_is_partial(tmp_path: Path) -> None:
    claim = Claim("t", "Last year, a 17-year-old girl in Kelso was seriously injured when she jumped from the "
                       "harbour wall after an argument with a customer.")
    result = article_checker(tmp_path, "harbour.txt", HARBOUR).check_claim(claim)
    assert result.verdict == "partial"
    assert "injured" in " ".join(result.missing)


@pytest.mark.parametrize(("text", "participle"), [
    ("Last year, a girl in Kelso was seriously injured.", "injured"),
    ("After the verdict, the judge was removed from the case.", None),  # a clause first: not read
    ("In 2019, the editor was sentenced for libel.", None),
    ("Ines Calder, the editor, was sentenced for libel.", None),       # an apposition: not read
    ("Two days later the editor was released.", "released"),
])
def test_the_passive_of_the_main_clause(text: str, participle: str | None) -> None:
    tokens = tokenize(text)
    k = passive_participle(tokens)
    assert (tokens[k].folded if k is not None else None) == participle
