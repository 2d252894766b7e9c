"""`factcheck index`, --no-index and --cache-dir from the command line; progress only on a terminal."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SEEDS
from test_cli import _env, factcheck, read_terminal


def test_index_builds_then_finds_the_corpus_unchanged(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = factcheck("index", "--sources", SEEDS, "--cache-dir", cache)
    assert first.code == 0, first
    assert first.stdout.startswith("5 sources: 0 unchanged, 5 read, 5 indexed") and "postings merged" in first.stdout
    again = factcheck("index", "--sources", SEEDS, "--cache-dir", cache)
    assert again.stdout.startswith("5 sources: 5 unchanged, 0 read, 0 indexed") and "merged" not in again.stdout
    assert (cache / "CACHEDIR.TAG").exists() and (cache / ".gitignore").read_text().strip().endswith("*")
    assert first.stderr == again.stderr == ""  # no progress bar when stderr is not a terminal


def test_index_on_a_missing_folder_is_an_input_error(tmp_path: Path) -> None:
    ran = factcheck("index", "--sources", tmp_path / "nope", "--cache-dir", tmp_path / "cache")
    assert ran.code == 2 and ran.stdout == ""
    assert ran.err_lines == [f"error: {tmp_path / 'nope'}: no such source file or folder"]


def test_check_gives_the_same_json_with_and_without_the_index(tmp_path: Path) -> None:
    args = ("check", "claims", "--sources", SEEDS, "--format", "json")
    with_index = factcheck(*args, "--cache-dir", tmp_path / "cache")
    without = factcheck(*args, "--no-index")
    assert with_index.code == without.code == 1
    assert with_index.stdout == without.stdout
    assert list((tmp_path / "cache").glob("index-*.sqlite"))


def test_a_terminal_gets_a_progress_bar_on_stderr(tmp_path: Path) -> None:
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "index", "--sources", str(SEEDS),
                             "--cache-dir", str(tmp_path / "cache")],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=slave, stdin=subprocess.DEVNULL, env=_env())
    os.close(slave)
    drawn = read_terminal(master)
    assert proc.wait(timeout=60) == 0
    assert b"indexing" in drawn and b"5/5" in drawn and b"\r" in drawn
    assert proc.stdout is not None and b"5 indexed" in proc.stdout.read()


def test_a_cache_that_cannot_be_used_is_a_warning_for_a_run_and_an_error_for_index(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("in the way\n")
    args = ("check", "claims", "--sources", SEEDS, "--format", "json")
    ran = factcheck(*args, "--cache-dir", blocker)
    assert ran.code == 1 and ran.stdout == factcheck(*args, "--no-index").stdout
    assert ran.err_lines == [f"warning: {blocker}: cannot use the index cache: a file stands where its folder "
                             "should be; running without it"]
    indexed = factcheck("index", "--sources", SEEDS, "--cache-dir", blocker)
    assert indexed.code == 2 and indexed.stdout == ""
    assert indexed.err_lines == [f"error: {blocker}: cannot use the index cache: a file stands where its folder "
                                 "should be"]
