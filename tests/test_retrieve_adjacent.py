"""Two passages are one window only within one paragraph of one document, whether the
passages are the store's (offsets read from its arrays) or split in memory (Passage objects)."""

from __future__ import annotations

from pathlib import Path

from conftest import SEEDS

from factcheck.index.store import Store
from factcheck.match.retrieve import Matcher
from factcheck.sources.corpus import Corpus


def test_store_windows_are_the_in_memory_windows(seeds: Corpus, tmp_path: Path) -> None:
    memory = Matcher(seeds)
    with Store([str(SEEDS)], tmp_path / "cache").open() as stored:
        store = Matcher(stored.corpus, stored.passages, stored.index)
        assert store._offsets is not None  # the store's arrays are read, not Passage objects
        assert memory._offsets is None
        assert len(store.passages) == len(memory.passages)
        windows = [(pid, pid + 1) for pid in range(-1, len(memory.passages))]
        found = [store._adjacent(w) for w in windows]
        assert found == [memory._adjacent(w) for w in windows]
    # Both ways occur in the seeds: sentences of one paragraph, and paragraph or document breaks.
    assert any(found) and not all(found)
    assert not found[0] and not found[-1]  # no passage before the first or after the last
