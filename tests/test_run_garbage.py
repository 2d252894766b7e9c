"""The full garbage collection waits while claims are checked, and the thresholds come back after."""

from __future__ import annotations

import gc
import threading

from factcheck.models import Claim
from factcheck.run.garbage import FULL_EVERY, fewer_full_collections
from factcheck.run.pipeline import Checker, Options
from factcheck.sources.corpus import Corpus


def test_the_third_threshold_is_raised_inside_and_restored_after() -> None:
    before = gc.get_threshold()
    with fewer_full_collections():
        inside = gc.get_threshold()
        with fewer_full_collections():  # nested: one change, kept until the outer block ends
            assert gc.get_threshold() == inside
        assert gc.get_threshold() == inside
    assert inside[:2] == before[:2] and inside[2] == max(before[2], FULL_EVERY)
    assert gc.get_threshold() == before


def test_collection_turned_off_stays_off_and_an_error_restores() -> None:
    before = gc.get_threshold()
    try:
        gc.set_threshold(0)
        off = gc.get_threshold()
        with fewer_full_collections():
            assert gc.get_threshold() == off
        gc.set_threshold(*before)
        try:
            with fewer_full_collections():
                raise KeyError("boom")
        except KeyError:
            pass
        assert gc.get_threshold() == before
    finally:
        gc.set_threshold(*before)


def test_overlapping_threads_leave_the_thresholds_as_found() -> None:
    before = gc.get_threshold()
    entered, release = threading.Barrier(2), threading.Event()

    def check() -> None:
        with fewer_full_collections():
            entered.wait()
            release.wait()

    other = threading.Thread(target=check)
    other.start()
    with fewer_full_collections():
        entered.wait()
        release.set()
    other.join()
    assert gc.get_threshold() == before


def test_a_checked_claim_leaves_the_thresholds_as_found(seeds: Corpus) -> None:
    before = gc.get_threshold()
    checker = Checker(seeds, Options(index=False))
    # 001: "... he was freed after serving four months in jail."
    result = checker.check_claim(Claim("t1", "Batyrbekov was freed after serving four months in jail."))
    assert result.verdict == "supported"
    assert gc.get_threshold() == before
