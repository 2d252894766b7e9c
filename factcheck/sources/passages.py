"""Cut documents into sentence passages that keep exact offsets into the source text.

Real articles are messy: sentences glued without a space (``justice.The``), quotes
that close a sentence (``ashamed."She``), bullets, page boilerplate, Markdown and HTML
markup. Markup is *masked* (overwritten with spaces, same length) rather than removed,
so that every offset in the masked view is an offset in the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

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
_HTML_DROP = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_HTML_BLOCK = re.compile(r"</?(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|pre|title)\b[^>]*>", re.IGNORECASE)
_HTML_TAG = re.compile(r"<[^>]*>")
_MD_FRONT = re.compile(r"\A---[ \t]*\n.*?\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_MD_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.DOTALL | re.MULTILINE)
_MD_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_MD_LINK_TARGET = re.compile(r"(?<=\])\((?:[^()\n]|\([^()\n]*\))*\)|\[\^[^\]\n]+\]:?|^\s*\[[^\]\n]+\]:\s*\S+.*$", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"[*_`]+|^\s*#+\s|!?\[|\]", re.MULTILINE)
_BLOCK_START = re.compile(r"\n(?=[ \t]*(?:[#>*+-]|\d+[.)])\s)|\n[ \t]*\n")
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
        text = _HTML_DROP.sub(_blank, text)
        text = _HTML_BLOCK.sub(_block_tag, text)
        return _HTML_TAG.sub(_blank, text)
    if suffix in ("md", "markdown"):
        for pattern in (_MD_FRONT, _MD_FENCE, _MD_COMMENT, _MD_LINK_TARGET, _MD_EMPHASIS):
            text = pattern.sub(_blank, text)
    return text


def _blocks(view: str, line_per_block: bool) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of paragraphs: lines in plain text, blank-line blocks otherwise."""
    separator = re.compile("\n") if line_per_block else _BLOCK_START
    start = 0
    for match in separator.finditer(view):
        yield start, match.start()
        start = match.end()
    yield start, len(view)


def _sentence_end(block: str, cut: int, match: re.Match[str]) -> int | None:
    """Return where a sentence ends at this terminator, or None if it goes on.

    Handles abbreviations and initials, and straight quotes that may open the next
    sentence rather than close this one (``stigma."Why``): a quote closes only when
    the sentence so far has an odd number of them.
    """
    end = match.end()
    trailing = match.group()[len(match.group().rstrip("\"")):]
    if trailing and block.count('"', cut, match.start()) % 2 == 0:
        end -= len(trailing)
    rest = block[end:].lstrip()
    if not rest:
        return end
    # Only the end of the text before matters: searching a short window keeps this
    # linear (a run of over 64 word characters is no abbreviation nor initial either).
    word = _WORD_BEFORE.search(block, max(0, match.start() - 64), match.start())
    before = word.group(1) if word else ""
    if before.lower().rstrip(".") in _ABBREVIATIONS or (len(before) == 1 and before.isupper()):
        return None
    starts_sentence = rest[0].isupper() or rest[0].isdigit() or rest[0] in _OPENERS
    if block[end].isspace():
        return end if starts_sentence else None
    glued_word = len(before) >= 2 and before[-2:].isalpha() and before[-1].islower()
    closing = block[end - 1] in "\"'”’»"
    head = rest.lstrip(_OPENERS)
    capitalised = head[:1].isupper() and head[1:2].islower()
    return end if (glued_word or closing) and capitalised else None


def split_sentences(view: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield the ``(start, end)`` of each sentence of ``view[start:end]``, trimmed."""
    block = view[start:end]
    cut = 0
    for match in _TERMINATOR.finditer(block):
        boundary = _sentence_end(block, cut, match)
        if boundary is not None and boundary > cut:
            yield from _trimmed(block, cut, boundary, start)
            cut = boundary
    yield from _trimmed(block, cut, len(block), start)


def _trimmed(block: str, start: int, end: int, offset: int) -> Iterator[tuple[int, int]]:
    lead = _LEAD.match(block, start, end)  # always matches: the pattern may match nothing
    if lead is not None:
        start = lead.end()
    while end > start and block[end - 1].isspace():
        end -= 1
    if end > start:
        yield offset + start, offset + end


def split_passages(document: Document, doc_index: int) -> list[Passage]:
    """Cut one document into sentence passages; skip lines with too few words to matter."""
    view = mask(document)
    plain = not document.id.lower().endswith((".md", ".markdown", ".html", ".htm"))
    passages = []
    for block_start, block_end in _blocks(view, plain):
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
