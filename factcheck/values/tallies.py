"""Scores and tallies ("won 3–1", "a 9-3 record", "voted 52 to 48"), and numbers counted in
Roman numerals ("World War II", "Chapter IV").

A score or tally is two counts read as one value: kind ``number``, unit ``score``, ``key``
"3-1" in the order written, no amount. It is read only where the words around it make it one
(a verb or noun of winning, losing, drawing or voting within a few words before it, or "score"):
"26-28" alone is a range of days, "COVID-19" an identifier, "1979–2000" two years.

A Roman numeral counts only after a noun that numbers things in order (chapters, parts,
volumes, acts, articles, phases, the world wars): "World War II" is the ordinal 2 of "world
war", as "the Second World War" is, and so are digits after such a noun ("World War 2",
"Act 2", "chapter 4"). After a personal name it is a regnal number, part of the
name ("Louis XIV", "Elizabeth II"), and is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.models import Value
from factcheck.values.context import Gate, Scan, _Context, _value
from factcheck.values.numbers import _word_value
from factcheck.values.patterns import _H, _SMALL
from factcheck.values.periods import roman_value
from factcheck.values.vocabulary import _ONES, _TEENS, _TENS

# The patterns that open with digits open with their first digit, a lookbehind after it testing
# the character before ("(?<![\w.,]\d)" after a digit is "(?<![\w.,])" before it): a pattern
# that opens with a character class lets the regex engine skip to the next digit in one fast
# loop instead of trying the pattern at every character (twice as fast on Wikipedia text).
_SCORE = re.compile(rf"(?P<a>\d(?<![\w.,/–-]\d)\d{{0,2}}){_H}?(?P<sep>[-–—]|{_H}to{_H}){_H}?(?P<b>\d{{1,3}})"
                    rf"(?![\w/%–-]|[.,:]\d|{_H}*(?:%|per{_H}?cent|percent))")
# "66 votes to 41", "by 4,024 votes to 4,016": a tally whatever stands before it.
_VOTES = re.compile(rf"(?P<a>\d(?<![\w.,]\d)\d{{0,2}}(?:,\d{{3}})*(?:\.5)?){_H}+votes?{_H}+to{_H}+"
                    rf"(?P<b>\d{{1,3}}(?:,\d{{3}})*(?:\.5)?)(?![\w%]|[.,]\d)")
_SCORE_CONTEXT = re.compile(
    r"\b(?:won|win|wins|winning|beat|beats|beaten|beating|fell|falling|edged|routed|thrashed|sets?|match|defeated|defeat|defeats|lost|lose|loses|losing|drew|draw"
    r"|drawn|tied|tie|victory|victories|loss|losses|score|scored|scores|scoreline|result|record|voted|vote"
    r"|votes|voting|tally|margin|passed|approved|rejected|confirmed|majority|led|leading|trailed|trailing|final"
    r"|ended|finished)\b"
    r"(?:\W+\w+){0,4}?(?:\W+(?-i:[A-Z])[\w'’-]*){0,3}\W+$", re.I)  # the last words may be a name: "won ... against Crvena Zvezda 2–1"
_ORDERED_NOUN_WORDS = ("World War", "Super Bowl", "Chapter", "Part", "Book", "Volume", "Vol.", "Act", "Scene", "Article",
                       "Section", "Title", "Phase", "Stage", "Round", "Level", "Grade", "Class", "Category", "Division",
                       "Amendment", "Annex", "Appendix", "Schedule", "Psalm", "Canto", "Symphony", "Concerto", "Sonata",
                       "Quartet")
_ORDERED_NOUNS = "|".join(f"{_H}+".join(re.escape(word) for word in noun.split()) for noun in _ORDERED_NOUN_WORDS)
_COUNTED_BY_ROMAN = re.compile(rf"\b(?P<noun>{_ORDERED_NOUNS}){_H}+(?P<r>[IVXLCDM]{{1,7}})\b(?![.'’]\w)")
_ORDERED_NOUN_STARTS = frozenset(noun.split()[0].rstrip(".").lower() for noun in _ORDERED_NOUN_WORDS)
_COUNTED_BY_ROMAN_SCAN = Scan(_COUNTED_BY_ROMAN, words=_ORDERED_NOUN_STARTS)
# The same nouns numbered in digits, in any case ("Act 2", "chapter 4", "World War 1"): the
# ordinal a Roman numeral would state, not an identifier glued to a name.
# (Found from the numbers, which are few, and the noun just before them.)
_ORDER_NUMBER = re.compile(r"\d(?<![\w.,]\d)\d{0,2}(?![\w.,:/–-]?\d|[\w%])")  # opens with a digit: see _SCORE
_ORDER_NUMBER_SCAN = Scan(_ORDER_NUMBER, digit=True)
# What a numbered work is scored for, before its noun: "String Quartet No. 8", "Piano Concerto No. 21"
# (part of the work's title, not a name of its own).
_SCORED_FOR = re.compile(rf"\b(?:(?:Piano|Violin|Viola|Cello|Horn|Clarinet|Flute|Oboe|Bassoon|Trumpet|Organ|Harpsichord"
                         rf"|String|Keyboard|Double|Triple|Chamber|Choral){_H}+)+$")
# "Symphony No. 9", "Piano Concerto no. 21", "Psalm number 23": the number sign between them
# (a work's catalogue number as concert programmes and Wikipedia write it) says the same.
_ORDERED_NOUN_BEFORE = re.compile(rf"\b(?P<noun>{_ORDERED_NOUNS}){_H}+(?:(?:No\.?|Nr\.|Number|#|№){_H}*)?$", re.IGNORECASE)


# A tally with its counts in words or with the counted noun between them: "by three goals to
# one", "by seven votes to two", "two-nil", "one-all", "52 votes in favour and 48 against".
_COUNT = rf"(?:\d{{1,3}}|{_SMALL}|nil|none)"
_NOUN_TALLY = re.compile(
    rf"(?<![\w.,-])(?P<a>{_COUNT})(?:{_H}+(?P<noun>goals?|votes?|points?|runs?|seats?|games?|frames?|sets?|tries))?"
    rf"{_H}+to{_H}+(?P<b>{_COUNT})(?![\w%-]|[.,]\d|{_H}*(?:per{_H}?cent|percent)\b)", re.I)
_NIL_TALLY = re.compile(
    rf"(?<![\w.,-])(?P<a>\d{{1,2}}|{_SMALL}|nil)(?:-|–|{_H}+)(?P<b>nil|all)\b(?!-\w)", re.I)
_FOR_AGAINST = re.compile(
    rf"(?<![\w.,])(?P<a>{_COUNT})(?:{_H}+votes?)?{_H}+(?:in{_H}+favou?r(?:{_H}+of{_H}+(?:it|the{_H}+\w+))?|for)"
    rf"(?:{_H}*,|{_H}+and|{_H}+to|{_H}+with)?{_H}+(?P<b>{_COUNT})(?:{_H}+votes?)?{_H}+against\b", re.I)
_FROM_BEFORE = re.compile(rf"\bfrom{_H}+$", re.I)
# The result a score is: "a 2-2 draw", "a 3–1 win", "a 52–48 vote".
_RESULT_AFTER = re.compile(rf"{_H}+(?:draw|win|victory|defeat|loss|lead|vote|majority)\b", re.I)


def _count(words: str) -> int | None:
    """A tally's count: digits, a number in words, or "nil"/"none" (0)."""
    lower = " ".join(words.lower().split())
    if lower in ("nil", "none"):
        return 0
    if lower.isdigit():
        return int(lower)
    value = _word_value(lower)
    return int(value) if value is not None and value == int(value) else None


def _word_tallies(ctx: _Context) -> Iterable[Value]:
    """Tallies in words or with their noun: "by three goals to one" (3-1), "two-nil" (2-0),
    "one-all" (1-1), "52 votes in favour and 48 against" (52-48). "N to M" alone needs words
    of winning or voting before it, and "all" a score before it too ("two all" is no score
    elsewhere)."""
    lower = ctx.text.lower()
    found = []
    if " to " in lower:
        found += [(m, True) for m in _NOUN_TALLY.finditer(ctx.text)]
    if "nil" in lower or "all" in lower:
        found += [(m, m["b"].lower() == "nil") for m in _NIL_TALLY.finditer(ctx.text)]
    if "against" in lower:
        found += [(m, True) for m in _FOR_AGAINST.finditer(ctx.text)]
    for match, sure in found:
        if _FROM_BEFORE.search(ctx.text, max(0, match.start() - 6), match.start()):
            continue  # "from 10 seats to 15": a change, not a tally
        a, b = _count(match["a"]), _count(match["b"]) if match["b"].lower() != "all" else _count(match["a"])
        if a is None or b is None:
            continue
        noun = match.groupdict().get("noun")
        if match.re is _NOUN_TALLY and (match["a"].isdigit() and match["b"].isdigit() and not noun):
            continue  # "52 to 48" in digits: the digit reader's
        if match.re is _NOUN_TALLY and not noun and (a <= b or not _SCORE_CONTEXT.search(
                ctx.text, max(0, match.start() - 60), match.start())):
            continue  # "from one to three", "six to eight weeks": a range
        if not sure and not _SCORE_CONTEXT.search(ctx.text, max(0, match.start() - 60), match.start()):
            continue
        yield Value(kind="number", text=match.group(), start=match.start(), end=match.end(), unit="score",
                    key=f"{a}-{b}")


_WW = re.compile(r"\bWW(?P<n>II|I|1|2)\b")  # "WWII", "WW1": the world wars' abbreviations
_WORLD_WAR = re.compile(rf"\b(?P<ord>First|Second|Third){_H}+World{_H}+War\b")
_VOTES_SCAN = Scan(_VOTES, digit=True)
_SCORE_SCAN = Scan(_SCORE, digit=True)
_WORLD_WAR_SCAN = Scan(_WORLD_WAR, words=("war",))
# Besides its scans' matches, a tally in words opens with a count (_COUNT: digits, or a number
# below a hundred, "nil" or "none", whose first word is a whole run of letters), and "WWII",
# "WWI" are runs of their own ("WW2" holds a digit).
TALLIES_GATE = Gate(_VOTES_SCAN, _SCORE_SCAN, _WORLD_WAR_SCAN, _COUNTED_BY_ROMAN_SCAN, _ORDER_NUMBER_SCAN,
                    words={*_ONES, *_TEENS, *_TENS, "nil", "none", "wwi", "wwii"})


def _tally_candidates(ctx: _Context) -> Iterable[Value]:
    """Scores, tallies and numbers counted in Roman numerals, where the context makes them so."""
    # "votes to" is written in lowercase (_VOTES is case-sensitive): most passages are spared its scan.
    for match in _VOTES_SCAN.finditer(ctx) if "vote" in ctx.text else ():
        yield Value(kind="number", text=match.group(), start=match.start(), end=match.end(), unit="score",
                    key=f"{match['a'].replace(',', '')}-{match['b'].replace(',', '')}")
    previous_end = -1
    for match in _SCORE_SCAN.finditer(ctx):
        a, b = int(match["a"]), int(match["b"])
        if match["sep"].strip() == "to" and a <= b:
            continue  # "10 to 15" ascends: a range
        # A score follows another one ("4–6, 6–4, 6–1" in tennis sets) or words of winning,
        # losing or voting.
        after_score = previous_end >= 0 and re.fullmatch(r"[,;\s]*(?:and\s+)?", ctx.text[previous_end:match.start()])
        if not after_score and not _SCORE_CONTEXT.search(ctx.text, max(0, match.start() - 60), match.start()) \
                and not (a >= b and ctx.text[match.end():match.end() + 12].lower().lstrip().startswith(
                    ("win", "victory", "defeat", "loss", "lead", "vote", "draw", "record", "margin"))):
            continue
        previous_end = match.end()
        result = _RESULT_AFTER.match(ctx.text, match.end())
        end = result.end() if result else match.end()
        yield Value(kind="number", text=ctx.text[match.start():end], start=match.start(), end=end, unit="score",
                    key=f"{a}-{b}")
    yield from _word_tallies(ctx)
    for match in _WORLD_WAR_SCAN.finditer(ctx):
        nth = ("First", "Second", "Third").index(match["ord"]) + 1
        yield _value(ctx, "ordinal", match.start(), match.end(), amount=float(nth), unit="world war")
    if "WW" in ctx.text:
        for match in _WW.finditer(ctx.text):
            nth = {"I": 1, "1": 1, "II": 2, "2": 2}[match["n"]]
            yield _value(ctx, "ordinal", match.start(), match.end(), amount=float(nth), unit="world war")
    for match in _COUNTED_BY_ROMAN_SCAN.finditer(ctx):
        number = roman_value(match["r"])
        if number:
            yield _value(ctx, "ordinal", match.start(), match.end(), amount=float(number), unit=_ordered_unit(match))
    # A number is read here only after an ordered noun (_ORDERED_NOUN_BEFORE), whose first word
    # stands as a whole run of letters: without one, the numbers need not be scanned.
    ordered = not _ORDERED_NOUN_STARTS.isdisjoint(ctx.letter_runs)
    for digits in _ORDER_NUMBER_SCAN.finditer(ctx) if ordered else ():
        noun = _ORDERED_NOUN_BEFORE.search(ctx.text, max(0, digits.start() - 24), digits.start())
        if noun is not None:
            scored = _SCORED_FOR.search(ctx.text, max(0, noun.start() - 24), noun.start())
            yield _value(ctx, "ordinal", scored.start() if scored else noun.start(), digits.end(),
                         amount=float(digits.group()), unit=_ordered_unit(noun))


def ordered_noun_before(text: str, start: int) -> bool:
    """Whether a number at ``start`` follows a noun that numbers things in order ("chapter 4")."""
    return _ORDERED_NOUN_BEFORE.search(text, max(0, start - 24), start) is not None


def _ordered_unit(match: re.Match[str]) -> str:
    noun = " ".join(match["noun"].lower().rstrip(".").split())
    return {"vol": "volume"}.get(noun, noun)
