"""Dates as sources really write them: numeric dates whose order the document leaves open,
two-digit years, a page's date alone on its line, and periods compared as ranges (early/mid/late
decades and centuries, spans of months, quarters and the parts of a year named by their place).

Every source sentence here is a verbatim sentence of a real page (the Wikipedia sample, WiCE dev
and Climate-FEVER sources, as ``tests/data/values.tsv`` records them); the claims are what a
writer might say of it. The end-to-end checks run the whole checker on a one-sentence corpus.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import article_checker, write_tree

from factcheck import Checker, Claim, Options, load_corpus
from factcheck.models import Value
from factcheck.values import compare, extract_values
from factcheck.values.dateline import publication_date
from factcheck.values.periods import year_range

SHARED_DATA = Path(os.environ.get("FACTCHECK_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))

# WiCE dev, University_of_Oxford_History_Faculty_About_the_Faculty_Profi: a page that writes no other numeric date.
UPDATED = "Page last updated: 02/12/2013, at 10:11"
# Wikipedia, Pi: the one numeric date of the article, month first by its own fields.
PI_DAY = "Pi Day in 2015 was particularly significant because the date and time 3/14/15 9:26:53 reflected many more digits of pi."
# Wikipedia, Kendall Square Research.
KSR = ("KSR, along with many of its competitors (see below), went bankrupt during the collapse of the supercomputer "
       "market in the early 1990s.")
# Wikipedia, Austrian School.
WIESER = ("The opportunity cost doctrine was first explicitly formulated by the Austrian economist Friedrich von Wieser "
          "in the late 19th century.")
# Wikipedia, Led Zeppelin II.
SESSIONS = ("Recording sessions for the album took place at several locations in the United Kingdom and North America "
            "from January to August 1969.")
# WiCE dev, Bungo_Stray_Dogs_Dead_Apple_Film_to_Screen_in_U_S_Canada_in.
BUNGO = ("The first television anime adaptation of Kafka Asagiri and Sango Harukawa's Bungō Stray Dogs manga aired in "
         "April-June 2016, and Crunchyroll streamed the series as it aired.")
# WiCE dev, A_history_of_the_Amiga_part_6_stopping_the_bleeding_Ars_Tech.
AMIGA = "Commodore paid off their debts and even posted a modest $22 million profit in the last quarter of 1986."


def dates(text: str) -> list[Value]:
    return [v for v in extract_values(text) if v.kind == "date"]


def date_of(text: str) -> Value:
    """The one date a claim states."""
    found = dates(text)
    assert len(found) == 1, found
    return found[0]


# ----------------------------------------------------------------------- numeric dates

def test_an_ambiguous_numeric_date_keeps_both_readings() -> None:
    [updated] = dates(UPDATED)
    assert (updated.text, updated.date, updated.unit) == ("02/12/2013", (2013, 2, 12), "ambiguous")


@pytest.mark.parametrize(("claim", "expected"), [
    ("The page was last updated on 2 December 2013.", None),     # one reading: never settled silently
    ("The page was last updated on 12 February 2013.", None),    # the other reading
    ("The page was last updated on 5 March 2013.", False),       # neither reading
    ("The page was last updated on 2 December 2014.", False),    # another year
    ("The page was last updated in December 2013.", None),       # the month of one reading
    ("The page was last updated in June 2013.", False),          # the month of neither
    ("The page was last updated in 2013.", True),                # the year both readings share
])
def test_an_ambiguous_date_compares_as_both_its_readings_do(claim: str, expected: bool | None) -> None:
    [updated] = dates(UPDATED)
    assert compare(date_of(claim), updated) is expected
    assert compare(updated, date_of(claim)) is expected


@pytest.mark.parametrize(("sentence", "text", "date"), [
    (PI_DAY, "3/14/15", (2015, 3, 14)),
    ("The Dreamcast launched in North America on September 9, 1999 at a price of $199—which Sega's marketing "
     "dubbed \"9/9/99 for $199\".", "9/9/99", (1999, 9, 9)),
    ("Christmas Day 2000, for example, is 25/12/00 or 25.12.00 in the UK", "25/12/00", (2000, 12, 25)),
    ("Updated 04/26/19", "04/26/19", (2019, 4, 26)),
])
def test_a_two_digit_year_is_read_in_the_1930_2029_window(sentence: str, text: str, date: tuple[int, int, int]) -> None:
    assert (text, date) in [(v.text, v.date) for v in dates(sentence)]


@pytest.mark.parametrize("sentence", [
    "The family was continued in 1996 with the enhanced 8-bit MCS-151 and the 8/16/32-bit MCS-251 family of binary "
    "compatible microcontrollers.",
    "This strategy involved energy and climate policy including the so-called 20/20/20 targets",
    "Releases before 10.4.11 mount disks with Spotlight indexing disabled.",  # a dotted two-digit year: a version
    "(Tandya Br. 25.10.16; cf. Av. 6.131.3)",                                 # ... or a citation
])
def test_slashed_and_dotted_numbers_that_are_no_dates(sentence: str) -> None:
    assert not [v for v in dates(sentence) if "/" in v.text or "." in v.text]


def test_a_claim_date_against_a_two_digit_year_source(tmp_path: Path) -> None:
    got = verdicts(tmp_path, {"pi.txt": "Pi\n\n" + PI_DAY + "\n"}, {
        "right": "Pi Day in 2015 was particularly significant because the date and time on March 14, 2015 reflected "
                 "many more digits of pi.",
        "wrong": "Pi Day in 2015 was particularly significant because the date and time on March 15, 2015 reflected "
                 "many more digits of pi.",
    })
    assert got["right"] == "supported"
    assert got["wrong"] == "contradicted"


def test_an_ambiguous_source_date_contradicts_only_a_date_neither_reading_fits(tmp_path: Path) -> None:
    source = "Varginha\n\nThe game was announced in a press release on 10/09/98.\n"  # Wikipedia, Incidente em Varginha
    got = verdicts(tmp_path, {"game.txt": source}, {
        "one": "The game was announced in a press release on 10 September 1998.",
        "other": "The game was announced in a press release on October 9, 1998.",
        "neither": "The game was announced in a press release on 12 August 1998.",
    })
    assert got["one"] == got["other"] == "partial"
    assert got["neither"] == "contradicted"


# ----------------------------------------------------------------------- a page's date on its line

@pytest.mark.parametrize(("text", "date"), [
    ("Fri 15 Feb 19", (2019, 2, 15)),                     # WiCE dev, Essex volleyball
    ("13 Sep 18", (2018, 9, 13)),                         # WiCE dev, Paul Collingwood
    ("15 Jun 99 | The Company File", (1999, 6, 15)),      # WiCE dev, BBC News
])
def test_a_date_alone_on_its_line_may_have_a_two_digit_year(text: str, date: tuple[int, int, int]) -> None:
    assert [v.date for v in dates(text)] == [date]


def test_in_prose_a_number_after_a_day_and_month_is_no_year() -> None:
    # Wikipedia, Battle of Rennell Island / Tarawa: a count, not a year.
    found = dates("On the night of 1 February 20 destroyers from Mikawa's 8th Fleet under Shintaro Hashimoto")
    assert [(v.text, v.date) for v in found] == [("1 February", (None, 2, 1))]
    assert [v.date for v in dates("On 22 April 12 B-24 aircraft struck Tarawa.")] == [(None, 4, 22)]


def test_a_header_date_with_a_two_digit_year_dates_the_page() -> None:
    page = SHARED_DATA / "wice-dev" / "sources" / "Essex_volleyball_teams_win_double_national_success_Universit__f158b84d70.txt"
    if not page.is_file():
        pytest.skip("WiCE dev is not on this machine")
    assert str(publication_date(page.read_text(encoding="utf-8"))) == "2019-02-15"


# ----------------------------------------------------------------------- early, mid, late

def test_a_qualified_decade_or_century_is_one_value_whose_text_holds_the_qualifier() -> None:
    assert [(v.text, v.unit, v.date) for v in dates(KSR)] == [("early 1990s", "decade", (1990, None, None))]
    assert [(v.text, v.unit) for v in dates(WIESER)] == [("late 19th century", "century")]
    assert [v.text for v in dates("Since the late '60s, the exploitation of oil increased production")] == ["late '60s"]
    assert not dates("She moved to Oslo in her late 30s and retired in her early forties.")  # ages


def test_year_ranges_of_qualified_periods() -> None:
    assert year_range(dates(KSR)[0]) == ((1990, 1993), (1990, 1995))
    assert year_range(dates(WIESER)[0]) == ((1860, 1899), (1840, 1899))
    assert year_range(date_of("in the mid-1980s")) == ((1983, 1986), (1982, 1987))
    assert year_range(date_of("in the 1740s")) == ((1740, 1749), (1740, 1749))


@pytest.mark.parametrize(("source", "claim", "expected"), [
    (KSR, "KSR went bankrupt in 1992.", True),
    (KSR, "KSR went bankrupt in 1995.", None),     # the middle of the decade: neither early nor not
    (KSR, "KSR went bankrupt in 1998.", False),    # late, not early
    (KSR, "KSR went bankrupt in 1989.", False),
    (KSR, "KSR went bankrupt in the 1990s.", True),
    (KSR, "KSR went bankrupt in the late 1980s.", False),
    (KSR, "KSR went bankrupt in the early '90s.", True),
    (KSR, "KSR went bankrupt in the mid-1990s.", None),
    (WIESER, "Wieser formulated it in 1889.", True),
    (WIESER, "Wieser formulated it in 1850.", None),
    (WIESER, "Wieser formulated it in 1820.", False),
    (WIESER, "Wieser formulated it in the 17th century.", False),
])
def test_qualified_periods_compare_as_ranges(source: str, claim: str, expected: bool | None) -> None:
    [period] = dates(source)
    assert compare(date_of(claim), period) is expected


def test_a_period_contradicts_a_year_outside_it(tmp_path: Path) -> None:
    got = verdicts(tmp_path, {"ksr.txt": "Kendall Square Research\n\n" + KSR + "\n"}, {
        "right": "KSR went bankrupt during the collapse of the supercomputer market in the early 1990s.",
        "late": "KSR went bankrupt during the collapse of the supercomputer market in the late 1980s.",
        "century": "KSR went bankrupt during the collapse of the supercomputer market in the 19th century.",
    })
    assert got["right"] == "supported"
    assert got["late"] == got["century"] == "contradicted"


# ----------------------------------------------------------------------- spans of months, parts of a year

def test_a_span_of_months_is_one_date() -> None:
    assert [(v.text, v.unit, v.date) for v in dates(SESSIONS)] == [("January to August 1969", "8 months", (1969, 1, None))]
    assert [(v.text, v.unit, v.date) for v in dates(BUNGO)] == [("April-June 2016", "3 months", (2016, 4, None))]
    # a span across a year's end, or from a day, is not one
    assert [v.text for v in dates("from November to February 2020")] == ["November", "February 2020"]
    assert [v.text for v in dates("from 19 September to December 1944")] == ["19 September", "December 1944"]


@pytest.mark.parametrize(("source", "claim", "expected"), [
    (SESSIONS, "The sessions took place in March 1969.", True),
    (SESSIONS, "The sessions took place in October 1969.", False),
    (SESSIONS, "The sessions took place in 1969.", True),
    (SESSIONS, "The sessions took place in the first half of 1969.", True),   # one within the other
    (SESSIONS, "The sessions took place in the second half of 1969.", None),  # July-December: they overlap
    (BUNGO, "The series aired in Q2 2016.", True),
    (BUNGO, "The series aired in the second quarter of 2016.", True),
    (BUNGO, "The series aired in the third quarter of 2016.", False),
    (BUNGO, "The series aired in May 2016.", True),
    (AMIGA, "Commodore posted a profit in December 1986.", True),
    (AMIGA, "Commodore posted a profit in Q4 1986.", True),
    (AMIGA, "Commodore posted a profit in Q3 1986.", False),
])
def test_spans_and_parts_of_a_year_compare_as_ranges(source: str, claim: str, expected: bool | None) -> None:
    [period] = dates(source)
    assert compare(date_of(claim), period) is expected


def test_a_part_of_a_year_named_by_its_place() -> None:
    assert [(v.unit, v.date) for v in dates(AMIGA)] == [("quarter", (1986, 10, None))]
    assert [(v.unit, v.date) for v in dates("carried 1.1 million passengers in the last month of 2022")] == [
        ("month", (2022, 12, None))]
    assert [(v.unit, v.date) for v in dates("in the third month of 2020")] == [("month", (2020, 3, None))]
    assert [(v.unit, v.date) for v in dates("in the final half of 2013")] == [("half", (2013, 7, None))]
    assert [v.unit for v in dates("in the fifth quarter of 2013")] == [""]  # no such quarter: the year alone


def test_a_quarter_claim_against_a_span_of_months(tmp_path: Path) -> None:
    got = verdicts(tmp_path, {"bungo.txt": "Bungo Stray Dogs\n\n" + BUNGO + "\n"}, {
        "right": "The first television anime adaptation of Bungō Stray Dogs aired in the second quarter of 2016.",
        "wrong": "The first television anime adaptation of Bungō Stray Dogs aired in Q4 2016.",
    })
    assert got["right"] == "supported"
    assert got["wrong"] == "contradicted"


def verdicts(root: Path, files: dict[str, str], claims: dict[str, str]) -> dict[str, str]:
    checker = Checker(load_corpus([write_tree(root, files)]), Options(index=False))
    return {cid: checker.check_claim(Claim(cid, text)).verdict for cid, text in claims.items()}


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The old lighthouse on the north cape was restored in 1998 by local volunteers.", "supported"),
    ("The old lighthouse on the north cape was restored in March 1998 by local volunteers.", "partial"),  # its own month
    ("The old lighthouse on the north cape was restored on 4 March 1998 by local volunteers.", "partial"),
    ("The old lighthouse on the north cape was restored in March 1997 by local volunteers.", "contradicted"),
])
def test_a_claim_date_finer_than_its_source_states_a_part_left_unverified(tmp_path: Path, claim: str,
                                                                         verdict: str) -> None:
    checker = article_checker(tmp_path, "coast.txt", "Keepers left in 1962. The old lighthouse on the north cape was "
                                                     "restored in 1998 by a group of local volunteers.\n")
    result = checker.check_claim(Claim("t", claim))
    assert result.verdict == verdict
    if verdict == "partial":
        assert [m for m in result.missing if "1998" in m]  # the date the source gives only in part


def test_a_yearless_day_and_the_year_beside_it_state_the_whole_date(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "club.txt", "2018 season review.\n\nOn May 7 the club opened its new stadium "
                                                    "in 2018, after two years of building.\n")
    assert checker.check_claim(Claim("t", "The club opened its new stadium on May 7, 2018.")).verdict == "supported"


@pytest.mark.parametrize(("source", "claim", "expected"), [
    # early/mid/late surely name January-May, May-August, August-December, and at most
    # January-July, March-October, June-December (the shares of decades and centuries)
    ("on 9 July 2018", "in mid-2018", True),
    ("on 9 July 2018", "in early 2018", None),    # July: at the edge of what "early" may name
    ("on 9 October 2018", "in late 2018", True),
    ("on 9 October 2018", "in early 2018", False),
    ("on 9 October 2018", "in early 2019", False),
    ("in spring 2018", "in early 2018", True),     # March-May: surely early
    ("in summer 2018", "in early 2018", None),     # June-August: partly what "early" may name
    ("in early 2018", "in early 2018", True),
])
def test_early_mid_and_late_years_are_ranges_of_months(source: str, claim: str, expected: bool | None) -> None:
    [theirs] = [v for v in extract_values(f"The ferry line reopened {source}.") if v.kind == "date"]
    [ours] = [v for v in extract_values(f"The ferry line reopened {claim}.") if v.kind == "date"]
    assert compare(ours, theirs) is expected


def test_a_year_within_a_decade_is_finer_than_the_decade(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "mill.txt", "The Orsa paper mill was founded in the early 1990s by a "
                                                    "cooperative of farmers.\n")
    assert checker.check_claim(Claim("t", "The Orsa paper mill was founded in the early 1990s by a cooperative "
                                          "of farmers.")).verdict == "supported"
    result = checker.check_claim(Claim("t", "The Orsa paper mill was founded in 1993 by a cooperative of farmers."))
    assert result.verdict == "partial" and "1993" in result.missing
    assert checker.check_claim(Claim("t", "The Orsa paper mill was founded in 1998 by a cooperative "
                                          "of farmers.")).verdict == "contradicted"  # late, not early


@pytest.mark.parametrize(("text", "year"), [
    ("The first Harlow bridge was built in nineteen hundred and five.", 1905),
    ("The chapel has stood there since twelve hundred and six.", 1206),
])
def test_a_year_said_in_hundreds_is_a_year(text: str, year: int) -> None:
    assert [v.date for v in extract_values(text) if v.kind == "date"] == [(year, None, None)]
    assert not [v for v in extract_values("The repairs cost nineteen hundred dollars.") if v.kind == "date"]
