"""Decide each candidate's stance and the claim's verdict from coverage and values.

Thresholds are shares of the claim's IDF-weighted vocabulary found in a passage.
They were set on the WiCE dev split and the seeds' example claims (see ``bench/``),
never on a single sentence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from factcheck.index.bm25 import term
from factcheck.match.align import Alignment, Difference
from factcheck.match.retrieve import Candidate, ClaimTerms
from factcheck.models import Value
from factcheck.values.clashes import QUANTITY_KINDS, ValueCheck

ALL_KINDS = QUANTITY_KINDS | {"name"}
SHOWN = 0.15          # coverage for a passage to be shown as related evidence (the closest words)
RELATED = 0.35        # coverage for a passage to take part in a support set
RELATED_CITED = 0.10  # the same, in a source the claim cites (the reader wants to see what it says)
SUPPORT = 0.65        # coverage of a claim by one source's support set, to support it
SAME_TOPIC = 0.70     # coverage of the claim's non-value words for a value clash to count
SAME_SLOT_TOPIC = 0.50  # the same, for a value clash in the aligned place of the statement
RESTATED = 0.85       # the same, for another name, or the one other date of a sentence that restates the claim
PREDICATE = 0.50      # coverage of the claim's words other than values and names, to support
PARTIAL = 0.40        # best coverage below which nothing partly supports the claim
MISSING_SHARE = 0.30  # share of unsupported vocabulary that turns supported into partial
COMBINE_GAIN = 0.05   # vocabulary a further sentence must add to join a support set
CLASH_MARGIN = 0.10   # a clash this much less on topic than the best one is only context
NAME_TOPIC = 1        # passages of a source that state a name, for it to state the name (WiCE dev: 3 cost 0.009
                      # balanced accuracy and caught no more swapped names in bench/perturb.py)
QUOTED_SHARE = 0.8    # share of a claim's quoted words one supporting sentence must have
COMBINE_MAX = 3       # sentences that may support a claim together


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

    @property
    def clashes(self) -> bool:
        """Whether the passage states something else than the claim: a value or a word."""
        return bool(self.values.conflicts or self.differences)


@dataclass(frozen=True, slots=True)
class Decision:
    """A claim's verdict and the parts of it no source supports."""

    verdict: str
    missing_terms: frozenset[str]
    missing_values: tuple[Value, ...]
    assessed: tuple[Assessment, ...]


_MONTH_TERMS = frozenset(term(m) for m in (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec").split()) - {None}


def value_terms(claim: ClaimTerms, values: Sequence[Value], kinds: frozenset[str] = QUANTITY_KINDS) -> frozenset[str]:
    """Terms of the claim that state one of its values of the given kinds.

    Of a quantity only the number itself counts (digits, number words, months): in
    "one of the perpetrators" or "eight years", what is counted stays part of what the
    claim is about.
    """
    spans = [(v.start, v.end, v.kind) for v in values if v.kind in kinds]
    return frozenset(t for start, end, t in claim.spans
                     if any(start < e and s < end and (k == "name" or t.isdigit() or t in _MONTH_TERMS) for s, e, k in spans))


def _terms_of(claim: ClaimTerms, values: Sequence[Value]) -> frozenset[str]:
    return frozenset(t for start, end, t in claim.spans if any(start < v.end and v.start < end for v in values))


def _share(claim: ClaimTerms, matched: frozenset[str], leave_out: frozenset[str]) -> float:
    """IDF-weighted share of the claim's terms (but ``leave_out``) found in ``matched``."""
    weights = {t: w for t, w in claim.weights.items() if t not in leave_out}
    total = sum(weights.values())
    return sum(w for t, w in weights.items() if t in matched) / total if total else 1.0


def assess(claim: ClaimTerms, candidate: Candidate, values: ValueCheck, valued: frozenset[str], named: frozenset[str],
           *, cited: bool = False, alignment: Alignment | None = None) -> Assessment:
    """Give a candidate its stance: supports, contradicts, related, or none (empty).

    ``context`` is the coverage of the claim's words other than its values and the words
    the alignment found changed: a passage about the same statement that states another
    value, negates it, or puts an antonym or another name in its place contradicts.
    ``predicate`` also leaves names out: a sentence that merely names the same people
    does not support what the claim says they did. A value that clashes in the aligned
    place of the statement ("serving six months" against "serving four months") needs
    less of the rest of the wording (``SAME_SLOT_TOPIC``): paraphrase changes the rest.
    """
    differences = alignment.contradicting if alignment is not None else ()
    if differences:  # values are compared by kind and unit, not as words ("March" / "January")
        spans = [(v.start, v.end) for v in (*values.agreed, *values.absent, *(c for c, _ in values.conflicts))
                 if v.kind in QUANTITY_KINDS]
        differences = tuple(d for d in differences if not any(_overlaps(d.claim_span, s) for s in spans)
                            and (d.kind != "entity" or d.detail == "speaker" or _names_swapped(d, values)))
    changed = _terms_in(claim, [d.claim_span for d in differences if d.kind != "negation"])
    swapped = _terms_of(claim, [c for c, _ in values.conflicts if c.kind == "name"])
    matched = candidate.matched | value_terms(claim, values.agreed, ALL_KINDS)
    context = _share(claim, matched, valued | swapped | changed)
    predicate = _share(claim, matched, valued | named)
    coverage = _share(claim, matched, frozenset())
    slotted = _in_slot(alignment, values.conflicts)
    if not slotted and context >= SAME_SLOT_TOPIC:
        slotted = _first_per_value(_in_slot(alignment, values.unpaired))
        if not slotted and context >= RESTATED:
            slotted = _dated(alignment, values.unpaired)
        if slotted and not values.conflicts:
            values = replace(values, conflicts=slotted,
                             absent=tuple(v for v in values.absent if all(v is not c for c, _ in slotted)))
    # A value clash counts only when the passage is about the same people and places:
    # "one of the perpetrators got seven years" says nothing against a claim about Batyrbekov.
    unnamed = any(v.kind == "name" for v in values.absent)
    name_swap = any(c.kind == "name" for c, _ in values.conflicts) or any(d.kind == "entity" for d in differences)
    # Differences found by the alignment stand in the aligned place by construction (the
    # negated word, the replaced word are paired with the claim's), as slotted values do.
    # Another name counts only in a sentence that restates the claim's: sentences about
    # different people, places and works share much of their wording (WiCE dev: at
    # SAME_TOPIC, 39 of 41 name differences on its real claims were such pairs).
    if context < RESTATED:
        differences = tuple(d for d in differences if d.kind != "entity")
    in_place = bool(slotted or differences)
    on_topic = context >= SAME_TOPIC or (in_place and context >= SAME_SLOT_TOPIC)
    if (values.conflicts or differences) and on_topic and (name_swap or not unnamed):
        stance = "contradicts"
    elif coverage >= min(SHOWN, RELATED_CITED if cited else RELATED):
        stance = "related"
    else:
        stance = ""
    hedges = alignment.hedges if alignment is not None else ()
    return Assessment(candidate, values, context, predicate, stance, cited, matched, coverage, differences, hedges)


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


def _names_swapped(difference: Difference, values: ValueCheck) -> bool:
    """Another name in the claim name's place: the claim's name is nowhere in the passage,
    and the passage's word is a name there (not a capitalised title such as "Ombudsman")."""
    ours = any(v.kind == "name" and _overlaps(difference.claim_span, (v.start, v.end)) for v in values.absent)
    theirs = any(_overlaps(difference.passage_span, (v.start, v.end)) for v in values.passage_names)
    return ours and theirs


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _in_slot(alignment: Alignment | None, pairs: Sequence[tuple[Value, Value]]) -> tuple[tuple[Value, Value], ...]:
    """The value pairs that stand in the same place of the aligned statement."""
    if alignment is None:
        return ()
    return tuple((v, o) for v, o in pairs if v.end <= len(alignment.claim_text)
                 and alignment.same_slot((v.start, v.end), (o.start, o.end)))


def _first_per_value(pairs: Sequence[tuple[Value, Value]]) -> tuple[tuple[Value, Value], ...]:
    """One differing passage value per claim value: the first in the passage."""
    chosen: dict[int, tuple[Value, Value]] = {}
    for ours, theirs in sorted(pairs, key=lambda p: p[1].start):
        chosen.setdefault(id(ours), (ours, theirs))
    return tuple(chosen.values())


def _terms_in(claim: ClaimTerms, spans: Sequence[tuple[int, int]]) -> frozenset[str]:
    return frozenset(t for start, end, t in claim.spans if any(start < e and s < end for s, e in spans))


@dataclass(frozen=True, slots=True)
class SupportSet:
    """The few sentences of one source that together state most of a claim."""

    members: tuple[int, ...]
    matched: frozenset[str]
    coverage: float
    states_predicate: bool = False


def decide(claim: ClaimTerms, assessed: Sequence[Assessment], claim_values: Sequence[Value],
           quoted: frozenset[str] = frozenset(), named_in: Sequence[Mapping[int, int]] = ()) -> Decision:
    """Turn the candidates of a claim into one verdict (CONTRACT.md section 3).

    Each source's best sentences are pooled into a support set; a claim is supported
    when one source's set covers it, its values and names agree, nothing contradicts it,
    and the source states it as a fact (not "prosecutors allege", "reportedly"): a support
    whose lead sentence only attributes or qualifies the claim makes it ``partial``.
    A name of the claim (a person, place or work) of which neither the supporting sentences
    nor their source is about is missing, however little it weighs: ``named_in`` gives, for
    each name value of the claim in order, how many passages of each document state all its
    words: a supporting source that states the name in ``NAME_TOPIC`` passages anywhere
    states it (an article about Qyzylorda need not repeat the town's name in every
    sentence). With no support, a claim that names someone is ``partial`` only where a
    source that says enough of it names one of them. ``quoted`` holds the
    terms the claim quotes: a quotation is supported only by a sentence that has it, never
    by sentences that share its words one by one.
    """
    result = list(assessed)
    sets = [_support_set(claim, result, doc) for doc in dict.fromkeys(a.candidate.doc for a in result)]
    sets = [s for s in sets if s.members]
    supporting = [s for s in sets if s.coverage >= SUPPORT and s.states_predicate
                  and _states_quotation(quoted, [result[i] for i in s.members])]
    # A source is consistent with itself: when it supports the claim and states the claim's
    # value, a clashing value in another of its sentences is about something else. A source
    # that supports the rest but says the claim's own value or statement otherwise does not
    # support it: citing that source must not hide the contradiction.
    for support in list(supporting):
        doc = result[support.members[0]].candidate.doc
        clashes = [i for i, a in enumerate(result) if a.stance == "contradicts" and a.candidate.doc == doc]
        members = [result[m] for m in support.members]
        if all(_consistent(result[i], members) for i in clashes):
            for i in clashes:
                result[i] = replace(result[i], stance="related")
        else:
            supporting.remove(support)
    for support in supporting:
        for i in support.members:
            result[i] = replace(result[i], stance="supports")
    _keep_strongest_clashes(result)
    best = max(sets, key=lambda s: s.coverage, default=SupportSet((), frozenset(), 0.0))
    contradicts = [a for a in result if a.stance == "contradicts"]
    basis = [result[i] for i in best.members] + contradicts
    agreed_values = [v for a in basis for v in a.values.agreed]
    missing_terms = frozenset(claim.weights) - best.matched - value_terms(claim, agreed_values, ALL_KINDS)
    settled = {id(v) for v in agreed_values} | {id(c) for a in contradicts for c, _ in a.values.conflicts}
    missing_values = tuple(v for v in claim_values if v.kind in QUANTITY_KINDS and id(v) not in settled)
    hedged = bool(supporting) and all(result[s.members[0]].hedges for s in supporting)
    if supporting and contradicts:
        verdict = "disputed"
    elif contradicts:
        verdict = "contradicted"
    elif supporting:
        share = sum(claim.weights[t] for t in missing_terms) / (sum(claim.weights.values()) or 1.0)
        names = [_terms_of(claim, [v]) for v in claim_values if v.kind == "name" and v.end <= len(claim.text)]
        docs = {result[s.members[0]].candidate.doc for s in supporting}
        unnamed = any(group and group <= missing_terms and not any(
            named_in[k].get(d, 0) >= NAME_TOPIC for d in docs) for k, group in enumerate(names) if k < len(named_in))
        flat = share <= MISSING_SHARE and not missing_values and not unnamed
        verdict = "supported" if flat and not hedged else "partial"
    else:
        # Part of the claim is stated where a source says enough of it, and, when the claim
        # names someone or something, where that source names one of them: a claim about
        # "Jane Helen, born in 1946" is not half-stated by another family's 1946.
        near = {a.candidate.doc for a in result if a.coverage >= PARTIAL}
        if best.coverage >= PARTIAL:
            near.add(result[best.members[0]].candidate.doc)
        named = [docs for docs, v in zip(named_in, (v for v in claim_values if v.kind == "name"), strict=False)
                 if v.end <= len(claim.text)]
        verdict = "partial" if near and (not named or any(near & docs.keys() for docs in named)) else "not_found"
    return Decision(verdict, missing_terms, missing_values, tuple(result))


def _states_quotation(quoted: frozenset[str], members: Sequence[Assessment]) -> bool:
    """One member has most of the quoted words (all of a short quotation)."""
    if len(quoted) < 3:
        return True
    return any(len(quoted & m.candidate.matched) >= QUOTED_SHARE * len(quoted) for m in members)


def _consistent(clash: Assessment, members: Sequence[Assessment]) -> bool:
    """Whether a clash in a source that supports the claim is about something else: its
    clashing values are confirmed by the support, and its other differences stand in a
    sentence less like the claim than the support's best."""
    if clash.differences and clash.coverage > max(m.coverage for m in members):
        return False
    return _confirmed(clash, members)


def _confirmed(clash: Assessment, members: Sequence[Assessment]) -> bool:
    """Each clashing claim value is stated by a supporting sentence; a date only by one
    about as much on topic as the clash, since a year alone agrees with any date in it
    ("later in 2020" does not confirm "in March 2020" against "In January 2020, ... released")."""
    return all(any(any(a is v for a in m.values.agreed)
                   and (v.kind != "date" or m.context >= clash.context - CLASH_MARGIN) for m in members)
               for v, _ in clash.values.conflicts)


def _keep_strongest_clashes(result: list[Assessment]) -> None:
    """Demote clashes clearly less on topic than the best word on the same claim value.

    "Eight years" against "one of the perpetrators got seven years" (on topic in every
    word) makes "he got two years and three months" (another subject) mere context; so
    does a supporting sentence that states the claim's own value in the same words.
    """
    best: dict[int, float] = {}
    for a in result:
        if a.stance == "contradicts":
            for value, _ in a.values.conflicts:
                best[id(value)] = max(best.get(id(value), 0.0), a.context)
        elif a.stance == "supports":
            for value in a.values.agreed:
                best[id(value)] = max(best.get(id(value), 0.0), a.context)
    for i, a in enumerate(result):
        if a.stance == "contradicts" and a.values.conflicts and not a.differences \
                and all(a.context < best[id(v)] - CLASH_MARGIN for v, _ in a.values.conflicts):
            result[i] = replace(a, stance="related")


def _support_set(claim: ClaimTerms, assessed: Sequence[Assessment], doc: int) -> SupportSet:
    """Pool up to three sentences of one source that together say most of the claim.

    Starts from the sentence that covers most, then repeatedly takes the one that adds
    most (ties go to the closer wording). A sentence that confirms one of the claim's
    numbers or dates joins even when it adds few words (one more may join for that):
    the value must be supported too.
    """
    pool = [i for i, a in enumerate(assessed) if a.candidate.doc == doc and not a.clashes
            and a.coverage >= (RELATED_CITED if a.cited else RELATED)]
    total = sum(claim.weights.values()) or 1.0
    members: list[int] = []
    matched: frozenset[str] = frozenset()
    confirmed: set[int] = set()

    def gain(i: int) -> float:
        return sum(claim.weights[t] for t in assessed[i].matched - matched) / total

    def new_values(i: int) -> set[int]:
        return {id(v) for v in assessed[i].values.agreed if v.kind in QUANTITY_KINDS} - confirmed

    while pool:
        best = max(pool, key=lambda i: (round(gain(i), 6), assessed[i].candidate.alignment, -assessed[i].candidate.start))
        if members and gain(best) < COMBINE_GAIN:
            best = next((i for i in pool if new_values(i)), -1)
            if best < 0:
                break
        if len(members) >= COMBINE_MAX + (1 if new_values(best) else 0):
            break
        members.append(best)
        matched |= assessed[best].matched
        confirmed |= new_values(best)
        pool.remove(best)
    # A lone sentence supports only if it states the claim's predicate, not just its names.
    predicate = len(members) > 1 or (bool(members) and assessed[members[0]].predicate >= PREDICATE)
    return SupportSet(tuple(members), matched, sum(claim.weights[t] for t in matched) / total, predicate)
