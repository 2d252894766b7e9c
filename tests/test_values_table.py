"""Values as people really write them: one test per row of ``tests/data/values.tsv``.

Every row is a value found in real text (the seeds, WiCE dev sources, Climate-FEVER
sources, the Wikipedia sample): the sentence it occurs in (a verbatim slice of its origin),
the value's exact text, its kind and its normalised value. The table holds the right
answer, not what ``extract_values`` says today.

Normalised values (what :func:`normalise` makes of a ``Value``):

- number / age / duration / ordinal: ``<amount> <unit>``, the amount as ``repr(float)``
  without a trailing ``.0`` (``812400``, ``1234.5``, ``0.75``), the unit as factcheck names
  it (``usd``, ``percent``, ``percent change``, ``percentage point``, ``kilometre``,
  ``celsius``, ``month``; a counted noun singular: ``person``, ``child``); no unit, no space.
  A compound duration is in its smallest unit ("two years and three months" = ``27 month``).
- a range: ``<low>..<high>`` (ascending) then the unit (``10..15 person``, ``1.5..3 metre``); the row's
  kind is what the range measures (number, duration, age). The low end is the value's
  ``low`` attribute if it has one, else what ``comparison._range_low`` reads from its text.
- a score or tally: ``<a>-<b>`` (``3-1``, ``66-41``): a value whose ``pair`` attribute is a
  pair, or whose unit is ``score``/``tally``/``vote`` (the two numbers read from its text).
- date: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``; without a year ``--MM`` / ``--MM-DD``; a date
  that is not read one way (``02/05/2019`` alone) ``ambiguous`` (unit ``ambiguous``: its year is certain, its day and month either way).
  A decade (unit ``decade``, date = first year) ``1740..1749``; a century (unit ``century``,
  date = first year, colloquial span) ``1700..1799``; a season, quarter, half or span of months
  (unit ``season`` / ``quarter`` / ``half`` / ``<n> months``, date = first year and month)
  ``2019-03..2019-05``. "mid-2019" is ``2019``,
  "early 1990s" ``1990..1999``, "the late 19th century" ``1800..1899``: for these rows
  ``value_text`` is the year, decade or century itself (the qualifier is in the sentence).
- ``none``: ``-``. No number, date, ordinal, age or duration may overlap that text
  ("Louis XIV", "COVID-19", "Boeing 737", phone numbers, IP addresses, clock times).

Each sentence is read with the number and date conventions its whole document settles, as
the checker reads a source (``factcheck.values.settle``); the sentence alone where the
document is not on this machine.

A row passes when some value covering ``value_text`` (it may be wider: a hedge such as
"about", a counted noun such as "people") has the row's kind and normalised value.
"""

from __future__ import annotations

import csv
import math
import os
import re
from pathlib import Path
from typing import NamedTuple

import pytest

from factcheck.models import Value
from factcheck.values import Conventions, extract_values, parse_number, settle
from factcheck.values.periods import months_covered
from factcheck.values.vocabulary import CURRENCY_UNITS

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "values.tsv"
SHARED_DATA = Path(os.environ.get("FACTCHECK_SHARED_DATA", ROOT.parent / "shared" / "data"))
WIKIPEDIA = Path(os.environ.get("FACTCHECK_WIKIPEDIA_DIR", ROOT / "bench" / "out" / "wikipedia"))
KINDS = ("number", "date", "age", "duration", "ordinal")
SPACES = "[\\s\u00a0\u2009\u202f]"


class Row(NamedTuple):
    line: int
    sentence: str
    value_text: str
    kind: str
    normalised: str
    origin: str


def _rows() -> list[Row]:
    with TABLE.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        assert header == ["sentence", "value_text", "kind", "normalised", "origin"]
        return [Row(number, *fields) for number, fields in enumerate(reader, start=2)]


ROWS = _rows()
GAPS = TABLE.with_name("values_known_gaps.tsv")


def _known_gaps() -> dict[int, str]:
    """Rows factcheck does not read right yet (line number -> value text), kept honest by a
    strict xfail: a row that starts passing fails the run until it is taken off the list."""
    gaps = {}
    for line in GAPS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            number, text = line.split("\t", 1)
            gaps[int(number)] = text
    return gaps


KNOWN_GAPS = _known_gaps()


def _param(row: Row) -> object:
    if row.line in KNOWN_GAPS:
        assert KNOWN_GAPS[row.line] == row.value_text, f"values_known_gaps.tsv line {row.line} is out of step"
        return pytest.param(row, marks=pytest.mark.xfail(strict=True, reason="a known gap (values_known_gaps.tsv)"))
    return row


# ----------------------------------------------------------------------- normalising

def _amount(amount: float) -> str:
    """812400.0 -> "812400", 1234.5 -> "1234.5", 1.25e6 -> "1250000"."""
    if math.isfinite(amount) and amount == int(amount):
        return str(int(amount))
    return repr(float(amount))


def _with_unit(text: str, unit: str) -> str:
    return f"{text} {unit}" if unit else text


_NUMBER_IN_TEXT = re.compile(r"\d[\d,.\u00a0\u2009\u202f]*\d|\d|\b[a-z]+(?:-[a-z]+)?\b", re.I)


def _pair_from_text(text: str) -> tuple[float, float] | None:
    numbers = [n for n in (parse_number(m.group()) for m in _NUMBER_IN_TEXT.finditer(text)) if n is not None]
    return (numbers[0], numbers[1]) if len(numbers) >= 2 else None


def _range_low(value: Value) -> float | None:
    low = getattr(value, "low", None)
    if low is not None:
        return float(low)
    from factcheck.values import comparison
    if comparison._hedge(value) == "range":
        return comparison._range_low(value)
    return None


def _month_span(year: int, month: int, months: int) -> str:
    index = year * 12 + month - 1 + months - 1
    return f"{year}-{month:02d}..{index // 12}-{index % 12 + 1:02d}"


def _date(value: Value) -> str:
    if value.date is None or value.unit == "ambiguous":
        return "ambiguous"
    year, month, day = value.date
    if value.unit == "decade" and year is not None:
        return f"{year}..{year + 9}"
    if value.unit == "century" and year is not None:
        return f"{year}..{year + 99}"
    if months_covered(value.unit) > 1 and year is not None and month is not None:
        return _month_span(year, month, months_covered(value.unit))
    parts = [str(year) if year is not None else "-"]
    if month is not None:
        parts.append(f"{month:02d}")
        if day is not None:
            parts.append(f"{day:02d}")
    return "-".join(parts)


def normalise(value: Value) -> str:
    """The table's normalised form of a factcheck Value."""
    if value.kind == "date":
        return _date(value)
    pair = getattr(value, "pair", None)
    if value.unit == "score" and value.key:
        return value.key  # "by 12 votes to two", "two-nil": the pair factcheck read
    if pair is None and value.unit in ("score", "tally", "vote", "votes"):
        pair = _pair_from_text(value.text)
    if pair is not None:
        return f"{_amount(pair[0])}-{_amount(pair[1])}"
    if value.amount is None:
        return _with_unit("?", value.unit)
    low = _range_low(value)
    if low is not None:
        low, high = sorted((low, value.amount))
        return _with_unit(f"{_amount(low)}..{_amount(high)}", value.unit)
    return _with_unit(_amount(value.amount), value.unit)


def _same(expected: str, got: str) -> bool:
    """Equal, or equal but for float noise in the amounts."""
    if expected == got:
        return True
    number = r"-?\d+(?:\.\d+)?(?:e[+-]?\d+)?"
    if re.sub(number, "#", expected) != re.sub(number, "#", got):
        return False
    pairs = zip(re.findall(number, expected), re.findall(number, got), strict=False)
    return all(math.isclose(float(a), float(b), rel_tol=1e-9) for a, b in pairs)


# ----------------------------------------------------------------------- families

_ROMAN = re.compile(r"\b[IVXLC]+\b")
_WORD_NUMBER = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
                          r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b", re.I)
_CURRENCIES = CURRENCY_UNITS  # every currency of factcheck/values/currencies.tsv


def family(row: Row) -> str:
    """The family a row tests (for ids and the per-family report)."""
    text, kind, norm = row.value_text, row.kind, row.normalised
    unit = norm.split(" ", 1)[1] if " " in norm else ""
    if kind == "none":
        return "none"
    if kind == "date":
        spans = _spans(row.sentence, text)
        if spans and re.search(r"(?i)\b(?:mid-|early |late )$", row.sentence[:spans[0][0]]):
            return "mid/early/late"
        if norm == "ambiguous" or re.search(r"\d[/.]\d+[/.]\d", text):
            return "date-numeric"
        if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
            return "date-iso"
        if re.search(r"(?i)century|siècle", text):
            return "century"
        if re.search(r"(?i)\d0'?s\b|'\d0s|eighties|nineties", text):
            return "decade"
        if re.search(r"(?i)spring|summer|autumn|fall|winter", text):
            return "season"
        if re.search(r"(?i)quarter|\bQ[1-4]\b", text):
            return "quarter"
        if _WORD_NUMBER.search(text):
            return "spoken-year"
        if re.fullmatch(r"\d{4}(?:-\d\d-\d\d)?", norm) and re.search(r"[A-Za-z]", text) and re.search(r"\d{1,2}\D+\d{4}|\D\d{1,2},? \d{4}", text):
            return "date-full"
        if re.fullmatch(r"-?\d{4}-\d\d-\d\d|--\d\d-\d\d", norm):
            return "date-full"
        if re.fullmatch(r"\d{4}-\d\d", norm):
            return "month-year"
        return "year"
    if re.fullmatch(r"-?[\d.]+--?[\d.]+", norm):
        return "score/tally"
    if ".." in norm:
        return "range"
    if _ROMAN.search(text) and kind == "ordinal":
        return "roman"
    if re.search(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?\b|\d\.\d{3}\b|\d,\d{1,2}\b(?!\d)", text) and "," not in text.replace(",00", "").replace(",3 ", ""):
        return "continental"
    if re.search(r"(?i)million|billion|trillion|\dbn\b|\d(?:m|b|k|tn)\b|quarter|half|third|thirds", text):
        return "magnitude"
    if unit.startswith("percent") or unit == "percentage point":
        return "percent"
    if unit in _CURRENCIES:
        return "money"
    if kind in ("age", "duration", "ordinal"):
        return "word-" + kind if _WORD_NUMBER.search(text) and kind == "ordinal" else kind
    if re.search("\\d" + SPACES + "\\d{3}\\b", text):
        return "space-grouped"
    if re.search(r"\d,\d{3}", text):
        return "thousands"
    if _WORD_NUMBER.search(text):
        return "number-words"
    if unit and unit.split()[-1] in {"kilometre", "metre", "mile", "foot", "kilogram", "tonne", "celsius",
                                     "fahrenheit", "kelvin", "litre", "mph", "hour", "second", "inch",
                                     "centimetre", "pound", "acre", "kwh", "ppm", "watt", "hertz"}:
        return "units"
    if re.search(r"\d\.\d", text):
        return "decimal"
    return "number"


def _id(row: Row) -> str:
    text = re.sub(r"[^\w.,%$£€₸'/:+-]+", "_", row.value_text)[:40]
    return f"L{row.line}-{family(row)}-{text}"


# ----------------------------------------------------------------------- the tests

def _spans(sentence: str, value_text: str) -> list[tuple[int, int]]:
    pattern = re.escape(value_text).replace("\\ ", SPACES)
    return [m.span() for m in re.finditer(pattern, sentence)]


@pytest.mark.parametrize("row", [_param(row) for row in ROWS], ids=_id)
def test_value_row(row: Row) -> None:
    spans = _spans(row.sentence, row.value_text)
    assert spans, f"{row.value_text!r} is not in its sentence"
    values = [v for v in extract_values(row.sentence, conventions=_conventions(row.origin, row.sentence))
              if v.kind in KINDS]
    overlapping = [v for v in values if any(v.start < end and v.end > start for start, end in spans)]
    got = [(v.kind, normalise(v), v.text) for v in overlapping]
    if row.kind == "none":
        assert not overlapping, f"{row.value_text!r} is no value, got {got}"
        return
    covering = [v for v in overlapping if any(v.start <= start and v.end >= end for start, end in spans)]
    assert any(v.kind == row.kind and _same(row.normalised, normalise(v)) for v in covering), (
        f"{row.value_text!r}: expected {row.kind} {row.normalised!r}, got {got}")


def _settled() -> dict[str, Conventions]:
    """values_conventions.tsv: each origin's conventions as settle() read its whole document."""
    flag = {"true": True, "false": False, "-": None}
    found = {}
    for line in TABLE.with_name("values_conventions.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            origin, comma, day = line.split("\t")
            found[origin] = Conventions(flag[comma], flag[day])
    return found


SETTLED = _settled()


def _document_conventions(origin: str) -> Conventions | None:
    return SETTLED.get(origin)


def test_recorded_conventions_are_what_settle_reads_from_each_document() -> None:
    checked = 0
    for origin, conventions in SETTLED.items():
        path = _origin_path(origin)
        if path is not None and path.is_file():
            assert settle(path.read_text(encoding="utf-8")) == conventions, origin
            checked += 1
    if not checked:
        pytest.skip("none of the origin documents is on this machine")


def _conventions(origin: str, sentence: str) -> Conventions:
    """How the row's document writes numbers and dates, as the checker settles them for a source
    (from the whole document); from the sentence alone where the document is not here."""
    return _document_conventions(origin) or settle(sentence)


def _origin_path(origin: str) -> Path | None:
    head, _, rest = origin.partition("/")
    if head == "seeds":
        return ROOT / origin
    if head in ("wice-dev", "climate-fever"):
        return SHARED_DATA / origin
    if head == "wikipedia":
        return WIKIPEDIA / rest
    return None


def test_table_is_large_and_varied() -> None:
    assert len(ROWS) >= 300
    assert len(KNOWN_GAPS) <= len(ROWS) // 8  # the gaps stay a small share of what real text writes
    assert sum(row.kind == "none" for row in ROWS) >= 20
    assert len({(row.sentence, row.value_text) for row in ROWS}) == len(ROWS)
    for row in ROWS:
        assert row.kind in (*KINDS, "none"), row
        assert (row.normalised == "-") == (row.kind == "none"), row
        assert len(row.sentence) <= 320, row
        assert _spans(row.sentence, row.value_text), row


@pytest.mark.parametrize("origin", sorted({row.origin for row in ROWS}))
def test_sentences_are_verbatim(origin: str) -> None:
    path = _origin_path(origin)
    if path is None or not path.exists():
        pytest.skip(f"{origin} not present here")
    text = path.read_text(encoding="utf-8")
    missing = [row.sentence[:80] for row in ROWS if row.origin == origin and row.sentence not in text]
    assert not missing, missing
