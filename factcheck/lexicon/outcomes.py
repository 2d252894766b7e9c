"""The verbs that tell a contest's outcome: "beat", "defeated", "won" tell a win; "lost" a loss; "drew", "tied" a tie.

The data is ``outcomes.tsv`` beside this module, ``word<TAB>outcome``: the words of WordNet 3.0's
verb synsets {win}, {defeat, overcome}, the synsets WordNet says entail {win} ({beat, trounce,
vanquish, crush, ...}), {lose} and {tie, draw}, with all their troponyms, built by
``scripts/build_wordlists.py`` from Debian's ``wordnet-base``; the WordNet licence is in
``LICENSE-WordNet.txt`` beside it. A few of these words are loose outside a contest ("take",
"carry"): the value reader asks only about the words beside a score ("Celtic beat Hearts 3–0",
"Celtic won the final 2–0 against Hearts": one outcome of one match).

Standard library only; within factcheck this module imports only its sibling lexicon modules.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

from factcheck.lexicon import collections_paused, table_rows
from factcheck.lexicon.antonyms import lemma_candidates
from factcheck.lexicon.lemmas import IRREGULAR

__all__ = ["OUTCOMES", "load_outcomes", "outcome"]

OUTCOMES = ("win", "lose", "tie")


@functools.cache
@collections_paused
def load_outcomes() -> Mapping[str, str]:
    """``{verb lemma: outcome}`` from outcomes.tsv, the outcome one of :data:`OUTCOMES`. Read-only, cached.

    Raises FileNotFoundError if outcomes.tsv is missing from the installed package, ValueError if a
    line is malformed or gives a word two outcomes."""
    table: dict[str, str] = {}
    for word, result in table_rows("outcomes.tsv", "'word<TAB>outcome' once a word",
                                   lambda fields: len(fields) == 2 and fields[0].isalpha()
                                   and fields[1] in OUTCOMES and fields[0] not in table):
        table[word] = result
    return MappingProxyType(table)


@functools.lru_cache(maxsize=1 << 12)
def outcome(word: str) -> str:
    """``"win"``, ``"lose"``, ``"tie"`` or ``""``: the outcome a verb tells, in any inflection or case.

    ``outcome("beat")``, ``("defeated")``, ``("won")`` and ``("Trounced")`` are "win";
    ``outcome("lost")`` is "lose"; ``outcome("drew")`` and ``("tied")`` are "tie"; a word of no
    outcome (``"said"``) gives "". Raises FileNotFoundError or ValueError as :func:`load_outcomes`
    and :func:`factcheck.lexicon.antonyms.lemma_candidates` do.
    """
    lowered = word.lower()
    if not lowered.isalpha():
        return ""
    table = load_outcomes()
    forms = {lowered, IRREGULAR.get(lowered, lowered)}
    found = {table[lemma] for form in forms for lemma in lemma_candidates(form, "v") if lemma in table}
    return found.pop() if len(found) == 1 else ""
