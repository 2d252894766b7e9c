"""Retrieval's matched terms, found in batches per claim, are those the plain rule gives passage by passage."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz, process

from factcheck.index.bm25 import term
from factcheck.lexicon.surnames import gendered_pair
from factcheck.match.retrieve import Matcher
from factcheck.sources.corpus import Corpus

CLAIMS = [
    "Batyrbekova was sentenced to two years and three months in prison on libel charges in 2019.",
    "The journalist Amangeldy Batyrbekov first reported the story in his online S-Inform newspaper.",
    "Judge Taubai Qadyrbaev of the Turkistan Regional Court accepted the appeal in January 2020.",
    "The regional authorities established a probe into the boy's ordeal after the report.",
]


def _plain(matcher: Matcher, weights: dict[str, float], synonyms: dict[str, frozenset[str]], pid: int) -> frozenset[str]:
    """The rule stated once per term and passage: exact, a WordNet synonym, or a rapidfuzz
    near-match (ratio >= 88) of a long term that is not its other gendered form."""
    own = matcher.passage_terms(pid)

    def near(t: str) -> bool:
        return len(t) >= 5 and not t.isdigit() and any(
            not gendered_pair(t, m) for m, _, _ in process.extract_iter(t, own, scorer=fuzz.ratio, score_cutoff=88.0))

    return frozenset(t for t in weights if t in own or (t in synonyms and not own.isdisjoint(synonyms[t])) or near(t))


@pytest.mark.parametrize("text", CLAIMS)
def test_candidates_match_the_plain_rule(seeds: Corpus, text: str) -> None:
    matcher = Matcher(seeds)
    claim = matcher.claim_terms(text)
    found = matcher.candidates(claim)
    assert found
    for candidate in found:
        expected = frozenset().union(*(_plain(matcher, claim.weights, claim.synonyms, p) for p in candidate.passages))
        assert candidate.matched == expected


def test_a_gendered_surname_is_no_near_match(seeds: Corpus) -> None:
    matcher = Matcher(seeds)
    claim = matcher.claim_terms(CLAIMS[0])
    feminine, masculine = term("Batyrbekova".lower()), term("Batyrbekov".lower())
    naming = [c for c in matcher.candidates(claim)
              if any(masculine in matcher.passage_terms(p) for p in c.passages)]
    assert feminine in claim.weights and naming  # 002 names Batyrbekov, never Batyrbekova
    assert all(feminine not in c.matched for c in naming)
