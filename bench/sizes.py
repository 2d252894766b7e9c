"""Time against input size: one-line sources of 1, 2, 4, 8, 16 MB, against a plain baseline.

A source that is one long line (an export, a minified page, a pasted transcript) is the
worst case of the sentence splitter and of everything downstream of it. The text is real:
Wikipedia articles from the sample (``DATA/wikipedia/sample.tar.xz``, one article a file),
in file-name order, their newlines turned into spaces and joined into one line, cut at the
size asked. For each size this times, in this process:

- ``load``: reading the file as factcheck reads a source (``load_document``: decode, ids,
  line starts);
- ``passages``: ``split_passages`` (masking, sentence ends, the bound on a passage's length);
- ``index``: ``index_document`` (passages, then each passage's terms counted);
- ``baseline``: the same file read and casefolded, and split at ``[.!?]\\s`` by one regex:
  about the least any splitter must do.

and prints ``ratio`` = (load + index) / baseline, and the index time per MB. Linear growth
shows as each time doubling with the size, the ratio and the time per MB staying flat;
quadratic growth as times quadrupling and the ratio doubling. The baseline takes a fraction
of a second: on a busy machine, read the time per MB too. ``--cli`` also times ``factcheck index`` on the file in a fresh process.
A stage over ``--limit`` seconds (default 120) is stopped and the larger sizes skipped.

    python bench/sizes.py                    # 1, 2, 4, 8, 16 MB
    python bench/sizes.py --sizes 1 2 4 --cli
"""

from __future__ import annotations

import argparse
import re
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _common import DATA, ROOT

from factcheck.index.bm25 import index_document
from factcheck.sources.corpus import load_document
from factcheck.sources.passages import split_passages

MB = 1 << 20
_BASELINE_SPLIT = re.compile(r"(?<=[.!?])\s+")


class _TimeUp(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _TimeUp


def one_line_text(size: int, archive: Path = DATA / "wikipedia" / "sample.tar.xz") -> str:
    """About ``size`` bytes (UTF-8) of Wikipedia text as one line, from the sample's first
    articles in archive order (a compressed tar is read front to back, never sought in)."""
    pieces: list[str] = []
    total = 0
    with tarfile.open(archive, "r|xz") as tar:
        for member in tar:
            if not (member.isfile() and member.name.endswith(".txt")):
                continue
            handle = tar.extractfile(member)
            assert handle is not None
            text = " ".join(handle.read().decode("utf-8").split())
            pieces.append(text)
            total += len(text.encode()) + 1
            if total >= size:
                break
    return " ".join(pieces).encode()[:size].decode("utf-8", "ignore")


def _time(limit: float, work: Callable[[], object]) -> float | None:
    """Seconds ``work`` took, or None when it ran over ``limit`` seconds and was stopped."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, limit)
    start = time.perf_counter()
    try:
        work()
    except _TimeUp:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - start


def _baseline(path: Path) -> None:
    text = path.read_text(encoding="utf-8").casefold()
    _BASELINE_SPLIT.split(text)


def _row(path: Path, limit: float) -> list[float | int | None]:
    """Times of the stages on one file, the ratio to the baseline, passages and the longest."""
    document = load_document(path.name, path)
    lengths: list[int] = []
    load = _time(limit, lambda: load_document(path.name, path))
    passages = _time(limit, lambda: lengths.extend(p.end - p.start for p in split_passages(document, 0)))
    index = _time(limit, lambda: index_document(document)) if passages is not None else None
    baseline = min(t for t in (_time(limit, lambda: _baseline(path)) for _ in range(3)) if t is not None)
    ratio = (load + index) / baseline if load is not None and index is not None else None
    done = passages is not None
    return [load, passages, index, baseline, ratio, len(lengths) if done else None,
            max(lengths, default=0) if done else None]


def _cli(path: Path, cache: Path, limit: float) -> float | str | None:
    """Seconds ``factcheck index`` took on the file in a fresh process (None: over ``limit``;
    ``exit N`` when it failed, its last line of stderr printed to stderr)."""
    start = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-m", "factcheck", "index", "--sources", str(path), "--cache-dir",
                               str(cache)], capture_output=True, text=True, timeout=limit, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return None
    if proc.returncode != 0:
        print(proc.stderr.strip().splitlines()[-1:], file=sys.stderr)
        return f"exit {proc.returncode}"
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8, 16], help="sizes in MB")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds before a stage is stopped")
    parser.add_argument("--cli", action="store_true", help="also time `factcheck index` in a fresh process")
    args = parser.parse_args()
    text = one_line_text(int(max(args.sizes) * MB))
    columns = ["MB", "load s", "passages s", "index s", "baseline s", "ratio", "index s/MB", "passages", "longest"]
    if args.cli:
        columns.append("cli index s")
    print(" | ".join(f"{c:>11}" for c in columns), flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"one-line-{size:g}MB.txt"
            path.write_bytes(text.encode()[:int(size * MB)].decode("utf-8", "ignore").encode())
            row: list[object] = [f"{size:g}", *_row(path, args.limit)]
            row.insert(6, row[3] / size if isinstance(row[3], float) else None)
            if args.cli:
                row.append(_cli(path, Path(tmp) / f"cache-{size:g}", args.limit))
            print(" | ".join(f"{v:>11.2f}" if isinstance(v, float) else f"{'over limit' if v is None else v:>11}"
                             for v in row), flush=True)
            if None in row:
                break


if __name__ == "__main__":
    main()
