"""Another doer of the same act: the subject in front of an aligned verb, replaced.

"The Qyzylorda police chief ordered the dismissal of the director" and "the province's governor
had ordered the dismissal of the director" share the verb and all it governs; only the subject
differs, and a bag of words counts the claim's "police chief" as a small share of its weight.
A sentence that gives the act to someone else does not state that the claim's subject did it.

This module reads the subject of an aligned active verb on both sides (the words right before
it, over auxiliaries, adverbs and a quotation mark: 'the family "detained two of them"') and
returns the claim's subject words when the two subjects share no word, each side's words are
absent from the other text, both heads are offices (``lexicon.titles.OFFICES``: "chief",
"governor", "judge"; names are the entity rules': another name before the same verb is an
``entity`` difference) and WordNet makes them no synonyms. Other common nouns are left alone:
"the girl" and "the victim", "the boy" and "the child" are one person described twice, and on
the new-user sets (session 26) reading them as two cost true claims on sets B, C, F and the seeds.
The claim's words are then *unstated* by that passage (``Alignment.unattributed``), so that the
claim is at best ``partial`` on its strength: a subject is no detail a paraphrase may drop.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.lexicon.titles import OFFICES
from factcheck.lexicon.verbs import verb_senses
from factcheck.match.cues import SPEECH_VERBS, Token
from factcheck.match.synonyms import synonym_terms

# Between a subject and its verb: auxiliaries (a passive's "was" ends the search: the subject
# is then no doer) and the adverbs of time and degree news prose puts there.
_AUXILIARIES = frozenset("has have had will would did does do can could should must may might".split())
_PASSIVE = frozenset("is are was were be been being".split())
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
    for i, j in pairs:
        verb = ours[i]
        if not verb.word or verb.capital or verb.folded in SPEECH_VERBS or not verb_senses(verb.folded):
            continue
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
        if not (head.folded in OFFICES and other_head.folded in OFFICES):
            continue  # "the girl" / "the victim", "the boy" / "the child": one person described twice
        if any(x.key in synonym_terms(y.folded) or y.key in synonym_terms(x.folded)
               for x in (ours[k] for k in mine) for y in (theirs[k] for k in other)):
            continue
        found.update(k for k in mine_keys if k)
    return frozenset(found)


def _subject(tokens: Sequence[Token], v: int) -> list[int]:
    """The indices of the content words right before verb ``v`` that are its subject: over
    auxiliaries, "-ly" adverbs and a quotation mark, then lowercase content words (a name's
    capitalised words count only after a lowercase one: "the Qyzylorda police chief"), up to a
    determiner, a possessive's owner or anything else. Empty for a passive, a pronoun, a name,
    or a verb that opens its text."""
    k = v - 1
    while k >= 0 and (tokens[k].folded in _AUXILIARIES or tokens[k].folded in _QUOTES
                      or (tokens[k].word and tokens[k].folded.endswith("ly") and not tokens[k].capital)):
        k -= 1
    if k < 0 or tokens[k].folded in _PASSIVE:
        return []
    words: list[int] = []
    while k >= 0 and len(words) < _SUBJECT_WORDS and tokens[k].word and tokens[k].key \
            and not tokens[k].folded[:1].isdigit() and not tokens[k].folded.endswith(("'s", "’s")):
        words.append(k)
        k -= 1
    words.reverse()
    if not words or tokens[words[-1]].capital:
        return []
    return words
