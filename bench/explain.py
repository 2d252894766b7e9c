"""Show how factcheck reached a verdict: every assessed candidate with its coverages, and the
claim's word-by-word alignment with it (the aligned words, what differs, the hedges).

    python bench/explain.py "claim text" [--sources seeds] [--cite SOURCE_ID]

It runs the same stages as ``factcheck check`` (``factcheck.run.check``), one at a time.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck import Checker, load_corpus
from factcheck.match.align import align
from factcheck.models import Claim
from factcheck.run.check import find_candidates, judge, read_claim


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("claim")
    parser.add_argument("--sources", action="append", default=None)
    parser.add_argument("--cite", action="append", default=[])
    args = parser.parse_args()
    checker = Checker(load_corpus(args.sources or ["seeds"]))
    claim = Claim("explain", args.claim, cite=tuple(args.cite))
    query = read_claim(claim, checker.matcher, checker.corpus)
    print("terms:", {t: round(w, 2) for t, w in query.terms.weights.items()})
    print("values:", [(v.kind, v.text, v.amount, v.unit, v.date) for v in query.values])
    for candidate in find_candidates(query, checker.matcher):
        text = checker.matcher.text_of(candidate)
        a = judge(query, candidate, text, checker._values_of)
        alignment = align(claim.text, text)
        doc = checker.corpus.documents[candidate.doc]
        print(f"\n[{a.stance or '-':11}] cov {candidate.coverage:.2f} ctx {a.context:.2f} align {candidate.alignment:.0f} "
              f"score {candidate.score} {doc.id}:{doc.position(candidate.start)[0]}")
        print("   ", text[:160].replace("\n", " "))
        print("    missing:", sorted(set(query.terms.weights) - candidate.matched),
              "conflicts:", [(c.text, o.text) for c, o in a.values.conflicts], "absent:", [v.text for v in a.values.absent])
        print("    aligned:", " ".join(claim.text[alignment.claim[i].start:alignment.claim[i].end]
                                       for i, _ in alignment.pairs))
        for d in alignment.differences:
            print(f"    {d.kind}{'/' + d.detail if d.detail else ''}: claim {d.claim_words!r} / passage {d.passage_words!r}")
    result = checker.check_claim(claim)
    print("\nverdict:", result.verdict, "missing:", result.missing)
    for d in result.disagreements:
        print(f"  {d.kind}: claim says {d.claim_value!r}, {d.source_id}:{d.line} says {d.source_value!r}")


if __name__ == "__main__":
    main()
