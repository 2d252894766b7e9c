"""``disputed`` from each claim's own evidence: the disagreements that touch the passages
supporting a claim, found from those passages, at any corpus size and never skipped.

The claims are about the one fact the seeds disagree on: 002 says one of the perpetrators
was sentenced to seven years, 001 that no one was ever punished for the crime.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, seed_text, write_tree

from factcheck.conflicts.analysis import Analysis, analyse
from factcheck.conflicts.local import LocalSearch
from factcheck.conflicts.scan import find_conflicts
from factcheck.models import Claim, ClaimResult, Conflict
from factcheck.run.pipeline import Checker, Options, check_claims_against, run_check
from factcheck.sources.corpus import load_corpus

S1, S2 = "001_8f1417bf292b09e1.txt", "002_c17141c48ebfc846.txt"
WIKIPEDIA = ROOT / "bench" / "out" / "wikipedia"  # the extracted sample (bench/scale.py), when present
PADDING_BYTES = 3_000_000

# (claim, the seed that supports it, the seed on the other side)
DISPUTED = [
    (Claim("perpetrator-punished", "One of the perpetrators was sentenced to seven years in prison."), S2, S1),
    (Claim("no-one-punished-headlines",
           "Despite the national headlines, nobody was ever punished for the rape of the boy."), S1, S2),
    (Claim("teen-sentenced", "One of the teens who raped the boy was sentenced to seven years in prison."), S2, S1),
    (Claim("perpetrator-jailed", "A perpetrator was sentenced to prison for raping the boy in Abai."), S2, S1),
]


def _sides(result: ClaimResult) -> tuple[set[str], set[str]]:
    """The sources (file names) that support the claim, and those whose statement disputes it."""
    supports = {Path(e.source_id).name for e in result.evidence if e.stance == "supports"}
    against = {Path(d.source_id).name for d in result.disagreements if d.kind == "statement"}
    return supports, against


@pytest.mark.parametrize(("claim", "ours", "theirs"), DISPUTED, ids=[c.id for c, _, _ in DISPUTED])
def test_a_claim_the_seeds_disagree_on_is_disputed_by_the_other_seed(claim: Claim, ours: str, theirs: str) -> None:
    [result] = check_claims_against([claim], [str(SEEDS)], options=Options(index=False)).report.results
    assert result.verdict == "disputed"
    supports, against = _sides(result)
    assert ours in supports and theirs in against


@pytest.mark.parametrize("text", [
    # 002:20 supports these with its second clause; the seeds disagree on its first
    "Several other teenagers were not prosecuted because they were underage.",
    "Several teens escaped prosecution because of their age at the time.",
])
def test_a_disagreement_about_another_clause_of_the_support_disputes_nothing(text: str) -> None:
    [result] = check_claims_against([Claim("t", text)], [str(SEEDS)], options=Options(index=False)).report.results
    assert result.verdict != "disputed"
    assert not [d for d in result.disagreements if d.kind == "statement"]


def test_without_the_cross_check_the_claim_keeps_its_own_verdict() -> None:
    claim = DISPUTED[0][0]
    [result] = check_claims_against([claim], [str(SEEDS)], options=Options(index=False, cross_check=False)).report.results
    assert result.verdict == "supported"


@pytest.mark.skipif(not WIKIPEDIA.is_dir(), reason="the Wikipedia sample is not extracted (bench/scale.py does it)")
def test_the_dispute_survives_megabytes_of_wikipedia(tmp_path: Path) -> None:
    """The seeds among a few MB of real Wikipedia articles: each claim is still disputed
    by the other seed, and no warning says that anything was skipped."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    copied = 0
    for path in sorted(WIKIPEDIA.rglob("*.txt")):
        if copied >= PADDING_BYTES:
            break
        target = tmp_path / "wikipedia" / path.relative_to(WIKIPEDIA)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        copied += path.stat().st_size
    run = check_claims_against([c for c, _, _ in DISPUTED], [str(tmp_path)],
                               options=Options(cache_dir=str(tmp_path / "cache")))
    assert not any("cross-check" in w for w in run.warnings)
    for result, (claim, ours, theirs) in zip(run.report.results, DISPUTED, strict=True):
        assert result.verdict == "disputed", claim.id
        supports, against = _sides(result)
        assert ours in supports and theirs in against, claim.id


def test_no_cross_check_is_ever_skipped() -> None:
    """Whatever the size of the sources (here said to be a terabyte), a check cross-checks
    its claims and warns of nothing."""
    checker = Checker(dataclasses.replace(load_corpus([SEEDS]), size=10**12))
    assert checker.cross_checking()
    assert checker.check_claim(DISPUTED[0][0]).verdict == "disputed"
    assert checker.warnings == []


# ----------------------------------------------------------------------- one search, two ways

def _touching_everywhere(analysis: Analysis, search: LocalSearch, conflict: Conflict) -> bool:
    """Whether the search centred on each passage of a finding makes that finding."""
    places = {(v.source_id, v.start) for v in conflict.values}
    by_place = {(analysis.documents[p.doc].id, p.start): pid for pid, p in enumerate(analysis.passages)}
    return all(conflict in search.touching([by_place[place]]) for place in places)


def _batyrbekov_pair(tmp_path: Path) -> Path:
    """Seed 001 giving Batyrbekov another sentence than 002 does (a value disagreement)."""
    return write_tree(tmp_path, {S1: seed_text(S1).replace("two years and three months", "three years"),
                                 S2: seed_text(S2)})


@pytest.mark.parametrize("folder", ["seeds", "planted"])
def test_the_search_centred_on_a_passage_finds_what_the_corpus_scan_finds(tmp_path: Path, folder: str) -> None:
    """Every value and statement finding of the whole-corpus scan, whatever its confidence,
    is found again, identical, from each of its passages alone."""
    root = SEEDS if folder == "seeds" else _batyrbekov_pair(tmp_path)
    documents = load_corpus([root]).documents
    report = find_conflicts(documents, min_confidence=0.0)
    findings = [c for c in report.conflicts if c.kind != "name_variant"]
    assert {c.kind for c in findings} == ({"statement"} if folder == "seeds" else {"duration"})
    analysis = analyse(documents)
    search = LocalSearch(Analysis(documents, analysis.passages, analysis.index))
    for conflict in findings:
        assert _touching_everywhere(analysis, search, conflict), conflict


def test_a_negation_between_two_reports_is_found_from_either_sentence(tmp_path: Path) -> None:
    from test_conflicts_alignment import APPROVED, HERALD, NEWS, NOT_APPROVED

    folder = write_tree(tmp_path, {"herald.txt": HERALD.format(sentence=NOT_APPROVED),
                                   "news.txt": NEWS.format(sentence=APPROVED),
                                   "weekly.txt": NEWS.replace("this week", "on Tuesday").format(sentence=APPROVED)})
    documents = load_corpus([folder]).documents
    [finding] = find_conflicts(documents).conflicts
    analysis = analyse(documents)
    assert _touching_everywhere(analysis, LocalSearch(Analysis(documents, analysis.passages, analysis.index)), finding)


def test_the_example_claims_dispute_as_before() -> None:
    """Of the example claims, only the one the seeds disagree on is disputed."""
    report = run_check([str(ROOT / "claims")], [str(SEEDS)], options=Options(index=False)).report
    assert [r.claim.id for r in report.results if r.verdict == "disputed"] == ["perpetrator-punished"]
