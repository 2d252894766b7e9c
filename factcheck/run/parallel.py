"""Check many claims on every core.

Claims are independent of one another, so a long run is cut into chunks that worker
processes check against their own read snapshot of the persistent index (checked to
be the same corpus, by digest). Chunks come back in order, so the report is the one a
single process makes; what the claims share (the corpus's disagreements, for the
cross-check) is found once, here, and handed to the workers.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, Protocol

from factcheck.index.store import Store, StoredCorpus
from factcheck.models import Claim, ClaimResult, Conflict, Report
from factcheck.progress import Progress
from factcheck.workers import process_pool

MIN_CLAIMS = 64  # below this, starting workers costs more than it saves
CHUNK = 24       # claims a worker checks per task


class ParallelChecker(Protocol):
    """What this module needs of ``pipeline.Checker``; a protocol keeps it below the
    pipeline in the import graph. A worker makes its own checker of the same class."""

    options: Any

    def __init__(self, corpus: Any, options: Any, *, passages: Any, index: Any) -> None: ...
    def check_claim(self, claim: Claim) -> ClaimResult: ...
    def cached(self, claim: Claim) -> ClaimResult | None: ...
    def remember(self, claim: Claim, result: ClaimResult) -> None: ...
    def cross_checking(self) -> bool: ...
    def conflicts(self) -> tuple[Conflict, ...]: ...
    def share_conflicts(self, conflicts: tuple[Conflict, ...] | None) -> None: ...


_worker: ParallelChecker | None = None


def check_claims(checker: ParallelChecker, claims: Sequence[Claim], store: Store | None, digest: str | None,
                 progress: Progress | None = None, workers: int | None = None) -> Report:
    """Check claims in order; on several processes when the corpus comes from the store."""
    count = workers if workers is not None else min(2, os.cpu_count() or 1)
    cross_checked = checker.cross_checking()  # decided (and warned about) up front, not on first need
    results = [checker.cached(claim) for claim in claims]
    todo = [i for i, found in enumerate(results) if found is None]
    done = len(claims) - len(todo)
    if count <= 1 or len(todo) < MIN_CLAIMS or store is None or digest is None:
        for i in todo:  # the stored results were looked up once, above
            results[i] = checker.check_claim(claims[i])
            done += 1
            if progress:
                progress("checking", done, len(claims))
        return Report(tuple(r for r in results if r is not None))
    shared = checker.conflicts() if cross_checked else None
    chunks = [todo[i:i + CHUNK] for i in range(0, len(todo), CHUNK)]
    # The workers end with this process, and an interrupt or an error ends them at once (factcheck.workers).
    with process_pool(count, _start, (type(checker), store, digest, checker.options, shared)) as pool:
        for chunk, checked in zip(chunks, pool.map(_check_chunk, [[claims[i] for i in c] for c in chunks]),
                                  strict=True):
            for i, result in zip(chunk, checked, strict=True):
                results[i] = result
                checker.remember(claims[i], result)
            done += len(chunk)
            if progress:
                progress("checking", done, len(claims))
    return Report(tuple(r for r in results if r is not None))


def _start(kind: type[ParallelChecker], store: Store, digest: str, options: Any,
           conflicts: tuple[Conflict, ...] | None) -> None:
    """Open this worker's snapshot of the index once, for all its chunks."""
    global _worker
    stored: StoredCorpus = store.snapshot(digest)
    _worker = kind(stored.corpus, options, passages=stored.passages, index=stored.index)
    _worker.share_conflicts(conflicts)


def _check_chunk(claims: list[Claim]) -> list[ClaimResult]:
    assert _worker is not None, "worker not started"
    return [_worker.check_claim(claim) for claim in claims]

