"""``factcheck conflicts`` streaming by document: the same report whatever is kept in
memory and however many processes extract values, with the cost of each stage as data."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import SEEDS, SHARED_DATA, seed_text, shared

from factcheck.conflicts import scan
from factcheck.conflicts.analysis import Analysis, analyse
from factcheck.conflicts.scan import Scanned, find_conflicts, finish, incremental_scan, scan_corpus, search_all
from factcheck.index.sources import open_sources
from factcheck.models import Document
from factcheck.reports.conflicts import render_conflicts_json
from factcheck.sources.corpus import load_corpus

WICE = SHARED_DATA / "wice-dev" / "sources"
S1 = "001_8f1417bf292b09e1.txt"
STAGES = ["values and names", "passage terms", "value pairs", "negations and near-duplicates", "name variants", "value findings",
          "statements", "negations and antonyms", "rank"]


def _eager(documents: list[Document] | tuple[Document, ...]) -> str:
    """The report of the plain scan: every document's values held at once."""
    built = analyse(documents)
    kept = Analysis(documents, built.passages, built.index, names=built.statistics, memo=1 << 30)
    return render_conflicts_json(finish(kept, search_all(kept, None), 0.0))


@pytest.fixture(scope="module")
def wice_pages() -> list[Document]:
    """The seeds among 117 real WiCE pages (every third one): values, names, near-duplicates
    and the seeds' own disagreements."""
    return list(load_corpus([*sorted(SEEDS.iterdir()), *sorted(shared(WICE).iterdir())[::3]]).documents)


@pytest.fixture(scope="module")
def eager(wice_pages: list[Document]) -> str:
    return _eager(wice_pages)


def test_the_stages_are_timed_and_returned_as_data() -> None:
    scanned = scan_corpus(load_corpus([SEEDS]).documents)
    assert list(scanned.stages)[:1] == ["split+index"] and list(scanned.stages)[1:] == STAGES
    assert all(seconds >= 0.0 for seconds in scanned.stages.values())
    assert scanned.extracted == 5  # each seed's values once
    assert [c.kind for c in scanned.report.conflicts] == ["name_variant", "name_variant", "statement"]


def test_a_document_let_go_and_asked_for_again_gives_the_same_report(wice_pages: list[Document], eager: str,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """With room for two documents' values at a time, later stages extract some again: same findings."""
    monkeypatch.setattr(scan, "SCAN_MEMO", 2)
    scanned = scan_corpus(wice_pages, min_confidence=0.0, workers=0)
    assert scanned.extracted > len(wice_pages)
    assert render_conflicts_json(scanned.report) == eager


def test_values_extracted_by_a_worker_process_give_the_same_report(wice_pages: list[Document], eager: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan, "MIN_PARALLEL", 1)
    scanned = scan_corpus(wice_pages, min_confidence=0.0, workers=1)
    assert render_conflicts_json(scanned.report) == eager
    assert scanned.report.conflicts  # real findings, not an empty agreement


def test_the_persistent_index_gives_the_same_report(tmp_path: Path, wice_pages: list[Document], eager: str) -> None:
    """Documents and passages read on demand from the store, as ``factcheck conflicts`` does."""
    paths = [Path(d.path) for d in wice_pages]
    with open_sources(paths, cache_dir=tmp_path / "cache") as sources:
        report = find_conflicts(sources.corpus.documents, min_confidence=0.0, passages=sources.passages,
                                index=sources.index)
    assert render_conflicts_json(report) == eager


# ----------------------------------------------------------------------- incremental rescans

def _scan_with_store(folder: Path, cache: Path) -> tuple[Scanned, str]:
    """One ``conflicts`` run over the persistent index, keeping what it found for the next."""
    with open_sources([folder], cache_dir=cache, fingerprint="test") as sources:
        assert sources.results is not None
        scanned = incremental_scan(sources.corpus.documents, None, 0.0, passages=sources.passages,
                                   index=sources.index, results=sources.results)
    return scanned, render_conflicts_json(scanned.report)


def _places(report_json: str) -> list[tuple[str, tuple[tuple[str, int, str], ...]]]:
    data = json.loads(report_json)
    return [(c["kind"], tuple((v["source_id"], v["line"], v["value"]) for v in c["values"])) for c in data["conflicts"]]


def test_a_rescan_after_one_file_changed_covers_only_that_file(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    shutil.copytree(SEEDS, folder)
    first, before = _scan_with_store(folder, tmp_path / "cache")
    assert "changed documents" not in first.stages  # the first scan is a full one
    again, same = _scan_with_store(folder, tmp_path / "cache")
    assert list(again.stages) == ["changed documents"] and again.extracted == 0 and same == before
    # A paragraph put at the top of 001: every one of its findings moves down two lines.
    text = seed_text(S1)
    (folder / S1).write_text("A note added by the editor about this story.\n\n" + text, encoding="utf-8")
    changed, after = _scan_with_store(folder, tmp_path / "cache")
    assert list(changed.stages) == ["changed documents"]
    shifted = [(kind, tuple((s, line + 2 if s == S1 else line, v) for s, line, v in values))
               for kind, values in _places(before)]
    assert _places(after) == shifted
    full = render_conflicts_json(find_conflicts(load_corpus([folder]).documents, min_confidence=0.0))
    assert _places(after) == _places(full)


def test_a_rescan_drops_what_a_changed_file_no_longer_says(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    shutil.copytree(SEEDS, folder)
    _scan_with_store(folder, tmp_path / "cache")
    text = seed_text(S1).replace("no one was ever punished for the crime", "the case was heard in court")
    (folder / S1).write_text(text, encoding="utf-8")
    _, after = _scan_with_store(folder, tmp_path / "cache")
    assert [kind for kind, _ in _places(after)] == ["name_variant", "name_variant"]
