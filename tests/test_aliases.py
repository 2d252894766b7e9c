"""The aliases file: what it declares, and every way it can be wrong (file:line:col)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.inputs.aliases import Aliases, load_aliases, parse_aliases

ROOT = Path(__file__).resolve().parent.parent


def test_same_and_different_groups_are_read() -> None:
    aliases = parse_aliases("same:\n  - [South Kazakhstan Region, Turkistan Region]\ndifferent:\n  - [Batyrbekov, Batyrbekova]\n")
    assert aliases.are_same("South Kazakhstan Region", "Turkistan Region")
    assert aliases.are_same("turkistan region", "SOUTH KAZAKHSTAN REGION")
    assert aliases.are_different("Batyrbekova", "Batyrbekov")
    assert not aliases.are_same("Batyrbekova", "Batyrbekov")
    assert not aliases.are_different("Turkistan Region", "South Kazakhstan Region")


def test_a_name_is_never_its_own_alias_and_longer_names_match_their_last_words() -> None:
    aliases = parse_aliases("different: [[Batyrbekov, Batyrbekova]]")
    assert not aliases.are_different("Batyrbekov", "Batyrbekov")
    assert aliases.are_different("Amangeldy Batyrbekov", "Sharipa Batyrbekova")


def test_empty_file_declares_nothing() -> None:
    assert parse_aliases("") == Aliases()
    assert parse_aliases("same:\n") == Aliases()


def test_example_file_loads() -> None:
    aliases = load_aliases(ROOT / "examples" / "aliases.yaml")
    assert aliases.are_same("Abay", "Abai")
    assert aliases.are_different("Batyrbekov", "Batyrbekova")


@pytest.mark.parametrize(("text", "line", "column", "words"), [
    ("same: [[a, b]]\nsimilar: [[c, d]]\n", 2, 1, "unknown key 'similar'"),
    ("same: Abay\n", 1, 7, "must be a list of name groups"),
    ("same:\n  - Abay\n", 2, 5, "must be a list of names"),
    ("same:\n  - [Abay]\n", 2, 5, "two different names"),
    ("same:\n  - [Abay, Abay]\n", 2, 5, "two different names"),
    ("different:\n  - [Abay, {x: 1}]\n", 2, 12, "non-empty text"),
    ("same: [[a, b]]\nsame: [[c, d]]\n", 2, 1, "duplicate key 'same'"),
    ("- [a, b]\n", 1, 1, "a mapping"),
    ("same: [[a, b]\n", 2, 1, "invalid YAML"),
])
def test_mistakes_are_reported_at_their_line_and_column(text: str, line: int, column: int, words: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_aliases(text, "aliases.yaml")
    error = caught.value
    assert (error.path, error.line, error.column) == ("aliases.yaml", line, column)
    assert words in error.message
    assert str(error).startswith(f"aliases.yaml:{line}:{column}: ")


def test_missing_and_undecodable_files_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such aliases file"):
        load_aliases(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"same: [[\xff, b]]\n")
    with pytest.raises(InputError, match="not UTF-8"):
        load_aliases(bad)


def test_aliases_settle_what_the_spelling_rules_cannot() -> None:
    """Ḥamad and Ḥāmid both romanise as Hamad/Hamed, Mahdi and Mehdi are one name that the
    rules keep apart (a/e in a first syllable): the aliases file decides for its corpus."""
    from factcheck.values import is_name_variant

    assert is_name_variant("Hamad", "Hamed") and not is_name_variant("Mahdi", "Mehdi")
    aliases = parse_aliases("same:\n  - [Mahdi, Mehdi]\ndifferent:\n  - [Hamad, Hamed]\n")
    assert aliases.are_same("Mehdi", "Mahdi") and aliases.are_different("Sheikh Hamed", "Sheikh Hamad")
