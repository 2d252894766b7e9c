"""A word that qualifies what the claim states, which the passage leaves out or says otherwise.

"The country's regional prosecutor appointed a special counsel" is not what "The country's
prosecutor general has appointed a special counsel" says, nor is "Nursultan was a poor pupil"
what "Nursultan was a model pupil" says, though a bag of weighted words finds almost every word
of the claim in each. The word that differs stands right before a word both sides share, the
place of a pre-modifier (an adjective, an adverb, a noun that says which kind: Huddleston &
Pullum 2002, *The Cambridge Grammar of the English Language*, ch. 5 and 6), and the passage has
nothing there, or another word that WordNet relates to it in no way. Such a word is *unstated*
by that passage (``Alignment.unattributed``): it is what the claim adds, and the claim is at
best ``partial`` unless another sentence of the same support states it.

Words that only frame a statement are not qualifiers here: hedges ("alleged", "reportedly":
the claim then says less than the source), negations, quantifiers and temporal order (compared
by the alignment's own rules), values, names (capitalised), and discourse adverbs ("also",
"still", "then").
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.lexicon.adjectives import same_cluster
from factcheck.lexicon.noun_kinds import is_group, kin_lemma
from factcheck.lexicon.nouns import is_common_noun
from factcheck.lexicon.titles import OFFICES
from factcheck.lexicon.verbs import verb_relation, verb_senses
from factcheck.match.cues import (
    ADVERB_HEDGES,
    ARTICLES,
    HEDGE_WORDS,
    NEGATION_WORDS,
    POSSESSIVE_ENDINGS,
    QUANTIFIER_ADVERBS,
    QUANTIFIERS,
    QUOTE_MARKS,
    TEMPORAL_ORDER,
    Token,
)
from factcheck.match.synonyms import synonym_terms

# Adverbs that place a statement in a discourse, not in the world (Huddleston & Pullum 2002,
# ch. 8 "connective adjuncts" and aspectual "still", "already").
DISCOURSE_ADVERBS = frozenset("also still then now just even already again however finally eventually "
                              "ultimately later soon meanwhile too".split())
# Determiners that say which one, not what kind ("another nomination", "other children").
_DETERMINERS = frozenset("another other such certain various".split())
_FRAMING = DISCOURSE_ADVERBS | _DETERMINERS | HEDGE_WORDS | ADVERB_HEDGES | NEGATION_WORDS | QUANTIFIERS \
    | frozenset(QUANTIFIER_ADVERBS) | frozenset(TEMPORAL_ORDER)


_UNIVERSALS = frozenset("all every each".split())  # words that say a statement holds without exception
_GAP = 2  # claim modifiers in a row before a head; the passage's gap may be one word longer ("the country's security")
Qualifier = tuple[str, str, str]  # (the claim word's index term, the word folded, the next word folded)


def unstated_qualifiers(ours: Sequence[Token], theirs: Sequence[Token],
                        anchors: Sequence[tuple[int, int]]) -> tuple[Qualifier, ...]:
    """The index terms of claim words before an aligned content word that the passage leaves out
    ("regional" in "The country's regional prosecutor" / "The country's prosecutor general") or
    says another, unrelated word in place of ("poor" in "was a poor pupil" / "was a model pupil").

    Args:
        ours, theirs: the claim's and the passage's tokens (:func:`factcheck.match.cues.tokenize`).
        anchors: every aligned ``(claim index, passage index)`` pair, function words included.

    Returns:
        ``(term, word, next word)`` for each such claim word (possibly none): the next word is
        the one it qualifies, so that a source that says the two together elsewhere ("a local
        doctor") states it. Only where the words right before and right after the claim's word
        are aligned, in order, with the passage's words around the gap; and only when the
        claim's word is nowhere in the passage, nor any passage word a WordNet synonym of it. A
        noun qualifies only a noun that is no verb ("a poor pupil", "the game timer"): before a
        verb it is the verb's subject ("the boy still lived" / "the child still lives").
    """
    placed = dict(anchors)
    their_keys = {t.key for t in theirs if t.key}
    our_keys: set[str | None] = {t.key for t in ours if t.key}
    found: list[Qualifier] = []
    for i in range(1, len(ours) - 1):
        t = ours[i]
        if t.folded == "only" and i not in placed:
            # "under pressure only from the authorities" / "from both the authorities and local
            # elites": the passage adds another to what the claim says is the only one.
            near = next((placed[k] for k in range(i + 1, min(len(ours), i + 4)) if k in placed and ours[k].key), None)
            if near is not None and _joined_with_another(theirs, near, our_keys):
                found.append(("only", "only", ours[i + 1].folded))
            elif near is not None and ours[i - 1].folded == "the" and not any(u.folded in _EXCLUSIVE for u in theirs):
                # "the only journalist to report the story" / "The story was first reported by local
                # journalist Amangeldy Batyrbekov": that no one else did is the claim's own.
                found.append(("only", "only", ours[i + 1].folded))
            continue
        if t.folded in _UNIVERSALS and i + 1 in placed and ours[i + 1].word:
            # "the suspension of all police and education officials" / "of local police and ...":
            # where the passage restricts the same word with a modifier of its own, the claim's
            # universal is the claim's own. A bare plural ("segregation in public schools") may
            # mean them all; a quantifier or a count in its place is the alignment's to compare.
            j = placed[i + 1]
            modifier = theirs[j - 1] if j > 0 else None
            if modifier is not None and modifier.word and modifier.key and not modifier.capital \
                    and modifier.key not in our_keys and modifier.folded not in QUANTIFIERS \
                    and not modifier.folded[:1].isdigit() and not verb_senses(modifier.folded):
                found.append((t.folded, t.folded, ours[i + 1].folded))
            continue
        # (A possessor is compared in its place even where the passage has the word elsewhere:
        # "the mother's arrival ... as the ombudswoman appeared intent on delaying access".)
        possessor = t.folded.endswith(POSSESSIVE_ENDINGS)
        if not _qualifier(t) or (not possessor and (i in placed or t.key in their_keys)):
            continue
        head, before = ours[i + 1], placed.get(i - 1)
        after = placed.get(i + 1)
        if before is None and after is not None and not possessor and ours[i - 1].folded.endswith(POSSESSIVE_ENDINGS) \
                and after >= 2 and theirs[after - 1].word \
                and (theirs[after - 1].key is None or not theirs[after - 2].word or not theirs[after - 2].key):
            # The claim's possessor is not in the passage ("Kazakhstan's national authorities" /
            # "..., regional authorities in the Almaty region"): the qualifier is compared with
            # the one word the passage has before the head, after a function word or none.
            before = after - 1 if theirs[after - 1].key is None else after - 2
        if before is None and after is not None and not possessor and ours[i - 1].folded in ARTICLES \
                and after >= 2 and theirs[after - 2].folded in ARTICLES and theirs[after - 1].word \
                and theirs[after - 1].key and not theirs[after - 1].capital:
            # An article opens both noun phrases, each with one modifier before the same head,
            # though the clauses around them were told in another order and their function
            # words left unpaired ("Nursultan was an unruly pupil before ..." / "Before ...,
            # Nursultan was a model pupil"): the article stands for the aligned word before.
            before = after - 2
        gap: list[Token] | None = None
        if before is None and after is not None and not possessor:
            # Two modifiers in a row ("by foreign intelligence services" / "by the country's
            # security services"): the last is compared with the passage's words between the
            # same aligned words, each of which must be another word.
            start = i - 1
            while start > 0 and start not in placed and i - start < _GAP and ours[start].word:
                start -= 1
            if start in placed and placed[start] < after and after - placed[start] - 1 <= _GAP + 1:
                # (A possessive opens the phrase, as a determiner does: "the country's".)
                gap = [u for u in theirs[placed[start] + 1:after] if u.key and not u.folded.endswith(POSSESSIVE_ENDINGS)]
                if not all(u.word for u in theirs[placed[start] + 1:after]):
                    gap = None
        if gap is None and before is not None and after is not None and not possessor \
                and 2 < after - before <= _GAP + 2 \
                and all(u.word and (u.key or u.folded in ARTICLES) for u in theirs[before + 1:after]):
            # The passage has a noun phrase's modifiers of its own between the same aligned words
            # ("by foreign security services" / "by the country's security services"): compared as
            # above. ("a bill banning sales" / "the bill to ensure sales" has no modifier there.)
            gap = [u for u in theirs[before + 1:after] if u.key and not u.folded.endswith(POSSESSIVE_ENDINGS)]
        if not head.key or not head.word or head.folded in _FRAMING or after is None or (before is None and gap is None):
            continue
        if not possessor and is_common_noun(t.folded) and (not is_common_noun(head.folded) or (
                verb_senses(head.folded) and not _ends_phrase(ours, i + 1))):
            continue
        if gap is not None:
            if all(_other_word(t, u, our_keys) for u in gap):
                found.append((str(t.key), t.folded, head.folded))
            continue
        if before is None:
            continue
        if possessor:
            # A possessor ("the ombudswoman's arrival" / "the mother's arrival") only against
            # another role: an office, a body or a kinship; "the victim's" and "the girl's" may
            # be one person described twice.
            if after == before + 2 and _other_role(t, theirs[before + 1]):
                found.append((str(t.key), t.folded, head.folded))
        elif after == before + 1 or (after == before + 2 and _other_word(t, theirs[before + 1], our_keys)) \
                or (after > before + 1 and all(u.folded in QUOTE_MARKS for u in theirs[before + 1:after])):
            # nothing in its place (a quotation mark aside: 'after receiving "threats"' for
            # "received death threats"), or another word
            found.append((str(t.key), t.folded, head.folded))
    return tuple(found)


# Words that say one and no other: what states a claim's "the only ...".
_EXCLUSIVE = frozenset("only sole solely alone exclusively single lone unique".split())


def _joined_with_another(tokens: Sequence[Token], j: int, claim_keys: set[str | None]) -> bool:
    """Whether the passage word at ``j`` is coordinated with another thing the claim does not
    have: "both" opens its phrase ("from both the authorities and local elites"), or "and" /
    "or" follows it with a content word of the passage's own."""
    if any(tokens[k].folded == "both" for k in range(max(0, j - 3), j)):
        return True
    k = j + 1
    if k < len(tokens) and tokens[k].folded in ("and", "or"):
        following = next((m for m in range(k + 1, min(len(tokens), k + 4)) if tokens[m].key), None)
        return following is not None and tokens[following].key not in claim_keys
    return False


def _ends_phrase(tokens: Sequence[Token], k: int) -> bool:
    """Whether the word at ``k`` ends its clause (punctuation or the end after it) or takes an "of"
    phrase: a noun that may also be a verb ("services", "head") is then the head of a noun phrase
    ("by foreign intelligence services.", "the deputy head of the foundation"), not a verb with
    its subject before it ("the boy still lives in ...")."""
    return k + 1 >= len(tokens) or not tokens[k + 1].word or tokens[k + 1].folded == "of"


def _role(word: str) -> bool:
    return word in OFFICES or is_group(word) or kin_lemma(word) is not None


def _other_role(ours: Token, theirs: Token) -> bool:
    """Whether two possessors are two roles (offices, bodies, kinships) WordNet makes no synonyms."""
    mine, other = _bare(ours.folded), _bare(theirs.folded)
    return theirs.word and not theirs.capital and theirs.folded.endswith(POSSESSIVE_ENDINGS) \
        and mine != other and _role(mine) and _role(other) \
        and theirs.key not in synonym_terms(mine) and ours.key not in synonym_terms(other)


def _bare(word: str) -> str:
    """A possessive's owner: "mother's" is "mother", "parents'" "parents"."""
    for ending in POSSESSIVE_ENDINGS:
        if word.endswith(ending):
            return word[: -len(ending)] + ("s" if ending.startswith("s") else "")
    return word


def _qualifier(t: Token) -> bool:
    """A word that may qualify the next: not a framing word, and no word that is only a verb (a
    verb put in another's place is ``Alignment.replaced``'s: "to accrue" / "to earn" are one
    thing to a reader, and WordNet relates them in no sense)."""
    word = _bare(t.folded)
    return bool(t.word and t.key and not t.capital and word.isalpha() and word not in _FRAMING) \
        and not (verb_senses(word) and not is_common_noun(word))


def _other_word(ours: Token, theirs: Token, claim_keys: set[str | None]) -> bool:
    """Whether the passage's word in the claim word's place is another content word, related to
    it neither as a WordNet synonym, nor as an adjective of one cluster ("the great majority" /
    "the vast majority": factcheck.lexicon.adjectives), nor as a verb in any sense (one synset, a hypernym, a sister:
    "to accrue five nominations" / "to earn five nominations")."""
    if not (theirs.word and theirs.key and not theirs.capital and theirs.folded.isalpha()) or theirs.key in claim_keys:
        return False
    if theirs.key in synonym_terms(ours.folded) or ours.key in synonym_terms(theirs.folded) \
            or same_cluster(ours.folded, theirs.folded):
        return False
    return verb_relation(ours.folded, theirs.folded) in (None, "unrelated")
