"""WordNet's adjective clusters: do two adjectives describe along one scale, on one side of it?

The data is ``adjective_clusters.tsv`` beside this module, built by
``scripts/build_adjective_clusters.py`` from WordNet 3.0 (Princeton University, via Debian's
``wordnet-base``; the licence is in ``LICENSE-WordNet.txt`` beside it): for each adjective, the
heads of the clusters its senses belong to (Gross & Miller 1990, "Adjectives in WordNet"). "great"
and "vast" share the cluster of {large, big}; "poor" and "model" share none; a head's antonym heads
another cluster, so opposites never share one.

Standard library only; within factcheck this module imports only its sibling lexicon modules.
"""

from __future__ import annotations

import functools
from importlib import resources

from factcheck.lexicon import collections_paused
from factcheck.lexicon.antonyms import lemma_candidates

__all__ = ["clusters_of", "load_clusters", "same_cluster"]

_PACKAGE = "factcheck.lexicon"


@functools.cache
@collections_paused
def load_clusters() -> dict[str, frozenset[str]]:
    """``{adjective: head synset offsets}`` of adjective_clusters.tsv. Cached.

    Raises FileNotFoundError if the file is missing from the installed package, ValueError if a
    line is not ``ADJECTIVE<TAB>OFFSET OFFSET ...``."""
    text = resources.files(_PACKAGE).joinpath("adjective_clusters.tsv").read_text(encoding="utf-8")
    table: dict[str, frozenset[str]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        word, _, heads = line.partition("\t")
        offsets = heads.split()
        if not word or not offsets or not all(o.isdigit() for o in offsets):
            raise ValueError(f"{_PACKAGE}/adjective_clusters.tsv:{number}: expected ADJECTIVE<TAB>OFFSET ...")
        table[word] = frozenset(offsets)
    return table


@functools.lru_cache(maxsize=1 << 16)
def clusters_of(word: str) -> frozenset[str]:
    """The cluster heads of every adjective a lower-case word may be a form of ("older": "old"'s
    and "older"'s own); empty when no reading is an adjective."""
    table = load_clusters()
    return frozenset().union(*(table.get(lemma, frozenset()) for lemma in lemma_candidates(word, "a")))


def same_cluster(a: str, b: str) -> bool:
    """Whether senses of two lower-case adjectives (any inflection) lie in one WordNet cluster:
    ``same_cluster("great", "vast")`` is True, ``same_cluster("poor", "model")`` False."""
    return bool(clusters_of(a) & clusters_of(b))
