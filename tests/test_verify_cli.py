"""`factcheck verify` from the command line: exit codes, JSON contract, skipped lines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SEEDS, shared, write_tree

CONTRACT_CHECK = ROOT.parent / "shared" / "tools" / "contract_check.py"
DRAFTS = ROOT / "tests" / "data" / "drafts"


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, capture_output=True, text=True, check=False)


def test_drafts_with_findings_exit_1_and_json_meets_the_contract(tmp_path: Path) -> None:
    run = _run("verify", str(DRAFTS), "--sources", str(SEEDS), "--format", "json")
    assert run.returncode == 1, run.stderr
    report = json.loads(run.stdout)
    assert all(r["id"].count(":") >= 2 and r["file"].endswith((".md", ".markdown", ".txt")) for r in report["results"])
    assert report["skipped"] and all(s["reason"] for s in report["skipped"])
    assert report["summary"]["skipped"] == len(report["skipped"])
    out = tmp_path / "report.json"
    out.write_text(run.stdout, encoding="utf-8")
    check = subprocess.run([sys.executable, str(shared(CONTRACT_CHECK)), str(out), "--sources", str(SEEDS)],
                           capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout


def test_a_draft_that_the_sources_support_exits_0(tmp_path: Path) -> None:
    root = write_tree(tmp_path, {"draft.md": (
        "# Press freedom\n\n"
        "Kazakhstan ranked 155th out of 180 countries in Reporters Without Borders' 2021 World Press Freedom Index."
        "[^rsf]\n\nThis matters a great deal.\n\n[^rsf]: 002_c17141c48ebfc846.txt\n")})
    run = _run("verify", str(root / "draft.md"), "--sources", str(SEEDS), "--format", "json")
    assert run.returncode == 0, run.stdout
    report = json.loads(run.stdout)
    (result,) = report["results"]
    assert result["id"] == f"{root / 'draft.md'}:3:1" and result["line"] == 3 and result["column"] == 1
    assert result["verdict"] == "supported" and result["cite_check"]["status"] == "ok"
    assert [s["line"] for s in report["skipped"]] == [5]


def test_text_points_at_draft_line_and_column() -> None:
    run = _run("verify", str(DRAFTS / "schoolgirl.txt"), "--sources", str(SEEDS))
    assert run.returncode == 1
    assert "schoolgirl.txt:6:1: CONTRADICTED (score" in run.stdout and ">>500-meter<<" in run.stdout
    # a sentence's id (DRAFT:LINE:N) is not printed beside its location, where it read like a
    # second line and column; a claims file's id still names its claim
    assert "CONTRADICTED schoolgirl" not in run.stdout and "txt:6:1 (score" not in run.stdout
    # a sentence left unchecked is named with its place, not only counted
    assert "schoolgirl.txt:8:1: SKIPPED (opinion or connective sentence: nothing checkable)" in run.stdout
    assert "  sentence: This is a tragedy for every family." in run.stdout


def test_a_quotation_that_leaves_words_out_names_them_in_text(tmp_path: Path) -> None:
    # 000 line 45: "I am more of a mother to the child from southern Kazakhstan than his own mother, ..."
    root = write_tree(tmp_path, {"draft.md": (
        '"I am more of a mother to the child than his own mother," Baliyeva said.\n')})
    run = _run("verify", str(root / "draft.md"), "--sources", str(SEEDS))
    assert '! quote: claim leaves out "from southern Kazakhstan", which 000_38fea943e4c83ed6.txt:45 has' in run.stdout
    assert 'claim says ""' not in run.stdout


def test_a_missing_draft_is_one_error_line_and_exit_2() -> None:
    run = _run("verify", "no-such-draft.md", "--sources", str(SEEDS))
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.strip().splitlines() == ["error: no-such-draft.md: no such draft file or folder"]


def test_github_and_sarif_point_at_the_draft_line_and_column() -> None:
    run = _run("verify", str(DRAFTS / "schoolgirl.txt"), "--sources", str(SEEDS), "--format", "github")
    assert any(line.startswith("::error file=") and ",line=6,col=1," in line for line in run.stdout.splitlines())
    sarif = json.loads(_run("verify", str(DRAFTS / "schoolgirl.txt"), "--sources", str(SEEDS), "--format", "sarif").stdout)
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in sarif["runs"][0]["results"]]
    assert {"startLine": 6, "startColumn": 1} in regions
