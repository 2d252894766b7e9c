"""Values as people really write them (issue 11): one amount written two ways beside the date it
goes with, a lone decimal comma that measures something, currencies, spoken hundreds, scores in
words and counted numbers. Sentences are written in the style of arts-council and auction
reports, continental fuel and price statistics, court and sports reports; the end-to-end checks
run the whole checker on small corpora, the others the value layer alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_tree

from factcheck import Checker, Claim, Options, load_corpus
from factcheck.values import compare, extract_values, settle
from factcheck.values.clashes import compare_values
from factcheck.values.conventions import Conventions


def _conflicts(claim: str, passage: str) -> set[tuple[str, str]]:
    check = compare_values(extract_values(claim), extract_values(passage), claim, passage)
    return {(ours.text, theirs.text) for ours, theirs in check.conflicts}


def _verdicts(root: Path, files: dict[str, str], claims: dict[str, str]) -> dict[str, str]:
    checker = Checker(load_corpus([write_tree(root, files)]), Options(index=False))
    return {cid: checker.check_claim(Claim(cid, text)).verdict for cid, text in claims.items()}


# A grant, a fee, a prize: the amount written one way in the claim and another in the source,
# and a second sentence of the source with another amount and another year.
GRANTS = ("The Harlow Trust awarded the museum a grant of $1.2m in 2019. "
          "The museum received 800,000 dollars from the state in 2020.")


@pytest.mark.parametrize(("claim", "expected"), [
    ("The Harlow Trust awarded the museum a grant of 1,200,000 dollars in 2019.", set()),
    ("The Harlow Trust awarded the museum a grant of 1.2 million dollars in 2019.", set()),
    ("The Harlow Trust awarded the museum a grant of 1,200,000 dollars in 2018.", {("2018", "2019")}),
    ("The museum received $800k from the state in 2020.", set()),
    ("The museum received $800k from the state in 2021.", {("2021", "2020")}),
])
def test_an_amount_written_another_way_still_ties_its_sentence_to_the_claim(claim: str,
                                                                           expected: set[tuple[str, str]]) -> None:
    # The year beside the claim's amount is the one it goes with, not the year beside another
    # amount whose digits ("0") and currency word happen to be the claim's too.
    assert _conflicts(claim, GRANTS) == expected


def test_a_prize_in_euros_is_dated_by_its_own_sentence(tmp_path: Path) -> None:
    files = {"prize.txt": "Literature prizes\n\nThe Galway book council gave the poet Niamh Doyle a prize of €12k "
                          "in 2017. Niamh Doyle received 30.000 euro from the county in 2018.\n"}
    verdicts = _verdicts(tmp_path, files, {
        "right": "The Galway book council gave the poet Niamh Doyle a prize of 12,000 euros in 2017.",
        "wrong": "The Galway book council gave the poet Niamh Doyle a prize of 12,000 euros in 2016.",
    })
    assert verdicts == {"right": "supported", "wrong": "contradicted"}


@pytest.mark.parametrize(("text", "expected"), [
    # one decimal comma that measures something settles the document
    ("The average price of petrol was 1,74 euros per litre; the stations sold 8.400 tonnes.", True),
    ("Wheat fetched €0,31 a kilo at the Lyon market, and 2.750 farmers protested.", True),
    ("The lorry carried 2,5 t of sand from the quarry.", True),
    ("Inflation reached 3,4% in May.", True),
    # ... but not a list, nor a document whose commas group a count
    ("Items 1,5 and 7 were sold for 1,200 dollars.", None),
    ("Tables 1,2 show the results.", None),
    ("Renewables gave 13,9% of power in 1997, and the plan is to provide 70,000 full-time jobs.", None),
])
def test_a_lone_decimal_comma_that_measures_something_settles_the_document(text: str, expected: bool | None) -> None:
    assert settle(text) == Conventions(decimal_comma=expected)


def test_a_document_with_a_measured_decimal_comma_reads_its_point_groups_as_thousands() -> None:
    text = "Diesel cost 1,62 euros per litre a year earlier. Filling stations sold 12.500 tonnes that month."
    amounts = {v.text: v.amount for v in extract_values(text) if v.kind == "number"}
    assert amounts == {"1,62 euros": 1.62, "12.500 tonnes": 12500.0}


def test_a_decimal_comma_source_against_english_claims(tmp_path: Path) -> None:
    files = {"fuel.txt": "Fuel in Lisbon\n\nThe average price of petrol in Lisbon was 1,742 euros per litre in March, "
                         "against 1,58 euros a year earlier. Filling stations in Lisbon sold 9.300 tonnes of petrol "
                         "that month.\n"}
    verdicts = _verdicts(tmp_path, files, {
        "right": "Filling stations in Lisbon sold 9,300 tonnes of petrol in March.",
        "wrong": "Filling stations in Lisbon sold 9.3 tonnes of petrol in March.",
    })
    assert verdicts == {"right": "supported", "wrong": "contradicted"}


# ------------------------------------------------------------------------------- currencies

AUCTION = ("Auction report\n\nA landscape by Paul Henry sold for €1.2m at auction in Dublin on Tuesday. "
           "A court in Lviv fined the developer Ostap Hnatyuk ₴800,000 for the collapse.\n")


def test_the_same_sum_in_another_currency_is_contradicted_and_a_conversion_is_not(tmp_path: Path) -> None:
    verdicts = _verdicts(tmp_path, {"auction.txt": AUCTION}, {
        "same": "A landscape by Paul Henry sold for 1.2 million euros at auction in Dublin.",
        "other-currency": "A landscape by Paul Henry sold for $1.2m at auction in Dublin.",
        "pounds": "A landscape by Paul Henry sold for £1,200,000 at auction in Dublin.",
        # $1.3m may be the euros converted: not stated, never contradicted
        "converted": "A landscape by Paul Henry sold for $1.3m at auction in Dublin.",
        "hryvnia": "A court in Lviv fined the developer Ostap Hnatyuk 800,000 hryvnias for the collapse.",
        "roubles": "A court in Lviv fined the developer Ostap Hnatyuk 800,000 roubles for the collapse.",
    })
    assert verdicts == {"same": "supported", "other-currency": "contradicted", "pounds": "contradicted",
                        "converted": "partial", "hryvnia": "supported", "roubles": "contradicted"}


@pytest.mark.parametrize(("claim", "source", "expected"), [
    ("It cost $3.5m.", "It cost A$3.5m.", True),          # a dollar the claim does not name may be Australian
    ("It cost $3.5m.", "It cost A$4m.", None),            # ... or US dollars converted
    ("It cost US$3.5m.", "It cost A$3.5m.", False),       # named: two currencies
    ("It cost 100 Bermudan dollars.", "It cost US$100.", True),  # pegged at par
    ("It cost ¥500.", "It cost 500 yen.", True),           # ¥ is yen or yuan
    ("It cost ¥500.", "It cost 600 yen.", None),
    ("It cost 500 yen.", "It cost 600 yen.", False),
])
def test_currencies_that_may_be_one(claim: str, source: str, expected: bool | None) -> None:
    [ours] = [v for v in extract_values(claim) if v.kind == "number"]
    [theirs] = [v for v in extract_values(source) if v.kind == "number"]
    assert compare(ours, theirs) is expected


# ------------------------------------------------------------------------ round figures, works

@pytest.mark.parametrize(("claim", "source", "expected"), [
    ("housed about fifteen hundred monks", "housed about 1,200 monks", False),
    ("housed about twelve hundred monks", "housed about 1,200 monks", True),
    ("drew some 300 pilgrims", "drew around 450 pilgrims", False),
    ("drew some 300 pilgrims", "drew around 320 pilgrims", None),       # within the rounding of both
    ("drew about a thousand pilgrims", "drew about 1,100 pilgrims", None),
    ("about 2.4 million visitors", "about 2.5 million visitors", None),
    ("about 2.5 million visitors", "nearly 3 million visitors", None),  # a bound, not a round figure
])
def test_two_round_figures_differ_beyond_their_rounding(claim: str, source: str, expected: bool | None) -> None:
    [ours] = [v for v in extract_values(claim) if v.kind == "number"]
    [theirs] = [v for v in extract_values(source) if v.kind == "number"]
    assert compare(ours, theirs) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gustav Mahler completed his Symphony No. 6 in Maiernigg in 1904.", ("Symphony No. 6", 6.0, "symphony")),
    ("Mozart finished the Piano Concerto no. 21 in March 1785.", ("Piano Concerto no. 21", 21.0, "concerto")),
    ("Shostakovich wrote his String Quartet No. 8 in Dresden.", ("String Quartet No. 8", 8.0, "quartet")),
    ("The choir sang Psalm number 23 at the funeral.", ("Psalm number 23", 23.0, "psalm")),
])
def test_a_numbered_work_is_an_ordinal(text: str, expected: tuple[str, float, str]) -> None:
    assert expected in [(v.text, v.amount, v.unit) for v in extract_values(text) if v.kind == "ordinal"]


def test_a_numbered_work_and_a_round_figure_end_to_end(tmp_path: Path) -> None:
    files = {"music.txt": "Composers\n\nGustav Mahler completed his Symphony No. 6 in Maiernigg in 1904. "
                          "The priory at Lindisfarne housed about 1,200 monks and lay brothers at its height.\n"}
    verdicts = _verdicts(tmp_path, files, {
        "work-right": "Gustav Mahler completed his Symphony No. 6 in Maiernigg in 1904.",
        "work-wrong": "Gustav Mahler completed his Symphony No. 7 in Maiernigg in 1904.",
        "round-right": "The priory at Lindisfarne housed about twelve hundred monks and lay brothers at its height.",
        "round-wrong": "The priory at Lindisfarne housed about two thousand monks and lay brothers at its height.",
    })
    assert verdicts == {"work-right": "supported", "work-wrong": "contradicted",
                        "round-right": "supported", "round-wrong": "contradicted"}
