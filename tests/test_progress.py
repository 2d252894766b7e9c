"""Progress: a bar on a terminal, nothing otherwise; the core reports through a callback."""

from __future__ import annotations

import io
from pathlib import Path

from conftest import ROOT, SEEDS

from factcheck.progress import ProgressBar, terminal_progress
from factcheck.run.pipeline import Options, run_check


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_bar_when_the_stream_is_not_a_terminal() -> None:
    assert terminal_progress(io.StringIO()) is None
    assert isinstance(terminal_progress(_Terminal()), ProgressBar)


def test_the_bar_redraws_one_line_and_ends_it_when_done() -> None:
    stream = _Terminal()
    bar = ProgressBar(stream)
    bar("checking", 0, 4)
    bar("checking", 4, 4)
    drawn = stream.getvalue()
    assert drawn.startswith("\rchecking") and drawn.endswith("\n")
    assert drawn.count("\n") == 1 and "4/4" in drawn


def test_a_run_reports_each_stage_up_to_its_total(tmp_path: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    run_check([str(ROOT / "claims")], [str(SEEDS)], options=Options(cache_dir=str(tmp_path)),
              progress=lambda stage, done, total: seen.append((stage, done, total)))
    stages = {stage for stage, _, _ in seen}
    assert {"indexing", "merging", "checking"} <= stages
    for stage in stages:
        last = [s for s in seen if s[0] == stage][-1]
        assert last[1] == last[2]  # every stage ends complete
    checked = [done for stage, done, _ in seen if stage == "checking"]
    assert checked == list(range(1, 19))  # one step a claim, in order
