"""The value reader's fast paths give the values of its full path, on real text.

``extract_values`` skips a whole reader (dates, periods, tallies, quantities, ...) on a text
its Gate closes (context.Gate), and each reader skips a pattern its Scan says cannot match
(context.Scan, checked pattern by pattern in tests/test_value_scans.py). A gate must close only
on texts where its reader finds nothing, or a value would be lost. Checked on every sentence of
``tests/data/values.tsv``, every passage of the seeds' sources and of the first WiCE dev
evidence pages (``../shared/data``, where it is there), each read whole and alone.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from factcheck.sources.corpus import load_document
from factcheck.sources.passages import split_passages
from factcheck.values import _READERS, extract_values
from factcheck.values.context import Gate, Scan, _Context
from factcheck.values.conventions import document_conventions

ROOT = Path(__file__).resolve().parent.parent
WICE = ROOT.parent / "shared" / "data" / "wice-dev" / "sources"
WICE_PAGES = 60


def _texts() -> list[str]:
    with (ROOT / "tests" / "data" / "values.tsv").open(encoding="utf-8", newline="") as table:
        texts = [row["sentence"] for row in csv.DictReader(table, delimiter="\t")]
    pages = sorted((ROOT / "seeds").glob("*.txt")) + sorted(WICE.glob("*.txt"))[:WICE_PAGES]
    for index, path in enumerate(pages):
        document = load_document(path.name, path)
        texts += [document.text[p.start:p.end] for p in split_passages(document, index)]
    return texts


TEXTS = _texts()


@pytest.mark.skipif(not WICE.is_dir(), reason="WiCE dev is not in ../shared/data beside the checkout")
def test_the_texts_are_there() -> None:
    assert len(TEXTS) > 1500


@pytest.mark.parametrize(("reader", "gate"), [(r, g) for r, g in _READERS if g is not None],
                         ids=lambda item: getattr(item, "__name__", ""))
def test_a_reader_finds_nothing_where_its_gate_closes(reader: object, gate: Gate) -> None:
    closed = 0
    for text in TEXTS:
        ctx = _Context(text, None)
        if not gate.may_match(ctx):
            closed += 1
            assert list(reader(ctx)) == [], text  # type: ignore[operator]
    assert closed > len(TEXTS) // 10  # the gate does close on real text


def test_values_are_the_same_with_every_gate_and_scan_open(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = [extract_values(text) for text in TEXTS]
    monkeypatch.setattr(Gate, "may_match", lambda self, ctx: True)
    monkeypatch.setattr(Scan, "may_match", lambda self, ctx: True)
    assert [extract_values(text) for text in TEXTS] == fast


def test_a_document_read_whole_and_by_its_conventions_is_the_same_with_every_gate_open(
        monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = [(ROOT / "seeds" / name).read_text(encoding="utf-8") for name in sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))]
    fast = [extract_values(text, conventions=document_conventions(text)) for text in seeds]
    monkeypatch.setattr(Gate, "may_match", lambda self, ctx: True)
    monkeypatch.setattr(Scan, "may_match", lambda self, ctx: True)
    assert [extract_values(text, conventions=document_conventions(text)) for text in seeds] == fast
