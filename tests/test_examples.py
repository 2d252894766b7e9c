"""The example claims in claims/ get what a careful fact-checker expects (tests/data/expected.yaml),
and together they show every verdict, quote status and citation status the contract defines."""

from __future__ import annotations

import importlib.util
from types import ModuleType

import pytest
from conftest import ROOT, SEEDS

from factcheck import load_claims, run_check
from factcheck.models import ClaimResult

VERDICTS = ("supported", "partial", "contradicted", "disputed", "not_found")
QUOTE_STATUSES = ("exact", "close", "missing")
CITE_STATUSES = ("ok", "wrong_source", "not_found", "unknown_source")


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_seeds", ROOT / "bench" / "seeds.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = _bench()
EXPECTED: dict[str, dict] = BENCH.expectations()
CLAIM_IDS = [c.id for f in load_claims([ROOT / "claims"]) for c in f.claims]


@pytest.fixture(scope="module")
def results() -> dict[str, ClaimResult]:
    report = run_check([str(ROOT / "claims")], [str(SEEDS)]).report
    return {r.claim.id: r for r in report.results}


@pytest.mark.parametrize("claim_id", CLAIM_IDS)
def test_example_meets_expectation(claim_id: str, results: dict[str, ClaimResult]) -> None:
    assert claim_id in EXPECTED, f"{claim_id} has no entry in tests/data/expected.yaml"
    assert BENCH.mismatches(results[claim_id], EXPECTED[claim_id]) == []


def test_mismatches_can_fail(results: dict[str, ClaimResult]) -> None:
    """The comparison itself is not vacuous: a wrong expectation is reported."""
    result = results["perpetrator-term"]
    wrong = {"verdict": "supported", "quote": "exact", "cite": "wrong_source",
             "disagreement": ["number", "eight years", "six years"], "variant": ["A", "B"], "missing": "xyz"}
    assert len(BENCH.mismatches(result, wrong)) == len(wrong)


def test_every_claim_has_an_expectation_and_back() -> None:
    assert len(CLAIM_IDS) == len(set(CLAIM_IDS))
    assert sorted(set(CLAIM_IDS) - set(EXPECTED)) == [], "claims without an expectation"
    assert sorted(set(EXPECTED) - set(CLAIM_IDS)) == [], "expectations without a claim"


def test_expectations_use_only_contract_words() -> None:
    for claim_id, wanted in EXPECTED.items():
        assert wanted["verdict"] in VERDICTS, claim_id
        assert wanted.get("quote", "exact") in QUOTE_STATUSES, claim_id
        assert wanted.get("cite", "ok") in CITE_STATUSES, claim_id
        assert set(wanted) <= {"verdict", "quote", "cite", "disagreement", "variant", "missing"}, claim_id


def _shown(results: dict[str, ClaimResult], field: str) -> set[str]:
    """The values of one field that an example both expects and gets."""
    shown = set()
    for claim_id, wanted in EXPECTED.items():
        result = results.get(claim_id)
        if result is None or field not in wanted:
            continue
        got = {"verdict": result.verdict,
               "quote": result.quote_check and result.quote_check.status,
               "cite": result.cite_check and result.cite_check.status}[field]
        if got == wanted[field]:
            shown.add(got)
    return shown


def _cases(values: tuple[str, ...], missing: set[str], what: str) -> list:
    return [pytest.param(v, marks=pytest.mark.xfail(reason=f"claims/ does not yet show {what} {v}", strict=True))
            if v in missing else v for v in values]


@pytest.mark.parametrize("verdict", _cases(VERDICTS, set(), "verdict"))
def test_examples_cover_verdict(verdict: str, results: dict[str, ClaimResult]) -> None:
    assert verdict in _shown(results, "verdict")


@pytest.mark.parametrize("status", _cases(QUOTE_STATUSES, set(), "quote status"))
def test_examples_cover_quote_status(status: str, results: dict[str, ClaimResult]) -> None:
    assert status in _shown(results, "quote")


@pytest.mark.parametrize("status", _cases(CITE_STATUSES, set(), "cite status"))
def test_examples_cover_cite_status(status: str, results: dict[str, ClaimResult]) -> None:
    assert status in _shown(results, "cite")


def test_examples_cover_disagreement_kinds(results: dict[str, ClaimResult]) -> None:
    """Numbers, dates and name variants each have an example; a misquote yields a quote disagreement."""
    kinds = {d.kind for r in results.values() for d in r.disagreements}
    assert {"number", "date", "name_variant", "quote"} <= kinds
