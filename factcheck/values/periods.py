"""Periods written as words or numerals: centuries, decades, seasons, quarters, halves, and
years said aloud. Each is a date whose ``unit`` says how far it reaches from its first year
(and month), so that ``comparison`` compares periods as ranges: "1750" lies in "the 18th
century", "May 2019" in "spring 2019", "August 2021" outside "Q2 2021".

Conventions (the sources of each span):

- **Centuries** by common usage, as style guides write them (the Chicago Manual of Style,
  9.34; AP): "the 18th century" is 1700-1799, "the 1st century" 0-99. "BC"/"BCE" after a
  century leaves it unread (years before 1 are not compared).
- **Decades**: "the '90s" is 1990-1999; "'00s" and "'10s" are this century. "'20s" is left
  unread: the 1920s and the 2020s are both said so.
- **Seasons**: the meteorological seasons of the northern hemisphere (WMO; the UK Met Office):
  spring March-May, summer June-August, autumn/fall September-November. Winter straddles two
  years ("winter 2019" may be Dec 2018-Feb 2019 or Dec 2019-Feb 2020) and is not read.
- **Quarters and halves** of a year: Q1 January-March ... Q4 October-December; the first
  half January-June, the second July-December; "the last quarter", "the final half". "The
  last month of 2022" is December 2022, "the third month of 2022" March.
- **Spans of months** within one year ("from July to September 2021", "the April–June quarter
  of 2021", "between March and May 2019"): one date from the first month to the last, which
  a quarter or a half of the same months agrees with. A span that crosses a year end, or names a day, is not
  read as one (its ends stay dates of their own).
- **Early, mid, late** before a decade or century ("the early 1990s", "the late '90s", "the
  mid-19th century"): the period's span is what it states for certain; within it, the
  qualifier says which part (:func:`year_range`). Usage draws no sharp line (Merriam-Webster
  glosses "early" as "near the beginning of a period of time", "late" as "near the end"),
  so a third of the span at its end is the qualified part, and the fifth beside that is left
  undecided: "the early 1990s" is 1990-1993, not 1996-1999, and 1994-1995 are neither.
- **Spoken years** ("nineteen eighty-four", "twenty twenty-one", "nineteen oh five", "nineteen
  hundred") after a word that introduces a year ("in", "since", "of", ...) or a month ("December,
  nineteen forty-one"), or quoted as said ("twenty eleven"); never capitalised (a title such as
  the novel "Nineteen Eighty-Four" is a name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.models import Value
from factcheck.values.context import Gate, Scan, _Context, _value
from factcheck.values.patterns import _H, _MONTH, _YEAR_CONTEXT
from factcheck.values.vocabulary import _MONTH_NAMES, _MONTHS, _ONES, _ORDINALS, _TEENS, _TENS

SPANS = {"century": (100, 0), "decade": (10, 0), "season": (0, 3), "quarter": (0, 3), "half": (0, 6), "month": (0, 1)}
"""How far a period reaches from its first year and month: (years, months). A "month" is one
named by its place in the year ("the last month of 2022"), not by its name."""

MONTH_SPANS = {f"{n} months": n for n in range(2, 12)}
"""The unit of a span of months named by its first and last ("from July to September 2021"),
and how many months it covers. Unlike a period of :data:`SPANS`, it names its months: it is as
fine as a month ("in August" states its first month), not coarser."""


def months_covered(unit: str) -> int:
    """How many months a date value with this unit covers from its month (1 for a plain date)."""
    return MONTH_SPANS.get(unit) or SPANS.get(unit, (0, 1))[1] or 1

QUALIFIED_PARTS = {"early": ((0.0, 0.4), (0.0, 0.6)), "mid": ((0.3, 0.7), (0.2, 0.8)), "late": ((0.6, 1.0), (0.4, 1.0))}
"""Of a decade or century qualified early/mid/late: the share of its span that the qualifier
surely names, and the share it may name (beyond it, the qualifier is wrong), as (start, end)."""


def _qualified_months(share: tuple[float, float]) -> tuple[int, int]:
    return 1 + round(share[0] * 12), round(share[1] * 12)


QUALIFIED_YEAR_MONTHS = {f"{part} year": (_qualified_months(sure), _qualified_months(may))
                         for part, (sure, may) in QUALIFIED_PARTS.items()}
"""Of a year qualified early/mid/late ("early 2021", "mid-2019"), by unit: the months it surely
names and those it may name, as (first, last) inclusive, by the shares of
:data:`QUALIFIED_PARTS`: "early 2021" is surely January-May and at most January-July, "mid-2019"
May-August and at most March-October, "late 2020" August-December and at most June-December."""
SPANS.update({unit: (0, sure[1] - sure[0] + 1) for unit, (sure, _may) in QUALIFIED_YEAR_MONTHS.items()})


def month_range(value: Value) -> tuple[tuple[int, int], tuple[int, int]]:
    """The months of its year a date value with a month surely states and those it may state,
    each as (first, last) inclusive: "May 2019" ((5, 5), (5, 5)), "Q3 2021" ((7, 9), (7, 9)),
    "early 2021" ((1, 5), (1, 7)) (:data:`QUALIFIED_YEAR_MONTHS`). Raises ValueError for a value
    with no month."""
    if value.date is None or value.date[1] is None:
        raise ValueError(f"no month: {value.text!r}")
    if value.unit in QUALIFIED_YEAR_MONTHS:
        return QUALIFIED_YEAR_MONTHS[value.unit]
    first = value.date[1]
    last = first + months_covered(value.unit) - 1
    return (first, last), (first, last)
_QUALIFIER_AT = re.compile(rf"(?:the{_H}+)?(?P<q>early|mid|late)\b", re.I)


def qualifier(value: Value) -> str:
    """"early", "mid" or "late" when a decade or century value's text opens with one ("the late
    nineties", "early 1990s", "mid-19th century"), else ""."""
    if value.unit not in ("decade", "century"):
        return ""
    match = _QUALIFIER_AT.match(value.text)
    return match["q"].lower() if match else ""


def year_range(value: Value) -> tuple[tuple[int, int], tuple[int, int]]:
    """The years a date value surely states and those it may state, each as (first, last)
    inclusive: "1745" is ((1745, 1745), (1745, 1745)), "the 1740s" ((1740, 1749), (1740, 1749)),
    "the early 1990s" ((1990, 1993), (1990, 1995)), "the late 19th century" ((1860, 1899),
    (1840, 1899)) (:data:`QUALIFIED_PARTS`). Raises ValueError for a value with no year."""
    if value.date is None or value.date[0] is None:
        raise ValueError(f"no year: {value.text!r}")
    first = value.date[0]
    span = SPANS.get(value.unit, (1, 0))[0] or 1
    part = qualifier(value)
    if not part:
        return (first, first + span - 1), (first, first + span - 1)
    sure, may = QUALIFIED_PARTS[part]
    def years(share: tuple[float, float]) -> tuple[int, int]:
        return first + round(share[0] * span), first + round(share[1] * span) - 1
    return years(sure), years(may)

_ROMAN = re.compile(r"^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

_ORDINAL_WORDS = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_PART_ORDINALS = "|".join(sorted((w for w, n in _ORDINALS.items() if n <= 12), key=len, reverse=True))
_TENS_WORDS = "|".join(_TENS)
_CENTURY = re.compile(
    rf"\b(?P<n>(?P<digits>\d{{1,2}})(?:st|nd|rd|th)|(?P<words>(?:(?:{_TENS_WORDS})-)?(?:{_ORDINAL_WORDS}))"
    rf"|(?P<roman>[IVXL]{{1,7}})){_H}*[-‐]?{_H}*centur(?:y|ies)\b(?!{_H}*(?:BCE?|B\.C\.)\b)", re.I)
_APOSTROPHE_DECADE = re.compile(r"(?<![\w'’])['’](?P<d>[0-9]0)s\b")
_SEASON = re.compile(rf"\b(?P<s>spring|summer|autumn|fall){_H}+(?:of{_H}+)?(?P<y>(?:1[5-9]|20)\d\d)\b", re.I)
_QUARTER = re.compile(
    rf"\b(?:Q(?P<q>[1-4])|(?P<h>H[12]))(?:{_H}+|[-/'’]{_H}?)(?P<y>(?:1[5-9]|20)\d\d)\b"
    rf"|\b(?:the{_H}+)?(?P<ord>{_PART_ORDINALS}|1st|2nd|3rd|4th|last|final){_H}+(?P<part>quarter|half|month)"
    rf"{_H}+of{_H}+(?P<y2>(?:1[5-9]|20)\d\d)\b", re.I)
_SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}
_ORDINAL_INDEX = {**{w: n for w, n in _ORDINALS.items() if n <= 12}, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_PARTS_IN_YEAR = {"quarter": 4, "half": 2, "month": 12}
_SEASON_SCAN = Scan(_SEASON, words=_SEASON_MONTH)
# "Q3 2021" holds the letter "q" alone ("H1 2020" "h"); "the first half of 2020" its part's word.
_QUARTER_SCAN = Scan(_QUARTER, words=("q", "h", *_PARTS_IN_YEAR))

_TWO_DIGITS = (rf"(?P<tens>{_TENS_WORDS})(?:[- ](?P<ones>{'|'.join(k for k in _ONES if k != 'zero')}))?"
               rf"|(?P<teen>{'|'.join(_TEENS)})|(?P<oh>oh|o)[- ](?P<oh_ones>{'|'.join(k for k in _ONES if k != 'zero')})"
               rf"|(?P<hundred>hundred)")
_SPOKEN_CENTURIES = ("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                      "twenty")
_SPOKEN_YEAR = re.compile(rf"\b(?P<c>{'|'.join(_SPOKEN_CENTURIES)})[- ](?:{_TWO_DIGITS})\b")


def roman_value(numeral: str) -> int | None:
    """The value of a well-formed Roman numeral in capitals ("XVIII" -> 18), else None."""
    if not numeral or not _ROMAN.match(numeral):
        return None
    total = 0
    for a, b in zip(numeral, numeral[1:] + " ", strict=True):
        value = _ROMAN_VALUES[a]
        total += -value if b != " " and _ROMAN_VALUES[b] > value else value
    return total


def _period_candidates(ctx: _Context) -> Iterable[Value]:
    """Centuries, decades written with an apostrophe, seasons, quarters, halves, spoken years."""
    text = ctx.text
    # Cheap literal tests first: the value reader runs on every candidate passage, and most
    # passages name no period at all.
    if _MAY_HOLD_CENTURY.search(text):
        yield from _centuries(ctx)
    if "'" in text or "’" in text:
        yield from _apostrophe_decades(ctx)
    if "0s" in text or "0'" in text or "0’" in text or "ties" in text:
        yield from _other_decades(ctx)
    yield from _seasons_and_quarters(ctx)
    yield from _qualified(ctx)
    for match in _MONTH_SPAN_SCAN.finditer(ctx):
        span = _month_span(ctx, match)
        if span is not None:
            yield span
    for match in _SPOKEN_YEAR_SCAN.finditer(ctx):
        spoken = _spoken_year(ctx, match)
        if spoken is not None:
            yield _value(ctx, "date", match.start(), match.end(), date=(spoken, None, None))


_MAY_HOLD_CENTURY = re.compile("centur", re.I)
_LAST_CENTURY = 30  # "the 24th century" (fiction, forecasts) is a century too; a larger "century" is rarely one
_SPOKEN_YEAR_SCAN = Scan(_SPOKEN_YEAR, words=_SPOKEN_CENTURIES)


_DECADE_WORDS = {"thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960, "seventies": 1970,
                 "eighties": 1980, "nineties": 1990}
_QUALIFIER = rf"(?:(?:early|mid|late){_H}*-?{_H}*)?"
_OTHER_DECADE = re.compile(
    # "the 1980's": a decade with an apostrophe before the s
    rf"(?<![\w'’])(?P<full>1[0-9]\d0|20\d0)['’]s\b"
    # "the eighties", "the late nineties" (never "her eighties": an age); "twenties" is the 1920s or 2020s
    rf"|\bthe{_H}+{_QUALIFIER}(?P<word>{'|'.join(_DECADE_WORDS)})\b"
    # "the late 90s", and "the 1940s and 50s": two digits, where a qualifier or a decade before
    # says they are a decade (a bare "the 50s" may be temperatures)
    rf"|\bthe{_H}+(?:early|mid|late){_H}*-?{_H}*(?P<short>[3-9]0)s\b"
    rf"|(?P<first>1[5-9]\d0|20\d0)s{_H}*(?:and|or|to|through|[-–/]){_H}*(?P<next>[0-9]0)s\b", re.I)


def _other_decades(ctx: _Context) -> Iterable[Value]:
    """"the 1980's", "the eighties", "the late 90s", the "50s" of "the 1940s and 50s"."""
    for match in _OTHER_DECADE.finditer(ctx.text):
        if match["full"]:
            year, start = int(match["full"]), match.start("full")
        elif match["word"]:
            if match["word"][:1].isupper():
                continue  # a title ("The Sixties")
            year, start = _DECADE_WORDS[match["word"].lower()], match.start()
        elif match["short"]:
            year, start = 1900 + int(match["short"]), match.start("short")
        else:
            first, short = int(match["first"]), int(match["next"])
            year = first - first % 100 + short
            if year <= first:
                continue  # "the 1990s to 00s": not said so
            start = match.start("next")
        end = match.end()
        yield _value(ctx, "date", start, end, date=(year, None, None), unit="decade")


# A decade or century right after early/mid/late: "early 1990s", "late '90s", "the late 90s",
# "mid-1960s", "late 1700s", "early 19th century", "late eighteenth-century".
_QUALIFIED = re.compile(
    rf"\b(?P<q>early|mid|late)(?:{_H}*-{_H}*|{_H}+)(?:"
    rf"(?P<full>1[0-9]\d0|20\d0)['’]?s\b|['’](?P<apos>[013-9]0)s\b|(?P<short>[3-9]0)s\b"
    rf"|(?P<word>{'|'.join(_DECADE_WORDS)})\b)", re.I)


def _qualified(ctx: _Context) -> Iterable[Value]:
    """A decade or century with early/mid/late before it, as one value whose text opens with
    the qualifier (what :func:`qualifier` reads back)."""
    for match in _QUALIFIED_SCAN.finditer(ctx):
        if match["full"]:
            year = int(match["full"])
            unit = "century" if year % 100 == 0 and year <= 1900 else "decade"  # "the late 1700s": as quantities reads it
        elif match["apos"]:
            digit = int(match["apos"][0])
            year, unit = (2000 if digit < 2 else 1900) + 10 * digit, "decade"
        elif not _THE_BEFORE.search(ctx.text, max(0, match.start() - 5), match.start()):
            continue  # "in her late 30s", "in his early thirties": an age
        elif match["short"]:
            year, unit = 1900 + int(match["short"]), "decade"
        else:
            if match["word"][:1].isupper():
                continue  # a title
            year, unit = _DECADE_WORDS[match["word"].lower()], "decade"
        yield _value(ctx, "date", match.start(), match.end(), date=(year, None, None), unit=unit)
    for match in _QUALIFIER_BEFORE_SCAN.finditer(ctx):
        qualified = _QUALIFIED_YEAR.match(ctx.text, match.end())
        if qualified is not None:
            unit = f"{match['q'].lower()} year"
            first = QUALIFIED_YEAR_MONTHS[unit][0][0]
            yield _value(ctx, "date", match.start(), qualified.end(), date=(int(qualified["y"]), first, None), unit=unit)
            continue
        century = _CENTURY.match(ctx.text, match.end())
        if century is not None:
            value = _century(ctx, century)
            if value is not None:
                yield _value(ctx, "date", match.start(), value.end, date=value.date, unit="century")


_THE_BEFORE = re.compile(rf"\b[Tt]he{_H}+$")
_QUALIFIER_BEFORE = re.compile(rf"\b(?P<q>early|mid|late)(?:{_H}*-{_H}*|{_H}+)", re.I)
# "early 2021", "mid-2019", "late 2020": a year, not a decade ("early 1990s") nor a count ("late 2020 models")
_QUALIFIED_YEAR = re.compile(r"(?P<y>(?:1[5-9]|20)\d\d)(?![\w'’%]|[.,]\d)")
_QUALIFIED_SCAN = Scan(_QUALIFIED, words=("early", "mid", "late"))
_QUALIFIER_BEFORE_SCAN = Scan(_QUALIFIER_BEFORE, words=("early", "mid", "late"))


# "from July to September 2021", "April–June 2021", "the April–June quarter of 2021",
# "between March and May 2019": two month names, no day, then the year.
_MONTH_SPAN = re.compile(
    rf"(?<![\w-])(?:(?P<between>between){_H}+|from{_H}+)?(?P<a>{_MONTH})"
    rf"(?:{_H}*[-–]{_H}*|{_H}+(?P<word>to|through|until|till|and){_H}+)(?P<b>{_MONTH})"
    rf"(?:{_H}+(?:quarter|period))?(?:{_H}+of)?,?{_H}+(?P<y>(?:1[5-9]|20)\d\d)(?![\w,.]\d|\w)")
_MONTH_SPAN_SCAN = Scan(_MONTH_SPAN, words=_MONTHS)
# What every period of _period_candidates holds: a century holds "centur"; a season, a quarter,
# a span of months and a decade in digits ("the '90s", "early 1990s") hold a digit; a decade in
# words ("the eighties") holds its word, a spoken year its first word ("nineteen"). Seasons,
# quarters and spans need their year's digits, so their Scans' words ("summer", "half") are
# left out: the gate closes on more passages.
PERIODS_GATE = Gate(_SPOKEN_YEAR_SCAN, digit=True, words=_DECADE_WORDS, hint=_MAY_HOLD_CENTURY)
_DAY_BEFORE = re.compile(rf"\d(?:st|nd|rd|th)?(?:{_H}+of)?{_H}+$")


def _month_span(ctx: _Context, match: re.Match[str]) -> Value | None:
    """A span of months within one year as one date of unit "<n> months" (:data:`MONTH_SPANS`). "July and September 2021" without "between" is two
    months, and "19 September to December 1944" starts on a day: neither is read here."""
    if match["word"] == "and" and not match["between"]:
        return None
    if _DAY_BEFORE.search(ctx.text, max(0, match.start() - 12), match.start()):
        return None
    first, last = (_MONTHS[match[g].rstrip(".").lower()] for g in ("a", "b"))
    if last <= first:
        return None  # "November to February": across a year's end
    months = last - first + 1
    if months == 12:
        return _value(ctx, "date", match.start("a"), match.end(), date=(int(match["y"]), None, None))
    return _value(ctx, "date", match.start("a"), match.end(), date=(int(match["y"]), first, None), unit=f"{months} months")


def _apostrophe_decades(ctx: _Context) -> Iterable[Value]:
    for match in _APOSTROPHE_DECADE.finditer(ctx.text):
        digit = int(match["d"][0])
        if digit == 2:
            continue  # the 1920s or the 2020s
        year = (2000 if digit < 2 else 1900) + 10 * digit
        yield _value(ctx, "date", match.start(), match.end(), date=(year, None, None), unit="decade")


def _seasons_and_quarters(ctx: _Context) -> Iterable[Value]:
    for match in _SEASON_SCAN.finditer(ctx):
        month = _SEASON_MONTH[match["s"].lower()]
        yield _value(ctx, "date", match.start(), match.end(), date=(int(match["y"]), month, None), unit="season")
    for match in _QUARTER_SCAN.finditer(ctx):
        quarter = _quarter(ctx, match)
        if quarter is not None:
            yield quarter


def _centuries(ctx: _Context) -> Iterable[Value]:
    for match in _CENTURY.finditer(ctx.text):
        value = _century(ctx, match)
        if value is not None:
            yield value


def _century(ctx: _Context, match: re.Match[str]) -> Value | None:
    """"the 18th century", "eighteenth-century", "XVIII century": the century's first year."""
    if match["digits"]:
        number: int | None = int(match["digits"])
    elif match["words"]:
        parts = match["words"].lower().split("-")
        number = sum(_TENS.get(p, _ORDINALS.get(p, 0)) for p in parts)
    else:
        number = roman_value(match["roman"]) if match["roman"].isupper() else None
    if not number or number > _LAST_CENTURY:
        return None
    return _value(ctx, "date", match.start(), match.end(), date=(100 * (number - 1), None, None), unit="century")


def _quarter(ctx: _Context, match: re.Match[str]) -> Value | None:
    if match["q"]:
        year, unit, first = int(match["y"]), "quarter", 3 * (int(match["q"]) - 1) + 1
    elif match["h"]:
        year, unit, first = int(match["y"]), "half", 1 if match["h"][1] == "1" else 7
    else:
        unit = match["part"].lower()
        ordinal = match["ord"].lower()
        index = _PARTS_IN_YEAR[unit] if ordinal in ("last", "final") else _ORDINAL_INDEX[ordinal]
        year = int(match["y2"])
        if index > _PARTS_IN_YEAR[unit]:
            return None  # "the fifth quarter of 2021": no such part
        first = 12 // _PARTS_IN_YEAR[unit] * (index - 1) + 1
    return _value(ctx, "date", match.start(), match.end(), date=(year, first, None), unit=unit)


def _spoken_year(ctx: _Context, match: re.Match[str]) -> int | None:
    """"nineteen eighty-four" -> 1984, where a year is expected and the words are not a title."""
    before = ctx.text[max(0, match.start() - 2):match.start()]
    quoted = before[-1:] in "\"“'‘" and before[-1:] != ""
    if match.group()[:1].isupper() or not (ctx.prev_word(match.start()) in _YEAR_CONTEXT
                                           or ctx.prev_word(match.start()) in _MONTH_NAMES or quoted):
        return None
    century = {**_TEENS, "twenty": 20}[match["c"].lower()]
    if match["hundred"]:
        rest = 0
    elif match["teen"]:
        rest = _TEENS[match["teen"].lower()]
    elif match["oh"]:
        rest = _ONES[match["oh_ones"].lower()]
    else:
        rest = _TENS[match["tens"].lower()] + (_ONES[match["ones"].lower()] if match["ones"] else 0)
    return 100 * century + rest
