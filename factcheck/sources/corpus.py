"""Read source files into Documents exactly as the contract defines their text and ids."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

import yaml

from factcheck.errors import InputError
from factcheck.models import Document

SOURCE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_URL_LINE = re.compile(r"\s*(https?://\S+)\s*$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Corpus:
    """The documents of a run, in a stable order, and what was skipped on the way."""

    documents: Sequence[Document]
    warnings: tuple[str, ...] = ()
    size: int = 0  # characters of text in all documents
    _by_name: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    def resolve(self, name: str) -> int | None:
        """Return the index of the document a writer means by ``name`` (id, path, URL)."""
        return self._by_name.get(_name_key(name))


def _name_key(name: str) -> str:
    key = name.strip().replace("\\", "/")
    if key.startswith(("http://", "https://")):
        key = key.rstrip("/").split("#", 1)[0]
    return key.removeprefix("./")


def read_text(path: Path) -> str:
    """Decode a file as UTF-8 (BOM dropped, universal newlines) or raise InputError."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    if b"\x00" in raw:
        raise InputError(str(path), "binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise InputError(str(path), f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})", line) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _front_matter(doc_id: str, text: str) -> dict[str, object]:
    """The YAML front matter of a Markdown source, or {} (a broken block is just text)."""
    front = _FRONT_MATTER.match(text)
    if not front or not doc_id.endswith((".md", ".markdown")):
        return {}
    try:
        meta = yaml.safe_load(front.group(1))
    except yaml.YAMLError:
        return {}
    return meta if isinstance(meta, dict) else {}


def _date(meta: dict[str, object]) -> datetime.date | None:
    value = meta.get("date")
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _aliases(doc_id: str, path: str, text: str, meta: dict[str, object]) -> tuple[str, ...]:
    names = {doc_id, path, str(Path(doc_id).with_suffix("")).replace("\\", "/")}
    names.update(str(meta[k]) for k in ("id", "url") if isinstance(meta.get(k), (str, int)))
    first_line = text.split("\n", 1)[0]
    url = _URL_LINE.match(first_line)
    if url:
        names.add(url.group(1))
    return tuple(sorted(_name_key(n) for n in names))


def line_starts(text: str) -> tuple[int, ...]:
    """The offset at which each line of a text starts (for line and column numbers).

    Summed line lengths (each plus its newline), all in C: sources are loaded on demand
    while claims are checked, so this runs for every document a claim meets."""
    ends = tuple(accumulate(map((1).__add__, map(len, text.split("\n")))))
    return (0, *ends[:-1])


def _discover(root: Path) -> list[tuple[str, Path]]:
    """List ``(id, path)`` of the source files under a folder, sorted, hidden ones skipped."""
    found = []
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_file() and path.suffix.lower() in SOURCE_SUFFIXES:
            found.append((relative.as_posix(), path))
    return sorted(found)


def describe(doc_id: str, path: str, text: str) -> tuple[tuple[str, ...], datetime.date | None]:
    """The names a source can be cited by, and its front-matter date."""
    meta = _front_matter(doc_id, text)
    return _aliases(doc_id, path, text, meta), _date(meta)


def document_from_text(doc_id: str, path: Path, text: str) -> Document:
    """Make a Document of a source's decoded text."""
    shown = path.as_posix()
    aliases, date = describe(doc_id, shown, text)
    return Document(doc_id, shown, text, aliases, line_starts(text), date)


def load_document(doc_id: str, path: Path) -> Document:
    """Read one source file into a Document."""
    return document_from_text(doc_id, path, read_text(path))


def discover(roots: Sequence[str | Path]) -> tuple[list[tuple[str, Path]], list[str]]:
    """The ``(id, path)`` of every source under ``roots``, in corpus order, and a warning
    for each file whose id an earlier one took. Raises InputError for a missing root."""
    entries: list[tuple[str, Path]] = []
    warnings: list[str] = []
    seen: set[str] = set()
    for root in map(Path, roots):
        if not root.exists():
            raise InputError(str(root), "no such source file or folder")
        for doc_id, path in [(root.name, root)] if root.is_file() else _discover(root):
            if doc_id in seen:
                warnings.append(f"{path}: source id '{doc_id}' already taken by an earlier source; skipped")
                continue
            seen.add(doc_id)
            entries.append((doc_id, path))
    return entries, warnings


def load_corpus(roots: Sequence[str | Path], *, skip_bad: bool = False) -> Corpus:
    """Load every source under ``roots`` (folders recursively, or single files).

    Raises InputError for a missing root, or for an unreadable source unless
    ``skip_bad`` is set, in which case the source is left out with a warning.
    """
    entries, warnings = discover(roots)
    documents: list[Document] = []
    for doc_id, path in entries:
        try:
            documents.append(load_document(doc_id, path))
        except InputError as exc:
            if not skip_bad:
                raise
            warnings.append(f"{exc} (skipped)")
    return make_corpus(documents, warnings)


def make_corpus(documents: Sequence[Document], warnings: Sequence[str] = (),
                names: Sequence[Sequence[str]] | None = None, size: int | None = None) -> Corpus:
    """Build a Corpus and its name lookup; the first document to claim a name keeps it.

    ``names`` (and ``size``) give each document's aliases (and the corpus's size) when
    the documents are loaded lazily from the persistent index, so that no file is read.
    """
    by_name: dict[str, int] = {}
    for index, aliases in enumerate(names if names is not None else (d.aliases for d in documents)):
        for name in aliases:
            by_name.setdefault(name, index)
    if names is None:
        documents = tuple(documents)
        size = sum(len(d.text) for d in documents)
    return Corpus(documents, tuple(warnings), size or 0, by_name)
