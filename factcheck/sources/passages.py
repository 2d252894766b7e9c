"""Cut documents into sentence passages that keep exact offsets into the source text.

Real articles are messy: sentences glued without a space (``justice.The``), quotes
that close a sentence (``ashamed."She``), bullets, page boilerplate, Markdown and HTML
markup. Markup is *masked* (overwritten with spaces, same length) rather than removed,
so that every offset in the masked view is an offset in the original text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from factcheck.models import Document, Passage
from factcheck.sources.normalize import fold

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr prof gen col lt sgt capt gov sen rep rev no nos vs inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e approx dept fig vol est mt ft pp cf".split()
)
_TERMINATOR = re.compile(r"[.!?]+[\"'”’»)\]]*")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_OPENERS = "\"'“‘«([•"
_LEAD = re.compile(r"[\s•*+>#|-]*")
# Scripts, styles and comments are found from their openers and closers (see _drop_html),
# not by one pattern with a lazy ``.*?``: that rescans to the end of the text after each
# unclosed opener, which is quadratic in a page with many of them.
_HTML_DROP_OPEN = re.compile(r"<(?:(script|style|noscript)\b|!--)", re.IGNORECASE)
_HTML_DROP_CLOSE = re.compile(r"</(script|style|noscript)\s*>", re.IGNORECASE)
_NOT_NEWLINE = re.compile(r"[^\n]")
_HTML_BLOCK = re.compile(r"</?(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|pre|title)\b[^>]*>", re.IGNORECASE)
_HTML_TAG = re.compile(r"<[^>]*>")
_MD_FRONT = re.compile(r"\A---[ \t]*\n.*?\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_MD_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.DOTALL | re.MULTILINE)
_MD_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# A footnote label has at most 200 characters, and a definition (of a link or a footnote:
# the whole line) or a heading marker is looked for on its own line only (``[^\S\n]*``,
# not ``\s*``): an unclosed label or a run of blank lines, scanned again from each
# position, was quadratic.
_MD_LINK_TARGET = re.compile(r"(?<=\])\((?:[^()\n]|\([^()\n]*\))*\)|^[^\S\n]*\[[^\]\n]+\]:\s*\S+.*$|\[\^[^\]\n]{1,200}\]:?", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"[*_`]+|^[^\S\n]*#+\s|!?\[|\]", re.MULTILINE)
_BLOCK_START = re.compile(r"\n(?=[ \t]*(?:[#>*+-]|\d+[.)])\s)|\n[ \t]*\n")
# A Markdown table row is a block of its own: a 100 KB table is many passages, not one.
_MD_BLOCK_START = re.compile(_BLOCK_START.pattern + r"|\n(?=[ \t]*\|)")
_LINE = re.compile("\n")
_SPACE = re.compile(r"\s*")
_OPENER_RUN = re.compile(f"[{re.escape(_OPENERS)}]*")
_LAST_SPACE = re.compile(r".*\s", re.DOTALL)
_LAST_NON_WORD = re.compile(r".*\W", re.DOTALL)
# The longest passage (and so the longest quote), in characters. Longer than any real
# sentence met: the longest of 98,735 sentences in 11 MB of the Wikipedia sample has
# 1,761 characters, the longest line of WiCE's sources 1,694; so only run-on text (a one-line
# export, a table without full stops, a minified page) is cut, at a word boundary, and
# a quote stays readable while the alignment work per passage stays bounded.
MAX_PASSAGE = 2000
_MIN_WORDS = 3
_LETTERS = re.compile(r"[^\W\d_]+")


def _blank(match: re.Match[str], keep_newlines: bool = True) -> str:
    return "".join(c if c == "\n" and keep_newlines else " " for c in match.group())


def _block_tag(match: re.Match[str]) -> str:
    """A block-level tag ends a paragraph: turn it into a blank line of the same length."""
    width = len(match.group())
    return ("\n\n" + " " * (width - 2)) if width >= 2 else " " * width


def mask(document: Document) -> str:
    """Return the document text with markup overwritten by spaces (same length)."""
    text = document.text
    suffix = document.id.lower().rsplit(".", 1)[-1]
    if suffix in ("html", "htm"):
        text = _drop_html(text)
        text = _sub_up_to(">", _HTML_BLOCK, _block_tag, text)
        return _sub_up_to(">", _HTML_TAG, _blank, text)
    if suffix in ("md", "markdown"):
        text = _MD_FENCE.sub(_blank, _MD_FRONT.sub(_blank, text))
        text = _sub_up_to("-->", _MD_COMMENT, _blank, text)
        for pattern in (_MD_LINK_TARGET, _MD_EMPHASIS):
            text = pattern.sub(_blank, text)
    return text


def _sub_up_to(closer: str, pattern: re.Pattern[str], blank: Callable[[re.Match[str]], str], text: str) -> str:
    """``pattern.sub(blank, text)`` for a pattern whose matches end with ``closer``, applied
    only up to the last ``closer``: an opener after it cannot match, and would make the
    pattern scan to the end of the text from each of them (quadratic)."""
    cut = text.rfind(closer)
    if cut < 0:
        return text
    cut += len(closer)
    return pattern.sub(blank, text[:cut]) + text[cut:]


def _drop_html(text: str) -> str:
    """Blank ``<script>``, ``<style>`` and ``<noscript>`` elements and comments, keeping
    newlines, as ``<(script|style|noscript)\\b.*?</\\1\\s*>|<!--.*?-->`` would (case
    ignored), in linear time: each opener is paired with the first closer after it, looked
    up among the closers found in one pass, never by scanning the rest of the text again."""
    closers: dict[str, list[int]] = {}
    ends: dict[int, int] = {}
    for match in _HTML_DROP_CLOSE.finditer(text):
        closers.setdefault(match.group(1).lower(), []).append(match.start())
        ends[match.start()] = match.end()
    pieces: list[str] = []
    done = 0
    comment_end = 0  # where the last "-->" looked for starts (-1: there is none after)
    for match in _HTML_DROP_OPEN.finditer(text):
        if match.start() < done:
            continue
        end = None
        if match.group(1):
            starts = closers.get(match.group(1).lower(), [])
            after = bisect.bisect_left(starts, match.end())
            end = ends[starts[after]] if after < len(starts) else None
        elif comment_end >= 0:
            if comment_end < match.end():
                comment_end = text.find("-->", match.end())
            end = comment_end + 3 if comment_end >= 0 else None
        if end is not None:
            pieces += (text[done:match.start()], _NOT_NEWLINE.sub(" ", text[match.start():end]))
            done = end
    return "".join(pieces) + text[done:] if pieces else text


def _blocks(view: str, separator: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of paragraphs: the spans between ``separator`` matches."""
    start = 0
    for match in separator.finditer(view):
        yield start, match.start()
        start = match.end()
    yield start, len(view)


class _QuoteCount:
    """Straight double quotes in ``view`` before a position, counted as the scan goes.

    Positions asked for never go back, so each character is counted once: counting from
    the sentence start at every full stop would be quadratic in a long sentence."""

    def __init__(self, view: str, start: int) -> None:
        self.view, self.position, self.count = view, start, 0

    def before(self, position: int) -> int:
        """Quotes in ``view[start:position]``; ``position`` at least the last one asked."""
        self.count += self.view.count('"', self.position, position)
        self.position = position
        return self.count


def _skip(run: re.Pattern[str], view: str, start: int, end: int) -> int:
    """The position after the run of ``run`` (a pattern that may match nothing) at ``start``."""
    found = run.match(view, start, end)
    return found.end() if found is not None else start


def _sentence_end(view: str, block: tuple[int, int], quotes_at_cut: int, quotes: _QuoteCount,
                  match: re.Match[str]) -> int | None:
    """Return where a sentence ends at this terminator, or None if it goes on.

    Handles abbreviations and initials, and straight quotes that may open the next
    sentence rather than close this one (``stigma."Why``): a quote closes only when
    the sentence so far has an odd number of them. Every look is at a position in
    ``view`` (never a copy of the rest of the block), so a block is scanned in linear time.
    ``block`` is the ``(start, end)`` of the paragraph being split.
    """
    block_start, block_end = block
    end = match.end()
    trailing = match.group()[len(match.group().rstrip("\"")):]
    if trailing and (quotes.before(match.start()) - quotes_at_cut) % 2 == 0:
        end -= len(trailing)
    following = _skip(_SPACE, view, end, block_end)
    if following == block_end:
        return end
    # Only the end of the text before matters: searching a short window keeps this
    # linear (a run of over 64 word characters is no abbreviation nor initial either).
    word = _WORD_BEFORE.search(view, max(block_start, match.start() - 64), match.start())
    before = word.group(1) if word else ""
    if before.lower().rstrip(".") in _ABBREVIATIONS or (len(before) == 1 and before.isupper()):
        return None
    first = view[following]
    starts_sentence = first.isupper() or first.isdigit() or first in _OPENERS
    if view[end].isspace():
        return end if starts_sentence else None
    glued_word = len(before) >= 2 and before[-2:].isalpha() and before[-1].islower()
    closing = view[end - 1] in "\"'”’»"
    head = _skip(_OPENER_RUN, view, following, block_end)
    capitalised = view[head:min(head + 1, block_end)].isupper() and view[head + 1:min(head + 2, block_end)].islower()
    return end if (glued_word or closing) and capitalised else None


def split_sentences(view: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield the ``(start, end)`` of each sentence of ``view[start:end]``, trimmed, none
    longer than :data:`MAX_PASSAGE` characters. Linear in ``end - start``."""
    quotes = _QuoteCount(view, start)
    cut, quotes_at_cut = start, 0
    for match in _TERMINATOR.finditer(view, start, end):
        boundary = _sentence_end(view, (start, end), quotes_at_cut, quotes, match)
        if boundary is not None and boundary > cut:
            yield from _bounded(view, cut, boundary)
            cut, quotes_at_cut = boundary, quotes.before(boundary)
    yield from _bounded(view, cut, end)


def _bounded(view: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The trimmed sentence ``view[start:end]``, cut into pieces of at most
    :data:`MAX_PASSAGE` characters: at the last whitespace that fits, else at the last
    character that is not a letter or digit, else (one word that long) at the limit."""
    for first, last in _trimmed(view, start, end):
        while last - first > MAX_PASSAGE:
            limit = first + MAX_PASSAGE
            piece = _LAST_SPACE.match(view, first, limit) or _LAST_NON_WORD.match(view, first, limit)
            cut = piece.end() if piece is not None and piece.end() > first else limit
            yield from _trimmed(view, first, cut)
            first = next(_trimmed(view, cut, last), (last, last))[0]
        if last > first:
            yield first, last


def _trimmed(view: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``view[start:end]`` without its leading bullets and spaces and trailing spaces, if
    anything is left."""
    lead = _LEAD.match(view, start, end)  # always matches: the pattern may match nothing
    if lead is not None:
        start = lead.end()
    while end > start and view[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def split_passages(document: Document, doc_index: int) -> list[Passage]:
    """Cut one document into sentence passages; skip lines with too few words to matter."""
    view = mask(document)
    name = document.id.lower()
    separator = (_MD_BLOCK_START if name.endswith((".md", ".markdown"))
                 else _BLOCK_START if name.endswith((".html", ".htm")) else _LINE)
    passages = []
    for block_start, block_end in _blocks(view, separator):
        for start, end in split_sentences(view, block_start, block_end):
            norm = fold(view[start:end])
            if _worth_indexing(view[start:end], norm):
                passages.append(Passage(doc_index, start, end, norm))
    return passages


def _worth_indexing(raw: str, norm: str) -> bool:
    """Keep sentences and headings; drop bare URLs, counters and page furniture."""
    if raw.startswith(("http://", "https://")) and " " not in raw:
        return False
    found = 0
    for _ in _LETTERS.finditer(norm):  # counting stops at enough
        found += 1
        if found >= _MIN_WORDS:
            return True
    return found >= 1 and raw[-1] in ".!?"
