"""Exit codes that mean one thing (CONTRACT.md section 7, issue 15).

A bug is exit 3 with one line on stderr, never exit 1 (the code for findings) and never a
traceback unless asked for (``--debug``, ``FACTCHECK_DEBUG=1``); nothing reaches stdout. The bug
is injected by replacing a function the CLI calls; the runs go through ``cli.main()``, in this
process (fast) or in a subprocess (what a shell sees).
"""

from __future__ import annotations

import errno
import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from factcheck import cli
from factcheck.cli import ExitCode

CHECK = ["check", "claims", "--sources", "seeds"]


def test_exit_codes_are_pinned() -> None:
    """The numbers are an interface: CI jobs and the docs rely on them."""
    assert {code.name: int(code) for code in ExitCode} == {
        "CLEAN": 0, "FINDINGS": 1, "ERROR": 2, "INTERNAL": 3, "INTERRUPTED": 130, "BROKEN_PIPE": 141,
        "TERMINATED": 143}


def _main(args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
          ) -> tuple[int, str, str]:
    """Run ``factcheck ARGS`` through ``cli.main()`` here; (exit code, stdout, stderr)."""
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(sys, "argv", ["factcheck", *args])
    with pytest.raises(SystemExit) as stopped:
        cli.main()
    out, err = capsys.readouterr()
    code = stopped.value.code
    assert isinstance(code, int)
    return code, out, err


def _raising(exc: BaseException) -> Callable[..., Any]:
    def run(*args: object, **kwargs: object) -> Any:
        raise exc
    return run


@pytest.fixture(autouse=True)
def _no_debug(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)


def test_a_bug_exits_3_with_one_line_and_no_traceback(monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli, "run_check", _raising(ZeroDivisionError("division by zero\nin the scorer")))
    code, out, err = _main(CHECK, monkeypatch, capsys)
    assert code == ExitCode.INTERNAL
    assert out == ""
    assert len(err.splitlines()) == 1
    assert "Traceback" not in err
    line = err.strip()
    assert line.startswith("error: internal error")
    assert "ZeroDivisionError: division by zero in the scorer" in line  # type and message, one line
    assert "factcheck --debug" in line  # where to go from here


@pytest.mark.parametrize("how", ["env", "flag"])
def test_debug_shows_the_traceback(how: str, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli, "run_check", _raising(ZeroDivisionError("division by zero")))
    if how == "env":
        monkeypatch.setenv("FACTCHECK_DEBUG", "1")
    code, out, err = _main(CHECK if how == "env" else ["--debug", *CHECK], monkeypatch, capsys)
    assert code == ExitCode.INTERNAL
    assert out == ""
    assert "Traceback (most recent call last)" in err
    assert "in run\n" in err  # the frame that raised
    assert err.splitlines()[-1].startswith("error: internal error")


def test_debug_does_not_outlive_its_run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli, "run_check", _raising(ZeroDivisionError("division by zero")))
    _main(["--debug", *CHECK], monkeypatch, capsys)
    code, _, err = _main(CHECK, monkeypatch, capsys)
    assert code == ExitCode.INTERNAL and "Traceback" not in err


def test_a_bug_while_rendering_leaves_stdout_empty(monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """The report is rendered whole before anything is written: no half report on stdout."""
    def half(report: object, **kwargs: object) -> str:
        raise KeyError("evidence")
    monkeypatch.setitem(cli.REPORTERS, "json", half)
    code, out, err = _main([*CHECK, "--format", "json"], monkeypatch, capsys)
    assert (code, out) == (ExitCode.INTERNAL, "")
    assert len(err.splitlines()) == 1 and "KeyError: 'evidence'" in err


def test_no_fail_does_not_hide_a_bug(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli, "run_check", _raising(IndexError("list index out of range")))
    code, out, _ = _main([*CHECK, "--no-fail"], monkeypatch, capsys)
    assert (code, out) == (ExitCode.INTERNAL, "")


def test_ctrl_c_exits_130_with_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli, "run_check", _raising(KeyboardInterrupt()))
    code, out, err = _main(CHECK, monkeypatch, capsys)
    assert (code, out, err) == (ExitCode.INTERRUPTED, "", "error: interrupted (SIGINT)\n")


@pytest.mark.parametrize("exc", [
    OSError(errno.ENOSPC, "No space left on device", "/cache/index.sqlite"),
    sqlite3.OperationalError("cannot rollback - no transaction is active"),
], ids=["oserror", "hidden-behind-a-failed-rollback"])
def test_a_full_disk_is_one_clear_line(exc: Exception, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    if isinstance(exc, sqlite3.Error):  # what SQLite raises when a rollback follows a full disk
        full = sqlite3.OperationalError("database or disk is full")
        full.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[misc]
        exc.__context__ = full
    monkeypatch.setattr(cli, "run_check", _raising(exc))
    code, out, err = _main(CHECK, monkeypatch, capsys)
    assert (code, out) == (ExitCode.ERROR, "")
    assert len(err.splitlines()) == 1
    assert err.startswith("error: disk full while writing ")
    assert ("/cache/index.sqlite" if isinstance(exc, OSError) else "the index") in err


def test_other_errors_keep_their_codes(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert _main(["check", "--no-such-option"], monkeypatch, capsys)[0] == ExitCode.ERROR
    assert _main(["check", "no/such/claims"], monkeypatch, capsys)[0] == ExitCode.ERROR
    assert _main([*CHECK, "--no-fail"], monkeypatch, capsys)[0] == ExitCode.CLEAN
    assert _main(CHECK, monkeypatch, capsys)[0] == ExitCode.FINDINGS


# --- what a shell sees ----------------------------------------------------------------------------

BUGGY = """\
import sys
import factcheck.cli as cli
def run_check(*args, **kwargs):
    raise RuntimeError("injected bug")
cli.run_check = run_check
sys.argv = ["factcheck", *sys.argv[1:]]
cli.main()
"""


def _python(*args: str, env: dict[str, str] | None = None, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    full = {k: v for k, v in os.environ.items() if k != "FACTCHECK_DEBUG"}
    full["PYTHONPATH"] = str(ROOT)
    full.update(env or {})
    streams = kwargs or {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=full, timeout=120, stdin=subprocess.DEVNULL,
                          **streams)


def test_a_bug_in_a_subprocess(tmp_path: Path) -> None:
    script = tmp_path / "buggy.py"
    script.write_text(BUGGY, encoding="utf-8")
    ran = _python(str(script), *CHECK)
    assert (ran.returncode, ran.stdout) == (3, b"")
    assert ran.stderr.decode().count("\n") == 1 and b"RuntimeError: injected bug" in ran.stderr
    assert b"Traceback" not in ran.stderr
    debug = _python(str(script), *CHECK, env={"FACTCHECK_DEBUG": "1"})
    assert debug.returncode == 3 and b"Traceback (most recent call last)" in debug.stderr


def test_sigterm_exits_143_with_one_line(tmp_path: Path) -> None:
    script = tmp_path / "terminated.py"
    script.write_text(BUGGY.replace('raise RuntimeError("injected bug")',
                                    "import os, signal, time; os.kill(os.getpid(), signal.SIGTERM); time.sleep(60)"),
                      encoding="utf-8")
    ran = _python(str(script), *CHECK)
    assert (ran.returncode, ran.stdout, ran.stderr) == (ExitCode.TERMINATED, b"", b"error: terminated (SIGTERM)\n")


def test_main_puts_the_sigterm_handler_back(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    before = signal.getsignal(signal.SIGTERM)
    _main(["--version"], monkeypatch, capsys)
    assert signal.getsignal(signal.SIGTERM) == before


def test_a_closed_stdout_is_a_quiet_exit() -> None:
    """``factcheck check | head``: the reader goes away; no traceback, no 'Exception ignored'."""
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", *CHECK, "--format", "json"], cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # before the report is written: every write meets a closed pipe
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == ExitCode.BROKEN_PIPE
    assert err == b""


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_stdout_on_a_full_disk() -> None:
    with open("/dev/full", "wb") as full:
        ran = _python("-m", "factcheck", *CHECK, "--format", "json", stdout=full, stderr=subprocess.PIPE)
    assert ran.returncode == ExitCode.ERROR
    assert ran.stderr.decode().splitlines() == [
        "error: disk full while writing stdout: no space left on the device; free some and run again"]


def test_a_clean_run_still_writes_its_report() -> None:
    ran = _python("-m", "factcheck", *CHECK, "--format", "json")
    assert ran.returncode == ExitCode.FINDINGS
    assert json.loads(ran.stdout)["summary"]["claims"] > 0


def test_a_cli_that_cannot_be_imported_is_an_internal_error_in_one_line() -> None:
    """A broken install (a module missing from the wheel) exits 3 with one line, not 1 with a traceback."""
    script = ("import sys; sys.modules['factcheck.cli'] = None; sys.argv = ['factcheck', 'check']; "
              "from factcheck.__main__ import run; run()")
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert ran.returncode == 3
    assert ran.stdout == ""
    assert ran.stderr.startswith("error: internal error: factcheck cannot start (ModuleNotFoundError")
    assert "Traceback" not in ran.stderr and ran.stderr.count("\n") == 1
