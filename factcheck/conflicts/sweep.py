"""What the whole-corpus scan's pair tests need of every passage it has passed, kept compact.

The scan (:func:`factcheck.conflicts.scan.scan_corpus`) meets each candidate pair from one of
its passages: the other one may lie in any document, far behind or ahead. The pair tests
read a few things of each side: its distinct non-number index terms (counted in common,
then weighed), whether it is short, whether it holds a negation cue, whether its folded text
equals the other's. Reading them
from the passage itself would mean loading and folding its document again, once per pair
(on 220 MB of Wikipedia, 675,000 document loads for 18,351 documents). Here they are
computed once per passage, when the pass reaches its document, and kept for the run as
arrays (about 80 bytes a passage): terms as numbers in a run-wide vocabulary, flags as
bytes. A pair whose other passage lies ahead is tested when the pass reaches it
(:class:`Deferred`).

The tests give what :func:`factcheck.conflicts.polarity.close_pair` and the term test of
:func:`factcheck.conflicts.scan._confirm` give on the passages themselves (the tests in
``tests/test_conflicts_sweep.py`` compare them on real text).
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from factcheck.conflicts.analysis import Analysis
from factcheck.conflicts.polarity import _CUE, CHEAP_SHARE, MAX_TERMS, MIN_SHARED, MIN_TERMS, opposed
from factcheck.index.bm25 import term
from factcheck.sources.normalize import word_strings

WORD_IDS = 1 << 16  # folded words whose term a process remembers at a time (then it starts again)


@dataclass(frozen=True, slots=True)
class Signs:
    """What :class:`Signatures` keeps of a run of passages, computed from their folded texts
    alone (so in any process, and cheap to send): each passage's distinct non-number index
    terms (in order of first use), whether it has fewer than ``MIN_TERMS`` words, whether it
    holds a negation cue, and the CRC-32 of its folded text (the same in every process)."""

    terms: list[tuple[str, ...]]
    short: bytes
    cue: bytes
    hashes: array[int]


_word_terms: dict[str, str] = {}  # folded word -> its non-number index term (_NO_TERM: none), in this process
_NO_TERM = "\0"  # no term: a stopword or a number (an index term holds only letters and digits)


def passage_signs(norms: Iterable[str]) -> Signs:
    """The :class:`Signs` of passages given their folded texts (``Passage.norm``), in order."""
    known = _word_terms
    if len(known) > WORD_IDS:
        known.clear()
    get = known.get
    terms, short, cue, hashes = [], bytearray(), bytearray(), array("i")
    for norm in norms:
        found = dict.fromkeys(t if (t := get(w)) is not None else _word_term(w) for w in word_strings(norm))
        found.pop(_NO_TERM, None)
        terms.append(tuple(found))
        short.append(norm.count(" ") < MIN_TERMS - 1)
        cue.append(_CUE.search(norm) is not None)
        hashes.append(zlib.crc32(norm.encode("utf-8", "surrogatepass")) - (1 << 31))
    return Signs(terms, bytes(short), bytes(cue), hashes)


def _word_term(word: str) -> str:
    """A folded word's non-number index term, remembered (:data:`_NO_TERM` for a stopword or a number)."""
    t = term(word)
    found = _word_terms[word] = t if t is not None and not t.isdigit() else _NO_TERM
    return found


class Signatures:
    """Per passage, for the passages added so far (in passage order, a document at a time):
    its distinct non-number index terms (``words``), whether it has fewer than ``MIN_TERMS``
    words (then it has no content for the near-duplicate test), a negation cue, the hash of
    its folded text. (Which words WordNet opposes is read from the two texts, for the few
    pairs that get that far: 3 % of them on Wikipedia.)

    Terms are numbered by the analysis's term table (:meth:`Analysis.term_id`); the
    per-passage lists are slices of one flat array each.
    """

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._words = array("i")
        self._word_bounds = array("i", [0])
        self._short = bytearray()
        self._cue = bytearray()
        self._hash = array("i")  # the folded text's CRC-32 (shifted to a signed int): equal texts, equal numbers

    def __len__(self) -> int:
        return len(self._short)

    def add(self, pids: range, signs: Signs | None = None) -> None:
        """Add the next passages (``pids`` must start where the last call ended); ``signs``:
        their :func:`passage_signs`, when computed elsewhere (a worker process)."""
        if pids.start != len(self):
            raise ValueError(f"passages must be added in order: expected {len(self)}, got {pids.start}")
        analysis = self.analysis
        if signs is None:
            signs = passage_signs(analysis.norms(pids))
        if len(signs.terms) != len(pids):
            raise ValueError(f"{len(signs.terms)} passages' signs for {len(pids)} passages")
        known, term_id = analysis.term_ids, analysis.term_id
        words, bounds = self._words, self._word_bounds
        for terms in signs.terms:
            words.extend([i if (i := known.get(t)) is not None else term_id(t) for t in terms])
            bounds.append(len(words))
        self._short += signs.short
        self._cue += signs.cue
        self._hash += signs.hashes

    def words(self, pid: int) -> array[int]:
        """The ids of a passage's distinct non-number index terms."""
        return self._words[self._word_bounds[pid]:self._word_bounds[pid + 1]]

    def word_set(self, pid: int) -> set[int]:
        return set(self._words[self._word_bounds[pid]:self._word_bounds[pid + 1]])

    def terms(self, pid: int) -> set[str]:
        """A passage's distinct non-number index terms."""
        term = self.analysis.term
        return {term(i) for i in self.words(pid)}

    def content(self, pid: int) -> frozenset[str]:
        """A passage's content words for the near-duplicate test (``polarity._content``)."""
        return frozenset() if self._short[pid] else frozenset(self.terms(pid))

    def content_size(self, pid: int) -> int:
        """How many content words the near-duplicate test counts (``polarity._content``)."""
        return 0 if self._short[pid] else self._word_bounds[pid + 1] - self._word_bounds[pid]

    def close(self, pid: int, qid: int, own: set[int] | None = None, other: set[int] | None = None) -> bool:
        """:func:`factcheck.conflicts.polarity.close_pair` of two added passages (``pid`` < ``qid``);
        ``own``/``other``: their :meth:`word_set`, when the caller holds one."""
        size_q = self.content_size(qid)
        if not MIN_TERMS <= size_q <= MAX_TERMS:
            return False
        size_p = self.content_size(pid)
        if not size_p:
            return False
        if own is not None:
            shared = sum(1 for i in self.words(qid) if i in own)
        elif other is not None:
            shared = sum(1 for i in self.words(pid) if i in other)
        else:
            shared = len(self.word_set(pid) & self.word_set(qid))
        if shared < MIN_SHARED or shared < CHEAP_SHARE * min(size_p, size_q):
            return False
        if self._hash[pid] == self._hash[qid] and self.analysis.passages[pid].norm == self.analysis.passages[qid].norm:
            return False
        if self._cue[pid] or self._cue[qid]:
            return True
        return opposed(self.analysis.passages[pid].norm, self.analysis.passages[qid].norm)

    def shared_words(self, pid: int, other: set[int]) -> int:
        """How many of a passage's distinct non-number terms are in ``other`` (another's :meth:`word_set`)."""
        return sum(1 for i in self.words(pid) if i in other)


class Deferred:
    """Pairs met from a passage whose other passage lies in a document the pass has not
    reached: each kept, as integers, under that document until the pass reaches it."""

    def __init__(self, width: int) -> None:
        self.width = width
        self._by_doc: dict[int, array[int]] = {}

    def put(self, doc: int, *row: int) -> None:
        """Keep one row of ``width`` integers for document ``doc``."""
        found = self._by_doc.get(doc)
        if found is None:
            found = self._by_doc[doc] = array("q")
        found.extend(row)

    def take(self, doc: int) -> Sequence[tuple[int, ...]]:
        """The rows kept for ``doc``, in the order they were put, let go."""
        found = self._by_doc.pop(doc, None)
        if found is None:
            return []
        width = self.width
        return [tuple(found[i:i + width]) for i in range(0, len(found), width)]

    def __len__(self) -> int:
        return sum(len(rows) for rows in self._by_doc.values()) // self.width
