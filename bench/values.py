"""Value extraction throughput: passages per second for ``extract_values`` on real text.

    python bench/values.py [--passages 20000]

Passages are the sentences of the Wikipedia sample (``bench/out/wikipedia``, extracted by
``bench/perturb.py`` the first time). As the checker does, each document's number and date
conventions are settled once (where this version of factcheck has ``settle``), not per passage. The baseline, run in the same
process on the same passages, is a plain regular-expression scan for digit runs: what any value
reader must at least do. The value reader runs on every candidate passage of every claim, so its
throughput bounds a claim's cost.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.values import extract_values

SAMPLE = Path(__file__).resolve().parent / "out" / "wikipedia"
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_DIGITS = re.compile(r"\d[\d,.]*")


def passages(limit: int) -> list[tuple[str, object]]:
    """Up to ``limit`` sentences, each with its document's settled conventions (or None)."""
    try:
        from factcheck.values import settle
    except ImportError:  # a version of factcheck from before conventions
        settle = None
    found: list[tuple[str, object]] = []
    for path in sorted(SAMPLE.rglob("*.txt")):
        document = path.read_text(encoding="utf-8")
        conventions = settle(document) if settle is not None else None
        for match in _SENTENCE.finditer(document):
            text = match.group().strip()
            if len(text) > 20:
                found.append((text, conventions))
                if len(found) >= limit:
                    return found
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=20_000)
    args = parser.parse_args()
    texts = passages(args.passages)
    if not texts:
        sys.exit(f"no text under {SAMPLE}: run bench/perturb.py once to extract the sample")
    started = time.perf_counter()
    found = sum(len(extract_values(t, conventions=c) if c is not None else extract_values(t)) for t, c in texts)
    ours = time.perf_counter() - started
    started = time.perf_counter()
    digits = sum(len(_DIGITS.findall(t)) for t, _ in texts)
    base = time.perf_counter() - started
    print(f"{len(texts)} passages from the Wikipedia sample")
    print(f"extract_values: {len(texts) / ours:,.0f} passages/s ({found} values)")
    print(f"baseline (digit-run regex, same process): {len(texts) / base:,.0f} passages/s ({digits} digit runs); "
          f"ratio {ours / base:.0f}x")


if __name__ == "__main__":
    main()
