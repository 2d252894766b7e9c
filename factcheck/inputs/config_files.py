"""Finding and reading config files: TOML and YAML parsed, with the line and column of every key.

Kept apart from :mod:`factcheck.inputs.settings`, which says what the keys mean, because the file
formats are a subject of their own: ``tomllib`` keeps no positions, so a TOML key's line is
found by scanning the text (see :func:`_toml_positions`), and YAML positions come from
PyYAML's node marks. A reader knows no key: it hands each file, as soon as it is read, as a
:class:`RawConfig` to the ``validate`` function its caller passes (``config._validate``),
so that this module sits below ``config`` without an import cycle. A file that cannot be
read or parsed is an :class:`InputError` at ``file:line:col``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

from factcheck.errors import InputError
from factcheck.inputs.claims import YamlLoader
from factcheck.inputs.files import unsupported_encoding

CONFIG_YAML = "factcheck.yaml"
PYPROJECT = "pyproject.toml"

Position = tuple[int, int]
Locate = Callable[..., Position]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RawConfig:
    """A config file's settings as read, before any key is checked."""

    shown: str  # the file's path as the user wrote it
    table: Any  # the [tool.factcheck] table, or the YAML document
    locate: Locate  # (keys, value=False) -> where the key (or its value) is written
    label: Callable[[str], str]  # a section ("" or a command) as errors name it: "in [tool.factcheck.check]"
    folder: Path  # paths in the file are relative to its folder
    errors: tuple[InputError, ...] = ()  # found while reading: duplicate keys, keys that are not names


def find_config(explicit: str | None, cwd: Path, validate: Callable[[RawConfig], T]) -> T | None:
    """Read ``--config FILE``, else factcheck.yaml or pyproject.toml's ``[tool.factcheck]`` in ``cwd``.

    Each file found is passed to ``validate`` as soon as it is read (so an invalid pyproject.toml
    is reported as such even beside a factcheck.yaml); its result is returned.
    """
    if explicit is not None:
        path = Path(explicit)
        if not path.is_file():
            raise InputError(explicit, "no such config file" if not path.exists() else "is not a file")
        if path.suffix.lower() == ".toml":
            loaded = _read_toml(path, _shown(path, cwd), validate, required=True)
        elif path.suffix.lower() in (".yaml", ".yml"):
            loaded = _read_yaml(path, _shown(path, cwd), validate)
        else:
            raise InputError(explicit, "a config file is a .toml file with a [tool.factcheck] table, or .yaml")
        return loaded
    pyproject = (_read_toml(cwd / PYPROJECT, PYPROJECT, validate, required=False)
                 if (cwd / PYPROJECT).is_file() else None)
    if (cwd / CONFIG_YAML).is_file():
        if pyproject is not None:
            line = _toml_positions(_text(cwd / PYPROJECT, PYPROJECT)).get((("tool", "factcheck"), False), (1, 1))
            raise InputError(PYPROJECT, f"[tool.factcheck] and {CONFIG_YAML} both configure factcheck; "
                                        "keep one, or choose one with --config FILE", *line)
        return _read_yaml(cwd / CONFIG_YAML, CONFIG_YAML, validate)
    return pyproject


def _shown(path: Path, cwd: Path) -> str:
    """The path as the user wrote it relative to the working directory, in posix form."""
    try:
        return path.resolve().relative_to(cwd.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _text(path: Path, shown: str) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(shown, f"cannot read file: {exc.strerror or exc}") from None
    wide = unsupported_encoding(data)
    if wide is not None:
        raise InputError(shown, wide)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(shown, f"not UTF-8 text (byte offset {exc.start})") from None


_TOML_WHERE = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


def _read_toml(path: Path, shown: str, validate: Callable[[RawConfig], T], *, required: bool) -> T | None:
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

    return validate(RawConfig(shown, table, locate, _toml_label, path.parent))


def _toml_label(section: str) -> str:
    return f"in [tool.factcheck.{section}]" if section else "in [tool.factcheck]"


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


def _read_yaml(path: Path, shown: str, validate: Callable[[RawConfig], T]) -> T:
    """Read a factcheck.yaml; positions come from the node marks (0-based, hence +1)."""
    root = _compose_yaml(shown, _text(path, shown))
    if root is None:
        return validate(RawConfig(shown, {}, lambda keys, value=False: (1, 1), _yaml_label(shown), path.parent))
    if not isinstance(root, MappingNode):
        raise InputError(shown, "a config file must be a mapping of keys to values", *_mark(root))
    positions: dict[tuple[tuple[str, ...], bool], Position] = {}
    duplicates: list[InputError] = []
    _yaml_positions(root, (), positions, duplicates, shown)
    try:
        data = yaml.SafeLoader("").construct_document(root)
    except yaml.MarkedYAMLError as exc:  # e.g. a list as a key: "found unhashable key"
        mark = exc.problem_mark or exc.context_mark
        where = (mark.line + 1, mark.column + 1) if mark else _mark(root)
        raise InputError(shown, f"invalid YAML: {exc.problem or exc.context}", *where) from None

    def locate(keys: tuple[str, ...], *, value: bool = False) -> Position:
        for n in range(len(keys), 0, -1):
            if (keys[:n], value and n == len(keys)) in positions:
                return positions[(keys[:n], value and n == len(keys))]
        return _mark(root)

    return validate(RawConfig(shown, data, locate, _yaml_label(shown), path.parent, tuple(duplicates)))


def _yaml_label(shown: str) -> Callable[[str], str]:
    return lambda section: f"in '{section}'" if section else f"in {Path(shown).name}"


def _compose_yaml(shown: str, text: str) -> Node | None:
    try:
        return yaml.compose(text, Loader=YamlLoader)  # nesting limited, as in claims files
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
