"""Project settings: ``[tool.factcheck]`` in pyproject.toml or a factcheck.yaml, merged with the flags.

Precedence, highest first: a command-line option; the command's own section of the config
(``[tool.factcheck.check]``, ``check:``); a top-level config key; the built-in default.
Config keys are the long option names with ``_`` for ``-`` (``fail_on`` is ``--fail-on``),
so what a key does is what its flag does (codespell's rule). The files, in the current
directory only: ``factcheck.yaml``, or ``pyproject.toml`` with a ``[tool.factcheck]`` table;
``--config FILE`` names one explicitly. Both in one folder is an error that names both,
because a silent precedence would leave one of them ignored without anyone noticing.

Every key is validated: an unknown key, a wrong type or a path that does not exist is an
:class:`InputError` at ``file:line:col``. ``tomllib`` keeps no positions, so a TOML key's
line is found by scanning the text (see :func:`_toml_positions`); YAML positions come from
the node marks. Paths in a config file are relative to the file's folder. Returns data,
never prints.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

from factcheck.errors import InputError, InputErrors

CONFIG_YAML = "factcheck.yaml"
PYPROJECT = "pyproject.toml"
COMMANDS = ("check", "verify", "conflicts")
FORMATS = ("text", "json", "sarif", "junit", "github", "html")
FAIL_ON_DEFAULT = ("partial,contradicted,disputed,not_found,quote:close,quote:missing,"
                   "cite:wrong_source,cite:not_found,cite:unknown_source")
CONFLICT_KINDS = ("name_variant", "number", "duration", "age", "ordinal", "date", "statement")
_FAIL_ALIASES = {"misquote": ("quote:close",), "any": tuple(FAIL_ON_DEFAULT.split(",")), "never": ()}
_CONFLICT_ALIASES = {"any": CONFLICT_KINDS, "never": ()}

Position = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything one run needs to know, after flags, config and defaults are merged.

    ``paths`` are the claims files (check) or drafts (verify); ``config`` is the file read, if any.
    """

    command: str
    paths: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    format: str = "text"
    top: int = 3
    fail_on: frozenset[str] = frozenset()
    no_fail: bool = False
    aliases: str | None = None
    cross_check: bool = True
    min_confidence: float = 0.5
    skip_bad_sources: bool = False
    cache_dir: str | None = None
    index: bool = True
    baseline: str | None = None
    write_baseline: str | None = None
    changed_since: str | None = None
    config: str | None = None


@dataclass(frozen=True, slots=True)
class _Key:
    """A config key: how its value is read, and the commands it applies to."""

    kind: str
    commands: tuple[str, ...] = COMMANDS


KEYS: dict[str, _Key] = {
    "sources": _Key("paths"), "claims": _Key("paths", ("check",)), "drafts": _Key("paths", ("verify",)),
    "format": _Key("format"), "fail_on": _Key("fail_on"), "no_fail": _Key("bool"),
    "top": _Key("top", ("check", "verify")), "aliases": _Key("file"),
    "cross_check": _Key("bool", ("check", "verify")), "min_confidence": _Key("confidence", ("conflicts",)),
    "skip_bad_sources": _Key("bool"), "cache_dir": _Key("dir"), "index": _Key("bool"), "baseline": _Key("path"),
}
_MUST_EXIST = {"paths", "file"}  # a baseline may be about to be written; a cache folder is created


def parse_fail_on(spec: str | list[str], command: str = "check") -> frozenset[str]:
    """Parse a ``--fail-on`` list: verdicts and quote:/cite: statuses, or for ``conflicts`` conflict kinds.

    Raises:
        ValueError: a token that is not in the command's vocabulary.
    """
    aliases = _CONFLICT_ALIASES if command == "conflicts" else _FAIL_ALIASES
    allowed = set(CONFLICT_KINDS) if command == "conflicts" else set(FAIL_ON_DEFAULT.split(",")) | {"supported"}
    tokens = spec.split(",") if isinstance(spec, str) else spec
    chosen: set[str] = set()
    for token in filter(None, (t.strip() for t in tokens)):
        if token in aliases:
            chosen.update(aliases[token])
        elif token in allowed:
            chosen.add(token)
        else:
            words = "conflict kinds" if command == "conflicts" else "verdicts, quote:STATUS, cite:STATUS, misquote"
            close = difflib.get_close_matches(token, [*allowed, *aliases], n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise ValueError(f"unknown value '{token}' (use {words}, any, never){hint}")
    return frozenset(chosen)


def default_fail_on(command: str) -> frozenset[str]:
    """Everything fails by default: every finding of check/verify, every kind of conflict."""
    return frozenset(CONFLICT_KINDS) if command == "conflicts" else frozenset(FAIL_ON_DEFAULT.split(","))


def resolve_settings(command: str, given: Mapping[str, Any], *, config: str | None = None) -> Settings:
    """Merge the options given on the command line (``None`` = not given) over the config over defaults.

    ``given`` uses the config key names (``claims``/``drafts`` for the positional paths) plus
    ``write_baseline`` and ``changed_since``, which exist only as flags. The config file is
    looked up in the working directory, against which relative paths are taken.

    Raises:
        InputError, InputErrors: the config file is invalid, or a path it names does not exist.
    """
    found = find_config(config, Path.cwd())
    chosen = found.values_for(command) if found is not None else {}
    flags = {name: value for name, value in given.items() if value is not None and value != [] and value != ()}
    if found is not None:
        _check_exist(found.path, {name: item for name, item in chosen.items() if name not in flags})
    merged = {name: value for name, (value, _) in chosen.items()} | flags
    if merged.get("write_baseline") and merged.get("changed_since"):
        raise InputError("--write-baseline", "cannot be combined with --changed-since: a baseline records a whole run")
    claims, drafts = merged.pop("claims", ()), merged.pop("drafts", ())
    paths = (claims or ("claims",)) if command == "check" else drafts
    merged.setdefault("fail_on", default_fail_on(command))
    return Settings(command=command, paths=tuple(paths), config=found.path if found else None,
                    **{name: tuple(v) if isinstance(v, list) else v for name, v in merged.items()})


def _check_exist(shown: str, chosen: dict[str, tuple[Any, Position]]) -> None:
    """A path the config names (and no flag replaced) must exist: say where the config named it."""
    errors = []
    for name, (value, where) in chosen.items():
        if KEYS[name].kind in _MUST_EXIST:
            paths = value if isinstance(value, tuple) else (value,)
            errors += [InputError(shown, f"'{name}': no such file or folder: {p}", *where)
                       for p in paths if not Path(p).expanduser().exists()]
    _raise(errors)


def _raise(errors: list[InputError]) -> None:
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise InputErrors(errors)


# ---------------------------------------------------------------- finding and reading the file


@dataclass(frozen=True, slots=True)
class ConfigFile:
    """A validated config: each section's values with the position each was read from."""

    path: str
    sections: dict[str, dict[str, tuple[Any, Position]]]

    def values_for(self, command: str) -> dict[str, tuple[Any, Position]]:
        """Top-level keys that apply to ``command``, then its own section over them."""
        chosen = {name: item for name, item in self.sections.get("", {}).items()
                  if command in KEYS[name].commands and not (name == "fail_on" and command == "conflicts")}
        return chosen | self.sections.get(command, {})


def find_config(explicit: str | None, cwd: Path) -> ConfigFile | None:
    """Read ``--config FILE``, else factcheck.yaml or pyproject.toml's ``[tool.factcheck]`` in ``cwd``."""
    if explicit is not None:
        path = Path(explicit)
        if not path.is_file():
            raise InputError(explicit, "no such config file" if not path.exists() else "is not a file")
        if path.suffix.lower() == ".toml":
            loaded = _read_toml(path, _shown(path, cwd), required=True)
        elif path.suffix.lower() in (".yaml", ".yml"):
            loaded = _read_yaml(path, _shown(path, cwd))
        else:
            raise InputError(explicit, "a config file is a .toml file with a [tool.factcheck] table, or .yaml")
        return loaded
    pyproject = _read_toml(cwd / PYPROJECT, PYPROJECT, required=False) if (cwd / PYPROJECT).is_file() else None
    if (cwd / CONFIG_YAML).is_file():
        if pyproject is not None:
            line = _toml_positions(_text(cwd / PYPROJECT, PYPROJECT)).get((("tool", "factcheck"), False), (1, 1))
            raise InputError(PYPROJECT, f"[tool.factcheck] and {CONFIG_YAML} both configure factcheck; "
                                        "keep one, or choose one with --config FILE", *line)
        return _read_yaml(cwd / CONFIG_YAML, CONFIG_YAML)
    return pyproject


def _shown(path: Path, cwd: Path) -> str:
    """The path as the user wrote it relative to the working directory, in posix form."""
    try:
        return path.resolve().relative_to(cwd.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _text(path: Path, shown: str) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(shown, f"not UTF-8 text (byte offset {exc.start})") from None
    except OSError as exc:
        raise InputError(shown, f"cannot read file: {exc.strerror or exc}") from None


_TOML_WHERE = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


def _read_toml(path: Path, shown: str, *, required: bool) -> ConfigFile | None:
    """Read ``[tool.factcheck]`` of a TOML file; ``None`` when it has none and none is required."""
    text = _text(path, shown)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        where = _TOML_WHERE.search(message)
        line, column = (int(where.group(1)), int(where.group(2))) if where else (None, None)
        raise InputError(shown, f"invalid TOML: {_TOML_WHERE.sub('', message)}", line, column) from None
    table = data.get("tool", {}).get("factcheck") if isinstance(data.get("tool"), dict) else None
    if table is None:
        if required:
            raise InputError(shown, "no [tool.factcheck] table in this file")
        return None
    positions = _toml_positions(text)

    def locate(keys: tuple[str, ...], *, value: bool = False) -> Position:
        for n in range(len(keys), -1, -1):  # the key itself, else the nearest table that holds it
            found = ("tool", "factcheck", *keys[:n]), value and n == len(keys)
            if found in positions:
                return positions[found]
        return 1, 1

    labels = {"": "in [tool.factcheck]"} | {c: f"in [tool.factcheck.{c}]" for c in COMMANDS}
    return _validate(shown, table, locate, labels, path.parent)


def _toml_positions(text: str) -> dict[tuple[tuple[str, ...], bool], Position]:
    """Map each table header and key of a TOML text to the (line, column) where it is written,
    and (with ``True``) each key's value to where the value starts.

    ``tomllib`` keeps no positions, so the text is scanned: a ``[table]`` header opens a table,
    a ``key =`` or ``dotted.key =`` at the start of a line is a key in it. Lines inside
    multi-line strings are skipped. Keys inside inline tables and arrays of tables are not
    found; an error about them points at the nearest enclosing key or header instead.
    """
    positions: dict[tuple[tuple[str, ...], bool], Position] = {}
    table: tuple[str, ...] = ()
    in_string = False
    for number, line in enumerate(text.splitlines(), 1):
        quotes = line.count('"""') + line.count("'''")
        if in_string:
            in_string = quotes % 2 == 0
            continue
        header = _HEADER.match(line)
        key = _KEY_LINE.match(line)
        if header:
            table = _split_key(header.group(2))
            positions.setdefault((table, False), (number, len(header.group(1)) + 1))
        elif key:
            path = (*table, *_split_key(key.group(2)))
            positions.setdefault((path, False), (number, len(key.group(1)) + 1))
            positions.setdefault((path, True), (number, len(line) - len(line[key.end():].lstrip()) + 1))
        in_string = quotes % 2 == 1
    return positions


_BARE_OR_QUOTED = r'(?:[A-Za-z0-9_-]+|"[^"\n]*"|\'[^\'\n]*\')'
_DOTTED = rf"{_BARE_OR_QUOTED}(?:\s*\.\s*{_BARE_OR_QUOTED})*"
_HEADER = re.compile(rf"^(\s*)\[\[?\s*({_DOTTED})\s*\]\]?\s*(?:#.*)?$")
_KEY_LINE = re.compile(rf"^(\s*)({_DOTTED})\s*=")  # match.end() is just past the "="
_KEY_PART = re.compile(_BARE_OR_QUOTED)


def _split_key(dotted: str) -> tuple[str, ...]:
    return tuple(part.strip("\"'") for part in _KEY_PART.findall(dotted))


def _read_yaml(path: Path, shown: str) -> ConfigFile:
    """Read a factcheck.yaml; positions come from the node marks (0-based, hence +1)."""
    root = _compose_yaml(shown, _text(path, shown))
    if root is None:
        return _validate(shown, {}, lambda keys, value=False: (1, 1), {}, path.parent)
    if not isinstance(root, MappingNode):
        raise InputError(shown, "a config file must be a mapping of keys to values", *_mark(root))
    positions: dict[tuple[tuple[str, ...], bool], Position] = {}
    duplicates: list[InputError] = []
    _yaml_positions(root, (), positions, duplicates, shown)
    data = yaml.SafeLoader("").construct_document(root)

    def locate(keys: tuple[str, ...], *, value: bool = False) -> Position:
        for n in range(len(keys), 0, -1):
            if (keys[:n], value and n == len(keys)) in positions:
                return positions[(keys[:n], value and n == len(keys))]
        return _mark(root)

    labels = {"": f"in {Path(shown).name}"} | {c: f"in '{c}'" for c in COMMANDS}
    return _validate(shown, data, locate, labels, path.parent, duplicates)


def _compose_yaml(shown: str, text: str) -> Node | None:
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        # as in claims.py: a quote or bracket left open is noticed at the end of the file,
        # but the place to fix is where it was opened (the context mark)
        at_end = exc.problem is not None and "end of stream" in exc.problem and exc.context_mark is not None
        mark = exc.context_mark if at_end else exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "syntax error"
        if at_end and exc.context:
            problem = f"{exc.context.removeprefix('while scanning ')} opened here is never closed"
        raise InputError(shown, f"invalid YAML: {problem}",
                         *(_mark_position(mark) if mark else (None, None))) from None
    except yaml.YAMLError as exc:
        raise InputError(shown, f"invalid YAML: {exc}") from None


def _mark(node: Node) -> Position:
    return _mark_position(node.start_mark)


def _mark_position(mark: yaml.Mark) -> Position:
    return mark.line + 1, mark.column + 1


def _yaml_positions(node: MappingNode, keys: tuple[str, ...], positions: dict[tuple[tuple[str, ...], bool], Position],
                    errors: list[InputError], shown: str) -> None:
    """Record where each key and its value start; report duplicate and non-text keys (PyYAML keeps the last)."""
    for key, value in node.value:
        if not isinstance(key, ScalarNode):
            errors.append(InputError(shown, "a key must be a plain name", *_mark(key)))
            continue
        path = (*keys, str(key.value))
        if (path, False) in positions:
            errors.append(InputError(shown, f"duplicate key '{key.value}' (first at line "
                                            f"{positions[(path, False)][0]})", *_mark(key)))
            continue
        positions[(path, False)], positions[(path, True)] = _mark(key), _mark(value)
        if isinstance(value, MappingNode):
            _yaml_positions(value, path, positions, errors, shown)


# ---------------------------------------------------------------- validating the values

Locate = Callable[..., Position]


def _validate(shown: str, table: Any, locate: Locate, labels: dict[str, str], folder: Path,
              errors: list[InputError] | None = None) -> ConfigFile:
    """Check every key of the table (and of its per-command sections); collect every problem
    (added to ``errors``, those found while reading)."""
    errors = list(errors or [])
    sections: dict[str, dict[str, tuple[Any, Position]]] = {}
    if not isinstance(table, dict):
        raise InputError(shown, "the factcheck settings must be a table of keys", *locate(()))
    for section in ("", *COMMANDS):
        body = table if section == "" else table.get(section)
        if body is None:
            continue
        prefix = (section,) if section else ()
        if not isinstance(body, dict):
            errors.append(InputError(shown, f"'{section}' must be a table of settings for "
                                            f"'factcheck {section}'", *locate(prefix, value=True)))
            continue
        sections[section] = {}
        for name, raw in body.items():
            if section == "" and name in COMMANDS:
                continue
            keys = (*prefix, name)
            problem = _key_problem(name, section, labels)
            if problem:
                errors.append(InputError(shown, problem, *locate(keys)))
                continue
            try:
                value = _value(name, raw, section or "check", folder)
            except ValueError as exc:
                errors.append(InputError(shown, f"'{'.'.join(keys)}' {exc}", *locate(keys, value=True)))
                continue
            sections[section][name] = (value, locate(keys, value=True))
    errors.sort(key=lambda e: (e.line or 0, e.column or 0))
    _raise(errors)
    return ConfigFile(shown, sections)


def _key_problem(name: str, section: str, labels: dict[str, str]) -> str | None:
    """Why a key is not allowed where it stands, or None."""
    label = labels.get(section, section)
    if name not in KEYS:
        allowed = [*KEYS, *COMMANDS] if section == "" else [k for k in KEYS if section in KEYS[k].commands]
        close = difflib.get_close_matches(name, allowed, n=1)
        return f"unknown key '{name}' {label}" + (f" (did you mean '{close[0]}'?)" if close else
                                                 f" (expected one of: {', '.join(allowed)})")
    if section and section not in KEYS[name].commands:
        used = ", ".join(KEYS[name].commands)
        return f"key '{name}' does not apply to 'factcheck {section}' (it is for: {used})"
    return None


def _value(name: str, raw: Any, command: str, folder: Path) -> Any:
    """Turn one raw value into what Settings holds, or raise ValueError saying what was expected."""
    kind = KEYS[name].kind
    if kind == "bool":
        if not isinstance(raw, bool):
            raise ValueError(f"must be true or false, got {_type(raw)}")
        return raw
    if kind == "top":
        if isinstance(raw, bool) or not isinstance(raw, int) or raw < 1:
            raise ValueError(f"must be a whole number of at least 1, got {_type(raw)}")
        return raw
    if kind == "confidence":
        if isinstance(raw, bool) or not isinstance(raw, int | float) or not 0 <= raw <= 1:
            raise ValueError(f"must be a number from 0 to 1, got {_type(raw)}")
        return float(raw)
    if kind == "format":
        if raw not in FORMATS:
            raise ValueError(f"must be one of {', '.join(FORMATS)}, got {_type(raw)}")
        return raw
    if kind == "fail_on":
        if not isinstance(raw, str) and not (isinstance(raw, list) and all(isinstance(t, str) for t in raw)):
            raise ValueError(f"must be a list of names or a comma-separated string, got {_type(raw)}")
        try:
            return parse_fail_on(raw, command)
        except ValueError as exc:
            raise ValueError(f"has an {exc}") from None
    if kind == "paths":
        items = [raw] if isinstance(raw, str) else raw
        if not isinstance(items, list) or not items or not all(isinstance(p, str) and p.strip() for p in items):
            raise ValueError(f"must be a path or a list of paths, got {_type(raw)}")
        return tuple(resolve_path(p, folder) for p in items)
    if not isinstance(raw, str) or not raw.strip():
        raise ValueError(f"must be a path, got {_type(raw)}")
    return resolve_path(raw, folder)


def _type(raw: Any) -> str:
    """Name a value's type the way a writer thinks of it, with the value when it is short."""
    names = {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "a list", dict: "a table"}
    name = names.get(type(raw), "nothing" if raw is None else f"a {type(raw).__name__}")
    shown = repr(raw) if isinstance(raw, str | int | float) and len(repr(raw)) <= 40 else ""
    return f"{name} {shown}".strip()


def resolve_path(path: str, folder: Path) -> str:
    """Resolve a path written in a config file against that file's folder, as a posix path
    relative to the working directory when it lies inside it (``~`` and absolute paths kept)."""
    if path.startswith("~"):
        return Path(os.path.expanduser(path)).as_posix()
    joined = Path(os.path.normpath(folder / path))
    if joined.is_absolute():
        try:
            return joined.relative_to(Path.cwd()).as_posix() or "."
        except ValueError:
            return joined.as_posix()
    return joined.as_posix()
