"""The shortcuts of the whole-corpus scan's pass give what the plain reading gives, on real
text (the seeds and 349 real Wikipedia pages of WiCE, from the persistent index as
``factcheck conflicts`` reads them): rare-term searches scored in Python, negated outcomes
looked for only where a negating word begins, and what a worker process makes of a
document (facts sent as rows, passages' signs) against what this process makes of it."""

from __future__ import annotations

import pickle

import pytest
from conftest import analysis_of

from factcheck.conflicts import scan
from factcheck.conflicts.analysis import document_facts
from factcheck.conflicts.statements import negated_passages, negation
from factcheck.conflicts.sweep import Signatures, passage_signs
from factcheck.index.bm25 import terms
from factcheck.index.sources import Sources


@pytest.fixture(scope="module")
def sources(seeds_and_wice: Sources) -> Sources:
    return seeds_and_wice


def test_rare_searches_score_and_rank_as_the_index_does(sources: Sources) -> None:
    """Scores compared as floats, exactly: the same sums in the same order."""
    analysis = analysis_of(sources)
    queried = 0
    for pid in range(0, len(analysis.passages), 3):
        own = {t for t in terms(analysis.passages[pid].norm) if not t.isdigit()}
        ids = [analysis.term_id(t) for t in sorted(own)]
        rare = [i for i in ids if analysis.rare_pids(i) is not None]
        if len(rare) >= 2:
            queried += 1
            expected = analysis.index.search([analysis.term(i) for i in rare], scan.CANDIDATES)
            assert analysis.search_rare(rare, scan.CANDIDATES) == expected
            assert analysis.search_rare(rare, 1) == expected[:1]
        for i in ids:
            assert analysis.idf_of(i) == analysis.index.idf(analysis.term(i))
            pids = analysis.rare_pids(i)
            assert pids is None or list(pids) == analysis.index.postings(analysis.term(i))[0].tolist()
    assert queried > 1000


def test_negated_outcomes_are_found_where_every_passage_is_searched(sources: Sources) -> None:
    analysis = analysis_of(sources)
    found = [pid for doc in range(len(analysis.documents)) for pid in negated_passages(analysis, doc)]
    assert found == [pid for pid in range(len(analysis.passages)) if negation(analysis, pid) is not None]
    assert found  # the seed whose sentence says no one was ever punished


def test_a_workers_pass_of_a_document_is_this_processs(sources: Sources) -> None:
    """Facts sent as rows come back as the same values; signs made from the folded texts
    give the signatures made here (terms, short, cue, and a hash equal for equal texts)."""
    analysis = analysis_of(sources)
    here = Signatures(analysis)
    sent = Signatures(analysis)
    for doc in range(len(analysis.documents)):
        own = analysis.doc_range(doc)
        facts, signs, negated = pickle.loads(pickle.dumps(scan._pass_of(analysis, doc)))
        direct = document_facts(analysis.documents[doc], doc, own, analysis.passages)
        assert sorted(facts.quantities) == sorted(direct.quantities) and sorted(facts.names) == sorted(direct.names)
        assert all(facts.quantities[p] == direct.quantities[p] for p in direct.quantities)
        assert all(facts.names[p] == direct.names[p] for p in direct.names)
        assert (facts.words, facts.keys, facts.spellings) == (direct.words, direct.keys, direct.spellings)
        assert negated == negated_passages(analysis, doc)
        here.add(own)
        sent.add(own, signs)
        for pid in own:
            assert sent.terms(pid) == here.terms(pid) == {t for t in analysis.terms_of(pid) if not t.isdigit()}
            assert sent.content_size(pid) == here.content_size(pid)
    assert passage_signs(["the court sentenced him", "the court sentenced him"]).hashes[0] == \
        passage_signs(["the court sentenced him"]).hashes[0]


def test_the_pass_on_a_worker_finds_what_it_finds_alone(sources: Sources) -> None:
    assert len(sources.corpus.documents) >= scan.MIN_PARALLEL  # so that one worker takes part
    alone = scan.candidates(analysis_of(sources), workers=0)
    shared_out = scan.candidates(analysis_of(sources), workers=1)
    assert shared_out.values == alone.values and shared_out.near == alone.near
    assert shared_out.negated == alone.negated and alone.values and alone.near
    assert shared_out.statistics.spellings == alone.statistics.spellings
