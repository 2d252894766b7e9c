"""One text being scanned (masks, word facts) and the Value builder that slices it."""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from factcheck.models import Value
from factcheck.values.conventions import UNSETTLED, Conventions
from factcheck.values.patterns import _LONE_NUMBER_LINE, _LOWER_WORD, _MASK, _MASK_HINT, _PREV_WORD


class WordUse:
    """How a whole document uses its words, for reading the capitals of a part of it.

    :meth:`writes_lower`: whether it writes a word in lowercase (a capitalised one of them
    is a common word at a sentence start); :meth:`capitalised_inside`: whether it writes a
    capitalised word in mid-sentence (a name, wherever it stands). A passage read alone with
    its document's ``WordUse`` finds the names the whole document's reading finds in it.

    The first ``searches`` questions (default :data:`SEARCHES`) are each one search of the
    text; after them, all its words are gathered once (both linear in its length). A reading
    of a few passages (a claim's cross-check) asks a few words of a long document; a reading
    of all of them asks many; a short text is gathered at once (a search compiles a pattern).
    """

    SEARCHES = 8

    def __init__(self, text: str, *, searches: int = SEARCHES) -> None:
        self._text = text
        self._asked = 0
        self._searches = searches
        self._lower: dict[str, bool] = {}
        self._inside: dict[str, bool] = {}

    def writes_lower(self, word: str) -> bool:
        """Whether ``word`` (lowercase) stands in the text as a whole lowercase word, as
        ``_LOWER_WORD`` finds them."""
        return self._ask(self._lower, word, _LOWER_WORD, r"\b{}\b", lambda: self._lower_words)

    def capitalised_inside(self, word: str) -> bool:
        """Whether ``word`` stands in mid-sentence (after a lowercase word, a comma or a
        semicolon and a space) as a whole word that starts with a letter."""
        return self._ask(self._inside, word, _INNER_WORD, _INNER_BEFORE + r"{}(?!\w)", lambda: self._inner_words)

    def _ask(self, memo: dict[str, bool], word: str, shape: re.Pattern[str], search: str,
             gathered: Callable[[], frozenset[str]]) -> bool:
        """One question, memoised: never for a word of another ``shape`` (letters only, so the
        ``search`` pattern needs no escaping); one search while few were asked, else a look
        in the set of all the text's such words (``gathered`` makes it once)."""
        found = memo.get(word)
        if found is None:
            if not shape.fullmatch(word):
                found = False
            elif self._asked < self._searches:
                self._asked += 1
                found = re.search(search.format(word), self._text) is not None
            else:
                found = word in gathered()
            memo[word] = found
        return found

    @cached_property
    def _lower_words(self) -> frozenset[str]:
        return frozenset(_LOWER_WORD.findall(self._text))

    @cached_property
    def _inner_words(self) -> frozenset[str]:
        return frozenset(_CAPITAL_INNER.findall(self._text))


_INNER_BEFORE = "(?<=[a-zа-я,;] )"
_CAPITAL_INNER = re.compile(_INNER_BEFORE + r"[^\W\d_]\w*")
_INNER_WORD = re.compile(r"[^\W\d_]\w*")  # a word that starts with a letter (\w only: nothing to escape)


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
        spans = [m.span() for m in _MASK.finditer(self.text)] if _MASK_HINT.search(self.text) else []
        if "\n" in self.text:  # a number alone on a line of a document is page furniture
            spans = sorted(spans + [m.span() for m in _LONE_NUMBER_LINE.finditer(self.text)])
        self.masks = spans
        self.mask_starts = [start for start, _ in spans]

    def masked(self, start: int, end: int) -> bool:
        """Whether [start, end) touches a URL, phone number, id or boilerplate line."""
        index = bisect_right(self.mask_starts, end - 1)
        return index > 0 and self.masks[index - 1][1] > start

    @cached_property
    def word_use(self) -> WordUse:
        """How the text's document uses its words (``words``), or the text itself."""
        return self.words if self.words is not None else WordUse(self.text, searches=0)  # short: gathered at once

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
