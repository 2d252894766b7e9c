"""The whole-corpus scan's one pass (``scan.candidates``) finds the same candidates as the plain
pass it replaces: every passage's index hits tested at once, from the passages themselves.

The plain pass below is the scan loop as it was before the pass kept compact signatures and
tested each pair when it had reached both documents (factcheck e7fff15): it reads terms from
the passages' folded texts, counts hits with the index's own postings and searches with the
index's own ``search``. Both run on real text: the seeds and 349 real Wikipedia pages (WiCE),
read from the persistent index as ``factcheck conflicts`` reads them.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, SHARED_DATA, analysis_of, shared
from rapidfuzz import fuzz

from factcheck.conflicts import names, scan
from factcheck.conflicts.analysis import Analysis, analyse, weighted_overlap
from factcheck.conflicts.polarity import (
    CHEAP_SHARE,
    MAX_DF,
    MAX_TERMS,
    MIN_HITS,
    MIN_SHARED,
    MIN_TERMS,
    PREFIX,
    close_pair,
)
from factcheck.conflicts.scan import (
    CANDIDATES,
    MIN_OVERLAP,
    MIN_RATIO,
    QUERY_TERMS,
    Candidates,
    Edge,
    _disagreements,
    candidates,
)
from factcheck.conflicts.statements import negation
from factcheck.conflicts.sweep import Deferred, Signatures
from factcheck.index.bm25 import terms
from factcheck.index.sources import Sources
from factcheck.inputs.aliases import Aliases
from factcheck.models import Value

WICE = SHARED_DATA / "wice-dev" / "sources"


@pytest.fixture(scope="module")
def sources(seeds_and_wice: Sources) -> Sources:
    return seeds_and_wice


# ----------------------------------------------------------------------- the plain pass (e7fff15)

def _terms(analysis: Analysis, pid: int) -> list[str]:
    return terms(analysis.passages[pid].norm)


def _plain_query(analysis: Analysis, pid: int) -> list[str]:
    found = {t for t in _terms(analysis, pid) if not t.isdigit() and analysis.index.df(t) <= scan.MAX_DF}
    return sorted(found, key=lambda t: (-analysis.index.idf(t), t))[:QUERY_TERMS]


def _plain_value_hits(analysis: Analysis, pid: int) -> list[int]:
    query = _plain_query(analysis, pid)
    if len(query) < scan.MIN_SHARED:
        return []
    return [qid for qid, _ in analysis.index.search(query, CANDIDATES)]


def _plain_confirm(analysis: Analysis, pid: int, qid: int) -> tuple[float, list[str]] | None:
    ours = {t for t in _terms(analysis, pid) if not t.isdigit()}
    theirs = {t for t in _terms(analysis, qid) if not t.isdigit()}
    if len(ours & theirs) < scan.MIN_SHARED:
        return None
    overlap, shared_terms = weighted_overlap(analysis, ours, theirs)
    if overlap < MIN_OVERLAP or len(shared_terms) < scan.MIN_SHARED:
        return None
    ratio = fuzz.token_set_ratio(analysis.passages[pid].norm, analysis.passages[qid].norm)
    if ratio < MIN_RATIO:
        return None
    return overlap * 0.7 + ratio / 100 * 0.3, shared_terms


def _plain_content(analysis: Analysis, pid: int) -> frozenset[str]:
    if analysis.passages[pid].norm.count(" ") < MIN_TERMS - 1:
        return frozenset()
    return frozenset(t for t in _terms(analysis, pid) if not t.isdigit())


def _plain_prefix_hits(analysis: Analysis, pid: int) -> list[int]:
    own = _plain_content(analysis, pid)
    if not MIN_TERMS <= len(own) <= MAX_TERMS:
        return []
    counted = sorted((analysis.index.df(t), t) for t in own)
    rare = [t for n, t in counted if 2 <= n <= MAX_DF][:PREFIX]
    if len(rare) < MIN_HITS:
        return []
    hits: Counter[int] = Counter()
    for t in rare:
        hits.update(analysis.index.postings(t)[0].tolist())
    doc = analysis.passages[pid].doc
    return sorted(q for q, count in hits.items() if count >= MIN_HITS and analysis.passages[q].doc != doc)


def _plain_close(analysis: Analysis, pid: int, qid: int) -> bool:
    ours, theirs = _plain_content(analysis, pid), _plain_content(analysis, qid)
    if not MIN_TERMS <= len(theirs) <= MAX_TERMS:
        return False
    count = len(ours & theirs)
    if count < MIN_SHARED or count < CHEAP_SHARE * min(len(ours), len(theirs)):
        return False
    if analysis.passages[pid].norm == analysis.passages[qid].norm:
        return False
    return close_pair(analysis, pid, qid, {})  # the rest of the test reads the texts alone


def _plain_pass(analysis: Analysis) -> tuple[list[tuple[int, int, list[Edge]]], list[int], list[tuple[int, int]]]:
    """The scan loop of e7fff15, on the passages themselves."""
    pending: list[tuple[int, int, list[Edge]]] = []
    met: set[tuple[int, int]] = set()
    negated: list[int] = []
    near: set[tuple[int, int]] = set()
    for doc in range(len(analysis.documents)):
        facts = analysis.facts(doc)
        for pid in sorted(facts.quantities):
            for qid in _plain_value_hits(analysis, pid):
                key = (min(pid, qid), max(pid, qid))
                if key in met or analysis.passages[qid].doc == doc:
                    continue
                confirmed = _plain_confirm(analysis, *key)
                if confirmed is None:
                    continue
                differing = _disagreements(analysis, *key, *confirmed) if analysis.quantities(qid) else []
                if differing:
                    met.add(key)
                    pending.append((*key, differing))
        for pid in analysis.doc_range(doc):
            if negation(analysis, pid) is not None:
                negated.append(pid)
            for qid in _plain_prefix_hits(analysis, pid):
                key = (pid, qid) if pid < qid else (qid, pid)
                if key not in near and _plain_close(analysis, *key):
                    near.add(key)
    return pending, negated, sorted(near)


@pytest.fixture(scope="module")
def plain(sources: Sources) -> tuple[list[tuple[int, int, list[Edge]]], list[int], list[tuple[int, int]]]:
    return _plain_pass(analysis_of(sources))


@pytest.fixture(scope="module")
def swept(sources: Sources) -> Candidates:
    return candidates(analysis_of(sources), workers=0)


# ----------------------------------------------------------------------- the same candidates

def test_the_pass_finds_the_value_pairs_of_the_plain_pass_in_its_order(plain: tuple[list[tuple[int, int, list[Edge]]], list[int], list[tuple[int, int]]],
                                                                       swept: Candidates) -> None:
    pending, _, _ = plain
    assert len(pending) >= 5  # real pairs whose values differ, not an empty agreement
    assert swept.values == pending


def test_the_pass_finds_the_near_duplicates_and_negations_of_the_plain_pass(plain: tuple[list[tuple[int, int, list[Edge]]], list[int], list[tuple[int, int]]],
                                                                           swept: Candidates) -> None:
    _, negated, near = plain
    assert len(near) >= 5 and negated
    assert swept.near == near
    assert swept.negated == negated


def test_signatures_give_the_pair_tests_of_the_passages_themselves(sources: Sources) -> None:
    """Every candidate pair, kept or not: the near-duplicate test and the value pairs' term
    test from the signatures, against the same tests on the passages' own texts."""
    analysis = analysis_of(sources)
    signatures = Signatures(analysis)
    signatures.add(range(len(analysis.passages)))
    tested = kept = 0
    for pid in range(len(analysis.passages)):
        for qid in _plain_prefix_hits(analysis, pid):
            a, b = min(pid, qid), max(pid, qid)
            tested += 1
            kept += signatures.close(a, b)
            assert signatures.close(a, b) == _plain_close(analysis, a, b), (a, b)
            assert signatures.close(a, b, other=signatures.word_set(b)) == _plain_close(analysis, a, b)
            ours = {t for t in _terms(analysis, a) if not t.isdigit()}
            assert signatures.terms(a) == ours
            assert signatures.shared_words(a, signatures.word_set(b)) == len(ours & signatures.terms(b))
    assert tested > 1000 and 0 < kept < tested


def test_the_analysis_searches_and_counts_as_the_index_does(sources: Sources) -> None:
    analysis = analysis_of(sources)
    queried = 0
    for pid in range(0, len(analysis.passages), 7):
        query = _plain_query(analysis, pid)
        if len(query) >= 2:
            queried += 1
            assert analysis.search(query, CANDIDATES) == analysis.index.search(query, CANDIDATES)
        for t in set(_terms(analysis, pid)):
            assert analysis.df(t) == analysis.index.df(t) and analysis.idf(t) == analysis.index.idf(t)
            assert analysis.postings(t)[0].tolist() == analysis.index.postings(t)[0].tolist()
        assert analysis.terms_of(pid) == tuple(_terms(analysis, pid))
        assert analysis.text(pid) == analysis.documents[analysis.passages[pid].doc].text[
            analysis.passages[pid].start:analysis.passages[pid].end]
    assert queried > 100


def test_a_shifted_value_keeps_every_field() -> None:
    """``passage_values`` moves a value by making it anew: it must carry every field."""
    assert [f.name for f in dataclasses.fields(Value)] == ["kind", "text", "start", "end", "amount", "unit", "date",
                                                          "key"]


def test_deferred_rows_come_back_for_their_document_in_order() -> None:
    later = Deferred(2)
    later.put(5, 1, 9)
    later.put(3, 2, 7)
    later.put(5, 4, 8)
    assert len(later) == 3
    assert later.take(5) == [(1, 9), (4, 8)] and later.take(5) == [] and later.take(3) == [(2, 7)]


def test_signatures_are_added_in_passage_order(sources: Sources) -> None:
    signatures = Signatures(analysis_of(sources))
    signatures.add(range(0, 3))
    with pytest.raises(ValueError, match="in order"):
        signatures.add(range(5, 6))


# ----------------------------------------------------------------------- spelling variants

def test_spelling_variants_link_the_pairs_a_reading_of_every_pair_links(sources: Sources) -> None:
    """Each key's links, from sides read a document at a time and a common name's pairs
    joined on their rest, against every pair of documents read with the plain evidence."""
    assert sources.passages is not None and sources.index is not None
    analysis = analyse(sources.corpus.documents, passages=sources.passages, index=sources.index)
    assert analysis.statistics is not None
    spellings = analysis.statistics.spellings
    sides = names._sides(analysis, spellings)
    compared = linked = 0
    for key in sorted(spellings):
        by_spelling = spellings[key]
        ordered = names._spellings(analysis, by_spelling)
        for i, first in enumerate(ordered):
            for second in ordered[i + 1:]:
                for common in (False, True):
                    ours, theirs = by_spelling[first], by_spelling[second]
                    plain = []
                    for doc_a, words_a in sorted(ours.items()):
                        for doc_b, words_b in sorted(theirs.items()):
                            if doc_a == doc_b:
                                continue
                            side_a = (words_a, names._longest(analysis, words_a))
                            side_b = (words_b, names._longest(analysis, words_b))
                            found = names._evidence(analysis, (*side_a, names._rest(analysis, side_a[1])),
                                                    (*side_b, names._rest(analysis, side_b[1])), common)
                            if found is not None:
                                plain.append((doc_a, doc_b, found))
                    fast = []
                    for doc_a, doc_b in names._pairs(ours, theirs, sides, common):
                        found = names._evidence(analysis, (ours[doc_a], *sides[id(ours[doc_a])][:2]),
                                                (theirs[doc_b], *sides[id(theirs[doc_b])][:2]), common)
                        if found is not None:
                            fast.append((doc_a, doc_b, found))
                    compared += 1
                    linked += len(plain)
                    assert fast == plain, key
    assert compared > 20 and linked > 0
    assert names.name_variants(analysis, Aliases())  # the seeds' Abai / Abay among them


# ----------------------------------------------------------------------- determinism

def test_the_report_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """Passage texts are compared by their hashes first: another seed, the same report."""
    script = ("import sys; from factcheck.conflicts.scan import find_conflicts; "
              "from factcheck.reports.conflicts import render_conflicts_json; "
              "from factcheck.sources.corpus import load_corpus; "
              "docs = load_corpus(sys.argv[1:]).documents; "
              "sys.stdout.write(render_conflicts_json(find_conflicts(docs, min_confidence=0.0)))")
    paths = [str(p) for p in [*sorted(SEEDS.iterdir()), *sorted(shared(WICE).iterdir())[::9]]]
    outputs = []
    for seed in ("1", "2"):
        run = subprocess.run([sys.executable, "-c", script, *paths], capture_output=True, text=True, check=True,
                             cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.append(run.stdout)
    assert outputs[0] == outputs[1] and outputs[0].count('"kind": ') >= 3
