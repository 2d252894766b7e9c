"""Split a draft paragraph into sentences, find its quotations, and name the sources it cites.

Split from :mod:`factcheck.inputs.drafts`, which reads drafts into paragraphs: these are the
editor's judgements on plain text (where a sentence ends, what is quoted, which cited
name is a source), kept apart so they can be read and tested without Markdown parsing.
The citation data (:class:`Mark`, :class:`Footnote`) lives here because the citation
rules read it; ``drafts`` builds it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from factcheck.sources.corpus import SOURCE_SUFFIXES
from factcheck.sources.passages import period_ends_sentence

Resolver = Callable[[str], object]  # Corpus.resolve: a source name -> a document or None
_TERMINATOR = re.compile(r"[.!?…]+[\"'”’»)\]]*")
_OPENERS = "\"'“‘«(["
_DOUBLE_QUOTES = re.compile(r"“([^“”]+)”|«([^«»]+)»|\"([^\"]+)\"")
_SINGLE_QUOTES = re.compile(r"(?<!\w)‘(?=\w)(.+?)(?<=[\w.,!?])’(?!\w)"
                            r"|(?<![\w'])'(?=[^\W\d_])(.+?)(?<=[\w.,!?])'(?!\w)")
_TOKEN_EDGES = "()[]<>,;:\"'“”‘’«»*_"


@dataclass(frozen=True, slots=True)
class Mark:
    """A citation found in a paragraph: ``kind`` is ``footnote``, ``undefined`` or ``link``."""

    pos: int  # offset in the paragraph's clean text
    kind: str
    value: str  # footnote label or link target


@dataclass(frozen=True, slots=True)
class Footnote:
    """A footnote definition: its raw words (for messages) and the link targets inside."""

    label: str
    text: str
    hrefs: tuple[str, ...]
    line: int


def sentence_spans(text: str, *, hold_quotations: bool = True) -> list[tuple[int, int]]:
    """Split plain text into sentences as a careful editor would.

    A period ends a sentence only before whitespace and a capital, a digit or an
    opening quote; never after a title ("Dr. Smith") or "No." before a number; after an
    abbreviation, an initial or an initialism only before a word that starts sentences
    ("moved to the U.S.A. She opened", but "the U.S. Army", "J. R. Doe"): the rule of
    :func:`factcheck.sources.passages.period_ends_sentence`, shared with the sources'
    splitter. Never inside a quotation that closes later in the paragraph, so a quoted
    passage of several sentences stays with the sentence that quotes it.

    Returns ``(start, end)`` offsets into ``text``, in order. Time is linear in
    ``len(text)``: every test looks at ``text`` at a position (a regular expression
    matched there, a count between two offsets that only move forward) and nothing
    copies the rest of the text, so a one-line draft of many megabytes splits in
    seconds (issue 15: the earlier ``text[end:].lstrip()`` made it quadratic).

    ``hold_quotations=False`` breaks inside an open quotation too: for a "sentence" that
    a quotation mark left unclosed has stretched over thousands of characters.
    """
    spans: list[tuple[int, int]] = []
    start = _past(_SPACE, text, 0)
    quotes = _QuoteTally(text) if hold_quotations else None
    for match in _TERMINATOR.finditer(text):
        end = match.end()
        if not text[end:end + 1].isspace():
            continue
        after = _past(_SPACE, text, end)  # where the next sentence would start
        if after < len(text) and _starts_sentence(text, after) and not _no_break(text, start, match, after, quotes):
            spans.append((start, end))
            start = after
    if _past(_SPACE, text, start) < len(text):  # something is left after the last full stop
        spans.append((start, len(text.rstrip())))
    return spans


_SPACE = re.compile(r"\s*")  # \s is str.isspace(), as str.lstrip() strips
_OPENERS_RUN = re.compile("[" + re.escape(_OPENERS) + "]*")
_QUOTE_MARKS = ("“", "”", "«", "»", '"')


def _past(run: re.Pattern[str], text: str, pos: int) -> int:
    """Where a run of ``run``'s characters that starts at ``pos`` ends (``pos`` if none)."""
    match = run.match(text, pos)
    return match.end() if match else pos


class _QuoteTally:
    """Counts of the quotation marks in ``text[:pos]`` (“ ” « » and \"), for the two
    positions the splitter asks about (a sentence's start, a full stop's end), each of
    which only moves forward: each character is counted once per position, so a
    paragraph costs linear time however many full stops it has."""

    __slots__ = ("_at", "_counts", "_text", "total")

    def __init__(self, text: str) -> None:
        self._text = text
        self._at = {"start": 0, "end": 0}
        self._counts = {"start": [0] * len(_QUOTE_MARKS), "end": [0] * len(_QUOTE_MARKS)}
        self.total = [text.count(mark) for mark in _QUOTE_MARKS]

    def upto(self, which: str, pos: int) -> list[int]:
        """The counts in ``text[:pos]``; ``pos`` is never below the last one asked for ``which``."""
        counts = self._counts[which]
        if pos > self._at[which]:
            for i, mark in enumerate(_QUOTE_MARKS):
                counts[i] += self._text.count(mark, self._at[which], pos)
            self._at[which] = pos
        return counts


def _starts_sentence(text: str, at: int) -> bool:
    """Whether what stands at ``at`` (after any opening quotes or brackets) is a capital or a digit."""
    head = _past(_OPENERS_RUN, text, at)
    return head < len(text) and (text[head].isupper() or text[head].isdigit())


def _word_before(text: str, start: int, stop: int) -> str:
    r"""The run of word characters and periods that ends at ``stop`` (not before ``start``),
    as ``re.search(r"([\w.]+)$", text, start, stop)`` finds it (``$`` also matches before a
    final line break); found by stepping back, so it costs the word's length, not the
    sentence's (``\w`` is ``str.isalnum()`` or ``_``, as Python's ``re`` defines it)."""
    end = stop - 1 if stop > start and text[stop - 1] == "\n" else stop
    begin = end
    while begin > start and (text[begin - 1].isalnum() or text[begin - 1] in "_."):
        begin -= 1
    return text[begin:end]


def _no_break(text: str, start: int, match: re.Match[str], after: int, quotes: _QuoteTally | None) -> bool:
    """An abbreviation, initial or initialism before the period, or a quotation still open.

    ``after`` is where the next sentence would start (past the whitespace after ``match``);
    without ``quotes``, an open quotation does not hold a sentence together.
    """
    if match.group()[0] == "." and period_ends_sentence(_word_before(text, start, match.start()), text, after,
                                                          match.start()) is False:
        return True
    if quotes is None:
        return False
    first = quotes.upto("start", start)
    so_far = [n - m for n, m in zip(quotes.upto("end", match.end()), first, strict=True)]
    to_end = [n - m for n, m in zip(quotes.total, first, strict=True)]
    return _open_counts(so_far) and not _open_counts(to_end)


def _open_counts(counts: list[int]) -> bool:
    """Whether a stretch with these counts of “ ” « » \" leaves a quotation open."""
    return counts[0] > counts[1] or counts[2] > counts[3] or counts[4] % 2 == 1


def quotations(sentence: str) -> tuple[str, ...]:
    """The words a sentence presents as someone's own: outermost quotations, in order.

    Curly single quotes double as apostrophes (children’s), so ‘…’ must open at a word
    start and close at a word end. A final period or comma is dropped: house style puts
    it inside the quotation marks when the speaker's sentence went on.
    """
    spans = [(m.start(), m.end(), next(g for g in m.groups() if g is not None))
             for pattern in (_DOUBLE_QUOTES, _SINGLE_QUOTES) for m in pattern.finditer(sentence)]
    spans.sort(key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int, str]] = []
    for start, end, inner in spans:
        if not any(s <= start and end <= e for s, e, _ in kept):
            kept.append((start, end, inner))
    found = (inner.strip().rstrip(".,;:").strip() for _, _, inner in kept)
    return tuple(q for q in found if any(c.isalnum() for c in q))


def _footnote_sources(footnote: Footnote, base: str, resolve: Resolver | None) -> list[str]:
    """The sources a definition names: those that resolve, else those that look like one."""
    words = [w.strip(_TOKEN_EDGES).rstrip(".") for w in footnote.text.split()]
    candidates = list(dict.fromkeys([*footnote.hrefs, *(w for w in words if w)]))
    resolved = [n for n in (_source_name(c, base, resolve) for c in candidates) if n and _resolves(n, resolve)]
    if resolved:
        return list(dict.fromkeys(resolved))
    return [c for c in candidates if _looks_like_source(c)]


def _source_name(name: str, base: str, resolve: Resolver | None, link: bool = False) -> str | None:
    """The form of ``name`` that names a source: as given, relative to the draft, or a
    trailing part of that path (a source id is its path inside its folder)."""
    if resolve is not None:
        for candidate in _path_forms(name, base):
            if resolve(candidate) is not None:
                return candidate
    if link and (name.startswith(("http://", "https://")) or not _looks_like_source(name)):
        return None  # an ordinary web link is not a citation unless it is a source's URL
    return name


def _path_forms(name: str, base: str) -> Iterator[str]:
    yield name
    if "://" in name or not name:
        return
    joined = os.path.normpath(os.path.join(base, name.split("#", 1)[0]))
    if os.path.isabs(joined):
        yield Path(joined).as_posix()
        joined = os.path.relpath(joined)
    parts = [p for p in Path(joined).as_posix().split("/") if p not in ("", ".", "..")]
    for index in range(len(parts)):
        yield "/".join(parts[index:])


def _resolves(name: str, resolve: Resolver | None) -> bool:
    return resolve is not None and resolve(name) is not None


def _looks_like_source(name: str) -> bool:
    """A URL, or a local file with a source extension: meant as a source even if unknown."""
    if name.startswith(("http://", "https://")):
        return True
    return "://" not in name and not name.startswith("mailto:") and name.lower().split("#")[0].endswith(SOURCE_SUFFIXES)
