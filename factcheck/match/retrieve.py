"""Find and score the passages that speak to a claim: retrieval, then fuzzy alignment.

The index proposes candidates cheaply; each is then scored by how much of the claim's
weighted vocabulary it covers (with rapidfuzz absorbing typos and spelling variants of
long words) and by a rapidfuzz alignment of the two texts. A claim may draw on two
adjacent sentences of a source, so each good sentence is also tried with its neighbours.
"""

from __future__ import annotations

import itertools
import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import cast

import numpy as np
from rapidfuzz import fuzz, process

from factcheck.index.bm25 import Index, term, terms
from factcheck.lexicon.nouns import is_common_noun
from factcheck.lexicon.phrasal import PARTICLES
from factcheck.lexicon.surnames import gendered_pair
from factcheck.lexicon.titles import HONORIFICS
from factcheck.lexicon.verbs import is_verb_lemma
from factcheck.match.cues import negated_participle_term
from factcheck.match.synonyms import phrasal_partner_terms, phrasal_synonym_terms, synonym_terms
from factcheck.models import Passage
from factcheck.sources.corpus import Corpus
from factcheck.sources.normalize import fold, normalize, word_strings, words
from factcheck.sources.passages import mask, split_passages

RETRIEVE = 40          # passages taken from the index per claim
CITED_RETRIEVE = 15    # passages taken from the cited sources alone
WINDOW_GAIN = 0.12     # a two-sentence window must add this much coverage to be preferred
_FUZZY_WORD = 88.0     # rapidfuzz ratio for two long words to count as one
_FUZZY_MIN_LEN = 5
VIEWS_CACHE = 64       # documents whose masked text (see Matcher.view) is kept
_BEFORE_NAME = re.compile(r"\.?[ \t\u00a0]+[A-Z]")  # what follows a title before a name: "Mr Smith", "Dr. Okafor"
# The noun of a complex subordinator or preposition (Quirk et al. 1985, §9.10 and §14.12): "in
# order to" says "for"; its "order" is no word of the claim a source must state.
_FUNCTION_NOUN = re.compile(r"\b(?:in|by)\s+(order|spite|means|way|terms|view|lieu)\s+(?:to|that|of)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ClaimTerms:
    """A claim's folded text, its terms with weights, and where each term stands in the claim."""

    text: str
    folded: str
    weights: dict[str, float]
    spans: tuple[tuple[int, int, str], ...]   # (start, end, term) in the claim's own text
    # term -> the terms of its words' WordNet synonyms (factcheck.match.synonyms), which a passage
    # may use instead: "established" counts as found in "founded"
    synonyms: dict[str, frozenset[str]] = field(default_factory=dict)
    # term of a phrasal verb's verb -> (term, particle) of the phrasal verbs of the same particle
    # that are its WordNet synonyms (factcheck.match.synonyms.phrasal_partner_terms): "switched
    # off" counts as found where a passage says "turned off", not where it says "turned"
    phrasal: dict[str, frozenset[tuple[str, str]]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One passage or window of adjacent passages, scored against a claim."""

    doc: int
    start: int
    end: int
    passages: tuple[int, ...]
    coverage: float
    alignment: float
    score: float
    matched: frozenset[str]


class Matcher:
    """Holds a corpus, its passages and its index; answers ``candidates(claim)``."""

    def __init__(self, corpus: Corpus, passages: Sequence[Passage] | None = None, index: Index | None = None) -> None:
        """``passages`` and ``index``, when given, come from the persistent store;
        otherwise the corpus is split and indexed in memory, with the same result."""
        self.corpus = corpus
        self.passages: Sequence[Passage] = passages if passages is not None else [
            p for i, d in enumerate(corpus.documents) for p in split_passages(d, i)
        ]
        self.index = index if index is not None else Index.build(self.passages)
        # Index.docs[pid] is passage pid's document whichever way the index was made; asked of
        # the store's passages, that spares making a Passage (its document read) to learn it.
        self._indexed_docs = len(self.index.docs) == len(self.passages)
        # The store's passages keep their offsets in arrays: read there, a neighbour's bounds
        # need no Passage made (its text sliced from the document's view and folded).
        starts, ends = getattr(self.passages, "starts", None), getattr(self.passages, "ends", None)
        self._offsets = (starts, ends) if isinstance(starts, np.ndarray) and isinstance(ends, np.ndarray) else None
        self._terms: dict[int, frozenset[str]] = {}
        self._phrasal: dict[int, frozenset[tuple[str, str]]] = {}
        self._views: OrderedDict[int, str] = OrderedDict()
        self._claim: _ClaimState | None = None  # see _state

    def claim_terms(self, text: str) -> ClaimTerms:
        """Fold a claim and weight its terms by how rare they are in the corpus.

        A courtesy title before a capitalised name ("Mr Smith", "Dr. Okafor": :data:`HONORIFICS`)
        is no term of the claim: a source that names "John Smith" states who is meant; nor is the
        noun of a complex subordinator or preposition ("in order to", "in spite of":
        :data:`_FUNCTION_NOUN`)."""
        normalized = normalize(text)
        spans = []
        synonyms: dict[str, frozenset[str]] = {}
        phrasal: dict[str, frozenset[tuple[str, str]]] = {}
        functional = {m.start(1) for m in _FUNCTION_NOUN.finditer(text)}
        found_words = list(words(normalized.text))
        for n, (start, end, word) in enumerate(found_words):
            t = term(word)
            if t is not None:
                o_start, o_end = normalized.span(start, end)
                if word in HONORIFICS and _BEFORE_NAME.match(text, o_end):
                    continue  # "Mr Smith": a courtesy title says nothing a source must state
                if o_start in functional:
                    continue  # "in order to": a subordinator's noun
                spans.append((o_start, o_end, t))
                found = synonym_terms(word)
                if (bare := negated_participle_term(word)) is not None:
                    found = found | {bare}  # "unpunished": a passage that says "no one was ever punished"
                if n + 1 < len(found_words) and found_words[n + 1][2] in PARTICLES \
                        and not normalized.text[end:found_words[n + 1][0]].strip():
                    # A phrasal verb ("was set up in 2015"): its verb stands for the phrasal
                    # verb's synonyms too ("was established in 2017").
                    particle = found_words[n + 1][2]
                    found = found | phrasal_synonym_terms(word, particle)
                    partners = frozenset((other, particle) for other in phrasal_partner_terms(word, particle))
                    if partners:
                        phrasal[t] = phrasal.get(t, frozenset()) | partners
                if found:
                    synonyms[t] = synonyms.get(t, frozenset()) | found
        weights = {t: max(self.index.idf(t), 0.5) for _, _, t in spans}
        return ClaimTerms(text, normalized.text, weights, tuple(spans), synonyms, phrasal)

    def passage_terms(self, pid: int) -> frozenset[str]:
        """Terms of one passage, computed once per run."""
        cached = self._terms.get(pid)
        if cached is None:
            # The set of terms() without its list: the words mapped in C, stopwords' None dropped.
            found: set[str | None] = set(map(term, word_strings(self.passages[pid].norm)))
            found.discard(None)
            cached = self._terms[pid] = cast(frozenset[str], frozenset(found))
        return cached

    def passage_phrasal(self, pid: int) -> frozenset[tuple[str, str]]:
        """(term, particle) of each word of one passage followed by a particle ("turned off":
        ("turn", "off")), computed once per run, and only for claims with a phrasal verb."""
        cached = self._phrasal.get(pid)
        if cached is None:
            found = word_strings(self.passages[pid].norm)
            cached = self._phrasal[pid] = frozenset(
                (key, particle) for word, particle in itertools.pairwise(found)
                if particle in PARTICLES and (key := term(word)) is not None)
        return cached

    def candidates(self, claim: ClaimTerms, *, docs: set[int] | None = None, cited: set[int] | None = None,
                   limit: int = RETRIEVE) -> list[Candidate]:
        """Return scored candidates for a claim, best first (deterministic order).

        ``docs`` restricts the search; ``cited`` documents are also searched on their
        own, so that what a cited source says is found however large the corpus is.
        """
        hits = self.index.search(claim.weights, limit, docs=docs)
        if cited:
            hits += self.index.search(claim.weights, CITED_RETRIEVE, docs=cited)
        found: dict[tuple[int, ...], Candidate] = {}
        bm25 = dict(sorted(hits, key=lambda hit: hit[1]))  # the higher score wins for a passage found twice
        top = max(bm25.values(), default=1.0) or 1.0
        matches: dict[int, frozenset[str]] = {}
        pids = list(dict.fromkeys(pid for pid, _ in hits))
        adjacent = {window: self._adjacent(window) for pid in pids for window in ((pid - 1, pid), (pid, pid + 1))}
        # The passages whose terms the loop below reads: each hit and its neighbours in its paragraph,
        # their terms compared with the claim's long terms all at once (_ClaimState.meet).
        read = dict.fromkeys(p for pid in pids for window in ((pid - 1, pid), (pid, pid + 1))
                             for p in (window if adjacent[window] else (pid,)))
        self._state(claim).meet([self.passage_terms(p) for p in read])
        for pid in pids:
            best = self._score(claim, (pid,), bm25[pid] / top, matches)
            for window in ((pid - 1, pid), (pid, pid + 1)):
                # Cheap test first: a window is worth aligning only if it adds coverage.
                if adjacent[window] and self._coverage(claim, window, matches) >= best.coverage + WINDOW_GAIN:
                    best = self._score(claim, window, sum(bm25.get(p, 0.0) for p in window) / len(window) / top, matches)
            found.setdefault(best.passages, best)
        return _without_overlaps(sorted(found.values(), key=lambda c: (-c.score, c.doc, c.start)))

    def containing(self, claim: ClaimTerms, phrase: str, docs: set[int], *, limit: int = 5) -> list[Candidate]:
        """Passages of ``docs`` that contain every term of ``phrase`` (a value of the claim),
        scored against the claim; used to confirm a value wherever a source states it."""
        wanted = terms(fold(phrase))
        if not wanted or not docs:
            return []
        hits = self.index.containing_all(wanted, docs=docs)
        return [self._score(claim, (int(pid),)) for pid in hits[:limit]]

    def _adjacent(self, window: tuple[int, int]) -> bool:
        """Two passages are adjacent when they follow each other within one paragraph."""
        first, second = window
        if first < 0 or second >= len(self.passages) or self._doc(first) != self._doc(second):
            return False
        if self._offsets is not None:
            text = self.corpus.documents[self._doc(first)].text
            return "\n\n" not in text[int(self._offsets[1][first]):int(self._offsets[0][second])]
        text = self.corpus.documents[self.passages[first].doc].text
        return "\n\n" not in text[self.passages[first].end:self.passages[second].start]

    def _doc(self, pid: int) -> int:
        """The document of a passage, from the index's array when the passages come from the
        store: a neighbour in another document is then never read (its document loaded and
        masked) only to find that it is in another document."""
        return int(self.index.docs[pid]) if self._indexed_docs else self.passages[pid].doc

    def _matched(self, claim: ClaimTerms, pids: tuple[int, ...], matches: dict[int, frozenset[str]]) -> frozenset[str]:
        """The claim's terms found in the passages (cached per passage for one claim)."""
        for pid in pids:
            if pid not in matches:
                passage_terms = self.passage_terms(pid)
                exact = passage_terms.intersection(claim.weights)  # one set operation for the exact matches
                # A claim term is found exactly, as one of its WordNet synonyms, or (long and not
                # a number) as a near-match (typos, variants); only the terms that may be found
                # the last two ways (:attr:`_ClaimState.loose`) are looked at one by one.
                synonyms = claim.synonyms
                state = self._state(claim)
                near = state.near_in(passage_terms)  # (the passage's terms met once, not once per term)
                loose = [t for t in state.loose if t not in exact and (
                    (t in synonyms and not passage_terms.isdisjoint(synonyms[t]))
                    or (t in near and not near[t].isdisjoint(passage_terms))
                    or (t in claim.phrasal and not self.passage_phrasal(pid).isdisjoint(claim.phrasal[t])))]
                matches[pid] = exact.union(loose) if loose else exact
        if len(pids) == 1:
            return matches[pids[0]]
        return frozenset().union(*(matches[p] for p in pids))

    def _state(self, claim: ClaimTerms) -> _ClaimState:
        """What the matcher keeps of the last claim asked (:class:`_ClaimState`)."""
        if self._claim is None or self._claim.claim is not claim:
            self._claim = _ClaimState(claim)
        return self._claim

    def _coverage(self, claim: ClaimTerms, pids: tuple[int, ...], matches: dict[int, frozenset[str]]) -> float:
        total = sum(claim.weights.values()) or 1.0
        return weight_of(claim, self._matched(claim, pids, matches)) / total

    def _score(self, claim: ClaimTerms, pids: tuple[int, ...], rank: float = 0.0,
               matches: dict[int, frozenset[str]] | None = None) -> Candidate:
        """Score passages against a claim: weighted coverage, rapidfuzz alignment, and the
        retrieval rank (BM25 relative to the claim's best hit), which breaks near-ties
        in favour of the passage that shares the rarest words."""
        matched = self._matched(claim, pids, {} if matches is None else matches)
        total = sum(claim.weights.values()) or 1.0
        coverage = weight_of(claim, matched) / total
        first, last = self.passages[pids[0]], self.passages[pids[-1]]
        norm = " ".join(self.passages[p].norm for p in pids)
        alignment = fuzz.partial_ratio(claim.folded, norm) if len(claim.folded) <= len(norm) else fuzz.ratio(claim.folded, norm)
        score = round(100.0 * (0.7 * coverage + 0.2 * alignment / 100.0 + 0.1 * rank), 1)
        return Candidate(first.doc, first.start, last.end, pids, coverage, alignment, score, matched)

    def text_of(self, candidate: Candidate) -> str:
        """A candidate's text as read: ``view(doc)[start:end]``, the source's words with its
        markup and reference markers blanked (same length, so an offset in it is an offset
        in the source slice ``text[start:end]``, which is what evidence quotes)."""
        return self.view(candidate.doc)[candidate.start:candidate.end]

    def view(self, doc: int) -> str:
        """Document ``doc`` as read (:func:`factcheck.sources.passages.mask`); the last
        :data:`VIEWS_CACHE` are kept."""
        shared = getattr(self.passages, "view", None)  # the store's passages keep their documents' views
        if shared is not None:
            return str(shared(doc))
        found = self._views.get(doc)
        if found is None:
            found = self._views[doc] = mask(self.corpus.documents[doc])
            if len(self._views) > VIEWS_CACHE:
                self._views.popitem(last=False)
        else:
            self._views.move_to_end(doc)
        return found


class _ClaimState:
    """One claim's terms that a passage may state other than exactly, and the near-matches of
    its long terms among the passage terms met so far.

    ``loose``: the terms with WordNet synonyms or long enough for a near-match (:func:`_fuzzy`),
    in the claim's order. A long term is near-matched by a passage term of rapidfuzz ratio at
    least ``_FUZZY_WORD``, other than the other gendered form of a surname: "Batyrbekova" is
    not found in a passage that names "Batyrbekov" (:mod:`factcheck.lexicon.surnames`). Each
    long term is compared with the passage terms not met before in one rapidfuzz call for all the
    long terms and a whole batch of passages (:meth:`meet`), rather than one call per term and passage.
    """

    def __init__(self, claim: ClaimTerms) -> None:
        self.claim = claim
        self.loose = tuple(t for t in claim.weights if t in claim.synonyms or t in claim.phrasal or _fuzzy(t))
        self._long = tuple(t for t in self.loose if _fuzzy(t))
        self._met: set[str] = set()
        self._near: dict[str, set[str]] = {t: set() for t in self._long}  # a long term -> its near-matches met

    def meet(self, found: Sequence[frozenset[str]]) -> None:
        """Compare the long terms with the passage terms in ``found`` not met before."""
        new = set().union(*found)
        new -= self._met
        if not new:
            return
        self._met |= new
        if not self._long:
            return
        # One rapidfuzz call scores every long term against every new term (process.extract per
        # term converted the same choices once per term): the same ratios, as doubles, so the
        # same matches at the cutoff.
        choices = list(new)
        scores = process.cdist(self._long, choices, scorer=fuzz.ratio, score_cutoff=_FUZZY_WORD, dtype=np.float64,
                               workers=1)
        for t, row in zip(self._long, scores, strict=True):
            near = self._near[t]
            for k in np.flatnonzero(row >= _FUZZY_WORD):
                match = choices[k]
                if not gendered_pair(t, match) and not _prefixed(t, match):
                    near.add(match)

    def near_in(self, passage_terms: frozenset[str]) -> dict[str, set[str]]:
        """Each long term's near-matches among the terms met, once the passage's terms are met:
        a passage term near-matches a long term ``t`` when it is in ``near_in(...)[t]``. A term's
        near-matches do not depend on when they were met. Callers must not change what is
        returned."""
        if self._long and not passage_terms <= self._met:
            self.meet([passage_terms])
        return self._near


def weight_of(claim: ClaimTerms, found: frozenset[str]) -> float:
    """The summed weights of the claim's terms in ``found``, added in the claim's own order: a
    set's order follows the process's hash seed, and floats added in another order may differ
    in the last bit, which a rounded score can show (the same input must give the same bytes)."""
    return sum(w for t, w in claim.weights.items() if t in found)


def _without_overlaps(ranked: list[Candidate]) -> list[Candidate]:
    """Keep each passage in one candidate only: the best-scoring one."""
    taken: set[int] = set()
    kept = []
    for candidate in ranked:
        if taken.isdisjoint(candidate.passages):
            kept.append(candidate)
            taken.update(candidate.passages)
    return kept


_PREFIX_LETTERS = 2  # letters before a whole term that make it another word: "ap-point", "un-identified"


def _prefixed(a: str, b: str) -> bool:
    """Whether one term is the other with :data:`_PREFIX_LETTERS` letters or more before it
    ("unidentifi" / "identifi", "impossibl" / "possibl"), or one letter before a word of its own
    (a WordNet noun or verb: "apoint" / "point", the terms of "appointed" and "point"): a prefix
    makes another word, often the opposite, not a misspelling of it (typos and transliterations
    change letters within a word, or its first letter alone: "Yerlan" / "Erlan")."""
    short, long = sorted((a, b), key=len)
    if not long.endswith(short) or len(long) == len(short):
        return False
    return len(long) - len(short) >= _PREFIX_LETTERS or is_common_noun(short) or is_verb_lemma(short)


def _fuzzy(t: str) -> bool:
    """Whether a term may match a passage's term that differs a little: long, not a number."""
    return len(t) >= _FUZZY_MIN_LEN and not t.isdigit()
