"""The persistent index checks itself and heals: fault injection through the command line.

The index is built on a copy of the seeds, then damaged in one way per case (truncated,
garbage appended, random pages overwritten, a table emptied, a wrong schema version, a
tampered row or stored result). The next `check` must print the report of a clean run, exit
as a clean run does, and say at most one warning (exactly one where the damage is real),
never a traceback; the run after that is quiet again and `index --verify` passes.
"""

from __future__ import annotations

import os
import pickle
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS
from test_cli import Ran, _env, factcheck

from factcheck.index import store as store_module
from factcheck.index.store import CacheUnavailable, Store
from factcheck.reports.results import REPORTERS
from factcheck.run.pipeline import Options, run_check

PAST = time.time() - 3600  # a stat this old is trusted (younger ones are hashed again)
PAGE = 4096


class Built:
    """A copy of the seeds, its index (without stored results, and with them), and the
    report a clean run gives."""

    def __init__(self, root: Path) -> None:
        self.seeds = root / "seeds"
        shutil.copytree(SEEDS, self.seeds)
        for path in self.seeds.iterdir():
            os.utime(path, (PAST, PAST))
        self.indexed = root / "indexed"
        assert factcheck("index", "--sources", self.seeds, "--cache-dir", self.indexed).code == 0
        self.with_results = root / "with-results"
        shutil.copytree(self.indexed, self.with_results)
        self.clean = self.check(self.with_results)  # stores the results
        assert self.clean.code == 1 and self.clean.stderr == "", self.clean
        assert self.clean.stdout == self.check(None).stdout  # the same as without the index

    def check(self, cache: Path | None) -> Ran:
        where = ("--cache-dir", cache) if cache is not None else ("--no-index",)
        return factcheck("check", ROOT / "claims", "--sources", self.seeds, "--format", "json", *where)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return Built(tmp_path_factory.mktemp("health"))


def _database(cache: Path) -> Path:
    [found] = cache.glob("index-*.sqlite")
    return found


def _sql(*statements: str) -> Callable[[Path], None]:
    def corrupt(database: Path) -> None:
        with sqlite3.connect(database) as connection:
            for statement in statements:
                connection.execute(statement)
        connection.close()
    return corrupt


def _truncate(database: Path) -> None:
    os.truncate(database, database.stat().st_size // 2)


def _garbage(database: Path) -> None:
    with database.open("ab") as file:
        file.write(random.Random(15).randbytes(65536))


def _page(seed: int) -> Callable[[Path], None]:
    def overwrite(database: Path) -> None:
        rng = random.Random(seed)
        with database.open("r+b") as file:
            file.seek(rng.randrange(database.stat().st_size // PAGE) * PAGE)
            file.write(rng.randbytes(PAGE))
    return overwrite


# name: (damage, index with stored results?, warnings the next run must give: exact count, or None for 0 or 1)
CASES: dict[str, tuple[Callable[[Path], None], bool, int | None]] = {
    "truncated": (_truncate, False, 1),
    "garbage-appended": (_garbage, False, 0),  # SQLite reads its page count from the header: no damage
    "postings-emptied": (_sql("DELETE FROM postings"), False, 1),
    "schema-version": (_sql("PRAGMA user_version = 99"), False, 1),
    "schema-string": (_sql("UPDATE meta SET value = 'factcheck-index 0' WHERE key = 'schema'"), False, 1),
    "file-hash": (_sql("UPDATE files SET hash = '00000000000000000000000000000000' WHERE seq = 1"), False, 1),
    "posting-list": (_sql("UPDATE postings SET tfs = zeroblob(length(tfs))"), False, 1),
    "passage-offsets": (_sql("UPDATE meta SET value = zeroblob(8) WHERE key = 'starts'"), False, 1),
    "terms-swapped": (_sql("UPDATE terms SET id = -1 WHERE id = 0", "UPDATE terms SET id = 0 WHERE id = 1",
                           "UPDATE terms SET id = 1 WHERE id = -1"), False, 1),
    "stored-result": (_sql("UPDATE results SET value = replace(value, '\"supported\"', '\"not_found\"')"), True, 0),
    **{f"page-{seed}": (_page(seed), False, None) for seed in range(4)},
    **{f"page-{seed}-with-results": (_page(seed), True, None) for seed in range(4, 7)},
}


def _warnings(ran: Ran) -> list[str]:
    return [line for line in ran.err_lines if line.startswith("warning: ")]


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_damaged_index_gives_the_clean_report_with_one_warning(built: Built, tmp_path: Path, case: str) -> None:
    damage, with_results, expected = CASES[case]
    cache = tmp_path / "cache"
    shutil.copytree(built.with_results if with_results else built.indexed, cache)
    damage(_database(cache))
    ran = built.check(cache)
    assert "Traceback" not in ran.stderr, ran.stderr
    assert (ran.code, ran.stdout) == (built.clean.code, built.clean.stdout)
    warnings = _warnings(ran)
    assert len(warnings) == expected if expected is not None else len(warnings) <= 1, warnings
    assert ran.err_lines == warnings  # nothing else on stderr
    if warnings:
        assert str(_database(cache)) in warnings[0]
        assert "rebuilt from the sources" in warnings[0] or "read again" in warnings[0]
    again = built.check(cache)
    assert (again.code, again.stdout, again.stderr) == (built.clean.code, built.clean.stdout, "")
    verified = factcheck("index", "--verify", "--sources", built.seeds, "--cache-dir", cache)
    assert verified.code == 0 and "\nok: 5 sources" in verified.stdout, verified


def test_a_stored_result_never_runs_code(built: Built, tmp_path: Path) -> None:
    """A pickle planted in the results table (as whoever can write a restored CI cache
    could) is a cache miss: never unpickled, so its payload never runs."""
    cache = tmp_path / "cache"
    shutil.copytree(built.with_results, cache)
    witness = tmp_path / "pwned"

    class Payload:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return os.system, (f"touch {witness}",)

    planted = pickle.dumps(Payload())
    _sql(f"UPDATE results SET value = X'{planted.hex()}'")(_database(cache))
    ran = built.check(cache)
    assert (ran.code, ran.stdout, ran.stderr) == (built.clean.code, built.clean.stdout, "")
    assert not witness.exists()


def test_index_verify_reports_health_without_changing_the_index(built: Built, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    args = ("index", "--verify", "--sources", built.seeds, "--cache-dir", cache)
    missing = factcheck(*args)
    assert missing.code == 1 and "missing: no index of these sources yet" in missing.stdout
    assert not cache.exists()  # verifying creates nothing
    shutil.copytree(built.with_results, cache)
    healthy = factcheck(*args)
    assert healthy.code == 0 and healthy.stderr == ""
    assert healthy.stdout.splitlines()[1].startswith("ok: 5 sources, ")
    database = _database(cache)
    _sql("DELETE FROM postings")(database)
    before = database.read_bytes()
    damaged = factcheck(*args)
    assert damaged.code == 1
    assert "damaged: postings: 0 rows, the manifest says" in damaged.stdout
    assert database.read_bytes() == before  # reported, not repaired
    shown = " ".join(factcheck("index", "--help").stdout.replace("\u2502", " ").split())  # the help, unwrapped
    assert "--verify" in shown and "exit 0 when it is healthy, 1 when it is damaged or missing" in shown


def test_a_posting_list_found_damaged_during_a_run_is_recomputed(
        built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Above the sizes checked whole on open, posting lists are checked as they are read:
    one that fails gives the run postings recomputed from the sources (the same report),
    and the next refresh rebuilds the store, with one warning."""
    monkeypatch.setattr(store_module, "QUICK_CHECK_BYTES", 0)
    monkeypatch.setattr(store_module, "SWEEP_BYTES", 0)
    cache = tmp_path / "cache"
    shutil.copytree(built.indexed, cache)
    _sql("UPDATE postings SET tfs = zeroblob(length(tfs))")(_database(cache))
    options = Options(cache_dir=str(cache))
    claims = [str(ROOT / "claims")]
    first = run_check(claims, [str(built.seeds)], options=options)
    assert REPORTERS["json"](first.report) == built.clean.stdout
    _, warnings = Store([built.seeds], cache).refresh()
    assert len(warnings) == 1 and "postings" in warnings[0] and "rebuilt from the sources" in warnings[0]
    assert Store([built.seeds], cache).verify().ok


def test_a_full_disk_is_named(built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite's SQLITE_FULL (here from a page limit) is said as such, not as the error of a
    rollback that followed it; a run goes on without the index and gives the same report."""
    opened = store_module._open_database

    def small(path: Path) -> sqlite3.Connection:
        connection = opened(path)
        connection.execute("PRAGMA max_page_count = 12")
        return connection

    monkeypatch.setattr(store_module, "_open_database", small)
    cache = tmp_path / "cache"
    with pytest.raises(CacheUnavailable, match=r"disk full while writing the index at .*index-.*\.sqlite"):
        Store([built.seeds], cache).refresh()
    run = run_check([str(ROOT / "claims")], [str(built.seeds)], options=Options(cache_dir=str(cache)))
    assert [w for w in run.warnings if "disk full" in w and w.endswith("running without it")]
    assert REPORTERS["json"](run.report) == built.clean.stdout


_KILLED_MID_BUILD = """
import os, signal, sys
from factcheck.index import store
read_one, seen = store._read_one, []
def dying(entry):
    seen.append(entry)
    if len(seen) == 3:  # in the middle of the refresh, its transaction open
        os.kill(os.getpid(), signal.SIGKILL)
    return read_one(entry)
store._read_one = dying
store.Store([sys.argv[1]], sys.argv[2]).refresh(workers=1)
"""


def test_an_interrupted_build_leaves_the_previous_index_usable(built: Built, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    shutil.copytree(built.indexed, cache)
    for path in sorted(built.seeds.iterdir()):  # every file changed: the refresh reads them all
        os.utime(path, (PAST + 60, PAST + 60))
    try:
        killed = subprocess.run([sys.executable, "-c", _KILLED_MID_BUILD, str(built.seeds), str(cache)],
                                env=_env(), timeout=120, capture_output=True)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        health = Store([built.seeds], cache).verify()
        assert health.ok and health.stale == 5  # the old index, whole; the next run refreshes it
        ran = built.check(cache)
        assert (ran.code, ran.stdout, ran.stderr) == (built.clean.code, built.clean.stdout, "")
    finally:
        for path in built.seeds.iterdir():
            os.utime(path, (PAST, PAST))


def test_a_cache_folder_with_other_content_is_an_error(built: Built, tmp_path: Path) -> None:
    """`--cache-dir .` must not mark a project as a cache (CACHEDIR.TAG, a .gitignore of *)."""
    project = tmp_path / "project"
    project.mkdir()
    (project / "notes.md").write_text("mine\n")
    ran = factcheck("check", ROOT / "claims", "--sources", built.seeds, "--cache-dir", ".", cwd=project)
    assert ran.code == 2 and ran.stdout == ""
    assert ran.err_lines == ["error: .: not used as the index cache: the folder holds other files (notes.md) and "
                             "no CACHEDIR.TAG; give --cache-dir a new or empty folder"]
    assert sorted(p.name for p in project.iterdir()) == ["notes.md"]
    for folder in (tmp_path / "empty", tmp_path / "new" / "deeper"):
        if folder.name == "empty":
            folder.mkdir()
        assert factcheck("index", "--sources", built.seeds, "--cache-dir", folder).code == 0
        assert (folder / "CACHEDIR.TAG").is_file() and (folder / ".gitignore").read_text().endswith("*\n")
    (tmp_path / "empty" / ".gitignore").unlink()  # a cache (it has its CACHEDIR.TAG) is used as one
    (tmp_path / "empty" / "leftover.txt").write_text("from an earlier tool\n")
    assert factcheck("index", "--sources", built.seeds, "--cache-dir", tmp_path / "empty").code == 0
    assert (tmp_path / "empty" / ".gitignore").is_file()


@pytest.mark.parametrize("table", ["postings", "meta", "results"])
def test_a_dropped_table_is_rebuilt_with_one_warning(tmp_path: Path, table: str) -> None:
    """A table dropped from the index (sqlite3 ... 'drop table postings') heals on the next run."""


    root = tmp_path / "cache"
    clean = subprocess.run([sys.executable, "-m", "factcheck", "check", "claims", "--sources", "seeds",
                            "--cache-dir", str(root), "--format", "json"], cwd=ROOT, capture_output=True, text=True,
                           timeout=300)
    (index,) = root.glob("index-*.sqlite")
    with sqlite3.connect(index) as connection:
        connection.execute(f"DROP TABLE {table}")
    healed = subprocess.run([sys.executable, "-m", "factcheck", "check", "claims", "--sources", "seeds",
                             "--cache-dir", str(root), "--format", "json"], cwd=ROOT, capture_output=True, text=True,
                            timeout=300)
    assert healed.stdout == clean.stdout and healed.returncode == clean.returncode
    assert healed.stderr.count("warning:") == 1 and f"table {table} missing" in healed.stderr
