"""``--cluster`` (factcheck[dask]): the same results as one machine, and one line for what goes wrong.

Unit tests run the cluster's code path on Dask's synchronous scheduler (``--cluster
synchronous``) and on an in-process ``LocalCluster`` of threads; one test starts a real
``LocalCluster`` of two worker processes (``--cluster local:2``) from the command line.
Without ``--cluster``, Dask is never imported.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, write_tree

from factcheck.cluster.address import Address, parse_address
from factcheck.errors import InputError
from factcheck.index.sources import open_sources
from factcheck.index.store import Store
from factcheck.inputs.claims import load_claims
from factcheck.inputs.settings import resolve_settings
from factcheck.reports.results import REPORTERS
from factcheck.run.parallel import check_claims
from factcheck.run.pipeline import Checker, Options, run_check, run_conflicts, run_verify

DRAFTS = ROOT / "tests" / "data" / "drafts"
CLAIMS = ROOT / "claims"


def _cli(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, capture_output=True, text=True,
                          check=False, env={**os.environ, **(env or {})})


def _json(report: object) -> str:
    return REPORTERS["json"](report, color=False)


# -- addresses and settings -------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("local", Address("local")),
    ("local:2", Address("local", workers=2)),
    ("synchronous", Address("synchronous")),
    ("tcp://10.0.0.5:8786", Address("remote", url="tcp://10.0.0.5:8786")),
    ("scheduler.example.org:8786", Address("remote", url="tcp://scheduler.example.org:8786")),
    ("tls://[::1]:8786", Address("remote", url="tls://[::1]:8786")),
])
def test_addresses_parse(text: str, expected: Address) -> None:
    assert parse_address(text) == expected


@pytest.mark.parametrize(("text", "says"), [
    ("local:0", "local:N needs a whole number"), ("local:two", "local:N needs a whole number"),
    ("http://host:8786", "unknown scheme 'http'"), ("tcp://host", "use local, local:N"),
    ("tcp://host:99999", "use local, local:N"), ("", "use local, local:N"),
])
def test_bad_addresses_say_what_is_expected(text: str, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        parse_address(text)


def test_cluster_comes_from_the_flag_then_the_config_then_the_environment(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACTCHECK_CLUSTER", "local:3")
    assert resolve_settings("check", {}).cluster == "local:3"
    (tmp_path / "factcheck.yaml").write_text("cluster: tcp://10.1.2.3:8786\n", encoding="utf-8")
    assert resolve_settings("check", {}).cluster == "tcp://10.1.2.3:8786"
    assert resolve_settings("check", {"cluster": "local"}).cluster == "local"
    monkeypatch.delenv("FACTCHECK_CLUSTER")
    (tmp_path / "factcheck.yaml").write_text("check:\n  top: 2\n", encoding="utf-8")
    assert resolve_settings("check", {}).cluster is None


def test_a_bad_cluster_in_the_config_or_the_environment_is_one_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "factcheck.yaml").write_text("top: 2\ncluster: lokal\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"'cluster' '?lokal'? is not an address") as found:
        resolve_settings("check", {})
    assert (found.value.path, found.value.line, found.value.column) == ("factcheck.yaml", 2, 10)
    (tmp_path / "factcheck.yaml").unlink()
    monkeypatch.setenv("FACTCHECK_CLUSTER", "local:-1")
    with pytest.raises(InputError, match="FACTCHECK_CLUSTER: 'local:-1' is not an address"):
        resolve_settings("conflicts", {})


# -- the command line: what goes wrong is one line, exit 2 --------------------------------------


def test_a_bad_address_is_one_line_and_exit_2() -> None:
    run = _cli("check", str(CLAIMS), "--sources", str(SEEDS), "--cluster", "local:zero")
    assert run.returncode == 2
    assert run.stdout == ""
    assert len(run.stderr.strip().splitlines()) == 1 and "local:N needs a whole number" in run.stderr


def test_without_the_extra_cluster_is_one_line_naming_it_and_exit_2(tmp_path: Path) -> None:
    blocker = write_tree(tmp_path / "site", {"sitecustomize.py": "import sys\nsys.modules['distributed'] = None\n"})
    run = _cli("check", str(CLAIMS), "--sources", str(SEEDS), "--cluster", "local:2",
               env={"PYTHONPATH": os.pathsep.join([str(blocker), os.environ.get("PYTHONPATH", "")])})
    assert run.returncode == 2, run.stderr
    assert run.stdout == ""
    assert run.stderr.strip().splitlines() == [
        "error: --cluster: needs the optional extra (dask and distributed): pip install 'factcheck[dask]' "
        "(distributed is missing)"]


def test_a_scheduler_that_cannot_be_reached_is_one_line_and_exit_2(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    run = _cli("check", str(CLAIMS), "--sources", str(SEEDS), "--cache-dir", str(tmp_path / "cache"),
               "--cluster", f"tcp://127.0.0.1:{port}", env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"})
    assert run.returncode == 2, run.stderr
    assert run.stdout == ""
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    assert lines[0].startswith(f"error: --cluster tcp://127.0.0.1:{port}: cannot reach the Dask scheduler")


def test_without_cluster_dask_is_never_imported(tmp_path: Path) -> None:
    script = f"""
import sys
from factcheck.cli import app
for args in (["check", {str(CLAIMS)!r}], ["verify", {str(DRAFTS)!r}], ["conflicts"], ["index"]):
    try:
        app([*args, "--sources", {str(SEEDS)!r}, "--cache-dir", {str(tmp_path / "cache")!r}], standalone_mode=False)
    except SystemExit:
        pass
print(sorted(m for m in sys.modules if m.split(".")[0] in ("dask", "distributed") or m.startswith("factcheck.cluster.")))
"""
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == "['factcheck.cluster.address']"  # parsing only (settings)


# -- the same results, on Dask's synchronous scheduler ---------------------------------------------


@pytest.mark.parametrize("index", [True, False])
def test_check_on_the_synchronous_scheduler_gives_the_same_json(tmp_path: Path, index: bool) -> None:
    alone = run_check([str(CLAIMS)], [str(SEEDS)], options=Options(index=index, cache_dir=str(tmp_path / "one")))
    spread = run_check([str(CLAIMS)], [str(SEEDS)],
                       options=Options(index=index, cache_dir=str(tmp_path / "two"), cluster="synchronous"))
    assert _json(spread.report) == _json(alone.report)
    assert spread.warnings == alone.warnings


def test_verify_and_conflicts_on_the_synchronous_scheduler_give_the_same_json(tmp_path: Path) -> None:
    alone = run_verify([str(DRAFTS)], [str(SEEDS)], options=Options(cache_dir=str(tmp_path / "one")))
    spread = run_verify([str(DRAFTS)], [str(SEEDS)], options=Options(cache_dir=str(tmp_path / "two"),
                                                                       cluster="synchronous"))
    assert len(alone.report.results) > 10
    assert _json(spread.report) == _json(alone.report)
    found, _ = run_conflicts([str(SEEDS)], options=Options(cache_dir=str(tmp_path / "one")))
    again, _ = run_conflicts([str(SEEDS)], options=Options(cache_dir=str(tmp_path / "three"), cluster="synchronous"))
    assert found.conflicts and found == again


def _rows(cache: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the store under ``cache`` (one database), by table, sorted."""
    [path] = cache.glob("index-*.sqlite")
    connection = sqlite3.connect(path)
    try:
        return {table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall())
                for table in ("meta", "files", "contents", "postings", "terms")}
    finally:
        connection.close()


def test_the_index_built_on_the_synchronous_scheduler_is_the_same_store(tmp_path: Path) -> None:
    from factcheck.cluster import cluster_engine

    Store([SEEDS], tmp_path / "one").refresh()
    with cluster_engine("synchronous") as engine:
        stats, _ = Store([SEEDS], tmp_path / "two").refresh(engine=engine)
    assert stats.indexed == 5 and stats.merged
    assert _rows(tmp_path / "two") == _rows(tmp_path / "one")


# -- an in-process cluster of threads: the futures, scatter and gather --------------------------------


@pytest.fixture(scope="module")
def threads() -> Iterator[str]:
    """A LocalCluster of two worker threads in this process, joined by its tcp:// address."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp://",
                                  dashboard_address=":0") as cluster:
        yield str(cluster.scheduler_address)


def test_a_cluster_build_and_check_give_the_same_store_and_json(tmp_path: Path, threads: str) -> None:
    alone = run_check([str(CLAIMS)], [str(SEEDS)], options=Options(cache_dir=str(tmp_path / "one")))
    spread = run_check([str(CLAIMS)], [str(SEEDS)], options=Options(cache_dir=str(tmp_path / "two"), cluster=threads))
    assert _json(spread.report) == _json(alone.report)
    assert _rows(tmp_path / "two") == _rows(tmp_path / "one")


def test_a_changed_file_is_indexed_again_on_the_cluster(tmp_path: Path, threads: str) -> None:
    from factcheck.cluster import cluster_engine

    sources = write_tree(tmp_path / "sources", {p.name: p.read_text(encoding="utf-8") for p in SEEDS.iterdir()})
    with cluster_engine(threads) as engine:
        Store([sources], tmp_path / "cache").refresh(engine=engine)
        changed = sources / "000_38fea943e4c83ed6.txt"
        changed.write_text(changed.read_text(encoding="utf-8") + "\nA new paragraph about the village of Abai.\n",
                           encoding="utf-8")
        stats, _ = Store([sources], tmp_path / "cache").refresh(engine=engine)
    assert (stats.indexed, stats.merged) == (1, True)  # files written just now are read again (their stat is racy)
    Store([sources], tmp_path / "alone").refresh()
    assert _rows(tmp_path / "cache")["postings"] == _rows(tmp_path / "alone")["postings"]


def test_a_worker_that_cannot_see_the_index_is_one_clear_error(tmp_path: Path, threads: str) -> None:
    from factcheck.cluster import cluster_engine

    claims = [claim for claims_file in load_claims([str(CLAIMS)]) for claim in claims_file.claims]
    with cluster_engine(threads) as engine, open_sources([SEEDS], cache_dir=tmp_path / "cache",
                                                         engine=engine) as opened:
        assert opened.store is not None
        opened.store.path.unlink()  # as a worker on a machine without the cache folder sees it
        checker = Checker(opened.corpus, Options(), passages=opened.passages, index=opened.index)
        with pytest.raises(InputError, match="must be a path every worker can read") as found:
            check_claims(checker, claims, opened.store, opened.digest, engine=engine)
    assert found.value.path == str(opened.store.path.absolute())
    assert "\n" not in str(found.value)


def test_a_worker_of_another_version_is_one_clear_error(tmp_path: Path) -> None:
    from factcheck.index.store import ReadContext, read_files

    with pytest.raises(InputError, match=r"runs factcheck .*, the run 0\.0\.1: install the same version"):
        read_files([("a.txt", SEEDS / "000_38fea943e4c83ed6.txt")], ReadContext(frozenset(), tmp_path, "0.0.1"))


def test_a_source_a_worker_cannot_see_is_one_clear_error(tmp_path: Path, threads: str) -> None:
    from factcheck.index.store import ReadContext, read_files

    with pytest.raises(InputError, match="every worker must see the sources at the same path") as found:
        read_files([("a.txt", Path("sources/a.txt"))], ReadContext(frozenset(), tmp_path))
    assert found.value.path == "sources/a.txt"


def test_index_on_the_cluster_from_the_command_line(tmp_path: Path) -> None:
    run = _cli("index", "--sources", str(SEEDS), "--cache-dir", str(tmp_path / "two"), "--cluster", "synchronous")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("5 sources: 0 unchanged, 5 read, 5 indexed")
    Store([SEEDS], tmp_path / "one").refresh()
    assert _rows(tmp_path / "two") == _rows(tmp_path / "one")


# -- a LocalCluster of two worker processes, from the command line ------------------------------------


def test_local_cluster_of_two_workers_gives_byte_identical_json(tmp_path: Path) -> None:
    """The slow one (a LocalCluster of two processes starts in a few seconds; the whole test
    takes about 20 s on two shared cores): check, verify and conflicts on the seeds."""
    for command in (["check", str(CLAIMS)], ["verify", str(DRAFTS)], ["conflicts"]):
        args = [*command, "--sources", str(SEEDS), "--format", "json"]
        alone = _cli(*args, "--cache-dir", str(tmp_path / "one"))
        spread = _cli(*args, "--cache-dir", str(tmp_path / "two"), "--cluster", "local:2")
        assert spread.returncode == alone.returncode == 1, spread.stderr
        assert spread.stdout == alone.stdout
        assert json.loads(spread.stdout)
        assert spread.stderr == alone.stderr
    assert _rows(tmp_path / "two") == _rows(tmp_path / "one")
