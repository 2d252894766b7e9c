"""What a claim says a named person is must be said of that name by a source, wherever the claim
puts it: a title right before the name with no article ("local lawyer Amangeldy Batyrbekov",
"prosecutor Taubai Qadyrbaev") and an apposition whose head a relative clause follows ("Beibitkul
Seltanova, the doctor who examined the boy, said ...") are descriptions as "the country's
prosecutor general, Baliyeva" is. A source that names the person with another title leaves the
claim `partial`, the title missing (session 48, from blind set H16, where such claims were
`supported`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

COURT = ("Kelso court\n\n"
         "In March, Judge Ewan Lockhart of the Borders Sheriff Court accepted the fishermen's appeal and "
         "ordered the harbour gates reopened. "
         "The case was first reported by local journalist Morag Innes, who wrote about it in the Kelso Herald. "
         "Fiona Baird, the headmistress of the harbour school, said the closure had kept pupils at home.\n")


@pytest.mark.parametrize(("claim", "title"), [
    ("In March, prosecutor Ewan Lockhart of the Borders Sheriff Court accepted the fishermen's appeal.", "prosecutor"),
    ("The case was first reported by local lawyer Morag Innes, who wrote about it in the Kelso Herald.", "lawyer"),
    ("Fiona Baird, the doctor who treated the pupils, said the closure had kept pupils at home.", "doctor"),
])
def test_another_title_than_the_sources_is_missing(tmp_path: Path, claim: str, title: str) -> None:
    result = article_checker(tmp_path, "court.txt", COURT).check_claim(Claim("t", claim))
    assert result.verdict in ("partial", "contradicted")
    assert result.verdict == "contradicted" or title in " ".join(result.missing)


@pytest.mark.parametrize("claim", [
    "In March, judge Ewan Lockhart of the Borders Sheriff Court accepted the fishermen's appeal.",
    "The case was first reported by local journalist Morag Innes, who wrote about it in the Kelso Herald.",
    "Fiona Baird, the headmistress who runs the harbour school, said the closure had kept pupils at home.",
])
def test_the_sources_title_is_stated(tmp_path: Path, claim: str) -> None:
    assert article_checker(tmp_path, "court.txt", COURT).check_claim(Claim("t", claim)).verdict == "supported"
