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
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from factcheck.conflicts.analysis import (
    QUANTITY_KINDS,
    Analysis,
    analyse,
    conflict_value,
    same_subject,
    weighted_overlap,
)
from factcheck.conflicts.names import name_variants
from factcheck.conflicts.polarity import polarity_conflicts
from factcheck.conflicts.statements import statement_conflicts
from factcheck.index.bm25 import Index, term
from factcheck.inputs.aliases import Aliases
from factcheck.models import Conflict, ConflictReport, ConflictValue, Document, Passage, Value
from factcheck.sources.normalize import fold
from factcheck.values import name_key
from factcheck.values.clashes import compare_values, neighbours

QUERY_TERMS = 10  # rarest terms of a passage sent to the index
CANDIDATES = 8  # passages the index returns per query
MAX_DF = 200  # a query term may occur in at most this many passages: a fixed bound keeps
# each query's cost constant, so the whole search grows linearly with the corpus
MIN_OVERLAP = 0.55  # idf-weighted share of rare words two aligned passages must have in common
MIN_SHARED = 4  # and at least this many rare words
MIN_DATE_OVERLAP = 0.8  # dates: two events of one kind differ by little else
MIN_RATIO = 60.0  # rapidfuzz token_set_ratio of their folded texts
MIN_NEIGHBOURS = 2  # index terms two differing values must share among their near words
DEFAULT_MIN_CONFIDENCE = 0.5
_UNIT_WORDS = frozenset("year years month months day days week weeks percent per cent".split())


@dataclass(frozen=True, slots=True)
class _Edge:
    """Two passages of different documents stating different values of one fact."""

    kind: str
    ours: tuple[int, Value]
    theirs: tuple[int, Value]
    confidence: float
    shared: tuple[str, ...]


def find_conflicts(documents: Sequence[Document], aliases: Aliases | None = None,
                   min_confidence: float = DEFAULT_MIN_CONFIDENCE, *, passages: Sequence[Passage] | None = None,
                   index: Index | None = None) -> ConflictReport:
    """Every disagreement between documents at or above ``min_confidence``, best first.

    ``passages`` and ``index``, when given, are the corpus's own (see ``analyse``).
    """
    analysis = analyse(documents, passages=passages, index=index)
    return finish(analysis, search_all(analysis, aliases), min_confidence)


def search_all(analysis: Analysis, aliases: Aliases | None) -> list[Conflict]:
    """All four kinds of finding, unranked and unfiltered."""
    aliases = aliases or Aliases()
    found = name_variants(analysis, aliases) + value_conflicts(analysis, aliases) + statement_conflicts(analysis)
    return found + polarity_conflicts(analysis, found)  # a pair of sentences is reported once


def finish(analysis: Analysis, found: Sequence[Conflict], min_confidence: float) -> ConflictReport:
    """Keep the findings at or above ``min_confidence``; unexplained and surest first."""
    kept = [c for c in found if c.confidence >= min_confidence]
    kept.sort(key=lambda c: (c.explained, -c.confidence, _location(c)))
    return ConflictReport(tuple(kept), len(analysis.documents), len(analysis.passages))


def _location(conflict: Conflict) -> tuple[str, int, int]:
    first = conflict.values[0]
    return first.source_id, first.start, first.value_start


def value_conflicts(analysis: Analysis, aliases: Aliases) -> list[Conflict]:
    """Findings of differing values, one per fact (pairs sharing a value are merged)."""
    edges = []
    for ours, theirs, overlap, shared in aligned_pairs(analysis):
        found = _disagreements(analysis, ours, theirs, overlap, shared)
        if found and same_subject(analysis, analysis.passages[ours].doc, analysis.passages[theirs].doc) \
                and not _repeated(analysis, ours) and not _repeated(analysis, theirs):
            edges.extend(found)
    return _group(analysis, edges, aliases)


def aligned_pairs(analysis: Analysis) -> list[tuple[int, int, float, list[str]]]:
    """Pairs of passages, in different documents, that both state values and speak of
    the same thing: found through the index, confirmed by rare-word overlap and rapidfuzz."""
    max_df = MAX_DF
    seen: set[tuple[int, int]] = set()
    pairs = []
    for pid in sorted(analysis.quantities):
        query = _query(analysis, pid, max_df)
        if len(query) < MIN_SHARED:
            continue
        for qid, _ in analysis.index.search(query, CANDIDATES):  # type: ignore[union-attr]
            key = (min(pid, qid), max(pid, qid))
            if qid not in analysis.quantities or key in seen:
                continue
            if analysis.passages[qid].doc == analysis.passages[pid].doc:
                continue
            seen.add(key)
            confirmed = _confirm(analysis, *key)
            if confirmed is not None:
                pairs.append((*key, *confirmed))
    return pairs


def _repeated(analysis: Analysis, pid: int) -> bool:
    """Whether the passage's own document says it again in other words' place: a repeated
    line ("A post shared by X on Apr 3", "on Apr 19") is a list of events, not one fact."""
    doc = analysis.passages[pid].doc
    query = _query(analysis, pid, len(analysis.passages))
    for hit, _ in analysis.index.search(query, 4, docs={doc}):  # type: ignore[union-attr]
        if hit != pid and _confirm(analysis, min(pid, hit), max(pid, hit)) is not None:
            return True
    return False


def _query(analysis: Analysis, pid: int, max_df: int) -> list[str]:
    """The rarest non-number terms of a passage, common ones left out (they cost most)."""
    found = {t for t in analysis.terms_of(pid) if not t.isdigit() and analysis.df(t) <= max_df}
    return sorted(found, key=lambda t: (-analysis.idf(t), t))[:QUERY_TERMS]


def _confirm(analysis: Analysis, pid: int, qid: int) -> tuple[float, list[str]] | None:
    """Overlap and shared words if the two passages say much the same thing, else None."""
    ours = [t for t in analysis.terms_of(pid) if not t.isdigit()]
    theirs = [t for t in analysis.terms_of(qid) if not t.isdigit()]
    overlap, shared = weighted_overlap(analysis, ours, theirs)
    if overlap < MIN_OVERLAP or len(shared) < MIN_SHARED:
        return None
    ratio = fuzz.token_set_ratio(analysis.passages[pid].norm, analysis.passages[qid].norm)
    if ratio < MIN_RATIO:
        return None
    return overlap * 0.7 + ratio / 100 * 0.3, shared


def _relative(values: Sequence[Value], offset: int) -> list[Value]:
    return [dataclasses.replace(v, start=v.start - offset, end=v.end - offset) for v in values]


def _disagreements(analysis: Analysis, pid: int, qid: int, overlap: float, shared: list[str]) -> list[_Edge]:
    """Values the two passages state differently, seen the same way from both sides."""
    ours_text, theirs_text = analysis.text(pid), analysis.text(qid)
    p_start, q_start = analysis.passages[pid].start, analysis.passages[qid].start
    ours = _relative(analysis.quantities[pid] + analysis.names.get(pid, []), p_start)
    theirs = _relative(analysis.quantities[qid] + analysis.names.get(qid, []), q_start)
    forward = compare_values(ours, theirs, ours_text, theirs_text).conflicts
    backward = {(a.start, b.start) for b, a in compare_values(theirs, ours, theirs_text, ours_text).conflicts}
    titles = (analysis.title(analysis.passages[pid].doc).lower(), analysis.title(analysis.passages[qid].doc).lower())
    if _other_subjects(analysis, pid, qid) or _other_times(forward):
        return []
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
        edges.append(_Edge(a.kind, (pid, absolute_a), (qid, absolute_b), confidence, tuple(shared[:6])))
    return edges


def _other_subjects(analysis: Analysis, pid: int, qid: int) -> bool:
    """Each passage names something the other does not ("44% of Luxembourg citizens" /
    "52% of EU citizens"): the same sentence about two subjects."""
    ours = {w for v in analysis.names.get(pid, []) for w in name_key(v.text).split()}
    theirs = {w for v in analysis.names.get(qid, []) for w in name_key(v.text).split()}
    return bool(ours - theirs) and bool(theirs - ours)


def _other_times(conflicts: Sequence[tuple[Value, Value]]) -> bool:
    """Dates that differ beside other values that differ: two periods ("8% in 2006" /
    "6.7% in 1997-99"), not one fact stated two ways."""
    dates = any(a.kind == "date" for a, _ in conflicts)
    others = any(a.kind != "date" for a, _ in conflicts)
    return dates and others


def _group(analysis: Analysis, edges: Sequence[_Edge], aliases: Aliases) -> list[Conflict]:
    """Merge edges that share a value into one finding per fact."""
    parent: dict[tuple[int, int], tuple[int, int]] = {}

    def root(node: tuple[int, int]) -> tuple[int, int]:
        while parent.setdefault(node, node) != node:
            node = parent[node]
        return node

    for edge in edges:
        parent[root((edge.ours[0], edge.ours[1].start))] = root((edge.theirs[0], edge.theirs[1].start))
    groups: dict[tuple[int, int], list[_Edge]] = {}
    for edge in edges:
        groups.setdefault(root((edge.ours[0], edge.ours[1].start)), []).append(edge)
    return [_conflict(analysis, group, aliases) for _, group in sorted(groups.items())]


def _conflict(analysis: Analysis, edges: Sequence[_Edge], aliases: Aliases) -> Conflict:
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


def _words_for(analysis: Analysis, edge: _Edge) -> list[str]:
    """The original words of the first passage behind the rarest shared terms, in order."""
    text = analysis.text(edge.ours[0])
    picked = []
    for raw in text.split():
        word = raw.strip(".,;:!?\"'()“”’").removesuffix("'s").removesuffix("’s")
        if term(fold(word)) in edge.shared and word.lower() not in _UNIT_WORDS:
            picked.append(word)
    return list(dict.fromkeys(picked))[:5]
