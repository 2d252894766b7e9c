"""Read source files into Documents exactly as the contract defines their text and ids."""

from __future__ import annotations

import codecs
import datetime
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from factcheck.errors import InputError
from factcheck.models import Document, line_starts
from factcheck.sources import pdf
from factcheck.sources.pdf import NoTextLayer

SOURCE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf")
# The largest file read (a source, a draft, an aliases file), in bytes. Reading and
# splitting are linear, but a run holds a file's text, its passages and their terms in
# memory at once (a 16 MB one-line source adds 150 MB to the peak while it is indexed,
# bench/sizes.py's text): 64 MB is far above any article or report (the largest of the
# Wikipedia sample's 18,391 files has 152 KB, of WiCE's sources 103 KB) and keeps one
# file's indexing under about a GB of memory.
MAX_FILE_BYTES = 64 << 20
# A byte order mark of a text encoding factcheck does not read (UTF-32 before UTF-16:
# the UTF-32 LE mark begins with the UTF-16 LE one).
_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
              (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"))
_WIDE_CODECS = (("utf-32-le", "UTF-32"), ("utf-32-be", "UTF-32"), ("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16"))
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # opening a FIFO must not wait for a writer
_NO_SOURCE_FILES = "no source files"
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


def read_text(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Decode a file as UTF-8 (BOM dropped, universal newlines).

    Only a regular file is read: a FIFO (which would block until a writer came), a
    socket or a device is refused before anything is read from it.

    Raises:
        InputError: naming the file, for one that cannot be read, is not a regular file,
            is over ``max_bytes`` (default :data:`MAX_FILE_BYTES`), is UTF-16 or UTF-32
            text, is binary (a NUL byte), or is not UTF-8 (with the line of the first
            bad byte).
    """
    return _decoded(path, _read_bytes(path, max_bytes))


def _decoded(path: Path, raw: bytes) -> str:
    """:func:`read_text`'s text of a file's bytes (InputError as it says)."""
    wide = _wide_encoding(raw)
    if wide is not None:
        raise InputError(str(path), f"{wide} text is not supported; save it as UTF-8")
    if b"\x00" in raw:
        raise InputError(str(path), "binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise InputError(str(path), f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})", line) from None
    if b"\r" not in raw:  # (most files: one scan of the bytes spares the text's two)
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_source(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> str:
    """The text of a source file: a PDF's text layer (:func:`factcheck.sources.pdf.extract`:
    pages joined by form feeds), any other file as :func:`read_text` decodes it.

    Raises:
        NoTextLayer: a PDF without text (a warning for the caller to give, never an error).
        InputError: as :func:`read_text`, and for a damaged or password-protected PDF.
    """
    if not pdf.is_pdf(path.name):
        return read_text(path, max_bytes=max_bytes)
    return pdf.extract(_read_bytes(path, max_bytes), str(path)).text


def read_source_encoded(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> tuple[str, bytes | None]:
    """:func:`read_source`'s text, and its UTF-8 encoding when that is the file's own bytes (a
    text file without byte order mark or carriage return: most sources), else None. A caller
    that hashes the text hashes those bytes instead of encoding the text again."""
    if pdf.is_pdf(path.name):
        return read_source(path, max_bytes=max_bytes), None
    raw = _read_bytes(path, max_bytes)
    text = _decoded(path, raw)
    return text, (raw if b"\r" not in raw and not raw.startswith(codecs.BOM_UTF8) else None)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes`` (InputError otherwise)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | _NONBLOCK)
    except OSError as exc:
        kind = file_kind(path)
        reason = f"not a regular file ({kind})" if kind not in ("file", "missing") else f"cannot read: {exc.strerror or exc}"
        raise InputError(str(path), reason) from None
    status = os.fstat(descriptor)
    mode = status.st_mode
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        raise InputError(str(path), f"not a regular file ({_kind(mode)})")
    bound = max_bytes + 1
    try:
        # A read of n bytes allocates n first: asked for the file's size and a byte more (which
        # tells whether it grew since), not for the bound, it reads the same bytes in a third
        # of the time; a file that grew meanwhile is read on, up to the bound.
        raw = _read_up_to(descriptor, min(bound, status.st_size + 1))
        if len(raw) == status.st_size + 1 < bound:
            raw += _read_up_to(descriptor, bound - len(raw))
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(descriptor)
    if len(raw) > max_bytes:
        raise InputError(str(path), f"over the {max_bytes >> 20} MB limit for one file (MAX_FILE_BYTES); "
                                    "split it into smaller files")
    return raw


def _read_up_to(descriptor: int, size: int) -> bytes:
    """``size`` bytes read from an open file, fewer only at its end: what ``read(size)`` of a
    buffered binary file over the descriptor gives, without making the file object and its
    buffer (a warm run reads thousands of sources one by one). ``os.read`` may return fewer
    bytes than asked before the end; it is asked again for the rest."""
    data = os.read(descriptor, size)
    if len(data) == size or not data:
        return data
    parts = [data]
    got = len(data)
    while got < size and (more := os.read(descriptor, size - got)):
        parts.append(more)
        got += len(more)
    return b"".join(parts)


def _wide_encoding(raw: bytes) -> str | None:
    """``"UTF-16"`` or ``"UTF-32"`` when the bytes are text in one of them, else None.

    By the byte order mark, or without one by the NUL bytes such text has (every other
    byte of English in UTF-16): the first 4 KB must then decode in that encoding to
    printable text without NUL characters, with spaces or mostly ASCII, which binary
    data almost never does.
    """
    for bom, name in _WIDE_BOMS:
        if raw.startswith(bom):
            return name
    if b"\x00" not in raw[:4096]:
        return None
    sample = raw[:4096]
    for codec, name in _WIDE_CODECS:
        unit = 4 if name == "UTF-32" else 2
        try:
            text = sample[:len(sample) - len(sample) % unit].decode(codec)
        except UnicodeDecodeError:
            # A sample cut inside a surrogate pair: drop its last unit and try again.
            try:
                text = sample[:len(sample) - len(sample) % unit - unit].decode(codec)
            except UnicodeDecodeError:
                continue
        readable = sum(c.isprintable() or c.isspace() for c in text)
        spaced = any(c.isspace() for c in text) or sum(c.isascii() for c in text) * 2 >= len(text)
        if text and "\x00" not in text and readable >= 0.95 * len(text) and spaced:
            return name
    return None


def _kind(mode: int) -> str:
    """Name a file type as a user knows it, from ``st_mode``."""
    for test, name in ((stat.S_ISREG, "file"), (stat.S_ISDIR, "folder"), (stat.S_ISFIFO, "a FIFO"),
                       (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "not a regular file"


def file_kind(path: Path) -> str:
    """``"file"``, ``"folder"``, ``"missing"`` (or a broken link), or what else it is
    (``"a FIFO"``, ``"a socket"``, ``"a character device"``, ...), links followed."""
    try:
        return _kind(os.stat(path).st_mode)
    except OSError:
        return "missing"


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


def make_document(doc_id: str, path: str, text: str, aliases: tuple[str, ...] = (),
                  date: datetime.date | None = None) -> Document:
    """A Document; a PDF's (by its path) with its line and page starts, each page beginning a
    line, so that lines and columns count within the page (a text file's line starts are made
    when a position is first asked: :meth:`Document.lines`)."""
    if not pdf.is_pdf(path):
        return Document(doc_id, path, text, aliases, None, date)
    pages = pdf.page_starts(text)
    lines = tuple(sorted({*line_starts(text), *pages})) if len(pages) > 1 else line_starts(text)
    return Document(doc_id, path, text, aliases, lines, date, pages)


@dataclass(slots=True)
class _Found:
    """What a walk of the source folders found, before duplicates are dropped."""

    direct: list[tuple[str, Path, str]] = field(default_factory=list)  # id, path, real path
    linked: list[tuple[str, Path, str]] = field(default_factory=list)  # reached through a link
    outside: list[str] = field(default_factory=list)  # links not followed, as "link -> target"
    warnings: list[str] = field(default_factory=list)


def _is_source(name: str) -> bool:
    return name.lower().endswith(SOURCE_SUFFIXES)


def _within(real: str, inside: Sequence[str]) -> bool:
    """Whether a resolved path is one of the roots or under one of them."""
    return any(real == root or real.startswith(root.rstrip(os.sep) + os.sep) for root in inside)


def _walk(folder: Path, prefix: str, via_link: bool, inside: Sequence[str], follow: bool,
          walked: set[str], found: _Found) -> Iterator[tuple[Path, str]]:
    """Record the source files under ``folder`` in ``found``; yield the folders outside
    the roots that links lead to (with ``follow``), to walk later, as ``(path, id prefix)``.
    A link whose target is inside the roots is not read: the target is, under its own path."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        found.warnings.append(f"{folder}: cannot list the folder: {exc.strerror or exc}; skipped")
        return
    # The resolved path of an entry that is no link is its folder's, resolved once, and its name:
    # os.path.realpath would look up every folder above each of the corpus's files again.
    real_folder = os.path.realpath(folder)
    # (os.path.join of the resolved folder and a name, which holds no separator: the folder with
    # its separator once, then each name added to it, for a large corpus's many files.)
    real_prefix = os.path.join(real_folder, "")
    for entry in entries:
        if entry.name.startswith("."):
            continue
        # (The folder's path joined with the name: the Path that Path(entry.path) makes, at half
        # the cost of parsing the whole path again for each of a large corpus's files.)
        path, doc_id = folder / entry.name, prefix + entry.name
        if entry.is_symlink():
            real = os.path.realpath(path)
            kind = file_kind(path)
            if kind == "missing":
                if _is_source(entry.name):
                    found.warnings.append(f"{path}: broken symbolic link; skipped")
                continue
            if (kind != "folder" and not _is_source(entry.name)) or _within(real, inside):
                continue  # a link within the roots: its target is read under its own path, once
            if not follow:
                found.outside.append(f"{path} -> {real}")
            elif kind == "folder":
                yield path, doc_id + "/"
            elif kind == "file":
                found.linked.append((doc_id, path, real))
            else:
                found.warnings.append(f"{path}: not a regular file ({kind}); skipped")
            continue
        try:
            mode = entry.stat(follow_symlinks=False).st_mode
        except OSError:
            continue  # gone since it was listed
        if stat.S_ISDIR(mode):
            walked.add(real_prefix + entry.name)
            yield from _walk(path, doc_id + "/", via_link, inside, follow, walked, found)
        elif _is_source(entry.name):
            if not stat.S_ISREG(mode):
                found.warnings.append(f"{path}: not a regular file ({_kind(mode)}); skipped")
            else:
                (found.linked if via_link else found.direct).append((doc_id, path, real_prefix + entry.name))


def _discover(root: Path, inside: Sequence[str], follow: bool, found: _Found) -> None:
    """Walk one root folder: its own tree first, then the folders outside the roots that
    links lead to (with ``follow`` only; each real folder once, so that a link to a
    parent is no endless loop)."""
    walked = {os.path.realpath(root)}
    pending = list(_walk(root, "", False, inside, follow, walked, found))
    while pending:
        folder, prefix = pending.pop(0)
        real = os.path.realpath(folder)
        if real in walked:
            continue
        walked.add(real)
        pending.extend(_walk(folder, prefix, True, inside, follow, walked, found))


def describe(doc_id: str, path: str, text: str) -> tuple[tuple[str, ...], datetime.date | None]:
    """The names a source can be cited by, and its front-matter date."""
    meta = _front_matter(doc_id, text)
    return _aliases(doc_id, path, text, meta), _date(meta)


def document_from_text(doc_id: str, path: Path, text: str) -> Document:
    """Make a Document of a source's decoded text."""
    shown = path.as_posix()
    aliases, date = describe(doc_id, shown, text)
    return make_document(doc_id, shown, text, aliases, date)


def load_document(doc_id: str, path: Path) -> Document:
    """Read one source file into a Document (a PDF's text layer for a PDF)."""
    return document_from_text(doc_id, path, read_source(path))


def discover(roots: Sequence[str | Path], *, follow_symlinks: bool = False) -> tuple[list[tuple[str, Path]], list[str]]:
    """The ``(id, path)`` of every source under ``roots``, in corpus order, and warnings.

    What is read (README "Sources", CONTRACT.md section 1): each root given as a file,
    and under each root folder, recursively, every regular file with a source suffix
    whose name and folders do not start with ``.``. Each file is read once, under its
    own path: a symbolic link whose target (resolved) is inside the roots is not read
    through (the target is read if it is itself a source, hidden ones stay hidden); a
    link that leads outside the roots is not read, and one warning names all of them,
    unless ``follow_symlinks``, which reads them (links to folders too) under the link's
    path. A file that two overlapping roots both hold is read under the first (warned).
    A FIFO, socket or device, or a broken link, is skipped with a warning; so is a file
    whose id an earlier one took, and a root folder with no source file is warned about.

    Raises:
        InputError: a root that does not exist.
    """
    for root in map(Path, roots):
        if file_kind(root) == "missing":
            raise InputError(str(root), "no such source file or folder")
    inside = [os.path.realpath(root) for root in roots]
    per_root: list[_Found] = []
    for root in map(Path, roots):
        found = _Found()
        kind = file_kind(root)
        if kind == "file":
            found.direct.append((root.name, root, os.path.realpath(root)))
        elif kind == "folder":
            _discover(root, inside, follow_symlinks, found)
            if not found.direct and not found.linked:
                found.warnings.append(f"{root}: {_NO_SOURCE_FILES} ({', '.join(SOURCE_SUFFIXES)}) in this folder")
        else:
            found.warnings.append(f"{root}: not a regular file or folder ({kind}); skipped")
        per_root.append(found)
    taken: dict[str, tuple[int, str, Path]] = {}  # real path -> root number, id and path it is read under
    for number, found in enumerate(per_root):  # every file under its own path before any link to it
        for doc_id, path, real in sorted(found.direct):
            taken.setdefault(real, (number, doc_id, path))
    entries: list[tuple[str, Path]] = []
    warnings: list[str] = []
    seen: set[str] = set()
    outside: list[str] = []
    for number, found in enumerate(per_root):
        warnings.extend(found.warnings)
        outside.extend(found.outside)
        for doc_id, path, real in sorted(found.direct + found.linked):
            owner = taken.setdefault(real, (number, doc_id, path))
            if owner[:2] != (number, doc_id):
                if (doc_id, path, real) in found.direct:  # overlapping roots, not a link
                    warnings.append(f"{path}: the same file as {owner[2]}; skipped")
                continue
            if doc_id in seen:
                warnings.append(f"{path}: source id '{doc_id}' already taken by an earlier source; skipped")
                continue
            seen.add(doc_id)
            entries.append((doc_id, path))
    if outside:
        shown = ", ".join(outside[:10]) + (f" and {len(outside) - 10} more" if len(outside) > 10 else "")
        warnings.append(f"not read: {len(outside)} symbolic link{'s' if len(outside) > 1 else ''} leading "
                        f"outside the sources (--follow-symlinks reads them): {shown}")
    return entries, warnings


def load_corpus(roots: Sequence[str | Path], *, skip_bad: bool = False, follow_symlinks: bool = False) -> Corpus:
    """Load every source under ``roots`` (folders recursively, or single files), as
    :func:`discover` lists them (``follow_symlinks``: read links leading outside too).

    Raises InputError for a missing root, or for an unreadable source unless
    ``skip_bad`` is set, in which case the source is left out with a warning. A PDF
    without a text layer is always left out with a warning (:class:`NoTextLayer`).
    """
    entries, warnings = discover(roots, follow_symlinks=follow_symlinks)
    documents: list[Document] = []
    for doc_id, path in entries:
        try:
            documents.append(load_document(doc_id, path))
        except InputError as exc:
            if not skip_bad and not isinstance(exc, NoTextLayer):
                raise
            warnings.append(f"{exc} (skipped)")
    return make_corpus(documents, warnings)


def make_corpus(documents: Sequence[Document], warnings: Sequence[str] = (),
                names: Sequence[Sequence[str]] | None = None, size: int | None = None) -> Corpus:
    """Build a Corpus and its name lookup; the first document to claim a name keeps it.

    ``names`` (and ``size``) give each document's aliases (and the corpus's size) when
    the documents are loaded lazily from the persistent index, so that no file is read.
    An empty corpus gets a warning, unless one already says that a folder has no source.
    """
    if not len(documents) and not any(_NO_SOURCE_FILES in w for w in warnings):
        warnings = (*warnings, "no readable source: there is nothing to check against")
    by_name: dict[str, int] = {}
    for index, aliases in enumerate(names if names is not None else (d.aliases for d in documents)):
        for name in aliases:
            by_name.setdefault(name, index)
    if names is None:
        documents = tuple(documents)
        size = sum(len(d.text) for d in documents)
    return Corpus(documents, tuple(warnings), size or 0, by_name)
