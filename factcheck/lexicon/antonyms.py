"""WordNet's antonym pairs, looked up through a small lemmatizer: are "rose" and "fell" opposites?

The data are two tables beside this module, read with :mod:`importlib.resources` so that an
installed wheel finds them too:

* ``antonyms.tsv``: WordNet's direct antonyms, ``word_a<TAB>word_b<TAB>pos`` with word_a < word_b
  and pos one of ``n v a r`` (noun, verb, adjective, adverb), e.g. ``decrease	increase	v``, and
  the verbs WordNet defines as a way of an opposed verb (``allow	ban	v``: "ban" is "prohibit
  especially by legal means", and {forbid, prohibit} opposes {permit, allow});
* ``inflections.tsv``: ``form<TAB>lemma<TAB>pos``, WordNet's exception lists (``rose	rise	v``,
  ``better	good	a``) for the lemmas of the antonym and synonym tables, and guards (``forest	forest	a``:
  "forest" is no superlative of "fore");
* ``repetitions.tsv``: ``verb<TAB>base<TAB>v``, verbs that do a verb of the table again
  (``reopen	open	v``: WordNet's gloss "open again or anew"), which oppose what it opposes.

All are built by ``scripts/build_antonyms.py`` from WordNet 3.0 (Princeton University), via
Debian's ``wordnet-base`` package; the WordNet licence is in ``LICENSE-WordNet.txt`` beside them.

A word is reduced to its possible lemmas the way WordNet's own morphy does it, per part of
speech: the word itself; its exception-list entries, which when present stand instead of the
suffix rules; otherwise the suffix rules (-s, -es, -ies, -ed, -ied, -ing for nouns and verbs,
-er, -est, -ier, -iest for adjectives and adverbs, with a dropped e restored and a doubled final
consonant undone). A candidate counts only if the antonym table has it in that part of speech,
and two words are antonyms only through lemmas of the same part of speech.

Standard library only; within factcheck this module imports only its package's
:func:`~factcheck.lexicon.collections_paused`, with which every table here is read. The synonym table
(:mod:`factcheck.lexicon.synonyms`) is read through the same lemmatizer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

from factcheck.lexicon import collections_paused

__all__ = ["POS", "are_antonyms", "base_forms", "lemma_candidates", "load_antonyms", "opposed_readings", "pair_table",
           "read_rows"]

POS = ("n", "v", "a", "r")
"""Parts of speech of the tables: noun, verb, adjective, adverb (WordNet's letters)."""

_PACKAGE = __name__.rpartition(".")[0]
_WORD = re.compile(r"[a-z]+")
_ROW = re.compile(rf"({_WORD.pattern})\t({_WORD.pattern})\t([{''.join(POS)}])")  # word, word, one of POS
_NOUN_VERB_RULES = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
          ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
          ("ied", "y")),
}
_COMPARATIVE_RULES = (("er", ""), ("est", ""), ("er", "e"), ("est", "e"), ("ier", "y"), ("iest", "y"))
_RULES = {**_NOUN_VERB_RULES, "a": _COMPARATIVE_RULES, "r": _COMPARATIVE_RULES}
_DOUBLING = frozenset({"ed", "ing", "er", "est"})  # stopped -> stop, winning -> win, bigger -> big


def read_rows(name: str, row_pattern: re.Pattern[str] = _ROW) -> list[tuple[int, str, str, str]]:
    """``(line number, field 1, field 2, pos)`` of a three-column data file, comments and blank lines skipped;
    ``row_pattern`` (three groups) reads a row (by default two words and a part of speech).

    Raises FileNotFoundError if the file is not in the package, ValueError on a malformed line.
    """
    text = resources.files(_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        # One match checks and splits a row (the tables' 30,000 rows are read by every process
        # that compares words: three calls a row took a third of the load).
        row = row_pattern.fullmatch(line)
        if row is None:
            raise ValueError(f"{_PACKAGE}/{name}:{number}: expected 'word<TAB>word<TAB>pos', got {line!r}")
        rows.append((number, row[1], row[2], row[3]))
    return rows


def pair_table(name: str, row_pattern: re.Pattern[str] = _ROW) -> Mapping[str, Mapping[str, frozenset[str]]]:
    """``{pos: {lemma: the lemmas paired with it}}`` from a table of word pairs beside this module
    (``antonyms.tsv``, ``synonyms.tsv``; with ``row_pattern``, the phrasal verbs' tables),
    symmetric within each part of speech.

    Raises FileNotFoundError if the table is missing, ValueError if a line is malformed or a
    pair is not in order (``word_a < word_b``)."""
    table: dict[str, dict[str, set[str]]] = {pos: {} for pos in POS}
    for number, a, b, pos in read_rows(name, row_pattern):
        if not a < b:
            raise ValueError(f"{_PACKAGE}/{name}:{number}: pair not in order: {a!r} {b!r}")
        table[pos].setdefault(a, set()).add(b)
        table[pos].setdefault(b, set()).add(a)
    return MappingProxyType({pos: MappingProxyType({w: frozenset(paired) for w, paired in words.items()})
                             for pos, words in table.items()})


@functools.cache
@collections_paused
def _antonyms_by_pos() -> Mapping[str, Mapping[str, frozenset[str]]]:
    """``{pos: {lemma: antonym lemmas}}``, symmetric within each part of speech."""
    return pair_table("antonyms.tsv")


@functools.cache
@collections_paused
def _exceptions() -> Mapping[tuple[str, str], tuple[str, ...]]:
    """``{(form, pos): lemmas}`` from inflections.tsv."""
    found: dict[tuple[str, str], list[str]] = {}
    for _number, form, lemma, pos in read_rows("inflections.tsv"):
        found.setdefault((form, pos), []).append(lemma)
    return MappingProxyType({key: tuple(lemmas) for key, lemmas in found.items()})


@functools.cache
@collections_paused
def _repetitions() -> Mapping[str, str]:
    """``{verb: base}`` from repetitions.tsv ("reopen" -> "open")."""
    return MappingProxyType({verb: base for _number, verb, base, _pos in read_rows("repetitions.tsv")})


@functools.cache
@collections_paused
def load_antonyms() -> Mapping[str, frozenset[str]]:
    """The antonym table as ``{lemma: frozenset of antonym lemmas}``, parts of speech merged.

    Symmetric: ``"decrease" in load_antonyms()["increase"]`` and the reverse. Keys and members are
    lowercase single words of three or more letters ("increase", "win", "first"); inflected forms
    are not keys (see :func:`are_antonyms`). The mapping is read-only and cached: every call
    returns the same object.

    Source: WordNet 3.0 direct antonyms and the verbs defined through them (Princeton University),
    via Debian wordnet-base; scripts/build_antonyms.py says which.

    Raises FileNotFoundError if antonyms.tsv is missing from the installed package, ValueError if
    one of its lines is malformed.
    """
    merged: dict[str, set[str]] = {}
    for words in _antonyms_by_pos().values():
        for word, antonyms in words.items():
            merged.setdefault(word, set()).update(antonyms)
    return MappingProxyType({word: frozenset(antonyms) for word, antonyms in sorted(merged.items())})


@functools.lru_cache(maxsize=1 << 16)
def base_forms(word: str) -> frozenset[tuple[str, str]]:
    """The ``(lemma, pos)`` readings of a word that the antonym table knows.

    ``base_forms("Rose") == {("rise", "v")}`` (WordNet's verb.exc: rose -> rise; the flower "rose"
    has no antonym), ``base_forms("higher") == {("high", "a")}``, ``base_forms("closed")`` has
    ``("closed", "a")`` and ``("close", "v")``. Case and surrounding blanks are ignored; a word the
    table cannot reach (unknown, not letters, empty) gives the empty set.

    Raises TypeError if word is not a str; FileNotFoundError or ValueError as :func:`load_antonyms`
    if a data file is missing or malformed (also for inflections.tsv).
    """
    if not isinstance(word, str):
        raise TypeError(f"word must be a str, not {type(word).__name__}")
    word = word.strip().lower()
    if not _WORD.fullmatch(word):
        return frozenset()
    table = _antonyms_by_pos()
    found: set[tuple[str, str]] = set()
    for pos in POS:
        known = table[pos]
        candidates = set(lemma_candidates(word, pos))
        if pos == "v":  # "reopened" -> "reopen" -> "open": doing it again opposes what it opposes
            candidates.update(_repetitions()[c] for c in list(candidates) if c in _repetitions())
        found.update((lemma, pos) for lemma in candidates if lemma in known)
    return frozenset(found)


@functools.lru_cache(maxsize=1 << 16)
def lemma_candidates(word: str, pos: str) -> frozenset[str]:
    """The lemmas a lowercase word may be an inflection of in part of speech ``pos``, the word itself included.

    As in WordNet's morphy: the word, and its entries in inflections.tsv (WordNet's exception
    lists for the lemmas of the antonym and synonym tables: ``("rose", "v")`` gives rose and
    rise); a listed form is not also run through the suffix rules, which otherwise give the
    candidates (``("stopped", "v")`` gives stopped, stop, stope, stopp). Candidates are not
    checked against any table. Raises FileNotFoundError or ValueError if inflections.tsv is
    missing or malformed.
    """
    listed = _exceptions().get((word, pos))
    return frozenset({word, *(listed if listed is not None else _by_rules(word, pos))})


def _by_rules(word: str, pos: str) -> set[str]:
    bases = set()
    for suffix, ending in _RULES[pos]:
        if len(word) <= len(suffix) + 1 or not word.endswith(suffix):
            continue
        stem = word[: -len(suffix)]
        bases.add(stem + ending)
        if not ending and suffix in _DOUBLING and len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
            bases.add(stem[:-1])
    return bases


@functools.lru_cache(maxsize=1 << 16)
def has_antonyms(word: str) -> bool:
    """Whether WordNet opposes any reading of ``word`` (any case, inflected or not) to another word."""
    table = _antonyms_by_pos()
    return any(lemma in table[pos] for lemma, pos in base_forms(word))


def are_antonyms(a: str, b: str) -> bool:
    """Whether WordNet makes the two words antonyms, through any reading of each in the same part of speech.

    Any case, inflected or not: ``are_antonyms("rose", "fell")``, ``("Increased", "decreased")``,
    ``("won", "lost")``, ``("wins", "loses")``, ``("higher", "lower")`` and ``("opened", "closed")`` are
    all True; ``("rose", "grew")``, ``("won", "wins")`` and ``("rose", "rose")`` are False. Symmetric.
    Text does not say which sense or part of speech is meant, so a match is a candidate
    contradiction, not a proof of one.

    Raises TypeError if a or b is not a str; FileNotFoundError or ValueError if a data file is
    missing or malformed.
    """
    readings_b = base_forms(b)
    if not readings_b:
        return False
    table = _antonyms_by_pos()
    return any((other, pos) in readings_b for lemma, pos in base_forms(a) for other in table[pos].get(lemma, ()))


@functools.lru_cache(maxsize=1 << 16)
def opposed_readings(word: str) -> frozenset[tuple[str, str]]:
    """The ``(lemma, pos)`` readings WordNet opposes to some reading of ``word``: ``are_antonyms(a, b)``
    exactly when ``opposed_readings(a)`` meets ``base_forms(b)``. A caller that tests one word against
    many gathers these once, then tests each other word's :func:`base_forms` against them.

    Raises TypeError, FileNotFoundError or ValueError as :func:`base_forms`.
    """
    table = _antonyms_by_pos()
    return frozenset((other, pos) for lemma, pos in base_forms(word) for other in table[pos].get(lemma, ()))
