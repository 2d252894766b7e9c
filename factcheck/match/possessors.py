"""Whose relatives: the possessor of a kinship noun, replaced.

"A case had been filed against the victim's parents" and "a case ... filed against the parents of
the suspects" share "parents" and every other word but the one that says whose: the two
sentences accuse different families. A word-by-word alignment pairs "parents" with "parents"
and leaves "victim" to be found anywhere in the source.

This module reads the possessor of each kinship noun (WordNet's {relative} kinds,
:mod:`factcheck.lexicon.noun_kinds`) the claim and the passage align: "P's K", "P' K" or "K of
(the) P". When both sides name a possessor, the two are common nouns that share no index term,
the claim's possessor is nowhere in the passage and WordNet makes them no synonyms, the claim's
possessor is *unstated* by that passage (``Alignment.unattributed``). Names are the entity rules'
to compare, and pronouns ("her parents") may stand for either.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.lexicon.noun_kinds import genders_apart, is_person, kin_lemma, other_kin, other_role, person_noun_gender
from factcheck.lexicon.nouns import is_common_noun
from factcheck.lexicon.places import is_place
from factcheck.lexicon.verbs import verb_senses
from factcheck.match.cues import ARTICLES, POSSESSIVE_ENDINGS, POSSESSIVE_PRONOUNS, Token
from factcheck.match.synonyms import synonym_terms


def other_possessors(ours: Sequence[Token], theirs: Sequence[Token],
                     pairs: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The index terms of the claim's possessors of aligned kinship nouns that the passage gives
    to someone else.

    Args:
        ours, theirs: the claim's and the passage's tokens.
        pairs: the alignment, (claim index, passage index) pairs.

    Returns:
        The claim's possessor terms (possibly empty), as the module docstring says."""
    return frozenset(key for mine, _ in _other_possessor_pairs(ours, theirs, pairs) if (key := ours[mine].key))


def other_person_possessors(ours: Sequence[Token], theirs: Sequence[Token],
                            pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(claim index, passage index)`` of the two possessors of :func:`other_possessors` where
    both are nouns of a person first (WordNet's noun.person:
    :func:`factcheck.lexicon.noun_kinds.is_person`) of two parties (:func:`_two_parties`): "the
    victim's parents" / "the parents of the suspects". Two parties of one case, its victim and
    its suspects, are two families: the passage names another in the place of the claim's."""
    return [(mine, other) for mine, other in _other_possessor_pairs(ours, theirs, pairs)
            if is_person(a := unpossessed(ours[mine].folded)) and is_person(b := unpossessed(theirs[other].folded))
            and _two_parties(a, b)]


def _two_parties(a: str, b: str) -> bool:
    """Whether two person nouns name two parties: two roles of one case
    (:func:`factcheck.lexicon.noun_kinds.other_role`), two genders ("boy" / "girl"), or two
    nouns that say no gender ("pupils" / "drivers"). A noun that says a gender and one that says
    none may be one person ("schoolgirl" / "victim": 004 calls its schoolgirl the victim), and so
    may two of one gender ("girl" / "schoolgirl")."""
    if other_role(a, b):
        return True
    apart = genders_apart(a, b)
    if apart is not None:
        return apart
    return person_noun_gender(a) is None and person_noun_gender(b) is None


def _other_possessor_pairs(ours: Sequence[Token], theirs: Sequence[Token],
                           pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(claim index, passage index)`` of each pair of possessors :func:`other_possessors` reads."""
    their_keys = {t.key for t in theirs if t.key}
    found: list[tuple[int, int]] = []
    for i, j in pairs:
        if kin_lemma(ours[i].folded) is None:
            continue
        mine, other = _possessor(ours, i), _possessor(theirs, j)
        if mine is None or other is None:
            continue
        x, y = ours[mine], theirs[other]
        if not x.key or not y.key or x.key == y.key or x.key in their_keys:
            continue
        if not (is_common_noun(unpossessed(x.folded)) and is_common_noun(unpossessed(y.folded))):
            continue
        if y.key in synonym_terms(unpossessed(x.folded)) or x.key in synonym_terms(unpossessed(y.folded)):
            continue
        found.append((mine, other))
    return found


def other_kin_possessors(ours: Sequence[Token], theirs: Sequence[Token],
                         pairs: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The index terms of the claim's possessor of an aligned noun where the passage gives that
    noun to someone else: a named possessor the passage does not name ("Batyrbekov's lawyer"
    against "The victim's lawyer, Qurmanghazy Musir"), or another relative: "the grandmother's lawyer" against "the lawyer for Nursultan's
    mother" (two kinds of relative, :func:`factcheck.lexicon.noun_kinds.other_kin`). Whose
    lawyer, whose statement: the passage says it is another person's, though it names the
    claim's relative elsewhere ("... the boy, his grandmother and Baliyeva ..."), or the claim's
    named possessor away from the passage's relative ("Baliyeva's lawyer" against "the lawyer for
    Nursultan's mother ... the boy, his grandmother and Baliyeva"); unless it also
    gives the same noun to the claim's relative. A possessor is a possessive before the noun,
    its "of" phrase, or the "for" phrase of a noun of a person acting for another ("the lawyer
    for X's mother").

    Args:
        ours, theirs: the claim's and the passage's tokens.
        pairs: the alignment, (claim index, passage index) pairs.

    Returns:
        The claim's possessor terms (possibly empty)."""
    their_keys = {u.key for u in theirs if u.key}
    found: set[str] = set()
    for i, j in pairs:
        t = ours[i]
        if not t.key or t.capital or not is_common_noun(t.folded):
            continue
        mine, other = _possessor(ours, i, agent=True, names=True), _possessor(theirs, j, agent=True)
        if mine is None or other is None:
            continue
        x, y = unpossessed(ours[mine].folded), unpossessed(theirs[other].folded)
        if ours[mine].capital:
            # A name as the possessor ("Batyrbekov's lawyer") where the passage gives the noun
            # to someone it describes ("The victim's lawyer, Qurmanghazy Musir") and names the
            # claim's one nowhere: the passage does not say that they are one.
            if is_place(x):
                continue  # (a place is "the country" of the passage as often: "the country's security services")
            if (key := ours[mine].key) in their_keys and not (key and _named_apart(theirs, other, key)):
                continue
        elif not other_kin(x, y):
            continue
        also = (k for k, u in enumerate(theirs) if u.key == t.key and k != j)
        if any((at := _possessor(theirs, k, agent=True)) is not None and theirs[at].key == ours[mine].key
               for k in also):
            continue  # "the mother's lawyer and the grandmother's lawyer"
        if key := ours[mine].key:
            found.add(key)
    return frozenset(found)


def relatives_of_another(ours: Sequence[Token], theirs: Sequence[Token],
                         pairs: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The index terms of the claim's kinship nouns after "whose" whose antecedent is a name
    ("Gulbadar Musinova, whose son was attacked") where the passage gives the aligned noun a
    possessor of its own that is not that name ("one of the perpetrators was the son of an
    influential local official") and names the claim's one nowhere: the passage's relative is
    someone else's, so it does not state the claim's.

    Args:
        ours, theirs: the claim's and the passage's tokens.
        pairs: the alignment, (claim index, passage index) pairs.

    Returns:
        The claim's kinship noun terms (possibly empty)."""
    their_keys = {u.key for u in theirs if u.key}
    found: set[str] = set()
    for i, j in pairs:
        t = ours[i]
        if not t.key or i < 3 or ours[i - 1].folded != "whose" or ours[i - 2].folded != "," \
                or kin_lemma(t.folded) is None:
            continue
        name = []
        k = i - 3
        while k >= 0 and ours[k].word and ours[k].capital:
            name.append(k)
            k -= 1
        named = {ours[m].key for m in name if ours[m].key}
        if not named or named & their_keys:
            continue
        other = _possessor(theirs, j, names=True)
        if other is not None and theirs[other].key and theirs[other].key not in named:
            found.add(t.key)
    return frozenset(found)


_APPOSITION_REACH = 3  # tokens between a description and a name set beside it: "Nursultan's mother, Sharipa"


def _named_apart(tokens: Sequence[Token], possessor: int, key: str) -> bool:
    """Whether the passage's possessor is a relative ("the lawyer for Nursultan's mother") and
    the claim's named possessor stands in the passage only away from it, as someone else ("the
    boy, his grandmother and Baliyeva"), never set beside it as its name."""
    if kin_lemma(tokens[possessor].folded) is None:
        return False
    return all(abs(k - possessor) > _APPOSITION_REACH for k, t in enumerate(tokens) if t.key == key)


def dropped_relatives(ours: Sequence[Token], theirs: Sequence[Token],
                      pairs: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The index terms of the claim's kinship nouns whose possessor the passage names without
    them: "The parents of the Qyzylorda suspects are charged with encouraging a minor ..."
    against 004's "The suspects are charged with encouraging a minor ...". The claim's
    possessor is aligned, and so is a verb after it, and the passage has the same kinship noun of
    that possessor nowhere ("the suspects' parents", "the parents of the suspects"). The passage's statement is then
    about the possessor, not the relatives: the kinship noun is unstated by it, whatever
    another sentence says of the relatives.

    Args:
        ours, theirs: the claim's and the passage's tokens.
        pairs: the alignment, (claim index, passage index) pairs.

    Returns:
        The claim's kinship terms (possibly empty)."""
    forward = dict(pairs)
    found: set[str] = set()
    for i, t in enumerate(ours):
        if not t.key or t.capital or kin_lemma(t.folded) is None:
            continue
        mine = _possessor(ours, i)
        if mine is None or mine not in forward:
            continue
        # Only a passage that states the claim's predicate of them says it of the possessor: one
        # that merely names "the Qyzylorda schoolgirl" says nothing of her mother either way.
        if not any(k > mine and not ours[k].capital and verb_senses(ours[k].folded) for k in forward):
            continue
        owner = ours[mine].key
        if any(kin_lemma(u.folded) == kin_lemma(t.folded) and (at := _possessor(theirs, k)) is not None
               and theirs[at].key == owner for k, u in enumerate(theirs)):
            continue
        # (Nor where the passage names the possessor and then the relative by a possessive pronoun:
        # "the problems the boy and his family continue to face, including comments from the his
        # mother and grandmother" has the boy's mother.)
        if any(kin_lemma(u.folded) == kin_lemma(t.folded) and k > 0 and theirs[k - 1].folded in POSSESSIVE_PRONOUNS
               and any(theirs[m].key == owner for m in range(k)) for k, u in enumerate(theirs)):
            continue
        found.add(t.key)
    return frozenset(found)


def relatives_in_place(ours: Sequence[Token], theirs: Sequence[Token],
                       anchors: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The index terms of a claim's noun where the passage has that noun's relatives in its place:
    "a case had been filed against the suspects" against 004's "a case had been filed against
    the parents of the suspects". The word before each phrase is aligned ("against"); the
    passage's kinship noun has the claim's noun as its possessor ("the parents of the suspects",
    "the suspects' parents"), and the claim has no relative of that kind. The passage speaks of
    the relatives: the claim's noun is unstated by it.

    Args:
        ours, theirs: the claim's and the passage's tokens.
        anchors: the aligned tokens in order, function words included (claim index, passage index).

    Returns:
        The claim's noun terms (possibly empty)."""
    forward = dict(anchors)
    kinds = {kin_lemma(t.folded) for t in ours if t.key and not t.capital}
    found: set[str] = set()
    for k, u in enumerate(theirs):
        if not u.key or u.capital or (kin := kin_lemma(u.folded)) is None or kin in kinds:
            continue
        at = _possessor(theirs, k)
        mine = next((i for i, j in anchors if j == at), None) if at is not None else None
        if at is None or mine is None:
            continue
        start = _phrase_start(theirs, min(k, at))
        ours_start = _phrase_start(ours, mine)
        if start > 0 and ours_start > 0 and forward.get(ours_start - 1) == start - 1:
            found.add(ours[mine].key or "")
    return frozenset(found - {""})


def other_possessions(ours: Sequence[Token], theirs: Sequence[Token],
                      anchors: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The index terms of the claim's possessed nouns where the passage gives the same possessor
    another thing in the same place: "a case had been filed against the suspects' teachers"
    against "... against the parents of the suspects". The two noun phrases follow the same
    aligned word ("against"); the claim's noun is nowhere in the passage, the passage's is
    nowhere in the claim, both are common nouns and WordNet makes them no synonyms; the
    possessor is a common noun both sides share ("suspects"). The passage speaks of the
    possessor's other relation; the claim's is unstated by it. (Anywhere else in the passage,
    another thing of the same possessor is no replacement: "the schoolgirl's mother said" /
    "oversaw the schoolgirl's exploitation".)

    Args:
        ours, theirs: the claim's and the passage's tokens.
        anchors: every aligned pair in order, function words included.

    Returns:
        The claim's noun terms (possibly empty)."""
    our_keys = {t.key for t in ours if t.key}
    their_keys = {t.key for t in theirs if t.key}
    placed = dict(anchors)
    found: set[str] = set()
    for i, t in enumerate(ours):
        if not t.key or not t.word or t.capital or t.key in their_keys or not is_common_noun(t.folded):
            continue
        mine = _possessor(ours, i)
        if mine is None:
            continue
        before = _phrase_start(ours, min(i, mine)) - 1
        if before not in placed:
            continue
        k = _past_articles(theirs, placed[before] + 1)
        u = theirs[k] if k < len(theirs) else None
        if u is None or not u.key or not u.word or u.capital or u.key in our_keys or not is_common_noun(u.folded):
            continue
        at = _possessor(theirs, k)
        if at is None and k + 1 < len(theirs) and (at := _possessor(theirs, k + 1)) == k:
            u = theirs[k + 1]  # "the suspects' parents": the possessive comes first
        if at is None or theirs[at].key != ours[mine].key or u.key in our_keys:
            continue
        if u.key not in synonym_terms(t.folded) and t.key not in synonym_terms(u.folded):
            found.add(t.key)
    return frozenset(found)


def _phrase_start(tokens: Sequence[Token], k: int) -> int:
    """The start of the noun phrase whose first content word is at ``k``, its article included."""
    return k - 1 if k > 0 and tokens[k - 1].folded in ARTICLES else k


def _past_articles(tokens: Sequence[Token], k: int) -> int:
    """The first token at or after ``k`` that is no article."""
    while k < len(tokens) and tokens[k].folded in ARTICLES:
        k += 1
    return k


def unpossessed(word: str) -> str:
    """A possessive without its ending: "victim's" → "victim", "suspects'" → "suspects"."""
    for ending in POSSESSIVE_ENDINGS:
        if word.endswith(ending):
            return word[: -len(ending)] if ending in ("'s", "’s") else word[:-1]
    return word


def _possessor(tokens: Sequence[Token], k: int, *, agent: bool = False, names: bool = False) -> int | None:
    """The index of the possessor of the noun at ``k``: the possessive right before it ("the
    victim's parents", "the suspects' parents"), or the noun of its "of" phrase ("the parents of
    the suspects"); with ``agent``, also of its "for" phrase ("the lawyer for Nursultan's
    mother": "mother"). None for none, a pronoun, or (unless ``names``) a name."""
    if agent and k + 1 < len(tokens) and tokens[k + 1].folded == "for":
        at = k + 2
        while at < len(tokens) and tokens[at].folded in ARTICLES:
            at += 1
        # over a possessive name or noun: "the lawyer for Nursultan's mother"
        while at + 1 < len(tokens) and tokens[at].folded.endswith(POSSESSIVE_ENDINGS) and tokens[at + 1].word:
            at += 1
        if at >= len(tokens):
            return None
        t = tokens[at]
        return at if t.word and t.key and not t.capital else None
    if k > 0 and tokens[k - 1].word and tokens[k - 1].folded.endswith(POSSESSIVE_ENDINGS):
        at = k - 1
    elif k > 1 and tokens[k - 1].folded in ("'", "’") and tokens[k - 2].folded.endswith("s"):
        at = k - 2  # "the suspects' parents": the apostrophe is a token of its own
    elif k + 1 < len(tokens) and tokens[k + 1].folded == "of":
        at = k + 2
        while at < len(tokens) and tokens[at].folded in ARTICLES:
            at += 1
        # a name that modifies the possessor: "the parents of the Qyzylorda suspects"
        while at + 1 < len(tokens) and tokens[at].capital and tokens[at + 1].word and tokens[at + 1].key \
                and not tokens[at + 1].capital:
            at += 1
        if at >= len(tokens):
            return None
    else:
        return None
    t = tokens[at]
    return at if t.word and t.key and (names or not t.capital) else None
