"""Baselines: the findings a repository already has, so that adopting factcheck fails only on new ones.

A baseline file is JSON, written by ``--write-baseline FILE`` and read by ``--baseline FILE``::

    {"version": 1, "tool": "factcheck",
     "check": [{"id": "perpetrator-term", "hash": "3f1c…", "findings": ["contradicted"]}],
     "verify": [{"file": "drafts/a.md", "hash": "9b0e…", "sentence": "…", "findings": ["not_found"]}],
     "conflicts": [{"kind": "number", "values": [{"source_id": "a.txt", "value": "7"}, …]}]}

A finding is identified by what it is about, never by where it stands, so that moving a
claim or editing a draft elsewhere changes nothing:

- ``check``: the claim's id and a hash of its content (``claim``, ``quote``, ``cite``,
  ``expect``; not ``tags``, ``note`` or ``accept``). Rewording a claim makes its findings new.
- ``verify``: the draft's path (as given on the command line) and a hash of the sentence's
  normalised text (quote marks, dashes, case, spacing and diacritics folded).
- ``conflicts``: the kind, and each value with its source id.

A finding is baselined when its token (``partial``, ``quote:close``, …) is recorded for the
same claim or sentence: a claim that was ``partial`` and becomes ``contradicted`` fails. Each
command writes its own section and keeps the others, so one file can serve all three. The
file is sorted and written atomically (a temporary file, then ``os.replace``).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from factcheck.errors import InputError
from factcheck.models import Claim, ClaimResult, Conflict, ConflictReport, Report
from factcheck.reports.findings import conflict_identity, findings_of
from factcheck.sources.normalize import fold

BASELINE_VERSION = 1
SECTIONS = ("check", "verify", "conflicts")
_HASH_CHARS = 16  # 64 bits: enough to tell one claim's versions apart, short enough to read


@dataclass(frozen=True, slots=True)
class Baseline:
    """A read baseline file: the raw sections (kept when another command rewrites the file) and lookups."""

    path: str
    sections: dict[str, list[dict[str, Any]]]
    _tokens: dict[str, dict[tuple[str, str], frozenset[str]]] = field(default_factory=dict, repr=False)
    _conflicts: frozenset[str] = frozenset()

    @classmethod
    def of(cls, path: str, sections: dict[str, list[dict[str, Any]]]) -> Baseline:
        """Index the sections once, so that a run looks each finding up in constant time."""
        tokens: dict[str, dict[tuple[str, str], frozenset[str]]] = {}
        for command in ("check", "verify"):
            found: dict[tuple[str, str], set[str]] = {}
            for entry in sections.get(command, []):
                found.setdefault(_entry_key(command, entry), set()).update(entry["findings"])
            tokens[command] = {key: frozenset(value) for key, value in found.items()}
        conflicts = frozenset(_conflict_key(e) for e in sections.get("conflicts", []))
        return cls(path, sections, tokens, conflicts)

    def tokens(self, command: str, result: ClaimResult) -> frozenset[str]:
        """The finding tokens recorded for this claim or draft sentence (empty when it is new or changed)."""
        return self._tokens.get(command, {}).get(_result_key(command, result), frozenset())

    def has_conflict(self, conflict: Conflict) -> bool:
        """Whether the same disagreement (kind, values and their sources) is recorded."""
        return _conflict_key(conflict_identity(conflict)) in self._conflicts


def claim_hash(claim: Claim) -> str:
    """A hash of what is checked about a claim; whitespace runs count as one space."""
    content = {"claim": " ".join(claim.text.split()), "quote": " ".join((claim.quote or "").split()),
               "cite": sorted(claim.cite), "expect": sorted(claim.expect)}
    return _hash(json.dumps(content, sort_keys=True, ensure_ascii=False))


def sentence_hash(text: str) -> str:
    """A hash of a draft sentence's normalised text."""
    return _hash(fold(text))


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:_HASH_CHARS]


def _result_key(command: str, result: ClaimResult) -> tuple[str, str]:
    if command == "verify":
        return Path(result.claim.file or "").as_posix(), sentence_hash(result.claim.text)
    return result.claim.id, claim_hash(result.claim)


def _entry_key(command: str, entry: dict[str, Any]) -> tuple[str, str]:
    return (entry["file"] if command == "verify" else entry["id"]), entry["hash"]


def _conflict_key(identity: dict[str, Any]) -> str:
    """A conflict entry as one comparable string (values sorted, as ``conflict_identity`` gives them)."""
    values = sorted((str(v.get("source_id")), str(v.get("value"))) for v in identity["values"])
    return json.dumps([identity["kind"], values], ensure_ascii=False)


# ---------------------------------------------------------------- applying


def apply_baseline(report: Report, baseline: Baseline, command: str) -> Report:
    """Mark each result's findings that the baseline records (``ClaimResult.baselined``)."""
    results = []
    for result in report.results:
        recorded = baseline.tokens(command, result)
        found = tuple(f.token for f in findings_of(result) if f.token in recorded)
        results.append(replace(result, baselined=found) if found else result)
    return replace(report, results=tuple(results))


def apply_conflict_baseline(report: ConflictReport, baseline: Baseline) -> ConflictReport:
    """Mark each conflict that the baseline records (``Conflict.baselined``)."""
    conflicts = tuple(replace(c, baselined=True) if not c.explained and baseline.has_conflict(c) else c
                      for c in report.conflicts)
    return replace(report, conflicts=conflicts)


# ---------------------------------------------------------------- reading


def load_baseline(path: str) -> Baseline:
    """Read and check a baseline file.

    Raises:
        InputError: the file is missing, not JSON, or not a factcheck baseline of this version.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(path, "no such baseline file (write one with --write-baseline FILE)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read baseline file: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"invalid JSON: {exc.msg}", exc.lineno, exc.colno) from None
    if not isinstance(data, dict) or data.get("tool") != "factcheck" or "version" not in data:
        raise InputError(path, "not a factcheck baseline (no \"tool\": \"factcheck\" and \"version\")")
    if data["version"] != BASELINE_VERSION:
        raise InputError(path, f"baseline version {data['version']!r} is not supported (this factcheck "
                               f"reads version {BASELINE_VERSION}); write it again with --write-baseline")
    sections = {name: data.get(name, []) for name in SECTIONS}
    for name, entries in sections.items():
        _check_section(path, name, entries)
    return Baseline.of(path, sections)


_FIELDS = {"check": ("id", "hash"), "verify": ("file", "hash"), "conflicts": ("kind",)}


def _check_section(path: str, name: str, entries: Any) -> None:
    """Each entry has the fields its lookups use, with the right types; say which entry does not."""
    if not isinstance(entries, list):
        raise InputError(path, f"'{name}' must be a list of findings")
    for n, entry in enumerate(entries):
        ok = isinstance(entry, dict) and all(isinstance(entry.get(f), str) for f in _FIELDS[name])
        if ok and name == "conflicts":
            values = entry.get("values")
            ok = isinstance(values, list) and all(isinstance(v, dict) for v in values)
        elif ok:
            ok = isinstance(entry.get("findings"), list) and all(isinstance(t, str) for t in entry["findings"])
        if not ok:
            fields = ", ".join([*_FIELDS[name], "values" if name == "conflicts" else "findings"])
            raise InputError(path, f"'{name}[{n}]' is not a baseline entry (needs {fields})")


# ---------------------------------------------------------------- writing


def baseline_entries(command: str, report: Report | ConflictReport) -> list[dict[str, Any]]:
    """The entries of ``command``'s section for a run: every finding not accepted in the claim itself."""
    if isinstance(report, ConflictReport):
        entries = [conflict_identity(c) for c in report.conflicts if not c.explained]
        return sorted({_conflict_key(e): e for e in entries}.values(), key=_conflict_key)
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for result in report.results:
        tokens = [f.token for f in findings_of(result) if f.suppressed != "accept"]
        if not tokens:
            continue
        key = _result_key(command, result)
        entry = merged.setdefault(key, _new_entry(command, key, result))
        entry["findings"] = sorted(set(entry["findings"]) | set(tokens))
    return [merged[key] for key in sorted(merged)]


def _new_entry(command: str, key: tuple[str, str], result: ClaimResult) -> dict[str, Any]:
    if command == "verify":
        return {"file": key[0], "hash": key[1], "sentence": " ".join(result.claim.text.split()), "findings": []}
    return {"id": key[0], "hash": key[1], "findings": []}


def check_writable(path: str) -> None:
    """Fail before a long run, not after it, when the baseline could not be written.

    Raises:
        InputError: the folder does not exist, or an existing file is not a valid baseline.
    """
    folder = Path(path).parent
    if not folder.is_dir():
        raise InputError(path, f"cannot write baseline: no such folder {folder.as_posix()}")
    if Path(path).exists():
        load_baseline(path)


def write_baseline(path: str, command: str, report: Report | ConflictReport) -> int:
    """Write ``command``'s findings to the baseline file, keeping the other commands' sections.

    Returns the number of entries written. The file is replaced atomically.

    Raises:
        InputError: an existing file is not a valid baseline, or the file cannot be written.
    """
    sections = load_baseline(path).sections if Path(path).exists() else {}
    entries = baseline_entries(command, report)
    data: dict[str, Any] = {"version": BASELINE_VERSION, "tool": "factcheck"}
    for name in SECTIONS:
        data[name] = entries if name == command else sections.get(name, [])
    _write_atomically(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return len(entries)


def _write_atomically(path: str, text: str) -> None:
    """Write to a temporary file beside ``path``, then rename it over: never a half-written baseline."""
    folder = Path(path).parent
    if not folder.is_dir():
        raise InputError(path, f"cannot write baseline: no such folder {folder.as_posix()}")
    handle = None
    try:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, prefix=".factcheck-baseline-",
                                         suffix=".tmp", delete=False) as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        # a temporary file is private (0600); the baseline is meant to be shared and committed
        os.chmod(handle.name, Path(path).stat().st_mode & 0o777 if Path(path).exists() else 0o644)
        os.replace(handle.name, path)
    except OSError as exc:
        if handle is not None and os.path.exists(handle.name):
            os.unlink(handle.name)
        raise InputError(path, f"cannot write baseline: {exc.strerror or exc}") from None
