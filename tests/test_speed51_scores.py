"""Index.search's term scores, computed in place (session 51), are the very floats of the BM25
expression written out, so that rankings, and ties broken by passage id, are unchanged."""

from __future__ import annotations

import numpy as np

from factcheck.index.bm25 import _K1, PID, TF, Index


def _index(lengths: np.ndarray) -> Index:
    return Index(lambda t: None, np.zeros(len(lengths), PID), lengths.astype(PID))


def test_term_scores_are_the_expressions_floats() -> None:
    rng = np.random.default_rng(51)
    index = _index(rng.integers(1, 90, size=5000))
    for _ in range(50):
        pids = np.unique(rng.integers(0, index.size, size=rng.integers(1, 3000))).astype(PID)
        tfs = rng.integers(1, 6, size=len(pids)).astype(TF)
        idf = float(rng.uniform(0.01, 14.0))
        weights = tfs.astype(np.float64)
        expected = idf * weights * (_K1 + 1.0) / (weights + _K1 * index._norms[pids])
        found = index._term_scores(idf, pids, tfs)
        assert found.dtype == np.float64
        assert found.tobytes() == expected.tobytes()


def test_term_scores_leave_the_postings_alone() -> None:
    index = _index(np.array([3, 5, 8, 13], dtype=PID))
    pids, tfs = np.array([0, 2, 3], dtype=PID), np.array([1, 2, 1], dtype=TF)
    index._term_scores(2.5, pids, tfs)
    assert pids.tolist() == [0, 2, 3] and tfs.tolist() == [1, 2, 1]
