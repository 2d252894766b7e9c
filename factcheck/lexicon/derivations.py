"""Verbs and the nouns that name their act: is "argument" the act of "argued"?

The data is ``derivations.tsv`` beside this module, built by ``scripts/build_derivations.py`` from
WordNet 3.0's derivationally related forms (Princeton University, via Debian's ``wordnet-base``;
the licence is in ``LICENSE-WordNet.txt`` beside it), kept to nouns of the act ("prosecution",
"arrival", "argument"), never of its doer ("employer").

Standard library only; within factcheck this module imports only its sibling lexicon modules.
"""

from __future__ import annotations

import functools
from importlib import resources

from factcheck.lexicon import collections_paused
from factcheck.lexicon.antonyms import lemma_candidates

__all__ = ["act_forms", "load_derivations"]

_PACKAGE = "factcheck.lexicon"


@functools.cache
@collections_paused
def load_derivations() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """``({verb: nouns of its act}, {noun: its verbs})`` of derivations.tsv. Cached.

    Raises FileNotFoundError if derivations.tsv is missing from the installed package, ValueError
    if a line is not ``VERB<TAB>NOUN``."""
    text = resources.files(_PACKAGE).joinpath("derivations.tsv").read_text(encoding="utf-8")
    nouns: dict[str, set[str]] = {}
    verbs: dict[str, set[str]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        verb, tab, noun = line.partition("\t")
        if not tab or not verb or not noun or "\t" in noun:
            raise ValueError(f"{_PACKAGE}/derivations.tsv:{number}: expected VERB<TAB>NOUN")
        nouns.setdefault(verb, set()).add(noun)
        verbs.setdefault(noun, set()).add(verb)
    return ({v: frozenset(n) for v, n in nouns.items()}, {n: frozenset(v) for n, v in verbs.items()})


@functools.lru_cache(maxsize=1 << 16)
def act_forms(word: str) -> frozenset[str]:
    """The lemmas on the other side of a lower-case word's derivation: the nouns of its act for a
    verb form ("argued": "argument", "argumentation"), the verbs for a noun of an act ("arrivals":
    "arrive"); empty for a word with none."""
    nouns, verbs = load_derivations()
    found: set[str] = set()
    for lemma in lemma_candidates(word, "v"):
        found |= nouns.get(lemma, frozenset())
    for lemma in lemma_candidates(word, "n"):
        found |= verbs.get(lemma, frozenset())
    return frozenset(found)
