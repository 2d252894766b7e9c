"""A report that closes its sentence ("..., a skipper said.") gives a person's account (session 38).

A claim that states the account flatly drops the attribution: `partial`, with the hedge named,
as for "according to X" (issue 10: a hedge is what "attributes or qualifies what the claim states
flatly"). Sets Z and H, written from the seeds by helpers, judged five such claims `partial`
("Similar assaults had also happened at Nursultan's school" from 000's "..., he said."); three
were `supported`. An office's, a service's or a paper's closing report ("..., the statistics office
said.") is the record it keeps and hedges nothing: shared case 05 holds its figures supported.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.match.cues import hedge_cues, tokenize

PIER = ("Harbour dispute\n\n"
        "The ferry company cut two sailings from the winter timetable, the harbour office said. "
        "Fishermen had lost nets to the ferries' wash twice that month, a skipper said. "
        "The new pier will open in May, said Moira Tennant. "
        "The harbour master, who took office in 2019, closed the north quay after the storm, she said.\n")


@pytest.mark.parametrize(("claim", "hedge"), [
    ("Fishermen had lost nets to the ferries' wash twice that month.", "a skipper said"),
    ("The new pier will open in May.", "said Moira Tennant"),
    ("The harbour master closed the north quay after the storm.", "she said"),
])
def test_a_persons_closing_report_dropped_is_partial(tmp_path: Path, claim: str, hedge: str) -> None:
    result = article_checker(tmp_path, "pier.txt", PIER).check_claim(Claim("t", claim))
    assert result.verdict == "partial"
    assert [d.source_value for d in result.disagreements if d.kind == "hedge"] == [hedge]


@pytest.mark.parametrize("claim", [
    "A skipper said fishermen had lost nets to the ferries' wash twice that month.",  # the claim keeps it
    "The ferry company cut two sailings from the winter timetable.",  # an office's record
    "The harbour master took office in 2019.",  # the writer's own relative clause, not what she said
])
def test_a_kept_report_an_offices_record_or_the_writers_own_words_are_supported(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "pier.txt", PIER).check_claim(Claim("t", claim))
    assert result.verdict == "supported"


@pytest.mark.parametrize(("text", "cues"), [
    ("Nets were lost twice, the skipper reportedly told police.", ["reportedly"]),  # one hedge, not two
    ("Anastasia Shestayeva, a blogger, wrote a widely cited piece on the scandal.", []),  # no closing report
    ("Sailings were cut, police said.", []),  # a body's report
])
def test_which_closing_words_are_a_cue(text: str, cues: list[str]) -> None:
    tokens = tokenize(text)
    assert [tokens[lo].folded for lo, _ in hedge_cues(tokens)] == cues
