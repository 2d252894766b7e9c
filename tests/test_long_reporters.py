"""Reports whose subject is a noun with a phrase, after a dateline, telling what others did to the
speakers (session 37, held-out sets X and Z: "Unknown state officials put pressure on Village
Kazakhstan's journalists ..." was `supported` by 002's "ALMATY, Kazakhstan -- Journalists at the
online magazine Village Kazakhstan say they have come under pressure from unknown state officials
...")."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

STRIKE = ("Teachers' strike\n\n"
          "OSLO, Norway -- Teachers at the state school in Bergen say they have come under pressure from local "
          "councillors over the strike, which was called by a union that lost its vote in March.\n\n"
          "Parents at the school say they have come under pressure over a petition about a pupil who was "
          "expelled last year by the headmaster.\n\n"
          "Residents of the two mining villages said they had been threatened by the company's guards.\n")


@pytest.mark.parametrize("claim", [
    "Local councillors put pressure on teachers at the state school in Bergen over the strike.",
    "The company's guards threatened residents of the two mining villages.",
])
def test_what_the_speakers_say_others_did_is_attributed(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "strike.txt", STRIKE).check_claim(Claim("t", claim))
    assert result.verdict == "partial"
    assert any(d.kind == "hedge" for d in result.disagreements)


@pytest.mark.parametrize("claim", [
    "Teachers at the state school in Bergen say they have come under pressure from local councillors over the "
    "strike.",
    "Residents of the two mining villages said they had been threatened by the company's guards.",
])
def test_the_report_kept_is_supported(tmp_path: Path, claim: str) -> None:
    assert article_checker(tmp_path, "strike.txt", STRIKE).check_claim(Claim("t", claim)).verdict == "supported"


def test_a_relative_clause_after_the_reported_verb_is_the_writers(tmp_path: Path) -> None:
    # "a pupil who was expelled last year by the headmaster" describes the petition's topic; the
    # parents report the pressure, not the expulsion.
    claim = "A pupil was expelled last year by the headmaster."
    assert article_checker(tmp_path, "strike.txt", STRIKE).check_claim(Claim("t", claim)).verdict == "supported"
