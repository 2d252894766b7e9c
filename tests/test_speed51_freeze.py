"""A worker process freezes what each claim leaves alive (session 51): fewer objects for the
garbage collector to walk again, and the same results as checking in one process."""

from __future__ import annotations

import gc
import multiprocessing
from pathlib import Path

import pytest
from conftest import SEEDS

from factcheck.index.store import Store
from factcheck.models import Claim
from factcheck.run import parallel
from factcheck.run.parallel import MIN_CLAIMS, check_claims
from factcheck.run.pipeline import Checker, Options
from factcheck.sources.corpus import load_corpus
from factcheck.sources.passages import split_passages


class _Echo:
    """A stand-in checker whose result is the claim itself."""

    def check_claim(self, claim: Claim) -> Claim:
        return claim


def test_a_workers_chunk_freezes_after_each_claim(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "_worker", _Echo())
    claims = [Claim(f"c{i}", f"Claim number {i}.") for i in range(3)]
    gc.unfreeze()
    try:
        assert parallel._check_chunk(claims) == claims  # type: ignore[comparison-overlap]
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()  # (this test's process is no worker)


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_claims_checked_on_two_workers_give_the_one_process_results(tmp_path: Path) -> None:
    corpus = load_corpus([str(SEEDS)])
    sentences = [d.text[p.start:p.end] for i, d in enumerate(corpus.documents) for p in split_passages(d, i)]
    claims = [Claim(f"s{i:03d}", text) for i, text in enumerate(sentences[:MIN_CLAIMS + 6])]
    assert len(claims) > MIN_CLAIMS
    store = Store([str(SEEDS)], tmp_path / "cache")
    options = Options(cache_dir=str(tmp_path / "cache"))
    with store.open() as stored:
        checker = Checker(stored.corpus, options, passages=stored.passages, index=stored.index)
        alone = check_claims(checker, claims, None, None, workers=1)
        checker = Checker(stored.corpus, options, passages=stored.passages, index=stored.index)
        shared = check_claims(checker, claims, store, stored.digest, workers=2)
    assert shared == alone
    assert gc.get_freeze_count() == 0  # the caller's process never freezes
