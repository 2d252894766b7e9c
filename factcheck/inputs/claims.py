"""Read claims files (YAML) into :class:`Claim` objects, strictly.

A claims file is a list of claim records, or a mapping with ``sources``, ``defaults``
and a ``claims`` list (CONTRACT.md section 2). Every problem is reported at
``path:line:col`` (1-based) from the PyYAML node marks, and all problems of all files
are collected before anything is raised, so a writer fixes them in one pass (yamllint
style). Errors are raised as one :class:`InputError` when there is exactly one, else as
:class:`InputErrors`; nothing partial is ever returned.

This module finds the files, decodes them and composes their YAML into nodes (not
``yaml.safe_load``, because we need the marks and must see duplicate keys); the node
walking and the schema of a claim record live in :mod:`factcheck.inputs.schema`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.nodes import Node

from factcheck.errors import InputError, InputErrors
from factcheck.inputs.files import non_regular_kind, not_regular, unsupported_encoding
from factcheck.inputs.schema import _TAG, _at, _claim, _Invalid, _lint_tree, _split_root
from factcheck.models import Claim

__all__ = ["MAX_YAML_DEPTH", "ClaimFile", "YamlLoader", "find_claim_files", "load_claim_file", "load_claims",
           "parse_claims_text"]

CLAIM_SUFFIXES = (".yaml", ".yml")
MAX_YAML_DEPTH = 100
"""How deeply lists and mappings may nest in a claims or config file. A claims file needs 5
levels (file, claims, claim, accept, entry); PyYAML composes nodes recursively, so without a
limit a deep file ends in Python's RecursionError, which has no position. 100 levels is far
from both."""


class YamlLoader(yaml.SafeLoader):
    """PyYAML's safe loader with a nesting limit that fails at a position (issue 15).

    Raises:
        yaml.MarkedYAMLError: a node nested more than ``MAX_YAML_DEPTH`` levels deep; its
            ``problem_mark`` is where that node starts.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        """Compose one node (recursively, as PyYAML does), refusing one nested too deeply."""
        self._depth += 1
        try:
            if self._depth > MAX_YAML_DEPTH:
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                raise yaml.MarkedYAMLError(problem=f"nested more than {MAX_YAML_DEPTH} levels deep", problem_mark=mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


@dataclass(frozen=True, slots=True)
class ClaimFile:
    """One claims file: its path as shown to users, its default sources, its claims."""

    path: str
    sources: tuple[str, ...]
    claims: tuple[Claim, ...]


@dataclass(slots=True)
class _Parsed:
    """What one file yields before cross-file checks: the file, id marks and errors."""

    path: str
    file: ClaimFile | None = None
    ids: list[tuple[str, int, int]] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def find_claim_files(paths: Sequence[str | Path], warnings: list[str] | None = None) -> list[Path]:
    """List the claims files named by ``paths`` (files as given, folders searched).

    Only regular files are taken: a FIFO, socket or device inside a folder is left out
    with a message appended to ``warnings`` (when given); one named in ``paths`` is an error.

    Raises:
        InputError, InputErrors: a path is missing, is not a regular file, or a folder holds
            no claims file.
    """
    files, errors = _find(paths, warnings)
    _raise(errors)
    return files


def load_claim_file(path: str | Path) -> ClaimFile:
    """Read and validate one claims file (ids must be unique within it).

    Raises:
        InputError, InputErrors: every problem found in the file.
    """
    parsed = _parse_file(Path(path))
    errors = parsed.errors + _duplicate_ids([parsed])
    _raise(errors)
    if parsed.file is None:  # cannot happen: a file without errors is always built
        raise AssertionError(parsed.path)
    return parsed.file


def load_claims(paths: Sequence[str | Path], warnings: list[str] | None = None) -> list[ClaimFile]:
    """Find, read and validate claims files; ids must be unique across all of them.

    ``warnings`` (when given) receives one message per file left out (a FIFO, socket or
    device met in a folder: see :func:`find_claim_files`).

    Raises:
        InputError, InputErrors: every problem found in every file, in file order.
    """
    files, errors = _find(paths, warnings)
    parsed = [_parse_file(path) for path in files]
    errors += [e for p in parsed for e in p.errors] + _duplicate_ids(parsed)
    order = {path.as_posix(): i for i, path in enumerate(files)}
    errors.sort(key=lambda e: (order.get(e.path, -1), e.line or 0, e.column or 0))
    _raise(errors)
    return [p.file for p in parsed if p.file is not None]


def _raise(errors: list[InputError]) -> None:
    """Raise the collected errors: one as itself, several together."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise InputErrors(errors)


def _find(paths: Sequence[str | Path], warnings: list[str] | None) -> tuple[list[Path], list[InputError]]:
    """Expand folders, drop files named twice, and collect missing-path errors."""
    found: list[Path] = []
    errors: list[InputError] = []
    for given in map(Path, paths):
        if given.is_dir():
            inside = _walk(given, warnings)
            if not inside:
                errors.append(InputError(given.as_posix(), "no claims files (*.yaml, *.yml) in this folder"))
            found += inside
        elif (kind := non_regular_kind(given)) is not None:
            errors.append(InputError(given.as_posix(), not_regular(kind)))
        elif given.exists():
            found.append(given)
        else:
            errors.append(InputError(given.as_posix(), "no such file or folder"))
    seen: set[Path] = set()
    unique = []
    for path in found:
        if path.resolve() not in seen:
            seen.add(path.resolve())
            unique.append(path)
    return unique, errors


def _walk(folder: Path, warnings: list[str] | None) -> list[Path]:
    """Return the non-hidden regular ``*.yaml``/``*.yml`` files under ``folder``, sorted;
    warn about (and leave out) one that is a FIFO, socket or device."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(root, f) for f in files
                  if not f.startswith(".") and f.lower().endswith(CLAIM_SUFFIXES)]
    kept = []
    for path in sorted(found, key=lambda p: p.relative_to(folder).as_posix()):
        kind = non_regular_kind(path)
        if kind is None:
            kept.append(path)
        elif warnings is not None:
            warnings.append(f"{path.as_posix()}: {not_regular(kind)} (skipped)")
    return kept


def _read_text(path: Path) -> str:
    """Decode the file as UTF-8 (a BOM is dropped); refuse binary or other encodings."""
    shown = path.as_posix()
    kind = non_regular_kind(path)
    if kind is not None:  # checked before opening: opening a FIFO waits for a writer
        raise InputError(shown, not_regular(kind))
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError(shown, "is a folder, not a claims file") from None
    except FileNotFoundError:
        raise InputError(shown, "no such file or folder") from None
    except OSError as exc:
        raise InputError(shown, f"cannot read file: {exc.strerror or exc}") from None
    wide = unsupported_encoding(data)
    if wide is not None:
        raise InputError(shown, wide)
    if b"\0" in data:
        raise InputError(shown, "binary file, not YAML")
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + len(data) - len(body)
        line = data[:offset].count(b"\n") + 1
        raise InputError(shown, f"not UTF-8 text (byte 0x{data[offset]:02x} at offset {offset})", line) from None


def _compose(path: str, text: str) -> Node:
    """Compose the single YAML document of ``text``; syntax errors become InputErrors."""
    docs: list[Node] = []
    try:
        loader = YamlLoader(text)  # checks for non-printable characters at once
        try:
            while loader.check_node():
                node = loader.get_node()
                if node is not None:
                    docs.append(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        # A construct left open (a quote, a bracket) is only noticed at the end of the
        # file; the context mark says where it was opened, which is what the user must fix.
        at_end = exc.problem is not None and "end of stream" in exc.problem
        mark = (exc.context_mark if at_end and exc.context_mark else None) or exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "syntax error"
        if at_end and exc.context:
            problem = f"{exc.context.removeprefix('while scanning ')} opened here is never closed"
        raise InputError(path, f"invalid YAML: {problem}", *_where(mark)) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        message = f"invalid YAML: control character U+{exc.character:04X} is not allowed"
        raise InputError(path, message, line, column) from None
    except RecursionError:  # not expected below MAX_YAML_DEPTH; the scanner's place is the best guess
        raise InputError(path, "invalid YAML: nested too deeply", *_where(loader.get_mark())) from None
    if len(docs) > 1:
        raise InputError(path, "several YAML documents in one file; a claims file holds one", *_at(docs[1]))
    if not docs or (docs[0].tag == _TAG + "null" and not docs[0].value):
        raise InputError(path, "empty claims file", 1, 1)  # line 1: where an editor or CI log should point
    return docs[0]


def _where(mark: yaml.Mark | None) -> tuple[int | None, int | None]:
    """Turn a 0-based PyYAML mark into 1-based (line, column)."""
    return (mark.line + 1, mark.column + 1) if mark is not None else (None, None)


def parse_claims_text(path: str, text: str) -> ClaimFile:
    """Validate the text of a claims file that is not on disk (an older version from git).

    ``path`` is where the file stands now: its ``sources:`` are resolved against it.

    Raises:
        InputError, InputErrors: every problem found in the text.
    """
    parsed = _parse_text(path, text)
    errors = parsed.errors + _duplicate_ids([parsed])
    _raise(errors)
    if parsed.file is None:  # cannot happen: a file without errors is always built
        raise AssertionError(parsed.path)
    return parsed.file


def _parse_file(path: Path) -> _Parsed:
    """Read, compose and validate one file, collecting every error it has."""
    shown = path.as_posix()
    try:
        text = _read_text(path)
    except InputError as exc:
        return _Parsed(shown, errors=[exc])
    return _parse_text(shown, text)


def _parse_text(shown: str, text: str) -> _Parsed:
    """Compose and validate the text of one file, collecting every error it has."""
    try:
        root = _compose(shown, text)
    except InputError as exc:
        return _Parsed(shown, errors=[exc])
    parsed = _Parsed(shown)
    issues = _lint_tree(root)
    sources: list[str] = []
    claims: list[Claim | None] = []
    try:
        sources, records, defaults = _split_root(root, issues)
        claims = [_claim(r, defaults, shown, issues, parsed.ids) for r in records]
    except _Invalid as exc:
        issues.append(exc)
    parsed.errors = [InputError(shown, i.message, *_at(i.node)) for i in issues]
    parsed.errors.sort(key=lambda e: (e.line or 0, e.column or 0))
    if not parsed.errors:
        folder = os.path.dirname(shown)
        resolved = tuple(_resolve_source(s, folder) for s in sources)
        parsed.file = ClaimFile(shown, resolved, tuple(c for c in claims if c is not None))
    return parsed


def _duplicate_ids(parsed: list[_Parsed]) -> list[InputError]:
    """Report each reused claim id at its second use, naming the first."""
    first: dict[str, str] = {}
    errors: list[InputError] = []
    for item in parsed:
        for claim_id, line, column in item.ids:
            if claim_id in first:
                message = f"duplicate claim id '{claim_id}' (first at {first[claim_id]})"
                errors.append(InputError(item.path, message, line, column))
            else:
                first[claim_id] = f"{item.path}:{line}:{column}"
    return errors


def _resolve_source(source: str, folder: str) -> str:
    """Resolve a ``sources`` entry against the claims file's folder, as a posix path.

    ``~`` and absolute paths stay absolute; a relative one is joined to the folder and
    made relative to the working directory when it lies inside it.
    """
    if source.startswith("~"):
        return Path(os.path.normpath(os.path.expanduser(source))).as_posix()
    if os.path.isabs(source):
        return Path(os.path.normpath(source)).as_posix()
    joined = os.path.normpath(os.path.join(folder, source))
    if os.path.isabs(joined):
        try:
            return Path(joined).relative_to(Path.cwd()).as_posix() or "."
        except ValueError:
            pass
    return Path(joined).as_posix()
