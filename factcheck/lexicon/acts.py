"""Nouns of an act and their verbs: does "complaint" name what "complained" says was done?

The data is ``act_nouns.tsv`` beside this module, built by ``scripts/build_act_nouns.py`` from
WordNet 3.0 (Princeton University, via Debian's ``wordnet-base``; the licence is in
``LICENSE-WordNet.txt`` beside it): each noun with a sense that is an act, a communication, an
event or a process, and the verbs WordNet derives it from (its derivationally related form
pointers): "complaint" -> "complain", "suspension" -> "suspend", "argument" -> "argue". News
names an act either way (nominalisation: Quirk et al. 1985, §17.51).

Standard library only; within factcheck this module imports only its sibling lexicon modules.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from types import MappingProxyType

from factcheck.lexicon import collections_paused
from factcheck.lexicon.antonyms import lemma_candidates, read_rows

__all__ = ["act_verbs"]

# NOUN<TAB>VERB[,VERB...]: read_rows wants three groups; the third is empty.
_ROW = re.compile(r"([a-z]+)\t([a-z]+(?:,[a-z]+)*)()")


@functools.cache
@collections_paused
def _table() -> Mapping[str, frozenset[str]]:
    """``{noun lemma: its verbs}`` of act_nouns.tsv. Raises FileNotFoundError if the file is
    missing from the installed package, ValueError (naming the line) on a malformed row."""
    return MappingProxyType({noun: frozenset(verbs.split(","))
                             for _number, noun, verbs, _ in read_rows("act_nouns.tsv", _ROW)})


@functools.lru_cache(maxsize=1 << 14)
def act_verbs(noun: str) -> frozenset[str]:
    """The verb lemmas a noun (any case, singular or plural) names the act of:
    ``act_verbs("complaints") == {"complain"}``, ``act_verbs("suspension") == {"suspend"}``;
    empty for a noun of no act ("teacher", "member") or a word WordNet lacks.

    Raises FileNotFoundError or ValueError as :func:`_table` does."""
    table = _table()
    found: set[str] = set()
    for lemma in lemma_candidates(noun.lower(), "n"):
        found |= table.get(lemma, frozenset())
    return frozenset(found)
