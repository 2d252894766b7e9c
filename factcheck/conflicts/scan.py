"""Find where the documents of a corpus disagree with each other (``factcheck conflicts``).

Four kinds of finding, each built on the passages, values and index the claim checker
uses, never on a comparison of every passage with every other:

- ``name_variant``: one entity spelled two ways across documents (:mod:`factcheck.conflicts.names`);
- value disagreements (``number``, ``date``, ``duration``, ``age``, ``ordinal``, ``name``):
  two passages of different documents about the same fact that state different values.
  Each passage with a value asks the index for the few passages that share its rarest
  words; a candidate must then share most of its rare words (idf-weighted) and read
  alike (rapidfuzz ``token_set_ratio``), and the two values must differ while the words
  around them agree, in both directions (:func:`factcheck.values.clashes.compare_values`);
- ``statement``: a negated legal outcome against an affirmed one (:mod:`factcheck.conflicts.statements`);
- ``negation`` and ``antonym``: two sentences of different documents about the same statement,
  one the negation of the other or with a word turned into its antonym, as the word-by-word
  alignment (:mod:`factcheck.match.align`) names them (:mod:`factcheck.conflicts.polarity`).

Precision comes first: a finding the user has to dismiss costs more than one missed.
The cost is one index query per passage that states a value, with only rare terms
(a bounded number of postings each), so it grows about linearly with the corpus.

The whole-corpus scan (:func:`scan_corpus`) streams by document: each document's values
are extracted once, in order, and kept in a bounded memo; memory holds the index, compact
name statistics and the candidate pairs, and the time of each stage is returned as data.
The same per-pair rules serve a search centred on a few passages (a claim's cross-check,
:mod:`factcheck.conflicts.local`) and a rescan after some files changed (:func:`incremental_scan`).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import os
import time
from array import array
from bisect import bisect_left
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from itertools import islice

from rapidfuzz import fuzz

from factcheck.conflicts.analysis import (
    Analysis,
    DocumentFacts,
    NameStatistics,
    conflict_value,
    document_facts,
    same_subject,
    weighted_overlap,
)
from factcheck.conflicts.names import name_variants
from factcheck.conflicts.polarity import MAX_DF as POLARITY_MAX_DF
from factcheck.conflicts.polarity import MAX_TERMS, MIN_HITS, MIN_TERMS, PREFIX, polarity_conflicts
from factcheck.conflicts.polarity import edges_of as polarity_edges
from factcheck.conflicts.polarity import group as polarity_group
from factcheck.conflicts.statements import negated_passages, statement_conflicts
from factcheck.conflicts.sweep import Deferred, Signatures, Signs, passage_signs
from factcheck.index.bm25 import Index, term
from factcheck.index.results import ResultCache
from factcheck.inputs.aliases import Aliases
from factcheck.models import Conflict, ConflictReport, ConflictValue, Document, Passage, Value
from factcheck.sources.normalize import fold
from factcheck.sources.passages import split_passages
from factcheck.values import name_key
from factcheck.values.clashes import QUANTITY_KINDS, compare_values, neighbours
from factcheck.workers import process_pool

QUERY_TERMS = 10  # rarest terms of a passage sent to the index
CANDIDATES = 8  # passages the index returns per query
MAX_DF = 200  # a query term may occur in at most this many passages: a fixed bound keeps
# each query's cost constant, so the whole search grows linearly with the corpus
MIN_OVERLAP = 0.55  # idf-weighted share of rare words two aligned passages must have in common
MIN_SHARED = 4  # and at least this many rare words
MIN_DATE_OVERLAP = 0.8  # dates: two events of one kind differ by little else
MIN_RATIO = 60.0  # rapidfuzz token_set_ratio of their folded texts
MIN_NEIGHBOURS = 2  # index terms two differing values must share among their near words
COMPARED = 1024  # pairs of passage texts whose value comparison is remembered (_conflicts)
DEFAULT_MIN_CONFIDENCE = 0.5
MAX_CHANGED = 0.25  # share of documents changed up to which a scan is redone only where they changed
STATE_HASHES = "conflicts: document hashes"  # what a scan keeps in the store for the next one
STATE_FINDINGS = "conflicts: findings"
SCAN_MEMO = 64  # documents whose values a scan keeps at a time (a later pair may ask for a passage's: read alone)
MIN_PARALLEL = 200  # documents from which a scan extracts values on worker processes
CHUNK = 8  # documents per worker task
AHEAD = 4  # tasks per worker submitted ahead of the pass
_UNIT_WORDS = frozenset("year years month months day days week weeks percent per cent".split())


@dataclass(frozen=True, slots=True)
class Edge:
    """Two passages of different documents stating different values of one fact: each
    side is (passage id, value with offsets into its document)."""

    kind: str
    ours: tuple[int, Value]
    theirs: tuple[int, Value]
    confidence: float
    shared: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Scanned:
    """A whole-corpus scan: its report, the seconds each stage took (in order), and how
    many times a document's values were extracted (more than the documents when the memo
    had to let some go and a later stage asked for them again)."""

    report: ConflictReport
    stages: dict[str, float]
    extracted: int


def find_conflicts(documents: Sequence[Document], aliases: Aliases | None = None,
                   min_confidence: float = DEFAULT_MIN_CONFIDENCE, *, passages: Sequence[Passage] | None = None,
                   index: Index | None = None, results: ResultCache | None = None) -> ConflictReport:
    """Every disagreement between documents at or above ``min_confidence``, best first.

    ``passages`` and ``index``, when given, are the corpus's own (grouped by document, in
    document order); else the documents are split and indexed here. See :func:`scan_corpus`.
    With the persistent store's ``results``, a scan after a few files changed covers only
    what they touch (:func:`incremental_scan`).
    """
    if results is not None:
        return incremental_scan(documents, aliases, min_confidence, passages=passages, index=index,
                                results=results).report
    return scan_corpus(documents, aliases, min_confidence, passages=passages, index=index).report


def incremental_scan(documents: Sequence[Document], aliases: Aliases | None, min_confidence: float, *,
                     passages: Sequence[Passage] | None, index: Index | None, results: ResultCache,
                     clock: Callable[[], float] = time.perf_counter) -> Scanned:
    """The scan of a corpus that a scan of the same sources saw before, redone only where
    files changed; the store keeps each document's content hash and every finding for the next.

    When at most :data:`MAX_CHANGED` of the documents are new, changed or gone: the earlier
    findings between unchanged documents are kept as they were (the index statistics that
    moved with the change are not applied to them); the value, statement, negation and
    antonym findings with a side in a changed document are searched for again from its
    passages (:class:`~factcheck.conflicts.local.LocalSearch`); an earlier spelling-variant
    finding with a side in a changed document is kept where each of its sentences is still
    in its document (moved to where it now stands), and a new spelling variant that a changed
    document brings is found by the next full scan. Otherwise, a full :func:`scan_corpus`.
    """
    from factcheck.conflicts.local import LocalSearch  # local builds on this module

    hashes = tuple((d.id, _content_hash(d.text)) for d in documents)
    before = results.get_lasting(STATE_HASHES)
    found = results.get_lasting(STATE_FINDINGS)
    old = dict(before) if isinstance(before, tuple) and isinstance(found, tuple) else None
    changed = [i for i, (doc_id, digest) in enumerate(hashes) if old is None or old.get(doc_id) != digest]
    gone = set(old or ()) - {doc_id for doc_id, _ in hashes}
    if old is None or len(changed) + len(gone) > MAX_CHANGED * max(1, len(documents)) or passages is None \
            or index is None:
        scanned = scan_corpus(documents, aliases, 0.0, passages=passages, index=index, clock=clock)
        everything = scanned.report.conflicts
    else:
        mark = clock()
        touched = {documents[i].id for i in changed} | gone
        positions = {d.id: i for i, d in enumerate(documents)}
        kept = [c for c in found if not {v.source_id for v in c.values} & touched]
        kept += [moved for c in found if c.kind == "name_variant" and {v.source_id for v in c.values} & touched
                 and (moved := _moved(c, documents, positions)) is not None]
        analysis = Analysis(documents, passages, index, memo=SCAN_MEMO)
        search = LocalSearch(analysis, aliases)
        fresh = search.touching([p for i in changed for p in analysis.doc_range(i)])
        everything = tuple(ranked(_unique([*kept, *fresh]), 0.0))
        report = ConflictReport(everything, len(documents), len(passages))
        scanned = Scanned(report, {"changed documents": clock() - mark}, analysis.extracted)
    results.put_lasting(STATE_HASHES, hashes)
    results.put_lasting(STATE_FINDINGS, everything)
    report = ConflictReport(tuple(ranked(everything, min_confidence)), len(documents), scanned.report.passages)
    return Scanned(report, scanned.stages, scanned.extracted)


def _content_hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _unique(found: Iterable[Conflict]) -> list[Conflict]:
    """Each finding once (by its kind and the places of its values)."""
    seen: dict[tuple[object, ...], Conflict] = {}
    for conflict in found:
        seen.setdefault((conflict.kind, *((v.source_id, v.start, v.value_start) for v in conflict.values)), conflict)
    return list(seen.values())


def _moved(conflict: Conflict, documents: Sequence[Document], positions: dict[str, int]) -> Conflict | None:
    """An earlier finding with each value moved to where its sentence now stands in its
    document (the first place, searching from the old one backwards and then forwards);
    None if a sentence is no longer there, or a document is gone."""
    values = []
    for value in conflict.values:
        at = positions.get(value.source_id)
        if at is None:
            return None
        document = documents[at]
        start = document.text.rfind(value.quote, 0, value.start + len(value.quote))
        if start < 0:
            start = document.text.find(value.quote)
        if start < 0:
            return None
        line, column = document.position(start)
        shift = start - value.start
        values.append(dataclasses.replace(value, line=line, column=column, start=start, end=start + len(value.quote),
                                          value_start=value.value_start + shift, value_end=value.value_end + shift,
                                          path=document.path, page=document.page(start)))
    return dataclasses.replace(conflict, values=tuple(values))


def scan_corpus(documents: Sequence[Document], aliases: Aliases | None = None,
                min_confidence: float = DEFAULT_MIN_CONFIDENCE, *, passages: Sequence[Passage] | None = None,
                index: Index | None = None, workers: int | None = None,
                clock: Callable[[], float] = time.perf_counter) -> Scanned:
    """The whole-corpus scan, streaming by document: the report :func:`find_conflicts` gives,
    with the time of each stage.

    One pass over the documents, in order, extracts each document's values (kept in the
    analysis's bounded memo, :data:`~factcheck.conflicts.analysis.DOC_MEMO` documents),
    gathers the name statistics, and asks the index, passage by passage, for the pairs
    whose values differ, the negated outcomes and the near-duplicate sentences; what needs
    the finished statistics (whether two documents share a subject, spelling variants) is
    decided afterwards, for those few candidates only. Memory holds the index, the name
    statistics, the memos and the candidates, never every document's values.

    ``workers`` processes (default: two on a machine of two cores or more, else none) extract
    the values of the documents ahead of the pass, for a corpus of :data:`MIN_PARALLEL` documents
    or more; the report is the same with any number. Two, not one beside this process: the
    pass's own work is about a third of the whole, so two workers and the pass keep two cores
    busy, and this process extracts only when they fall behind, without the value reader's
    caches filling here (20% of the Wikipedia sample: wall 117 -> 106 s, this process's peak
    374 -> 328 MB). Stage times are wall-clock seconds: the values
    stage is the time the pass waited for them.
    """
    aliases = aliases or Aliases()
    stages: dict[str, float] = {}
    mark = clock()

    def stage(name: str) -> None:
        nonlocal mark
        now = clock()
        stages[name] = stages.get(name, 0.0) + now - mark
        mark = now

    if passages is None:
        passages = [p for i, d in enumerate(documents) for p in split_passages(d, i)]
        index = None
    if index is None:
        index = Index.build(passages)
        stage("split+index")
    analysis = Analysis(documents, passages, index, memo=SCAN_MEMO)
    met = candidates(analysis, workers, stage)
    analysis.statistics = met.statistics
    found = name_variants(analysis, aliases)
    stage("name variants")
    edges = [e for ours, theirs, differing in met.values if one_fact(analysis, ours, theirs) for e in differing]
    found += group_edges(analysis, edges, aliases)
    stage("value findings")
    found += statement_conflicts(analysis, met.negated)
    stage("statements")
    found += polarity_group(analysis, polarity_edges(analysis, met.near, found))
    stage("negations and antonyms")
    report = finish(analysis, found, min_confidence)
    stage("rank")
    return Scanned(report, stages, analysis.extracted)


@dataclass(frozen=True, slots=True)
class Candidates:
    """What the scan's one pass over the documents finds: the corpus's name statistics
    (finished), the value pairs whose values differ (``(passage, passage, edges)``, smaller
    id first, in the order a pass testing each pair where it first meets it lists them),
    the passages that negate a legal outcome (ascending) and the near-duplicate pairs that
    could differ in polarity (sorted, smaller id first)."""

    statistics: NameStatistics
    values: list[tuple[int, int, list[Edge]]]
    negated: list[int]
    near: list[tuple[int, int]]


def candidates(analysis: Analysis, workers: int | None = None,
               stage: Callable[[str], None] = lambda name: None) -> Candidates:
    """The pass of :func:`scan_corpus`: each document in order, its values extracted (here or
    by ``workers`` processes, :func:`_facts_in_order`), counted into the name statistics and
    searched for pairs; ``stage(name)`` is called at the end of each stage's share of the work."""
    statistics = NameStatistics()
    signatures = Signatures(analysis)
    values = _ValuePairs(analysis, signatures)
    near = _NearPairs(analysis, signatures)
    negated: list[int] = []
    cores = os.cpu_count() or 1
    count = (min(2, cores) if cores > 1 else 0) if workers is None else workers
    for doc, (facts, signs, negated_here) in _facts_in_order(analysis, count):
        statistics.add(doc, facts)
        stage("values and names")
        signatures.add(analysis.doc_range(doc), signs)
        stage("passage terms")
        values.document(doc, sorted(facts.quantities))
        stage("value pairs")
        negated += negated_here
        near.document(doc)
        stage("negations and near-duplicates")
    statistics.finish()
    return Candidates(statistics, values.finish(), negated, near.finish())


class _Hits:
    """Each valued passage's value hits, kept for the run as integers in arrays (the passages
    come in ascending order: a passage's are found by bisection)."""

    def __init__(self) -> None:
        self._pids = array("i")
        self._bounds = array("i", [0])
        self._hits = array("i")

    def put(self, pid: int, hits: Sequence[int]) -> None:
        """Keep the hits of ``pid``, greater than every passage kept so far."""
        self._pids.append(pid)
        self._hits.extend(hits)
        self._bounds.append(len(self._hits))

    def get(self, pid: int) -> Sequence[int]:
        """The hits kept for ``pid`` (none if it has none)."""
        at = bisect_left(self._pids, pid)
        if at == len(self._pids) or self._pids[at] != pid:
            return ()
        return self._hits[self._bounds[at]:self._bounds[at + 1]]


class _ValuePairs:
    """The pass's value pairs: each valued passage's :func:`value_hits` in other documents,
    each pair tested once (:func:`differing_values`, its term test read from the
    signatures), when the pass has reached both of its documents; the pairs whose values
    differ, in the order a pass that tested each pair where it first met it would list them
    (passage, then rank)."""

    def __init__(self, analysis: Analysis, signatures: Signatures) -> None:
        self.analysis = analysis
        self.signatures = signatures
        self._hits = _Hits()
        self._later = Deferred(3)  # (passage, rank, other passage) under the other passage's document
        self._found: list[tuple[tuple[int, int], int, int, list[Edge]]] = []

    def document(self, doc: int, valued: Sequence[int]) -> None:
        """The pairs of the valued passages of ``doc`` (ascending) with earlier documents,
        and those met before from earlier documents with this one; ``doc`` must have been
        added to the signatures."""
        analysis, df_of = self.analysis, self.analysis.df_of
        first, stop = analysis.doc_range(doc).start, analysis.doc_range(doc).stop
        for pid in valued:
            rare = [i for i in self.signatures.words(pid) if df_of(i) <= MAX_DF]
            if len(rare) < MIN_SHARED:
                continue  # value_hits asks nothing: its query would be too short
            hits = [qid for qid, _ in analysis.search_rare(_query_ids(analysis, rare), CANDIDATES)]  # value_hits
            if not hits:
                continue
            self._hits.put(pid, hits)
            own: set[int] | None = None
            for rank, qid in enumerate(hits):
                if first <= qid < stop or (qid < pid and pid in self._hits.get(qid)):
                    continue  # the same document, or a pair met first from the other side
                if qid >= stop:
                    self._later.put(analysis.doc(qid), pid, rank, qid)
                    continue
                if own is None:
                    own = self.signatures.word_set(pid)
                self._test((pid, rank), qid, pid, own)
        held: dict[int, set[int]] = {}
        for pid, rank, qid in self._later.take(doc):
            own = held.get(qid)
            if own is None:
                own = held[qid] = self.signatures.word_set(qid)
            self._test((pid, rank), pid, qid, own)

    def _test(self, where: tuple[int, int], pid: int, qid: int, held: set[int]) -> None:
        """Test the pair of ``pid`` < ``qid`` first met at ``where``; ``held``: the ids of ``qid``'s terms."""
        signatures = self.signatures
        if signatures.shared_words(pid, held) < MIN_SHARED:
            return  # _confirm's first test, on the terms' ids
        analysis = self.analysis
        confirmed = _confirm_terms(analysis, pid, qid, signatures.terms(pid), signatures.terms(qid))
        if confirmed is None:
            return
        differing = _disagreements(analysis, pid, qid, *confirmed) \
            if analysis.quantities(pid) and analysis.quantities(qid) else []
        if differing:
            self._found.append((where, pid, qid, differing))

    def finish(self) -> list[tuple[int, int, list[Edge]]]:
        """The pairs whose values differ, in the order they were first met."""
        self._found.sort(key=lambda found: found[0])
        return [(pid, qid, differing) for _, pid, qid, differing in self._found]


class _NearPairs:
    """The pass's near-duplicate pairs: each passage's :func:`~factcheck.conflicts.polarity.prefix_hits`
    in other documents that pass :func:`~factcheck.conflicts.polarity.close_pair` (read from
    the signatures), tested when the pass has reached both documents."""

    def __init__(self, analysis: Analysis, signatures: Signatures) -> None:
        self.analysis = analysis
        self.signatures = signatures
        self._later = Deferred(2)  # (passage, other passage) under the other passage's document
        self._near: set[tuple[int, int]] = set()

    def document(self, doc: int) -> None:
        """The pairs of ``doc``'s passages with earlier documents, and those met before from
        earlier documents with this one; ``doc`` must have been added to the signatures."""
        analysis, signatures, near = self.analysis, self.signatures, self._near
        df_of, term = analysis.df_of, analysis.term
        own_range = analysis.doc_range(doc)
        first, stop = own_range.start, own_range.stop
        for pid in own_range:
            if not MIN_TERMS <= signatures.content_size(pid) <= MAX_TERMS:
                continue  # prefix_hits finds nothing for it
            rare = [(n, term(i), i) for i in signatures.words(pid) if 2 <= (n := df_of(i)) <= POLARITY_MAX_DF]
            if len(rare) < MIN_HITS:
                continue  # nor for a sentence of fewer than MIN_HITS terms rare enough to look up
            rare.sort()  # prefix_hits, on the terms' numbers: the PREFIX rarest (then by term)
            counted: Counter[int] = Counter()
            for _, t, i in rare[:PREFIX]:
                pids = analysis.rare_pids(i)
                counted.update(pids if pids is not None else analysis.postings(t)[0].tolist())
            own: set[int] | None = None
            for qid in sorted(q for q, count in counted.items() if count >= MIN_HITS and not first <= q < stop):
                if qid >= stop:
                    self._later.put(analysis.doc(qid), pid, qid)
                    continue
                if (qid, pid) in near:
                    continue
                if own is None:
                    own = signatures.word_set(pid)
                if signatures.close(qid, pid, other=own):
                    near.add((qid, pid))
        for pid, qid in self._later.take(doc):
            if (pid, qid) not in near and signatures.close(pid, qid):
                near.add((pid, qid))

    def finish(self) -> list[tuple[int, int]]:
        """The pairs found, sorted (smaller id first in each)."""
        return sorted(self._near)


Pass = tuple[DocumentFacts, Signs, list[int]]  # a document's facts, its passages' signs, its negated passages


def _pass_of(analysis: Analysis, doc: int, facts: DocumentFacts | None = None) -> Pass:
    """What the pass needs of one document that the document alone gives (here or in a
    worker): its facts (:func:`~factcheck.conflicts.analysis.document_facts`), the signs of
    its passages (:func:`~factcheck.conflicts.sweep.passage_signs`) and its passages that
    negate an outcome (:func:`~factcheck.conflicts.statements.negated_passages`)."""
    own = analysis.doc_range(doc)
    if facts is None:
        facts = document_facts(analysis.documents[doc], doc, own, analysis.passages)
    return facts, passage_signs(analysis.norms(own)), negated_passages(analysis, doc)


def _facts_in_order(analysis: Analysis, workers: int) -> Iterator[tuple[int, Pass]]:
    """Each document's :func:`_pass_of`, in document order: made here, or by ``workers``
    processes a few chunks ahead of the caller (the facts kept in the analysis's memo as they arrive).

    While the next chunk is not ready, this process does not wait: it takes the last chunk
    submitted that no worker has started (a pending task can be cancelled) and makes it
    itself, so that every core works until the last chunk (extraction costs more than the
    rest of the pass: 21 ms a Wikipedia page)."""
    count = len(analysis.documents)
    if workers < 1 or count < MIN_PARALLEL:
        for doc in range(count):
            yield doc, _pass_of(analysis, doc, analysis.facts(doc))
        return
    chunks = iter([list(range(i, min(count, i + CHUNK))) for i in range(0, count, CHUNK)])
    with process_pool(workers, _start_extractor, (analysis,)) as pool:
        running: deque[tuple[list[int], Future[list[Pass]]]] = deque(
            (chunk, pool.submit(_extract, chunk)) for chunk in islice(chunks, workers * AHEAD))
        while running:
            chunk, future = running[0]
            while not future.done() and _take_one(analysis, running):
                following = next(chunks, None)
                if following is not None:
                    running.append((following, pool.submit(_extract, following)))
            running.popleft()
            following = next(chunks, None)
            if following is not None:
                running.append((following, pool.submit(_extract, following)))
            for doc, found in zip(chunk, future.result(), strict=True):
                analysis.remember(doc, found[0])
                yield doc, found


def _take_one(analysis: Analysis, running: deque[tuple[list[int], Future[list[Pass]]]]) -> bool:
    """Make here the last chunk of ``running`` (after the first) that no worker has started,
    its task cancelled; False when every one has started."""
    for at in range(len(running) - 1, 0, -1):
        chunk, future = running[at]
        if future.cancel():
            done: Future[list[Pass]] = Future()
            done.set_result([_pass_of(analysis, d) for d in chunk])
            running[at] = (chunk, done)
            return True
    return False


_extractor: Analysis | None = None


def _start_extractor(analysis: Analysis) -> None:
    """A worker's copy of the analysis (inherited by fork, or sent once)."""
    global _extractor
    _extractor = analysis


def _extract(docs: list[int]) -> list[Pass]:
    """The :func:`_pass_of` of a chunk of documents, in a worker."""
    assert _extractor is not None, "worker not started"
    return [_pass_of(_extractor, d) for d in docs]


def search_all(analysis: Analysis, aliases: Aliases | None) -> list[Conflict]:
    """All four kinds of finding, unranked and unfiltered, from an analysis that holds the
    corpus's name statistics (:func:`~factcheck.conflicts.analysis.analyse`)."""
    aliases = aliases or Aliases()
    found = name_variants(analysis, aliases) + value_conflicts(analysis, aliases) + statement_conflicts(analysis)
    return found + polarity_conflicts(analysis, found)  # a pair of sentences is reported once


def finish(analysis: Analysis, found: Sequence[Conflict], min_confidence: float) -> ConflictReport:
    """Keep the findings at or above ``min_confidence``; unexplained and surest first."""
    return ConflictReport(tuple(ranked(found, min_confidence)), len(analysis.documents), len(analysis.passages))


def ranked(found: Iterable[Conflict], min_confidence: float) -> list[Conflict]:
    """The findings at or above ``min_confidence``: unexplained and surest first, then by place."""
    kept = [c for c in found if c.confidence >= min_confidence]
    kept.sort(key=lambda c: (c.explained, -c.confidence, _location(c)))
    return kept


def _location(conflict: Conflict) -> tuple[str, int, int]:
    first = conflict.values[0]
    return first.source_id, first.start, first.value_start


def value_conflicts(analysis: Analysis, aliases: Aliases) -> list[Conflict]:
    """Findings of differing values, one per fact (pairs sharing a value are merged)."""
    edges = []
    for ours, theirs in aligned_pairs(analysis):
        edges.extend(pair_edges(analysis, ours, theirs))
    return group_edges(analysis, edges, aliases)


def valued_passages(analysis: Analysis, docs: Iterable[int] | None = None) -> Iterator[int]:
    """The passages that state a quantity, in passage order (a document at a time)."""
    for doc in range(len(analysis.documents)) if docs is None else docs:
        yield from sorted(analysis.facts(doc).quantities)


def aligned_pairs(analysis: Analysis, pids: Iterable[int] | None = None) -> list[tuple[int, int]]:
    """Pairs of passages, in different documents, that both state values and may speak of
    the same thing: each passage's :func:`value_hits`. In the order the pairs are first
    met (passage, then rank), each pair once, the smaller passage id first; whether the
    other passage states values too is left to :func:`pair_edges`."""
    seen: set[tuple[int, int]] = set()
    pairs = []
    for pid in valued_passages(analysis) if pids is None else pids:
        for qid in value_hits(analysis, pid):
            key = (min(pid, qid), max(pid, qid))
            if key in seen or analysis.doc(qid) == analysis.doc(pid):
                continue
            seen.add(key)
            pairs.append(key)
    return pairs


def value_hits(analysis: Analysis, pid: int, words: Iterable[str] | None = None) -> list[int]:
    """The passages the index returns for a passage's rarest words (best first): the
    candidates with which its values may clash. ``words``: its distinct non-number terms,
    when the caller holds them."""
    query = _query(analysis, pid, MAX_DF, words)
    if len(query) < MIN_SHARED:
        return []
    return [qid for qid, _ in analysis.search(query, CANDIDATES)]


def pair_edges(analysis: Analysis, ours: int, theirs: int) -> list[Edge]:
    """The value disagreements of two passages of different documents that both state
    values (``ours`` < ``theirs``): they must say much the same thing (rare words and
    rapidfuzz), differ in a value seen the same way from both sides, and their documents
    must be about one subject, neither repeating the line in other words."""
    found = differing_values(analysis, ours, theirs)
    return found if found and one_fact(analysis, ours, theirs) else []


def differing_values(analysis: Analysis, ours: int, theirs: int) -> list[Edge]:
    """The first half of :func:`pair_edges`: the two passages say much the same thing and
    differ in values; what is left to ask is :func:`one_fact`."""
    confirmed = _confirm(analysis, ours, theirs)  # first: it needs no values, which may cost an extraction
    if confirmed is None or not analysis.quantities(ours) or not analysis.quantities(theirs):
        return []
    return _disagreements(analysis, ours, theirs, *confirmed)


def one_fact(analysis: Analysis, ours: int, theirs: int) -> bool:
    """The second half of :func:`pair_edges`: the documents are about one subject (which
    needs the corpus's name statistics), and neither repeats the line in other words."""
    return same_subject(analysis, analysis.doc(ours), analysis.doc(theirs)) \
        and not _repeated(analysis, ours) and not _repeated(analysis, theirs)


def _repeated(analysis: Analysis, pid: int) -> bool:
    """Whether the passage's own document says it again in other words' place: a repeated
    line ("A post shared by X on Apr 3", "on Apr 19") is a list of events, not one fact. (Its
    title is no repetition: a headline restates its story's first sentence, "Riverton council
    votes to close Mill Street bridge for repairs".)"""
    doc = analysis.doc(pid)
    title = analysis.doc_range(doc).start if analysis.title(doc) else -1
    query = _query(analysis, pid, len(analysis.passages))
    for hit, _ in analysis.index.search(query, 4, docs={doc}):
        if hit not in (pid, title) and _confirm(analysis, min(pid, hit), max(pid, hit)) is not None:
            return True
    return False


def _query(analysis: Analysis, pid: int, max_df: int, words: Iterable[str] | None = None) -> list[str]:
    """The rarest non-number terms of a passage, common ones left out (they cost most)."""
    given = analysis.terms_of(pid) if words is None else words
    found = {t for t in given if not t.isdigit() and analysis.df(t) <= max_df}
    return sorted(found, key=lambda t: (-analysis.idf(t), t))[:QUERY_TERMS]


def _query_ids(analysis: Analysis, rare: Sequence[int]) -> list[int]:
    """:func:`_query` of a passage given the numbers of its distinct non-number terms of at
    most :data:`MAX_DF` passages (:meth:`Analysis.term_id`)."""
    idf_of, term = analysis.idf_of, analysis.term
    return sorted(rare, key=lambda i: (-idf_of(i), term(i)))[:QUERY_TERMS]


def _confirm(analysis: Analysis, pid: int, qid: int) -> tuple[float, list[str]] | None:
    """Overlap and shared words if the two passages say much the same thing, else None."""
    ours = {t for t in analysis.terms_of(pid) if not t.isdigit()}
    theirs = {t for t in analysis.terms_of(qid) if not t.isdigit()}
    return _confirm_terms(analysis, pid, qid, ours, theirs)


def _confirm_terms(analysis: Analysis, pid: int, qid: int, ours: set[str],
                   theirs: set[str]) -> tuple[float, list[str]] | None:
    """:func:`_confirm` given the two passages' distinct non-number terms."""
    if len(ours & theirs) < MIN_SHARED:
        return None  # the test below would fail: no need to weigh every word
    overlap, shared = weighted_overlap(analysis, ours, theirs)
    if overlap < MIN_OVERLAP or len(shared) < MIN_SHARED:
        return None
    ratio = fuzz.token_set_ratio(analysis.passages[pid].norm, analysis.passages[qid].norm)
    if ratio < MIN_RATIO:
        return None
    return overlap * 0.7 + ratio / 100 * 0.3, shared


def _relative(values: Sequence[Value], offset: int) -> list[Value]:
    return [dataclasses.replace(v, start=v.start - offset, end=v.end - offset) for v in values]


def _disagreements(analysis: Analysis, pid: int, qid: int, overlap: float, shared: list[str]) -> list[Edge]:
    """Values the two passages state differently, seen the same way from both sides.

    (The tests that need no comparison come first, and the comparison from the other side is
    made only where this side's finds a quantity differing, the one kind an edge is made of:
    each comparison weighs every pair of the two passages' values and names.)"""
    if _other_subjects(analysis, pid, qid):
        return []
    ours_text, theirs_text = analysis.text(pid), analysis.text(qid)
    p_start, q_start = analysis.passages[pid].start, analysis.passages[qid].start
    ours = _relative(analysis.quantities(pid) + analysis.names(pid), p_start)
    theirs = _relative(analysis.quantities(qid) + analysis.names(qid), q_start)
    forward = _conflicts(tuple(ours), tuple(theirs), ours_text, theirs_text)
    if _other_times(forward) or not any(a.kind in QUANTITY_KINDS for a, _ in forward):
        return []
    backward = {(a.start, b.start) for b, a in _conflicts(tuple(theirs), tuple(ours), theirs_text, ours_text)}
    titles = (analysis.title(analysis.doc(pid)).lower(), analysis.title(analysis.doc(qid)).lower())
    edges = []
    for a, b in forward:
        if a.kind not in QUANTITY_KINDS or (a.start, b.start) not in backward:
            continue  # a name in the same slot is a different subject far more often than a clash
        if a.text.lower() in titles[0] or b.text.lower() in titles[1]:
            continue  # the document's own identity ("election of 1852")
        if a.kind == "number" and not a.unit == b.unit != "":
            continue  # bare counts ("24", "67.3", "one place") pair up by accident
        if a.kind == "date" and overlap < MIN_DATE_OVERLAP:
            continue  # two events of one kind on two dates: a date needs near-identical wording
        if len(neighbours(ours_text, a.start, a.end).keys() & neighbours(theirs_text, b.start, b.end).keys()) < MIN_NEIGHBOURS:
            continue  # the values do not stand among the same words
        absolute_a = dataclasses.replace(a, start=a.start + p_start, end=a.end + p_start)
        absolute_b = dataclasses.replace(b, start=b.start + q_start, end=b.end + q_start)
        confidence = round(min(0.95, overlap), 3)
        edges.append(Edge(a.kind, (pid, absolute_a), (qid, absolute_b), confidence, tuple(shared[:6])))
    return edges


@functools.lru_cache(maxsize=COMPARED)
def _conflicts(ours: tuple[Value, ...], theirs: tuple[Value, ...], ours_text: str,
               theirs_text: str) -> tuple[tuple[Value, Value], ...]:
    """``compare_values(ours, theirs, ours_text, theirs_text).conflicts`` (values relative to
    their texts), remembered: a line that many documents repeat word for word ("This article is
    based on material taken from the Free On-line Dictionary of Computing prior to 1 November
    2008 ...") is one pair of texts and values however many passages hold it, and a passage is
    compared with each of its hits. The comparison depends on nothing else."""
    return compare_values(list(ours), list(theirs), ours_text, theirs_text).conflicts  # (lists, as before)


def _other_subjects(analysis: Analysis, pid: int, qid: int) -> bool:
    """Each passage names something the other does not ("44% of Luxembourg citizens" /
    "52% of EU citizens"): the same sentence about two subjects."""
    ours = {w for v in analysis.names(pid) for w in name_key(v.text).split()}
    theirs = {w for v in analysis.names(qid) for w in name_key(v.text).split()}
    return bool(ours - theirs) and bool(theirs - ours)


def _other_times(conflicts: Sequence[tuple[Value, Value]]) -> bool:
    """Dates that differ beside other values that differ: two periods ("8% in 2006" /
    "6.7% in 1997-99"), not one fact stated two ways."""
    dates = any(a.kind == "date" for a, _ in conflicts)
    others = any(a.kind != "date" for a, _ in conflicts)
    return dates and others


def group_edges(analysis: Analysis, edges: Sequence[Edge], aliases: Aliases) -> list[Conflict]:
    """Merge edges that share a value into one finding per fact."""
    parent: dict[tuple[int, int], tuple[int, int]] = {}

    def root(node: tuple[int, int]) -> tuple[int, int]:
        while parent.setdefault(node, node) != node:
            node = parent[node]
        return node

    for edge in edges:
        parent[root((edge.ours[0], edge.ours[1].start))] = root((edge.theirs[0], edge.theirs[1].start))
    groups: dict[tuple[int, int], list[Edge]] = {}
    for edge in edges:
        groups.setdefault(root((edge.ours[0], edge.ours[1].start)), []).append(edge)
    return [_conflict(analysis, group, aliases) for _, group in sorted(groups.items())]


def _conflict(analysis: Analysis, edges: Sequence[Edge], aliases: Aliases) -> Conflict:
    """One finding: every value once, in document order, with its quote."""
    values: dict[tuple[int, int], ConflictValue] = {}
    for edge in edges:
        for pid, value in (edge.ours, edge.theirs):
            values.setdefault((pid, value.start), conflict_value(analysis, pid, value.start, value.end))
    ordered = tuple(values[k] for k in sorted(values))
    kind = edges[0].kind
    explained = all(aliases.are_same(e.ours[1].text, e.theirs[1].text) for e in edges)
    subject = " ".join(_words_for(analysis, edges[0]))
    confidence = max(e.confidence for e in edges)
    return Conflict(kind, subject, confidence, ordered, explained,
                    "declared one entity in the aliases file" if explained else "")


def _words_for(analysis: Analysis, edge: Edge) -> list[str]:
    """The original words of the first passage behind the rarest shared terms, in order."""
    text = analysis.text(edge.ours[0])
    picked = []
    for raw in text.split():
        word = raw.strip(".,;:!?\"'()“”’").removesuffix("'s").removesuffix("’s")
        if term(fold(word)) in edge.shared and word.lower() not in _UNIT_WORDS:
            picked.append(word)
    return list(dict.fromkeys(picked))[:5]
