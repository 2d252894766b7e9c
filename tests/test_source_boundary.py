"""What factcheck reads from a sources folder: regular files inside the roots, each once.

A symbolic link that leads outside the roots is not read (one warning names it) unless
``--follow-symlinks``; a FIFO, socket or device is never opened for reading; text in an
encoding factcheck does not read gets a message saying which; an empty sources folder
is not silent. Both ways of loading a corpus (in memory, and the persistent index) and
the command line are checked.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEEDS, write_tree

from factcheck.errors import InputError
from factcheck.index.sources import open_sources
from factcheck.sources.corpus import discover, load_corpus, read_text

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="symbolic links, FIFOs and sockets of POSIX")

SECRET = "The secret outside the sources says the harbour froze in 1911."


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """``src/`` with a real source, links out of it (a file and a folder), and links within it."""
    write_tree(tmp_path, {
        "src/real.txt": "The harbour stayed open all winter long.",
        "src/.hidden/private.txt": "A private note kept out of the corpus.",
        "outside/secret.txt": SECRET,
        "outside/folder/more.txt": "Another file outside the sources folder.",
    })
    src = tmp_path / "src"
    (src / "secret.txt").symlink_to(tmp_path / "outside" / "secret.txt")
    (src / "linked-folder").symlink_to(tmp_path / "outside" / "folder")
    (src / "again.txt").symlink_to(src / "real.txt")  # inside: read once, as real.txt
    (src / "unhidden.txt").symlink_to(src / ".hidden" / "private.txt")  # inside, but hidden
    (src / "loop").symlink_to(src)  # inside: never walked twice
    return src


def _run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factcheck", *map(str, args)], cwd=cwd, capture_output=True,
                          text=True, timeout=120, stdin=subprocess.DEVNULL)


def test_links_out_of_the_sources_are_not_read_and_one_warning_names_them(tree: Path) -> None:
    corpus = load_corpus([tree])
    assert [d.id for d in corpus.documents] == ["real.txt"]
    assert not any(SECRET in d.text for d in corpus.documents)
    (warning,) = corpus.warnings
    assert warning.startswith("not read: 2 symbolic links leading outside the sources (--follow-symlinks reads them)")
    assert f"{tree / 'secret.txt'} -> {(tree.parent / 'outside' / 'secret.txt').resolve()}" in warning
    assert str(tree / "linked-folder") in warning


def test_follow_symlinks_reads_files_and_folders_outside_under_the_link_path(tree: Path) -> None:
    corpus = load_corpus([tree], follow_symlinks=True)
    assert [d.id for d in corpus.documents] == ["linked-folder/more.txt", "real.txt", "secret.txt"]
    assert corpus.documents[2].text == SECRET
    assert corpus.warnings == ()


def test_a_file_reached_twice_is_read_once(tree: Path) -> None:
    # again.txt -> real.txt and loop -> src lead inside the roots: read as real.txt only.
    entries, _ = discover([tree], follow_symlinks=True)
    assert [doc_id for doc_id, _ in entries].count("real.txt") == 1
    assert "again.txt" not in [doc_id for doc_id, _ in entries]
    # The same file under two overlapping roots: read under the first, with a warning.
    write_tree(tree, {"sub/x.txt": "A file under two roots at once."})
    entries, warnings = discover([tree, tree / "sub"])
    assert [doc_id for doc_id, _ in entries] == ["real.txt", "sub/x.txt"]
    assert f"{tree / 'sub' / 'x.txt'}: the same file as {tree / 'sub' / 'x.txt'}; skipped" in warnings


def test_a_cycle_of_folder_links_outside_ends(tmp_path: Path) -> None:
    write_tree(tmp_path, {"src/a.txt": "A sentence of the sources here.", "out/b.txt": "B sentence outside it here."})
    (tmp_path / "src" / "out").symlink_to(tmp_path / "out")
    (tmp_path / "out" / "back").symlink_to(tmp_path / "out")
    corpus = load_corpus([tmp_path / "src"], follow_symlinks=True)
    assert [d.id for d in corpus.documents] == ["a.txt", "out/b.txt"]


def test_the_persistent_index_keeps_the_same_boundary(tree: Path, tmp_path: Path) -> None:
    with open_sources([tree], cache_dir=tmp_path / "cache") as opened:
        assert [d.id for d in opened.corpus.documents] == ["real.txt"]
        assert any(w.startswith("not read: 2 symbolic links") for w in opened.corpus.warnings)
    with open_sources([tree], cache_dir=tmp_path / "cache", follow_symlinks=True) as opened:
        assert [d.id for d in opened.corpus.documents] == ["linked-folder/more.txt", "real.txt", "secret.txt"]


def test_cli_does_not_quote_a_linked_system_file(tmp_path: Path) -> None:
    target = Path("/etc/passwd")
    if not target.is_file():
        pytest.skip("no /etc/passwd to link to")
    write_tree(tmp_path, {"claims.yaml": "claims:\n  - id: root\n    claim: root is the superuser with a bash shell\n"})
    src = tmp_path / "src"
    src.mkdir()
    for name in os.listdir(SEEDS):
        (src / name).write_bytes((SEEDS / name).read_bytes())
    (src / "passwd.txt").symlink_to(target)
    proc = _run("check", "claims.yaml", "--sources", "src", "--format", "json", "--no-index", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert "passwd" not in proc.stdout and "/bin/" not in proc.stdout
    assert f"warning: not read: 1 symbolic link leading outside the sources (--follow-symlinks reads them): " \
           f"src/passwd.txt -> {target.resolve()}" in proc.stderr
    followed = _run("index", "--sources", src, "--cache-dir", tmp_path / "cache", "--follow-symlinks", cwd=tmp_path)
    assert followed.returncode == 0 and followed.stdout.startswith("6 sources:"), followed.stderr


def test_a_fifo_is_skipped_with_a_warning_and_never_blocks(tmp_path: Path) -> None:
    src = write_tree(tmp_path / "src", {"a.txt": "The harbour stayed open all winter long."})
    os.mkfifo(src / "pipe.txt")
    os.mkfifo(tmp_path / "alone.txt")
    for args in (["index", "--sources", "src", "--cache-dir", "cache"],
                 ["conflicts", "--sources", "src", "--no-index"]):
        proc = _run(*args, cwd=tmp_path)  # a FIFO opened for reading would block: the timeout catches it
        assert proc.returncode == 0, proc.stderr
        assert "warning: src/pipe.txt: not a regular file (a FIFO); skipped" in proc.stderr
    proc = _run("index", "--sources", "alone.txt", "--cache-dir", "cache", cwd=tmp_path)
    assert proc.returncode == 0
    assert "warning: alone.txt: not a regular file or folder (a FIFO); skipped" in proc.stderr


def test_read_text_refuses_what_is_not_a_regular_file(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(InputError, match=r"not a regular file \(a FIFO\)"):
        read_text(tmp_path / "pipe.txt")  # opened without blocking, refused before reading
    with pytest.raises(InputError, match=r"not a regular file \(folder\)"):
        read_text(tmp_path)
    if os.path.exists("/dev/null"):
        with pytest.raises(InputError, match=r"not a regular file \(a character device\)"):
            read_text(Path("/dev/null"))


def test_a_socket_is_skipped_with_a_warning(tmp_path: Path) -> None:
    src = write_tree(tmp_path / "s", {"a.txt": "The harbour stayed open all winter long."})
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(src / "sock.md"))
    except OSError as exc:  # a path too long for a socket address
        pytest.skip(f"cannot bind a socket: {exc}")
    with server:
        corpus = load_corpus([src])
        with pytest.raises(InputError, match=r"not a regular file \(a socket\)"):
            read_text(src / "sock.md")
    assert [d.id for d in corpus.documents] == ["a.txt"]
    assert corpus.warnings == (f"{src / 'sock.md'}: not a regular file (a socket); skipped",)


def test_a_broken_link_is_skipped_with_a_warning(tmp_path: Path) -> None:
    src = write_tree(tmp_path, {"a.txt": "The harbour stayed open all winter long."})
    (src / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    corpus = load_corpus([src])
    assert [d.id for d in corpus.documents] == ["a.txt"]
    assert corpus.warnings == (f"{src / 'gone.txt'}: broken symbolic link; skipped",)


@pytest.mark.parametrize(("encoding", "name"), [
    ("utf-16", "UTF-16"), ("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16"),
    ("utf-32", "UTF-32"), ("utf-32-le", "UTF-32"), ("utf-32-be", "UTF-32"),
])
def test_utf16_and_utf32_text_is_named(tmp_path: Path, encoding: str, name: str) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Mayor Asem Zhapisheva said the port reopened in 2019.\nЖурналист Асем.\n".encode(encoding))
    with pytest.raises(InputError, match=f"{name} text is not supported; save it as UTF-8"):
        read_text(path)


@pytest.mark.parametrize("content", [b"\x00\x01\x02", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", bytes(range(256)) * 4])
def test_binary_is_still_called_binary(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match="binary file, not text"):
        read_text(path)


def test_a_file_over_the_size_limit_names_the_limit(tmp_path: Path) -> None:
    path = write_tree(tmp_path, {"big.txt": "x" * (3 << 20)}) / "big.txt"
    with pytest.raises(InputError, match=r"big.txt: over the 2 MB limit for one file"):
        read_text(path, max_bytes=2 << 20)
    assert len(read_text(path, max_bytes=4 << 20)) == 3 << 20


def test_an_empty_sources_folder_is_not_silent(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    corpus = load_corpus([tmp_path / "empty"])
    assert corpus.warnings == (f"{tmp_path / 'empty'}: no source files (.txt, .md, .markdown, .html, .htm, .pdf) in this folder",)
    write_tree(tmp_path, {"claims.yaml": "claims:\n  - id: a\n    claim: The harbour stayed open all winter.\n"})
    proc = _run("check", "claims.yaml", "--sources", "empty", "--cache-dir", "cache", cwd=tmp_path)
    assert proc.returncode == 1
    assert "warning: empty: no source files (.txt, .md, .markdown, .html, .htm, .pdf) in this folder" in proc.stderr


def test_no_readable_source_is_not_silent(tmp_path: Path) -> None:
    src = write_tree(tmp_path, {"bad.txt": b"caf\xe9 au lait"})
    corpus = load_corpus([src], skip_bad=True)
    assert corpus.documents == ()
    assert corpus.warnings[-1] == "no readable source: there is nothing to check against"
    with open_sources([src], cache_dir=tmp_path / "cache", skip_bad=True) as opened:
        assert opened.corpus.warnings[-1] == "no readable source: there is nothing to check against"


def test_follow_symlinks_is_a_config_key(tmp_path: Path) -> None:
    write_tree(tmp_path, {"src/a.txt": "The harbour stayed open all winter long.", "out/b.txt": SECRET,
                          "factcheck.yaml": "follow_symlinks: true\n"})
    (tmp_path / "src" / "b.txt").symlink_to(tmp_path / "out" / "b.txt")
    proc = _run("index", "--sources", "src", "--cache-dir", "cache", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stdout.startswith("2 sources:"), proc.stderr
