"""Another kinship for the same named person contradicts a passage that restates the rest: "his
mother, Ailsa Grant" / "his grandmother, Ailsa Grant" (an `entity` disagreement naming both), unless
a source gives the claim's title to that name somewhere. Two relatives differ only of one named
owner. Another occupation or office ("prosecutor Ewan Lockhart" / "Judge Ewan Lockhart", "local
lawyer Morag Innes" / "local journalist Morag Innes") may hold beside the source's, or be a kind
of it ("painter" / "artist"): the claim is `partial`, its title missing (session 48, from blind set
H16, where such claims were `supported` or `partial`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.match.align import align

COURT = ("Kelso court\n\n"
         "In March, Judge Ewan Lockhart of the Borders Sheriff Court accepted the fishermen's appeal and "
         "ordered the harbour gates reopened. "
         "The case was first reported by local journalist Morag Innes, who wrote about it in the Kelso Herald. "
         "The boy came home late that night, according to an account given by his grandmother, Ailsa Grant. "
         "The fishermen's lawyer, Iain Dunbar, has been sued for libel by the harbour board over the case.\n")


def test_another_kinship_contradicts(tmp_path: Path) -> None:
    claim = Claim("t", "The boy came home late that night, according to an account given by his mother, Ailsa Grant.")
    result = article_checker(tmp_path, "court.txt", COURT).check_claim(claim)
    assert result.verdict == "contradicted"
    assert any(d.kind == "entity" and d.claim_value == "mother" and d.source_value == "grandmother"
               for d in result.disagreements)


@pytest.mark.parametrize(("claim", "title"), [
    ("In March, prosecutor Ewan Lockhart of the Borders Sheriff Court accepted the fishermen's appeal.", "prosecutor"),
    ("The case was first reported by local lawyer Morag Innes, who wrote about it in the Kelso Herald.", "lawyer"),
    # (An apposition with a phrase of place after its head.)
    ("Iain Dunbar, the prosecutor in the fishermen's case, has been sued for libel by the harbour board.",
     "prosecutor"),
])
def test_another_occupation_is_missing(tmp_path: Path, claim: str, title: str) -> None:
    result = article_checker(tmp_path, "court.txt", COURT).check_claim(Claim("t", claim))
    assert result.verdict == "partial"
    assert title in " ".join(result.missing)


def test_a_title_the_source_also_gives_is_stated(tmp_path: Path) -> None:
    text = COURT.replace("who wrote about it in the Kelso Herald.",
                         "who wrote about it in the Kelso Herald. Innes, a lawyer by training, joined the paper in 2019.")
    text = text.replace("Morag Innes, who wrote", "Morag Innes, who wrote").replace(
        "Innes, a lawyer by training", "Morag Innes, a lawyer by training")
    claim = Claim("t", "The case was first reported by local lawyer Morag Innes, who wrote about it in the Kelso Herald.")
    assert article_checker(tmp_path, "court.txt", text).check_claim(claim).verdict != "contradicted"


def test_relatives_of_different_owners_are_no_difference() -> None:
    alignment = align("Her mother, Ailsa Grant, came home late.", "His grandmother, Ailsa Grant, came home late.")
    assert not [d for d in alignment.differences if d.detail == "title"]
    alignment = align("His mother, Ailsa Grant, came home late.", "His grandmother, Ailsa Grant, came home late.")
    assert [(d.claim_words, d.passage_words) for d in alignment.differences if d.detail == "title"] == [
        ("mother", "grandmother")]
