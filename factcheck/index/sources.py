"""The corpus of a run: from the persistent index (the default), or read whole into memory.

Both give the same documents, passages and index, so a run gives the same report
either way; the store only spares the splitting and stemming of unchanged files.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from factcheck.index.bm25 import Index
from factcheck.index.results import ResultCache
from factcheck.index.store import DEFAULT_CACHE_DIR, CacheUnavailable, RefreshStats, Store
from factcheck.models import Passage
from factcheck.progress import Progress
from factcheck.sources.corpus import Corpus, load_corpus
from factcheck.workers import Engine

CACHE_ENV = "FACTCHECK_CACHE_DIR"


@dataclass(frozen=True, slots=True)
class Sources:
    """A corpus with its passages and index (None: the matcher builds them in memory)."""

    corpus: Corpus
    passages: Sequence[Passage] | None = None
    index: Index | None = None
    stats: RefreshStats | None = None
    store: Store | None = None
    digest: str | None = None  # of the corpus the run reads, for worker processes
    results: ResultCache | None = None
    engine: Engine | None = None  # the cluster the run uses (--cluster), for its claim checks


@contextmanager
def open_sources(roots: Sequence[str | Path], *, use_index: bool = True, cache_dir: str | Path | None = None,
                 skip_bad: bool = False, progress: Progress | None = None,
                 fingerprint: str | None = None, follow_symlinks: bool = False,
                 engine: Engine | None = None) -> Iterator[Sources]:
    """Open the sources under ``roots`` for one run.

    With ``use_index`` the persistent store under ``cache_dir`` (see
    :func:`resolve_cache_dir`) is refreshed and read; documents are then read from disk
    only when a claim needs their text. With a ``fingerprint`` of the run's options,
    results of earlier runs are reused, and this run's are kept when it ends.
    ``follow_symlinks``: also read what links lead to outside the roots (see ``discover``).
    ``engine`` (``--cluster``): the index is built on its workers (see ``Store.refresh``).
    """
    if not use_index:
        yield Sources(load_corpus(roots, skip_bad=skip_bad, follow_symlinks=follow_symlinks), engine=engine)
        return
    store = Store(roots, resolve_cache_dir(cache_dir), follow_symlinks=follow_symlinks)
    try:
        stored = store.open(skip_bad=skip_bad, progress=progress, engine=engine)
    except CacheUnavailable as exc:  # the index only saves time: go on without it
        corpus = load_corpus(roots, skip_bad=skip_bad, follow_symlinks=follow_symlinks)
        yield Sources(dataclasses.replace(corpus, warnings=(f"{exc}; running without it", *corpus.warnings)),
                      engine=engine)
        return
    with stored:
        # The roots as spelled make the paths a report shows: they are part of the key.
        results = stored.results(f"{fingerprint}\0{[str(r) for r in roots]!r}") if fingerprint is not None else None
        yield Sources(stored.corpus, stored.passages, stored.index, stored.stats, store, stored.digest, results,
                      engine)
        if results is not None:
            results.save()


def resolve_cache_dir(cache_dir: str | Path | None = None) -> Path:
    """The cache folder: the one given, else ``$FACTCHECK_CACHE_DIR``, else
    ``.factcheck_cache`` in the current folder (as linters keep theirs)."""
    if cache_dir is not None:
        return Path(cache_dir)
    return Path(os.environ.get(CACHE_ENV) or DEFAULT_CACHE_DIR)
