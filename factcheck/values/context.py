"""One text being scanned (masks, word facts) and the Value builder that slices it."""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from factcheck.models import Value
from factcheck.values.conventions import UNSETTLED, Conventions
from factcheck.values.patterns import _CAPITAL_INNER, _LONE_NUMBER_LINE, _LOWER_WORD, _MASK, _PREV_WORD


class WordUse:
    """How a whole document uses its words, for reading the capitals of a part of it.

    ``lower``: the words it writes in lowercase (a capitalised one of them is a common word
    at a sentence start); ``inner_capitals``: the capitalised words it writes in mid-sentence
    (names, wherever they stand). A passage read alone with its document's ``WordUse`` finds
    the names the whole document's reading finds in it. Each set is gathered from the text
    on first use (linear in its length): most passages never ask.
    """

    def __init__(self, text: str) -> None:
        self._text = text

    @cached_property
    def lower(self) -> frozenset[str]:
        return frozenset(_LOWER_WORD.findall(self._text))

    @cached_property
    def inner_capitals(self) -> frozenset[str]:
        return frozenset(_CAPITAL_INNER.findall(self._text))


def word_use(text: str) -> WordUse:
    """The :class:`WordUse` of ``text`` (a whole document); its sets are gathered when first asked."""
    return WordUse(text)


@dataclass
class _Context:
    """One text being scanned, with lazily computed facts about its words (or, with
    ``words``, its document's)."""

    text: str
    reference: datetime.date | None
    conventions: Conventions = UNSETTLED
    words: WordUse | None = None
    masks: list[tuple[int, int]] = field(init=False)
    mask_starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        spans = [m.span() for m in _MASK.finditer(self.text)]
        if "\n" in self.text:  # a number alone on a line of a document is page furniture
            spans = sorted(spans + [m.span() for m in _LONE_NUMBER_LINE.finditer(self.text)])
        self.masks = spans
        self.mask_starts = [start for start, _ in spans]

    def masked(self, start: int, end: int) -> bool:
        """Whether [start, end) touches a URL, phone number, id or boilerplate line."""
        index = bisect_right(self.mask_starts, end - 1)
        return index > 0 and self.masks[index - 1][1] > start

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """Words the text uses in lowercase: a capitalised one of them is a common word."""
        return self.words.lower if self.words is not None else frozenset(_LOWER_WORD.findall(self.text))

    @cached_property
    def inner_capitals(self) -> frozenset[str]:
        """Capitalised words seen in mid-sentence: those are names, wherever they stand."""
        if self.words is not None:
            return self.words.inner_capitals
        return frozenset(_CAPITAL_INNER.findall(self.text))

    def prev_word(self, start: int) -> str:
        """The lowercase word just before ``start`` (over at most 3 punctuation chars)."""
        match = _PREV_WORD.search(self.text, max(0, start - 30), start)
        return match.group(1).lower() if match else ""

    def hedge_start(self, start: int, pattern: re.Pattern[str]) -> int:
        """Move ``start`` back over a hedge ("about", "more than", "since") if one precedes."""
        match = pattern.search(self.text, max(0, start - 24), start)
        return match.start() if match else start


def _value(ctx: _Context, kind: str, start: int, end: int, *, amount: float | None = None, unit: str = "",
           date: tuple[int | None, int | None, int | None] | None = None) -> Value:
    """Build a Value whose text is the verbatim slice [start, end)."""
    return Value(kind=kind, text=ctx.text[start:end], start=start, end=end, amount=amount, unit=unit, date=date)
