"""Compare the values a claim states with the values a passage states.

A value disagrees only when the passage states a *comparable* value (same kind, same
unit) and none of its comparable values agrees: "seven years in prison" against a claim
of "eight years" disagrees; "18,000 people" against "eight years" says nothing. Names
are compared by spelling-variant key, and a name the claim puts where the passage puts
another name (found by aligning the two word sequences) is a name disagreement.
"""

from __future__ import annotations

import difflib
import functools
import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Literal

from factcheck.index.bm25 import terms
from factcheck.lexicon.directions import direction
from factcheck.lexicon.nouns import is_common_noun
from factcheck.lexicon.outcomes import outcome
from factcheck.lexicon.places import is_place, lies_in, one_place
from factcheck.lexicon.reciprocal import RECIPROCAL_VERBS
from factcheck.models import Value
from factcheck.sources.normalize import fold
from factcheck.values import compare, is_name_variant
from factcheck.values.comparison import opposite_bounds, rounding
from factcheck.values.names import claim_name_relation, fold_word, regnal_number, same_word_of_name
from factcheck.values.periods import SPANS, roman_value
from factcheck.values.relative import moved_dates
from factcheck.values.vocabulary import _TIME_UNITS, CHANGE_UNITS, PERCENT, PERCENT_CHANGE, PERCENTAGE_POINT

_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+")
BARE_EXTRA = 2  # extra neighbours a bare count needs to clash with a counted one
AGREEING_MARGIN = 0.5  # an agreeing value this close (relative to the best differing one) wins
QUANTITY_KINDS = frozenset({"number", "duration", "age", "date", "ordinal"})


@dataclass(frozen=True, slots=True)
class ValueCheck:
    """What one passage says about each of a claim's values."""

    agreed: tuple[Value, ...] = ()
    conflicts: tuple[tuple[Value, Value], ...] = ()
    variants: tuple[tuple[str, Value], ...] = ()
    absent: tuple[Value, ...] = ()
    unpaired: tuple[tuple[Value, Value], ...] = ()  # an absent claim value and a differing passage value of its kind
    passage_names: tuple[Value, ...] = ()           # the names the passage states
    rivals: tuple[tuple[Value, Value], ...] = ()    # an agreed claim value and a differing passage value of its kind
    holders: tuple[tuple[Value, Value], ...] = ()   # an agreed claim value and a passage value that states it
    framing: tuple[tuple[int, int], ...] = ()       # claim spans that frame a value the passage states (_framing)
    apart: tuple[tuple[Value, Value], ...] = ()     # a clash set aside: the two values date or measure two events


def compare_values(claim_values: Sequence[Value], passage_values: Sequence[Value], claim_text: str, passage_text: str) -> ValueCheck:
    """Compare a claim's values with one passage's values (passage offsets are kept)."""
    agreed: list[Value] = []
    conflicts: list[tuple[Value, Value]] = []
    variants: list[tuple[str, Value]] = []
    absent: list[Value] = []
    unpaired: list[tuple[Value, Value]] = []
    passage_names = [v for v in passage_values if v.kind == "name"]
    by_change: list[Value] = []  # starting levels the passage's change and end state: no level rivals them
    folded_passage = fold(passage_text)
    # A passage value that states one of the claim's values cannot also be the value
    # that clashes with another ("extended on December 22, 2017 to June 21, 2018").
    # A coarser claim date ("1921") states no finer passage date ("December 20, 1921").
    claim_quantities = [v for v in claim_values if v.kind in QUANTITY_KINDS]  # (often none: then no passage value is tried)
    claimed = [p for p in passage_values if any(compare(v, p) is True and _precision(v) >= _precision(p)
                                                for v in claim_quantities)] if claim_quantities else []
    unclaimed = [p for p in passage_values if all(p is not c for c in claimed)] if claimed else list(passage_values)
    for value in claim_values:
        if value.kind in QUANTITY_KINDS:
            # A claim's starting level against a passage's change and end ("fell from 8% to 6%" /
            # "eased by 2 points to 6%"): judged by the start they imply, never by the end level.
            start = _stated_start(value, claim_text, passage_text) if value.unit == PERCENT else None
            # A change against the two ends of one ("grew by 50%" / "from 40 million to 60 million tonnes"),
            # unless the passage states the claim's change itself.
            by_ends = _change_against_ends(value, passage_values, claim_text, passage_text) if start is None else None
            outcome = start if start is not None else by_ends if by_ends is True else \
                _compare_quantity(value, claim_values, passage_values, unclaimed, claim_text, passage_text)
            if by_ends is not None and outcome is not True:
                outcome = by_ends
            if outcome is None and value.unit == "score":
                outcome = _score_by_sides(value, claim_values, passage_values, claim_text, passage_text)
            if start is True or (by_ends is True and outcome is True):
                by_change.append(value)  # a start or a change: no level of the passage rivals it
            if outcome is True and value.kind == "number" and (per := _rate_period(claim_text, value)):
                # "$6,000 a week" / "$6,000 a month": one amount, two rates.
                other = next((p for p in unclaimed + claimed if compare(value, p) is True
                              and (theirs := _rate_period(passage_text, p)) and theirs != per), None)
                if other is not None and all(_rate_period(passage_text, p) != per for p in passage_values
                                             if compare(value, p) is True):
                    # The passage's side shown with its period ("up to $6,000 a month"); the claim's value
                    # stays the one object the verdict's bookkeeping knows it by.
                    outcome = _with_rate(passage_text, other)
            if outcome is True and value.unit in (*CHANGE_UNITS, "point"):
                outcome = _same_direction(value, passage_values, claim_text, passage_text)
            if outcome is None and value.unit in CHANGE_UNITS:
                outcome = _stated_change(value, passage_text, _way(claim_text, value))
            elif outcome is None and value.unit == "point" and value.amount is not None:
                # "fell by 3 points" of a share the passage gives in percent: percentage points
                outcome = _stated_change(replace(value, unit=PERCENTAGE_POINT), passage_text, _way(claim_text, value))
        else:
            outcome = _compare_name(value, passage_names, variants) or _named_verbatim(value, folded_passage)
            if outcome is None and any(claim_name_relation(value.text, p.text) == "maybe" for p in passage_names):
                continue  # maybe the passage's name (Kadhafi / Gaddafi): neither agreed nor absent
            if outcome is True and " " in value.text and (inverted := _inverted_name(value, passage_names, passage_text)):
                outcome = inverted
            if outcome is True or (outcome is None and regnal_number(value.text)):
                outcome = _other_number_of_name(value, passage_names, claim_values, passage_values, claim_text,
                                                passage_text, stated=outcome is True) or outcome
        if outcome is True:
            agreed.append(value)
        elif outcome is None:
            absent.append(value)
            if value.kind in QUANTITY_KINDS:
                unpaired += [(value, other) for other in unclaimed if compare(value, other) is False]
        else:
            conflicts.append((value, outcome))
    owned = _owned_by_claim_names(conflicts, claim_values, passage_values, passage_text)
    agreed += owned
    conflicts = [(v, o) for v, o in conflicts if all(v is not w for w in owned)]
    others = _owned_by_other_names(agreed, claim_values, passage_values, claim_text, passage_text)
    agreed = [v for v in agreed if all(v is not c for c, _ in others)]
    conflicts += others
    aged = _ages_of_others(agreed, claim_values, passage_values, passage_text)
    agreed = [v for v in agreed if all(v is not a for a in aged)]
    absent += aged
    swapped = _swapped_names(absent, passage_names, claim_text, passage_text)
    swapped += _other_place_of_noun([v for v in absent if all(v is not c for c, _ in swapped)], passage_names,
                                    claim_text, passage_text)
    conflicts.extend(swapped)
    absent = [v for v in absent if all(v is not c for c, _ in swapped)]
    exchanged = _exchanged_names(agreed, passage_values, claim_text, passage_text)
    exchanged += _exchanged_values(agreed, passage_values, claim_text, passage_text)
    if not exchanged:
        exchanged = _exchanged_by_voice(agreed, passage_values, claim_text, passage_text)
    if not exchanged:
        exchanged = _exchanged_by_verb(agreed, passage_values, claim_text, passage_text)
    if not exchanged:
        exchanged = _exchanged_by_outcome(agreed, passage_values, claim_text, passage_text)
    conflicts.extend(exchanged)
    agreed = [v for v in agreed if all(v is not c for c, _ in exchanged)]
    # A passage date counted from another event ("On March 14, one day after Informburo.kz published
    # its account, ..."): the claim's date of that event is compared with the day it had.
    dates = [v for v in (*agreed, *absent, *(c for c, _ in conflicts)) if v.kind == "date"]
    for ours, moved in moved_dates(dates, passage_values, claim_text, passage_text):
        same = compare(ours, moved)
        agreed = [v for v in agreed if v is not ours]
        absent = [v for v in absent if v is not ours]
        conflicts = [(c, o) for c, o in conflicts if c is not ours]
        if same is True:
            agreed.append(ours)
        elif same is False:
            conflicts.append((ours, moved))
        else:
            absent.append(ours)
    quantities = [v for v in agreed if v.kind in QUANTITY_KINDS and all(v is not c for c in by_change)
                  and not _held_by_claim_name(v, claim_values, passage_values, passage_text)]
    rivals = tuple((v, p) for v in quantities for p in passage_values if p.kind == v.kind and compare(v, p) is False)
    holders = tuple((v, p) for v in quantities if any(v is r for r, _ in rivals)
                    for p in passage_values if compare(v, p) is True)
    framing = [span for v in agreed for span in _framing(v, claim_text, passage_values, passage_text)]
    tallies = [(v, p) for v in agreed if v.unit == "score" for p in passage_values
               if p.unit == "score" and (compare(v, p) is True or _reversed(v, p))]
    tallies += [(v, p) for v, p in conflicts if v.unit == "score" and p.unit == "score"]
    framing += [span for v, p in tallies for span in _told_outcome(v, p, claim_text, passage_text)]
    return ValueCheck(tuple(agreed), tuple(conflicts), tuple(variants), tuple(absent), tuple(unpaired),
                      tuple(passage_names), rivals, holders, tuple(framing))


def _owned_by_claim_names(conflicts: Sequence[tuple[Value, Value]], claim_values: Sequence[Value],
                          passage_values: Sequence[Value], passage_text: str) -> list[Value]:
    """Conflicting claim quantities that the passage states too, given to one of the claim's
    names, while the differing value is given to a name the claim does not have: whose value
    it is decides, not which stands nearer the claim's other words. "Ariel is a city of almost
    20,000 residents" against "Beitar Illit (a city of close to 45,000 residents), Ma'ale
    Adumim, Modi'in Illit, and Ariel (almost 20,000 residents)" (Wikipedia sample) agrees. A
    value's name is the nearest one before it in its sentence (:func:`_owner`). Not for dates,
    which date an event rather than belong to a name ("... in London in November"): on WiCE
    dev, that made one partially supported claim supported."""
    claimed = _claimed_owner(claim_values, passage_values, passage_text)
    if claimed is None:
        return []
    owned = []
    for value, other in conflicts:
        if value.kind not in QUANTITY_KINDS or value.kind == "date" or claimed(other) is not False:
            continue
        if any(compare(value, p) is True and claimed(p) for p in passage_values):
            owned.append(value)
    return owned


def _claimed_owner(claim_values: Sequence[Value], passage_values: Sequence[Value],
                   passage_text: str) -> Callable[[Value], bool | None] | None:
    """For the owner rules: a test of a passage value's owner (:func:`_owner_after`, else
    :func:`_owner`): True when it is one of the claim's names, False when another name, None when
    the value has none. None (no test) when the claim names nothing or the passage fewer than two."""
    claim_names = [v for v in claim_values if v.kind == "name"]
    names = [v for v in passage_values if v.kind == "name"]
    if not claim_names or len(names) < 2:
        return None

    def claimed(value: Value) -> bool | None:
        owner = _owner_after(value, names, passage_text) or _owner(value, names, passage_text)
        return None if owner is None else any(_same_name(c, owner) for c in claim_names)
    return claimed


def _owned_by_other_names(agreed: Sequence[Value], claim_values: Sequence[Value], passage_values: Sequence[Value],
                          claim_text: str, passage_text: str) -> list[tuple[Value, Value]]:
    """Agreed claim quantities that the passage gives only to names the claim does not have, while
    it gives another amount of the same unit to one of the claim's names: "Tom Hale received
    54,210 votes" against "Ana Petrov received 54,210 votes to Tom Hale's 48,900". The amount is
    Petrov's; Hale's is 48,900. The converse of :func:`_owned_by_claim_names`, with its owners
    (:func:`_owner`, in the claim too: the rival's owner is the claim amount's) and its exclusion
    of dates.

    Returns:
        (claim value, the amount the passage gives the claim's name) pairs, possibly none."""
    claimed = _claimed_owner(claim_values, passage_values, passage_text)
    if claimed is None:
        return []
    claim_names = [v for v in claim_values if v.kind == "name"]
    names = [v for v in passage_values if v.kind == "name"]
    found = []
    for value in agreed:
        if value.kind not in QUANTITY_KINDS or value.kind == "date" or not value.unit:
            continue
        mine = _owner(value, claim_names, claim_text)
        if mine is None:
            continue  # the claim gives the amount to no name of its own ("50.7% of the population was White")
        holders = [p for p in passage_values if compare(value, p) is True]
        if not holders or any(claimed(p) is not False for p in holders):
            continue
        # (Set against each other in one clause: "Shares jumped 22% at first; Penmore and Tarrow
        # later fell 4%" gives the 22% to no one.)
        rival = next((p for p in passage_values if p.kind == value.kind and p.unit == value.unit
                      and compare(value, p) is False
                      and (owner := _owner_after(p, names, passage_text) or _owner(p, names, passage_text)) is not None
                      and _same_name(mine, owner)
                      and all(_one_clause(passage_text, h, p) for h in holders)), None)
        if rival is not None:
            found.append((value, rival))
    return found


def _ages_of_others(agreed: Sequence[Value], claim_values: Sequence[Value], passage_values: Sequence[Value],
                    passage_text: str) -> list[Value]:
    """Agreed claim ages that the passage gives to a person the claim does not name: the name
    set beside the age ("The 41-year-old defendant, Gareth Pryce, ..." for "Lisa Brand is 41
    years old"; "Pryce, 41, ..."). An age belongs to one person; a sentence that gives it to
    another states nothing of the claim's. Returns those claim values (they become absent)."""
    claim_names = [v for v in claim_values if v.kind == "name"]
    if not claim_names:
        return []
    names = [v for v in passage_values if v.kind == "name"]
    found = []
    for value in agreed:
        if value.kind != "age":
            continue
        holders = [p for p in passage_values if p.kind == "age" and compare(value, p) is True]
        if holders and all((person := _aged_person(p, names, passage_text)) is not None
                           and not any(_same_name(c, person) for c in claim_names) for p in holders):
            found.append(value)
    return found


# Between an age and the name it is set beside: "41-year-old defendant, " before "Gareth Pryce",
# ", " after "Pryce" before "41,".
_AGE_TO_NAME = re.compile(r"[\w-]*(?:[^\S\r\n]+[a-z][\w-]*){0,3},[^\S\r\n]+$")


def _aged_person(age: Value, names: Sequence[Value], text: str) -> Value | None:
    """The name a passage sets right beside an age: after it, past the person's description and
    a comma ("The 41-year-old defendant, Gareth Pryce"), or right before it ("Pryce, 41,")."""
    for name in names:
        if name.start >= age.end and name.start - age.end <= 40 and _AGE_TO_NAME.fullmatch(text[age.end:name.start]):
            return name
        if name.end <= age.start and re.fullmatch(r",[^\S\r\n]+", text[name.end:age.start]):
            return name
    return None


# A count's owner named after it: "against 900 for its main rival, Kestrel Home".
_FOR_OWNER = re.compile(r"[^\S\r\n]+for[^\S\r\n]+(?:[\w'’-]+[^\S\r\n]+){0,3}?[\w'’-]+,[^\S\r\n]+$")


def _owner_after(value: Value, names: Sequence[Value], text: str) -> Value | None:
    """The name a passage gives a count to after it, by "for" and a description the name is set
    beside ("900 for its main rival, Kestrel Home"), within a few words; None when there is none.
    ("3 games for the Icelandic national team" is no team's count.)"""
    for name in names:
        if value.end <= name.start <= value.end + 50 and _FOR_OWNER.fullmatch(text[value.end:name.start]):
            return name
    return None


def _held_by_claim_name(value: Value, claim_values: Sequence[Value], passage_values: Sequence[Value],
                        passage_text: str) -> bool:
    """Whether the passage gives an amount equal to a claim quantity to one of the claim's names
    ("against 900 kettles for its main rival, Holm" for "Holm sold 900 kettles"): the passage's
    other amounts of its kind are then others', no rivals of the claim's (a date is no one's)."""
    if value.kind == "date":
        return False
    claimed = _claimed_owner(claim_values, passage_values, passage_text)
    return claimed is not None and any(compare(value, p) is True and claimed(p) for p in passage_values)


def _one_clause(text: str, a: Value, b: Value) -> bool:
    """Whether no sentence end or semicolon stands between two values of ``text``."""
    lo, hi = min(a.end, b.end), max(a.start, b.start)
    return not re.search(r"[.;!?](?:\s|$)", text[lo:hi])


def _owner(value: Value, names: Sequence[Value], text: str) -> Value | None:
    """The name a passage gives a value to: the nearest name before it in its sentence."""
    before = [n for n in names if n.end <= value.start and not _SENTENCE_END.search(text, n.end, value.start)]
    return max(before, key=lambda n: n.end) if before else None


# The two ends may carry their dates ("from 40% in 2017 to 60% in 2022"); no other number between them.
_FROM_TO = re.compile(r"\bfrom\s+(?P<x>\d+(?:[.,]\d+)?)\s*(?:%|per\s?cent\b)(?:[^.;%\d]|(?<!\d)(?:1[89]|20)\d\d(?!\d)){0,40}?\bto\s+"
                      r"(?P<y>\d+(?:[.,]\d+)?)\s*(?:%|per\s?cent\b)", re.I)


# The same two ends, the new level first: "eased to 2.3 per cent in March from 2.9 per cent",
# "was 31.4 per cent, down from 36.9 per cent".
_TO_FROM = re.compile(r"(?P<y>\d+(?:[.,]\d+)?)\s*(?:%|per\s?cent\b)(?:[^.;%\d]|(?<!\d)(?:1[89]|20)\d\d(?!\d)){0,40}?"
                      r"\b(?:up\s+|down\s+)?from\s+(?P<x>\d+(?:[.,]\d+)?)\s*(?:%|per\s?cent\b)", re.I)


def _stated_change(value: Value, passage_text: str, way: str = "") -> Literal[True] | Value | None:
    """A change the claim states ("rose by 2 percentage points", "rose 50%") against the change
    the passage gives by its two ends ("from 4% in March to 6% in June": 2 points, a 50% rise),
    never against one end. True when equal within the claim's rounding and, when the claim says
    which way (``way``, "up" or "down"), going that way; else the passage's ends as the differing
    value, with the change it makes as amount ("fell 50%" against "rose from 40% to 60%")."""
    assert value.amount is not None
    differing = None
    for match in _ends(passage_text):  # any pair may be the claim's: "fell from 8% to 6% ... doubled from 12% to 24%"
        if value.unit == "percent change" and not _level(match["x"]):
            continue
        change = _change_of(match, value.unit)
        if abs(value.amount - change) <= rounding(value) and way in ("", _ends_way(match)):
            return True
        if differing is None:
            first = min(match.start("x"), match.start("y"))
            differing = Value("number", passage_text[first:match.end()], first, match.end(), amount=change, unit=value.unit)
    return differing


# A change in points to a level: "eased by 2 points to 6%", "fell by 3 percentage points to 13%",
# "rose 1.5 points to 7.2 per cent".
_BY_TO = re.compile(r"\b(?P<verb>rose|risen|rises|grew|increased|climbed|jumped|up|fell|fallen|falls|eased|dropped|declined"
                    r"|decreased|slipped|down)(?:(?:\s+[\w'’]+){0,5}?\s+by)?\s+(?P<n>\d+(?:\.\d+)?)\s+(?:percentage\s+)?points?"
                    r"(?:[^.;%\d]|(?<!\d)(?:1[89]|20)\d\d(?!\d)){0,30}?\bto\s+(?P<y>\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b)", re.I)


def _stated_start(value: Value, claim_text: str, passage_text: str) -> Literal[True] | Value | None:
    """A claim's starting level ("fell from 8% to 6%": the 8%) against a passage that gives the
    change in points and the end ("eased by 2 points to 6%": from 8%). Only where the claim's
    end is the passage's end; True when the start the passage implies is the claim's within its
    rounding, else the passage's change and end as the differing value, with that start as amount."""
    assert value.amount is not None
    ends = [m for m in (*_FROM_TO.finditer(claim_text), *_TO_FROM.finditer(claim_text))
            if value.start <= m.start("x") < value.end]
    if not ends:
        return None
    end = _level(ends[0]["y"])
    for match in _BY_TO.finditer(passage_text):
        if float(match["y"]) != end:
            continue
        change = float(match["n"])
        start = end - change if direction(match["verb"]) == "up" else end + change
        if abs(value.amount - start) <= rounding(value):
            return True
        return Value("number", match.group(), match.start(), match.end(), amount=start, unit=PERCENT)
    return None


_CLAUSE_BREAK = re.compile(r"[;:!?]|[.,](?!\d)")  # not the point or comma of a number ("6.4%", "1,200")
_LETTERS = re.compile(r"[^\W\d_]+")


def _direction(text: str, value: Value) -> tuple[str, int, int]:
    """"up" or "down" from the last word of rising or falling before a change in its clause
    ("rose by 2 points", "eased 2%", "an increase of 5%", "increased its share of the vote by
    4.8 percentage points"; :func:`factcheck.lexicon.directions.direction`), with where that
    word starts and ends; ("", value.start, value.start) when none says."""
    start = max(0, value.start - 60)
    clause = max((m.end() for m in _CLAUSE_BREAK.finditer(text, start, value.start)), default=start)
    found = ("", value.start, value.start)
    for word in _LETTERS.finditer(text, clause, value.start):
        way = direction(word.group())
        if way:
            found = (way, word.start(), word.end())
    return found


def _way(text: str, value: Value) -> str:
    """The way a value of ``text`` goes by the word before it ("" for a value of no text: an ``expect``)."""
    return _direction(text, value)[0] if value.end <= len(text) else ""


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:about|around|roughly|some|nearly|almost|just|over|under)\s+)?$", re.I)
_TO_BETWEEN = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:in\s+(?:1[89]|20)\d\d\s+)?to\s+(?:(?:about|around|roughly|some|nearly|almost|just|over|under)\s+)?",
                         re.I)
_BY_BEFORE = re.compile(r"\bby\s+(?:(?:about|around|roughly|some|nearly|almost|just|over|under|more\s+than|less\s+than)\s+)?$",
                        re.I)


def _amount_ends(passage_values: Sequence[Value], passage_text: str) -> list[tuple[Value, Value]]:
    """The two ends of a change in amounts the passage states ("grew from 40 million to 60
    million tonnes", "rose from $1.2bn to $1.5bn"), as (start, end) values of one unit, the
    start's unit taken from the end where the start leaves it unsaid ("from 40 million to 60
    million tonnes"). Percentages are :func:`_ends`'s."""
    numbers = sorted((v for v in passage_values if v.kind == "number" and v.amount is not None
                      and v.unit not in (PERCENT, *CHANGE_UNITS, "score")), key=lambda v: v.start)
    found = []
    for low, high in pairwise(numbers):
        if low.end > len(passage_text) or not _FROM_BEFORE.search(passage_text, max(0, low.start - 20), low.start) \
                or not _TO_BETWEEN.fullmatch(passage_text, low.end, high.start):
            continue
        if low.unit and high.unit and low.unit != high.unit:
            continue
        found.append((replace(low, unit=low.unit or high.unit), replace(high, unit=high.unit or low.unit)))
    return found


def _change_against_ends(value: Value, passage_values: Sequence[Value], claim_text: str,
                         passage_text: str) -> Literal[True] | Value | None:
    """A change the claim states in percent ("grew by 50%") or in its unit ("grew by 20 million
    tonnes") against the change the passage's two ends make (:func:`_amount_ends`): 40 to 60
    million tonnes is 50% and 20 million tonnes, never the 40 million it starts from. True when
    one pair makes the claim's change within its rounding, going the claim's way where it says;
    else the first pair, as the differing value with the change it makes as amount; None when
    the claim's value states no change (a level) or no pair measures what it does."""
    if value.kind != "number" or value.end > len(claim_text) or value.amount is None:
        return None
    relative = value.unit == PERCENT_CHANGE
    if not relative and not _BY_BEFORE.search(claim_text, max(0, value.start - 30), value.start):
        return None
    way = _way(claim_text, value)
    if not relative and not way:
        return None  # "by 20 million tonnes" with no verb of change: a margin, a cause
    ends = _amount_ends(passage_values, passage_text)
    differing = None
    for low, high in ends:
        assert low.amount is not None and high.amount is not None
        going = "up" if high.amount > low.amount else "down" if high.amount < low.amount else ""
        if relative:
            if not low.amount:
                continue
            change = abs(high.amount - low.amount) / low.amount * 100
            same = abs(value.amount - change) <= rounding(value)
            unit = PERCENT_CHANGE
        else:
            change, unit = abs(high.amount - low.amount), high.unit
            outcome = compare(value, replace(high, amount=change))
            if outcome is None:
                continue  # another unit: no change of what the claim counts
            same = outcome
        if same and way in ("", going):
            return True
        if differing is None:
            differing = Value("number", passage_text[low.start:high.end], low.start, high.end, amount=change, unit=unit)
    return differing


def _ends(text: str) -> list[re.Match[str]]:
    """The from-to pairs of percentages in ``text`` ("from 40% in 2017 to 60% in 2022", "to 2.3 per cent
    from 2.9 per cent"), in order."""
    return sorted([*_FROM_TO.finditer(text), *_TO_FROM.finditer(text)], key=lambda m: m.start())


def _change_of(match: re.Match[str], unit: str) -> float:
    """The change a from-to pair makes, in percentage points or in percent of its start (never 0)."""
    low, high = _level(match["x"]), _level(match["y"])
    return abs(high - low) if unit == PERCENTAGE_POINT else abs(high - low) / low * 100


def _level(digits: str) -> float:
    """A percentage's digits, with a decimal comma or point ("7,8" in "fell to 7,8 % from 9,1 %")."""
    return float(digits.replace(",", "."))


def _ends_way(match: re.Match[str]) -> str:
    """"up", "down" or "" (no change): the way a from-to pair goes."""
    low, high = _level(match["x"]), _level(match["y"])
    return "up" if high > low else "down" if high < low else ""


# What a change is compared with: the complex prepositions of comparison "compared with/to",
# "in comparison with", "relative to" and the preposition "versus" (Quirk et al. 1985, A
# Comprehensive Grammar of the English Language, on complex prepositions).
_COMPARISON = re.compile(r"\b(?:compared|comparison|relative|versus|vs)\b", re.I)
_SENTENCE_BREAK = re.compile(r"[;!?]|\.(?!\d)")


def _framing(value: Value, claim_text: str, passage_values: Sequence[Value], passage_text: str) -> list[tuple[int, int]]:
    """The claim's words that frame an agreed number the passage states as well, as spans of the claim.

    Its word of direction ("fell from 8% to 6%", "was up 50%") when the passage's same value goes
    the same way: the word before that value says so ("eased by 2 points to 6%": the 6%), or, for
    a change, the passage's two ends that make it ("rose from 40% in 2017 to 60% in 2022": up 50%).
    "fell" and "eased" are two words for one statement there (:mod:`factcheck.lexicon.directions`).
    For a change, also the words that say what it is compared with ("up 50% in 2022 compared with
    2017"): the passage's starting level is what it is compared with. Empty for another value.
    """
    if value.kind != "number" or value.amount is None or value.end > len(claim_text):
        return []
    way, start, end = _direction(claim_text, value)
    if not way:
        return []
    ways = {_direction(passage_text, p)[0] for p in passage_values if p.kind == value.kind and compare(value, p) is True}
    change = value.unit in (*CHANGE_UNITS, "point")
    if change:
        unit = PERCENT_CHANGE if value.unit == PERCENT_CHANGE else PERCENTAGE_POINT
        ways |= {_ends_way(m) for m in _ends(passage_text) if _level(m["x"]) or unit != PERCENT_CHANGE
                 if abs(value.amount - _change_of(m, unit)) <= rounding(value)}
    if way not in ways:
        return []
    spans = [(start, end)]
    if change:
        begin = max((m.end() for m in _SENTENCE_BREAK.finditer(claim_text, 0, value.start)), default=0)
        stop = next((m.start() for m in _SENTENCE_BREAK.finditer(claim_text, value.end)), len(claim_text))
        spans += [(m.start(), m.end()) for m in _COMPARISON.finditer(claim_text, begin, stop)]
    return spans


def _outcome_word(text: str, value: Value) -> tuple[str, int, int]:
    """The verb of a contest's outcome nearest a score in its clause ("Celtic beat Hearts 3–0", "won
    the final 2–0 against Hearts"; :func:`factcheck.lexicon.outcomes.outcome`): its outcome, start
    and end; ("", value.start, value.start) when the clause has none."""
    begin = max((m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, value.start - 80), value.start)),
                default=max(0, value.start - 80))
    stop = next((m.start() for m in _CLAUSE_BREAK.finditer(text, value.end, value.end + 80)),
                min(len(text), value.end + 80))
    found = ("", value.start, value.start)
    distance = len(text) + 1
    for word in _LETTERS.finditer(text, begin, stop):
        told = outcome(word.group())
        away = value.start - word.end() if word.end() <= value.start else word.start() - value.end
        if told and away < distance:
            found, distance = (told, word.start(), word.end()), away
    return found


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+$", re.I)
_OPPONENT_BEFORE = re.compile(r"\b(?:against|over|to|by|versus|vs\.?|v\.?)\s+(?:the\s+)?$", re.I)
_OBJECT_GAP = re.compile(r"\s+(?:the\s+)?")
_CONTEST_OBJECT_VERBS = frozenset({"won", "win", "wins", "winning", "lost", "lose", "loses", "losing"})


def _contest_sides(text: str, score: Value, names: Sequence[Value]) -> tuple[Value, Value] | None:
    """The winner and the loser of the contest a score tallies, as two of ``names``: the names
    nearest before and after its verb of outcome in the score's clause (:func:`_outcome_word`),
    the subject winning where the verb tells a win in the active voice ("Ravenna beat Port
    Aldine 3–1", "Port Aldine won the final 3–1 against Ravenna") and losing where it tells a
    loss or is passive ("lost 1–3 to Ravenna", "was beaten 3–1 by Ravenna"). None where the
    clause has no such verb, or no name on one side of it."""
    told, start, end = _outcome_word(text, score)
    if told not in ("win", "lose"):
        return None
    begin = max((m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, start - 80), start)), default=max(0, start - 80))
    stop = next((m.start() for m in _CLAUSE_BREAK.finditer(text, max(end, score.end), score.end + 80)),
                min(len(text), score.end + 80))
    before = [n for n in names if begin <= n.start and n.end <= start]
    after = [n for n in names if end <= n.start and n.end <= stop]
    # The other side: a name after "against", "over", "to", "by" ("won the Belgrade derby 2–1
    # against Partizan"), else the verb's object ("beat the Hawks 3–1"), which "won" and "lost"
    # do not take: their object is the contest ("won the Belgrade derby").
    opponent = next((n for n in after if _OPPONENT_BEFORE.search(text, end, n.start)), None)
    if opponent is None and text[start:end].lower() not in _CONTEST_OBJECT_VERBS:
        opponent = next((n for n in after if _OBJECT_GAP.fullmatch(text, end, n.start)), None)
    if not before or opponent is None:
        return None
    subject, other = before[-1], opponent
    wins = (told == "win") != bool(_PASSIVE_BEFORE.search(text, max(0, start - 12), start))
    return (subject, other) if wins else (other, subject)


def _score_by_sides(value: Value, claim_values: Sequence[Value], passage_values: Sequence[Value], claim_text: str,
                    passage_text: str) -> Literal[True] | Value | None:
    """A score written from the other side's point of view ("Port Aldine lost 1–3 to Ravenna" /
    "Ravenna beat Port Aldine 3–1"): the same two counts with the same winner and loser
    (:func:`_contest_sides`) are one result (True); with the winner and loser exchanged
    ("Ravenna lost 1–3 to Port Aldine") another (the passage's result, from its winner to its
    score, as the differing value). None where the sides are not both told."""
    if value.end > len(claim_text):
        return None
    ours = _contest_sides(claim_text, value, [v for v in claim_values if v.kind == "name"])
    if ours is None:
        return None
    passage_names = [v for v in passage_values if v.kind == "name"]
    for other in passage_values:
        if other.unit != "score" or compare(value, other) is not None or \
                sorted(other.key.split("-")) != sorted(value.key.split("-")):
            continue
        theirs = _contest_sides(passage_text, other, passage_names)
        told = _sides_told(ours, theirs)
        if told == "same":
            return True
        if theirs and told == "exchanged":
            start, end = min(theirs[0].start, other.start), max(theirs[0].end, theirs[1].end, other.end)
            return replace(other, text=passage_text[start:end], start=start, end=end)
    return None


def _sides_told(ours: tuple[Value, Value], theirs: tuple[Value, Value] | None) -> str:
    """How a passage's winner and loser (:func:`_contest_sides`) stand to the claim's: "same",
    "exchanged" (each one's winner the other's loser), or "" (not both told, or other names)."""
    if theirs is None:
        return ""
    if _same_name(ours[0], theirs[0]) and _same_name(ours[1], theirs[1]):
        return "same"
    if _same_name(ours[0], theirs[1]) and _same_name(ours[1], theirs[0]):
        return "exchanged"
    return ""


def _exchanged_by_outcome(agreed: Sequence[Value], passage_values: Sequence[Value], claim_text: str,
                          passage_text: str) -> list[tuple[Value, Value]]:
    """The winner and the loser of one contest the other way round, whatever verbs tell it:
    "Port Aldine won the cup final 3–1 against Ravenna" against "Ravenna beat Port Aldine 3–1".
    The claim's score agrees with the passage's, and each side's winner is the other's loser
    (:func:`_contest_sides`). Each claim name is paired with the passage name in its place."""
    names = [v for v in agreed if v.kind == "name"]
    passage_names = [v for v in passage_values if v.kind == "name"]
    for score in (v for v in agreed if v.unit == "score" and v.end <= len(claim_text)):
        ours = _contest_sides(claim_text, score, names)
        if ours is None:
            continue
        for other in (p for p in passage_values if p.unit == "score" and compare(score, p) is True):
            theirs = _contest_sides(passage_text, other, passage_names)
            if theirs and _sides_told(ours, theirs) == "exchanged":
                return [(ours[0], theirs[0]), (ours[1], theirs[1])]
    return []


def _told_outcome(value: Value, other: Value, claim_text: str, passage_text: str) -> list[tuple[int, int]]:
    """The claim's verb of outcome beside a score ("beat" in "Celtic beat Hearts 3–0"), as a span of
    the claim, when the passage tells the same outcome beside its score of the same contest ("Celtic
    won the final 2–0 against Hearts"): a tally and its verb are one statement, so the passage
    states the verb whether its score agrees or differs. Empty otherwise ("lost" against "won")."""
    if value.end > len(claim_text):
        return []
    ours, start, end = _outcome_word(claim_text, value)
    theirs = _outcome_word(passage_text, other)[0]
    if ours and theirs and {ours, theirs} == {"win", "lose"} and _reversed(value, other):
        return [(start, end)]  # "lost 1–3" / "beat ... 3–1": one result from each side's point of view
    return [(start, end)] if ours and ours == theirs else []


def _reversed(value: Value, other: Value) -> bool:
    """Whether two scores are one pair of counts in the other order ("1-3" / "3-1")."""
    return value.unit == other.unit == "score" and value.key != other.key \
        and value.key.split("-")[::-1] == other.key.split("-")


def _same_direction(value: Value, passage_values: Sequence[Value], claim_text: str,
                    passage_text: str) -> Literal[True] | Value:
    """A change the passage states at the same amount, but the other way ("rose by 2 points" /
    "eased by 2 points to 6%"): the passage's change differs. True when any passage change of
    that amount goes the claim's way or either way is unsaid."""
    ours = _way(claim_text, value)
    same = [p for p in passage_values if p.unit in (*CHANGE_UNITS, "point") and compare(value, p) is True]
    if not ours or not same:
        return True
    theirs = [_direction(passage_text, p) for p in same]
    if all(way and way != ours for way, _, _ in theirs):
        start, other = theirs[0][1], same[0]  # shown with the word that gives its way: "eased by 2 points"
        return Value(other.kind, passage_text[start:other.end], start, other.end, amount=other.amount, unit=other.unit)
    return True


def _compare_quantity(value: Value, claim_values: Sequence[Value], passage_values: Sequence[Value],
                      unclaimed: Sequence[Value],
                      claim_text: str, passage_text: str) -> Literal[True] | Value | None:
    """True if the passage agrees, the differing passage value if it disagrees, None if silent.

    Of several differing values, the one whose neighbouring words best match the claim
    value's neighbours is taken ("sentenced ... in 2017" against "sentenced ... in 2019",
    not against "wrote about the rape in 2018"), and it must share a neighbour with the
    claim value. A bare count against a counted one needs two neighbours more.
    """
    differing, agreeing = [], []
    for other in passage_values:
        outcome = compare(value, other)
        if outcome is True or (outcome is None and _same_bare_amount(value, other)):
            agreeing.append(other)
        elif any(other is u for u in unclaimed) and (outcome is False or (outcome is None and _bare_mismatch(value, other)
                                                                          and not _PART_OF.match(claim_text, value.end))) \
                and not _WHOLE_OF_SHARE.search(passage_text, max(0, other.start - 40), other.start):
            differing.append(other)
    if value.kind == "date" and value.unit in SPANS:
        # A period agrees with a date within it, not with a coarser one: "in 2021" does not
        # say "in the first quarter of 2021". (A coarser plain date does count: on WiCE dev,
        # a page's "2018" beside its "May 7" confirms more claims than it wrongly supports.)
        agreeing = [a for a in agreeing if _precision(a) >= _precision(value)]
    if value.kind == "date" and agreeing and value.date and _finer_than_stated(value, agreeing) \
            and not any(_precision(d) >= _precision(value) for d in differing):
        # (Beside a differing date as fine as the claim's, the coarser agreeing one is weighed
        # below: "given his prison sentence in September 2018" / "... wrote about the rape in
        # 2018. In September 2019, he was sentenced".)
        return None
    if not differing:
        return True if agreeing else None
    # A coarser date agrees with any finer one ("1921" with "December 13, 1921"); beside a
    # differing date as fine as the claim's ("December 20, 1921"), it confirms nothing.
    if value.kind == "date" and any(_precision(d) >= _precision(value) for d in differing):
        agreeing = [a for a in agreeing if _precision(a) >= _precision(value)]
    if value.end <= len(claim_text):
        ours = neighbours(claim_text, value.start, value.end, values=claim_values)
    else:  # an ``expect`` value: the whole claim is its context
        ours = {t: 0 for t in terms(fold(claim_text))}
    scored = []
    for other in differing:
        shared, closeness = _closeness(ours, passage_text, other, passage_values)
        needed = 1 if compare(value, other) is False else 1 + BARE_EXTRA
        if len(shared) >= needed:
            scored.append((closeness, -other.start, other, len(shared), shared))
    if not scored:
        return True if agreeing else None
    best = max(scored, key=lambda item: item[:2])
    # The claim's value is stated too: it agrees, unless the differing value stands in
    # the claim value's own words and the agreeing one elsewhere ("won A in 2008 and B
    # in 2008" against "won A in 2005 and B in 2008": the first 2008 is A's, and wrong).
    if any(a.amount == value.amount and a.unit == value.unit and a.kind == value.kind for a in agreeing) \
            and value.kind != "date" and not _clause_terms(claim_text, value, claim_values) & best[4]:
        # Nor does a differing value whose shared words are all in another clause of the claim:
        # "... was overturned on appeal, and he was released after four months behind bars"
        # against "His initial sentence of two years and three months in prison was overturned on
        # appeal, and he was freed after serving four months in jail": the claim's four months
        # are stated, and "overturned on appeal" is the first clause's, not theirs.
        return True
    if any(_compound_duration(value) and _compound_duration(a) and a.amount == value.amount and a.unit == value.unit
           for a in agreeing):
        # A length of two units stated as the claim gives it ("two years and three months"),
        # whatever nearer words another length shares ("jailed for two years and three months"
        # / "His initial sentence of two years and three months in prison was overturned ...,
        # and he was freed after serving four months in jail"): so exact a figure is the claim's.
        return True
    if agreeing:
        # ... or where the agreeing value shares more of the claim value's words: "The provincial
        # capital ... had 612,050 residents" against "2.345.678 residents in Alcorán province ...
        # The provincial capital alone had 612.050 residents", though the first stands nearer "Alcorán".
        stated = [_closeness(ours, passage_text, a, passage_values) for a in agreeing]
        if max(closeness for _, closeness in stated) >= best[0] * AGREEING_MARGIN \
                or max(len(shared) for shared, _ in stated) > best[3]:
            return True
    return best[2]


def _compound_duration(value: Value) -> bool:
    """Whether a duration is said in two units ("two years and three months", "1 hour 20 minutes")."""
    return value.kind == "duration" and sum(1 for word in re.findall(r"[a-z]+", value.text.lower())
                                            if word in _TIME_UNITS) >= 2


# What ends a clause within a sentence: a comma before a coordinating conjunction or a relative
# pronoun, a semicolon, a colon.
_MAIN_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas|which|who|where)\b|[;:]")


def _clause_terms(text: str, value: Value, values: Sequence[Value]) -> frozenset[str]:
    """The index terms of the clause a value stands in (:data:`_MAIN_CLAUSE_BREAK` on either side,
    within :func:`neighbours`' reach), without the value's own."""
    breaks_before = list(_MAIN_CLAUSE_BREAK.finditer(text, 0, value.start))
    low = breaks_before[-1].end() if breaks_before else 0
    after = _MAIN_CLAUSE_BREAK.search(text, value.end)
    high = after.start() if after else len(text)
    return frozenset(neighbours(text[low:high], value.start - low, value.end - low,
                                values=[replace(v, start=v.start - low, end=v.end - low) for v in values
                                        if low <= v.start and v.end <= high]))


def _finer_than_stated(value: Value, agreeing: Sequence[Value]) -> bool:
    """Whether a claim date gives a month (or day) that no agreeing passage date states:
    "finished in April 2019" against "finished in 2019", or a year where every agreeing one is a
    decade or century ("founded in 1992" / "in the early 1990s"). The year may come from a
    coarser date beside a yearless one ("May 7" and "2018" on one page state "May 7, 2018")."""
    assert value.date is not None
    for part in (1, 2):
        if value.date[part] is not None and all(a.date is None or a.date[part] is None for a in agreeing):
            return True
    # A year against a decade or century that holds it: "founded in 1992" / "in the early 1990s"
    return value.unit not in SPANS and value.date[0] is not None \
        and all(SPANS.get(a.unit, (0, 0))[0] > 1 for a in agreeing)


def _precision(value: Value) -> float:
    """How many of year, month and day a date states (0 for a value that is no date), less half
    a part for a period that spans several of its finest part ("the 19th century" is coarser than
    "1835", "spring 2019" than "May 2019")."""
    if not value.date:
        return 0
    return sum(part is not None for part in value.date) - (0.5 if value.unit in SPANS else 0.0)


def _closeness(ours: dict[str, int], passage_text: str, other: Value,
               passage_values: Sequence[Value] = ()) -> tuple[set[str], float]:
    """The neighbour terms a passage value shares with the claim value, and how close to
    both values they stand."""
    theirs = neighbours(passage_text, other.start, other.end, values=passage_values)
    shared = ours.keys() & theirs.keys()
    return shared, sum(1.0 / ((1 + ours[t]) * (1 + theirs[t])) for t in shared)


def _same_bare_amount(value: Value, other: Value) -> bool:
    """A bare number agrees with the same number with a unit ("14 or 15" and "15 years old"),
    not with the other bound of it ("at least 500" / "up to DKK 500 million")."""
    numeric = value.kind != "date" and other.kind != "date"
    bare = not value.unit or not other.unit
    # (A length of time the claim states is no bare count of the passage: "two days after the
    # attack" / "the family \"detained two of them\"".)
    if value.kind == "duration" and not other.unit:
        return False
    return numeric and bare and value.amount is not None and value.amount == other.amount \
        and not opposite_bounds(value, other)


# A bare count that is a part of a whole ("about 420 of the city's staff", "300 of the 900
# volunteers"): no rival of the whole's count, which the passage may give ("840 municipal staff").
_PART_OF = re.compile(r"[ \t]+of[ \t]+(?:the|its|their|his|her|our|these|those)\b", re.I)


# The whole a share is taken of ("half of the city's 840 staff", "a third of the 900
# volunteers"): not the count of the part a claim states ("420 staff").
_WHOLE_OF_SHARE = re.compile(r"\b(?:half|thirds?|quarters?|fifths?|tenths?|\d+(?:\.\d+)?[ \t]*(?:%|per[ \t]?cent))"
                             r"[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?(?:[\w-]+['’]s?[ \t]+)?$", re.I)


def _bare_mismatch(value: Value, other: Value) -> bool:
    """A count with a unit against a different bare count: a clash only if the words
    around both agree closely (the caller demands BARE_EXTRA more neighbours in common)."""
    numeric = value.kind == other.kind == "number"
    if {value.unit, other.unit} & {PERCENT, *CHANGE_UNITS}:
        return False  # "300 of the 900 volunteers" / "a third of the 900 volunteers": a count is no share, nor a change
    return numeric and (not value.unit) != (not other.unit) and value.amount is not None \
        and other.amount is not None and value.amount != other.amount


def neighbours(text: str, start: int, end: int, width: int = 6, values: Sequence[Value] = ()) -> dict[str, int]:
    """Index terms of the few words on each side of a value, within its own sentence,
    each with its distance from the value (0 for the nearest on either side).

    Each count or measure of ``values`` (the text's values) that stands there counts by its
    amount and unit, not its digits: "a grant of €45k in 2021" and "a grant of 45,000 euros in
    2021" then share the grant's amount beside the year, and "received 60.000 euro ... in 2022"
    no longer shares the "0" of its digits with them. A date stays
    its words, so "May 2015" still shares "may" and "2015" with "5 May 2015"."""
    low = start - len(_SENTENCE_END.split(text[max(0, start - 80):start])[-1])
    high = end + len(_SENTENCE_END.split(text[end:end + 80])[0])
    before = _terms_between(text, low, start, values)[-width:]
    after = _terms_between(text, end, high, values)[:width]
    ranks: dict[str, int] = {}
    for rank, t in [*enumerate(reversed(before)), *enumerate(after)]:
        ranks[t] = min(rank, ranks.get(t, rank))
    return ranks


def _terms_between(text: str, start: int, end: int, values: Sequence[Value]) -> list[str]:
    """Index terms of ``text[start:end]``; of each count or measure of ``values`` wholly inside
    it, its words ("euros", "years") and one term for its amount and unit (``=amount unit``)
    in place of its digits, so that one amount written two ways is one term."""
    found: list[str] = []
    position = start
    for value in sorted(values, key=lambda v: v.start):
        if value.start < position or value.end > end:
            continue
        if value.kind in ("number", "duration", "age", "ordinal") and value.amount is not None:
            found += _folded_terms(text[position:value.start])
            found += [t for t in _folded_terms(value.text) if not any(c.isdigit() for c in t)]
            found.append(f"={value.amount!r} {value.unit}")
            position = value.end
    return found + list(_folded_terms(text[position:end]))


@functools.lru_cache(maxsize=4096)  # pure; the claim's words around its values are read again for each candidate
def _folded_terms(text: str) -> tuple[str, ...]:
    """The index terms of ``text`` folded (:func:`terms` of :func:`fold`)."""
    return tuple(terms(fold(text)))


# "Smith, John (1941–2019)", "Smith, John." at a line's start: an index's or a list's entry (not
# "Smith, Jones and Brown", a list of surnames in a sentence)
_GIVEN_AFTER = re.compile(r",[ \t]+(?P<given>[A-Z][a-z]+)(?=[ \t]*(?:\(|\.|,[ \t]*\d|$))", re.M)


def _inverted_name(value: Value, passage_names: Sequence[Value], passage_text: str) -> Value | None:
    """A passage entry that writes the claim's surname first, at a line's start, and another given
    name after a comma ("Smith, John (1941–2019)" against the claim's "Jane Smith"; Chicago
    Manual of Style 16.9: an index inverts a personal name), as the passage's whole name;
    None where it writes no name so, or the same given name or its initial ("Smith, J.")."""
    given, surname = value.text.split()[0], value.text.split()[-1]
    for p in passage_names:
        if p.text != surname or not (after := _GIVEN_AFTER.match(passage_text, p.end)) \
                or passage_text[:p.start].rstrip(" \t")[-1:] not in ("", "\n", ";"):
            continue
        theirs = after["given"]
        if not same_word_of_name(given, theirs) and not same_word_of_name(theirs, given):
            return Value("name", passage_text[p.start:after.end()], p.start, after.end())
    return None


_NUMBER_AFTER_NAME = re.compile(r"[ \t]+(?:(?P<digits>\d{1,4})|(?P<roman>[IVXLC]{1,7}))\b(?![.,]\d|[ \t]*%)")


def _name_number(text: str, name: Value) -> int | None:
    """The number a name carries ("Apollo 12", "Apollo XI", "Boeing 737"): digits or a Roman
    numeral right after it (or ending it), else None."""
    if (numeral := regnal_number(name.text)) and (number := roman_value(numeral)):
        return number
    after = _NUMBER_AFTER_NAME.match(text, name.end)
    if after is None:
        return None
    return int(after["digits"]) if after["digits"] else roman_value(after["roman"])


def _other_number_of_name(value: Value, passage_names: Sequence[Value], claim_values: Sequence[Value],
                          passage_values: Sequence[Value], claim_text: str, passage_text: str, *,
                          stated: bool) -> Value | None:
    """The passage's name with another number where the claim's name carries one: "The Apollo 12
    crew landed" against "The Apollo XI crew landed" (a number after a name is an identifier, no
    value of its own: :func:`factcheck.values.quantities._is_identifier`), "Henry VIII founded the
    Tudor dynasty" against "... His father, Henry VII, had founded the Tudor dynasty" (a regnal
    numeral). Where the passage also names the claim's number ("Apollo 11 landed on the Moon ...
    Apollo 13 was launched"), the other is taken only if it stands closer to the claim's words
    (:func:`_closeness`, as for values of a kind); so it is where the claim's name is not
    ``stated`` by the passage at all (a regnal name only the other numeral of which is there).
    The other name, with its number, as the differing value; else None."""
    if value.end > len(claim_text) or (ours := _name_number(claim_text, value)) is None:
        return None
    base = value.text.rsplit(None, 1)[0] if regnal_number(value.text) else value.text
    numbered = [(p, theirs) for p in passage_names
                if (p.text.rsplit(None, 1)[0] if regnal_number(p.text) else p.text) == base
                and (theirs := _name_number(passage_text, p)) is not None]
    own = [p for p, theirs in numbered if theirs == ours]
    others = [p for p, theirs in numbered if theirs != ours]
    if not others:
        return None
    near = {t: d for t, d in neighbours(claim_text, value.start, value.end, values=claim_values).items()
            if t != str(ours)}  # (the number itself tells nothing of which one stands closer)

    def closeness(p: Value) -> float:
        return _closeness(near, passage_text, p, passage_values)[1]

    rival = max(others, key=closeness)
    if (own or not stated) and closeness(rival) <= max((closeness(p) for p in own), default=0.0):
        return None
    end = rival.end if regnal_number(rival.text) else _NUMBER_AFTER_NAME.match(passage_text, rival.end).end()  # type: ignore[union-attr]
    return replace(rival, text=passage_text[rival.start:end], end=end)


def _compare_name(value: Value, passage_names: Sequence[Value], variants: list[tuple[str, Value]]) -> Literal[True] | None:
    """True if the passage names the same entity (recording spelling variants), else None."""
    for other in passage_names:
        if compare(value, other) is True:
            variants.extend(_spelling_differences(value, other))
            return True
    for other in passage_names:
        if is_name_variant(value.text, other.text):
            variants.append((value.text, other))
            return True
    for other in passage_names:  # fewer words, or a city's other name: Peter Tchaikowsky, Peking
        if claim_name_relation(value.text, other.text) == "same":
            variants.append((value.text, other))
            return True
    return None


OPENING_RUN = 3  # identical words after a replaced span that opens both sentences
EXCHANGE_WORDS = 2  # content words a relation between two names needs for its direction to count
EXCHANGE_SHARE = 0.6  # share of the claim's words between the names that the passage has between them
EXCHANGE_EXTRA = 2    # and at most this many words of its own there ("... to acquire the logistics firm X")


def _exchanged_names(agreed: Sequence[Value], passage_values: Sequence[Value], claim_text: str,
                     passage_text: str) -> list[tuple[Value, Value]]:
    """Claim names that the passage states in each other's places: "Port Aldine won the final,
    beating Ravenna" against "Ravenna won the final, beating Port Aldine".

    Two names of one sentence on each side, in the other order, and nowhere in the claim's
    order. Between them, the passage has the same names as the claim (none, or "the Coastal
    Cup") and most of the claim's relation words (:data:`EXCHANGE_SHARE`, at least
    :data:`EXCHANGE_WORDS`: "A met B" may be said either way), adding at most
    :data:`EXCHANGE_EXTRA` of its own (a relation, not a sentence that merely mentions both).
    Each claim name is paired with the passage name in its place. Names whose values go with
    them are two statements told in another order, not exchanged: "In 2019 Smith scored 10
    goals while Jones scored 5" / "Jones scored 5 goals in 2019 while Smith scored 10".
    """
    names = sorted((v for v in agreed if v.kind == "name"), key=lambda v: v.start)
    passage_names = [v for v in passage_values if v.kind == "name"]
    found: list[tuple[Value, Value]] = []
    stated: dict[int, list[Value]] = {}  # the passage names of a claim name (by its place in names), found once

    def stating(k: int) -> list[Value]:
        if k not in stated:
            stated[k] = [p for p in passage_names if _same_name(names[k], p)]
        return stated[k]

    for i, first in enumerate(names):
        for k, second in enumerate(names[i + 1:], i + 1):
            between = claim_text[first.end:second.start]
            inside = [n for n in names if first.end <= n.start and n.end <= second.start]
            wanted = _relation_words(between)
            if len(wanted) < EXCHANGE_WORDS or _SENTENCE_END.search(between):
                continue
            # "AFP's bureau chief before he joined RFE/RL" is "Before joining RFE/RL he was bureau
            # chief for AFP": a possessive, or a clause of time that may come first or last, tells
            # the two names in either order; they are exchanged only where the word right before
            # one of them is the one the passage puts before the other ("joined AFP" / "joining RFE/RL").
            free_order = bool(_POSSESSIVE_START.match(claim_text, first.end) or _SUBORDINATOR.search(between))
            ours, theirs = stating(i), stating(k)
            if any(_relates(a, b, passage_text, wanted, passage_names, inside) for a in ours for b in theirs):
                continue  # the passage says it the claim's way too
            swap = next(((a, b) for a in ours for b in theirs
                         if _relates(b, a, passage_text, wanted, passage_names, inside)
                         and not _POSSESSIVE_START.match(passage_text, b.end)), None)
            if swap is not None and _passive(between) != _passive(passage_text[swap[1].end:swap[0].start]):
                continue  # "C were beaten by B" is "B beat C": the voice puts the same parties the other way round
            if swap is not None and free_order and not (_kept_before(claim_text, first, passage_text, swap[1])
                                                        or _kept_before(claim_text, second, passage_text, swap[0])):
                continue
            if swap is not None and all(first is not c and second is not c for c, _ in found) \
                    and not _carried(first, second, swap, agreed, passage_values, claim_text, passage_text):
                found += [(first, swap[1]), (second, swap[0])]
    return found


_RATE = re.compile(r"\s*(?:(?:a|an|per|each|every)\s+|/\s*)(hour|day|week|month|year|annum)\b"
                   r"|\s+(hourly|daily|weekly|monthly|yearly|annually)\b", re.IGNORECASE)
_RATE_PERIODS = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month", "yearly": "year",
                 "annually": "year", "annum": "year"}


def _rate_period(text: str, value: Value) -> str:
    """The period an amount is counted per, from the words right after it ("$6,000 a month",
    "£30,000 per annum", "$200 weekly"): "month", "year", "week"; "" for none."""
    found = _RATE.match(text, value.end)
    if found is None:
        return ""
    word = (found.group(1) or found.group(2)).lower()
    return _RATE_PERIODS.get(word, word)


def _with_rate(text: str, value: Value) -> Value:
    """The value with the words of its rate ("$6,000 a month") in its text and span."""
    found = _RATE.match(text, value.end)
    return value if found is None else replace(value, text=text[value.start:found.end()], end=found.end())


def _word_before(text: str, value: Value) -> str:
    """The index term of the content word right before a value ("joined" in "joined RFE/RL"),
    over an article; "" when a mark or nothing stands there."""
    match = _LAST_WORD.search(text, 0, value.start)
    found = terms(match.group(1)) if match else []
    return found[-1] if found else ""


def _kept_before(claim_text: str, ours: Value, passage_text: str, theirs: Value) -> bool:
    """Whether the passage's name stands after the word the claim's name stands after ("joined
    AFP" / "joining RFE/RL"): a sign that the passage put it in the claim name's place."""
    word = _word_before(claim_text, ours)
    return bool(word) and word == _word_before(passage_text, theirs)


_LAST_WORD = re.compile(r"(\w+)\s+(?:(?:the|a|an)\s+)?$")


# Conjunctions of a clause of time or reason, which may stand before or after its main clause.
_SUBORDINATOR = re.compile(r"\b(?:before|after|when|while|since|until|because|once)\b", re.IGNORECASE)


# "Ak Zhaiyk's editor-in-chief Azamat Maitanov" says "Azamat Maitanov is the editor-in-chief of
# Ak Zhaiyk" the other way round: a possessive puts the relation's two names in the other order.
_POSSESSIVE_START = re.compile(r"['’]s?\s")


def _carried(first: Value, second: Value, passage: tuple[Value, Value], agreed: Sequence[Value],
             passage_values: Sequence[Value], claim_text: str, passage_text: str) -> bool:
    """Whether each of two names has the same value given to it (:func:`_given`) on both sides."""
    claim_names = [v for v in agreed if v.kind == "name"]
    passage_names = [v for v in passage_values if v.kind == "name"]
    for ours, theirs in ((first, passage[0]), (second, passage[1])):
        mine = _given(ours, agreed, claim_names, claim_text)
        other = _given(theirs, passage_values, passage_names, passage_text)
        if mine is None or other is None or not (
                compare(mine, other) is True or (mine.amount is not None and mine.amount == other.amount)):
            return False  # "10 goals" goes with "10": a count need not repeat its noun
    return True


def _exchanged_values(agreed: Sequence[Value], passage_values: Sequence[Value], claim_text: str,
                      passage_text: str) -> list[tuple[Value, Value]]:
    """Two values the passage gives to each other's names: "Penmore's shares slipped 4% on the
    news, while Tarrow's shares jumped 22%" against "Penmore's shares jumped 22% on the news,
    while Tarrow's shares slipped 4%". Each side states both names and both values; the value
    a name is given is the first one after it in its sentence with no other name between
    (:func:`_given`). Only a crosswise exchange counts, both names' values in each other's
    place: a value the passage gives to no name, or to a third, is no exchange. Each claim
    value is paired with the passage value its name is given there."""
    names = [v for v in agreed if v.kind == "name"]
    if len(names) < 2:
        return []
    passage_names = [v for v in passage_values if v.kind == "name"]
    found: list[tuple[Value, Value]] = []
    for i, first in enumerate(names):
        for second in names[i + 1:]:
            ours = _given(first, agreed, names, claim_text), _given(second, agreed, names, claim_text)
            if ours[0] is None or ours[1] is None or compare(ours[0], ours[1]) is not False:
                continue
            theirs = [next((_given(p, passage_values, passage_names, passage_text) for p in passage_names
                            if _same_name(name, p)), None) for name in (first, second)]
            if theirs[0] is None or theirs[1] is None:
                continue
            if compare(ours[0], theirs[1]) is True and compare(ours[1], theirs[0]) is True \
                    and compare(ours[0], theirs[0]) is False and compare(ours[1], theirs[1]) is False \
                    and all(v is not c for v in ours for c, _ in found):
                found += [(ours[0], theirs[0]), (ours[1], theirs[1])]
    return found


# "is to be acquired by", "was beaten by", "has been named by": a passive participle before its agent.
def _passive(between: str) -> bool:
    """Whether the words between two names end in a passive's agent, "was beaten by" or, in a
    reduced relative clause, "an online campaign recently launched by activist"."""
    return bool(_PASSIVE.search(between) or _REDUCED_PASSIVE.search(between))


# A past participle right before "by" and the agent's description: "launched by activist".
_REDUCED_PASSIVE = re.compile(r"\b[a-z]+(?:ed|en|wn|ne)\s+by\s+(?:[a-z]+\s+){0,5}$")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\w+\s+){0,2}?"
                      r"(?P<verb>(?!(?:to|be|been|being|not|never|also|still|then|\w+ly)\b)\w+)\s+"
                      r"(?:[\w-]+\s+){0,3}?by\s+"  # "was boarded twice in May by"
                      r"(?:[a-z]+\s+){0,5}$", re.I)  # "by the editorial office of The Village": the agent described
_BY = re.compile(r"\bby\b", re.I)
VOICE_EXTRA = 5  # words an active sentence may have between its two names beyond the claim's verb


def _exchanged_by_voice(agreed: Sequence[Value], passage_values: Sequence[Value], claim_text: str,
                        passage_text: str) -> list[tuple[Value, Value]]:
    """Two names whose roles the voice exchanges: "Tarrow Group is to be acquired by Penmore"
    against "Tarrow Group agreed on Tuesday to acquire the logistics firm Penmore" (the claim
    says Penmore acquires, the passage that Tarrow does), or "Penmore acquired Tarrow" against
    "Penmore was acquired by Tarrow". One side puts the verb in the passive with its agent
    after "by", the other in the active with the same two names in the same order (or both
    passive, in the other order), in one sentence with no other name between them. One verb
    is enough here, unlike :func:`_exchanged_names`: the passive's "by" fixes the direction."""
    names = sorted((v for v in agreed if v.kind == "name"), key=lambda v: v.start)
    passage_names = [v for v in passage_values if v.kind == "name"]
    for first, second, between in _neighbouring_names(names, claim_text):
        passive = _PASSIVE.search(between)
        verbs = frozenset(terms(fold(passive["verb"]))) if passive else _relation_words(between)
        if not verbs or (not passive and (len(verbs) > 2 or _BY.search(between))):
            continue
        for a in (p for p in passage_names if _same_name(first, p)):
            for b in (p for p in passage_names if _same_name(second, p)):
                lo, hi = (a, b) if a.start < b.start else (b, a)
                if not _alone(lo, hi, passage_names, passage_text):
                    continue
                theirs = passage_text[lo.end:hi.start]
                their_passive = _PASSIVE.search(theirs)
                if not their_passive and _BY.search(theirs):
                    continue  # a "by" the pattern does not read: no sure voice
                their_verbs = frozenset(terms(fold(their_passive["verb"]))) if their_passive else _relation_words(theirs)
                if not verbs & their_verbs or (not their_passive and len(their_verbs - verbs) > VOICE_EXTRA
                                               and not _object_of(theirs, verbs)):
                    continue
                same_order = lo is a
                if (bool(passive) != bool(their_passive) and same_order) \
                        or (passive and their_passive and not same_order):
                    return [(first, b), (second, a)]
    return []


# Verbs whose parties may change places (factcheck.lexicon.reciprocal), as index terms.
RECIPROCAL = frozenset(terms(fold(" ".join(sorted(RECIPROCAL_VERBS)))))


def _exchanged_by_verb(agreed: Sequence[Value], passage_values: Sequence[Value], claim_text: str,
                       passage_text: str) -> list[tuple[Value, Value]]:
    """Two names on either side of one verb, the other way round: "Katarzyna Nowicka beat
    Lucía Madrigal" against "Spain's Lucía Madrigal beat the defending champion, Katarzyna
    Nowicka of Poland", "Leila Bouazizi defeated Mohamed Trabelsi" against "Mohamed Trabelsi
    ... won the run-off ..., defeating the incumbent, Leila Bouazizi". The claim says "A verb
    B" with that one content word between them, in the active voice, the verb not a
    reciprocal one (:data:`RECIPROCAL`); the passage has, in one sentence, B before the verb's
    only occurrence and A after it, no "by" between (a passive's agent), and A nowhere before
    it. :func:`_exchanged_names` needs two relation words; here the verb's direction suffices."""
    names = sorted((v for v in agreed if v.kind == "name"), key=lambda v: v.start)
    passage_names = [v for v in passage_values if v.kind == "name"]
    for first, second, between in _neighbouring_names(names, claim_text):
        if _BY.search(between) or "," in between:
            continue
        relation = _relation_words(between)
        if len(relation) != 1 or relation & RECIPROCAL or not _LOWER_WORD.search(between):
            continue  # a capitalised word between two names ("Atlanta Veterans Day") is no verb
        verb = next(iter(relation))
        for b in (p for p in passage_names if _same_name(second, p)):
            for a in (p for p in passage_names if _same_name(first, p) and p.start >= b.end):
                span = passage_text[b.end:a.start]
                at = [m.start() for m in _WORD.finditer(span) if terms(fold(m.group())) == [verb]]
                if len(at) != 1 or _SENTENCE_END.search(span) or _BY.search(span[at[0]:]):
                    continue
                if _DETERMINER_BEFORE.search(span, 0, at[0]):
                    continue  # a noun: "Smailova said in an interview with RFE/RL" (RFE/RL interviewed her)
                if _POSSESSIVE_START.match(passage_text, a.end):
                    # An owner, not the verb's object: "Kazakhstan ranked 155th ... in Reporters
                    # Without Borders' 2021 World Press Freedom Index" ("ranked" with no object, as
                    # "placed"), which is "Reporters Without Borders ranked Kazakhstan 155th".
                    continue
                sentence_start = max((m.end() for m in _SENTENCE_END.finditer(passage_text, 0, b.start)), default=0)
                if any(_same_name(first, p) and sentence_start <= p.start < b.end + at[0] for p in passage_names):
                    continue
                return [(first, b), (second, a)]
    return []


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# A determiner right before the verb's word makes it a noun, whose parties prepositions give.
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their|this|that)\s+$", re.I)
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")


def _given(name: Value, values: Sequence[Value], names: Sequence[Value], text: str) -> Value | None:
    """The quantity a text gives a name: the first value after it in its sentence, with no
    other name between them."""
    later = [v for v in values if v.kind in QUANTITY_KINDS and v.start >= name.end]
    if not later:
        return None
    value = min(later, key=lambda v: v.start)
    return value if _alone(name, value, names, text) else None


_WORDS_TO_OBJECT = re.compile(r"(?:\s+[\w'’-]+){0,5}\s*$")  # at most five words, no mark, between a verb and its object


def _object_of(between: str, verbs: frozenset[str]) -> bool:
    """Whether the name after ``between`` is the object of one of ``verbs`` that ends it: the
    verb's last occurrence is followed by at most five words and no punctuation ("... its
    representative had indeed contacted the editorial office of The" + "Village"). Whoever
    the verb's subject is, that name is its patient, not its agent."""
    last = None
    for match in re.finditer(r"[\w'’-]+", between):
        if any(t in verbs for t in terms(fold(match.group()))):
            last = match
    return last is not None and bool(_WORDS_TO_OBJECT.match(between, last.end()))


def _alone(first: Value, second: Value, names: Sequence[Value], text: str) -> bool:
    """Whether ``second`` follows ``first`` in the same sentence of ``text`` with none of
    ``names`` between them."""
    return first.end <= second.start and not _SENTENCE_END.search(text, first.end, second.start) \
        and not any(first.end <= n.start and n.end <= second.start for n in names)


def _neighbouring_names(names: Sequence[Value], text: str) -> Iterator[tuple[Value, Value, str]]:
    """Each pair of ``names`` (sorted by start) that :func:`_alone` holds for, with the text between them."""
    for i, first in enumerate(names):
        for second in names[i + 1:]:
            if _alone(first, second, names, text):
                yield first, second, text[first.end:second.start]


def _same_name(value: Value, other: Value) -> bool:
    return compare(value, other) is True or is_name_variant(value.text, other.text)


@functools.lru_cache(maxsize=4096)  # pure; the words between two of the claim's names, met with each candidate
def _relation_words(text: str) -> frozenset[str]:
    """The index terms of the words between two names, numbers left out ("3–1 at the" relates nothing)."""
    return frozenset(t for t in _folded_terms(text) if not t.isdigit())


def _relates(before: Value, after: Value, text: str, wanted: frozenset[str], names: Sequence[Value],
             inside: Sequence[Value]) -> bool:
    """Whether ``before`` comes first in ``text``, in the same sentence as ``after``, with the
    ``wanted`` words between them, and between them the same names as the claim has between
    its two (``inside``), of the text's ``names``."""
    if before.end > after.start:
        return False
    between = text[before.end:after.start]
    between_names = [n for n in names if before.end <= n.start and n.end <= after.start]
    if any(not any(_same_name(o, n) for o in inside) for n in between_names) or \
            any(not any(_same_name(o, n) for n in between_names) for o in inside):
        return False  # the names between them are not the claim's: another relation ("A were beaten by B in C")
    found = _relation_words(between)
    return not _SENTENCE_END.search(between) and len(found - wanted) <= EXCHANGE_EXTRA \
        and len(wanted & found) >= max(EXCHANGE_WORDS, math.ceil(EXCHANGE_SHARE * len(wanted)))


def _kin(a: str, b: str) -> bool:
    """Two people of one family name: the same last word, other given names ("Bashar al-Assad"
    / "Hafez al-Assad"), neither a spelling of the other."""
    return fold_word(a.split()[-1]) == fold_word(b.split()[-1]) and not is_name_variant(a, b) and fold_word(a) != fold_word(b)


def _holds(name: str, span: str) -> bool:
    """Whether a replaced span is a name or part of it: all of the name, or whole words of it
    ("bashar" of "bashar al-assad")."""
    return name in span or set(span.split()) <= set(name.split())


def _flanked(opcodes: Sequence[tuple[str, int, int, int, int]], n: int) -> bool:
    """A replaced span stands in the same place only between identical words:
    at least two on one side and one on the other ("moved to Kazakhstan from X in 2003"); at
    the start of both sentences, :data:`OPENING_RUN` after it."""
    def run(k: int) -> int:
        if 0 <= k < len(opcodes) and opcodes[k][0] == "equal":
            return opcodes[k][2] - opcodes[k][1]
        return 0
    before, after = run(n - 1), run(n + 1)
    if n == 0 and opcodes[0][1] == opcodes[0][3] == 0:
        return after >= OPENING_RUN  # both sentences open with it: "Bashar al-Assad became ..." / "Hafez al-Assad became ..."
    return min(before, after) >= 1 and max(before, after) >= 2


def _named_verbatim(value: Value, folded_passage: str) -> Literal[True] | None:
    """A name the passage spells the same way, whatever its case or whether it was taken
    for a name there ("Regional authorities" / "regional authorities")."""
    # Each occurrence by str.find, overlapping ones too, rather than a pattern compiled for each name.
    name = fold_word(value.text)
    index = folded_passage.find(name)
    while index >= 0:
        end = index + len(name)
        if (index == 0 or folded_passage[index - 1] not in _ALPHANUMERIC) \
                and (end == len(folded_passage) or folded_passage[end] not in _ALPHANUMERIC):
            return True
        index = folded_passage.find(name, index + 1)
    return None


_ALPHANUMERIC = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _spelling_differences(value: Value, other: Value) -> list[tuple[str, Value]]:
    """Words of two same-key names that are spelled differently (Assem / Asem)."""
    differences = []
    for word in value.text.split():
        source_word = next((w for w in other.text.split() if same_word_of_name(word, w)), None)
        if source_word is not None and fold_word(source_word) != fold_word(word):
            differences.append((word, other))
    return differences


@functools.lru_cache(maxsize=4096)  # pure; a claim's text is met again with each of its candidates
def _folded_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` (split at white space), each folded (:func:`fold_word`)."""
    return tuple(fold_word(w) for w in text.split())


def _other_place_of_noun(absent: Sequence[Value], passage_names: Sequence[Value], claim_text: str,
                         passage_text: str) -> list[tuple[Value, Value]]:
    """Pair a claim's place with the passage's other place where each says whose one noun is:
    "by the government of Kazakhstan" / "by the Russian government", "Kazakhstan's border" /
    "the Uzbekistan border". A place's noun may follow it, as an adjective or a possessive, or go
    before it with "of"; the two texts need not say it the same way, which is why the word
    alignment of :func:`_swapped_names` misses it. Both names must be places of WordNet's
    (``place_names.tsv``, :func:`factcheck.lexicon.places.is_place`) and not one place."""
    pairs = []
    for value in absent:
        if value.kind != "name" or not is_place(value.text):
            continue
        noun = _place_noun(claim_text, value)
        if not noun:
            continue
        other = next((p for p in passage_names if is_place(p.text) and _place_noun(passage_text, p) == noun
                      and claim_name_relation(value.text, p.text) == "different"
                      and not one_place(value.text, p.text)), None)
        if other is not None:
            pairs.append((value, other))
    return pairs


# The noun a place names the owner of: "Kazakh government", "Kazakhstan's government" (after
# it) or "government of Kazakhstan" (before it).
_NOUN_AFTER = re.compile(r"(?:['’]s)?\s+([a-z]+)\b")
_NOUN_BEFORE = re.compile(r"\b([a-z]+)\s+of\s+(?:the\s+)?$")


def _place_noun(text: str, value: Value) -> str:
    """The index term of the common noun a place in ``text`` is said to own, "" if none."""
    before = _NOUN_BEFORE.search(text, max(0, value.start - 40), value.start)
    after = _NOUN_AFTER.match(text, value.end)
    for match in (before, after):
        if match and is_common_noun(match.group(1)):
            found = terms(match.group(1))
            if found:
                return found[0]
    return ""


def _nested_places(ours: str, theirs: str) -> bool:
    """Whether WordNet puts one of two place names inside the other, so that neither says the
    other wrong: "Glasgow" / "Scotland", either way round
    (:func:`factcheck.lexicon.places.lies_in`); as
    :func:`factcheck.match.align._place_it_holds` reads an aligned ``entity`` difference."""
    return bool(lies_in(ours, theirs) or lies_in(theirs, ours))


def _swapped_names(absent: Sequence[Value], passage_names: Sequence[Value], claim_text: str, passage_text: str) -> list[tuple[Value, Value]]:
    """Pair a claim name with a passage name standing in the same place of aligned texts.

    Lists of places or titles are where names most often differ without contradicting,
    so only a replacement between identical words on both sides counts.
    """
    names = [v for v in absent if v.kind == "name"]
    if not names or not passage_names:
        return []
    ours_folded, theirs_folded = _folded_words(claim_text), _folded_words(passage_text)
    opcodes = difflib.SequenceMatcher(a=ours_folded, b=theirs_folded, autojunk=False).get_opcodes()
    pairs = []
    for n, (op, i1, i2, j1, j2) in enumerate(opcodes):
        if op != "replace" or (i2 - i1) > 4 or (j2 - j1) > 4 or not _flanked(opcodes, n):
            continue
        claim_span = " ".join(ours_folded[i1:i2])
        source_span = " ".join(theirs_folded[j1:j2])
        name = next((v for v in names if _holds(fold_word(v.text), claim_span)), None)
        # At the sentence's opening, a dateline may come first in the span: its tails count too.
        spans = [" ".join(theirs_folded[k:j2]) for k in range(j1, j2)] if n == 0 else [source_span]
        others = [v for v in passage_names if any(_holds(fold_word(v.text), span) for span in spans)]
        if name is None or not others or any(claim_name_relation(name.text, v.text) != "different" for v in others):
            continue  # one name, or maybe one, in other spellings: Muammar Kadhafi / Muammar Gaddafi
        if any(_nested_places(name.text, v.text) for v in others):
            continue  # "moved to Glasgow" / "moved to Scotland": the one holds the other
        if n == 0:
            # A sentence that opens with another spelling ("Muammar Kadhafi" / "Muammar Gaddafi")
            # is no swap; another of the family is, after a dateline too ("SFAX, Tunisia — Mohamed
            # Trabelsi, an independent engineer, won ..." / "Moncef Trabelsi, ...").
            others = [v for v in others if _kin(name.text, v.text)]
            if not others:
                continue
        pairs.append((name, others[-1]))
    return pairs
