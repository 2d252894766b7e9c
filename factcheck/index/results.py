"""Results of earlier runs, kept in the persistent index, for claims asked again (and
the corpus's disagreements, found once per corpus).

A CI job checks the same claims against the same sources run after run. A claim's
result depends only on its content (text, quote, citations, expected values), the run's
options and the corpus, so it is stored under a hash of those and of the index schema;
the corpus enters by its digest, so any change to any source retires every stored
result. What identifies the claim (id, file, line) is put back from the claim at hand.

Results made by other code are not reused either: the key includes a hash of
factcheck's own source files.

A stored result is JSON, never a pickle: whoever can write the cache folder (a CI cache
restored from elsewhere, a shared folder) must not be able to run code in the next run.
Each record carries a checksum of its key and text, and is decoded against the types of
:mod:`factcheck.models` (field by field, verdicts and statuses among their known values);
a record that fails any of this is a cache miss: the result is computed again, never
taken on trust and never an error.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import sqlite3
import types
import typing
from pathlib import Path
from typing import Any

from factcheck import models
from factcheck.models import (
    CITE_STATUSES,
    QUOTE_STATUSES,
    STANCES,
    VERDICTS,
    Claim,
    ClaimResult,
    Conflict,
    ConflictReport,
)

BUSY_S = 600.0
RECORD_VERSION = 1  # of the JSON shape below; a record of another version is a miss

# What may be stored, by the name a record gives its type: the values the pipeline keeps.
STORED_TYPES: dict[str, Any] = {
    "ClaimResult": ClaimResult,
    "ConflictReport": ConflictReport,
    "tuple[Conflict, ...]": tuple[Conflict, ...],
    "tuple[tuple[str, str], ...]": tuple[tuple[str, str], ...],
}

# Fields whose values come from a closed list (CONTRACT.md section 3): anything else in a
# record is damage, not a new verdict.
_CHOICES: dict[tuple[type, str], tuple[str, ...]] = {
    (ClaimResult, "verdict"): VERDICTS,
    (models.Evidence, "stance"): STANCES,
    (models.QuoteCheck, "status"): QUOTE_STATUSES,
    (models.CiteCheck, "status"): CITE_STATUSES,
}


class RecordError(ValueError):
    """A stored record that does not decode to the value it claims to hold."""


class ResultCache:
    """Looks results up in a store's read snapshot; writes new ones when the run ends."""

    def __init__(self, connection: sqlite3.Connection, path: Path, digest: str, schema: str, fingerprint: str) -> None:
        self._connection = connection
        self._path = path
        self._digest = digest
        self._salt = f"{schema}\0{code_version()}\0{digest}\0{fingerprint}"
        self._lasting = f"{schema}\0{code_version()}\0{fingerprint}"  # no corpus digest: see get_lasting
        self._new: dict[str, Any] = {}

    def key(self, claim: Claim) -> str:
        """The key of a claim's result: a hash of its content and of the run (hex)."""
        return self._key(repr((claim.text, claim.quote, claim.cite, claim.expect)))

    def get(self, claim: Claim) -> ClaimResult | None:
        """The stored result of a claim with this content, as this claim's result."""
        found = self._lookup(self.key(claim))
        return dataclasses.replace(found, claim=claim) if isinstance(found, ClaimResult) else None

    def put(self, claim: Claim, result: ClaimResult) -> None:
        """Keep a claim's result, to be written by :meth:`save`."""
        self._new[self.key(claim)] = result

    def get_named(self, name: str) -> Any:
        """A stored whole-corpus result (the corpus's disagreements), or None."""
        return self._lookup(self._key(f"named\0{name}"))

    def put_named(self, name: str, value: object) -> None:
        """Keep a whole-corpus result (one of :data:`STORED_TYPES`), to be written by :meth:`save`."""
        self._new[self._key(f"named\0{name}")] = value

    def get_lasting(self, name: str) -> Any:
        """A value kept by an earlier run on these sources with these options, whatever
        the corpus was then (an incremental ``conflicts`` rescan reads what the last scan
        found); None if there is none. It lasts until a run on another corpus saves."""
        return self._lookup(hashlib.sha256(f"{self._lasting}\0lasting\0{name}".encode()).hexdigest())

    def put_lasting(self, name: str, value: object) -> None:
        """Keep a value for :meth:`get_lasting` (one of :data:`STORED_TYPES`), written by :meth:`save`."""
        self._new[hashlib.sha256(f"{self._lasting}\0lasting\0{name}".encode()).hexdigest()] = value

    def _key(self, content: str) -> str:
        return hashlib.sha256(f"{self._salt}\0{content}".encode()).hexdigest()

    def _lookup(self, key: str) -> Any:
        found = self._new.get(key)
        if found is None:
            try:
                row = self._connection.execute("SELECT value, checksum FROM results WHERE key = ?", (key,)).fetchone()
            except sqlite3.Error:  # a damaged page: the result is computed again
                return None
            if row is not None:
                try:
                    found = decode_record(key, row[0], row[1])
                except RecordError:
                    found = None
        return found

    def save(self) -> None:
        """Write the new results in one transaction of its own (the run's snapshot only
        reads), dropping those of other corpora."""
        rows = []
        for key, value in sorted(self._new.items()):
            try:
                text = encode_record(value)
            except RecordError:  # not a type the store keeps: found again next time
                continue
            rows.append((key, self._digest, text, record_checksum(key, text)))
        self._new.clear()
        if not rows:
            return
        try:
            connection = sqlite3.connect(self._path, timeout=BUSY_S, isolation_level=None)
            try:
                connection.execute("BEGIN IMMEDIATE")
                connection.execute("DELETE FROM results WHERE digest != ?", (self._digest,))
                connection.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?)", rows)
                connection.execute("COMMIT")
            finally:
                connection.close()
        except sqlite3.Error:
            pass  # a read-only, full or damaged cache: the results are found again next time


# -- records -------------------------------------------------------------------------


def record_checksum(key: str, text: str) -> str:
    """The checksum stored beside a record: binds its text to its key, so that damage to
    either, or a record moved under another key, is seen (hex, 32 characters)."""
    return hashlib.blake2b(f"{key}\0{text}".encode(), digest_size=16).hexdigest()


def encode_record(value: object) -> str:
    """A stored value as JSON text: ``{"version", "type", "value"}``, dataclasses as
    objects of their fields, tuples as arrays. RecordError for a type not in
    :data:`STORED_TYPES`. ``decode_record(encode_record(v)) == v`` for every stored type
    (floats and ints keep their JSON spelling, so reports print the same)."""
    if isinstance(value, (ClaimResult, ConflictReport)):
        name = type(value).__name__
    elif isinstance(value, tuple) and all(isinstance(v, Conflict) for v in value):
        name = "tuple[Conflict, ...]"
    elif isinstance(value, tuple) and all(isinstance(v, tuple) and len(v) == 2
                                          and all(isinstance(s, str) for s in v) for v in value):
        name = "tuple[tuple[str, str], ...]"
    else:
        raise RecordError(f"cannot store a {type(value).__name__}")
    return json.dumps({"version": RECORD_VERSION, "type": name, "value": _plain(value)},
                      separators=(",", ":"), sort_keys=True)


def decode_record(key: str, text: object, checksum: object) -> Any:
    """The value of a stored record; RecordError if its checksum, JSON or any field's
    type or value is not what :func:`encode_record` writes."""
    if not isinstance(text, str) or checksum != record_checksum(key, text):
        raise RecordError("checksum mismatch")
    try:
        record = json.loads(text)
        if not isinstance(record, dict) or set(record) != {"version", "type", "value"}:
            raise RecordError("not a record")
        if record["version"] != RECORD_VERSION or record["type"] not in STORED_TYPES:
            raise RecordError(f"record of version {record['version']!r}, type {record['type']!r}")
        return _typed(STORED_TYPES[record["type"]], record["value"])
    except (ValueError, TypeError, RecursionError) as exc:  # ValueError includes RecordError
        raise RecordError(str(exc)) from None


def _plain(value: object) -> object:
    """A model value as JSON data (see :func:`encode_record`)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (str, int, float)):  # bool is an int
        return value
    raise RecordError(f"cannot store a {type(value).__name__}")


def _typed(hint: Any, data: object) -> Any:
    """JSON data as a value of type ``hint`` (a model dataclass, tuple, union, str, int,
    float, bool or None); RecordError where the data does not fit."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        for option in typing.get_args(hint):
            try:
                return _typed(option, data)
            except RecordError:
                continue
        raise RecordError(f"{data!r:.40} is none of {hint}")
    if origin is tuple:
        args = typing.get_args(hint)
        if not isinstance(data, list):
            raise RecordError(f"expected a list for {hint}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_typed(args[0], item) for item in data)
        if len(args) != len(data):
            raise RecordError(f"expected {len(args)} items for {hint}")
        return tuple(_typed(arg, item) for arg, item in zip(args, data, strict=True))
    if hint is type(None) or hint is None:
        if data is not None:
            raise RecordError("expected null")
        return None
    if hint is bool:
        if not isinstance(data, bool):
            raise RecordError("expected a boolean")
        return data
    if hint is int or hint is float:
        # A float field may hold an int (a score of 100): it is kept as it was written.
        if isinstance(data, bool) or not isinstance(data, (int, float)) or (hint is int and isinstance(data, float)):
            raise RecordError(f"expected a number of type {hint.__name__}")
        return data
    if hint is str:
        if not isinstance(data, str):
            raise RecordError("expected a string")
        return data
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _typed_dataclass(hint, data)
    raise RecordError(f"cannot read a {hint}")


def _typed_dataclass(cls: type, data: object) -> Any:
    hints = _hints(cls)
    if not isinstance(data, dict) or set(data) != set(hints):
        raise RecordError(f"expected the fields of {cls.__name__}")
    values = {name: _typed(hint, data[name]) for name, hint in hints.items()}
    for name, value in values.items():
        allowed = _CHOICES.get((cls, name))
        if allowed is not None and value not in allowed:
            raise RecordError(f"{cls.__name__}.{name} {value!r} is not one of {allowed}")
    return cls(**values)


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    """The field types of a model dataclass, resolved (the models use postponed annotations)."""
    resolved = typing.get_type_hints(cls, vars(models))
    return {f.name: resolved[f.name] for f in dataclasses.fields(cls)}


@functools.cache
def code_version() -> str:
    """A hash of factcheck's own source and data files (the whole package, word lists
    included): a result made by other code is not reused, even between two versions that
    carry one version number (as in development)."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in code_files():
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def code_files() -> list[Path]:
    """The files :func:`code_version` hashes: every module and word list of the package."""
    package = Path(__file__).resolve().parent.parent
    return sorted(p for p in package.rglob("*") if p.suffix in {".py", ".tsv"})
