"""An inverted index of normalised terms over passages, ranked with BM25.

Retrieval must not cost ``claims x sentences`` fuzzy comparisons: the index narrows a
claim to a few dozen candidate passages, and rapidfuzz is spent on those alone.
Terms are folded, stemmed (Snowball, after irregular verbs are brought to their base
form) and put under their spelling-variant key, so ``sentenced``/``sentence``,
``went``/``go`` and ``Abay``/``Abai`` meet, and number words meet digits.

The index is built in two steps that the persistent store (:mod:`factcheck.index.store`)
shares with an in-memory run: each document is indexed alone (:func:`index_document`,
cached per file by the store), then the documents' postings are merged in corpus order
(:func:`merge`). Scoring reads postings as numpy arrays from either place through the
same code, so a run with the store gives the same floats, hence the same ranking, as
a run without it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, pairwise

import numpy as np
import snowballstemmer

from factcheck.lexicon.lemmas import IRREGULAR
from factcheck.lexicon.spellings import AMERICAN_SPELLINGS
from factcheck.models import Document, Passage
from factcheck.sources.normalize import variant_key, word_strings
from factcheck.sources.passages import split_passages

# Function words, plus light verbs ("took place", "happened") that say nothing about
# which event a sentence is about.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself
    just me more most my myself no nor not of off on once only or other our ours ourselves out over
    own same she should so some such than that the their theirs them themselves then there these they
    this those through to too under until up very was we were what when where which while who whom
    why will with would you your yours yourself yourselves s t d ll m re ve said says say
    take takes took taken taking place happen happens happened occur occurs occurred
    within without upon among amongst across along around behind beyond despite toward towards
    via onto per amid throughout inside outside near ago whose whether either neither""".split()
)
NUMBER_WORDS = {
    w: str(n)
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80",
     "ninety": "90", "hundred": "100", "thousand": "1000", "dozen": "12"}

_STEMMER = snowballstemmer.stemmer("english")  # PyStemmer's C code when installed, same stems
_K1 = 1.2
_B = 0.75
PID = np.int32   # passage ids and term frequencies as stored and scored
TF = np.int32


@lru_cache(maxsize=1 << 20)
def term(word: str) -> str | None:
    """Map one folded word to its index term, or None for a stopword."""
    if word in STOPWORDS:
        return None
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if word.isdigit():
        return word.lstrip("0") or "0"
    base = IRREGULAR.get(word, word)
    base = AMERICAN_SPELLINGS.get(base, base)  # "metres", "meters": one term (lexicon/spellings.py)
    if base in STOPWORDS:
        return None
    return variant_key(_STEMMER.stemWord(base))


@lru_cache(maxsize=1 << 16)
def lemma_term(lemma: str) -> str | None:
    """Map a dictionary base form (a WordNet lemma) to the index term its inflections get, or None
    for a stopword: as :func:`term`, except that a lemma is never read as the irregular form of
    another verb. The verb "found" (establish) gets "found", as "founded" and "founding" do; the
    word "found" in text is the past of "find" and gets "find"."""
    if lemma in IRREGULAR and lemma not in STOPWORDS:
        return variant_key(_STEMMER.stemWord(lemma))
    return term(lemma)


def terms(folded: str) -> list[str]:
    """Return the index terms of a folded text, in order, stopwords left out."""
    return [t for t in map(term, word_strings(folded)) if t is not None]


@dataclass(frozen=True, slots=True)
class DocumentIndex:
    """One document's passages and postings, with passage ids local to the document.

    ``vocabulary`` is sorted; ``counts[i]`` postings of ``vocabulary[i]`` follow one
    another in ``pids``/``tfs``, passage ids ascending. This is what the store keeps
    per file content, so that an unchanged file is never split or stemmed again.
    """

    starts: np.ndarray
    ends: np.ndarray
    lengths: np.ndarray
    vocabulary: tuple[str, ...]
    counts: np.ndarray
    pids: np.ndarray
    tfs: np.ndarray


def index_document(document: Document) -> DocumentIndex:
    """Split a document into passages and count each passage's terms."""
    return index_passages(split_passages(document, 0))


def index_passages(own: Sequence[Passage]) -> DocumentIndex:
    """Count the terms of one document's passages.

    The counting is done by numpy on (term, passage) keys rather than one Counter per
    passage: indexing a large corpus is bound by the Python work per word."""
    per_passage = [terms(p.norm) for p in own]
    lengths = np.fromiter(map(len, per_passage), TF, count=len(own))
    flat = list(chain.from_iterable(per_passage))
    vocabulary = tuple(sorted(set(flat)))
    ids = {t: i for i, t in enumerate(vocabulary)}
    width = max(1, len(own))
    keys = np.fromiter(map(ids.__getitem__, flat), np.int64, count=len(flat)) * width
    keys += np.repeat(np.arange(len(own), dtype=np.int64), lengths)
    pairs, tfs = np.unique(keys, return_counts=True)  # sorted by term, then passage
    term_of, pid_of = np.divmod(pairs, width)
    return DocumentIndex(
        starts=np.array([p.start for p in own], dtype=PID), ends=np.array([p.end for p in own], dtype=PID),
        lengths=lengths, vocabulary=vocabulary,
        counts=np.bincount(term_of, minlength=len(vocabulary)).astype(PID),
        pids=pid_of.astype(PID), tfs=tfs.astype(TF))


@dataclass(frozen=True, slots=True)
class Merged:
    """The corpus's postings: the postings of term ``t`` are the slice
    ``bounds[vocabulary[t]]:bounds[vocabulary[t] + 1]`` of ``pids``/``tfs`` (global
    passage ids ascending), plus each passage's document, offsets and length in terms."""

    vocabulary: dict[str, int]
    bounds: np.ndarray
    pids: np.ndarray
    tfs: np.ndarray
    docs: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    lengths: np.ndarray

    def get(self, t: str) -> tuple[np.ndarray, np.ndarray] | None:
        """The postings of a term, or None if no passage has it."""
        i = self.vocabulary.get(t)
        if i is None or self.bounds[i] == self.bounds[i + 1]:
            return None
        return self.pids[self.bounds[i]:self.bounds[i + 1]], self.tfs[self.bounds[i]:self.bounds[i + 1]]

    def items(self) -> Iterator[tuple[str, np.ndarray, np.ndarray]]:
        """Every term that has postings, with them, terms sorted."""
        for t, i in sorted(self.vocabulary.items()):
            if self.bounds[i] < self.bounds[i + 1]:
                yield t, self.pids[self.bounds[i]:self.bounds[i + 1]], self.tfs[self.bounds[i]:self.bounds[i + 1]]


class Merger:
    """Merges per-document indexes in corpus order: the ``i``-th part added is document ``i``.

    Global passage ids number the passages of the corpus in document order, so that a
    passage's neighbours are ``pid - 1`` and ``pid + 1``. Each part's terms are numbered
    as it is added (the store adds them while the workers are still indexing), so a merge
    of a large corpus holds arrays, not millions of strings; one stable sort by term at
    the end keeps each posting list in passage order.
    """

    def __init__(self, vocabulary: dict[str, int] | None = None) -> None:
        self.vocabulary: dict[str, int] = vocabulary if vocabulary is not None else {}
        self._columns: dict[str, list[np.ndarray]] = {
            k: [] for k in ("terms", "pids", "tfs", "docs", "starts", "ends", "lengths")}
        self._offset = 0
        self.count = 0

    def add(self, part: DocumentIndex) -> None:
        """Add the next document, numbering its terms."""
        self.add_numbered(self.number(part.vocabulary), part)

    def number(self, vocabulary: Sequence[str]) -> np.ndarray:
        """The ids of terms in this merge's numbering (new terms get the next ids)."""
        known = self.vocabulary
        return np.fromiter((known.setdefault(t, len(known)) for t in vocabulary), PID, count=len(vocabulary))

    def add_numbered(self, ids: np.ndarray, part: DocumentIndex) -> None:
        """Add the next document whose terms are already numbered (``ids[i]`` is the id
        of ``part``'s ``i``-th term): the store keeps parts so, and merges with no strings."""
        columns = self._columns
        columns["terms"].append(np.repeat(ids, part.counts))
        columns["pids"].append(part.pids + PID(self._offset))
        columns["tfs"].append(part.tfs)
        columns["docs"].append(np.full(len(part.starts), self.count, PID))
        for key in ("starts", "ends", "lengths"):
            columns[key].append(getattr(part, key))
        self._offset += len(part.starts)
        self.count += 1

    def finish(self) -> Merged:
        merged = {key: _concat(arrays) for key, arrays in self._columns.items()}
        self._columns.clear()
        order = np.argsort(merged["terms"], kind="stable")
        bounds = np.searchsorted(merged["terms"][order], np.arange(len(self.vocabulary) + 1))
        return Merged(self.vocabulary, bounds, merged["pids"][order], merged["tfs"][order], merged["docs"],
                      merged["starts"], merged["ends"], merged["lengths"])


def merge(parts: Iterable[DocumentIndex]) -> Merged:
    """Merge per-document indexes in corpus order (see :class:`Merger`)."""
    merger = Merger()
    for part in parts:
        merger.add(part)
    return merger.finish()


def _concat(arrays: Sequence[np.ndarray]) -> np.ndarray:
    return np.concatenate(arrays).astype(PID, copy=False) if arrays else np.zeros(0, PID)


Lookup = Callable[[str], tuple[np.ndarray, np.ndarray] | None]
TermCount = Callable[[str], int]  # a term's passage count, read without its postings (Index.count)


def _unique(runs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(runs, return_inverse=True)`` of posting lists laid end to end (each one
    ascending): a stable sort merges such runs in about linear time (Timsort finds them),
    where ``np.unique``'s quicksort sorts from scratch."""
    order = np.argsort(runs, kind="stable")
    ordered = runs[order]
    first = np.empty(len(ordered), dtype=bool)
    first[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    inverse = np.empty(len(runs), dtype=np.intp)
    inverse[order] = np.cumsum(first) - 1
    return ordered[first], inverse


def _floor(scores: np.ndarray, limit: int) -> float:
    """The ``limit``-th largest of ``scores`` (``limit <= len(scores)``). A long array is first
    cut to the scores at or above the ``limit``-th largest of every 16th one (a lower bound of
    the answer: a subset's ``limit``-th largest is never above the whole's), so that the exact
    partition runs on a few hundred scores instead of a claim's tens of thousands."""
    if len(scores) > 64 * limit:
        sample = scores[::16]
        scores = scores[scores >= np.partition(sample, len(sample) - limit)[len(sample) - limit]]
    return float(np.partition(scores, len(scores) - limit)[len(scores) - limit])


def _sliced(values: np.ndarray, ranges: tuple[np.ndarray, np.ndarray], *, pids: np.ndarray | None = None) -> np.ndarray:
    """The entries of a posting list (``values``: its passage ids, or ``pids``' frequencies)
    whose passage ids fall in the ranges ``[ranges[0][i], ranges[1][i])`` (ascending, apart),
    in order: each range's slice of the list, found by bisection in the ascending ids."""
    ids = values if pids is None else pids
    starts, ends = np.searchsorted(ids, ranges[0]), np.searchsorted(ids, ranges[1])
    return np.concatenate([values[a:b] for a, b in zip(starts, ends, strict=True)] or [values[:0]])


class Index:
    """BM25 over passages. Postings come from a lookup (a dict in memory, or the store
    on disk); the passages' documents and lengths are arrays indexed by passage id."""

    def __init__(self, lookup: Lookup, docs: np.ndarray, lengths: np.ndarray, counter: TermCount | None = None) -> None:
        """``counter``, when given, tells a term's passage count without its postings (the
        store reads the stored list's length); by default the postings are read and counted."""
        self._lookup = lookup
        self._counter = counter
        self.docs = docs
        self.lengths = lengths
        self.size = len(lengths)
        self.average_length = (int(lengths.sum(dtype=np.int64)) / self.size) if self.size else 1.0
        self._norms = 1.0 - _B + _B * lengths.astype(np.float64) / self.average_length
        self._in_order: bool | None = None  # whether passage ids run through the documents in order (_ranges)


    @classmethod
    def build(cls, passages: Sequence[Passage]) -> Index:
        """Index passages held in memory (grouped by document, in document order)."""
        groups: dict[int, list[Passage]] = {}
        for passage in passages:
            groups.setdefault(passage.doc, []).append(passage)
        merged = merge(index_passages(group) for group in groups.values())
        # ``merge`` numbers documents 0..n-1 in group order; map back to the passages' own.
        docs = np.array([p.doc for p in passages], dtype=PID)
        return cls(merged.get, docs, merged.lengths)

    def postings(self, t: str) -> tuple[np.ndarray, np.ndarray]:
        """Passage ids (ascending) and frequencies of a term; empty arrays if unseen."""
        found = self._lookup(t)
        return found if found is not None else (np.zeros(0, PID), np.zeros(0, TF))

    def df(self, t: str) -> int:
        """In how many passages a term occurs."""
        return len(self.postings(t)[0])

    def count(self, t: str) -> int:
        """:meth:`df`, read without the term's postings when the lookup can tell it: for a
        caller that needs the counts of many terms and the postings of few (the cross-check's
        term table, :class:`factcheck.conflicts.analysis.Analysis`)."""
        return self.df(t) if self._counter is None else self._counter(t)

    def idf(self, t: str) -> float:
        """Return the BM25 inverse document frequency of a term.

        A term no passage contains gets the highest weight: for a claim, a word that no
        source uses is the strongest sign that the sources do not say it.
        """
        df = self.df(t)
        return math.log(1.0 + (self.size - df + 0.5) / (df + 0.5))

    def search(self, query: Iterable[str] | Mapping[str, float], limit: int, *,
               docs: set[int] | None = None) -> list[tuple[int, float]]:
        """Return the best ``limit`` passages for the query terms as ``(passage id, score)``.

        ``docs`` restricts the search to those documents. Terms are summed in sorted
        order and ties break on passage id, so results are deterministic.
        """
        found_pids, found_scores = [], []
        ranges = self._ranges(docs) if docs is not None else None
        for t in sorted(set(query)):
            pids, tfs = self.postings(t)
            if not len(pids):
                continue
            if ranges is not None:
                pids, tfs = _sliced(pids, ranges), _sliced(tfs, ranges, pids=pids)  # (each document's slice)
            elif docs is not None:
                keep = np.isin(self.docs[pids], np.fromiter(docs, dtype=PID, count=len(docs)))
                pids, tfs = pids[keep], tfs[keep]
            found_pids.append(pids)
            found_scores.append(self._term_scores(self.idf(t), pids, tfs))
        if not found_pids:
            return []
        all_pids, all_scores = np.concatenate(found_pids), np.concatenate(found_scores)
        if len(all_pids) * 4 > self.size:  # dense: one slot per passage beats sorting (measured on 1.5M passages)
            dense = np.bincount(all_pids, weights=all_scores, minlength=self.size)
            pids = np.flatnonzero(dense).astype(PID)
            scores = dense[pids]
        else:
            pids, inverse = _unique(all_pids)
            scores = np.bincount(inverse, weights=all_scores, minlength=len(pids))
        if len(pids) > limit:
            keep = scores >= _floor(scores, limit)
            pids, scores = pids[keep], scores[keep]
        order = np.lexsort((pids, -scores))[:limit]
        return [(int(pids[i]), float(scores[i])) for i in order]

    def _term_scores(self, idf: float, pids: np.ndarray, tfs: np.ndarray) -> np.ndarray:
        """One term's BM25 score in each of its passages ``pids`` (frequencies ``tfs``), float64:
        ``idf * tf * (k1 + 1) / (tf + k1 * norm)``, each operation the same float operation as
        that expression's (a product or a sum taken the other way round is the same float), in
        place in two arrays rather than six temporaries, the norms gathered by ``np.take``:
        a claim's query of ~90,000 postings 1.4-1.8 -> 1.0 ms."""
        scores = tfs.astype(np.float64)
        divisor = np.take(self._norms, pids)
        np.multiply(divisor, _K1, out=divisor)
        np.add(divisor, scores, out=divisor)
        np.multiply(scores, idf, out=scores)
        np.multiply(scores, _K1 + 1.0, out=scores)
        np.divide(scores, divisor, out=scores)
        return scores

    def containing_all(self, wanted: Iterable[str], *, docs: Iterable[int] | None = None) -> np.ndarray:
        """Passage ids (ascending) that contain every one of the terms; with ``docs``, only
        those of these documents (indices into the corpus). An empty array for no terms."""
        ranges = self._ranges(docs) if docs is not None else None
        found: np.ndarray | None = None
        for t in sorted(set(wanted)):
            pids = self.postings(t)[0]
            if ranges is not None:
                pids = _sliced(pids, ranges)
            found = pids if found is None else np.intersect1d(found, pids, assume_unique=True)
        if found is not None and docs is not None and ranges is None:
            found = found[np.isin(self.docs[found], np.fromiter(docs, dtype=PID))]
        return found if found is not None else np.zeros(0, PID)

    def _ranges(self, docs: Iterable[int]) -> tuple[np.ndarray, np.ndarray] | None:
        """The passage id ranges ``[first, last + 1)`` of ``docs``, ascending, when passages are
        numbered in document order (as the store and :meth:`build` number them); else None."""
        if self._in_order is None:
            self._in_order = bool(np.all(self.docs[1:] >= self.docs[:-1]))
        if not self._in_order:
            return None
        # (In the arrays' own type: numpy converts a whole array searched with values of another.)
        wanted = np.unique(np.fromiter(docs, dtype=self.docs.dtype))
        return (np.searchsorted(self.docs, wanted, "left").astype(PID),
                np.searchsorted(self.docs, wanted, "right").astype(PID))


# -- shards: one index split by passages, scored with the whole index's statistics ------------------


@dataclass(frozen=True, slots=True)
class Statistics:
    """The whole index's BM25 statistics for one query: passages ``size``, their ``total_length``
    in terms, and each query term's document frequency ``df`` (over all shards). Scores made
    with them do not depend on how the passages are sharded: Elasticsearch's
    ``dfs_query_then_fetch`` (a first round collects the terms' frequencies from every shard)."""

    size: int
    total_length: int
    df: Mapping[str, int]

    @property
    def average_length(self) -> float:
        """Mean passage length in terms, as :class:`Index` computes it."""
        return (self.total_length / self.size) if self.size else 1.0

    def idf(self, t: str) -> float:
        """BM25 idf of a term over the whole index (as :meth:`Index.idf`)."""
        df = self.df.get(t, 0)
        return math.log(1.0 + (self.size - df + 0.5) / (df + 0.5))


class Shard:
    """The passages ``offset .. offset + len(lengths) - 1`` of an index (whole documents), with
    their postings; passage ids in and out are the whole index's.

    A shard answers the two rounds of a scatter-gather search: :meth:`frequencies` (its
    terms' document frequencies, summed over the shards into :class:`Statistics`) and
    :meth:`search` (its best passages scored with those statistics)."""

    def __init__(self, postings: dict[str, tuple[np.ndarray, np.ndarray]], docs: np.ndarray, lengths: np.ndarray,
                 offset: int) -> None:
        self.postings = postings  # local passage ids (0 = ``offset``), ascending
        self.docs = docs
        self.lengths = lengths
        self.offset = offset

    def frequencies(self, query: Iterable[str]) -> dict[str, int]:
        """In how many of this shard's passages each query term occurs (terms it lacks left out)."""
        return {t: len(self.postings[t][0]) for t in set(query) if t in self.postings}

    def search(self, query: Iterable[str], limit: int, statistics: Statistics, *,
               docs: set[int] | None = None) -> list[tuple[int, float]]:
        """This shard's best ``limit`` passages as ``(passage id, score)``: the arithmetic of
        :meth:`Index.search` term by term (sorted terms, one float expression), so that each
        passage's score is the same float as in the whole index, and ties break on passage id."""
        norms = 1.0 - _B + _B * self.lengths.astype(np.float64) / statistics.average_length
        found_pids, found_scores = [], []
        for t in sorted(set(query)):
            if t not in self.postings:
                continue
            pids, tfs = self.postings[t]
            if docs is not None:
                keep = np.isin(self.docs[pids], np.fromiter(docs, dtype=PID, count=len(docs)))
                pids, tfs = pids[keep], tfs[keep]
            if not len(pids):
                continue
            weights = tfs.astype(np.float64)
            found_pids.append(pids)
            found_scores.append(statistics.idf(t) * weights * (_K1 + 1.0) / (weights + _K1 * norms[pids]))
        if not found_pids:
            return []
        pids, inverse = np.unique(np.concatenate(found_pids), return_inverse=True)
        scores = np.bincount(inverse, weights=np.concatenate(found_scores), minlength=len(pids))
        order = np.lexsort((pids, -scores))[:limit]
        return [(int(pids[i]) + self.offset, float(scores[i])) for i in order]


def split_shards(merged: Merged, count: int) -> list[Shard]:
    """Split a merged index into at most ``count`` shards of whole documents, about equal in
    postings (each shard's postings are the slices of the whole index's in its passage range)."""
    size = len(merged.lengths)
    if size == 0:
        return [Shard({}, merged.docs, merged.lengths, 0)]
    # Passage-range cuts at document starts, near equal shares of the passages' terms.
    weight = np.cumsum(merged.lengths.astype(np.int64))
    starts = np.flatnonzero(np.r_[True, merged.docs[1:] != merged.docs[:-1]])
    cuts = sorted({int(starts[min(len(starts) - 1, np.searchsorted(weight[starts], weight[-1] * k / count))])
                   for k in range(1, count)} - {0})
    bounds = [0, *cuts, size]
    shards = []
    for low, high in pairwise(bounds):
        postings = {}
        for t, pids, tfs in merged.items():
            a, b = np.searchsorted(pids, low), np.searchsorted(pids, high)
            if a < b:
                postings[t] = ((pids[a:b] - PID(low)).astype(PID), tfs[a:b])
        shards.append(Shard(postings, merged.docs[low:high], merged.lengths[low:high], low))
    return shards


def gather(shards: Sequence[Shard], query: Iterable[str], limit: int, *,
           docs: set[int] | None = None) -> list[tuple[int, float]]:
    """Search every shard with the whole index's statistics and merge their best passages:
    the same list as :meth:`Index.search` on the unsharded index (BM25 with global
    statistics scores each passage alone, so the merged top ``limit`` is exact when every
    shard's list breaks ties as the merge does, by passage id)."""
    wanted = sorted(set(query))
    df: dict[str, int] = {}
    for shard in shards:  # round one: the terms' frequencies (dfs)
        for t, n in shard.frequencies(wanted).items():
            df[t] = df.get(t, 0) + n
    statistics = Statistics(sum(len(s.lengths) for s in shards),
                            sum(int(s.lengths.sum(dtype=np.int64)) for s in shards), df)
    found = [hit for shard in shards for hit in shard.search(wanted, limit, statistics, docs=docs)]
    return sorted(found, key=lambda hit: (-hit[1], hit[0]))[:limit]
