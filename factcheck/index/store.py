"""The persistent index: a corpus's passages and postings in SQLite, kept per file content.

A second run over an unchanged corpus must not redo the first run's work. The store
keeps, for every source file, its size, modification time and content hash, and for
every content hash the file's passages and postings (:class:`DocumentIndex`). A refresh
stats the files; only a file whose stat changed is read, and only a file whose content
hash is new is split and stemmed (on every core). When anything changed, the
per-content postings are merged again in corpus order into one row per term.

Why SQLite: it is in the standard library, a file the user can move or delete, safe for
two processes at once (WAL journal; a refresh holds the write lock, ``BEGIN
IMMEDIATE``, while it writes; a reader keeps one read transaction open for a whole
run, so it sees one consistent snapshot even if another process refreshes meanwhile),
and a term's postings are one indexed row away.

The cache folder holds one database per set of source roots, plus a ``CACHEDIR.TAG``
and a ``.gitignore`` so that backups and git leave it alone. Those markers are written
only into a folder factcheck creates, an empty one, or one that is already a cache (it
has a ``CACHEDIR.TAG``): ``--cache-dir .`` must not hide a project from git and backups.

The store checks itself (see :func:`check_health`): a schema version (``PRAGMA
user_version`` and the schema string in ``meta``), a manifest of row counts and of a
checksum of the merged arrays, a checksum on every row (files, contents, postings,
results), SQLite's ``quick_check`` where it is cheap, and sanity checks of what is read
back (passage offsets within their documents, posting lists ascending and in range). A
store that fails is rebuilt from the sources with one warning; a damaged row of a file
only makes that file be read again; a posting list found damaged during a run is
recomputed from the sources for that run. Never a traceback, never a wrong result.
"""

from __future__ import annotations

import contextlib
import datetime
import errno
import hashlib
import json
import os
import re
import socket
import sqlite3
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeGuard, cast, overload

import numpy as np

from factcheck import __version__
from factcheck.errors import InputError
from factcheck.index.bm25 import (
    NUMBER_WORDS,
    PID,
    STOPWORDS,
    TF,
    DocumentIndex,
    Index,
    Merged,
    Merger,
    index_document,
    merge,
)
from factcheck.index.results import ResultCache, record_checksum
from factcheck.lexicon.lemmas import IRREGULAR
from factcheck.lexicon.spellings import AMERICAN_SPELLINGS
from factcheck.models import Document, Passage
from factcheck.progress import Progress
from factcheck.sources.corpus import Corpus, describe, discover, make_corpus, make_document, read_source_encoded
from factcheck.sources.normalize import fold
from factcheck.sources.passages import SENTENCE_RULES, mask, may_hold_superscripts
from factcheck.sources.pdf import NoTextLayer
from factcheck.workers import Engine, process_pool

DEFAULT_CACHE_DIR = ".factcheck_cache"
PARALLEL_BYTES = 4_000_000  # below this much new text, splitting in one process is faster
BATCH_FILES = 64            # files a worker indexes per task
POSTINGS_CACHE = 4096       # terms whose postings a reader keeps decoded
DOCUMENTS_CACHE = 4096      # documents a reader keeps loaded (and their masked views) ...
TEXT_CACHE = 16_000_000     # ... up to this many characters of them: a warm run's claims meet
# thousands of documents, and reading and masking one again costs more than checking a claim
PASSAGES_CACHE = 200_000    # passages a reader keeps made
READ_CACHE_KIB = 32_768     # SQLite's page cache of a reader (its default is 2 MiB): the postings a run
# reads again stay in memory, not read again from the file, a third of the cost of a warm claim's lookup
RACY_NS = 2_000_000_000  # a stat younger than this is checked by content next time
BUSY_MS = 600_000           # how long a refresh waits for another process's refresh


_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS files (
    doc_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, path TEXT NOT NULL, size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL, hash TEXT NOT NULL, chars INTEGER NOT NULL, aliases TEXT NOT NULL,
    date TEXT, checksum BLOB) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS contents (
    hash TEXT PRIMARY KEY, starts BLOB, ends BLOB, lengths BLOB, term_ids BLOB, counts BLOB,
    pids BLOB, tfs BLOB, checksum BLOB) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS postings (term TEXT PRIMARY KEY, pids BLOB, tfs BLOB, checksum BLOB) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS terms (term TEXT PRIMARY KEY, id INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS results (
    key TEXT PRIMARY KEY, digest TEXT NOT NULL, value TEXT, checksum TEXT) WITHOUT ROWID;
"""
SCHEMA_VERSION = 2  # PRAGMA user_version of a store of these tables; bump when they change
CHECKSUM_BYTES = 8  # blake2b digest size of a row's checksum: damage, not an attacker, is the threat
# Stores up to this size get PRAGMA quick_check on every open (measured: 34 ms of the 46 ms
# the open's checks take for a 53 MB store made from 20 MB of Wikipedia text, warm cache) ...
QUICK_CHECK_BYTES = 64 << 20
# ... and up to this size a check of every posting list's, part's and term's checksum
# (measured: 5 ms for the seeds' 0.14 MB store, 570 ms for that 53 MB one, so ~20 ms
# here); above it, posting lists are checked as a run reads them.
SWEEP_BYTES = 2 << 20


# A store made by other tables or other terms is rebuilt, never misread.
SCHEMA = "factcheck-index {} ({})".format(hashlib.sha256(repr(
    (_TABLES, sorted(STOPWORDS), sorted(NUMBER_WORDS.items()), sorted(IRREGULAR.items()),
     sorted(AMERICAN_SPELLINGS.items()), SENTENCE_RULES)).encode()).hexdigest()[:12],
    __version__)


class CacheUnavailable(InputError):
    """The cache folder or the index file cannot be used: not a folder, read-only, full.
    A run goes on without the index; ``factcheck index`` stops."""


class IndexDamaged(Exception):
    """The store fails a health check (see :func:`check_health`); ``reason`` says which.
    Never reaches a user: the store is rebuilt, with a warning."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _reason(exc: BaseException) -> str:
    if isinstance(exc, (FileExistsError, NotADirectoryError)):
        return "a file stands where its folder should be"
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)


def _disk_full(exc: BaseException) -> bool:
    """Whether an error means the disk (or the file system's quota) is full: SQLite's
    SQLITE_FULL, or ENOSPC / EDQUOT from the operating system."""
    if isinstance(exc, sqlite3.Error):
        return (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF == sqlite3.SQLITE_FULL
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


def _corrupt(exc: sqlite3.Error) -> bool:
    """Whether SQLite found the file damaged or not a database at all (SQLITE_CORRUPT,
    SQLITE_NOTADB): the store is ours to rebuild. Other errors (locked, read-only, cannot
    open) are about the place, not the content, and are not repaired by deleting it."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    return type(exc) is sqlite3.DatabaseError  # raised by this module, or without a code


@dataclass(frozen=True, slots=True)
class RefreshStats:
    """What a refresh did: files by fate, and whether the postings were merged again."""

    files: int = 0
    unchanged: int = 0
    read: int = 0       # stat changed, content hash looked at
    indexed: int = 0    # new content, split and stemmed
    removed: int = 0
    merged: bool = False
    bytes_indexed: int = 0


@dataclass(slots=True)
class _File:
    doc_id: str
    path: Path
    size: int
    mtime_ns: int
    hash: str
    chars: int
    aliases: tuple[str, ...]
    date: str | None


def cache_path(cache_dir: str | Path, roots: Sequence[str | Path]) -> Path:
    """The database file of a set of source roots inside a cache folder."""
    key = json.dumps([str(Path(r).resolve()) for r in roots])
    return Path(cache_dir) / f"index-{hashlib.sha256(key.encode()).hexdigest()[:16]}.sqlite"


class Store:
    """One corpus's persistent index. ``open()`` refreshes it and returns a reader."""

    def __init__(self, roots: Sequence[str | Path], cache_dir: str | Path = DEFAULT_CACHE_DIR, *,
                 follow_symlinks: bool = False) -> None:
        self.roots = list(roots)
        self.follow_symlinks = follow_symlinks  # read what links lead to outside the roots
        self.cache_dir = Path(cache_dir)
        self.path = cache_path(self.cache_dir, self.roots)
        # The file rows a refresh that changed nothing read, for the snapshot opened right after
        # it (which takes them if the corpus digest it reads is theirs, instead of reading and
        # checking every row again); never pickled to a worker.
        self._clean_rows: list[tuple[int, _File]] | None = None
        # The passage arrays that the health check of the last refresh read and checked, with the
        # manifest they matched, for the snapshot opened right after it (which takes them if it
        # reads the same manifest, instead of reading and checksumming them again); never pickled.
        self._checked_arrays: _CheckedArrays | None = None

    def __getstate__(self) -> dict[str, Any]:
        """The store as pickled for a worker process: its attributes, without file rows and
        arrays kept for a snapshot of this process."""
        state = self.__dict__.copy()
        state["_clean_rows"] = state["_checked_arrays"] = None
        return state

    def refresh(self, *, skip_bad: bool = False, progress: Progress | None = None,
                workers: int | None = None, engine: Engine | None = None) -> tuple[RefreshStats, list[str]]:
        """Bring the store up to date with the files; return what was done and warnings.

        A store that fails its health check, or is found damaged on the way, is rebuilt
        from the sources (a warning says why). Raises InputError for a bad source (unless
        ``skip_bad``) or a cache folder that is not a cache, and CacheUnavailable when the
        cache cannot be written (read-only, disk full).

        With an ``engine`` (``--cluster``), the files are read, split and stemmed on its
        workers (:func:`read_files`, which must see the sources at the same paths, relative
        ones taken from this process's working folder), and merged here in corpus order,
        as without it: the store's rows are the same."""
        stats, warnings, connection = self._refreshed(skip_bad, progress, workers, engine)
        self._clean_rows = self._checked_arrays = None  # (kept for a snapshot only: none is opened here)
        connection.close()
        return stats, warnings

    def open(self, *, skip_bad: bool = False, progress: Progress | None = None,
             engine: Engine | None = None) -> StoredCorpus:
        """Refresh, then open a consistent read snapshot of the corpus and its index
        (errors as :meth:`refresh`; ``engine`` as there)."""
        stats, warnings, connection = self._refreshed(skip_bad, progress, None, engine)
        rows, self._clean_rows = self._clean_rows, None
        checked, self._checked_arrays = self._checked_arrays, None
        if engine is not None:  # workers on other machines read the database file: the WAL's pages go into it now
            with contextlib.suppress(sqlite3.Error):
                connection.execute("PRAGMA wal_checkpoint(PASSIVE)")  # never waits for other readers
        try:
            return StoredCorpus(connection, self.path, warnings, stats, rows=rows, checked=checked)
        except (IndexDamaged, sqlite3.DatabaseError) as exc:
            # Damage the refresh's checks missed (or made since by someone else): once more, from nothing.
            connection.close()
            self._discard()
            stats, again, connection = self._refreshed(skip_bad, progress, None, engine)
            note = f"{self.path}: {_damage(exc)}; rebuilt from the sources"
            try:
                return StoredCorpus(connection, self.path, [*dict.fromkeys([*warnings, note, *again])], stats)
            except (IndexDamaged, sqlite3.DatabaseError) as still:
                connection.close()
                raise CacheUnavailable(str(self.path), f"the index is damaged again as soon as it is rebuilt: "
                                                       f"{_damage(still)}") from None

    def snapshot(self, digest: str, *, base: Path | None = None) -> StoredCorpus:
        """Open the store as it is, without a refresh or a repair (for worker processes of a
        run, after their parent's checks); InputError if it no longer holds the corpus the
        run started with, or no longer reads as it did. ``base``: the folder relative source
        paths are read from (the run's working folder, for a worker on another machine);
        the documents keep their paths as stored."""
        try:
            stored = StoredCorpus(self._connect(None), self.path, (), RefreshStats())
        except (IndexDamaged, sqlite3.DatabaseError) as exc:
            raise InputError(str(self.path), f"the index changed during the run ({_damage(exc)}); run again") from None
        if stored.digest != digest:
            stored.close()
            raise InputError(str(self.path), "the index changed during the run; run again")
        stored.documents.base = base
        return stored

    def verify(self) -> Health:
        """Check the store thoroughly (SQLite's ``quick_check``, every row's checksum, the
        manifest, what is read back) without changing it, and compare the stored files
        with the sources (a source changed since is not damage: the next run refreshes it)."""
        started = time.perf_counter()
        if not self.path.is_file():
            return Health(self.path, False, ())
        try:
            connection = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                         timeout=BUSY_MS / 1000)
        except sqlite3.Error as exc:
            return Health(self.path, True, (f"cannot open it: {exc}",))
        problems: list[str] = []
        counts = (0, 0, 0)
        stale = 0
        try:
            connection.execute("BEGIN")
            try:
                problems.extend(_diagnose(connection, self.path, thorough=True))
            except sqlite3.Error as exc:
                problems.append(_damage(exc))
            if not problems:
                counts = _counts(connection)
                entries, _ = discover(self.roots, follow_symlinks=self.follow_symlinks)
                plan = _Plan.make(connection, entries)
                stale = sum(1 for _, path, stored in plan.entries if not _unchanged(stored, path)) + len(plan.removed)
        except sqlite3.Error as exc:
            problems.append(_damage(exc))
        finally:
            connection.close()
        return Health(self.path, True, tuple(problems), *counts, stale=stale,
                      seconds=time.perf_counter() - started)

    # -- writing ---------------------------------------------------------------------

    def _refreshed(self, skip_bad: bool, progress: Progress | None, workers: int | None,
                   engine: Engine | None = None) -> tuple[RefreshStats, list[str], sqlite3.Connection]:
        """Refresh; return what was done, the warnings, and the connection (still open)."""
        entries, warnings = discover(self.roots, follow_symlinks=self.follow_symlinks)
        notes: list[str] = []
        for attempt in (1, 2):
            connection = self._connect(notes)
            try:
                stats, bad = self._refresh(connection, entries, skip_bad, progress, workers, notes, engine)
                return stats, [*dict.fromkeys([*warnings, *notes, *bad])], connection
            except (IndexDamaged, sqlite3.Error) as exc:
                connection.close()
                if isinstance(exc, sqlite3.Error) and not _corrupt(exc):
                    raise self._unavailable(exc, "cannot update the index cache") from None
                if attempt == 2:  # damaged again while it was rebuilt: not a store we can keep
                    raise CacheUnavailable(str(self.path), f"the index is damaged again as soon as it is rebuilt: "
                                                           f"{_damage(exc)}") from None
                self._discard()
                notes.append(f"{self.path}: {_damage(exc)}; rebuilt from the sources")
            except BaseException:
                connection.close()
                raise
        raise AssertionError("unreachable: the loop returns or raises")

    def _keep_arrays(self, checked: _CheckedArrays) -> None:
        self._checked_arrays = checked

    def _unavailable(self, exc: BaseException, doing: str) -> CacheUnavailable:
        if _disk_full(exc):
            return CacheUnavailable(str(self.cache_dir), f"disk full while writing the index at {self.path}")
        return CacheUnavailable(str(self.path if isinstance(exc, sqlite3.Error) else self.cache_dir),
                                f"{doing}: {_reason(exc)}")

    def _discard(self) -> None:
        """Delete the store's files (database, WAL, shared memory) so that it is made anew."""
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    def _connect(self, notes: list[str] | None) -> sqlite3.Connection:
        """Open the store. With ``notes`` (a refresh), make the cache folder and check the
        store (:func:`check_health`): a damaged store, or one made by another version, is
        deleted and made anew, and a note says why. Without (a worker), open it as it is."""
        try:
            if notes is None:
                return _open_database(self.path)
            self._checked_arrays = None  # (an earlier attempt's, of a store since discarded)
            _prepare_cache_dir(self.cache_dir)
            try:
                connection = _open_database(self.path)
            except (IndexDamaged, sqlite3.Error) as exc:
                if isinstance(exc, sqlite3.Error) and not _corrupt(exc):
                    raise  # cannot open or write it: not ours to delete
                reason = _damage(exc)
            else:
                found = check_health(connection, self.path, self._keep_arrays)
                if found is None:
                    return connection
                connection.close()
                reason = found
            self._discard()
            notes.append(f"{self.path}: {reason}; rebuilt from the sources")
            return _open_database(self.path)
        except (IndexDamaged, OSError, sqlite3.Error) as exc:
            if isinstance(exc, IndexDamaged):  # a store just made that fails its checks
                raise CacheUnavailable(str(self.path), f"cannot use the index cache: {exc.reason}") from None
            raise self._unavailable(exc, "cannot use the index cache") from None

    def _refresh(self, connection: sqlite3.Connection, entries: list[tuple[str, Path]], skip_bad: bool,
                 progress: Progress | None, workers: int | None, notes: list[str],
                 engine: Engine | None = None) -> tuple[RefreshStats, list[str]]:
        plan = _Plan.make(connection, entries)
        self._clean_rows = None
        if plan.clean:
            self._clean_rows = plan.rows
            return RefreshStats(files=len(entries), unchanged=len(entries)), []
        connection.execute("BEGIN IMMEDIATE")  # one writer at a time; readers go on
        try:
            plan = _Plan.make(connection, entries)  # another process may have done it meanwhile
            notes.extend(f"{self.path}: the index entry of {doc_id} was damaged; {doc_id} was read again"
                         for doc_id in plan.damaged)
            stats, warnings = self._apply(connection, plan, skip_bad, progress, workers, engine)
            connection.execute("COMMIT")
        except BaseException:
            # SQLite ends the transaction itself on some errors (a full disk): a ROLLBACK then
            # would replace the real error by "cannot rollback - no transaction is active".
            if connection.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    connection.execute("ROLLBACK")
            raise
        return stats, warnings

    def _apply(self, connection: sqlite3.Connection, plan: _Plan, skip_bad: bool, progress: Progress | None,
               workers: int | None, engine: Engine | None = None) -> tuple[RefreshStats, list[str]]:
        """Read the files whose stat changed and store new contents as they stream in from
        the workers; merge the postings as they come once a change is certain, so that
        the merging overlaps the indexing."""
        warnings: list[str] = []
        files: list[_File] = []
        known = {row[0] for row in connection.execute("SELECT hash FROM contents")}
        fresh = [(doc_id, path) for doc_id, path, stored in plan.entries if not _unchanged(stored, path)]
        results = _read_all(fresh, frozenset(known), progress, workers, engine)
        terms = _Terms(connection)
        merging = _Merging(connection, terms, progress, len(plan.entries))
        if plan.removed or _meta(connection, "digest") is None:
            merging.start(files)
        indexed = bytes_indexed = 0
        try:
            for _, path, stored in plan.entries:
                if _unchanged(stored, path):
                    files.append(stored)
                    merging.add(stored)
                    continue
                found, part, error = next(results)
                if found is None:
                    assert error is not None  # _read_one gives an error exactly when it gives no file
                    if not skip_bad and not isinstance(error, NoTextLayer):  # a PDF without text: a warning
                        raise error
                    warnings.append(f"{error} (skipped)")
                    merging.start(files)  # a file that was there is gone from the corpus
                    continue
                if stored is None or stored.hash != found.hash or stored.doc_id != found.doc_id:
                    merging.start(files)
                files.append(found)
                numbered = None
                if part is not None and found.hash not in known:
                    known.add(found.hash)
                    numbered = terms.merger.number(part.vocabulary), part
                    connection.execute("INSERT OR REPLACE INTO contents VALUES (?,?,?,?,?,?,?,?,?)",
                                       _part_row(found.hash, *numbered))
                    indexed += 1
                    bytes_indexed += _size(path)
                merging.add(found, numbered)
        finally:
            results.close()
        terms.save()
        digest = _digest(files)
        merged = digest != _meta(connection, "digest")
        connection.execute("DELETE FROM files")
        connection.executemany("INSERT INTO files VALUES (?,?,?,?,?,?,?,?,?,?)", [
            (*_file_fields(f, seq), _file_checksum(f, seq)) for seq, f in enumerate(files)])
        if merged:
            merging.write(files)
            connection.execute("INSERT OR REPLACE INTO meta VALUES ('digest', ?)", (digest,))
        _write_manifest(connection, terms.checksum())
        stats = RefreshStats(files=len(files), unchanged=len(plan.entries) - len(fresh), read=len(fresh),
                             indexed=indexed, removed=len(plan.removed), merged=merged, bytes_indexed=bytes_indexed)
        return stats, warnings


class _Terms:
    """The store's numbering of terms: a part is kept with term ids, so that a merge
    concatenates arrays and never maps millions of strings again. Ids are never reused."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.merger = Merger(dict(connection.execute("SELECT term, id FROM terms")))
        self._stored = len(self.merger.vocabulary)
        # A wrong numbering would file every posting under another term: checked before use.
        manifest = _manifest(connection)
        expected = manifest.get("terms_checksum") if manifest is not None else None
        if (expected is not None or self._stored) and self.checksum() != expected:
            raise IndexDamaged("the terms table does not match its checksum")

    def checksum(self) -> str:
        """A checksum of the numbering (terms in id order; ids must be 0..n-1), hex."""
        by_id = sorted(self.merger.vocabulary.items(), key=lambda item: item[1])
        if any(i != n for n, (_, i) in enumerate(by_id)):
            return "ids not 0..n-1"
        return _checksum("\0".join(t for t, _ in by_id)).hex()

    def save(self) -> None:
        """Record the terms numbered in this refresh."""
        new = [(t, i) for t, i in self.merger.vocabulary.items() if i >= self._stored]
        self.connection.executemany("INSERT INTO terms VALUES (?, ?)", sorted(new))
        self._stored = len(self.merger.vocabulary)


class _Merging:
    """The merge of a refresh, started only once the postings are sure to change; from
    then on every file's part is added in corpus order as the refresh reaches it."""

    def __init__(self, connection: sqlite3.Connection, terms: _Terms, progress: Progress | None, total: int) -> None:
        self.terms = terms
        self.connection = connection
        self.progress = progress
        self.total = total
        self.merger: Merger | None = None
        self._added = 0

    def start(self, files_so_far: Sequence[_File]) -> None:
        """Start merging (once): the parts of the files already passed are added now."""
        if self.merger is None:
            self.merger = self.terms.merger
            for f in files_so_far:
                self.add(f)

    def add(self, f: _File, numbered: tuple[np.ndarray, DocumentIndex] | None = None) -> None:
        if self.merger is None:
            return
        self.merger.add_numbered(*(numbered if numbered is not None else _load_part(self.connection, f.hash)))
        self._added += 1
        if self.progress and self._added % 500 == 0:
            self.progress("merging", self._added, self.total)

    def write(self, files: Sequence[_File]) -> None:
        """Finish the merge and write one row per term (terms sorted, so that SQLite appends
        to its tree instead of inserting all over it)."""
        merger = self.merger
        if merger is None or merger.count != len(files):  # not started on the way: from the store
            self.merger = None
            merger = self.terms.merger = Merger(self.terms.merger.vocabulary)
            self.start(files)  # takes self.terms.merger
        merged = merger.finish()
        if self.progress:
            self.progress("merging", len(files), len(files))
        connection = self.connection
        connection.execute("DELETE FROM postings")
        connection.executemany("INSERT INTO postings VALUES (?,?,?,?)", (
            (t, p, f, _checksum(t, p, f)) for t, p, f in
            ((t, pids.tobytes(), tfs.tobytes()) for t, pids, tfs in merged.items())))
        for key in ("docs", "starts", "ends", "lengths"):
            connection.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, getattr(merged, key).tobytes()))
        connection.execute("DELETE FROM contents WHERE hash NOT IN (SELECT hash FROM files)")


def _unchanged(stored: _File | None, path: Path) -> TypeGuard[_File]:
    return stored is not None and stored.path == path and _same_stat(stored, path)


@dataclass(slots=True)
class _Plan:
    """Each discovered file with its stored row (or None), and the stored files now gone.

    A stored row that fails its checksum is not trusted: its file is read again as if it
    were new (``damaged`` names it); a row marked stale (no checksum) is read again quietly."""

    entries: list[tuple[str, Path, _File | None]]
    removed: list[str]
    clean: bool
    damaged: list[str] = field(default_factory=list)
    rows: list[tuple[int, _File]] = field(default_factory=list)  # the stored rows that pass their checksum

    @classmethod
    def make(cls, connection: sqlite3.Connection, entries: list[tuple[str, Path]]) -> _Plan:
        rows, damaged = _file_rows(connection, {path.as_posix(): path for _, path in entries})
        stored = {f.doc_id: (seq, f) for seq, f in rows}
        planned: list[tuple[str, Path, _File | None]] = []
        clean = (_meta(connection, "digest") is not None and not damaged and len(rows) == len(entries)
                 and len(stored) == len(rows))
        for seq, (doc_id, path) in enumerate(entries):
            row = stored.get(doc_id)
            if row is None:
                planned.append((doc_id, path, None))
                clean = False
                continue
            found = row[1]
            # (The row's Path is the discovered one itself where the paths are equal, _file_rows: the
            # identity test spares comparing the two paths part by part for each file.)
            clean = clean and row[0] == seq and (found.path is path or found.path == path) and _same_stat(found, path)
            planned.append((doc_id, path, found))
        removed = sorted(set(stored) - {doc_id for doc_id, _ in entries})
        return cls(planned, removed, clean, [d for d in damaged if d], rows)


def _file_rows(connection: sqlite3.Connection, paths: dict[str, Path] | None = None
               ) -> tuple[list[tuple[int, _File]], list[str]]:
    """The stored files whose row passes its checksum, with their ``seq``, in order; and
    the ids of those that fail it ('' for a row marked stale, which is no damage).
    ``paths``: Path objects by their ``as_posix()`` (the discovered files'), taken for the
    rows whose path they are rather than made again (pathlib's parsing is most of the cost
    of reading the rows)."""
    paths = paths or {}
    good: list[tuple[int, _File]] = []
    damaged: list[str] = []
    for row in connection.execute("SELECT * FROM files ORDER BY seq"):
        if row[9] is None:
            damaged.append("")
            continue
        try:
            # The checksum of the row as written (``_file_fields``: the path as_posix, the
            # aliases as JSON), taken on the stored values themselves: no Path made and no
            # JSON written again per row (a warm run reads every row on each open).
            if _checksum(_json_row(row[:9])) != row[9]:
                raise ValueError("checksum mismatch")
            path = paths.get(row[2]) if type(row[2]) is str else None
            found = _File(row[0], Path(row[2]) if path is None else path, row[3], row[4], row[5], row[6],
                          () if row[7] == "[]" else tuple(json.loads(row[7])), row[8])  # (most files have no aliases)
        except (ValueError, TypeError):  # JSONDecodeError is a ValueError
            damaged.append(str(row[0]))
            continue
        good.append((row[1], found))
    return good, damaged


_JSON_STRING = cast(Callable[[str], str], getattr(json.encoder, "c_encode_basestring_ascii", None)
                    or json.encoder.py_encode_basestring_ascii)


def _json_row(fields: Sequence[Any]) -> str:
    """``json.dumps(list(fields))``, the same string, for a row of strings, integers and
    nulls (what the files table holds) written without the encoder's machinery: a warm
    run checks every row on each open. Any other value goes to ``json.dumps`` itself."""
    parts = []
    for value in fields:
        kind = type(value)
        if kind is str:
            parts.append(_JSON_STRING(value))
        elif kind is int:
            parts.append(int.__repr__(value))
        elif value is None:
            parts.append("null")
        else:
            return json.dumps(list(fields))
    return "[" + ", ".join(parts) + "]"


def _file_fields(f: _File, seq: int) -> tuple[Any, ...]:
    """A stored file's row, without its checksum."""
    return f.doc_id, seq, f.path.as_posix(), f.size, f.mtime_ns, f.hash, f.chars, json.dumps(f.aliases), f.date


def _file_checksum(f: _File, seq: int) -> bytes:
    return _checksum(json.dumps(_file_fields(f, seq)))


def _checksum(*parts: bytes | str) -> bytes:
    """The checksum of a row: blake2b over its parts, each prefixed by its length (so that
    no two different rows give the same input)."""
    digest = hashlib.blake2b(digest_size=CHECKSUM_BYTES)
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.digest()


def _same_stat(stored: _File, path: Path) -> bool:
    try:
        stat = path.stat()
    except OSError:
        return False
    return stat.st_size == stored.size and stat.st_mtime_ns == stored.mtime_ns


def _read(doc_id: str, path: Path, base: Path | None = None) -> tuple[_File, str]:
    """Read and hash one source (InputError for a binary or non-UTF-8 one, a damaged PDF).
    ``base``: the folder a relative ``path`` is read from (default: the working folder);
    the file keeps ``path`` as given."""
    where = base / path if base is not None and not path.is_absolute() else path
    stat = where.stat()
    try:
        text, encoded = read_source_encoded(where)
    except InputError as exc:  # named as the run names it, wherever the worker found it
        if where is path or exc.path != str(where):
            raise
        raise InputError(str(path), exc.message, exc.line, exc.column) from None
    aliases, date = describe(doc_id, path.as_posix(), text)
    # A file written in the last moments may change again within the same mtime tick:
    # such a stat is not trusted next time (the file is hashed again, as git does).
    size = -1 if time.time_ns() - stat.st_mtime_ns < RACY_NS else stat.st_size
    return _File(doc_id, path, size, stat.st_mtime_ns, _hash(text, encoded), len(text), aliases,
                 date.isoformat() if date else None), text


def _hash(text: str, encoded: bytes | None = None) -> str:
    """A source's hash: of its text's UTF-8 bytes, ``encoded`` when the caller has them
    (:func:`factcheck.sources.corpus.read_source_encoded`)."""
    return hashlib.blake2b(text.encode() if encoded is None else encoded, digest_size=16).hexdigest()


def _digest(files: Sequence[_File]) -> str:
    """One hash of the corpus: ids, order and contents. Equal digests, equal postings."""
    h = hashlib.blake2b(digest_size=16)
    for f in files:
        h.update(f"{f.doc_id}\0{f.hash}\n".encode())
    return h.hexdigest()


_Result = tuple[_File | None, DocumentIndex | None, InputError | None]
_KNOWN: frozenset[str] = frozenset()  # contents already stored, set in each worker


def _set_known(known: frozenset[str]) -> None:
    global _KNOWN
    _KNOWN = known


def _read_one(entry: tuple[str, Path], known: frozenset[str] | None = None, base: Path | None = None) -> _Result:
    """Read, hash and describe one file; split and stem it unless its content is known
    (``known``: the contents already stored, default the worker's ``_KNOWN``)."""
    doc_id, path = entry
    try:
        found, text = _read(doc_id, path, base)
    except InputError as exc:
        return None, None, exc
    part = None if found.hash in (_KNOWN if known is None else known) else \
        index_document(Document(doc_id, path.as_posix(), text))
    return found, part, None


@dataclass(frozen=True, slots=True)
class ReadContext:
    """What every worker of a cluster build needs besides its batch of files: the contents
    already stored (not split again), the folder relative source paths are read from, and
    the factcheck version of the run (a worker of another version would index otherwise)."""

    known: frozenset[str]
    base: Path
    version: str = __version__


def read_files(batch: list[tuple[str, Path]], context: ReadContext) -> list[_Result]:
    """Read, hash, split and stem a batch of ``(doc_id, path)`` on a cluster's worker: for
    each, the file's row, its part (None when its content is known) and the InputError
    that left it out (with no file and no part). The function an engine maps (``refresh``)."""
    if context.version != __version__:
        raise InputError(f"worker {socket.gethostname()}", f"runs factcheck {__version__}, the run "
                                                          f"{context.version}: install the same version on every worker")
    results = []
    for doc_id, path in batch:
        try:
            results.append(_read_one((doc_id, path), context.known, context.base))
        except FileNotFoundError:  # the run found it: this worker does not see the same files
            raise InputError(path.as_posix(), f"not found by a cluster worker on {socket.gethostname()}: every "
                                              "worker must see the sources at the same path (a shared file "
                                              "system; see docs/cluster.md)") from None
    return results


def _read_batch(batch: list[tuple[str, Path]]) -> list[_Result]:
    return [_read_one(entry) for entry in batch]


def _read_all(entries: list[tuple[str, Path]], known: frozenset[str], progress: Progress | None,
              workers: int | None, engine: Engine | None = None) -> Generator[_Result, None, None]:
    """Results for the entries, in their order, from every core when there is enough to do,
    or from a cluster's workers (``engine``, whatever the size: the user asked for it).

    The order does not depend on scheduling, so neither do the store's contents."""
    total = len(entries)
    if engine is not None:
        size = max(1, min(BATCH_FILES, -(-total // (4 * engine.workers))))  # a few batches per worker
        done = 0
        context = ReadContext(known, Path.cwd())
        for batch in engine.map(read_files, [entries[i:i + size] for i in range(0, total, size)], context):
            done += len(batch)
            if progress:
                progress("indexing", done, total)
            yield from batch
        return
    size = sum(_size(path) for _, path in entries)
    count = workers if workers is not None else min(2, os.cpu_count() or 1)
    if count <= 1 or size < PARALLEL_BYTES:
        _set_known(known)
        for done, entry in enumerate(entries, 1):
            result = _read_one(entry)
            if progress and (done % 50 == 0 or done == total):
                progress("indexing", done, total)
            yield result
        return
    batches = [entries[i:i + BATCH_FILES] for i in range(0, total, BATCH_FILES)]
    done = 0
    # An error, an interrupt or an early close stops the run: the pool's workers are ended
    # and the batches not done are dropped (factcheck.workers).
    with process_pool(count, _set_known, (known,)) as pool:
        for batch in pool.map(_read_batch, batches):
            done += len(batch)
            if progress:
                progress("indexing", done, total)
            yield from batch


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _part_row(content: str, ids: np.ndarray, part: DocumentIndex) -> tuple[str | bytes, ...]:
    """A part as its ``contents`` row: hash, seven arrays, checksum."""
    blobs = (part.starts.tobytes(), part.ends.tobytes(), part.lengths.tobytes(), ids.astype(PID).tobytes(),
             part.counts.tobytes(), part.pids.tobytes(), part.tfs.tobytes())
    return (content, *blobs, _checksum(content, *blobs))


def _load_part(connection: sqlite3.Connection, content: str) -> tuple[np.ndarray, DocumentIndex]:
    """A stored part, and its term ids (its vocabulary is left empty: the ids stand for it).
    IndexDamaged if it is missing or fails its checksum."""
    row = connection.execute("SELECT starts, ends, lengths, term_ids, counts, pids, tfs, checksum FROM contents "
                             "WHERE hash = ?", (content,)).fetchone()
    if row is None:
        raise IndexDamaged(f"contents: the part of {content} is missing")
    starts, ends, lengths, ids, counts, pids, tfs = _part_arrays(content, row)
    return ids, DocumentIndex(starts, ends, lengths, (), counts, pids, tfs)


def _part_arrays(content: str, row: Sequence[Any]) -> list[np.ndarray]:
    """The seven arrays of a ``contents`` row (its checksum last); IndexDamaged if they do
    not pass the checksum or do not fit together."""
    blobs, checksum = row[:7], row[7]
    if not all(isinstance(b, bytes) and len(b) % PID(0).itemsize == 0 for b in blobs) or \
            checksum != _checksum(content, *blobs):
        raise IndexDamaged(f"contents: the part of {content} fails its checksum")
    starts, ends, lengths, ids, counts, pids, tfs = arrays = [np.frombuffer(b, PID) for b in blobs]
    if not (len(starts) == len(ends) == len(lengths) and len(ids) == len(counts)
            and int(counts.sum(dtype=np.int64)) == len(pids) == len(tfs)):
        raise IndexDamaged(f"contents: the arrays of the part of {content} do not fit together")
    return arrays


def _posting_list(t: str, row: Sequence[Any], passages: int) -> tuple[np.ndarray, np.ndarray]:
    """A term's postings from its ``postings`` row (pids, tfs, checksum); IndexDamaged
    unless they pass the checksum, pair up, and the passage ids ascend within range."""
    pids_blob, tfs_blob, checksum = row
    if not isinstance(pids_blob, bytes) or not isinstance(tfs_blob, bytes) or \
            checksum != _checksum(t, pids_blob, tfs_blob):
        raise IndexDamaged(f"postings: the list of {t!r} fails its checksum")
    if len(pids_blob) != len(tfs_blob) or len(pids_blob) % PID(0).itemsize or not pids_blob:
        raise IndexDamaged(f"postings: the list of {t!r} has a wrong length")
    pids, tfs = np.frombuffer(pids_blob, PID), np.frombuffer(tfs_blob, TF)
    if pids[0] < 0 or pids[-1] >= passages or (len(pids) > 1 and np.diff(pids).min() <= 0) or tfs.min() < 1:
        raise IndexDamaged(f"postings: the list of {t!r} is out of order or out of range")
    return pids, tfs


def _meta(connection: sqlite3.Connection, key: str) -> bytes | str | None:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _meta_array(connection: sqlite3.Connection, key: str) -> np.ndarray:
    """One of the merged arrays the meta table holds as bytes (empty before the first merge)."""
    value = _meta(connection, key) or b""
    if not isinstance(value, bytes) or len(value) % PID(0).itemsize:
        raise IndexDamaged(f"meta: the {key} array is not an array")
    return np.frombuffer(value, PID)


_ARRAYS = ("docs", "starts", "ends", "lengths")  # the merged arrays, one value per passage


def _arrays_checksum(arrays: dict[str, np.ndarray]) -> str:
    return _checksum(*(arrays[key].tobytes() for key in _ARRAYS)).hex()


def _load_arrays(connection: sqlite3.Connection, manifest: dict[str, Any],
                 chars: np.ndarray | None = None) -> dict[str, np.ndarray]:
    """The merged arrays, checked: their checksum is the manifest's, there is one value
    per passage in each, documents ascend, and offsets lie within their document (whose
    lengths in characters are ``chars``, when given). IndexDamaged otherwise."""
    arrays = {key: _meta_array(connection, key) for key in _ARRAYS}
    if _arrays_checksum(arrays) != manifest.get("arrays"):
        raise IndexDamaged("meta: the passage arrays do not match their checksum")
    docs, starts, ends, lengths = (arrays[key] for key in _ARRAYS)
    if not len(docs) == len(starts) == len(ends) == len(lengths) == manifest.get("passages"):
        raise IndexDamaged("meta: the passage arrays do not have one value per passage")
    if len(docs) and (docs[0] < 0 or np.diff(docs).min(initial=0) < 0 or starts.min() < 0
                      or (ends < starts).any() or lengths.min() < 0):
        raise IndexDamaged("meta: passage offsets out of order or out of range")
    if chars is not None:
        _check_within(arrays, chars)
    return arrays


def _check_within(arrays: dict[str, np.ndarray], chars: np.ndarray) -> None:
    """IndexDamaged unless every passage lies within its document (whose lengths in characters
    are ``chars``)."""
    docs, ends = arrays["docs"], arrays["ends"]
    if len(docs) and (docs[-1] >= len(chars) or (ends > chars[docs]).any()):
        raise IndexDamaged("meta: a passage lies outside its document")


@dataclass(frozen=True, slots=True)
class _CheckedArrays:
    """Passage arrays read and checked (:func:`_load_arrays`) against this manifest."""

    manifest: dict[str, Any]
    arrays: dict[str, np.ndarray]


def _manifest(connection: sqlite3.Connection) -> dict[str, Any] | None:
    """What the last refresh wrote (row counts, passages, checksums), or None."""
    value = _meta(connection, "manifest")
    try:
        found = json.loads(value) if isinstance(value, (str, bytes)) else None
    except ValueError:
        return None
    return found if isinstance(found, dict) else None


_COUNTED = ("files", "contents", "postings", "terms")  # tables whose row counts the manifest keeps


def _table_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Rows per table (a walk over each table's tree pages, so damage there shows)."""
    return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in _COUNTED}


def _write_manifest(connection: sqlite3.Connection, terms_checksum: str) -> None:
    arrays = {key: _meta_array(connection, key) for key in _ARRAYS}
    manifest = {**_table_counts(connection), "passages": len(arrays["docs"]), "arrays": _arrays_checksum(arrays),
                "terms_checksum": terms_checksum}
    connection.execute("INSERT OR REPLACE INTO meta VALUES ('manifest', ?)", (json.dumps(manifest, sort_keys=True),))
    connection.execute("DELETE FROM meta WHERE key = 'damaged'")


def _counts(connection: sqlite3.Connection) -> tuple[int, int, int]:
    """Files, passages and terms of a healthy store (for ``index --verify``)."""
    manifest = _manifest(connection) or {}
    return int(manifest.get("files", 0)), int(manifest.get("passages", 0)), int(manifest.get("postings", 0))


# -- health ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Health:
    """What ``factcheck index --verify`` found. ``problems`` is empty for a healthy store;
    each names a part and what is wrong with it. ``stale`` counts the sources changed since
    the store was refreshed (not damage: the next run refreshes it); ``seconds`` is the
    time the check took."""

    path: Path
    exists: bool
    problems: tuple[str, ...]
    files: int = 0
    passages: int = 0
    terms: int = 0
    stale: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """Whether the store exists and passed every check."""
        return self.exists and not self.problems


def check_health(connection: sqlite3.Connection, path: Path,
                 keep: Callable[[_CheckedArrays], None] | None = None) -> str | None:
    """The checks made on every open, in one read transaction: schema version, ``PRAGMA
    quick_check`` (stores up to QUICK_CHECK_BYTES), the damage mark an earlier run may have
    left, the manifest's row counts, the passage arrays (checksum and ranges), and for
    stores up to SWEEP_BYTES every posting list's and part's checksum. Returns None when
    they pass, else why the store must be rebuilt (one phrase). Rows are also checked where
    they are read (files by the refresh, postings during the run, parts when merged,
    results when looked up). ``keep`` is handed the passage arrays once they pass, with the
    manifest they match."""
    connection.execute("BEGIN")
    try:
        problem = next(_diagnose(connection, path, thorough=False, keep=keep), None)
    except sqlite3.Error as exc:
        if not _corrupt(exc):
            raise
        problem = f"SQLite: {exc}"
    except (ValueError, TypeError, KeyError, IndexError) as exc:  # a value of a type no refresh writes
        problem = f"a stored value cannot be read: {exc}"
    finally:
        if connection.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("COMMIT")
    return None if problem is None else _phrase(problem)


def _phrase(problem: str) -> str:
    """A problem found by :func:`_diagnose`, as the warning says it (on one line: SQLite's
    own reports span several)."""
    problem = " ".join(problem.split())
    if problem.startswith("made by another version"):
        return f"the index was {problem}"
    return f"the index is damaged ({problem})"


def _damage(exc: BaseException) -> str:
    """Why a store is rebuilt, from the error that showed it."""
    if isinstance(exc, IndexDamaged):
        return _phrase(exc.reason)
    return _phrase(f"SQLite: {exc}")


_TABLE_NAMES = frozenset(re.findall(r"CREATE TABLE IF NOT EXISTS (\w+)", _TABLES))


def _diagnose(connection: sqlite3.Connection, path: Path, *, thorough: bool,
              keep: Callable[[_CheckedArrays], None] | None = None) -> Iterator[str]:
    """The problems of a store, most basic first; a caller that repairs stops at the first.
    ``thorough`` (``index --verify``) adds ``quick_check`` at any size and a sweep of every
    row's checksum. ``keep`` as :func:`check_health`'s. May raise sqlite3.Error where SQLite
    cannot read a page."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version != SCHEMA_VERSION:
        yield f"made by another version of factcheck (schema version {version}, expected {SCHEMA_VERSION})"
        return
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = sorted(_TABLE_NAMES - tables)
    if missing:
        yield f"table {', '.join(missing)} missing"
        return
    schema = _meta(connection, "schema")
    if schema != SCHEMA:
        yield f"made by another version of factcheck (schema {schema!r}, expected {SCHEMA!r})"
        return
    if thorough or _file_size(path) <= QUICK_CHECK_BYTES:
        found = [str(row[0]) for row in connection.execute("PRAGMA quick_check(3)")]
        if found != ["ok"]:
            yield "SQLite quick_check: " + "; ".join(" ".join(line.split()) for line in found)
            return
    mark = _meta(connection, "damaged")
    if mark is not None:
        yield f"found by an earlier run: {mark!s}"
        if not thorough:
            return
    if _meta(connection, "digest") is None:
        return  # no refresh has finished (a new store, an interrupted first build): the next one builds it
    manifest = _manifest(connection)
    if manifest is None:
        yield "meta: the manifest is missing or unreadable"
        return
    for table, count in _table_counts(connection).items():
        if count != manifest.get(table):
            yield f"{table}: {count} rows, the manifest says {manifest.get(table)}"
            if not thorough:
                return
    try:
        arrays = _load_arrays(connection, manifest)
    except IndexDamaged as exc:
        yield exc.reason
        if not thorough:
            return
    else:
        if keep is not None:
            keep(_CheckedArrays(manifest, arrays))
    if thorough or _file_size(path) <= SWEEP_BYTES:
        yield from _sweep(connection, manifest, thorough=thorough)


def _sweep(connection: sqlite3.Connection, manifest: dict[str, Any], *, thorough: bool) -> Iterator[str]:
    """Every row's checksum, and what must agree between tables. ``thorough`` (``index
    --verify``) adds the files (which a refresh checks row by row, and reads again one by
    one) and the stored results (a damaged one is a cache miss)."""
    if thorough:
        rows, damaged = _file_rows(connection)
        for doc_id in [d for d in damaged if d][:3]:
            yield f"files: the entry of {doc_id} fails its checksum"
        if not damaged and _digest([f for _, f in rows]) != _meta(connection, "digest"):
            yield "files: the entries do not match the corpus digest"
        try:
            _load_arrays(connection, manifest, np.array([f.chars for _, f in rows], dtype=np.int64))
        except IndexDamaged as exc:
            if not damaged:
                yield exc.reason
    try:
        _Terms(connection)
    except IndexDamaged as exc:
        yield exc.reason
    bad = total = 0
    # The checksum alone (the ranges are checked as a run reads a list): ~2 us a list, where
    # numpy's checks of each would cost ~20 us.
    for t, pids, tfs, checksum in connection.execute("SELECT term, pids, tfs, checksum FROM postings"):
        total += 1
        if not isinstance(pids, bytes) or not isinstance(tfs, bytes) or checksum != _checksum(t, pids, tfs):
            bad += 1
    if bad:
        yield f"postings: {bad} of {total} lists fail their checksum or lie out of range"
    bad = total = 0
    for content, *row in connection.execute("SELECT hash, starts, ends, lengths, term_ids, counts, pids, tfs, "
                                            "checksum FROM contents"):
        total += 1
        try:
            _part_arrays(content, row)
        except IndexDamaged:
            bad += 1
    if bad:
        yield f"contents: {bad} of {total} parts fail their checksum"
    if not thorough:
        return
    bad = total = 0
    # Only integrity: a record of other code (an older model shape) is stale, not damaged; its
    # key can no longer be asked for, and a run reads it back as a miss.
    for key, value, checksum in connection.execute("SELECT key, value, checksum FROM results"):
        total += 1
        if not isinstance(value, str) or checksum != record_checksum(key, value):
            bad += 1
    if bad:
        yield f"results: {bad} of {total} stored results fail their checksum"


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _mark_damaged(path: Path, reason: str) -> None:
    """Leave a mark that the next refresh sees (and rebuilds the store for): damage found
    while a run reads. Best effort: if the store cannot be written, the run that finds
    the damage next marks it again."""
    _write_aside(path, "INSERT OR REPLACE INTO meta VALUES ('damaged', ?)", (reason,))


def _mark_stale(path: Path, doc_id: str) -> None:
    """Make the next refresh read a file again (its row's checksum is dropped), because its
    content did not match the stored hash while its size and time did. Best effort."""
    _write_aside(path, "UPDATE files SET checksum = NULL WHERE doc_id = ?", (doc_id,))


def _write_aside(path: Path, statement: str, parameters: tuple[str, ...]) -> None:
    """Run one statement on the store in a connection of its own, outside the run's read
    snapshot; a store that cannot be written now is left as it is (best effort)."""
    with contextlib.suppress(sqlite3.Error):
        connection = sqlite3.connect(path, timeout=1.0, isolation_level=None)
        try:
            connection.execute(statement, parameters)
        finally:
            connection.close()


_OPEN_ATTEMPTS = 8  # opens of a store that another process is opening or making at the same moment


def _open_database(path: Path) -> sqlite3.Connection:
    """Open (or create) a store: WAL journal, and in a new file the tables, the schema
    string and ``user_version``. IndexDamaged for a store made by an older factcheck
    (tables but no schema version); sqlite3.Error if it cannot be opened or is no
    database. Whether a store is of this schema is :func:`check_health`'s question.

    SQLite answers "database is locked" at once, without waiting out the busy timeout, where
    waiting could deadlock: two processes turning a new file to WAL, or upgrading a read to a
    write, at the same moment (https://sqlite.org/c3ref/busy_handler.html). Such an open is
    tried again, :data:`_OPEN_ATTEMPTS` times in all, after 0.1, 0.2, 0.4 ... s."""
    for attempt in range(_OPEN_ATTEMPTS - 1):
        try:
            return _open_database_once(path)
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc):
                raise
            time.sleep(0.1 * 2 ** attempt)
    return _open_database_once(path)  # the last attempt: whatever it raises is the answer


def _open_database_once(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=BUSY_MS / 1000, isolation_level=None, check_same_thread=False)
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        if connection.execute("PRAGMA user_version").fetchone()[0] == 0:
            connection.execute("BEGIN IMMEDIATE")  # two processes may make it at once: one does
            try:
                if connection.execute("PRAGMA user_version").fetchone()[0] == 0:
                    if connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                        raise IndexDamaged("made by another version of factcheck (no schema version)")
                    for statement in _TABLES.split(";"):
                        if statement.strip():
                            connection.execute(statement)
                    connection.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA,))
                    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                connection.execute("COMMIT")
            finally:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
    except BaseException:
        connection.close()
        raise
    return connection


CACHEDIR_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# This is a factcheck index cache.\n"


def _prepare_cache_dir(folder: Path) -> None:
    """Make the cache folder, or check that the one given is one, and mark it as a cache
    (``CACHEDIR.TAG`` for backup tools, per https://bford.info/cachedir/, and a
    ``.gitignore`` of ``*``). Markers go only into a folder made here, an empty one, one
    that already has a CACHEDIR.TAG, or one that holds nothing but factcheck's own files:
    InputError naming any other folder (``--cache-dir .`` would hide a project from git
    and backups). OSError if the folder cannot be made or written."""
    try:
        folder.mkdir(parents=True)
    except FileExistsError:
        if folder.is_dir() and not (folder / "CACHEDIR.TAG").is_file():
            others = sorted(p.name for p in folder.iterdir() if not _own_file(p.name))
            if others:
                shown = ", ".join(others[:3]) + (", ..." if len(others) > 3 else "")
                raise InputError(str(folder), f"not used as the index cache: the folder holds other files ({shown}) "
                                              "and no CACHEDIR.TAG; give --cache-dir a new or empty folder") from None
    tag = folder / "CACHEDIR.TAG"
    if not tag.exists():
        tag.write_text(CACHEDIR_TAG)
    ignore = folder / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# Automatically created by factcheck.\n*\n")


def _own_file(name: str) -> bool:
    """Whether a file name is one factcheck writes into its cache folder."""
    return name in ("CACHEDIR.TAG", ".gitignore") or (name.startswith("index-") and ".sqlite" in name)


# -- reading ------------------------------------------------------------------------


class StoredCorpus:
    """A read snapshot of the store: the corpus (documents loaded on demand), its
    passages and its index. Holds one read transaction until ``close()``.

    A worker process forked from a run that holds the same store open, at the same corpus
    digest and manifest, takes its checked file entries and passage arrays from that run's
    snapshot (inherited memory) instead of reading and checking them again: they are the
    same rows and arrays. It still opens its own connection and read transaction.

    What it reads is checked first: every file row's checksum, the corpus digest, the
    manifest and the passage arrays (IndexDamaged, with the connection closed, if any
    fails). A posting list is checked when read; one that fails makes the rest of the
    run use postings recomputed from the sources (the same a run without the index
    computes), and marks the store for a rebuild by the next refresh."""

    def __init__(self, connection: sqlite3.Connection, path: Path, warnings: Sequence[str],
                 stats: RefreshStats, *, rows: list[tuple[int, _File]] | None = None,
                 checked: _CheckedArrays | None = None) -> None:
        """``rows``: the file rows (checked) that a refresh read just before, taken if the
        corpus digest read in this snapshot is theirs (the same files, in the same order, of
        the same contents), else read again. ``checked``: the passage arrays that the refresh's
        health check read and checked, taken if the manifest read here is theirs (which holds
        the arrays' checksum), else read again; either way checked against the documents."""
        self.connection = connection
        self.path = path
        self.stats = stats
        self.damage: list[str] = []  # found while the run read; the next refresh rebuilds
        self._recomputed: Merged | None = None
        self.closed = False
        self.pid = os.getpid()
        self.documents: LazyDocuments
        self.arrays: dict[str, np.ndarray]
        try:
            connection.execute(f"PRAGMA cache_size = -{READ_CACHE_KIB}")
            connection.execute("BEGIN")  # the snapshot: later commits by others stay invisible
            self.digest = str(_meta(connection, "digest"))
            self.manifest = _manifest(connection)
            parent = _PARENT.get(str(path))
            if (self.manifest is not None and parent is not None and parent.pid != self.pid and not parent.closed
                    and parent.digest == self.digest and parent.manifest == self.manifest):
                # A worker forked from a run that holds this very store open (same corpus
                # digest, same manifest: same rows and arrays): its checked tables, shared.
                entries, self.arrays, chars = parent.documents.entries, parent.arrays, parent.corpus.size
            else:
                if rows is None or _digest([f for _, f in rows]) != self.digest:
                    rows, damaged = _file_rows(connection)
                    matches = not damaged and _digest([f for _, f in rows]) == self.digest
                else:
                    matches = True
                if self.manifest is None or not matches:
                    raise IndexDamaged("files: the entries do not match the corpus digest" if self.manifest is not None
                                       else "meta: the manifest is missing or unreadable")
                files = [f for _, f in rows]
                lengths = np.array([f.chars for f in files], dtype=np.int64)
                if checked is not None and checked.manifest == self.manifest:
                    _check_within(checked.arrays, lengths)
                    self.arrays = checked.arrays
                else:
                    self.arrays = _load_arrays(connection, self.manifest, lengths)
                entries = [(f.doc_id, f.path, f.hash, f.aliases, datetime.date.fromisoformat(f.date) if f.date else None)
                           for f in files]
                chars = sum(f.chars for f in files)
        except BaseException:
            connection.close()
            raise
        arrays = self.arrays
        self.documents = LazyDocuments(entries, store=path)
        self.corpus: Corpus = make_corpus(self.documents, warnings, [e[3] for e in entries], chars)
        self.index = Index(self._postings, arrays["docs"], arrays["lengths"], self._count)
        self.passages = PassageTable(self.documents, arrays["docs"], arrays["starts"], arrays["ends"])
        self._cache: OrderedDict[str, tuple[np.ndarray, np.ndarray] | None] = OrderedDict()
        _PARENT[str(path)] = self

    def results(self, fingerprint: str) -> ResultCache:
        """The results of earlier runs on this corpus with options of this fingerprint."""
        return ResultCache(self.connection, Path(self.path), self.digest, SCHEMA, fingerprint)

    def _postings(self, t: str) -> tuple[np.ndarray, np.ndarray] | None:
        if t in self._cache:
            self._cache.move_to_end(t)
            return self._cache[t]
        if self._recomputed is not None:
            return self._recomputed.get(t)
        try:
            row = self.connection.execute("SELECT pids, tfs, checksum FROM postings WHERE term = ?", (t,)).fetchone()
            found = _posting_list(t, row, self.index.size) if row else None
        except (IndexDamaged, sqlite3.Error) as exc:
            return self._recompute(exc).get(t)
        self._cache[t] = found
        if len(self._cache) > POSTINGS_CACHE:
            self._cache.popitem(last=False)
        return found

    def _count(self, t: str) -> int:
        """A term's passage count from its stored list's length, the list itself neither read
        nor checked (a common term's list is long, and the cross-check needs only its count);
        read and checked as :meth:`_postings` does when held, recomputed, or not a whole list."""
        if t not in self._cache and self._recomputed is None:
            try:
                row = self.connection.execute("SELECT typeof(pids), length(pids) FROM postings WHERE term = ?",
                                              (t,)).fetchone()
            except sqlite3.Error:
                row = ("error", 0)  # read again below, where the error is handled
            if row is None:
                return 0
            kind, size = row
            if kind == "blob" and size > 0 and size % PID(0).itemsize == 0:
                return int(size) // PID(0).itemsize
        found = self._postings(t)
        return 0 if found is None else len(found[0])

    def _recompute(self, exc: BaseException) -> Merged:
        """The corpus's postings recomputed from the sources, for the rest of the run, after
        a posting list failed its checks; the store is marked for the next refresh to rebuild.
        InputError if the sources no longer give the passages the snapshot holds."""
        reason = _damage(exc)
        self.damage.append(reason)
        _mark_damaged(self.path, reason)
        merged = merge(index_document(document) for document in self.documents)
        same = all(np.array_equal(getattr(merged, key), value) for key, value in
                   (("docs", self.index.docs), ("lengths", self.index.lengths), ("starts", self.passages.starts),
                    ("ends", self.passages.ends)))
        if not same:
            raise InputError(str(self.path), f"{reason}, and the sources no longer match it; run again")
        self._recomputed = merged
        self._cache.clear()
        return merged

    def close(self) -> None:
        self.closed = True
        try:
            self.connection.execute("COMMIT")
        finally:
            self.connection.close()

    def __enter__(self) -> StoredCorpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# The open snapshot of each store in this process, by path, for the workers it forks (see
# StoredCorpus); weak, so that a closed run's tables are not kept alive for them.
_PARENT: weakref.WeakValueDictionary[str, StoredCorpus] = weakref.WeakValueDictionary()


@dataclass
class LazyDocuments(Sequence[Document]):
    """The corpus's documents, read from disk when first needed (a few kept in memory).

    A file whose content no longer matches the index is an error, not silently wrong
    offsets: the run has to start again. The file is then marked in the ``store`` (if
    given) to be read again by the next refresh, even if its size and time are unchanged
    (a stored hash that is wrong must not give this error on every run)."""

    entries: list[tuple[str, Path, str, tuple[str, ...], datetime.date | None]]  # id, path, hash, aliases, date
    _loaded: OrderedDict[int, Document] = field(default_factory=OrderedDict)
    _chars: int = 0  # characters of the loaded documents
    # The loaded documents whose bytes hold no superscript digit of U+2070 to U+2079, told
    # from the file's bytes as they are read (see superscripts)
    _plain: set[int] = field(default_factory=set)
    store: Path | None = None
    base: Path | None = None  # the folder relative paths are read from (a cluster's worker: the run's)

    def __len__(self) -> int:
        return len(self.entries)

    @overload
    def __getitem__(self, index: int) -> Document: ...

    @overload
    def __getitem__(self, index: slice) -> list[Document]: ...

    def __getitem__(self, index: int | slice) -> Document | list[Document]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        found = self._loaded.get(index)
        if found is not None:
            self._loaded.move_to_end(index)
            return found
        doc_id, path, content, aliases, date = self.entries[index]
        text, encoded = read_source_encoded(self.base / path if self.base is not None and not path.is_absolute() else path)
        if _hash(text, encoded) != content:
            if self.store is not None:
                _mark_stale(self.store, doc_id)
            raise InputError(str(path), "changed while factcheck was running; run it again")
        found = self._loaded[index] = make_document(doc_id, path.as_posix(), text, aliases, date)
        self._chars += len(text)
        if text.isascii() or (encoded is not None and not may_hold_superscripts(encoded)):
            self._plain.add(index)  # (an ASCII text holds none: its bytes need no search)
        while len(self._loaded) > 1 and (len(self._loaded) > DOCUMENTS_CACHE or self._chars > TEXT_CACHE):
            evicted, document = self._loaded.popitem(last=False)
            self._chars -= len(document.text)
            self._plain.discard(evicted)
        return found

    def superscripts(self, index: int) -> bool:
        """Whether document ``index``, loaded, may hold a superscript digit of U+2070 to U+2079:
        False when its file's bytes, read, held none (:func:`factcheck.sources.passages.mask`
        then spares looking for each of them)."""
        return index not in self._plain

    def __iter__(self) -> Iterator[Document]:
        return (self[i] for i in range(len(self)))


class PassageTable(Sequence[Passage]):
    """Passages by id, made on demand from the stored offsets and the document text."""

    def __init__(self, documents: LazyDocuments, docs: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> None:
        self.documents = documents
        self.docs, self.starts, self.ends = docs, starts, ends
        self._views: OrderedDict[int, str] = OrderedDict()
        self._view_chars = 0
        self._made: dict[int, Passage] = {}

    def __len__(self) -> int:
        return len(self.docs)

    @overload
    def __getitem__(self, pid: int) -> Passage: ...

    @overload
    def __getitem__(self, pid: slice) -> list[Passage]: ...

    def __getitem__(self, pid: int | slice) -> Passage | list[Passage]:
        if isinstance(pid, slice):
            return [self[i] for i in range(*pid.indices(len(self)))]
        found = self._made.get(pid)
        if found is None:
            if len(self._made) >= PASSAGES_CACHE:
                self._made.clear()
            doc, start, end = int(self.docs[pid]), int(self.starts[pid]), int(self.ends[pid])
            found = self._made[pid] = Passage(doc, start, end, fold(self.view(doc)[start:end]))
        return found

    def __iter__(self) -> Iterator[Passage]:
        return (self[i] for i in range(len(self)))

    def view(self, doc: int) -> str:
        """Document ``doc`` as read (:func:`factcheck.sources.passages.mask`), kept for the
        run like the documents (the matcher shares it rather than masking them again)."""
        view = self._views.get(doc)
        if view is None:
            document = self.documents[doc]
            view = self._views[doc] = mask(document, superscripts=self.documents.superscripts(doc))
            self._view_chars += len(view)
            while len(self._views) > 1 and (len(self._views) > DOCUMENTS_CACHE or self._view_chars > TEXT_CACHE):
                self._view_chars -= len(self._views.popitem(last=False)[1])
        else:
            self._views.move_to_end(doc)
        return view
