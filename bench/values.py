"""Value extraction speed: ``extract_values`` on every passage of a slice of real text, against
the value reader of a git revision (by default ae82232) run in the same process, alternately.

    python bench/values.py [--fraction 0.02] [--rounds 5] [--baseline ae82232] [--wice]

Passages are cut by ``split_passages`` from an evenly spread share (``--fraction``, every k-th
file in path order) of the Wikipedia sample (``bench/out/wikipedia``, extracted by
``bench/perturb.py`` the first time, or ``--sample DIR``), plus the seeds' sources and with
``--wice`` the WiCE dev evidence pages. Each passage is read as the conflicts scan reads it
(``factcheck.conflicts.analysis.passage_values``): with its document's date, its document's
number conventions (settled once per document, outside the timing) and a fresh
:class:`~factcheck.values.WordUse` of the document per round (gathered inside the timing,
as a scan gathers it once per document).

The baseline is the value package of ``--baseline`` (``git archive`` of ``factcheck/values``,
imported under another package name, the rest of factcheck shared): both readers run in
this one process, in alternating order, ``--rounds`` times each; the figures are medians.
The bench also says whether both give the same values (``repr`` of every passage's list),
and prints the floor any reader must pay: one digit-run regex over every passage.
Output: passages per CPU second, CPU ms per 1,000 passages, and baseline time / current time.
"""

from __future__ import annotations

import argparse
import importlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factcheck.values as current  # noqa: E402
from factcheck.models import Document  # noqa: E402
from factcheck.sources.corpus import load_document  # noqa: E402
from factcheck.sources.passages import split_passages  # noqa: E402
from factcheck.values.dateline import document_date  # noqa: E402

SAMPLE = ROOT / "bench" / "out" / "wikipedia"
WICE = ROOT.parent / "shared" / "data" / "wice-dev" / "sources"
_DIGITS = re.compile(r"\d[\d,.]*")

Slice = list[tuple[Document, Any, list[tuple[int, int]]]]  # (document, its date, passage spans)


def files(sample: Path, fraction: float, wice: bool) -> list[Path]:
    """Every k-th file of the sample (k = round(1 / fraction); none at 0), the seeds, and the WiCE pages."""
    chosen = sorted(sample.rglob("*.txt"))[:: max(1, round(1 / fraction))] if fraction > 0 else []
    chosen += sorted((ROOT / "seeds").glob("*.txt"))
    if wice:
        chosen += sorted(WICE.glob("*.txt"))
    return chosen


def load_slice(paths: list[Path]) -> Slice:
    """Each file as a document, with its date and the spans of its passages."""
    found: Slice = []
    for index, path in enumerate(paths):
        document = load_document(path.name, path)
        spans = [(p.start, p.end) for p in split_passages(document, index)]
        found.append((document, document_date(document), spans))
    return found


def baseline_package(revision: str, into: Path) -> ModuleType:
    """``factcheck/values`` as of ``revision``, imported as the package ``_values_baseline``
    (its own imports of ``factcheck.values`` pointed at itself). Raises CalledProcessError
    when git cannot give that revision."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "factcheck/values"],
                             check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    package = into / "_values_baseline"
    shutil.move(into / "factcheck" / "values", package)
    for path in package.glob("*.py"):
        path.write_text(path.read_text(encoding="utf-8").replace("factcheck.values", "_values_baseline"), encoding="utf-8")
    sys.path.insert(0, str(into))
    return importlib.import_module("_values_baseline")


def reader(package: ModuleType, documents: Slice) -> Callable[[], list[list[Any]]]:
    """A run of ``package``'s ``extract_values`` over every passage, as the conflicts scan
    calls it; each document's conventions are settled here, once, outside the timing."""
    settled = [package.conventions.document_conventions(document.text) for document, _, _ in documents]

    def run() -> list[list[Any]]:
        found = []
        for (document, date, spans), conventions in zip(documents, settled, strict=True):
            words = package.WordUse(document.text, searches=0)  # fresh: a scan gathers it once per document
            text = document.text
            for start, end in spans:
                found.append(package.extract_values(text[start:end], reference=date, conventions=conventions,
                                                    words=words))
        return found

    return run


def timed(run: Callable[[], Any]) -> tuple[float, Any]:
    """CPU seconds of this process spent in ``run()`` (steadier than wall time on a shared
    machine: time waiting for a core is not counted), and its result."""
    started = time.process_time()
    result = run()
    return time.process_time() - started, result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--fraction", type=float, default=0.02, help="share of the Wikipedia sample's files")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--baseline", default="ae82232", help="git revision of the baseline reader ('' for none)")
    parser.add_argument("--sample", type=Path, default=SAMPLE)
    parser.add_argument("--wice", action="store_true", help="add the WiCE dev evidence pages")
    args = parser.parse_args()
    paths = files(args.sample, args.fraction, args.wice)
    if args.fraction > 0 and not any(p.is_relative_to(args.sample) for p in paths):
        sys.exit(f"no text under {args.sample}: run bench/perturb.py once to extract the sample")
    documents = load_slice(paths)
    passages = sum(len(spans) for _, _, spans in documents)
    characters = sum(end - start for _, _, spans in documents for start, end in spans)
    print(f"{len(documents)} documents, {passages:,} passages, {characters:,} characters "
          f"(fraction {args.fraction} of {args.sample.name}, seeds{', WiCE dev' if args.wice else ''})")

    runs = {"current": reader(current, documents)}
    with tempfile.TemporaryDirectory(prefix="values-bench-") as scratch:
        if args.baseline:
            try:
                runs["baseline"] = reader(baseline_package(args.baseline, Path(scratch)), documents)
            except (subprocess.CalledProcessError, OSError) as error:
                print(f"no baseline {args.baseline!r} ({error}): the current reader alone")
        times: dict[str, list[float]] = {name: [] for name in runs}
        outputs: dict[str, tuple[str, int]] = {}
        for name, run in runs.items():  # a warm-up round, also the outputs compared
            _, found = timed(run)
            outputs[name] = repr(found), sum(len(values) for values in found)
        for round_ in range(args.rounds):
            order = list(runs) if round_ % 2 == 0 else list(reversed(runs))
            for name in order:
                times[name].append(timed(runs[name])[0])
    floor = min(timed(lambda: [_DIGITS.findall(text[s:e]) for d, _, spans in documents
                                for text in (d.text,) for s, e in spans])[0] for _ in range(3))

    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, seconds in medians.items():
        spread = ", ".join(f"{1e6 * t / passages:.1f}" for t in times[name])
        print(f"{name:9s} {passages / seconds:8,.0f} passages/s  {1e6 * seconds / passages:6.1f} ms per 1,000 passages "
              f"(median of {len(times[name])}: {spread})")
    if "baseline" in medians:
        print(f"baseline ({args.baseline}) / current: {medians['baseline'] / medians['current']:.2f}x faster; "
              f"same values: {'yes' if outputs['baseline'][0] == outputs['current'][0] else 'NO'} "
              f"({outputs['current'][1]:,} values)")
    print(f"floor (one digit-run regex, same process): {1e6 * floor / passages:.1f} ms per 1,000 passages; "
          f"current is {medians['current'] / floor:.0f}x the floor")


if __name__ == "__main__":
    main()
