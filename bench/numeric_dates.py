"""Numeric dates ("d/m/y", "d.m.y", two-digit years) of ``tests/data/values.tsv``: python-dateutil and
dateparser against factcheck, each row read with its document's conventions.

    python bench/numeric_dates.py

Prints how many rows each reads right. A row the table marks ``ambiguous`` (its document does not
settle the order of day and month) is right only if left unread one way; the libraries always
return one reading. Needs ``python-dateutil`` and ``dateparser`` installed (not dependencies).
"""

from __future__ import annotations

import datetime
import re
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import dateparser  # noqa: E402
from dateutil import parser as dateutil_parser  # noqa: E402
from test_values_table import ROWS, _conventions, normalise  # noqa: E402

from factcheck.values import extract_values  # noqa: E402

NUMERIC = re.compile(r"\d{1,4}[/.]\d{1,2}[/.]\d{2,4}")


def _day(found: datetime.datetime | None) -> str:
    return f"{found.year}-{found.month:02d}-{found.day:02d}" if found else "-"


def main() -> None:
    warnings.filterwarnings("ignore")
    rows = [r for r in ROWS if r.kind == "date" and NUMERIC.fullmatch(r.value_text)]
    right = {"dateutil, default order": 0, "dateutil, the document's order": 0, "dateparser": 0, "factcheck": 0}
    for row in rows:
        conventions = _conventions(row.origin, row.sentence)
        readers: dict[str, Callable[[str], datetime.datetime | None]] = {
            "dateutil, default order": dateutil_parser.parse,
            "dateutil, the document's order": lambda t, c=conventions: dateutil_parser.parse(t, dayfirst=bool(c.day_first)),
            "dateparser": dateparser.parse,
        }
        for name, read in readers.items():
            try:
                got = _day(read(row.value_text))
            except (ValueError, OverflowError):
                got = "-"
            right[name] += got == row.normalised
        at = row.sentence.find(row.value_text)
        covering = [v for v in extract_values(row.sentence, conventions=conventions)
                    if v.start <= at and v.end >= at + len(row.value_text)]
        right["factcheck"] += any(normalise(v) == row.normalised for v in covering)
    print(f"{len(rows)} numeric-date rows, {sum(r.normalised == 'ambiguous' for r in rows)} of them ambiguous")
    for name, count in right.items():
        print(f"  {name:34} {count:>3} right")


if __name__ == "__main__":
    main()
