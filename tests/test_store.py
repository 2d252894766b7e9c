"""The persistent index: same reports as without it, incremental, and safe to share."""

from __future__ import annotations

import multiprocessing
import os
import re
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, SHARED_DATA, write_tree

from factcheck.errors import InputError
from factcheck.index import store as store_module
from factcheck.index.store import Store
from factcheck.reports.conflicts import CONFLICT_REPORTERS
from factcheck.reports.results import REPORTERS
from factcheck.run.pipeline import Options, run_check, run_conflicts, run_verify

WICE = SHARED_DATA / "wice-dev"
PAST = time.time() - 3600  # a stat this old is trusted (younger ones are re-hashed)


def _json_check(claims: list[str], sources: list[str], cache: Path | None) -> str:
    options = Options(index=cache is not None, cache_dir=str(cache) if cache else None)
    return REPORTERS["json"](run_check(claims, sources, options=options).report)


def _copy(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    _age(target)
    return target


def _age(folder: Path) -> None:
    for path in folder.rglob("*"):
        os.utime(path, (PAST, PAST))


def test_check_reports_are_identical_with_and_without_the_index(tmp_path: Path) -> None:
    claims = [str(ROOT / "claims")]
    without = _json_check(claims, [str(SEEDS)], None)
    cold = _json_check(claims, [str(SEEDS)], tmp_path)
    warm = _json_check(claims, [str(SEEDS)], tmp_path)
    assert without == cold == warm
    assert '"verdict": "contradicted"' in without  # a real report, not an empty one


def test_verify_and_conflicts_are_identical_with_and_without_the_index(tmp_path: Path) -> None:
    draft = [str(ROOT / "tests" / "data" / "drafts" / "abai-case.md")]
    reports = []
    for options in (Options(index=False), Options(cache_dir=str(tmp_path)), Options(cache_dir=str(tmp_path))):
        verified = run_verify(draft, [str(SEEDS)], options=options).report
        conflicts, _ = run_conflicts([str(SEEDS)], options=options)
        reports.append((REPORTERS["json"](verified), CONFLICT_REPORTERS["json"](conflicts)))
    assert reports[0] == reports[1] == reports[2]
    assert '"kind": "name_variant"' in reports[0][1]


@pytest.mark.skipif(not WICE.exists(), reason="shared WiCE data not present")
def test_wice_reports_are_identical_with_and_without_the_index(tmp_path: Path) -> None:
    claims, sources = [str(WICE / "claims.yaml")], [str(WICE / "sources")]
    without = _json_check(claims, sources, None)
    assert without == _json_check(claims, sources, tmp_path)
    assert without == _json_check(claims, sources, tmp_path)


def test_an_unchanged_corpus_is_only_stat_ed(tmp_path: Path) -> None:
    corpus = _copy(SEEDS, tmp_path / "seeds")
    store = Store([corpus], tmp_path / "cache")
    first, _ = store.refresh()
    assert (first.files, first.indexed, first.merged) == (5, 5, True)
    again, _ = store.refresh()
    assert (again.unchanged, again.read, again.indexed, again.merged) == (5, 0, 0, False)


def test_an_open_reads_the_passage_arrays_once_unless_its_refresh_changes_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The health check's arrays serve the snapshot opened right after it while the manifest is
    theirs; a refresh that merges anew makes the snapshot read (and check) its own."""
    corpus = _copy(SEEDS, tmp_path / "seeds")
    store = Store([corpus], tmp_path / "cache")
    store.refresh()
    reads: list[int] = []
    load = store_module._load_arrays
    monkeypatch.setattr(store_module, "_load_arrays", lambda *args: reads.append(1) or load(*args))
    with store.open() as snapshot:
        size = snapshot.index.size
    assert len(reads) == 1  # the health check's, taken by the snapshot
    write_tree(corpus, {"extra.txt": "A second bridge over the river opened in 2020 after years of work.\n"})
    reads.clear()
    with store.open() as snapshot:
        assert snapshot.index.size == size + 1
    assert len(reads) == 2  # the health check's, of the store before the merge, and the snapshot's own


def test_a_changed_added_or_removed_file_is_indexed_alone(tmp_path: Path) -> None:
    corpus = _copy(SEEDS, tmp_path / "seeds")
    cache = tmp_path / "cache"
    Store([corpus], cache).refresh()
    changed, *_, removed = sorted(corpus.iterdir())
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThe court met again in 2031.\n", encoding="utf-8")
    removed.unlink()
    write_tree(corpus, {"new.md": "# Note\n\nA bridge over the Syr Darya opened in 2019.\n"})
    _age(corpus)
    stats, _ = Store([corpus], cache).refresh()
    assert (stats.read, stats.indexed, stats.removed, stats.merged) == (2, 2, 1, True)
    # ... and the updated index answers exactly as a fresh run without it.
    claims = [str(ROOT / "claims")]
    assert _json_check(claims, [str(corpus)], cache) == _json_check(claims, [str(corpus)], None)


def test_a_touched_file_is_hashed_but_not_indexed_again(tmp_path: Path) -> None:
    corpus = _copy(SEEDS, tmp_path / "seeds")
    Store([corpus], tmp_path / "cache").refresh()
    touched = sorted(corpus.iterdir())[1]
    os.utime(touched, (PAST + 60, PAST + 60))
    stats, _ = Store([corpus], tmp_path / "cache").refresh()
    assert (stats.read, stats.indexed, stats.merged) == (1, 0, False)


def test_a_renamed_file_keeps_its_indexed_content(tmp_path: Path) -> None:
    corpus = _copy(SEEDS, tmp_path / "seeds")
    Store([corpus], tmp_path / "cache").refresh()
    first = sorted(corpus.iterdir())[0]
    first.rename(corpus / ("renamed-" + first.name))
    stats, _ = Store([corpus], tmp_path / "cache").refresh()
    assert (stats.read, stats.indexed, stats.removed, stats.merged) == (1, 0, 1, True)


def test_a_bad_source_fails_or_is_skipped_as_without_the_index(tmp_path: Path) -> None:
    corpus = write_tree(tmp_path / "src", {"good.txt": "The bridge opened in 2019 after a long delay.\n",
                                           "bad.txt": b"caf\xe9 au lait\n"})
    with pytest.raises(InputError, match=r"bad\.txt:1: not UTF-8"):
        Store([corpus], tmp_path / "cache").refresh()
    stats, warnings = Store([corpus], tmp_path / "cache").refresh(skip_bad=True)
    assert stats.files == 1
    assert len(warnings) == 1 and "bad.txt" in warnings[0] and "skipped" in warnings[0]


def test_a_corrupt_index_file_is_rebuilt(tmp_path: Path) -> None:
    store = Store([SEEDS], tmp_path / "cache")
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(b"this is no database" * 100)
    stats, warnings = store.refresh()
    assert stats.indexed == 5
    assert warnings == [f"{store.path}: the index is damaged (SQLite: file is not a database); rebuilt from the sources"]
    with sqlite3.connect(store.path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_reader_keeps_its_snapshot_while_another_process_refreshes(tmp_path: Path) -> None:
    corpus = _copy(SEEDS, tmp_path / "seeds")
    store = Store([corpus], tmp_path / "cache")
    with store.open() as snapshot:
        before = snapshot.index.size
        write_tree(corpus, {"extra.txt": "A second bridge over the river opened in 2020 after years of work.\n"})
        stats, _ = Store([corpus], tmp_path / "cache").refresh()
        assert stats.merged
        assert snapshot.index.size == before  # the open run still sees the corpus it started with
    with store.open() as later:
        assert later.index.size == before + 1


def test_a_source_changed_during_a_run_is_an_error_not_wrong_offsets(tmp_path: Path) -> None:
    corpus = _copy(SEEDS, tmp_path / "seeds")
    with Store([corpus], tmp_path / "cache").open() as snapshot:
        victim = sorted(corpus.iterdir())[0]
        victim.write_text("Rewritten.\n", encoding="utf-8")
        with pytest.raises(InputError, match="changed while factcheck was running"):
            snapshot.corpus.documents[0].text  # noqa: B018


def _refresh_in_child(corpus: str, cache: str) -> None:
    Store([corpus], cache).refresh(workers=1)


def test_two_processes_building_one_index_at_once_leave_it_whole(tmp_path: Path) -> None:
    corpus = _copy(SEEDS, tmp_path / "seeds")
    cache = tmp_path / "cache"
    context = multiprocessing.get_context("spawn")
    children = [context.Process(target=_refresh_in_child, args=(str(corpus), str(cache))) for _ in range(2)]
    for child in children:
        child.start()
    for child in children:
        child.join(120)
    assert [child.exitcode for child in children] == [0, 0]
    store = Store([corpus], cache)
    with sqlite3.connect(store.path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    stats, _ = store.refresh()
    assert stats.read == 0 and not stats.merged
    claims = [str(ROOT / "claims")]
    assert _json_check(claims, [str(corpus)], cache) == _json_check(claims, [str(corpus)], None)


def test_indexing_on_two_workers_stores_what_one_worker_stores(tmp_path: Path) -> None:
    corpus = _copy(SEEDS, tmp_path / "seeds")
    for copy in range(3):  # enough text for the parallel path
        shutil.copytree(SEEDS, corpus / f"copy{copy}")
    _age(corpus)
    from factcheck.index import store as store_module

    tables = []
    for workers, limit in ((1, store_module.PARALLEL_BYTES), (2, 0)):
        store_module.PARALLEL_BYTES, saved = limit, store_module.PARALLEL_BYTES
        try:
            store = Store([corpus], tmp_path / f"cache{workers}")
            store.refresh(workers=workers)
        finally:
            store_module.PARALLEL_BYTES = saved
        with sqlite3.connect(store.path) as connection:
            tables.append([connection.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                           for t in ("postings", "contents")])
    assert tables[0] == tables[1]
    assert len(tables[0][0]) > 500  # terms


def test_a_repeated_run_reuses_its_results_until_a_source_or_an_option_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.run.pipeline import Checker

    corpus = _copy(SEEDS, tmp_path / "seeds")
    claims = [str(ROOT / "claims")]
    first = _json_check(claims, [str(corpus)], tmp_path / "cache")
    computed: list[str] = []
    original = Checker._check_claim

    def counting(self: Checker, claim):  # type: ignore[no-untyped-def]
        computed.append(claim.id)
        return original(self, claim)

    monkeypatch.setattr(Checker, "_check_claim", counting)
    assert _json_check(claims, [str(corpus)], tmp_path / "cache") == first
    assert computed == []  # nothing redone
    options = Options(cache_dir=str(tmp_path / "cache"), top=1)
    run_check(claims, [str(corpus)], options=options)
    assert len(computed) == 18  # another --top: other results
    computed.clear()
    changed = sorted(corpus.iterdir())[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA new sentence about the court.\n", encoding="utf-8")
    expected = _json_check(claims, [str(corpus)], None)
    computed.clear()
    assert _json_check(claims, [str(corpus)], tmp_path / "cache") == expected
    assert len(computed) == 18  # a changed source retires every stored result


def test_a_stored_result_is_given_the_identity_of_the_claim_at_hand(tmp_path: Path) -> None:
    text = "Abai is a town of around 18,000 people in southern Kazakhstan."
    write_tree(tmp_path, {"a.yaml": f"- id: first\n  claim: {text}\n", "b.yaml": f"# moved\n\n- id: second\n  claim: {text}\n"})
    options = Options(cache_dir=str(tmp_path / "cache"))
    first = run_check([str(tmp_path / "a.yaml")], [str(SEEDS)], options=options).report.results[0]
    second = run_check([str(tmp_path / "b.yaml")], [str(SEEDS)], options=options).report.results[0]
    assert (second.claim.id, second.claim.file, second.claim.line) == ("second", str(tmp_path / "b.yaml"), 3)
    assert (second.verdict, second.evidence) == (first.verdict, first.evidence)


def test_a_stored_result_shows_the_paths_of_the_run_at_hand(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    options = Options(cache_dir=str(tmp_path / "cache"))
    relative = run_check(["claims"], ["seeds"], options=options).report
    absolute = run_check(["claims"], [str(SEEDS)], options=options).report
    assert relative.results[0].evidence[0].path.startswith("seeds/")
    assert absolute.results[0].evidence[0].path.startswith(str(SEEDS))


def test_the_corpus_disagreements_are_found_once_per_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.run.pipeline as pipeline

    options = Options(cache_dir=str(tmp_path / "cache"))
    first, _ = run_conflicts([str(SEEDS)], options=options)
    monkeypatch.setattr(pipeline, "find_conflicts", lambda *a, **k: pytest.fail("searched again"))
    again, _ = run_conflicts([str(SEEDS)], options=options)
    assert CONFLICT_REPORTERS["json"](again) == CONFLICT_REPORTERS["json"](first)
    with pytest.raises(pytest.fail.Exception, match="searched again"):
        run_conflicts([str(SEEDS)], options=options, min_confidence=0.9)  # another question


def test_a_dispute_is_the_same_from_stored_results_and_never_skipped(tmp_path: Path) -> None:
    """Each claim's dispute comes from its own evidence: computed, then from the store, the
    same, with no warning of a skipped cross-check."""
    options = Options(cache_dir=str(tmp_path / "cache"))
    runs = [run_check([str(ROOT / "claims")], [str(SEEDS)], options=options) for _ in range(2)]
    for run in runs:
        assert not any("cross-check" in w for w in run.warnings)
        assert [r.claim.id for r in run.report.results if r.verdict == "disputed"] == ["perpetrator-punished"]
    assert runs[0].report == runs[1].report


def test_an_index_file_that_cannot_be_opened_is_left_alone(tmp_path: Path) -> None:
    from factcheck.index.store import CacheUnavailable

    store = Store([SEEDS], tmp_path / "cache")
    store.path.mkdir(parents=True)  # a folder where the database file should be: SQLite cannot open it
    (store.path / "keep.txt").write_text("not ours\n")
    with pytest.raises(CacheUnavailable, match="cannot use the index cache"):
        store.refresh()
    assert (store.path / "keep.txt").exists()
    warnings = run_check([str(ROOT / "claims")], [str(SEEDS)], options=Options(cache_dir=str(tmp_path / "cache"))).warnings
    assert [w for w in warnings if "running without it" in w]


def test_stored_results_are_keyed_by_all_the_code_and_word_lists() -> None:
    """A result made by other code is never reused: every stage's modules and the word lists count."""
    from factcheck.index.results import code_files
    package = ROOT / "factcheck"
    hashed = {p.relative_to(package).as_posix() for p in code_files()}
    assert {"verdicts/decide.py", "match/align.py", "run/check.py", "values/clashes.py",
            "lexicon/antonyms.tsv", "__init__.py"} <= hashed
    assert hashed >= {p.relative_to(package).as_posix() for p in package.rglob("*.py")}


def test_stored_results_are_json_that_reads_back_equal(tmp_path: Path) -> None:
    """Every kind of value the store keeps (a claim's result, the corpus's disagreements,
    a conflicts report) goes through JSON and comes back equal, ints and floats as they were."""
    from factcheck.index.results import RecordError, decode_record, encode_record, record_checksum

    draft = [str(ROOT / "tests" / "data" / "drafts" / "abai-case.md")]
    options = Options(index=False)
    conflicts, _ = run_conflicts([str(SEEDS)], options=options)
    values: list[object] = [*run_check([str(ROOT / "claims")], [str(SEEDS)], options=options).report.results,
                            *run_verify(draft, [str(SEEDS)], options=options).report.results,
                            conflicts, conflicts.conflicts]
    for value in values:
        text = encode_record(value)
        assert decode_record("k", text, record_checksum("k", text)) == value
    text = encode_record(values[0])
    for bad_text, bad_key in ((text.replace('"verdict":"', '"verdict":"x'), "k"),  # checksum no longer fits
                              (text, "another key")):
        with pytest.raises(RecordError):
            decode_record(bad_key, bad_text, record_checksum("k", text))
    forged = re.sub(r'"verdict":"[a-z_]+"', '"verdict":"maybe"', text)
    assert forged != text
    with pytest.raises(RecordError, match="verdict"):  # a valid checksum does not make a verdict valid
        decode_record("k", forged, record_checksum("k", forged))


def test_a_wrong_stored_hash_is_an_error_once_then_the_file_is_read_again(tmp_path: Path) -> None:
    """A stored hash that does not match its file (with a checksum that does) stops the run
    that meets it, and marks the file: the next refresh reads it again, and the run is clean."""
    from factcheck.index.store import _digest, _file_checksum, _file_rows

    corpus = _copy(SEEDS, tmp_path / "seeds")
    store = Store([corpus], tmp_path / "cache")
    store.refresh()
    with sqlite3.connect(store.path) as connection:  # forged with care: checksum and corpus digest agree
        rows = _file_rows(connection)[0]
        seq, victim = rows[0]
        victim.hash = "0" * 32
        connection.execute("UPDATE files SET hash = ?, checksum = ? WHERE doc_id = ?",
                           (victim.hash, _file_checksum(victim, seq), victim.doc_id))
        connection.execute("UPDATE meta SET value = ? WHERE key = 'digest'", (_digest([f for _, f in rows]),))
    connection.close()
    with store.open() as snapshot, pytest.raises(InputError, match="changed while factcheck was running"):
        snapshot.corpus.documents[0].text  # noqa: B018
    stats, warnings = store.refresh()
    assert (stats.read, stats.indexed, warnings) == (1, 0, [])
    claims = [str(ROOT / "claims")]
    assert _json_check(claims, [str(corpus)], tmp_path / "cache") == _json_check(claims, [str(corpus)], None)
