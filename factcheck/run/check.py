"""One claim through the stages, in order: what it says, candidates, stances, verdict, report items.

    query      = read_claim(claim, matcher, corpus)          what the claim says: terms, values, citations
    candidates = find_candidates(query, matcher)             match.retrieve: ranked passages, and those
                                                             of the best sources that state its values
    assessed   = [judge(query, c, ...) for c in candidates]  values.clashes + match.align + verdicts.stance
    decision   = decide(...)                                 verdicts.decide: support sets, the verdict
    evidence, disagreements, quote, citation                 verdicts.evidence / quotes / citations / disputes

Each stage takes the previous stage's data and returns its own; nothing here prints or keeps
state beyond the per-run memo of passage values the caller hands in.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from factcheck.inputs.schema import expected_value
from factcheck.lexicon.antonyms import base_forms, has_antonyms, opposed_readings
from factcheck.lexicon.noun_kinds import is_person, kin_lemma, other_kin
from factcheck.lexicon.nouns import is_common_noun
from factcheck.lexicon.places import is_place
from factcheck.lexicon.titles import OFFICES
from factcheck.lexicon.verbs import verb_senses
from factcheck.match.align import Alignment, align, quoted_terms
from factcheck.match.antecedents import (
    REACH,
    REPORTING,
    Described,
    antecedent_for,
    person_gender,
    pronoun_antecedent,
    pronoun_reports,
    reports_a_clause,
    sentence_subject,
    subject_pronoun,
    tail_reporter,
)
from factcheck.match.cues import BE_FORMS, SPEECH_VERBS, THAT_REPORTS, Token, negated_terms, negation_scopes, tokenize
from factcheck.match.retrieve import Candidate, ClaimTerms, Matcher
from factcheck.models import Claim, ClaimResult, Conflict, Disagreement, Document, Evidence, QuoteCheck, Value
from factcheck.sources.corpus import Corpus
from factcheck.sources.normalize import fold
from factcheck.sources.titles import capitalised, one_series
from factcheck.sources.transliteration import name_relation
from factcheck.values import compare, extract_values, settle
from factcheck.values.clashes import QUANTITY_KINDS, compare_values
from factcheck.values.dateline import document_date
from factcheck.values.names import same_word_of_name
from factcheck.verdicts.citations import check_citation
from factcheck.verdicts.decide import CorpusFacts, Decision, decide
from factcheck.verdicts.disputes import source_disputes
from factcheck.verdicts.evidence import disagreements_of, evidence_of, missing_words, rank
from factcheck.verdicts.quotes import (
    QuoteFinder,
    claim_speaker,
    quotation_pieces,
    quotation_speaker,
    quote_verdict,
    quotes_in_sentence,
    sentence_quotations,
    states_quotation,
)
from factcheck.verdicts.stance import RELATED_CITED, Assessment, assess, terms_in, terms_of, value_terms

ASSESSED = 15         # best candidates assessed per claim
CITED_ASSESSED = 5    # and the best few of the cited sources beyond them
ALIGNED = 0.30        # coverage from which a candidate is aligned word by word with the claim
OPPOSED_ALIGNED = 0.20  # the same, for a passage with a WordNet antonym of a claim word (_has_opposite)
TITLE_ALIGNED = 0.15  # the same, for a passage with another relative than the claim's (_has_other_kin)
VALUE_SOURCES = 3     # sources searched for a passage that states a claim value
NAME_KIND = frozenset({"name"})
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")

PassageValues = Callable[[Candidate, str], list[Value]]  # the values a candidate states (memoised by the caller)
# The disagreements between sources with a side in the given passages (the claim's support),
# the second argument being more passages to try as the other side (the claim's candidates).
Disputes = Callable[[Sequence[int], Sequence[int]], Sequence[Conflict]]


@dataclass(frozen=True, slots=True)
class Query:
    """What a claim says, ready for retrieval: its terms, values and citations.

    ``valued``/``named``: the claim's terms that state its numbers and dates / its names;
    ``cited``: the document indices of the sources it cites (``resolved`` keeps each
    ``cite`` entry's index, None for an unknown source); ``quoted``: terms it quotes.
    """

    claim: Claim
    terms: ClaimTerms
    values: tuple[Value, ...]
    valued: frozenset[str]
    named: frozenset[str]
    resolved: dict[str, int | None]
    quoted: frozenset[str]
    quotation: tuple[str, ...] = ()  # the claim's quotation, folded, piece by piece between ellipses

    @property
    def cited(self) -> set[int]:
        return {d for d in self.resolved.values() if d is not None}


def check_claim(claim: Claim, corpus: Corpus, matcher: Matcher, quotes: QuoteFinder, passage_values: PassageValues,
                *, top: int, disputes: Disputes | None = None) -> ClaimResult:
    """Check one claim against a corpus: verdict, evidence, disagreements, quote and citation.

    Args:
        claim: the claim.
        corpus, matcher, quotes: the corpus, its retrieval index and its quotation finder.
        passage_values: the values a candidate passage states (a memo kept by the caller).
        top: evidence items to keep.
        disputes: the disagreements between sources that have a side in the passages that
            support the claim (given those passages and the claim's other candidates), asked
            for only when the claim is supported or partial; None when the run does not
            cross-check.
    """
    query = read_claim(claim, matcher, corpus)
    candidates = find_candidates(query, matcher)
    assessed = [judge(query, c, matcher.text_of(c), passage_values, matcher) for c in candidates]
    decision = decide(query.terms, assessed, query.values, query.quoted, corpus_facts(query, corpus, matcher))
    ranked = rank([a for a in decision.assessed if a.stance], set(query.resolved.values()))
    evidence = [evidence_of(a, corpus.documents) for a in ranked]
    disputed = []
    supporting = [p for a, e in zip(ranked, evidence, strict=True) if e.stance == "supports" for p in a.candidate.passages]
    # (A support that leaves a name of the claim unstated, "one of the perpetrators was sentenced"
    # for "Qurmanghazy Musir was sentenced", does not state the claim: a disagreement between
    # sources about the sentence's own subject is not about the claim's.)
    # (A supported claim's name is stated by its source, whatever its supporting sentences leave
    # out: decide() has read the source for it, "Abai" in 001 around "no one was ever punished".)
    unnamed = decision.verdict != "supported" and any(
        terms_of(query.terms, [v]) & decision.missing_terms for v in query.values if v.kind == "name")
    if decision.verdict in ("supported", "partial") and disputes is not None and supporting and not unnamed:
        retrieved = [p for c in candidates for p in c.passages]
        disputed = source_disputes(evidence, disputes(supporting, retrieved), frozenset(query.terms.weights))
    if disputed:  # the other side leads next to the support, so that both are shown
        evidence[1:1] = [e for e, _ in disputed]
    quote_check = quotes.check(claim.quote) if claim.quote else None
    # The quotations of the claim's own sentence are checked too, beside its `quote` (which
    # alone fills `quote_check`): they weigh on the verdict and name their differing words.
    own = sentence_quotations(claim.text, quotes, besides=claim.quote)
    disagreements = (disagreements_of(ranked, decision.verdict, corpus.documents) + tuple(d for _, d in disputed)
                     + _quote_disagreements(quote_check) + tuple(d for c in own for d in _quote_disagreements(c)))
    stated = bool(query.quoted) or (claim.quote is not None and quotes_in_sentence(claim.text, claim.quote))
    if _quoted_verbatim(decision, query, own, evidence):
        # (The words the support set leaves unsaid are all inside the claim's quotation, which
        # its source has verbatim, piece by piece, where a sentence of the evidence says the rest:
        # a quotation cut across sentences, 'The police say: ... ? ... He won't even go to the
        # bathroom unaccompanied," Batyrbekova told KTK'.)
        decision = replace(decision, verdict="supported", missing_terms=frozenset())
    verdict = quote_verdict("disputed" if disputed else decision.verdict, quote_check, stated=stated)
    for check in own:
        verdict = quote_verdict(verdict, check, stated=True)
    checks = [c for c in (quote_check, *own) if c is not None]
    told = {(d.claim_value, d.source_id) for d in disagreements if d.kind == "entity"}
    misattributed = tuple(d for d in _misattributed(claim.text, checks, corpus)
                          if (d.claim_value, d.source_id) not in told)  # (the alignment may have named it)
    if misattributed:
        # (Another source that gives the words to the claim's speaker, a support the alignment
        # compared speakers for, makes the two sources disagree on who said them: disputed.)
        backing = {e.source_id for e in evidence if e.stance == "supports"} - {d.source_id for d in misattributed}
        verdict = "disputed" if verdict == "disputed" or (verdict == "supported" and backing) else "contradicted"
        disagreements += misattributed
    if verdict == "contradicted" and decision.verdict != "contradicted":
        # The quotation contradicts its source (its words, or who says them): the passage it was
        # found in is the evidence that says otherwise, and nothing is merely unsaid.
        spans = [(c.source_id, c.start, c.end) for c in checks if c.status == "close"]
        evidence = _quoted_against(evidence, spans + [(d.source_id, d.start, d.end) for d in misattributed])
    return ClaimResult(
        claim=claim,
        verdict=verdict,
        score=ranked[0].candidate.score if ranked else 0.0,
        evidence=tuple(evidence[:top]),
        disagreements=disagreements,
        missing=missing_words(claim.text, query.terms.spans + _unweighted_spans(claim.text, decision.missing_terms),
                              decision.missing_terms, decision.missing_values, verdict),
        quote_check=quote_check,
        cite_check=check_citation(claim, query.resolved, decision.assessed, decision.verdict, corpus.documents)
        if claim.cite else None,
    )


def _misattributed(claim: str, checks: Sequence[QuoteCheck], corpus: Corpus) -> tuple[Disagreement, ...]:
    """The claim's quotation, found word for word in a source, given there to another named
    speaker than the claim's (:func:`factcheck.verdicts.quotes.quotation_speaker`: the report
    right after the quotation closes, or the one that opens it): an ``entity`` disagreement of
    detail ``speaker`` for each. 'Baliyeva told KTK television station ...' with the quote "The
    police say: 'You're lying. Do you have evidence?'", which 000 closes with '...," Batyrbekova
    told KTK television station.' A speaker the source gives by a pronoun or a description is
    left to the alignment."""
    mine = claim_speaker(claim)
    if mine is None:
        return ()
    ours = claim[mine[0]:mine[1]]
    found = []
    for check in checks:
        if check.status != "exact" or check.source_id is None or check.start is None or check.end is None:
            continue
        doc = corpus.resolve(check.source_id)
        if doc is None:
            continue
        document = corpus.documents[doc]
        theirs = quotation_speaker(document.text, check.start, check.end)
        if theirs is None:
            continue
        other = document.text[theirs[0]:theirs[1]]
        if name_relation(ours, other, within=True) != "different" \
                or {w.casefold() for w in ours.split()} & {w.casefold() for w in other.split()}:
            continue
        line, _ = document.position(theirs[0])
        found.append(Disagreement("entity", ours, other, document.id, line, document.text[check.start:theirs[1]],
                                  check.start, theirs[1], theirs[0], theirs[1], "speaker", mine[0], mine[1],
                                  page=document.page(theirs[0])))
    return tuple(found)


def _quoted_against(evidence: list[Evidence], spans: Sequence[tuple[str | None, int | None, int | None]]) -> list[Evidence]:
    """``evidence`` with each passage that overlaps a span of a source (``(source id, start,
    end)``: where the claim's quotation was found, said otherwise or by someone else) marked
    ``contradicts``."""
    return [replace(e, stance="contradicts") if any(_within(e, *span) for span in spans) else e for e in evidence]


def _within(evidence: Evidence, source: str | None, start: int | None, end: int | None) -> bool:
    """Whether an evidence passage overlaps ``source``'s ``text[start:end]`` (False for a span
    not located)."""
    return evidence.source_id == source and start is not None and end is not None \
        and evidence.start < end and start < evidence.end


def _quoted_verbatim(decision: Decision, query: Query, own: Sequence[QuoteCheck], evidence: Sequence[Evidence]) -> bool:
    """Whether a ``partial`` claim leaves unsaid only words of its quotations, each of which a
    source has verbatim (status "exact", its pieces in order), and a passage of the evidence from
    that source overlaps the quotation found: the source states those words, as its own
    sentences quoted across a sentence break. Not where a value of the claim is unsaid."""
    if decision.verdict != "partial" or not own or decision.missing_values or not decision.missing_terms \
            or not decision.missing_terms <= query.quoted:
        return False
    return all(check.status == "exact" and any(_within(e, check.source_id, check.start, check.end) for e in evidence)
               for check in own)


def read_claim(claim: Claim, matcher: Matcher, corpus: Corpus) -> Query:
    """The claim's weighted terms, its values (and its ``expect`` values), its citations."""
    terms = matcher.claim_terms(claim.text)
    # A claim's number its own text leaves ambiguous ("42.195 km") is read both ways, never dropped.
    values = tuple(extract_values(claim.text, conventions=replace(settle(claim.text), both_readings=True))
                   + expected_values(claim))
    return Query(claim, terms, values, value_terms(terms, values), value_terms(terms, values, NAME_KIND),
                 {c: corpus.resolve(c) for c in claim.cite},
                 # Only the claim's index terms can be found in a passage: a word the tokenizers
                 # read apart ("you’re", "It’s" are no index terms) must not stop a quotation.
                 quoted_terms(claim.text) & frozenset(terms.weights), quotation_pieces(claim.text))


CONTEXT_CHARS = 600  # of the source before a passage: enough for the sentence before it in news and encyclopaedia prose


def find_candidates(query: Query, matcher: Matcher) -> list[Candidate]:
    """The best candidates overall, the best few of the cited sources, and the passages of the
    best sources that state one of the claim's numbers or dates."""
    ranked = matcher.candidates(query.terms, cited=query.cited)
    shortlist = list(ranked[:ASSESSED]) + [c for c in ranked[ASSESSED:] if c.doc in query.cited][:CITED_ASSESSED]
    docs = {c.doc for c in shortlist[:VALUE_SOURCES]}
    taken = {p for c in shortlist for p in c.passages}
    for value in query.values:
        if value.kind in QUANTITY_KINDS and value.end <= len(query.terms.text):
            for candidate in matcher.containing(query.terms, value.text, docs):
                if taken.isdisjoint(candidate.passages):
                    shortlist.append(candidate)
                    taken.update(candidate.passages)
    return shortlist


def judge(query: Query, candidate: Candidate, text: str, passage_values: PassageValues,
          matcher: Matcher | None = None) -> Assessment:
    """One candidate's stance: its values compared with the claim's, and (when it covers enough
    of the claim) its word-by-word alignment with the claim, which reads up to
    :data:`CONTEXT_CHARS` of the source before the passage (from ``matcher``) to say who a
    quotation's "she" is, and as much after it to say who speaks a quotation it leaves open."""
    values = compare_values(query.values, passage_values(candidate, text), query.claim.text, text)
    quoting = not query.quoted or states_quotation(query.quotation, text)

    def assessed(alignment: Alignment | None) -> Assessment:
        return assess(query.terms, candidate, values, query.valued, query.named, cited=candidate.doc in query.cited,
                      alignment=alignment, quoting=quoting, text=text)

    alignment = None
    unsaid: frozenset[str] = frozenset()
    # The tests below only let a passage below ALIGNED be aligned, and only such a passage's
    # alignment is judged by them: a passage at ALIGNED or above is aligned without asking them.
    loose = candidate.coverage < ALIGNED
    opposite = loose and candidate.coverage >= OPPOSED_ALIGNED and _has_opposite(query.claim.text, text)
    denied = loose and candidate.coverage >= OPPOSED_ALIGNED and _negated_apart(query.claim.text, text)
    retitled = loose and candidate.coverage >= TITLE_ALIGNED and _has_other_kin(query.claim.text, text)
    # A passage of a cited source joins a support set from RELATED_CITED, below ALIGNED: it is read
    # so that it brings in no word it negates ("We do not intend to remove our article" for "...
    # said on its Telegram channel that it would remove the article") or does not state as its
    # own ("demanding we remove the article"; "the investigation has not concluded").
    pooled = loose and candidate.doc in query.cited and candidate.coverage >= RELATED_CITED
    if not loose or opposite or denied or retitled or pooled:
        alignment = _aligned(query.claim.text, candidate, text, matcher.view(candidate.doc) if matcher else "")
        if loose and not any(
                (opposite and d.kind in ("antonym", "negation") and alignment.framed(d))
                or (denied and d.kind == "negation")
                or (pooled and d.kind == "negation" and negation_scopes(tokenize(d.passage_words)))
                or (retitled and d.kind == "entity" and d.detail == "title") for d in alignment.differences):
            # Aligned for an opposite only: one said of the claim's own doer and object counts,
            # nothing else this loosely related passage differs in ("jumped from the sixth floor" /
            # "survived the fall": "jump" and "fall" are WordNet's opposites of prices). Aligned
            # for another relative only: another kinship given to the claim's named person counts;
            # and in a cited source, the passage's own negation. Otherwise a cited passage keeps
            # only the words it states.
            unsaid = alignment.unattributed & candidate.matched if pooled else frozenset()
            alignment = None
    if alignment is None and values.conflicts and candidate.coverage >= OPPOSED_ALIGNED and matcher is not None \
            and _names_all(query.values, view := matcher.view(candidate.doc)):
        # A value said otherwise by a passage that words the rest of the claim loosely ("came
        # back ... on July 6" / "returned ... on August 6"), in a source that names all the
        # claim names (a season's other tournament, "second round loss ... to Rutgers", says
        # nothing of "the first round ... to Wake Forest"): aligned, the value in the claim's own
        # place contradicts; elsewhere, the passage is judged unaligned as before.
        found = assessed(_aligned(query.claim.text, candidate, text, view))
        if found.stance == "contradicts" or found.named_elsewhere:
            return found
    judged = assessed(alignment)
    return replace(judged, unstated=judged.unstated | unsaid) if unsaid else judged


def _aligned(claim: str, candidate: Candidate, text: str, view: str) -> Alignment:
    """The claim aligned with a candidate's text, with up to :data:`CONTEXT_CHARS` of its source's
    text (``view``, as read; empty where unknown) before and after it as context."""
    return align(claim, text, view[max(0, candidate.start - CONTEXT_CHARS):candidate.start],
                 view[candidate.end:candidate.end + CONTEXT_CHARS], view)


@functools.lru_cache(maxsize=256)
def _opposable(claim: str) -> tuple[str, ...]:
    """The claim's lower-case content words that WordNet opposes to some word (:func:`has_antonyms`)."""
    return tuple(t.folded for t in tokenize(claim) if t.word and t.key and not t.capital and has_antonyms(t.folded))


def _names_all(values: Sequence[Value], document: str) -> bool:
    """Whether a source's text (as read) has every name among a claim's values, both folded
    (:func:`factcheck.sources.normalize.fold`; the document's once, :func:`_folded`)."""
    names = [v.text for v in values if v.kind == "name"]
    return not names or all(fold(name) in _folded(document) for name in names)


@functools.lru_cache(maxsize=256)
def _kin_words(claim: str) -> tuple[str, ...]:
    """The claim's lower-case words that name a relative (WordNet's {relative} kinds)."""
    return tuple(t.folded for t in tokenize(claim) if t.word and t.key and not t.capital and kin_lemma(t.folded))


def _has_other_kin(claim: str, passage: str) -> bool:
    """Whether the passage names another relative than a relative the claim names ("aunt" /
    "grandmother", :func:`factcheck.lexicon.noun_kinds.other_kin`): a passage that says little
    else of the claim is aligned all the same, so that another kinship given to the claim's named
    person is found (``entity`` differences of detail "title")."""
    ours = _kin_words(claim)
    return bool(ours) and any(other_kin(a, b) for a in ours for b in _lower_words(passage))


def _negated_apart(claim: str, passage: str) -> bool:
    """Whether a word one text negates (:func:`factcheck.match.cues.negated_terms`) stands in
    the other text, which does not negate it: a passage that says less of the claim
    than :data:`ALIGNED` is aligned all the same, so that the claim's predicate negated of the
    same people is found ('"We know the girl survived the fall, ..." she told RFE/RL' for "The
    17-year-old girl ... did not survive the fall")."""
    ours, theirs = _negated_heads(claim), _negated_heads(passage)
    return bool((ours - theirs) & _terms(passage) or (theirs - ours) & _terms(claim))


@functools.lru_cache(maxsize=64)  # a claim's text, asked once per candidate
def _negated_heads(text: str) -> frozenset[str]:
    return negated_terms(tokenize(text))


@functools.lru_cache(maxsize=64)
def _terms(text: str) -> frozenset[str]:
    """The index terms of a text's words."""
    return frozenset(t.key for t in tokenize(text) if t.key)


def _has_opposite(claim: str, passage: str) -> bool:
    """Whether the passage has a WordNet antonym of a word of the claim ("criticised" / "praises"):
    a passage that says less of the claim than :data:`ALIGNED` is aligned all the same, so that an
    opposite said of the claim's own doer and object is found (:meth:`Alignment.framed`).
    (``are_antonyms(a, b)`` for some claim word ``a``: a passage word's readings meet those the
    claim's words are opposed to, gathered once per claim, :func:`_opposed`.)"""
    opposed = _opposed(claim)
    return bool(opposed) and any(not opposed.isdisjoint(base_forms(b)) for b in _lower_words(passage))


@functools.lru_cache(maxsize=256)
def _opposed(claim: str) -> frozenset[tuple[str, str]]:
    """The ``(lemma, pos)`` readings WordNet opposes to a reading of one of the claim's
    :func:`_opposable` words (:func:`factcheck.lexicon.antonyms.opposed_readings`)."""
    return frozenset().union(*map(opposed_readings, _opposable(claim)))


@functools.lru_cache(maxsize=64)  # a candidate's text, asked by both tests above
def _lower_words(passage: str) -> frozenset[str]:
    """The passage's lower-case content words (with an index term), folded."""
    return frozenset(t.folded for t in tokenize(passage) if t.word and t.key and not t.capital)


def same_subject(corpus: Corpus, a: int, b: int) -> bool:
    """Whether two documents may be about one subject, judged by titles that name an entity.

    Two titles of one series name two instances of it ("1903 Boston mayoral election" /
    "1921 ...", "2018 Perak state election" / "2018 Johor ...": :func:`one_series`); two titles that name different entities, neither named
    in the other document, are two subjects ("Levering Smith" / "Clayton C. Jerome",
    "Demographics of Saint Vincent and the Grenadines" / "Demographics of Saint Kitts and
    Nevis"). A document without such a title (a news headline, a URL line) may be about
    anything the other is.
    """
    if a == b:
        return True
    text_a, text_b = corpus.documents[a].text, corpus.documents[b].text
    title_a, title_b = _entity_title(text_a), _entity_title(text_b)
    if not title_a or not title_b:
        return True
    if one_series(title_a, title_b):
        return False
    return _states(text_b, title_a) or _states(text_a, title_b)


def _states(text: str, title: str) -> bool:
    """Whether a document's text casefolded holds ``title`` (casefolded). An ASCII title is
    looked for in the text's bytes with their ASCII letters lowered (:func:`_lowered`), which
    hold it exactly where the casefolded text does, at a third of the cost of casefolding."""
    if title.isascii():
        lowered = _lowered(text)
        if lowered is not None:
            return title.encode() in lowered
    return title in _casefolded(text)


# The characters whose casefold is or holds an ASCII letter (ß, ẞ → ss; İ → i̇; ſ → s; K, the Kelvin
# sign → k; the ligatures ﬀ to ﬆ; ŉ, ǰ, ẖ to ẚ), as Unicode's full case folding gives them
# (tests/test_subject_titles.py checks the list against every code point).
FOLDS_TO_ASCII = "\u00df\u0130\u0149\u017f\u01f0\u1e96\u1e97\u1e98\u1e99\u1e9a\u1e9e\u212a" \
                 "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"


@functools.lru_cache(maxsize=256)
def _lowered(text: str) -> bytes | None:
    """A document's UTF-8 bytes with A-Z lowered, once per document; None if it has one of
    :data:`FOLDS_TO_ASCII`. Without those, the ASCII letters of the casefolded text are the
    text's own, lowered, in the same runs: every other character folds to characters outside
    ASCII, as every byte of its UTF-8 is outside ASCII, so an ASCII title is in the one exactly
    when it is in the other."""
    if any(char in text for char in FOLDS_TO_ASCII):
        return None
    return text.encode(errors="surrogatepass").lower()


@functools.lru_cache(maxsize=256)
def _casefolded(text: str) -> str:
    """A document's text casefolded, once per document (they are large, and met again per claim)."""
    return text.casefold()


@functools.lru_cache(maxsize=4096)
def _entity_title(text: str) -> str:
    """A document's first line when it is the name of an entity, casefolded: at most eight
    words, every word of four letters or more capitalised, no closing stop, no address. News
    headlines are sentences ("Tribunal rules on Harbour Lane flats") and are no such title."""
    line = _PARENTHESIS.sub("", text.lstrip().split("\n", 1)[0]).strip()
    words = line.split()
    if not words or len(words) > 8 or line[-1:] in ".!?:" or "://" in line:
        return ""
    if not capitalised(line):
        return ""
    return line.casefold()


def _unweighted_spans(text: str, missing: frozenset[str]) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, word)`` of the claim's words that have no index term ("all") but are missing
    as words of their own (a universal quantifier no source says: factcheck.match.qualifiers)."""
    return tuple((t.start, t.end, t.folded) for t in tokenize(text) if t.word and t.key is None and t.folded in missing)


def corpus_facts(query: Query, corpus: Corpus, matcher: Matcher) -> CorpusFacts:
    """What the corpus says of the claim beyond its candidates: the documents that state each
    of its names, and, asked lazily, which documents state a word and share a subject."""
    named = [v for v in query.values if v.kind == "name" and v.end <= len(query.terms.text)]
    names = tuple((terms, documents_stating(terms, matcher)) for terms in (terms_of(query.terms, [v]) for v in named))
    places = {terms_of(query.terms, [v]) for v in named if is_place(v.text)}
    partners = {terms_of(query.terms, [v]) for v in named if _PARTNER.search(query.terms.text, 0, v.start)}
    spelled = {terms_of(query.terms, [v]): tuple(t for t in tokenize(v.text) if t.word) for v in named}
    # (A name that reports a clause, "Batyrbekova told KTK the child was afraid", is compared
    # only with a pronoun that reports.)
    claim_tokens = tokenize(query.terms.text)
    reporters = {terms_of(query.terms, [v]) for v in named
                 if reports_a_clause(claim_tokens, next((i for i, t in enumerate(claim_tokens) if t.start >= v.end),
                                                        len(claim_tokens)))}
    # (Only the claim's subject is set against a source's subject "he" or "she": in "Police sent
    # Zhibek to Esik's hospital" against "She also complained of her daughter's treatment ...,
    # where she was sent by the police", Zhibek is the daughter, not the "She".)
    subject = sentence_subject(claim_tokens)
    subjects = {terms_of(query.terms, [v]) for v in named
                if isinstance(subject, tuple) and v.start <= subject[0].start < v.end}
    # (Keyed by the name's terms too: a support that states the description but not the name,
    # "The country's prosecutor general has appointed ..." for "Zagipa Baliyeva, the country's
    # prosecutor general, appointed ...", states it of someone its source may not say she is.)
    # (Of a name the corpus states as written: a name it gives only in another form, "J. Harrow"
    # for "James Harrow", is compared by the name rules; no passage has its words beside a title.)
    descriptions = tuple(
        (head | owner, _documents_describing(terms, head, owner, matcher))
        for v in named for head, owner in [_described_as(query.terms, v)]
        if head and documents_stating(terms := terms_of(query.terms, [v]), matcher))
    return CorpusFacts(names, lambda doc, words: any(doc in documents_stating(frozenset({w}), matcher) for w in words),
                       lambda a, b: same_subject(corpus, a, b), lambda doc, value: _dated(corpus.documents[doc], value),
                       descriptions, lambda doc, words: _says(corpus.documents[doc], words),
                       lambda terms, pids: terms not in partners and _named_near(terms, pids, matcher,
                                                                                 place=terms in places,
                                                                                 spelled=spelled.get(terms, ()),
                                                                                 reporter=terms in reporters,
                                                                                 subject=terms in subjects),
                       lambda t: matcher.index.df(t) == 0,
                       lambda terms, pids: _named_near(terms, pids, matcher, place=True, reach=_WORD_NEAR),
                       lambda doc, start, end: corpus.documents[doc].text[start:end],
                       lambda terms, words, pid, gender, reporting: _pronoun_stands_for(terms, words, pid, matcher,
                                                                                         gender, reporting))


# What opens a description: an article or a possessive ("a", "his", "Nursultan's", "Ak Zhaiyk's").
_OPENER = r"(?P<opener>a|an|the|his|her|their|its|(?:the\s+)?(?P<owner>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)['’]s)"
# "NAME, a local journalist, ...": an appositive noun phrase set off by commas.
# "NAME is Nursultan's mother.": a predicate noun that ends the claim.
_PREDICATIVE = re.compile(r"\s+(?:is|was)\s+" + _OPENER + r"\s+(?:[a-z][\w'’-]*\s+){0,3}"
                          r"(?P<head>[a-z][\w'’-]*)\s*[.!]?\s*$")
# Opened by an article or a possessive ("Sharipa Batyrbekova, Nursultan's mother, said ...").
# Its head may be a title and take an "of" phrase ("Aruzhan Sain, the Minister of Information, ...",
# "..., the government ombudswoman for children's rights, ...").
_APPOSITIVE = re.compile(r",\s+" + _OPENER + r"\s+(?:(?!(?:who|whose|that|whom|in|at|on|of|for)\s)(?:[a-z][\w'’-]*|[A-Z][a-z]+(?=\s+[a-z]))\s+){0,3}"
                         r"(?P<head>(?!(?:herself|himself|themselves|itself)\b)[A-Za-z][\w'’-]*)(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
                         r"|[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?))?"
                         # (Or a relative clause after its head, ", the doctor who examined the boy,", or
                         # a phrase of place: ", the prosecutor in the case,".)
                         r"(?:\s+(?:who|whose|that|whom|in|at|on)\s+[^,;:]{1,80}?)?"
                         # (An emphatic reflexive after it is no head: ", a former rape victim herself,".)
                         r"(?:\s+(?:herself|himself|themselves|itself))?\s*,")


# "the young woman's brother, Rustam", "her lawyer Qurmanghazy Musir": a noun phrase opened by an
# article or a possessive, right before the name (a comma between them or none).
_PRECEDING = re.compile(r"(?:^|\s)" + _OPENER + r"\s+(?:[a-z][\w'’-]*\s+){0,2}"
                        r"(?P<head>[a-z][\w'’-]*)"
                        # (A phrase of place or of after its head, then a comma: "The other victim in the
                        # attack, Rustam"; without the comma the name is the phrase's own, "a member of
                        # the ruling Reform Party".)
                        r"(?:\s+(?:in|at|on|of)\s+(?:the\s+)?[a-z][\w'’-]*,|,?)\s+$")


_PLACE_AFTER_HEAD = re.compile(r"\s+(?:in|at|on)\s")  # a phrase of place right after an apposition's head


# A title right before the name with no article or possessive ("local lawyer Amangeldy
# Batyrbekov", "prosecutor Taubai Qadyrbaev"): the word right before it, a person noun
# (:func:`_bare_title`).
_BARE_TITLE = re.compile(r"(?:^|\s)(?P<opener>)(?P<owner>(?!))?(?P<head>[a-z][\w'’-]*)\s+$")
_OPENING_DETERMINER = re.compile(r"(?:The|A|An|His|Her|Its|Their)\s")
# The same title capitalised as the claim's first word: "Journalist Dina Smailova spoke ...".
_OPENING_TITLE = re.compile(r"^(?P<opener>)(?P<owner>(?!))?(?P<head>[A-Z][a-z][\w'’-]*)\s+$")
# A lower-case word after a name: a noun the name modifies ("her daily SiriusXM show") if WordNet
# has it as one (:func:`_bare_title`).
_WORD_AFTER = re.compile(r"\s+([a-z][\w'’-]*)")


_PHRASE_AFTER_HEAD = re.compile(r"\s(?:in|at|on|of)\s")


def _titled_head(head: str) -> bool:
    """Whether a description's head names a person: an office (:data:`OFFICES`) or a WordNet
    noun.person word ("victim", "lawyer")."""
    return head in OFFICES or is_person(head)


def _bare_title(found: re.Match[str], text: str, end: int) -> bool:
    """Whether a :data:`_BARE_TITLE` match before a name that ends at ``end`` is a title: its word
    a person noun (an office of :data:`factcheck.lexicon.titles.OFFICES`, or a WordNet noun.person
    word: "lawyer", "journalist"), and the name no modifier of a noun after it."""
    head = found.group("head").lower()
    if head not in OFFICES and not is_person(head):
        return False
    after = _WORD_AFTER.match(text, end)
    return after is None or not is_common_noun(after.group(1))


# A name used as a modifier of the noun after it ("her daily SiriusXM show"): what comes before it
# describes that noun, not the name.
_ATTRIBUTIVE = re.compile(r"\s+[a-z]")


# What names a partner of the claim's subject right before a name: "together with Reporters
# Without Borders", "alongside the BBC". A partner is a party of what the claim says, not its
# setting: a support that never names it does not state it, however near its source names it
# (:func:`_named_near`).
_PARTNER = re.compile(r"\b(?:with|alongside)\s+(?:the\s+)?$", re.IGNORECASE)


_NEAR = 5   # passages from a supporting sentence within which a name the claim adds may stand
# The same for a detail's common words: a name is the topic of a paragraph or more, a common
# word only of the sentences around it (factcheck.verdicts.decide's _PREDICATE_REACH likewise).
_WORD_NEAR = 3
_LEAD = 2   # a document's first passages (title, lead), which name what it is about


def _named_near(terms: frozenset[str], pids: Sequence[int], matcher: Matcher, *, place: bool, reach: int = _NEAR,
                spelled: Sequence[Token] = (), reporter: bool = False, subject: bool = True) -> bool:
    """Whether a passage that states all the name's terms stands within ``reach`` passages of
    one of ``pids`` (the supporting passages) in their document, or among its first :data:`_LEAD`
    passages other than in a dateline ("ALMATY, Kazakhstan -- ...": where the report was filed,
    not what it is about). Passage ids run through each document in order. A name that is no
    known place (WordNet's, :func:`factcheck.lexicon.places.is_place`) may be a person that a
    supporting passage's pronoun stands for ("Before joining the board she was head of surgery"
    for "Marta Kask ... was head of surgery"): it is near wherever one of them has a personal
    pronoun, unless each such passage's subject "he" or "she" stands for someone else, or is of
    the other gender than the name's words (``spelled``, its tokens) say (:func:`_pronoun_stands_for`);
    a ``reporter`` name (it reports a clause) is compared only with a pronoun that reports, and
    only the claim's ``subject`` with a subject pronoun at all."""
    if not place and not subject:
        if any(t.folded in _PERSONAL_PRONOUNS for pid in pids for t in _passage_tokens(matcher, int(pid))):
            return True
    elif not place:
        words, gender = tuple(t.folded for t in spelled), person_gender(spelled)
        stands_for = [_pronoun_stands_for(terms, words, int(pid), matcher, gender, REPORTING if reporter else None)
                      for pid in pids
                      if any(t.folded in _PERSONAL_PRONOUNS for t in _passage_tokens(matcher, int(pid)))]
        if True in stands_for or (stands_for and False not in stands_for):
            return True
        if stands_for:
            return False  # the support's "he" or "she" stands for someone else: the claim's name is not its subject
    found = matcher.index.containing_all(terms)
    docs = matcher.index.docs
    for pid in pids:
        doc = docs[pid]
        same = found[docs[found] == doc]
        if (np.abs(same - pid) <= reach).any():
            return True
        first = int(np.searchsorted(docs, doc))
        if any(not _only_in_dateline(_passage_text(matcher, int(p)), terms) for p in same[same - first < _LEAD]):
            return True
    return False


_PERSONAL_PRONOUNS = frozenset("he she him her his hers they them their".split())


def _pronoun_stands_for(terms: frozenset[str], words: Sequence[str], pid: int, matcher: Matcher,
                        gender: str | None = None, reporting: frozenset[str] | None = None) -> bool | None:
    """Whether the subject "he" or "she" of a passage stands for the name whose index terms are
    ``terms`` and folded words ``words`` (:func:`_same_person`;
    :func:`factcheck.match.antecedents.pronoun_antecedent`, the subject chain of the
    sentences before it in its document): ``None`` where the passage's subject is no such pronoun,
    no antecedent is found, or the passage states the name itself. A name of the other
    ``gender`` ("masculine", "feminine": what its words say,
    :func:`factcheck.match.antecedents.person_gender`) is never the pronoun's. With
    ``reporting`` (verbs of saying: the name is a claim's reporter), only a pronoun that reports
    is compared."""
    docs = matcher.index.docs
    text = _passage_text(matcher, pid)
    if terms <= {t.key for t in tokenize(text)}:
        return None  # the passage names the person itself
    # (A name that reports is compared with the pronoun that reports the passage's words: its
    # subject's, "She said ...", or one after them, "..., he added.")
    tail = None
    if reporting is not None and not pronoun_reports(text, reporting):
        tail = tail_reporter(text, reporting)
        if tail is None:
            return None  # the name reports; the pronoun does something in the report
    if gender is not None and (tail or subject_pronoun(text)) not in (None, gender):
        return False
    first = int(np.searchsorted(docs, docs[pid]))
    lead = [_passage_tokens(matcher, p) for p in range(first, min(first + _LEAD, pid))]
    before = [_passage_text(matcher, p) for p in range(pid - 1, max(first - 1, pid - 1 - REACH), -1)]
    # (The title's capitalised words past its first, which any title capitalises: "Henry Clay".)
    known = frozenset(t.folded for tokens in lead[:1] for t in tokens[1:] if t.capital)
    antecedent = antecedent_for(tail, before, known) if tail is not None else pronoun_antecedent(text, before, known)
    if antecedent is None and (pronoun := tail or subject_pronoun(text)) is not None:
        antecedent = _biography_subject(lead, known, pronoun)
    if antecedent is None:
        return None
    if isinstance(antecedent, Described):
        # Someone the story gives by a description ("Nursultan's mother had ... She gave birth
        # to Nursultan"): the name is theirs where the document says so of it ("Gulbadar
        # Musinova, the victim's mother").
        head = frozenset(t.key for t in tokenize(antecedent.head) if t.key)
        if head and int(docs[pid]) in _documents_describing(terms, head, frozenset(), matcher):
            return True
    elif _same_person([t.folded for t in antecedent], words):
        return True
    # (A document's own subject, the subject of its title or lead, is what its pronouns most
    # often stand for, across the subject of a sentence about someone else: "Hellmayr moved to the
    # United States in 1922 ... He became a curator in 1926" of Alfred Laubmann's biography.)
    if (lead and _same_person(_opening_name(lead[0]), words)) or any(
            isinstance(subject := sentence_subject(tokens, known), tuple)
            and _same_person([t.folded for t in subject], words) for tokens in lead):
        return None
    return False


def _biography_subject(lead: Sequence[Sequence[Token]], known: frozenset[str], gender: str | None) \
        -> tuple[Token, ...] | None:
    """The person a biography is about, where its title is a name and its first sentence opens
    with that name as its subject ("Michael Faraday\n\nMichael Faraday (22 September 1791 - 25
    August 1867) was an English scientist ..."): the one its "he" or "she" stands for where no
    sentence before the pronoun gives another (a biography's subject is its discourse topic,
    the centre its pronouns keep across sentences about other things). ``None`` where the lead
    is not so, or the name's words say the other ``gender``."""
    if not lead:
        return None
    title = _opening_name(lead[0])
    for tokens in lead:  # (the title may be a passage of its own, or open the first sentence's)
        subject = sentence_subject(tokens, known)
        if isinstance(subject, tuple) and _same_person(title, [t.folded for t in subject]):
            return subject if person_gender(subject) in (None, gender) else None
    return None


def _same_person(antecedent: Sequence[str], words: Sequence[str]) -> bool:
    """Whether a name (its folded words) is the antecedent's (its folded words in order): it has
    the antecedent's last word (the surname, or the one word a story calls someone by: "Kask"),
    or each of its words is one of the antecedent's or begins one ("Tim" of "Timothy", three
    letters or more); a word spelled two ways is one (``same_word_of_name``: "Zhuravlev" /
    "Zhuravlyov"). A shared first name alone is another person ("Louis Philippe" / "Louis
    Auguste")."""
    words = [w for w in words if len(w) > 1]  # (an initial, "Thomas A. Steitz", matches any word with its letter)
    if not antecedent or not words:
        return False

    def one(a: str, w: str) -> bool:
        return a == w or (len(w) >= 3 and a.startswith(w)) or same_word_of_name(a, w)

    return any(one(antecedent[-1], w) for w in words) or all(any(one(a, w) for a in antecedent) for w in words)


def _opening_name(tokens: Sequence[Token]) -> list[str]:
    """The folded capitalised words before the first verb of a document's first
    passage: its title, or its lead's subject ("Albert Schweitzer, OM (14 January 1875 - ...)
    was", 'Samuel "Sam" Houston (...) was', "Vice Admiral of the Blue William Bligh, FRS, RN
    (...) was")."""
    names = []
    for t in tokens:
        if t.word and not t.capital and (t.folded in BE_FORMS or (verb_senses(t.folded) and not is_common_noun(t.folded))):
            break
        if t.word and t.capital and t.key:
            names.append(t.folded)
    return names


# A wire-service dateline opening a story: a place in capitals, a comma, and a dash after the rest
# of the place (AP Stylebook, "datelines"): "ALMATY, Kazakhstan -- ".
_DATELINE = re.compile(r"^\s*[A-Z][A-Z'’. -]+,[^.\n]{0,40}?\s(?:--|—|–)\s")


def _only_in_dateline(text: str, terms: frozenset[str]) -> bool:
    """Whether the passage states the terms only in its opening dateline."""
    dateline = _DATELINE.match(text)
    return dateline is not None and not terms <= {t.key for t in tokenize(text[dateline.end():])}


def _passage_text(matcher: Matcher, pid: int) -> str:
    passage = matcher.passages[pid]
    return matcher.corpus.documents[passage.doc].text[passage.start:passage.end]


def _documents_describing(name: frozenset[str], head: frozenset[str], owner: frozenset[str],
                          matcher: Matcher) -> frozenset[int]:
    """The documents with a passage that sets the description's noun (``head``) beside the name
    (:func:`_beside`), and states the owner's terms too, or has them in the passage just before
    it: "Another staunch independent outlet, Uralskaya Nedelya, has been the target of harassment
    for years. On several occasions, its chief editor, Lukpan Akhmediyarov, ..." (the owner, named
    in the sentence before, is "its")."""
    index = matcher.index
    found = index.containing_all(name | head)
    found = found[np.fromiter((_beside(_passage_tokens(matcher, int(pid)), name, head) for pid in found),
                              dtype=bool, count=len(found))]
    if not owner:
        return frozenset(np.unique(index.docs[found]).tolist()) | _documents_describing_by_pronoun(name, head, matcher)
    owning = index.containing_all(owner)
    before = np.maximum(found - 1, 0)  # (passage ids are signed: PID)
    near = np.isin(found, owning) | (np.isin(before, owning) & (before < found)
                                     & (index.docs[before] == index.docs[found]))
    return frozenset(np.unique(index.docs[found[near]]).tolist())


def _documents_describing_by_pronoun(name: frozenset[str], head: frozenset[str], matcher: Matcher) -> frozenset[int]:
    """The documents with a passage whose "he" or "she" is what the description's noun says
    ("She is a graduate of the University of Helsinki", :func:`_beside` with the pronoun for
    the name) within :data:`_NEAR` passages after one that states the name, or a word of it (a
    story names a person in full once, then by surname: "Kask told the paper ..."): a person's
    profile goes on in pronouns, as :func:`_named_near` reads them too."""
    index = matcher.index
    named = np.unique(np.concatenate([index.containing_all(frozenset({term})) for term in sorted(name)]))
    if not len(named):
        return frozenset()
    docs: set[int] = set()
    for pid, first, last in _named_before(index.containing_all(head), named):
        doc = int(index.docs[pid])
        if (index.docs[named[first:last]] == doc).any() and _may_say_he_or_she(text := _passage_text(matcher, pid)) \
                and _pronoun_described(tokenize(text), head):
            docs.add(doc)
    return frozenset(docs)


def _named_before(pids: np.ndarray, named: np.ndarray) -> list[tuple[int, int, int]]:
    """``(pid, first, last)`` for each passage of ``pids`` that has passages of ``named`` (sorted
    ascending) at most :data:`_NEAR` before it or at it: ``named[first:last]``, found by two binary
    searches for all the passages at once. (Testing every named passage against each passage
    cost 60 ms per claim name at 100 % of the Wikipedia sample, where a common noun's passages
    and a name's number in the tens of thousands.)"""
    first = np.searchsorted(named, pids - _NEAR, "left")
    last = np.searchsorted(named, pids, "right")
    some = last > first
    return list(zip(pids[some].tolist(), first[some].tolist(), last[some].tolist(), strict=True))


# "he" or "she" as a word of its own, in any case: in an ASCII text, where each token folds to its
# letters lowered, the one place a token "he" or "she" (:func:`tokenize`) can stand.
_HE_OR_SHE = re.compile(r"(?<!\w)s?he(?!\w)", re.IGNORECASE | re.ASCII)


def _may_say_he_or_she(text: str) -> bool:
    """False only where no token of the text is "he" or "she" (an ASCII text without either as a
    word): :func:`_pronoun_described` is then False, and the passage need not be tokenized (most
    passages a common noun's postings hold have no such pronoun). Another script may fold to
    those letters, so a text outside ASCII may always have one."""
    return not text.isascii() or _HE_OR_SHE.search(text) is not None


def _pronoun_described(tokens: Sequence[Token], head: frozenset[str]) -> bool:
    """Whether a "he" or "she" is the subject of a predicate whose noun is in ``head``, within
    :data:`_DESCRIPTION_REACH` words of its verb ("She is a graduate of ...")."""
    for i, t in enumerate(tokens[:-1]):
        if t.folded in ("he", "she") and tokens[i + 1].folded in _DESCRIBING and tokens[i + 1].folded != ",":
            for k in range(i + 2, min(len(tokens), i + 2 + _DESCRIPTION_REACH)):
                if not tokens[k].word:
                    break
                if tokens[k].key in head:
                    return True
    return False


def _passage_tokens(matcher: Matcher, pid: int) -> tuple[Token, ...]:
    return tokenize(_passage_text(matcher, pid))


# Words from a name (or its parenthesis, or the "is" after it) to the noun of its apposition or
# predicate: "Dina Smailova, a former rape victim herself", "Smailova is the founder of ...".
_DESCRIPTION_REACH = 6
# What opens a description after a name: an apposition's comma, or a predicate's verb.
_DESCRIBING = frozenset((",", "became", "becomes", "as")) | BE_FORMS
# What may stand between a title and the name it comes before: the title's own "of" phrase
# ("the country's Ombudsman for Children, Aruzhan Sain"), or the words that give a name ("her
# son's name, Bear Blaze").
_TITLE_LINKS = frozenset((",", ":", "of", "for", "the", "name", "named", "called"))


def _beside(tokens: Sequence[Token], name: frozenset[str], head: frozenset[str]) -> bool:
    """Whether a passage says that the name is what its description's noun says: the noun in the
    apposition or predicate after the name ("Dina Smailova, a former rape victim herself";
    "Smailova is ..."), right after it ("his online S-Inform newspaper"), or in the title just
    before it ("its chief editor, Lukpan Akhmediyarov",
    "local journalist Amangeldy Batyrbekov", "the country's Ombudsman for Children, Aruzhan
    Sain"). Elsewhere in the sentence the noun is said of someone else: 003 has "Smailova, a
    former rape victim herself, praises ... convictions ... of police officers", which says
    nothing of her being a police officer."""
    for i, t in enumerate(tokens):
        if t.key not in name or (i > 0 and tokens[i - 1].key in name):
            continue
        end = i
        while end + 1 < len(tokens) and tokens[end + 1].key in name:
            end += 1
        after = end + 1
        if after < len(tokens) and tokens[after].key in head:  # "his online S-Inform newspaper"
            return True
        if after < len(tokens) and tokens[after].folded == "(":
            after = next((k + 1 for k in range(after, len(tokens)) if tokens[k].folded == ")"), after)
        if after < len(tokens) and tokens[after].folded in _DESCRIBING:
            for k in range(after + 1, min(len(tokens), after + 1 + _DESCRIPTION_REACH)):
                if not tokens[k].word:
                    break
                if tokens[k].key in head:
                    return True
        k = i - 1
        while k >= 0 and (tokens[k].folded in _TITLE_LINKS or (tokens[k].capital and tokens[k].key not in head)):
            k -= 1
        if k >= 0 and tokens[k].key in head:
            return True
    return False


def _described_as(claim: ClaimTerms, name: Value) -> tuple[frozenset[str], frozenset[str]]:
    """The term of the noun that the claim's apposition or predicate says a name is ("Erden
    Zikibay, a local journalist, drew ...": "journalist"; "Sharipa Batyrbekova is Nursultan's
    mother": "mother"; "beat up the young woman's brother, Rustam": "brother"), or nothing, and
    the terms of a name that owns it ("Nursultan's mother": "nursultan"), or nothing. A
    description is a fact about the one it names: a source states it where one passage has the
    name and that noun together. A name that owns the noun is part of it ("Lukpan Akhmediyarov,
    Ak Zhaiyk's chief editor": "editor" and "ak", "zhaiyk"): 001 has "its chief editor, Lukpan
    Akhmediyarov" of another paper, and Ak Zhaiyk's editor-in-chief in another passage."""
    if _reported_by(claim.text, name.end):
        return frozenset(), frozenset()  # "Nursultan's mother, Informburo.kz reported, moved ...": a report set in, no apposition
    found = _APPOSITIVE.match(claim.text, name.end) or _PREDICATIVE.match(claim.text, name.end)
    # (The claim's opening article or possessive read in lower case: "The other victim in the
    # attack, Rustam". A name that opens it stays one: "Nursultan's aunt, Sharipa Batyrbekova".)
    opening_lowered = claim.text[:1].lower() + claim.text[1:] if _OPENING_DETERMINER.match(claim.text) else claim.text
    if found is None and (before := _PRECEDING.search(opening_lowered, max(0, name.start - 80), name.start)) \
            and _noun_phrase(before.group(0).split()[1:]) and not _ATTRIBUTIVE.match(claim.text, name.end) \
            and (((before.start("opener") > 0 or opening_lowered is claim.text)
                  and not _PHRASE_AFTER_HEAD.search(claim.text, before.end("head"), name.start))
                 or _titled_head(before.group("head"))):
        # (Read past the claim's first word, or past a phrase after its head, the description
        # must name a person: "The other victim in the attack, Rustam", not a thing the name
        # stands beside, "the full weight of the law, Kazakhstan's ...".)
        found = before
    if found is None and (bare := _BARE_TITLE.search(claim.text, max(0, name.start - 80), name.start)
                          or _OPENING_TITLE.match(claim.text, 0, name.start)) \
            and _bare_title(bare, claim.text, name.end):
        found = bare
    # Modifiers are content words: "the club to join Millwall" and "a news outlet in Kazakhstan"
    # describe no one as a "join" or a "Kazakhstan" ("other" says which one: "the other victim"). A phrase of place after the head is read only
    # after a person's title ("the prosecutor in the case"): "a news outlet in Kazakhstan" stays
    # no description, as before the phrase was read.
    if found is None or not all(t.word and (t.key or t.folded == "other")
                                for t in tokenize(claim.text[found.end("opener"):found.start("head")])):
        return frozenset(), frozenset()
    if found.re is _APPOSITIVE and _PLACE_AFTER_HEAD.match(claim.text, found.end("head")) \
            and found.group("head") not in OFFICES and not is_person(found.group("head")):
        return frozenset(), frozenset()
    owner = terms_in(claim, [found.span("owner")]) if found.group("owner") else frozenset()
    return terms_in(claim, [found.span("head")]), owner


_NEXT_WORD = re.compile(r"(?:\.[a-z]{2,4})?\s*(?P<word>[A-Za-z]+)")  # (past a domain: "Informburo.kz reported")


def _reported_by(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is the subject of a verb of saying right after it
    ("Informburo.kz reported", "Smailova said"): it reports, and the noun phrase before it is
    the report's topic, not its description."""
    following = _NEXT_WORD.match(text, end)
    return following is not None and (following.group("word").lower() in SPEECH_VERBS
                                      or following.group("word").lower() in THAT_REPORTS)


def _noun_phrase(words: list[str]) -> bool:
    """Whether the words after a determiner are a noun phrase's (modifiers and a common noun
    last), not a verb's ("grandmother is called"): no form of "be", no past participle, and a
    last word WordNet knows as a noun."""
    words = [w.rstrip(",") for w in words]
    return bool(words) and is_common_noun(words[-1]) and not any(
        w in BE_FORMS or (w.endswith("ed") and not is_common_noun(w)) for w in words)


def _says(document: Document, words: tuple[str, ...]) -> bool:
    """Whether a document's text has the folded words in a row, any whitespace between them."""
    pattern = r"\b" + r"\s+".join(map(re.escape, words)) + r"\b"
    return re.search(pattern, _folded(document.text)) is not None


@functools.lru_cache(maxsize=64)  # a supporting document, asked again for each of its claims
def _folded(text: str) -> str:
    return fold(text)


def _dated(document: Document, value: Value) -> bool:
    """Whether a document's own date (its publication) states a date value of the claim."""
    day = document_date(document)
    if day is None or value.date is None:
        return False
    own = Value(kind="date", text=day.isoformat(), start=0, end=0, date=(day.year, day.month, day.day))
    return compare(value, own) is True


def documents_stating(terms: frozenset[str], matcher: Matcher) -> frozenset[int]:
    """The documents with a passage that states all the terms (none for no terms)."""
    if not terms:
        return frozenset()
    # Repeats dropped before the set is made: a common word's passages number in the hundred
    # thousands, its documents far fewer. The passages ascend and are numbered document by
    # document, so each document's run is one, and dropping a document equal to the one before
    # is one pass (np.unique sorted them again); any repeat left is the set's to drop.
    docs = matcher.index.docs[matcher.index.containing_all(terms)]
    if len(docs) > 1:
        docs = docs[np.concatenate(([True], docs[1:] != docs[:-1]))]
    return frozenset(docs.tolist())


def expected_values(claim: Claim) -> list[Value]:
    """Turn a claim's ``expect`` entries into values, read as the claims schema validated them
    (``expected_value``); offsets are past the claim text."""
    values: list[Value] = []
    offset = len(claim.text) + 1
    for kind, raw in claim.expect:
        try:
            value = expected_value(kind, raw)
        except ValueError:
            continue  # only a Claim made in code can hold one: a claims file with it is an error
        values.append(replace(value, start=offset, end=offset + len(raw)))
    return values


def _quote_disagreements(check: QuoteCheck | None) -> tuple[Disagreement, ...]:
    if check is None or check.status != "close" or check.source_id is None:
        return ()
    start, end, line = check.start or 0, check.end or 0, check.line or 0
    return tuple(Disagreement("quote", ours, theirs, check.source_id, line, check.found or "", start, end, start, end,
                              page=check.page) for ours, theirs in check.differences)
