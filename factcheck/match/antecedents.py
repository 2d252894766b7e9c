"""Whom a "he" or "she" stands for: the subject chain of the sentences before it.

A source goes on about a person in pronouns: "Catherine Greenhill (born 1966) is an Australian
mathematician. ... She earned her Ph.D. in 1996 at the University of Oxford." A claim that puts
another person of the same article in that place ("Peter Neumann earned his Ph.D. in 1996")
shares every word with the passage but the name, and the name is stated nearby: without knowing
whom the pronoun stands for, the support looks whole.

The rule is centering's (Grosz, Joshi and Weinstein 1995, "Centering: a framework for modeling
the local coherence of discourse", Computational Linguistics 21(2)): the preferred antecedent of
a subject pronoun is the subject of the utterance before, and a chain of subject pronouns keeps
one center. Walking back from the pronoun, sentence by sentence: a sentence whose subject is a
"he" or "she" continues the chain; the first whose subject is a name gives the antecedent; a
sentence whose subject is neither (a common noun, a clause) is passed over. A name whose surname
ending or given name tells the other gender (Batyrbekov / Batyrbekova; Harald, Ingrid) is passed
over too. Nothing found within :data:`REACH` sentences: no answer (the caller keeps its older
reading). Measured with ``bench/pronouns.py`` (docs/verdicts.md, session 54).
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.lexicon.given_names import given_name_gender
from factcheck.lexicon.nouns import is_common_noun
from factcheck.lexicon.places import is_place
from factcheck.lexicon.surnames import surname_gender
from factcheck.lexicon.verbs import verb_senses
from factcheck.match.cues import BE_FORMS, SPEECH_VERBS, THAT_REPORTS, Token, tokenize

_OPENING_PHRASE = 12  # tokens an opening adverbial phrase runs to its comma ("In 1913, at the age of thirty-eight,")
REACH = 20  # sentences walked back from the pronoun's: a biography's chain of "he" runs long

SUBJECT_PRONOUNS = {"he": "masculine", "she": "feminine"}
_CONTRACTED = {f"{p}'{v}": p for p in SUBJECT_PRONOUNS for v in ("s", "d", "ll")}

# What may follow a subject name: a verb, an auxiliary, or the lead's parenthesis of dates
# ("Catherine Greenhill (born 1966) is ..."). Not an apposition's comma: "With the help of a
# speech trainer, Harry Burgess, he overcame a stammer" has another subject.
_AUXILIARIES = frozenset(("has", "had", "have", "will", "would", "could", "can", "may", "might",
                          "should", "must", "did", "does", "also", "later", "then", "never", "first"))
# Opening words of a sentence that are no name although written with a capital.
_NO_NAME_OPENERS = frozenset(("in", "on", "at", "after", "before", "during", "when", "while", "since",
                              "following", "as", "by", "from", "with", "for", "of", "to", "under", "later",
                              "although", "though", "however", "meanwhile", "then", "but", "and", "because",
                              "if", "once", "until", "despite", "upon", "within", "throughout", "unlike",
                              "today", "everyone", "everybody", "someone", "anyone", "nobody", "none"))


def pronoun_antecedent(passage: str, before: Sequence[str], known: frozenset[str] = frozenset()) \
        -> tuple[Token, ...] | None:
    """The tokens of the name that a subject "he" or "she" of ``passage`` (one sentence)
    stands for, read from the subject chain of ``before`` (the sentences before it in its
    document, nearest first; only the first :data:`REACH` are read); ``None`` where the passage's
    subject is no such pronoun (a name, a common noun) or no name is found.

    Only the passage's own subject is resolved: in "Kask told the paper that she ..." the name
    is the subject and the passage says who. ``known``: folded words the document uses as
    names (its title's): a one-word subject that is also a common noun ("Clay was the foremost
    proponent ...") is a name if it is one of them."""
    subject = sentence_subject(tokenize(passage), known)
    if not isinstance(subject, str):
        return None
    gender = SUBJECT_PRONOUNS[subject]
    for sentence in before[:REACH]:
        found = sentence_subject(tokenize(sentence), known, last=True)
        if found is None or isinstance(found, str):
            continue  # another subject pronoun keeps the chain; a common noun's sentence is passed over
        if person_gender(found) not in (None, gender):
            continue
        return found
    return None


def subject_pronoun(passage: str) -> str | None:
    """"masculine" or "feminine": the gender of a passage's subject "he" or "she"; ``None``
    where its subject is no such pronoun."""
    subject = sentence_subject(tokenize(passage))
    return SUBJECT_PRONOUNS[subject] if isinstance(subject, str) else None


REPORTING = SPEECH_VERBS | THAT_REPORTS  # verbs of saying


def reports_a_clause(tokens: Sequence[Token], verb: int) -> bool:
    """Whether ``tokens[verb]`` is a verb of saying (:data:`REPORTING`) that reports a clause of
    its own: a finite verb follows it ("told KTK the child was afraid"), not only an object
    ("calls Bryan one of the worst", "added his uncle's surname to become ...": an infinitive is
    no clause)."""
    if verb >= len(tokens) or tokens[verb].folded not in REPORTING:
        return False
    return any(t.folded in BE_FORMS or (t.word and not t.capital and verb_senses(t.folded)
                                        and tokens[j - 1].folded != "to" and not is_common_noun(t.folded))
               for j, t in enumerate(tokens[verb + 1:], verb + 1))


def pronoun_reports(passage: str, reporting: frozenset[str]) -> bool:
    """Whether a passage's subject "he" or "she" is the speaker of a verb of saying
    (``reporting``: "She said that it was a nude photo ..."), not the doer of what is said."""
    tokens = tokenize(passage)
    if not isinstance(sentence_subject(tokens), str):
        return False
    k = next(i for i, t in enumerate(tokens) if t.folded in SUBJECT_PRONOUNS or t.folded in _CONTRACTED)
    while k + 1 < len(tokens) and (tokens[k + 1].folded in _AUXILIARIES or tokens[k + 1].folded.endswith("ly")):
        k += 1
    return k + 1 < len(tokens) and tokens[k + 1].folded in reporting


def person_gender(name: Sequence[Token]) -> str | None:
    """"masculine" or "feminine" where a name's words say it: its first word as a given name
    (:func:`factcheck.lexicon.given_names.given_name_gender`, only in a name of two words or
    more) or its surname's gendered ending (:func:`factcheck.lexicon.surnames.surname_gender`);
    ``None`` where they do not, or disagree."""
    genders = {surname_gender(name[-1].folded)} if name else set()
    if len(name) >= 2:
        genders.add(given_name_gender(name[0].folded))
    genders.discard(None)
    return genders.pop() if len(genders) == 1 else None


def sentence_subject(tokens: Sequence[Token], known: frozenset[str] = frozenset(), *, last: bool = False) \
        -> str | tuple[Token, ...] | None:
    """A sentence's subject: "he" or "she" (the pronoun), a name (its tokens), or ``None``
    (something else, or not found). The subject is the first pronoun or name run that a verb,
    an auxiliary or a parenthesis follows (over one adverb in "-ly"), past an opening
    subordinate clause or adverbial phrase that a comma closes ("Although home life was
    relatively cold, Larkin enjoyed ...", "In 1996, she ..."), or past an opening quotation; a
    verb before any such run means the subject is something else ("The guards stopped ...").

    With ``last``, the subject of the sentence's last coordinated clause (after ", and", ", but"
    or ";") that has one, the nearest to a pronoun that follows: "Politz died in 2002, and in
    2008, Gauthe was arrested ... . He served two years" (Gauthe; intrasentential centering,
    Kameyama 1998, "Intrasentential centering: a case study")."""
    n = len(tokens)
    k = 0
    if n and tokens[0].folded == '"':
        # An opening quotation is what the subject says: '"She is recognised," Thompson reminds me'.
        k = next((i + 1 for i in range(1, n) if tokens[i].folded == '"'), n)
    elif n and tokens[0].folded in _NO_NAME_OPENERS:
        comma = next((i for i, t in enumerate(tokens) if t.folded == ","), n)
        # (A pronoun right after the opener is its own clause's subject: "When he was six years
        # old, Quinn attended ...".)
        pronoun = next((i for i, t in enumerate(tokens[:comma]) if i > 1 and (
            t.folded in _CONTRACTED or (t.folded in SUBJECT_PRONOUNS and _predicate_follows(tokens, i + 1)))), None)
        if pronoun is not None or comma > _OPENING_PHRASE:
            # No comma closes the opening phrase ("Before joining the board she was head of
            # surgery, where ..."): only a subject pronoun with its verb is told from its words.
            return _CONTRACTED.get(tokens[pronoun].folded, tokens[pronoun].folded) if pronoun is not None else None
        k = comma + 1
    start = k
    found: str | tuple[Token, ...] | None = None
    coordinated = False  # a new clause began since the subject found: ", and", ", but", ";"
    while k < n:
        t = tokens[k]
        if t.folded == ";" or (t.folded in ("and", "but") and k > 0 and tokens[k - 1].folded == ","):
            coordinated = True
        if found is not None and not coordinated:
            k += 1
            continue
        contracted = _CONTRACTED.get(t.folded)  # "He's afraid": the pronoun and its verb in one token
        if contracted is not None and (k == start or found is None):
            found, coordinated = contracted, False
            if not last:
                return found
            k += 1
            continue
        if t.folded in SUBJECT_PRONOUNS and (k == start or tokens[k - 1].folded in (",", ";", "and", "but")
                                             or found is None) and _predicate_follows(tokens, k + 1):
            found, coordinated = t.folded, False
            if not last:
                return found
            k += 1
            continue
        if t.word and t.capital and t.key is not None and t.folded not in _NO_NAME_OPENERS:
            run = k
            while run + 1 < n and tokens[run + 1].word and tokens[run + 1].capital:
                run += 1
            words = tuple(tokens[k:run + 1])
            # A subject opens its clause: the sentence, or the clause after an opening phrase's
            # comma ("In 1913, at the age of thirty-eight, Jung experienced ..."); a name after a
            # preposition or a noun is an object or a modifier ("In World War II, he ...",
            # "his wife Marion joined"). One opening word and a comma is an adverb ("Nonetheless,").
            opens_clause = k == start or tokens[k - 1].folded == ","
            adverb = k == start and run == 0 and run + 1 < n and tokens[run + 1].folded == ","
            if opens_clause and not adverb and _predicate_follows(tokens, run + 1) and _person_like(words, k == start, known):
                found, coordinated = words, False
                if not last:
                    return found
            k = run + 1
            continue
        if found is None and t.word and not t.capital and verb_senses(t.folded) and t.folded not in _NO_NAME_OPENERS \
                and not is_common_noun(t.folded):
            return None  # a verb before any subject was found: an inverted or subjectless sentence
        k += 1
    return found


def _predicate_follows(tokens: Sequence[Token], k: int) -> bool:
    if k < len(tokens) and tokens[k].folded.endswith("ly") and not tokens[k].capital:
        k += 1  # "He officially signed ..."
    return k < len(tokens) and _predicate_start(tokens[k])


def _predicate_start(token: Token) -> bool:
    return token.folded == "(" or token.folded in BE_FORMS or token.folded in _AUXILIARIES \
        or (token.word and not token.capital and bool(verb_senses(token.folded)))


def _person_like(words: tuple[Token, ...], opens: bool, known: frozenset[str]) -> bool:
    """A run of capitalised words that may be a person's name: not a known place, and, when it
    opens the sentence as one word, no common noun ("Critics praised ...") unless the document
    names someone by it (``known``: "Henry Clay")."""
    if is_place(" ".join(t.folded for t in words)):
        return False
    return not (opens and len(words) == 1 and is_common_noun(words[0].folded) and words[0].folded not in known)
