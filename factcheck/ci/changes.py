"""``--changed-since REF``: check only what a branch changed, so that a pull request is checked in seconds.

What counts as changed: every file that differs between the merge base of REF and HEAD
and the working tree (the commits of the branch, staged and unstaged edits alike: ``git
diff --name-only $(git merge-base REF HEAD)``), plus untracked files that are not ignored
(``git ls-files --others --exclude-standard``). Renames count as new files.

- claims: of a changed claims file, only the claims whose content (anything but their
  position) differs from the file at the merge base, compared by id; a new file, a file
  that did not parse at the merge base, or a changed ``sources:`` key selects the whole file.
- drafts: every changed draft, whole.
- conflicts: the conflicts with a value in a changed source.
- A changed source under the corpus selects every claim and draft: new wording in a
  source can change any verdict.

Unchanged claims in a changed file are still checked (the pipeline checks files) but left
out of the report. Errors (git missing, not a repository, an unknown ref) are InputErrors.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from factcheck.errors import FactcheckError, InputError
from factcheck.inputs.claims import ClaimFile, load_claims, parse_claims_text
from factcheck.inputs.drafts import find_drafts
from factcheck.models import Claim, ConflictReport, Report

__all__ = ["Changes", "Selection", "changes_since", "filter_conflicts", "select_claims", "select_drafts"]

OPTION = "--changed-since"


@dataclass(frozen=True, slots=True)
class Changes:
    """The changed files (resolved absolute paths) of a working tree since the merge base with a ref."""

    ref: str
    root: Path
    base: str
    files: frozenset[Path]

    def changed(self, path: str | Path) -> bool:
        """Whether this file changed."""
        return Path(path).resolve() in self.files

    def under(self, folder: str | Path) -> bool:
        """Whether any changed file lies in this folder (or is this file)."""
        top = Path(folder).resolve()
        return any(f == top or top in f.parents for f in self.files)

    def old_text(self, path: str | Path) -> str | None:
        """The file's text at the merge base, or None when it did not exist there (or is not text)."""
        try:
            name = Path(path).resolve().relative_to(self.root).as_posix()
        except ValueError:
            return None
        done = _git(self.root, "show", f"{self.base}:{name}", check=False)
        return done.stdout if done.returncode == 0 else None


@dataclass(frozen=True, slots=True)
class Selection:
    """What to check: these files, and of their claims only ``ids`` (None: all of them)."""

    paths: tuple[str, ...]
    ids: frozenset[str] | None = None

    def filter(self, report: Report) -> Report:
        """Leave the results of unselected claims out of a report."""
        if self.ids is None:
            return report
        return replace(report, results=tuple(r for r in report.results if r.claim.id in self.ids))


def changes_since(ref: str, cwd: str | Path = ".") -> Changes:
    """Ask git what changed since ``ref`` (see the module docstring for exactly what).

    Raises:
        InputError: git is missing, ``cwd`` is not in a repository, or ``ref`` is unknown.
    """
    top = _git(Path(cwd), "rev-parse", "--show-toplevel", check=False)
    if top.returncode != 0:
        raise InputError(OPTION, "not inside a git repository (run factcheck in a checkout, or drop the option)")
    root = Path(top.stdout.strip()).resolve()
    if _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", check=False).returncode != 0:
        raise InputError(OPTION, f"'{ref}' is not a commit, branch or tag in this repository "
                                 "(in CI, fetch it first: git fetch origin BRANCH)")
    base = _git(root, "merge-base", ref, "HEAD", check=False)
    if base.returncode != 0:
        raise InputError(OPTION, f"'{ref}' and HEAD have no common history")
    commit = base.stdout.strip()
    names = _git(root, "diff", "--name-only", "--no-renames", "-z", commit).stdout.split("\0")
    names += _git(root, "ls-files", "--others", "--exclude-standard", "-z").stdout.split("\0")
    return Changes(ref, root, commit, frozenset((root / n).resolve() for n in names if n))


def _git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run git quietly; a failure the caller did not expect is an InputError naming the command."""
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, encoding="utf-8",
                              errors="replace", check=False, stdin=subprocess.DEVNULL)
    except FileNotFoundError:
        raise InputError(OPTION, "git is not installed (or not on PATH)") from None
    if check and done.returncode != 0:
        detail = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit code {done.returncode}"
        raise InputError(OPTION, f"git {args[0]} failed: {detail}")
    return done


def _sources_changed(changes: Changes, roots: Iterable[str]) -> bool:
    return any(changes.under(root) for root in roots)


def select_claims(paths: Sequence[str], sources: Sequence[str], default_sources: str,
                  changes: Changes) -> Selection:
    """The claims files to check and the claims to report (see the module docstring).

    ``sources`` are the --sources roots (empty: each file's ``sources:``, else ``default_sources``).

    Raises:
        InputError, InputErrors: a claims file is missing or invalid (as for a full run).
    """
    files = load_claims(paths)
    roots = set(sources) or {root for f in files for root in (f.sources or (default_sources,))}
    if _sources_changed(changes, roots):
        return Selection(tuple(f.path for f in files))
    chosen: list[str] = []
    ids: set[str] = set()
    for claim_file in files:
        if changes.changed(claim_file.path):
            picked = _changed_claims(claim_file, changes)
            if picked:
                chosen.append(claim_file.path)
                ids.update(picked)
    return Selection(tuple(chosen), frozenset(ids))


def _changed_claims(now: ClaimFile, changes: Changes) -> set[str]:
    """The ids of the claims of a changed file that are new or differ from the merge base."""
    text = changes.old_text(now.path)
    every = {c.id for c in now.claims}
    if text is None:
        return every
    try:
        before = parse_claims_text(now.path, text)
    except FactcheckError:
        return every  # the old version did not parse: nothing to compare with, check it all
    if before.sources != now.sources:
        return every
    old = {c.id: _content(c) for c in before.claims}
    return {c.id for c in now.claims if old.get(c.id) != _content(c)}


def _content(claim: Claim) -> Claim:
    """A claim without its position: moving a claim within its file is not a change."""
    return replace(claim, line=None, column=None)


def select_drafts(paths: Sequence[str], sources: Sequence[str], changes: Changes) -> tuple[str, ...]:
    """The drafts to check: the changed ones, or all of them when a source changed.

    Raises:
        InputError: a draft path is missing (as for a full run).
    """
    drafts = find_drafts(paths)
    if _sources_changed(changes, sources):
        return tuple(drafts)
    return tuple(d for d in drafts if changes.changed(d))


def filter_conflicts(report: ConflictReport, changes: Changes) -> ConflictReport:
    """Keep the conflicts with at least one value in a changed source file."""
    kept = tuple(c for c in report.conflicts if any(changes.changed(v.path) for v in c.values))
    return replace(report, conflicts=kept)

