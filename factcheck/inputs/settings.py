"""Project settings: ``[tool.factcheck]`` in pyproject.toml or a factcheck.yaml, merged with the flags.

Precedence, highest first: a command-line option; the command's own section of the config
(``[tool.factcheck.check]``, ``check:``); a top-level config key; the built-in default.
Config keys are the long option names with ``_`` for ``-`` (``fail_on`` is ``--fail-on``),
so what a key does is what its flag does (codespell's rule). The files, in the current
directory only: ``factcheck.yaml``, or ``pyproject.toml`` with a ``[tool.factcheck]`` table;
``--config FILE`` names one explicitly. Both in one folder is an error that names both,
because a silent precedence would leave one of them ignored without anyone noticing.

Every key is validated: an unknown key, a wrong type or a path that does not exist is an
:class:`InputError` at ``file:line:col``. Finding and reading the files, and where each key
stands in them, is in :mod:`factcheck.inputs.config_files`; this module says what the keys mean.
Paths in a config file are relative to the file's folder. Returns data, never prints.
"""

from __future__ import annotations

import datetime
import difflib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.cluster.address import parse_address
from factcheck.errors import InputError, InputErrors
from factcheck.inputs.config_files import Position, RawConfig, find_config
from factcheck.inputs.config_files import _toml_positions as _toml_positions  # re-exported: the tests use it

COMMANDS = ("check", "verify", "conflicts")
FORMATS = ("text", "json", "sarif", "junit", "github", "html", "claimreview")
FAIL_ON_DEFAULT = ("partial,contradicted,disputed,not_found,quote:close,quote:missing,"
                   "cite:wrong_source,cite:not_found,cite:unknown_source")
CONFLICT_KINDS = ("name_variant", "number", "duration", "age", "ordinal", "date", "statement", "negation", "antonym")
_FAIL_ALIASES = {"misquote": ("quote:close",), "any": tuple(FAIL_ON_DEFAULT.split(",")), "never": ()}
_CONFLICT_ALIASES = {"any": CONFLICT_KINDS, "never": ()}
CLUSTER_ENV = "FACTCHECK_CLUSTER"  # the cluster's address when neither a flag nor the config gives one


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
    follow_symlinks: bool = False
    cache_dir: str | None = None
    index: bool = True
    baseline: str | None = None
    write_baseline: str | None = None
    changed_since: str | None = None
    config: str | None = None
    review_url: str | None = None
    review_author: str | None = None
    review_date: str | None = None
    cluster: str | None = None


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
    "skip_bad_sources": _Key("bool"), "follow_symlinks": _Key("bool"), "cache_dir": _Key("dir"), "index": _Key("bool"), "baseline": _Key("path"),
    "review_url": _Key("url", ("check", "verify")), "review_author": _Key("text", ("check", "verify")),
    "review_date": _Key("date", ("check", "verify")), "cluster": _Key("cluster"),
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
    found = find_config(config, Path.cwd(), _validate)
    chosen = found.values_for(command) if found is not None else {}
    flags = {name: value for name, value in given.items() if value is not None and value != [] and value != ()}
    if found is not None:
        _check_exist(found.path, {name: item for name, item in chosen.items() if name not in flags})
    merged = {name: value for name, (value, _) in chosen.items()} | flags
    if "cluster" not in merged and os.environ.get(CLUSTER_ENV, "").strip():
        merged["cluster"] = _cluster_env()
    if merged.get("write_baseline") and merged.get("changed_since"):
        raise InputError("--write-baseline", "cannot be combined with --changed-since: a baseline records a whole run")
    claims, drafts = merged.pop("claims", ()), merged.pop("drafts", ())
    paths = (claims or ("claims",)) if command == "check" else drafts
    merged.setdefault("fail_on", default_fail_on(command))
    # Values are as validated against KEYS (config) or typed by the CLI (flags); mypy cannot tie a key to its field.
    options: dict[str, Any] = {name: tuple(v) if isinstance(v, list) else v for name, v in merged.items()}
    return Settings(command=command, paths=tuple(paths), config=found.path if found else None, **options)


def cluster_value(raw: str) -> str:
    """A cluster address (``cluster``, ``--cluster``, ``$FACTCHECK_CLUSTER``): ``local``,
    ``local:N``, ``synchronous`` or a scheduler's ``tcp://HOST:PORT``
    (:func:`factcheck.cluster.address.parse_address`); ValueError otherwise."""
    return str(parse_address(raw))


def _cluster_env() -> str:
    try:
        return cluster_value(os.environ[CLUSTER_ENV])
    except ValueError as exc:
        raise InputError(CLUSTER_ENV, str(exc)) from None


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


# ---------------------------------------------------------------- the file's values, once read


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


# ---------------------------------------------------------------- validating the values

def _validate(found: RawConfig) -> ConfigFile:
    """Check every key of the table (and of its per-command sections); collect every problem
    (added to ``found.errors``, those found while reading)."""
    shown, table, locate, errors = found.shown, found.table, found.locate, list(found.errors)
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
            problem = _key_problem(name, section, found.label(section))
            if problem:
                errors.append(InputError(shown, problem, *locate(keys)))
                continue
            try:
                value = _value(name, raw, section or "check", found.folder)
            except ValueError as exc:
                errors.append(InputError(shown, f"'{'.'.join(keys)}' {exc}", *locate(keys, value=True)))
                continue
            sections[section][name] = (value, locate(keys, value=True))
    errors.sort(key=lambda e: (e.line or 0, e.column or 0))
    _raise(errors)
    return ConfigFile(shown, sections)


def _key_problem(name: str, section: str, label: str) -> str | None:
    """Why a key is not allowed where it stands (``label`` names the section), or None."""
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
    if kind == "cluster":
        if not isinstance(raw, str):
            raise ValueError(f"must be an address (local, local:N or tcp://HOST:PORT), got {_type(raw)}")
        return cluster_value(raw)
    if kind in _REVIEW_VALUES:
        if not isinstance(raw, str | datetime.date):
            raise ValueError(f"must be a string, got {_type(raw)}")
        return _REVIEW_VALUES[kind](str(raw))
    if kind == "paths":
        items = [raw] if isinstance(raw, str) else raw
        if not isinstance(items, list) or not items or not all(isinstance(p, str) and p.strip() for p in items):
            raise ValueError(f"must be a path or a list of paths, got {_type(raw)}")
        return tuple(resolve_path(p, folder) for p in items)
    if not isinstance(raw, str) or not raw.strip():
        raise ValueError(f"must be a path, got {_type(raw)}")
    return resolve_path(raw, folder)


def review_url_value(raw: str) -> str:
    """A ClaimReview page URL (``review_url``): absolute http(s), or ValueError."""
    if not re.fullmatch(r"https?://[^\s/]+\S*", raw.strip()):
        raise ValueError(f"must be an http:// or https:// URL, got {_type(raw)}")
    return raw.strip()


def review_author_value(raw: str) -> str:
    """The ClaimReview author's name (``review_author``): any text that is not blank, or ValueError."""
    if not raw.strip():
        raise ValueError("must be a name, got an empty string")
    return " ".join(raw.split())


def review_date_value(raw: str) -> str:
    """The ClaimReview date (``review_date``): an ISO date ``YYYY-MM-DD``, or ``today`` (kept as
    the word: the CLI reads the clock when it renders, so that the date is fixed only on request)."""
    text = raw.strip()
    if text == "today":
        return text
    try:
        if len(text) == 10:
            return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    raise ValueError(f"must be a date as YYYY-MM-DD, or today, got {_type(raw)}")


_REVIEW_VALUES = {"url": review_url_value, "text": review_author_value, "date": review_date_value}


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
