"""WordNet's kinds of common nouns: is "bus" another thing of the kind "train" is?

The data is ``noun_kinds.tsv`` beside this module, built by ``scripts/build_noun_kinds.py`` from
WordNet 3.0 (Princeton University, via Debian's ``wordnet-base``; the licence is in
``LICENSE-WordNet.txt`` beside it): for each hypernym, the first-sense synsets of single
lower-case words under it. Two words are *sisters* when their first senses are two synsets under
one hypernym: {bus} and {train} under {public transport}, {minute} and {hour} under {time unit},
{mother} and {father} under {parent}. Words of one synset are synonyms, not sisters.

Standard library only; within factcheck this module imports only its sibling lexicon modules.
"""

from __future__ import annotations

import functools
from importlib import resources

from factcheck.lexicon import collections_paused, table_rows
from factcheck.lexicon.antonyms import lemma_candidates
from factcheck.lexicon.nouns import read_word_list

__all__ = ["are_sisters", "is_group", "is_role", "kin_lemma", "load_groups", "load_kin", "load_kinds", "load_roles",
           "other_kin", "other_role"]

_PACKAGE = "factcheck.lexicon"

# The most first-sense synsets of a kind read as one kind of thing: {public transport} has 4
# ({bus}, {train}, ...), {parent} 5, {prison} 4; a larger kind is a broad category whose members a
# paraphrase moves between ({group} holds "people" and "masses", an {act} 35 sorts of doing), and
# the digits 0-9 are a kind of 10. Five new-user sets on the seeds: without the limit, 5 more true
# claims lost 'supported' than false ones gained it.
MAX_KIND = 8


@functools.cache
@collections_paused
def load_kinds() -> dict[str, frozenset[tuple[str, int]]]:
    """``{word: {(hypernym, synset number within its row)}}`` of noun_kinds.tsv, for kinds of at
    most :data:`MAX_KIND` synsets. Cached.

    Raises FileNotFoundError if noun_kinds.tsv is missing from the installed package, ValueError
    if a line is not ``HYPERNYM<TAB>SYNSET SYNSET ...`` with two or more synsets."""
    text = resources.files(_PACKAGE).joinpath("noun_kinds.tsv").read_text(encoding="utf-8")
    kinds: dict[str, set[tuple[str, int]]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        hypernym, _, members = line.partition("\t")
        synsets = members.split()
        if not hypernym.isdigit() or len(synsets) < 2:
            raise ValueError(f"{_PACKAGE}/noun_kinds.tsv:{number}: expected HYPERNYM<TAB>two or more synsets")
        if len(synsets) > MAX_KIND:
            continue
        for position, synset in enumerate(synsets):
            for word in synset.split("+"):
                kinds.setdefault(word, set()).add((hypernym, position))
    return {word: frozenset(found) for word, found in kinds.items()}


@functools.lru_cache(maxsize=1 << 16)
def are_sisters(a: str, b: str) -> bool:
    """Whether two lower-case words (singular or plural) name two things of one kind: the first
    senses of some lemmas of theirs are two synsets under one hypernym ("buses", "train").
    False for synonyms ("jail", "gaol") and for words WordNet has no first sense of. Raises
    FileNotFoundError or ValueError as :func:`load_kinds` does."""
    ours, our_heads = _first_kinds(a)
    theirs, their_heads = _first_kinds(b)
    if not ours or not theirs or ours & theirs:
        return False
    return bool(our_heads & their_heads)


@functools.lru_cache(maxsize=1 << 14)
def _first_kinds(word: str) -> tuple[frozenset[tuple[str, int]], frozenset[str]]:
    """The kinds of a word's lemmas' first senses (:func:`load_kinds`) and their hypernyms, once
    per word: :func:`are_sisters` asks them of each word against every other word of a passage."""
    kinds = load_kinds()
    found = frozenset(k for lemma in lemma_candidates(word, "n") for k in kinds.get(lemma, ()))
    return found, frozenset(h for h, _ in found)


@functools.cache
@collections_paused
def load_kin() -> dict[str, tuple[str, frozenset[str]]]:
    """``{word: (synset, kin synsets above it)}`` of kin.tsv (built by ``scripts/build_kin.py``:
    the words whose first sense is under WordNet's {relative, relation}). Cached.

    Raises FileNotFoundError if kin.tsv is missing from the installed package, ValueError if a
    line is not ``WORD<TAB>SYNSET<TAB>ANCESTORS``."""
    rows = table_rows("kin.tsv", "WORD<TAB>SYNSET<TAB>ANCESTORS",
                      lambda fields: len(fields) == 3 and fields[1].isdigit())
    return {word: (synset, frozenset(above.split())) for word, synset, above in rows}


@functools.lru_cache(maxsize=1 << 14)
def kin_lemma(word: str) -> str | None:
    """The lemma under which kin.tsv lists a lower-case word ("parents" → "parent"), or None
    when the word's first sense is no kind of relative. Raises as :func:`load_kin` does."""
    kin = load_kin()
    return next((lemma for lemma in sorted(lemma_candidates(word, "n")) if lemma in kin), None)


@functools.lru_cache(maxsize=1 << 16)
def other_kin(a: str, b: str) -> bool:
    """Whether two lower-case words (singular or plural) name two different relatives: both
    first senses kinds of {relative} (WordNet), neither the other's synset nor above it
    ("grandmother" / "mother", "aunt" / "niece"; not "parent" / "mother", which it states).
    Raises FileNotFoundError or ValueError as :func:`load_kin` does."""
    kin = load_kin()
    ours = [kin[lemma] for lemma in lemma_candidates(a, "n") if lemma in kin]
    theirs = [kin[lemma] for lemma in lemma_candidates(b, "n") if lemma in kin]
    if not ours or not theirs:
        return False
    return not any(x == y or x in above_y or y in above_x for x, above_x in ours for y, above_y in theirs)


# WordNet 3.0 synsets of the converse kinships: {parent} and {offspring, progeny, issue},
# {grandparent} and {grandchild} (kin.tsv's offsets).
_PARENT, _OFFSPRING, _GRANDPARENT, _GRANDCHILD = "10399491", "10373998", "10143172", "10141590"


@functools.lru_cache(maxsize=1 << 12)
def converse_kin(relative: str, owned: str) -> bool:
    """Whether whoever has an ``owned`` relative ("her daughter") is a ``relative`` of that kind
    ("mother"): a parent has offspring (a child, not a grandchild), a grandparent a grandchild,
    by WordNet's kinds of each noun's first sense. Gender is the caller's to compare
    (:func:`person_noun_gender`). Raises as :func:`load_kin` does."""
    kin = load_kin()
    ours = [kin[lemma] for lemma in lemma_candidates(relative, "n") if lemma in kin]
    theirs = [kin[lemma] for lemma in lemma_candidates(owned, "n") if lemma in kin]
    for synset, above in ours:
        kinds = above | {synset}
        for other, other_above in theirs:
            owned_kinds = other_above | {other}
            if _PARENT in kinds and _OFFSPRING in owned_kinds and _GRANDCHILD not in owned_kinds:
                return True
            if _GRANDPARENT in kinds and _GRANDCHILD in owned_kinds:
                return True
    return False


# Role kinds under which two roles are one person said in other words: a journalist is a
# writer and a reporter ({communicator}), a rapist an attacker and a perpetrator ({bad person},
# {wrongdoer}). WordNet 3.0 offsets, as in role_nouns.tsv.
_REDESCRIBING = frozenset({"09610660", "09831962", "09633969"})


@functools.cache
@collections_paused
def load_roles() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """``{word: (senses, synsets above them)}`` of role_nouns.tsv (built by
    ``scripts/build_role_nouns.py``: the words whose first WordNet sense names a role a person
    holds, "judge", "lawyer", "activist", "victim"; their senses that are kinds of {person} and
    every synset above those up to {person}). Cached.

    Raises FileNotFoundError if role_nouns.tsv is missing from the installed package, ValueError
    if a line is not ``WORD<TAB>SENSES<TAB>ABOVE``."""
    rows = table_rows("role_nouns.tsv", "WORD<TAB>SENSES<TAB>ABOVE", lambda fields: len(fields) == 3 and bool(fields[1]))
    return {word: (frozenset(senses.split()), frozenset(above.split())) for word, senses, above in rows}


@functools.lru_cache(maxsize=1 << 14)
def is_role(word: str) -> bool:
    """Whether a lower-case word (singular or plural) names a role a person holds first
    (:func:`load_roles`: "victim", "suspects", "lawyer"; not "girl", "mother"). Raises as
    :func:`load_roles` does."""
    return _noun_in(word, _role_words())


@functools.cache
def _role_words() -> frozenset[str]:
    """The words of role_nouns.tsv, as a set (:func:`load_roles`)."""
    return frozenset(load_roles())


@functools.lru_cache(maxsize=1 << 16)
def other_role(a: str, b: str) -> bool:
    """Whether two lower-case words (singular or plural) name two different roles of people:
    both first senses roles (:func:`load_roles`: "judge" / "lawyer", "activists" / "judges",
    "victim" / "suspect"), no sense of one a sense of the other or above it ("official" /
    "judge", "officer" / "policeman" are one role), and not two kinds of {communicator} or of
    {bad person} ("journalist" / "reporter", "rapist" / "perpetrator": one person, redescribed).
    Raises FileNotFoundError or ValueError as :func:`load_roles` does."""
    roles = load_roles()
    ours = [roles[lemma] for lemma in sorted(lemma_candidates(a, "n")) if lemma in roles]
    theirs = [roles[lemma] for lemma in sorted(lemma_candidates(b, "n")) if lemma in roles]
    if not ours or not theirs:
        return False
    for senses_a, above_a in ours:
        for senses_b, above_b in theirs:
            if senses_a & (senses_b | above_b) or senses_b & above_a or (above_a & above_b & _REDESCRIBING):
                return False
    return True


@functools.cache
@collections_paused
def load_groups() -> frozenset[str]:
    """The words of groups.txt (built by ``scripts/build_groups.py``: nouns whose first WordNet
    sense is in the lexicographer file noun.group: "police", "family", "court"). Cached.

    Raises as :func:`factcheck.lexicon.nouns.read_word_list` does."""
    return read_word_list("groups.txt")


@functools.lru_cache(maxsize=1 << 14)
def is_group(word: str) -> bool:
    """Whether a lower-case word (singular or plural) names a group first: its first WordNet
    sense is a noun.group synset ("police", "families"). Raises as :func:`load_groups` does."""
    return _noun_in(word, load_groups())


@functools.cache
@collections_paused
def load_persons() -> frozenset[str]:
    """The words of persons.txt (built by ``scripts/build_persons.py``: nouns whose first WordNet
    sense is in the lexicographer file noun.person: "mother", "lawyer", "official"). Cached.

    Raises as :func:`factcheck.lexicon.nouns.read_word_list` does."""
    return read_word_list("persons.txt")


@functools.cache
@collections_paused
def load_person_genders() -> dict[str, str]:
    """``{word: "masculine" | "feminine"}`` of person_genders.tsv (built by
    ``scripts/build_person_genders.py``: 452 nouns of noun.person under WordNet's {female person}
    or {male person}: "brother", "mother", "schoolgirl"; not "parent", "lawyer", "victim"). Cached.

    Raises FileNotFoundError if person_genders.tsv is missing from the installed package,
    ValueError if a line is not ``WORD<TAB>GENDER``."""
    rows = table_rows("person_genders.tsv", "WORD<TAB>masculine|feminine",
                      lambda fields: len(fields) == 2 and fields[1] in ("masculine", "feminine"))
    return {word: gender for word, gender in rows}


def person_noun_gender(word: str) -> str | None:
    """"masculine" or "feminine" for a folded singular noun that names a person of that gender
    (:func:`load_person_genders`), else ``None``. Raises as :func:`load_person_genders` does."""
    return load_person_genders().get(word)


def not_one_person(a: str, b: str) -> bool:
    """Whether two lower-case person nouns cannot describe one person: two relatives of other
    kinds (:func:`other_kin`), a relative and a person named otherwise ("brother-in-law" /
    "lawyer"), two roles of one case (:func:`other_role`: "victim" / "suspects"), or two
    genders (:func:`person_noun_gender`: "boy" / "girl"). Descriptions that may meet stay one:
    "teenagers" / "perpetrators", "schoolgirl" / "victim"."""
    kin_a, kin_b = kin_lemma(a), kin_lemma(b)
    if kin_a is not None or kin_b is not None:
        return kin_a is None or kin_b is None or other_kin(a, b)
    return other_role(a, b) or genders_apart(a, b) is True


def genders_apart(a: str, b: str) -> bool | None:
    """Whether two person nouns say two genders (:func:`person_noun_gender`: "boy" / "girl"):
    True, or False for one ("girl" / "schoolgirl"); None where either says none ("victim")."""
    ga, gb = person_noun_gender(a), person_noun_gender(b)
    return None if ga is None or gb is None else ga != gb


@functools.lru_cache(maxsize=1 << 14)
def is_person(word: str) -> bool:
    """Whether a lower-case word (singular or plural) names a person first: its first WordNet
    sense is a noun.person synset ("mother", "officials"; not "office", "police"). Raises as
    :func:`load_persons` does."""
    return _noun_in(word, load_persons())


def _noun_in(word: str, nouns: frozenset[str]) -> bool:
    """Whether a lower-case word, or one of its noun lemmas (WordNet's morphy), is in ``nouns``."""
    return word in nouns or any(lemma in nouns for lemma in lemma_candidates(word, "n"))
