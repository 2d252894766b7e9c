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

from factcheck.lexicon.nouns import read_word_list

__all__ = ["is_polity"]


@functools.cache
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
