"""The corpus as ``conflicts`` sees it: passages, one index, and the values of each passage,
computed lazily.

A passage's values are extracted from the passage (sentence) alone, read with what its
whole document settles: how it writes numbers and dates (``values.settle``) and which
words it writes in lowercase or capitalised mid-sentence (``values.WordUse``, for names).
This is how ``check`` reads a candidate passage too. They are computed when a finder first
asks about the passage and kept in a bounded memo (:data:`PASSAGE_MEMO` passages), so that
a search centred on a few passages (a claim's cross-check) costs what those passages and
their neighbours cost, whatever the size of the corpus or of their documents. What needs a
whole document (how often it uses each name) is gathered a document at a time and kept in
a bounded memo (:data:`DOC_MEMO` documents), so that a whole-corpus scan holds a bounded
number of documents at a time.

Two statistics span the corpus: how many documents use each name (a document's topic is
its most frequent name that few documents share) and, for ``name_variant`` findings,
every spelling of every name. A whole-corpus scan gathers them in one streaming pass
(:func:`name_statistics`); a search centred on a few passages reads the number of
documents that use a name from the index instead (the documents whose passages hold its
index term), which needs no pass over the corpus.
"""

from __future__ import annotations

import functools
import heapq
import math
import re
from array import array
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from factcheck.index.bm25 import _K1, PID, TF, Index, term  # _K1: BM25's k1, for the same arithmetic
from factcheck.models import ConflictValue, Document, Passage, Value
from factcheck.sources.normalize import fold, variant_key, word_strings
from factcheck.sources.passages import split_passages
from factcheck.sources.titles import names_its_subject, one_series
from factcheck.values import Conventions, WordUse, extract_values
from factcheck.values.clashes import QUANTITY_KINDS
from factcheck.values.conventions import document_conventions
from factcheck.values.dateline import document_date, statement_values

MIN_NAME_WORD = 4  # shorter words collide too easily under the variant key (Bay/Bai)
_LOWER = re.compile(r"(?<![\w'’-])[a-z]{4,}\b")
MAX_OCCURRENCES = 6  # per spelling and document: enough to pick the best-placed one
DOC_MEMO = 256  # documents whose values are kept at a time
PASSAGE_MEMO = 50_000  # passages whose values are kept at a time, outside those documents (then it starts again)
SETTINGS_MEMO = 1_024  # documents whose conventions and word use are kept at a time
TERMS_MEMO = 200_000  # passages whose index terms are kept at a time (then the memo starts again)
RARE_DF = 200  # passages up to which a term's postings are kept for the run (the finders' queries use no others)
SCORED_MEMO = 1 << 15  # rare terms whose score in each of their passages is kept at a time (then it starts again)
WORD_TERMS = 1 << 16  # words whose index term is remembered (a run meets the common ones again and again)
SHARED_NAMES = 3  # name words two documents without an entity title share at least, to be about one subject
SHARED_NAME_SHARE = 0.5  # and the share of the fewer names that is
_PID_CODE = "i"  # the array/memoryview type code of a stored passage id (int32)
if array(_PID_CODE).itemsize != np.dtype(PID).itemsize:  # pragma: no cover (a C int of 4 bytes on every platform numpy builds for)
    raise ImportError("a C int must be the size of a stored passage id")
_PARENTHESIS = re.compile(r"\([^)]*\)")


@dataclass(frozen=True, slots=True)
class NameWord:
    """One word of a name where a document uses it: the word and its whole name."""

    doc: int
    start: int
    end: int
    name_start: int
    name_end: int
    passage: int


ValueRow = tuple[str, str, int, int, float | None, str, tuple[int | None, int | None, int | None] | None, str]


class ValueRows(Mapping[int, list[Value]]):
    """Values by passage id, held as rows of their fields (a worker process sends them
    at a fraction of the cost of the values themselves, which are rebuilt field by field
    on arrival) and made into :class:`~factcheck.models.Value` when a passage's are first read."""

    __slots__ = ("_made", "_rows")

    def __init__(self, rows: dict[int, list[ValueRow]] | None = None) -> None:
        self._rows: dict[int, list[ValueRow]] = {} if rows is None else rows
        self._made: dict[int, list[Value]] = {}

    def put(self, pid: int, values: Sequence[Value]) -> None:
        """Keep a passage's values."""
        self._rows[pid] = [(v.kind, v.text, v.start, v.end, v.amount, v.unit, v.date, v.key) for v in values]

    def __getitem__(self, pid: int) -> list[Value]:
        found = self._made.get(pid)
        if found is None:
            found = self._made[pid] = [Value(*row) for row in self._rows[pid]]
        return found

    def of(self, pid: int) -> list[Value]:
        """A passage's values (none: an empty list, which callers must not modify)."""
        return self[pid] if pid in self._rows else _NO_VALUES

    def __contains__(self, pid: object) -> bool:
        return pid in self._rows

    def __iter__(self) -> Iterator[int]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __reduce__(self) -> tuple[type[ValueRows], tuple[dict[int, list[ValueRow]]]]:
        return ValueRows, (self._rows,)


_NO_VALUES: list[Value] = []
WORD_FIELDS = 6  # a name word in DocumentFacts.words: doc, start, end, name start, name end, passage (NameWord's)


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """What one document states, by passage id: its quantities and names, how often it
    uses each name word (by variant key), each key's index term, its name words (the
    fields of each :class:`NameWord`, :data:`WORD_FIELDS` integers a word, one flat array)
    with their keys and spellings (:func:`spelling`), and its lowercase words (``_LOWER``).
    Plain rows and arrays, cheap to send from a worker process."""

    quantities: ValueRows
    names: ValueRows
    name_counts: Counter[str]
    name_terms: dict[str, str | None]
    words: array[int]
    keys: list[str]  # each name word's variant key (one string per key: ``name_counts``'s)
    spellings: list[str]  # each name word's spelling (one string per spelling)
    lowercase: list[str]  # the document's distinct lowercase words, in order of first use


class NameStatistics:
    """Corpus-wide facts about names, gathered a document at a time (:meth:`add`): in how
    many documents each name key is used (:meth:`df`), which keys each document uses
    (:meth:`uses`), the lowercase words of the corpus, and, once :meth:`finish` is called,
    the ``spellings`` of the keys spelled more than one way, lowercase words aside (key ->
    spelling -> document -> its first :data:`MAX_OCCURRENCES` occurrences, in document order).

    Compact, because it grows with the corpus: keys are numbered, a key's spellings are
    numbered within it, each occurrence of a name word is a row of eight integers, and a
    document's keys are a sorted array of key numbers (about 40 bytes per name word).
    """

    _ROW = 8  # key, its spelling's number, doc, start, end, name start, name end, passage

    def __init__(self) -> None:
        self._key_ids: dict[str, int] = {}
        self._keys: list[str] = []
        self._df = array("i")
        self._spelled: list[str | list[str]] = []  # by key: its one spelling, or all of them (first first)
        self._multi: set[int] = set()  # keys seen spelled two ways or more
        self._rows = array("i")
        self._doc_keys: dict[int, np.ndarray] = {}
        self.lowercase: set[str] = set()
        self.spellings: dict[str, dict[str, dict[int, list[NameWord]]]] = {}

    def _key(self, key: str) -> int:
        found = self._key_ids.get(key)
        if found is None:
            found = self._key_ids[key] = len(self._keys)
            self._keys.append(key)
            self._df.append(0)
            self._spelled.append("")
        return found

    def add(self, doc: int, facts: DocumentFacts) -> None:
        """Count one document (its ``facts``) in."""
        ids = sorted({self._key(k) for k in facts.name_counts})
        for k in ids:
            self._df[k] += 1
        self._doc_keys[doc] = np.array(ids, dtype=np.int32)
        kept: Counter[tuple[int, int]] = Counter()
        words, rows = facts.words, self._rows
        for at, (written_key, spelled_as) in enumerate(zip(facts.keys, facts.spellings, strict=True)):
            key = self._key(written_key)
            spelled = self._spelling(key, spelled_as)
            kept[key, spelled] += 1
            if kept[key, spelled] <= MAX_OCCURRENCES:  # :meth:`finish` keeps no more of one spelling in one document
                rows.extend((key, spelled))
                rows.extend(words[at * WORD_FIELDS:(at + 1) * WORD_FIELDS])
        self.lowercase.update(facts.lowercase)

    def _spelling(self, key: int, spelled: str) -> int:
        """The number of a spelling among its key's (0 for the first)."""
        known = self._spelled[key]
        if isinstance(known, str):
            if known == spelled:
                return 0
            if not known:
                self._spelled[key] = spelled
                return 0
            known = self._spelled[key] = [known]
            self._multi.add(key)
        if spelled not in known:
            known.append(spelled)
        return known.index(spelled)

    def finish(self) -> None:
        """Make ``spellings`` from the occurrences of the keys spelled two ways, not counting
        the spellings that are lowercase words of the corpus (Mayor, Star: words, which no
        finder compares); the other occurrences are let go."""
        kept: dict[int, set[int]] = {}
        for key in self._multi:
            named = {i for i, s in enumerate(self._spelled[key]) if s not in self.lowercase}
            if len(named) >= 2:
                kept[key] = named
        spellings: dict[str, dict[str, dict[int, list[NameWord]]]] = {}
        rows = self._rows
        for at in range(0, len(rows), self._ROW):
            key = rows[at]
            if key not in kept or rows[at + 1] not in kept[key]:
                continue
            by_doc = spellings.setdefault(self._keys[key], {}).setdefault(self._spelled[key][rows[at + 1]], {})
            per_doc = by_doc.setdefault(rows[at + 2], [])
            if len(per_doc) < MAX_OCCURRENCES:
                per_doc.append(NameWord(*rows[at + 2:at + self._ROW]))
        self.spellings = spellings
        self._rows = array("i")

    def df(self, key: str) -> int:
        """In how many documents a name key occurs (0 for a key no document uses)."""
        found = self._key_ids.get(key)
        return 0 if found is None else self._df[found]

    def uses(self, doc: int, keys: Iterable[str]) -> set[str]:
        """Which of ``keys`` document ``doc`` uses as name words (None known: empty)."""
        own = self._doc_keys.get(doc)
        if own is None:
            return set()
        found = set()
        for key in keys:
            k = self._key_ids.get(key)
            if k is not None:
                at = int(np.searchsorted(own, k))
                if at < len(own) and own[at] == k:
                    found.add(key)
        return found

    def knows(self, doc: int) -> bool:
        """Whether a document was counted in."""
        return doc in self._doc_keys


class Analysis:
    """Passages of every document, their index, and what they state (computed on demand).

    ``documents`` and ``passages`` are the corpus's (passages grouped by document, in
    document order, as ``split_passages`` makes them); ``index`` is the BM25 index over
    those passages. ``names`` holds corpus-wide name statistics when a scan gathered them
    (None: the number of documents using a name comes from the index). Not thread-safe.
    """

    def __init__(self, documents: Sequence[Document], passages: Sequence[Passage], index: Index, *,
                 names: NameStatistics | None = None, memo: int = DOC_MEMO) -> None:
        self.documents = documents
        self.passages = passages
        self.index = index
        self.statistics = names
        self._memo = memo
        self._facts: OrderedDict[int, DocumentFacts] = OrderedDict()
        self._doc_of = np.asarray(index.docs)
        self._doc_list = array(_PID_CODE, self._doc_of.astype(PID).tobytes())  # read one at a time: faster than numpy's
        # where each document's passages begin (one search for all: a search per call would
        # convert the whole array to the type of the number searched for, each time)
        self._firsts: list[int] = np.searchsorted(self._doc_of, np.arange(len(documents) + 1)).tolist()
        starts, ends = getattr(passages, "starts", None), getattr(passages, "ends", None)
        self._offsets = (starts, ends) if isinstance(starts, np.ndarray) and isinstance(ends, np.ndarray) else None
        self._terms: dict[int, tuple[str, ...]] = {}
        # each term met: its number, count, idf and (a rare one's) postings, for the run; the
        # corpus's vocabulary bounds them (270,000 terms for 1.5 million Wikipedia sentences)
        self._term_ids: dict[str, int] = {}
        self._term_list: list[str] = []
        self._term_df = array("i")
        self._term_idf = array("d")
        self._rare: list[bytes | None] = []
        self._scored: dict[int, array[float]] = {}  # a queried rare term's BM25 score in each of its passages
        self._search_index: _KeptIndex | None = None
        self._doc_df: dict[str, int] = {}
        self.extracted = 0  # documents whose values were extracted (a document evicted and asked again counts again)
        self._passage_values: dict[int, tuple[list[Value], list[Value]]] = {}
        self._settings: OrderedDict[int, tuple[Conventions, WordUse]] = OrderedDict()

    # ------------------------------------------------------------------ passages and documents

    def text(self, pid: int) -> str:
        """The verbatim text of a passage."""
        start, end = self.span(pid)
        return self.documents[self.doc(pid)].text[start:end]

    def doc(self, pid: int) -> int:
        """The document of a passage (read from the index, without making the passage)."""
        return self._doc_list[pid]

    def docs_of(self, pids: np.ndarray) -> np.ndarray:
        """The documents of an array of passage ids."""
        found: np.ndarray = self._doc_of[pids]
        return found

    def span(self, pid: int) -> tuple[int, int]:
        """(start, end) of a passage in its document's text (a stored passage table's are read
        from its offset arrays, without making the passage, which folds its document's text)."""
        if self._offsets is not None:
            return int(self._offsets[0][pid]), int(self._offsets[1][pid])
        passage = self.passages[pid]
        return passage.start, passage.end

    def norms(self, pids: range) -> list[str]:
        """The folded texts (``Passage.norm``) of consecutive passages. A stored passage table's
        are folded from their documents' views (as the table folds them) without making the
        passages, which the table would keep."""
        view = getattr(self.passages, "view", None)
        if not pids or self._offsets is None or not callable(view):
            return [self.passages[pid].norm for pid in pids]
        found: list[str] = []
        for doc in range(self.doc(pids.start), self.doc(pids.stop - 1) + 1):
            own = self.doc_range(doc)
            first, stop = max(own.start, pids.start), min(own.stop, pids.stop)
            text = view(doc)
            starts, ends = self._offsets[0][first:stop].tolist(), self._offsets[1][first:stop].tolist()
            found += [fold(text[start:end]) for start, end in zip(starts, ends, strict=True)]
        return found

    def doc_range(self, doc: int) -> range:
        """The passage ids of a document (passages are grouped by document, in order)."""
        if 0 <= doc < len(self._firsts) - 1:
            return range(self._firsts[doc], self._firsts[doc + 1])
        return range(0)

    def facts(self, doc: int) -> DocumentFacts:
        """A document's values by passage, extracted on first need and kept in the memo."""
        found = self._facts.get(doc)
        if found is not None:
            self._facts.move_to_end(doc)
            return found
        found = self._facts[doc] = document_facts(self.documents[doc], doc, self.doc_range(doc), self.passages)
        self.extracted += 1
        if len(self._facts) > self._memo:
            self._facts.popitem(last=False)
        return found

    def quantities(self, pid: int) -> list[Value]:
        """The numbers, dates, durations, ages and ordinals a passage states (offsets into
        its document's text); callers must not modify the list."""
        return self._values(pid)[0]

    def names(self, pid: int) -> list[Value]:
        """The names a passage states (offsets into its document's text)."""
        return self._values(pid)[1]

    def _values(self, pid: int) -> tuple[list[Value], list[Value]]:
        """A passage's (quantities, names): from its document's facts when they are held,
        else extracted from the passage alone (the same values) and kept in a bounded memo."""
        doc = self.doc(pid)
        facts = self._facts.get(doc)
        if facts is not None:
            return facts.quantities.of(pid), facts.names.of(pid)
        found = self._passage_values.get(pid)
        if found is None:
            if len(self._passage_values) >= PASSAGE_MEMO:
                self._passage_values.clear()
            document = self.documents[doc]
            found = self._passage_values[pid] = split_values(
                passage_values(document, *self.span(pid), self._document_settings(doc)))
        return found

    def _document_settings(self, doc: int) -> tuple[Conventions, WordUse]:
        found = self._settings.get(doc)
        if found is None:
            found = self._settings[doc] = document_settings(self.documents[doc])
            if len(self._settings) > SETTINGS_MEMO:
                self._settings.popitem(last=False)
        return found

    def doc_names(self, doc: int) -> Counter[str]:
        """How often a document uses each name word, by variant key."""
        return self.facts(doc).name_counts

    def uses(self, doc: int, keys: Iterable[str]) -> set[str]:
        """Which of ``keys`` (name variant keys) a document uses (from the statistics when gathered)."""
        if self.statistics is not None and self.statistics.knows(doc):
            return self.statistics.uses(doc, keys)
        return set(keys) & self.facts(doc).name_counts.keys()

    def remember(self, doc: int, facts: DocumentFacts) -> None:
        """Keep a document's facts computed elsewhere (a worker process) in the memo."""
        self._facts[doc] = facts
        self._facts.move_to_end(doc)
        self.extracted += 1
        if len(self._facts) > self._memo:
            self._facts.popitem(last=False)

    # ------------------------------------------------------------------ terms and statistics

    def terms_of(self, pid: int) -> tuple[str, ...]:
        """The index terms of a passage, in order (memoised; :func:`factcheck.index.bm25.terms`)."""
        found = self._terms.get(pid)
        if found is None:
            if len(self._terms) >= TERMS_MEMO:
                self._terms.clear()
            found = self._terms[pid] = self.terms(self.passages[pid].norm)
        return found

    @staticmethod
    def terms(folded: str) -> tuple[str, ...]:
        """The index terms of a folded text, as :func:`factcheck.index.bm25.terms` gives them
        (each word's term remembered: one string per term and word for the run)."""
        return tuple(t for t in map(_word_term, word_strings(folded)) if t is not None)

    def term_id(self, t: str) -> int:
        """The number of a term in this run's term table (:meth:`term` gives it back): the
        first time a term is met, its count is read (``Index.count``: the store reads no
        postings for it) and kept for the run; a rare term's (:data:`RARE_DF` passages at
        most) postings are read once when first asked, and kept too (:meth:`_kept`)."""
        found = self._term_ids.get(t)
        if found is None:
            found = self._term_ids[t] = len(self._term_list)
            self._term_list.append(t)
            self._term_df.append(self.index.count(t))  # most terms met are only counted (_prefix)
            self._term_idf.append(math.nan)
            self._rare.append(None)  # a rare term's postings are read when first asked (_kept)
        return found

    def _kept(self, i: int) -> bytes | None:
        """A rare term's postings (by number) as kept for the run, read on first need; None
        for a common term (more than :data:`RARE_DF` passages)."""
        kept = self._rare[i]
        if kept is None and self._term_df[i] <= RARE_DF:
            pids, tfs = self.index.postings(self._term_list[i])
            kept = self._rare[i] = pids.astype(PID).tobytes() + tfs.astype(TF).tobytes()
        return kept

    @property
    def term_ids(self) -> Mapping[str, int]:
        """The numbers of the terms met so far (:meth:`term_id` numbers a new one)."""
        return self._term_ids

    def term(self, i: int) -> str:
        """The term of a number of :meth:`term_id`."""
        return self._term_list[i]

    def df(self, t: str) -> int:
        """In how many passages a term occurs (kept for the run)."""
        i = self._term_ids.get(t)
        return self._term_df[self.term_id(t) if i is None else i]

    def df_of(self, i: int) -> int:
        """:meth:`df` of a term by its number."""
        return self._term_df[i]

    def idf(self, t: str) -> float:
        """The BM25 idf of a term over all passages (``Index.idf``, kept for the run): :meth:`idf_of`
        its number, on the count kept here (the store's index would read and check the term's
        whole posting list to count it, a common word's hundreds of thousands of passages)."""
        i = self._term_ids.get(t)
        return self.idf_of(self.term_id(t) if i is None else i)

    def postings(self, t: str) -> tuple[np.ndarray, np.ndarray]:
        """Passage ids (ascending) and frequencies of a term (``Index.postings``), a rare one's kept for the run."""
        i = self._term_ids.get(t)
        if i is None:
            i = self.term_id(t)
        kept = self._kept(i)
        if kept is None:
            return self.index.postings(t)
        count = self._term_df[i]
        return np.frombuffer(kept, PID, count), np.frombuffer(kept, TF, count, count * PID(0).itemsize)

    def idf_of(self, i: int) -> float:
        """:meth:`idf` of a term by its number."""
        found = self._term_idf[i]
        if found != found:  # not asked before (NaN)
            t = self._term_list[i]
            if type(self.index).idf is Index.idf:  # the index's formula, on the count kept here
                found = self._term_idf[i] = Index.idf(self._kept_index(), t)
            else:
                found = self._term_idf[i] = self.index.idf(t)
        return found

    def rare_pids(self, i: int) -> Sequence[int] | None:
        """The passage ids (ascending) of a rare term by its number (:data:`RARE_DF` passages
        at most, kept for the run); None for a term in more passages."""
        kept = self._kept(i)
        return None if kept is None else memoryview(kept).cast("i")[:self._term_df[i]]

    def search(self, query: Iterable[str], limit: int) -> list[tuple[int, float]]:
        """``index.search(query, limit)``: the same scores and order (the index's own
        arithmetic), with postings and idfs read from this analysis's term table."""
        return self._kept_index().search(query, limit)

    def search_rare(self, query: Iterable[int], limit: int) -> list[tuple[int, float]]:
        """:meth:`search` of terms given by number, when every one is rare (:meth:`rare_pids`):
        the same passages, scores and order, without numpy's cost per call (a query's few
        short posting lists). Each term's score in each of its passages is computed once for
        the run, with the index's arithmetic (:meth:`_KeptIndex.scores`); they are summed
        per passage in the order ``Index.search`` sums them (terms in sorted order, from
        0.0), so every sum has the same bits, and ranked as it ranks them (score, then id)."""
        terms = self._term_list
        ids = sorted(set(query), key=terms.__getitem__)
        scores: dict[int, float] = {}
        get = scores.get
        for i in ids:
            pids = self.rare_pids(i)
            if pids is None:
                return self.search([terms[i] for i in ids], limit)
            scored = self._scored.get(i)
            if scored is None:
                if len(self._scored) >= SCORED_MEMO:
                    self._scored.clear()
                scored = self._scored[i] = self._kept_index().scores(i)
            for pid, score in zip(pids, scored, strict=True):
                scores[pid] = get(pid, 0.0) + score
        best = heapq.nsmallest(limit, [(-score, pid) for pid, score in scores.items()])  # best score, then smaller id
        return [(pid, -score) for score, pid in best]

    def _kept_index(self) -> _KeptIndex:
        if self._search_index is None:
            self._search_index = _KeptIndex(self)
        return self._search_index

    def name_df(self, key: str, doc: int) -> int:
        """In how many documents a name (variant key, as ``doc`` uses it) occurs, at least 1.

        From the scan's statistics when gathered; else the documents with a passage that
        holds the name's index term, which needs no pass over the corpus.
        """
        if self.statistics is not None:
            return max(1, self.statistics.df(key))
        t = self.facts(doc).name_terms.get(key)
        if t is None:
            return 1
        found = self._doc_df.get(t)
        if found is None:
            pids = self.index.postings(t)[0]
            found = self._doc_df[t] = max(1, len(np.unique(self._doc_of[pids])))
        return found

    def topic(self, doc: int, size: int = 1) -> set[str]:
        """The names a document is about: its most frequent names that few documents share."""
        n = len(self.documents)
        counts = self.doc_names(doc)
        weight = {}
        for k, c in counts.items():
            df = self.name_df(k, doc)
            if df <= max(2, n // 2):
                weight[k] = c * math.log(1 + n / df)
        return set(sorted(weight, key=lambda k: (-weight[k], k))[:size])

    def title(self, doc: int) -> str:
        """The first line of a document when it is a title (short, no closing stop)."""
        text = self.documents[doc].text.lstrip()
        line = text.split("\n", 1)[0].strip()
        return "" if len(line.split()) > 12 or line[-1:] in ".!?" else line


class _KeptIndex(Index):
    """An analysis's index as :meth:`Analysis.search` reads it: ``Index.search`` unchanged,
    its postings and idfs taken from the analysis's term table (the index's own values)."""

    def __init__(self, analysis: Analysis) -> None:
        super().__init__(analysis.index.postings, analysis.index.docs, analysis.index.lengths)
        self._analysis = analysis

    def postings(self, t: str) -> tuple[np.ndarray, np.ndarray]:
        return self._analysis.postings(t)

    def scores(self, i: int) -> array[float]:
        """A rare term's (by number, :meth:`Analysis.rare_pids`) BM25 score in each of its
        passages, in their order: ``Index.search``'s expression on the term's arrays, so
        each score has the same bits."""
        analysis = self._analysis
        pids, tfs = analysis.postings(analysis.term(i))
        weights = tfs.astype(np.float64)
        found = analysis.idf_of(i) * weights * (_K1 + 1.0) / (weights + _K1 * self._norms[pids])
        return array("d", found.tobytes())

    def df(self, t: str) -> int:
        return self._analysis.df(t)

    def idf(self, t: str) -> float:
        return self._analysis.idf(t)


@functools.lru_cache(maxsize=WORD_TERMS)
def _word_term(word: str) -> str | None:
    """:func:`factcheck.index.bm25.term` of a folded word, remembered."""
    return term(word)


def document_settings(document: Document, *, whole: bool = False) -> tuple[Conventions, WordUse]:
    """What a whole document settles for reading any of its passages: how it writes numbers
    and numeric dates, and how it uses its words (``values.conventions.document_conventions``, ``values.WordUse``).

    ``whole``: every passage will be read, so the words are gathered at once (one pass over
    the text) rather than first searched for one at a time (a pattern compiled for each);
    both give the same answers (:class:`~factcheck.values.WordUse`)."""
    return document_conventions(document.text), WordUse(document.text, searches=0) if whole else WordUse(document.text)


def passage_values(document: Document, start: int, end: int, settings: tuple[Conventions, WordUse]) -> list[Value]:
    """The values of one passage (``document.text[start:end]``), read alone with its
    document's ``settings`` (:func:`document_settings`), with offsets into the document's text."""
    conventions, words = settings
    text = document.text[start:end]
    found = extract_values(text, reference=document_date(document), conventions=conventions, words=words)
    return [Value(v.kind, v.text, v.start + start, v.end + start, v.amount, v.unit, v.date, v.key)
            for v in statement_values(text, found)]


def passage_spans(passages: Sequence[Passage], pids: range) -> list[tuple[int, int]]:
    """(start, end) of each passage of ``pids`` (consecutive ids). A stored passage table's
    are read from its offset arrays (``starts``, ``ends``) without making each passage,
    which would fold its text and keep it and its document's masked view in the table's
    caches: an extraction worker needs the offsets alone."""
    starts, ends = getattr(passages, "starts", None), getattr(passages, "ends", None)
    if isinstance(starts, np.ndarray) and isinstance(ends, np.ndarray):
        return list(zip(starts[pids.start:pids.stop].tolist(), ends[pids.start:pids.stop].tolist(), strict=True))
    return [(passages[pid].start, passages[pid].end) for pid in pids]


def split_values(values: Iterable[Value]) -> tuple[list[Value], list[Value]]:
    """(quantities, names) of ``values``, each in their order; other kinds are left out."""
    quantities, names = [], []
    for value in values:
        if value.kind in QUANTITY_KINDS:
            quantities.append(value)
        elif value.kind == "name":
            names.append(value)
    return quantities, names


def document_facts(document: Document, doc: int, pids: range, passages: Sequence[Passage]) -> DocumentFacts:
    """A document's values, passage by passage (:func:`passage_values`), and its name words
    counted by variant key.

    ``pids`` are the document's passage ids in ``passages`` (only their offsets are read,
    :func:`passage_spans`); text outside every passage (page furniture) states nothing.
    """
    settings = document_settings(document, whole=True)
    facts = DocumentFacts(ValueRows(), ValueRows(), Counter(), {}, array("i"), [], [],
                          list(dict.fromkeys(_LOWER.findall(document.text))))
    known: dict[str, str] = {}
    for pid, (start, end) in zip(pids, passage_spans(passages, pids), strict=True):
        quantities, names = split_values(passage_values(document, start, end, settings))
        if quantities:
            facts.quantities.put(pid, quantities)
        if names:
            facts.names.put(pid, names)
        for value in names:
            for word in name_words(value, doc, pid):
                text = document.text[word.start:word.end]
                key = variant_key(text)
                key = known.setdefault(key, key)
                facts.name_counts[key] += 1
                if key not in facts.name_terms:
                    facts.name_terms[key] = term(fold(text))
                facts.words.extend((word.doc, word.start, word.end, word.name_start, word.name_end, word.passage))
                facts.keys.append(key)
                spelled = spelling(text)
                facts.spellings.append(known.setdefault(spelled, spelled))
    return facts


def analyse(documents: Sequence[Document], *, passages: Sequence[Passage] | None = None,
            index: Index | None = None, memo: int = DOC_MEMO) -> Analysis:
    """Split and index the corpus (unless its ``passages`` and ``index`` are given), then
    gather the corpus-wide name statistics in one pass over the documents.

    A caller that already holds the corpus's passages (grouped by document, in document
    order, as ``split_passages`` makes them) and their index passes them in, so that the
    corpus is not split and indexed a second time.
    """
    if passages is None:
        passages = [p for i, d in enumerate(documents) for p in split_passages(d, i)]
        index = None
    if index is None:
        index = Index.build(passages)
    analysis = Analysis(documents, passages, index, memo=memo)
    analysis.statistics = name_statistics(analysis, range(len(documents)))
    return analysis


def name_statistics(analysis: Analysis, docs: Iterable[int]) -> NameStatistics:
    """The name statistics of ``docs`` (see :class:`NameStatistics`): one pass, a document at a time."""
    stats = NameStatistics()
    for doc in docs:
        stats.add(doc, analysis.facts(doc))
    stats.finish()
    return stats


def spelling(word: str) -> str:
    """How a word is spelled, ignoring case and accents but not the script (Кызылорда*)."""
    return fold(word) + ("*" if any("\u0400" <= c <= "\u04ff" for c in word) else "")


def name_words(value: Value, doc: int, pid: int) -> list[NameWord]:
    """The words of a name worth comparing: letters only, possessive dropped, long enough."""
    found = []
    offset = value.start
    for raw in value.text.split(" "):
        word = raw
        for suffix in ("'s", "’s", "'", "’"):
            if word.endswith(suffix):
                word = word[: -len(suffix)]
                break
        if len(word) >= MIN_NAME_WORD and word.isalpha() and not word.isupper():
            found.append(NameWord(doc, offset, offset + len(word), value.start, value.end, pid))
        offset += len(raw) + 1
    return found


def conflict_value(analysis: Analysis, pid: int, start: int, end: int, *, value: str | None = None,
                   detail: str = "", count: int = 1) -> ConflictValue:
    """A value located in a passage: the passage is the quote, the value marked inside it."""
    passage = analysis.passages[pid]
    document = analysis.documents[passage.doc]
    line, column = document.position(passage.start)
    return ConflictValue(
        value=document.text[start:end] if value is None else value, source_id=document.id,
        path=document.path, line=line, column=column, start=passage.start, end=passage.end,
        quote=document.text[passage.start:passage.end], value_start=start, value_end=end,
        detail=detail, count=count, page=document.page(passage.start))


def weighted_overlap(analysis: Analysis, ours: Iterable[str], theirs: Iterable[str],
                     ignore: Iterable[str] = ()) -> tuple[float, list[str]]:
    """Share of the smaller side's idf mass that the two term sets have in common.

    Rare shared words (names, places, "sentenced") weigh most; function words are not
    terms at all. Returns the share and the shared terms, rarest first.
    """
    skip = set(ignore)
    a, b = set(ours) - skip, set(theirs) - skip
    if not a or not b:
        return 0.0, []
    shared = sorted(a & b, key=lambda t: (-analysis.idf(t), t))
    mass = min(sum(map(analysis.idf, sorted(a))), sum(map(analysis.idf, sorted(b))))  # sorted: the same bits every run
    return (sum(map(analysis.idf, shared)) / mass if mass else 0.0), shared


def window_terms(analysis: Analysis, pid: int, radius: int) -> set[str]:
    """Terms of a passage and of its ``radius`` neighbours in the same document."""
    span = analysis.doc_range(analysis.doc(pid))
    found: set[str] = set()
    for other in range(max(span.start, pid - radius), min(span.stop, pid + radius + 1)):
        found.update(analysis.terms_of(other))
    return found


def same_subject(analysis: Analysis, doc_a: int, doc_b: int) -> bool:
    """Whether two documents are about one subject, so that their values may clash.

    Template sentences ("In 1851 the population of the townland was 9") align perfectly
    across articles about different townlands, films or elections: their subject is the
    document's. Two titles of one series name two instances of it (:func:`one_series`);
    a short title names the document's entity, which the other document must mention;
    without one, the other document must mention the document's most frequent rare name.
    """
    title_a, title_b = analysis.title(doc_a), analysis.title(doc_b)
    if title_a and title_b and one_series(_PARENTHESIS.sub("", title_a), _PARENTHESIS.sub("", title_b)):
        return False
    text_a, text_b = analysis.documents[doc_a].text.lower(), analysis.documents[doc_b].text.lower()
    entity_a, entity_b = _entity(title_a, text_a), _entity(title_b, text_b)
    if (entity_a and entity_a in text_b) or (entity_b and entity_b in text_a):
        return True
    if entity_a and entity_b:
        return False
    if analysis.uses(doc_b, analysis.topic(doc_a)) or analysis.uses(doc_a, analysis.topic(doc_b)):
        return True
    return _names_shared(analysis, doc_a, doc_b)


def _names_shared(analysis: Analysis, doc_a: int, doc_b: int) -> bool:
    """Whether one document uses most of the other's name words (of the one with fewer): two
    stories about one event name its people and places, whichever each names most (a follow-up
    that names "Mill Street", "Riverton" and "Helen Dobrev" once each, beside a first report most
    about "Okoro"). At least :data:`SHARED_NAMES` words, and :data:`SHARED_NAME_SHARE` of them."""
    names_a, names_b = analysis.doc_names(doc_a), analysis.doc_names(doc_b)
    if len(names_a) > len(names_b):
        doc_a, doc_b, names_a = doc_b, doc_a, names_b
    shared = analysis.uses(doc_b, names_a.keys())
    return len(shared) >= SHARED_NAMES and len(shared) >= SHARED_NAME_SHARE * len(names_a)


def _entity(title: str, text: str) -> str:
    """The entity a title of at most five words names ("Libya", "Blood (2004 film)" → blood),
    lower-cased, or "": a headline in sentence case that its story (``text``, lower-cased) never
    repeats names none ("Bridge closure starts amid protests": :func:`names_its_subject`)."""
    bare = _PARENTHESIS.sub("", title).strip()
    if not 0 < len(bare.split()) <= 5 or not names_its_subject(bare, text.lstrip().partition("\n")[2]):
        return ""
    return bare.lower()
