"""The disagreements that touch a few passages, found from those passages alone: a claim's
cross-check, at a cost that does not grow with the corpus.

A whole-corpus scan (:mod:`factcheck.conflicts.scan`) walks every passage and keeps each
pair of passages that one of the two finds through the index. Here the walk starts from
the given passages, and each pair is accepted by the scan's own rule, computed from both
ends, so that a finding is one the scan would make:

- values (``number``, ``date``, ``duration``, ``age``, ``ordinal``): a pair is the passage's
  own index hit (:func:`~factcheck.conflicts.scan.value_hits`), or a passage whose hits hold
  it; the latter are looked for among the passages that share its rare words (one more
  index query) and among ``proposals``; then :func:`~factcheck.conflicts.scan.pair_edges`
  decides, as in the scan. Findings that share a value are merged by following pairs
  from passage to passage, up to :data:`MAX_COMPONENT` passages;
- ``statement``: a negated outcome in the passage against its best counterpart, or the
  negated passages near those that share its neighbourhood's rare words (and near
  ``proposals``) whose best counterpart it is;
- ``negation`` and ``antonym``: the passage's prefix hits and the sentences whose prefix
  it holds (:func:`~factcheck.conflicts.polarity.pairs_touching`), merged as values are.

Each passage's part is computed once per search object and kept (bounded memos), and a
result never depends on what was asked before. What the scan sees and this search does
not: ``name_variant`` findings (they never make a claim ``disputed``, and a pair of
sentences they hold is not set aside from the polarity findings here), a value pair
whose passage finds ours in its index hits when ours shares few rare words with it (it
is not among the ``REVERSE`` proposals), and merges beyond ``MAX_COMPONENT`` passages.
The number of documents that use a name comes from the index (see ``Analysis.name_df``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from factcheck.conflicts.analysis import Analysis
from factcheck.conflicts.polarity import Edge as PolarityEdge
from factcheck.conflicts.polarity import edges_of, group, pairs_touching, polarity_edge
from factcheck.conflicts.scan import MAX_DF, Edge, differing_values, group_edges, one_fact, value_hits
from factcheck.conflicts.statements import statement_of, statements_against
from factcheck.inputs.aliases import Aliases
from factcheck.models import Conflict

MAX_COMPONENT = 24  # passages through which one finding's merged pairs are followed
REVERSE = 32  # passages sharing a passage's rare words asked whether their index hits hold it
MEMO = 50_000  # entries per memo (then it starts again)

_K = TypeVar("_K")
_V = TypeVar("_V")


def _memoised(memo: dict[_K, _V], key: _K, compute: Callable[[], _V]) -> _V:
    if key in memo:
        return memo[key]
    if len(memo) >= MEMO:
        memo.clear()
    found = memo[key] = compute()
    return found


def _follow(starts: Sequence[int], pairs_of: Callable[[int], Iterable[tuple[int, int]]]) -> set[tuple[int, int]]:
    """The pairs met by following ``pairs_of`` from passage to passage, breadth first from
    ``starts``, through at most :data:`MAX_COMPONENT` passages: one finding's merged pairs."""
    pairs: set[tuple[int, int]] = set()
    seen = set(starts)
    frontier = list(starts)
    while frontier:
        for key in pairs_of(frontier.pop(0)):
            pairs.add(key)
            for other in key:
                if other not in seen and len(seen) < MAX_COMPONENT:
                    seen.add(other)
                    frontier.append(other)
    return pairs


class LocalSearch:
    """Finds the disagreements between sources that have a side in given passages.

    Holds an :class:`Analysis` (values computed per document on demand) and memos of what
    each passage's part of the search found; one object serves every claim of a run.
    """

    def __init__(self, analysis: Analysis, aliases: Aliases | None = None) -> None:
        self.analysis = analysis
        self.aliases = aliases or Aliases()
        self._hits: dict[int, list[int]] = {}
        self._value_pairs: dict[int, list[tuple[int, int]]] = {}
        self._value_differing: dict[tuple[int, int], list[Edge]] = {}
        self._value_edges: dict[tuple[int, int], list[Edge]] = {}
        self._valid: dict[tuple[int, int], bool] = {}
        self._statements: dict[int, list[Conflict]] = {}
        self._polarity_pairs: dict[int, list[tuple[int, int]]] = {}
        self._polarity_edges: dict[tuple[int, int], PolarityEdge | None] = {}

    def touching(self, pids: Iterable[int], proposals: Iterable[int] = ()) -> list[Conflict]:
        """Every value, statement and polarity finding with a side in one of ``pids``
        (passage ids), unranked and unfiltered, as the whole-corpus scan makes it.

        ``proposals`` are more passage ids tried as the other side (a claim's retrieved
        passages); they are accepted by the scan's rules only, so they never add a
        finding the scan would not make. Raises nothing; the cost is bounded per passage.
        """
        starts = sorted(set(pids))
        tried = sorted(set(proposals) - set(starts))
        values = self._values(starts, tried)
        statements = self._statement_findings(starts, tried)
        return values + statements + self._polarity(starts, tried, values + statements)

    # ------------------------------------------------------------------ values

    def _value_hits(self, pid: int) -> list[int]:
        return _memoised(self._hits, pid, lambda: value_hits(self.analysis, pid))

    def _differing(self, a: int, b: int) -> list[Edge]:
        return _memoised(self._value_differing, (a, b), lambda: differing_values(self.analysis, a, b))

    def _edges(self, a: int, b: int) -> list[Edge]:
        """:func:`~factcheck.conflicts.scan.pair_edges`, from the memoised first half."""
        def compute() -> list[Edge]:
            found = self._differing(a, b)
            return found if found and one_fact(self.analysis, a, b) else []
        return _memoised(self._value_edges, (a, b), compute)

    def _is_pair(self, pid: int, qid: int) -> bool:
        """Whether the scan meets the two passages as a pair: one is the other's index hit."""
        if self.analysis.doc(pid) == self.analysis.doc(qid):
            return False
        key = (min(pid, qid), max(pid, qid))
        return _memoised(self._valid, key, lambda: qid in self._value_hits(pid) or pid in self._value_hits(qid))

    def _pairs_of(self, pid: int, proposals: Sequence[int] = ()) -> list[tuple[int, int]]:
        """The pairs holding ``pid`` that have value disagreements (smaller id first)."""
        base = _memoised(self._value_pairs, pid, lambda: self._value_pairs_of(pid, self._reverse(pid)))
        return sorted(set(base) | set(self._value_pairs_of(pid, proposals))) if proposals else base

    def _reverse(self, pid: int) -> list[int]:
        """The passages that share most of a passage's rare words: those whose index hits may hold it."""
        analysis = self.analysis
        if not analysis.quantities(pid):
            return []
        rare = [t for t in analysis.terms_of(pid) if not t.isdigit() and analysis.df(t) <= MAX_DF]
        return [qid for qid, _ in analysis.index.search(rare, REVERSE)]

    def _value_pairs_of(self, pid: int, others: Iterable[int]) -> list[tuple[int, int]]:
        if not self.analysis.quantities(pid):
            return []
        found = set()
        doc = self.analysis.doc(pid)
        for qid in set(self._value_hits(pid)) | set(others):
            key = (min(pid, qid), max(pid, qid))
            # The cheap half of the rule first: most passages differ in no value, and whether
            # the scan meets the two as a pair costs an index query for the other passage.
            if self.analysis.doc(qid) != doc and self._differing(*key) and self._is_pair(pid, qid) \
                    and self._edges(*key):
                found.add(key)
        return sorted(found)

    def _values(self, starts: Sequence[int], proposals: Sequence[int]) -> list[Conflict]:
        """The value findings holding the start passages, each with every value the
        scan would merge into it (followed up to ``MAX_COMPONENT`` passages)."""
        pairs = _follow(starts, lambda pid: self._pairs_of(pid, proposals if pid in starts else ()))
        edges = [e for key in sorted(pairs, key=self._met) for e in self._edges(*key)]
        return group_edges(self.analysis, edges, self.aliases) if edges else []

    def _met(self, key: tuple[int, int]) -> tuple[int, int]:
        """Where the scan meets a pair first: (the passage whose hits hold the other, rank)."""
        a, b = key
        hits = self._value_hits(a)
        if b in hits:
            return a, hits.index(b)
        return b, self._value_hits(b).index(a)

    # ------------------------------------------------------------------ statements

    def _statement_findings(self, starts: Sequence[int], proposals: Sequence[int]) -> list[Conflict]:
        found: dict[tuple[tuple[str, int], ...], Conflict] = {}
        for pid in starts:
            base = _memoised(self._statements, pid, functools.partial(self._statements_of, pid, ()))
            for conflict in base + (self._statements_of(pid, proposals) if proposals else []):
                found.setdefault(tuple((v.source_id, v.start) for v in conflict.values), conflict)
        return list(found.values())

    def _statements_of(self, pid: int, proposals: Iterable[int]) -> list[Conflict]:
        own = statement_of(self.analysis, pid)
        return ([own] if own is not None else []) + statements_against(self.analysis, pid, proposals)

    # ------------------------------------------------------------------ polarity

    def _polarity_edge(self, a: int, b: int) -> PolarityEdge | None:
        return _memoised(self._polarity_edges, (a, b), lambda: polarity_edge(self.analysis, a, b))

    def _polarity(self, starts: Sequence[int], proposals: Sequence[int], known: Sequence[Conflict]) -> list[Conflict]:
        """The negation and antonym findings holding the start passages, merged as the scan merges them."""
        def pairs_of(pid: int) -> list[tuple[int, int]]:
            base = _memoised(self._polarity_pairs, pid, functools.partial(pairs_touching, self.analysis, pid))
            extra = pairs_touching(self.analysis, pid, proposals) if proposals and pid in starts else []
            return [key for key in sorted(set(base) | set(extra)) if self._polarity_edge(*key) is not None]

        pairs = _follow(starts, pairs_of)
        edges = edges_of(self.analysis, sorted(pairs), known, self._polarity_edge) if pairs else []
        return group(self.analysis, edges) if edges else []
