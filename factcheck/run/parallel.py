"""Check many claims on every core, or on a cluster's workers.

Claims are independent of one another, so a long run is cut into chunks that worker
processes check against their own read snapshot of the persistent index (checked to
be the same corpus, by digest). Chunks come back in order, so the report is the one a
single process makes; what the claims share (the corpus's disagreements, for the
cross-check) is found once, here, and handed to the workers.

With an :class:`~factcheck.workers.Engine` (``--cluster``), the chunks go to its workers,
whatever their number: each worker process (each of its threads) opens the run's snapshot
once, keeps it for all its chunks, and closes it when the run ends (:func:`_forget`, run on
every worker). A run without the index sends the corpus itself, once per worker.
"""

from __future__ import annotations

import copy
import gc
import os
import socket
import threading
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from factcheck import __version__
from factcheck.errors import InputError
from factcheck.index.store import Store, StoredCorpus
from factcheck.inputs.drafts import draft_claims, find_drafts, read_draft
from factcheck.inputs.sentences import Resolver
from factcheck.models import Claim, ClaimResult, Report
from factcheck.progress import Progress
from factcheck.sources.corpus import Corpus
from factcheck.verdicts.quotes import QuoteFinder
from factcheck.workers import Engine, process_pool

MIN_CLAIMS = 64  # below this, starting workers costs more than it saves
CHUNK = 24       # claims a worker checks per task ...
LAST_CHUNK = 4   # ... and at least, towards the end of a run
YOUNG_EVERY = 5000  # new objects between two collections of a worker's young generation (CPython's default: 700)


class ParallelChecker(Protocol):
    """What this module needs of ``pipeline.Checker``; a protocol keeps it below the
    pipeline in the import graph. A worker makes its own checker of the same class."""

    options: Any
    corpus: Corpus

    def __init__(self, corpus: Any, options: Any, *, passages: Any, index: Any) -> None: ...
    def check_claim(self, claim: Claim) -> ClaimResult: ...
    def cached(self, claim: Claim) -> ClaimResult | None: ...
    def remember(self, claim: Claim, result: ClaimResult) -> None: ...


_worker: ParallelChecker | None = None


def check_claims(checker: ParallelChecker, claims: Sequence[Claim], store: Store | None, digest: str | None,
                 progress: Progress | None = None, workers: int | None = None,
                 engine: Engine | None = None) -> Report:
    """Check claims in order; on several processes when the corpus comes from the store,
    on a cluster's workers with an ``engine`` (InputError if a worker cannot read the index)."""
    count = workers if workers is not None else min(2, os.cpu_count() or 1)
    results = [checker.cached(claim) for claim in claims]
    todo = [i for i, found in enumerate(results) if found is None]
    done = len(claims) - len(todo)
    if engine is not None and todo:
        _on_cluster(engine, checker, claims, todo, results, store, digest, progress)
        return Report(tuple(r for r in results if r is not None))
    if count <= 1 or len(todo) < MIN_CLAIMS or store is None or digest is None:
        for i in todo:  # the stored results were looked up once, above
            results[i] = checker.check_claim(claims[i])
            done += 1
            if progress:
                progress("checking", done, len(claims))
        return Report(tuple(r for r in results if r is not None))
    chunks = _chunks(todo, count)
    # The workers end with this process, and an interrupt or an error ends them at once (factcheck.workers).
    with process_pool(count, _start, (type(checker), store, digest, checker.options)) as pool:
        _collect(chunks, pool.map(_check_chunk, [[claims[i] for i in c] for c in chunks]), checker, claims, results,
                 done, progress)
    return Report(tuple(r for r in results if r is not None))


def _chunks(todo: list[int], workers: int) -> list[list[int]]:
    """Cut the claims to check into chunks for the workers: :data:`CHUNK` claims at first,
    fewer towards the end (a share of what is left, down to :data:`LAST_CHUNK`), so that the
    workers finish together rather than one waiting while another checks a whole last
    chunk ("guided" scheduling, as OpenMP's). Only the cut depends on the count; the
    results come back in order whatever it is."""
    chunks = []
    start = 0
    while start < len(todo):
        size = max(LAST_CHUNK, min(CHUNK, -(-(len(todo) - start) // (2 * workers))))
        chunks.append(todo[start:start + size])
        start += size
    return chunks


def _collect(chunks: Sequence[list[int]], checked: Iterable[list[ClaimResult]], checker: ParallelChecker,
             claims: Sequence[Claim], results: list[ClaimResult | None], done: int, progress: Progress | None) -> None:
    """Put each chunk's results in their claims' places, in order, as they come back from the
    workers; remember them in the store's results and report progress."""
    for chunk, found in zip(chunks, checked, strict=True):
        for i, result in zip(chunk, found, strict=True):
            results[i] = result
            checker.remember(claims[i], result)
        done += len(chunk)
        if progress:
            progress("checking", done, len(claims))


def _start(kind: type[ParallelChecker], store: Store, digest: str, options: Any) -> None:
    """Open this worker's snapshot of the index once, for all its chunks. What the worker
    inherited from its parent is frozen first (see :func:`_check_chunk`)."""
    global _worker
    gc.freeze()
    _collect_young_less()
    stored: StoredCorpus = store.snapshot(digest)
    _worker = kind(stored.corpus, options, passages=stored.passages, index=stored.index)


def _collect_young_less() -> None:
    """Raise this worker's first garbage-collection threshold to at least :data:`YOUNG_EVERY`.

    A claim leaves thousands of new objects alive in the run's memos (passages, tokens,
    values), and at CPython's 700 the young generation was collected about three times a
    claim, each collection walking what the claim had made so far: 0.45 ms of CPU per claim
    over 300 warm claims at 100 % of the Wikipedia sample (``gc.callbacks``). Frozen after each
    claim (:func:`_check_chunk`), the young generation seldom reaches 5,000: 0.13 ms. Checking
    makes almost no cyclic garbage for those collections to free (a few objects a run). A
    collector turned off (a first threshold of 0) stays off."""
    first, second, third = gc.get_threshold()
    if first:
        gc.set_threshold(max(first, YOUNG_EVERY), second, third)


def _check_chunk(claims: list[Claim]) -> list[ClaimResult]:
    """Check a chunk of claims in this worker, freezing after each claim what it left alive.

    A worker's memos (passages and their terms, values, tokens, posting lists) grow claim by
    claim and live to the end of the run, and each collection of an older generation walks
    them again: 3.4 ms of CPU per claim at 100% of the Wikipedia sample, most of it five full
    collections of 0.11 s each. ``gc.freeze()`` (constant time) moves what is alive to the
    permanent generation, which no collection walks: 1.2 ms per claim. What it keeps from being
    collected is the cyclic garbage of the claims checked (under a thousand objects in a run
    of 200 claims, factcheck.run.garbage), in a process that ends with the run; a checker in
    the caller's process (a short run, a library user, the language server) is left alone."""
    assert _worker is not None, "worker not started"
    results = []
    for claim in claims:
        results.append(_worker.check_claim(claim))
        gc.freeze()
    return results



# -- on a cluster -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Run:
    """What every worker of a cluster run needs besides its chunk of claims (sent once to
    each): the checker's class and options, and the corpus: the
    store and digest of its snapshot (and the folder relative paths are taken from), or,
    without the index, the corpus itself."""

    token: str
    version: str
    kind: type[ParallelChecker]
    options: Any
    store: Store | None
    digest: str | None
    base: Path
    corpus: Corpus | None


def _on_cluster(engine: Engine, checker: ParallelChecker, claims: Sequence[Claim], todo: list[int],
                results: list[ClaimResult | None], store: Store | None, digest: str | None,
                progress: Progress | None) -> None:
    """Check the claims at ``todo`` on the engine's workers, in chunks, into ``results``."""
    indexed = store is not None and digest is not None
    run = _Run(uuid.uuid4().hex, __version__, type(checker), checker.options,
               store if indexed else None, digest if indexed else None, Path.cwd(),
               None if indexed else checker.corpus)
    size = max(1, min(CHUNK, -(-len(todo) // (4 * engine.workers))))  # a few chunks per worker
    chunks = [todo[i:i + size] for i in range(0, len(todo), size)]
    try:
        _collect(chunks, engine.map(_check_on_worker, [[claims[i] for i in c] for c in chunks], run), checker, claims,
                 results, len(claims) - len(todo), progress)
    finally:
        engine.run_everywhere(_forget, run.token)


# A worker's checkers, by (run token, thread): a Dask worker may run tasks on several threads.
_HELD: dict[tuple[str, int], tuple[ParallelChecker, StoredCorpus | None]] = {}
_HELD_LOCK = threading.Lock()


def _check_on_worker(claims: list[Claim], run: _Run) -> list[ClaimResult]:
    """Check a chunk of claims on a cluster's worker (the function the engine maps)."""
    return [_worker_checker(run).check_claim(claim) for claim in claims]


def _worker_checker(run: _Run) -> ParallelChecker:
    """This thread's checker of the run, made on its first chunk (a checker of an earlier
    run that was never released, its client gone, is closed first)."""
    key = (run.token, threading.get_ident())
    with _HELD_LOCK:
        held = _HELD.get(key)
    if held is not None:
        return held[0]
    for stale in [k for k in list(_HELD) if k[1] == key[1]]:
        _close(stale)
    if run.version != __version__:
        raise InputError(f"worker {socket.gethostname()}", f"runs factcheck {__version__}, the run {run.version}: "
                                                          "install the same version on every worker")
    stored = None
    if run.store is not None and run.digest is not None:
        path = run.store.path if run.store.path.is_absolute() else run.base / run.store.path
        if not path.is_file():
            raise InputError(str(path), f"no index here for the cluster worker on {socket.gethostname()}: with "
                                        "--cluster, the cache folder (--cache-dir) must be a path every worker can "
                                        "read, such as a shared file system (see docs/cluster.md)")
        located = copy.copy(run.store)
        located.path = path
        stored = located.snapshot(run.digest, base=run.base)
        checker = run.kind(stored.corpus, run.options, passages=stored.passages, index=stored.index)
    else:
        assert run.corpus is not None, "a run without the index sends its corpus"
        checker = run.kind(run.corpus, run.options, passages=None, index=None)
    with _HELD_LOCK:
        _HELD[key] = (checker, stored)
    return checker


def _forget(token: str) -> None:
    """Close what this worker process holds for a run (every thread's snapshot)."""
    for key in [k for k in list(_HELD) if k[0] == token]:
        _close(key)


def _close(key: tuple[str, int]) -> None:
    with _HELD_LOCK:
        held = _HELD.pop(key, None)
    if held is not None and held[1] is not None:
        held[1].close()


class Answered:
    """A checker whose results for some claims are known already (checked in batches on a
    cluster); any other claim is checked by ``checker``. What ``verify`` needs of a checker."""

    def __init__(self, checker: ParallelChecker, results: Sequence[ClaimResult], quotes: QuoteFinder) -> None:
        self.checker = checker
        self.corpus = checker.corpus
        self.quotes = quotes
        self._results = {result.claim.id: result for result in results}

    def check_claim(self, claim: Claim) -> ClaimResult:
        found = self._results.get(claim.id)
        return found if found is not None and found.claim == claim else self.checker.check_claim(claim)


def draft_sentences(paths: Sequence[str], resolve: Resolver) -> list[Claim]:
    """The claims ``verify`` makes of the drafts' checkable sentences, in draft order (to be
    checked in batches before ``verify_drafts`` puts its report together)."""
    return [item.claim for path in find_drafts(paths) for item in draft_claims(read_draft(path), resolve)
            if item.claim is not None]
