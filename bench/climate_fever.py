"""Climate-FEVER: evidence recall@5 over all candidate articles, against a brute-force scan.

    python bench/climate_fever.py [--data ../shared/data/climate-fever] [--baseline-claims 200]

For each claim that has a SUPPORTS or REFUTES evidence sentence, is one of those among the
top 5 evidence lines factcheck returns from the whole folder of articles? The baseline
scores every line of every article with rapidfuzz ``token_set_ratio`` (``process.extract``)
in this same process, on the first N claims (it is slow: that is the point).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import DATA, load_labelled, timed

from factcheck import Checker, Options, load_corpus
from factcheck.models import Claim


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA / "climate-fever")
    parser.add_argument("--baseline-claims", type=int, default=200)
    args = parser.parse_args()
    records, gold = load_labelled(args.data)
    times: dict[str, float] = {}
    with timed(times, "load+index"):
        corpus = load_corpus([args.data / "sources"])
        checker = Checker(corpus, Options(top=5))
    wanted = {r["id"]: _evidence_lines(gold[r["id"]]) for r in records}
    claims = [Claim(r["id"], r["claim"]) for r in records if wanted[r["id"]]]
    with timed(times, "check"):
        tops = {c.id: {(e.source_id, e.line) for e in checker.check_claim(c).evidence[:5]} for c in claims}
    hits = sum(bool(wanted[c.id] & tops[c.id]) for c in claims)
    sample = claims[: args.baseline_claims]
    with timed(times, "baseline"):
        base_hits = _baseline(sample, corpus, wanted)
    ours_on_sample = sum(bool(wanted[c.id] & tops[c.id]) for c in sample)
    per_ours = 1000 * times["check"] / len(claims)
    per_base = 1000 * times["baseline"] / len(sample)
    print(f"Climate-FEVER: {len(claims)} claims with SUPPORTS/REFUTES evidence, {len(corpus.documents)} articles")
    print(f"evidence recall@5, all claims:          factcheck {hits / len(claims):.3f}")
    print(f"evidence recall@5, first {len(sample)} claims:     factcheck {ours_on_sample / len(sample):.3f}   baseline {base_hits / len(sample):.3f}")
    print(f"ms per claim: factcheck {per_ours:.1f}, baseline {per_base:.1f} ({per_base / per_ours:.0f}x); load+index {times['load+index']:.2f}s")


def _evidence_lines(record: dict) -> set[tuple[str, int]]:
    return {(e["source_id"], e["line"]) for e in record["evidence"] if e["label"] in ("SUPPORTS", "REFUTES")}


def _baseline(claims, corpus, wanted) -> int:
    choices = {(d.id, n + 1): line for d in corpus.documents for n, line in enumerate(d.text.split("\n")) if line.strip()}
    hits = 0
    for claim in claims:
        top = process.extract(claim.text, choices, scorer=fuzz.token_set_ratio, limit=5)
        hits += bool(wanted[claim.id] & {key for _, _, key in top})
    return hits


if __name__ == "__main__":
    main()
