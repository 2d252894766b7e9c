"""Sentence splitters compared: ours (sources and drafts) against pySBD, syntok, blingfire
and NLTK's Punkt, on accuracy and speed.

Accuracy: the boundaries of ``tests/data/sentences_gold.txt`` (real paragraphs from the
Wikipedia sample, WiCE sources, the seeds and the drafts, boundaries read by hand; see
its header). A boundary is the offset where the next sentence starts; boundaries marked
as inside a quotation are left out of the score on both sides. Figures: precision,
recall, F1 over all boundaries, and the paragraphs split exactly right.

Speed: sentences per second over a few MB of the Wikipedia sample, one paragraph (line)
at a time, as the index splits a plain-text source.

Usage::

    .venv/bin/python bench/splitters.py [--wiki DIR] [--mb 3]

The libraries are optional (``pip install pysbd syntok blingfire nltk``): a missing one is
reported and skipped. Punkt is trained (unsupervised, ``PunktTrainer``) on the same
Wikipedia text, as NLTK's own English model was trained on news text.
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
import tarfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.inputs.sentences import sentence_spans  # noqa: E402
from factcheck.models import Document  # noqa: E402
from factcheck.sources.passages import blank_markers, mask, split_sentences  # noqa: E402

GOLD = ROOT / "tests" / "data" / "sentences_gold.txt"
BOUNDARY, OPTIONAL = "\u27c2", "\u2999"
Splitter = Callable[[str], list[int]]  # a paragraph -> the offsets where its sentences start


def read_gold(path: Path = GOLD) -> list[tuple[str, str, set[int], set[int]]]:
    """``(where, text, boundaries, optional boundaries)`` per paragraph of the gold file."""
    out = []
    where = ""
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("#"):
            where = line[1:].strip()
            continue
        if not line:
            continue
        text, marks, optional = [], set(), set()
        for char in line:
            if char == BOUNDARY:
                marks.add(len(text))
            elif char == OPTIONAL:
                optional.add(len(text))
            else:
                text.append(char)
        out.append((where, "".join(text), marks, optional))
    return out


def _starts(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """The start of each sentence after the first, moved past whitespace."""
    found = []
    for start, _ in spans[1:]:
        while start < len(text) and text[start].isspace():
            start += 1
        found.append(start)
    return found


def ours_source(text: str) -> list[int]:
    view = mask(Document("gold.txt", "gold.txt", text))  # reference markers blanked, as the index reads a .txt
    return _starts(text, list(split_sentences(view, 0, len(view))))


def ours_draft(text: str) -> list[int]:
    # a draft's reference markers are left out of its text before it is split (inputs/drafts.py)
    return _starts(text, sentence_spans(blank_markers(text)))


def _libraries(train_text: str) -> dict[str, Splitter]:
    found: dict[str, Splitter] = {}
    try:
        import pysbd

        segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
        found["pySBD 0.3"] = lambda text: _starts(text, [(s.start, s.end) for s in segmenter.segment(text)])
    except ImportError:
        print("pySBD: not installed")
    try:
        from syntok import segmenter as syntok_segmenter

        def syntok_split(text: str) -> list[int]:
            spans = [(sentence[0].offset - len(sentence[0].spacing), sentence[-1].offset)
                     for paragraph in syntok_segmenter.analyze(text) for sentence in paragraph]
            return _starts(text, spans)

        found["syntok 1.4"] = syntok_split
    except ImportError:
        print("syntok: not installed")
    try:
        import blingfire

        def blingfire_split(text: str) -> list[int]:
            _, offsets = blingfire.text_to_sentences_and_offsets(text)  # character offsets
            return _starts(text, list(offsets))

        found["blingfire 0.1"] = blingfire_split
    except ImportError:
        print("blingfire: not installed")
    try:
        from nltk.tokenize.punkt import PunktSentenceTokenizer, PunktTrainer

        trainer = PunktTrainer()
        trainer.INCLUDE_ALL_COLLOCS = True
        trainer.train(train_text, finalize=True)
        punkt = PunktSentenceTokenizer(trainer.get_params())
        found["NLTK Punkt (trained on the sample)"] = lambda text: _starts(text, list(punkt.span_tokenize(text)))
    except ImportError:
        print("nltk: not installed")
    return found


def score(split: Splitter, gold: list[tuple[str, str, set[int], set[int]]], show: bool = False) -> tuple[float, float, float, int]:
    """Precision, recall, F1 of the boundaries, and the paragraphs split exactly right."""
    true = false = missed = exact = 0
    for where, text, marks, optional in gold:
        got = set(split(text)) - optional - {len(text)}
        true += len(got & marks)
        false += len(got - marks)
        missed += len(marks - got)
        exact += got == marks
        if show and got != marks:
            for position in sorted(got ^ marks):
                kind = "extra" if position in got else "missed"
                print(f"    {kind:6} {where[:40]:40} {text[max(0, position - 45):position]!r} | {text[position:position + 25]!r}")
    precision = true / (true + false) if true + false else 1.0
    recall = true / (true + missed) if true + missed else 1.0
    return precision, recall, 2 * precision * recall / (precision + recall), exact


def wikipedia_text(folder: str | None, megabytes: float) -> list[str]:
    """Paragraphs (non-empty lines) of the Wikipedia sample, about ``megabytes`` MB."""
    limit = int(megabytes * 1_000_000)
    lines: list[str] = []
    size = 0
    if folder and os.path.isdir(folder):
        for name in sorted(glob.glob(os.path.join(folder, "**", "*.txt"), recursive=True)):
            for line in Path(name).read_text(encoding="utf-8").split("\n"):
                if line.strip():
                    lines.append(line)
                    size += len(line)
            if size >= limit:
                break
        return lines
    sample = "/work/shared/data/wikipedia/sample.tar.xz"
    with tarfile.open(sample, "r:xz") as archive:
        for member in archive:
            handle = archive.extractfile(member) if member.isfile() else None
            if handle is None:
                continue
            for line in handle.read().decode("utf-8").split("\n"):
                if line.strip():
                    lines.append(line)
                    size += len(line)
            if size >= limit:
                break
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wiki", help="a folder of Wikipedia .txt files (default: read the shared sample)")
    parser.add_argument("--mb", type=float, default=3.0, help="megabytes of Wikipedia text for the speed test")
    parser.add_argument("--show", action="store_true", help="print each wrong boundary")
    args = parser.parse_args()
    gold = read_gold()
    boundaries = sum(len(m) for _, _, m, _ in gold)
    paragraphs = wikipedia_text(args.wiki, args.mb)
    megabytes = sum(len(p) for p in paragraphs) / 1e6
    splitters: dict[str, Splitter] = {"ours: sources (passages.py)": ours_source, "ours: drafts (sentences.py)": ours_draft}
    splitters.update(_libraries("\n".join(paragraphs[: len(paragraphs) // 2])))
    print(f"gold: {len(gold)} paragraphs, {boundaries} boundaries ({sum(len(o) for *_, o in gold)} inside quotations,"
          f" not scored); speed: {megabytes:.1f} MB of Wikipedia, {len(paragraphs)} paragraphs")
    print(f"{'splitter':36} {'precision':>9} {'recall':>7} {'F1':>6} {'exact':>9} {'sentences/s':>12}")
    for name, split in splitters.items():
        precision, recall, f1, exact = score(split, gold, args.show)
        began = time.perf_counter()
        count = sum(len(split(p)) + 1 for p in paragraphs)
        rate = count / (time.perf_counter() - began)
        print(f"{name:36} {precision:9.3f} {recall:7.3f} {f1:6.3f} {exact:4}/{len(gold):<4} {rate:12,.0f}")


if __name__ == "__main__":
    main()
