"""A changed amount in a paraphrase, and a common noun that is only a word of a name (session 47,
from held-out set H11):

- a claim's one count or measure of its kind against the passage's one value in the same unit,
  the words around each said otherwise ("handed a jail term of five years and one month" /
  "his sentence of one year and five months"): `contradicted`, as the same change in the source's
  own words is; a partitive ("one of the men") counts no group and stays as it was;
- the same for a date with its month ("attacked on June 21, 2021" / "the June 12, 2021 attack"),
  not for a bare year, which a page gives of many events;
- a claim's common noun paired with a word of a name of the passage ("the town of Ridder" /
  "the weekly Town Crier") marks no place where another name stands for the claim's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.match.align import align

COURT = ("Mayor's appeal\n\n"
         "The former mayor of Dunmore, Alasdair Quinn, lost his seat after the fraud trial. "
         "Quinn's initial sentence of one year and five months in jail was cut on appeal, and he was "
         "released after eleven weeks. "
         "Volunteers from the Dunmore rowing club counted 2,300 visitors at the regatta in June, "
         "a record for the town.\n")


@pytest.mark.parametrize(("claim", "changed"), [
    ("Alasdair Quinn was initially handed a jail term of five years and one month.", True),
    ("Alasdair Quinn was initially handed a jail term of one year and five months.", False),
    ("The Dunmore rowing club's regatta in June drew 3,200 visitors.", True),
    ("The Dunmore rowing club's regatta in June drew 2,300 visitors.", False),
])
def test_a_changed_measure_in_other_words_is_contradicted(tmp_path: Path, claim: str, changed: bool) -> None:
    verdict = article_checker(tmp_path, "court.txt", COURT).check_claim(Claim("t", claim)).verdict
    assert (verdict == "contradicted") is changed, verdict


FERRY = ("Ferry attack\n\n"
         "The harbour master gave a detailed account of the June 12, 2021 attack on the ferry crew, in a letter "
         "to the council.\n\n"
         "Repairs to the pier are expected to take most of the summer.\n")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("According to the harbour master, the ferry crew was attacked on June 21, 2021.", "contradicted"),
    ("According to the harbour master, the ferry crew was attacked on June 12, 2021.", "supported"),
])
def test_a_changed_date_in_other_words_is_contradicted(tmp_path: Path, claim: str, verdict: str) -> None:
    assert article_checker(tmp_path, "ferry.txt", FERRY).check_claim(Claim("t", claim)).verdict == verdict


def test_one_of_a_group_is_no_count_of_the_group(tmp_path: Path) -> None:
    text = ("Harbour fight\n\n"
            "Witnesses said three men attacked the harbour master near the fish market on Friday.\n")
    result = article_checker(tmp_path, "harbour.txt", text).check_claim(
        Claim("t", "One of the men who attacked the harbour master was a former docker."))
    assert result.verdict != "contradicted"


def test_a_common_noun_paired_with_a_word_of_a_name_marks_no_place() -> None:
    claim = "The festival was held in the town of Ridder in 2015."
    passage = "Editors at the local weekly Town Crier wrote about the festival and its crowds in 2015."
    assert not [d for d in align(claim, passage).differences if d.kind == "entity"]
    # (The same place with a common noun on both sides is one: another name there differs.)
    other = "The festival was held in the town of Zyryanovsk in 2015."
    assert [d.passage_words for d in align(claim, other).differences if d.kind == "entity"] == ["Zyryanovsk"]
