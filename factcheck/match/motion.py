"""Where a motion starts and where it ends, as a claim and a passage state them.

"She had moved to Uzbekistan from Kazakhstan" and "she had moved to Kazakhstan from Uzbekistan"
share every word: only the prepositions say which country she left. The prepositions mark the
thematic roles Source ("from", "out of") and Goal ("to", "into", "toward"), as in Fillmore's case
grammar (1968) and VerbNet's role set (Kipper et al., 2008). A word-by-word alignment pairs the
two names across the prepositions; this module reads the role each aligned object holds on each
side and finds the objects whose roles are exchanged.

Only objects that name something are read (a name, or a noun after a determiner: "from the
capital"), so "to board" (an infinitive) and "from leaving" hold no role; numbers and dates are
compared as values ("from 4% to 6%" elsewhere). Both ends must be exchanged: one object under the
other preposition alone ("a train from Almaty" / "a train to Almaty") may be another leg of a
journey the passage tells.

The same roles tell who acts on whom: "lawsuits against X" aims the act at X, "lawsuits from X"
has X as its Source (:func:`reversed_parties`).
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.lexicon.nouns import is_common_noun
from factcheck.match.cues import Token

SOURCE, GOAL = "source", "goal"
# Prepositions of motion by the role their object holds (VerbNet: Source, Destination/Goal).
_ROLES = {"from": SOURCE, "to": GOAL, "into": GOAL, "toward": GOAL, "towards": GOAL, "onto": GOAL}
_BARE_NOUN_ROLES = frozenset({"from", "into", "onto"})  # prepositions whose bare noun is a place of motion
# Words that may stand between a preposition and its object: determiners and possessives.
_OPENERS = frozenset("the a an his her their its our my this that these those".split())
_REACH = 3  # words from the preposition to its object, determiners and modifiers included


def exchanged_ends(ours: Sequence[Token], theirs: Sequence[Token], forward: dict[int, int]) \
        -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The claim's Source and Goal objects that the passage holds in each other's roles.

    Args:
        ours, theirs: the claim's and the passage's tokens.
        forward: the alignment, claim token index → passage token index.

    Returns:
        At most one pair: the claim's object that moved (its character offsets in the claim)
        and the passage's object standing in its role (offsets in the passage); empty when
        neither both ends (Source and Goal) nor a Source and the subject
        (:func:`_source_and_subject`) are exchanged.
    """
    roles: dict[str, list[int]] = {SOURCE: [], GOAL: []}
    for i in range(len(ours)):
        role = _role(ours, i)
        if role is not None:
            roles[role].append(i)
    moved: dict[str, tuple[int, int]] = {}
    for role, objects in roles.items():
        for i in objects:
            j = forward.get(i)
            if j is not None and _role(theirs, j) not in (None, role):
                moved[role] = (i, j)
    if SOURCE in moved and GOAL in moved:
        (i, _), (_, k) = moved[GOAL], moved[SOURCE]
        return [((ours[i].start, ours[i].end), (theirs[k].start, theirs[k].end))]
    return _source_and_subject(ours, theirs, forward)


def _source_and_subject(ours: Sequence[Token], theirs: Sequence[Token], forward: dict[int, int]) \
        -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """A Source exchanged with a party of no role: "Those incriminated have been slapped with
    several libel lawsuits from the victim's lawyer" against "The victim's lawyer ... has been
    slapped with several libel lawsuits from those incriminated". The two texts' "from" phrases
    share no word; a word of the claim's is in the passage outside its "from" phrase, and a word
    of the passage's is in the claim outside its own."""
    ours_from = {k for p, t in enumerate(ours) if t.folded == "from" for k in _phrase(ours, p, _FROM_REACH)}
    theirs_from = {k for p, t in enumerate(theirs) if t.folded == "from" for k in _phrase(theirs, p, _FROM_REACH)}
    if not ours_from or not theirs_from or {ours[k].key for k in ours_from} & {theirs[k].key for k in theirs_from}:
        return []  # a Source the two texts share ("from the club's accounts"): nothing exchanged
    backward = {j: i for i, j in forward.items()}
    out = next((i for i in sorted(ours_from) if i in forward and forward[i] not in theirs_from), None)
    into = next((j for j in sorted(theirs_from) if j in backward and backward[j] not in ours_from), None)
    if out is None or into is None:
        return []
    return [((ours[out].start, ours[out].end), (theirs[into].start, theirs[into].end))]


_CLAUSE_OPENERS = frozenset("what who whom whose which that where when why how".split())
_FROM_REACH = 6  # words of a "from" phrase: "from the Brindle Rowing Club's accounts"


def _role(tokens: Sequence[Token], i: int) -> str | None:
    """The role (Source or Goal) of the object at ``i``: the preposition before it, then a
    determiner and modifiers, or a name's words (:data:`_REACH` words in all); None for no
    object of motion ("to board a train": "train" is the object of "board")."""
    t = tokens[i]
    if not (t.word and t.key) or t.folded[:1].isdigit():
        return None
    for k in range(i - 1, max(-1, i - 1 - _REACH), -1):
        before = tokens[k]
        if not before.word:
            return None
        role = _ROLES.get(before.folded)
        if role is None:
            continue
        between = tokens[k + 1:i]
        opened = bool(between) and between[0].folded in _OPENERS
        modifiers = between[1:] if opened else between
        if any(m.key is None for m in modifiers):
            return None
        # after a determiner, modifiers and a noun ("from the former capital"); without one, a
        # name only, whole ("to New York"; not "to leave Almaty", "to board a train"), or a bare
        # common noun right after "from" or "into" ("freed from custody", "taken into custody";
        # not after "to", which may open an infinitive: "went to protest")
        bare = not between and not t.capital and before.folded in _BARE_NOUN_ROLES and is_common_noun(t.folded)
        return role if opened or bare or (t.capital and all(m.capital for m in modifiers)) else None
    return None


def reversed_parties(ours: Sequence[Token], theirs: Sequence[Token], forward: dict[int, int]) -> frozenset[str]:
    """The index terms of the claim's party that an act is aimed at ("several libel lawsuits
    against those incriminated") where the passage has it as the act's Source ("several libel
    lawsuits from those incriminated", VerbNet's Source): the same noun, the same party, the
    other direction. The claim's party is then unstated by the passage (the claim at best
    ``partial``): "filed lawsuits against X" and "was slapped with lawsuits from X" say who
    sued whom the other way round.

    Args:
        ours, theirs: the claim's and the passage's tokens.
        forward: the alignment, claim token index → passage token index.

    Returns:
        The party's terms (possibly empty)."""
    found: set[str] = set()
    for i, t in enumerate(ours):
        if t.folded != "against" or i == 0 or i - 1 not in forward:
            continue
        party = [k for k in _phrase(ours, i) if k in forward]
        if not party:
            continue
        j = forward[i - 1]
        if j + 1 < len(theirs) and theirs[j + 1].folded == "from" and forward[party[0]] in _phrase(theirs, j + 1):
            found.update(key for k in _phrase(ours, i) if (key := ours[k].key))
    return frozenset(found)


def _phrase(tokens: Sequence[Token], p: int, reach: int = _REACH) -> list[int]:
    """The content words of the phrase after preposition ``p``, up to punctuation or ``reach``
    words ("the people incriminated", "those incriminated")."""
    found = []
    for k in range(p + 1, min(len(tokens), p + 1 + reach)):
        if not tokens[k].word or tokens[k].folded in _CLAUSE_OPENERS:
            break  # "from what rights defenders claim were ...": a clause, not a party
        if tokens[k].key:
            found.append(k)
    return found


# Containment: "in", "inside", "within" put a thing in a place, "outside" out of it ("out of" is
# left out: "made out of wood", "out of fear", "six out of ten" place nothing).
# WordNet opposes "inside" to "outside" (its adjectives, adverbs and nouns: antonyms.tsv);
# "in" and "within" are the prepositions of the same relation (Quirk et al., "A Comprehensive
# Grammar of the English Language", 1985, §9.15: positive and negative position).
_INSIDE = frozenset("in inside within".split())
_OUTSIDE = "outside"


def opposed_containment(ours: Sequence[Token], theirs: Sequence[Token], forward: dict[int, int]) \
        -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The aligned places that one text puts something in and the other outside of: "settle the
    matter with the victim's family in court" against "... outside court".

    Args:
        ours, theirs: the claim's and the passage's tokens.
        forward: the alignment, claim token index → passage token index.

    Returns:
        (claim span, passage span) character offsets, each from the preposition to the place.
    """
    found = []
    for i, j in sorted(forward.items()):
        mine, other = _containment(ours, i), _containment(theirs, j)
        if mine is None or other is None or mine[1] == other[1] \
                or {ours[mine[0]].folded, theirs[other[0]].folded} == {"inside", _OUTSIDE}:
            continue  # (WordNet's own antonyms are found as such: "inside" / "outside")
        found.append(((ours[mine[0]].start, ours[i].end), (theirs[other[0]].start, theirs[j].end)))
    return found


def _containment(tokens: Sequence[Token], i: int) -> tuple[int, bool] | None:
    """The preposition of containment before the place at ``i`` (over a determiner and its
    modifiers, :data:`_REACH` words in all) and whether it puts the thing inside; None for none."""
    if not (tokens[i].word and tokens[i].key) or tokens[i].folded[:1].isdigit():
        return None
    for k in range(i - 1, max(-1, i - 1 - _REACH), -1):
        before = tokens[k]
        if not before.word:
            return None
        word = before.folded
        if word in _INSIDE or word == _OUTSIDE:
            # after the preposition: nothing, or a determiner and modifiers ("outside the
            # regional court"); a word of no content other than a determiner ends the phrase
            if any(m.key is None and m.folded not in _OPENERS for m in tokens[k + 1:i]):
                return None
            return k, word in _INSIDE
        if before.key is None and word not in _OPENERS:
            return None
    return None


def reversed_direction(ours: Sequence[Token], theirs: Sequence[Token], forward: dict[int, int]) -> frozenset[str]:
    """The index terms of the claim's motion toward or away from an object that the passage
    has moving the other way: "the victim ran away from her family home" against "the victim
    returned to her family home" (Source against Goal, VerbNet's roles). One end alone may be
    another leg of a journey (module docstring), so the claim is not contradicted: its verb and
    its particle (the words between the aligned word before and the preposition) are unstated.

    Args:
        ours, theirs: the claim's and the passage's tokens.
        forward: the alignment, claim token index → passage token index.

    Returns:
        The terms (possibly empty)."""
    found: set[str] = set()
    for i, j in forward.items():
        mine, other = _role(ours, i), _role(theirs, j)
        if mine is None or other is None or mine == other:
            continue
        preposition = next((k for k in range(i - 1, max(-1, i - 2 - _REACH), -1) if ours[k].folded in _ROLES), None)
        if preposition is None:
            continue
        verb = preposition - 1
        while verb >= 0 and ours[verb].word and verb not in forward:
            if key := ours[verb].key:
                found.add(key)
            verb -= 1
    return frozenset(found)
