"""Dates: ISO, month-day-year, day-month-year, month-year, a month alone, and relative dates.

Why our own date reader and not dateparser (1.5.0, ``search.search_dates``), measured by
``bench/value_libraries.py`` on the 157 point-date rows of ``tests/data/values.tsv`` (day,
month or year), its 113 period rows and, for false dates, the 839 rows of other kinds; speed
on 3,000 Wikipedia sentences in the same process:

- accuracy: dateparser gets 135 of 157 point dates right (ours 154, 156 with this change); it reads every
  ambiguous numeric date one way (the issue forbids it: "02/05/2019" alone is reported as
  ambiguous), splits "November 22, 1963" into "on November 22" and "1963", and finds 257
  false dates over other values ("by 82%" = 1982, "$18" = the 18th, "3-1" = 1 March, "5 years"
  = the year 1106); of the periods (centuries, decades, seasons, quarters) it reads 5 of 113.
- speed: 510-855 passages/s over three runs, a third to a fifth of our whole value reader and
  a tenth to a seventeenth of our date readers alone: next to ours it would cost 3-6x per
  passage (the checker allows 1.2x).

The one row it read and ours did not ("15-November-2013", day-month-year with hyphens) is now
read here (``_DATE_DASHED``). Our reader keeps the document's day order, reports ambiguity,
reads periods as ranges and relative dates against the text's own date.

Numeric dates alone (the 44 rows of ``tests/data/values.tsv`` whose value is "d/m/y" or
"d.m.y", 10 of them ambiguous in their document): python-dateutil's ``parser.parse`` reads 28
right by default and 34 when told the document's order, dateparser 28, ours 43. Neither library
can answer "either 4 May or 5 April": each returns one reading, which the issue forbids. And
dateutil puts a two-digit year within 50 years of the day it runs, so "14/07/89" would change
meaning over time; ours reads it in a fixed window (:func:`_two_digit_year`), the same on every
machine and every day.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable

from factcheck.models import Value
from factcheck.values.context import Gate, Scan, _Context, _value
from factcheck.values.conventions import NUMERIC_DATE
from factcheck.values.patterns import (
    _DATE_DMY,
    _DATE_HEDGE_BEFORE,
    _DATE_ISO,
    _DATE_MDY,
    _DAYS_AROUND,
    _H,
    _MONTH,
    _MONTH_CONTEXT,
    _RELATIVE,
    _RELATIVE_WORDS,
)
from factcheck.values.vocabulary import _MONTH_NAMES, _MONTHS, _WEEKDAYS


def _date_candidates(ctx: _Context) -> Iterable[Value]:
    """Dates in ISO, month-day-year, day-month-year, month-year and relative forms."""
    for match in _DATE_ISO_SCAN.finditer(ctx):
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            yield _date(ctx, match.start(), match.end(), (year, month, day))
    for match in _NUMERIC_DATE_SCAN.finditer(ctx):
        numeric = _numeric_date(ctx, match)
        if numeric is not None:
            yield numeric
    for match in _DATE_YMD_SLASH_SCAN.finditer(ctx):
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            yield _date(ctx, match.start(), match.end(), (year, month, day))
    if "\n" in ctx.text or len(ctx.text) < _LONE_LINE_MAX:
        for match in _LONE_DMY_YY_SCAN.finditer(ctx):
            yield _date(ctx, match.start("day"), match.end("yy"),
                        (_two_digit_year(int(match["yy"])), _MONTHS[match["mon"].rstrip(".").lower()], int(match["day"])))
    for scan in (_DATE_MDY_SCAN, _DATE_DMY_SCAN, _DATE_DASHED_SCAN):
        for match in scan.finditer(ctx):
            value = _month_date(ctx, match)
            if value is not None:
                yield value
    for match in _RELATIVE_SCAN.finditer(ctx):
        value = _relative_date(ctx, match)
        if value is not None:
            yield value
    yield from _year_range(ctx)


_DAY_ONLY = r"[0-3]?\d(?:st|nd|rd|th)?"
# "15-November-2013", "29-Nov-2013": day, month name and year joined by hyphens.
_DATE_DASHED = re.compile(rf"(?<![\w.,–-])(?P<day>[0-3]?\d)-(?P<mon>{_MONTH})-(?P<year>\d{{4}})(?![\w-]|[.,]\d)")
# The end of a span of dates that carries the year for both ends: "from 19 September to 16
# December 1944", "March 3 – April 5, 2019", "from March to May 2019".
_SPAN_END = re.compile(
    rf"{_H}*(?:[-–]|to|until|till|through|and){_H}+(?:{_DAY_ONLY}{_H}+(?:of{_H}+)?{_MONTH}|{_MONTH}(?:{_H}+{_DAY_ONLY})?)"
    rf",?{_H}+(?P<year>\d{{4}})(?![\w,.]\d|\w)")
# A page's date alone on its line with a two-digit year, as news sites print it: "Fri 15 Feb 19",
# "15 Jun 99 | The Company File". Only alone: in prose "on 1 February 20 destroyers sailed" and
# "on 22 April 12 B-24 aircraft struck" are a day and a count.
_LONE_DMY_YY = re.compile(
    rf"^{_H}*(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?{_H}+)?(?P<day>[0-3]?\d){_H}+"
    rf"(?P<mon>{_MONTH}){_H}+(?P<yy>\d\d){_H}*(?:\|[^\n]*)?$", re.M)
_LONE_LINE_MAX = 40  # a text this short without a line break may be one line of a header
# Opens with its first digit (the lookbehind after it tests the character before): see tallies._SCORE.
_DATE_YMD_SLASH = re.compile(r"(?P<y>\d(?<![\w./-]\d)\d{3})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\w/]|\.\d)")
# Every month is one of _MONTHS as a whole word (a name or an abbreviation, before a "." at most).
_DATE_ISO_SCAN = Scan(_DATE_ISO, digit=True)
_NUMERIC_DATE_SCAN = Scan(NUMERIC_DATE, digit=True)
_DATE_YMD_SLASH_SCAN = Scan(_DATE_YMD_SLASH, digit=True)
_LONE_DMY_YY_SCAN = Scan(_LONE_DMY_YY, words=_MONTHS)
_DATE_MDY_SCAN = Scan(_DATE_MDY, words=_MONTHS)
_DATE_DMY_SCAN = Scan(_DATE_DMY, words=_MONTHS)
_DATE_DASHED_SCAN = Scan(_DATE_DASHED, words=_MONTHS)
_RELATIVE_SCAN = Scan(_RELATIVE, words=_RELATIVE_WORDS + _DAYS_AROUND)


AMBIGUOUS = "ambiguous"
"""The unit of a numeric date whose document does not settle its order: its ``date`` is
(year, first field, second field) as written, either of which may be the month."""


def _numeric_date(ctx: _Context, match: re.Match[str]) -> Value | None:
    """"15/04/2019", "02/05/2019", "15.04.2019", "14/07/89": day and month in the order the
    document settles (:mod:`factcheck.values.conventions`), or the one order the fields allow.
    A date the document leaves ambiguous ("02/05/2019" and nothing else) is never read one way
    silently: it keeps both fields with the unit :data:`AMBIGUOUS`, and compares with a date
    only as both its readings do (:func:`factcheck.values.comparison.readings`).

    A two-digit year is read in the window 1930-2029 that Microsoft Excel and Windows use
    ("How Excel works with two-digit year numbers": 00-29 are 2000-2029, 30-99 are 1930-1999):
    "14/07/89" is 1989, "30/11/04" 2004. Fields that make no date ("20/20/20") are no value."""
    a, b = int(match["a"]), int(match["b"])
    year = int(match["y"]) if match["y"] else _two_digit_year(int(match["yy"]))
    if not (1 <= a <= 31 and 1 <= b <= 31) or (a > 12 and b > 12):
        return None
    day_first = ctx.conventions.day_first
    if a > 12 >= b or a == b:
        day_first = True
    elif b > 12 >= a:
        day_first = False
    if day_first is None:
        return _value(ctx, "date", match.start(), match.end(), date=(year, a, b), unit=AMBIGUOUS)
    day, month = (a, b) if day_first else (b, a)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None  # "13/15/2019" in a day-first document: no date
    return _date(ctx, match.start(), match.end(), (year, month, day))


TWO_DIGIT_CUTOFF = 29
"""The last two-digit year read in this century (Excel's and Windows' default window ends at 2029)."""


def _two_digit_year(yy: int) -> int:
    """A two-digit year in the 1930-2029 window: 89 -> 1989, 4 -> 2004."""
    return 2000 + yy if yy <= TWO_DIGIT_CUTOFF else 1900 + yy


def _year_range(ctx: _Context) -> Iterable[Value]:
    """Both years of a span such as "1957–1968" or "2010-2014": each is a date the text
    states. Other dashed numbers ("26-28", scores "11–8", "1957-58") stay no values."""
    for match in _YEAR_RANGE_SCAN.finditer(ctx):
        first, last = int(match["a"]), int(match["b"])
        if first < last <= first + _YEAR_RANGE_SPAN:
            yield _value(ctx, "date", match.start("a"), match.end("a"), date=(first, None, None))
            yield _value(ctx, "date", match.start("b"), match.end("b"), date=(last, None, None))


_YEAR_RANGE = re.compile(r"(?<![\w.,/#№–-])(?P<a>(?:1[5-9]|20)\d\d)[–-](?P<b>(?:1[5-9]|20)\d\d)(?![\w–-]|[.,]\d)")
_YEAR_RANGE_SCAN = Scan(_YEAR_RANGE, digit=True)
# Every date of _date_candidates is a match of one of these scans.
DATES_GATE = Gate(_DATE_ISO_SCAN, _NUMERIC_DATE_SCAN, _DATE_YMD_SLASH_SCAN, _LONE_DMY_YY_SCAN, _DATE_MDY_SCAN,
                  _DATE_DMY_SCAN, _DATE_DASHED_SCAN, _RELATIVE_SCAN, _YEAR_RANGE_SCAN)
_YEAR_RANGE_SPAN = 150  # a longer "span" is more likely two unrelated numbers


def _date(ctx: _Context, start: int, end: int,
          parts: tuple[int | None, int | None, int | None]) -> Value:
    """A date value, with a bound ("since", "before") kept inside its text."""
    return _value(ctx, "date", ctx.hedge_start(start, _DATE_HEDGE_BEFORE), end, date=parts)


def _month_date(ctx: _Context, match: re.Match[str]) -> Value | None:
    """"May 4", "4 May 1999", "March 2010", or a month alone where context makes it one."""
    month = _MONTHS[match["mon"].rstrip(".").lower()]
    day = int(match["day"]) if match["day"] else None
    year = int(match["year"]) if match["year"] else None
    if day is not None and not 1 <= day <= 31:
        return None
    if year is not None and not 1000 <= year <= 2100:
        return None
    end = match.end()
    if year is None and (span := _SPAN_END.match(ctx.text, end)):
        year = int(span["year"])  # the year the span's end states is the year of its start
    if day is None and year is None:
        if match["mon"].lower() not in _MONTH_NAMES or not _month_context(ctx, match.start()):
            return None
        end = match.start() + len(match["mon"])
    return _date(ctx, match.start(), end, (year, month, day))


def _month_context(ctx: _Context, start: int) -> bool:
    """A month name alone is a month only after in/on/since/last/early... ("in March")."""
    if ctx.text[max(0, start - 4):start].lower() == "mid-":
        return True
    return ctx.prev_word(start) in _MONTH_CONTEXT and ctx.text[start - 1:start] in " \t-"


# Any superscript digit: one the value reader blanks as a footnote marker (after a number) may
# leave two words apart for its scan that the text glues (see may_read_relative_date).
_ANY_SUPERSCRIPT = re.compile("[¹²³⁴-⁹⁰]")


def may_read_relative_date(text: str) -> bool:
    """Whether :func:`factcheck.values.extract_values` may read a date relative to its
    ``reference`` in ``text`` ("last August", "yesterday": :func:`_relative_date`, the one reader
    of the reference). False when no reference can change the values it reads, so a caller need
    not work the text's date out (a scan of its document's header). A text with a superscript
    digit is always True: the reader's scan blanks a footnote marker glued to a number, which
    may set a word apart for the pattern that the text's own characters join."""
    return _RELATIVE.search(text) is not None or _ANY_SUPERSCRIPT.search(text) is not None


def _relative_date(ctx: _Context, match: re.Match[str]) -> Value | None:
    """"last August", "last Tuesday", "yesterday": resolved against ``reference``."""
    ref = ctx.reference
    if match["day"]:
        if ref is None:
            return None
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[match["day"].lower()]
        day = ref + datetime.timedelta(days=offset)
        return _value(ctx, "date", match.start(), match.end(), date=(day.year, day.month, day.day))
    if ctx.prev_word(match.start()) in ("the", "a"):
        return None  # "the next year" is relative to the story, not to today
    parts = _resolve_relative(match["rel"].lower(), match["what"].lower(), ref)
    if parts is None:
        return None
    return _date(ctx, match.start(), match.end(), parts)


def _resolve_relative(rel: str, what: str, ref: datetime.date | None
                      ) -> tuple[int | None, int | None, int | None] | None:
    """The (year, month, day) that "last/this/next <what>" names on date ``ref``."""
    step = {"last": -1, "this": 0, "next": 1}[rel]
    if what in _MONTHS:
        month = _MONTHS[what]
        if ref is None:
            return (None, month, None)
        if step == 0:
            return (ref.year, month, None)
        ahead = month > ref.month if step > 0 else month < ref.month
        return (ref.year + (0 if ahead else step), month, None)
    if ref is None:
        return None
    if what == "year":
        return (ref.year + step, None, None)
    if what == "month":
        index = ref.year * 12 + ref.month - 1 + step
        return (index // 12, index % 12 + 1, None)
    delta = (_WEEKDAYS[what] - ref.weekday()) % 7
    if step < 0:
        delta = delta - 7 if delta else -7
    elif step > 0:
        delta = delta or 7
    day = ref + datetime.timedelta(days=delta)
    return (day.year, day.month, day.day)
