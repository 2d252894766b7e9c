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
from dataclasses import dataclass

from factcheck.lexicon.given_names import given_name_gender
from factcheck.lexicon.noun_kinds import is_person, load_persons, person_noun_gender
from factcheck.lexicon.nouns import is_common_noun
from factcheck.lexicon.places import is_place
from factcheck.lexicon.surnames import surname_gender
from factcheck.lexicon.verbs import verb_senses
from factcheck.match.cues import BE_FORMS, POSSESSIVE_PRONOUNS, SPEECH_VERBS, THAT_REPORTS, Token, quoted, tokenize

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


@dataclass(frozen=True)
class Described:
    """A person a sentence's subject gives by a description, not a name; as an antecedent, the
    one a "he" or "she" stands for where its subject chain reaches no name: 000's "Nursultan's
    mother had until that point largely been written out of the story. ... She gave birth to
    Nursultan in 2010". ``head``: the description's noun, folded ("mother"). ``new``: the
    description brings in someone new (an indefinite article, an owner's name or noun: "a
    brother", "the victim's mother"), where a bare definite one ("the mother", "the activist")
    most often names again the one the story is about, whom the chain goes on to find, and so
    does one that a possessive pronoun owns ("Her father was a carpenter")."""

    head: str
    new: bool


def pronoun_antecedent(passage: str, before: Sequence[str], known: frozenset[str] = frozenset()) \
        -> tuple[Token, ...] | Described | None:
    """The tokens of the name that a subject "he" or "she" of ``passage`` (one sentence)
    stands for, read from the subject chain of ``before`` (the sentences before it in its
    document, nearest first; only the first :data:`REACH` are read); ``None`` where the passage's
    subject is no such pronoun (a name, a common noun) or neither a name nor a description is found.

    Only the passage's own subject is resolved: in "Kask told the paper that she ..." the name
    is the subject and the passage says who. ``known``: folded words the document uses as
    names (its title's): a one-word subject that is also a common noun ("Clay was the foremost
    proponent ...") is a name if it is one of them.

    A sentence whose subject is a person's description (:func:`description_subject`) that brings
    in someone new ("Nursultan's mother had ...") ends the walk: the answer is that
    :class:`Described`, someone the source does not name there. A bare definite description
    ("The mother said ...") is passed over, as the chain's centre named again, and is the
    answer only where no name is found past it."""
    subject = sentence_subject(tokenize(passage), known)
    if not isinstance(subject, str):
        return None
    return antecedent_for(SUBJECT_PRONOUNS[subject], before, known)


def antecedent_for(gender: str, before: Sequence[str], known: frozenset[str] = frozenset()) \
        -> tuple[Token, ...] | Described | None:
    """Whom a "he" (``gender`` "masculine") or "she" ("feminine") of a sentence stands for,
    read from the subject chain of ``before`` (the sentences before it, nearest first) as
    :func:`pronoun_antecedent` reads it."""
    described: Described | None = None
    for sentence in before[:REACH]:
        tokens = tokenize(sentence)
        found = sentence_subject(tokens, known, last=True)
        if found is None:
            description = description_subject(tokens)
            if description is not None and person_noun_gender(description.head) not in (None, gender):
                description = None  # "A brother, ..." is no "she"
            if description is not None and description.new:
                return description  # someone new, the nearest subject: the pronoun's
            described = described or description
        if found is None or isinstance(found, str):
            continue  # another subject pronoun keeps the chain; a common noun's sentence is passed over
        if person_gender(found) not in (None, gender):
            continue
        return found
    return described


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


_TAIL = 4  # words after a closing report's verb: "he told reporters on Friday"


def tail_reporter(passage: str, reporting: frozenset[str]) -> str | None:
    """"masculine" or "feminine": the gender of a "he" or "she" that reports the passage's words
    after them, at its end or after its quotation ("The family handed over the suspects to the
    police, he added.", '"This is a club with real ambition," he told reporters.'): a pronoun
    after a comma or a closing quotation mark, outside any quotation, a verb of ``reporting``
    right after it, and at most :data:`_TAIL` words after that to the passage's end. ``None``
    where there is none. (A parenthetical goes on after it: "He's afraid, he says, to go out
    alone", inside Batyrbekova's quotation, is the boy's report in her words.)"""
    tokens = tokenize(passage)
    inside = quoted(tokens)
    for i in range(len(tokens) - 2, 0, -1):
        if tokens[i].folded in SUBJECT_PRONOUNS and not inside[i] and tokens[i - 1].folded in (",", '"') \
                and tokens[i + 1].folded in reporting \
                and sum(1 for t in tokens[i + 2:] if t.word) <= _TAIL and all(t.folded != "," for t in tokens[i + 2:]):
            return SUBJECT_PRONOUNS[tokens[i].folded]
    return None


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
    k = _opening(tokens)
    if k < n and tokens[k].folded in _NO_NAME_OPENERS:
        opener = k
        comma = next((i for i in range(opener, n) if tokens[i].folded == ","), n)
        # (A pronoun right after the opener is its own clause's subject: "When he was six years
        # old, Quinn attended ...".)
        pronoun = next((i for i in range(opener + 2, comma) if tokens[i].folded in _CONTRACTED or (
            tokens[i].folded in SUBJECT_PRONOUNS and _predicate_follows(tokens, i + 1))), None)
        if pronoun is not None or comma - opener > _OPENING_PHRASE:
            # No comma closes the opening phrase ("Before joining the board she was head of
            # surgery, where ..."): only a subject pronoun with its verb is told from its words.
            return _CONTRACTED.get(tokens[pronoun].folded, tokens[pronoun].folded) if pronoun is not None else None
        k = comma + 1
    elif k < n and _participle_opens(tokens[k]):
        # An opening participle's phrase runs to the comma before the subject and its verb, over
        # commas of its own: "Shattering the silence that ... in the ethnically sprawling, mostly
        # Muslim country of around 18 million, Gulbadar Musinova took to YouTube".
        k = next((i + 1 for i in range(k + 1, min(n, k + _PARTICIPLE_PHRASE)) if tokens[i].folded == ","
                  and _subject_at(tokens, i + 1, known)), n)
        if k >= n:
            return None
    start = k
    named = _name_after_description(tokens, k)  # "A visibly shaken Gulbadar Musinova gave ..."
    in_apposition = named is not None and tokens[named - 1].folded == ","  # "A brother, Zholaman Musinov, told"
    if named is not None:
        k = start = named
    clause = start  # where the current clause opens
    found: str | tuple[Token, ...] | None = None
    coordinated = False  # a new clause began since the subject found: ", and", ", but", ";"
    while k < n:
        t = tokens[k]
        if t.folded == ";" or (t.folded in ("and", "but") and k > 0 and tokens[k - 1].folded == ","):
            coordinated, clause = True, k + 1
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
            run = _name_run_end(tokens, k, keyed=False) - 1
            words = tuple(tokens[k:run + 1])
            # A subject opens its clause: the sentence, a coordinated clause (", but Smailova
            # says ..."), or the clause after an opening phrase's comma ("In 1913, at the age of
            # thirty-eight, Jung experienced ..."); a name after a preposition or a noun is an
            # object or a modifier ("In World War II, he ...", "his wife Marion joined"). One
            # opening word and a comma is an adverb ("Nonetheless,").
            opens_clause = k in (start, clause) or tokens[k - 1].folded == ","
            apposed = k == start and _apposition_then_predicate(tokens, run + 1)
            # (Unless a description set off by commas follows it, and a verb after that: "Lindqvist,
            # a Swedish cellist who turned to conducting in 2009, will take up the post".)
            adverb = k == start and run == 0 and run + 1 < n and tokens[run + 1].folded == "," \
                and not (apposed and run + 2 < n and tokens[run + 2].folded in _DETERMINERS)
            predicate = _predicate_follows(tokens, run + 1) or apposed \
                or (k == start and in_apposition and _predicate_follows(tokens, run + 2))
            # "Nursultan's mother had ...": the name owns a person, the subject; in "Hamilton's
            # time was better employed ..." it owns a thing, and is the one the sentence is about.
            owner = _possessive(tokens[run]) and _person_follows(tokens, run + 1)
            if opens_clause and not adverb and not owner and predicate and _person_like(words, k == start, known):
                found, coordinated = words, False
                if not last:
                    return found
            k = run + 1
            continue
        if found is None and t.word and not t.capital and verb_senses(t.folded) and t.folded not in _NO_NAME_OPENERS \
                and not is_common_noun(t.folded):
            # A verb before any subject was found: an inverted or subjectless clause. A later
            # coordinated clause may still have one ("Official statistics are difficult to
            # obtain, but Smailova says ...").
            following = next((i for i in range(k + 1, n) if tokens[i].folded == ";" or (
                tokens[i].folded in ("and", "but") and tokens[i - 1].folded == ",")), None)
            if not last or following is None:
                return None
            k = following
            continue
        k += 1
    return found


_CONJUNCTIONS = frozenset(("but", "and", "yet", "so"))  # a sentence may open with one ("But Smailova ...")
_PARTICIPLE_PHRASE = 60  # tokens an opening participle's phrase may run before its subject


def _opening(tokens: Sequence[Token]) -> int:
    """Where a sentence's own words open: past an opening quotation, which is what the subject
    says ('"She is recognised," Thompson reminds me'), and past an opening coordinating
    conjunction ("But Smailova, a former rape victim herself, praises ...")."""
    n = len(tokens)
    k = 0
    if n and tokens[0].folded == '"':
        k = next((i + 1 for i in range(1, n) if tokens[i].folded == '"'), n)
        if k < n and tokens[k].folded == ",":
            k += 1
    if k + 1 < n and tokens[k].folded in _CONJUNCTIONS and tokens[k + 1].folded != ",":
        k += 1
    return k


def _participle_opens(token: Token) -> bool:
    """Whether a sentence's first word is a participle that opens an adverbial phrase
    ("Shattering the silence ..., Musinova took ..."): a capitalised verb form in "-ing"."""
    return token.word and token.capital and token.folded.endswith("ing") and bool(verb_senses(token.folded))


def _subject_at(tokens: Sequence[Token], k: int, known: frozenset[str]) -> bool:
    """Whether a subject pronoun or a person's name with its verb opens at ``k``."""
    n = len(tokens)
    if k >= n:
        return False
    if tokens[k].folded in _CONTRACTED or (tokens[k].folded in SUBJECT_PRONOUNS and _predicate_follows(tokens, k + 1)):
        return True
    run = _name_run_end(tokens, k)
    return run > k and tokens[k].folded not in _NO_NAME_OPENERS and _predicate_follows(tokens, run) \
        and _person_like(tuple(tokens[k:run]), False, known)


_DETERMINERS = frozenset(("the", "a", "an", "this", "that")) | POSSESSIVE_PRONOUNS
# Words that end a description's modifiers: a clause, a phrase of its own, a coordination.
_PAST_MODIFIERS = frozenset("who whom whose which that of in at on for with by to from and or but as than".split())
_MODIFIERS = 6  # tokens between a determiner and its noun or name: "The 30-year-old victim's mother"
_APPOSITION = 15  # tokens of an apposition between a name and its verb


def _modifiers_end(tokens: Sequence[Token], k: int) -> int:
    """Past a determiner at ``k`` and the lower-case words after it, at most :data:`_MODIFIERS`
    (no clause or phrase word, :data:`_PAST_MODIFIERS`): the first token that is none of them."""
    n = len(tokens)
    j = k + 1
    while j < n and j - k <= _MODIFIERS and tokens[j].word and not tokens[j].capital \
            and tokens[j].folded not in _PAST_MODIFIERS and tokens[j].folded not in _DETERMINERS:
        j += 1
    return j


def _name_after_description(tokens: Sequence[Token], k: int) -> int | None:
    """Where a name opens that a description at ``k`` leads into, as the subject: right after
    its modifiers ("A visibly shaken Gulbadar Musinova gave ...") or as its apposition ("A
    brother, Zholaman Musinov, told ..."); ``None`` otherwise."""
    n = len(tokens)
    if k >= n or tokens[k].folded not in _DETERMINERS:
        return None
    j = _modifiers_end(tokens, k)
    if j < n and tokens[j].folded == "," and j - 1 > k and is_person(tokens[j - 1].folded):
        j += 1  # the description's apposition
        run = _name_run_end(tokens, j)
        return j if run > j and run + 1 < n and tokens[run].folded == "," and _predicate_follows(tokens, run + 1) else None
    if j < n and tokens[j].capital and tokens[j].key is not None and j > k + 1:
        run = _name_run_end(tokens, j, keyed=False)
        # (A name before a noun modifies it: "The way the Musinov family is dealing ...".)
        return j if _predicate_follows(tokens, run) and not _noun_at(tokens, run) else None
    return None


def _name_run_end(tokens: Sequence[Token], k: int, *, keyed: bool = True) -> int:
    """The index after the run of capitalised words that opens at ``k`` (``k`` itself where
    none does); with ``keyed``, words with an index term only (no capitalised stopword: "The")."""
    n = len(tokens)
    while k < n and tokens[k].word and tokens[k].capital and (tokens[k].key is not None or not keyed):
        k += 1
    return k


def _noun_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether the word at ``k`` is a common noun that is no auxiliary or form of "be"."""
    return k < len(tokens) and is_common_noun(tokens[k].folded) and tokens[k].folded not in BE_FORMS \
        and tokens[k].folded not in _AUXILIARIES


def _apposition_then_predicate(tokens: Sequence[Token], k: int) -> bool:
    """Whether an apposition set off by commas opens at ``k``, right after a name, and a verb
    follows it ("Smailova, a former rape victim herself, praises ..."): no subject pronoun in
    it, which would make it a clause of its own ("..., Harry Burgess, he overcame a stammer")."""
    n = len(tokens)
    if k >= n or tokens[k].folded != ",":
        return False
    end = next((i for i in range(k + 1, min(n, k + 1 + _APPOSITION)) if tokens[i].folded == ","), None)
    if end is None or end == k + 1:
        return False
    if any(t.folded in SUBJECT_PRONOUNS or t.folded in _CONTRACTED for t in tokens[k + 1:end]):
        return False
    return _predicate_follows(tokens, end + 1)


# They bring someone in. (A possessive pronoun's "Her father was a carpenter" does not: its owner
# is the one the chain is about, and a biography's next "She" is still its subject.)
_NEW_DETERMINERS = frozenset(("a", "an"))


def description_subject(tokens: Sequence[Token]) -> Described | None:
    """A sentence's subject where it describes one person without naming them: a determiner or
    an owner's name ("Nursultan's"), up to :data:`_MODIFIERS` lower-case words, and a singular
    noun whose first WordNet sense is a person (:func:`factcheck.lexicon.noun_kinds.load_persons`),
    then its verb: "The 30-year-old victim's mother posted a video appeal ...", '"Why should I
    be ashamed?" the mother asks ...' (``Described("mother", ...)``; its ``new`` as
    :class:`Described` says). ``None`` otherwise: a plural ("The suspects ...", which no "he" or
    "she" stands for), a name in apposition ("A brother, Zholaman Musinov, told ...",
    :func:`sentence_subject`'s), a thing."""
    k = _opening(tokens)
    n = len(tokens)
    if k >= n:
        return None
    if tokens[k].capital and tokens[k].key is not None and tokens[k].folded not in _DETERMINERS:
        owner = k  # "Nursultan's mother had ..."
        while owner < n and tokens[owner].word and tokens[owner].capital and not _possessive(tokens[owner]):
            owner += 1
        if owner >= n or not _possessive(tokens[owner]) or owner - k > 3:
            return None
        k, new = owner, True
    elif tokens[k].folded in _DETERMINERS:
        new = tokens[k].folded in _NEW_DETERMINERS
    else:
        return None
    end = _modifiers_end(tokens, k)
    for j in range(k + 1, end):
        word = tokens[j].folded
        if word in load_persons() and (j + 1 == end or not is_person(tokens[j + 1].folded)) \
                and _predicate_follows(tokens, j + 1):
            return Described(word, new or any(_possessive(t) for t in tokens[k + 1:j]))
    return None


def _person_follows(tokens: Sequence[Token], k: int) -> bool:
    """Whether a noun naming a person (:func:`factcheck.lexicon.noun_kinds.load_persons`) is
    among the lower-case words from ``k`` on, as far as a description's modifiers run."""
    return any(tokens[j].folded in load_persons() for j in range(k, _modifiers_end(tokens, k - 1)))


def _possessive(token: Token) -> bool:
    """Whether a token is a noun's possessive ("victim's", "Nursultan’s", "parents'")."""
    return token.word and (token.folded.endswith("'s") or token.folded.endswith("s'"))


# Adverbs that stand between a subject and its verb without "-ly": "Tom Brand soon left", "He
# twice refused".
_PREVERBAL = frozenset(("soon", "still", "often", "again", "even", "just", "already", "always", "twice", "thrice"))


def _predicate_follows(tokens: Sequence[Token], k: int) -> bool:
    if k < len(tokens) and (tokens[k].folded.endswith("ly") or tokens[k].folded in _PREVERBAL) and not tokens[k].capital:
        k += 1  # "He officially signed ...", "He soon left ..."
    return k < len(tokens) and _predicate_start(tokens[k])


def _predicate_start(token: Token) -> bool:
    return token.folded == "(" or token.folded in BE_FORMS or token.folded in _AUXILIARIES \
        or (token.word and not token.capital and bool(verb_senses(token.folded)))


def _person_like(words: tuple[Token, ...], opens: bool, known: frozenset[str]) -> bool:
    """A run of capitalised words that may be a person's name: not a known place unless the
    document names someone by its words (``known``: "William Rowan Hamilton"), and, when it
    opens the sentence as one word, no common noun ("Critics praised ...") unless the document
    names someone by it ("Henry Clay")."""
    if is_place(" ".join(t.folded for t in words)) and not all(t.folded in known for t in words):
        return False
    return not (opens and len(words) == 1 and is_common_noun(words[0].folded) and words[0].folded not in known)
