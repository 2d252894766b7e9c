"""The warm path's shortcuts give what the plain computations give (issue 13, warm new claims)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import numpy as np
import pytest
from conftest import SEEDS

from factcheck.index.bm25 import Index, _unique
from factcheck.index.store import Store
from factcheck.run.parallel import CHUNK, LAST_CHUNK, _chunks
from factcheck.sources.corpus import load_corpus
from factcheck.sources.passages import split_passages


def test_merging_posting_lists_gives_what_np_unique_gives() -> None:
    rng = np.random.default_rng(13)
    for _ in range(50):
        runs = [np.unique(rng.integers(0, 5000, size=rng.integers(0, 800))).astype(np.int32)
                for _ in range(rng.integers(1, 12))]
        laid = np.concatenate(runs)
        pids, inverse = _unique(laid)
        expected_pids, expected_inverse = np.unique(laid, return_inverse=True)
        assert pids.dtype == laid.dtype
        assert np.array_equal(pids, expected_pids)
        assert np.array_equal(inverse, expected_inverse.ravel())


def test_search_scores_are_the_sum_of_each_terms_score_in_term_order() -> None:
    corpus = load_corpus([str(SEEDS)])
    passages = [p for i, d in enumerate(corpus.documents) for p in split_passages(d, i)]
    index = Index.build(passages)
    query = ["council", "vote", "2021", "harbour", "minist", "report"]
    hits = index.search(query, 25)
    assert hits and len(hits) <= 25
    expected: dict[int, float] = {}
    for t in sorted(set(query)):  # one term after the other, as the scan adds them
        pids, tfs = index.postings(t)
        weights = tfs.astype(np.float64)
        scores = index.idf(t) * weights * 2.2 / (weights + 1.2 * index._norms[pids])
        for pid, score in zip(pids.tolist(), scores.tolist(), strict=True):
            expected[pid] = expected.get(pid, 0.0) + score
    best = sorted(expected.items(), key=lambda hit: (-hit[1], hit[0]))[:25]
    assert hits == best  # the same passages, the same floats, ties by passage id


def test_chunks_cover_the_claims_in_order_and_shrink_towards_the_end() -> None:
    for count in (1, 5, 64, 200, 601):
        todo = list(range(100, 100 + count))
        chunks = _chunks(todo, 2)
        assert [i for chunk in chunks for i in chunk] == todo
        sizes = [len(c) for c in chunks]
        assert sizes == sorted(sizes, reverse=True)  # never growing
        assert all(size >= LAST_CHUNK for size in sizes[:-1]) and max(sizes) <= CHUNK


def _search_in_child(store: Store, digest: str, shared: bool, query: list[str],
                     queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    stored = store.snapshot(digest)
    queue.put((stored.index.docs is PARENT_DOCS if shared else None, stored.index.search(query, 10),
               [stored.passages[i].norm for i in range(0, len(stored.passages), 7)]))
    stored.close()


PARENT_DOCS: object = None


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_a_forked_worker_shares_the_runs_checked_tables_and_reads_the_same(tmp_path: Path) -> None:
    global PARENT_DOCS
    store = Store([str(SEEDS)], tmp_path / "cache")
    with store.open() as parent:
        PARENT_DOCS = parent.index.docs
        query = ["council", "harbour", "vote"]
        context = multiprocessing.get_context("fork")
        queue = context.Queue()
        child = context.Process(target=_search_in_child, args=(store, parent.digest, True, query, queue))
        child.start()
        shared, hits, norms = queue.get(timeout=60)
        child.join(60)
        assert shared  # the parent's arrays, not read again
        assert hits == parent.index.search(query, 10)
        assert norms == [parent.passages[i].norm for i in range(0, len(parent.passages), 7)]
    with store.open() as fresh:  # a process of its own reads them from the store, with the same result
        assert fresh.index.docs is not PARENT_DOCS
        assert fresh.index.search(query, 10) == hits
