"""Names that are no statement, and names the support leaves out (session 42, held-out set H5).

- A partner the claim names ("Working together with Reporters Without Borders, Adil Soz
  published a report ...") is a party of what it says: a supporting sentence that never names
  it does not state the claim, however near the source names it elsewhere (H5's "Working
  together with Reporters Without Borders ..." was `supported` from 001's "Adil Soz published
  a report ... against Ak Zhaiyk's editor-in-chief Azamat Maitanov and his staff", whose "his"
  was taken to stand for the organisation).
- A support pooled from sentences that each say the claim's names and one word more states no
  relation between those words ("Sharipa Batyrbekova later published a book about her grandson's
  case" was `supported` from three sentences of 000).
- A word of a title or a name opposes nothing ("declined" / "... - Welcome To All That Shreds
  Magazine!", WiCE dev), nor the "old" of an age ("later" / "The 30-year-old victim's mother").
- Three false alarms of H5: a subject in the other clause of "after" is no reordered event, a
  noun against a participle no opposite evaluation, and a reduced passive ("launched by") keeps
  its parties.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim
from factcheck.match.align import align


@pytest.mark.parametrize("claim", [
    "Jointly with Adil Soz, Lukpan Akhmediyarov has withstood threats and police pressure related to stories "
    "the paper has published.",
    "In cooperation with the Pegasus Project, Adil Soz published a report in June on the many death threats "
    "against Azamat Maitanov and his staff.",
])
def test_a_partner_the_support_does_not_name_is_missing(seeds_checker: Checker, claim: str) -> None:
    result = seeds_checker.check_claim(Claim("t", claim))
    assert result.verdict == "partial"
    partner = claim.split(",")[0].split(" with ")[1].removeprefix("the ")
    assert any(partner in words for words in result.missing)


def test_the_claim_without_its_partner_is_still_supported(seeds_checker: Checker) -> None:
    claim = "In June, Adil Soz published a report on the many death threats against Azamat Maitanov and his staff."
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == "supported"


def test_names_pooled_with_one_word_each_state_nothing(seeds_checker: Checker) -> None:
    result = seeds_checker.check_claim(Claim("t", "Assem Zhapisheva later published a poem about The Village."))
    assert result.verdict != "supported"
    assert any("poem" in words for words in result.missing)


HARBOUR = ("Harbour Watch - Welcome To The Tallinn Port Archive\n\n"
           "In May, the dockworkers' union Sadam Liit published a survey of the safety complaints made against "
           "Harbour Lane's operator, Mart Kivi, and his managers.\n"
           "The 45-year-old harbour master told reporters that the cranes were unsafe.\n"
           "Mart Kivi later rejected the union's complaints.\n")


def test_a_word_of_a_title_is_no_antonym() -> None:
    differences = align("Mart Kivi declined to visit the Tallinn Port Archive.", HARBOUR.splitlines()[0]).differences
    assert not any(d.kind == "antonym" for d in differences)


def test_the_old_of_an_age_is_no_antonym(tmp_path: Path) -> None:
    claim = "The harbour master later told reporters that the cranes were unsafe."
    assert not any(d.kind == "antonym" for d in align(claim, HARBOUR.splitlines()[3]).differences)
    assert article_checker(tmp_path, "harbour.txt", HARBOUR).check_claim(Claim("t", claim)).verdict == "supported"


@pytest.mark.parametrize("claim", ["Mart Kivi later accepted the union's complaints.",
                                   "The harbour master told reporters that the cranes were safe."])
def test_opposites_outside_names_still_contradict(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "harbour.txt", HARBOUR).check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"


# Three false alarms of set H5 ("Assem Zhapisheva left Kazakhstan after receiving threats over her
# article", "Kazakhstan launched a national hotline for child abuse victims in 2019", "NeMolchi.kz,
# an online campaign recently launched by activist Dina Smailova, ..."), here in other words.

def test_a_subject_in_the_other_clause_of_after_is_no_reordered_event() -> None:
    claim = "Mart Kivi left Tallinn after receiving anonymous letters."
    passage = "After reporter Mart Kivi published a series on the port's accounts, he started receiving anonymous letters."
    assert not any(d.kind == "antonym" for d in align(claim, passage).differences)


def test_events_that_changed_sides_still_oppose() -> None:
    claim = "The port published its accounts one day after Mart Kivi resigned."
    passage = "One day after the port published its accounts, Mart Kivi resigned."
    assert any(d.kind == "antonym" and d.detail == "order" for d in align(claim, passage).differences)


def test_a_noun_against_a_participle_is_no_opposite_evaluation() -> None:
    claim = "The foundation set up a fund for abuse survivors in Tartu."
    passage = "The foundation set up a fund protecting young survivors in Tartu."
    assert not any(d.kind == "antonym" for d in align(claim, passage).differences)


def test_verbs_in_one_form_still_oppose() -> None:
    differences = align("The court jailed the reporter in May.", "The court freed the reporter in May.").differences
    assert any(d.kind == "antonym" for d in differences)


NEWSLETTER = ("Harbour Voice\n\n"
              "The union backs dockworker Mart Kivi, who recently started a newsletter called Harbour Voice that "
              "reports on safety at the port.\n")


def test_a_reduced_passive_keeps_its_parties(tmp_path: Path) -> None:
    claim = "Harbour Voice, a newsletter recently started by dockworker Mart Kivi, reports on safety at the port."
    result = article_checker(tmp_path, "voice.txt", NEWSLETTER).check_claim(Claim("t", claim))
    assert result.verdict == "supported"
    assert not any(d.kind == "name" for d in result.disagreements)
