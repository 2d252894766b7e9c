"""Sources load as the contract says: ids, aliases, decoding, and clear errors."""

from __future__ import annotations

import pytest
from conftest import SEEDS, seed_text, write_tree

from factcheck.errors import InputError
from factcheck.sources.corpus import load_corpus


def test_seed_ids_and_aliases(seeds) -> None:
    assert [d.id for d in seeds.documents] == sorted(p.name for p in SEEDS.iterdir())
    url = "https://www.sott.net/article/327487-Kazakh-family-publicly-demand-justice-for-the-rape-of-their-daughter"
    assert seeds.documents[seeds.resolve(url)].id == "003_389dbaaac7fb8a5a.txt"
    assert seeds.resolve("002_c17141c48ebfc846") == seeds.resolve("002_c17141c48ebfc846.txt") == 2
    assert seeds.resolve("nothing-like-this") is None


def test_text_is_the_file_as_python_reads_it(seeds) -> None:
    for document in seeds.documents:
        assert document.text == seed_text(document.id)


def test_positions_are_one_based(seeds) -> None:
    document = seeds.documents[2]
    start = document.text.index("In September 2019, he was sentenced")
    line, column = document.position(start)
    assert document.text.splitlines()[line - 1][column - 1:].startswith("In September 2019")


def test_bom_and_crlf(tmp_path) -> None:
    root = write_tree(tmp_path, {"a.txt": b"\xef\xbb\xbfOne line.\r\nTwo line.\r\n"})
    (document,) = load_corpus([root]).documents
    assert document.text == "One line.\nTwo line.\n"


def test_hidden_and_unknown_files_are_skipped(tmp_path) -> None:
    root = write_tree(tmp_path, {"a.txt": "A.", ".hidden/b.txt": "B.", ".c.md": "C.", "d.docx": "D", "sub/e.md": "E."})
    assert [d.id for d in load_corpus([root]).documents] == ["a.txt", "sub/e.md"]


@pytest.mark.parametrize(("content", "message"), [(b"caf\xe9 au lait", "not UTF-8"), (b"\x00\x01\x02", "binary")])
def test_bad_source_is_an_error_or_a_warning(tmp_path, content: bytes, message: str) -> None:
    root = write_tree(tmp_path, {"good.txt": "Fine text here.", "bad.txt": content})
    with pytest.raises(InputError, match=message) as info:
        load_corpus([root])
    assert "bad.txt" in str(info.value)
    corpus = load_corpus([root], skip_bad=True)
    assert [d.id for d in corpus.documents] == ["good.txt"]
    assert len(corpus.warnings) == 1 and "bad.txt" in corpus.warnings[0]


def test_missing_source_path(tmp_path) -> None:
    with pytest.raises(InputError, match="no such source"):
        load_corpus([tmp_path / "nope"])
