"""How two verbs relate in WordNet's verb hierarchy: may "receiving" stand where a claim says "getting"?

The data is ``verb_senses.tsv`` beside this module, built from WordNet 3.0 (Princeton University,
via Debian's ``wordnet-base``) by ``scripts/build_verb_senses.py``, which says what its rows hold;
the WordNet licence is in ``LICENSE-WordNet.txt`` beside it. Every sense of every verb is kept:
the table is used to excuse a replaced word as a paraphrase, so a reading too many errs toward
the verdict factcheck gave before it was consulted.

Standard library only; within factcheck this module imports only its sibling lexicon modules.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

from factcheck.lexicon import collections_paused
from factcheck.lexicon.antonyms import lemma_candidates
from factcheck.lexicon.lemmas import IRREGULAR

__all__ = ["is_participle", "is_verb_lemma", "verb_lemmas", "verb_relation", "verb_senses"]

_WORD = re.compile(r"[a-z]+")
HYPERNYM_DEPTH = 2  # levels up the hierarchy at which one verb still names a way of the other


@dataclass(frozen=True)
class _Table:
    senses: Mapping[str, frozenset[int]]
    hypernyms: Mapping[int, frozenset[int]]
    forms: Mapping[str, tuple[str, ...]]


@functools.cache
@collections_paused
def _table() -> _Table:
    """verb_senses.tsv, read once. Raises FileNotFoundError if it is missing from the installed
    package, ValueError (naming the line) if a row is malformed."""
    senses: dict[str, frozenset[int]] = {}
    hypernyms: dict[int, frozenset[int]] = {}
    forms: dict[str, list[str]] = {}
    text = resources.files("factcheck.lexicon").joinpath("verb_senses.tsv").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3 or fields[0] not in ("v", "h", "x"):
            raise ValueError(f"verb_senses.tsv:{number}: expected 'v|h|x<TAB>key<TAB>value', got {line!r}")
        kind, key, value = fields
        if kind == "v":
            senses[key] = frozenset(map(int, value.split(",")))
        elif kind == "h":
            hypernyms[int(key)] = frozenset(map(int, value.split(",")))
        else:
            forms.setdefault(key, []).append(value)
    return _Table(MappingProxyType(senses), MappingProxyType(hypernyms),
                  MappingProxyType({form: tuple(bases) for form, bases in forms.items()}))


# Verbs whose past participle is their base form, which WordNet's exception list leaves out
# (Quirk et al. 1985, §3.16, the irregular verbs with all three forms identical): "set up in
# 2017 by ...".
SAME_FORM_PARTICIPLES = frozenset("bet burst cast cost cut hit hurt let put quit set shed shut split spread "
                                   "thrust upset broadcast forecast".split())


@functools.lru_cache(maxsize=1 << 14)
def verb_senses(word: str) -> frozenset[int]:
    """The WordNet verb synsets (numbered as in verb_senses.tsv) of every verb lemma ``word`` may
    be a form of: ``verb_senses("upheld")`` are those of "uphold" (verb.exc), ``"getting"`` those
    of "get" (morphy's suffix rules), ``"signing_up"`` those of the phrasal verb "sign_up". Any
    case; empty when no reading of the word is a verb."""
    word = word.strip().lower()
    verb, _, particle = word.partition("_")  # a phrasal verb: "signing_up" is a form of "sign_up"
    if not _WORD.fullmatch(verb) or (particle and not _WORD.fullmatch(particle)):
        return frozenset()
    table = _table()
    lemmas = set(verb_lemmas(verb))
    if particle:
        lemmas = {f"{lemma}_{particle}" for lemma in lemmas}
    found: set[int] = set()
    for lemma in lemmas:
        found |= table.senses.get(lemma, frozenset())
    return frozenset(found)


@functools.lru_cache(maxsize=1 << 14)
def verb_lemmas(word: str) -> frozenset[str]:
    """The lemmas a lowercase word may be a verb form of, the word itself included, whether or not
    WordNet has them: its irregular forms (verb.exc: "took" -> "take", factcheck's own list) and
    morphy's suffix rules ("turned" -> "turn", "turne"). Empty for a word not of letters."""
    if not _WORD.fullmatch(word):
        return frozenset()
    lemmas = {word, *_table().forms.get(word, ()), *lemma_candidates(word, "v")}
    if word in IRREGULAR:
        lemmas.add(IRREGULAR[word])
    return frozenset(lemmas)


def is_verb_lemma(word: str) -> bool:
    """Whether a lowercase word is itself a WordNet verb lemma ("report", "uphold"), not only an
    inflected form of one ("upheld", "reported")."""
    return word in _table().senses


def is_participle(word: str) -> bool:
    """Whether a lowercase word may be a verb's past participle: a WordNet verb form ending in
    "-ed" ("reported"), or an irregular form of verb.exc or of factcheck's own list ("paid",
    "known", "seen")."""
    if not verb_senses(word):
        return False
    return word.endswith("ed") or word in _table().forms or word in IRREGULAR


def _up(synsets: frozenset[int], depth: int) -> frozenset[int]:
    """``synsets`` and their hypernyms up to ``depth`` levels."""
    hypernyms = _table().hypernyms
    found, frontier = set(synsets), set(synsets)
    for _ in range(depth):
        frontier = {h for s in frontier for h in hypernyms.get(s, ())}
        found |= frontier
    return frozenset(found)


@functools.lru_cache(maxsize=1 << 14)
def verb_relation(a: str, b: str) -> str | None:
    """How WordNet relates two verbs, through any of their senses, or None when either is no verb.

    Returns:
        ``"synonym"`` when they share a synset ("getting" / "receiving", "published" / "wrote");
        ``"hypernym"`` when a sense of one is a hypernym of a sense of the other at most
        :data:`HYPERNYM_DEPTH` levels up ("got" / "secure", "used" / "have"), the one a way of
        doing the other (a troponym, Fellbaum 1998, "A semantic network of English verbs");
        ``"sister"`` when senses of the two share a direct hypernym ("opened" / "closed");
        ``"unrelated"`` otherwise ("upheld" / "overturned", "released" / "arrested").
    """
    ours, theirs = verb_senses(a), verb_senses(b)
    if not ours or not theirs:
        return None
    if ours & theirs:
        return "synonym"
    if _up(ours, HYPERNYM_DEPTH) & theirs or _up(theirs, HYPERNYM_DEPTH) & ours:
        return "hypernym"
    if _up(ours, 1) & _up(theirs, 1):
        return "sister"
    return "unrelated"
