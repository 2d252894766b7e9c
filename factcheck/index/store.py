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
and a ``.gitignore`` so that backups and git leave it alone.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import sqlite3
import time
from collections import OrderedDict
from collections.abc import Generator, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_all_start_methods, get_context
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Any, TypeGuard, overload

import numpy as np

from factcheck import __version__
from factcheck.errors import InputError
from factcheck.index.bm25 import NUMBER_WORDS, PID, STOPWORDS, TF, DocumentIndex, Index, Merger, index_document
from factcheck.index.results import ResultCache
from factcheck.lexicon.lemmas import IRREGULAR
from factcheck.models import Document, Passage
from factcheck.progress import Progress
from factcheck.sources.corpus import Corpus, describe, discover, line_starts, make_corpus, read_text
from factcheck.sources.normalize import fold
from factcheck.sources.passages import mask

DEFAULT_CACHE_DIR = ".factcheck_cache"
PARALLEL_BYTES = 4_000_000  # below this much new text, splitting in one process is faster
BATCH_FILES = 64            # files a worker indexes per task
POSTINGS_CACHE = 4096       # terms whose postings a reader keeps decoded
DOCUMENTS_CACHE = 256       # documents a reader keeps loaded
PASSAGES_CACHE = 200_000    # passages a reader keeps made
RACY_NS = 2_000_000_000  # a stat younger than this is checked by content next time
BUSY_MS = 600_000           # how long a refresh waits for another process's refresh


_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS files (
    doc_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, path TEXT NOT NULL, size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL, hash TEXT NOT NULL, chars INTEGER NOT NULL, aliases TEXT NOT NULL,
    date TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS contents (
    hash TEXT PRIMARY KEY, starts BLOB, ends BLOB, lengths BLOB, term_ids BLOB, counts BLOB,
    pids BLOB, tfs BLOB) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS postings (term TEXT PRIMARY KEY, pids BLOB, tfs BLOB) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS terms (term TEXT PRIMARY KEY, id INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, digest TEXT NOT NULL, value BLOB) WITHOUT ROWID;
"""


# A store made by other tables or other terms is rebuilt, never misread.
SCHEMA = "factcheck-index {} ({})".format(hashlib.sha256(repr(
    (_TABLES, sorted(STOPWORDS), sorted(NUMBER_WORDS.items()), sorted(IRREGULAR.items()))).encode()).hexdigest()[:12],
    __version__)


class CacheUnavailable(InputError):
    """The cache folder or the index file cannot be used: not a folder, read-only, full.
    A run goes on without the index; ``factcheck index`` stops."""


def _reason(exc: BaseException) -> str:
    if isinstance(exc, (FileExistsError, NotADirectoryError)):
        return "a file stands where its folder should be"
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)


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

    def __init__(self, roots: Sequence[str | Path], cache_dir: str | Path = DEFAULT_CACHE_DIR) -> None:
        self.roots = list(roots)
        self.cache_dir = Path(cache_dir)
        self.path = cache_path(self.cache_dir, self.roots)

    def refresh(self, *, skip_bad: bool = False, progress: Progress | None = None,
                workers: int | None = None) -> tuple[RefreshStats, list[str]]:
        """Bring the store up to date with the files; return what was done and warnings."""
        entries, warnings = discover(self.roots)
        connection = self._connect()
        try:
            stats, bad = self._refresh(connection, entries, skip_bad, progress, workers)
        except sqlite3.Error as exc:  # a full disk, a read-only file
            raise CacheUnavailable(str(self.path), f"cannot update the index cache: {_reason(exc)}") from None
        finally:
            connection.close()
        return stats, warnings + bad

    def open(self, *, skip_bad: bool = False, progress: Progress | None = None) -> StoredCorpus:
        """Refresh, then open a consistent read snapshot of the corpus and its index."""
        stats, warnings = self.refresh(skip_bad=skip_bad, progress=progress)
        return StoredCorpus(self._connect(), self.path, warnings, stats)

    def snapshot(self, digest: str) -> StoredCorpus:
        """Open the store as it is, without a refresh (for worker processes of a run);
        InputError if it no longer holds the corpus the run started with."""
        stored = StoredCorpus(self._connect(), self.path, (), RefreshStats())
        if stored.digest != digest:
            stored.close()
            raise InputError(str(self.path), "the index changed during the run; run again")
        return stored

    # -- writing ---------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            _mark_cache_dir(self.cache_dir)
            try:
                return _open_database(self.path)
            except sqlite3.OperationalError:
                raise  # cannot open or write it: not ours to delete
            except sqlite3.DatabaseError:
                # Not a database, or one of another schema: the cache is ours to rebuild.
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{self.path}{suffix}").unlink(missing_ok=True)
                return _open_database(self.path)
        except (OSError, sqlite3.Error) as exc:
            raise CacheUnavailable(str(self.cache_dir), f"cannot use the index cache: {_reason(exc)}") from None

    def _refresh(self, connection: sqlite3.Connection, entries: list[tuple[str, Path]], skip_bad: bool,
                 progress: Progress | None, workers: int | None) -> tuple[RefreshStats, list[str]]:
        plan = _Plan.make(connection, entries)
        if plan.clean:
            return RefreshStats(files=len(entries), unchanged=len(entries)), []
        connection.execute("BEGIN IMMEDIATE")  # one writer at a time; readers go on
        try:
            plan = _Plan.make(connection, entries)  # another process may have done it meanwhile
            stats, warnings = self._apply(connection, plan, skip_bad, progress, workers)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        return stats, warnings

    def _apply(self, connection: sqlite3.Connection, plan: _Plan, skip_bad: bool, progress: Progress | None,
               workers: int | None) -> tuple[RefreshStats, list[str]]:
        """Read the files whose stat changed and store new contents as they stream in from
        the workers; merge the postings as they come once a change is certain, so that
        the merging overlaps the indexing."""
        warnings: list[str] = []
        files: list[_File] = []
        known = {row[0] for row in connection.execute("SELECT hash FROM contents")}
        fresh = [(doc_id, path) for doc_id, path, stored in plan.entries if not _unchanged(stored, path)]
        results = _read_all(fresh, frozenset(known), progress, workers)
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
                    if not skip_bad:
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
                    connection.execute("INSERT OR REPLACE INTO contents VALUES (?,?,?,?,?,?,?,?)",
                                       (found.hash, *_part_row(*numbered)))
                    indexed += 1
                    bytes_indexed += _size(path)
                merging.add(found, numbered)
        finally:
            results.close()
        terms.save()
        digest = _digest(files)
        merged = digest != _meta(connection, "digest")
        connection.execute("DELETE FROM files")
        connection.executemany("INSERT INTO files VALUES (?,?,?,?,?,?,?,?,?)", [
            (f.doc_id, seq, f.path.as_posix(), f.size, f.mtime_ns, f.hash, f.chars, json.dumps(f.aliases), f.date)
            for seq, f in enumerate(files)])
        if merged:
            merging.write(files)
            connection.execute("INSERT OR REPLACE INTO meta VALUES ('digest', ?)", (digest,))
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
        connection.executemany("INSERT INTO postings VALUES (?,?,?)",
                               ((t, pids.tobytes(), tfs.tobytes()) for t, pids, tfs in merged.items()))
        for key in ("docs", "starts", "ends", "lengths"):
            connection.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, getattr(merged, key).tobytes()))
        connection.execute("DELETE FROM contents WHERE hash NOT IN (SELECT hash FROM files)")


def _unchanged(stored: _File | None, path: Path) -> TypeGuard[_File]:
    return stored is not None and stored.path == path and _same_stat(stored, path)


@dataclass(slots=True)
class _Plan:
    """Each discovered file with its stored row (or None), and the stored files now gone."""

    entries: list[tuple[str, Path, _File | None]]
    removed: list[str]
    clean: bool

    @classmethod
    def make(cls, connection: sqlite3.Connection, entries: list[tuple[str, Path]]) -> _Plan:
        stored: dict[str, tuple[Any, ...]] = {
            row[0]: row for row in connection.execute("SELECT * FROM files ORDER BY seq")}
        planned: list[tuple[str, Path, _File | None]] = []
        clean = _meta(connection, "digest") is not None and len(stored) == len(entries)
        for seq, (doc_id, path) in enumerate(entries):
            row = stored.get(doc_id)
            if row is None:
                planned.append((doc_id, path, None))
                clean = False
                continue
            found = _File(row[0], Path(row[2]), row[3], row[4], row[5], row[6], tuple(json.loads(row[7])), row[8])
            clean = clean and row[1] == seq and found.path == path and _same_stat(found, path)
            planned.append((doc_id, path, found))
        removed = sorted(set(stored) - {doc_id for doc_id, _ in entries})
        return cls(planned, removed, clean)


def _same_stat(stored: _File, path: Path) -> bool:
    try:
        stat = path.stat()
    except OSError:
        return False
    return stat.st_size == stored.size and stat.st_mtime_ns == stored.mtime_ns


def _read(doc_id: str, path: Path) -> tuple[_File, str]:
    """Read and hash one source (InputError for a binary or non-UTF-8 one)."""
    stat = path.stat()
    text = read_text(path)
    aliases, date = describe(doc_id, path.as_posix(), text)
    # A file written in the last moments may change again within the same mtime tick:
    # such a stat is not trusted next time (the file is hashed again, as git does).
    size = -1 if time.time_ns() - stat.st_mtime_ns < RACY_NS else stat.st_size
    return _File(doc_id, path, size, stat.st_mtime_ns, _hash(text), len(text), aliases,
                 date.isoformat() if date else None), text


def _hash(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


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


def _read_one(entry: tuple[str, Path]) -> _Result:
    """Read, hash and describe one file; split and stem it unless its content is known."""
    doc_id, path = entry
    try:
        found, text = _read(doc_id, path)
    except InputError as exc:
        return None, None, exc
    part = None if found.hash in _KNOWN else index_document(Document(doc_id, path.as_posix(), text))
    return found, part, None


def _read_batch(batch: list[tuple[str, Path]]) -> list[_Result]:
    return [_read_one(entry) for entry in batch]


def _read_all(entries: list[tuple[str, Path]], known: frozenset[str], progress: Progress | None,
              workers: int | None) -> Generator[_Result, None, None]:
    """Results for the entries, in their order, from every core when there is enough to do.

    The order does not depend on scheduling, so neither do the store's contents."""
    total = len(entries)
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
    pool = ProcessPoolExecutor(max_workers=count, mp_context=worker_context(), initializer=_set_known,
                               initargs=(known,))
    try:
        for batch in pool.map(_read_batch, batches):
            done += len(batch)
            if progress:
                progress("indexing", done, total)
            yield from batch
    finally:  # an error stops the run: the batches not started are dropped
        pool.shutdown(wait=True, cancel_futures=True)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _part_row(ids: np.ndarray, part: DocumentIndex) -> tuple[bytes, ...]:
    return (part.starts.tobytes(), part.ends.tobytes(), part.lengths.tobytes(), ids.astype(PID).tobytes(),
            part.counts.tobytes(), part.pids.tobytes(), part.tfs.tobytes())


def _load_part(connection: sqlite3.Connection, content: str) -> tuple[np.ndarray, DocumentIndex]:
    """A stored part, and its term ids (its vocabulary is left empty: the ids stand for it)."""
    row = connection.execute("SELECT starts, ends, lengths, term_ids, counts, pids, tfs FROM contents WHERE hash = ?",
                             (content,)).fetchone()
    starts, ends, lengths, ids, counts, pids, tfs = (np.frombuffer(blob, PID) for blob in row)
    return ids, DocumentIndex(starts, ends, lengths, (), counts, pids, tfs)


def _meta(connection: sqlite3.Connection, key: str) -> bytes | str | None:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _meta_array(connection: sqlite3.Connection, key: str) -> np.ndarray:
    """One of the merged arrays the meta table holds as bytes (empty before the first merge)."""
    value = _meta(connection, key) or b""
    if isinstance(value, str):  # as np.frombuffer would: a text value is no buffer
        raise TypeError(f"a bytes-like object is required, not 'str' (meta {key!r})")
    return np.frombuffer(value, PID)


def _open_database(path: Path) -> sqlite3.Connection:
    """Open (or create) a store; DatabaseError if the file is not a store of this schema."""
    connection = sqlite3.connect(path, timeout=BUSY_MS / 1000, isolation_level=None, check_same_thread=False)
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.executescript(_TABLES)
        schema = _meta(connection, "schema")
        if schema is None:
            connection.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA,))
        elif schema != SCHEMA:
            raise sqlite3.DatabaseError(f"index schema {schema!r}, expected {SCHEMA!r}")
    except BaseException:
        connection.close()
        raise
    return connection


def _mark_cache_dir(folder: Path) -> None:
    """Tag the cache folder as a cache (for backup tools) and keep it out of git."""
    tag = folder / "CACHEDIR.TAG"
    if not tag.exists():
        tag.write_text("Signature: 8a477f597d28d172789f06886806bc55\n# This is a factcheck index cache.\n")
    ignore = folder / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# Automatically created by factcheck.\n*\n")


# -- reading ------------------------------------------------------------------------


class StoredCorpus:
    """A read snapshot of the store: the corpus (documents loaded on demand), its
    passages and its index. Holds one read transaction until ``close()``."""

    def __init__(self, connection: sqlite3.Connection, path: Path, warnings: Sequence[str],
                 stats: RefreshStats) -> None:
        self.connection = connection
        self.path = path
        self.stats = stats
        connection.execute("BEGIN")  # the snapshot: later commits by others stay invisible
        self.digest = str(_meta(connection, "digest"))
        rows = connection.execute("SELECT doc_id, path, hash, aliases, date, chars FROM files ORDER BY seq").fetchall()
        self.documents = LazyDocuments([(r[0], Path(r[1]), r[2], tuple(json.loads(r[3])),
                                         datetime.date.fromisoformat(r[4]) if r[4] else None) for r in rows])
        arrays = {key: _meta_array(connection, key) for key in ("docs", "starts", "ends", "lengths")}
        self.corpus: Corpus = make_corpus(self.documents, warnings, [e[3] for e in self.documents.entries],
                                          sum(r[5] for r in rows))
        self.index = Index(self._postings, arrays["docs"], arrays["lengths"])
        self.passages = PassageTable(self.documents, arrays["docs"], arrays["starts"], arrays["ends"])
        self._cache: OrderedDict[str, tuple[np.ndarray, np.ndarray] | None] = OrderedDict()

    def results(self, fingerprint: str) -> ResultCache:
        """The results of earlier runs on this corpus with options of this fingerprint."""
        return ResultCache(self.connection, Path(self.path), self.digest, SCHEMA, fingerprint)

    def _postings(self, t: str) -> tuple[np.ndarray, np.ndarray] | None:
        if t in self._cache:
            self._cache.move_to_end(t)
            return self._cache[t]
        row = self.connection.execute("SELECT pids, tfs FROM postings WHERE term = ?", (t,)).fetchone()
        found = (np.frombuffer(row[0], PID), np.frombuffer(row[1], TF)) if row else None
        self._cache[t] = found
        if len(self._cache) > POSTINGS_CACHE:
            self._cache.popitem(last=False)
        return found

    def close(self) -> None:
        try:
            self.connection.execute("COMMIT")
        finally:
            self.connection.close()

    def __enter__(self) -> StoredCorpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class LazyDocuments(Sequence[Document]):
    """The corpus's documents, read from disk when first needed (a few kept in memory).

    A file whose content no longer matches the index is an error, not silently wrong
    offsets: the run has to start again."""

    entries: list[tuple[str, Path, str, tuple[str, ...], datetime.date | None]]  # id, path, hash, aliases, date
    _loaded: OrderedDict[int, Document] = field(default_factory=OrderedDict)

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
        text = read_text(path)
        if _hash(text) != content:
            raise InputError(str(path), "changed while factcheck was running; run it again")
        found = self._loaded[index] = Document(doc_id, path.as_posix(), text, aliases, line_starts(text), date)
        if len(self._loaded) > DOCUMENTS_CACHE:
            self._loaded.popitem(last=False)
        return found

    def __iter__(self) -> Iterator[Document]:
        return (self[i] for i in range(len(self)))


class PassageTable(Sequence[Passage]):
    """Passages by id, made on demand from the stored offsets and the document text."""

    def __init__(self, documents: LazyDocuments, docs: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> None:
        self.documents = documents
        self.docs, self.starts, self.ends = docs, starts, ends
        self._views: OrderedDict[int, str] = OrderedDict()
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
            found = self._made[pid] = Passage(doc, start, end, fold(self._view(doc)[start:end]))
        return found

    def __iter__(self) -> Iterator[Passage]:
        return (self[i] for i in range(len(self)))

    def _view(self, doc: int) -> str:
        view = self._views.get(doc)
        if view is None:
            view = self._views[doc] = mask(self.documents[doc])
            if len(self._views) > DOCUMENTS_CACHE:
                self._views.popitem(last=False)
        else:
            self._views.move_to_end(doc)
        return view


def worker_context() -> BaseContext:
    """Fork where there is fork: no re-import of the caller's main module (a library
    user's script needs no ``__main__`` guard) and the corpus arrays are shared
    copy-on-write. A worker never touches its parent's SQLite connection: it opens its
    own, and a forked worker ends with ``os._exit``, so the inherited one is not closed."""
    return get_context("fork" if "fork" in get_all_start_methods() else "spawn")
