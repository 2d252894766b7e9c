"""WordNet's synonyms, looked up through the antonym table's lemmatizer: may "founded" stand for "established"?

The data is ``synonyms.tsv`` beside this module, ``word_a<TAB>word_b<TAB>pos`` with word_a < word_b
and pos one of ``n v a r``: two single words whose *first* (most frequent) sense in that part of
speech is one WordNet synset (``establish	found	v``, ``begin	start	v``, ``child	kid	n``). Text gives
a word, not a sense, and a word's first sense is the reading a reader takes unless told otherwise;
words that share only a later sense of one of them are not there ("decline" is first "grow worse",
only third "refuse"). ``scripts/build_antonyms.py`` builds it from WordNet 3.0 (Princeton
University, via Debian's ``wordnet-base``) and says which further rules apply (SemCor evidence for
the sense, the word's main part of speech, no participles used as adjectives); the WordNet licence
is in ``LICENSE-WordNet.txt`` beside it.

A word is reduced to its lemmas per part of speech by WordNet's morphy rules and exception lists
(:func:`factcheck.lexicon.antonyms.lemma_candidates`, whose inflections.tsv covers the irregular
forms of this table's lemmas too: upheld -> uphold). A word the index reads as an irregular form of
another verb (:data:`factcheck.lexicon.lemmas.IRREGULAR`: "found" is a form of "find", "left" of
"leave") is read the same way here, so "found" alone is not "establish", while "founded" is.

Standard library only; within factcheck this module imports only its sibling lexicon modules.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from types import MappingProxyType

from factcheck.lexicon import collections_paused
from factcheck.lexicon.antonyms import POS, lemma_candidates, pair_table, read_rows
from factcheck.lexicon.lemmas import IRREGULAR
from factcheck.lexicon.verbs import verb_lemmas

__all__ = ["irregular_forms", "load_synonyms", "phrasal_synonyms", "synonyms"]

_WORD = re.compile(r"[a-z]+")
_PHRASAL_ROW = re.compile(r"([a-z]+(?:_[a-z]+)?)\t([a-z]+(?:_[a-z]+)?)\t(v)")


@functools.cache
@collections_paused
def _synonyms_by_pos() -> Mapping[str, Mapping[str, frozenset[str]]]:
    """``{pos: {lemma: synonym lemmas}}``, symmetric within each part of speech."""
    return pair_table("synonyms.tsv")


@functools.cache
@collections_paused
def load_synonyms() -> Mapping[str, frozenset[str]]:
    """The synonym table as ``{lemma: frozenset of synonym lemmas}``, parts of speech merged.

    Symmetric: ``"found" in load_synonyms()["establish"]`` and the reverse. Keys are lowercase
    single words of three or more letters; inflected forms are not keys (see :func:`synonyms`).
    Read-only and cached. Source: WordNet 3.0 (Princeton University), first senses shared by two
    words; scripts/build_antonyms.py gives the rules.

    Raises FileNotFoundError if synonyms.tsv is missing from the installed package, ValueError if
    one of its lines is malformed.
    """
    merged: dict[str, set[str]] = {}
    for words in _synonyms_by_pos().values():
        for word, others in words.items():
            merged.setdefault(word, set()).update(others)
    return MappingProxyType({word: frozenset(others) for word, others in sorted(merged.items())})


@functools.lru_cache(maxsize=1 << 16)
def synonyms(word: str, parts: tuple[str, ...] = POS) -> frozenset[str]:
    """The lemmas WordNet gives as synonyms of any reading of ``word`` (any case, inflected or not).

    ``synonyms("founded")`` has "establish"; ``synonyms("Teenagers")`` has "adolescent";
    ``synonyms("upheld")`` reaches "uphold" through WordNet's verb.exc. Each reading keeps to its
    part of speech; ``parts`` keeps only the readings of those parts of speech (``("v",)``: verbs).
    The word's own lemmas are not in the result; an unknown word, a word that is
    not letters, or the empty string gives the empty set. A word the index reads as an irregular
    form of another verb ("found", "left") is read as that verb only.

    Raises TypeError if word is not a str, KeyError if ``parts`` has a letter not in :data:`POS`;
    FileNotFoundError or ValueError if a data file is missing or malformed.
    """
    if not isinstance(word, str):
        raise TypeError(f"word must be a str, not {type(word).__name__}")
    word = word.strip().lower()
    if not _WORD.fullmatch(word):
        return frozenset()
    word = IRREGULAR.get(word, word)
    table = _synonyms_by_pos()
    found: set[str] = set()
    own: set[str] = set()
    for pos in parts:
        for lemma in lemma_candidates(word, pos):
            others = table[pos].get(lemma)
            if others:
                own.add(lemma)
                found.update(others)
    return frozenset(found - own)


@functools.cache
@collections_paused
def _phrasal_table() -> Mapping[str, frozenset[str]]:
    """``{lemma: synonym lemmas}`` from phrasal_synonyms.tsv, symmetric. Raises FileNotFoundError
    if the file is missing from the installed package, ValueError (naming the line) on a malformed row."""
    return pair_table("phrasal_synonyms.tsv", _PHRASAL_ROW)["v"]


@functools.lru_cache(maxsize=1 << 14)
def phrasal_synonyms(verb: str, particle: str) -> frozenset[str]:
    """The lemmas whose first WordNet sense is the first sense of the phrasal verb ``verb particle``
    (any inflection of the verb, any case): ``phrasal_synonyms("set", "up")`` is {"establish",
    "found", "launch"}, ``phrasal_synonyms("carried", "out")`` has "accomplish". A synonym that is
    itself a phrasal verb is given as ``verb_particle`` ("carry_through"). Empty where the two
    words make no phrasal verb of the table (phrasal_synonyms.tsv, built from WordNet 3.0 by
    scripts/build_antonyms.py: both words' shared first sense tagged in SemCor).

    Raises FileNotFoundError or ValueError if the data file is missing or malformed.
    """
    table = _phrasal_table()
    particle = particle.lower()
    ours = {f"{lemma}_{particle}" for lemma in verb_lemmas(verb.lower())}
    found: set[str] = set()
    for lemma in ours:
        found.update(table.get(lemma, ()))
    return frozenset(found - ours)


@functools.cache
@collections_paused
def _forms_of() -> Mapping[str, frozenset[str]]:
    """``{lemma: its irregular forms}`` from inflections.tsv (guards, a form listed as itself, left out)."""
    forms: dict[str, set[str]] = {}
    for _number, form, lemma, _pos in read_rows("inflections.tsv"):
        if form != lemma:
            forms.setdefault(lemma, set()).add(form)
    return MappingProxyType({lemma: frozenset(f) for lemma, f in forms.items()})


def irregular_forms(lemma: str) -> frozenset[str]:
    """The irregular inflected forms WordNet lists for a lemma of the antonym or synonym table
    (``irregular_forms("uphold") == {"upheld"}``), in any part of speech; empty for a regular one.

    Raises FileNotFoundError or ValueError if inflections.tsv is missing or malformed.
    """
    return _forms_of().get(lemma, frozenset())
