"""Read a draft article as an editor would: its statements, their quotations and citations.

A draft is Markdown (parsed with markdown-it-py, CommonMark plus tables, footnotes and
front matter) or plain text (paragraphs between blank lines). Only paragraphs are
statements: front matter, headings, code, HTML, tables, footnote definitions and link
reference definitions are not. Each paragraph is reduced to its plain words (link text
kept, emphasis and footnote markers dropped, inline code masked), and every kept
character remembers its draft line and column, so that a finding points at the draft.
No printing and no checking here: ``factcheck.run.verify`` runs the pipeline. Sentence
splitting, quotations and the naming of cited sources are in ``factcheck.inputs.sentences``.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from factcheck.errors import InputError
from factcheck.inputs.sentences import (
    Footnote,
    Mark,
    Resolver,
    _footnote_sources,
    _source_name,
    quotations,
    sentence_spans,
)
from factcheck.models import Claim
from factcheck.sources.corpus import read_text
from factcheck.values import extract_values

DRAFT_SUFFIXES = (".md", ".markdown", ".txt")
_CAPTION_WORDS = 12
_LIST_DEPTH = {"bullet_list_open": 1, "ordered_list_open": 1, "bullet_list_close": -1, "ordered_list_close": -1}
NOTHING_CHECKABLE = "opinion or connective sentence: nothing checkable"

_PARSER = MarkdownIt("commonmark").use(front_matter_plugin).use(footnote_plugin).enable("table")
_ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|\w+);")
_UNDEFINED_REF = re.compile(r"\[\^([^\]\s]+)\]")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One statement block: its plain text and, per character, the draft line and column."""

    text: str
    lines: tuple[int, ...]
    columns: tuple[int, ...]
    marks: tuple[Mark, ...] = ()


@dataclass(frozen=True, slots=True)
class Draft:
    """A draft as read: its path as given, text, statement paragraphs and footnotes."""

    path: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    footnotes: dict[str, Footnote] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DraftItem:
    """One sentence of a draft: a claim to check, or a skipped sentence and why.

    ``cites`` are the source names the sentence relies on, in the form that resolves;
    ``dangling`` are messages for citations that point nowhere (also passed to the
    claim's ``cite`` as ``[^key]``, so that the pipeline reports ``unknown_source``).
    """

    claim: Claim | None
    quotes: tuple[str, ...]
    cites: tuple[str, ...]
    line: int
    column: int
    skipped_reason: str | None = None
    dangling: tuple[str, ...] = ()
    id: str = ""
    text: str = ""
    file: str = ""


def find_drafts(paths: Iterable[str]) -> list[str]:
    """Expand files and folders into draft paths (folders: recursive, hidden skipped, sorted)."""
    found: list[str] = []
    for given in paths:
        root = Path(given)
        if root.is_file():
            found.append(given)
        elif root.is_dir():
            inside = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in DRAFT_SUFFIXES
                            and not any(part.startswith(".") for part in p.relative_to(root).parts))
            if not inside:
                raise InputError(given, "no drafts (*.md, *.markdown, *.txt) in this folder")
            found.extend(p.as_posix() for p in inside)
        else:
            raise InputError(given, "no such draft file or folder")
    return list(dict.fromkeys(found))


def read_draft(path: str) -> Draft:
    """Read and parse one draft; raise InputError if it is missing or not UTF-8 text."""
    if not Path(path).is_file():
        raise InputError(path, "not a draft file" if Path(path).exists() else "no such draft file")
    text = read_text(Path(path))
    if not path.lower().endswith((".md", ".markdown")):
        return Draft(path, text, tuple(_plain_paragraphs(text)))
    tokens = _PARSER.parse(text, {})
    lines = text.split("\n")
    paragraphs: list[Paragraph] = []
    footnotes: dict[str, Footnote] = {}
    label: str | None = None
    lists = 0
    for previous, token in zip([None, *tokens], tokens, strict=False):
        lists += _LIST_DEPTH.get(token.type, 0)
        if token.type in ("footnote_open", "footnote_close"):
            label = token.meta["label"] if token.type == "footnote_open" else None
        elif token.type == "inline" and label is not None:
            footnotes[label] = _add_to_footnote(footnotes.get(label), label, token)
        elif token.type == "inline" and previous is not None and previous.type == "paragraph_open":
            paragraph = _Builder(token, lines).build()
            if lists or not _is_caption(paragraph.text):
                paragraphs.append(paragraph)
    return Draft(path, text, tuple(paragraphs), footnotes)


def _is_caption(text: str) -> bool:
    """A short paragraph with no sentence punctuation (a byline, a caption, a bold title line)
    is not a statement; list items are exempt, since fact lists often drop the period."""
    return len(text.split()) <= _CAPTION_WORDS and not re.search(r"[.!?…]", text)


def _plain_paragraphs(text: str) -> Iterator[Paragraph]:
    """Blank-line separated blocks of a plain-text draft; a line break is a space."""
    block: list[tuple[int, str]] = []
    for number, line in enumerate([*text.split("\n"), ""], start=1):
        if line.strip():
            block.append((number, line))
            continue
        if block and not _is_title(block):
            chars: list[str] = []
            rows: list[int] = []
            cols: list[int] = []
            for row, content in block:
                chars.extend(content + " ")
                rows.extend([row] * (len(content) + 1))
                cols.extend(range(1, len(content) + 2))
            yield Paragraph("".join(chars).rstrip(), tuple(rows), tuple(cols))
        block = []


def _is_title(block: Sequence[tuple[int, str]]) -> bool:
    """A one-line block without closing punctuation is a title, not a statement."""
    return len(block) == 1 and not block[0][1].rstrip().endswith((".", "!", "?", '"', "”", "’", "»", ")"))


def _add_to_footnote(footnote: Footnote | None, label: str, inline: Token) -> Footnote:
    """Gather a definition's words and link targets (it may span several paragraphs)."""
    hrefs = tuple(str(c.attrs.get("href", "")) for c in inline.children or () if c.type == "link_open")
    words = " ".join(inline.content.split())
    if footnote is None:
        return Footnote(label, words, hrefs, (inline.map or [0])[0] + 1)
    return Footnote(label, f"{footnote.text} {words}", footnote.hrefs + hrefs, footnote.line)


class _Builder:
    """Turns a paragraph's inline tokens into plain text that remembers draft positions.

    Inline tokens carry no positions, so each piece of text is found again in the
    paragraph's raw content (``inline.content``) from a cursor, stepping over
    backslash escapes and entities; the raw offset gives the draft line and column.
    """

    def __init__(self, inline: Token, lines: Sequence[str]) -> None:
        self.raw = inline.content
        self.first = (inline.map or [0])[0]
        raw_lines = self.raw.split("\n")
        self.bases = [max(lines[self.first + i].find(r), 0) if r and self.first + i < len(lines) else 0
                      for i, r in enumerate(raw_lines)]
        self.children = inline.children or []
        self.cursor = 0
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.marks: list[Mark] = []

    def build(self) -> Paragraph:
        for child in self.children:
            self._feed(child)
        rows, cols = [], []
        for offset in self.offsets:
            before = self.raw.rfind("\n", 0, offset) + 1
            index = self.raw.count("\n", 0, offset)
            rows.append(self.first + index + 1)
            cols.append(self.bases[index] + offset - before + 1)
        return Paragraph("".join(self.chars), tuple(rows), tuple(cols), tuple(self.marks))

    def _feed(self, token: Token) -> None:
        kind = token.type
        if kind == "text":
            self._text(token.content)
        elif kind == "link_open":
            self.marks.append(Mark(len(self.chars), "link", str(token.attrs.get("href", ""))))
        elif kind == "footnote_ref":
            self.marks.append(Mark(len(self.chars), "footnote", token.meta["label"]))
            self._skip(f"[^{token.meta['label']}]")
        elif kind in ("softbreak", "hardbreak"):
            self._skip("\n", emit=True)
        elif kind in ("code_inline", "html_inline"):
            self._skip(token.content, emit=True)  # masked: a space where the code stood
        elif kind == "image":
            self._skip(str(token.attrs.get("src", "")))

    def _skip(self, raw: str, emit: bool = False) -> None:
        found = self.raw.find(raw, self.cursor) if raw else -1
        at = found if found >= 0 else self.cursor
        if emit:
            self.chars.append(" ")
            self.offsets.append(min(at, max(len(self.raw) - 1, 0)))
        self.cursor = at + len(raw) if found >= 0 else self.cursor

    def _text(self, text: str) -> None:
        """Emit text; a ``[^key]`` left as text is a footnote reference with no definition."""
        start = 0
        for match in _UNDEFINED_REF.finditer(text):
            self._emit(text[start:match.start()])
            self.marks.append(Mark(len(self.chars), "undefined", match.group(1)))
            self._skip(match.group())
            start = match.end()
        self._emit(text[start:])

    def _emit(self, text: str) -> None:
        if not text:
            return
        found = self.raw.find(text[:12], self.cursor)
        pos = found if found >= 0 else self.cursor
        for char in text:
            at, pos = self._locate(char, pos)
            self.chars.append(char)
            self.offsets.append(min(at, max(len(self.raw) - 1, 0)))
        self.cursor = pos

    def _locate(self, char: str, pos: int) -> tuple[int, int]:
        """Where ``char`` stands in the raw text at or after ``pos``, and the next position."""
        raw = self.raw
        if raw.startswith(char, pos):
            return pos, pos + 1
        if raw.startswith("\\" + char, pos):
            return pos + 1, pos + 2
        entity = _ENTITY.match(raw, pos)
        if entity:
            return pos, entity.end()
        ahead = raw.find(char, pos, pos + 40)
        return (ahead, ahead + 1) if ahead >= 0 else (pos, pos)


def draft_claims(draft: Draft, resolve: Resolver | None = None) -> list[DraftItem]:
    """Every sentence of the draft's statement paragraphs, as claims or skipped items.

    ``resolve`` (``Corpus.resolve``) tells which names are sources; without it, only
    names that look like source files or URLs count as citations.
    """
    items: list[DraftItem] = []
    per_line: Counter[int] = Counter()
    for paragraph in draft.paragraphs:
        spans = sentence_spans(paragraph.text)
        marks: list[list[Mark]] = [[] for _ in spans]
        for mark in paragraph.marks:
            index = max([i for i, (s, _) in enumerate(spans) if s <= mark.pos], default=0)
            if spans:
                marks[index].append(mark)
        for (start, end), own in zip(spans, marks, strict=True):
            line, column = paragraph.lines[start], paragraph.columns[start]
            per_line[line] += 1
            text = " ".join(paragraph.text[start:end].split())
            items.append(_item(draft, text, line, column, per_line[line], own, resolve))
    return items


def _item(draft: Draft, text: str, line: int, column: int, n: int, marks: Sequence[Mark],
          resolve: Resolver | None) -> DraftItem:
    sentence_id = f"{draft.path}:{line}:{n}"
    cites, dangling, keys = _citations(draft, marks, resolve)
    quotes = quotations(text)
    if not (cites or dangling or quotes or extract_values(text)):
        return DraftItem(None, (), (), line, column, NOTHING_CHECKABLE, (), sentence_id, text, draft.path)
    claim = Claim(sentence_id, text, draft.path, line, quotes[0] if quotes else None, cites + keys, column=column)
    return DraftItem(claim, quotes, cites, line, column, None, dangling, sentence_id, text, draft.path)


def _citations(draft: Draft, marks: Sequence[Mark],
               resolve: Resolver | None) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Source names cited by a sentence, messages for dangling ones, and their ``[^key]``s."""
    base = os.path.dirname(draft.path)
    cites: list[str] = []
    dangling: list[str] = []
    keys: list[str] = []
    for mark in marks:
        if mark.kind == "link":
            cites.extend(n for n in [_source_name(mark.value, base, resolve, link=True)] if n)
            continue
        footnote = draft.footnotes.get(mark.value)
        names = _footnote_sources(footnote, base, resolve) if footnote else []
        cites.extend(names)
        if footnote is None:
            dangling.append(f"[^{mark.value}]: footnote has no definition")
        elif not names:
            dangling.append(f"[^{mark.value}]: definition (line {footnote.line}) names no source: {footnote.text!r}")
        keys.extend([] if names else [f"[^{mark.value}]"])
    return tuple(dict.fromkeys(cites)), tuple(dict.fromkeys(dangling)), tuple(dict.fromkeys(keys))
