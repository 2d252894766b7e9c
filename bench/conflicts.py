"""Speed and size of ``factcheck conflicts`` on any folder: findings, time, passages/s, memory.

    python bench/conflicts.py FOLDER [--fraction 0.1] [--show 10] [--min-confidence 0.5]

``--fraction`` keeps an evenly spread share of the documents (every k-th one in id
order), so that runs on 10% and 100% of one corpus show how the cost grows.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.conflicts.analysis import analyse  # noqa: E402
from factcheck.conflicts.scan import DEFAULT_MIN_CONFIDENCE, finish, search_all  # noqa: E402
from factcheck.sources.corpus import SOURCE_SUFFIXES, load_corpus  # noqa: E402


def _peak_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--fraction", type=float, default=1.0)
    parser.add_argument("--show", type=int, default=10, help="findings to print")
    parser.add_argument("--min-confidence", type=float, default=DEFAULT_MIN_CONFIDENCE)
    args = parser.parse_args()
    times: dict[str, float] = {}
    start = time.perf_counter()
    roots: list[str] = [args.folder]
    if args.fraction < 1.0:  # pick the files first, so that memory reflects the share
        files = sorted(p for p in Path(args.folder).rglob("*") if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES)
        roots = [str(p) for p in files[:: max(1, round(1 / args.fraction))]]
    documents = load_corpus(roots, skip_bad=True).documents
    times["load"] = time.perf_counter() - start
    mark = time.perf_counter()
    analysis = analyse(documents)
    times["split+values+index"] = time.perf_counter() - mark
    mark = time.perf_counter()
    found = search_all(analysis, None)
    times["search"] = time.perf_counter() - mark
    report = finish(analysis, found, args.min_confidence)
    total = time.perf_counter() - start
    size = sum(len(d.text) for d in documents) / 1e6
    print(f"documents {len(documents)}  text {size:.1f} MB  passages {len(analysis.passages)}")
    print("  ".join(f"{k} {v:.1f}s" for k, v in times.items()) + f"  total {total:.1f}s")
    print(f"passages/s {len(analysis.passages) / total:.0f}  MB/s {size / total:.2f}  peak RSS {_peak_mb():.0f} MB")
    print(f"findings {report.summary()}")
    for conflict in report.conflicts[: args.show]:
        print(f"- {conflict.kind} {conflict.confidence:.2f} {conflict.subject}")
        for value in conflict.values:
            print(f"    {value.source_id}:{value.line}  {value.value!r}  | {value.quote[:110]}")


if __name__ == "__main__":
    main()
