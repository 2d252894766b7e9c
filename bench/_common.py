"""Helpers shared by the benchmark scripts: data paths, timing, and a stable table print."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"


def load_labelled(folder: Path) -> tuple[list[dict], dict[str, dict]]:
    """Claims (YAML records) and gold labels (JSONL keyed by id) of a labelled data set."""
    claims = yaml.safe_load((folder / "claims.yaml").read_text(encoding="utf-8"))["claims"]
    gold = {}
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold[record["id"]] = record
    return claims, gold


@contextmanager
def timed(into: dict[str, float], key: str) -> Iterator[None]:
    """Add the wall time of the block to ``into[key]``."""
    start = time.perf_counter()
    yield
    into[key] = into.get(key, 0.0) + time.perf_counter() - start


def balanced_accuracy(pairs: list[tuple[bool, bool]]) -> float:
    """Mean of the recall on positives and on negatives, for (gold, predicted) pairs."""
    pos = [p for g, p in pairs if g]
    neg = [not p for g, p in pairs if not g]
    recall_pos = sum(pos) / len(pos) if pos else 0.0
    recall_neg = sum(neg) / len(neg) if neg else 0.0
    return (recall_pos + recall_neg) / 2


def best_threshold_balanced_accuracy(scored: list[tuple[bool, float]]) -> tuple[float, float]:
    """The best balanced accuracy any threshold reaches on (gold, score) pairs, and that threshold.

    Picked after seeing the labels: an optimistic ceiling for a baseline.
    """
    best = (0.0, 0.0)
    for threshold in sorted({s for _, s in scored}):
        accuracy = balanced_accuracy([(g, s >= threshold) for g, s in scored])
        best = max(best, (accuracy, threshold))
    return best


def verdict_counts(results) -> str:
    """One line counting the results of each verdict, in a stable order."""
    counts: dict[str, int] = {}
    for r in results:
        counts[r.verdict] = counts.get(r.verdict, 0) + 1
    return "verdicts: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
