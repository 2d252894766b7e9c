"""A source's publication date, read from its header, and the claim dates it states.

Real pages: WiCE dev's cited web pages (news with labelled dates, lone date lines and wire
datelines), Climate-FEVER's Wikipedia-derived sources (no publication date, some with lists
of dates), and the seeds (no date in their header).
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from conftest import SEEDS, SHARED_DATA, write_tree

from factcheck import Checker, Claim, load_corpus
from factcheck.values.dateline import publication_date

WICE = SHARED_DATA / "wice-dev" / "sources"
CLIMATE = SHARED_DATA / "climate-fever" / "sources"
JACKALOPES = "Jackalopes_hire_Todd_Watson_as_new_Head_Coach_North_American__8b6147ebd0.txt"

needs_wice = pytest.mark.skipif(not WICE.is_dir(), reason="WiCE dev not present")


@needs_wice
@pytest.mark.parametrize(("page", "published"), [
    (JACKALOPES, datetime.date(2019, 5, 20)),  # "May 20, 2019" alone on a line
    ("UEFA_Nations_League_solidarity_and_bonus_fees_UEFA_Nations_L__1b33563d37.txt",
     datetime.date(2018, 3, 23)),  # "Friday 23 March 2018"
    ("Female_Directors_Present_Past_and_Future_The_New_York_Times__75bd301325.txt",
     datetime.date(2013, 1, 31)),  # "PUBLISHED DATETIME: 2013-01-31"
    ("doc__33926820b5.txt", datetime.date(2017, 8, 22)),  # "TORONTO, ON (August 22, 2017) - Canada Basketball ..."
    # Fields of one header line: "Published 11:07 p.m. ET Jan. 27, 2019 | Updated 11:14 a.m. ET Jan. 28,"
    ("Gun_background_check_bill_gets_bipartisan_support_in_Michiga__0c00eab5c1.txt", datetime.date(2019, 1, 27)),
    # glued where the markup stood: "By Jesse SchedeenUpdated: 23 Apr 2019 4:13 amPosted: 14 Apr 2019"
    ("Star_Wars_Clone_Wars_Final_Season_Features_Return_of_Darth_M__df6bb8b1eb.txt", datetime.date(2019, 4, 14)),
    ("Reviewed_Paul_Butterfield_Live_New_York_1970_Rockerzine__a7ae69549c.txt",
     datetime.date(2017, 10, 20)),  # "by Don Fluckinger | Oct 20, 2017"
    # after 66 lines of a news site's menus, before any prose: "Posted: 9:36 PM, Nov 14, 2018"
    ("The_People_s_Flag_of_Milwaukee_could_be_headed_back_to_the_d__18d0ccc7c3.txt", datetime.date(2018, 11, 14)),
    # An archive's capture span ("08 Apr 2008 - 15 Jun 2022") is no publication date.
    ("BBC_NEWS_Entertainment_In_profile_Best_actress_nominees__19bd60692a.txt", None),
])
def test_a_news_page_header_gives_its_publication_date(page: str, published: datetime.date | None) -> None:
    assert publication_date((WICE / page).read_text(encoding="utf-8")) == published


def test_the_seeds_and_encyclopedia_articles_have_none() -> None:
    """Wikipedia-derived articles have no publication date, though some list dates alone on
    lines ("23 March 2015." / "22 January 2008." in Cherry blossom's references)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if CLIMATE.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(CLIMATE.glob("*.txt"))]
    assert len(texts) >= 5
    assert [publication_date(t) for t in texts] == [None] * len(texts)


def test_a_label_glued_to_its_date_is_read() -> None:
    text = "Singaporean footballer signs contract\nPublishedJul 13, 2018, 8:04 pm SGTUpdatedJul 14, 2018, 7:32 am\n"
    assert publication_date(text) == datetime.date(2018, 7, 13)


def test_a_date_in_a_sentence_of_prose_is_no_publication_date() -> None:
    text = ("Kite\n\nIn 1750 Benjamin Franklin published a proposal for an experiment to prove that lightning was "
            "caused by electricity by flying a kite in a storm that appeared capable of becoming a lightning storm.\n"
            "May 10, 1752\n")
    assert publication_date(text) is None


@needs_wice
def test_a_claim_date_that_only_the_page_date_states_is_supported_by_it(tmp_path: Path) -> None:
    """WiCE dev01190: the announcement of the hire, published on May 20, 2019, states that he
    is head coach since 2019; not since 2018; and without its date line, it states no year.
    Checked among all of WiCE dev's pages, as bench/wice.py does."""
    claim = ("Todd Watson is the head coach of the Odessa Jackalopes in the North American Hockey League (NAHL) "
             "since {}.")
    pages = {p.name: p.read_text(encoding="utf-8") for p in sorted(WICE.iterdir())}
    checker = Checker(load_corpus([str(write_tree(tmp_path / "dated", pages))]))
    assert checker.check_claim(Claim("t", claim.format(2019), cite=(JACKALOPES,))).verdict == "supported"
    assert checker.check_claim(Claim("t", claim.format(2018), cite=(JACKALOPES,))).verdict != "supported"
    pages[JACKALOPES] = "\n".join(line for line in pages[JACKALOPES].split("\n") if line.strip() != "May 20, 2019")
    checker = Checker(load_corpus([str(write_tree(tmp_path / "undated", pages))]))
    assert checker.check_claim(Claim("t", claim.format(2019), cite=(JACKALOPES,))).verdict == "partial"
