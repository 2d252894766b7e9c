"""Extract the checkable values of a text and compare two of them.

A claim and a source disagree in checkable ways: "eight years" against "seven years",
"September 2019" against "2018". This package finds numbers, quantities, durations,
ages, dates and names with exact offsets in the original text (``text[v.start:v.end]
== v.text``), and decides whether two values state the same thing.

Precision beats recall here: a false disagreement costs the user's trust, so anything
ambiguous (identifiers, ranges, bare "one", hedged amounts) is either skipped or made
incomparable rather than guessed.

Layout (each module imports only those above it; this one ties them together):

- ``vocabulary``: word lists and unit tables (number words, months, units, common words).
- ``patterns``: the compiled regular expressions built from that vocabulary.
- ``numbers``: ``parse_number``, number-word parsing, the counted noun after a number.
- ``context``: ``_Context`` (one text being scanned), ``_value``, the Value builder, and
  ``Scan``, a pattern scanned only over a text that holds what its matches need.
- ``quantities``: numbers with units, money, durations, ages, ordinals, vague counts,
  and the guards against years-as-counts and identifiers.
- ``dates``: absolute, month-only and relative dates.
- ``tallies``: scores and tallies ("won 3–1", "voted 52 to 48"), Roman numerals that count.
- ``periods``: centuries, decades, seasons, quarters and spoken years, as dates with a span.
- ``names``: capitalised-word runs as names, ``name_key`` and ``is_name_variant``.
- ``comparison``: ``compare`` and the hedge/range reading it relies on.
- ``__init__`` (here): the public API and ``extract_values``, which gathers every
  module's candidates, keeps the longest non-overlapping ones and merges ranges.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import replace

from factcheck.lexicon.noun_kinds import is_person
from factcheck.lexicon.nouns import is_common_noun
from factcheck.models import Value
from factcheck.values.comparison import _hedge, compare
from factcheck.values.context import Gate, WordUse, _Context
from factcheck.values.conventions import Conventions, settle
from factcheck.values.dates import DATES_GATE, _date_candidates
from factcheck.values.names import _name_candidates, is_name_variant, name_key
from factcheck.values.numbers import parse_number
from factcheck.values.patterns import _RANGE_GAP, _RANGE_START
from factcheck.values.periods import PERIODS_GATE, _period_candidates
from factcheck.values.quantities import (
    AGE_PREFIX_GATE,
    ONE_UNIT_GATE,
    QUANTITIES_GATE,
    VAGUE_GATE,
    WORD_ORDINALS_GATE,
    _age_prefix_candidates,
    _one_unit_candidates,
    _quantity_candidates,
    _vague_candidates,
    _word_ordinal_candidates,
)
from factcheck.values.tallies import TALLIES_GATE, _tally_candidates

__all__ = ["Conventions", "WordUse", "compare", "extract_values", "is_name_variant", "name_key", "parse_number", "settle",
           "values_of_kind"]

_SUPERSCRIPT = re.compile("[¹²³⁴-⁹⁰]")
_FOOTNOTE_AFTER_NUMBER = re.compile("(?<=\\d\\d\\d)[¹²³⁴-⁹⁰]+")

_PRIORITY = {"date": 0, "age": 1, "duration": 2, "ordinal": 3, "number": 4, "name": 5}

# The candidate readers in the order their candidates are gathered (the order breaks ties in
# _resolve: keep it), each with the Gate a text must pass for it to find anything (None: names,
# which any capital may open).
_READERS: tuple[tuple[Callable[[_Context], Iterable[Value]], Gate | None], ...] = (
    (_date_candidates, DATES_GATE), (_period_candidates, PERIODS_GATE), (_tally_candidates, TALLIES_GATE),
    (_quantity_candidates, QUANTITIES_GATE), (_word_ordinal_candidates, WORD_ORDINALS_GATE),
    (_vague_candidates, VAGUE_GATE), (_age_prefix_candidates, AGE_PREFIX_GATE), (_one_unit_candidates, ONE_UNIT_GATE),
    (_name_candidates, None))


def extract_values(text: str, *, reference: datetime.date | None = None,
                   conventions: Conventions | None = None, words: WordUse | None = None) -> list[Value]:
    """All checkable values of ``text``, sorted by start, non-overlapping (longest wins).

    ``reference`` is the date the text was written; relative dates ("last August",
    "yesterday") are resolved against it, or kept with only the parts they state.
    ``conventions`` are how the text's document writes numbers and numeric dates
    (:func:`factcheck.values.conventions.settle` of the whole document); by default they are
    settled from ``text`` itself. ``words`` is how the document uses its words
    (a :class:`WordUse` of the whole document), for reading a passage's names as the whole
    document's reading would; by default, from ``text`` itself.
    """
    # A superscript glued to a number of three or more digits is a footnote marker ("lit in
    # 1874¹"), not part of the number: blanked for the scan (same length, so offsets hold; no
    # value's text can include it). Exponents ("10³") follow short bases and stay.
    scan = _FOOTNOTE_AFTER_NUMBER.sub(lambda m: " " * len(m.group()), text) if _SUPERSCRIPT.search(text) else text
    ctx = _Context(scan, reference, settle(text) if conventions is None else conventions, words)
    candidates: list[Value] = []
    for reader, gate in _READERS:
        if gate is None or gate.may_match(ctx):
            if ctx.masks:
                candidates.extend(v for v in reader(ctx) if not ctx.masked(v.start, v.end))
            else:  # nothing masked (most passages): no candidate to test
                candidates.extend(reader(ctx))
    return _predicative_ages(text, _merge_ranges(text, _resolve([v for v in candidates if not _indefinite_time(text, v)])))


# A bare number after a person and "is" or "was", ending its clause: "Nursultan was nine when he
# came home", "she was 14." (the news convention for an age given in a predicate; AP Stylebook,
# "ages"). A name found by the name reader (not a common noun opening the sentence: "Turnout
# was 52"), "he"/"she", or a noun that names a person first in WordNet ("the boy"), is the person.
_COPULA_BEFORE = re.compile(r"(?:\b(?P<pronoun>[Hh]e|[Ss]he)|\b(?P<noun>[a-z]+))?\s+(?:is|was)\s+$")
_AGE_CLAUSE_END = re.compile(r"\s*(?:$|[.,;!?]|when\b|at\s+the\s+time\b)")


def _predicative_ages(text: str, values: list[Value]) -> list[Value]:
    """``values`` with each bare whole number of 1 to 119 that a person's "is" or "was" puts at
    the end of its clause read as an ``age`` in years (:data:`_COPULA_BEFORE`): "Nursultan was
    nine when ..." states his age as "the seven-year old" does, and the two are compared."""
    names_end = {v.end for v in values if v.kind == "name" and not (" " not in v.text and is_common_noun(v.text))}
    read = []
    for v in values:
        if v.kind == "number" and not v.unit and v.amount is not None and v.amount == int(v.amount) \
                and 1 <= v.amount <= 119 and _AGE_CLAUSE_END.match(text, v.end):
            before = _COPULA_BEFORE.search(text, max(0, v.start - 30), v.start)
            if before is not None and (before["pronoun"] or (before["noun"] and is_person(before["noun"]))
                                       or before.start() in names_end):
                v = replace(v, kind="age", unit="year")
        read.append(v)
    return read


# "one day", "one night": said of an occasion, not measured, unless the words around measure it.
_ONE_OCCASION = re.compile(r"one[^\S\r\n]+(?:day|night|morning|afternoon|evening)", re.I)
_MEASURING_BEFORE = frozenset("for after spent spend spending served within in lasted lasting last took takes take only just "
                              "about around over under than nearly almost barely a the each every per".split())
_MEASURING_AFTER = re.compile(r"[^\S\r\n]*(?:later|earlier|after|before|ago|of|long|old|behind|ahead|late(?![^\S\r\n]+"
                              r"(?:last|this|next|in|on|that|January|February|March|April|May|June|July|August|September|"
                              r"October|November|December)\b))\b", re.I)


def _indefinite_time(text: str, value: Value) -> bool:
    """Whether a duration is "one day" (or night, morning, afternoon, evening) said of an
    occasion, an indefinite time adverbial ("came home one day late last August", "one day he
    left"), not a length of time: no word before it that measures ("for", "after", "spent",
    "within", ...) and none after it ("later", "ago", "long", "late" as a delay: "was one day
    late"). Quirk et al. 1985, §8.55: "one day" as the indefinite "on a certain day"."""
    if value.kind != "duration" or not _ONE_OCCASION.fullmatch(value.text):
        return False
    before = text[max(0, value.start - 20):value.start].split()
    if before and before[-1].lower().strip(",;:(") in _MEASURING_BEFORE:
        return False
    # (Alone, "one day" is only a length: nothing around it says when.)
    told = bool(before) or text[value.end:value.end + 1] == ","
    return told and _MEASURING_AFTER.match(text, value.end) is None


# A month's name and the space before its day: the part of "March 14" before the "14".
_MONTH_BEFORE_DAY = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+")


def _resolve(candidates: list[Value]) -> list[Value]:
    """Keep the longest candidates that do not overlap, then order them by position. A count that
    starts inside a date, at the date's day ("On March 14 local police officers": not "14 local
    police"), is the date's: a day of the month counts nothing."""
    dates = [v for v in candidates if v.kind == "date"]
    if dates:
        candidates = [v for v in candidates if not (
            v.kind == "number" and v.amount is not None and v.amount == int(v.amount) and 1 <= v.amount <= 31
            and any(d.start < v.start < d.end <= v.end and _MONTH_BEFORE_DAY.fullmatch(d.text[:v.start - d.start])
                    and not any(o.start < d.start < o.end for o in dates)  # ("On 14 March 12 officers left")
                    for d in dates))]
    ordered = sorted(candidates, key=lambda v: (v.start - v.end, _PRIORITY[v.kind], v.start))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Value] = []
    for value in ordered:
        index = bisect_left(starts, value.start)
        if index > 0 and ends[index - 1] > value.start:
            continue
        if index < len(starts) and starts[index] < value.end:
            continue
        starts.insert(index, value.start)
        ends.insert(index, value.end)
        kept.insert(index, value)
    return kept


def _merge_ranges(text: str, values: list[Value]) -> list[Value]:
    """Join "80 to 90 years", "six or seven feet", "between 75% and 90%" into one value.

    The merged value keeps the upper amount and the unit of its second half; ``compare``
    reads the lower bound back from its text, so a range never contradicts a number in it.
    """
    merged: list[Value] = []
    for value in values:
        low = merged[-1] if merged else None
        if low is not None and _joins_range(text, low, value):
            start = _RANGE_START.search(text, max(0, low.start - 12), low.start)
            first = start.start() if start else low.start
            merged[-1] = Value(kind=value.kind, text=text[first:value.end], start=first,
                               end=value.end, amount=value.amount, unit=value.unit)
        else:
            merged.append(value)
    return merged


def _joins_range(text: str, low: Value, high: Value) -> bool:
    """Whether ``low`` and ``high`` are the two ends of one stated range."""
    if low.kind != "number" or high.kind not in ("number", "duration", "age"):
        return False
    if low.amount is None or high.amount is None or low.unit not in ("", high.unit):
        return False
    if _hedge(low) == "range" or low.amount >= high.amount:
        return False  # "52 to 48" is a tally, not a range: a range ascends
    if text[max(0, low.start - 5):low.start].lower().endswith("from "):
        return False  # "rose from 4% to 6%", "from $5.4 million to $3.7 billion": two levels, not a range
    gap = _RANGE_GAP.fullmatch(text, low.end, high.start)
    if not gap:
        return False
    return gap["word"] != "and" or bool(_RANGE_START.search(text, max(0, low.start - 12), low.start))


def values_of_kind(values: Iterable[Value], kinds: set[str]) -> list[Value]:
    """The values whose kind is in ``kinds``, in their original order."""
    return [v for v in values if v.kind in kinds]
