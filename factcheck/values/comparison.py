"""Whether two values state the same thing, with hedges and ranges widening what they allow."""

from __future__ import annotations

from factcheck.models import Value
from factcheck.values.numbers import parse_number
from factcheck.values.patterns import _HEDGE_CLASS, _PLUS, _RANGE_TEXT
from factcheck.values.vocabulary import _CALENDAR, _SECONDS


def compare(a: Value, b: Value) -> bool | None:
    """True when ``a`` and ``b`` state the same thing, False when they disagree,
    None when they cannot be compared (other kinds, units, or no common date part)."""
    if a.kind != b.kind:
        return None
    if a.kind == "name":
        return _compare_names(a, b)
    if a.kind == "date":
        return _compare_dates(a, b)
    if a.kind in ("duration", "age"):
        return _compare_durations(a, b)
    if a.amount is not None and {a.unit, b.unit} == {"percent change", "percentage point"}:
        # "rose by 2%" against "rose by 2 percentage points": a relative change equals the
        # change in points only from a level of 100%, which no rate that rose had. Unequal
        # amounts may both be true (4% -> 6% is 2 points and 50%), so they do not compare.
        return False if a.amount == b.amount else None
    if a.unit != b.unit or a.amount is None or b.amount is None:
        return None
    return _compare_amounts(a, 1.0, b, 1.0)


def _compare_names(a: Value, b: Value) -> bool | None:
    """Same key, or one name's words within the other's (Batyrbekov in Amangeldy Batyrbekov)."""
    words_a, words_b = set(a.key.split()), set(b.key.split())
    if not words_a or not words_b:
        return None
    return True if words_a <= words_b or words_b <= words_a else None


def _compare_durations(a: Value, b: Value) -> bool | None:
    """Durations/ages in exactly convertible units; unit-only ones ("hours later") by unit."""
    if a.amount is None or b.amount is None:
        if a.amount is None and b.amount is None:
            return a.unit == b.unit
        return None
    for table in (_SECONDS, _CALENDAR):
        if a.unit in table and b.unit in table:
            return _compare_amounts(a, table[a.unit], b, table[b.unit])
    return None


def _hedge(value: Value) -> str:
    """"approx", "lower", "upper", "vague", "range" or "" from how a value's text opens."""
    if value.kind != "date" and _RANGE_TEXT.match(value.text) and _range_low(value) is not None:
        return "range"
    if _PLUS.search(value.text):
        return "lower"  # "21+ years"
    match = _HEDGE_CLASS.match(value.text)
    if not match or value.text[match.end():match.end() + 1] not in (" ", "\t", "\u00a0", ""):
        return ""
    return match.lastgroup or ""


def _range_low(value: Value) -> float | None:
    """The lower end of a range value ("6 to 7 million" → 6e6), in the value's own unit."""
    match = _RANGE_TEXT.match(value.text)
    if not match or value.amount is None:
        return None
    low, high = parse_number(match["low"]), parse_number(match["high"])
    if low is None or not high:
        return None
    return low * value.amount / high


def _compare_amounts(a: Value, scale_a: float, b: Value, scale_b: float) -> bool | None:
    """Exact amounts must be equal; a hedged one only rules out what it cannot mean."""
    if a.amount is None or b.amount is None:  # the callers compare only values with amounts
        return None
    x, y = a.amount * scale_a, b.amount * scale_b
    hx, hy = _hedge(a), _hedge(b)
    if abs(x - y) <= 1e-9 * max(abs(x), abs(y), 1e-12):
        return True if hx == hy or {hx, hy} <= {"", "approx"} else None
    if not hx and not hy:
        return False
    low_x, high_x = _interval(a, scale_a, x, hx)
    low_y, high_y = _interval(b, scale_b, y, hy)
    return None if low_x <= high_y and low_y <= high_x else False


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
        return 0.0, amount
    if hedge == "vague":
        return amount, amount * 100
    return amount, amount


def _compare_dates(a: Value, b: Value) -> bool | None:
    """Equal on every part both give: True; differ on one: False (None if bounded)."""
    if a.date is None or b.date is None:
        return None
    verdicts = [_same_year(a, b)] + [x == y for x, y in zip(a.date[1:], b.date[1:], strict=False)
                                     if x is not None and y is not None]
    verdicts = [v for v in verdicts if v is not None]
    if not verdicts:
        return None
    if all(verdicts):
        return True
    bounded = {_hedge(a), _hedge(b)} - {""}
    return None if bounded else False


def _same_year(a: Value, b: Value) -> bool | None:
    """Compare years, letting a decade or century cover its years (the 1990s holds 1995)."""
    if a.date is None or b.date is None:  # the caller compares only values with dates
        return None
    year_a, year_b = a.date[0], b.date[0]
    if year_a is None or year_b is None:
        return None
    span_a, span_b = _year_span(a.unit), _year_span(b.unit)
    return year_a < year_b + span_b and year_b < year_a + span_a


def _year_span(unit: str) -> int:
    """How many years a date with this unit covers."""
    return {"decade": 10, "century": 100}.get(unit, 1)
