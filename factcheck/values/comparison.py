"""Whether two values state the same thing, with hedges and ranges widening what they allow."""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from importlib import resources

from factcheck.models import Value
from factcheck.values.dates import AMBIGUOUS
from factcheck.values.names import polity_within, regnal_number
from factcheck.values.numbers import ALSO_READ, number_readings, parse_number
from factcheck.values.patterns import _HEDGE_CLASS, _PLUS, _RANGE_TEXT
from factcheck.values.periods import month_range, months_covered, year_range
from factcheck.values.vocabulary import _BIG, _CALENDAR, _SECONDS, CURRENCIES, CURRENCY_UNITS, PERCENT, PHYSICAL_UNITS

# Counted nouns that count the people of a place (WordNet: {inhabitant, dweller, denizen, indweller}
# and {resident, occupant, occupier} are kinds of {person}): a headcount written either way.
HEADCOUNT_UNITS = frozenset(("person", "inhabitant", "resident", "dweller", "denizen", "citizen"))
HEADCOUNT_WORDS = frozenset(("people", "persons", "inhabitants", "residents", "dwellers", "denizens", "citizens"))


def compare(a: Value, b: Value) -> bool | None:
    """True when ``a`` and ``b`` state the same thing, False when they disagree,
    None when they cannot be compared (other kinds, units, or no common date part)."""
    if a.kind != b.kind:
        return None
    if a.kind == "name":
        return _compare_names(a, b)
    if a.kind == "number" and (a.key.startswith(ALSO_READ) or b.key.startswith(ALSO_READ)):
        # A claim's "42.195 km", decimals or thousands: agrees as either reading does, and
        # disagrees only as both do.
        outcomes = {compare(x, y) for x in number_readings(a) for y in number_readings(b)}
        return True if True in outcomes else False if outcomes == {False} else None
    if a.kind == "date":
        return _compare_dates(a, b)
    if a.kind in ("duration", "age"):
        return _compare_durations(a, b)
    if a.unit == "score" or b.unit == "score":
        return _compare_scores(a, b)
    if a.amount is not None and b.amount is not None and {a.unit, b.unit} == {"point", "percentage point"}:
        # "fell by 3 points" / "three percentage points": the same when the amounts are; a bare
        # "points" may also count index or game points, so other amounts say nothing.
        return True if a.amount == b.amount else None
    if a.amount is not None and {a.unit, b.unit} == {"percent change", "percentage point"}:
        # "rose by 2%" against "rose by 2 percentage points": a relative change equals the
        # change in points only from a level of 100%, which no rate that rose had. Unequal
        # amounts may both be true (4% -> 6% is 2 points and 50%), so they do not compare.
        return False if a.amount == b.amount else None
    if a.unit != b.unit and a.unit in HEADCOUNT_UNITS and b.unit in HEADCOUNT_UNITS:
        # "a town of around 18,000 people" / "80,000 inhabitants": one headcount, counted as people
        a, b = replace(a, unit="person"), replace(b, unit="person")
    if a.amount is None or b.amount is None:
        return None
    if a.unit != b.unit and a.unit in CURRENCY_UNITS and b.unit in CURRENCY_UNITS:
        return _compare_currencies(a, b)
    if a.unit != b.unit:
        return _compare_measures(a, b) if a.unit in PHYSICAL_UNITS and b.unit in PHYSICAL_UNITS else None
    if _rounded_alike(a, b):
        return True
    if a.unit == PERCENT and (_DIGIT.search(a.text) is None) != (_DIGIT.search(b.text) is None) \
            and not (_hedge(a) or _hedge(b)):
        # A share in words ("two-thirds", "one in five") against one in digits ("67%", "20 per
        # cent"): the digits round the fraction, so they agree within half their last digit.
        return abs(a.amount - b.amount) <= max(rounding(a), rounding(b)) * (1 + 1e-9)
    return _compare_amounts(a, 1.0, b, 1.0)


_DIGIT = re.compile(r"\d")


# A magnitude word or suffix: "1.23bn", "14.6 million", "35k", "₹760 crore".
_MAGNITUDE = re.compile(r"(?i)\b(?:" + "|".join(_BIG) + r")s?\b|\d\s?(?:k|m|bn|b|tn)\b")


def _rounded_alike(a: Value, b: Value) -> bool:
    """Two plain amounts of one unit, one written with a magnitude ("DKK 1.23bn", "14.6m"), equal
    within the rounding of the coarser one: a large amount given in millions or billions is a
    rounded figure ("DKK 1.23bn" / "DKK 1.234,5 million"; "$3.6 billion" / "$3.62 billion").
    Amounts without a magnitude stay exact ("seven years" is not "7.4 years")."""
    if _hedge(a) or _hedge(b) or not (_MAGNITUDE.search(a.text) or _MAGNITUDE.search(b.text)):
        return False
    assert a.amount is not None and b.amount is not None  # checked by the caller
    return abs(a.amount - b.amount) < max(rounding(a), rounding(b)) * (1 - 1e-9)  # "2 million" is not "2.5 million"


# Currencies pegged at par, each class one amount whatever the name (IMF, Annual Report on Exchange
# Arrangements and Exchange Restrictions 2022: currency boards and unions at 1:1).
_AT_PAR = (frozenset({"usd", "bmd", "bsd", "pab"}), frozenset({"inr", "btn"}),
           frozenset({"zar", "nad", "lsl", "szl"}), frozenset({"gbp", "fkp", "gip", "shp"}))
_DOLLARS = frozenset(unit.lower() for unit, _forms, words, _magnitude in CURRENCIES
                     if any(word.endswith("dollar") for word in words))
# "$5m", "5 million dollars": a dollar the writer does not name (US by default, but Australian in
# Sydney), as against "US$", "A$", "Canadian dollars". "$US" names it.
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z$])\$(?![A-Za-z])|(?:\d(?:k|m|mn|bn)?|\b(?:thousand|million|billion|trillion))"
                          r"[^\S\r\n]*dollars?\b", re.I)


def _currencies(value: Value) -> frozenset[str]:
    """The ISO codes (lowercase) a money value may be in: its unit's ("dkk/isk/nok/sek" for
    "kr"), every dollar for a dollar it does not name, and the currencies pegged at par to them."""
    codes = set(value.unit.lower().split("/"))
    if "usd" in codes and _BARE_DOLLAR.search(value.text):
        codes |= _DOLLARS
    for par in _AT_PAR:
        if codes & par:
            codes |= par
    return frozenset(codes)


def _compare_currencies(a: Value, b: Value) -> bool | None:
    """Two sums of money in different units ("¥500" / "500 yen", "€3.5 million" / "USD 3.5
    million"). Where they are one currency (pegged at par) they compare as amounts; where they
    may be ("500 kr" / "DKK 500", "$5m" / "A$5m") one amount agrees and another may be a
    conversion, so it says nothing; where they cannot be, the
    same amount in another currency is a different sum (False: "sold for $250,000" against
    "sold for £250,000"), and another amount may be a conversion, which an exchange rate of
    its own day decides, so it says nothing (None): "a conversion equal within the stated
    rounding is never a contradiction" (issue 11)."""
    ours, theirs = _currencies(a), _currencies(b)
    same = compare(replace(a, unit=b.unit), b)
    if ours == theirs:
        return same  # "100 Bermudan dollars" / "$100": one currency at par
    if ours & theirs:
        return True if same is True else None  # "500 kr" / "DKK 600": SEK, perhaps, converted
    return False if same is True else None


def _compare_measures(a: Value, b: Value) -> bool | None:
    """Two measures in different units of one dimension ("12 km" / "7.5 miles", "30 °C" /
    "86 °F"), converted with pint's definitions (:func:`convert`): equal within the rounding each side's digits state
    (7.456 miles written "7.5" is right) is True, beyond it False; a hedged side ("about 60
    miles") allows what ``_compare_amounts`` allows. Other dimensions do not compare."""
    assert a.amount is not None and b.amount is not None  # checked by the caller
    converted = convert(b.amount, b.unit, a.unit)
    if converted is None:
        return None
    bound = convert(b.amount + rounding(b), b.unit, a.unit)
    slack = rounding(a) + (abs(bound - converted) if bound is not None else 0.0)
    within = abs(a.amount - converted) <= slack * (1 + 1e-9)
    if _hedge(a) or _hedge(b):
        if within and (_hedge(a) == _hedge(b) or {_hedge(a), _hedge(b)} == {"", "approx"}):
            # "up to 43 mph" / "up to 70 km/h", "about 3.7 miles" / "about 6 kilometres"; and an
            # approximate conversion within the rounding its digits state, "about 96 miles" /
            # "154 kilometres" (95.7 miles), "about 75 mph" / "120 km/h" (74.6 mph)
            return True
        if not b.amount or a.unit in ("celsius", "fahrenheit"):
            return None  # a temperature is no multiple of another: hedged ones are not compared
        return _compare_amounts(a, 1.0, b, converted / b.amount)
    return within


def convert(amount: float, unit: str, target: str) -> float | None:
    """``amount`` in ``unit`` expressed in ``target`` (names of :data:`PHYSICAL_UNITS`), or None
    when the two are of different dimensions.

    Through the SI base units, with pint's definitions frozen in ``units.tsv`` by
    ``scripts/build_units.py`` (a test checks every pair against pint itself): a run pays
    nothing to load pint. Raises KeyError for a unit outside the table.
    """
    table = _units()
    dimension, factor, offset = table[unit]
    target_dimension, target_factor, target_offset = table[target]
    if dimension != target_dimension:
        return None
    return (amount * factor + offset - target_offset) / target_factor


@functools.cache
def _units() -> dict[str, tuple[str, float, float]]:
    """``units.tsv``: unit -> (dimensionality, factor, offset), SI base = amount * factor + offset."""
    found = {}
    text = resources.files("factcheck.values").joinpath("units.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            unit, dimension, factor, offset = line.split("\t")
            found[unit] = (dimension, float(factor), float(offset))
    return found


_LAST_DIGITS = re.compile(r"\d(?:[\d,.\u2009\u202f\u00a0]| (?=\d{3}(?!\d)))*")  # "1 234 567" whole


def rounding(value: Value) -> float:
    """Half a unit of the last digit a value's text states, in the value's own amount: "7.5"
    is 7.45-7.55, "12" 11.5-12.5, "60" 57-63 (trailing zeros at most 5%); a number in words
    counts as a whole one."""
    assert value.amount is not None
    match = _LAST_DIGITS.search(value.text)
    written = parse_number(match.group().rstrip(".,")) if match else None
    if not match or not written:
        return 0.5
    digits = match.group().rstrip(".,")
    if ("." in digits and not re.search(r"\.\d{3}(?:\D|$)", digits)) or re.search(r",\d{1,2}$", digits):
        decimals = len(re.split(r"[.,]", digits)[-1])
        half = 0.5 * 10 ** -decimals
    else:
        # Trailing zeros may be rounding ("60 miles" for 100 km) or exact ("30 °C"): they count
        # for at most 5% of the number.
        whole = re.sub(r"\D", "", digits)
        half = max(0.5, min(0.5 * 10 ** (len(whole) - len(whole.rstrip("0"))), 0.05 * written))
    return float(half * abs(value.amount / written))


_VOTES = re.compile(r"\bvotes?\b", re.I)


def _compare_scores(a: Value, b: Value) -> bool | None:
    """Two scores: the same pair agrees; the same two counts in the other order ("lost 1–3" /
    "won 3–1": each side's own point of view) say neither, unless both are votes, told for
    and against ("by 97 votes to 312" / "by 312 votes to 97" disagree); another pair disagrees."""
    if a.unit != b.unit:
        return None
    if a.key == b.key:
        return True
    if sorted(a.key.split("-")) != sorted(b.key.split("-")):
        return False
    # A vote is told for-against ("by 312 votes to 97"): the other order is another vote.
    return False if _VOTES.search(a.text) and _VOTES.search(b.text) else None


def _compare_names(a: Value, b: Value) -> bool | None:
    """Same key, or one name's words within the other's (Batyrbekov in Amangeldy Batyrbekov), but for
    a country within the longer name of something else (:func:`factcheck.values.names.polity_within`)."""
    words_a, words_b = set(a.key.split()), set(b.key.split())
    if not words_a or not words_b:
        return None
    if not (words_a <= words_b or words_b <= words_a):
        return None
    numbers = {regnal_number(a.text), regnal_number(b.text)} - {""}
    if len(numbers) == 2:
        return None  # "Elizabeth I" within "Queen Elizabeth II" is another queen
    if polity_within(a.text, b.text):
        return None  # "Forbes Kazakhstan" is a magazine of Kazakhstan, not the country
    return True


def _compare_durations(a: Value, b: Value) -> bool | None:
    """Durations/ages in exactly convertible units; unit-only ones ("hours later") by unit."""
    if a.amount is None or b.amount is None:
        if a.amount is None and b.amount is None:
            return a.unit == b.unit
        return None
    for table in (_SECONDS, _CALENDAR):
        if a.unit in table and b.unit in table:
            return _compare_amounts(a, table[a.unit], b, table[b.unit])
    return False if _calendar_apart(a, b) or _calendar_apart(b, a) else None


# Days in a calendar unit, shortest and longest (Gregorian calendar).
_CALENDAR_DAYS = {"month": (28, 31), "year": (365, 366), "decade": (3652, 3653), "century": (36524, 36525)}
_DAYS_IN_SECONDS = 86400
# How far two durations told in units of the two tables must stand apart to be two durations,
# beyond the calendar's own slack: a writer's "a month" may be "four weeks" or "five".
_CALENDAR_MARGIN = 1.25


def _calendar_apart(a: Value, b: Value) -> bool:
    """Whether a duration in seconds' units (``a``: days, weeks, hours) and one in calendar units
    (``b``: months, years) cannot be one length of time: their spans of days, each widened by
    :data:`_CALENDAR_MARGIN` and by its own hedge, do not meet ("six weeks" / "six months":
    42 days against 168-186). Lengths that may meet ("four weeks" / "a month") compare to
    nothing: neither is exactly the other."""
    if a.unit not in _SECONDS or b.unit not in _CALENDAR_DAYS or a.amount is None or b.amount is None:
        return False
    scale = _SECONDS[a.unit] / _DAYS_IN_SECONDS
    low_a, high_a = _interval(a, scale, a.amount * scale, _hedge(a))
    shortest, longest = _CALENDAR_DAYS[b.unit]
    low_b, high_b = _interval(b, 1.0, b.amount, _hedge(b))
    return high_a * _CALENDAR_MARGIN < low_b * shortest / _CALENDAR_MARGIN \
        or low_a / _CALENDAR_MARGIN > high_b * longest * _CALENDAR_MARGIN


# "twenty-five" is one number, not a range from twenty to five.
_COMPOUND_NUMBER = re.compile(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-"
                              r"(?:one|two|three|four|five|six|seven|eight|nine)", re.IGNORECASE)


def _hedge(value: Value) -> str:
    """"approx", "lower", "upper", "vague", "range" or "" from how a value's text opens."""
    match = _RANGE_TEXT.match(value.text) if value.kind != "date" else None
    compound = _COMPOUND_NUMBER.match(value.text, match.start("low")) if match else None
    if match and not (compound and compound.end() > match.end("low")) and _range_low(value) is not None:
        return "range"
    if _PLUS.search(value.text):
        return "lower"  # "21+ years"
    match = _HEDGE_CLASS.match(value.text)
    if not match or value.text[match.end():match.end() + 1] not in (" ", "\t", "\u00a0", ""):
        return ""
    return match.lastgroup or ""


def opposite_bounds(a: Value, b: Value) -> bool:
    """Whether one value is a lower bound and the other an upper one ("at least 500" / "up to
    500"): even at one amount, neither states the other."""
    return {_hedge(a), _hedge(b)} == {"lower", "upper"}


_INCLUSIVE = re.compile(r"(?:at least|no fewer than|no less than|up to|at most|no more than)\b", re.I)


def _inclusive(value: Value) -> bool:
    """Whether a bounded value's bound includes its amount ("at least 40", "up to 40"), as
    against a strict bound ("more than 40", "over 40", "under 40", "nearly 40")."""
    return bool(_INCLUSIVE.match(value.text))


def _range_low(value: Value) -> float | None:
    """The lower end of a range value ("6 to 7 million" → 6e6), in the value's own unit."""
    match = _RANGE_TEXT.match(value.text)
    if not match or value.amount is None:
        return None
    low, high = parse_number(match["low"]), parse_number(match["high"])
    if low is None or not high or low >= high:
        return None  # "twenty-eight", "one hundred and forty": one number, no range (a range ascends)
    return low * value.amount / high


def _same_low(a: Value, scale_a: float, b: Value, scale_b: float) -> bool:
    """Whether two ranges (:func:`_hedge` "range") start at the same amount, each scaled as
    :func:`_compare_amounts` scales it."""
    low_a, low_b = _range_low(a), _range_low(b)
    if low_a is None or low_b is None:
        return True
    x, y = low_a * scale_a, low_b * scale_b
    return abs(x - y) <= 1e-9 * max(abs(x), abs(y), 1e-12)


def _compare_amounts(a: Value, scale_a: float, b: Value, scale_b: float) -> bool | None:
    """Exact amounts must be equal; a hedged one only rules out what it cannot mean."""
    if a.amount is None or b.amount is None:  # the callers compare only values with amounts
        return None
    x, y = a.amount * scale_a, b.amount * scale_b
    hx, hy = _hedge(a), _hedge(b)
    if abs(x - y) <= 1e-9 * max(abs(x), abs(y), 1e-12):
        if hx == hy == "range" and not _same_low(a, scale_a, b, scale_b):
            return False  # "8 to 15 roentgens" / "13 to 15 roentgens": one upper end, two ranges
        if {hx, hy} == {"lower", "upper"} and not (_inclusive(a) and _inclusive(b)):
            return False  # "over 12" / "under 12", "more than 500" / "up to 500": no amount is both
        # "about 250,000" / "nearly a quarter of a million": a bound at the amount a claim's
        # approximation gives is within it, so it states the claim; not the other way round:
        # "more than 9,000 people" is not stated by "about 9,000 people" (``a`` is the claim's).
        return True if hx == hy or {hx, hy} <= {"", "approx"} or (hx == "approx" and hy in ("upper", "lower")) \
            else None
    if not hx and not hy:
        return False
    if hx == hy == "approx" and abs(x - y) > _approximation(a) * scale_a + _approximation(b) * scale_b:
        return False  # "about fifteen hundred monks" / "about 1,200 monks": two different round figures
    if {hx, hy} <= {"upper", "approx"} and _MAXIMUM.match(a.text) and _MAXIMUM.match(b.text):
        # "up to $16,000 a month" / "up to $6,000 a month", "as much as $600 a month" / "up to
        # $6,000 a month": two highest amounts reached ("as much as" is read as an approximation
        # elsewhere: a writer stressing a large figure)
        return False
    low_x, high_x = _interval(a, scale_a, x, hx)
    low_y, high_y = _interval(b, scale_b, y, hy)
    return None if low_x <= high_y and low_y <= high_x else False


def _approximation(value: Value) -> float:
    """How far an approximate figure may stand from the amount it rounds, in the value's own
    amount: one unit of its last significant digit ("about 1,200": 100; "about 2.5 million":
    100,000; "about fifteen hundred": 100), trailing zeros counting for at most 10% ("about
    1,000": 100), as :func:`rounding` reads them, doubled: a writer who says "about" rounds at
    that digit. Two such figures whose margins do not meet are two different figures."""
    assert value.amount is not None
    if _DIGIT.search(value.text):
        return 2 * rounding(value)
    whole = str(round(abs(value.amount))) if value.amount == round(value.amount) else ""
    zeros = len(whole) - len(whole.rstrip("0")) if whole.strip("0") else 0
    return 2 * max(0.5, min(0.5 * 10.0 ** zeros, 0.05 * abs(value.amount)))


_NEAR = re.compile(r"(?:nearly|almost)\b", re.I)
# The bounds that state the highest amount reached ("up to 40 a day", "as many as 300 people"),
# not a limit that smaller amounts also keep ("at most", "no more than", "under").
_MAXIMUM = re.compile(r"(?:up to|as many as|as much as)\b", re.I)


def _interval(value: Value, scale: float, amount: float, hedge: str) -> tuple[float, float]:
    """The range of amounts a hedged statement allows ("about 100": 75 to 125);
    ``amount`` is the value's amount times ``scale``."""
    if hedge == "range":
        return (_range_low(value) or 0.0) * scale, amount
    if hedge == "approx":
        return amount * 0.75, amount * 1.25
    if hedge == "lower":
        return amount, float("inf")
    if hedge == "upper":
        # "nearly 500,000" / "almost half a million" is just short of it, "under 500,000" anything below
        return (amount * 0.8 if _NEAR.match(value.text) else 0.0), amount
    if hedge == "vague":
        return amount, amount * 100
    return amount, amount


def _compare_dates(a: Value, b: Value) -> bool | None:
    """Equal on every part both give: True; differ on one: False (None if bounded). Periods
    compare as ranges (:func:`_same_year`, :func:`_same_months`); a numeric date whose order
    its document leaves open compares as both its readings do (:func:`readings`)."""
    if a.date is None or b.date is None:
        return None
    if AMBIGUOUS in (a.unit, b.unit):
        # "04/05/2021" the document does not settle: 4 May or 5 April. "12 August 2021" or "4 May
        # 2020" fits neither (False), "2021" both (True); "4 May 2021" one: neither agreement nor
        # disagreement, never one reading silently.
        outcomes = {_compare_dates(x, y) for x in readings(a) for y in readings(b)}
        return outcomes.pop() if len(outcomes) == 1 else None
    year, months = _same_year(a, b), _same_months(a, b)
    if year is not False and months is None and a.date[1] is not None and b.date[1] is not None:
        return None  # spring and the second quarter: neither holds the other
    verdicts = [year, months]
    if _month_span(a.unit) == _month_span(b.unit) == 1:
        verdicts.append(None if a.date[2] is None or b.date[2] is None else a.date[2] == b.date[2])
    verdicts = [v for v in verdicts if v is not None]
    if not verdicts:
        return None
    if all(verdicts):
        return True
    bounded = {_hedge(a), _hedge(b)} - {""}
    if bounded and _endpoint(a) and _endpoint(a) == _endpoint(b):
        return False  # "until 1922" / "until 1920", "since 2010" / "since 2012": two ends of one span
    return None if bounded else False


_ENDPOINT = re.compile(r"(until|till|since)\b", re.I)


def _endpoint(value: Value) -> str:
    """The word that makes a date the end or the start of a span ("until 1920", "since
    2010"), lowercased, or "": such a date is a point, not a bound ("before 2010" is)."""
    match = _ENDPOINT.match(value.text)
    return match.group(1).lower() if match else ""


def readings(value: Value) -> list[Value]:
    """The dates a value may be: both orders of an ambiguous numeric date ("04/05/2021": 5 April
    and 4 May 2021; only those that are dates), else the value itself."""
    if value.unit != AMBIGUOUS or value.date is None:
        return [value]
    year, first, second = value.date
    orders = [(first, second), (second, first)] if first != second else [(first, second)]
    return [replace(value, date=(year, month, day), unit="") for month, day in orders
            if month is not None and 1 <= month <= 12]


def _same_year(a: Value, b: Value) -> bool | None:
    """Compare years as ranges (:func:`factcheck.values.periods.year_range`): True when the
    years one may state lie within those the other surely states (the 1990s hold 1995, the
    early 1990s 1991), or both state the same (the early 1990s and the early '90s), False when the years they may state do not meet (the late 1980s and
    1991, the 17th century and 1745), None otherwise (the early 1990s and 1995)."""
    if a.date is None or b.date is None or a.date[0] is None or b.date[0] is None:
        return None  # the caller compares only values with dates
    (sure_a, may_a), (sure_b, may_b) = year_range(a), year_range(b)
    if may_a[1] < may_b[0] or may_b[1] < may_a[0]:
        return False
    if (sure_a, may_a) == (sure_b, may_b) or _within(may_a, sure_b) or _within(may_b, sure_a):
        return True
    return None


def _same_months(a: Value, b: Value) -> bool | None:
    """Compare months, letting a season, quarter or half cover its months (spring holds May),
    and early/mid/late the months of its year it surely and may name (:func:`month_range`):
    one within the other agrees, no month in common disagrees, a partial overlap says neither."""
    if a.date is None or b.date is None or a.date[1] is None or b.date[1] is None:
        return None
    (sure_a, may_a), (sure_b, may_b) = month_range(a), month_range(b)
    if may_a[1] < may_b[0] or may_b[1] < may_a[0]:
        return False  # "early 2021" (at most January-July) and 12 August 2021
    if (sure_a, may_a) == (sure_b, may_b) or _within(may_a, sure_b) or _within(may_b, sure_a):
        return True
    return None


def _within(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    """Whether the inclusive range ``inner`` lies in ``outer``."""
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _month_span(unit: str) -> int:
    """How many months a date with this unit covers from its month."""
    return months_covered(unit)
