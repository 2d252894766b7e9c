"""same_subject's title test: an ASCII title looked for in a document's lowered bytes finds it
exactly where the casefolded text has it."""

from __future__ import annotations

import sys

import pytest

from factcheck.run.check import FOLDS_TO_ASCII, _states


def test_folds_to_ascii_is_every_such_character() -> None:
    found = [chr(code) for code in range(128, sys.maxunicode + 1) if not 0xD800 <= code < 0xE000
             and any(ord(c) < 128 for c in chr(code).casefold())]
    assert "".join(found) == FOLDS_TO_ASCII


def test_no_character_folds_to_nothing() -> None:
    """(An empty fold would join the ASCII runs on either side of it.)"""
    assert all(chr(code).casefold() for code in range(sys.maxunicode + 1) if not 0xD800 <= code < 0xE000)


@pytest.mark.parametrize(("text", "title"), [
    ("Levering Smith was an admiral.", "levering smith"),
    ("LEVERING SMITH", "levering smith"),
    ("Levering–Smith", "levering smith"),
    ("Café Müller opened in Zürich.", "cafe muller"),
    ("Café Müller opened in Zürich.", "café müller"),
    ("Die Straße von Messina", "strasse"),
    ("Die Straße von Messina", "die stra"),
    ("The ﬁrst ﬂoor", "first floor"),
    ("İstanbul", "i̇stanbul"),
    ("Kelvin: 5 \u212a", "5 k"),
    ("Σίσυφος", "σίσυφοσ"),
    ("a\u0300b", "ab"),
    ("", ""),
    ("Nothing here", ""),
])
def test_states_is_casefolded_substring(text: str, title: str) -> None:
    assert _states(text, title) == (title in text.casefold())
