"""Places that hold towns and cities: countries, states and provinces, continents.

"A schoolgirl in Kyzylorda" is not said to be elsewhere by a sentence that puts her "in
Kazakhstan": the country holds the city. Two places that are no such holder ("in Qyzylorda" /
"in another southern Kazakh city, Turkistan") are two places. The data is ``polities.txt``
beside this module, built by ``scripts/build_polities.py`` from WordNet 3.0 (the instances of
{country, state, land}, {state, province} and {continent}: about 800 names); the WordNet
licence is in ``LICENSE-WordNet.txt`` beside it.

Standard library only; within factcheck this module imports only its sibling lexicon modules.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from importlib import resources

from factcheck.lexicon import collections_paused, table_rows
from factcheck.lexicon.nouns import read_word_list

__all__ = ["is_country", "is_place", "is_polity", "lies_in", "one_place", "same_place"]


@functools.cache
@collections_paused
def _polities() -> frozenset[str]:
    return read_word_list("polities.txt", joined=True)


def is_polity(words: Sequence[str]) -> bool:
    """Whether a name, given as its words (any case: ``["United", "States"]``), is a country, a
    state or province, or a continent of WordNet's (``polities.txt``), with or without a leading
    "the".

    Raises FileNotFoundError or ValueError as
    :func:`factcheck.lexicon.nouns.read_word_list` does."""
    lowered = [w.lower() for w in words]
    if lowered[:1] == ["the"]:
        lowered = lowered[1:]
    return bool(lowered) and "_".join(lowered) in _polities()


@functools.cache
@collections_paused
def _place_synsets() -> dict[str, frozenset[str]]:
    """``place_names.tsv``: each name or adjective of a place (lower case) with the WordNet
    synsets of the places it names. Raises FileNotFoundError if the table is missing, ValueError
    if a row is not ``name<TAB>synset``."""
    text = resources.files("factcheck.lexicon").joinpath("place_names.tsv").read_text(encoding="utf-8")
    found: dict[str, set[str]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        name, sep, synset = line.partition("\t")
        if not sep or not synset.isdigit():
            raise ValueError(f"factcheck.lexicon/place_names.tsv:{number}: expected name<TAB>synset, got {line!r}")
        found.setdefault(name, set()).add(synset)
    return {name: frozenset(synsets) for name, synsets in found.items()}


def is_place(name: str) -> bool:
    """Whether a name or adjective (any case, a leading "the" left out) names a place of
    WordNet's noun.location instances ("Kazakhstan", "Kazakh", "the Russian Federation";
    ``place_names.tsv``). Raises as :func:`_place_synsets` does."""
    return _bare(name) in _place_synsets()


@functools.cache
@collections_paused
def _place_wholes() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """``place_parts.tsv``: each place's synset with the synsets of the places it is directly
    part of (WordNet's part holonyms), and the synsets that are countries. Raises
    FileNotFoundError if the table is missing, ValueError if a row is not
    ``place<TAB>kind<TAB>wholes``."""
    wholes: dict[str, frozenset[str]] = {}
    countries: set[str] = set()
    for place, kind, held_by in table_rows("place_parts.tsv", "place<TAB>country|-<TAB>wholes",
                                           lambda fields: len(fields) == 3 and fields[1] in ("country", "-")):
        if kind == "country":
            countries.add(place)
        if held_by != "-":
            wholes[place] = frozenset(held_by.split(","))
    return wholes, frozenset(countries)


def is_country(name: str) -> bool:
    """Whether ``name`` (any case, a leading "the" left out) names a country in WordNet 3.0
    (``place_parts.tsv``'s countries): "Kazakhstan", "France"; not "Hunan" (a province) nor
    "Almaty". Raises as :func:`_place_synsets` and :func:`_place_wholes` do."""
    return not _place_synsets().get(_bare(name), frozenset()).isdisjoint(_place_wholes()[1])


@functools.lru_cache(maxsize=4096)  # pure; asked again for each candidate passage that names the pair
def lies_in(part: str, whole: str) -> bool | None:
    """Whether the place named ``part`` lies in the place named ``whole`` (names in any case, a
    leading "the" left out), by WordNet 3.0's part holonyms followed upward
    (``place_parts.tsv``, built by ``scripts/build_place_parts.py``): True for "Almaty" in
    "Kazakhstan", "Siberia" in "Russia". False when WordNet tells them apart: ``whole`` is placed
    inside one of the places that hold ``part`` without holding it (two parts of one whole:
    "Wales" and "Scotland", in the United Kingdom), or the countries above ``part`` and those at
    or above ``whole`` are two sets that share none ("Dallas", in the United States, and
    "Scotland"). None otherwise: WordNet's chains stop short (no continent is a place of
    ``place_names.tsv``), so a chain that does not reach ``whole`` proves nothing. Raises as
    :func:`_place_synsets` and :func:`_place_wholes` do."""
    table = _place_synsets()
    countries = _place_wholes()[1]
    above_part = _wholes_above(table.get(_bare(part), frozenset()))
    targets = table.get(_bare(whole), frozenset())
    if above_part & targets:
        return True
    above_whole = _wholes_above(targets) - targets
    if above_part & above_whole:
        return False
    ours, theirs = above_part & countries, (above_whole | targets) & countries
    return False if ours and theirs and not ours & theirs else None


def _wholes_above(synsets: frozenset[str]) -> frozenset[str]:
    """The places that hold any of ``synsets``, at any height (not the synsets themselves)."""
    wholes = _place_wholes()[0]
    found: set[str] = set()
    frontier = {w for s in synsets for w in wholes.get(s, ())}
    while frontier:
        found |= frontier
        frontier = {w for s in frontier for w in wholes.get(s, ())} - found
    return frozenset(found)


def one_place(a: str, b: str) -> bool:
    """Whether two names or adjectives (any case, a leading "the" left out) may name one place
    of WordNet's, whatever their spelling: "France" / "French", "Holland" / "the Netherlands".
    Looser than :func:`same_place`, for telling that two names are *not* two places. Raises as
    :func:`_place_synsets` does."""
    table = _place_synsets()
    return bool(table.get(_bare(a), frozenset()) & table.get(_bare(b), frozenset()))


def same_place(a: str, b: str) -> bool:
    """Whether two different names (any case, a leading "the" left out) that share their stem
    name one place of WordNet's, by its synset or by an adjective that points at it: "Uzbek" / "Uzbekistan",
    "Russian" / "Russia", "Kazakh" / "Kazakhstan" (``place_names.tsv``, built by
    ``scripts/build_place_names.py`` from WordNet 3.0's noun.location instances and their
    pertainyms). Raises as :func:`_place_synsets` does."""
    if a[:1].lower() != b[:1].lower() and a[:4].lower() != "the " and b[:4].lower() != "the " \
            and a.lower() not in b.lower() and b.lower() not in a.lower():
        return False  # (the cheap test first: most pairs asked differ in their first letter)
    return _same_place(a, b)


@functools.lru_cache(maxsize=4096)
def _same_place(a: str, b: str) -> bool:
    ours, theirs = _bare(a), _bare(b)
    if ours == theirs or not (ours[:3] == theirs[:3] or ours in theirs or theirs in ours):
        # Only names that share their stem: a nickname of the same synset ("the Empire State" for
        # New York) may stand for it in a source, and leaves a claim's word unstated; WiCE dev
        # 01323 was made supported by it.
        return False
    table = _place_synsets()
    return bool(table.get(ours, frozenset()) & table.get(theirs, frozenset()))


def _bare(name: str) -> str:
    words = name.lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)
