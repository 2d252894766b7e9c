"""Sharded retrieval with global statistics (``index.bm25.split_shards`` / ``gather``): the same
hits, the same floats, as the unsharded index, on real text (the seeds, WiCE dev's cited pages).

BM25 with the whole index's statistics (passages, mean length, each term's document frequency,
collected from the shards first: Elasticsearch's ``dfs_query_then_fetch``) scores each passage
alone, so merging every shard's best ``limit`` passages (ties broken by passage id, as
``Index.search`` breaks them) gives exactly the unsharded top ``limit``.
"""

from __future__ import annotations

import pytest
from conftest import ROOT, SEEDS, SHARED_DATA

from factcheck.index.bm25 import Index, gather, index_document, merge, split_shards, terms
from factcheck.inputs.claims import load_claims
from factcheck.match.retrieve import RETRIEVE
from factcheck.sources.corpus import load_corpus
from factcheck.sources.normalize import fold

WICE = SHARED_DATA / "wice-dev"


def _queries(path: str) -> list[list[str]]:
    return [terms(fold(claim.text)) for f in load_claims([path]) for claim in f.claims]


@pytest.mark.parametrize("corpus", ["seeds", "wice"])
def test_sharded_search_is_the_unsharded_search(corpus: str) -> None:
    if corpus == "wice" and not WICE.is_dir():
        pytest.skip("WiCE dev is not in ../shared/data")
    roots, claims = ([SEEDS], str(ROOT / "claims")) if corpus == "seeds" else ([WICE / "sources"], str(WICE / "claims.yaml"))
    documents = load_corpus(roots).documents
    merged = merge(index_document(d) for d in documents)
    whole = Index(merged.get, merged.docs, merged.lengths)
    queries = _queries(claims)
    assert len(queries) >= 18
    for count in (1, 2, 3, 7):
        shards = split_shards(merged, count)
        assert len(shards) == min(count, len(documents))
        assert sum(len(s.lengths) for s in shards) == whole.size
        for query in queries:
            expected = whole.search(query, RETRIEVE)
            assert expected  # real claims meet real passages
            assert gather(shards, query, RETRIEVE) == expected
            assert gather(shards, query, 3) == whole.search(query, 3)
        picked = {1, 3} & set(range(len(documents)))
        for query in queries[:20]:
            assert gather(shards, query, RETRIEVE, docs=picked) == whole.search(query, RETRIEVE, docs=picked)


def test_a_shard_holds_whole_documents_and_global_passage_ids() -> None:
    documents = load_corpus([SEEDS]).documents
    merged = merge(index_document(d) for d in documents)
    shards = split_shards(merged, 2)
    assert shards[0].offset == 0
    for shard in shards:
        docs = set(shard.docs.tolist())
        assert all(set(merged.docs[merged.docs == d].tolist()) <= docs for d in docs)
    query = terms(fold("One of the perpetrators was sentenced to seven years in prison."))
    [(pid, _)] = gather(shards, query, 1)
    assert "seven years in prison" in documents[int(merged.docs[pid])].text[merged.starts[pid]:merged.ends[pid]]
