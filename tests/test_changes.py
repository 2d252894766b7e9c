"""Tests of --changed-since (factcheck.ci.changes) on real git repositories made in each test."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, write_tree

from factcheck.ci.changes import changes_since, filter_conflicts, select_claims, select_drafts
from factcheck.errors import InputError
from factcheck.models import Conflict, ConflictReport, ConflictValue

CLAIMS_A = """\
claims:
  - id: perpetrator-term
    claim: One of the perpetrators was sentenced to eight years in prison.
  - id: village-founded
    claim: The Village was established in 2017.
"""
CLAIMS_B = "claims:\n  - id: other\n    claim: Both girls lived within a 500-meter radius of the school in Qyzylorda.\n"
GIT_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t.invalid", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t.invalid", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True,
                          env={**os.environ, **GIT_ENV})
    return done.stdout


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with seeds, two claims files and a draft on main, checked out on branch 'feature'."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    shutil.copy(ROOT / "tests" / "data" / "drafts" / "schoolgirl.txt", tmp_path / "schoolgirl.txt")
    write_tree(tmp_path, {"claims/a.yaml": CLAIMS_A, "claims/b.yaml": CLAIMS_B, "drafts/one.md": "# One\n\nText.\n",
                          "drafts/two.md": "# Two\n\nText.\n", ".gitignore": "ignored/\n"})
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "start")
    git(tmp_path, "checkout", "-q", "-b", "feature")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def commit_all(repo: Path, message: str = "change") -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


# ---------------------------------------------------------------- which files changed


def test_commits_staged_unstaged_and_untracked_files_count(repo: Path) -> None:
    write_tree(repo, {"drafts/one.md": "# One\n\nNew text.\n"})
    commit_all(repo)
    write_tree(repo, {"drafts/two.md": "# Two\n\nStaged.\n", "claims/b.yaml": CLAIMS_B + "# unstaged\n",
                      "drafts/three.md": "untracked\n", "ignored/x.md": "ignored\n"})
    git(repo, "add", "drafts/two.md")
    changes = changes_since("main")
    names = sorted(p.relative_to(repo.resolve()).as_posix() for p in changes.files)
    assert names == ["claims/b.yaml", "drafts/one.md", "drafts/three.md", "drafts/two.md"]


def test_changes_on_the_base_branch_after_the_fork_do_not_count(repo: Path) -> None:
    git(repo, "checkout", "-q", "main")
    write_tree(repo, {"drafts/one.md": "# One\n\nChanged on main.\n"})
    commit_all(repo)
    git(repo, "checkout", "-q", "feature")
    assert changes_since("main").files == frozenset()  # REF...HEAD: from the merge base


def test_not_a_repository_and_unknown_ref_are_input_errors(tmp_path: Path, repo: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InputError, match="'origin/nope' is not a commit, branch or tag"):
        changes_since("origin/nope")
    outside = tmp_path.parent / f"{tmp_path.name}-plain"
    outside.mkdir()
    monkeypatch.chdir(outside)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(outside.parent))
    with pytest.raises(InputError, match="not inside a git repository"):
        changes_since("main")


# ---------------------------------------------------------------- which claims


def test_nothing_changed_selects_nothing(repo: Path) -> None:
    selection = select_claims(["claims"], [], "seeds", changes_since("main"))
    assert (selection.paths, selection.ids) == ((), frozenset())


def test_only_edited_and_new_claims_are_selected(repo: Path) -> None:
    edited = CLAIMS_A.replace("established in 2017", "established in 2016")
    write_tree(repo, {"claims/a.yaml": edited + "  - id: added\n    claim: Abai is a village.\n"})
    selection = select_claims(["claims"], [], "seeds", changes_since("main"))
    assert selection.paths == ("claims/a.yaml",)
    assert selection.ids == {"village-founded", "added"}


def test_moving_a_claim_or_editing_a_comment_selects_nothing(repo: Path) -> None:
    header, first, second = CLAIMS_A.split("  - ")
    write_tree(repo, {"claims/a.yaml": f"# reordered\n{header}  - {second.rstrip()}\n  - {first}"})
    assert select_claims(["claims"], [], "seeds", changes_since("main")).ids == frozenset()


@pytest.mark.parametrize("change", ["new-file", "old-invalid", "sources-key"])
def test_whole_file_fallbacks(repo: Path, change: str) -> None:
    if change == "new-file":
        write_tree(repo, {"claims/c.yaml": CLAIMS_B.replace("id: other", "id: third")})
        expected_path, expected = "claims/c.yaml", {"third"}
    elif change == "old-invalid":
        git(repo, "checkout", "-q", "main")
        write_tree(repo, {"claims/b.yaml": "claims: [unclosed\n"})
        commit_all(repo)
        git(repo, "checkout", "-q", "-B", "feature")
        write_tree(repo, {"claims/b.yaml": CLAIMS_B})
        expected_path, expected = "claims/b.yaml", {"other"}
    else:
        write_tree(repo, {"claims/b.yaml": "sources: seeds\n" + CLAIMS_B})
        expected_path, expected = "claims/b.yaml", {"other"}
    selection = select_claims(["claims"], [], "seeds", changes_since("main"))
    assert selection.paths == (expected_path,)
    assert selection.ids == expected


def test_a_changed_source_selects_every_claim_and_draft(repo: Path) -> None:
    with open(repo / "seeds" / "000_38fea943e4c83ed6.txt", "a", encoding="utf-8") as handle:
        handle.write("\nA new paragraph.\n")
    changes = changes_since("main")
    selection = select_claims(["claims"], [], "seeds", changes)
    assert (selection.paths, selection.ids) == (("claims/a.yaml", "claims/b.yaml"), None)
    assert select_claims(["claims"], ["drafts"], "seeds", changes).ids == frozenset()  # other corpus
    assert select_drafts(["drafts"], ["seeds"], changes) == ("drafts/one.md", "drafts/two.md")


def test_only_changed_drafts_are_selected(repo: Path) -> None:
    write_tree(repo, {"drafts/two.md": "# Two\n\nRewritten.\n"})
    assert select_drafts(["drafts"], ["seeds"], changes_since("main")) == ("drafts/two.md",)


def test_conflicts_are_kept_when_a_value_is_in_a_changed_source(repo: Path) -> None:
    def value(source: str) -> ConflictValue:
        return ConflictValue("7", source, f"seeds/{source}", 1, 1, 0, 1, "7", 0, 1)

    report = ConflictReport((Conflict("number", "x", 0.9, (value("000_38fea943e4c83ed6.txt"),
                                                           value("001_8f1417bf292b09e1.txt"))),
                             Conflict("number", "y", 0.9, (value("002_c17141c48ebfc846.txt"),
                                                           value("003_389dbaaac7fb8a5a.txt")))))
    with open(repo / "seeds" / "001_8f1417bf292b09e1.txt", "a", encoding="utf-8") as handle:
        handle.write("\nMore.\n")
    kept = filter_conflicts(report, changes_since("main"))
    assert [c.subject for c in kept.conflicts] == ["x"]


# ---------------------------------------------------------------- the command line


def factcheck(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **GIT_ENV, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=repo, capture_output=True, text=True,
                          env=env, timeout=120, check=False)


def test_cli_checks_only_the_changed_claim(repo: Path) -> None:
    clean = factcheck(repo, "check", "--changed-since", "main", "--format", "json")
    assert clean.returncode == 0, clean.stderr
    assert json.loads(clean.stdout)["results"] == []
    write_tree(repo, {"claims/a.yaml": CLAIMS_A.replace("established in 2017", "established in 2016")})
    ran = factcheck(repo, "check", "--changed-since", "main", "--format", "json")
    results = json.loads(ran.stdout)["results"]
    assert [r["id"] for r in results] == ["village-founded"]
    assert results[0]["verdict"] == "contradicted"
    assert ran.returncode == 1, ran.stderr
    # the other claim of the file is contradicted too, but unchanged: not reported, not failing
    full = factcheck(repo, "check", "--format", "json")
    assert {r["id"] for r in json.loads(full.stdout)["results"]} == {"perpetrator-term", "village-founded", "other"}


@pytest.mark.parametrize("command", [["check"], ["verify", "drafts"], ["conflicts"]])
def test_cli_git_errors_are_one_line_and_exit_2(repo: Path, tmp_path: Path, command: list[str]) -> None:
    ran = factcheck(repo, *command, "--changed-since", "no-such-branch")
    assert ran.returncode == 2
    assert ran.stdout == ""
    assert ran.stderr.splitlines() == ["error: --changed-since: 'no-such-branch' is not a commit, branch or tag in "
                                       "this repository (in CI, fetch it first: git fetch origin BRANCH)"]
