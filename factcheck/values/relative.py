"""A date that dates another event than the one it is counted from.

"On March 14, one day after prominent news website Informburo.kz published its account of
events ..., Batyrbekova traveled with Nursultan to ... Shymkent" gives March 14 to the journey;
the account was published one day before it, on March 13. A claim that "Informburo.kz published
its account on March 14" shares the date's words with the sentence, and a value comparison that
pairs the two dates agrees with it. This module reads such a passage date: a day followed by
"N days/weeks after/before" and an event the claim's own words tell, and returns the date that
event had (the passage's date moved by the interval), so that the claim's date is compared with
it: March 14 against March 13 is a clash, March 13 agrees.

Only days are moved (a month or a year "after" a day is no day), and only by days and weeks;
the year may be unknown ("March 14": the move keeps it unknown, counting in a leap year so that
February 29 is a day).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import replace

from factcheck.models import Value
from factcheck.sources.normalize import fold

__all__ = ["event_date", "moved_dates"]

# ", one day after", " two weeks before", ", a day after": the interval and its direction, right
# after a date.
_INTERVAL = re.compile(r"\s*,?\s*(?P<count>a|an|one|two|three|four|five|six|seven|\d{1,2})\s+"
                       r"(?P<unit>day|days|week|weeks)\s+(?P<way>after|before)\b", re.IGNORECASE)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_LEAP_YEAR = 2000  # a year with every day, for a date whose year is unknown
_WORD = re.compile(r"[a-z][a-z'’-]+")
_EVENT_WORDS = 2   # claim words the event clause must tell (more than the rest of the sentence)


def event_date(claim_date: Value, passage_date: Value, claim_text: str, passage_text: str) -> Value | None:
    """The date of the event that ``passage_date`` is counted from, where that event is the
    claim's: ``passage_date`` (a day: month and day known) is followed by "N days/weeks
    after/before EVENT", and EVENT (up to the next comma) tells at least two of the claim's words
    around ``claim_date`` and more of them than the rest of the passage does.

    Returns:
        A date Value spanning the passage's date and its interval ("March 14, one day after"),
        whose ``date`` is the event's (month and day moved, the year kept or None); None where
        the passage's date dates the claim's own event."""
    if passage_date.kind != "date" or passage_date.date is None or claim_date.kind != "date":
        return None
    year, month, day = passage_date.date
    if month is None or day is None:
        return None
    interval = _INTERVAL.match(passage_text, passage_date.end)
    if interval is None or _INTERVAL.match(claim_text, claim_date.end):
        return None  # (a claim that counts its date the same way dates the same event)
    count = int(interval["count"]) if interval["count"].isdigit() else _COUNTS[interval["count"].lower()]
    days = count * (7 if interval["unit"].lower().startswith("week") else 1)
    event_end = passage_text.find(",", interval.end())
    event = _words(passage_text[interval.end():event_end if event_end >= 0 else len(passage_text)])
    rest = _words(passage_text[:passage_date.start]) | _words(passage_text[event_end:] if event_end >= 0 else "")
    ours = _words(claim_text[:claim_date.start]) | _words(claim_text[claim_date.end:])
    if len(ours & event) < _EVENT_WORDS or len(ours & event) <= len(ours & rest):
        return None
    try:
        moved = datetime.date(year or _LEAP_YEAR, month, day) + datetime.timedelta(
            days=-days if interval["way"].lower() == "after" else days)
    except ValueError:
        return None
    return replace(passage_date, text=passage_text[passage_date.start:interval.end()], end=interval.end(),
                   date=(moved.year if year else None, moved.month, moved.day))


def _words(text: str) -> frozenset[str]:
    """The text's folded words of three letters or more (the event's verbs and nouns)."""
    return frozenset(w for w in _WORD.findall(fold(text)) if len(w) > 2)


def moved_dates(claim_values: Sequence[Value], passage_values: Sequence[Value], claim_text: str,
                passage_text: str) -> list[tuple[Value, Value]]:
    """``(claim date, event date)`` for each claim date that a passage date counts another event
    from (:func:`event_date`)."""
    found = []
    for ours in claim_values:
        for theirs in passage_values:
            moved = event_date(ours, theirs, claim_text, passage_text)
            if moved is not None:
                found.append((ours, moved))
                break
    return found
