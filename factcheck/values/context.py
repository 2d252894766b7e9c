"""One text being scanned (masks, word facts) and the Value builder that slices it."""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterator
from functools import cached_property

from factcheck.models import Value
from factcheck.values.conventions import UNSETTLED, Conventions
from factcheck.values.patterns import _LONE_NUMBER_LINE, _LOWER_WORD, _MASK, _MASK_WITHOUT_EMAIL, _PREV_WORD


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
# _INNER_BEFORE + r"[^\W\d_]\w*", opening with its space (the word is the group) so that the
# regex engine jumps from space to space: a document's inner words are gathered with it.
_CAPITAL_INNER = re.compile(" " + _INNER_BEFORE + r"([^\W\d_]\w*)")
_INNER_WORD = re.compile(r"[^\W\d_]\w*")  # a word that starts with a letter (\w only: nothing to escape)


# re.IGNORECASE matches these letters to ASCII ones that str.lower does not turn them into
# (found by trying every code point against every ASCII letter; tests/test_value_scans.py
# checks it again): a text folded so reads a number word as the case-blind patterns do.
_IGNORECASE_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")


class Scan:
    """A compiled pattern with what a text must hold for it to match anywhere in it: a digit
    (``digit``), or one of ``words`` as a whole run of letters (lowercase; the text is folded
    as re.IGNORECASE folds it). A text that holds neither is not scanned at all.

    Why: the value reader runs every pattern over every candidate passage, half of which hold
    no digit, and most no number word, month or ordinal; a scan costs as much as the passage is
    long whether or not it finds anything, and the test costs one set lookup (the passage's
    words are gathered once, :attr:`_Context.letter_runs`). ``words`` are built from the same
    tables as the pattern, so the two cannot drift; tests/test_value_scans.py asserts, on real
    text, that no pattern matches a text its scan skips. Every Scan is kept in :data:`SCANS`.
    """

    def __init__(self, pattern: re.Pattern[str], *, digit: bool = False, words: Collection[str] = ()) -> None:
        if not digit and not words:
            raise ValueError(f"a scan needs a digit or words to hold: {pattern.pattern[:60]!r}")
        self.pattern = pattern
        self.digit = digit
        self.words = frozenset(words)
        SCANS.append(self)

    def may_match(self, ctx: _Context) -> bool:
        """Whether ``ctx``'s text holds what a match needs (if not, there is none)."""
        return (self.digit and ctx.has_digit) or not self.words.isdisjoint(ctx.letter_runs)

    def finditer(self, ctx: _Context) -> Iterator[re.Match[str]]:
        """``pattern.finditer(ctx.text)``, or nothing when the text cannot hold a match."""
        return self.pattern.finditer(ctx.text) if self.may_match(ctx) else iter(())


SCANS: list[Scan] = []
"""Every :class:`Scan` made, for the test that checks their triggers against real text."""


class Gate:
    """What a text must hold for a whole reader (one of ``extract_values``' candidate
    functions) to find any value in it: a digit (``digit``), one of ``words`` as a whole run
    of letters (as a :class:`Scan` asks), or a match of ``hint``. The reader's own Scans are
    given, and their needs joined; ``words`` and ``hint`` cover the reader's other patterns.

    Why: half of a run's passages hold no digit and no number word, month, season or
    ordinal, and a reader that cannot find anything in such a passage still pays a dozen
    Scan tests, literal tests and calls per passage; one Gate test replaces them.
    tests/test_values_gates.py checks on real text that a reader finds nothing in a text its
    gate closes, and that the values are the same with every gate open.
    """

    def __init__(self, *scans: Scan, digit: bool = False, words: Collection[str] = (),
                 hint: re.Pattern[str] | None = None) -> None:
        self.digit = digit or any(scan.digit for scan in scans)
        self.words = frozenset(words).union(*(scan.words for scan in scans))
        self.hint = hint

    def may_match(self, ctx: _Context) -> bool:
        """Whether ``ctx``'s text holds what any value of the reader needs (if not, it has none)."""
        return ((self.digit and ctx.has_digit) or not self.words.isdisjoint(ctx.letter_runs)
                or (self.hint is not None and self.hint.search(ctx.text) is not None))


def letter_runs(text: str) -> frozenset[str]:
    """The runs of letters of ``text``, lowercased as re.IGNORECASE compares them."""
    if text.isascii():
        # Nine passages in ten: the same runs at half the cost of the regex. An ASCII letter is
        # [A-Za-z] and folds to its lowercase; a byte table lowers the capitals and blanks every
        # other character, and the runs are the words split() finds between the blanks.
        return frozenset(text.encode("ascii").translate(_ASCII_LETTERS).decode("ascii").split())
    return frozenset(_LETTER_RUN.findall(text.translate(_IGNORECASE_FOLD).lower()))


_ASCII_LETTERS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))


class _Context:
    """One text being scanned, with lazily computed facts about its words (or, with
    ``words``, its document's).

    A plain class rather than a dataclass with ``functools.cached_property``: the value reader
    makes one per passage, and in Python 3.11 the first read of every cached property takes a
    lock (three per passage); the lazy facts here are plain attributes filled on first use.
    """

    __slots__ = (
        "_letter_runs",
        "_word_use",
        "conventions",
        "has_digit",
        "mask_starts",
        "masks",
        "reference",
        "text",
        "words",
    )

    def __init__(self, text: str, reference: datetime.date | None, conventions: Conventions = UNSETTLED,
                 words: WordUse | None = None) -> None:
        self.text = text
        self.reference = reference
        self.conventions = conventions
        self.words = words
        # Whether the text holds a digit (any script's, as ``\d`` finds them): asked by every
        # Gate and digit Scan, and by the mask below, so found at once.
        self.has_digit = _DIGIT.search(text) is not None
        self._letter_runs: frozenset[str] | None = None
        self._word_use: WordUse | None = None
        spans: list[tuple[int, int]] = []
        # Every mask alternative holds a digit or a URL's or an address's mark (_MASK_HINT, whose
        # \d the digit test has answered).
        if self.has_digit or "http" in text or "www." in text or "@" in text:
            mask = _MASK if "@" in text else _MASK_WITHOUT_EMAIL  # no address without its "@"
            spans = [m.span() for m in mask.finditer(text)]
        if "\n" in text:  # a number alone on a line of a document is page furniture
            spans = sorted(spans + [m.span() for m in _LONE_NUMBER_LINE.finditer(text)])
        self.masks = spans
        self.mask_starts = [start for start, _ in spans]

    def masked(self, start: int, end: int) -> bool:
        """Whether [start, end) touches a URL, phone number, id or boilerplate line."""
        index = bisect_right(self.mask_starts, end - 1)
        return index > 0 and self.masks[index - 1][1] > start

    @property
    def letter_runs(self) -> frozenset[str]:
        """The text's runs of letters, folded (:func:`letter_runs`): what a :class:`Scan` asks."""
        runs = self._letter_runs
        if runs is None:
            runs = self._letter_runs = letter_runs(self.text)
        return runs

    @property
    def word_use(self) -> WordUse:
        """How the text's document uses its words (``words``), or the text itself."""
        use = self._word_use
        if use is None:
            use = self._word_use = self.words if self.words is not None else WordUse(self.text, searches=0)  # short: gathered at once
        return use

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
