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
from factcheck.values.context import _Context, _value
from factcheck.values.patterns import _H
from factcheck.values.periods import roman_value

_SCORE = re.compile(rf"(?<![\w.,/–-])(?P<a>\d{{1,3}}){_H}?(?P<sep>[-–—]|{_H}to{_H}){_H}?(?P<b>\d{{1,3}})"
                    rf"(?![\w/%–-]|[.,:]\d|{_H}*(?:%|per{_H}?cent|percent))")
# "66 votes to 41", "by 4,024 votes to 4,016": a tally whatever stands before it.
_VOTES = re.compile(rf"(?<![\w.,])(?P<a>\d{{1,3}}(?:,\d{{3}})*(?:\.5)?){_H}+votes?{_H}+to{_H}+"
                    rf"(?P<b>\d{{1,3}}(?:,\d{{3}})*(?:\.5)?)(?![\w%]|[.,]\d)")
_SCORE_CONTEXT = re.compile(
    r"\b(?:won|win|wins|winning|beat|beats|beaten|beating|fell|falling|edged|routed|thrashed|sets?|match|defeated|defeat|defeats|lost|lose|loses|losing|drew|draw"
    r"|drawn|tied|tie|victory|victories|loss|losses|score|scored|scores|scoreline|result|record|voted|vote"
    r"|votes|voting|tally|margin|passed|approved|rejected|confirmed|majority|led|leading|trailed|trailing|final"
    r"|ended|finished)\b"
    r"(?:\W+\w+){0,3}?\W+$", re.I)
_ORDERED_NOUNS = (rf"World{_H}+War|Chapter|Part|Book|Volume|Vol\.|Act|Scene|Article|Section|Title|Phase|Stage"
                  r"|Round|Level|Grade|Class|Category|Division|Amendment|Annex|Appendix|Schedule|Psalm|Canto|Symphony")
_COUNTED_BY_ROMAN = re.compile(rf"\b(?P<noun>{_ORDERED_NOUNS}){_H}+(?P<r>[IVXLCDM]{{1,7}})\b(?![.'’]\w)")
# The same nouns numbered in digits, in any case ("Act 2", "chapter 4", "World War 1"): the
# ordinal a Roman numeral would state, not an identifier glued to a name.
# (Found from the numbers, which are few, and the noun just before them.)
_ORDER_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?![\w.,:/–-]?\d|[\w%])")
_ORDERED_NOUN_BEFORE = re.compile(rf"\b(?P<noun>{_ORDERED_NOUNS}){_H}+$", re.IGNORECASE)


_WORLD_WAR = re.compile(rf"\b(?P<ord>First|Second|Third){_H}+World{_H}+War\b")


def _tally_candidates(ctx: _Context) -> Iterable[Value]:
    """Scores, tallies and numbers counted in Roman numerals, where the context makes them so."""
    for match in _VOTES.finditer(ctx.text):
        yield Value(kind="number", text=match.group(), start=match.start(), end=match.end(), unit="score",
                    key=f"{match['a'].replace(',', '')}-{match['b'].replace(',', '')}")
    previous_end = -1
    for match in _SCORE.finditer(ctx.text):
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
        yield Value(kind="number", text=match.group(), start=match.start(), end=match.end(), unit="score",
                    key=f"{a}-{b}")
    for match in _WORLD_WAR.finditer(ctx.text):
        nth = ("First", "Second", "Third").index(match["ord"]) + 1
        yield _value(ctx, "ordinal", match.start(), match.end(), amount=float(nth), unit="world war")
    for match in _COUNTED_BY_ROMAN.finditer(ctx.text):
        number = roman_value(match["r"])
        if number:
            yield _value(ctx, "ordinal", match.start(), match.end(), amount=float(number), unit=_ordered_unit(match))
    for digits in _ORDER_NUMBER.finditer(ctx.text):
        noun = _ORDERED_NOUN_BEFORE.search(ctx.text, max(0, digits.start() - 16), digits.start())
        if noun is not None:
            yield _value(ctx, "ordinal", noun.start(), digits.end(), amount=float(digits.group()),
                         unit=_ordered_unit(noun))


def _ordered_unit(match: re.Match[str]) -> str:
    noun = " ".join(match["noun"].lower().rstrip(".").split())
    return {"vol": "volume"}.get(noun, noun)
