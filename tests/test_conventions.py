"""Numbers, numeric dates and percentages as documents really write them: the separator and the
day/month order settled per document from what it writes unambiguously, percentage points apart
from percent. Sentences are written in the style of continental and US press releases, court
registers and statistics offices; the end-to-end checks run the whole checker on small corpora.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEEDS, article_checker, write_tree
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import Checker, Claim, Options, load_corpus
from factcheck.values import extract_values, settle
from factcheck.values.conventions import Conventions

CONTINENTAL = ("Das Ministerium meldet 1.250.000 Anträge; the agency paid 2.345.600 euros in total. "
               "The average grant was 1.234,50 euros and 812.400 households received one.")
ENGLISH = "The agency paid 2,345,600 dollars; the average was 1,234.50 dollars, and 3.5 percent appealed."


@pytest.mark.parametrize(("text", "expected"), [
    (CONTINENTAL, Conventions(decimal_comma=True)),
    (ENGLISH, Conventions(decimal_comma=False)),
    ("Inflation was 2,4 percent in May and 2,9 percent in June.", Conventions(decimal_comma=True)),
    ("Inflation was 2.4 percent in May.", Conventions(decimal_comma=False)),
    (CONTINENTAL + " " + ENGLISH, Conventions()),            # both: a document quoting another's figures
    ("It came in 812.400 pieces.", Conventions()),            # nothing settles a lone three-digit group
    ("Items 1,5 and 7 were sold for 1,200 dollars.", Conventions()),  # one "1,5" proves nothing
    ("The trial opened on 15/04/2019; the verdict came on 02/05/2019.", Conventions(day_first=True)),
    ("The trial opened on 04/15/2019; the verdict came on 05/02/2019.", Conventions(day_first=False)),
    ("Der Vertrag vom 02.05.2019 gilt.", Conventions(day_first=True)),  # dotted dates are day first
    ("The verdict came on 02/05/2019.", Conventions()),
])
def test_a_document_settles_its_conventions_from_unambiguous_writing(text: str, expected: Conventions) -> None:
    assert settle(text) == expected


def amounts(text: str) -> list[tuple[str, float | None]]:
    return [(v.text, v.amount) for v in extract_values(text) if v.kind == "number"]


@pytest.mark.parametrize(("text", "wanted", "amount"), [
    (CONTINENTAL, "812.400 households", 812_400.0),
    (CONTINENTAL, "1.234,50 euros", 1234.5),
    (CONTINENTAL, "1.250.000", 1_250_000.0),
    (ENGLISH, "1,234.50 dollars", 1234.5),
    ("Over 2.345.600 people voted; turnout was 61,5 percent.", "2.345.600 people", 2_345_600.0),
    ("Over 2.345.600 people voted; turnout was 61,5 percent.", "61,5 percent", 61.5),
    ("The city has 1\u202f234\u202f567 inhabitants.", "1\u202f234\u202f567 inhabitants", 1_234_567.0),
    ("The city has 1\u2009234 flats and 3.5 percent are empty.", "1\u2009234 flats", 1234.0),
    ("The stake is worth 0.125 of the company.", "0.125", 0.125),
    # groups after a plain space, as typists write SI's thin space
    ("Some 2 436 500 passengers used the line in 2019.", "2 436 500 passengers", 2_436_500.0),
    ("The estate had 80 000 dwellings, 3.5 percent of them empty.", "80 000 dwellings", 80_000.0),
    ("Revenue reached 1 234,5 million euros.", "1 234,5 million euros", 1_234_500_000.0),
])
def test_numbers_are_read_by_their_document_s_convention(text: str, wanted: str, amount: float) -> None:
    assert any(wanted in found and value == amount for found, value in amounts(text))


def test_a_plain_space_groups_digits_only_where_nothing_is_glued_to_the_last_group() -> None:
    # "130mm" and "200-yard" carry their own unit or compound: the number before them is another
    assert amounts("The fleet fired 75 130mm shells.")[:2] == [("75", 75.0), ("130mm", 130.0)]
    assert [a for _, a in amounts("He threw 21 200-yard passes.")][:2] == [21.0, 200.0]
    assert amounts("In 2019 1 500 people came.") == [("1 500 people", 1500.0)]  # a year is no group


def test_a_number_the_document_leaves_ambiguous_is_no_value() -> None:
    assert not amounts("Only 812.400 were approved.")  # 812,400 or 812.4: never guessed
    assert amounts("Only 812.400 were approved; the rate was 3.5 percent.")[0] == ("812.400", 812.4)


def test_numeric_dates_follow_the_document_s_order() -> None:
    day_first = [v.date for v in extract_values("Opened 15/04/2019, closed 02/05/2019.") if v.kind == "date"]
    month_first = [v.date for v in extract_values("Opened 04/15/2019, closed 05/02/2019.") if v.kind == "date"]
    assert day_first == [(2019, 4, 15), (2019, 5, 2)]
    assert month_first == [(2019, 4, 15), (2019, 5, 2)]
    assert [v.date for v in extract_values("Filed 2019/05/02.") if v.kind == "date"] == [(2019, 5, 2)]
    unsettled = [v for v in extract_values("Closed 02/05/2019.") if v.kind == "date"]
    # no one reading of day and month: both fields as written, compared as both readings (tests/test_dates.py)
    assert [(v.text, v.date, v.unit) for v in unsettled] == [("02/05/2019", (2019, 2, 5), "ambiguous")]


@pytest.mark.parametrize(("text", "unit"), [
    ("Unemployment rose by 2% between March and June.", "percent change"),
    ("Unemployment rose 2% in the quarter.", "percent change"),
    ("Sales were up about 5 percent.", "percent change"),
    ("an increase of 2 percentage points", "percentage point"),
    ("The rate fell 2 pp in a year.", "percentage point"),
    ("Unemployment was 6% in June.", "percent"),
])
def test_percent_levels_changes_and_points_are_different_units(text: str, unit: str) -> None:
    assert [v.unit for v in extract_values(text) if v.kind == "number"] == [unit]


def verdicts(root: Path, files: dict[str, str], claims: dict[str, str]) -> dict[str, tuple[str, set[str]]]:
    checker = Checker(load_corpus([write_tree(root, files)]), Options(index=False))
    found = {}
    for cid, text in claims.items():
        result = checker.check_claim(Claim(cid, text))
        found[cid] = (result.verdict, {f"{d.kind}:{d.claim_value}/{d.source_value}" for d in result.disagreements})
    return found


def test_continental_figures_support_and_contradict_as_their_values(tmp_path: Path) -> None:
    got = verdicts(tmp_path, {"release.txt": (
        "Housing subsidy figures\n\nThe agency registered 2.480.000 requests for the housing subsidy, "
        "of which 615.300 were granted.\nThe average subsidy paid was 2.150,75 euros.\n")}, {
        "right-total": "The agency registered 2.48 million requests for the housing subsidy.",
        "right-granted": "Of the requests for the housing subsidy, 615,300 were granted.",
        "right-average": "The average subsidy paid was 2,150.75 euros.",
        "wrong-granted": "Of the requests for the housing subsidy, 651,300 were granted.",
    })
    assert got["right-total"][0] == got["right-granted"][0] == got["right-average"][0] == "supported"
    assert got["wrong-granted"][0] == "contradicted"
    assert "number:651,300/615.300" in got["wrong-granted"][1]


def test_a_numeric_date_is_read_as_its_document_writes_dates(tmp_path: Path) -> None:
    got = verdicts(tmp_path, {"register.txt": (
        "Magistrates' register\n\nThe hearing of Alma Voss began on 23/09/2021 before the bench.\n"
        "The bench gave its ruling on 04/10/2021, and costs were reserved.\n")}, {
        "right": "The bench in the Alma Voss hearing gave its ruling on 4 October 2021.",
        "misread": "The bench in the Alma Voss hearing gave its ruling on 10 April 2021.",
    })
    assert got["right"][0] == "supported"
    assert got["misread"][0] == "contradicted"
    assert "date:10 April 2021/04/10/2021" in got["misread"][1]


def test_an_ambiguous_numeric_date_supports_neither_reading(tmp_path: Path) -> None:
    got = verdicts(tmp_path, {"note.txt": "Board minutes\n\nThe board of Kessler Mills approved the merger on 04/10/2021.\n"},
                   {"a": "The board of Kessler Mills approved the merger on 4 October 2021.",
                    "b": "The board of Kessler Mills approved the merger on 10 April 2021."})
    assert "supported" not in {got["a"][0], got["b"][0]}


def test_a_change_in_percent_is_not_a_change_in_points(tmp_path: Path) -> None:
    got = verdicts(tmp_path, {"stats.txt": (
        "Regional labour market\n\nThe jobless rate in the Ostrava region fell from 7% in January to 4% in May, "
        "a drop of 3 percentage points, the labour office said.\n")}, {
        "points": "The jobless rate in the Ostrava region fell by 3 percentage points between January and May.",
        "percent": "The jobless rate in the Ostrava region fell by 3% between January and May.",
    })
    assert got["points"][0] == "supported"
    assert got["percent"][0] == "contradicted"
    assert "number:3%/3 percentage points" in got["percent"][1]


def test_an_ambiguous_date_still_disagrees_on_its_year(tmp_path: Path) -> None:
    got = verdicts(tmp_path, {"note.txt": "Concert notes\n\nThe Ostrava choir performed on 03/04/2020 in the town hall.\n"},
                   {"year": "The Ostrava choir performed on 3 April 2021 in the town hall."})
    assert got["year"][0] == "contradicted"


def test_a_footnote_superscript_glued_to_a_year_is_no_digit(tmp_path: Path) -> None:
    got = verdicts(tmp_path, {"l.txt": "Lighthouses\n\nThe Skarv lighthouse was first lit in 1874¹ and was automated in 1989.\n"},
                   {"lit": "The Skarv lighthouse was first lit in 1874."})
    assert got["lit"][0] == "supported"
    assert [v.amount for v in extract_values("a base of 10³ units") if v.kind == "number"] != [10.0]


def _settle_by_scanning(text: str) -> Conventions:
    """The rule of ``settle`` applied by scanning the whole text with each pattern (what
    ``settle`` did before it tried the patterns on runs of digits and separators only)."""
    from factcheck.values import conventions as c

    comma, point = bool(c._COMMA_STRONG.search(text)), bool(c._POINT_STRONG.search(text))
    if comma != point:
        decimal_comma: bool | None = comma
    elif comma:
        decimal_comma = None
    else:
        weak_comma = sum(1 for _ in c._COMMA_WEAK.finditer(text))
        weak_point = 0 if weak_comma else sum(1 for _ in c._POINT_WEAK.finditer(text))
        if weak_comma >= 2 and not c._POINT_WEAK.search(text):
            decimal_comma = True
        elif weak_point and not weak_comma:
            decimal_comma = False
        else:
            decimal_comma = None
    day = month = dotted = False
    for match in c.NUMERIC_DATE.finditer(text):
        a, b = int(match["a"]), int(match["b"])
        day |= a > 12 >= b
        month |= b > 12 >= a
        dotted |= match["sep"] == "."
    day_first = day if day != month else (True if dotted and not month else None)
    return Conventions(decimal_comma, day_first)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["1", "2", "13", "2019", "250", "000", ".", ",", "/", " ", "-", "a", "\u2009",
                                 "1.250.000", "1,234.50", "3,5", "15/04/2019", "04.15.2019"]), max_size=30))
def test_settling_on_runs_of_digits_agrees_with_scanning_the_whole_text(parts: list[str]) -> None:
    text = "".join(parts)
    assert settle(text) == _settle_by_scanning(text)


def test_settling_the_seeds_agrees_with_scanning_them_whole() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8-sig")
        assert settle(text) == _settle_by_scanning(text), path.name


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The city marathon is run over the standard 42.195 km.", "supported"),
    ("The city marathon is run over the standard 52.195 km.", "contradicted"),  # was read as no value: supported
    ("The city marathon is run over the standard 42.195 miles.", "contradicted"),
    ("The Tarn valley railway is 37.512 km long.", "contradicted"),
])
def test_a_claim_number_its_own_text_leaves_ambiguous_is_read_both_ways(tmp_path: Path, claim: str,
                                                                        verdict: str) -> None:
    # "42.195" alone may be decimals or thousands; a claim's number is never left uncompared
    checker = article_checker(tmp_path, "race.txt", "The city marathon, run over the standard 42.195 km, drew 12,000 "
                                                    "runners. The Tarn valley railway is 37.5 km long.\n")
    assert checker.check_claim(Claim("t", claim)).verdict == verdict
