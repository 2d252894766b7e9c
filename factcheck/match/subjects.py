"""Another doer of the same act: the subject in front of an aligned verb, replaced.

"The Qyzylorda police chief ordered the dismissal of the director" and "the province's governor
had ordered the dismissal of the director" share the verb and all it governs; only the subject
differs, and a bag of words counts the claim's "police chief" as a small share of its weight.
A sentence that gives the act to someone else does not state that the claim's subject did it.

This module reads the subject of an aligned active verb on both sides (the words right before
it, over auxiliaries, adverbs and a quotation mark: 'the family "detained two of them"') and
returns the claim's subject words when the two subjects share no word, each side's words are
absent from the other text, both heads are offices (``lexicon.titles.OFFICES``: "chief",
"governor", "judge") or both bodies (WordNet's noun.group by first sense: "police", "family";
``lexicon/groups.txt``), and WordNet makes them no synonyms. Names are the entity rules': another
name before the same verb is an ``entity`` difference. Other common nouns are left alone:
"the girl" and "the victim", "the boy" and "the child" are one person described twice, and on
the new-user sets (session 26) reading them as two cost true claims on sets B, C, F and the seeds.
The claim's words are then *unstated* by that passage (``Alignment.unattributed``), so that the
claim is at best ``partial`` on its strength: a subject is no detail a paraphrase may drop.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from factcheck.lexicon.antonyms import lemma_candidates
from factcheck.lexicon.noun_kinds import is_group, is_person
from factcheck.lexicon.nouns import is_common_noun
from factcheck.lexicon.titles import OFFICES
from factcheck.lexicon.verbs import is_participle, verb_senses
from factcheck.match.cues import (
    ARTICLES,
    BE_FORMS,
    CALENDAR_NAMES,
    POSSESSIVE_ENDINGS,
    POSSESSIVE_PRONOUNS,
    SPEECH_VERBS,
    Token,
    sentences_of,
)
from factcheck.match.synonyms import synonym_terms

# Between a subject and its verb: auxiliaries (a passive's "was" ends the search: the subject
# is then no doer) and the adverbs of time and degree news prose puts there.
_AUXILIARIES = frozenset("has have had will would did does do can could should must may might".split())
_QUOTES = frozenset('" “ ” « »'.split())
_SUBJECT_WORDS = 3  # a subject's words before its verb: "the Qyzylorda police chief"


def replaced_subjects(ours: Sequence[Token], theirs: Sequence[Token],
                      pairs: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The index terms of the claim's subject words that the passage replaces before the same verb.

    Args:
        ours, theirs: the claim's and the passage's tokens.
        pairs: the alignment, (claim index, passage index) pairs.

    Returns:
        The claim's subject terms (possibly empty) for each aligned active, non-speech verb whose
        two subjects are two offices as the module docstring says."""
    our_keys = {t.key for t in ours if t.key}
    their_keys = {t.key for t in theirs if t.key}
    found: set[str] = set()
    for i, j in _verb_pairs(ours, pairs):
        # Names in a subject ("the Qyzylorda police chief") are the entity rules' to compare.
        mine = [k for k in _subject(ours, i) if not ours[k].capital]
        other = [k for k in _subject(theirs, j) if not theirs[k].capital]
        if not mine or not other:
            continue
        mine_keys = {ours[k].key for k in mine if ours[k].key}
        other_keys = {theirs[k].key for k in other if theirs[k].key}
        if mine_keys & their_keys or other_keys & our_keys:
            continue
        head, other_head = ours[mine[-1]], theirs[other[-1]]
        # Two offices, or two bodies (WordNet's noun.group by first sense: "police" / "the
        # family"); "the girl" / "the victim", "the boy" / "the child" are one person described twice.
        if not ((head.folded in OFFICES and other_head.folded in OFFICES)
                or (is_group(head.folded) and is_group(other_head.folded))):
            continue
        if any(x.key in synonym_terms(y.folded) or y.key in synonym_terms(x.folded)
               for x in (ours[k] for k in mine) for y in (theirs[k] for k in other)):
            continue
        found.update(k for k in mine_keys if k)
    return frozenset(found)


def _verb_pairs(ours: Sequence[Token], pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The aligned pairs whose claim word is a verb of an act, not of speech: lowercase, with a
    WordNet verb sense, not in :data:`SPEECH_VERBS` (whose subject is a speaker, the speaker rules')."""
    return [(i, j) for i, j in pairs if ours[i].word and not ours[i].capital and ours[i].folded not in SPEECH_VERBS
            and verb_senses(ours[i].folded)]


def described_doers(ours: Sequence[Token], theirs: Sequence[Token],
                    pairs: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The index terms of a claim's named doer where the passage has a person it only describes
    before the same verb: "Zagipa Baliyeva appointed a special counsel to take charge of
    Nursultan's case" against 000's "The country's prosecutor general has appointed a special
    counsel to take charge of the case". The passage gives the act to "the prosecutor general";
    whether that is the claim's name it does not say, and a sentence elsewhere that names her
    does not say she did it.

    Args:
        ours, theirs: the claim's and the passage's tokens.
        pairs: the alignment, (claim index, passage index) pairs.

    Returns:
        The name's terms (possibly empty), for each aligned active, non-speech verb whose claim
        subject is a name right before it (over auxiliaries and "-ly" adverbs) and whose passage
        subject (:func:`_subject`) has for its head a person noun (an office, :data:`OFFICES`, or a
        noun.person word of WordNet's: "governor", "mother"), in a passage that has none of the
        name's words.
    """
    their_keys = {t.key for t in theirs if t.key}
    found: set[str] = set()
    for i, j in _verb_pairs(ours, pairs):
        name = _named_subject(ours, i)
        if not name:
            continue
        found |= _described_instead(ours, theirs, name, _subject(theirs, j), their_keys)
    return frozenset(found)


def _described_instead(ours: Sequence[Token], theirs: Sequence[Token], name: list[int], subject: list[int],
                       their_keys: Collection[str | None]) -> set[str]:
    """The terms of the claim's name at ``name`` where the passage's subject at ``subject`` has a
    person noun for its head (an office or a WordNet noun.person word) and the passage has none
    of the name's words; empty otherwise."""
    keys = {ours[k].key for k in name if ours[k].key}
    if not keys or not keys.isdisjoint(their_keys) or not subject:
        return set()
    head = theirs[subject[-1]].folded
    return {k for k in keys if k} if head in OFFICES or is_person(head) else set()


def described_patients(ours: Sequence[Token], theirs: Sequence[Token],
                       pairs: Sequence[tuple[int, int]]) -> frozenset[str]:
    """:func:`described_doers` for a passive on both sides: the claim's named subject of "was
    sentenced" where the passage's is a person it only describes ("Qurmanghazy Musir was
    sentenced to seven years in prison" against 002's "one of the perpetrators was sentenced to
    seven years in prison"). The passage says what was done to someone it describes; whether
    that is the claim's name it does not say.

    Returns:
        The name's terms (possibly empty), in a passage that has none of the name's words."""
    their_keys = {t.key for t in theirs if t.key}
    found: set[str] = set()
    for i, j in _verb_pairs(ours, pairs):
        if not (_passive(ours, i) and _passive(theirs, j)):
            continue
        found |= _described_instead(ours, theirs, _named_subject(ours, i - 1), _subject(theirs, j - 1), their_keys)
    return frozenset(found)


def _passive(tokens: Sequence[Token], v: int) -> bool:
    """Whether the participle at ``v`` follows a form of "be" (a passive: "was sentenced")."""
    return v > 0 and tokens[v - 1].folded in BE_FORMS and is_participle(tokens[v].folded)


def _named_subject(tokens: Sequence[Token], v: int) -> list[int]:
    """The indices of the name right before verb ``v`` (over auxiliaries and "-ly" adverbs), or
    set off by commas right before it: its capitalised words back to the text's start or a word
    that is not one; empty where a lowercase word or a mark comes first, or the name opens no
    clause (a word before it)."""
    k = v - 1
    while k >= 0 and (tokens[k].folded in _AUXILIARIES or (tokens[k].word and tokens[k].folded.endswith("ly")
                                                            and not tokens[k].capital)):
        k -= 1
    # (A name set off by commas in apposition to the subject: "Batyrbekov's lawyer, Qurmanghazy
    # Musir, was sentenced".)
    apposed = k >= 1 and tokens[k].folded == ","
    if apposed:
        k -= 1
    words: list[int] = []
    while k >= 0 and tokens[k].word and tokens[k].capital and tokens[k].key:
        words.append(k)
        k -= 1
    if not words or (k >= 0 and tokens[k].word) or (apposed and (k < 0 or tokens[k].folded != ",")):
        return []  # ("... by Zagipa Baliyeva appointed": the name is no subject there)
    return sorted(words)


def _subject(tokens: Sequence[Token], v: int) -> list[int]:
    """The indices of the content words right before verb ``v`` that are its subject: over
    auxiliaries, "-ly" adverbs and a quotation mark, then lowercase content words (a name's
    capitalised words count only after a lowercase one: "the Qyzylorda police chief"), up to a
    determiner, a possessive's owner or anything else. Empty for a passive, a pronoun, a name,
    or a verb that opens its text."""
    k = v - 1
    while k >= 0 and (tokens[k].folded in _AUXILIARIES or tokens[k].folded in _QUOTES
                      or (tokens[k].word and tokens[k].folded.endswith("ly") and not tokens[k].capital
                          and not is_common_noun(tokens[k].folded))):  # "recently", not "family"
        k -= 1
    if k < 0 or tokens[k].folded in BE_FORMS:
        return []
    words: list[int] = []
    while k >= 0 and len(words) < _SUBJECT_WORDS and tokens[k].word and tokens[k].key \
            and not tokens[k].folded[:1].isdigit() and not tokens[k].folded.endswith(POSSESSIVE_ENDINGS):
        words.append(k)
        k -= 1
    words.reverse()
    if not words or tokens[words[-1]].capital:
        return []
    return words


def moved_subjects(ours: Sequence[Token], theirs: Sequence[Token], pairs: Sequence[tuple[int, int]],
                   anchors: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The index terms of a claim's subject that the passage has after the same verb, with a
    subject of its own before it: "The boy's grandmother took Nursultan to Astana" against
    "Baliyeva took Nursultan, his grandmother and another female relative to the capital,
    Astana". The claim's doer is one of the passage's objects; the passage does not say she
    did it.

    Args:
        ours, theirs: the claim's and the passage's tokens.
        pairs: the alignment, (claim index, passage index) pairs.
        anchors: every aligned pair in order, function words included.

    Returns:
        The claim's subject terms (possibly empty), for an aligned active, non-speech verb whose
        claim subject (:func:`_subject`, a common noun) is aligned after the passage's verb,
        within :data:`_OBJECT_REACH` tokens and no sentence end, where the passage has before
        the verb a subject (a name, or common nouns) that the claim does not have.
    """
    forward = dict(pairs)
    our_keys = {t.key for t in ours if t.key}
    found: set[str] = set()
    # A light verb ("took") has no index term; it is paired here where it stands, in the same
    # form, right before the passage's word for the claim's next one.
    light = {(i, forward[i + 1] - 1) for i in range(len(ours) - 1)
             if i + 1 in forward and forward[i + 1] > 0 and theirs[forward[i + 1] - 1].folded == ours[i].folded}
    for i, j in sorted(set(pairs) | set(anchors) | light):
        verb = ours[i]
        if not _content_verb(verb):
            continue
        mine = _subject(ours, i)
        if not mine or mine[-1] not in forward:
            continue
        moved = forward[mine[-1]]
        if not j < moved <= j + _OBJECT_REACH or any(t.folded in (".", "!", "?") for t in theirs[j:moved]):
            continue
        other = _doer(theirs, j)
        if not other or any(theirs[k].key in our_keys for k in other):
            continue
        found.update(k for m in mine if (k := ours[m].key))
    return frozenset(found)


_OBJECT_REACH = 8  # tokens after a verb within which its objects stand ("took Nursultan, his grandmother and ...")


def demoted_doers(ours: Sequence[Token], theirs: Sequence[Token], pairs: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The index terms of a claim's subject where the passage's doer of the same verb is one of
    the claim's objects: "Police handed the suspects over to the family" against "The family
    handed over the suspects to authorities". The passage says the family did it; the claim
    makes the family the receiver and the police the doer, which the passage does not say.
    (:func:`moved_subjects` is the other way round: the claim's doer is the passage's object.)

    Args:
        ours, theirs: the claim's and the passage's tokens.
        pairs: the alignment, (claim index, passage index) pairs.

    Returns:
        The claim's subject terms (possibly empty), for an aligned active, non-speech verb whose
        passage subject (common nouns or a name, :func:`_doer`) shares no word with the claim's
        subject and has its words in the claim after the verb, within :data:`_OBJECT_REACH`
        tokens of its sentence."""
    found: set[str] = set()
    for i, j in pairs:
        verb = ours[i]
        if not _content_verb(verb):
            continue
        mine = _doer(ours, i) or _opening_noun(ours, i)
        other = _doer(theirs, j) or _opening_noun(theirs, j)
        if not mine or not other:
            continue
        mine_keys = {ours[k].key for k in mine if ours[k].key}
        other_keys = {theirs[k].key for k in other if theirs[k].key}
        if not other_keys or mine_keys & other_keys:
            continue
        after: list[str | None] = []
        for k in range(i + 1, min(len(ours), i + 1 + _OBJECT_REACH)):
            if ours[k].folded in (".", "!", "?", ";"):
                break
            if ours[k].folded == "by":
                after = []  # "the suspects handed over by the Musinov family": a passive's agent, the doer
                break
            after.append(ours[k].key)
        if other_keys <= set(after):
            found.update(k for k in mine_keys if k)
    return frozenset(found)


def named_elsewhere(ours: Sequence[Token], theirs: Sequence[Token], pairs: Sequence[tuple[int, int]],
                    passage: str) -> frozenset[str]:
    """The index terms of a claim's named subject where the passage gives the same verb, in the
    same voice, to a described subject and names the claim's subject elsewhere in that sentence:
    "Baliyeva was kept waiting outside the building" against "Footage showing the lawyer for
    Nursultan's mother being kept waiting outside the building in which the boy, his grandmother
    and Baliyeva were all cooped up". A description beside the name in another role is another
    person; the passage does not say the name's bearer was kept waiting. The name is unstated,
    not contradicted: the passage may still be loosely worded about it.

    Args:
        ours, theirs: the claim's and the passage's tokens.
        pairs: the alignment, (claim index, passage index) pairs.
        passage: the passage's text, for its sentence ends (tokens keep no full stops).

    Returns:
        The claim's subject name terms (possibly empty): a capitalised run right before an
        aligned verb in the same form on both sides (over auxiliaries, "-ly" adverbs and forms of "be"), where the passage's
        words right before its verb, over the same, are common nouns (:func:`_subject`) sharing
        no term with the name, both sides passive or both active, and the name's terms stand in
        the passage's sentence after its verb and not within :data:`_APPOSED` tokens of the
        description."""
    found: set[str] = set()
    for i, j in pairs:
        verb = ours[i]
        if not _content_verb(verb):
            continue
        if theirs[j].folded != verb.folded:
            continue  # the verb in the same form on both sides: "recorded" / "a recording session" is no verb
        k, our_passive = _over_auxiliaries(ours, i)
        m, their_passive = _over_auxiliaries(theirs, j)
        if our_passive != their_passive:
            continue
        if k >= 0 and ours[k].folded == "and":
            # "Baliyeva arrived in Astana on March 16 and was kept waiting": the opening subject's
            k = next((n - 1 for n in range(len(ours)) if not (ours[n].word and ours[n].capital and ours[n].key)), -1)
        name = _name_run_ending(ours, k)
        if not name:
            continue
        keys = {ours[n].key for n in name}
        described = _subject(theirs, m + 1) if m >= 0 else []
        if not described or any(theirs[d].key in keys for d in described):
            continue
        places = [n for n in range(len(theirs)) if theirs[n].key in keys
                  and not _SENTENCE_END.search(passage, *sorted((theirs[n].end, theirs[j].start)))]
        if places and all(n > j and n - described[-1] > _APPOSED for n in places):
            found.update(k for k in keys if k)
    return frozenset(found)


def coordinated_doers(ours: Sequence[Token], theirs: Sequence[Token], pairs: Sequence[tuple[int, int]],
                      passage: str) -> frozenset[str]:
    """The index terms of a claim's named subject where the passage gives the same verb, in a
    predicate joined by "and", to the name that opens its sentence, another one: "Akhmediyarov was
    sentenced for libel in 2019" against "Rather, Batyrbekov received threats for publishing the
    article and was ultimately sentenced for libel in 2019". The passage says who was sentenced,
    and it is not the claim's name (which another sentence of the source may name, pooled beside).

    Args:
        ours, theirs: the claim's and the passage's tokens.
        pairs: the alignment, (claim index, passage index) pairs.
        passage: the passage's text, for its sentence starts (tokens keep no full stops).

    Returns:
        The claim's subject name terms (possibly empty)."""
    return frozenset(key for name, _opening in coordinated_doer_pairs(ours, theirs, pairs, passage)
                     for n in name if (key := ours[n].key))


def coordinated_doer_pairs(ours: Sequence[Token], theirs: Sequence[Token], pairs: Sequence[tuple[int, int]],
                           passage: str) -> list[tuple[list[int], list[int]]]:
    """``(claim name tokens, passage subject tokens)`` for each claim subject of
    :func:`coordinated_doers`: the claim's name and the name that opens the passage's sentence."""
    found: list[tuple[list[int], list[int]]] = []
    our_keys = {t.key for t in ours if t.key}
    their_keys = {t.key for t in theirs if t.key}
    for i, j in pairs:
        if not _content_verb(ours[i]) or not _content_verb(theirs[j]):
            continue
        name = _name_run_ending(ours, _over_auxiliaries(ours, i)[0])
        keys = {ours[n].key for n in name}
        if not name or keys & their_keys:
            continue
        m, _ = _over_auxiliaries(theirs, j)
        if m < 0 or theirs[m].folded != "and":
            continue
        opening = _sentence_subject(theirs, _sentence_start(theirs, passage, m), m)
        if opening and not {theirs[n].key for n in opening} & our_keys:
            found.append((name, opening))
    return found


def _name_run_ending(tokens: Sequence[Token], k: int) -> list[int]:
    """The indices of the capitalised content words that end at ``k`` (a name run read backwards:
    "... Taubai Qadyrbaev" from "Qadyrbaev"); empty when ``tokens[k]`` is none."""
    run = []
    while k >= 0 and tokens[k].word and tokens[k].capital and tokens[k].key:
        run.append(k)
        k -= 1
    return run


def _sentence_start(tokens: Sequence[Token], text: str, k: int) -> int:
    """The index of the first token of the sentence of ``text`` that holds token ``k``."""
    lo = max((lo for lo, _ in sentences_of(text) if lo <= tokens[k].start), default=0)
    return next(n for n in range(k + 1) if tokens[n].start >= lo)


_OPENING_REACH = 4  # words of the noun phrase that opens a claim: "Kazakh police", "The regional police"
_SUBJECT_PRONOUNS = frozenset("he she they it we i".split())


def subject_in_another_sentence(ours: Sequence[Token], theirs: Sequence[Token], pairs: Sequence[tuple[int, int]],
                                passage: str) -> frozenset[str]:
    """The index terms of the phrase that opens a claim as its subject where a two-sentence passage
    has those words only in the sentence without the claim's verb, and the verb's sentence no
    pronoun that could stand for them: "Kazakh police encouraged rape victims to speak out" against
    "... comments condemning the police ... . The way ... according to activist Dina Smailova, who
    recently launched an online campaign ... encouraging rape victims to speak out". The window
    joins words of two statements; neither says the police did it.

    Returns:
        The subject's terms (possibly empty)."""
    if not _SENTENCE_END.search(passage, 0, len(passage.rstrip()) - 1):
        return frozenset()  # one sentence (the cheap test first: most passages are)
    bounds = [hi for _, hi in sentences_of(passage)[:-1]]
    if not bounds:
        return frozenset()
    forward = dict(pairs)
    subject: list[int] = []
    verb = None
    for k, t in enumerate(ours):
        if not t.word:
            return frozenset()
        if t.folded in ARTICLES and not subject:
            continue
        if subject and _content_verb(t) and is_participle(t.folded):
            verb = k  # a past form: "police" and "attacks" may be verbs too
            break
        if not t.key or len(subject) >= _OPENING_REACH:
            return frozenset()
        subject.append(k)
    if verb is None or verb not in forward or not any(k in forward for k in subject) or ours[subject[-1]].capital:
        # (A named subject may be the description the verb's own sentence gives: "Gulbadar Musinova
        # posted a video appeal" / "... Musinova ... . The 30-year-old victim's mother posted a
        # video appeal": only a common noun's is looked for.)
        return frozenset()

    def sentence(j: int) -> int:
        return sum(1 for b in bounds if b <= theirs[j].start)

    where = sentence(forward[verb])
    if any(sentence(forward[k]) == where for k in subject if k in forward):
        return frozenset()
    if any(t.folded in _SUBJECT_PRONOUNS for j, t in enumerate(theirs) if sentence(j) == where and j < forward[verb]):
        return frozenset()  # "... Batyrbekov wrote ... . He was sentenced ...": "he" may be the claim's subject
    return frozenset(key for k in subject if (key := ours[k].key))


def named_subject_in_another_sentence(ours: Sequence[Token], theirs: Sequence[Token],
                                      pairs: Sequence[tuple[int, int]], passage: str) -> frozenset[str]:
    """The index terms of the name that opens a claim as its subject where a two-sentence passage
    has that name only in the sentence without the claim's verb, and the verb's sentence gives the
    verb to another name right before it: "Arla sank in 1912" against "Her sister ship, the Brisa,
    sank in 1912 off the coast of Gotland. The Arla herself was scrapped in 1931." The window joins
    the sister ship's fate to the ship's name; no sentence says the Arla sank. (The common-noun
    subject is :func:`subject_in_another_sentence`'s; a description in the verb's sentence, "the
    victim's mother posted", may be the named person, another name may not.)

    Returns:
        The claim's name terms (possibly empty)."""
    if not _SENTENCE_END.search(passage, 0, len(passage.rstrip()) - 1):
        return frozenset()
    bounds = [hi for _, hi in sentences_of(passage)[:-1]]
    if not bounds:
        return frozenset()
    k = 1 if ours and ours[0].folded in ARTICLES else 0
    name = []
    while k < len(ours) and ours[k].word and ours[k].capital and ours[k].key:
        name.append(k)
        k += 1
    while k < len(ours) and ours[k].folded in _AUXILIARIES:
        k += 1
    forward = dict(pairs)
    if not name or k >= len(ours) or not _content_verb(ours[k]) or k not in forward \
            or not any(n in forward for n in name):
        return frozenset()

    def sentence(j: int) -> int:
        return sum(1 for b in bounds if b <= theirs[j].start)

    verb = forward[k]
    where = sentence(verb)
    if any(sentence(forward[n]) == where for n in name if n in forward):
        return frozenset()
    keys = {ours[n].key for n in name}
    other = _named_doer(theirs, verb) or _thing_doer(theirs, verb)
    if not other or {theirs[n].key for n in other} & keys or sentence(other[0]) != where:
        return frozenset()
    return frozenset(key for n in name if (key := ours[n].key))


def _thing_doer(tokens: Sequence[Token], v: int) -> list[int]:
    """The common noun right before a participle ``v`` in "-ing" that it heads, where the noun
    names no person and no group ("comments condemning the police"): the participle's doer, which
    no name of another sentence can be (a person noun, "the victim's mother posted", may be the
    claim's named person). Empty otherwise."""
    k = v - 1
    if not tokens[v].folded.endswith("ing") or k < 0 or not tokens[k].word or tokens[k].capital or not tokens[k].key:
        return []
    word = tokens[k].folded
    # (Not a noun that is a verb's base form, "the girls' report", which may be a verb itself.)
    if not is_common_noun(word) or is_person(word) or is_group(word) or (verb_senses(word) and not word.endswith("s")):
        return []
    return [k]


def _named_doer(tokens: Sequence[Token], v: int) -> list[int]:
    """The name right before verb ``v`` as its subject, over auxiliaries and "-ly" adverbs, or as
    an apposition closed by a comma ("Her sister ship, the Brisa, sank"); empty when none, or
    when the name is a calendar word or the first word of its sentence alone ("Police said")."""
    k = v - 1
    while k >= 0 and (tokens[k].folded in _AUXILIARIES or tokens[k].folded in _QUOTES
                      or (tokens[k].word and tokens[k].folded.endswith("ly") and not tokens[k].capital)):
        k -= 1
    if k >= 0 and tokens[k].folded == ",":
        k -= 1
    run = _name_run_ending(tokens, k)
    if not run or any(tokens[n].folded in CALENDAR_NAMES for n in run):
        return []
    first = min(run)
    if len(run) == 1 and (first == 0 or tokens[first - 1].folded in (".", "!", "?")) and is_common_noun(tokens[first].folded):
        return []
    return sorted(run)


def coordinated_claim_verbs(ours: Sequence[Token], theirs: Sequence[Token],
                            pairs: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The index terms of a claim verb in a predicate joined by "and" to its named subject's first
    one ("Smailova heads the NeMolchi.kz foundation and lives in Almaty"), where the passage gives
    the same verb to another doer right before it ("Almaty, where Nursultan's mother lives"): the
    passage says someone else does it, so it does not state the claim's verb, whatever another
    sentence pooled beside says of the subject.

    Returns:
        The verb terms (possibly empty)."""
    opening = []
    k = 0
    while k < len(ours) and ours[k].word and ours[k].capital and ours[k].key:
        opening.append(k)
        k += 1
    if not opening or k >= len(ours) or not _content_verb(ours[k]):
        return frozenset()
    subject = {ours[m].key for m in opening}
    found = set()
    for i, j in pairs:
        if i <= k + 1 or not _content_verb(ours[i]) or not _content_verb(theirs[j]):
            continue
        before, _ = _over_auxiliaries(ours, i)
        if before < 0 or ours[before].folded != "and":
            continue
        doer = _subject(theirs, j) or _possessor_and_noun(theirs, j)
        if doer and not {theirs[m].key for m in doer} & subject:
            found.add(ours[i].key)
    return frozenset(k for k in found if k)


def _possessor_and_noun(tokens: Sequence[Token], v: int) -> list[int]:
    """"Nursultan's mother" right before verb ``v`` (a possessive owner and its noun), which
    :func:`_subject` leaves out; empty otherwise."""
    if v < 2 or not tokens[v - 1].word or tokens[v - 1].capital or not tokens[v - 1].key:
        return []
    owner = tokens[v - 2]
    return [v - 2, v - 1] if owner.word and owner.folded.endswith(POSSESSIVE_ENDINGS) else []


def _sentence_subject(tokens: Sequence[Token], start: int, stop: int) -> list[int]:
    """The name that opens a sentence as its subject, over an opening adverb and its comma
    ("Rather, Batyrbekov received ..."): a capitalised run right before a content verb (over
    auxiliaries), before ``stop``; empty otherwise."""
    k = start
    if k + 1 < stop and not tokens[k + 1].word and tokens[k + 1].folded == ",":
        k += 2  # "Rather, ...", "Eventually, ..."
    run = []
    while k < stop and tokens[k].word and tokens[k].capital and tokens[k].key:
        run.append(k)
        k += 1
    while k < stop and (tokens[k].folded in _AUXILIARIES or tokens[k].folded in BE_FORMS):
        k += 1
    return run if run and k < stop and _content_verb(tokens[k]) else []


_SENTENCE_END = re.compile(r"[.!?]")
_APPOSED = 4  # tokens within which a name set beside a description may say who it is ("the mother, Gulbadar")


def _over_auxiliaries(tokens: Sequence[Token], v: int) -> tuple[int, bool]:
    """The index of the first token before verb ``v`` that is no auxiliary, "-ly" adverb or form
    of "be", and whether a form of "be" was among them (a passive)."""
    k, passive = v - 1, False
    while k >= 0 and (tokens[k].folded in _AUXILIARIES or tokens[k].folded in BE_FORMS
                      or (tokens[k].word and tokens[k].folded.endswith("ly") and not tokens[k].capital
                          and not is_common_noun(tokens[k].folded))):
        passive = passive or tokens[k].folded in BE_FORMS
        k -= 1
    return k, passive


def _opening_noun(tokens: Sequence[Token], v: int) -> list[int]:
    """A common noun that opens the text right before verb ``v`` ("Police handed ..."), which
    :func:`_doer` leaves out as a capitalised first word that may be no name."""
    return [0] if v == 1 and tokens[0].word and tokens[0].key and is_common_noun(tokens[0].folded) else []


def _doer(tokens: Sequence[Token], v: int) -> list[int]:
    """The subject words right before verb ``v``: common nouns (:func:`_subject`) or a name,
    over auxiliaries and "-ly" adverbs; empty for a passive or a pronoun."""
    words = _subject(tokens, v)
    if words:
        return words
    k = _before_adverbs(tokens, v)
    run = []
    while k >= 0 and tokens[k].word and tokens[k].capital and tokens[k].key:
        run.append(k)
        k -= 1
    # (A capitalised word that opens its sentence alone may be no name: "Later, ...".)
    return sorted(run) if run and (k >= 0 or len(run) > 1) else []


def _before_adverbs(tokens: Sequence[Token], v: int) -> int:
    """The index of the first token before verb ``v`` that is no auxiliary and no lower-case
    "-ly" adverb ("Zhapisheva immediately turned"), or -1."""
    k = v - 1
    while k >= 0 and (tokens[k].folded in _AUXILIARIES or (tokens[k].word and tokens[k].folded.endswith("ly")
                                                           and not tokens[k].capital)):
        k -= 1
    return k


_COPULAS = frozenset("is was are were".split())


def other_bearers(ours: Sequence[Token], theirs: Sequence[Token],
                  pairs: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The index terms of a name the claim says something is, where the passage says it of
    another name: "Uralskaya Nedelya is a popular newspaper in the Atyrau region" against 001's
    "A popular newspaper in the Atyrau region, Ak Zhaiyk is one of the few independent voices".

    The claim opens with a name and a copula ("X is ..."); two or more of the predicate's words,
    and most of them, align in the passage, where a name stands beside them as their subject or
    apposition ("..., Y", "Y, ...", "Y is ..."). X is nowhere in the passage and Y nowhere in
    the claim. An indefinite description ("a popular newspaper") may fit both, so X is only
    unstated by the passage, not contradicted.

    Args:
        ours, theirs: the claim's and the passage's tokens.
        pairs: the alignment, (claim index, passage index) pairs.

    Returns:
        The terms of X (possibly empty)."""
    copula = next((c for c, t in enumerate(ours) if t.folded in _COPULAS), None)
    if copula is None:
        return frozenset()
    start = 1 if ours and ours[0].folded == "the" else 0
    name = range(start, copula)
    if not name or not all(ours[k].word and ours[k].capital and ours[k].key for k in name):
        return frozenset()
    forward = dict(pairs)
    predicate = [k for k in range(copula + 1, len(ours)) if ours[k].word and ours[k].key]
    aligned = [forward[k] for k in predicate if k in forward]
    if len(aligned) < 2 or 2 * len(aligned) <= len(predicate):
        return frozenset()
    their_keys = {t.key for t in theirs if t.key}
    mine = {ours[k].key for k in name if ours[k].key}
    if mine & their_keys:
        return frozenset()
    lo, hi = min(aligned), max(aligned)
    bearer = (_name_after(theirs, hi + 1) if _opens_sentence(theirs, lo) else []) or _name_before(theirs, lo)
    if not bearer or {theirs[k].key for k in bearer} & {t.key for t in ours if t.key}:
        return frozenset()
    return frozenset(k for k in mine if k)


def _opens_sentence(tokens: Sequence[Token], k: int) -> bool:
    """Whether the phrase at ``k`` opens its sentence, over a determiner and one more word ("A
    popular newspaper ..."): a fronted apposition, not the end of a clause before the subject
    of the next ("... in the ethnically sprawling, mostly Muslim country of around 18 million,
    Gulbadar Musinova took to YouTube")."""
    m, words = k - 1, 0
    while m >= 0 and tokens[m].word and (tokens[m].folded in ("a", "an", "the") or words < 1):
        words += tokens[m].folded not in ("a", "an", "the")
        m -= 1
    return m < 0 or tokens[m].folded in (".", "!", "?")


def _name_after(tokens: Sequence[Token], k: int) -> list[int]:
    """A name right after ``k``'s comma: "..., Ak Zhaiyk"."""
    if k >= len(tokens) or tokens[k].folded != ",":
        return []
    run = []
    for m in range(k + 1, len(tokens)):
        if not (tokens[m].word and tokens[m].capital and tokens[m].key):
            break
        run.append(m)
    return run


def _name_before(tokens: Sequence[Token], k: int) -> list[int]:
    """A name right before ``k`` as a subject or an apposition: "Y is ...", "Y, ...", over a
    determiner ("Y is a ...", "Y, a ...")."""
    m = k - 1
    while m >= 0 and tokens[m].folded in ("a", "an", "the", "one", "of"):
        m -= 1
    if m < 0 or not (tokens[m].folded == "," or tokens[m].folded in _COPULAS):
        return []
    run = []
    for n in range(m - 1, -1, -1):
        if not (tokens[n].word and tokens[n].capital and tokens[n].key):
            break
        run.append(n)
    return sorted(run)


def _content_verb(verb: Token) -> bool:
    """Whether a token is a verb that states what happened: a lower-case WordNet verb form, no
    speech verb, no form of "be" and no auxiliary."""
    return verb.word and not verb.capital and verb.folded not in SPEECH_VERBS and verb.folded not in BE_FORMS \
        and verb.folded not in _AUXILIARIES and bool(verb_senses(verb.folded))


# Between a verb's object and a second predicate that shares the first one's subject: "beat up
# the young woman's relative, Rustam, then forced Zhibek into a car".
_CHAIN_LINKS = frozenset(", then and later".split())
_OBJECT_PHRASE_REACH = 6  # words of an object's noun phrase before its name: "the young woman's relative,"


def objects_made_doers(ours: Sequence[Token], theirs: Sequence[Token],
                       pairs: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The index terms of a claim's named subject where the passage has that name as the object of
    an earlier verb whose predicate goes on, with the claim's verb, for the earlier verb's own
    doer: "Rustam ... forced her into a car" against "they beat up the young woman's relative,
    Rustam, then forced Zhibek into a car". The passage says Rustam was beaten, not that he
    forced anyone (the doer of both verbs is "they").

    Args:
        ours, theirs: the claim's and the passage's tokens.
        pairs: the alignment, (claim index, passage index) pairs.

    Returns:
        The claim's subject name terms (possibly empty)."""
    found: set[str] = set()
    for i, j in pairs:
        if not _content_verb(ours[i]) or not _content_verb(theirs[j]):
            continue
        name = _subject_name(ours, _over_auxiliaries(ours, i)[0])
        keys = {ours[n].key for n in name}
        if not keys:
            continue
        # The passage's tokens right before its verb: links, and the claim's name.
        k = j - 1
        while k >= 0 and theirs[k].folded in _CHAIN_LINKS:
            k -= 1
        run = _name_run_ending(theirs, k)
        if not run or not {theirs[n].key for n in run} <= keys or not any(theirs[m].folded in _CHAIN_LINKS
                                                                          for m in range(k + 1, j)):
            continue
        if _object_of_verb(theirs, min(run)):
            found.update(key for key in keys if key)
    return frozenset(found)


def doers_made_objects(ours: Sequence[Token], theirs: Sequence[Token],
                       pairs: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The index terms of a claim's subject where the passage's doer of the same active verb is
    what the claim puts after that verb: "The victim threatened to kill one of the girls in the
    group" against "... after one of the girls in the group threatened to kill her". The words
    before the passage's verb (its subject, :func:`_subject`, or a name run) are all aligned with
    claim words after the claim's verb, and none of the claim's subject words with them: the
    passage says the claim's object did it, not the claim's subject. (The two common nouns are
    not compared as words, which this module leaves alone: it is their places that are
    exchanged. A participle with its agent, "The suspects handed over by the Musinov family", is
    a passive: its noun is done to, not doing.)

    Args:
        ours, theirs: the claim's and the passage's tokens.
        pairs: the alignment, (claim index, passage index) pairs.

    Returns:
        The claim's subject terms (possibly empty)."""
    backward = {j: i for i, j in pairs}
    found: set[str] = set()
    for i, j in pairs:
        if not _content_verb(ours[i]) or not _content_verb(theirs[j]):
            continue
        k, passive = _over_auxiliaries(ours, i)
        kp, their_passive = _over_auxiliaries(theirs, j)
        if passive or their_passive or k < 0 or kp < 0 or _agent_follows(ours, i) or _agent_follows(theirs, j):
            continue
        mine = _subject(ours, i) or _name_run_ending(ours, k)
        doer = _subject(theirs, j) or _name_run_ending(theirs, kp) or _relative_doer(theirs, j)
        if not mine or not doer or not all(m in backward and backward[m] > i for m in doer):
            continue
        if any(backward.get(m) in mine for m in doer):
            continue
        before = min(doer) - 1
        while before >= 0 and theirs[before].folded in _DETERMINERS:
            before -= 1  # over "his" of "and his grandmother"
        if before >= 1 and theirs[before].folded == "and" and backward.get(before - 1) in mine:
            continue  # "Nursultan and his grandmother live" / "Nursultan lives with his grandmother": one pair, two ways
        if _object_of_preposition(ours, min(mine)):
            continue  # "In a note sent the day after the complaint": a noun a participle describes, no doer
        found.update(key for m in mine if (key := ours[m].key))
    return frozenset(found)


_NOUN_PREPOSITIONS = frozenset("in on at with by for from of into to under after before".split())


def _object_of_preposition(tokens: Sequence[Token], start: int) -> bool:
    """Whether the noun phrase starting at ``start`` (over its articles) is a preposition's
    object ("In a note sent ..."): a verb after it describes it, it does not do it."""
    k = start - 1
    while k >= 0 and tokens[k].folded in ARTICLES:
        k -= 1
    return k >= 0 and tokens[k].folded in _NOUN_PREPOSITIONS


def _relative_doer(tokens: Sequence[Token], v: int) -> list[int]:
    """The content words of the noun phrase a relative clause's "who" (or "that", "which")
    stands for, where it is verb ``v``'s subject: 'a counselor at school who "yelled at her"' ->
    counselor, school (a prepositional phrase after the head kept with it). Empty where no
    relative pronoun stands right before the verb, over auxiliaries and a quotation mark."""
    k = v - 1
    while k >= 0 and (tokens[k].folded in _AUXILIARIES or tokens[k].folded in _QUOTES):
        k -= 1
    if k < 1 or tokens[k].folded not in ("who", "that", "which"):
        return []
    words: list[int] = []
    m = k - 1
    while m >= 0 and k - m <= _RELATIVE_ANTECEDENT and tokens[m].word and not tokens[m].capital:
        if tokens[m].key and not tokens[m].folded[:1].isdigit():
            words.append(m)
        elif tokens[m].folded not in _ANTECEDENT_PREPOSITIONS or not words:
            break
        m -= 1
    return sorted(words)


_RELATIVE_ANTECEDENT = 5  # tokens of the phrase before "who": "a counselor at school"
_ANTECEDENT_PREPOSITIONS = frozenset("at in of from on".split())


def _agent_follows(tokens: Sequence[Token], v: int) -> bool:
    """Whether "by" follows a verb within a particle ("The suspects handed over by the Musinov
    family"): a participle with its agent, a passive without "be", whose subject is no doer."""
    return any(tokens[m].folded == "by" for m in range(v + 1, min(v + 3, len(tokens))))


def _subject_name(tokens: Sequence[Token], k: int) -> list[int]:
    """The name run ending at ``k`` (the token before a verb, over auxiliaries), or, where ``k``
    closes an apposition ("Rustam, the relative who was accompanying Zhibek, forced"), the name
    run before the apposition's opening comma."""
    if k >= 0 and tokens[k].folded == ",":
        opening = next((m for m in range(k - 1, max(-1, k - 12), -1) if tokens[m].folded == ","), None)
        return _name_run_ending(tokens, opening - 1) if opening is not None else []
    return _name_run_ending(tokens, k)


def _object_of_verb(tokens: Sequence[Token], k: int) -> bool:
    """Whether the name that starts at ``k`` follows a verb as its object, directly ("beat up
    Rustam") or as the apposition of the verb's object noun phrase, which opens with a
    determiner ("beat up the young woman's relative, Rustam")."""
    m = k - 1
    if m >= 0 and tokens[m].folded == ",":
        opener = next((n for n in range(m - 1, max(-1, m - 1 - _OBJECT_PHRASE_REACH), -1)
                       if not tokens[n].word or tokens[n].capital or tokens[n].folded in _DETERMINERS), None)
        if opener is None or tokens[opener].folded not in _DETERMINERS:
            return False
        m = opener - 1
    while m >= 0 and tokens[m].folded in _PARTICLES:
        m -= 1
    return m >= 0 and _content_verb(tokens[m])


_DETERMINERS = ARTICLES | POSSESSIVE_PRONOUNS
_PARTICLES = frozenset("up down out off over away back".split())


def one_named_for_many(ours: Sequence[Token], theirs: Sequence[Token],
                       pairs: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The index terms of a claim's plural subject where the passage's doer of the same verb is
    one name the claim does not have: "The Village's editors turned off their phones" against
    001's "Zhapisheva immediately turned off her phone and appealed to the authorities". Many
    people are not one; the passage says who did it, and it is not the claim's subject (whatever
    another sentence says of the editors).

    Args:
        ours, theirs: the claim's and the passage's tokens.
        pairs: the alignment, (claim index, passage index) pairs.

    Returns:
        The claim's subject terms (possibly empty)."""
    our_keys = {t.key for t in ours if t.key}
    their_keys = {t.key for t in theirs if t.key}
    found: set[str] = set()
    for i, j in pairs:
        if not _content_verb(ours[i]) or not _content_verb(theirs[j]):
            continue
        mine = [k for k in _subject(ours, i) if not ours[k].capital]
        if not mine or not _plural(ours[mine[-1]].folded) or any(ours[k].key in their_keys for k in mine):
            continue
        doer = _doer(theirs, j) or _opening_name(theirs, j)
        if not doer or not all(theirs[k].capital for k in doer) or any(theirs[k].key in our_keys for k in doer) \
                or (doer[0] > 0 and theirs[doer[0] - 1].folded in ("and", "&", ",")):
            continue  # (a list of names, "Zhapisheva and her editor", may be the claim's many)
        found.update(key for k in mine if (key := ours[k].key))
    return frozenset(found)


def _opening_name(tokens: Sequence[Token], v: int) -> list[int]:
    """A one-word name that opens the text right before verb ``v`` (over auxiliaries and "-ly"
    adverbs: "Zhapisheva immediately turned off ..."), which :func:`_doer` leaves out as a
    capitalised first word that may be no name: here only a word WordNet knows as no common noun
    and no verb."""
    k = _before_adverbs(tokens, v)
    if k != 0 or not (tokens[0].word and tokens[0].capital and tokens[0].key):
        return []
    word = tokens[0].folded
    return [] if is_common_noun(word) or verb_senses(word) else [0]


def _plural(word: str) -> bool:
    """Whether a common noun is plural: WordNet has a singular of it ("editors": "editor",
    "children": "child"), or it is "people"."""
    return word == "people" or (word.endswith(("s", "en")) and any(
        lemma != word and is_common_noun(lemma) for lemma in lemma_candidates(word, "n")))


_REFLEXIVES = frozenset("himself herself itself themselves".split())
_PATIENT_WORDS = 6  # words of the noun phrase after a nominalisation's "of": "the director and other staff"


def nominal_patients(ours: Sequence[Token], theirs: Sequence[Token],
                     pairs: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The index terms of a claim's passive subject where the passage says the same act as a noun
    whose "of" names another patient: "the governor himself had been dismissed" against "the
    province's governor had ordered the dismissal of the director and other staff". The
    passage's dismissal is the director's, not the governor's; the claim makes the one who
    ordered it the one it was done to. (A nominalisation's "of" phrase is its patient: Quirk et
    al. 1985, §17.54.)

    Args:
        ours, theirs: the claim's and the passage's tokens.
        pairs: the alignment, (claim index, passage index) pairs.

    Returns:
        The claim's subject terms (possibly empty), where the passage's "of" phrase shares none
        of them."""
    found: set[str] = set()
    for i, j in pairs:
        if not ours[i].word or not is_participle(ours[i].folded) or theirs[j].folded == ours[i].folded \
                or is_participle(theirs[j].folded) or verb_senses(theirs[j].folded):
            continue
        k, passive = _over_auxiliaries(ours, i)
        if not passive or j + 2 >= len(theirs) or theirs[j + 1].folded != "of":
            continue
        subject: list[int] = []
        while k >= 0 and len(subject) < _SUBJECT_WORDS + 1 and ours[k].word \
                and (ours[k].key or ours[k].folded in _REFLEXIVES):
            subject.append(k)
            k -= 1
        patient: list[int] = []
        for m in range(j + 2, min(len(theirs), j + 2 + _PATIENT_WORDS)):
            if not theirs[m].word:
                break
            patient.append(m)
        mine = {key for n in subject if (key := ours[n].key)}
        theirs_keys = {key for m in patient if (key := theirs[m].key)}
        if mine and theirs_keys and not mine & theirs_keys:
            found |= mine
    return frozenset(found)
