"""Read a draft article as an editor would: its statements, their quotations and citations.

A draft is Markdown (parsed with markdown-it-py, CommonMark plus tables, footnotes and
front matter) or plain text (paragraphs between blank lines). Only paragraphs are
statements: front matter, headings, code, HTML, tables, footnote definitions and link
reference definitions are not. Each paragraph is reduced to its plain words (link text
kept, emphasis and footnote markers dropped, inline code masked), and every kept
character remembers its draft line and column, so that a finding points at the draft.
No printing and no checking here: ``factcheck.run.verify`` runs the pipeline. Sentence
splitting, quotations and the naming of cited sources are in ``factcheck.inputs.sentences``.

Nothing is dropped without a word (issue 15): Markdown nested deeper than the parser's limit,
a sentence over :data:`MAX_CLAIM_CHARS`, an empty draft and a draft with no checkable sentence
each give a warning (:func:`draft_warnings`), and a file that is not a regular file is an error
(named on the command line) or a warning (met in a folder). Reading is linear in the draft's
size: a one-line draft of many megabytes is read, split and reported in seconds.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from factcheck.errors import InputError
from factcheck.inputs.files import non_regular_kind, not_regular, unsupported_encoding
from factcheck.inputs.schema import MAX_CLAIM_CHARS
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
from factcheck.sources.passages import REFERENCE_MARKER, is_reference_marker
from factcheck.values import extract_values

DRAFT_SUFFIXES = (".md", ".markdown", ".txt")
_CAPTION_WORDS = 12
_LIST_DEPTH = {"bullet_list_open": 1, "ordered_list_open": 1, "bullet_list_close": -1, "ordered_list_close": -1}
NOTHING_CHECKABLE = "opinion or connective sentence: nothing checkable"
TOO_LONG = "sentence of {:,} characters, over the limit of {:,}: not checked (split it into sentences)"
SPLIT = ("sentence of {:,} characters (a quotation mark left open?), over the limit of {:,}: "
         "split at its full stops and checked in parts")
MAX_NESTING = 50
"""markdown-it's limit on nested blocks (a list item in a list is 2 levels, a blockquote 1). The
CommonMark preset's 20 dropped the 10th level of a nested list and all of a 20-deep blockquote
without a word. Parsing a line of many ``[`` costs time in proportion to this limit (markdown-it's
link-label search: 100,000 of them take 6 s at 20, 10 s at 50), and the parser recurses once
per level, so it stays bounded; content deeper than this is reported, with its lines, as a
warning (:func:`draft_warnings`)."""
_LOOKAHEAD = 4096  # characters of markup (a link's URL, emphasis marks) searched past the cursor for the next text
_SAMPLE = 4096  # bytes of a draft that tell UTF-16 from binary
_SHOWN, _CUT = 200, " [...]"  # how much of an over-long sentence a report shows, and the mark that it is cut
_LEAF_OPENERS = frozenset({"paragraph_open", "heading_open", "table_open", "thead_open", "tbody_open", "tr_open",
                           "th_open", "td_open"})  # they hold inline text, not nested blocks, so nothing is cut there

_PARSER = (MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})
           .use(front_matter_plugin).use(footnote_plugin).enable("table"))
_ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|\w+);")
_UNDEFINED_REF = re.compile(r"\[\^([^\]\s]+)\]")
# what is left out of a paragraph's text: an undefined footnote reference (group 1: its key,
# kept as a mark) or a reference marker such as "[4]" pasted from a wiki (not words, issue 11)
_LEFT_OUT = re.compile(f"{_UNDEFINED_REF.pattern}|{REFERENCE_MARKER.pattern}", REFERENCE_MARKER.flags)
_WHITESPACE = re.compile(r"\s+")  # \s is str.isspace(), as str.split() splits


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One statement block: its plain text and where each of its characters stands in the draft.

    ``anchors`` are ``(index, line, column)`` (1-based line and column), sorted by index: from
    ``text[index]`` up to the next anchor, characters stand at consecutive columns of that line.
    A paragraph has a few anchors (one per line, entity or escape), not one per character, so
    a one-line paragraph of megabytes costs little more than its text.
    """

    text: str
    anchors: tuple[tuple[int, int, int], ...]
    marks: tuple[Mark, ...] = ()

    def position(self, index: int) -> tuple[int, int]:
        """The draft (line, column) of ``text[index]``."""
        at = max(bisect_right(self.anchors, index, key=lambda anchor: anchor[0]) - 1, 0)
        start, line, column = self.anchors[at] if self.anchors else (0, 1, 1)
        return line, column + index - start


@dataclass(frozen=True, slots=True)
class Draft:
    """A draft as read: its path as given, text, statement paragraphs and footnotes.

    ``warnings`` name what reading could not take in (Markdown nested deeper than
    :data:`MAX_NESTING`), each as ``path:line: message``.
    """

    path: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    footnotes: dict[str, Footnote] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


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
    warning: str = ""  # what the user must hear about this sentence (cut from a longer one, not checked)


def find_drafts(paths: Iterable[str], warnings: list[str] | None = None) -> list[str]:
    """Expand files and folders into draft paths (folders: recursive, hidden skipped, sorted).

    Only regular files are read: a FIFO, socket or device named in ``paths`` is an error; one
    met in a folder is left out, with a message appended to ``warnings`` when it is given.

    Raises:
        InputError: a path is missing or not a regular file, or a folder holds no draft.
    """
    found: list[str] = []
    for given in paths:
        root = Path(given)
        kind = non_regular_kind(root)
        if kind is not None:
            raise InputError(given, not_regular(kind))
        if root.is_file():
            found.append(given)
        elif root.is_dir():
            inside = []
            for path in sorted(p for p in root.rglob("*") if p.suffix.lower() in DRAFT_SUFFIXES
                               and not any(part.startswith(".") for part in p.relative_to(root).parts)):
                kind = non_regular_kind(path)
                if kind is not None and warnings is not None:
                    warnings.append(f"{path.as_posix()}: {not_regular(kind)} (skipped)")
                elif kind is None and path.is_file():
                    inside.append(path)
            if not inside:
                raise InputError(given, "no drafts (*.md, *.markdown, *.txt) in this folder")
            found.extend(p.as_posix() for p in inside)
        else:
            raise InputError(given, "no such draft file or folder")
    return list(dict.fromkeys(found))


def read_draft(path: str) -> Draft:
    """Read and parse one draft.

    Raises:
        InputError: the draft is missing, not a regular file, or not UTF-8 text (UTF-16 is
            named as such).
    """
    kind = non_regular_kind(Path(path))
    if kind is not None:  # checked before opening: opening a FIFO waits for a writer
        raise InputError(path, not_regular(kind))
    if not Path(path).is_file():
        raise InputError(path, "not a draft file" if Path(path).exists() else "no such draft file")
    text = _read(path)
    if not path.lower().endswith((".md", ".markdown")):
        # (A plain-text draft's "[^key]: source" lines are text: its footnotes cite nothing, which
        # the writer is told, as a Markdown draft's would.)
        definition = _FOOTNOTE_DEFINITION.search(text)
        plain = (f"{path}:{text.count(chr(10), 0, definition.start()) + 1}: footnotes are read in Markdown "
                 "drafts only (.md, .markdown); this one's cite no source",) if definition else ()
        return Draft(path, text, tuple(_plain_paragraphs(text)), warnings=plain)
    tokens = _PARSER.parse(text, {})
    lines = text.split("\n")
    paragraphs: list[Paragraph] = []
    footnotes: dict[str, Footnote] = {}
    label: str | None = None
    lists = 0
    warnings = [_too_deep(path, token) for token in tokens
                if token.nesting == 1 and token.level >= MAX_NESTING - 1 and token.type not in _LEAF_OPENERS]
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
    return Draft(path, text, tuple(paragraphs), footnotes, tuple(dict.fromkeys(warnings)))


def _read(path: str) -> str:
    """The draft's text, as sources are read; a UTF-16 draft is named as such (its NUL bytes
    would otherwise make it "binary")."""
    try:
        return read_text(Path(path))
    except InputError:
        try:
            with open(path, "rb") as file:
                wide = unsupported_encoding(file.read(_SAMPLE))
        except OSError:
            wide = None  # unreadable: read_text's message says so
        if wide is not None:
            raise InputError(path, wide) from None
        raise


def _too_deep(path: str, token: Token) -> str:
    """The warning for a block opened at the nesting limit: markdown-it drops what it holds."""
    first, last = (token.map or [0, 1])[0] + 1, (token.map or [0, 1])[1]
    where = f"line {first}" if last <= first else f"lines {first}-{last}"
    return (f"{path}:{first}: Markdown nested more than {MAX_NESTING} levels deep; "
            f"what is nested deeper ({where}) is not checked")


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
            anchors: list[tuple[int, int, int]] = []
            length = 0
            for row, content in block:
                anchors.append((length, row, 1))
                length += len(content) + 1
            yield Paragraph("".join(content + " " for _, content in block).rstrip(), tuple(anchors))
        block = []


def _is_title(block: Sequence[tuple[int, str]]) -> bool:
    """A one-line block without closing punctuation is a title, not a statement. Reference
    markers after the punctuation ("... in September 2029.[^x]", "... in 2019.[3]") are no
    part of the sentence's end."""
    line = _TRAILING_MARKERS.sub("", block[0][1].rstrip()) if len(block) == 1 else ""
    return len(block) == 1 and not line.endswith((".", "!", "?", '"', "”", "’", "»", ")"))


_FOOTNOTE_DEFINITION = re.compile(r"^\[\^[^\]\s]+\]:", re.MULTILINE)  # "[^x]: 002_c17141c48ebfc846.txt"
_TRAILING_MARKERS = re.compile(r"(?:\[\^?[^\]\s]+\])+$")  # "[^x]", "[3]", "[^a][^b]" at a line's end


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
    Text is kept as runs (a paragraph index and the raw offset it starts at, the
    characters after it following one by one), so the cost is linear in the paragraph:
    no search looks further than :data:`_LOOKAHEAD` past the cursor, and lines are found
    by bisection.
    """

    def __init__(self, inline: Token, lines: Sequence[str]) -> None:
        self.raw = inline.content
        self.first = (inline.map or [0])[0]
        raw_lines = self.raw.split("\n")
        self.bases = [max(lines[self.first + i].find(r), 0) if r and self.first + i < len(lines) else 0
                      for i, r in enumerate(raw_lines)]
        self.starts = [0]  # raw offset where each raw line starts
        for line in raw_lines[:-1]:
            self.starts.append(self.starts[-1] + len(line) + 1)
        self.children = inline.children or []
        self.cursor = 0
        self.pieces: list[str] = []
        self.length = 0  # characters emitted so far
        self.runs: list[tuple[int, int]] = []  # (paragraph index, raw offset) where a run starts
        self.marks: list[Mark] = []

    def build(self) -> Paragraph:
        for child in self.children:
            self._feed(child)
        anchors: list[tuple[int, int, int]] = []
        ends = [index for index, _ in self.runs[1:]] + [self.length] * bool(self.runs)
        for (index, offset), end in zip(self.runs, ends, strict=True):
            line = bisect_right(self.starts, offset) - 1
            while True:  # a run that crosses a raw line break goes on at the next line's anchor
                anchors.append((index, self.first + line + 1, self.bases[line] + offset - self.starts[line] + 1))
                if line + 1 >= len(self.starts) or offset + end - index <= self.starts[line + 1]:
                    break
                index, offset, line = index + self.starts[line + 1] - offset, self.starts[line + 1], line + 1
        return Paragraph("".join(self.pieces), tuple(anchors), tuple(self.marks))

    def _feed(self, token: Token) -> None:
        kind = token.type
        if kind == "text":
            self._text(token.content)
        elif kind == "link_open":
            self.marks.append(Mark(self.length, "link", str(token.attrs.get("href", ""))))
        elif kind == "footnote_ref":
            self.marks.append(Mark(self.length, "footnote", token.meta["label"]))
            self._skip(f"[^{token.meta['label']}]")
        elif kind in ("softbreak", "hardbreak"):
            self._skip("\n", emit=True)
        elif kind in ("code_inline", "html_inline"):
            self._skip(token.content, emit=True)  # masked: a space where the code stood
        elif kind == "image":
            self._skip(str(token.attrs.get("src", "")))

    def _find(self, raw: str) -> int:
        """Where ``raw`` stands next in the raw text, searching at most _LOOKAHEAD past the cursor."""
        return self.raw.find(raw, self.cursor, self.cursor + _LOOKAHEAD + len(raw))

    def _skip(self, raw: str, emit: bool = False) -> None:
        found = self._find(raw) if raw else -1
        at = found if found >= 0 else self.cursor
        if emit:
            self._put(" ", at)
        self.cursor = at + len(raw) if found >= 0 else self.cursor

    def _put(self, text: str, at: int) -> None:
        """Emit ``text``, whose first character stands at raw offset ``at`` and the rest after it."""
        at = min(at, max(len(self.raw) - 1, 0))
        if not self.runs or self.runs[-1][1] + self.length - self.runs[-1][0] != at:
            self.runs.append((self.length, at))
        self.pieces.append(text)
        self.length += len(text)

    def _text(self, text: str) -> None:
        """Emit text; a ``[^key]`` left as text is a footnote reference with no definition, and
        a reference marker (``[4]``, ``[citation needed]``) is left out."""
        start = 0
        for match in _LEFT_OUT.finditer(text):
            if match.group(1) is None and not is_reference_marker(match):
                continue  # "[a]" after a space, "km²": words, emitted with what follows
            self._emit(text[start:match.start()])
            if match.group(1) is not None:
                self.marks.append(Mark(self.length, "undefined", match.group(1)))
            self._skip(match.group())
            start = match.end()
        self._emit(text[start:])

    def _emit(self, text: str) -> None:
        if not text:
            return
        found = self._find(text[:12])
        pos = found if found >= 0 else self.cursor
        if self.raw.startswith(text, pos):  # as written: one run (what the loop below would find)
            self._put(text, pos)
            self.cursor = pos + len(text)
            return
        for char in text:
            at, pos = self._locate(char, pos)
            self._put(char, at)
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
    names that look like source files or URLs count as citations. A sentence longer than
    :data:`MAX_CLAIM_CHARS` (the claims files' limit) is skipped, with the reason, rather
    than checked: checking costs more than linear time in a sentence's length, and no real
    sentence is that long (see the limit). :func:`draft_warnings` names each one.
    """
    items: list[DraftItem] = []
    per_line: Counter[int] = Counter()
    for paragraph in draft.paragraphs:
        spans = sentence_spans(paragraph.text)
        starts = [start for start, _ in spans]
        marks: list[list[Mark]] = [[] for _ in spans]
        for mark in paragraph.marks:  # each citation belongs to the sentence it stands in
            if spans:
                marks[max(bisect_right(starts, mark.pos) - 1, 0)].append(mark)
        for (start, end), own in zip(spans, marks, strict=True):
            parts = _parts(paragraph.text, start, end)
            part_starts = [part_start for part_start, _, _ in parts]
            part_marks: list[list[Mark]] = [[] for _ in parts]
            for mark in own:  # as above: a citation belongs to the part it stands in
                part_marks[max(bisect_right(part_starts, mark.pos) - 1, 0)].append(mark)
            for (part_start, part_end, warning), cited in zip(parts, part_marks, strict=True):
                line, column = paragraph.position(part_start)
                per_line[line] += 1
                text = _words(paragraph.text, part_start, part_end)
                item = _item(draft, text, line, column, per_line[line], cited, resolve)
                items.append(replace(item, warning=warning or item.warning))
    return items


def _parts(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The sentence ``text[start:end]`` as ``(start, end, warning)`` parts to check: itself,
    or, when it is over :data:`MAX_CLAIM_CHARS` because an open quotation held full stops
    together, its parts split at those full stops (the first part warns that it was split)."""
    if end - start <= MAX_CLAIM_CHARS:
        return [(start, end, "")]
    pieces = sentence_spans(text[start:end], hold_quotations=False)
    if len(pieces) < 2:
        return [(start, end, "")]
    size = len(_words(text, start, end))
    warning = SPLIT.format(size, MAX_CLAIM_CHARS)
    return [(start + a, start + b, warning if i == 0 else "") for i, (a, b) in enumerate(pieces)]


def _words(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with its whitespace runs made single spaces and its ends stripped,
    as ``" ".join(part.split())`` gives it; a long part is done with one regular expression
    instead, so that a megabyte-long sentence is not first made into a list of its words."""
    if end - start <= MAX_CLAIM_CHARS:
        return " ".join(text[start:end].split())
    return _WHITESPACE.sub(" ", text[start:end]).strip()


def draft_warnings(draft: Draft, items: Sequence[DraftItem]) -> tuple[str, ...]:
    """What a user must hear about a draft besides its findings, each as ``path[:line]: message``:
    content nested too deeply to be read, sentences too long to check, and a draft that is
    empty or has no checkable sentence (a run over it would otherwise pass in silence).

    ``items`` are the draft's :func:`draft_claims`.
    """
    warnings = list(draft.warnings)
    warnings += [f"{draft.path}:{item.line}:{item.column}: {item.warning}" for item in items if item.warning]
    if not draft.text.strip():
        warnings.append(f"{draft.path}: empty draft: nothing to check")
    elif not items:
        warnings.append(f"{draft.path}: no sentence to check (only headings, code, tables or front matter)")
    elif all(item.claim is None for item in items):
        skipped = f"all {len(items)} sentences were" if len(items) > 1 else "its one sentence was"
        warnings.append(f"{draft.path}: no checkable sentence: {skipped} skipped")
    return tuple(warnings)


def _item(draft: Draft, text: str, line: int, column: int, n: int, marks: Sequence[Mark],
          resolve: Resolver | None) -> DraftItem:
    sentence_id = f"{draft.path}:{line}:{n}"
    if len(text) > MAX_CLAIM_CHARS:  # reports show its start only, so that they stay small
        reason = TOO_LONG.format(len(text), MAX_CLAIM_CHARS)
        return DraftItem(None, (), (), line, column, reason, (), sentence_id, text[:_SHOWN] + _CUT, draft.path,
                         warning=reason)
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
