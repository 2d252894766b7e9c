"""Whether the sources a claim cites are where it is found (``cite_check``, CONTRACT.md section 4)."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.models import CiteCheck, Claim, Document
from factcheck.verdicts.stance import Assessment


def check_citation(claim: Claim, resolved: dict[str, int | None], assessed: Sequence[Assessment], verdict: str,
                   documents: Sequence[Document]) -> CiteCheck:
    """``ok`` when a cited source supports or contradicts the claim (or, for a ``partial``
    claim, holds its closest passage); ``wrong_source`` when only uncited ones do;
    ``not_found`` when none does; ``unknown_source`` when a citation names no source.

    Args:
        claim: the claim, with its ``cite`` entries.
        resolved: each ``cite`` entry's document index, None where it names no source.
        assessed: the decided candidates (their final stances).
        verdict: the claim's verdict.
        documents: the corpus's documents, by index.
    """
    unknown = tuple(c for c, doc in resolved.items() if doc is None)
    about = [a for a in assessed if a.stance in ("supports", "contradicts")]
    if not about and verdict == "partial":
        about = sorted((a for a in assessed if a.stance), key=lambda a: -a.candidate.coverage)[:1]
    found_in = sorted({documents[a.candidate.doc].id for a in about})
    cited_ids = {documents[d].id for d in resolved.values() if d is not None}
    if unknown:
        status = "unknown_source"
    elif cited_ids & set(found_in):
        status = "ok"
    else:
        status = "wrong_source" if found_in else "not_found"
    return CiteCheck(status, claim.cite, tuple(found_in), unknown)
