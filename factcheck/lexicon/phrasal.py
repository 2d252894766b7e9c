"""Opposed phrasal verbs: may "turned down" stand where a source says "accepted"?

A phrasal verb is a verb and an adverbial particle that a reader takes as one verb ("turn
down", "call off", "set up": Quirk et al. 1985, §16.2-16.4). WordNet enters them as
collocations ("turn_down"), and through their synsets they share the oppositions of their
synonyms: "turn down" is in {refuse, reject, pass up, turn down, decline}, opposed to {accept}.
The data is ``phrasal_antonyms.tsv`` beside this module, built from WordNet 3.0 (Princeton
University, via Debian's ``wordnet-base``) by ``scripts/build_antonyms.py`` with the same sense
filter as ``antonyms.tsv``; the WordNet licence is in ``LICENSE-WordNet.txt`` beside it.

Standard library only; within factcheck this module imports only its sibling lexicon modules.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from factcheck.lexicon import collections_paused
from factcheck.lexicon.antonyms import base_forms, pair_table
from factcheck.lexicon.verbs import verb_lemmas

__all__ = ["PARTICLES", "phrasal_opposes"]

PARTICLES = frozenset("about across along around aside away back by down forward in off on out over through up".split())
"""The particles of the table's phrasal verbs (scripts/build_antonyms.py's ``PARTICLES``)."""

_ROW = re.compile(r"([a-z]+(?:_[a-z]+)?)\t([a-z]+(?:_[a-z]+)?)\t(v)")


@functools.cache
@collections_paused
def _table() -> Mapping[str, frozenset[str]]:
    """``{lemma: opposed lemmas}`` from phrasal_antonyms.tsv, symmetric. Raises FileNotFoundError
    if the file is missing from the installed package, ValueError (naming the line) on a malformed row."""
    return pair_table("phrasal_antonyms.tsv", _ROW)["v"]


@functools.lru_cache(maxsize=1 << 14)
def phrasal_opposes(verb: str, particle: str, other: str, other_particle: str = "") -> bool:
    """Whether the phrasal verb ``verb particle`` (any inflection of the verb: "turned", "down")
    opposes ``other`` (a single verb in any inflection, or with ``other_particle`` another
    phrasal verb) in WordNet: ``phrasal_opposes("turned", "down", "accepted")`` and
    ``("went", "up", "went", "down")`` are True, ``("turned", "down", "rejected")`` False.
    Case-insensitive. Raises FileNotFoundError or ValueError as :func:`_table`."""
    table = _table()
    verb, particle, other, other_particle = verb.lower(), particle.lower(), other.lower(), other_particle.lower()
    ours = {f"{lemma}_{particle}" for lemma in verb_lemmas(verb)}
    opposed = frozenset().union(*(table.get(lemma, frozenset()) for lemma in ours))
    if not opposed:
        return False
    if other_particle:
        theirs = {f"{lemma}_{other_particle}" for lemma in verb_lemmas(other)}
    else:
        theirs = {lemma for lemma, pos in base_forms(other) if pos == "v"} | set(verb_lemmas(other))
    return bool(opposed & theirs)
