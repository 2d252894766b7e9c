"""WordNet's common nouns: is a capitalised word an ordinary noun ("Navy", "Marines") or a name ("Okafor")?

The data is ``nouns.txt`` beside this module: one lower-case word a line, every single word that
WordNet 3.0's data.noun writes in lower case in some synset (about 41,000), built by
``scripts/build_wordlists.py`` from Debian's ``wordnet-base``; the WordNet licence is in
``LICENSE-WordNet.txt`` beside it. WordNet writes proper names with their capital ("Michigan",
"Lisbon"), so a word missing from the list is a name, a rare word or a new coinage.

Standard library only; within factcheck this module imports only its sibling lexicon modules.
"""

from __future__ import annotations

import functools
from importlib import resources

from factcheck.lexicon import collections_paused
from factcheck.lexicon.antonyms import lemma_candidates

__all__ = ["is_common_noun", "load_nouns", "read_word_list"]

_PACKAGE = "factcheck.lexicon"


@functools.cache
@collections_paused
def load_nouns() -> frozenset[str]:
    """The common nouns of nouns.txt, lower case, uninflected. Cached.

    Raises as :func:`read_word_list` does."""
    return read_word_list("nouns.txt")


def read_word_list(name: str, *, joined: bool = False) -> frozenset[str]:
    """The words of a list beside this module (one lower-case word a line, ``#`` lines are
    comments): nouns.txt, groups.txt; with ``joined``, names of several words joined by "_"
    (polities.txt: "united_states").

    Raises FileNotFoundError if the file is missing from the installed package, ValueError if a
    line is not one lower-case word (or, with ``joined``, words joined by "_")."""
    text = resources.files(_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    words = set()
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        letters = line.replace("_", "") if joined and not line.startswith("_") and "__" not in line else line
        if not (line.isascii() and letters.isalpha() and line.islower()):
            raise ValueError(f"{_PACKAGE}/{name}:{number}: expected one lower-case word, got {line!r}")
        words.add(line)
    return frozenset(words)


@functools.lru_cache(maxsize=1 << 14)
def is_common_noun(word: str) -> bool:
    """Whether ``word`` (any case, singular or plural) is a common noun of WordNet.

    ``is_common_noun("Navy")``, ``is_common_noun("Marines")`` (through WordNet's noun suffix
    rules) and ``is_common_noun("ombudswoman")`` (through "ombudsman") are True; ``is_common_noun("Okafor")``, ``("Michigan")`` and ``("Laserdiscs")`` are
    False, and so is anything that is not letters. Raises FileNotFoundError or ValueError as
    :func:`load_nouns` and :func:`factcheck.lexicon.antonyms.lemma_candidates` do.
    """
    lowered = word.lower()
    if not lowered.isalpha():
        return False
    nouns = load_nouns()
    if any(lemma in nouns for lemma in lemma_candidates(lowered, "n")):
        return True
    # A "-woman" noun whose "-man" noun WordNet has ("ombudswoman": "ombudsman", "spokeswoman"
    # where only "spokesman" were listed): the same office said of a woman, which WordNet 3.0
    # enters for some ("chairwoman", "congresswoman") and not for others.
    for ending, other in (("woman", "man"), ("women", "men")):
        if lowered.endswith(ending) and len(lowered) > len(ending) + 2:
            male = lowered[:-len(ending)] + other
            return any(lemma in nouns for lemma in lemma_candidates(male, "n"))
    return False
