"""Shared fixtures: the real seeds corpus, and a tree writer for scenario folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck import Checker, Options
from factcheck.conflicts.analysis import Analysis
from factcheck.index.sources import Sources, open_sources
from factcheck.sources.corpus import Corpus, load_corpus

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"


def shared(path: Path) -> Path:
    """A file or folder of the team's shared data and tools (``../shared``: WiCE, Climate-FEVER,
    the contract checker), beside the checkout; the test is skipped where it is not there (a
    clone of the repository on its own)."""
    if not path.exists():
        pytest.skip(f"needs {path}: the shared data and tools beside the checkout")
    return path


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write ``{relative path: content}`` under root and return root."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Runs in the tests keep their persistent index in a temporary folder, not the repo."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path_factory.mktemp("factcheck-cache")))
        yield


@pytest.fixture(scope="session")
def seeds() -> Corpus:
    return load_corpus([SEEDS])


@pytest.fixture(scope="session")
def seeds_checker(seeds: Corpus) -> Checker:
    """A checker of the seeds, shared by the tests that only ask it for verdicts."""
    return Checker(seeds)


def article_checker(root: Path, name: str, text: str) -> Checker:
    """A checker of one article written for a test, kept in memory (no index)."""
    return Checker(load_corpus([write_tree(root, {name: text})]), Options(index=False))


@pytest.fixture(scope="session")
def seeds_and_wice(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sources]:
    """The seeds and the 349 WiCE dev pages, from the persistent index (passages on demand);
    skipped where ../shared is not there."""
    paths = [*sorted(SEEDS.iterdir()), *sorted(shared(SHARED_DATA / "wice-dev" / "sources").iterdir())]
    with open_sources(paths, cache_dir=tmp_path_factory.mktemp("wice-cache")) as opened:
        yield opened


def analysis_of(sources: Sources) -> Analysis:
    """A fresh conflicts analysis of indexed sources."""
    assert sources.passages is not None and sources.index is not None
    return Analysis(sources.corpus.documents, sources.passages, sources.index)


def seed_text(name: str) -> str:
    """The text of one seed, as the contract defines it."""
    with open(SEEDS / name, encoding="utf-8-sig") as handle:
        return handle.read()
