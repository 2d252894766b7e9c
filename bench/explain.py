"""Show how factcheck reached a verdict: every assessed candidate with its coverages, and the
claim's word-by-word alignment with it (the aligned words, what differs, the hedges).

    python bench/explain.py "claim text" [--sources seeds] [--cite SOURCE_ID]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck import Checker, load_corpus
from factcheck.match.align import align
from factcheck.models import Claim
from factcheck.run.pipeline import NAME_KIND, _expected_values
from factcheck.values import extract_values
from factcheck.values.clashes import compare_values
from factcheck.verdicts.decide import assess, value_terms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("claim")
    parser.add_argument("--sources", action="append", default=None)
    parser.add_argument("--cite", action="append", default=[])
    args = parser.parse_args()
    checker = Checker(load_corpus(args.sources or ["seeds"]))
    claim = Claim("explain", args.claim, cite=tuple(args.cite))
    terms = checker.matcher.claim_terms(claim.text)
    values = extract_values(claim.text) + _expected_values(claim)
    print("terms:", {t: round(w, 2) for t, w in terms.weights.items()})
    print("values:", [(v.kind, v.text, v.amount, v.unit, v.date) for v in values])
    valued, named = value_terms(terms, values), value_terms(terms, values, NAME_KIND)
    for candidate in checker.matcher.candidates(terms)[:15]:
        text = checker.matcher.text_of(candidate)
        check = compare_values(values, extract_values(text), claim.text, text)
        alignment = align(claim.text, text)
        a = assess(terms, candidate, check, valued, named, alignment=alignment)
        doc = checker.corpus.documents[candidate.doc]
        print(f"\n[{a.stance or '-':11}] cov {candidate.coverage:.2f} ctx {a.context:.2f} align {candidate.alignment:.0f} "
              f"score {candidate.score} {doc.id}:{doc.position(candidate.start)[0]}")
        print("   ", text[:160].replace("\n", " "))
        print("    missing:", sorted(set(terms.weights) - candidate.matched),
              "conflicts:", [(c.text, o.text) for c, o in a.values.conflicts], "absent:", [v.text for v in check.absent])
        print("    aligned:", " ".join(claim.text[alignment.claim[i].start:alignment.claim[i].end]
                                       for i, _ in alignment.pairs))
        for d in alignment.differences:
            print(f"    {d.kind}{'/' + d.detail if d.detail else ''}: claim {d.claim_words!r} / passage {d.passage_words!r}")
    result = checker.check_claim(claim)
    print("\nverdict:", result.verdict, "missing:", result.missing)


if __name__ == "__main__":
    main()
