"""Index.containing_all restricted to some documents: the same passages as the whole
index's answer filtered to them, whether passage ids run through the documents in order
(the documents' slices of each list found by bisection) or not."""

from __future__ import annotations

import itertools

import numpy as np

from factcheck.index.bm25 import Index
from factcheck.models import Passage

TEXTS = ["the red fox ran", "a red hen", "the fox and the hen", "red red wine", "no fox here", "the hen ran"]


def _index(order: list[int]) -> Index:
    passages = [Passage(doc, 0, len(TEXTS[i]), TEXTS[i]) for doc, i in order]
    return Index.build(passages)


def test_restricted_to_documents_is_the_filtered_whole() -> None:
    in_order = _index([(0, 0), (0, 1), (1, 2), (2, 3), (2, 4), (3, 5)])
    shuffled = _index([(2, 3), (0, 0), (3, 5), (0, 1), (2, 4), (1, 2)])
    for index in (in_order, shuffled):
        for wanted in (["fox"], ["red"], ["hen", "ran"], ["fox", "red"], ["absent"], []):
            whole = index.containing_all(wanted)
            for size in range(5):
                for docs in itertools.combinations(range(4), size):
                    expected = whole[np.isin(index.docs[whole], np.array(docs, dtype=index.docs.dtype))]
                    found = index.containing_all(wanted, docs=set(docs))
                    assert found.tolist() == expected.tolist(), (wanted, docs)


def test_search_restricted_to_documents_is_the_filtered_search() -> None:
    index = _index([(0, 0), (0, 1), (1, 2), (2, 3), (2, 4), (3, 5)])
    for query in ({"fox": 1.0}, {"red": 1.0, "hen": 1.0}, {"absent": 1.0}, {"the": 1.0, "ran": 1.0}):
        for size in range(5):
            for docs in itertools.combinations(range(4), size):
                # What the search scored before it sliced each list: the whole list, masked.
                found = index.search(query, 10, docs=set(docs))
                assert all(int(index.docs[pid]) in docs for pid, _ in found)
                whole = [hit for hit in index.search(query, 100) if int(index.docs[hit[0]]) in docs]
                assert found == whole[:10], (query, docs)
