"""Folding keeps a verbatim map back to the source; variant keys join transliterations."""

from __future__ import annotations

import pytest
from conftest import seed_text

from factcheck.sources.normalize import fold, normalize, variant_key


@pytest.mark.parametrize("name", ["000_38fea943e4c83ed6.txt", "001_8f1417bf292b09e1.txt", "003_389dbaaac7fb8a5a.txt"])
def test_fold_equals_normalize_and_offsets_map_back(name: str) -> None:
    text = seed_text(name)
    normalized = normalize(text)
    assert normalized.text == fold(text)
    assert len(normalized.starts) == len(normalized.text) == len(normalized.ends)
    for word in ("grandmother", "ombudswoman", "kazakhstan"):
        at = normalized.text.find(word)
        if at < 0:
            continue
        start, end = normalized.span(at, at + len(word))
        assert fold(text[start:end]) == word


def test_curly_quotes_dashes_and_case_fold() -> None:
    text = seed_text("000_38fea943e4c83ed6.txt")
    sentence = "“The doctors established there was no evidence. This is in the medical report,”"
    assert sentence in text
    assert fold(sentence) == '"the doctors established there was no evidence. this is in the medical report,"'
    assert fold("since 2018—which") == "since 2018-which"


def test_cyrillic_passage_is_transliterated() -> None:
    text = seed_text("001_8f1417bf292b09e1.txt")
    start = text.index("Мы требуем")
    assert fold(text[start:start + 10]) == "my trebuem"
    normalized = normalize(text[start:start + 10])
    assert normalized.span(0, 2) == (0, 2)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Abay", "Abai", True),
        ("Assem", "Asem", True),
        ("Kyzylorda", "Qyzylorda", True),
        ("Qyzylorda", "Кызылорда", True),
        ("Nazarbayev", "Nazarbaev", True),
        ("Batyrbekov", "Batyrbekova", False),
        ("Almaty", "Astana", False),
    ],
)
def test_variant_key(a: str, b: str, same: bool) -> None:
    assert (variant_key(a) == variant_key(b)) is same
