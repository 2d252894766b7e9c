"""WordNet's adjective clusters: do two adjectives describe along one scale, on one side of it?

The data is ``adjective_clusters.tsv`` beside this module, built by
``scripts/build_adjective_clusters.py`` from WordNet 3.0 (Princeton University, via Debian's
``wordnet-base``; the licence is in ``LICENSE-WordNet.txt`` beside it): for each adjective, the
heads of the clusters its senses belong to (Gross & Miller 1990, "Adjectives in WordNet"). "great"
and "vast" share the cluster of {large, big}; "poor" and "model" share none; a head's antonym heads
another cluster, so opposites never share one.

Two clusters whose heads are WordNet antonyms oppose: a word of one and a word of the other are
*indirect* antonyms (Gross & Miller 1990), "eager" / "reluctant", "prominent" / "obscure".
``adjective_opposites.tsv`` lists the opposed heads (``scripts/build_adjective_opposites.py``).

A noun that names a quality, a feeling or a state is read through the adjective WordNet derives
it from (``noun_qualities.tsv``, ``scripts/build_noun_qualities.py``): "eagerness" / "reluctance"
oppose as "eager" / "reluctant" do (:func:`opposed_qualities`).

Standard library only; within factcheck this module imports only its sibling lexicon modules.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from importlib import resources

from factcheck.lexicon import collections_paused
from factcheck.lexicon.antonyms import lemma_candidates

__all__ = ["clusters_of", "in_opposed_cluster", "indirect_antonyms", "load_clusters", "load_noun_qualities",
           "load_opposed_heads", "names_opposed_quality", "opposed_qualities", "same_cluster"]

_PACKAGE = "factcheck.lexicon"


@functools.cache
@collections_paused
def load_clusters() -> dict[str, frozenset[str]]:
    """``{adjective: head synset offsets}`` of adjective_clusters.tsv. Cached.

    Raises FileNotFoundError if the file is missing from the installed package, ValueError if a
    line is not ``ADJECTIVE<TAB>OFFSET OFFSET ...``."""
    table: dict[str, frozenset[str]] = {}
    for word, offsets in _rows("adjective_clusters.tsv", "ADJECTIVE<TAB>OFFSET ..."):
        table[word] = frozenset(offsets)
    return table


def _rows(name: str, shape: str, field: Callable[[str], bool] = str.isdigit) -> list[tuple[str, list[str]]]:
    """``(first field, the fields after its tab)`` of each row of a table beside this module,
    comments and blank lines skipped; each field after the tab must pass ``field`` (offsets:
    digits). Raises FileNotFoundError if the file is not in the package, ValueError (naming the
    file, the line and ``shape``) on a row without such fields."""
    text = resources.files(_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        first, _, rest = line.partition("\t")
        offsets = rest.split()
        if not first or not offsets or not all(field(o) for o in offsets):
            raise ValueError(f"{_PACKAGE}/{name}:{number}: expected {shape}")
        rows.append((first, offsets))
    return rows


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


@functools.cache
@collections_paused
def load_opposed_heads() -> dict[str, frozenset[str]]:
    """``{head offset: the head offsets WordNet makes its antonyms}`` of adjective_opposites.tsv,
    both ways. Cached.

    Raises FileNotFoundError if the file is missing from the installed package, ValueError if a
    line is not ``OFFSET<TAB>OFFSET``."""
    table: dict[str, set[str]] = {}
    for a, (b, *more) in _rows("adjective_opposites.tsv", "OFFSET<TAB>OFFSET"):
        if not a.isdigit() or more:
            raise ValueError(f"{_PACKAGE}/adjective_opposites.tsv: expected OFFSET<TAB>OFFSET, got {a} {b} {more}")
        table.setdefault(a, set()).add(b)
        table.setdefault(b, set()).add(a)
    return {head: frozenset(others) for head, others in table.items()}


def indirect_antonyms(a: str, b: str) -> bool:
    """Whether a sense of one lower-case adjective (any inflection) lies in a cluster whose head
    WordNet opposes to the head of a cluster of the other's: ``indirect_antonyms("eager",
    "reluctant")`` and ``("safe", "dangerous")`` are True, ``("great", "vast")`` False (one
    cluster). Direct antonyms ("wet" / "dry") are such too."""
    opposed = load_opposed_heads()
    theirs = clusters_of(b)
    return bool(theirs) and any(opposed.get(head, frozenset()) & theirs for head in clusters_of(a))


@functools.lru_cache(maxsize=1 << 16)
def in_opposed_cluster(word: str) -> bool:
    """Whether a sense of a lower-case adjective lies in a cluster that WordNet opposes to another
    (so that :func:`indirect_antonyms` may pair it): "tiny" ({small}'s cluster) is, "aluminum" is
    no adjective. Memoised: it is asked of every word of every candidate passage."""
    opposed = load_opposed_heads()
    return any(head in opposed for head in clusters_of(word))


@functools.cache
@collections_paused
def load_noun_qualities() -> dict[str, frozenset[str]]:
    """``{noun: the adjectives WordNet derives it from}`` of noun_qualities.tsv ("eagerness":
    {"eager"}). Cached.

    Raises FileNotFoundError if the file is missing from the installed package, ValueError if a
    line is not ``NOUN<TAB>ADJECTIVE ...``."""
    return {noun: frozenset(adjectives)
            for noun, adjectives in _rows("noun_qualities.tsv", "NOUN<TAB>ADJECTIVE ...", field=str.isalpha)}


@functools.lru_cache(maxsize=1 << 16)
def quality_clusters(word: str) -> frozenset[str]:
    """The cluster heads of the adjectives a lower-case noun of a quality (any number: "weaknesses")
    is derived from; empty for any other word. "eagerness": {eager}'s head."""
    table = load_noun_qualities()
    adjectives = {a for lemma in lemma_candidates(word, "n") for a in table.get(lemma, ())}
    return frozenset().union(*(clusters_of(a) for a in adjectives))


def opposed_qualities(a: str, b: str) -> bool:
    """Whether two lower-case nouns name qualities whose adjectives WordNet opposes, directly or
    through their clusters (:func:`indirect_antonyms`): ``opposed_qualities("eagerness",
    "reluctance")`` and ``("importance", "insignificance")`` are True, ``("eagerness", "zeal")`` False."""
    ours, theirs = quality_clusters(a), quality_clusters(b)
    if not ours or not theirs or ours & theirs:
        return False
    opposed = load_opposed_heads()
    return any(opposed.get(head, frozenset()) & theirs for head in ours)


@functools.lru_cache(maxsize=1 << 16)
def names_opposed_quality(word: str) -> bool:
    """Whether a lower-case noun names a quality whose adjective lies in a cluster WordNet opposes
    to another (so that :func:`opposed_qualities` may pair it). Memoised, as
    :func:`in_opposed_cluster`."""
    opposed = load_opposed_heads()
    return any(head in opposed for head in quality_clusters(word))
