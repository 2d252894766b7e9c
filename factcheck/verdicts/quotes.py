"""Check that words presented as a source's own words stand in a source.

``exact`` means verbatim once quote marks, dashes, whitespace, case and diacritics are
folded; ``close`` means nearly verbatim (a misquote), with the differing words shown;
``missing`` means no source has anything close.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import replace

from rapidfuzz import fuzz

from factcheck.index.bm25 import terms
from factcheck.match.retrieve import Matcher
from factcheck.models import QuoteCheck
from factcheck.sources.normalize import Normalized, fold, normalize, words

CLOSE_SCORE = 80.0
_QUOTE_MARKS = "\"'“”‘’«»„ "
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


class QuoteFinder:
    """Finds quotes in a corpus; folds each document once per run, on first need."""

    def __init__(self, matcher: Matcher) -> None:
        self.matcher = matcher
        self._folded: dict[int, str] = {}
        self._normalized: dict[int, Normalized] = {}

    def check(self, quote: str) -> QuoteCheck:
        """Return the quote's status and where it stands (best match when not exact)."""
        wanted = fold(quote.strip(_QUOTE_MARKS))
        if not wanted:
            return QuoteCheck("missing")
        exact = self._find_exact(wanted)
        if exact is not None:
            return exact
        return self._find_close(quote.strip(_QUOTE_MARKS), wanted)

    def _folded_doc(self, doc: int) -> str:
        if doc not in self._folded:
            self._folded[doc] = fold(self.matcher.corpus.documents[doc].text)
        return self._folded[doc]

    def _normalized_doc(self, doc: int) -> Normalized:
        if doc not in self._normalized:
            self._normalized[doc] = normalize(self.matcher.corpus.documents[doc].text)
        return self._normalized[doc]

    def _find_exact(self, wanted: str) -> QuoteCheck | None:
        pattern = re.compile(r"(?<![a-z0-9])" + re.escape(wanted) + r"(?![a-z0-9])")
        for doc in self._documents_with(wanted):
            if wanted not in self._folded_doc(doc):
                continue
            match = pattern.search(self._folded_doc(doc))
            if match:
                start, end = self._normalized_doc(doc).span(match.start(), match.end())
                return self._result("exact", doc, start, end, 100.0)
        return None

    def _documents_with(self, wanted: str) -> list[int]:
        """The documents that hold every term of the quote, in corpus order: the index
        spares folding a large corpus whole for one quote."""
        index = self.matcher.index
        found: set[int] | None = None
        for t in sorted(set(terms(wanted))):
            docs = set(index.docs[index.postings(t)[0]].tolist())
            found = docs if found is None else found & docs
        return sorted(found) if found is not None else list(range(len(self.matcher.corpus.documents)))

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
        return replace(result, differences=word_differences(quote, result.found or ""))

    def _result(self, status: str, doc: int, start: int, end: int, score: float) -> QuoteCheck:
        document = self.matcher.corpus.documents[doc]
        line, _ = document.position(start)
        return QuoteCheck(status, document.id, line, start, end, document.text[start:end], score)


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
