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

Resolver = Callable[[str], object]  # Corpus.resolve: a source name -> a document or None
_INITIALISM = re.compile(r"(?:\b[A-Z]\.){2,}$")
_TERMINATOR = re.compile(r"[.!?…]+[\"'”’»)\]]*")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_OPENERS = "\"'“‘«(["
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr prof gen col lt sgt capt gov sen rep rev vs inc ltd co corp bros jan feb mar apr jun "
    "jul aug sep sept oct nov dec e.g i.e approx dept cf".split())
_NUMBERED = frozenset("no nos fig vol pp p c ca".split())  # "No. 5", "c. 1491": abbreviations before a number
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


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split plain text into sentences as a careful editor would.

    A period ends a sentence only before whitespace and a capital, a digit or an
    opening quote; never after an abbreviation, an initial ("J. R.") or an initialism
    ("U.S. Army"), nor inside a quotation that closes later in the paragraph, so a
    quoted passage of several sentences stays with the sentence that quotes it.
    """
    spans: list[tuple[int, int]] = []
    start = len(text) - len(text.lstrip())
    for match in _TERMINATOR.finditer(text):
        end = match.end()
        rest = text[end:].lstrip()
        if rest and text[end:end + 1].isspace() and _starts_sentence(rest) and not _no_break(text, start, match):
            spans.append((start, end))
            start = len(text) - len(rest)
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def _starts_sentence(rest: str) -> bool:
    head = rest.lstrip(_OPENERS)
    return bool(head) and (head[0].isupper() or head[0].isdigit())


def _no_break(text: str, start: int, match: re.Match[str]) -> bool:
    """An abbreviation, initial or initialism before the period, or a quotation still open."""
    word = _WORD_BEFORE.search(text, start, match.start())
    before = word.group(1) if word else ""
    numbered = before.lower() in _NUMBERED and text[match.end():].lstrip()[:1].isdigit()
    if match.group()[0] == "." and (before.lower() in _ABBREVIATIONS or numbered or _INITIALISM.search(before + ".")
                                    or (len(before) == 1 and before.isupper())):
        return True
    return _open_quote(text[start:match.end()]) and not _open_quote(text[start:])


def _open_quote(text: str) -> bool:
    return text.count("“") > text.count("”") or text.count("«") > text.count("»") or text.count('"') % 2 == 1


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
