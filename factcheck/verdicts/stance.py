"""Give each candidate passage its stance towards a claim: supports, contradicts, related.

A passage contradicts a claim when it is about the same statement (``context``: the share of
the claim's IDF-weighted vocabulary it states, leaving out the words that differ) and the
alignment (:mod:`factcheck.match.align`) or the value comparison (:mod:`factcheck.values.clashes`)
finds something it says otherwise. Thresholds are shares of that vocabulary, set on WiCE dev
and the seeds' example claims, and checked on ``bench/perturb.py`` (see ``bench/``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from factcheck.index.bm25 import term
from factcheck.lexicon.adjectives import clusters_of
from factcheck.lexicon.nouns import is_common_noun
from factcheck.lexicon.verbs import verb_senses
from factcheck.match.align import (
    SEVERAL,
    UNIVERSAL,
    Alignment,
    Difference,
    lasting_verb,
    measures_same_noun,
    modifies_same_noun,
    other_events,
)
from factcheck.match.cues import (
    ARTICLES,
    NEGATION_WORDS,
    SPEECH_VERBS,
    Token,
    clause_end,
    clause_start,
    quoted,
    tokenize,
)
from factcheck.match.qualifiers import Qualifier
from factcheck.match.retrieve import Candidate, ClaimTerms
from factcheck.models import Value
from factcheck.sources.normalize import fold
from factcheck.values.clashes import QUANTITY_KINDS, ValueCheck
from factcheck.values.comparison import HEADCOUNT_UNITS, HEADCOUNT_WORDS
from factcheck.values.periods import SPANS
from factcheck.values.vocabulary import MEASURES

ALL_KINDS = QUANTITY_KINDS | {"name"}
SHOWN = 0.15          # coverage for a passage to be shown as related evidence (the closest words)
RELATED = 0.35        # coverage for a passage to take part in a support set
RELATED_CITED = 0.10  # the same, in a source the claim cites (the reader wants to see what it says)
FULL = 0.95  # share of the claim's words (context, predicate) a passage states when it states all the rest
SAME_TOPIC = 0.70     # coverage of the claim's non-value words for a value clash to count
SAME_SLOT_TOPIC = 0.50  # the same, for a value clash in the aligned place of the statement
RESTATED = 0.85       # the same, for another name, or the one other date of a sentence that restates the claim


@dataclass(frozen=True, slots=True)
class Assessment:
    """A candidate with what its values say and the stance that follows."""

    candidate: Candidate
    values: ValueCheck
    context: float
    predicate: float
    stance: str
    cited: bool = False
    matched: frozenset[str] = frozenset()   # the candidate's terms, plus those of values it confirms
    coverage: float = 0.0                   # weighted share of the claim's terms in ``matched``
    differences: tuple[Difference, ...] = ()  # what the aligned passage says otherwise (negation, antonym, ...)
    hedges: tuple[Difference, ...] = ()       # how the passage qualifies what the claim states flatly
    quoting: bool = True                      # whether the passage has the claim's quotation, piece by piece
    replaced: frozenset[str] = frozenset()    # claim terms the aligned passage says other words in place of
    # Claim terms the passage puts something else in place of, which no other sentence supplies:
    # a named speaker for words the passage gives to a description ("the mother said"), a passive's
    # agent its own passive leaves out, a preposition's object ("in the police" / "in the
    # education sector"): factcheck.match.align.Alignment.unattributed and .replaced_nouns.
    unstated: frozenset[str] = frozenset()
    # Claim words that qualify the next one, which the aligned passage leaves out or says
    # otherwise (factcheck.match.qualifiers): stated only where the source says the two together.
    qualifiers: tuple[Qualifier, ...] = ()
    # The terms of the claim's names this passage does not state, where they alone keep it from
    # contradicting a claim it restates: it contradicts if its source names them elsewhere
    # (factcheck.verdicts.decide, which knows the corpus).
    named_elsewhere: frozenset[str] = frozenset()
    # Whether the passage gives a cause or a purpose at all (:data:`CAUSAL_WORDS`): a claim's
    # "because ..." is a statement of its own, stated only by a passage that gives a reason.
    causal: bool = False
    # Claim verbs the passage names as an act by a noun instead ("argued" / "an argument"):
    # factcheck.match.align.Alignment.named_acts. Not matched: only said, in other words.
    acts: frozenset[str] = frozenset()

    @property
    def clashes(self) -> bool:
        """Whether the passage states something else than the claim: a value or a word."""
        return bool(self.values.conflicts or self.differences)


# Words of a number's size, part of the number ("1.5 million", "half a million", "$4.1bn").
MAGNITUDE_TERMS = frozenset(term(w) for w in "million millions billion billions trillion trillions bn mn half quarter "
                            "quarters".split()) - {None}
MONTH_TERMS = frozenset(term(m) for m in (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec").split()) - {None}


def value_terms(claim: ClaimTerms, values: Sequence[Value], kinds: frozenset[str] = QUANTITY_KINDS, *,
                stated: bool = False) -> frozenset[str]:
    """Terms of the claim that state one of its values of the given kinds.

    Of a quantity only the number itself counts (digits, number words, months): in
    "one of the perpetrators" or "eight years", what is counted stays part of what the
    claim is about. A unit of measure is part of the number ("2 percentage points", "12 km",
    "$5"): a passage that states the same amount in other units states those words too, and so
    are a period's words ("the 18th century", "the late 1980s", "Q4 2021", "the last month of
    2022"): a passage that states 1745 or 1991 in their place can state no "century" or "late",
    so they are no topic against which it is weighed. With ``stated`` (values a passage states),
    so is a number's size ("1.5 million", "1.5m", "35k", "half a million": a passage that states
    1,500,000 states them); without it, it stays a word of what the claim says. A stated score
    is all words ("by 61 votes to 39", "two-nil", "a 2-2 draw" state 61-39, 2-0 and 2-2 and
    nothing else), and so is a stated ordinal ("the twelfth chapter" is "Chapter XII", "the
    third act" "Act III") and a stated duration ("within 20 years" is "within two decades").
    """
    def whole(v: Value) -> bool:
        # (Stated, an age's "years old" and a headcount's "people" are its unit too: "a town of
        # about 8,000" states "about 8,000 people", "Lindqvist, 52," states "52 years old".)
        return v.unit in MEASURES or (v.kind == "date" and v.unit in SPANS) \
            or (stated and (v.unit == "score" or v.kind in ("ordinal", "duration", "age") or v.unit in HEADCOUNT_UNITS))

    spans = [(v.start, v.end, "name" if whole(v) else v.kind) for v in values if v.kind in kinds]
    if not spans:
        return frozenset()  # (most passages: no test per claim term)
    return frozenset(t for start, end, t in claim.spans
                     if any(start < e and s < end and (k == "name" or t.isdigit() or t in MONTH_TERMS
                                                       or (stated and (t in MAGNITUDE_TERMS or t[:1].isdigit())))
                            for s, e, k in spans))


def terms_of(claim: ClaimTerms, values: Sequence[Value]) -> frozenset[str]:
    """Terms of the claim within the given values' spans."""
    return terms_in(claim, [(v.start, v.end) for v in values])


def terms_in(claim: ClaimTerms, spans: Sequence[tuple[int, int]]) -> frozenset[str]:
    """Terms of the claim that overlap any of the ``(start, end)`` spans of its text."""
    if not spans:
        return frozenset()  # (asked of each candidate's differences, framing and conflicts: most have none)
    return frozenset(t for start, end, t in claim.spans if any(start < e and s < end for s, e in spans))


_SUPPLEMENT = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;:]*,")
# One set off by a comma before it that ends the sentence: ", who first reported the story in 2018."
_CLOSING_SUPPLEMENT = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;:]*?(?=[.!?][\"'”’)]*\s*$|$)")


@functools.lru_cache(maxsize=4096)  # a claim's, read again for each of its candidates
def supplements(text: str) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` spans of a text's non-restrictive relative clauses, set off by commas
    on both sides: ", who first reported the story in his online S-Inform newspaper,"."""
    return tuple((m.start(), m.end()) for m in _SUPPLEMENT.finditer(text))


@functools.lru_cache(maxsize=4096)
def closing_supplement(text: str) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` span of a non-restrictive relative clause that ends the text, set off
    by a comma before it, without the full stop (", who first reported the story in 2018"), as
    a one-item tuple; empty where the text ends otherwise."""
    m = _CLOSING_SUPPLEMENT.search(text)
    return ((m.start(), m.end()),) if m else ()


def terms_outside(claim: ClaimTerms, spans: Sequence[tuple[int, int]]) -> frozenset[str]:
    """Terms of the claim that occur somewhere outside all of the ``(start, end)`` spans."""
    return frozenset(t for start, end, t in claim.spans if not any(s <= start and end <= e for s, e in spans))


@functools.lru_cache(maxsize=4096)  # a claim's, read again for each of its candidates
def _adverb_terms(text: str, spans: tuple[tuple[int, int, str], ...]) -> frozenset[str]:
    terms = set()
    for start, end, t in spans:
        word = fold(text[start:end])
        if len(word) > 4 and word.endswith("ly") and word.isalpha() and not text[start].isupper() \
                and not is_common_noun(word) and not clusters_of(word):
            terms.add(t)
    return frozenset(terms)


def adverb_terms(claim: ClaimTerms) -> frozenset[str]:
    """The terms of the claim's adverbs of manner and time in "-ly" ("eventually", "finally",
    "repeatedly"): words WordNet has neither as a noun nor as an adjective ("family", "early",
    "only" are). Whether a passage is about the claim's statement does not hang on them: a
    source tells the same event with or without "eventually"."""
    return _adverb_terms(claim.text, claim.spans)


@functools.lru_cache(maxsize=4096)  # a claim's, read again for each of its candidates
def _negation_word_terms(text: str) -> frozenset[str]:
    return frozenset(t.key for t in tokenize(text) if t.key and t.folded in NEGATION_WORDS)


def _negation_terms(claim: ClaimTerms) -> frozenset[str]:
    """The terms of the claim's negating words that are index terms ("none", "never", "nobody")."""
    return _negation_word_terms(claim.text)


def _share(claim: ClaimTerms, matched: frozenset[str], leave_out: frozenset[str]) -> float:
    """IDF-weighted share of the claim's terms (but ``leave_out``) found in ``matched``."""
    weights = {t: w for t, w in claim.weights.items() if t not in leave_out}
    total = sum(weights.values())
    return sum(w for t, w in weights.items() if t in matched) / total if total else 1.0


def assess(claim: ClaimTerms, candidate: Candidate, values: ValueCheck, valued: frozenset[str], named: frozenset[str],
           *, cited: bool = False, alignment: Alignment | None = None, quoting: bool = True,
           text: str = "") -> Assessment:
    """Give a candidate its stance: supports, contradicts, related, or none (empty).

    ``context`` is the coverage of the claim's words other than its values and the words
    the alignment found changed: a passage about the same statement that states another
    value, negates it, or puts an antonym or another name in its place contradicts.
    ``predicate`` also leaves names out: a sentence that merely names the same people
    does not support what the claim says they did. A value that clashes in the aligned
    place of the statement ("serving six months" against "serving four months") needs
    less of the rest of the wording (``SAME_SLOT_TOPIC``): paraphrase changes the rest.
    ``text`` is the passage's, to tell the event a value belongs to where no alignment is given.
    """
    # (A name in a place found only past a word paired out of order, detail "crossed", does
    # not contradict: WiCE dev's '"The Hoppers," opens in August 2017' / "That exhibit of ...
    # photographs from Liberia opened", with "works" paired far after. It is only unstated.)
    # (And the other place that the sentence of the claim's verb gives its event, where the claim's
    # place is only in another sentence of the passage: it contradicts where the passage restates
    # the rest, RESTATED, below.)
    # (Unless the two names are each the subject right before the same aligned verb, the passage's
    # after no preposition: "Insisting the capital would be the safest place for him, Batyrbekova
    # took Nursultan ..." / "On March 16, Baliyeva took Nursultan ...", the claim's fronted clause
    # paired out of order.)
    differences = tuple(d for d in alignment.contradicting if d.detail != "crossed"
                        or (d.kind == "entity" and _subjects_of_one_verb(alignment, d))) if alignment is not None else ()
    if alignment is not None and not any(d.kind == "entity" for d in differences):
        # (Where no other name differs: "moved its headquarters to Bergen, although its founders
        # ... wanted to stay in Oslo" has its two places exchanged, one difference already.)
        differences += alignment.places_said_otherwise() or alignment.settled_elsewhere()
    if differences:
        # Values are compared by kind and unit, not as names ("March" / "January"); but a
        # word opposed within a value ("sixth smallest" / "sixth largest") is an antonym.
        spans = [(v.start, v.end) for v in (*values.agreed, *values.absent, *(c for c, _ in values.conflicts))
                 if v.kind in QUANTITY_KINDS]
        # (Two parties exchanged are places, not values: "against three judges" / "by three judges".)
        # (Nor is a count against "all": "two of the four minors" / "all four minors".)
        differences = tuple(d for d in differences if d.kind in ("antonym", "negation") or d.detail == "exchanged"
                            or (d.kind == "quantifier" and d.passage_words.casefold() in UNIVERSAL | SEVERAL)
                            or not any(_overlaps(d.claim_span, s) for s in spans))
        differences = tuple(d for d in differences
                            if d.kind != "entity" or d.detail.startswith("speaker") or d.detail in ("exchanged", "moved", "title", "kin", "possessor", "listed")
                            or _names_swapped(d, values))
    # (The whole of the claim's name another stands in place of, whatever part of it the
    # alignment pairs: "Informburo.kz" / "NeMolchi.kz" shares its ".kz", no word of the statement.)
    changed = terms_in(claim, [d.claim_span for d in differences if d.kind != "negation"]
                       + [(v.start, v.end) for d in differences if d.kind == "entity" for v in values.absent
                          if v.kind == "name" and _overlaps(d.claim_span, (v.start, v.end))])
    if any(d.kind == "negation" for d in differences):
        # (The negating word itself is what differs, not a word the passage leaves out: "none of
        # the four suspects" / "at least one of the four suspects".)
        changed |= _negation_terms(claim)
    swapped = terms_of(claim, [c for c, _ in values.conflicts if c.kind == "name"])
    # The words that frame an agreed value ("fell" beside "eased by 2 points to 6%", "compared
    # with 2017" for a change the passage gives by its ends) are stated with it.
    matched = candidate.matched | value_terms(claim, values.agreed, ALL_KINDS, stated=True) \
        | terms_in(claim, values.framing)
    reworded = alignment.reworded() if alignment is not None else frozenset()
    if alignment is not None:
        matched |= reworded & frozenset(claim.weights)  # "declined" in the place of "refused"
        matched |= alignment.gerund_acts() & frozenset(claim.weights)  # "for failing to" / "of failure to"
        matched |= _headcount_nouns(claim, values, alignment)
    context = _share(claim, matched, valued | swapped | changed)
    predicate = _share(claim, matched, valued | named)
    coverage = _share(claim, matched, frozenset())
    slotted = _in_slot(alignment, values.conflicts)
    if not slotted and context >= SAME_SLOT_TOPIC:
        slotted = _first_per_value(_in_slot(alignment, values.unpaired))
        if not slotted and context >= RESTATED:
            slotted = _dated(alignment, values.unpaired)
        if not slotted:
            slotted = _fronted_dates(alignment, values.conflicts)
        if not slotted:
            slotted = _sole_measures(values)
        if slotted and not values.conflicts:
            values = replace(values, conflicts=slotted,
                             absent=tuple(v for v in values.absent if all(v is not c for c, _ in slotted)))
        if not slotted and not values.conflicts:
            slotted = _displaced_values(alignment, values)
            if slotted:
                values = replace(values, conflicts=slotted,
                                 agreed=tuple(v for v in values.agreed if all(v is not c for c, _ in slotted)))
    if values.conflicts and (alignment is not None or text):
        # A value of another event ("dedicated in 1924" against "added ... on January 24, 2017")
        # does not say the claim's otherwise: the claim's value is then only unstated.
        ours, theirs = (alignment.claim, alignment.passage) if alignment is not None else (
            tokenize(claim.text), tokenize(text))
        # (Not a score: it tells which match, whatever verb reports it: "won 2-1" / "ended 2-2".)
        # (Nor a date of the same thing: "the 20th-century poet Abai" / "19th century poet Abai".)
        crossed = _crossed_counts(values.conflicts)
        apart = [pair for pair in values.conflicts if pair[0].kind in QUANTITY_KINDS and pair[0].unit != "score"
                 and pair not in crossed
                 and other_events(ours, theirs, (pair[0].start, pair[0].end), (pair[1].start, pair[1].end), text)
                 # (Two dates of one act said with another verb in its place, between the same
                 # aligned words, are one event's: "posted its public complaint ... on September 3"
                 # / "on September 1 The Village wrote a public complaint". Not a count: the verb
                 # says what happened, the noun what is counted, "three Belgian women who've reached
                 # the Top 10" / "ranked in the top ten".)
                 and not (pair[0].kind == "date" and alignment is not None
                          and alignment.verbs_in_one_slot((pair[0].start, pair[0].end), (pair[1].start, pair[1].end)))
                 and not (pair[0].kind == "date"
                          and modifies_same_noun(ours, theirs, (pair[0].start, pair[0].end), (pair[1].start, pair[1].end)))
                 and not (pair[0].kind == "duration"
                          and measures_same_noun(ours, theirs, (pair[0].start, pair[0].end), (pair[1].start, pair[1].end)))
                 and not (pair[0].kind == "age" and _aged_alike(ours, theirs, pair[1]))]
        if apart:
            values = replace(values, conflicts=tuple(x for x in values.conflicts if all(x is not a for a in apart)),
                             absent=values.absent + tuple(c for c, _ in apart
                                                          if all(c is not v for v in values.absent)),
                             apart=tuple(apart))
            slotted = tuple(x for x in slotted if all(x[0] is not a[0] or x[1] is not a[1] for a in apart))
        # Two lengths of one thing stand in one place however the sentences go on: "Musinova's
        # video appeal lasted about five minutes" / "The 3 1/2-minute video appeal prompted ...".
        # The measure before the noun says that it lasted: the claim's verb of lasting is stated.
        measured = tuple(pair for pair in values.conflicts if pair[0].kind == "duration"
                         and all(pair[0] is not x[0] for x in slotted)
                         and measures_same_noun(ours, theirs, (pair[0].start, pair[0].end), (pair[1].start, pair[1].end)))
        if measured:
            slotted += measured
            # (Of "was about five minutes long", the "long" says it lasted.)
            lasted = frozenset(key for c, _ in measured for t in _lasting_words(ours, c) if (key := t.key))
            matched |= lasted
            context = max(context, _share(claim, matched, valued | swapped | changed))
    # A value clash counts only when the passage is about the same people and places:
    # "one of the perpetrators got seven years" says nothing against a claim about Batyrbekov.
    referred = [v for v in values.absent if v.kind == "name" and alignment is not None and (
        _described(v, alignment.text) or alignment.omitted((v.start, v.end)) or _pronoun_for(v, alignment))]
    # (Or an opposite, or another name in the claim name's tight place: "He is a graduate of the
    # University of St. Andrews in Scotland." two sentences after "Chris Rickleton is ...".)
    opposed = [d.claim_span for d in differences if d.kind in ("negation", "antonym")
                 or (alignment is not None and d.kind == "entity" and not d.detail and alignment.named_in_place(d))]
    # (What the claim says of its people that the source's text just before the passage says,
    # "the girl who jumped from a building", is what the passage's "the girl" refers to.)
    # (So is the claim's "According to" where the passage is someone's words: "she told RFE/RL".)
    said_before = frozenset(t.key for t in tokenize(alignment.before) if t.key) & frozenset(claim.weights) \
        if alignment is not None and opposed else frozenset()
    if alignment is not None and said_before and any(t.folded in SPEECH_VERBS for t in alignment.passage):
        said_before |= frozenset(t.key for t in alignment.claim[:1] if t.folded == "according" and t.key)
    if alignment is not None and opposed \
            and _share(claim, matched | said_before, valued | named | terms_in(claim, opposed)) >= FULL:
        # A passage that says all the claim's predicate but negated, right after the sentences
        # that name its people and places ('"We know the girl survived the fall, ..." she told
        # RFE/RL.' after "... in another southern Kazakh city, Turkistan, ... Smailova said."),
        # speaks of them: the names of the source's text just before it count as its own.
        before = alignment.before.casefold()
        told = [v for v in values.absent if v.kind == "name" and v.text.casefold() in before]
        if told:
            referred += told
            context = max(context, _share(claim, matched | said_before | terms_of(claim, told), valued | swapped | changed))
    # The claim's speaker given as someone else's words is the difference itself, not a name the
    # passage leaves out ("Kazakhstan's Ministry of Information ... declared" / "the magazine said").
    referred += [v for v in values.absent if v.kind == "name" and any(
        d.kind == "entity" and d.detail.startswith("speaker") and _overlaps(d.claim_span, (v.start, v.end))
        for d in differences)]
    # (A name only in a supplement of the claim, ", who ... S-Inform newspaper,", is its own topic.)
    aside = supplements(claim.text)
    unnamed = any(v.kind == "name" and all(v is not r for r in referred)
                  and not any(a <= v.start and v.end <= b for a, b in aside) for v in values.absent)
    # Differences found by the alignment stand in the aligned place by construction (the
    # negated word, the replaced word are paired with the claim's), as slotted values do.
    # Another name counts only in a sentence that restates the claim's: sentences about
    # different people, places and works share much of their wording (WiCE dev: at
    # SAME_TOPIC, 39 of 41 name differences on its real claims were such pairs).
    # Nor do the claim's "-ly" adverbs ("eventually"), a verb the passage says otherwise before
    # the same object ("to catch a train" / "to board a train") or the words that lead to a name
    # put otherwise ("a train bound for Astana" / "a train to the former capital, Almaty") make a
    # sentence tell another event.
    said_otherwise = adverb_terms(claim) | _reverbed(alignment) | _lead_ins(alignment, differences) \
        if alignment is not None and differences and context < RESTATED else frozenset()
    # Nor does a relative clause set off by a comma ("caught the attention of journalist Assem
    # Zhapisheva, who first reported the story in 2018" / "... of journalist Amangeldy
    # Batyrbekov"): an assertion of its own (a supplement: Potts 2005), which a sentence that
    # restates the main clause need not state for another name in its place to count.
    if alignment is not None and differences and context < RESTATED:
        asides = (*aside, *closing_supplement(claim.text))
        said_otherwise |= terms_in(claim, asides) - terms_outside(claim, asides)
    if context < RESTATED and _share(claim, matched, valued | swapped | changed | said_otherwise) < RESTATED:
        # A named speaker stands apart: the alignment finds one only where the claim states the
        # passage's quotation, or the words its one sentence reports, nearly all of them. A
        # speaker the passage describes ("the magazine said") may be the claim's in other words.
        # A name displaced into another clause or sentence of the passage, with another name in
        # its place, is found from the passage's structure, not from similar wording: the topic
        # it needs is the one a value clash needs; so are two parties of one verb exchanged, and
        # another doer of the verb in the other voice ("agent"), and another holder of the same
        # office of the same organisation ("holder": factcheck.match.roles).
        # A pronoun the aligner found to stand for a name before it ("speaker: she is ...") is named.
        differences = tuple(d for d in differences if d.kind != "entity" or d.detail.startswith("speaker: ")
            or d.detail in ("title", "listed") or (d.detail in ("kin", "possessor") and _clause_restated(claim, alignment, d, matched))
            or (d.detail == "speaker" and any(_overlaps(d.passage_span, (v.start, v.end)) for v in values.passage_names))
            # (A name in the claim name's tight place, "the city of Shymkent" / "the city of
            # Qyzylorda", stands in the aligned place of the statement, as a slotted value does.)
            or (not d.detail and alignment is not None and context >= SAME_SLOT_TOPIC and alignment.named_in_place(d))
            or ((d.detail in ("displaced", "exchanged", "agent", "pronoun", "apposed", "slot", "equated", "possessor",
                              "holder")
                 or (not d.detail and alignment is not None and (alignment.doer_of_one_verb(d.claim_span, d.passage_span)
                                                                  or alignment.object_of_one_verb(d.claim_span, d.passage_span))))
                and context >= SAME_TOPIC))
    in_place = bool(slotted or differences)
    # (Another name in the claim name's place, where the passage does not state the claim's: one
    # that still stands after the test above, not a name of a sentence about something else.)
    name_swap = any(c.kind == "name" for c, _ in values.conflicts) or any(d.kind == "entity" for d in differences)
    # A clause set off by commas ("Batyrbekov, who first reported the story in his online
    # S-Inform newspaper, was sentenced ...") is an assertion of its own (a supplement: Potts
    # 2005): a passage about the main clause is on its topic without it.
    supplement = terms_in(claim, aside) - terms_outside(claim, aside)
    if supplement:
        context = max(context, _share(claim, matched, valued | swapped | changed | supplement))
    # An opposite or a negation between the claim's own doer and object, both aligned around it,
    # says the opposite of the same two parties, whatever the claim adds after them ("criticised
    # the Musinov family for the way they have handled the case" / "praises the Musinov family's
    # actions"): it needs only the coverage a related passage needs.
    # So does an exclusive "only" against the passage's list of the same noun and others, before
    # the same aligned predicate (factcheck.match.align's _only_against_list: "only the doctor
    # turned out to belong to the influential Seltanov family" / "The doctor, the principal and
    # one of the region's top policemen were all members of the influential Seltanov family"):
    # the list and the predicate after it are the frame.
    listed = [d for d in differences if _only_against_list(d)]
    framed = alignment is not None and (bool(listed) or any(d.kind in ("antonym", "negation") and alignment.framed(d)
                                                            for d in differences))
    if listed and (domain := _FRONTED_DOMAIN.match(claim.text)):
        # (A fronted "Of the local officials involved, only ..." names the set the passage's
        # list enumerates: its words are the list's, not more that the passage must state.)
        context = max(context, _share(claim, matched, valued | swapped | changed | terms_in(claim, [domain.span(1)])))
    # Another kinship for the claim's named person ("Sharipa Batyrbekova, Nursultan's aunt" / "his
    # grandmother, Sharipa Batyrbekova") says otherwise what the claim says she is, an assertion of
    # its own (a supplement: Potts 2005), whatever else the claim says: the name and its title
    # are the whole topic. Whether a source gives her the claim's title too is the decision's.
    titled = any(d.kind == "entity" and (d.detail in ("title", "listed") or (d.detail == "kin" and _clause_restated(claim, alignment, d, matched)))
                 for d in differences)
    # A quotation the passage has word for word, given to another speaker, is the topic itself,
    # whatever else the claim says of its occasion ("Blogger Anastasia Shestayeva responded to
    # the train incident by writing: 'How, how and one more time how have we sunk to this?'" /
    # '"How, how and one more time how have we sunk to this? ..." wrote Eldar Tulebayev'): a
    # quotation's words are one text, which the claim gives to the wrong person.
    misattributed = quoting and any(d.kind == "entity" and d.detail.startswith("speaker") for d in differences) \
        and _quoted_words(claim.text) >= _QUOTED_TERMS
    # (Counts exchanged between the claim's own nouns, "three boys and one girl" / "three girls
    # and one boy", say which statement they are: as a quotation given to another does.)
    exchanged_counts = bool(_crossed_counts(values.conflicts))
    on_topic = context >= SAME_TOPIC or (in_place and context >= SAME_SLOT_TOPIC) \
        or ((framed or exchanged_counts) and context >= RELATED) \
        or titled or misattributed
    named_elsewhere: frozenset[str] = frozenset()
    opposing = bool(values.conflicts or differences) and on_topic and not _parallel(differences, values) \
        and not (alignment is not None and alignment.other_person())
    unsaid = [v for v in values.absent if v.kind == "name" and all(v is not r for r in referred)]
    if opposing and (name_swap or not unnamed) and not _adrift(values, referred):
        stance = "contradicts"
    elif opposing and unsaid and not _adrift(values, [*referred, *unsaid]) \
            and _share(claim, matched, valued | swapped | changed | terms_of(claim, unsaid) | adverb_terms(claim)) >= (
                SAME_TOPIC if slotted or any(d.kind in ("negation", "antonym") for d in differences) else RESTATED):
        # (A value clash in the aligned place, or a word negated or opposed there, needs less of
        # the rest, as it does to be on topic: "The Qyzylorda schoolgirl returned ... on August 9"
        # / "But on August 6, the victim returned to her family home"; "The mother of the
        # Qyzylorda schoolgirl chose to stop her daughter" / "The mother ... chose not to stop her".)
        # A passage that restates the claim but for names it does not state ("The 17-year-old from
        # Qyzylorda was kept in sexual slavery for three months" against "... a 17-year-old
        # schoolgirl revealed how her daughter was held in sexual slavery for six months"): it
        # contradicts where its source names them elsewhere, which the decision knows.
        named_elsewhere = terms_of(claim, unsaid)
        stance = "related" if coverage >= min(SHOWN, RELATED_CITED if cited else RELATED) else ""
    elif coverage >= min(SHOWN, RELATED_CITED if cited else RELATED):
        stance = "related"
    else:
        stance = ""
    hedges = alignment.hedges if alignment is not None else ()
    # (A claim verb the passage has elsewhere is said; one only near-matched by retrieval, a typo's
    # allowance, is not: "was reduced on appeal" / "was overturned on appeal" beside "education".)
    # (Nor is one the passage says in its place with a verb of one synset: "turned the suspects
    # over to" / "handed over the suspects to", :meth:`Alignment.reworded`.)
    replaced = alignment.replaced() - (matched & (frozenset(t.key for t in alignment.passage if t.key) | reworded)) \
        if alignment is not None else frozenset()
    matched -= replaced
    if alignment is not None and (misplaced := alignment.misplaced()):
        # A place the passage names in another role ("a train to Almaty" for "a train in
        # Almaty") is not stated: it is missing, as a word put in its place would be.
        matched, replaced = matched - misplaced, replaced | misplaced
    unstated = alignment.unattributed | alignment.replaced_nouns() | alignment.replaced_heads() | alignment.sister_nouns() \
        | alignment.reversed_voice() | alignment.superlatives() | alignment.reflexive_owners() \
        if alignment is not None else frozenset()
    if alignment is not None and (elsewhere := alignment.other_place() | alignment.other_named_place()
                                  | alignment.place_of_another_sentence() | alignment.agent_of_another_sentence()):
        # The passage puts the claim's event in another place ("Almaty, where Nursultan's mother
        # lives"): the claim's place is not stated by it, whatever else the passage says of it.
        matched, unstated = matched - elsewhere, unstated | elsewhere
    if alignment is not None:
        # Another name as the doer of the same aligned verb ("Zagipa Baliyeva traveled with
        # Nursultan" / "Batyrbekova traveled with Nursultan"), in a passage too loosely on topic for it to
        # contradict: the passage says someone else did it, so it does not state the claim's
        # name, whatever another sentence pooled beside it says of that name.
        # So does another name in the place of the claim's, in a passage too loosely on topic for
        # it to contradict ("posted a public complaint on its Facebook page" / "wrote a public
        # complaint on its Telegram channel"): whatever else the passage states, it states
        # another name there, not the claim's.
        # (A "crossed" name only as the doer: "the KTK television station published its account" /
        # "Informburo.kz published its account", where "Duke of Cambridge" in a claim's apposition
        # is not unsaid by "the Duke of Kent" of another sentence of WiCE dev's.)
        unstated |= terms_in(claim, [d.claim_span for d in alignment.contradicting
                                     if d.kind == "entity" and d.detail in ("", "crossed") and d not in differences
                                     and ((not d.detail and alignment.named_in_place(d))
                                          or alignment.doer_of_one_verb(d.claim_span, d.passage_span)
                                          or alignment.doer_of_one_clause(d.claim_span, d.passage_span))])
    qualifiers = alignment.qualifiers if alignment is not None else ()
    causal = any(t.folded in CAUSAL_WORDS for t in (alignment.passage if alignment is not None else tokenize(text)))
    acts = alignment.named_acts() - matched if alignment is not None else frozenset()
    return Assessment(candidate, values, context, predicate, stance, cited, matched, coverage, differences, hedges,
                      quoting, replaced, unstated, qualifiers, named_elsewhere, causal, acts)


# The words by which a text gives a cause, a reason or a purpose (the causal and purposive
# connectives of Halliday and Hasan 1976, ch. 5, with the verbs and nouns of causing): "because",
# "due to", "in order to", "prompted", "led to", "the reason", and "after" or "following" an
# event. "as", "for" and "to" are left out: they mostly tell time, a span or the purpose of any verb.
CAUSAL_WORDS = frozenset("""because since due owing therefore thus hence consequently reason reasons why
cause caused causes causing prompted prompting prompt result resulted results resulting order so led lead
leads leading motivated motivation fear sake purpose aim aimed aiming following amid after
""".split())


def _headcount_nouns(claim: ClaimTerms, values: ValueCheck, alignment: Alignment) -> frozenset[str]:
    """The terms of what a claim's headcount counts ("80,000 inhabitants": "inhabit") where the
    passage counts people in other words ("a town of around 18,000 people"): one thing counted,
    stated, so that the count is compared with the passage's as a value of the same slot."""
    counts = [v for v in (*values.agreed, *(c for c, _ in values.conflicts)) if v.unit in HEADCOUNT_UNITS]
    if not counts or not any(t.folded in HEADCOUNT_WORDS for t in alignment.passage):
        return frozenset()
    return frozenset(t for t in terms_of(claim, counts) if not t[:1].isdigit())


def _reverbed(alignment: Alignment) -> frozenset[str]:
    """Terms of the claim's verbs that the passage says with another verb before the same
    object: "catch a train" / "board a train" (:meth:`Alignment.slot_verbs`, the object right
    after each verb, over an article)."""
    forward = dict(alignment.pairs)
    found = set()
    for k, verbs in alignment.slot_verbs():
        obj = next((m for m in range(k + 1, len(alignment.claim)) if alignment.claim[m].folded not in ARTICLES), None)
        if obj is None or obj not in forward:
            continue
        j = forward[obj] - 1
        while j >= 0 and alignment.passage[j].folded in ARTICLES:
            j -= 1
        if j >= 0 and alignment.passage[j].folded in verbs and (key := alignment.claim[k].key):
            found.add(key)
    return frozenset(found)


def _lead_ins(alignment: Alignment, differences: Sequence[Difference]) -> frozenset[str]:
    """Terms of the claim words that lead from the last aligned word to a name the passage has
    another in place of ("a train bound for Astana" / "a train to the former capital, Almaty":
    "bound"): they belong to the slot the passage fills otherwise."""
    aligned = {i for i, _ in alignment.pairs}
    found = set()
    for d in differences:
        if d.kind != "entity":
            continue
        first = next((k for k, t in enumerate(alignment.claim) if t.start >= d.claim_span[0]), None)
        if first is None:
            continue
        k = first - 1
        while k >= 0 and k not in aligned and first - k <= _LEAD_IN:
            if (key := alignment.claim[k].key) and not alignment.claim[k].capital:
                found.add(key)
            k -= 1
    return frozenset(found)


_LEAD_IN = 3  # words before a replaced name that lead to it: "bound for", "headed to"


def _described(name: Value, passage: str) -> bool:
    """Whether a passage refers to a claim's name by its head noun: "Ekholm Palace" as "the
    palace" ("The palace theatre, with 340 seats, ..."), "the Regional Court in Gdańsk" as "the
    court": a name of a place or an institution whose last word is a common noun."""
    words = name.text.split()
    head = words[-1].lower()
    return len(words) > 1 and head.isalpha() and len(head) > 3 \
        and re.search(rf"\b[Tt]he\s+{re.escape(head)}\b", passage) is not None


def _pronoun_for(value: Value, alignment: Alignment) -> bool:
    """Whether the claim's name speaks (a speech verb right after it: "Smailova said, ...") and
    the passage gives its words to a "she" or "he" that stands for that name
    (:meth:`~factcheck.match.align.Alignment.pronoun_speakers`: '"In one case ...," she said.'
    after '"What we see is a trend ...," Smailova added.'): the passage refers to the name."""
    after = next((t for t in alignment.claim if t.start >= value.end), None)
    if after is None or after.folded not in SPEECH_VERBS:
        return False
    keys = {t.key for t in tokenize(value.text) if t.key}
    return bool(keys) and bool(keys & alignment.pronoun_speakers())


def _adrift(values: ValueCheck, referred: Sequence[Value] = ()) -> bool:
    """Whether a passage states none of the two or more names and counts by which the claim
    says whose fact it is: a parallel sentence about another subject ("The specific name,
    'tilburyi', is in honor of ... Colin R. Tilbury" against "'schmidti', ... Karl Patterson
    Schmidt"; "the asteroid 7571 Weisse Rose is named after the group" against "the asteroid
    30935 Davasobel is named after her"), not a contradiction. A date is no such anchor:
    sentences about many subjects share a year. One swapped name or number among values the
    passage shares still contradicts, and so does a passage that names the claim's subject by
    its head noun or leaves it out (``referred``: "The library employs 85 staff" against "The
    Mitchell Library employs 12 staff"). Nor is a passage that states the claim's names in each
    other's places ("its representative had indeed contacted the editorial office of The Village"
    / "The Ministry of Information was contacted by the editorial office of The Village"): it
    states them all."""
    anchors = [v for v in (*values.agreed, *(c for c, _ in values.conflicts), *values.absent) if _anchors(v)]
    ours = {c.key for c, _ in values.conflicts if c.kind == "name"}
    exchanged = any(p.kind == "name" and p.key in ours - {c.key} for c, p in values.conflicts) \
        or bool(_crossed_counts(values.conflicts))  # (so are counts: "three girls and one boy")
    return len(anchors) >= 2 and not values.variants and not any(_anchors(v) for v in values.agreed) \
        and not referred and not exchanged


def _parallel(differences: Sequence[Difference], values: ValueCheck) -> bool:
    """Whether the passage puts other names in two or more places of the claim's, names it
    states nowhere: a parallel sentence about other subjects ("They lost in the first round
    of the ACC Women's Tournament to Wake Forest" against another team's "an early second
    round loss in the 2018 Big Ten Tournament to Rutgers"), not a contradiction. One name
    swapped among the words the two share still contradicts, and so do two names that the
    passage states in each other's places ("X beat Y" / "Y beat X"). Places are counted by the
    claim's names, not their words: "Reporters" and "Borders" against "Adil Soz" are one; and
    a speaker is one place, however many names it takes ("Kazakhstan's Ministry of Information
    and Social Development" against "the magazine"). Another count or date beside another
    name is a second place: "The news website Informburo.kz was founded in 2015" against "The
    Village, a popular internet news outlet in Kazakhstan, was established in 2017" is the
    founding of something else, not a contradiction of either."""
    absent = [(v.start, v.end) for v in values.absent if v.kind == "name"]
    places: set[tuple[int, int]] = set()
    speakers: set[tuple[int, int]] = set()
    for d in differences:
        if d.kind == "entity" and d.detail != "displaced":
            (speakers if d.detail.startswith("speaker") else places).update(
                span for span in absent if _overlaps(d.claim_span, span))
    renamed = len(places - speakers) + bool(speakers)
    revalued = any(c.kind in QUANTITY_KINDS for c, _ in values.conflicts)
    return renamed + (renamed > 0 and revalued) >= 2


def _anchors(value: Value) -> bool:
    return value.kind == "name" or (value.kind in QUANTITY_KINDS and value.kind != "date")


def _dated(alignment: Alignment | None, pairs: Sequence[tuple[Value, Value]]) -> tuple[tuple[Value, Value], ...]:
    """A date of the claim against the one other date of a passage that states the same
    event, where that date belongs to the aligned statement ("released ... in March 2020"
    against "In January 2020, ... ruled that he be immediately released")."""
    if alignment is None:
        return ()
    dates = [(v, o) for v, o in pairs if v.kind == o.kind == "date" and alignment.attached((o.start, o.end))]
    if len({o.start for _, o in dates}) != 1 or len({id(v) for v, _ in dates}) != 1:
        return ()
    return (dates[0],)


def _fronted_dates(alignment: Alignment | None, pairs: Sequence[tuple[Value, Value]]) -> tuple[tuple[Value, Value], ...]:
    """A date of the claim against the date that opens the passage's aligned statement as an
    adverbial of its own ("returned to her family home on August 9" against "But on August 6,
    the victim returned to her family home"): the date's clause holds nothing else, and the
    clause after it holds aligned words. It dates that statement, wherever the claim puts it."""
    if alignment is None:
        return ()
    tokens = alignment.passage
    aligned = {j for _, j in alignment.pairs}
    found = []
    for ours, theirs in pairs:
        if ours.kind != "date" or theirs.kind != "date":
            continue
        inside = [j for j, t in enumerate(tokens) if t.start < theirs.end and theirs.start < t.end]
        if not inside:
            continue
        lo, hi = clause_start(tokens, inside[0]), clause_end(tokens, inside[-1])
        if hi >= len(tokens) or tokens[hi].folded != "," or any(
                tokens[j].key and tokens[j].folded not in _DATE_OPENERS for j in range(lo, hi) if j not in inside):
            continue  # not an adverbial clause of its own ("But on August 6,")
        following = range(hi + 1, clause_end(tokens, hi + 1) if hi + 1 < len(tokens) else hi + 1)
        if sum(1 for j in following if j in aligned and tokens[j].key) >= 2:
            found.append((ours, theirs))
    return tuple(found)


# Words that may open a fronted date's clause besides the date: "But on August 6,", "Then, in 2019,".
_DATE_OPENERS = frozenset("but and then on in by at since during early late".split())


def _aged_alike(ours: Sequence[Token], theirs: Sequence[Token], passage_age: Value) -> bool:
    """Whether the passage's age describes a noun the claim has ("The 30-year-old victim's
    mother posted ..." for "The victim ... is 23 years old"): an age says how old someone is,
    not when the sentence's verb happened, so the verbs around it tell no other event."""
    after = next((t for t in theirs if t.start >= passage_age.end), None)
    return after is not None and after.word and bool(after.key) and after.start - passage_age.end <= 1 \
        and any(t.key == after.key for t in ours)


@functools.lru_cache(maxsize=1024)
def _quoted_words(text: str) -> int:
    """How many index terms the text has inside quotation marks."""
    tokens = tokenize(text)
    return sum(1 for t, q in zip(tokens, quoted(tokens), strict=True) if q and t.key)


def _clause_restated(claim: ClaimTerms, alignment: Alignment | None, difference: Difference,
                     matched: frozenset[str]) -> bool:
    """Whether the passage restates the rest of the claim's clause that holds the difference
    (:func:`factcheck.match.cues.clause_start` to :func:`~factcheck.match.cues.clause_end`; at
    least :data:`_CLAUSE_TERMS` words besides it), :data:`RESTATED` of its weight: "after her
    father revealed she had been held in sexual slavery for six months" / "after the mother of a
    17-year-old schoolgirl revealed how her daughter was held in sexual slavery for six months". A clause after "after", "when" or
    "because" is an assertion of its own (its presupposition: Karttunen 1973), which the passage
    restates with another person in it, whatever it says of the claim's main clause."""
    if alignment is None:
        return False
    tokens = alignment.claim
    inside = [k for k, t in enumerate(tokens) if difference.claim_span[0] <= t.start < difference.claim_span[1]]
    if not inside:
        return False
    start, end = clause_start(tokens, inside[0]), clause_end(tokens, inside[-1])
    clause = terms_in(claim, [(tokens[start].start, tokens[end - 1].end)]) - terms_in(claim, [difference.claim_span])
    if len(clause) < _CLAUSE_TERMS:
        return False
    return sum(claim.weights.get(t, 0.0) for t in clause & matched) >= RESTATED * sum(claim.weights.get(t, 0.0) for t in clause)


_CLAUSE_TERMS = 4  # words besides the difference a clause needs to stand as an assertion of its own
_QUOTED_TERMS = 3  # index terms a quotation needs to be one text, not a phrase anyone may say


def _names_swapped(difference: Difference, values: ValueCheck) -> bool:
    """Another name in the claim name's place: the claim's name is nowhere in the passage (or,
    ``displaced`` or the other doer of the claim's verb, ``agent``, only in its other sentence),
    and the passage's word is a name there (not a capitalised title such as "Ombudsman")."""
    ours = difference.detail in ("displaced", "agent") or any(
        v.kind == "name" and _overlaps(difference.claim_span, (v.start, v.end)) for v in values.absent)
    theirs = any(_overlaps(difference.passage_span, (v.start, v.end)) for v in values.passage_names)
    return ours and theirs


# A fronted partitive that names the set an exclusive "only" picks from: "Of the local officials
# involved, only the doctor ...", "Among the three figures, only ...".
_FRONTED_DOMAIN = re.compile(r"\s*(?:Of|Among)\s+([^,;:]+),\s*only\b", re.IGNORECASE)


def _subjects_of_one_verb(alignment: Alignment, difference: Difference) -> bool:
    """Whether an entity difference's two names each stand right before the same aligned verb
    (anchors count, light verbs too: "took"), the passage's after punctuation or at its start,
    as the clause's subject ("On March 16, Baliyeva took"), not a preposition's object
    ("photographs from Liberia opened")."""
    ours = [k for k, t in enumerate(alignment.claim) if difference.claim_span[0] <= t.start < difference.claim_span[1]]
    theirs = [k for k, t in enumerate(alignment.passage)
              if difference.passage_span[0] <= t.start < difference.passage_span[1]]
    if not ours or not theirs or (theirs[0] > 0 and alignment.passage[theirs[0] - 1].word):
        return False
    after = (ours[-1] + 1, theirs[-1] + 1)
    return after in set(alignment.anchors) and after[0] < len(alignment.claim) \
        and not alignment.claim[after[0]].capital and bool(verb_senses(alignment.claim[after[0]].folded))


def _only_against_list(difference: Difference) -> bool:
    """Whether a difference is the claim's exclusive "only" against a list joined by "and" in the
    passage (factcheck.match.align's ``_only_against_list``: "only the doctor" / "The doctor, the
    principal and one of the region's top policemen were all members")."""
    words = difference.claim_words.split()
    return difference.kind == "quantifier" and bool(words) and words[0].casefold() == "only" \
        and " and " in f" {difference.passage_words} "


def _lasting_words(tokens: Sequence[Token], value: Value) -> list[Token]:
    """The claim's words that say its duration ``value`` is how long something lasts: its verb of
    lasting ("lasted about five minutes"), or the "long" after it ("was about five minutes
    long"); empty where there are none (:func:`factcheck.match.align.lasting_verb`)."""
    k = lasting_verb(tokens, (value.start, value.end))
    if k is None:
        return []
    if tokens[k].key:
        return [tokens[k]]
    return [t for t in tokens if t.start >= value.end and t.folded == "long"][:1]


def _crossed_counts(conflicts: Sequence[tuple[Value, Value]]) -> tuple[tuple[Value, Value], ...]:
    """The count pairs of a passage that gives the claim's counts of two or more things, each to
    another of them: "three boys and one girl" against "three girls and one boy". The counts
    exchanged between the same nouns are one statement's, whatever verbs the two texts tell them
    by ("was made up of" / "had deployed"): they are never set apart as another event's."""
    counts = [(c, p) for c, p in conflicts if c.kind == p.kind == "number" and c.unit and c.unit == p.unit]
    if len(counts) < 2 or len({c.unit for c, _ in counts}) != len(counts):
        return ()
    ours = sorted(c.amount for c, _ in counts if c.amount is not None)
    theirs = sorted(p.amount for _, p in counts if p.amount is not None)
    return tuple(counts) if len(ours) == len(counts) and ours == theirs else ()


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _in_slot(alignment: Alignment | None, pairs: Sequence[tuple[Value, Value]]) -> tuple[tuple[Value, Value], ...]:
    """The value pairs that stand in the same place of the aligned statement."""
    if alignment is None:
        return ()
    return tuple((v, o) for v, o in pairs if alignment.same_slot((v.start, v.end), (o.start, o.end)))


def _displaced_values(alignment: Alignment | None, values: ValueCheck) -> tuple[tuple[Value, Value], ...]:
    """A claim value the passage states elsewhere, while another value of its kind stands in
    its place: "taught at the Stroganov School from 1907 until 1922" against "... from 1907
    until 1920; ... He emigrated to Paris in 1922", "opened to the public as a museum in 1947"
    against "has belonged to the state since 1947 and opened to the public as a museum in
    1951". The value that agrees is about something else: it stands in no clause that holds
    the claim's aligned words (:meth:`Alignment.attached`), while the differing one does. Where
    both do ("between 2015 and 2022"; "closed in 1958 ... in the late 1930s"), nothing is
    moved."""
    if alignment is None:
        return ()
    def span(v: Value) -> tuple[int, int]:
        return v.start, v.end
    moved = [(v, r) for v, r in values.rivals if alignment.same_slot(span(v), span(r)) and alignment.attached(span(r))
             and not any(w is v and (alignment.same_slot(span(v), span(q)) or alignment.attached(span(q)))
                         for w, q in values.holders)]
    return _first_per_value(moved)


_PARTITIVE = re.compile(r"\bof\b", re.IGNORECASE)


def _sole_measures(values: ValueCheck) -> tuple[tuple[Value, Value], ...]:
    """A claim's one count, measure or date of its kind (and unit) against the one value of the passage that
    gives it otherwise in the same unit (a date: with the same parts, and a month at least, not a
    bare year), where the passage states no value of the kind that agrees: "was read by 400,000
    people" / "reached a readership of 40,000 people", "a prison term of three years and two months" / "sentence of two
    years and three months", "Zhibek was attacked on August 31" / "the August 13 attack on her
    daughter, Zhibek". The statement is paraphrased around it, so no aligned word marks the
    value's place; but the claim says one such amount and the passage another, of the same thing
    measured the same way. (A date of another event in the passage is set apart before this, by
    the verbs it belongs to: ``ValueCheck.apart``.)"""
    found = []
    claim_side = [*values.agreed, *values.absent, *(c for c, _ in values.conflicts)]
    for ours, theirs in values.conflicts:
        if ours.kind == "date":
            # (A date as precise as the claim's, in the same parts: "attacked on August 31" / "the
            # August 13 attack"; not a year against a day, which may date another step.)
            if theirs.kind != "date" or ours.date is None or theirs.date is None or ours.date[1] is None \
                    or [part is None for part in ours.date] != [part is None for part in theirs.date]:
                continue  # (not a bare year: a page gives many, "elected in 2017" / "re-elected in 2019")
        elif ours.kind not in QUANTITY_KINDS or not ours.unit or ours.unit != theirs.unit \
                or _PARTITIVE.search(ours.text):
            continue  # ("One of the men" picks one of a group whose size it does not say: not "four men")
        # (Another value of the claim of the kind makes the pairing uncertain only in the same unit:
        # "One of the girls threatened to kill the victim unless she paid 500,000 tenges" says one
        # sum of money, whatever else it counts.)
        if any(v is not ours and v.kind == ours.kind and (ours.kind == "date" or v.unit == ours.unit)
               for v in claim_side) \
                or any(c is ours and p is not theirs for c, p in values.conflicts) \
                or any(c is ours for c, _ in values.rivals):
            continue
        found.append((ours, theirs))
    return tuple(found)


def _first_per_value(pairs: Sequence[tuple[Value, Value]]) -> tuple[tuple[Value, Value], ...]:
    """One differing passage value per claim value: the first in the passage."""
    chosen: dict[int, tuple[Value, Value]] = {}
    for ours, theirs in sorted(pairs, key=lambda p: p[1].start):
        chosen.setdefault(id(ours), (ours, theirs))
    return tuple(chosen.values())
