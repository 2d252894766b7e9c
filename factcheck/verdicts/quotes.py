"""Check that words presented as a source's own words stand in a source.

``exact`` means verbatim once quote marks, dashes, whitespace, case and diacritics are
folded; ``close`` means nearly verbatim (a misquote), with the differing words shown;
``missing`` means no source has anything close.

Sources are read as a reader sees them (:func:`factcheck.sources.passages.mask`): markup
and reference markers ("[4]", "<sup>[1]</sup>") are not words, so "designed by Ilse
Marten and opened" is exact against "designed by Ilse Marten[4] and opened". What is
reported is the verbatim slice of the source, markers inside it included.

A quote may leave words out with an ellipsis (``…``, ``...``, ``. . .``, ``[…]``,
``[...]``) and put editorial words in square brackets (``[the council] said``); see
``QuoteFinder._find_elided`` for how such a quote is matched and when what it leaves out
changes what it says.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import islice

from rapidfuzz import fuzz

from factcheck.index.bm25 import terms
from factcheck.inputs.sentences import quotations
from factcheck.lexicon.adjectives import clusters_of
from factcheck.lexicon.antonyms import are_antonyms
from factcheck.lexicon.nouns import is_common_noun
from factcheck.lexicon.verbs import is_participle
from factcheck.match.align import DETERMINERS
from factcheck.match.cues import MONTH_NAMES, QUOTE_MARKS, SPEECH_VERBS, quoted, tokenize
from factcheck.match.retrieve import Matcher
from factcheck.models import Document, QuoteCheck
from factcheck.sources.normalize import Normalized, fold, fold_char, normalize, variant_key, words

CLOSE_SCORE = 80.0
_FINAL_STOPS = " .,;:"  # punctuation a quotation may end on in the citing sentence, not in the source
_QUOTE_MARKS = "\"'“”‘’«»„ "
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

GAP = 300  # at most this many source characters may be left out between two pieces of a quote
_CHAINS = 50  # ways of placing the pieces tried per document (a piece such as "the" is everywhere)
_ELLIPSIS = re.compile(r"\s*(\[\s*(?:…|\.(?:\s?\.){2,})\s*\]|…|\.(?:\s?\.){2,})\s*")
_BRACKET = re.compile(r"\[([^\]]*)\]")
_SIC = re.compile(r"\s*\[sic\]", re.IGNORECASE)
_ANY_WORDS = r"(\S+(?: \S+){0,3})"  # what a bracketed insertion stands for: one to four source words
_PIECE_EDGE = " ,;:.!?"
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_SET_OFF = ",;:()[]–—-.!?"  # punctuation that sets a parenthetical, an appositive or a sentence apart
_NEGATIONS = frozenset("not no never without nobody nothing none neither nor cannot nowhere".split())
_CLOSING_MARKS = frozenset(",.;:!?)")  # marks a blanked reference marker may stand before
_NUMBER_WORDS = frozenset((
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion trillion dozen half").split())
# Words that open one detachable phrase: prepositions, and subordinators or relatives that
# qualify rather than condition ("if", "unless" and "that" are left out on purpose).
_OPENERS = frozenset((
    "about above across after against along amid among around as at before behind below beside "
    "besides between beyond by despite during except following for from in including inside into "
    "like near of on onto over past per since through throughout to toward towards under until "
    "upon via with within although because though when whenever where while who whom whose which").split())
_COORDINATORS = frozenset("and but or yet whereas".split())


class QuoteFinder:
    """Finds quotes in a corpus; folds each document once per run, on first need."""

    def __init__(self, matcher: Matcher) -> None:
        self.matcher = matcher
        self._folded: dict[int, str] = {}
        self._normalized: dict[int, Normalized] = {}

    def check(self, quote: str) -> QuoteCheck:
        """Return the quote's status and where it stands (best match when not exact).

        A full stop, comma, colon or semicolon that ends the quote is left out: a quotation
        that ends a sentence takes the sentence's stop where its source had a comma before the
        attribution ('... into sex work," Smailova added'): the punctuation at a quotation's end
        belongs to the sentence that quotes it (American usage puts that sentence's stop inside
        the marks). A question or exclamation mark is the speaker's, and is kept."""
        text = quote.strip(_QUOTE_MARKS)
        text = text.rstrip(_FINAL_STOPS) or text
        wanted = fold(text)
        if not wanted:
            return QuoteCheck("missing")
        exact = self._find_exact(wanted)
        if exact is not None:
            return exact
        elided = self._find_elided(text)
        if elided is not None:
            return elided
        return self._find_close(text, wanted)

    def _view(self, doc: int) -> str:
        """The document as read (markup and markers blanked): same length as its text."""
        return self.matcher.view(doc)

    def _folded_doc(self, doc: int) -> str:
        if doc not in self._folded:
            self._folded[doc] = fold(self._view(doc))
        return self._folded[doc]

    def _normalized_doc(self, doc: int) -> Normalized:
        if doc not in self._normalized:
            self._normalized[doc] = normalize(self._view(doc))
        return self._normalized[doc]

    def _find_exact(self, wanted: str) -> QuoteCheck | None:
        pattern = re.compile(r"(?<![a-z0-9])" + re.escape(wanted) + r"(?![a-z0-9])")
        # A reference marker blanked right before a mark leaves a space there ("tall[2], the
        # tallest" is read "tall   , the tallest"): the quote's marks may follow blanks.
        loose = re.compile(r"(?<![a-z0-9])" + "".join(r"\s*" + re.escape(c) if c in _CLOSING_MARKS else re.escape(c)
                                                      for c in wanted) + r"(?![a-z0-9])") \
            if any(c in _CLOSING_MARKS for c in wanted) else None
        # Cheap tests first (each a necessary condition, so the first document found is the same):
        # the quote's words in the document's own text (_may_hold), and the literal pieces of
        # the loose pattern in the folded text before the pattern is run over it.
        needles = sorted(set(_ALNUM_RUN.findall(wanted)), key=len, reverse=True)
        pieces = _loose_pieces(wanted) if loose is not None else ()
        for doc in self._documents_with(wanted):
            if doc not in self._folded and not self._may_hold(doc, needles):
                continue
            if wanted not in self._folded_doc(doc):
                folded = self._folded_doc(doc)
                match = loose.search(folded) if loose is not None and all(p in folded for p in pieces) else None
                if match:
                    start, end = self._normalized_doc(doc).span(match.start(), match.end())
                    return self._result("exact", doc, start, end, 100.0)
                continue
            match = pattern.search(self._folded_doc(doc))
            if match:
                start, end = self._normalized_doc(doc).span(match.start(), match.end())
                return self._result("exact", doc, start, end, 100.0)
        return None

    def _may_hold(self, doc: int, needles: Sequence[str]) -> bool:
        """False only if document ``doc``'s folded view cannot hold the runs of letters and
        digits ``needles`` (the words of a folded quote): one of them is not in the document's
        text lowered, and the text is one in which that says so (:func:`_words_kept`). Spares
        masking and folding whole documents that hold a quote's terms but not its words."""
        document = self.matcher.corpus.documents[doc]
        if not _words_kept(document):  # (a scan that stops at the first character it cannot vouch for)
            return True
        lowered = document.text.lower()
        return all(needle in lowered for needle in needles)

    def _documents_with(self, wanted: str) -> list[int]:
        """The documents that hold every term of the quote, in corpus order: the index
        spares folding a large corpus whole for one quote."""
        index = self.matcher.index
        found: set[int] | None = None
        for t in sorted(set(terms(wanted))):
            docs = set(index.docs[index.postings(t)[0]].tolist())
            found = docs if found is None else found & docs
        return sorted(found) if found is not None else list(range(len(self.matcher.corpus.documents)))

    def _find_elided(self, quote: str) -> QuoteCheck | None:
        """A quote with ellipses or brackets, found piece by piece; None if it has neither,
        or if no document holds its pieces in order (the caller then looks for a close match).

        The pieces must stand in one document, in the quote's order, each starting at most
        ``GAP`` characters after the previous one ends and in the same paragraph: an
        ellipsis shortens a passage, it does not stitch distant ones together. The quote
        is ``exact`` when what it leaves out changes nothing it says (see ``_omitted``);
        otherwise ``close``, with ``(ellipsis as written, omitted words that matter)`` as
        differences. The span reported runs from the first piece to the last, verbatim.
        """
        split = _split(quote)
        if split is None:
            return None
        pieces, markers = split
        leading = _ELLIPSIS.match(quote.lstrip(_QUOTE_MARKS)) is not None
        compiled = [_compile(p) for p in pieces]
        literal = fold(" ".join(_BRACKET.sub(" ", p) for p in pieces))
        flagged: QuoteCheck | None = None
        tightest = 0
        for doc in self._documents_with(literal):
            text = self._view(doc)
            for chain in islice(_chains(self._normalized_doc(doc), text, [p for p, _ in compiled]), _CHAINS):
                differences = _omitted(text, chain, markers) + _bracket_negations(text, chain, compiled)
                start, end = chain[0][0][0], chain[-1][0][1]
                if leading and (head := _cut_head(text, start)):
                    differences = (("...", " ".join(head)), *differences)
                if not differences:
                    return self._result("exact", doc, start, end, 100.0)
                # Of the placements that leave out words that matter, the tightest is the one the
                # quote was cut from ("The ... was similarly dismissive": the "The" right before
                # "school principal", not the doctor's sentence's "the" before it).
                if flagged is None or end - start < tightest:
                    score = round(fuzz.ratio(fold(" ".join(pieces)), fold(text[start:end])), 1)
                    flagged = replace(self._result("close", doc, start, end, score), differences=differences)
                    tightest = end - start
        return flagged

    def _find_close(self, quote: str, wanted: str) -> QuoteCheck:
        best: tuple[float, int, int, int] | None = None
        claim = self.matcher.claim_terms(quote)
        for candidate in self.matcher.candidates(claim, limit=10)[:5]:
            text = self.matcher.text_of(candidate)
            normalized = normalize(text)
            aligned = fuzz.partial_ratio_alignment(wanted, normalized.text)
            span = _word_span(wanted, normalized.text)
            if aligned is None or span is None:
                continue
            o_start, o_end = normalized.span(*span)
            key = (aligned.score, candidate.doc, candidate.start + o_start, candidate.start + o_end)
            if best is None or key[0] > best[0]:
                best = key
        if best is None or best[0] < CLOSE_SCORE:
            return QuoteCheck("missing", score=round(best[0], 1) if best else 0.0)
        score, doc, start, end = best
        result = self._result("close", doc, start, end, round(score, 1))
        return replace(result, differences=word_differences(quote, self._view(doc)[start:end]))

    def _result(self, status: str, doc: int, start: int, end: int, score: float) -> QuoteCheck:
        document = self.matcher.corpus.documents[doc]
        line, _ = document.position(start)
        return QuoteCheck(status, document.id, line, start, end, document.text[start:end], score,
                          page=document.page(start))


# A chain places each piece of a quote in a source: per piece, its source span and the
# source spans of its bracketed insertions, ``((start, end), ((start, end), ...))``.
Chain = list[tuple[tuple[int, int], tuple[tuple[int, int], ...]]]


def _split(quote: str) -> tuple[list[str], list[str]] | None:
    """``"a b … c [...] d"`` -> ``(["a b", "c", "d"], ["…", "[...]"])``: the pieces and the
    ellipses between them, as written. An ellipsis at either end only says the quote starts
    or ends mid-sentence and is dropped. None for a quote with no ellipsis and no bracket."""
    if not _ELLIPSIS.search(quote) and not _BRACKET.search(quote):
        return None
    parts = _ELLIPSIS.split(quote)
    pieces: list[str] = []
    markers: list[str] = []
    marker = ""
    for i, part in enumerate(parts):
        if i % 2:
            marker = part
        elif part.strip(_PIECE_EDGE + _QUOTE_MARKS):
            if pieces:
                markers.append(marker)
            pieces.append(part.strip(_PIECE_EDGE))
    return (pieces, markers) if pieces else None


def _compile(piece: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A piece of a quote as a pattern over folded text, from word edge to word edge, and
    the bracketed insertions that stand alone in it (one capture group each, in order).

    ``[the council] said`` matches "it said": a bracket standing alone replaces one to
    four source words. A bracket inside a word (``[T]he``) only changes letters: it
    matches its own folded text. ``[sic]`` stands for nothing.
    """
    piece = _SIC.sub("", piece)
    out, alone, at = [], [], 0
    for m in _BRACKET.finditer(piece):
        out.append(_fold_inner(piece[at:m.start()]))
        glued = piece[m.start() - 1:m.start()].isalnum() or piece[m.end():m.end() + 1].isalnum()
        out.append(re.escape(fold(m.group(1))) if glued else _ANY_WORDS)
        alone += [] if glued else [m.group(0)]
        at = m.end()
    out.append(_fold_inner(piece[at:]))
    return re.compile(r"(?<![a-z0-9])" + "".join(out) + r"(?![a-z0-9])"), tuple(alone)


def _fold_inner(text: str) -> str:
    """Fold a stretch of a piece for a pattern, keeping one space at an edge that has one
    (``fold`` trims edges, which would glue it to a bracket beside it)."""
    core = fold(text)
    if not core:
        return " " if text[:1].isspace() else ""
    return (" " if text[:1].isspace() else "") + re.escape(core) + (" " if text[-1:].isspace() else "")


def _chains(norm: Normalized, text: str, patterns: list[re.Pattern[str]],
            pos: int = 0, after: int | None = None) -> Iterator[Chain]:
    """Every way to place ``patterns`` in order in ``text`` (folded as ``norm``): the first
    from folded offset ``pos`` on, each next one starting within ``GAP`` source characters
    of ``after`` (the previous piece's source end) with no blank line in between."""
    if not patterns:
        yield []
        return
    # Folding can turn one character into four ("щ" -> "shch"): past this the gap is too long.
    limit = len(norm.text) if after is None else min(len(norm.text), pos + 4 * (GAP + len(patterns[0].pattern)))
    for m in patterns[0].finditer(norm.text, pos, limit):
        if m.end() == limit < len(norm.text):
            return  # cut by the window, not at a word edge
        m = _tightened(patterns[0], norm.text, m)
        start, end = norm.span(*m.span())
        if after is not None and (start - after > GAP or _PARAGRAPH.search(text, after, start)):
            return
        brackets = tuple(norm.span(*m.span(g)) for g in range(1, (m.re.groups or 0) + 1))
        for rest in _chains(norm, text, patterns[1:], m.end(), end):
            yield [((start, end), brackets), *rest]


def _tightened(pattern: re.Pattern[str], folded: str, m: re.Match[str]) -> re.Match[str]:
    """The match with a leading bracket run cut to the fewest words that still match: the
    leftmost match would let "[the council] voted" take "in March it voted"."""
    if not m.re.groups or m.start(1) != m.start():
        return m
    for at in reversed([i + 1 for i in range(m.start(), m.end(1)) if folded[i] == " "]):
        tighter = pattern.match(folded, at)
        if tighter:
            return tighter
    return m


def _omitted(text: str, chain: Chain, markers: list[str]) -> tuple[tuple[str, str], ...]:
    """``(ellipsis as written, omitted words that matter)`` for each ellipsis whose gap in
    the source holds a word that changes what the joined pieces say (see ``_telling``)."""
    found = []
    for ((_, end), _), ((start, _), _), marker in zip(chain[:-1], chain[1:], markers, strict=True):
        if _whole_sentences(text, end, start):
            continue  # ("The harbour is silting up. ... Our boats cannot leave": a sentence left out says nothing of the others)
        telling = list(dict.fromkeys(_unscoped(text, end, start) + _telling(text, end, start)
                                     + _grafted(text, end, start) + _beheaded(text, end, start)
                                     + _headless(text, end, start)))
        if telling:
            found.append((marker, " ".join(telling)))
    return tuple(found)


def _whole_sentences(text: str, start: int, end: int) -> bool:
    """Whether a gap ``text[start:end]`` left out by an ellipsis is one or more whole sentences:
    the piece before it ends its sentence (a stop right before the gap) and the gap ends with
    one, before the next piece opens a sentence. Leaving a sentence out changes nothing the kept
    sentences say, whatever it holds ("Nobody dredges it any more.")."""
    gap = text[start:end]
    ended = text[:start].rstrip()[-1:] in ".!?" or gap.lstrip()[:1] in ".!?"  # (the stop may be the ellipsis's: "up. ...")
    return bool(gap.strip(" .!?")) and ended and gap.rstrip()[-1:] in ".!?" \
        and text[end:end + 1].isupper() and "\n\n" not in gap


_SENTENCE_OPENING = re.compile(r"[.!?:…][\"'”’»)\]]*\s+[\"'“‘«(]*(?=[^\W\d_])")


def _grafted(text: str, start: int, end: int) -> list[str]:
    """The words an ellipsis left out of the sentence the next piece ends, when that sentence
    begins inside the gap ``text[start:end]``: the quote then grafts the end of one sentence
    onto the start of another. "Why should I be ashamed? … my daughter should be ashamed"
    drops "Those men who raped" from 003's "Those men who raped my daughter should be
    ashamed" and gives the daughter the shame. Leaving out whole sentences is fine (the next
    piece then opens its sentence: nothing is returned), and so is leaving out words within
    one sentence, which ``_telling`` judges. A sentence opens after ``. ! ? :`` or an
    ellipsis, closing quotation marks and space, at a letter (as ``_opens_sentence`` reads it).
    """
    opening = None
    for m in _SENTENCE_OPENING.finditer(text, start, min(len(text), end + 1)):  # + 1: the lookahead sees the piece
        opening = m.end()
    if opening is None or opening >= end:
        return []
    return _TOKEN.findall(text, opening, end)


def _beheaded(text: str, start: int, end: int) -> list[str]:
    """The words an ellipsis left out when the gap ``text[start:end]`` ends with a word that
    takes the next piece as its complement (:data:`_TAKES_COMPLEMENT`: a preposition such as
    "as" or "of", a relative pronoun, "than"): the next piece then stands apart from the
    phrase it belongs to, and the quote gives it that phrase's place. "... officials of state
    entities are attacking us" drops 002's "unknown individuals who introduce themselves as"
    and makes state officials the attackers. The words are those of the gap's last sentence
    (an earlier sentence is left out whole)."""
    words = [m for m in _TOKEN.finditer(text, start, end)]
    if not words or fold(words[-1].group()) not in _TAKES_COMPLEMENT or text[words[-1].end():end].strip():
        return []
    opening = max((m.end() for m in _SENTENCE_OPENING.finditer(text, start, end)), default=start)
    return [m.group() for m in words if m.start() >= opening]


def _cut_head(text: str, start: int) -> list[str]:
    """The words of its sentence that a quotation's opening ellipsis leaves out, where the
    first piece (at ``start``) completes the word right before it, a verb in the past or a word
    that takes a complement (:data:`_TAKES_COMPLEMENT`): '"... my daughter should be ashamed"'
    from "Those men who raped my daughter should be ashamed, not us." makes the object of
    "raped" the subject of what follows. An opening ellipsis otherwise only says the quotation
    starts mid-sentence."""
    line = max(text.rfind("\n", 0, start) + 1, start - GAP, 0)  # (a line is a paragraph: no sentence runs over it)
    opening = max((m.end() for m in _SENTENCE_OPENING.finditer(text, line, start)), default=line)
    words = [m.group() for m in _TOKEN.finditer(text, opening, start)]
    if not words or text[opening:start].rstrip()[-1:] in _SET_OFF:
        return []
    last = fold(words[-1])
    return words if last in _TAKES_COMPLEMENT or (last.endswith("ed") and is_participle(last)) else []


def _unscoped(text: str, start: int, end: int) -> list[str]:
    """The negation that ends the piece before the gap ``text[start:end]``, with the words the
    gap left out: the negation's own complement. The quote gives the negation to the next piece
    instead: "It wasn't ... involvement in the crime" drops 003's "an oversight on the police's
    behalf, it was" and denies what the source affirms. Empty where the piece does not end in a
    negation, or the gap is one unit that lifts out cleanly (:func:`_detachable`: "was not,
    as far as we know, involved")."""
    last = _word_before_gap(text, start)
    if last is None or not _is_negation(fold(last)) or _detachable(text, start, end):
        return []
    return [last, *_TOKEN.findall(text, start, end)]


def _word_before_gap(text: str, start: int) -> str | None:
    """The word that ends the piece right before a gap at ``start`` (touching it, no space
    between), as written; None where the piece ends otherwise."""
    before = _TOKEN.findall(text, max(0, start - 40), start)
    return before[-1] if before and text[start - len(before[-1]):start] == before[-1] else None


def _headless(text: str, start: int, end: int) -> list[str]:
    """The words an ellipsis left out right after a determiner, up to the next piece: the head
    of a noun phrase, which the quote leaves to the reader ("The ... was similarly dismissive"
    hides 000's "school principal", and the doctor may be read in its place). A determiner
    always needs its noun, so such a gap is never an honest omission."""
    last = _word_before_gap(text, start)
    if last is None or fold(last) not in _DETERMINERS:
        return []
    if _set_off(text[start:end].lstrip()[:1]):
        return []  # "touched her -- more than 1,000 people --": a mark after it, so a pronoun, not a determiner
    opening = max((m.end() for m in _SENTENCE_OPENING.finditer(text, start, end)), default=start)
    return [m.group() for m in _TOKEN.finditer(text, start, end) if m.start() >= opening] if opening == start else []


_DETERMINERS = DETERMINERS | {"your"}  # a determiner needs its noun (the aligner's list, and "your")


# Words whose complement follows them, so that a gap ending with one cuts the next piece off from
# its phrase (prepositions of CGEL ch. 7 that head a complement, relative pronouns, "than").
_TAKES_COMPLEMENT = frozenset("as of by with about against like than who whom whose which".split())


def _telling(text: str, start: int, end: int) -> list[str]:
    """The words of ``text[start:end]`` (left out by an ellipsis) whose loss changes what
    the quote says, as written in the source.

    The rule: a negation (not, never, n't, no one, without, ...) always matters, wherever
    it stands, because leaving it out inverts the statement. A value (digits, a number
    word, a month) or a name (a capitalised word not opening a sentence) matters only
    when the omission is not detachable (``_detachable``): an adjunct such as "during
    the first twelve months" or ", who took office in 2019," can be lifted out and the
    rest still says what the source says (only less precisely), whereas "signed [in 1994
    but ratified only] in 2001" joins the pieces into a claim the source does not make.
    """
    found: list[tuple[str, bool]] = []  # (word, is a negation), in source order
    previous = ""
    for m in _TOKEN.finditer(text, start, end):
        word, folded = m.group(), fold(m.group())
        if _is_negation(folded) or (folded == "one" and previous == "no"):
            found.append((word, True))
        elif _is_value(word, folded) or (word[0].isupper() and word != "I" and not _opens_sentence(text, m.start())):
            found.append((word, False))
        previous = folded
    others_count = not all(negation for _, negation in found) and not _detachable(text, start, end)
    return list(dict.fromkeys(word for word, negation in found if negation or others_count))


def inverts(check: QuoteCheck | None) -> bool:
    """Whether a ``close`` quotation says the opposite of the words it was found in: one of
    its differences has a negation (not, never, n't, no one, without, ...) on one side only,
    as when an ellipsis swallows a "not" ("a tenant is ... permitted to sublet") or a
    misquote drops or adds one ("We do intend to remove our article").

    A claim whose quotation inverts its source is ``contradicted`` whatever its own
    sentence says (:func:`quote_verdict`): the record puts words in the source's mouth
    that the source denies. So does a word where the source has its antonym (WordNet's:
    "were completely professional" / "were completely unprofessional"). Two negations in
    different words ("never" for "not") are no inversion; a missing value or name is a
    misquote but says no opposite.
    """
    if check is None or check.status != "close":
        return False
    return any(_negated(ours) != _negated(theirs) or _opposed(ours, theirs) for ours, theirs in check.differences)


def _opposed(ours: str, theirs: str) -> bool:
    """Whether two differing runs of words are one word each, WordNet antonyms ("professional" /
    "unprofessional", "rose" / "fell")."""
    mine, other = _folded_words(ours), _folded_words(theirs)
    return len(mine) == 1 == len(other) and are_antonyms(mine[0], other[0])


_ALNUM_RUN = re.compile(r"[a-z0-9]+")  # a folded text's words (factcheck.sources.normalize.words)


def _words_kept(document: Document) -> bool:
    """Whether every run of letters and digits in the folded view of ``document``
    (``fold(mask(document))``) is in its text lowered (``document.text.lower()``).

    So when the view only blanks (every format but HTML, whose entities become characters)
    and every character of the text outside ASCII is one of :data:`_APART` (dashes, curly
    quotes, ...: each folds to something neither empty nor holding an ASCII letter or digit):
    then an ASCII letter or digit folds to itself lowered and any other character to no
    letter or digit, blanks and folded spaces split runs, and no character vanishes from
    between two letters. A text with any other character outside ASCII is not said to be so."""
    if document.id.lower().rsplit(".", 1)[-1] in ("html", "htm"):
        return False
    return document.text.isascii() or _NOT_APART.search(document.text) is None


def _folds_apart(char: str) -> bool:
    """Whether ``char`` folds (:func:`fold_char`) to characters, none an ASCII letter or digit."""
    folded = fold_char(char)
    return bool(folded) and not _ALNUM_RUN.search(folded)


# Characters outside ASCII common in prose that fold apart (:func:`_folds_apart`); any other
# character outside ASCII in a text makes :func:`_words_kept` say no (it may fold to a letter).
_APART = "".join(c for c in "‘’‚‛′´ʼ“”„‟«»″‐‑‒–—―−…°×·•€£¥§¶©®±÷→←↔′″\u00a0\u2009\u202f\u2002\u2003"
                 if _folds_apart(c))
_NOT_APART = re.compile("[^\\x00-\\x7f" + re.escape(_APART) + "]")


def _loose_pieces(wanted: str) -> list[str]:
    """The literal pieces of the quote's loose pattern (``\\s*`` before each closing mark):
    ``wanted`` cut before each mark of :data:`_CLOSING_MARKS`; every one is in a text the
    pattern matches."""
    cuts = [i for i, c in enumerate(wanted) if c in _CLOSING_MARKS and i > 0]
    return [wanted[a:b] for a, b in zip([0, *cuts], [*cuts, len(wanted)], strict=True) if b > a]


def sentence_quotations(sentence: str, finder: QuoteFinder, besides: str | None = None) -> tuple[QuoteCheck, ...]:
    """The checks of the quotations a claim's sentence makes (:func:`quotations`: in quotation
    marks, of two words or more; a one-word scare quote or a title of one word is no one's
    sentence), as a record's ``quote`` is checked; one that is the record's ``quote``
    (``besides``, :func:`quotes_in_sentence`) is checked once, as that."""
    return tuple(finder.check(q) for q in quotations(sentence)
                 if len(q.split()) >= 2 and not _title(q) and not (besides and _same_words(q, besides)))


def _title(text: str) -> bool:
    """Whether quoted words are a title or a name in title case (the case "Brown v. Board of
    Education of Topeka, Kansas", a song "Maiden Heaven"): every word but the short and the
    function words capitalised. A title is named, not quoted; its words are no one's sentence."""
    content = [t for t in tokenize(text) if t.word and t.key and len(t.folded) > 2]
    return bool(content) and all(t.capital for t in content)


def quotes_in_sentence(sentence: str, quote: str) -> bool:
    """Whether a record's ``quote`` is one the claim's own sentence makes (the same words,
    folded): its misquotes then weigh on the claim as the sentence's would."""
    return any(_same_words(q, quote) for q in quotations(sentence))


def _same_words(a: str, b: str) -> bool:
    return _folded_words(a) == _folded_words(b)


def quote_verdict(verdict: str, check: QuoteCheck | None, stated: bool = False) -> str:
    """The claim's verdict once its quotation is checked: ``supported``, ``partial``,
    ``disputed`` and, for a quotation in the claim's own sentence (``stated``), ``not_found`` (a
    claim whose other words no source states, its quotation found all the same) become
    ``contradicted`` when the quotation inverts its source
    (:func:`inverts`) or, quoted in the claim's own sentence, puts another person, thing or
    number in a word's place (:func:`substitutes`: "than his own grandmother" / "than his own
    mother"); ``supported`` and ``disputed`` become ``partial`` when an ellipsis of
    the quotation leaves out words that change what it says (a value, a name, the start of
    the sentence it ends: :func:`misleads`), and, when the claim's own sentence quotes it
    (``stated``: 'Musinova said: "Those men ... should be punished, not us."'), when a word of
    it is another in the source (:func:`misquotes`: "ashamed"): a claim is no better than
    the words it quotes. A quotation given beside a claim that paraphrases it (the record's
    ``quote``, not in its sentence) is checked apart: a misquote of it leaves the verdict of
    the paraphrase as it is.
    """
    if (verdict in ("supported", "partial", "disputed") or (verdict == "not_found" and stated)) \
            and (inverts(check) or (stated and substitutes(check))):
        return "contradicted"
    if verdict in ("supported", "disputed") and (misleads(check) or (stated and misquotes(check))):
        return "partial"
    return verdict


def substitutes(check: QuoteCheck | None) -> bool:
    """Whether a ``close`` quotation has one word where its source has another, both nouns,
    names or numbers and not one word in two forms or spellings ("The police established" /
    "The doctors established", "grandmother" / "mother"): the quotation gives the speaker a
    statement about someone or something else, which the source's words deny. A changed verb
    or adjective ("punished" / "ashamed") is a misquote (:func:`misquotes`), the statement's
    referents unchanged."""
    if check is None or check.status != "close":
        return False
    for ours, theirs in check.differences:
        mine, other = _folded_words(ours), _folded_words(theirs)
        if len(mine) != 1 or len(other) != 1 or _ELLIPSIS.fullmatch(ours):
            continue
        if terms(mine[0]) == terms(other[0]) or variant_key(mine[0]) == variant_key(other[0]):
            continue
        if all(_referent(word, text) for word, text in ((mine[0], ours), (other[0], theirs))):
            return True
    return False


def _referent(word: str, text: str) -> bool:
    """Whether a quoted word names someone or something: a common noun of WordNet's that is no
    adjective too ("safe", "sound") nor a verb's past or "-ing" form ("punished"), a capitalised
    name, or a number."""
    return any(c.isdigit() for c in word) or text.strip()[:1].isupper() \
        or (is_common_noun(word) and not word.endswith(("ed", "ing")) and not clusters_of(word))


def misquotes(check: QuoteCheck | None) -> bool:
    """Whether a ``close`` quotation has words the source says otherwise: a difference whose
    two sides differ in their words, not only in punctuation or case ("punished" /
    "ashamed", "removal" / "accuracy"). An ellipsis is :func:`misleads`'s to judge."""
    if check is None or check.status != "close":
        return False
    return any(not _ELLIPSIS.fullmatch(ours) and (words := _folded_words(ours))
               and words != _folded_words(theirs) for ours, theirs in check.differences)


def _folded_words(text: str) -> list[str]:
    return [fold(w) for w in _TOKEN.findall(text)]


def misleads(check: QuoteCheck | None) -> bool:
    """Whether a ``close`` quotation's ellipsis left out words that change what the joined
    pieces say (``QuoteFinder._find_elided``): one of its differences is an ellipsis as
    written against the telling words it hides."""
    if check is None or check.status != "close":
        return False
    return any(_ELLIPSIS.fullmatch(ours) and theirs for ours, theirs in check.differences)


def _negated(words_: str) -> bool:
    """Whether some words hold a negation ("no one" included), or a connective that negates what
    follows it, "rather than" and "instead of" ("X rather than Y" is "X and not Y", Quirk et al.
    1985, §13.42: an ellipsis over 'solve the problems in the country, rather than' leaves "we
    suggest they attempt to shut journalists up")."""
    folded = _folded_words(words_)
    return any(_is_negation(w) or (previous, w) in _NEGATING_PAIRS
               for previous, w in zip(["", *folded], folded, strict=False))


_NEGATING_PAIRS = frozenset({("no", "one"), ("rather", "than"), ("instead", "of")})


def _is_negation(folded: str) -> bool:
    return folded in _NEGATIONS or folded.endswith("n't")


def _is_value(word: str, folded: str) -> bool:
    return any(c.isdigit() for c in word) or folded in _NUMBER_WORDS or (word[0].isupper() and folded in MONTH_NAMES)


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence, a heading or a paragraph."""
    head = text[:at].rstrip(" \t\"'“‘«(")
    stripped = head.rstrip().rstrip("\"'”’»)")  # a quotation or parenthesis may close the sentence before
    return not stripped or stripped[-1] in ".!?:" or head[len(stripped):].count("\n") > 1


def _detachable(text: str, start: int, end: int) -> bool:
    """Whether the omitted ``text[start:end]`` is one unit that lifts out cleanly: set off
    by punctuation on both sides (a parenthetical, an appositive, whole sentences) and not
    opening with "and"/"but"/"or"; or one phrase that opens with a preposition or a
    qualifying subordinator and runs into no other clause (no coordinator, no clause
    punctuation). A conditional ("if", "unless") is never detachable."""
    omitted = text[start:end].strip()
    tokens = [fold(w) for w in _TOKEN.findall(omitted)]
    if not tokens or tokens[0] in _COORDINATORS:
        return False
    left = _set_off(text[:start].rstrip()[-1:]) or _set_off(omitted[:1])
    right = _set_off(omitted[-1:]) or _set_off(text[end:].lstrip()[:1])
    if left and right:
        return True
    return tokens[0] in _OPENERS and not _COORDINATORS & set(tokens) and not any(c in omitted for c in ",;:.!?")


def _set_off(char: str) -> bool:
    return bool(char) and char in _SET_OFF


def _bracket_negations(text: str, chain: Chain, compiled: list[tuple[re.Pattern[str], tuple[str, ...]]]
                       ) -> tuple[tuple[str, str], ...]:
    """``(bracket as written, negation)`` for a bracketed insertion that stands in for a
    negation it does not itself say ("[it] approved" for "never approved"): a bracket
    may replace a name or a pronoun, not the statement's polarity."""
    found = []
    for (_, spans), (_, brackets) in zip(chain, compiled, strict=True):
        for (start, end), bracket in zip(spans, brackets, strict=True):
            said = {fold(w) for w in _TOKEN.findall(bracket)}
            hidden = [w for w in _TOKEN.findall(text[start:end])
                      if _is_negation(fold(w)) and fold(w) not in said]
            if hidden:
                found.append((bracket, " ".join(hidden)))
    return tuple(found)


def _word_span(wanted: str, text: str) -> tuple[int, int] | None:
    """The span of ``text`` that lines up word for word with the quote, edges included.

    The words that match anchor the span; unmatched words at either edge of the quote
    widen it by as many source words, so that a changed first or last word shows up
    as a difference rather than vanishing from the found text.
    """
    ours = [w for _, _, w in words(wanted)]
    theirs = words(text)
    blocks = [b for b in difflib.SequenceMatcher(a=ours, b=[w for _, _, w in theirs], autojunk=False).get_matching_blocks() if b.size]
    if not blocks:
        return None
    first, last = blocks[0], blocks[-1]
    start = max(0, first.b - first.a)
    end = min(len(theirs), last.b + last.size + (len(ours) - last.a - last.size))
    return theirs[start][0], theirs[end - 1][1]


def word_differences(quoted: str, found: str) -> tuple[tuple[str, str], ...]:
    """Return ``(quoted words, source words)`` for each place the two texts differ."""
    ours = _TOKEN.findall(quoted)
    theirs = _TOKEN.findall(found)
    matcher = difflib.SequenceMatcher(a=[fold(w) for w in ours], b=[fold(w) for w in theirs], autojunk=False)
    return tuple(
        (" ".join(ours[i1:i2]), " ".join(theirs[j1:j2]))
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op != "equal"
    )


QUOTE_PIECE_SCORE = 90  # rapidfuzz partial_ratio a piece of a quotation must reach in a passage


def quotation_pieces(claim: str) -> tuple[str, ...]:
    """The words a claim quotes, folded, as the pieces between its ellipses and quotation marks
    that hold two words or more: '"I am more of a mother to the child … than his own mother,"
    said ...' gives "i am more of a mother to the child" and "than his own mother"."""
    tokens = tokenize(claim)
    spans: list[tuple[int, int]] = []
    for t, inside in zip(tokens, quoted(tokens), strict=True):
        if not (inside and t.word):
            continue
        gap = claim[spans[-1][1]:t.start] if spans else ""
        if spans and not _ELLIPSIS.search(gap) and not any(q in gap for q in QUOTE_MARKS):
            spans[-1] = (spans[-1][0], t.end)  # the same piece of the same quotation
        else:
            spans.append((t.start, t.end))
    return tuple(fold(claim[a:b]) for a, b in spans if len(claim[a:b].split()) >= 2)


def states_quotation(pieces: tuple[str, ...], passage: str) -> bool:
    """Whether a passage has a quotation's pieces (:func:`quotation_pieces`), each nearly verbatim
    (rapidfuzz ``partial_ratio`` >= :data:`QUOTE_PIECE_SCORE` on folded text): a sentence that
    shares only the quotation's content words ("mother", "child") does not quote it."""
    if not pieces:
        return True
    folded = fold(passage)
    return all(fuzz.partial_ratio(piece, folded) >= QUOTE_PIECE_SCORE for piece in pieces)


# Who says a quotation in a news source: the name in the report right after its closing mark
# ('..., Batyrbekova told KTK television station.', '..." said Dina Smailova.') or in the one that
# introduces it ('Smailova said: "...'). The verbs of saying are the aligner's.
_SPEAKER_NAME = r"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})"
_SAYING = r"(?:" + "|".join(sorted(SPEECH_VERBS - {"according", "called", "calls", "described", "describes"})) + r")"
_AFTER_CLOSE = re.compile(r"[\"”»]\s*,?\s*(?:(?:[a-z][\w'’-]*\s+){0,3}" + _SPEAKER_NAME + r"\s+" + _SAYING + r"\b|"
                          + _SAYING + r"\s+" + _SPEAKER_NAME.replace("name", "after") + r")")  # (over a title: "harbourmaster Tomas Reyes said")
_BEFORE_OPEN = re.compile(_SPEAKER_NAME + r"\s+" + _SAYING + r"\b[^\"“«\n]{0,40}:\s*[\"“«]\s*$")
_CLOSING = "”\"»"
_OPENING = "“\"«"


def quotation_speaker(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the name a source gives as the speaker of the quotation that holds
    ``text[start:end]``: the report right after its closing mark, in the same paragraph, or the
    one right before its opening mark; None where neither names one (a pronoun, a description,
    no report)."""
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    close = next((k for k in range(end, stop) if text[k] in _CLOSING), None)
    if close is not None:
        found = _AFTER_CLOSE.match(text, close)
        if found is not None:
            return found.span("name") if found.group("name") else found.span("after")
    line = text.rfind("\n", 0, start) + 1
    opening = next((k for k in range(start - 1, line - 1, -1) if text[k] in _OPENING), None)
    if opening is not None:
        found = _BEFORE_OPEN.search(text, line, opening + 1)
        if found is not None:
            return found.span("name")
    return None


_CLAIM_SPEAKER = re.compile(_SPEAKER_NAME + r"\s+" + _SAYING + r"\b")


def claim_speaker(claim: str) -> tuple[int, int] | None:
    """The span of the one name in a claim right before a verb of saying ("Baliyeva told KTK
    ...", "Smailova said: ..."), or None (none, or two)."""
    found = [m.span("name") for m in _CLAIM_SPEAKER.finditer(claim)]
    return found[0] if len(found) == 1 else None
