"""The seeds examples: how many of claims/ get the verdict, quote, cite and variant a
careful fact-checker expects (tests/data/expected.yaml), and where they differ.

    python bench/seeds.py [--set examples|validation]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import run_check  # noqa: E402
from factcheck.models import ClaimResult  # noqa: E402

SETS = {
    "examples": (ROOT / "claims", ROOT / "tests" / "data" / "expected.yaml"),
    "validation": (ROOT / "tests" / "data" / "validation.yaml", ROOT / "tests" / "data" / "validation_expected.yaml"),
}


def expectations(name: str = "examples") -> dict[str, dict]:
    """The expected outcome of every claim of a set."""
    return yaml.safe_load(SETS[name][1].read_text(encoding="utf-8"))


def mismatches(result: ClaimResult, expected: dict) -> list[str]:
    """Each way a result differs from its expectation (empty when it matches)."""
    wrong = []
    if result.verdict != expected["verdict"]:
        wrong.append(f"verdict {result.verdict}, expected {expected['verdict']}")
    if "quote" in expected and (result.quote_check is None or result.quote_check.status != expected["quote"]):
        wrong.append(f"quote {result.quote_check and result.quote_check.status}, expected {expected['quote']}")
    if "cite" in expected and (result.cite_check is None or result.cite_check.status != expected["cite"]):
        wrong.append(f"cite {result.cite_check and result.cite_check.status}, expected {expected['cite']}")
    if "disagreement" in expected:
        kind, ours, theirs = expected["disagreement"]
        if not any(d.kind == kind and d.claim_value == ours and d.source_value == theirs for d in result.disagreements):
            wrong.append(f"no {kind} disagreement {ours!r} / {theirs!r}")
    if "variant" in expected:
        ours, theirs = expected["variant"]
        if not any(d.kind == "name_variant" and d.claim_value == ours and d.source_value == theirs for d in result.disagreements):
            wrong.append(f"no name_variant {ours!r} / {theirs!r}")
    if "missing" in expected and not any(expected["missing"] in m for m in result.missing):
        wrong.append(f"{expected['missing']!r} not listed as missing")
    return wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="examples")
    name = parser.parse_args().set
    start = time.perf_counter()
    report = run_check([str(SETS[name][0])], [str(ROOT / "seeds")]).report
    elapsed = time.perf_counter() - start
    expected = expectations(name)
    checks = right = 0
    for result in report.results:
        wanted = expected[result.claim.id]
        wrong = mismatches(result, wanted)
        checks += len(wanted)
        right += len(wanted) - len(wrong)
        print(f"{'ok ' if not wrong else 'BAD'} {result.claim.id:24} {result.verdict:13} {'; '.join(wrong)}")
    print(f"\n{right}/{checks} expectations met ({100 * right / checks:.0f}%) on {len(report.results)} claims in {elapsed:.2f}s")


if __name__ == "__main__":
    main()
