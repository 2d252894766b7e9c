"""The words that carry meaning beside content: negation, hedge and speech cues, and their scope.

Tokens keep their offsets into the text; a cue governs the words after it up to the end of its
clause, or (in subject position) its whole clause. Negation cues and scope follow BioScope
(Vincze et al., 2008) and the *SEM 2012 shared task (Morante and Blanco, 2012); hedge cues the
CoNLL-2010 shared task (Farkas et al., 2010), restricted to attribution and speculation.
Closed-class word lists, written here: no lexical resource lists them.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from factcheck.index.bm25 import term
from factcheck.lexicon.adjectives import clusters_of
from factcheck.lexicon.noun_kinds import is_group, is_person, kin_lemma
from factcheck.lexicon.nouns import is_common_noun
from factcheck.lexicon.titles import OFFICES
from factcheck.lexicon.verbs import is_participle, verb_senses
from factcheck.sources.normalize import fold
from factcheck.sources.passages import split_sentences

WORD = re.compile(r"\w+(?:['’]\w+)*|[,;:()\[\]—–]|\s-\s|[\"“”«»]|(?<!\w)['‘’]|['‘’](?!\w)")


QUOTE_MARKS = frozenset("\"“”«»‘’'")


# Clause boundaries for the scope of a cue: punctuation, and the words that open another clause.
BOUNDARY_WORDS = frozenset("but while whereas although though however because who which whom whose and "
                            "yet unless until since after before when where".split())


NEGATION_WORDS = frozenset("not no never none nobody nothing neither nor without cannot nowhere un-".split())


# Adverbs of a report that say what was reported is untrue: "falsely stated", "wrongly accused".
FALSITY_ADVERBS = frozenset("falsely wrongly erroneously mistakenly incorrectly untruthfully wrongfully".split())
# Their adjectives before what is untrue: "was wrong about where the boy lives", "it is false that".
FALSITY_ADJECTIVES = frozenset("wrong false untrue incorrect mistaken inaccurate erroneous".split())
FALSITY_CUES = FALSITY_ADVERBS | FALSITY_ADJECTIVES
_FALSITY_OBJECTS = frozenset("about that".split())
_FALSELY_GIVEN = frozenset("accused accuses charged claimed alleged labelled labeled branded portrayed "
                           "described identified reported suggested implied".split())


SUBJECT_NEGATION = frozenset("no nobody nothing none neither".split())


# Verbs that negate what they govern: denials, and Karttunen's negative implicatives ("Implicative
# verbs", Language 47, 1971): "failed to sign" and "avoided prosecution" entail "did not sign",
# "was not prosecuted". "escape" is left out: "escaped from prison" grants the prison.
NEGATION_VERBS = frozenset("fail fails failed failing refuse refuses refused refusing decline declines declined "
                            "declining deny denies denied denying avoid avoids avoided avoiding neglect neglects "
                            "neglected neglecting refrain refrains refrained refraining".split())
# Their nouns before "to" negate the same way: "charges of failure to fulfill the duties" is
# "did not fulfill" ("failing to fulfil"), "her refusal to provide" is "refused to provide".
NEGATION_NOUNS = frozenset("failure failures refusal refusals".split())


# "not only", "no doubt", "nothing but", "whether or not", "not least": no change of polarity.
NOT_NEGATION_AFTER = {"not": frozenset({"only", "just", "least", "merely", "simply", "until", "unlike"}),
                       "no": frozenset({"doubt", "sooner", "less", "more", "longer"}),
                       "nothing": frozenset({"but", "less", "short"})}


HEDGE_WORDS = frozenset("allege alleges alleged allegedly allegation allegations reportedly purportedly "
                         "supposedly reputedly accused accuses accusing suspected suspect suspicion rumoured rumored "
                         "claim claims claimed claiming may might probably possibly perhaps apparently "
                         "seemingly presumably likely believe believes believed argues argued suggests suggested "
                         "considered regarded viewed assumed presumed seen seems seem seemed appear appears appeared appearing "
                         "impression describe describes described describing cited cites citing".split())


# Belief and opinion verbs hedge only when they report a proposition ("believed that",
# "is considered (to be) the", "is viewed as", "is assumed to be", "is seen as", "seems to"):
# "considered running" is no hedge. The cues are those of the CoNLL-2010 shared task.
REPORTING = {"believe": {"that"}, "believes": {"that"}, "believed": {"that", "to"}, "argues": {"that"}, "argued": {"that"},
              "suggests": {"that"}, "suggested": {"that"}, "considered": {"to", "the", "a", "an", "one", "as"},
              "regarded": {"as"}, "viewed": {"as"}, "assumed": {"to", "that"}, "presumed": {"to", "that"},
              "seen": {"as"}}
# "seem" and "appear" hedge before "to", "that", "as if" or an adjective ("appeared intent on
# delaying", "seemed reluctant"), not in place ("appeared in court"); "impression" hedges what
# follows its "that" ("creates the impression that the authorities' priority is ..."). Cues of
# the CoNLL-2010 hedge lexicon (Farkas et al., 2010).
_SEMBLANCE = frozenset("seems seem seemed appear appears appeared appearing".split())
_SEMBLANCE_OPENERS = frozenset(("as", "that"))  # open the clause of a semblance inside a sentence
# "is seen as" reports a view; "seen as he left" does not: "seen" hedges after a form of "be"
# or an adverb ("widely seen as").
_SEEN_AFTER = frozenset("is are was were be been being".split())


MODALS = frozenset({"may", "might", "could"})  # speculation: governs its own clause only


ADVERB_HEDGES = frozenset("reportedly allegedly purportedly supposedly according probably possibly perhaps "
                           "apparently seemingly presumably likely".split())


HEDGE_PHRASES = (("according", "to"), ("is", "thought"), ("are", "thought"), ("was", "thought"),
                  ("were", "thought"), ("is", "said", "to"), ("are", "said", "to"), ("was", "said", "to"),
                  ("were", "said", "to"), ("could", "have"), ("supposed", "to"), ("is", "expected", "to"),
                  # a report raised over its subject: "Elizabeth is reported to have owned 15,000
                  # dresses", "is understood to be the document of Canadian Confederation"
                  ("is", "reported", "to"), ("are", "reported", "to"), ("was", "reported", "to"),
                  ("were", "reported", "to"), ("is", "understood", "to"), ("are", "understood", "to"),
                  ("was", "understood", "to"), ("were", "understood", "to"),
                  ("are", "expected", "to"), ("was", "expected", "to"), ("were", "expected", "to"),
                  # who someone claims to be: "unknown individuals, who introduce themselves as state officials"
                  ("introduce", "themselves", "as"), ("introduced", "themselves", "as"), ("introduces", "himself", "as"),
                  ("introduces", "herself", "as"), ("introduced", "himself", "as"), ("introduced", "herself", "as"),
                  ("posing", "as"), ("posed", "as"), ("purporting", "to"), ("claiming", "to", "be"),
                  # what someone takes a fact for: "seized upon this development as further evidence
                  # that provincial officials were scrambling", "as a sign that", "as proof that"
                  ("evidence", "that"), ("sign", "that"), ("proof", "that"))


# The English names of the months and the days of the week (folded): a date's words, which the
# value comparison reads, not a name or a thing in some place.
MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split())
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")  # Monday first (ISO 8601)
WEEKDAY_NAMES = frozenset(WEEKDAYS)
CALENDAR_NAMES = MONTH_NAMES | WEEKDAY_NAMES


# The possessive determiners: "his grandmother", "their phones".
POSSESSIVE_PRONOUNS = frozenset("his her their its my our your".split())


# The articles, and the endings of an English possessive ("the victim's", "the suspects'"):
# shared by the modules that read a noun phrase's parts (roles, possessors, complements, subjects).
ARTICLES = frozenset("the a an".split())
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
BE_FORMS = frozenset("is are was were be been being".split())  # before a participle: a passive
# The auxiliaries and modals other than "be" that stand before a clause's verb (Quirk et al.
# 1985, §3.21: the primary verbs "have" and "do", and the central modals).
AUXILIARIES = frozenset("has have had do does did will would can could may might must shall should".split())


DETERMINERS = frozenset("the a an after of these those such many some by in with from amid despite his her "
                         "their its our".split())


PHRASE_STARTS = frozenset(phrase[0] for phrase in HEDGE_PHRASES)


# A report that foregrounds its source ("Mayor Nenshi stated that ...", "Scholars have noted
# that ...") attributes what follows; so does a person's closing report ("..., the mother said.",
# closing_report), but an office's ("..., the statistics office said.") is its record.
# Speculation verbs ("Many have speculated that ...") are cues of the CoNLL-2010 hedge-detection
# lexicon (Farkas et al., 2010) and hedge the same way.
THAT_REPORTS = frozenset("said says saying stated states stating noted notes noting reported reports asserted asserts "
                          "asserting wrote writes claimed claims told tells maintained maintains maintaining contended "
                          "contends contending insisted insists insisting "
                          "observed observes remarked remarks speculated speculate speculates hypothesized "
                          "hypothesised theorized theorised conjectured surmised".split())


SPEECH_VERBS = frozenset("said says say told tells stated states wrote writes exclaimed added asked asks declared "
                          "adds insisted explained noted argued recalled according described describes replied replies "
                          "responded warned warns admitted admits acknowledged announced called calls remarked remarks "
                          "commented comments answered answers retorted".split())


# What a falsity adverb qualifies as a report: "falsely stated", "wrongly accused".
_FALSELY_REPORTED = THAT_REPORTS | SPEECH_VERBS | _FALSELY_GIVEN


QUANTIFIERS = frozenset("all every each some most many few several none only always never sometimes often "
                         "rarely no any".split())
# Adverbs of proportion and exclusivity that quantify a phrase ("mostly targeting readers from
# Almaty" / "aimed only at readers from Almaty"), with the quantifier each one says: words of one
# class are paraphrases of each other ("mostly" / "mainly"), words of two classes differ.
QUANTIFIER_ADVERBS = {
    **dict.fromkeys("mostly mainly largely primarily chiefly predominantly".split(), "most"),
    **dict.fromkeys("exclusively solely".split(), "only"),
    **dict.fromkeys("entirely wholly".split(), "all"),
    **dict.fromkeys("partly partially".split(), "some"),
    # How many times: "approached the school once" / "multiple times"
    "once": "one", "twice": "two", "multiple": "several", "repeatedly": "several",
}

# Nouns of proportion before "of" ("the vast majority of rapes", "a handful of cases"), with the
# quantifier each one says.
QUANTIFIER_NOUNS = {"majority": "most", "minority": "some", "handful": "few"}


# Temporal order. WordNet has no antonym pointer between the prepositions and subordinators
# "before" and "after" (its adverbs "before"/"earlier" and "after"/"later" are separate synsets
# with no '!' link), so the order they state comes from TimeML instead: the SIGNAL words of its
# TLINK relations BEFORE and AFTER, which are each other's inverse (Pustejovsky et al., "TimeML:
# Robust Specification of Event and Temporal Expressions in Text", IWCS-5, 2003; TimeML 1.2.1
# annotation guidelines, section 2.3.1). "following", "since" and "until" are left out: they are
# also adjectives ("the following day") or state durations, not an order of two events.
TEMPORAL_ORDER = {"before": "BEFORE", "prior": "BEFORE", "after": "AFTER"}

# The parts of a day: a time of day as a clock time is, only coarser ("on Sunday night", "the
# morning after the attack").
DAY_PARTS = frozenset("morning afternoon evening night".split())


@dataclass(frozen=True, slots=True)
class Token:
    """One word (or punctuation mark) of a text: ``text[start:end]``, folded, and its index term."""

    start: int
    end: int
    folded: str
    key: str | None      # index term (stem, irregular base, variant key); None for a stopword or mark
    capital: bool        # written with a capital letter
    word: bool           # a word, not a punctuation mark


def _token_maker() -> Callable[[int, int, str, str | None, bool, bool], Token]:
    """``Token(start, end, folded, key, capital, word)``, made without the frozen dataclass's
    ``__init__``, which sets each field through ``object.__setattr__`` by name: the new token's
    slots are set through their own descriptors, so that it is the same token (equal, hashed
    alike, as frozen) at about half the cost. :func:`tokenize` makes every token of a claim
    and its candidates, some 700 a claim."""
    new = object.__new__
    set_start, set_end, set_folded, set_key, set_capital, set_word = (
        getattr(Token, field.name).__set__ for field in dataclasses.fields(Token))

    def make(start: int, end: int, folded: str, key: str | None, capital: bool, word: bool) -> Token:
        token = new(Token)
        set_start(token, start)
        set_end(token, end)
        set_folded(token, folded)
        set_key(token, key)
        set_capital(token, capital)
        set_word(token, word)
        return token

    return make


_token = _token_maker()


@lru_cache(maxsize=1024)
def tokenize(text: str) -> tuple[Token, ...]:
    """Words and clause punctuation of ``text`` with their offsets (``text[t.start:t.end]``).

    Memoised: a claim is aligned with each of its candidates, and a passage is a candidate of
    many claims; the tokens are immutable."""
    tokens: list[Token] = []
    append = tokens.append
    for m in WORD.finditer(text):
        raw = m.group()
        start = m.start()
        if raw[0].isspace():  # " - " (the one alternative of WORD with blanks): the dash alone
            raw = raw.strip()
            start += 1
        folded, key, is_word, negated, capital = _word_form(raw)
        if negated:
            # "unreported" is "not reported": the prefix is a negation cue of its own, the rest
            # the word it negates, so that it aligns with "reported" and "never reported".
            append(Token(start, start + 2, PREFIX_NEGATION, None, capital, True))
            append(Token(start + 2, start + len(raw), folded[2:], term(folded[2:]), False, True))
            continue
        append(_token(start, start + len(raw), folded, key, capital, is_word))
    return tuple(tokens)


@lru_cache(maxsize=1 << 16)
def _word_form(raw: str) -> tuple[str, str | None, bool, bool, bool]:
    """What :func:`tokenize` makes of one matched word or mark, whatever text it is in: its
    folded form, its index term, whether it is a word, whether it is a negated participle
    ("unreported"), and whether it is written with a capital. Memoised: a run meets the same
    words in passage after passage, and the folding and the WordNet lookups are most of the
    cost of tokenising a new passage."""
    is_word = raw[:1].isalnum() or raw[:1] == "_"
    folded = fold(raw).replace("’", "'")
    key = term(folded) if is_word else None
    return folded, key, is_word, is_word and _prefix_negated(folded), raw[:1].isupper()


_R = TypeVar("_R")
TOKENS_MEMO = 64  # token tuples whose results a per_tokens function keeps: a claim's and its candidates'


@functools.lru_cache(maxsize=256)
def sentences_of(text: str) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` of each sentence of a passage or claim, as the sources' splitter cuts
    them ("NeMolchi.kz" ends none), once per text: the rules that ask which sentence a token is
    in ask many times per alignment."""
    return tuple(split_sentences(text, 0, len(text)))


def per_tokens(compute: Callable[[Sequence[Token]], _R]) -> Callable[[Sequence[Token]], _R]:
    """Memoise a function of a text's tokens by the token tuple itself.

    :func:`tokenize` hands out one tuple per text while it keeps the text, so a claim aligned
    with each of its candidates brings the same tuple every time: what is found in the claim's
    tokens alone (its negation scopes, its hedges) is found once per claim. Keyed by identity
    (the tuple is held, so its id is not reused), as hashing the tokens would cost as much as the
    work; a list, which may change, is not kept. Callers must not change what is returned."""
    found: dict[int, tuple[Sequence[Token], _R]] = {}

    @functools.wraps(compute)
    def memoised(tokens: Sequence[Token]) -> _R:
        if type(tokens) is not tuple:
            return compute(tokens)
        entry = found.get(id(tokens))
        if entry is not None and entry[0] is tokens:
            return entry[1]
        result = compute(tokens)
        if len(found) >= TOKENS_MEMO:
            found.clear()
        found[id(tokens)] = (tokens, result)
        return result

    return memoised


PREFIX_NEGATION = "un-"  # the folded form of the prefix split off a negated participle (no word is written so)


def _prefix_negated(folded: str) -> bool:
    """Whether a word is "un" and a past participle (:func:`factcheck.lexicon.verbs.is_participle`),
    while the whole word is no verb of its own: "unreported", "unpaid", "unopposed", "unknown"; not
    "unveiled" (WordNet has "unveil"), "united" or "undermined" (no "ited", "dermined")."""
    if len(folded) < 6 or not folded.startswith("un") or not folded.isalpha():
        return False
    return is_participle(folded[2:]) and not verb_senses(folded)


def negated_participle_term(folded: str) -> str | None:
    """The index term of the participle a negating prefix was put on ("unpunished": the term of
    "punished"; :func:`_prefix_negated`), or None for any other word. A passage that says
    "punished" speaks of what "unpunished" negates: retrieval finds it, and the alignment, which
    splits the prefix off (:func:`tokenize`), compares the two polarities."""
    return term(folded[2:]) if _prefix_negated(folded) else None


def clause_end(tokens: Sequence[Token], i: int) -> int:
    """Index just past the clause that token ``i`` stands in (scanning forwards); ``len(tokens)``
    for an ``i`` past the last token (a text that ends where the clause would begin)."""
    j = min(i + 1, len(tokens))
    while j < len(tokens) and tokens[j].word and tokens[j].folded not in BOUNDARY_WORDS:
        j += 1
    return j


def clause_start(tokens: Sequence[Token], i: int) -> int:
    """Index of the first token of the clause that token ``i`` stands in."""
    j = i
    while j > 0 and tokens[j - 1].word and tokens[j - 1].folded not in BOUNDARY_WORDS:
        j -= 1
    return j


def is_negation_cue(tokens: Sequence[Token], i: int) -> bool:
    t = tokens[i]
    if not t.word:
        return False
    following = tokens[i + 1].folded if i + 1 < len(tokens) else ""
    if t.folded == "no" and following == "longer":
        # "no longer stands by its decision": the state has ended (Horn 1989, aspectual negation);
        # "no longer than 5 km" compares.
        return not (i + 2 < len(tokens) and tokens[i + 2].folded == "than")
    if t.folded in NOT_NEGATION_AFTER and following in NOT_NEGATION_AFTER[t.folded]:
        return False
    if t.folded == "no" and (t.capital and (following[:1].isdigit() or following == "")):
        return False  # "No. 5"
    if t.folded == "no" and following[:1].isdigit() and tokens[i + 1].start - t.end >= 2:
        return False  # "Symphony no. 6": the abbreviation's point stands between ("no 6 people" negates)
    if t.folded in {"not", "no"} and i > 0 and tokens[i - 1].folded in {"whether", "if", "or"}:
        return False  # "whether or not", "if not", "may or may not"
    if t.folded == "without" and t.capital and 0 < i < len(tokens) - 1 and tokens[i - 1].capital \
            and tokens[i + 1].word and tokens[i + 1].capital and tokens[i - 1].folded.endswith("s") \
            and is_common_noun(tokens[i - 1].folded):
        # Inside a name: "Reporters Without Borders", "Doctors Without Borders" (plural noun,
        # "Without", capitalised word); a title-case headline keeps its negation ("Was Reportedly
        # Not Invited", "Families Left Without Help").
        return False
    if t.folded in NEGATION_WORDS or t.folded.endswith("n't"):
        return True
    if (t.folded in FALSITY_ADVERBS and following in _FALSELY_REPORTED) \
            or (t.folded in FALSITY_ADJECTIVES and following in _FALSITY_OBJECTS):
        # "the article falsely stated the child still lives in the village": the writer says what
        # was stated is not so (a counterfactive report, as "deny" is a negative one).
        return True
    if t.folded == "unless":
        # "unless she paid" is "if she did not pay": a negative condition (Quirk et al. 1985,
        # §15.36), compared as one with the "not" of the other text's "if".
        return True
    if t.folded == "far" and following == "from" and i + 2 < len(tokens):
        # "far from proven", "far from certain": not proven (Horn, "A Natural History of
        # Negation", 1989: an approximative negator); "far from the city" is a distance.
        after = tokens[i + 2].folded
        return is_participle(after) or bool(clusters_of(after))
    if t.folded == "short" and following == "of" and i > 0 and tokens[i - 1].folded in _STOP_FORMS:
        # "stopped short of accusing the police": did not accuse them (a negative implicative
        # idiom, as "refrained from": Karttunen 1971).
        return True
    return t.folded in NEGATION_VERBS or (t.folded in NEGATION_NOUNS and following == "to")


_STOP_FORMS = frozenset("stop stops stopped stopping".split())


@per_tokens
def negation_scopes(tokens: Sequence[Token]) -> list[tuple[int, range]]:
    """Each negation cue with the token indices it governs.

    A cue governs the rest of its clause; in subject position (before the clause's first
    verb: "no one", "nothing", "neither") the whole clause.
    """
    scopes = []
    for i in range(len(tokens)):
        if not is_negation_cue(tokens, i):
            continue
        start, end = i + 1, clause_end(tokens, i)
        if tokens[i].folded == PREFIX_NEGATION:
            end = i + 2  # "unpaid workers protested": the prefix negates its own word only
        elif tokens[i].folded in SUBJECT_NEGATION and not _object_position(tokens, i, end):
            start = clause_start(tokens, i)
        elif tokens[i].folded in FALSITY_CUES:
            end = _falsity_end(tokens, i)
        else:
            end = _past_pronoun_head(tokens, i, end)
        scopes.append((i, range(start, end)))
    return scopes


def _past_pronoun_head(tokens: Sequence[Token], cue: int, end: int) -> int:
    """``end``, the end of a cue's clause, or, where the clause has no content word after the cue
    and a relative clause opens at ``end`` ("are not those in which the pot is divided", "is not
    the one who"), the end of that relative clause: a negated pronoun head says nothing but what
    its relative clause says, and the cue governs that too."""
    if end < len(tokens) and tokens[end].folded in _RELATIVE_OPENERS \
            and not any(tokens[k].key for k in range(cue + 1, end)):
        return clause_end(tokens, end + 1) if end + 1 < len(tokens) else len(tokens)
    return end


# What opens a relative clause that completes a negated pronoun head: "not those which ...", "not
# the one who ...".
_RELATIVE_OPENERS = frozenset("which who whom whose that where when".split())

# What opens the clause of what a falsity cue says is untrue: "wrong about where the boy lives".
_UNTRUE_OPENERS = frozenset("that where what who when how why whether".split())


def _falsity_end(tokens: Sequence[Token], cue: int) -> int:
    """The end of what a cue of falsity (:data:`FALSITY_ADVERBS`, :data:`FALSITY_ADJECTIVES`) at
    ``cue`` (one of :data:`FALSITY_CUES`) governs: its clause, and the clause that its "about"/"that" or its verb opens with a
    wh-word or "that" ("was wrong about where the boy lives", "falsely stated that he had fled")."""
    end = clause_end(tokens, cue)
    while end < len(tokens) and tokens[end].folded in _UNTRUE_OPENERS:
        end = clause_end(tokens, end + 1) if end + 1 < len(tokens) else len(tokens)
    return end


def _object_position(tokens: Sequence[Token], i: int, end: int) -> bool:
    """Whether a cue of :data:`SUBJECT_NEGATION` determines an object: content words come before
    it in its clause and a content word after it ("the opposition had no plan": "plan"). It then
    governs what follows it, like "not"; "Police found nothing" keeps its whole clause."""
    return any(tokens[k].key for k in range(clause_start(tokens, i), i)) and any(
        tokens[k].key for k in range(i + 1, end))


def negated(index: int, scopes: Sequence[tuple[int, range]]) -> bool:
    return any(index in scope and index != cue for cue, scope in scopes)


def head_word(tokens: Sequence[Token], cue: int) -> int | None:
    """The first content word after a cue, within its clause: the word it negates or qualifies.
    A light verb hands that role to the content word it carries ("did not get an invite":
    "invite"; "did not take part": "part"), as in light-verb constructions (Jespersen; Butt,
    "The light verb jungle", 2010), when one follows in the clause."""
    end = clause_end(tokens, cue)
    if tokens[cue].folded in FALSITY_CUES and cue + 2 < (end := _falsity_end(tokens, cue)):
        # What was falsely stated: the verb of the reported words, past their subject ("falsely
        # stated the child still lives": "lives"; "wrongly accused him of stealing": "stealing").
        subject = next((k for k in range(cue + 2, end) if tokens[k].key), end)
        verbs = [k for k in range(subject + 1, end) if tokens[k].key and not tokens[k].capital
                 and verb_senses(tokens[k].folded)]
        # (A verb in a form of its own first, past an adverb that is also a verb: "still lives".)
        head = next((k for k in verbs if is_participle(tokens[k].folded) or tokens[k].folded.endswith(("s", "ing"))),
                    verbs[0] if verbs else None)
    elif tokens[cue].folded in NEGATION_VERBS and cue + 1 < end and tokens[cue + 1].folded == "that":
        # A statement denied: its subject's name is not what is negated ("to deny that Nursultan
        # was victim of any assaults": "victim").
        head = next((k for k in range(cue + 2, end) if tokens[k].key and not tokens[k].capital), None)
    elif tokens[cue].folded in _CORRELATIVES and (verb := next(
            (k for k in range(cue + 1, end) if tokens[k].key and not tokens[k].capital
             and is_participle(tokens[k].folded)), None)) is not None:
        # "Neither the school nor the police had replied": the predicate is what is negated,
        # for each of the subjects the correlatives join (Quirk et al. 1985, §13.38).
        head = verb
    else:
        # ("no longer stands": the verb after "longer", which negates it as "not" would.)
        after = cue + 2 if tokens[cue].folded == "no" and cue + 1 < end and tokens[cue + 1].folded == "longer" else cue + 1
        end = _past_pronoun_head(tokens, cue, end)
        head = next((k for k in range(after, end) if tokens[k].key), None)
    if head is not None and tokens[head].folded in LIGHT_VERBS:
        return next((k for k in range(head + 1, end) if tokens[k].key), head)
    return head


_CORRELATIVES = frozenset(("neither", "nor"))
LIGHT_VERBS = frozenset(
    "get gets got gotten getting give gives gave given giving have has had having make makes made making "
    "take takes took taken taking do does did done doing".split())


def phrase_start(tokens: Sequence[Token], i: int) -> int:
    """First token of the run of words before ``i`` up to a punctuation mark: a speaker's
    whole name ("Kazakhstan's Ministry of Information and Social Development said")."""
    j = i
    while j > 0 and tokens[j - 1].word:
        j -= 1
    return j


def phrase_end(tokens: Sequence[Token], i: int) -> int:
    """Index just past the run of words after ``i`` up to a punctuation mark."""
    j = i + 1
    while j < len(tokens) and tokens[j].word:
        j += 1
    return j


def quoted(tokens: Sequence[Token]) -> list[bool]:
    """Whether each token stands inside quotation marks.

    A quotation closes at a mark of its own kind (double or single): a single mark inside a
    double quotation ("the parents' lawyer") closes nothing. Outside a quotation, a mark set
    right after the token before it and apart from the token after it opens nothing: it is an
    apostrophe ("the parents' lawyer said"). A text that starts inside a quotation (a passage
    whose sentence before opened it: 'I will file charges ...," the mother said.') is read as
    inside up to its first double mark when that mark closes (:func:`_closing_double_mark`)."""
    marks = [k for k, t in enumerate(tokens) if not t.word and t.folded in QUOTE_MARKS]
    kind = '"' if marks and _closing_double_mark(tokens, marks[0]) else ""
    flags = []
    for k, t in enumerate(tokens):
        if t.word or t.folded not in QUOTE_MARKS:
            flags.append(bool(kind))
            continue
        flags.append(False)
        mark = "'" if t.folded == "'" else '"'
        if not kind:
            if not _glued_after(tokens, k):
                kind = mark
        elif mark == kind:
            kind = ""
    return flags


def _glued_after(tokens: Sequence[Token], k: int) -> bool:
    """Whether the mark at ``k`` is set right after the token before it and apart from the one
    after it: a closing mark or an apostrophe, never an opening one."""
    # (Over one character: a "?" or "!" is no token: 'no investigation?" wrote'.)
    return k > 0 and tokens[k].start - tokens[k - 1].end <= 1 \
        and (k + 1 == len(tokens) or tokens[k + 1].start > tokens[k].end)


def _closing_double_mark(tokens: Sequence[Token], k: int) -> bool:
    """Whether the quotation mark at ``k`` is a double one that closes: set right after the token
    before it and apart from the token after it (a single mark so set is an apostrophe as
    often: "the parents' lawyer")."""
    return tokens[k].folded == '"' and _glued_after(tokens, k)


@per_tokens
def hedge_cues(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Token ranges of hedge cues: single words and fixed phrases, in a text of one sentence
    (or one whose sentences are unknown: see :func:`hedge_cues_across`)."""
    return hedge_cues_across(tokens, frozenset())


def hedge_cues_across(tokens: Sequence[Token], sentence_starts: frozenset[int]) -> list[tuple[int, int]]:
    """Token ranges of hedge cues in a text of several sentences.

    ``sentence_starts``: the indices of the tokens that open its second and later sentences.
    The tokens keep no full stops, so a report that opens the second sentence of a window glued
    to the first ('... and sped away.The mother said family members tracked down the car')
    would otherwise seem to stand inside the first sentence's last clause."""
    cues = []
    for k, t in enumerate(tokens):
        if not t.word:
            continue
        if t.folded in HEDGE_WORDS:
            if t.folded == "may" and _the_month(tokens, k):
                continue
            if t.folded in {"claim", "claims"} and not (k + 1 < len(tokens) and tokens[k + 1].folded == "that") \
                    and not _claims_clause(tokens, k):
                continue  # "claims" the noun, or "claimed the title"; only "claims that" reports
            if t.folded in {"allegation", "allegations"} and not (k + 1 < len(tokens)
                                                                 and tokens[k + 1].folded in {"that", "of"}):
                continue  # "to relay her allegations": what is alleged follows "that" or "of"
            if t.folded in {"suspect", "claimed", "claiming"} and not (k + 1 < len(tokens)
                                                                       and tokens[k + 1].folded in {"that", "to"}):
                continue
            nxt = tokens[k + 1].folded if k + 1 < len(tokens) else ""
            if t.folded in _SEMBLANCE and nxt not in {"to", "that", "as"} and not clusters_of(nxt):
                continue
            if t.folded == "impression" and nxt != "that":
                continue
            if t.folded in _DESCRIBE and not _describes_as(tokens, k):
                continue
            if t.folded in CITING_VERBS and not _cites_a_reason(tokens, k):
                continue
            if t.folded in REPORTING and nxt not in REPORTING[t.folded] and not _judged(tokens, k):
                continue
            if t.folded == "seen" and not (k > 0 and (tokens[k - 1].folded in _SEEN_AFTER
                                                      or tokens[k - 1].folded.endswith("ly")
                                                      or (k > 1 and tokens[k - 2].folded in _SEEN_AFTER))):
                continue  # (over one adverb after "be": "are often seen as")
            if t.folded in {"accused", "accuses", "accusing", "suspected"} and not (
                    k + 1 < len(tokens) and tokens[k + 1].folded in {"of", "him", "her", "them"}):
                continue
            cues.append((k, k + 1))
            continue
        if t.folded in ("whether", "if") and (lo := _uncertain_before(tokens, k)) is not None:
            cues.append((lo, k))  # "It is not known whether ...": what follows is left open
            continue
        noun = k > 0 and tokens[k - 1].folded in DETERMINERS  # "after reports that", "the claims that"
        if t.folded in THAT_REPORTS and not noun and k + 1 < len(tokens) and tokens[k + 1].folded == "that":
            if reports_own_doings(tokens, k, k + 1) and _stated_purpose(tokens, k + 2, sentence_starts) is None:
                # "..., saying that its representative had indeed contacted ...": its own doings,
                # but not the purpose it gives them, which is its account ("but only to 'provide
                # assistance ...,' not to pressure its journalists"): a hedge of that (governed).
                continue
            cues.append((k, k + 1))
            continue
        # (A closing report hedged already, "..., the boy reportedly told police", is one hedge.)
        if (t.folded in THAT_REPORTS or t.folded == "say") and not noun and (
                _opens_report(tokens, k, sentence_starts) or _parenthetical_report(tokens, k)
                or relative_report(tokens, k) or (closing_report(tokens, k, sentence_starts)
                                                  and not (cues and cues[-1][0] >= clause_start(tokens, k)))):
            cues.append((k, k + 1))  # "Police say the club owner paid ...": "that" left out
            continue
        if t.folded not in PHRASE_STARTS:
            continue
        for phrase in HEDGE_PHRASES:
            if tuple(x.folded for x in tokens[k:k + len(phrase)]) == phrase:
                cues.append((k, k + len(phrase)))
                break
    return cues




# Reports that commit their speaker to what follows ("announced that", "confirmed that"): no hedge
# in a passage (the Jackalopes "announced on Monday that they have hired Todd Watson"), but a
# claim that uses one attributes as "said that" does, and keeps a passage's "reported that".
COMMITTED_REPORTS = frozenset("announced announces declared declares confirmed confirms found finds showed shows".split())


def keeps_attribution(tokens: Sequence[Token]) -> bool:
    """Whether a claim attributes what it says by a report and its "that", right after it or
    past a phrase of time ("The administration announced on August 16 that ..."): it keeps a
    passage's "reported that". (In a passage, only a report right before its "that" hedges:
    "said in a September 2 statement that it is ready" is the ministry's own commitment.)"""
    return any(t.folded in COMMITTED_REPORTS | THAT_REPORTS and _that_follows(tokens, k) for k, t in enumerate(tokens)) \
        or any(t.folded in _PARTICIPLE_ATTRIBUTIONS and k > 0 and tokens[k - 1].folded == "," for k, t in enumerate(tokens)) \
        or _closing_report(tokens)


_CLOSING_SPEAKER = 4  # words between a closing report's comma and its verb: ", the boy's grandmother said."


def _closing_report(tokens: Sequence[Token]) -> bool:
    """Whether a claim ends with a report of what it says: "..., she said.", "..., the
    victim's mother told RFE/RL." (a speech verb after the last comma, a few words on)."""
    words = [k for k, t in enumerate(tokens) if t.word]
    comma = max((k for k, t in enumerate(tokens) if t.folded == ","), default=None)
    if comma is None or not words:
        return False
    after = [k for k in words if k > comma]
    return 0 < len(after) <= _CLOSING_SPEAKER + 2 and any(
        tokens[k].folded in THAT_REPORTS and 0 < sum(1 for m in after if m < k) <= _CLOSING_SPEAKER for k in after)


# A participle report after a comma, in a claim ("..., saying they were concerned for the boy's
# safety", "..., citing security concerns"): it keeps the passage's attribution of the same words.
_PARTICIPLE_ATTRIBUTIONS = frozenset("saying citing stating claiming insisting noting asserting maintaining".split())


_TIME_OPENERS = frozenset("on in at last this earlier later".split())
_TIME_REACH = 5  # words of a time phrase between a report and its "that": "on August 16", "last week"


def _that_follows(tokens: Sequence[Token], k: int) -> bool:
    """Whether a "that" follows the report at ``k``, right after it or past a phrase of time
    ("announced on August 16 that ...", "said last week that ...")."""
    if k + 1 < len(tokens) and tokens[k + 1].folded == "that":
        return True
    if k + 1 >= len(tokens) or tokens[k + 1].folded not in _TIME_OPENERS:
        return False
    for m in range(k + 2, min(len(tokens), k + 2 + _TIME_REACH)):
        if tokens[m].folded == "that":
            return True
        if not tokens[m].word or tokens[m].folded in BOUNDARY_WORDS:
            return False
    return False


_NOT_A_JUDGEMENT = frozenset("for by in at on at during before after and or but".split())


# "describes her as being in a state of 'emotional emptiness'", "was described as a masterpiece":
# a view of someone reported, as "is regarded as" and "is viewed as" are (REPORTING); "described
# the scene" or "described how ..." tells what was said and hedges nothing.
_DESCRIBE = frozenset("describe describes described describing".split())
_DESCRIBED_REACH = 6  # words between the verb and its "as": "describing the entire chain of events as"


def _describes_as(tokens: Sequence[Token], k: int) -> bool:
    """Whether "describe" at ``k`` is followed by "as" within a few words of one clause."""
    for j in range(k + 1, min(len(tokens), k + 2 + _DESCRIBED_REACH)):
        if not tokens[j].word:
            return False
        if tokens[j].folded == "as":
            return True
    return False


# "police officers, who cited concern over the boy's safety", "citing security concerns": the
# reason someone gives, reported as theirs (the news agencies' "citing" of a source, AP
# Stylebook); "the cited study", "was cited in the report" report nothing.
CITING_VERBS = frozenset("cited cites citing".split())
_NOT_CITED = frozenset(("by", "in", "as", "above", "below", "earlier"))


def _cites_a_reason(tokens: Sequence[Token], k: int) -> bool:
    """Whether "cited" at ``k`` is a verb with an object: not after a form of "be" or an
    article (over "-ly" adverbs: "a widely cited piece"), and followed by a word that is not
    "by", "in" or "as"."""
    before = k - 1
    while before >= 0 and tokens[before].folded.endswith("ly"):
        before -= 1  # "a widely cited piece", "was often cited"
    if before >= 0 and (tokens[before].folded in BE_FORMS or tokens[before].folded in ARTICLES):
        return False
    return k + 1 < len(tokens) and tokens[k + 1].word and tokens[k + 1].folded not in _NOT_CITED


def _judged(tokens: Sequence[Token], k: int) -> bool:
    """Whether "considered" at ``k`` says how something is judged, after a form of "be" (over an
    adverb: "is widely considered") and before the judgement ("it is considered better to
    cover up ...", "is considered safe"): a view reported, as "is considered to be" is."""
    if tokens[k].folded != "considered" or k + 1 >= len(tokens) or not tokens[k + 1].word \
            or tokens[k + 1].folded in _NOT_A_JUDGEMENT:
        return False  # "was considered for the post", "is considered by the board": no view
    before = k - 1
    if before >= 0 and tokens[before].folded.endswith("ly"):
        before -= 1
    return before >= 0 and tokens[before].folded in BE_FORMS


_MONTH_BEFORE = frozenset("in on of since until till by from early late mid end".split())


def _the_month(tokens: Sequence[Token], k: int) -> bool:
    """Whether "May" at ``k`` is the month, not the modal: capitalised inside a sentence, or
    after a preposition of time or next to a number ("in May", "3 May", "May 2019")."""
    before = tokens[k - 1] if k > 0 else None
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if after is not None and after.folded.isdigit():
        return True
    if before is None or not before.word:
        return False
    return tokens[k].capital or before.folded in _MONTH_BEFORE or before.folded.isdigit()


# Words that leave a question open: "It is not known whether ...", "it remains unclear if ...".
# Uncertainty cues of the CoNLL-2010 hedge lexicon (Farkas et al., 2010).
_UNCERTAIN = frozenset("unclear unknown uncertain undetermined unsure".split())
OPEN_QUESTION_CUES = _UNCERTAIN | {"not", "never", PREFIX_NEGATION}  # a cue's first words: no one is its speaker
_OPEN_IF_NEGATED = frozenset("known clear certain established determined".split())


def _uncertain_before(tokens: Sequence[Token], k: int) -> int | None:
    """Where the words that leave the question at ``k`` ("whether", "if") open begin: "unclear",
    "unknown", or "not known", "not clear", "not yet known" just before it; None otherwise."""
    if k == 0 or not tokens[k - 1].word:
        return None
    before = tokens[k - 1].folded
    if before in _UNCERTAIN:
        return k - 1
    if before in _OPEN_IF_NEGATED:
        for j in range(k - 2, max(-1, k - 4), -1):  # over one adverb: "not yet known"
            word = tokens[j].folded
            if word in ("not", "never", PREFIX_NEGATION) or word.endswith("n't"):
                return j  # "unknown" is read "un-" "known" (:func:`tokenize`)
            if word not in ("yet", "still", "entirely", "fully"):
                break
    return None


_FINITE_AUXILIARIES = frozenset("is are was were has have had will would".split())


def _claims_clause(tokens: Sequence[Token], k: int) -> bool:
    """Whether "claim(s)" at ``k`` is a verb before a clause whose "that" is left out: "from what
    rights defenders claim were literally hundreds of clients". A finite auxiliary follows,
    and a subject that agrees with the verb precedes: a pronoun, or for "claim" a plural noun
    ("defenders"); "the insurance claim was rejected" and "insurance claims were" are nouns."""
    if k == 0 or k + 1 >= len(tokens) or not tokens[k - 1].word or tokens[k + 1].folded not in _FINITE_AUXILIARIES:
        return False
    subject = tokens[k - 1].folded
    if subject in _PRONOUNS:
        return True
    return tokens[k].folded == "claim" and subject.endswith("s") and not subject.endswith("ss") \
        and subject not in DETERMINERS


_PARTICIPLE_REPORTS = frozenset(("saying", "stating"))
# What opens a purpose its doer gives for its own doings: "only to provide assistance".
_PURPOSES = (("only", "to"), ("in", "order", "to"), ("so", "as", "to"))


def reports_own_doings(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether the hedge cue at ``tokens[lo:hi]`` is a participle report of the speaker's own
    doings ("..., saying that its representative had indeed contacted ..."), which qualifies only
    the purpose it gives them (:func:`governed`)."""
    return tokens[lo].folded in _PARTICIPLE_REPORTS and hi + 1 < len(tokens) and tokens[hi].folded == "that" \
        and tokens[hi + 1].folded in _OWN


def _stated_purpose(tokens: Sequence[Token], start: int, sentence_starts: frozenset[int]) -> tuple[int, int] | None:
    """The span of the first purpose phrase's opening (:data:`_PURPOSES`) from ``start`` to the
    next of ``sentence_starts``, or None."""
    for k in range(start, len(tokens)):
        if k in sentence_starts:
            return None
        for phrase in _PURPOSES:
            if tuple(x.folded for x in tokens[k:k + len(phrase)]) == phrase:
                return k, k + len(phrase)
    return None
# What opens a report of the speaker's own doings: "..., saying that it had received ...".
_OWN = frozenset("it its they their we our i my he his she her".split())


def _opens_report(tokens: Sequence[Token], k: int, sentence_starts: frozenset[int] = frozenset()) -> bool:
    """Whether the speech verb at ``k`` opens the sentence, or a clause after ", but" / ", and",
    after its subject alone and a clause follows ("Police say the owner paid", "Prosecutors
    said Holm paid", "Statistics are scarce, but Smailova says most ..."): the rest is reported,
    as after "said that". A closing ", the office said." reports nothing of its own, nor does a
    speaker telling its own doings ("The ministry said it had received ...")."""
    # The subject opens the sentence or a clause of its own ("..., but Smailova says the vast
    # majority of rapes go unreported").
    first = clause_start(tokens, k)
    opening = max((s for s in sentence_starts if first <= s <= k), default=None)
    supplemented = _supplemented_subject(tokens, k, sentence_starts)
    if supplemented:
        pass  # "Dina Smailova, the head of ..., who spoke at the press event, said the men ..."
    elif opening is not None:
        first = opening
    elif first > 0 and not (tokens[first - 1].folded in ("but", "and") and first >= 2 and not tokens[first - 2].word) \
            and not _after_opening_adverbial(tokens, first, sentence_starts):
        return False
    words = [j for j in range(first, k) if tokens[j].word]
    if not supplemented and (
            not words or len(words) > (_SUBJECT_WITH_PHRASE if _noun_with_phrase(tokens, words) else 3)
            or any(not tokens[j].word and tokens[j].folded not in "'’" for j in range(first, k))):
        return False
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if following is not None and following.folded in _SUBJECT_PRONOUNS and k + 3 < len(tokens) \
            and tokens[k + 2].folded in BE_FORMS and tokens[k + 3].word and tokens[k + 3].folded.endswith("ed"):
        return True  # "the victim's mother said she was warned by police": what others did to her, reported
    if following is not None and following.folded in _SUBJECT_PRONOUNS and k + 4 < len(tokens) \
            and tokens[k + 2].folded in ("have", "has", "had") and (
                (tokens[k + 3].folded == "been" and tokens[k + 4].folded.endswith("ed"))
                or (tokens[k + 3].folded == "come" and tokens[k + 4].folded == "under")):
        # "Journalists ... say they have come under pressure from unknown state officials", "... said
        # they had been threatened": what others did to them, reported ("come under" pressure,
        # attack, fire: to be subjected to it).
        return True
    if following is not None and following.folded == "they" and _one_person(tokens, words):
        return True  # "She said they beat up the young woman's relative": others' doings, reported
    # "The ministry said it had received ...": a speaker telling its own doings states them.
    return following is not None and following.word and following.folded not in {
        "to", "of", "in", "on", "by", *_SUBJECT_PRONOUNS}


def _supplemented_subject(tokens: Sequence[Token], k: int, sentence_starts: frozenset[int]) -> bool:
    """Whether the speech verb at ``k`` follows a subject that opens its sentence with a name set
    off by a comma and ends with a relative clause set off by commas ("Dina Smailova, the head of
    the NeMolchi.kz foundation, who spoke at the press event, said ..."): the name is the
    subject; what stands between the commas are supplements about it (Potts 2005), however long."""
    if k < 3 or tokens[k - 1].folded != ",":
        return False
    start = max((s for s in sentence_starts if s <= k), default=0)
    m = start
    while m < k and tokens[m].word and tokens[m].capital:
        m += 1
    if m == start or m >= k or tokens[m].folded != ",":
        return False
    return any(tokens[j].folded in ("who", "which") and tokens[j - 1].folded == "," for j in range(m + 1, k))


_SUBJECT_WITH_PHRASE = 8  # words of a report's subject with a phrase: "Journalists at the online magazine Village Kazakhstan"
_SUBJECT_PREPOSITIONS = frozenset("at of from for in with".split())


def _noun_with_phrase(tokens: Sequence[Token], words: Sequence[int]) -> bool:
    """Whether a report's subject is a noun and a prepositional phrase, with no verb form
    ("Journalists at the online magazine Village Kazakhstan", "Residents of the two villages"):
    a longer subject that still opens the report."""
    return len(words) >= 3 and tokens[words[1]].folded in _SUBJECT_PREPOSITIONS \
        and not any(is_participle(tokens[j].folded) or tokens[j].folded in THAT_REPORTS for j in words)


def _one_person(tokens: Sequence[Token], words: Sequence[int]) -> bool:
    """Whether a report's subject is one person, whom a following "they" cannot be: "she", "he",
    a name of capitalised words ("Gulbadar Musinova"), or a singular relative or office ("the
    mother", "her lawyer": ``lexicon/kin.tsv``, ``lexicon.titles.OFFICES``); "police", "the family"
    and "the port authority" may be "they"."""
    head = tokens[words[-1]].folded
    if len(words) == 1 and head in ("she", "he"):
        return True
    if head.endswith("s"):
        return False
    return all(tokens[j].capital and tokens[j].key for j in words) or kin_lemma(head) == head or head in OFFICES


_SUBJECT_PRONOUNS = frozenset("it they he she we i".split())
_OPENING_ADVERBIAL = 5  # words of a phrase of time or place that opens a sentence before its subject


def _after_opening_adverbial(tokens: Sequence[Token], first: int, sentence_starts: frozenset[int]) -> bool:
    """Whether the clause at ``first`` follows a short phrase that opens the sentence and a comma
    ("But prior to that, the victim's mother said ...", "In June, police said ..."): no verb of
    its own, at most :data:`_OPENING_ADVERBIAL` words."""
    if first < 2 or tokens[first - 1].folded != ",":
        return False
    start = max((s for s in sentence_starts if s < first), default=0)
    lead = tokens[start:first - 1]
    return 0 < len(lead) <= _OPENING_ADVERBIAL and all(t.word for t in lead) \
        and lead[0].folded in _ADVERBIAL_OPENERS


# Words that open a phrase of time, place or contrast before a sentence's subject.
_ADVERBIAL_OPENERS = frozenset("but and yet prior before after in on at during since earlier later meanwhile "
                               "however last this".split())


def relative_report(tokens: Sequence[Token], k: int) -> bool:
    """Whether the speech verb at ``k`` opens a report in a relative clause, after its subject:
    a pronoun ("a video appeal ... in which she says the woman and a male relative were
    attacked") or a short noun phrase ("her family home, which her mother said was motivated by
    'fear of death'", "which police say"): what follows is what the subject says."""
    if not (2 <= k < len(tokens) - 2 and tokens[k + 1].word):
        return False
    if tokens[k - 1].folded in ("she", "he", "they") and tokens[k - 2].folded in RELATIVE_REPORT_OPENERS:
        return True
    if tokens[k].folded not in THAT_REPORTS and tokens[k].folded != "say":
        return False  # (not a hedge of another kind: "which Neil apparently took literally")
    first = k - 1
    while first > 0 and k - first <= _REPORTER_WORDS and tokens[first - 1].folded not in RELATIVE_REPORT_OPENERS:
        first -= 1
    if first == 0 or tokens[first - 1].folded not in RELATIVE_REPORT_OPENERS:
        return False
    subject = tokens[first:k]
    head = subject[-1]
    return all(t.word for t in subject) and head.folded not in _REPORTER_DETERMINERS \
        and all(t.folded in _REPORTER_DETERMINERS or t.capital or is_common_noun(t.folded) for t in subject)


def participle_report(tokens: Sequence[Token], k: int) -> bool:
    """Whether the speech verb at ``k`` opens a participle clause after a comma ("took Nursultan
    ... to the capital, Astana, insisting that would be the safest place for the boy"): an
    adjunct of the main clause that reports what its subject says, not the main clause itself."""
    return k >= 1 and tokens[k - 1].folded == "," and tokens[k].folded.endswith("ing") and tokens[k].folded in THAT_REPORTS


RELATIVE_REPORT_OPENERS = frozenset(("which", "where", "whom"))
_REPORTER_WORDS = 3  # words of a relative report's subject: "her mother", "the regional police"
_REPORTER_DETERMINERS = POSSESSIVE_PRONOUNS | {"the", "a", "an", "this", "that", "these", "those"}


def _in_supplement(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` stands in a relative clause set off by a comma before it (", whose
    ...", ", who ...", ", which ..."), up to the next comma."""
    j = k
    while j > 0 and tokens[j].folded != ",":
        j -= 1
    return j > 0 and tokens[j].folded == "," and j + 1 < len(tokens) and tokens[j + 1].folded in _SUPPLEMENT_OPENERS \
        and j + 1 <= k


_SUPPLEMENT_OPENERS = frozenset("who whose whom which".split())


def closing_report(tokens: Sequence[Token], k: int, sentence_starts: frozenset[int] = frozenset()) -> bool:
    """Whether the speech verb at ``k`` closes its sentence as a report of what comes before it,
    after a comma (and a closing quotation mark): "..., Musinova said.", "..., they said.", '...,"
    the mother said in the video.', "..., said Anna Berg." The speaker takes at most
    :data:`_CLOSING_SPEAKER` words, and at most three more words end the sentence (or the speaker,
    after the verb). ``sentence_starts``: the tokens that open the text's later sentences. Not
    inside a quotation, whose speaker reports it."""
    if tokens[k].folded not in THAT_REPORTS:
        return False
    first = clause_start(tokens, k)
    before = first - 1
    if before > 0 and not tokens[before].word and tokens[before].folded in QUOTE_MARKS:
        before -= 1
    if before < 0 or tokens[before].folded != ",":
        return False
    speaker = [j for j in range(first, k) if tokens[j].word]
    end = min((s for s in sentence_starts if s > k), default=len(tokens))
    after = [j for j in range(k + 1, end) if tokens[j].word]
    if len(speaker) > _CLOSING_SPEAKER or len(after) > (3 if speaker else _CLOSING_SPEAKER):
        return False  # (", a blogger, wrote a widely cited piece on the scandal" is no closing report)
    return any(tokens[j].word for j in range(0, before)) and _a_person(tokens, speaker or after) \
        and not _inside_quotation(tokens, k)


_PERSONAL_SUBJECTS = frozenset("he she they i we".split())


def _a_person(tokens: Sequence[Token], words: Sequence[int]) -> bool:
    """Whether the words that name a speaker name a person: a personal pronoun, a noun of a
    person ("the boy's mother", "a local official"; WordNet's noun.person), or a name with no noun
    of a group in it ("Musinova", not "the Ministry of Information" or "police"). An office's,
    a service's or a paper's report ("the statistics office said") is the record it keeps, not
    an account (shared case 05 holds "..., the statistics office said." to support the figures)."""
    if any(tokens[j].folded in _PERSONAL_SUBJECTS for j in words):
        return True
    lower = [j for j in words if tokens[j].key and not tokens[j].capital and tokens[j].folded not in ARTICLES]
    if lower:
        return is_person(tokens[lower[-1]].folded)
    return bool(words) and not any(is_group(tokens[j].folded) for j in words)


def _parenthetical_report(tokens: Sequence[Token], k: int) -> bool:
    """Whether the speech verb at ``k`` stands in a clause set off by commas inside its sentence,
    after a subject of at most three words, with words after it: "In many cases, she says,
    perpetrators settle the matter ..." reports the whole sentence, as "She says that in many
    cases ..." does (a closing ", the office said." is left to :func:`closing_report`). Not inside
    a quotation, whose speaker reports it."""
    first = clause_start(tokens, k)
    words = [j for j in range(first, k) if tokens[j].word]
    return (first > 0 and tokens[first - 1].folded == "," and 0 < len(words) <= 3
            and k + 2 < len(tokens) and tokens[k + 1].folded == "," and tokens[k + 2].word
            and not _inside_quotation(tokens, k))  # '"He's afraid, he says, to go out"': the quotation's aside


def _inside_quotation(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` stands inside quotation marks, also when the text starts inside the
    quotation: no mark before ``k``, and the first after it closes one (a curly closing mark,
    or a straight one glued to the word before it)."""
    if quoted(tokens)[k]:
        return True
    if any(not t.word and t.folded in QUOTE_MARKS for t in tokens[:k]):
        return False
    after = next((m for m in range(k + 1, len(tokens)) if not tokens[m].word and tokens[m].folded in QUOTE_MARKS), None)
    if after is None:
        return False
    mark = tokens[after].folded
    return mark in "”»’" or (mark in "\"'" and tokens[after - 1].end == tokens[after].start)


def parenthetical(tokens: Sequence[Token], lo: int) -> bool:
    """Whether the hedge cue at ``lo`` is a report set off by commas (:func:`_parenthetical_report`)."""
    return (tokens[lo].folded in THAT_REPORTS or tokens[lo].folded == "say") and _parenthetical_report(tokens, lo)


def hedge_class(cue: str) -> str:
    """Hedges of one class stand for each other ("reportedly" kept as "allegedly")."""
    if cue in MODALS:
        return "modal"
    if cue in ADVERB_HEDGES:
        return "adverb"
    return "attribution"


_PRONOUNS = frozenset("i you he she it we they this that there who which".split())
_SUBJECT_OPENERS = frozenset("the a an this that these those he she it they we i you his her their its our my there "
                             "some many most all each every no one".split())


def opens_subject(t: Token) -> bool:
    """Whether a clause that starts with ``t`` (after "and", "but") has a subject of its own: a
    determiner, a pronoun, a name or a number opens it; a verb or an adverb does not."""
    return t.capital or t.folded in _SUBJECT_OPENERS or t.folded[:1].isdigit()
_TIME_ADVERBS = frozenset("then also still later now often always soon".split())


def _coordinated_end(tokens: Sequence[Token], end: int) -> int:
    """The end of a clause ending at ``end`` together with the predicates coordinated with it:
    in "she reportedly moved to Almaty and regularly sends back money" both verbs share the
    subject and the adverb. A conjunct shares the subject when "and"/"or" is followed, past
    adverbs ("regularly", "then"), by an inflected lowercase word ("sends", "moved") rather
    than a subject of its own (a determiner, a pronoun, a name, a number): "... and the
    police arrested him" is a clause of its own. Nouns in -s ("and workers struck") are read
    as verbs: the hedge then covers too much, which costs a `supported`, never gives one."""
    while end < len(tokens) and tokens[end].folded in ("and", "or"):
        k = end + 1
        while k < len(tokens) and tokens[k].word and not tokens[k].capital and (
                tokens[k].folded.endswith("ly") or tokens[k].folded in _TIME_ADVERBS):
            k += 1
        if k >= len(tokens):
            break
        verb = tokens[k]
        folded = verb.folded
        if not verb.word or opens_subject(verb) \
                or not (folded.endswith("ed") or (folded.endswith("s") and not folded.endswith("ss"))):
            break
        end = clause_end(tokens, k)
    return end


# Subordinators that may open a that-clause before its main clause ("argues that after the war,
# ... created"; Quirk et al. 1985, §14.12).
_OPENING_SUBORDINATORS = frozenset("after before since when while because although though until unless once if as".split())


def negated_terms(tokens: Sequence[Token]) -> frozenset[str]:
    """The index terms of the words a text's negation cues negate, the heads of their scopes
    (:func:`head_word`: "do not intend": "intend")."""
    heads = (head_word(tokens, cue) for cue, _ in negation_scopes(tokens))
    return frozenset(key for k in heads if k is not None and (key := tokens[k].key))


def governed(tokens: Sequence[Token], lo: int, hi: int, aligned: dict[int, int]) -> range | list[int]:
    """The token indices a hedge cue at ``tokens[lo:hi]`` qualifies.

    - a modal ("may reduce"): its clause, and only if the verb it governs is aligned;
    - a reporting verb with a that-clause ("Prosecutors allege that ..."): the words after
      "that" up to the next clause word (not a comma: "the treasurer, Pavel Orsk, diverted"),
      and the that-clauses joined to it by "and that";
    - "according to X": the rest of the sentence, not X itself ("according to an account
      provided by his grandmother, Sharipa Batyrbekova" attributes nothing about her);
    - an adverb ("reportedly", "apparently"): its clause and the predicates coordinated with
      it ("reportedly moved to Almaty and regularly sends back money"); in a clause of speech that holds
      none of the aligned words ("..., Nursultan reportedly told his grandmother"), the rest
      of the sentence;
    - a report set off by commas ("In many cases, she says, perpetrators ..."): the rest of
      the sentence;
    - a report of the speaker's own doings ("saying that its representative had contacted ...,
      but only to provide assistance"): the purpose it gives them, to the end of the sentence;
    - any other cue ("is accused of", "is thought to"): its clause.
    """
    if reports_own_doings(tokens, lo, hi):
        # A report of the speaker's own doings qualifies only the purpose it gives them, to the
        # end of the sentence (the caller keeps the sentence).
        purpose = _stated_purpose(tokens, hi + 1, frozenset())
        return range(purpose[0], len(tokens)) if purpose is not None else []
    start, end = clause_start(tokens, lo), clause_end(tokens, hi - 1)
    own = range(start, end)
    cue = tokens[lo].folded
    if cue in MODALS:
        head = head_word(tokens, hi - 1)
        return own if head is not None and head in aligned else []
    following = tokens[hi].folded if hi < len(tokens) else ""
    if following in ("that", "whether") or (following == "if" and _uncertain_before(tokens, hi) is not None):
        if hi + 1 < len(tokens) and tokens[hi + 1].folded in _OPENING_SUBORDINATORS:
            # "Grauberg argues that since many proverbs are so widely circulated they are ...": a
            # reported clause that opens with a subordinate one reports its main clause too, to
            # the end of the sentence (the caller keeps the sentence).
            return range(hi + 1, len(tokens))
        stop = next((k for k in range(hi + 1, len(tokens)) if tokens[k].folded in BOUNDARY_WORDS), len(tokens))
        # "alleged that one of the perpetrators was the son of ... and that police were thus eager
        # to sweep the case under the carpet": a that-clause joined by "and that" is reported too.
        while stop + 1 < len(tokens) and tokens[stop].folded == "and" and tokens[stop + 1].folded == "that":
            stop = next((k for k in range(stop + 2, len(tokens)) if tokens[k].folded in BOUNDARY_WORDS), len(tokens))
        return range(hi + 1, stop)
    if cue in ("claim", "claims"):  # "what rights defenders claim were hundreds": the clause after it
        return range(hi, clause_end(tokens, hi))
    if relative_report(tokens, lo):  # "..., in which she says the woman and a male relative were attacked ...."
        return range(hi, len(tokens))
    if cue in THAT_REPORTS and closing_report(tokens, lo):
        # "..., Musinova said.": what comes before it, but for a relative clause set off by
        # commas, the writer's own description of someone ("The victim's lawyer, Qurmanghazy
        # Musir, whose pressure campaign eventually prompted police to launch a criminal case,
        # has been slapped with several libel lawsuits ..., they said").
        return [k for k in range(start) if not _in_supplement(tokens, k)]
    if cue == "according":  # "According to X, ..." names X up to its comma; "..., according to X" to the end
        own = range(start, clause_end(tokens, hi - 1)) if start == 0 else range(start, len(tokens))
        return [k for k in range(len(tokens)) if k not in own]
    if cue in ADVERB_HEDGES:
        own = range(start, _coordinated_end(tokens, end))
    if cue in _SEMBLANCE:
        # "... set off another wave of outrage as the ombudswoman appeared intent on delaying ...":
        # what seems so is its subject's doing, from the "as" or "that" that opens its clause.
        first = lo
        while first > start and tokens[first - 1].folded not in _SEMBLANCE_OPENERS:
            first -= 1
        own = range(first, end)
    outside = [k for k in range(len(tokens)) if k not in own]
    if parenthetical(tokens, lo) and not any(k in aligned for k in own):
        # "In many cases, she says, perpetrators settle ...": the sentence around it; after a
        # coordinator only the conjunct it opens ("set free after a denial and, the mother
        # insisted, a cover-up began").
        if start >= 2 and tokens[start - 2].folded in ("and", "but", "or"):
            return [k for k in outside if k > lo]
        return outside
    if cue in ADVERB_HEDGES and not any(k in aligned for k in own) \
            and (any(tokens[k].folded in SPEECH_VERBS for k in own) or own == range(0, hi)):
        return outside  # "..., Nursultan reportedly told his grandmother", "Apparently, ..."
    return own
