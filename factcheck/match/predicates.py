"""What a claim asserts of its subject, and whether the passage states it at all.

Coverage forgives a few of a claim's words, since a source says much in other words. A
claim's predicate is not one of those words: "Zagipa Baliyeva, the 59-year-old children's rights
ombudswoman, is a former schoolteacher" shares its subject and the whole apposition with "Zagipa
Baliyeva, the government ombudswoman for children's rights, ... a high-ranking 59-year-old member
of the ruling Nur Otan party", and says nothing the passage says. Nor is a non-restrictive
relative clause, an assertion of its own (Potts, "The Logic of Conventional Implicatures", 2005):
"..., who has since left Kazakhstan".

This module finds the predicates whose words a passage must have for it to state them:

- the predicate nominal of the claim's main clause ("is a former schoolteacher": the noun after a
  form of "be", with its modifiers);
- the verb of a relative clause set off by a comma (", who has since left Kazakhstan"), when the
  clause's other content words are not stated either;
- a predicate joined by "and" ("... heads the NeMolchi.kz foundation and lives in Almaty"), when
  none of its content words is stated: the passage says the first predicate only.

(Not an infinitive's verb: "to publish a complaint" / "wrote a public complaint", "to describe
the attack" / "to detail the incident", "to mark the 400th anniversary" / "the 400th anniversary
year": paraphrase rewords a purpose more freely than WordNet relates; on held-out set N and WiCE
dev that rule lost three true claims for one false support it caught.)

Their index terms are *unstated* when the passage aligns none of them and no WordNet synonym
of the passage stands for them (:attr:`factcheck.match.align.Alignment.unattributed`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from factcheck.index.bm25 import NUMBER_WORDS
from factcheck.lexicon.adjectives import clusters_of
from factcheck.lexicon.antonyms import are_antonyms
from factcheck.lexicon.nouns import is_common_noun
from factcheck.lexicon.verbs import SAME_FORM_PARTICIPLES, is_participle, verb_senses
from factcheck.match.cues import (
    ARTICLES,
    AUXILIARIES,
    BE_FORMS,
    BOUNDARY_WORDS,
    CALENDAR_NAMES,
    POSSESSIVE_ENDINGS,
    POSSESSIVE_PRONOUNS,
    SPEECH_VERBS,
    THAT_REPORTS,
    Token,
    clause_end,
    tokenize,
)

__all__ = ["inserted_phrases", "main_verb", "one_predicate", "opposed_elsewhere", "passive_participle", "present_verb",
           "reported_verb", "unstated_predicates", "verb_after_relative"]

_COPULAS = frozenset("is are was were".split())
_RELATIVE = frozenset("who which".split())
# What opens a relative clause: its own "was arrested" is no main clause's passive, and a word after
# it is said of the antecedent before it.
_RELATIVE_OPENERS = _RELATIVE | {"whom", "that"}
# The relative pronouns that stand for a clause's subject: "the girl who jumped", "a report that said".
_SUBJECT_RELATIVES = frozenset(("who", "which", "that"))
# Words between a relative pronoun and its verb: auxiliaries, "not" excepted (a negation is
# compared as one), and adverbs of time.
_BEFORE_VERB = frozenset("has have had is are was were be been being since also later then now once still "
                         "already".split())


def unstated_predicates(ours: Sequence[Token], forward: dict[int, int], stated: frozenset[str]) -> frozenset[str]:
    """The index terms of the claim's predicate nominal and of its relative clauses' verbs
    that the passage does not state.

    Args:
        ours: the claim's tokens.
        forward: the alignment, claim token index → passage token index.
        stated: claim terms the passage states in other words (WordNet synonyms in place).

    Returns:
        The terms (possibly empty), as the module docstring says.
    """
    found: set[str] = set()
    nominal = _predicate_nominal(ours)
    if nominal and not any(k in forward or ours[k].key in stated for k in nominal):
        found.update(key for k in nominal if (key := ours[k].key))
    for conjunct in _conjoined_predicates(ours):
        if not any(k in forward or ours[k].key in stated for k in conjunct):
            found.update(key for k in conjunct if (key := ours[k].key))
    for verb, clause in _relative_verbs(ours):
        if verb in forward or ours[verb].key in stated:
            continue
        aligned = sum(1 for k in clause if k in forward and not ours[k].capital)
        if aligned == 0 and (key := ours[verb].key):
            found.add(key)
    return frozenset(found)


# Words right before a past form that make it no main verb: an article or possessive ("the
# fined sum"), "to" ("to be fined"), a preposition ("after published reports"), a relative pronoun.
_NOT_BEFORE_MAIN_VERB = frozenset("the a an to of in on at by for with from after before who which that "
                                  "whose".split())
_OPENERS = frozenset("after before when while as since although though because if once until in on at during "
                     "by for".split())


def main_verb(tokens: Sequence[Token]) -> int | None:
    """The index of a claim's main verb in the past: the first past form (a WordNet verb form, by
    :func:`is_participle`) after the subject's words, in the clause that opens the claim or, where a
    subordinate clause or a phrase opens it ("After the verdict, ..."), in the one after its comma.
    None where the claim has none: a present tense, a form of "be" (a passive or a copula), a
    comma before the verb (an apposition), or a relative pronoun first. The auxiliary of a
    perfect is not the verb: "has worked" gives "worked", "has been given" a passive (None). A
    verb whose past is its base form counts with its particle ("The authorities shut down the
    newspaper": :func:`_phrasal_same_form`).

    Args:
        tokens: the claim's tokens (:func:`factcheck.match.cues.tokenize`).
    """
    start = opening_phrase_end(tokens)
    if start is None:
        return None
    seen_subject = False
    for k in range(start, len(tokens)):
        t = tokens[k]
        if not t.word:
            if t.folded == ",":
                return None
            continue
        if t.folded in BE_FORMS or t.folded in _SUBJECT_RELATIVES:
            return None
        before = tokens[k - 1].folded if k > start else ""
        if t.folded in _PERFECT and _perfect_participle(tokens, k + 1):
            continue  # the auxiliary of a perfect: "has worked", "has been given" (not "had a dog")
        if seen_subject and not t.capital and (is_participle(t.folded) or _phrasal_same_form(tokens, k)) \
                and before not in _NOT_BEFORE_MAIN_VERB and before not in POSSESSIVE_PRONOUNS:
            return k
        seen_subject = seen_subject or bool(t.key)
    return None


def _phrasal_same_form(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a verb whose past is its base form
    (:data:`factcheck.lexicon.verbs.SAME_FORM_PARTICIPLES`) with its particle right after it:
    "shut down", "set up", "cut off". Alone it is as often a noun or a support verb ("the cut",
    "put pressure on"), whose noun says what was done."""
    return tokens[k].folded in SAME_FORM_PARTICIPLES and k + 1 < len(tokens) \
        and tokens[k + 1].folded in _PHRASAL_PARTICLES


# The particles of English phrasal verbs (Quirk et al. 1985, §16.3).
_PHRASAL_PARTICLES = frozenset("over up down out off away back around".split())
_PERFECT = frozenset(("has", "have", "had"))  # the auxiliary of the perfect, before a participle
# Adverbs that may stand between the auxiliary and the participle: "has since left", "had
# already been", "has not worked".
_PERFECT_ADVERBS = frozenset("since already also just recently now still long never ever finally not "
                             "previously repeatedly".split())


def _perfect_participle(tokens: Sequence[Token], k: int) -> bool:
    """Whether a participle or a form of "be" follows at ``k``, over one adverb of
    :data:`_PERFECT_ADVERBS`: what makes the "has" before it an auxiliary."""
    if k < len(tokens) and tokens[k].folded in _PERFECT_ADVERBS:
        k += 1
    return k < len(tokens) and tokens[k].word and (tokens[k].folded in BE_FORMS or is_participle(tokens[k].folded))


def opening_phrase_end(tokens: Sequence[Token]) -> int | None:
    """Where a claim's main clause starts: after the comma of a subordinate clause or a phrase that
    opens it (:data:`_OPENERS`: "After the verdict, ..."; or a phrase of time, :data:`_TIME_WORDS`,
    of at most :data:`_TIME_PHRASE` words: "Last year, ...", "Two days later, ..."), else 0. None
    where such an opener has no comma after it."""
    if not tokens:
        return 0
    comma = next((k for k, t in enumerate(tokens) if t.folded == ","), None)
    if tokens[0].folded in _OPENERS:
        return None if comma is None else comma + 1
    if comma is not None and comma <= _TIME_PHRASE and all(t.word for t in tokens[:comma]) and any(
            t.folded in _TIME_WORDS or t.folded in CALENDAR_NAMES or t.folded.isdigit() for t in tokens[:comma]) \
            and not any(is_participle(t.folded) for t in tokens[:comma]):
        return comma + 1
    return 0


# Words of a phrase of time that may open a claim before its comma ("Last year,", "Earlier this
# month,", "Two days later,").
_TIME_WORDS = frozenset("year years month months week weeks day days last earlier later ago yesterday today "
                        "tonight morning evening night afternoon decade decades century".split())
_TIME_PHRASE = 4  # words of such a phrase


def verb_after_relative(tokens: Sequence[Token]) -> int | None:
    """The index of a claim's main verb in the past where a restrictive relative clause ends its
    subject: "The 17-year-old girl who jumped from the sixth floor of a building in Turkistan died
    from the fall": "died". The relative clause identifies whom the claim is about; the verb after
    it is what the claim asserts of them; in a claim that reports, what it reports ("Smailova
    said the girl who jumped ... died in the fall"). None where the claim opens otherwise (a name or noun
    phrase with no "who", "which" or "that" before any verb, or a comma first), or no past form
    follows the relative clause's own verb group ("who was sold ... returned": "returned").

    Args:
        tokens: the claim's tokens (:func:`factcheck.match.cues.tokenize`).
    """
    said = main_verb(tokens)
    if said is not None and (tokens[said].folded in THAT_REPORTS or tokens[said].folded in SPEECH_VERBS):
        # What a report reports: "Smailova said the girl who jumped ... died in the fall".
        start = said + 2 if said + 1 < len(tokens) and tokens[said + 1].folded == "that" else said + 1
        found = verb_after_relative(tokens[start:])
        return start + found if found is not None else None
    opener = next((k for k, t in enumerate(tokens) if t.folded in _SUBJECT_RELATIVES), None)
    if opener is None or opener == 0 or not any(t.key for t in tokens[:opener]) \
            or any(not t.word or (not t.capital and (t.folded in BE_FORMS or is_participle(t.folded)))
                   for t in tokens[:opener]):
        return None
    verb = next((k for k in range(opener + 1, len(tokens))
                 if tokens[k].folded in BE_FORMS or tokens[k].folded in AUXILIARIES
                 or (not tokens[k].capital and is_participle(tokens[k].folded))), None)
    if verb is None:
        return None
    k = verb
    while k < len(tokens) and (tokens[k].folded in BE_FORMS or tokens[k].folded in AUXILIARIES):
        k += 1  # the relative clause's verb group: "who was sold", "who had been warned"
    if k < len(tokens) and not tokens[k].capital and is_participle(tokens[k].folded):
        k += 1
    for m in range(k, len(tokens)):
        t, before = tokens[m], tokens[m - 1]
        if not t.word:
            if t.folded in (",", ";", ":"):
                return None  # (a clause of its own, not the subject's predicate)
            continue
        if t.folded in BE_FORMS:
            # The predicate of a passive is its participle ("who heard the case was removed");
            # a copula predicates no act.
            nxt = _after_be(tokens, m)
            return nxt if nxt < len(tokens) and not tokens[nxt].capital and is_participle(tokens[nxt].folded) else None
        if not t.capital and is_participle(t.folded) and before.word \
                and before.folded not in _NOT_BEFORE_MAIN_VERB and before.folded not in POSSESSIVE_PRONOUNS:
            return m
    return None


_TOLD_REACH = 4  # words between a verb of saying and its "that": "told the two drivers that"


def reported_verb(tokens: Sequence[Token], k: int) -> int | None:
    """The index of the verb in the past (or the third person present) of what a verb of saying at
    ``k`` reports ("The Village said it intended to take the article down": "intended"), or None: ``k`` is no verb of saying
    (:data:`factcheck.match.cues.THAT_REPORTS`, :data:`factcheck.match.cues.SPEECH_VERBS`), or
    its complement clause has no such verb after its subject (a pronoun counts: "it"), or has a
    form of "be" or a punctuation mark first. What a claim reports is its statement; the report's
    verb says only who makes it.

    Args:
        tokens: the claim's tokens (:func:`factcheck.match.cues.tokenize`).
        k: the index of the claim's main verb (:func:`main_verb`).
    """
    if tokens[k].folded not in THAT_REPORTS and tokens[k].folded not in SPEECH_VERBS:
        return None
    first = k + 1
    # (Past the one told: "told drivers that the depot closed".)
    that = next((m for m in range(k + 1, min(k + 2 + _TOLD_REACH, len(tokens))) if tokens[m].folded == "that"), None)
    if that is not None and all(tokens[m].word for m in range(k + 1, that)):
        first = that + 1
    seen_subject = False
    for m in range(first, len(tokens)):
        t = tokens[m]
        if not t.word or t.folded in BE_FORMS or t.folded in _SUBJECT_RELATIVES:
            return None
        before = tokens[m - 1].folded if m > first else ""
        if seen_subject and not t.capital and is_participle(t.folded) and before not in _NOT_BEFORE_MAIN_VERB \
                and before not in POSSESSIVE_PRONOUNS:
            return m
        # (Or in the third person present, as :func:`present_verb` finds one: "Smailova said the
        # girl looks about 17".)
        if seen_subject and not t.capital and t.key and t.folded.endswith("s") and verb_senses(t.folded) \
                and before not in _NOT_BEFORE_PRESENT_VERB and before not in _NOT_BEFORE_MAIN_VERB \
                and not _counts(tokens[m - 1]) and not tokens[m - 1].folded.endswith(("'s", "’s", "'", "’")) \
                and not clusters_of(before) and not (m + 1 < len(tokens) and tokens[m + 1].folded == "of"):
            return m  # (not a plural noun after an adjective or before "of": "the new works of the museum")
        seen_subject = seen_subject or bool(t.key) or t.folded in _CLAUSE_SUBJECTS
    return None


# Participles after "be" that name or place rather than tell what was done ("is called Sharipa
# Batyrbekova", "is based in Almaty", "is known as"): an apposition or a preposition says the same.
_STATIVE_PARTICIPLES = frozenset("known titled entitled dubbed nicknamed based located situated".split())
# "called" and "named" name only with the name right after them ("is called Sharipa"): "Police
# were called, but ...", "was called to testify", "was named in the report" tell what was done.
_NAMING = frozenset(("called", "named"))
_AFTER_DOING = frozenset("to in by for up off on out back into at as".split())


def _names_or_places(tokens: Sequence[Token], j: int) -> bool:
    """Whether participle ``j`` names or places its subject rather than tells what was done."""
    word = tokens[j].folded
    if word in _STATIVE_PARTICIPLES:
        return True
    if word not in _NAMING or j + 1 >= len(tokens):
        return False
    after = tokens[j + 1]
    return after.word and after.folded not in _AFTER_DOING


def passive_participle(tokens: Sequence[Token], *, over_adverbs_of_time: bool = False) -> int | None:
    """The index of the participle of a claim's main clause in the passive ("All of the teenagers
    who raped the boy in Abai were prosecuted": "prosecuted"): the first form of "be" after the
    subject's words that no relative pronoun opens ("who was arrested"), followed over "-ly"
    adverbs, "not" and "been" by a past participle (:func:`factcheck.lexicon.verbs.is_participle`)
    that does more than name or place (:data:`_STATIVE_PARTICIPLES`), past a phrase of time that
    opens the claim ("Last year, ...": :func:`opening_phrase_end`). None where the claim has
    none, or where a comma comes first (an apposition, or another opening phrase: "After the
    verdict, ...").

    Args:
        tokens: the claim's tokens (:func:`factcheck.match.cues.tokenize`).
        over_adverbs_of_time: read on over "later", "then", "also" and the like after "be" as
            well ("were later tried"); factcheck.verdicts.decide says where it does.
    """
    # (Past a phrase of time only, "Last year, ...": past a clause or a prepositional phrase, "In
    # October 2016, Nazir was appointed as ...", WiCE dev lost two true claims whose participle
    # its pages say in other words, for one won.)
    start = opening_phrase_end(tokens)
    if start is not None and start and tokens[0].folded in _OPENERS:
        return None
    # (An opener with no comma, "In 2014 the chain was scheduled to open ...", is read from the
    # start, as before phrases of time were passed over.)
    seen_subject = False
    start = start or 0
    for k in range(start, len(tokens)):
        t = tokens[k]
        if not t.word:
            if t.folded == ",":
                return None
            continue
        if t.folded in BE_FORMS and seen_subject and (k == 0 or tokens[k - 1].folded not in _RELATIVE_OPENERS):
            j = _after_be(tokens, k, over_adverbs_of_time)
            if j < len(tokens) and tokens[j].word and not tokens[j].capital and is_participle(tokens[j].folded) \
                    and tokens[j].key and not _names_or_places(tokens, j):
                return j
            return None
        seen_subject = seen_subject or bool(t.key)
    return None


# What stands between a form of "be" and its passive participle: "was not released", "had been
# released", adverbs of time ("were later tried", "was then released", "was also charged").
_NOT_BEEN_BEING = frozenset(("not", "been", "being"))
_BETWEEN_BE_AND_PARTICIPLE = _NOT_BEEN_BEING | frozenset("later then also still already once now".split())


def _after_be(tokens: Sequence[Token], k: int, over_adverbs_of_time: bool = False) -> int:
    """The index of the first token after the form of "be" at ``k`` past "not", "been", "being",
    lowercase "-ly" adverbs and, with ``over_adverbs_of_time``, the rest of
    :data:`_BETWEEN_BE_AND_PARTICIPLE`: where a passive's participle stands ("was not
    immediately released", "were later tried"); ``len(tokens)`` where the text ends first."""
    between = _BETWEEN_BE_AND_PARTICIPLE if over_adverbs_of_time else _NOT_BEEN_BEING
    j = k + 1
    while j < len(tokens) and tokens[j].word and (tokens[j].folded in between
                                                  or (tokens[j].folded.endswith("ly") and not tokens[j].capital)):
        j += 1
    return j


_NOT_BEFORE_PRESENT_VERB = frozenset("the a an his her its their of in on at by for with to".split())
_STOP_BEFORE_PRESENT_VERB = _COPULAS | {"has", "have", "had", "that"} | _RELATIVE


def present_verb(tokens: Sequence[Token]) -> int | None:
    """The index of a claim's main verb in the third person present ("Nursultan's mother works as
    a seamstress in Almaty", "Qurmanghazy Musir practises law in Shymkent"): the first lower-case
    word ending in "s" that WordNet has as a verb, after the subject's words and not after a
    determiner or a preposition (a plural noun: "the works of"). None where a subordinate
    clause or a phrase opens the claim (:data:`_OPENERS`: "While the park remains open, ..."),
    where a form of "be" or "have" or a relative pronoun comes first, or at punctuation.

    Args:
        tokens: the claim's tokens (:func:`factcheck.match.cues.tokenize`).
    """
    if tokens and tokens[0].folded in _OPENERS:
        return None
    seen_subject = False
    for k, t in enumerate(tokens):
        if not t.word or t.folded in _STOP_BEFORE_PRESENT_VERB:
            return None
        if seen_subject and not t.capital and t.key and t.folded.endswith("s") and verb_senses(t.folded) \
                and tokens[k - 1].folded not in _NOT_BEFORE_PRESENT_VERB and not _counts(tokens[k - 1]):
            return k
        seen_subject = seen_subject or bool(t.key)
    return None


def _counts(token: Token) -> bool:
    """Whether ``token`` is a number, in digits or in words ("4", "four", "hundreds"): the word
    after it is a plural noun it counts ("the four suspects"), not a verb."""
    return any(c.isdigit() for c in token.folded) or token.folded in NUMBER_WORDS \
        or token.folded.rstrip("s") in NUMBER_WORDS


_CLAUSE_OPENERS = frozenset("which who whom whose that while whereas because although".split())
_CLAUSE_SUBJECTS = frozenset("he she it they we i".split())  # a subject pronoun past the first word: "the role they played"


def one_predicate(tokens: Sequence[Token], k: int) -> bool:
    """Whether the verb at ``k`` is all the claim predicates. Another verb form counts against it:
    a past form or participle (lower case, :func:`factcheck.lexicon.verbs.is_participle`), an
    "-ing" form, a word after "to", "and" or "or" that WordNet has as a verb (noun or not:
    "cycling", "to open", "and uses"); so does a word that opens another clause
    (:data:`_CLAUSE_OPENERS`, or a subject pronoun after the first word). "The head of the Esik
    district police resigned over the case" says one thing; "They became engaged in 2015 and
    married in 2017", "... released video footage of the rocket being fired", "tells story of
    African-Americans and the role they played" say several, of which a source may state some.
    (A participle before a noun, "the alleged attackers", counts too, the test erring towards
    several, except one after an article or a possessive before the verb: "the dismissed
    director" describes the subject of what the claim says, "challenged the decision in court".)

    Args:
        tokens: the claim's tokens (:func:`factcheck.match.cues.tokenize`).
        k: the index of its main verb or passive participle.
    """
    for m, t in enumerate(tokens):
        if m == k or not t.word or t.capital:
            continue
        if t.folded in _CLAUSE_OPENERS or (m > 0 and t.folded in _CLAUSE_SUBJECTS):
            return False
        before = tokens[m - 1].folded if m > 0 else ""
        if t.folded in BE_FORMS or t.folded in AUXILIARIES or not verb_senses(t.folded):
            continue
        if m < k and (before in ARTICLES or before in POSSESSIVE_PRONOUNS):
            continue  # (a participle that describes the subject: "the dismissed director")
        if m > k and before not in ("to", "and", "or") and _within_noun_phrase(tokens, m):
            continue  # (nor one inside a noun phrase after the verb: "a televised address", "the police's handling")
        if is_participle(t.folded) or t.folded.endswith("ing") or before in ("to", "and", "or"):
            return False
    return True


_NOUN_PHRASE_REACH = 2  # words between a determiner and the verb form its noun phrase holds: "a Russian media holding"


def _within_noun_phrase(tokens: Sequence[Token], m: int) -> bool:
    """Whether the verb form at ``m`` stands in a noun phrase that a determiner opens a few words
    before it, over adjectives and nouns (no other verb form between): "a televised address",
    "the police's handling of the case", "a Russian media holding". A noun or an adjective made of
    a verb (Quirk et al. 1985, §7.15: participial adjectives; §17.54: verbal nouns) predicates nothing."""
    for back in range(m - 1, max(-1, m - 2 - _NOUN_PHRASE_REACH), -1):
        t = tokens[back]
        if not t.word:
            return False
        if t.folded in ARTICLES or t.folded in POSSESSIVE_PRONOUNS or t.folded.endswith(POSSESSIVE_ENDINGS):
            return True
        if not t.capital and (is_participle(t.folded) or t.folded.endswith("ing") or t.folded in BE_FORMS
                              or t.folded in AUXILIARIES):
            return False
    return False


def _conjoined_predicates(tokens: Sequence[Token]) -> list[list[int]]:
    """The content words of each predicate the claim joins by "and" (or ", and") to an earlier
    one, from its verb to the next punctuation mark: "Smailova heads the NeMolchi.kz foundation and
    lives in Almaty" → "lives", "Almaty". The verb must follow "and" right away, as a past or
    present form (WordNet verb senses, not a noun after a determiner), lower case."""
    found = []
    for k in range(1, len(tokens) - 1):
        if tokens[k].folded != "and":
            continue
        verb = tokens[k + 1]
        if not verb.word or verb.capital or not verb.key or not verb_senses(verb.folded) \
                or not (is_participle(verb.folded) or verb.folded.endswith("s")) or is_common_noun(verb.folded):
            continue
        end = next((m for m in range(k + 1, len(tokens)) if not tokens[m].word), len(tokens))
        words = [m for m in range(k + 1, end) if tokens[m].key]
        if words:
            found.append(words)
    return found


def _main_clause(tokens: Sequence[Token]) -> list[int]:
    """Token indices outside the claim's comma-set parts (appositions, relative clauses). With
    two commas or more, each opens or closes such a part (one that runs to the sentence's end is
    no part of the main clause either); a lone comma sets off nothing."""
    toggles = sum(1 for t in tokens if t.folded == ",") >= 2
    inside: list[int] = []
    depth = False
    for k, t in enumerate(tokens):
        if t.folded == ",":
            depth = depth != toggles
            continue
        if not depth:
            inside.append(k)
    return inside


def _predicate_nominal(tokens: Sequence[Token]) -> list[int]:
    """The content words of the noun phrase after the main clause's "is"/"was" (its article
    left out), up to a preposition, a clause word or punctuation: "a former schoolteacher" →
    "former", "schoolteacher". Empty when the claim has none, or the phrase has no common noun
    (a name, "is 59", "was declared bankrupt": a value or a passive, not a nominal)."""
    main = _main_clause(tokens)
    for position, k in enumerate(main):
        if tokens[k].folded not in _COPULAS:
            continue
        phrase: list[int] = []
        for m in main[position + 1:]:
            t = tokens[m]
            if not t.word or t.folded in BOUNDARY_WORDS:
                break
            if t.folded in ARTICLES and not phrase:
                continue
            if t.key is None:
                break  # a preposition or other function word ends the head noun's phrase
            phrase.append(m)
        if not phrase or any(tokens[m].capital or tokens[m].folded[:1].isdigit() for m in phrase) \
                or is_participle(tokens[phrase[0]].folded):
            return []  # a name, a value, or a passive ("was declared bankrupt")
        head = tokens[phrase[-1]]
        if not is_common_noun(head.folded) or (verb_senses(head.folded) and head.folded.endswith("ed")):
            return []  # "was released", "is married": a participle, not a noun
        return phrase
    return []


def _relative_verbs(tokens: Sequence[Token]) -> list[tuple[int, range]]:
    """``(verb, clause)`` for each relative clause set off by a comma (", who has since left
    Kazakhstan"): the first content word after the pronoun and its auxiliaries and adverbs of
    time, when WordNet gives it verb senses; the clause runs to the next comma or the end."""
    found = []
    for k in range(len(tokens) - 1):
        if tokens[k].folded != "," or tokens[k + 1].folded not in _RELATIVE:
            continue
        end = next((m for m in range(k + 2, len(tokens)) if not tokens[m].word), len(tokens))
        m = k + 2
        while m < end and tokens[m].folded in _BEFORE_VERB:
            m += 1
        if m < end and tokens[m].key and verb_senses(tokens[m].folded):
            found.append((m, range(m + 1, end)))
    return found


# Prepositions that open an adjunct of means, manner, company or place ("by bus", "with a
# knife", "on foot", "at night"); "of" and "to" are left out: they complete a noun or a verb.
_ADJUNCT_PREPOSITIONS = frozenset("by with on at via in from for during near".split())
_INSERTED_REACH = 4  # words of an inserted phrase: "by bus", "with a kitchen knife"


def inserted_phrases(ours: Sequence[Token], theirs: Sequence[Token],
                     anchors: Sequence[tuple[int, int]], before: str = "") -> frozenset[str]:
    """The index terms of a prepositional phrase the claim inserts between two words the passage
    has side by side: "took Nursultan by bus to Shymkent" against "traveled with Nursultan to the
    nearest large city, Shymkent" ("Nursultan" and "to" are neighbours in the passage). The
    passage has no room for it, and its noun is nowhere in the passage: the claim adds it.

    Args:
        ours, theirs: the claim's and the passage's tokens.
        anchors: every aligned pair in order, function words included.
        before: the source's text just before the passage: a name it states there is the
            passage's own ("the girl in Turkistan survived" / '... in another southern Kazakh
            city, Turkistan, ... Smailova said. "We know the girl survived the fall"'). It is
            tokenized only when a phrase with a noun is found: most passages have none, and the
            text before each (up to 600 characters, new for every candidate) cost more to
            tokenize than the rest of this function.

    Returns:
        The phrase's content terms (possibly empty)."""
    their_keys: set[str] | None = None
    found: set[str] = set()
    ordered = sorted(anchors)
    for (i1, j1), (i2, j2) in pairwise(ordered):
        if j2 != j1 + 1 or not 1 < i2 - i1 <= _INSERTED_REACH + 1:
            continue
        run = range(i1 + 1, i2)
        if ours[run[0]].folded not in _ADJUNCT_PREPOSITIONS or not all(ours[k].word for k in run):
            continue
        # (A name too: "appointed a special counsel from Astana to take charge" / "appointed a
        # special counsel to take charge": the source naming Astana elsewhere does not place him.)
        nouns = [k for k in run if ours[k].key and (ours[k].capital or is_common_noun(ours[k].folded))]
        if not nouns:
            continue
        if their_keys is None:
            their_keys = {key for t in theirs if (key := t.key)} | {key for t in tokenize(before) if (key := t.key) and t.capital}
        if not any(ours[k].key in their_keys for k in run):
            found.update(key for k in run if (key := ours[k].key))
    return frozenset(found)


def opposed_elsewhere(ours: Sequence[Token], theirs: Sequence[Token], forward: dict[int, int]) -> frozenset[str]:
    """The index terms of claim words the passage does not have, where it has their WordNet
    antonym unaligned, wherever it stands: "Batyrbekov lost the several other libel cases"
    against "... charged with libel through several other cases, which he eventually won".
    The antonym may stand in another slot (a relative clause), where the alignment cannot
    oppose it to the claim's word; the claim's word is then at least not stated. The antonym
    must be said of what the two texts share: in a clause with two aligned words, or in a
    relative clause whose antecedent is aligned ("cases, which he eventually won"; not "close a
    loophole that allows people buying firearms" for "banning sales").

    Args:
        ours, theirs: the claim's and the passage's tokens.
        forward: the alignment, claim token index → passage token index.

    Returns:
        The terms (possibly empty)."""
    aligned = set(forward.values())
    their_keys = {t.key for t in theirs if t.key}
    others = [t.folded for j, t in enumerate(theirs) if t.key and j not in aligned and not t.capital
              and _about_aligned(theirs, j, aligned)]
    found = set()
    for i, t in enumerate(ours):
        if i in forward or not t.key or t.capital or t.key in their_keys \
                or (i > 0 and ours[i - 1].folded in _AGE_UNITS):
            continue  # (an age's "old": "14 or 15 years old" / "very young-looking")
        if any(are_antonyms(t.folded, word) for word in others):
            found.add(t.key)
    return frozenset(found)


_AGE_UNITS = frozenset("year years month months week weeks day days".split())


def _about_aligned(tokens: Sequence[Token], j: int, aligned: set[int]) -> bool:
    """Whether the word at ``j`` is said of aligned words: two of them in its clause, or its
    clause a relative one whose antecedent (the word before the pronoun, over a comma) is aligned."""
    start, end = j, clause_end(tokens, j)
    while start > 0 and tokens[start - 1].word and tokens[start - 1].folded not in BOUNDARY_WORDS \
            and tokens[start - 1].folded not in _RELATIVE_OPENERS:
        start -= 1
    if sum(1 for k in range(start, end) if k in aligned and tokens[k].key) >= 2:
        return True
    if start > 0 and tokens[start - 1].folded in _RELATIVE_OPENERS:
        before = start - 2
        if before >= 0 and not tokens[before].word:
            before -= 1
        return before in aligned
    return False
