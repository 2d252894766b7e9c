"""Whose lawyer: a claim's named possessor that the passage names only as someone else, where the
passage gives the noun to a relative (session 37, set Z: "Widely shared footage showed Baliyeva's
lawyer being kept waiting ..." was `supported` by 000's "Footage showing the lawyer for
Nursultan's mother being kept waiting outside the building in which the boy, his grandmother and
Baliyeva were all cooped up ...")."""

from __future__ import annotations

from pathlib import Path

from conftest import article_checker

from factcheck import Claim

COURT = ("Custody hearing\n\n"
         "Video showing the lawyer for Tom's mother being kept waiting outside the court in which the boy, his "
         "uncle and Dr Hendry were all sitting was shared widely.\n")


def test_the_named_possessor_named_apart_is_not_supported(tmp_path: Path) -> None:
    claim = "Video showing Hendry's lawyer being kept waiting outside the court was shared widely."
    assert article_checker(tmp_path, "court.txt", COURT).check_claim(Claim("t", claim)).verdict != "supported"


def test_the_relative_kept_is_supported(tmp_path: Path) -> None:
    claim = "Video showing the lawyer for Tom's mother being kept waiting outside the court was shared widely."
    assert article_checker(tmp_path, "court.txt", COURT).check_claim(Claim("t", claim)).verdict == "supported"
