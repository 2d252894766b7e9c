"""The text layer of a PDF source, page by page, as factcheck quotes it.

A PDF's **text** (CONTRACT.md section 1) is what :func:`extract` returns: each page's
extracted text, pages joined by a form feed (``"\\f"``), so that every offset, quote and
line of the usual machinery works on it unchanged and the page of an offset is the number
of form feeds before it, plus one. Lines and columns of a PDF source are counted within
its page (``report.pdf:p3:12:5`` is page 3, line 12 of that page, column 5), which is
where a reader looks for them.

The extraction is pypdf's (``PageObject.extract_text``, plain mode). Measured on PDFs made
with reportlab and fpdf2 (one and two columns, line-end hyphens, ``fi``/``fl`` ligature
glyphs, two pages) and on two typeset manuals found on a Debian machine (53 pages in
all), against pdfminer.six and pypdfium2: pypdf, pdfminer.six and pypdfium2 read the same
words (no word joined or split that another one read right), and the same sentences of
the generated article verbatim, two-column layout included (20 of 21: one sentence runs
across a column break). pdfminer.six's layout analysis put one line of a real
page after the next paragraph (a sentence cut in two), wrote ``(cid:N)`` for a glyph
without a Unicode mapping, and took 2-4 times as long as pypdf (4.1 s against 2.1 s for
a 36-page manual; pdfminer pulls in ``cryptography`` too). pypdfium2 was 12 times faster
(0.17 s) but is a native binary (PDFium), replaces a line-end hyphen by ``"\\x02"`` and
joins the two lines, losing the line the word began on. pypdf is pure Python, kept by
the py-pdf organisation, reads encrypted files with an empty password, and is fast enough
for sources that are read once and then kept in the index (about 60 ms a page);
extracted texts are also kept here for the run (:data:`CACHED_TEXTS`).

What this module does beyond pypdf, because no extractor does it (each step documented
at its function): ligature glyphs are written as their letters, soft hyphens dropped,
control characters made spaces, and a word hyphenated at a line end is joined again
(:func:`join_hyphenated`).
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import warnings
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.errors import InputError

PAGE_BREAK = "\f"
CACHED_TEXTS = 8  # extracted texts kept per process (a PDF met again in a run is not parsed again)
# Ligature glyphs (Unicode's Alphabetic Presentation Forms, U+FB00-FB06) as their letters,
# as NFKC would write them; a typeset PDF maps its "fi" glyph to U+FB01.
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st", "\u00ad": None})
# C0 controls other than tab and newline, DEL and C1 controls: no reader sees them.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# A letter, a hyphen at the end of a line, and a lower-case letter opening the next one.
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-\n(?=[^\W\d_])")
_WORD_BEFORE = re.compile(r"[^\W\d_]+\Z")
_REST_OF_WORD = re.compile(r"\S*[ \t]*")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_BULLET = re.compile(r"[ \t]*(?:[•◦▪‣*+-]|\d{1,3}[.)]|\([a-z0-9]\))\s")
SHORT_LINE = 0.6  # of a page's full line length: a shorter line ends its paragraph
_cache: OrderedDict[bytes, PdfText] = OrderedDict()

# pypdf reports what it repairs in a damaged file through `logging` (and `warnings`);
# factcheck's core never prints, so those records go nowhere.
logging.getLogger("pypdf").addHandler(logging.NullHandler())


@dataclass(frozen=True, slots=True)
class PdfText:
    """The text of a PDF (pages joined by :data:`PAGE_BREAK`) and its number of pages.

    A page without a text layer (a scanned page) adds an empty page to the text."""

    text: str
    pages: int


class NoTextLayer(InputError):
    """A PDF with no text on any page (a scan without OCR): a warning, never an error."""


def is_pdf(name: str) -> bool:
    """Whether a source's path or id names a PDF (by its extension, in any case)."""
    return name.lower().endswith(".pdf")


def page_starts(text: str) -> tuple[int, ...]:
    """The offset at which each page of an extracted text starts (``(0,)`` for one page)."""
    return (0, *(m.end() for m in re.finditer(PAGE_BREAK, text)))


def extract(raw: bytes, path: str) -> PdfText:
    """The text layer of a PDF file's bytes; ``path`` names it in errors.

    Raises:
        NoTextLayer: no page has any text.
        InputError: the file is not a PDF pypdf can read (damaged, truncated), or is
            encrypted with a password (an empty user password is tried first).
    """
    key = hashlib.blake2b(raw, digest_size=16).digest()
    found = _cache.get(key)
    if found is None:
        found = _extract(raw, path)
        _cache[key] = found
        if len(_cache) > CACHED_TEXTS:
            _cache.popitem(last=False)
    else:
        _cache.move_to_end(key)
    if not found.text.strip(PAGE_BREAK + " \t\n"):
        pages = f"{found.pages} page{'s' if found.pages != 1 else ''}"
        raise NoTextLayer(path, f"PDF with no text layer ({pages}: scanned or image-only?), nothing to check "
                                "against; run OCR on it first (ocrmypdf, for one)")
    return found


def _extract(raw: bytes, path: str) -> PdfText:
    from pypdf import PdfReader  # imported when a PDF is met: most runs read none
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(raw), strict=False)
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")
                except (DependencyError, NotImplementedError) as exc:
                    raise InputError(path, f"encrypted PDF that cannot be opened here: {exc}") from None
                if not opened:
                    raise InputError(path, "encrypted PDF (a password is needed to read it); "
                                           "save a copy without a password")
            pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except FileNotDecryptedError:
        raise InputError(path, "encrypted PDF (a password is needed to read it); save a copy without a password") \
            from None
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on a damaged file; none may escape as a bug
        reason = str(exc).strip() or type(exc).__name__
        raise InputError(path, f"not a readable PDF ({reason})") from None
    cleaned = [clean_page(page) for page in pages]
    text = join_hyphenated(PAGE_BREAK.join(cleaned))
    return PdfText(text, len(pages))


def clean_page(text: str) -> str:
    """One page's extracted text as a reader sees it: newlines for ``\\r\\n``, ``\\r`` and
    form feeds (a form feed marks a page break only), ligature glyphs as letters (U+FB00-
    FB06, by their Unicode compatibility decompositions), soft hyphens (U+00AD, invisible)
    dropped, other control characters as spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace(PAGE_BREAK, "\n")
    return _CONTROLS.sub(" ", text.translate(_LIGATURES))


def join_hyphenated(text: str) -> str:
    """Join the words a typesetter hyphenated at a line end, keeping the line count.

    ``"the maga-\\nzine said so"`` becomes ``"the magazine\\nsaid so"``: the word is
    completed on the line where it began, with any punctuation that follows it, and the
    line break moves to the space after it, so that the lines of the text stay the lines
    of the page (a line that held nothing but the end of the word is left empty). The
    hyphen is kept (``"well-\\nknown"`` -> ``"well-known"``) when the text writes the
    hyphenated form elsewhere and never the joined one: a compound broken at its own
    hyphen. Only a hyphen after a letter, at a line end, before a lower-case letter is
    touched (not ``"1990-\\n1995"``, not ``"Smith-\\nJones"``, not a dash).
    """
    if "-\n" not in text:
        return text
    words: set[str] | None = None
    parts: list[str] = []
    last = 0
    for hyphen in _LINE_END_HYPHEN.finditer(text):
        if hyphen.start() < last:
            continue  # inside the end of a word already moved up
        before = _WORD_BEFORE.search(text, last, hyphen.start())
        rest = _REST_OF_WORD.match(text, hyphen.end())
        if before is None or rest is None or not text[hyphen.end()].islower():
            continue
        word = rest.group().rstrip(" \t")
        letters = re.match(r"[^\W\d_]+", word)
        if words is None:
            words = set(_WORDS.findall(text))
        tail = letters.group() if letters else ""
        keep = f"{before.group()}-{tail}" in words and before.group() + tail not in words
        parts.append(text[last:hyphen.start()] + ("-" if keep else "") + word + "\n")
        last = rest.end()
    parts.append(text[last:])
    return "".join(parts)


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` of the paragraphs of a PDF's text, for the sentence splitter.

    A PDF's lines are the page's lines, wrapped by the typesetter, so a line break is no
    paragraph break (it is in a ``.txt`` source): a paragraph ends at a blank line, before
    a bullet, and after a short line, one under :data:`SHORT_LINE` of the page's full
    line length (its 90th-percentile line, in characters): the last line of a paragraph,
    a heading, a caption, a page number. A sentence may run on across a page break.
    """
    start = 0
    for page_start, page_end in _pages(text):
        lines = list(_lines(text, page_start, page_end))
        lengths = sorted(len(text[a:b].rstrip()) for a, b in lines if text[a:b].strip())
        full = lengths[min(len(lengths) - 1, len(lengths) * 9 // 10)] if lengths else 0
        for (a, b), following in zip(lines, [*lines[1:], None], strict=True):
            shown = text[a:b].rstrip()
            bullet = following is not None and _BULLET.match(text, following[0], following[1]) is not None
            if not shown.strip() or len(shown) < SHORT_LINE * full or bullet:
                if b > start:
                    yield start, b
                start = b + 1 if b < len(text) else b
    if start < len(text):
        yield start, len(text)


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` of each line of ``text[start:end]``, without its newline."""
    while True:
        newline = text.find("\n", start, end)
        if newline < 0:
            yield start, end
            return
        yield start, newline
        start = newline + 1


def _pages(text: str) -> Iterator[tuple[int, int]]:
    starts = page_starts(text)
    ends = [s - 1 for s in starts[1:]] + [len(text)]
    yield from zip(starts, ends, strict=True)
