"""How one document writes numbers and numeric dates, settled from what it writes unambiguously.

"812.400" is eight hundred and twelve thousand four hundred in a document that writes
"1.250.000" and "1.234,50", and 812.4 in one that writes "1,250,000" and "3.5". "02/05/2019" is
2 May in a document that also writes "15/04/2019", and 5 February in one that writes
"04/15/2019". A reading that the document does not settle is never guessed: such a number or
date is kept with only what it states for certain (see ``numbers._digit_value`` and
``dates._numeric_date``).

The evidence, per document:

- **Decimal separator.** Strong: two or more thousands groups ("1.250.000" / "1,250,000") or
  both separators in one number ("1.234,50" / "1,234.50"). Weak: a separator followed by one
  or two digits ("3,5" / "3.5"), which no thousands grouping writes. Strong evidence decides
  when it all points one way; otherwise weak evidence decides when it all points one way and
  the decimal comma has at least two such numbers (a lone "1,5" in an English list must not
  turn "1,200" into 1.2), or one that measures something: a unit, a currency or a percentage
  after it or a currency before it ("1,62 euros per litre", "2,5 km", "€3,20"), which no list
  of numbers writes, unless a comma before three digits groups a count there ("13,9% ... 70,000
  full-time jobs": a count is whole, so that comma groups thousands, and the lone "13,9%" is a
  slip). Then "12.500 tonnes" in the same document is twelve thousand five hundred, as in the
  Portuguese and German press, and "1,879 euros per litre" a price. Conventions per CLDR's number symbols (Unicode CLDR, "Number
  Symbols": decimal and group separators vary by locale; the thin, narrow no-break and
  no-break spaces group in many locales and are never decimal separators).
- **Day and month order.** A numeric date whose first field is over 12 is day first
  ("15/04/2019", "14/07/89"), whose second is over 12 month first ("04/15/2019"). Dates written with dots
  ("15.04.2019") are day first wherever the document gives no month-first evidence: the
  dotted form is the day-first convention of DIN 5008 and GOST R 7.0.97, and no style guide
  writes month first with dots.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from factcheck.values.patterns import _CURRENCY_AFTER, _CURRENCY_BEFORE, _H, _PERCENT_AFTER
from factcheck.values.vocabulary import _BIG, _GLUED_UNITS, _UNIT_ALIASES, PHYSICAL_UNITS


@dataclass(frozen=True, slots=True)
class Conventions:
    """A document's number and date conventions; ``None`` where the document does not settle one.

    ``decimal_comma``: True for "1.234,5" (a comma before decimals), False for "1,234.5".
    ``day_first``: True for 02/05/2019 = 2 May 2019, False for 5 February 2019.
    ``both_readings``: a number the text leaves ambiguous ("42.195 km": decimals or thousands)
    is kept with both readings rather than dropped (:func:`factcheck.values.numbers.number_readings`):
    how a claim's own numbers are read, so that a claim number is never left uncompared.
    """

    decimal_comma: bool | None = None
    day_first: bool | None = None
    both_readings: bool = False


UNSETTLED = Conventions()

_COMMA_STRONG = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.]|,\d{3})|\d\.\d{3},\d")
_POINT_STRONG = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d,]|\.\d{3})|\d,\d{3}\.\d")
_COMMA_WEAK = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?![\d.,]|[.,]\d)")
# What makes one "1,62" a measure and no list: a unit, currency or percentage after it, a currency before it.
_UNIT_WORD = "|".join(sorted({*_UNIT_ALIASES, *PHYSICAL_UNITS, *(u + "s" for u in PHYSICAL_UNITS), *_GLUED_UNITS, *_BIG},
                             key=len, reverse=True))
_MEASURE_AFTER = re.compile(rf"{_H}*(?:{_UNIT_WORD})\b|{_PERCENT_AFTER.pattern}|{_CURRENCY_AFTER.pattern}", re.I)
_MEASURE_BEFORE = re.compile(rf"{_CURRENCY_BEFORE}{_H}?$")
_COMMA_THREE = re.compile(r"(?<![\d.,])\d{1,3},\d{3}(?![\d.,]|[.,]\d)")
_POINT_WEAK = re.compile(r"(?<![\d.,/])\d+\.\d{1,2}(?![\d.,]|[.,]\d)")
# "15/04/2019", "15.04.2019", and with a two-digit year "14/07/89" (slashes only: "10.4.11" and
# "25.10.16" in real text are versions and citations far more often than dates; "8/16/32-bit" is no date).
# Opens with its first digit, the lookbehind after it testing the character before: the regex
# engine skips to the next digit in one fast loop (see tallies._SCORE).
NUMERIC_DATE = re.compile(r"(?P<a>\d(?<![\w./-]\d)\d?)(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)"
                          r"(?:(?P<y>\d{4})|(?<=/)(?P<yy>\d\d)(?!-))(?![\w/]|\.\d)")


# Every pattern above matches inside one run of digits and separators, and looks at most one
# character past it: the patterns are tried on those runs alone (those with a separator between
# two digits), which gives the same matches as a scan of the whole text at a fraction of the cost.
# Such runs are found from their separated digits (rare in prose), not from every comma and stop.
# Each separator is looked for on its own, followed by a digit, and the digit before it is
# tested apart: a pattern that opens with one literal character is scanned for in a tight loop,
# while one that opens with a class ("\d[.,/]\d") tests the class at every character of a
# whole document. Every separated digit of "\d[.,/]\d" is found, overlapping ones too, which
# fall inside the run found first and are passed over as before.
_SEPARATORS = (re.compile(r"\.\d"), re.compile(r",\d"), re.compile(r"/\d"))
_RUN_END = re.compile(r"[\d.,/]*")


def settle(text: str) -> Conventions:
    """The conventions ``text`` settles (a whole document, or a claim on its own).

    Linear in ``len(text)``; never raises.
    """
    runs = _separated_runs(text)
    if not runs:
        return UNSETTLED
    return Conventions(_decimal_comma(text, runs), _day_first(text, runs))


@functools.lru_cache(maxsize=1024)  # a document's text: met by each claim that meets it, and by its cross-check
def document_conventions(text: str) -> Conventions:
    """:func:`settle` of a whole document, kept for the last 1,024 documents asked."""
    return settle(text)


def _separated_runs(text: str) -> list[tuple[int, int]]:
    """The runs of digits and separators that hold a separated digit, as (start, end + 1)."""
    runs: list[tuple[int, int]] = []
    end = 0
    digits = sorted(m.start() - 1 for pattern in _SEPARATORS for m in pattern.finditer(text, 1)
                    if text[m.start() - 1].isdecimal())  # as \d
    for first in digits:
        if first < end:
            continue  # in the run already found
        start = first
        while start > end and (text[start - 1] in ".,/" or text[start - 1].isdecimal()):  # as [\d.,/]
            start -= 1
        end = _RUN_END.match(text, first).end()  # type: ignore[union-attr]  # it matches the empty string
        runs.append((start, end + 1))
    return runs


def _found(pattern: re.Pattern[str], text: str, runs: list[tuple[int, int]]) -> bool:
    return any(pattern.search(text, start, end) for start, end in runs)


def _count(pattern: re.Pattern[str], text: str, runs: list[tuple[int, int]]) -> int:
    return sum(1 for start, end in runs for _ in pattern.finditer(text, start, end))


def _decimal_comma(text: str, runs: list[tuple[int, int]]) -> bool | None:
    comma, point = _found(_COMMA_STRONG, text, runs), _found(_POINT_STRONG, text, runs)
    if comma != point:
        return comma
    if comma:
        return None  # both: a document quoting another's figures; read neither way
    weak = [m for start, end in runs for m in _COMMA_WEAK.finditer(text, start, end)]
    weak_comma = len(weak)
    weak_point = 0 if weak_comma else _count(_POINT_WEAK, text, runs)
    if weak and not _found(_POINT_WEAK, text, runs) and (weak_comma >= 2 or (
            any(_measured(text, m) for m in weak)
            and all(_measured(text, m) for start, end in runs for m in _COMMA_THREE.finditer(text, start, end)))):
        return True
    if weak_point and not weak_comma:
        return False
    return None


def _measured(text: str, match: re.Match[str]) -> bool:
    """Whether the number ``match`` found measures something: a unit, currency or percentage
    after it ("1,62 euros", "2,5 km", "3,4%"), or a currency before it ("€1,62")."""
    return bool(_MEASURE_AFTER.match(text, match.end())
                or _MEASURE_BEFORE.search(text, max(0, match.start() - 6), match.start()))


def _day_first(text: str, runs: list[tuple[int, int]]) -> bool | None:
    day, month, dotted = False, False, False
    for match in (m for start, end in runs for m in NUMERIC_DATE.finditer(text, start, end)):
        a, b = int(match["a"]), int(match["b"])
        if a > 31 or b > 31:
            continue  # "24/64/80 cars": no date
        day |= a > 12 >= b
        month |= b > 12 >= a
        dotted |= match["sep"] == "."
    if day != month:
        return day
    if dotted and not month:
        return True
    return None
