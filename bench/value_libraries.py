"""Number-word and date libraries against factcheck's own value reader: accuracy and speed on real text.

    .venv/bin/pip install text2num==3.1.0 number-parser==0.3.2 word2number numerizer dateparser==1.5.0
    python bench/value_libraries.py [--passages 3000]

The candidates are not dependencies of factcheck: install them into the venv for this bench only
(a candidate that is not installed is skipped with a line saying so).

Accuracy is measured on ``tests/data/values.tsv`` (values found in real text: the seeds, WiCE dev,
Climate-FEVER and Wikipedia sources, each row the sentence, the value's text, its kind and its
normalised value), restricted to the families these libraries claim:

- **number words**: rows whose amount is spelled out, wholly or partly ("twenty-eight runs", "one
  hundred and five", "seventh place", "three-quarters", "half a million people"), the amount
  compared (the unit or counted noun is ours in every case). Compound durations ("two years and
  three months" = 27 months) are left out: composing them is ours whichever reader finds the words.
- **digits + scale word**: "2.3 million people", "$1.5 million", "4 billion years".
- **spoken years**: "nineteen forty-one", "twenty eleven".
- **dates**: every date row, split into point dates (day, month or year: "4 May 1999", "March 2010",
  "15/04/2019", "2018-12-10", "1995") and periods (centuries, decades, seasons, quarters), compared
  as the table normalises them (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``--MM-DD``, a span, or
  ``ambiguous`` for a numeric date its document leaves open). dateparser reads numeric dates in
  the order the row's document settles (``DATE_ORDER``), as factcheck would hand it.

Per row: **right** a value at the row's place (overlapping its text) with the right value;
**elsewhere** the right value found only elsewhere in the sentence; **wrong** a value at the
place, none of them right; **missed** nothing at the place and the value nowhere. **false**: a
value found over text the table says holds none of this family (its ``none`` rows: "Louis XIV",
"COVID-19", "Nineteen Eighty-Four" as a title, phone numbers, clock times; for dates also every
row of another kind: scores "3-1", counts, durations). A number-word library is charged only
for the values it made from words (digits it left as they were are not its finding).

Speed: passages per second on the sentences of the Wikipedia sample (``bench/out/wikipedia``, as
``bench/values.py`` reads it, each document's conventions settled once), every reader on the same
passages in this process: ours is the whole ``extract_values`` (every family), and for dates also
its date and period readers alone. ``added cost`` is the per-passage time of ours plus the library
over ours alone: what adopting the library next to our reader would cost (the issue allows 1.2x).
A library's time is its call alone (search_dates; alpha2digit; parse; numerize; word_to_num on the
runs of its vocabulary), not the alignment this bench does to find where its numbers came from.

Figures (``nice -n 5 python bench/value_libraries.py``: 2 shared cores, so speeds vary by up to 2x between
runs; the ratios, taken in one process, hold better):

    3000 Wikipedia passages; ours (extract_values, every family): 2,625 passages/s; ours, date and period readers alone: 8,606 passages/s

    number words: 128 rows; false = numbers made from words over 89 rows with no value
    candidate                  right elsewhere wrong missed false beats ours  passages/s time/ours added cost
    ours                         125         0     0      3     3          -       2,625     1.00x          -
    text2num alpha2digit          89         1    20     18     5          3     134,166     0.02x      1.02x   (L457, L460, L480)
    text2num (threshold 0)        92         1    21     14     5          3     160,024     0.02x      1.02x   (L457, L460, L480)
    number-parser parse          100         0    28      0     9          3       3,101     0.85x      1.85x   (L457, L460, L480)
    numerizer                    109         0    18      1     8          3       2,232     1.18x      2.18x   (L457, L460, L480)
    word2number (per run)         86         0    28     14     5          0      38,118     0.07x      1.07x

    digits + scale word: 75 rows; false = numbers made from words over 89 rows with no value
    candidate                  right elsewhere wrong missed false beats ours  passages/s time/ours added cost
    ours                          69         0     5      1     3          -
    text2num alpha2digit           2         0    73      0     5          0
    text2num (threshold 0)         2         0    73      0     5          0
    number-parser parse            3         0    72      0     9          0
    numerizer                     64         0    11      0     8          2   (L69, L312)
    word2number (per run)          2         0    69      4     5          0

    spoken years: 4 rows; false as above
    candidate                  right elsewhere wrong missed false beats ours  passages/s time/ours added cost
    ours                           3         0     0      1     3          -
    text2num alpha2digit           0         0     4      0     5          0
    text2num (threshold 0)         0         0     4      0     5          0
    number-parser parse            0         0     4      0     9          0
    numerizer                      0         0     4      0     8          0
    word2number (per run)          0         0     4      0     5          0

    point dates: 157 rows; false = dates over the 839 rows of other kinds
    candidate                  right elsewhere wrong missed false beats ours  passages/s time/ours added cost
    ours                         156         0     1      0     3          -       2,625     1.00x          -
    ours, date readers alone     156         0     1      0     3          -       8,606     0.30x          -
    dateparser search_dates      135         0    18      4   257          0         510     5.15x      6.15x

    periods (century, decade, season, quarter, mid/early/late): 113 rows; false = dates over the 839 rows of other kinds
    candidate                  right elsewhere wrong missed false beats ours  passages/s time/ours added cost
    ours                         112         0     0      1     3          -
    dateparser search_dates        5         0    57     51   257          0

Decision: no library is adopted. Number words: every candidate is less accurate than ours
(89-109 of 128 against 125) and has more false values; the one fast one (text2num) is the least
accurate on fractions and magnitudes, and the most accurate (numerizer) is slower than our whole
reader. The rows they read and ours did not (word fractions, "five years later") were fixed in
ours, by kind; the remaining ones are bare ordinals, left unread on purpose (see
``factcheck/values/numbers.py``). numerizer's two digit-and-scale rows (L69, L312) are ranges
our range merge joins (a gap of ours, in ``values/__init__``). Dates: dateparser is less accurate
(135 against 156 of 157), reads ambiguous numeric dates one way, finds 257 false dates over
other values and reads 5 of 113 periods; and it would cost 3-6x per passage. See
``factcheck/values/dates.py``. Units convert with pint's definitions, frozen in ``values/units.tsv`` (``scripts/build_units.py``).
"""

from __future__ import annotations

import argparse
import datetime
import difflib
import math
import re
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from test_values_table import KINDS, ROWS, Row, _conventions, _spans, family, normalise  # noqa: E402
from values import passages  # noqa: E402  (bench/values.py: the Wikipedia sentences)

from factcheck.values import Conventions, extract_values  # noqa: E402
from factcheck.values.context import _Context  # noqa: E402
from factcheck.values.dates import _date_candidates  # noqa: E402
from factcheck.values.periods import _period_candidates  # noqa: E402

Span = tuple[int, int]


class Found(NamedTuple):
    """One value a reader found: where in the sentence, and its value (numbers, or a date string)."""

    start: int
    end: int
    value: tuple[float, ...] | str
    from_words: bool  # made from words (for a number-word library: not digits left as they were)


# ----------------------------------------------------------------------------- the rows

_SPELLED = re.compile(
    r"(?i)\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"thousand|dozen|half|quarters?|thirds?|first|second|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|twentieth)\b")
_SCALE_AFTER_DIGITS = re.compile(r"(?i)\d\s*(?:million|billion|trillion)\b")
_COMPOUND = re.compile(r"(?i)\band\b.*\b(?:month|minute|day|week|hour)s?\b")
_POINT_DATE_FAMILIES = {"date-full", "month-year", "date-numeric", "date-iso", "year"}


def number_word_rows() -> list[Row]:
    return [r for r in ROWS if r.kind in KINDS and r.kind != "date" and _SPELLED.search(r.value_text)
            and not _COMPOUND.search(r.value_text)]


def scale_rows() -> list[Row]:
    return [r for r in ROWS if r.kind in KINDS and r.kind != "date" and not _SPELLED.search(r.value_text)
            and _SCALE_AFTER_DIGITS.search(r.value_text)]


def expected_numbers(row: Row) -> tuple[float, ...]:
    """The amounts of a row's normalised value: one, or the two ends of a range or pair."""
    amount = row.normalised.split(" ", 1)[0]
    parts = amount.split("..") if ".." in amount else [amount]
    return tuple(float(p) for p in parts)


# ----------------------------------------------------------------------------- ours

def ours_numbers(sentence: str, conventions: Conventions) -> list[Found]:
    found = []
    for v in extract_values(sentence, conventions=conventions):
        if v.kind not in KINDS or v.kind == "date":
            continue
        amount = normalise(v).split(" ", 1)[0]
        try:
            numbers = tuple(float(p) for p in re.split(r"\.\.|(?<=\d)-", amount))
        except ValueError:
            continue
        found.append(Found(v.start, v.end, numbers, bool(_SPELLED.search(v.text))))
    return found


def ours_dates(sentence: str, conventions: Conventions) -> list[Found]:
    return [Found(v.start, v.end, normalise(v), True)
            for v in extract_values(sentence, conventions=conventions) if v.kind == "date"]


# ----------------------------------------------------------------------------- number-word libraries

_NUMBER_OUT = re.compile(r"\d+(?:[.,]\d+)*(?:/\d+)?")


def _substitution_reader(convert: Callable[[str], str]) -> Callable[[str, Conventions], list[Found]]:
    """A reader from a library that rewrites spelled numbers as digits: each number of its output
    is traced back to the characters of the sentence it came from (a character alignment)."""
    def read(sentence: str, conventions: Conventions) -> list[Found]:
        output = convert(sentence)
        origin: list[Span] = [(0, 0)] * len(output)
        changed = [False] * len(output)
        matcher = difflib.SequenceMatcher(None, sentence, output, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            for j in range(j1, j2):
                if tag == "equal":
                    origin[j] = (i1 + j - j1, i1 + j - j1 + 1)
                else:
                    origin[j], changed[j] = (i1, i2), True
        found = []
        for match in _NUMBER_OUT.finditer(output):
            spans = origin[match.start():match.end()]
            start, end = min(s for s, _ in spans), max(e for _, e in spans)
            try:
                number = _number(match.group())
            except ValueError:
                continue  # digits left as written ("11.293.511"): no reading of this library's
            found.append(Found(start, end, (number,), any(changed[match.start():match.end()])))
        return found
    return read


def _number(text: str) -> float:
    if "/" in text:
        numerator, denominator = text.split("/")
        return float(numerator.replace(",", "")) / float(denominator)
    return float(text.replace(",", ""))


def _word2number_reader() -> Callable[[str, Conventions], list[Found]]:
    """word2number parses one number phrase: it is given each run of its own vocabulary words."""
    from word2number import w2n
    words = sorted(set(w2n.american_number_system) | {"point"}, key=len, reverse=True)
    run = re.compile(rf"(?i)\b(?:{'|'.join(words)})(?:(?:[\s-]+(?:and[\s-]+)?)(?:{'|'.join(words)}))*\b")

    def read(sentence: str, conventions: Conventions) -> list[Found]:
        found = []
        for match in run.finditer(sentence):
            try:
                value = w2n.word_to_num(match.group().replace("-", " "))
            except ValueError:
                continue
            found.append(Found(match.start(), match.end(), (float(value),), True))
        return found
    return read


def _word2number_timing() -> Callable[[str], object]:
    reader = _word2number_reader()
    return lambda text: reader(text, Conventions(None, None))


def number_candidates() -> dict[str, tuple[Callable[[str, Conventions], list[Found]], Callable[[str], object]]]:
    """Each installed candidate: (reader for the accuracy run, the bare library call to time)."""
    found: dict[str, tuple[Callable[[str, Conventions], list[Found]], Callable[[str], object]]] = {}
    try:
        from text_to_num import alpha2digit

        def t2n(text: str) -> str:
            return alpha2digit(text, "en")
        found["text2num alpha2digit"] = (_substitution_reader(t2n), t2n)

        def t2n0(text: str) -> str:
            return alpha2digit(text, "en", threshold=0)
        found["text2num (threshold 0)"] = (_substitution_reader(t2n0), t2n0)
    except ImportError:
        print("text2num not installed: skipped")
    try:
        from number_parser import parse as number_parser_parse

        def np_parse(text: str) -> str:
            return str(number_parser_parse(text, language="en"))
        found["number-parser parse"] = (_substitution_reader(np_parse), np_parse)
    except ImportError:
        print("number-parser not installed: skipped")
    try:
        from numerizer import numerize
        found["numerizer"] = (_substitution_reader(numerize), numerize)
    except ImportError:
        print("numerizer not installed: skipped")
    try:
        found["word2number (per run)"] = (_word2number_reader(), _word2number_timing())
    except ImportError:
        print("word2number not installed: skipped")
    return found


# ----------------------------------------------------------------------------- dateparser

_NO_YEAR = 1111  # RELATIVE_BASE year: a found date with this year stated none


def dateparser_reader() -> tuple[Callable[[str, Conventions], list[Found]], Callable[[str], object]] | None:
    try:
        from dateparser.date import DateDataParser
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser not installed: skipped")
        return None
    base = {"RELATIVE_BASE": datetime.datetime(_NO_YEAR, 11, 11), "RETURN_AS_TIMEZONE_AWARE": False,
            "PREFER_DAY_OF_MONTH": "first"}
    orders = {True: "DMY", False: "MDY", None: None}
    parsers: dict[str | None, object] = {}

    def settings(conventions: Conventions) -> dict[str, object]:
        order = orders[conventions.day_first]
        return {**base, "DATE_ORDER": order} if order else dict(base)

    def read(sentence: str, conventions: Conventions) -> list[Found]:
        order = orders[conventions.day_first]
        if order not in parsers:
            parsers[order] = DateDataParser(languages=["en"], settings=settings(conventions))
        parser = parsers[order]
        found, cursor = [], 0
        for text, _ in search_dates(sentence, languages=["en"], settings=settings(conventions)) or []:
            start = sentence.find(text, cursor)
            if start < 0:
                start = sentence.find(text)
            cursor = start + len(text)
            data = parser.get_date_data(text)  # type: ignore[attr-defined]
            if data.date_obj is None:
                continue
            found.append(Found(start, start + len(text), _dateparser_normalised(data.date_obj, data.period), True))
        return found

    def bare(text: str) -> object:
        return search_dates(text, languages=["en"], settings=base)
    return read, bare


def _dateparser_normalised(date: datetime.datetime, period: str) -> str:
    if period == "quarter":
        first = 3 * ((date.month - 1) // 3) + 1
        return f"{date.year}-{first:02d}..{date.year}-{first + 2:02d}"
    if period == "year":
        return f"{date.year}"
    if period == "month":
        return f"{date.year}-{date.month:02d}"
    if date.year == _NO_YEAR:
        return f"--{date.month:02d}-{date.day:02d}"
    return f"{date.year}-{date.month:02d}-{date.day:02d}"


# ----------------------------------------------------------------------------- scoring

class Score(NamedTuple):
    right: int
    elsewhere: int
    wrong: int
    missed: int
    false: int
    right_lines: frozenset[int]  # the rows it gets right (to find where a library does better than ours)


def _overlaps(found: Found, spans: Iterable[Span]) -> bool:
    return any(found.start < end and found.end > start for start, end in spans)


def _number_matches(found: list[Found], expected: tuple[float, ...]) -> bool:
    values = {n for f in found for n in f.value}  # type: ignore[union-attr]
    return all(any(math.isclose(e, v, rel_tol=1e-9) for v in values) for e in expected)


def score_numbers(reader: Callable[[str, Conventions], list[Found]], rows: list[Row],
                  negatives: list[Row], show: bool = False) -> Score:
    """Number rows: right when a value found over the row's text has the row's numbers."""
    return _score(reader, rows, negatives, show, lambda found, row: _number_matches(found, expected_numbers(row)))


def score_dates(reader: Callable[[str, Conventions], list[Found]], rows: list[Row], negatives: list[Row],
                show: bool = False) -> Score:
    """Date rows: right when a value found over the row's text is the row's normalised date."""
    return _score(reader, rows, negatives, show, lambda found, row: any(f.value == row.normalised for f in found))


def _score(reader: Callable[[str, Conventions], list[Found]], rows: list[Row], negatives: list[Row], show: bool,
           matches: Callable[[list[Found], Row], bool]) -> Score:
    """Right (at the row's place), elsewhere (only elsewhere in the sentence), wrong (another
    value at the place), missed; and false values read from words over the negatives' texts."""
    right = elsewhere = wrong = missed = false = 0
    right_lines: set[int] = set()
    for row in rows:
        spans = _spans(row.sentence, row.value_text)
        found = reader(row.sentence, _conventions(row.origin, row.sentence))
        here = [f for f in found if _overlaps(f, spans)]
        if here and matches(here, row):
            right += 1
            right_lines.add(row.line)
            continue
        if here:
            wrong += 1
        elif matches(found, row):
            elsewhere += 1
        else:
            missed += 1
        _show(show, row, here)
    for row in negatives:
        spans = _spans(row.sentence, row.value_text)
        false_here = [f for f in reader(row.sentence, _conventions(row.origin, row.sentence))
                      if f.from_words and _overlaps(f, spans)]
        _show(show and bool(false_here), row, false_here)
        false += len(false_here)
    return Score(right, elsewhere, wrong, missed, false, frozenset(right_lines))


def _show(show: bool, row: Row, here: list[Found]) -> None:
    if show:
        got = [(row.sentence[f.start:f.end], f.value) for f in here]
        print(f"    L{row.line} {row.value_text!r} ({row.kind} {row.normalised}): got {got}")


# ----------------------------------------------------------------------------- speed

def rate(call: Callable[[str, object], object], texts: list[tuple[str, object]]) -> float:
    """Passages per second of ``call`` over ``texts`` (best of two runs)."""
    best = math.inf
    for _ in range(2):
        started = time.perf_counter()
        for text, conventions in texts:
            call(text, conventions)
        best = min(best, time.perf_counter() - started)
    return len(texts) / best


def _ours_full(text: str, conventions: object) -> object:
    return extract_values(text, conventions=conventions) if conventions is not None else extract_values(text)


def _ours_dates_only(text: str, conventions: object) -> object:
    from factcheck.values.conventions import settle
    ctx = _Context(text, None, conventions if isinstance(conventions, Conventions) else settle(text))
    return [*_date_candidates(ctx), *_period_candidates(ctx)]


# ----------------------------------------------------------------------------- report

HEADER = (f"{'candidate':<26} {'right':>5} {'elsewhere':>9} {'wrong':>5} {'missed':>6} {'false':>5} "
          f"{'beats ours':>10} {'passages/s':>11} {'time/ours':>9} {'added cost':>10}")


def _line(name: str, score: Score, ours: Score | None, speed: float | None, ours_speed: float) -> str:
    """One row of the table; ``ours`` is None on our own row. ``beats ours``: rows it gets right
    that ours does not (their line numbers follow the row)."""
    better = sorted(score.right_lines - ours.right_lines) if ours is not None else []
    line = (f"{name:<26} {score.right:>5} {score.elsewhere:>9} {score.wrong:>5} {score.missed:>6} "
            f"{score.false:>5} {len(better) if ours is not None else '-':>10}")
    if speed is not None:
        added = f"{1 + ours_speed / speed:.2f}x" if ours is not None else "-"
        line += f" {speed:>11,.0f} {ours_speed / speed:>8.2f}x {added:>10}"
    if better:
        line += "   (" + ", ".join(f"L{n}" for n in better) + ")"
    return line


def _as_year(reader: Callable[[str, Conventions], list[Found]]) -> Callable[[str, Conventions], list[Found]]:
    """A number reader scored as a year reader: each number it finds as a year."""
    def read(sentence: str, conventions: Conventions) -> list[Found]:
        return [Found(f.start, f.end, str(int(f.value[0])) if isinstance(f.value, tuple) else f.value, f.from_words)
                for f in reader(sentence, conventions)]
    return read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=3000, help="Wikipedia sentences for the speed run")
    parser.add_argument("--show", action="append", default=[], metavar="CANDIDATE",
                        help="print the rows a candidate ('ours', or a name as in the table) gets wrong or "
                             "misses, and its false values (repeatable)")
    args = parser.parse_args()
    shown = set(args.show)
    texts = passages(args.passages)
    if not texts:
        sys.exit("no text under bench/out/wikipedia: run bench/perturb.py once to extract the sample")
    ours_speed = rate(_ours_full, texts)
    ours_dates_speed = rate(_ours_dates_only, texts)
    print(f"{len(texts)} Wikipedia passages; ours (extract_values, every family): {ours_speed:,.0f} passages/s; "
          f"ours, date and period readers alone: {ours_dates_speed:,.0f} passages/s")
    print("right = the right value at the row's place; elsewhere = the right value only elsewhere in the sentence;\n"
          "false = a value over text that holds none; beats ours = rows right where ours is not;\n"
          "added cost = (ours + the library) / ours, per passage\n")

    negatives = [r for r in ROWS if r.kind == "none"]
    numbers = number_candidates()
    families = (("number words", number_word_rows(), True), ("digits + scale word", scale_rows(), False))
    for title, rows, with_speed in families:
        print(f"{title}: {len(rows)} rows; false = numbers made from words over {len(negatives)} rows with no value")
        print(HEADER)
        ours = score_numbers(ours_numbers, rows, negatives, "ours" in shown)
        print(_line("ours", ours, None, ours_speed if with_speed else None, ours_speed))
        for name, (reader, bare) in numbers.items():
            speed = rate(lambda text, _c, bare=bare: bare(text), texts) if with_speed else None
            print(_line(name, score_numbers(reader, rows, negatives, name in shown), ours, speed, ours_speed))
        print()

    spoken = [r for r in ROWS if family(r) == "spoken-year"]
    print(f"spoken years: {len(spoken)} rows; false as above")
    print(HEADER)
    ours = score_dates(ours_dates, spoken, negatives, "ours" in shown)
    print(_line("ours", ours, None, None, ours_speed))
    for name, (reader, _) in numbers.items():
        print(_line(name, score_dates(_as_year(reader), spoken, negatives, name in shown), ours, None, ours_speed))
    print()

    dates = dateparser_reader()
    date_negatives = [r for r in ROWS if r.kind != "date"]
    point = [r for r in ROWS if r.kind == "date" and family(r) in _POINT_DATE_FAMILIES]
    periods = [r for r in ROWS if r.kind == "date" and family(r) not in _POINT_DATE_FAMILIES | {"spoken-year"}]
    for title, rows, with_speed in (("point dates", point, True),
                                    ("periods (century, decade, season, quarter, mid/early/late)", periods, False)):
        print(f"{title}: {len(rows)} rows; false = dates over the {len(date_negatives)} rows of other kinds")
        print(HEADER)
        ours = score_dates(ours_dates, rows, date_negatives, "ours" in shown)
        print(_line("ours", ours, None, ours_speed if with_speed else None, ours_speed))
        if with_speed:
            print(_line("ours, date readers alone", ours, None, ours_dates_speed, ours_speed))
        if dates is not None:
            reader, bare = dates
            speed = rate(lambda text, _c, bare=bare: bare(text), texts) if with_speed else None
            score = score_dates(reader, rows, date_negatives, "dateparser" in shown)
            print(_line("dateparser search_dates", score, ours, speed, ours_speed))
        print()


if __name__ == "__main__":
    main()
