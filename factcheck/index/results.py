"""Results of earlier runs, kept in the persistent index, for claims asked again (and
the corpus's disagreements, found once per corpus).

A CI job checks the same claims against the same sources run after run. A claim's
result depends only on its content (text, quote, citations, expected values), the run's
options and the corpus, so it is stored under a hash of those and of the index schema;
the corpus enters by its digest, so any change to any source retires every stored
result. What identifies the claim (id, file, line) is put back from the claim at hand.

Results made by other code are not reused either: the key includes a hash of
factcheck's own source files. The values are pickles: the cache folder is trusted as the source tree is (a tool that
can write there can as well edit the code).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import pickle
import sqlite3
from pathlib import Path
from typing import Any

from factcheck.models import Claim, ClaimResult

BUSY_S = 600.0


class ResultCache:
    """Looks results up in a store's read snapshot; writes new ones when the run ends."""

    def __init__(self, connection: sqlite3.Connection, path: Path, digest: str, schema: str, fingerprint: str) -> None:
        self._connection = connection
        self._path = path
        self._digest = digest
        self._salt = f"{schema}\0{code_version()}\0{digest}\0{fingerprint}"
        self._new: dict[str, Any] = {}

    def key(self, claim: Claim) -> str:
        return self._key(repr((claim.text, claim.quote, claim.cite, claim.expect)))

    def get(self, claim: Claim) -> ClaimResult | None:
        """The stored result of a claim with this content, as this claim's result."""
        found = self._lookup(self.key(claim))
        return dataclasses.replace(found, claim=claim) if found is not None else None

    def put(self, claim: Claim, result: ClaimResult) -> None:
        self._new[self.key(claim)] = result

    def get_named(self, name: str) -> Any:
        """A stored whole-corpus result (the corpus's disagreements), or None."""
        return self._lookup(self._key(f"named\0{name}"))

    def put_named(self, name: str, value: object) -> None:
        self._new[self._key(f"named\0{name}")] = value

    def _key(self, content: str) -> str:
        return hashlib.sha256(f"{self._salt}\0{content}".encode()).hexdigest()

    def _lookup(self, key: str) -> Any:
        found = self._new.get(key)
        if found is None:
            row = self._connection.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
            found = pickle.loads(row[0]) if row is not None else None
        return found

    def save(self) -> None:
        """Write the new results in one transaction of its own (the run's snapshot only
        reads), dropping those of other corpora."""
        if not self._new:
            return
        try:
            connection = sqlite3.connect(self._path, timeout=BUSY_S, isolation_level=None)
            try:
                connection.execute("BEGIN IMMEDIATE")
                connection.execute("DELETE FROM results WHERE digest != ?", (self._digest,))
                connection.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?)", [
                    (key, self._digest, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
                    for key, result in sorted(self._new.items())])
                connection.execute("COMMIT")
            finally:
                connection.close()
        except sqlite3.Error:
            pass  # a read-only or full cache: the results are found again next time
        self._new.clear()


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
