"""A claim is ``disputed`` when a passage that supports it is one side of a disagreement between sources.

The disagreements are those with a side in the claim's supporting passages, found from those
passages (:class:`factcheck.conflicts.local.LocalSearch`) and handed in as data: this module
only matches them against the claim's supporting evidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from factcheck.index.bm25 import terms
from factcheck.models import Conflict, ConflictValue, Disagreement, Evidence


def source_disputes(evidence: Sequence[Evidence], conflicts: Iterable[Conflict],
                    claim_terms: frozenset[str] | None = None) -> list[tuple[Evidence, Disagreement]]:
    """Where a supporting passage is one side of a disagreement between sources, the other
    sides: as contradicting evidence, and as disagreements (one per other source passage).

    With ``claim_terms`` (the claim's index terms), the disagreement must be about what the
    claim states: the words of its side in the supporting passage share a term with the
    claim. "Several other teenagers were not prosecuted" is supported by "one of the
    perpetrators was sentenced ..., while several other teens avoided prosecution", and not
    disputed by the other sources' "no one was ever punished", which disagrees with the
    sentence's other clause."""
    supports = [e for e in evidence if e.stance == "supports"]
    if not supports:
        return []
    found: dict[tuple[str, int], tuple[Evidence, Disagreement]] = {}
    for conflict in conflicts:
        ours = next((v for v in conflict.values for e in supports
                     if v.source_id == e.source_id and v.start < e.end and e.start < v.end), None)
        if ours is None or (claim_terms is not None and not claim_terms & set(terms(ours.value))):
            continue
        for other in conflict.values:
            if other.source_id != ours.source_id:
                found.setdefault((other.source_id, other.start), _dispute(conflict, ours, other))
    return list(found.values())


def _dispute(conflict: Conflict, ours: ConflictValue, other: ConflictValue) -> tuple[Evidence, Disagreement]:
    """The other side of a disagreement between sources, as evidence and as a disagreement."""
    evidence = Evidence(other.source_id, other.path, other.line, other.column, other.start, other.end, other.quote,
                        round(100 * conflict.confidence, 1), "contradicts",
                        other.line + other.quote.count("\n"), other.page)
    disagreement = Disagreement(conflict.kind, ours.value, other.value, other.source_id, other.line, other.quote,
                                other.start, other.end, other.value_start, other.value_end, conflict.subject,
                                page=other.page)
    return evidence, disagreement
