"""WiCE dev: verdict accuracy and evidence recall, against a brute-force rapidfuzz baseline.

    python bench/wice.py [--data ../shared/data/wice-dev]

Every claim is checked against the whole folder of cited pages (not only its own page),
as a user would run ``factcheck check``. Prints balanced accuracy of ``supported`` against
the rest, 3-way accuracy, evidence recall@3, and the same figures for a plain
``token_set_ratio`` scan of the cited page, run in this same process.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import (
    DATA,
    balanced_accuracy,
    best_threshold_balanced_accuracy,
    load_labelled,
    timed,
    verdict_counts,
)

from factcheck import Checker, load_corpus
from factcheck.models import Claim

THREE_WAY = {"supported": "supported", "partial": "partially_supported"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA / "wice-dev")
    parser.add_argument("--verdicts", type=Path, help="write each claim's id, gold label and verdict here (JSON lines)")
    args = parser.parse_args()
    records, gold = load_labelled(args.data)
    times: dict[str, float] = {}
    with timed(times, "load+index"):
        corpus = load_corpus([args.data / "sources"])
        checker = Checker(corpus)
    claims = [Claim(r["id"], r["claim"], cite=(r["cite"],)) for r in records]
    with timed(times, "check"):
        results = [checker.check_claim(c) for c in claims]
    ours = _score(results, gold)
    with timed(times, "baseline"):
        base = _baseline(claims, corpus, gold)
    print(f"WiCE dev: {len(claims)} claims, {len(corpus.documents)} cited pages")
    print(f"{'':28}{'factcheck':>12}{'baseline':>12}")
    print(f"{'balanced accuracy (sup/rest)':28}{ours['bacc']:>12.3f}{base['bacc']:>12.3f}  (baseline threshold {base['threshold']:.0f}, picked afterwards)")
    print(f"{'3-way accuracy':28}{ours['acc3']:>12.3f}{'-':>12}")
    print(f"{'evidence recall@3':28}{ours['recall3']:>12.3f}{base['recall3']:>12.3f}  ({ours['with_evidence']} claims with gold evidence; an item counts by its first line)")
    print(f"{'evidence recall@3, by span':28}{ours['span3']:>12.3f}{base['recall3']:>12.3f}  (an item counts every line its quote spans)")
    print(f"{'ms per claim':28}{1000 * times['check'] / len(claims):>12.1f}{1000 * times['baseline'] / len(claims):>12.1f}")
    print(f"load+index: {times['load+index']:.2f}s (each claim's cross-check is in its ms per claim)")
    print(verdict_counts(results))
    if args.verdicts:
        with args.verdicts.open("w", encoding="utf-8") as out:
            for r in results:
                row = {"id": r.claim.id, "label": gold[r.claim.id]["label"], "verdict": r.verdict, "claim": r.claim.text}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")


def _gold_lines(record: dict) -> set[tuple[str, int]]:
    return {(e["source_id"], e["line"]) for group in record["evidence_sets"] for e in group}


def _score(results, gold) -> dict[str, float]:
    pairs, hits, spans, with_evidence, right3 = [], 0, 0, 0, 0
    for r in results:
        g = gold[r.claim.id]
        pairs.append((g["label"] == "supported", r.verdict == "supported"))
        right3 += THREE_WAY.get(r.verdict, "not_supported") == g["label"]
        lines = _gold_lines(g)
        if lines:
            with_evidence += 1
            hits += bool(lines & {(e.source_id, e.line) for e in r.evidence[:3]})
            spans += bool(lines & {(e.source_id, n) for e in r.evidence[:3] for n in range(e.line, e.end_line + 1)})
    return {"bacc": balanced_accuracy(pairs), "acc3": right3 / len(results),
            "recall3": hits / with_evidence, "span3": spans / with_evidence, "with_evidence": with_evidence}


def _baseline(claims, corpus, gold) -> dict[str, float]:
    scored, hits, with_evidence = [], 0, 0
    for claim in claims:
        document = corpus.documents[corpus.resolve(claim.cite[0])]
        lines = document.text.split("\n")
        scores = [fuzz.token_set_ratio(claim.text, line) for line in lines]
        order = sorted(range(len(lines)), key=lambda i: -scores[i])[:3]
        g = gold[claim.id]
        scored.append((g["label"] == "supported", max(scores, default=0.0)))
        wanted = _gold_lines(g)
        if wanted:
            with_evidence += 1
            hits += bool(wanted & {(document.id, i + 1) for i in order})
    bacc, threshold = best_threshold_balanced_accuracy(scored)
    return {"bacc": bacc, "threshold": threshold, "recall3": hits / with_evidence}


if __name__ == "__main__":
    main()
