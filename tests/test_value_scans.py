"""The value reader skips a pattern on a text that cannot hold a match of it (context.Scan):
what each scan asks of a text (a digit, one of some words) must hold in every text the
pattern matches, or a value would be lost. Checked on real text: every sentence of
``tests/data/values.tsv``, the seeds' sources (whole and sentence by sentence) and claims."""

from __future__ import annotations

import csv
import re
import string
import sys
from pathlib import Path

import pytest

from factcheck.values import extract_values
from factcheck.values.context import _IGNORECASE_FOLD, SCANS, Scan, _Context

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    with (ROOT / "tests" / "data" / "values.tsv").open(encoding="utf-8", newline="") as table:
        texts = [row["sentence"] for row in csv.DictReader(table, delimiter="\t")]
    for path in sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "claims").iterdir()):
        if path.is_file():
            document = path.read_text(encoding="utf-8")
            texts.append(document)
            texts += [m.group() for m in re.finditer(r"[^.!?\n]+[.!?]?", document)]
    return texts


TEXTS = _texts()


def test_the_texts_are_there() -> None:
    assert len(TEXTS) > 1400


@pytest.mark.parametrize("scan", SCANS, ids=lambda scan: scan.pattern.pattern[:40])
def test_no_match_in_a_text_the_scan_skips(scan: Scan) -> None:
    matched = skipped = 0
    for text in TEXTS:
        ctx = _Context(text, None)
        found = scan.pattern.search(text)
        matched += found is not None
        if not scan.may_match(ctx):
            skipped += 1
            assert found is None, (found, text)
    assert skipped > 0  # the scan does skip real text


def test_scans_match_real_text() -> None:
    """Most scans' patterns match some real text (the check above is not vacuous)."""
    matching = sum(any(scan.pattern.search(text) for text in TEXTS) for scan in SCANS)
    assert matching >= len(SCANS) - 3


def test_values_are_the_same_without_skipping(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = TEXTS[::3]
    skipping = [extract_values(text) for text in texts]
    monkeypatch.setattr(Scan, "may_match", lambda self, ctx: True)
    assert [extract_values(text) for text in texts] == skipping


def test_the_fold_is_what_ignorecase_matches() -> None:
    """The letters re.IGNORECASE takes for an ASCII letter that str.lower does not lower to it."""
    every = "".join(map(chr, range(0x80, sys.maxunicode + 1)))
    found = {char: letter for letter in string.ascii_lowercase
             for char in re.findall(letter, every, re.IGNORECASE) if char.lower() != letter}
    assert str.maketrans(found) == _IGNORECASE_FOLD
