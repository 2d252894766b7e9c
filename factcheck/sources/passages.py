"""Cut documents into sentence passages that keep exact offsets into the source text.

Real articles are messy: sentences glued without a space (``justice.The``), quotes
that close a sentence (``ashamed."She``), bullets, page boilerplate, Markdown and HTML
markup, reference markers (``viaduct[4]``, ``<sup>[1]</sup>``). Markup and markers are
*masked* (overwritten with spaces, same length) rather than removed, so that every
offset in the masked view is an offset in the original text: a quote found in the view
is reported as the verbatim slice of the source, markers inside it included.

Where a full stop ends a sentence is decided by :func:`period_ends_sentence`, shared
with the draft splitter (:mod:`factcheck.inputs.sentences`). ``bench/splitters.py``
measures both against pySBD, syntok, blingfire and Punkt on
``tests/data/sentences_gold.txt``.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable, Iterator

from factcheck.lexicon.lemmas import IRREGULAR
from factcheck.lexicon.nouns import is_common_noun
from factcheck.models import Document, Passage
from factcheck.sources import pdf
from factcheck.sources.normalize import fold

# Abbreviations after which a full stop never ends a sentence: titles before a name.
# Ship prefixes are titles too ("the S.S. Grandcamp exploded"; Wikipedia, "Ship prefix").
TITLES = frozenset(
    "mr mrs ms mx dr st ste prof gen col lt sgt capt cmdr adm gov sen rep rev fr hon pres supt mt ft messrs mme mlle "
    "pron s.s u.s.s h.m.s r.m.s h.m.a.s h.m.c.s".split())
# Abbreviations that hold a sentence together before a number ("No. 5", "c. 1491", "pp. 3-9").
NUMBERED = frozenset("no nos nr vol vols fig figs pp p c ca art ch sec op".split())
# Abbreviations that end a sentence as often as not ("Apple Inc. Its", "4 p.m. EDT"):
# like initialisms and initials, they end one only before a word that starts sentences.
ABBREVIATIONS = frozenset(
    "inc ltd co corp bros jr sr etc vs al approx dept est cf e.g i.e jan feb mar apr jun jul aug sep sept oct nov "
    "dec".split())
# Words that open sentences and are otherwise written in lower case: after "U.S.", "Inc."
# or "Max Q." a capitalised one starts a new sentence ("the U.S.A. She opened"), any other
# capitalised word goes on with the name ("the U.S. Supreme Court", "H.G. Wells"). This is
# Punkt's orthographic heuristic (Kiss & Strunk 2006, Computational Linguistics 32(4)) with
# a fixed list: the function words and sentence adverbs among the words that opened at
# least 100 sentences in 30 MB of the Wikipedia sample and were written capitalised
# mid-sentence less than a third of the time (nouns, numbers and section names left out).
SENTENCE_STARTERS = frozenset((
    "a about above according after afterwards again all along also although among an and another any around as at he "
    "because before being below besides between both but by consequently currently despite due during each early "
    "either eventually even every finally following for from further furthermore generally hence her here "
    "his how however i if in indeed initially instead it its later likewise many meanwhile moreover most much "
    "nevertheless nonetheless nor of often on once only originally other others our over perhaps previously "
    "prior rather recently several she shortly similarly since so some sometimes soon subsequently such "
    "than that the their then there therefore these they this those though through throughout thus to today "
    "traditionally typically ultimately under unlike until upon usually various we what when whereas "
    "whether which while who why with within yet you").split())
_TERMINATOR = re.compile(r"(?:[.!?]|…)+[\"'”’»)\]]*")
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
_INITIALISM = re.compile(r"(?:[^\W\d_]|[A-Z][a-z])(?:\.(?:[^\W\d_]|[A-Z][a-z])){1,}\.")  # U.S.A. Ph.D. a.m. e.g. H.G.
_FIRST_WORD = re.compile(r"[\"'“‘«(\[]*([^\W\d_]+)")
# A reference marker: a bracketed note number or list ("[4]", "[38, 39]", "[12–14]"), a
# note letter or roman numeral glued to what it annotates ("[a]", "[iv]"), a "[citation
# needed]"-style tag, or a run of superscript digits after punctuation or a word of three
# letters or more ("viaduct¹²"; not "km²", "10³"). Every alternative opens with "[" or a
# superscript, so the search skips ahead fast, and is bounded, so masking is linear; what
# must stand before a marker is checked by ``is_reference_marker``.
REFERENCE_MARKER = re.compile(
    r"\[(?:\d{1,4}(?:\s{0,2}[,;–-]\s{0,2}\d{1,4}){0,20}"
    r"|(?:note|nb|n)\s?\d{1,4}"
    r"|(?:citation|clarification|verification|page|year|date|who|when|where|which|by whom|according to whom"
    r"|better source|full citation|original research|dubious|disputed|failed verification|update|needs update"
    r"|not in citation given|unreliable source|sic)[^\[\]\n]{0,30})\]"
    r"|(?P<glued>\[(?:[a-z]|[ivx]{1,5})\])"
    r"|(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:[,–-][⁰¹²³⁴⁵⁶⁷⁸⁹]+)*)",
    re.IGNORECASE)
_MARKER_STARTS = "[⁰¹²³⁴⁵⁶⁷⁸⁹"  # what every alternative of REFERENCE_MARKER opens with
# Those of them between U+2070 and U+2079 (all but "[" and ¹²³ of Latin-1): their UTF-8 opens with
# these two bytes (:func:`may_hold_superscripts`).
_HIGH_SUPERSCRIPTS = "⁰⁴⁵⁶⁷⁸⁹"
_HIGH_SUPERSCRIPT_UTF8 = b"\xe2\x81"  # (the UTF-8 of U+2040 to U+207F)
_STRAY_SECOND_BYTES = 16  # see may_hold_superscripts
_AFTER_PUNCTUATION = frozenset(".,;:!?)]\"”’")


def is_reference_marker(match: re.Match[str]) -> bool:
    """Whether a ``REFERENCE_MARKER`` match stands where a marker does: a note letter glued
    to what precedes it, superscripts after punctuation or a word of three letters or more."""
    text, at = match.string, match.start()
    if match.group("glued"):
        return at > 0 and not text[at - 1].isspace() and text[at - 1] != "["
    if match.group("sup"):
        before = text[max(0, at - 3):at]
        return bool(before) and (before[-1] in _AFTER_PUNCTUATION or (len(before) == 3 and all(
            c.isalpha() for c in before)))
    return True


def blank_markers(text: str, *, superscripts: bool = True) -> str:
    """``text`` with its reference markers overwritten by spaces (same length).

    A marker is tried only where a "[" or a superscript digit stands (:func:`_marker_starts`).
    ``superscripts=False`` says that the text has none of the superscript digits between U+2070
    and U+2079 (:func:`may_hold_superscripts`), which are then not looked for."""
    pieces: list[str] = []
    done = 0
    for start in _marker_starts(text, _MARKER_STARTS if superscripts else _LOW_MARKER_STARTS):
        if start < done:
            continue
        match = REFERENCE_MARKER.match(text, start)
        if match is not None and is_reference_marker(match):
            pieces += (text[done:match.start()], " " * len(match.group()))
            done = match.end()
    return "".join(pieces) + text[done:] if pieces else text


def may_hold_superscripts(encoded: bytes) -> bool:
    """Whether a text whose UTF-8 is ``encoded`` may hold a superscript digit between U+2070 and
    U+2079 (False: it holds none), for :func:`mask`. A text of two bytes a character is searched
    for each such character by the low byte of its code ("p", "t" to "y"), which a text's letters
    hold everywhere: seven searches of it cost about twice this one search of its bytes.

    The bytes are searched for the pair's second byte alone: a one-byte search is ``memchr``, some
    fifteen times faster than the two-byte search on the Wikipedia sample, where that byte is rare
    (a continuation byte of "Á", "ā", Cyrillic "с"). Past :data:`_STRAY_SECOND_BYTES` of them that
    open no pair (a text in Cyrillic), the two-byte search takes the rest of the bytes."""
    first, second = _HIGH_SUPERSCRIPT_UTF8
    find = encoded.find
    at = find(second)
    for _ in range(_STRAY_SECOND_BYTES):
        if at < 0:
            return False
        if at and encoded[at - 1] == first:
            return True
        at = find(second, at + 1)
    return at >= 0 and find(_HIGH_SUPERSCRIPT_UTF8, at - 1) >= 0


_LOW_MARKER_STARTS = "".join(c for c in _MARKER_STARTS if c not in _HIGH_SUPERSCRIPTS)


def _marker_starts(text: str, chars: str = _MARKER_STARTS) -> list[int]:
    """Where a "[" or a superscript digit (one of ``chars``) stands in ``text``, in order. Whole
    documents are masked, and most hold none of them: ``str.find`` looks for each character at C
    speed, where the regex engine would test a character class at every character of the text."""
    starts: list[int] = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            starts.append(at)
            at = text.find(char, at + 1)
    starts.sort()
    return starts


# An HTML superscript that is a reference: bracketed, linked to a note ("#cite-1") or of
# class reference/footnote. A bare <sup>2</sup> (km², 10³) is an exponent and is kept.
_HTML_SUP = re.compile(r"<sup\b[^<>]{0,300}>(?:(?!</?sup\b).){0,400}?</sup\s*>", re.IGNORECASE | re.DOTALL)
_HTML_REFERENCE = re.compile(r"\[|href\s*=\s*[\"']?#|class\s*=\s*[\"'][^\"']*(?:reference|footnote|cite|note)", re.IGNORECASE)
_HTML_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_DOMAIN = re.compile(r"[^\W_]+\.[^\W\d_]")  # "Geniewards.ca": a glued word that goes on as a domain name
_LETTERS = re.compile(r"[^\W\d_]+")


def _blank(match: re.Match[str], keep_newlines: bool = True) -> str:
    return "".join(c if c == "\n" and keep_newlines else " " for c in match.group())


def _block_tag(match: re.Match[str]) -> str:
    """A block-level tag ends a paragraph: turn it into a blank line of the same length."""
    width = len(match.group())
    return ("\n\n" + " " * (width - 2)) if width >= 2 else " " * width


def mask(document: Document, *, superscripts: bool = True) -> str:
    """Return the document text with markup and reference markers overwritten by spaces.

    Same length as ``document.text``, so an offset in it is an offset in the source. In
    HTML, scripts, styles, comments and tags are blanked, a block tag becomes a paragraph
    break, a reference superscript (``<sup><a href="#cite-1">[1]</a></sup>``) is blanked
    whole and an entity is written as its character followed by spaces (``&amp;`` ->
    ``&    ``). Markdown loses its front matter, code, comments, link targets and emphasis.
    In every format, reference markers (see ``REFERENCE_MARKER``) are blanked: they are not words.
    ``superscripts=False``: the text has no superscript digit between U+2070 and U+2079 (a caller
    that holds its UTF-8 knows it at less cost, :func:`may_hold_superscripts`); the same result.
    """
    text = document.text
    suffix = document.id.lower().rsplit(".", 1)[-1]
    if suffix in ("html", "htm"):
        text = _drop_html(text)
        text = _HTML_SUP.sub(_blank_reference, text)
        text = _sub_up_to(">", _HTML_BLOCK, _block_tag, text)
        text = _sub_up_to(">", _HTML_TAG, _blank, text)
        text = _HTML_ENTITY.sub(_entity, text)
        superscripts = True  # ("&#8308;" is now "⁴", which the file's bytes do not hold)
    elif suffix in ("md", "markdown"):
        text = _MD_FENCE.sub(_blank, _MD_FRONT.sub(_blank, text))
        text = _sub_up_to("-->", _MD_COMMENT, _blank, text)
        # markers after link targets ("[4](url)" is a link) and before emphasis, which
        # blanks the brackets one by one and would leave the number
        text = blank_markers(_MD_LINK_TARGET.sub(_blank, text), superscripts=superscripts)
        return _MD_EMPHASIS.sub(_blank, text)
    return blank_markers(text, superscripts=superscripts)


def _blank_reference(match: re.Match[str]) -> str:
    """A ``<sup>`` element blanked if it is a reference (bracketed, linked to a note or of a
    note's class), else kept for the tag masks (an exponent's digits stay)."""
    return _blank(match) if _HTML_REFERENCE.search(match.group()) else match.group()


def _entity(match: re.Match[str]) -> str:
    """An HTML entity as the character it stands for, padded with spaces to its length."""
    character = html.unescape(match.group())
    return character + " " * (len(match.group()) - len(character)) if len(character) < len(match.group()) else match.group()


def as_read(text: str, name: str) -> str:
    """``text``, a slice of the source named ``name`` (its suffix tells the format), as
    :func:`mask` reads it: markup, entities and reference markers blanked, same length.
    For showing evidence to a reader; quotes and offsets stay the source's own."""
    return mask(Document(name, name, text))


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
    """Straight double quotes in ``view`` from ``start`` (the paragraph's) to a position,
    counted as the scan goes: an odd count means a quotation is open there.

    Positions asked for never go back, so each character is counted once: counting from
    the paragraph start at every full stop would be quadratic in a long paragraph."""

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


def period_ends_sentence(before: str, text: str, at: int, stop: int | None = None) -> bool | None:
    """Whether a full stop right after ``before`` ends the sentence, ``text[at:]`` being
    what follows it (past any whitespace); None when ``before`` is an ordinary word or
    number, whose full stop the caller judges by what follows.

    ``before`` is the run of letters, digits and full stops before the stop, without it.
    Never after a title ("Dr. Smith", "St. Louis", "Mr.Wrigley", "the S.S. Grandcamp"), nor
    after "No.", "c." or "pp." before a number. After an abbreviation that may end a sentence
    ("Inc.", "Jr.", "etc.", "p.m."), an initialism ("U.S.", "U.S.A.", "Ph.D.") or an initial
    ("Max Q.", "John F."), only before a capitalised word of :data:`SENTENCE_STARTERS`
    ("the U.S.A. She opened", not "the U.S. Supreme Court"; after an initial, not a one-
    letter one: "J. A. Smith"), or, after "the" and a capital initialism, before a name that
    opens a clause (:func:`_name_opens_clause`: "ran for the U.S.A. Okafor retired", not "the
    U.S. Navy lifted"; ``stop``, the full stop's offset in ``text``, lets it see the "the").
    Looks at most 64 characters past ``at`` and 6 before the initialism.
    """
    lowered = before.lower()
    if lowered in TITLES:
        return False
    if lowered in NUMBERED and text[at:at + 1].isdigit():
        return False
    initial = len(before) == 1 and before.isupper()
    # an initialism is decided by its tail (a run of letters and periods over 64 long is cut)
    if not (initial or lowered in ABBREVIATIONS or _INITIALISM.fullmatch(before[-12:].lstrip(".") + ".")):
        return None
    word = _FIRST_WORD.match(text, at, at + 64)
    if word is None:
        return False
    found = word.group(1)
    if found[0].isupper() and found.lower() in SENTENCE_STARTERS and not (initial and len(found) == 1):
        return True
    return stop is not None and not initial and _name_opens_clause(before, text, stop, word)


_THE_BEFORE = re.compile(r"(?:^|\W)the\s+$")  # "the" ends the text before an initialism
_FINITE_AFTER = re.compile(r"\s+([a-z]+)\b")  # the lower-case word after a capitalised one
# Auxiliaries and modals, finite: "the U.S. Pittsburgh is known".
_AUXILIARIES = frozenset("is was are were has had have will would can could may might shall should must does did".split())


def _name_opens_clause(before: str, text: str, stop: int, word: re.Match[str]) -> bool:
    """After "the" and a capital initialism that names a place ("for the U.S.A.", "in the U.K."),
    whether the capitalised word that follows is a name that starts a clause of its own: a word
    that is no common noun of WordNet (:func:`factcheck.lexicon.nouns.is_common_noun`), followed
    by a finite verb (a past tense in -ed or an irregular one, an auxiliary). "the U.S.A. Okafor
    retired", "in the U.S. Michigan ranked second", "in the U.S. Laserdiscs were"; but "the U.S.
    Navy lifted the ban", "the U.S. Marines received", "the U.S. Congress declared" go on, their
    head a common noun. Measured on the Wikipedia sample (18,351 articles): of 24 places this
    rule reads, 10 are new sentence ends (all right), 13 were found already by a sentence
    starter, one was a ship's name, now a title ("the S.S. Grandcamp exploded").
    """
    letters = before.replace(".", "")
    if len(letters) < 2 or not letters.isalpha() or not letters.isupper():
        return False
    begin = stop - len(before)
    if not _THE_BEFORE.search(text, max(0, begin - 6), begin):
        return False
    name = word.group(1)
    if len(name) < 2 or not name[0].isupper() or not name[1:].islower() or is_common_noun(name):
        return False
    verb = _FINITE_AFTER.match(text, word.end(), word.end() + 40)
    if verb is None:
        return False
    found = verb.group(1)
    return found in _AUXILIARIES or found in IRREGULAR or (found.endswith("ed") and len(found) > 3)


def _sentence_end(view: str, block: tuple[int, int], quotes: _QuoteCount, match: re.Match[str]) -> int | None:
    """Return where a sentence ends at this terminator, or None if it goes on.

    Handles abbreviations, initials and initialisms (:func:`period_ends_sentence`), and
    straight quotes that may open the next sentence rather than close this one
    (``stigma."Why``): a quote closes only when the paragraph so far has an odd number of
    them (counted from the paragraph, not the sentence: a source's sentence may start
    inside a quotation). A sentence glued to the next (``justice.The``) ends only before a capitalised
    word that is not part of a domain name (``www.Geniewards.ca``). Every look is at a
    position in ``view`` (never a copy of the rest of the block), so a block is scanned in
    linear time. ``block`` is the ``(start, end)`` of the paragraph being split.
    """
    block_start, block_end = block
    end = match.end()
    trailing = match.group()[len(match.group().rstrip("\"")):]
    if trailing and quotes.before(match.start()) % 2 == 0:
        end -= len(trailing)  # the quote opens the next sentence
    following = _skip(_SPACE, view, end, block_end)
    if following == block_end:
        return end
    # Only the end of the text before matters: searching a short window keeps this
    # linear (a run of over 64 word characters is no abbreviation nor initial either).
    word = _WORD_BEFORE.search(view, max(block_start, match.start() - 64), match.start())
    before = word.group(1) if word else ""
    spaced = view[end].isspace()
    if match.group()[0] == ".":
        ends = period_ends_sentence(before, view, following, match.start())
        if ends is not None and (spaced or not ends):
            return end if ends else None
    first = view[following]
    starts_sentence = first.isupper() or first.isdigit() or first in _OPENERS
    if first == '"' and quotes.before(following) % 2:
        starts_sentence = False  # it closes the quotation: 'Iraq. "' ends a quoted paragraph
    if spaced:
        return end if starts_sentence else None
    glued_word = len(before) >= 2 and before[-2:].isalpha() and before[-1].islower()
    closing = view[end - 1] in "\"'”’»"
    head = _skip(_OPENER_RUN, view, following, block_end)
    second = view[head + 1:min(head + 2, block_end)]
    capitalised = view[head:min(head + 1, block_end)].isupper() and (
        second.islower() or (view[head] in "AI" and second.isspace()))  # "car."A visibly
    domain = _DOMAIN.match(view, head, min(head + 64, block_end)) is not None
    return end if (glued_word or closing) and capitalised and not domain else None


# Bump when a sentence-boundary rule changes: a stored index keeps the passages it cut, and
# factcheck.index.store rebuilds one made under another revision (same output with or without it).
SENTENCE_RULES = 2  # 2: a name after "the U.S.A." that a finite verb follows opens a sentence


def split_sentences(view: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield the ``(start, end)`` of each sentence of ``view[start:end]``, trimmed, none
    longer than :data:`MAX_PASSAGE` characters. Linear in ``end - start``."""
    quotes = _QuoteCount(view, start)
    cut = start
    for match in _TERMINATOR.finditer(view, start, end):
        boundary = _sentence_end(view, (start, end), quotes, match)
        if boundary is not None and boundary > cut:
            yield from _bounded(view, cut, boundary)
            cut = boundary
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
    blocks = pdf.paragraphs(view) if pdf.is_pdf(name) else _blocks(view, separator)  # a PDF's lines wrap
    for block_start, block_end in blocks:
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
