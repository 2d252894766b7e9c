"""Decide a claim's verdict from the stances of its candidate passages (CONTRACT.md section 3).

Each source's best sentences are pooled into a support set; the thresholds are shares of the
claim's IDF-weighted vocabulary, set on the WiCE dev split and the seeds' example claims
(see ``bench/``), never on a single sentence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from factcheck.index.bm25 import term
from factcheck.lexicon.noun_kinds import is_role, kin_lemma
from factcheck.lexicon.nouns import is_common_noun
from factcheck.lexicon.places import is_place
from factcheck.lexicon.verbs import SAME_FORM_PARTICIPLES, is_participle, verb_senses
from factcheck.match.align import UNIVERSAL, Difference
from factcheck.match.antecedents import REPORTING, person_gender, reports_a_clause, sentence_subject
from factcheck.match.cues import (
    DAY_PARTS,
    NEGATION_VERBS,
    NEGATION_WORDS,
    SPEECH_VERBS,
    TEMPORAL_ORDER,
    THAT_REPORTS,
    Token,
    negated_terms,
    tokenize,
)
from factcheck.match.predicates import (
    main_verb,
    one_predicate,
    passive_participle,
    present_verb,
    reported_verb,
    verb_after_relative,
)
from factcheck.match.retrieve import Candidate, ClaimTerms, weight_of
from factcheck.models import Value
from factcheck.sources.normalize import fold
from factcheck.values.clashes import QUANTITY_KINDS
from factcheck.verdicts.stance import (
    ALL_KINDS,
    FULL,
    MONTH_TERMS,
    RELATED,
    RELATED_CITED,
    Assessment,
    terms_in,
    terms_outside,
    value_terms,
)

_NEGATION_TERMS = frozenset(t for w in NEGATION_WORDS | NEGATION_VERBS if (t := term(w)))  # a claim's own "not"

SUPPORT = 0.65        # coverage of a claim by one source's support set, to support it
PREDICATE = 0.50      # coverage of the claim's words other than values and names, to support
PARTIAL = 0.40        # best coverage below which nothing partly supports the claim
MISSING_SHARE = 0.30  # share of unsupported vocabulary that turns supported into partial
COMBINE_GAIN = 0.05   # vocabulary a further sentence must add to join a support set
CLASH_MARGIN = 0.10   # a clash this much less on topic than the best one is only context
QUOTED_SHARE = 0.8    # share of a claim's quoted words one supporting sentence must have
COMBINE_MAX = 3       # sentences that may support a claim together
LEAD_TERMS = 2        # claim terms the first sentence of a support set must state
_NAMED_AFTER = re.compile(r",?\s+[A-Z][\w'’-]*")  # "her cousin Rustam", "his wife, Cerys"
_OWNED_BEFORE = re.compile(r"\b[A-Z][\w-]*['’]s\s+$")  # "is Zhibek's cousin"
_LEXICAL = frozenset({"negation", "antonym", "quantifier", "date"})  # differences found from cue words (a weekday's name) and WordNet


@dataclass(frozen=True, slots=True)
class Decision:
    """A claim's verdict and the parts of it no source supports."""

    verdict: str
    missing_terms: frozenset[str]
    missing_values: tuple[Value, ...]
    assessed: tuple[Assessment, ...]


@dataclass(frozen=True, slots=True)
class SupportSet:
    """The few sentences of one source that together state most of a claim."""

    members: tuple[int, ...]
    matched: frozenset[str]
    coverage: float
    states_predicate: bool = False


@dataclass(frozen=True, slots=True)
class CorpusFacts:
    """What the corpus says beyond a claim's candidate passages, as the decision needs it.

    ``names``: each name the claim states (its terms) with the documents that state all its
    words; ``states(doc, terms)``: whether a document states any of the terms;
    ``same_subject(a, b)``: whether two documents may be about one subject; ``dated(doc,
    value)``: whether a document's own date (its publication) states a date value;
    ``descriptions``: the noun a claim's apposition gives a name ("Erden Zikibay, a local
    journalist": its term), with a name that owns it ("Ak Zhaiyk's chief editor": its terms too),
    and the documents that state the noun in one passage with the name (and the owner there or
    in the passage before: a support that leaves out either has not said the two are one);
    ``says(doc, words)``: whether a document's text has the folded words in a row ("local
    doctor"), for a claim's qualifier that its supporting sentence leaves out; ``near(terms,
    pids)``: whether a passage that states a name's terms stands near the supporting passages
    ``pids`` or in their document's title; ``unknown(term)``: whether no source has the term;
    ``nearby(terms, pids)``: whether a passage that states all the terms stands near the
    supporting passages ``pids`` or in their document's title (any words, not only a name's);
    ``excerpt(doc, start, end)``: a document's text between two character offsets;
    ``pronoun_stands_for(terms, words, pid, gender, reporting)``: whether the subject "he" or
    "she" of a passage stands for the name whose terms and folded words are given, of the gender
    its words say if they do, and, given the verbs of saying ``reporting``, only where the
    pronoun is their speaker (``None``:
    no such pronoun, or no antecedent found; :mod:`factcheck.match.antecedents`).
    """

    names: tuple[tuple[frozenset[str], frozenset[int]], ...] = ()
    states: Callable[[int, frozenset[str]], bool] | None = None
    same_subject: Callable[[int, int], bool] | None = None
    dated: Callable[[int, Value], bool] | None = None
    descriptions: tuple[tuple[frozenset[str], frozenset[int]], ...] = ()
    says: Callable[[int, tuple[str, ...]], bool] | None = None
    near: Callable[[frozenset[str], Sequence[int]], bool] | None = None
    unknown: Callable[[str], bool] | None = None
    nearby: Callable[[frozenset[str], Sequence[int]], bool] | None = None
    excerpt: Callable[[int, int, int], str] | None = None
    pronoun_stands_for: Callable[[frozenset[str], tuple[str, ...], int, str | None, frozenset[str] | None],
                                 bool | None] | None = None


def decide(claim: ClaimTerms, assessed: Sequence[Assessment], claim_values: Sequence[Value],
           quoted: frozenset[str] = frozenset(), facts: CorpusFacts = CorpusFacts()) -> Decision:
    """Turn the candidates of a claim into one verdict (CONTRACT.md section 3).

    Each source's best sentences are pooled into a support set; a claim is supported
    when one source's set covers it, its values and names agree, nothing contradicts it,
    and the source states it as a fact (not "prosecutors allege", "reportedly"): a support
    whose lead sentence only attributes or qualifies the claim makes it ``partial``.
    A name of the claim (a person, place or work) that neither the supporting sentences nor
    their source state (``facts.names``) is missing, however little it weighs (an article
    about Qyzylorda need not repeat the town's name in every sentence; WiCE dev: asking for
    three mentions instead of one cost 0.009 balanced accuracy and caught no more swapped
    names in bench/perturb.py); so is what the claim's apposition says a name is ("Erden
    Zikibay, a local journalist") when no passage of a supporting source says it with the
    name (``facts.descriptions``: 001 has "Erden Zikibay, a local artist"). With no support, a claim that names someone is ``partial``
    only where a source that says enough of it names one of them. ``quoted`` holds the
    terms the claim quotes: a quotation is supported only by a sentence that has it, never
    by sentences that share its words one by one. A date of the claim that no supporting
    sentence states is stated by a supporting source whose own date agrees with it
    (``facts.dated``: a news page published on May 20, 2019 states that he is head coach
    "since 2019"): a report states what it reports as of its publication, as WiCE's
    annotators read a page's date line (WiCE dev: balanced accuracy 0.701 -> 0.710).

    A claim one source supports is disputed by another only where that other source knows
    what the claim speaks of: ``facts.states`` tells whether a document states any of
    the claim's own words for the clashing value or name (a name, or a number of a date)
    anywhere. "The Boston mayoral election of 1921 occurred on December 13, 1921" is not
    disputed by an article about the 1903 election that never says 13 or 1921, nor
    "Penélope Cruz received the award for her role in the film" by an article about Kate
    Winslet that never names Cruz: in a corpus of many subjects, parallel sentences about
    other events are the rule. An account of the 1921 election that dates it December 20
    does dispute it. A negation is always a dispute. ``facts.same_subject`` tells whether two
    documents are about one subject (their titles); a clash from a document about another
    subject than every supporting one ("Demographics of Saint Kitts" against "... of Saint
    Vincent") disputes nothing.
    """
    result = [_titled_elsewhere(claim, _named_in_source(a, facts), facts) for a in assessed]
    sets = [_support_set(claim, result, doc, quoted) for doc in dict.fromkeys(a.candidate.doc for a in result)]
    sets = [s for s in sets if s.members]
    # (A support led by a sentence that shares one word with the claim is words pooled from
    # sentences about other things: "The victim kept most of the money for herself" from 000's
    # "the lawyer ... being kept waiting" beside "regularly sends back money".)
    lead_words = min(LEAD_TERMS, len(claim.weights))
    verb = _rarest_main_verb(claim)
    acted = _main_verb_term(claim)
    participle = _passive_participle_term(claim)
    consequence = _consequence_term(claim)
    asserted = _asserted_after_relative(claim)
    reported = _reported_term(claim)
    predicate = participle or _predicate_term(claim)
    name_terms = value_terms(claim, [v for v in claim_values if v.kind == "name"], ALL_KINDS)
    places = [terms for v in claim_values if v.kind == "name" and is_place(v.text)
              and (terms := value_terms(claim, [v], ALL_KINDS))]
    # (A name that modifies the noun after it, "Esik police", names that noun's place or owner,
    # not a party of its own.)
    parties = [terms for v in claim_values if v.kind == "name" and not is_place(v.text)
               and not _modifies_noun(claim.text, v.end) and not _AFTER_PLACE_PREPOSITION.search(claim.text, 0, v.start)
               and (terms := value_terms(claim, [v], ALL_KINDS))]
    supporting = [s for s in sets if s.coverage >= SUPPORT and s.states_predicate
                  and len(result[s.members[0]].matched) >= lead_words
                  and _states_quotation(quoted, [result[i] for i in s.members])
                  and _names_its_subjects(s, result[s.members[0]].candidate.doc, facts)
                  and not (verb and len(s.members) > 1 and verb not in s.matched)
                  and not _names_pooled(claim, s, result, name_terms)
                  and not _parties_apart(s, result, parties, facts.near)
                  and not (participle and participle not in s.matched)
                  and not _predicate_of_others(claim, s, result, name_terms, facts.excerpt)
                  and not _done_by_another(acted, s, result, name_terms, claim)
                  and not _speaker_pooled(quoted, s, result, name_terms, facts.excerpt)
                  and not (consequence and consequence not in s.matched)
                  and not (asserted and asserted not in s.matched)
                  and not (reported and reported not in s.matched)
                  and not _places_apart(places, predicate, s, result)]
    supporting = _outweighed(result, supporting)
    # A source is consistent with itself: when it supports the claim and states the claim's
    # value, a clashing value in another of its sentences is about something else. A source
    # that supports the rest but says the claim's own value or statement otherwise does not
    # support it: citing that source must not hide the contradiction.
    for support in list(supporting):
        doc = result[support.members[0]].candidate.doc
        clashes = [i for i, a in enumerate(result) if a.stance == "contradicts" and a.candidate.doc == doc]
        members = [result[m] for m in support.members]
        if all(_consistent(result[i], members) for i in clashes) and not _denied_elsewhere(claim, result, doc, support) \
                and not _quantified_elsewhere(result, doc, support):
            for i in clashes:
                result[i] = replace(result[i], stance="related")
        else:
            supporting.remove(support)
    for support in supporting:
        for i in support.members:
            result[i] = replace(result[i], stance="supports")
    backing = {result[s.members[0]].candidate.doc for s in supporting}
    if backing and facts.states is not None:
        closest = max(result[i].coverage for s in supporting for i in s.members)
        for i, a in enumerate(result):
            words = _clash_terms(claim, a) if a.stance == "contradicts" else frozenset()
            elsewhere = facts.same_subject is not None and not any(
                facts.same_subject(d, a.candidate.doc) for d in sorted(backing))
            if not words or not (elsewhere or not facts.states(a.candidate.doc, words)):
                continue
            if elsewhere and _likeness(a) >= closest + CLASH_MARGIN:
                # The clash is the closer account of the claim: one sentence that says more of it
                # than any supporting sentence, in a source about another subject than theirs.
                # Then the supporting sentences, pooled or loose, are the ones about something else.
                supporting = _drop_other_subjects(result, supporting, a.candidate.doc, facts.same_subject)
            elif not elsewhere and a.differences and all(d.kind in _LEXICAL for d in a.differences) \
                    and a.context >= FULL and len(a.candidate.passages) == 1 and _likeness(a) >= closest + CLASH_MARGIN:
                # So is one sentence of a source on the same subject that restates all the rest of
                # the claim around a word opposed in its place ("The story was first reported by
                # local journalist Amangeldy Batyrbekov" for "... last reported by ..."): a source
                # cannot state the claim's own word where it states its opposite, and the loose
                # or pooled support elsewhere ("catch the attention of journalist Amangeldy
                # Batyrbekov") says less of the claim than the sentence that says it otherwise.
                for s in supporting:
                    for m in s.members:
                        result[m] = replace(result[m], stance="related")
                supporting = []
            else:
                result[i] = replace(a, stance="related")
    _keep_strongest_clashes(result)
    best = max(sets, key=lambda s: s.coverage, default=SupportSet((), frozenset(), 0.0))
    contradicts = [a for a in result if a.stance == "contradicts"]
    basis = [result[i] for i in best.members] + contradicts
    agreed_values = [v for a in basis for v in a.values.agreed]
    if facts.dated is not None and supporting:
        # A claim's date that no supporting sentence states, but that the supporting source's
        # own date states: a report states what it reports as of its publication.
        told = {id(v) for v in agreed_values}
        # Not a date a supporting sentence gives to another event: the page's own date then
        # says nothing of the claim's (the clash was only set aside, never settled).
        aside = {id(c) for s in supporting for i in s.members for c, _ in result[i].values.apart}
        agreed_values += [v for v in claim_values if v.kind == "date" and id(v) not in told and id(v) not in aside
                          and any(facts.dated(d, v) for d in sorted(backing))]
    missing_terms = frozenset(claim.weights) - best.matched - value_terms(claim, agreed_values, ALL_KINDS, stated=True)
    missing_terms |= _places_apart(places, predicate, best, result)  # said of something else
    # The words of an agreed count, measure or date (not of a name, whose words may each be said
    # otherwise) are stated by it, whatever the aligner found in their place.
    valued = value_terms(claim, [v for v in agreed_values if v.kind in QUANTITY_KINDS], stated=True)
    # A word the supporting sentence replaces with another ("was upheld on appeal" / "was
    # overturned on appeal"), or a place it names in another role ("a train to Almaty"), is
    # not merely unsaid: that sentence says something else there, and no other sentence of
    # the support set says the claim's.
    replaced = frozenset().union(*(result[i].replaced for i in best.members)) \
        - frozenset().union(*(result[i].matched for i in best.members))
    missing_terms |= replaced
    # Words the supporting sentence gives to someone it only describes ("..., the mother said")
    # are not stated as the claim's named speaker's, whoever another sentence names; nor is a
    # thing the sentence names another in place of ("corruption in the education sector"). A
    # member that states more of the claim, with the word in its place, does state it: a lesser
    # sentence pooled beside '"Those men who raped my daughter should be ashamed"' does not
    # unsay its "men".
    negated = negated_terms(tokenize(claim.text))
    unstated = _unstated_by(result, best.members, negated) - valued  # (not a word of an agreed value: "USD 4,500,000" / "US$4.5 million")
    missing_terms |= unstated
    # A word that qualifies the next one ("the country's regional prosecutor", "a poor pupil"),
    # which the supporting sentence leaves out or says otherwise, is what the claim adds, however
    # little it weighs: stated only by its source saying the two words together somewhere ("The
    # local doctor, the school principal ..." beside "appealed to a local doctor";
    # factcheck.match.qualifiers).
    said = frozenset().union(*(result[k].matched for k in best.members))
    lead = result[best.members[0]].candidate.doc if best.members else -1
    # (Not by another member's word alone: "national" in another sentence of 003 does not say
    # "national authorities" where 003 says "regional authorities"; nor is the word in the
    # passage's other place, "as the ombudswoman appeared intent ...", said of the arrival.)
    qualified = frozenset(term for i in best.members for term, word, head in result[i].qualifiers
                          if not (facts.says is not None and facts.says(lead, (word, head)))) - valued
    # (A word of an agreed value is no qualifier left out: "40,000 metric tons" is stated by
    # "40,000 tonnes".)
    # A kinship the claim gives a name ("with her cousin Rustam", "is Zhibek's cousin") that neither the support nor its
    # source states anywhere is what the claim adds ("a male relative" says no cousin), however
    # little it weighs (WordNet's {relative} kinds: factcheck.lexicon.noun_kinds.kin_lemma).
    qualified |= frozenset(term for start, end, term in claim.spans
                           if term not in said and (word := fold(claim.text[start:end])) and kin_lemma(word)
                           and (_NAMED_AFTER.match(claim.text, end) or _OWNED_BEFORE.search(claim.text, 0, start))
                           and not (facts.says is not None and facts.says(lead, (word,))))
    # So is a role the claim makes the owner of something ("the suspect's mother", "the victim's
    # brother") where the lead sentence leaves the role out and its source never says the two
    # together ("the suspect's mother", "the mother of the suspect"): 004's "She said that it was a
    # nude photo of her daughter ..." is the victim's mother's account, whatever "suspects" another
    # pooled sentence names.
    qualified |= _owners_unsaid(claim, result[best.members[0]].matched if best.members else frozenset(), lead,
                                facts.says)
    missing_terms |= qualified
    # The claim's named subject where the support's "he" or "she" stands for someone else is not
    # stated, however near the support another sentence names that person.
    someone_else = _subject_of_someone_else(claim, [result[i] for i in best.members], facts)
    missing_terms |= someone_else
    # A date of the claim that a supporting sentence dates otherwise, where that sentence states the
    # claim's word for the event it dates ("released in March 2020" / "In January 2020, ... ruled
    # that he be immediately released"), is not stated by the set, whatever coarser date another
    # of its sentences gives ("later in 2020").
    redated = {id(c) for s in supporting for i in s.members for c, p in result[i].values.unpaired
               if _dated_otherwise(claim, c, p, result[i].matched)}
    agreed_values = [v for v in agreed_values if id(v) not in redated]
    settled = {id(v) for v in agreed_values} | {id(c) for a in contradicts for c, _ in a.values.conflicts}
    missing_values = tuple(v for v in claim_values if v.kind in QUANTITY_KINDS and id(v) not in settled)
    # A support that leaves words of the claim unstated does not state it flatly either: it cannot
    # outweigh another source's hedge (002 pooling "ready to provide assistance" with "We demand
    # you stop putting pressure ..." beside 001's "saying that its representative ...").
    # Nor can a looser support outweigh the hedge of one sentence that restates the whole claim
    # ("According to Dana Terrace, the novel will feature an original story" against a biography's
    # "he turned the story into his first original screenplay" for "The novel will feature an
    # original story"): only supports about as close to the claim as the hedged sentence count.
    restating = [s.coverage for s in supporting if result[s.members[0]].hedges and result[s.members[0]].context >= FULL]
    weighed = [s for s in supporting if s.coverage >= max(restating) - CLASH_MARGIN] if restating else supporting
    # Nor can a support pooled from sentences that each say less of the claim than one hedged
    # sentence says ("The abuse of Nursultan went on for months" from 001's "the truth about abuse"
    # and "... Nursultan Nazarbayev, where violence and rape go unpunished", against 000's
    # "Batyrbekova said the abuse of her grandson went on for months"): the claim is that report.
    closest_report = max((a.coverage for a in result if a.hedges and a.stance != "contradicts"), default=0.0)
    hedged = bool(supporting) and all(result[s.members[0]].hedges
                                      or _unstated_by(result, s.members, negated) - valued
                                      or (len(s.members) > 1
                                          and closest_report >= max(result[i].coverage for i in s.members) + CLASH_MARGIN)
                                      for s in weighed)
    stated = False
    if supporting:
        # (The words of an apposition, ", a member of the ruling Nur Otan party,", are a statement
        # of their own, checked as the name's description: the main clause's share is measured
        # without them, so that "later quit the party over the scandal" is not outweighed.)
        apposed = _apposed_terms(claim)
        share = weight_of(claim, missing_terms - apposed) / (
            (sum(claim.weights.values()) - weight_of(claim, apposed)) or 1.0)
        # (What the claim says a name is must stand with the name in one passage, however the
        # support pools its words: "Sharipa Batyrbekova is Nursultan's mother" is not stated by
        # "Batyrbekova traveled with Nursultan" beside "Nursultan's mother ...".)
        undescribed = frozenset().union(*(terms for terms, docs in facts.descriptions if not docs & backing))
        unnamed = any(terms & missing_terms and not docs & backing for terms, docs in facts.names) or bool(undescribed)
        # A name the support leaves out that its source states only far from it ("the boy had been
        # relocated with his mother years ago" for "... relocated with his mother to Almaty", where
        # 001 names Almaty only as its readers' city): the place, person or body is the claim's,
        # not the source's; near the support, or in the title, it is the source's subject.
        if facts.near is not None and not unnamed:
            placed = [p for s in supporting for i in s.members for p in result[i].candidate.passages]
            far = frozenset().union(*(terms for terms, docs in facts.names
                                      if terms & missing_terms and not facts.near(terms, placed)))
            unnamed = bool(far)
            missing_terms |= far
        # (Named as missing, however the support pools them: "editor" and "Ak Zhaiyk" are each in a
        # sentence of 001, never together with "Lukpan Akhmediyarov".)
        missing_terms |= undescribed
        # (A word the corpus never says, or says only far from the support: 001's "corruption"
        # is Batyrbekov's, six sentences before "related to stories the paper has published".)
        placed = [p for s in supporting for i in s.members for p in result[i].candidate.passages]
        unknown, nearby = facts.unknown, facts.nearby

        def nowhere(keys: frozenset[str]) -> bool:  # no source has any of these words
            return unknown is not None and all(unknown(k) for k in keys)

        # (A phrase the claim adds is stated only by a sentence that says enough of the claim to
        # join a support set anywhere (RELATED), not pieced from one that joins it only because
        # the claim cites its source: "in a case brought by a local education official" is not
        # stated by 002's "the suspension of local police and education officials".)
        strong = frozenset().union(*(result[i].matched for s in supporting for i in s.members
                                     if result[i].coverage >= RELATED))
        weak = frozenset().union(*(result[i].matched for s in supporting for i in s.members)) - strong
        unsaid = missing_terms | weak
        added = _added_adjunct(claim, unsaid, lambda keys: nowhere(keys)
                               or (nearby is not None and not nearby(keys, placed))) \
            if unknown is not None else frozenset()
        added |= _added_agent(claim, unsaid, nowhere)
        added |= _added_reason(claim, unsaid) | _added_occasion(claim, unsaid) \
            | _added_comment(claim, unsaid) | _added_relative(claim, unsaid) \
            | _added_description(claim, unsaid) | _added_participle(claim, missing_terms) \
            | _added_predication(claim, unsaid, nowhere)
        if all(len(s.members) > 1 for s in supporting):
            added |= _added_object(claim, unsaid, nowhere)
        # (Where the support states every word of the reason but no cause: a reason with words
        # of its own unstated is weighed as they are. WiCE dev's "... because of its superior
        # basketball program", whose source gives the reason two sentences on ("what made him
        # go to Scanlan"), is supported.)
        cause = _reason_terms(claim)
        if cause and not cause & missing_terms and not any(result[i].causal for s in supporting for i in s.members):
            added |= cause
        counted = _loose_number_unstated(claim, missing_terms, claim_values) or _day_part_unstated(claim, missing_terms)
        stated = share <= MISSING_SHARE and not missing_values and not unnamed and not replaced and not unstated \
            and not qualified and not hedged and not added and not counted and not someone_else
    if supporting and contradicts:
        # Sources disagree on the claim only where the support states all of it: a support that
        # leaves part of it unsaid ("encouraging rape victims to speak out" for "police encouraged
        # her to contact Smailova") does not stand against a passage that says the claim otherwise.
        # (And only where the support states the value the other source gives otherwise: "raped
        # over a period of three months in 2018" is not disputed between 001's "over the course of
        # six months" and 002's "raped repeatedly ... in 2018", which says no duration.)
        backed = {id(v) for v in agreed_values}
        unbacked = any(c.kind in QUANTITY_KINDS and id(c) not in backed for a in contradicts for c, _ in a.values.conflicts)
        verdict = "disputed" if stated and not unbacked else "contradicted"
    elif contradicts:
        verdict = "contradicted"
    elif supporting:
        verdict = "supported" if stated else "partial"
        # A support of everything but what the claim says was done says only who and where: the
        # claim's one predicate (:func:`_predicate_term`), or all of its copula's complement, in
        # no supporting sentence nor another word in its place ("Authorities closed the karaoke
        # cafe in Esik after the attack" against 003's sentences naming the authorities, the cafe
        # and Esik). Nothing close enough is said of them.
        # (Said in any form counts: a word the support states of someone else, as an intention,
        # with another word in its place or as a noun of the act ("got into an argument" for
        # "argued"), is part of the claim stated: `partial` as before.)
        lone = _predicate_term(claim)
        complement = _copula_complement(claim)
        voiced = frozenset().union(*(result[i].matched | result[i].replaced | result[i].unstated | result[i].acts
                                     for s in supporting for i in s.members))
        if verdict == "partial" and ((lone and lone in missing_terms and lone not in voiced)
                                     or (complement and complement <= missing_terms and not complement & voiced)):
            verdict = "not_found"
    else:
        # Part of the claim is stated where a source says enough of it, and, when the claim
        # names someone or something, where that source names one of them: a claim about
        # "Jane Helen, born in 1946" is not half-stated by another family's 1946.
        near = {a.candidate.doc for a in result if a.coverage >= PARTIAL}
        if best.coverage >= PARTIAL:
            near.add(result[best.members[0]].candidate.doc)
        named = not facts.names or any(near & docs for _, docs in facts.names)
        # Nor where the claim says one thing (one verb, :func:`factcheck.match.predicates.one_predicate`)
        # of people and things the source names, and the source states neither that verb (in no
        # near passage, nor another word in its place) nor some other word of the claim: "Aruzhan
        # Sain was appointed Ombudsman for Children in 2019" against 001's "the country's Ombudsman
        # for Children, Aruzhan Sain, noted ...". The names are the source's topic; what the claim
        # states of them, the source does not. (A verb said otherwise with the rest all stated,
        # "moved from Valencia to the U.S.A." / "left Valencia for the U.S.A.", is a paraphrase,
        # and a claim of several predicates may be stated in part: both stay partial. WiCE dev,
        # where most claims say several things, lost 24 of its partly supported claims to
        # not_found when one predicate did not count.)
        predicate = _predicate_term(claim)
        if predicate and predicate in missing_terms and (missing_terms - {predicate} or missing_values
                                                         or not _rest_stated_together(claim, predicate, result)):
            # (Near a passage that says enough of the claim, not anywhere in its source: "she
            # reportedly moved to Almaty" in 000 does not half-state "The Village moved its
            # editorial office from Almaty to Astana" ten sentences from 000's sentence naming
            # The Village; WiCE dev's "have premiered their new single" two sentences before "A
            # digital single ... is now available at Amazon and iTunes" does say "released".)
            stating = [a for a in result if predicate in a.matched | a.replaced | a.unstated | a.acts]
            near &= {a.candidate.doc for a in result if a.coverage >= PARTIAL
                     and any(_within(a.candidate, b.candidate, _PREDICATE_REACH) for b in stating)}
        # Nor where the claim says what a name is ("Gulbadar Musinova is a retired nurse") and no
        # source states a word of what it says: the name is the source's topic, the predicate
        # noun the claim's own.
        complement = _copula_complement(claim)
        if complement and complement <= missing_terms:
            near = set()
        # Nor where the sources state nothing of the claim but its names ("Qurmanghazy Musir used
        # to work as a prosecutor": only "Qurmanghazy Musir" is found), its verb among what they
        # leave out: who the claim is about is no part of what it does. (Not a claim that relates
        # three names or more, or says what one is by a copula: "She is the Melvin R. Seiden
        # Curator of Chinese Art at the Freer Gallery of Art", where the names are what it says;
        # WiCE dev marks such claims partly supported. Nor where a passage says it otherwise:
        # its words are the claim's, changed.)
        predicated = set(claim.weights) - name_terms
        if predicated and predicated <= missing_terms and (acted or participle) in predicated \
                and sum(1 for v in claim_values if v.kind == "name") <= 2 \
                and not any(a.stance == "contradicts" for a in result):
            near = set()
        verdict = "partial" if near and named else "not_found"
    return Decision(verdict, missing_terms, missing_values, tuple(result))


_PREDICATE_REACH = 3  # sentences from a passage that says part of a claim to one that states its predicate


def _rest_stated_together(claim: ClaimTerms, predicate: str, result: Sequence[Assessment]) -> bool:
    """Whether one passage (or window) states every term of the claim but its predicate's: the
    predicate may then be said there in other words ("moved from Valencia to the U.S.A." /
    "left Valencia for the U.S.A."). Where the other terms are stated only apart ("Nursultan's
    grandmother has sued the Seltanov family": the grandmother in one sentence, the family in
    another), no passage says anything of them that could be the claim's predicate."""
    rest = set(claim.weights) - {predicate}
    return any(rest <= a.matched | a.replaced for a in result)


def _within(a: Candidate, b: Candidate, reach: int) -> bool:
    """Whether two candidates are passages of one document at most ``reach`` sentences apart."""
    return a.doc == b.doc and min(abs(p - q) for p in a.passages for q in b.passages) <= reach


# Prepositions that open an adjunct a claim may add to what its source says: "ambushed the pair
# outside the cafe with knives", "drew an illustration for a newspaper".
_ADJUNCT_PREPOSITIONS = frozenset("with for in at on from during by via without using".split())
_ADJUNCT_WORDS = 4  # words of such an adjunct after its preposition
_NESTED_PREPOSITIONS = frozenset("to of into onto near".split())  # a phrase inside an adjunct's: "a visit to Esik"
_CONJUNCTIONS = frozenset(("and", "or"))  # what joins an added conjunct: "for lorries and buses"


def _added_adjunct(claim: ClaimTerms, missing: frozenset[str], unsaid: Callable[[frozenset[str]], bool]) -> frozenset[str]:
    """The terms of a phrase that ends the claim after a preposition (at most
    :data:`_ADJUNCT_WORDS` words, no punctuation among them), whose content words no supporting
    sentence states and that ``unsaid`` finds unsaid near the support: no source has them at all
    ("... ambushed the pair outside the cafe with knives": no seed says "knives"), or the
    support's source has them only far from it. A detail the corpus never mentions near what
    it supports is the claim's own, however little it weighs beside the rest. So is a
    conjunct that ends the claim after "and" or "or" joined to a word the support states ("unsafe
    for lorries and buses", where the source says "lorries" and no source "buses"). A phrase
    whose inner phrase the support states may still have its head unsaid: the outer phrase's
    head then counts, as far as :data:`_ADJUNCT_WORDS` reach ("during a visit to Esik")."""
    tokens = tokenize(claim.text)
    end = len(tokens)
    while end > 0 and not tokens[end - 1].word:
        end -= 1
    inner = False  # past a phrase the support states part of, nested in this one
    for p in range(end - 1, max(-1, end - 2 - _ADJUNCT_WORDS), -1):
        if not tokens[p].word:
            return frozenset()
        conjunct = tokens[p].folded in _CONJUNCTIONS and p > 0 and bool(tokens[p - 1].key) \
            and tokens[p - 1].key not in missing
        if (tokens[p].folded in _ADJUNCT_PREPOSITIONS or conjunct) and p > 0:
            keys = [t.key for t in tokens[p + 1:end] if t.key]
            if keys and all(k in missing for k in keys) and unsaid(frozenset(keys)):
                return frozenset(keys)
            if inner and keys and keys[0] in missing and unsaid(frozenset(keys[:1])):
                # The phrase's head unsaid, whatever the phrase nested in it names ("during a
                # visit to Esik": no seed tells of a visit, though 003 names Esik).
                return frozenset(k for k in keys if k in missing)
            if conjunct or not keys:
                return frozenset()
            inner = True
        elif tokens[p].folded in _NESTED_PREPOSITIONS:
            inner = True  # "to Esik" of "during a visit to Esik"
    return frozenset()


# An apposition after a name, set off by commas: ", a member of the ruling Nur Otan party,".
_APPOSITION = re.compile(r"(?<=[A-Za-z])\s*,\s+(?:a|an|the|his|her|its|their)\s+[^,;:.!?\"“”]{1,80}?,")


def _appositions(claim: ClaimTerms) -> list[tuple[str, int, int]]:
    """Each apposition of the claim (opened by an article or a possessive, closed by a comma: a
    supplement, Potts 2005) as ``(first letter of the word before it, start, end)``."""
    return [(claim.text[:m.start()].rstrip().split(" ")[-1][:1], m.start(), m.end())
            for m in _APPOSITION.finditer(claim.text)]


def _apposed_terms(claim: ClaimTerms) -> frozenset[str]:
    """The terms only in an apposition of a name in the claim (after a capitalised word), empty if none."""
    spans = [(start, end) for letter, start, end in _appositions(claim) if letter.isupper()]
    return terms_in(claim, spans) - terms_outside(claim, spans) if spans else frozenset()


# What opens a clause or phrase that gives a reason or a purpose: "because prosecutors feared
# they would flee", "for fear that", "in order to", "so that", "due to".
_REASON = re.compile(r"\b(?:because|for fear that|in order to|so that|so as to|due to|owing to"
                     r"|for(?=\s+(?P<gerund>[a-z]+ing)\b))\b", re.IGNORECASE)
_REASON_WORDS = 2  # content words of such a clause, at least
# What opens a clause of cause proper (not "for", "so that" or "in order to": a purpose may be
# read off the act itself).
_CAUSE = re.compile(r"\b(?:because|due to|owing to)\b", re.IGNORECASE)


def _reason_terms(claim: ClaimTerms) -> frozenset[str]:
    """The terms of the clause of cause the claim gives after its statement ("Dina Smailova
    launched NeMolchi.kz because she had been raped herself"), for a support none of whose
    passages gives any cause (:attr:`Assessment.causal`) and that states all of its words: the
    causal relation is the claim's, however many of its words the source has ("rape victims" in "an online campaign ...
    encouraging rape victims to speak out"). Empty where the claim gives none."""
    match = _CAUSE.search(claim.text)
    if match is None or match.start() == 0:
        return frozenset()
    return frozenset(t for start, _, t in claim.spans if start >= match.end())


def _added_reason(claim: ClaimTerms, missing: frozenset[str]) -> frozenset[str]:
    """The terms of a reason or purpose the claim gives after its statement ("... were under
    arrest by August 15 because prosecutors feared they would flee") where no supporting sentence
    states any of its content words (at least :data:`_REASON_WORDS`): why something happened is a
    statement of its own (a causal relation, which a source that reports only the event does not
    make), however little its words weigh beside the rest; so is one whose verbs in the past no
    supporting sentence states, or whose negating gerund after "for" ("dismissed for failing to
    report the abuse") and another of its words none states. Empty where the claim gives none."""
    match = _REASON.search(claim.text)
    if match is None or match.start() == 0:
        return frozenset()
    spans = [(start, end, t) for start, end, t in claim.spans if start >= match.end()]
    keys = [t for _, _, t in spans]
    # (Or its verb in the past, whatever else it names that the support has: "because the police
    # had ignored the family", the police and the family being the support's own words.)
    verbs = [t for start, end, t in spans if is_participle(fold(claim.text[start:end]))]
    # (Or the negating gerund that "for" opens it with, a failure or a refusal given as the
    # reason: "dismissed for failing to report the abuse", where the source's "reported that ..."
    # is the report of its sentence, not the reason's act. With another word of it unstated: "a
    # case for failing to fulfil the duties" is stated by "charges of 'failure to fulfill the
    # duties ...'". A reason of another verb may be the source's in other words: WiCE dev's
    # "jailed for violating the ... registration law" / "arrested for failing to register".)
    if match["gerund"] and fold(match["gerund"]) in NEGATION_VERBS and spans and spans[0][0] == match.start("gerund") \
            and sum(1 for k in set(keys) if k in missing) >= _REASON_WORDS:
        verbs = [spans[0][2]]
    if len(set(keys)) >= _REASON_WORDS and (all(k in missing for k in keys) or (verbs and all(v in missing for v in verbs))):
        return frozenset(k for k in keys if k in missing)
    return frozenset()


def _added_description(claim: ClaimTerms, missing: frozenset[str]) -> frozenset[str]:
    """The terms of an apposition of a common noun in the claim ("The victim's mother, a
    schoolteacher, spoke anonymously ...": a supplement, Potts 2005, set off by commas and
    opened by an article or a possessive) where the support states none of them: what the
    claim says the person or thing is, is a claim of its own, however little its words weigh.
    (An apposition of a name is the name's description, checked against the source's mentions
    of the name: ``CorpusFacts.descriptions``.) Empty where the claim has no such apposition."""
    found: set[str] = set()
    for letter, start, end in _appositions(claim):
        if not letter.islower():
            continue
        words = terms_in(claim, [(start, end)]) - terms_outside(claim, [(start, end)])
        if words and words <= missing:
            found |= words
    return frozenset(found)


# A noun, then a past participle with a prepositional phrase after it: a reduced relative clause
# ("a September 2 statement posted on Facebook", "the video filmed in Esik").
_REDUCED_RELATIVE = re.compile(r"\b(?P<noun>[a-z][\w'’-]*)\s+(?P<phrase>(?P<participle>[a-z]+ed)\s+"
                               r"(?:on|in|at|by|from|to|via|through)\s+[^,;:!?\"“”()]{1,60}?)(?=\s*(?:[,;:!?()]|$|\.\s|\.$))")


def _added_participle(claim: ClaimTerms, missing: frozenset[str]) -> frozenset[str]:
    """The terms of a reduced relative clause of the claim ("In a September 2 statement posted on
    Facebook, the Ministry ... said": a past participle and its phrase after a noun, Quirk et al.
    1985, §17.13) where the support states the noun and none of the clause's words, not
    even near it: what the claim says of the thing (where it was posted, filmed, sent) is a
    detail of its own, however little its words weigh beside the rest. Empty where the claim has
    no such clause, or the support states a word of it (``missing``: the terms no supporting
    sentence states)."""
    found: set[str] = set()
    for match in _REDUCED_RELATIVE.finditer(claim.text):
        if not is_participle(match.group("participle")):
            continue
        noun = terms_in(claim, [match.span("noun")])
        words = terms_in(claim, [match.span("phrase")]) - terms_outside(claim, [match.span("phrase")])
        if noun and not noun & missing and words and words <= missing:
            found |= words
    return frozenset(found)


# A noun phrase that closes the claim after a comma, opened by "a" or "an": a comment on the
# whole statement ("..., a record for The Village", "..., an increase of a third").
_CLOSING_COMMENT = re.compile(r",\s+(?:a|an)\s+(?P<phrase>[^,;:!?\"“”]{1,80}?)[.!]?\s*$")


def _added_comment(claim: ClaimTerms, missing: frozenset[str]) -> frozenset[str]:
    """The terms of a noun phrase that closes the claim as a comment on its statement ("Zhapisheva's
    follow-up reached 40,000 readers in 24 hours, a record for The Village": a supplement, Potts
    2005, asserted beside the main clause) where the support states none of its words but names:
    what the statement amounts to is a claim of its own, however little its words weigh beside the
    rest. Empty where the claim has no such phrase, or the support states a word of it."""
    match = _CLOSING_COMMENT.search(claim.text)
    if match is None:
        return frozenset()
    start, end = match.span("phrase")
    words = frozenset(t for a, b, t in claim.spans if start <= a and b <= end and not claim.text[a:b][:1].isupper())
    return words if words and words <= missing else frozenset()


# A common noun in the possessive before the noun it owns: "the suspect's mother", "the victims' families".
_ROLE_OWNER = re.compile(r"\b(?P<owner>[a-z]+)(?P<ending>['’]s|s['’])\s+(?P<owned>[a-z]+)\b")


def _owners_unsaid(claim: ClaimTerms, lead_matched: frozenset[str], lead: int,
                   says: Callable[[int, tuple[str, ...]], bool] | None) -> frozenset[str]:
    """The terms of each role (:func:`factcheck.lexicon.noun_kinds.is_role`) the claim puts in the
    possessive before a noun ("the suspect's mother") where the lead supporting sentence states
    neither (it speaks of the one by a pronoun: "She said ...") and the lead's source ``lead``
    never says the two together, as "suspect's mother" or "mother of the suspect". Empty without
    ``says``."""
    if says is None:
        return frozenset()
    found = set()
    for match in _ROLE_OWNER.finditer(claim.text):
        owner, owned = match.group("owner"), match.group("owned")
        word = owner + ("s" if match.group("ending").startswith("s") else "")
        key = term(word)
        if key not in claim.weights or key in lead_matched or term(owned) in lead_matched or not is_role(word):
            continue  # (a lead that states the owned noun, "A brother, Zholaman Musinov, told ...", leaves its owner implicit)
        if not (says(lead, (fold(match.group(0).split()[0]), owned)) or says(lead, (owned, "of", "the", word))):
            found.add(key)
    return frozenset(found)


# A relative clause set off by commas: one that closes the claim (", which he has since reported to
# the prosecutor's office.") or one closed by a second comma inside it ("Musinova's video appeal,
# which she recorded in the family's kitchen, prompted ...").
_SUPPLEMENT_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?P<clause>[^,;:!?\"“”]{1,120}?)(?:,|[.!]?\s*$)")


def _added_relative(claim: ClaimTerms, missing: frozenset[str]) -> frozenset[str]:
    """The terms of each non-restrictive relative clause of the claim, set off by commas ("Rustam
    fears for his life after receiving threats, which he has since reported to the prosecutor's
    office"; "Musinova's video appeal, which she recorded in the family's kitchen, prompted
    extensive coverage": a supplement, Potts 2005, an assertion of its own beside the main clause)
    where the support leaves out all its content words but one: what it adds is a claim of its
    own, however little its words weigh beside the rest. Empty where the claim has no such clause,
    or each has fewer than two content words, or the support states two of them."""
    found: set[str] = set()
    for match in _SUPPLEMENT_RELATIVE.finditer(claim.text):
        start, end = match.span("clause")
        words = frozenset(t for a, b, t in claim.spans if start <= a and b <= end and not claim.text[a:b][:1].isupper())
        unsaid = words & missing
        if len(unsaid) >= 2 and len(words - missing) <= 1:
            found |= unsaid
    return frozenset(found)


# What may stand between a coordinator and the verb of the predicate it adds: "and then sent",
# "and later walked", "but also said".
_PREDICATION_ADVERBS = frozenset("then later also subsequently eventually finally soon still afterwards "
                                 "immediately".split())
# Words in "-ing" after a comma that open no predicate of their own: an attribution ("according
# to"), a list ("including"), a condition or a respect ("regarding", "concerning").
_NOT_PREDICATING = frozenset("according including regarding concerning following during notwithstanding "
                             "excluding considering".split())


def _added_predication(claim: ClaimTerms, missing: frozenset[str],
                       nowhere: Callable[[frozenset[str]], bool]) -> frozenset[str]:
    """The terms of a predicate the claim adds beside its statement, none of whose content words
    (at least :data:`_REASON_WORDS`) a supporting sentence states: a verb phrase coordinated by
    "and" or "but" with a verb in the past ("... published a report in June on death threats
    against Azamat Maitanov and his staff and sent it to the prosecutor general"), or a
    participle clause after a comma (", citing a lack of evidence against him"). Each is a
    statement of its own (a conjunct is true only if both are, and a free participle clause is
    asserted beside its main clause: Quirk et al. 1985, §15.58), however little its words weigh
    beside the rest. The phrase runs to the next punctuation mark or the claim's end. Also a
    coordinated phrase whose verb no source says anywhere (``nowhere``: a set of terms no
    document has): the rest of it is then only said of something else. Empty where the claim
    adds none, or the support states a word of each and its verb is said somewhere."""
    tokens = tokenize(claim.text)
    found: set[str] = set()
    for k, t in enumerate(tokens):
        start = None
        coordinated = t.folded in ("and", "but") and k > 0 and tokens[k - 1].word
        if coordinated:
            v = k + 1
            while v < len(tokens) and tokens[v].folded in _PREDICATION_ADVERBS:
                v += 1
            if v < len(tokens) and tokens[v].word and not tokens[v].capital and is_participle(tokens[v].folded):
                start = v
        elif t.folded == "," and k + 1 < len(tokens):
            nxt = tokens[k + 1]
            if nxt.word and not nxt.capital and nxt.folded.endswith("ing") and nxt.folded not in _NOT_PREDICATING \
                    and verb_senses(nxt.folded):
                start = k + 1
        if start is None:
            continue
        end = start
        while end < len(tokens) and tokens[end].word:
            end += 1
        keys = {u.key for u in tokens[start:end] if u.key}
        unsaid = keys & missing
        # (Or its verb, which no source says in any form: "and later testified at the trial of the
        # four suspects" is not stated by "arrested four suspects" in one sentence and "later" in
        # another. The verb is what the conjunct asserts; one the sources do use may be a
        # paraphrase's, "and given a limited cinema release" for "in cinemas November 9".)
        # (Not a participle clause's verb: ", saying it was the safest place" restates
        # "insisting that would be the safest place" in other words.)
        verb = tokens[start].key if coordinated else None
        if len(keys) >= _REASON_WORDS and (keys <= missing or (
                verb is not None and verb in missing and nowhere(frozenset({verb})))):
            found |= unsaid
    return frozenset(found)


_OBJECT_WORDS = 5  # words of a main verb's object read for its head: "a press freedom award"


def _added_object(claim: ClaimTerms, missing: frozenset[str], nowhere: Callable[[frozenset[str]], bool]) -> frozenset[str]:
    """The term of the head noun of the object of the claim's main verb (:func:`main_verb`: the
    last common noun of the lower-case words right after it, before a preposition, a mark or
    another verb) where the support leaves it out and no source has it in any form
    (``nowhere``): "Amangeldy Batyrbekov received a press freedom award from Reporters Without
    Borders" against a support that pools "Batyrbekov received threats" with "according to
    Reporters Without Borders ... press freedom". What the claim says was received, done or made
    is its statement; pooled sentences that never name it do not state it. (Asked only of pooled
    supports: one sentence that says the verb of another object, "named a senior detective" for
    "named a senior policeman", is judged by the aligner's rules for a word in its place.)
    Empty otherwise."""
    tokens = tokenize(claim.text)
    verb = main_verb(tokens)
    if verb is None:
        return frozenset()
    head = None
    for t in tokens[verb + 1:verb + 1 + _OBJECT_WORDS]:
        if not t.word or t.capital or t.folded in _OBJECT_ENDS or (head is not None and is_participle(t.folded)):
            break
        if t.key and is_common_noun(t.folded):
            head = t.key
    return frozenset({head}) if head is not None and head in missing and nowhere(frozenset({head})) else frozenset()


# What ends a verb's object noun phrase: a preposition or a conjunction.
_OBJECT_ENDS = frozenset("from to in on at by for with of about after before during over under and or but that "
                         "which who as into than".split())


# A claim that says what a name is: the name, a form of "be", a noun phrase to the end.
# (The complement ends at a phrase of place or time after it, "a university student at the time
# of the attack". A subject with an apposition, "Zagipa Baliyeva, the 59-year-old children's
# rights ombudswoman, is a former schoolteacher", says more than what it is: partly stated.)
_COPULA = re.compile(r"^(?:The\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:(?:is|was|are|were)\s+(?P<complement>(?:a|an|the)\s+[^,;:]+?)"
                     r"|(?:has|have|had)\s+(?P<possession>(?:its|their|his|her)\s+[^,;:]+?))"
                     r"(?:\s+(?:at|in|on|during|from|since|until|before|after)\s[^,;:]+)?[.!]?$")


def _copula_complement(claim: ClaimTerms) -> frozenset[str]:
    """The terms of a copula's predicate noun phrase where the claim is only that ("Gulbadar
    Musinova is a retired nurse": retired, nurse), or of what a claim of possession says its
    subject has ("Informburo.kz has its headquarters in Almaty": headquarters); empty otherwise."""
    match = _COPULA.match(claim.text.strip())
    if match is None:
        return frozenset()
    group = "complement" if match.group("complement") is not None else "possession"
    return terms_in(claim, [match.span(group)])


def _loose_number_unstated(claim: ClaimTerms, missing: frozenset[str], claim_values: Sequence[Value]) -> bool:
    """Whether the claim has a number written in digits that no value reader takes ("attacked at
    around 11 p.m.") and that the support leaves out (``missing``): a detail the claim adds,
    however little its words weigh. Not the end of a span of numbers (:data:`_NUMBER_JOINED`:
    "the 2018–19 academic year" / "the coming 2018-2019 academic year", WiCE dev's
    wice-dev02358), nor a number within a value or ending a name (:data:`_NAMED_NUMBER`: "The
    Gemini 12 crew" / "Gemini XII"); "one" in "every one of the three" is no number in digits."""
    return any(key.isdigit() and key in missing and claim.text[start:end].isdigit()
               and not _NUMBER_JOINED.search(claim.text, 0, start)
               and not _NAMED_NUMBER.search(claim.text, 0, start)
               and not any(v.start <= start < v.end for v in claim_values)
               for start, end, key in claim.spans)


# A number that ends a name, right after a capitalised word: "Gemini 12", "Apollo 11".
_NAMED_NUMBER = re.compile(r"[A-Z][\w-]*\s+$")
# A number joined to the one before it by a dash or a slash, up to where another number starts:
# "2018–19", "24/7".
_NUMBER_JOINED = re.compile(r"\d[-–—/]$")

# What opens a clause of time after the claim's statement: "after Ak Zhaiyk published ...".
_OCCASION = re.compile(r"\s(?:after|before|when|until|since)\s", re.IGNORECASE)
_OCCASION_SUBJECT = 4  # words from the opener to the clause's verb: its subject


def _day_part_unstated(claim: ClaimTerms, missing: frozenset[str]) -> bool:
    """Whether the claim gives a part of the day (:data:`factcheck.match.cues.DAY_PARTS`: "the
    morning after the attack", "on a rainy evening") that no supporting sentence states: a time
    of day, as a clock time is, however little its word weighs beside the rest. "Night" in a
    name ("Saturday Night Live") is no time."""
    return any(key in missing and claim.text[start:end] in DAY_PARTS for start, end, key in claim.spans)


def _added_occasion(claim: ClaimTerms, missing: frozenset[str]) -> frozenset[str]:
    """The terms of what a clause of time after the claim's statement says was done, where no
    supporting sentence states any of them: "Adil Soz reported death threats against Azamat
    Maitanov after Ak Zhaiyk published a story on oil corruption" (001 reports the threats and
    never the story): the clause's subject and verb may be the support's own words ("Ak
    Zhaiyk's editor-in-chief", "published a report"), what it says was done is the claim's. The
    clause has a verb in the past within :data:`_OCCASION_SUBJECT` words of its opener (a finite
    clause, not "after jumping"), and :data:`_REASON_WORDS` content words after it. Empty
    otherwise."""
    match = _OCCASION.search(claim.text)
    if match is None:
        return frozenset()
    tokens = [t for t in tokenize(claim.text) if t.start >= match.end()]
    verb = next((k for k, t in enumerate(tokens[:_OCCASION_SUBJECT + 1])
                 if k > 0 and t.word and not t.capital and is_participle(t.folded)), None)
    if verb is None:
        return frozenset()
    keys = [t.key for t in tokens[verb + 1:] if t.key]
    if len(set(keys)) >= _REASON_WORDS and all(k in missing for k in keys):
        return frozenset(keys)
    done = tokens[verb].key
    if done is not None and done in missing and tokens[verb].folded not in _LIGHT_OCCASION_VERBS \
            and verb + 1 < len(tokens) and tokens[verb + 1].word:
        # (Nor where the support states the clause's words but not its verb, done to someone or
        # something: "jumped ... after a would-be client attacked her for refusing sex" / "after a
        # conflict with a would-be client over her refusal": what was done is the claim's own.
        # An intransitive verb closing its clause, "before it left,", may be "before the train
        # could depart".)
        return frozenset({done})
    return frozenset()


# Verbs that say little of what was done, which a support may well put otherwise ("after it
# happened", "after they had gone").
_LIGHT_OCCASION_VERBS = frozenset("happened occurred was were been had did done gone went came got made".split())


def _added_agent(claim: ClaimTerms, missing: frozenset[str],
                 unknown: Callable[[frozenset[str]], bool] = lambda keys: False) -> frozenset[str]:
    """The terms of a passive's agent, "by" and a noun phrase of two content words or more after a
    past participle of its clause, that no supporting sentence states: "The Village, set up in
    2017 by a group of former newspaper journalists, soon became a voice for independent
    journalism", where 001 says it "was established in 2017" and never by whom. Who did it is a
    statement of its own, however little its words weigh beside the rest; empty where the claim
    names no such agent or the support states any of its words. An agent of one content word
    counts where ``unknown`` finds it in no source at all: "In a note signed by the minister
    himself, ..." where no seed says "minister"."""
    tokens = tokenize(claim.text)
    found: set[str] = set()
    for k, t in enumerate(tokens):
        if t.folded != "by" or k == 0:
            continue
        start = k - 1
        while start > 0 and tokens[start - 1].word:
            start -= 1  # the clause: back to the punctuation mark before it
        # (A participle may open the claim: "Founded in 2017 by ...".)
        if not any((not u.capital or m == 0) and (is_participle(u.folded) or u.folded in SAME_FORM_PARTICIPLES)
                   for m, u in enumerate(tokens[start:k], start)):
            continue
        end = k + 1
        while end < len(tokens) and tokens[end].word and tokens[end].folded not in _AGENT_ENDS:
            end += 1
        keys = [u.key for u in tokens[k + 1:end] if u.key]
        unstated = [key for key in keys if key in missing]
        # (Its head noun may be stated of others: "by a group of former newspaper reporters" where
        # 001 has "those who dislike reporters", and nothing of a group or of former reporters.)
        whole = len(unstated) == len(keys) and (len(keys) >= _AGENT_WORDS or unknown(frozenset(keys)))
        most = len(unstated) >= _AGENT_WORDS and 2 * len(unstated) > len(keys)
        if keys and (whole or most):
            found.update(unstated)
    return frozenset(found)


_AGENT_WORDS = 2  # content words of an agent phrase: "a group of former newspaper journalists"
# What ends it: a preposition other than "of", a subordinator, a relative pronoun.
_AGENT_ENDS = _ADJUNCT_PREPOSITIONS | frozenset("as after before to into since until while when because who which "
                                                "that".split())


_EVENT_REACH = 24  # characters before a claim's date in which its event's word stands: "released in "


def _dated_otherwise(claim: ClaimTerms, ours: Value, theirs: Value, matched: frozenset[str]) -> bool:
    """Whether a passage date as fine as the claim's (both with a month, or both years only) and
    other than it dates the claim's event: the passage states the claim's last word before its
    date, within a few words ("released in March 2020": "released")."""
    if ours.kind != "date" or theirs.kind != "date" or not ours.date or not theirs.date:
        return False
    if (ours.date[1] is None) != (theirs.date[1] is None) or ours.date == theirs.date:
        return False
    before = [term for start, end, term in claim.spans if ours.start - _EVENT_REACH <= start and end <= ours.start]
    return bool(before) and before[-1] in matched and not before[-1].isdigit()


def _unstated_by(result: Sequence[Assessment], members: Sequence[int], negated: frozenset[str] = frozenset()) \
        -> frozenset[str]:
    """The claim words a member of a support set leaves unstated that no member covering more of
    the claim states; and of the words the claim negates (``negated``, :func:`factcheck.match.cues.negated_terms`),
    that no member states at all: a sentence that lacks the negated word says nothing of it
    (:func:`factcheck.match.align.unstated_negations`), and another member that has it, under
    its negation, states it ("The Village wrote on its Telegram channel" beside "We do not intend
    to remove our article")."""
    found: set[str] = set()
    for i in members:
        # (A word with no index term, returned folded, is stated by a member whose alignment does
        # not leave it unstated: "pulled off by local police officers" has the particle of "took
        # the boy and his grandmother off a train", which "Baliyeva took Nursultan ... to the
        # capital" lacks; factcheck.match.align's phrasal verbs of "take".)
        left = result[i].unstated - frozenset().union(
            *(result[k].matched | {t for t in result[i].unstated - result[k].unstated if term(t) is None}
              for k in members if result[k].coverage > result[i].coverage))
        # (Another member, not the one that lacks it, and one that does not itself leave it
        # unstated: "deserved to be viewed as" states no "should not be regarded as".)
        found |= {t for t in left if t not in negated or not any(
            t in result[k].matched and t not in result[k].unstated for k in members if k != i)}
    return frozenset(found)


def _titled_elsewhere(claim: ClaimTerms, a: Assessment, facts: CorpusFacts) -> Assessment:
    """A passage that contradicts only by another title for the claim's named person
    (``entity`` differences of detail "title": "prosecutor Taubai Qadyrbaev" / "Judge Taubai
    Qadyrbaev") contradicts only where no source gives the claim's title to that name
    (``facts.descriptions``: a passage with the title beside the name); a person may be both, a
    journalist who paints, and one source may say so where another names the other title. Where
    the claim's title is no description the corpus facts know, the passage is only related."""
    titles = [d for d in a.differences if d.kind == "entity" and d.detail == "title"]
    if a.stance != "contradicts" or not titles or len(titles) < len(a.differences) or a.values.conflicts:
        return a
    for d in titles:
        words = terms_in(claim, [d.claim_span])
        if not any(words & terms and not docs for terms, docs in facts.descriptions):
            return replace(a, stance="related", differences=tuple(x for x in a.differences if x not in titles))
    return a


def _named_in_source(a: Assessment, facts: CorpusFacts) -> Assessment:
    """A passage that restates the claim and says a value or a word otherwise, kept from
    contradicting only by claim names it does not state (``Assessment.named_elsewhere``),
    contradicts where its own source states each of those names (``facts.names``): an article
    about Qyzylorda says "her daughter was held in sexual slavery for six months" of the
    Qyzylorda schoolgirl without naming the city in that sentence."""
    if not a.named_elsewhere or not facts.names:
        return a
    names = [docs for terms, docs in facts.names if terms & a.named_elsewhere]
    if names and all(a.candidate.doc in docs for docs in names):
        return replace(a, stance="contradicts")
    return a


def _outweighed(result: Sequence[Assessment], supporting: list[SupportSet]) -> list[SupportSet]:
    """The support sets left when one sentence states the claim's words around another word or
    name, its verb phrase whole (``context`` and ``predicate`` at least
    :data:`factcheck.verdicts.stance.FULL`), and a set only pools pieces of that verb phrase, each member two :data:`CLASH_MARGIN` short of it:
    "The article, published on September 1 and written by journalist Asem Zhapisheva" against
    "... he wrote about the rape in 2018" pooled with "on September 1 The Village wrote a public
    complaint" for "The September 1 article was written by Amangeldy Batyrbekov". Such a set
    says nothing of who wrote it. A set of one sentence or window stands, whatever it lacks (a
    heading's name may be the clash: "Mark England appointed as Team GB's Chef de Mission"), and
    so does a set one of whose sentences states most of the verb phrase."""
    clashes = [a for a in result if a.stance == "contradicts" and a.differences
               and a.context >= FULL and a.predicate >= FULL]
    if not clashes:
        return supporting
    strongest = max(a.predicate for a in clashes)
    return [s for s in supporting if len(s.members) == 1
            or any(result[m].predicate > strongest - 2 * CLASH_MARGIN for m in s.members)]


def _drop_other_subjects(result: list[Assessment], supporting: list[SupportSet], doc: int,
                         same_subject: Callable[[int, int], bool] | None) -> list[SupportSet]:
    """The support sets whose source may be about the subject of document ``doc``; the
    members of the others go back to ``related`` in ``result``."""
    kept = []
    for support in supporting:
        lead = result[support.members[0]].candidate.doc
        if same_subject is not None and same_subject(lead, doc):
            kept.append(support)
            continue
        for m in support.members:
            result[m] = replace(result[m], stance="related")
    return kept


def _clash_terms(claim: ClaimTerms, clash: Assessment) -> frozenset[str]:
    """The claim's own terms for what a passage states otherwise (empty for a negation,
    whose words both sides share)."""
    if any(d.kind == "negation" for d in clash.differences):
        return frozenset()
    found = terms_in(claim, [(v.start, v.end) for v, _ in clash.values.conflicts]
                     + [d.claim_span for d in clash.differences])
    return frozenset(t for t in found if t not in MONTH_TERMS) or found  # "December" names no event


def _states_quotation(quoted: frozenset[str], members: Sequence[Assessment]) -> bool:
    """One member has most of the quoted words (all of a short quotation: "I am more of a mother
    to the child … than his own mother" quotes only "mother" and "child"), and the quotation's
    wording, piece by piece (``Assessment.quoting``)."""
    if not quoted:
        return True
    share = QUOTED_SHARE if len(quoted) >= 3 else 1.0
    return any(m.quoting and len(quoted & m.candidate.matched) >= share * len(quoted) for m in members)


def _consistent(clash: Assessment, members: Sequence[Assessment]) -> bool:
    """Whether a clash in a source that supports the claim is about something else: its
    clashing values are confirmed by the support, and its other differences stand in a
    sentence less like the claim than the support's best."""
    closest = max(m.coverage for m in members)
    # A clash that states words of the claim the support leaves out ("was first reported by local
    # journalist Amangeldy Batyrbekov" beside "written by journalist Asem Zhapisheva, tells the
    # story") is about what the claim says, not about something else.
    said = frozenset().union(*(m.matched for m in members))
    # So is a negation or an opposite that does ("The activist, who has been in direct contact
    # with the victim" beside "warned by police to refrain from contacting Smailova").
    if any(d.kind in ("entity", "negation", "antonym") for d in clash.differences) and clash.matched - said:
        return False
    # So is another kinship for the claim's named person ("his grandmother, Sharipa Batyrbekova"
    # for "Sharipa Batyrbekova is Nursultan's mother"): it is said of the same name, and it
    # survives here only where no source gives the name the claim's kinship (_titled_elsewhere);
    # and a list that names the claim's person and name as two ("the boy, his grandmother and
    # Baliyeva" for "The boy's grandmother is called Zagipa Baliyeva").
    if any(d.kind == "entity" and d.detail in ("title", "listed") for d in clash.differences):
        return False
    # And an opposite of a claim word the support does not state ("attend the same school" against
    # "who attend a different school from Nursultan", beside a sentence of the school "attended by
    # the accused attackers" that says neither): the clash is the one sentence that speaks of it.
    # (A word with no index term, "same", "more", is stated by no support. Not "before" or
    # "after": they order two events, which another sentence may order otherwise, "retire after
    # the next World Cup" beside "took 1,000 wickets before he retired".)
    if any(d.kind == "antonym" and (word := fold(d.claim_words)) not in TEMPORAL_ORDER
           and not ((key := term(word)) and key in said) for d in clash.differences):
        return False
    # Nor is one sentence that states every word of the claim (coverage, names and all) with the
    # polarity reversed
    # ("SignWriting is a system of writing sign languages" for "... is not a system of ..."),
    # whatever looser sentence of the source shares the claim's words and a "not" of its own
    # ("Although not the first writing system for sign languages, SignWriting is ...").
    if any(d.kind == "negation" for d in clash.differences) and clash.coverage >= FULL \
            and len(clash.candidate.passages) == 1:
        return False
    # Nor is one sentence that gives all the claim's reported words to another speaker (context
    # FULL: every other word of the claim stated there): '"I am more of a mother to the child ...
    # than his own mother," Baliyeva exclaimed' for "The grandmother said the child was more of
    # a mother ... than his own mother", whatever sentences of the source pool "grandmother",
    # "child" and "mother".
    if any(_speaker(d) for d in clash.differences) and clash.context >= FULL and len(clash.candidate.passages) == 1:
        return False
    if clash.differences and (_likeness(clash) > closest or (
            _likeness(clash) == closest and _within_one(clash, [m for m in members if m.coverage == closest]))):
        return False
    # (One sentence that says all the rest of the claim around its clashing value, "Children as
    # young as 10 were used in direct combat", is weighed by all of it; not a window of two, whose
    # other sentence may give the rest to someone else: "... when a 17-year-old girl jumped off the
    # sixth floor ... "She, too, had been registered on the Kazakh 'Girls' website," Smailova said.")
    restated = clash.context if clash.context >= FULL and len(clash.candidate.passages) == 1 else 0.0
    if clash.values.conflicts and max(clash.coverage, restated) >= closest + CLASH_MARGIN:
        return False
    return _confirmed(clash, members)


def _rarest_main_verb(claim: ClaimTerms) -> str | None:
    """The term of the claim's main verb (:func:`factcheck.match.predicates.main_verb`) where it
    is the claim's rarest word, or None. A support set that pools sentences (two or more) none of
    which states it does not support the claim: "The Ministry of Information fined The Village for
    publishing the article" from 002's "Ministry of Information ... ready to provide assistance to
    Village Kazakhstan" and "The article, published on September 1": the names and the object are
    there, what the ministry did, the claim's most telling word, is not. A verb of saying hands
    the role to the verb of what it reports (:func:`factcheck.match.predicates.reported_verb`). (A commoner verb left out
    of a pooled support, "teamed with", "began", is often said otherwise: WiCE dev lost five true
    claims when any unstated main verb counted.)"""
    tokens = tokenize(claim.text)
    k = _reported_index(tokens)  # "The Village said it intended to take the article down": "intended"
    if k is None:
        k = main_verb(tokens)
    key = tokens[k].key if k is not None else None
    if not key or key not in claim.weights or claim.weights[key] < max(claim.weights.values()):
        return None
    return key


# Words a claim says beyond its names, from which a support pooled of sentences that each state
# only one of them says nothing the claim relates: "later", "published", "grandson".
_POOLED_WORDS = 3


# The personal pronouns by which a sentence may make a claim's subject the doer ("he was sentenced").
_SUBJECT_PRONOUNS = frozenset("he she they".split())


def _predicate_of_others(claim: ClaimTerms, support: SupportSet, result: Sequence[Assessment],
                         named: frozenset[str], excerpt: Callable[[int, int, int], str] | None) -> bool:
    """Whether a support of two sentences or more has the claim's passive participle (of its
    main clause, past adverbs of time: :func:`factcheck.match.predicates.passive_participle`,
    "was already convicted") only in sentences other than its lead that
    name none of the claim's subject (the names before it) nor have a subject pronoun before it:
    "Batyrbekov was convicted of libel before he had ever written about the rape" is not stated
    by 002's "the convicted boys" pooled with "a new libel lawsuit had been filed against him"
    and the story of the rape. Those sentences say it of others. (A pronoun may be the
    subject's: "He was killed in Misrata", WiCE dev.) An active verb is left alone: WiCE dev's
    "Emilee Lindner of MTV called the video ..." is the author's own "is mature, tasteful ...",
    with "called" from another sentence. False without ``excerpt``."""
    if excerpt is None or len(support.members) < 2:
        return False
    tokens = tokenize(claim.text)
    at = passive_participle(tokens, over_adverbs_of_time=True)
    predicate = tokens[at].key if at is not None else None
    if predicate is None or predicate not in claim.weights or predicate in result[support.members[0]].matched:
        return False
    subject = frozenset(t.key for t in tokens[:at] if t.key in named)
    bearers = [result[i] for i in support.members[1:] if predicate in result[i].matched]
    return bool(subject) and bool(bearers) and not any(
        a.matched & subject or _pronoun_before(tokenize(excerpt(a.candidate.doc, a.candidate.start, a.candidate.end)),
                                               predicate) for a in bearers)


def _speaker_pooled(quoted: frozenset[str], support: SupportSet, result: Sequence[Assessment],
                    named: frozenset[str], excerpt: Callable[[int, int, int], str] | None) -> bool:
    """Whether a support of two sentences or more states the claim's quotation only in sentences
    that neither name the claim's speaker (its names outside the quotation) nor give the words a
    speaker of their own (no verb of saying): the speaker then comes from another sentence, which
    says nothing of those words. 'Ombudsman Aruzhan Sain said on Facebook: "We do not intend to
    remove our article."' is not stated by 001's "We do not intend to remove our article." (The
    Village's statement) pooled with "Aruzhan Sain, noted in a Facebook post that ...". A
    sentence with a speaker of its own has had it compared by the alignment. False without
    ``excerpt``."""
    speakers = named - quoted
    if not quoted or not speakers or excerpt is None or len(support.members) < 2:
        return False
    holders = [result[i] for i in support.members if _states_quotation(quoted, [result[i]])]
    return bool(holders) and not any(
        a.matched & speakers or any(t.folded in SPEECH_VERBS or t.folded in THAT_REPORTS for t in tokenize(
            excerpt(a.candidate.doc, a.candidate.start, a.candidate.end))) or _introduced_by(a, speakers, excerpt)
        for a in holders)


_INTRODUCER_REACH = 2000  # characters before a passage searched for the line that introduces its block
_INTRODUCER = re.compile(r":[ \t]*\n")  # the end of a line that ends with a colon: "... wrote on its Telegram channel:"


def _introduced_by(a: Assessment, speakers: frozenset[str], excerpt: Callable[[int, int, int], str]) -> bool:
    """Whether the last line before the passage that ends with a colon (the one that introduces
    the block the passage stands in: "The Village wrote a public complaint on its Telegram
    channel:") names one of ``speakers`` (index terms)."""
    start = a.candidate.start
    before = excerpt(a.candidate.doc, max(0, start - _INTRODUCER_REACH), start)
    ends = [m.start() for m in _INTRODUCER.finditer(before)]
    if not ends:
        return False
    line = before[before.rfind("\n", 0, ends[-1]) + 1:ends[-1]]
    return bool({t.key for t in tokenize(line) if t.key} & speakers)


def _main_verb_term(claim: ClaimTerms) -> str | None:
    """The index term of the claim's main verb (:func:`factcheck.match.predicates.main_verb`), or None."""
    tokens = tokenize(claim.text)
    k = main_verb(tokens)
    return tokens[k].key if k is not None else None


def _done_by_another(verb: str | None, support: SupportSet, result: Sequence[Assessment],
                     named: frozenset[str], claim: ClaimTerms) -> bool:
    """Whether a support of two sentences or more has the claim's main verb (active,
    :func:`factcheck.match.predicates.main_verb`) only in sentences other than its lead, each of
    which puts another name in the place of a claim name (an ``entity`` difference, not one found
    only out of order): "Councillor Brian Whitlock proposed the bike lane plan" is not stated by
    "Councillor Brian Whitlock, one of the two members who voted against the plan, said ..."
    pooled with "Councillor Ana Delgado, who proposed the plan, said ...". The sentence that
    states what was done says who did it, and it is someone else. ``verb``: the claim's main
    verb's term (:func:`_main_verb_term`)."""
    if len(support.members) < 2 or not verb or verb in result[support.members[0]].matched:
        return False
    bearers = [result[i] for i in support.members[1:] if verb in result[i].matched]
    # (Another name in its place: a difference that stands, or one the stance found too loose to
    # contradict, whose claim words are then unstated by the sentence, ``Assessment.unstated``.)
    return bool(bearers) and all(
        a.unstated & named or any(d.kind == "entity" and d.detail != "crossed" and terms_in(claim, [d.claim_span]) & named
                                  for d in a.differences) for a in bearers)


_PRONOUN_REACH = 3  # tokens from a subject pronoun to its verb: "he was later killed", "she called"


def _pronoun_before(tokens: Sequence[Token], key: str) -> bool:
    """Whether a subject pronoun ("he", "she", "they") stands at most :data:`_PRONOUN_REACH`
    tokens before a token of index term ``key``, in one clause: "He was killed in Misrata"."""
    return any(t.key == key and any(u.folded in _SUBJECT_PRONOUNS for u in tokens[max(0, k - _PRONOUN_REACH):k])
               for k, t in enumerate(tokens))


def _names_pooled(claim: ClaimTerms, support: SupportSet, result: Sequence[Assessment], named: frozenset[str]) -> bool:
    """Whether a support of two sentences or more gives each of them only the claim's names and
    one word more, where the claim says at least :data:`_POOLED_WORDS` words beyond its names:
    "Sharipa Batyrbekova later published a book about her grandson's case" is not stated by one
    sentence of 000 with "grandson", another with "published" (of Informburo.kz) and a third with
    "later". No sentence relates two of the claim's words. (A claim of names and one word or two,
    "It is based at Hamamatsu Air Base in Shizuoka Prefecture", may be stated so: WiCE dev lost
    two true claims when it counted there.)"""
    return len(support.members) > 1 and len(set(claim.weights) - named) >= _POOLED_WORDS \
        and all(len(result[i].matched - named) < 2 for i in support.members)


_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
# A name right after a preposition of place is a place, known to WordNet or not: "died in Blackville".
_AFTER_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near|from|to|outside|inside)\s+(?:the\s+)?$")


def _modifies_noun(text: str, end: int) -> bool:
    """Whether the word right after a name ending at ``end`` is a common noun (WordNet's,
    :func:`factcheck.lexicon.nouns.is_common_noun`) in no finite verb's form: "Esik police", not
    "Smailova said", "Informburo.kz was" nor "Adil Soz reports" (a verb's "-ed" or "-s" form)."""
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return is_common_noun(word) and not (verb_senses(word) and word.endswith(("ed", "s")))


def _parties_apart(support: SupportSet, result: Sequence[Assessment], parties: Sequence[frozenset[str]],
                   near: Callable[[frozenset[str], Sequence[int]], bool] | None = None) -> bool:
    """Whether a support of two sentences or more names two of the claim's parties (names that
    are no places: people, bodies, works) only in different sentences, none of them both: what the
    claim says one did to or with the other ("Informburo.kz's report ... was written by the
    blogger Anastasia Shestayeva", from 000's "Informburo.kz published its account" and
    "Anastasia Shestayeva, a blogger who wrote a widely cited piece") no sentence relates.
    Not where ``near`` (:attr:`CorpusFacts.near`) finds one party named near the other's
    sentence or in its document's lead: the document's subject ("Mustaine" of his biography)
    is the party of its sentences, named or not (WiCE dev lost two true claims without this)."""
    if len(support.members) < 2 or len(parties) < 2:
        return False
    named = [frozenset(k for k, terms in enumerate(parties) if terms <= result[i].matched) for i in support.members]
    if any(len(n) >= 2 for n in named) or len(frozenset().union(*named)) < 2:
        return False
    # (Sentences close together may tell one event, a pronoun carrying its party on: only
    # sentences further apart than _PREDICATE_REACH pool two parties no sentence relates.)
    spots = [(n, result[i].candidate) for n, i in zip(named, support.members, strict=True) if n]
    if near is not None and any(near(parties[k], list(b.passages)) for (m, _), (n, b) in itertools.permutations(spots, 2)
                                if m != n for k in m):
        return False
    return not any(_within(a, b, _PREDICATE_REACH) for (m, a), (n, b) in itertools.combinations(spots, 2) if m != n)


def _predicate_term(claim: ClaimTerms) -> str | None:
    """The term of what the claim's main clause says was done, where that is all it predicates
    (:func:`factcheck.match.predicates.one_predicate`): its main verb in the past
    (:func:`factcheck.match.predicates.main_verb`, "resigned"), else its participle in the
    passive (:func:`factcheck.match.predicates.passive_participle`, "was appointed"), else its
    verb in the present (:func:`factcheck.match.predicates.present_verb`, "works as a
    seamstress"); None where it has none of them (a copula), says more, or the word is no index
    term of it."""
    tokens = tokenize(claim.text)
    k = main_verb(tokens)
    if k is None:
        k = passive_participle(tokens, over_adverbs_of_time=True)
    if k is None:
        k = present_verb(tokens)
    if k is None or not one_predicate(tokens, k):
        return None
    key = tokens[k].key
    return key if key and key in claim.weights else None


# What joins a claim's main verb to an earlier event told by a gerund: "died after jumping".
_EVENT_BEFORE = frozenset("after before while since upon".split())


def _consequence_term(claim: ClaimTerms) -> str | None:
    """The term of a claim's first verb in the past (or a passive's participle) that a gerund
    after "after", "before", "while", "since" or "upon" joins to another event:
    "The 17-year-old girl in Turkistan died after jumping off the sixth floor". The claim states
    two events, and its main verb is the one it asserts: a support that states the jump and not
    the death does not support it, however little "died" weighs (004: "a 17-year-old girl jumped
    off the sixth floor of a building"; "We know the girl survived the fall"). None where the
    claim has no such verb."""
    tokens = tokenize(claim.text)
    for k in range(1, len(tokens) - 2):
        verb, joint, gerund = tokens[k], tokens[k + 1], tokens[k + 2]
        if joint.folded not in _EVENT_BEFORE or not verb.word or verb.capital or not is_participle(verb.folded):
            continue
        if gerund.word and not gerund.capital and gerund.folded.endswith("ing") and verb_senses(gerund.folded):
            return verb.key if verb.key and verb.key in claim.weights else None
    return None


def _reported_term(claim: ClaimTerms) -> str | None:
    """The term of the verb a claim that reports says was done ("The Rovers football club wrote
    on its Facebook page that it intended to cancel the match": "intended";
    :func:`factcheck.match.predicates.reported_verb`), or None where the claim reports nothing. A
    support, of one sentence or pooled, must state it: a sentence that says only who reported
    ("On Friday the club wrote a public statement on its Facebook page") states the frame, not
    the claim's statement, however much the frame's words weigh."""
    tokens = tokenize(claim.text)
    k = _reported_index(tokens)
    key = tokens[k].key if k is not None else None
    return key if key and key in claim.weights else None


def _places_apart(places: Sequence[frozenset[str]], predicate: str | None, support: SupportSet,
                  result: Sequence[Assessment]) -> frozenset[str]:
    """The terms of the claim's place names (``places``, each a name's terms: the names WordNet
    knows as places, :func:`factcheck.lexicon.places.is_place`) that a pooled support
    states only in sentences that do not state the claim's predicate (:func:`_predicate_term`, or the
    passive's participle), while another of its sentences states the predicate: the place is
    where something else happened. "The 17-year-old schoolgirl was held in sexual slavery in the
    city of Turkistan" is not stated by 004's "... revealed how her daughter was held in sexual
    slavery" beside "a tragedy in another southern Kazakh city, Turkistan, when a 17-year-old
    girl jumped ...", which is about another girl. Empty where there are none."""
    if predicate is None or len(support.members) < 2 or predicate not in support.matched:
        return frozenset()
    found: set[str] = set()
    for terms in places:
        stating = [i for i in support.members if terms <= result[i].matched]
        if stating and not any(predicate in result[i].matched for i in stating):
            found |= terms
    return frozenset(found)


def _reported_index(tokens: Sequence[Token]) -> int | None:
    """The index of the verb what the claim's main verb of saying reports
    (:func:`factcheck.match.predicates.reported_verb`), or None where the claim reports nothing."""
    k = main_verb(tokens)
    return reported_verb(tokens, k) if k is not None else None


def _asserted_after_relative(claim: ClaimTerms) -> str | None:
    """The term of the verb a claim asserts after a relative clause that ends its subject
    (:func:`factcheck.match.predicates.verb_after_relative`), or None. A support that states the
    relative clause and not that verb does not support the claim, however little the verb weighs
    beside the clause's words: "The 17-year-old girl who jumped from the sixth floor of a building
    in Turkistan died from the fall" is not stated by 004's "a 17-year-old girl jumped off the
    sixth floor of a building", which tells who she is, not that she died (004 says she survived)."""
    tokens = tokenize(claim.text)
    k = verb_after_relative(tokens)
    key = tokens[k].key if k is not None else None
    return key if key and key in claim.weights else None


def _passive_participle_term(claim: ClaimTerms) -> str | None:
    """The term of the participle of the claim's main clause in the passive
    (:func:`factcheck.match.predicates.passive_participle`), or None. A support set none of whose
    sentences states it does not support the claim: "All of the teenagers who raped the boy in
    Abai were prosecuted" from 002's "a boy who was raped ... by teenagers" and "the village of
    Abai" says who and where, not what was done to them; so does one sentence that states the
    relative clause alone. (Unlike an active verb, :func:`_rarest_main_verb`, it counts at any
    weight and for one sentence too: a passive's participle is its predicate. WiCE dev: one
    verdict won, "Police were called" now `partial` as labelled, one lost, "was declared
    bankrupt" said otherwise; balanced accuracy 0.733 -> 0.731.) Past an adverb of time ("were
    later tried in an Almaty court") only where it is all the claim predicates
    (:func:`factcheck.match.predicates.one_predicate`): WiCE dev's "was later jailed for ... and
    released in April 2010", supported by "was arrested for ... and released", says two things."""
    tokens = tokenize(claim.text)
    k = passive_participle(tokens)
    if k is None:
        k = passive_participle(tokens, over_adverbs_of_time=True)
        k = k if k is not None and one_predicate(tokens, k) else None
    key = tokens[k].key if k is not None else None
    return key if key and key in claim.weights else None


def _names_its_subjects(support: SupportSet, doc: int, facts: CorpusFacts) -> bool:
    """Whether a source whose sentences pool into a support set states every name of the claim
    that the set leaves out somewhere else in it (``facts.names``). A source that never names
    the claim's subject cannot support it alone, whatever other source does: 001 pools "the
    boy's grandmother ... journalist Amangeldy Batyrbekov" with sentences that say "called" and
    "Nursultan", but never names "Sharipa Batyrbekova", whom 000 names; citing 001 for her
    name is citing the wrong source. A name no source states ("According to Global Voices, ...":
    the citation's own name) tells no source from another: it is only missing."""
    return all(doc in docs for terms, docs in facts.names if docs and terms - support.matched)


def _denied_elsewhere(claim: ClaimTerms, result: Sequence[Assessment], doc: int, support: SupportSet) -> bool:
    """Whether the source says the opposite of a word of the claim that its support set does not
    state: another of its passages negates it or puts its antonym in its place, though too little
    of the rest of the claim stands beside it for that passage to contradict on its own. 004
    supports "The victim's mother said she received help from the school in Qyzylorda" with
    "the victim's mother ... said she approached the school" and "... the school in Qyzylorda
    ... received no reply", and says in the mother's quotation "Since I received no help from
    the school": the claim's "help" is stated only under a negation."""
    opposed = terms_in(claim, [d.claim_span for a in result if a.candidate.doc == doc
                               for d in a.differences if d.kind in ("negation", "antonym")])
    return bool(opposed - support.matched - _NEGATION_TERMS)


def _quantified_elsewhere(result: Sequence[Assessment], doc: int, support: SupportSet) -> bool:
    """Whether another passage of a pooled support set's source states :data:`_QUANTIFIED_SHARED`
    or more of the set's words with another quantifier in the place of the claim's "all": "All of
    the teenagers who raped the boy in Abai were sentenced to prison" pooled from 002's "a boy who
    was raped ... by teenagers", "he was sentenced to two years ... in prison" (of Batyrbekov) and
    "the village of Abai", where 002 says "one of the perpetrators was sentenced to seven years in
    prison". The source speaks of the claim's predicate only for one of them."""
    if len(support.members) < 2:
        return False
    members = set(support.members)
    return any(a.candidate.doc == doc and k not in members and len(a.matched & support.matched) >= _QUANTIFIED_SHARED
               and any(d.kind == "quantifier" and d.claim_words.casefold() in UNIVERSAL for d in a.differences)
               for k, a in enumerate(result))


# Words of a pooled support a passage with another quantifier must state to speak of its
# predicate ("sentenced", "prison"): one shared word ("boy") is common to passages about others.
_QUANTIFIED_SHARED = 2


def _within_one(clash: Assessment, closest: Sequence[Assessment]) -> bool:
    """Whether a clash says in one sentence what the closest support says only across two:
    "Osei replied that the opposition had "no plan at all."" against "... Osei said the budget
    would ... The opposition leader ... described the plan ...", both with every word of
    "Osei said the opposition had a plan". The one sentence is the closer account."""
    return len(clash.candidate.passages) == 1 and all(len(m.candidate.passages) > 1 for m in closest)


def _likeness(clash: Assessment) -> float:
    """How much of the claim a clashing sentence states, for weighing it against a support.

    A sentence that differs from the claim only by lexical opposites (a negation, an antonym
    or a quantifier: cues and WordNet pairs, rarely wrong) states the rest of the claim in the
    differing word's place, so its ``context`` counts: "flame retardants decrease production of
    smoke" is as like "... increase production of smoke" as a sentence can be. A different name
    is found from capitals alone, often a heading's ("AIR TRAINING COMMAND"), so such a clash
    counts only the words it shares (``coverage``).
    """
    if all(d.kind in _LEXICAL for d in clash.differences):
        return max(clash.coverage, clash.context)
    return clash.coverage


def _speaker(difference: Difference) -> bool:
    """Whether a difference gives the claim's reported words to another speaker: found from the
    words aligned inside the quotation or report, not from capitals alone."""
    return difference.kind == "entity" and difference.detail.startswith("speaker")


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


_POOL_REACH = 4  # sentences from a support's lead within which a sentence about other people may join it


def _beside_lead(assessed: Sequence[Assessment], lead: int, i: int) -> bool:
    """Whether sentence ``i`` may join the support led by ``lead``: it states one of the claim's
    names, names no one, or stands within :data:`_POOL_REACH` sentences of the lead. A sentence
    about someone else farther off lends the claim only words said of that other: 001's
    "Batyrbekov received threats ... after reports that unveiled cases of corruption" five
    sentences before "its chief editor, Lukpan Akhmediyarov, has withstood threats and police
    pressure related to stories the paper has published" does not say Akhmediyarov's paper
    reported on corruption."""
    other = assessed[i]
    if any(v.kind == "name" for v in other.values.agreed) or not other.values.passage_names:
        return True
    return _within(assessed[lead].candidate, other.candidate, _POOL_REACH)


def _support_set(claim: ClaimTerms, assessed: Sequence[Assessment], doc: int,
                 quoted: frozenset[str] = frozenset()) -> SupportSet:
    """Pool up to three sentences of one source that together say most of the claim.

    Starts from the sentence that covers most, then repeatedly takes the one that adds
    most (ties go to the closer wording); a sentence about others only near the first
    (:func:`_beside_lead`). A sentence that confirms one of the claim's
    numbers or dates joins even when it adds few words (one more may join for that):
    the value must be supported too.
    """
    pool = [i for i, a in enumerate(assessed) if a.candidate.doc == doc and not a.clashes
            and a.coverage >= (RELATED_CITED if a.cited else RELATED)]
    # A sentence that shares nothing with the claim but its values and names is about something
    # else: it joins no pool ("The 2018-2022 IIHF Rule Book ... was approved" for "chairman ...
    # until 2018"; "on September 1 The Village wrote a public complaint" for "The Village
    # published Zhapisheva's article on September 1"). It may still lead one.
    about = {i for i in pool if assessed[i].matched - value_terms(claim, assessed[i].values.agreed, QUANTITY_KINDS,
                                                                      stated=True)}
    total = sum(claim.weights.values()) or 1.0
    members: list[int] = []
    matched: frozenset[str] = frozenset()
    confirmed: set[int] = set()

    def gain(i: int) -> float:
        return weight_of(claim, assessed[i].matched - matched) / total

    def new_values(i: int) -> set[int]:
        return {id(v) for v in assessed[i].values.agreed if v.kind in QUANTITY_KINDS} - confirmed

    # A claim that quotes starts from the sentence that has its quotation, if the source has one.
    quoting = [i for i in pool if len(quoted) >= 3 and _states_quotation(quoted, [assessed[i]])]
    while pool:
        eligible = [i for i in pool if i in about and _beside_lead(assessed, members[0], i)] if members else pool
        if not eligible:
            break
        best = max(quoting or eligible,
                   key=lambda i: (round(gain(i), 6), assessed[i].candidate.alignment, -assessed[i].candidate.start))
        quoting = []
        if members and gain(best) < COMBINE_GAIN:
            best = next((i for i in eligible if new_values(i)), -1)
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
    return SupportSet(tuple(members), matched, weight_of(claim, matched) / total, predicate)


def _subject_of_someone_else(claim: ClaimTerms, members: Sequence[Assessment], facts: CorpusFacts) -> frozenset[str]:
    """The terms of the name that opens the claim as its subject, where a sentence of the lead
    support that does not name it has a subject "he" or "she" that stands for someone else
    (``facts.pronoun_stands_for``): "Peter Neumann earned his Ph.D. in 1996" against Catherine
    Greenhill's biography's "She earned her Ph.D. in 1996 ...", whatever other sentence of the
    biography names Neumann. So is a name whose words say the other gender than the pronoun's
    ("Christopher Heyde" for "She earned ..."). ``members``: the support set's assessments, its
    lead first. Where the lead says nothing of it (it names the person itself), a member that
    states the claim's main verb decides: what the claim says was done is that sentence's, and
    so is its doer ("Alfred H. Hunter went on to attend University College Dublin" from James
    Joyce's "He went on to attend University College Dublin", pooled with the sentence that
    names Hunter). Empty where the pronoun's antecedent is not found."""
    if not members or facts.pronoun_stands_for is None:
        return frozenset()
    tokens = tokenize(claim.text)
    subject = sentence_subject(tokens)
    if subject is None or isinstance(subject, str):
        return frozenset()
    terms = frozenset(t.key for t in subject if t.key)
    if not terms:
        return frozenset()
    after = tokens.index(subject[-1]) + 1
    # A name that reports a clause ("Batyrbekova told KTK the child was afraid") is compared only
    # with a pronoun that reports too ("She said ..."): in "He's afraid, he says" "he" is the child.
    reporter = reports_a_clause(tokens, after)
    acted = _main_verb_term(claim)
    deciding = [members[0]] + [m for m in members[1:] if acted and acted in m.matched]
    for member in deciding:
        for pid in member.candidate.passages:
            stands = facts.pronoun_stands_for(terms, tuple(t.folded for t in subject), pid, person_gender(subject),
                                              REPORTING if reporter else None)
            if stands is not None:
                return frozenset() if stands else terms
    return frozenset()
