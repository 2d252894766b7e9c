"""Read claims files (YAML) into :class:`Claim` objects, strictly.

A claims file is a list of claim records, or a mapping with ``sources``, ``defaults``
and a ``claims`` list (CONTRACT.md section 2). Every problem is reported at
``path:line:col`` (1-based) from the PyYAML node marks, and all problems of all files
are collected before anything is raised, so a writer fixes them in one pass (yamllint
style). Errors are raised as one :class:`InputError` when there is exactly one, else as
:class:`InputErrors`; nothing partial is ever returned.

The YAML tree is walked node by node instead of ``yaml.safe_load`` because we need the
marks, and because PyYAML silently keeps the last of two duplicate keys. Scalars that a
writer means as text (``id: 12``, ``tags: [2019]``, ``cite: 002``) keep their text as
written, so YAML's number parsing cannot change them (``002`` would become ``2``).
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from factcheck.errors import InputError, InputErrors
from factcheck.models import Claim

__all__ = ["ClaimFile", "find_claim_files", "load_claim_file", "load_claims"]

CLAIM_KEYS = ("id", "claim", "quote", "cite", "expect", "tags", "note", "accept")
DEFAULT_KEYS = ("cite", "tags", "expect")
FILE_KEYS = ("sources", "defaults", "claims")
EXPECT_KINDS = ("date", "number", "name")
CLAIM_SUFFIXES = (".yaml", ".yml")
_ID_RE = re.compile(r"[A-Za-z0-9._-]+")
_TAG = "tag:yaml.org,2002:"
_TEXT_TAGS = {_TAG + t for t in ("str", "int", "float", "timestamp")}
_EXPECT_TAGS = _TEXT_TAGS | {_TAG + "bool"}
_KNOWN_TAGS = _TEXT_TAGS | {_TAG + t for t in ("bool", "null", "seq", "map", "merge")}
_KINDS = {"str": "a string", "int": "a number", "float": "a number", "bool": "a boolean",
          "null": "nothing (null)", "timestamp": "a date"}


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


class _Invalid(Exception):
    """A value failed validation; ``node`` is where to point the user."""

    def __init__(self, node: Node, message: str) -> None:
        super().__init__(message)
        self.node = node
        self.message = message


def find_claim_files(paths: Sequence[str | Path]) -> list[Path]:
    """List the claims files named by ``paths`` (files as given, folders searched).

    Raises:
        InputError, InputErrors: a path is missing or a folder holds no claims file.
    """
    files, errors = _find(paths)
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


def load_claims(paths: Sequence[str | Path]) -> list[ClaimFile]:
    """Find, read and validate claims files; ids must be unique across all of them.

    Raises:
        InputError, InputErrors: every problem found in every file, in file order.
    """
    files, errors = _find(paths)
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


def _find(paths: Sequence[str | Path]) -> tuple[list[Path], list[InputError]]:
    """Expand folders, drop files named twice, and collect missing-path errors."""
    found: list[Path] = []
    errors: list[InputError] = []
    for given in map(Path, paths):
        if given.is_dir():
            inside = _walk(given)
            if not inside:
                errors.append(InputError(given.as_posix(), "no claims files (*.yaml, *.yml) in this folder"))
            found += inside
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


def _walk(folder: Path) -> list[Path]:
    """Return the non-hidden ``*.yaml``/``*.yml`` files under ``folder``, sorted."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(root, f) for f in files
                  if not f.startswith(".") and f.lower().endswith(CLAIM_SUFFIXES)]
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def _read_text(path: Path) -> str:
    """Decode the file as UTF-8 (a BOM is dropped); refuse binary or other encodings."""
    shown = path.as_posix()
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError(shown, "is a folder, not a claims file") from None
    except FileNotFoundError:
        raise InputError(shown, "no such file or folder") from None
    except OSError as exc:
        raise InputError(shown, f"cannot read file: {exc.strerror or exc}") from None
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
        loader = yaml.SafeLoader(text)  # checks for non-printable characters at once
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
    except RecursionError:
        raise InputError(path, "invalid YAML: nested too deeply") from None
    if len(docs) > 1:
        raise InputError(path, "several YAML documents in one file; a claims file holds one", *_at(docs[1]))
    if not docs or (docs[0].tag == _TAG + "null" and not docs[0].value):
        raise InputError(path, "empty claims file")
    return docs[0]


def _where(mark: yaml.Mark | None) -> tuple[int | None, int | None]:
    """Turn a 0-based PyYAML mark into 1-based (line, column)."""
    return (mark.line + 1, mark.column + 1) if mark is not None else (None, None)


def _at(node: Node) -> tuple[int, int]:
    """Return the 1-based (line, column) where ``node`` starts."""
    return node.start_mark.line + 1, node.start_mark.column + 1


def _parse_file(path: Path) -> _Parsed:
    """Read, compose and validate one file, collecting every error it has."""
    shown = path.as_posix()
    try:
        root = _compose(shown, _read_text(path))
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


def _lint_tree(root: Node) -> list[_Invalid]:
    """Find duplicate keys, non-scalar keys and unsupported tags anywhere in the tree."""
    issues: list[_Invalid] = []
    stack, seen = [root], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node.tag not in _KNOWN_TAGS:
            issues.append(_Invalid(node, f"unsupported YAML tag '{node.tag.replace(_TAG, '!!')}'"))
        if isinstance(node, SequenceNode):
            stack += node.value
        elif isinstance(node, MappingNode):
            stack += [n for pair in node.value for n in pair]
            issues += _key_issues(node)
    return issues


def _key_issues(node: MappingNode) -> list[_Invalid]:
    """Report duplicate keys (PyYAML keeps the last silently) and complex keys."""
    issues: list[_Invalid] = []
    first: dict[str, Node] = {}
    for key, _ in node.value:
        if not isinstance(key, ScalarNode):
            issues.append(_Invalid(key, "a key must be a plain name, not a list or a mapping"))
        elif key.value in first:
            line = first[key.value].start_mark.line + 1
            issues.append(_Invalid(key, f"duplicate key '{key.value}' (first at line {line})"))
        else:
            first[key.value] = key
    return issues


def _fields(node: MappingNode, allowed: tuple[str, ...], where: str,
            issues: list[_Invalid]) -> dict[str, tuple[Node, Node]]:
    """Map each allowed key to its (key, value) nodes; report unknown keys."""
    result: dict[str, tuple[Node, Node]] = {}
    for key, value in node.value:
        if not isinstance(key, ScalarNode) or key.value in result:
            continue  # reported by _lint_tree
        if key.value in allowed:
            result[key.value] = (key, value)
            continue
        message = f"unknown key '{key.value}' {where} (expected one of: {', '.join(allowed)})"
        close = difflib.get_close_matches(key.value, allowed, n=1)
        if where == "in defaults" and key.value in CLAIM_KEYS:
            message += f"; '{key.value}' cannot be a default, set it on each claim"
        elif close:
            message += f"; did you mean '{close[0]}'?"
        issues.append(_Invalid(key, message))
    return result


def _kind(node: Node) -> str:
    """Name a node's type the way a writer thinks of it, hinting at quotes for scalars."""
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    kind = _KINDS.get(node.tag.removeprefix(_TAG), f"a '{node.tag.replace(_TAG, '!!')}' value")
    if isinstance(node, ScalarNode) and node.tag in {_TAG + "bool", _TAG + "float"} and node.style is None:
        kind += f" (write \"{node.value}\" in quotes to make it text)"
    return kind


def _text(node: Node, name: str, tags: set[str] = _TEXT_TAGS) -> str:
    """Return a non-empty text scalar as written; numbers and dates keep their spelling."""
    if not isinstance(node, ScalarNode) or node.tag not in tags:
        raise _Invalid(node, f"'{name}' must be a string, got {_kind(node)}")
    text = str(node.value).strip()
    if not text:
        raise _Invalid(node, f"'{name}' must not be empty")
    return text


def _texts(node: Node, name: str) -> tuple[str, ...]:
    """Return a string or a list of strings as a tuple."""
    if isinstance(node, SequenceNode):
        if not all(isinstance(n, ScalarNode) for n in node.value):
            raise _Invalid(node, f"'{name}' must be a string or a list of strings, got a nested list or mapping")
        return tuple(_text(n, f"{name}[{i}]") for i, n in enumerate(node.value))
    if isinstance(node, ScalarNode) and node.tag in _TEXT_TAGS:
        return (_text(node, name),)
    raise _Invalid(node, f"'{name}' must be a string or a list of strings, got {_kind(node)}")


def _expect_value(node: Node, kind: str) -> str:
    """Turn one expected value into text: dates as ISO, numbers as Python prints them."""
    if not isinstance(node, ScalarNode) or node.tag not in _EXPECT_TAGS:
        raise _Invalid(node, f"'expect.{kind}' must be a value or a list of values, got {_kind(node)}")
    if node.tag in {_TAG + "str", _TAG + "bool"}:  # `name: No` is a name, not False
        return _text(node, f"expect.{kind}", _EXPECT_TAGS)
    try:
        value = yaml.SafeLoader("").construct_object(node)
    except ValueError:
        return str(node.value)  # an impossible date such as 2019-02-30: keep the writer's text
    return value.isoformat() if isinstance(value, date) else str(value)


def _expect(node: Node, issues: list[_Invalid]) -> tuple[tuple[str, str], ...]:
    """Return the ``expect`` mapping as (kind, value) pairs in file order."""
    if not isinstance(node, MappingNode):
        raise _Invalid(node, f"'expect' must be a mapping with keys {', '.join(EXPECT_KINDS)}, got {_kind(node)}")
    pairs: list[tuple[str, str]] = []
    for kind, (_, value) in _fields(node, EXPECT_KINDS, "in expect", issues).items():
        items = value.value if isinstance(value, SequenceNode) else [value]
        pairs += [(kind, _expect_value(item, kind)) for item in items]
    return tuple(pairs)


def _accept(node: Node) -> None:
    """Check the reserved ``accept`` field's shape; its meaning is not defined yet."""
    if isinstance(node, SequenceNode) or node.tag not in _TEXT_TAGS | {_TAG + "map"}:
        raise _Invalid(node, f"'accept' must be a string or a mapping, got {_kind(node)}")


_Parser = Callable[[Node, list[_Invalid]], Any]
_FIELD_PARSERS: dict[str, _Parser] = {
    "quote": lambda n, _: _text(n, "quote"),
    "cite": lambda n, _: _texts(n, "cite"),
    "tags": lambda n, _: _texts(n, "tags"),
    "expect": _expect,
    "accept": lambda n, _: _accept(n),
    "note": lambda n, _: None,
}


def _values(fields: dict[str, tuple[Node, Node]], issues: list[_Invalid]) -> dict[str, Any]:
    """Parse each optional field, recording (not raising) each bad one."""
    values: dict[str, Any] = {}
    for name, (_, node) in fields.items():
        if name in _FIELD_PARSERS:
            try:
                values[name] = _FIELD_PARSERS[name](node, issues)
            except _Invalid as exc:
                issues.append(exc)
    return values


def _split_root(root: Node, issues: list[_Invalid]) -> tuple[list[str], list[Node], dict[str, Any]]:
    """Return (sources, claim record nodes, defaults) for either file form."""
    if isinstance(root, SequenceNode):
        return [], list(root.value), {}
    if not isinstance(root, MappingNode):
        message = "a claims file must be a list of claims or a mapping with a 'claims' list"
        raise _Invalid(root, f"{message}, got {_kind(root)}")
    fields = _fields(root, FILE_KEYS, "at top level", issues)
    if "claims" not in fields:
        raise _Invalid(root, "missing required key 'claims' (the list of claims)")
    records = fields["claims"][1]
    if not isinstance(records, SequenceNode):
        raise _Invalid(records, f"'claims' must be a list of claims, got {_kind(records)}")
    sources = list(_texts(fields["sources"][1], "sources")) if "sources" in fields else []
    defaults: dict[str, Any] = {}
    if "defaults" in fields:
        node = fields["defaults"][1]
        if not isinstance(node, MappingNode):
            raise _Invalid(node, f"'defaults' must be a mapping, got {_kind(node)}")
        defaults = _values(_fields(node, DEFAULT_KEYS, "in defaults", issues), issues)
    return sources, list(records.value), defaults


def _claim_id(node: Node) -> str:
    """Return a valid claim id; an int (or date) is taken as written, floats, booleans and null are errors."""
    if not isinstance(node, ScalarNode) or node.tag not in {_TAG + "str", _TAG + "int", _TAG + "timestamp"}:
        raise _Invalid(node, f"'id' must be a string, got {_kind(node)}")
    if not _ID_RE.fullmatch(node.value):
        raise _Invalid(node, f"invalid claim id '{node.value}' (use only letters, digits, '.', '_' and '-')")
    return str(node.value)


def _claim_text(node: Node) -> str:
    """Return the claim's statement, which must be non-empty text."""
    return _text(node, "claim")


def _claim(record: Node, defaults: dict[str, Any], path: str, issues: list[_Invalid],
           ids: list[tuple[str, int, int]]) -> Claim | None:
    """Build one Claim, or record why not and return None."""
    if not isinstance(record, MappingNode):
        issues.append(_Invalid(record, f"a claim must be a mapping with 'id' and 'claim', got {_kind(record)}"))
        return None
    fields = _fields(record, CLAIM_KEYS, "in claim", issues)
    values = defaults | _values(fields, issues)
    for name, parse in (("id", _claim_id), ("claim", _claim_text)):
        if name not in fields:
            issues.append(_Invalid(record, f"missing required key '{name}' in claim"))
            continue
        try:
            values[name] = parse(fields[name][1])
        except _Invalid as exc:
            issues.append(exc)
    if "id" in values:
        ids.append((values["id"], *_at(fields["id"][0])))
    if "id" not in values or "claim" not in values:
        return None  # the file is rejected anyway; the issues say why
    return Claim(id=values["id"], text=values["claim"], file=path, line=record.start_mark.line + 1,
                 quote=values.get("quote"), cite=values.get("cite", ()),
                 expect=values.get("expect", ()), tags=values.get("tags", ()))


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
