"""Run the stages in order for each claim: candidates, values, stances, verdict, checks.

Returns data only; reporters render it and the CLI decides the exit code.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass

import numpy as np

from factcheck.conflicts.scan import find_conflicts
from factcheck.index.bm25 import Index
from factcheck.index.results import ResultCache
from factcheck.index.sources import Sources, open_sources
from factcheck.inputs.aliases import Aliases
from factcheck.inputs.claims import load_claims
from factcheck.inputs.drafts import find_drafts
from factcheck.match.align import Difference, align, quoted_terms
from factcheck.match.retrieve import Candidate, ClaimTerms, Matcher
from factcheck.models import (
    CiteCheck,
    Claim,
    ClaimResult,
    Conflict,
    ConflictReport,
    ConflictValue,
    Disagreement,
    Document,
    Evidence,
    Passage,
    QuoteCheck,
    Report,
    Value,
)
from factcheck.progress import Progress
from factcheck.run.parallel import check_claims
from factcheck.run.verify import verify_drafts
from factcheck.sources.corpus import Corpus
from factcheck.sources.normalize import variant_key
from factcheck.values import extract_values
from factcheck.values.clashes import QUANTITY_KINDS, compare_values
from factcheck.verdicts.decide import Assessment, assess, decide, value_terms
from factcheck.verdicts.quotes import QuoteFinder

DEFAULT_SOURCES = "seeds"
ASSESSED = 15
ALIGNED = 0.30  # coverage from which a candidate is aligned word by word with the claim
CROSS_CHECK_LIMIT = 10_000_000  # characters of sources up to which claims are cross-checked
VALUES_MEMO = 100_000  # passages whose parsed values a Checker keeps
CITED_ASSESSED = 5
VALUE_SOURCES = 3  # sources searched for a passage that states a claim value
NAME_KIND = frozenset({"name"})  # candidates whose values are compared, per claim
_NUMERIC_DETAIL = {"duration", "age", "ordinal"}


@dataclass(frozen=True, slots=True)
class Options:
    """Knobs of a run.

    ``cross_check``: a claim whose supporting sources disagree among themselves (what
    ``factcheck conflicts`` finds) is ``disputed``; ``aliases`` explains known differences.
    ``index``/``cache_dir``: whether to keep the corpus index on disk, and where.
    """

    top: int = 3
    cross_check: bool = True
    aliases: Aliases | None = None
    index: bool = True
    cache_dir: str | None = None

    def fingerprint(self) -> str:
        """What of these options a claim's result depends on, as a stable string."""
        aliases = self.aliases or Aliases()
        groups = [sorted(sorted(g) for g in side) for side in (aliases.same, aliases.different)]
        return repr((self.top, self.cross_check, CROSS_CHECK_LIMIT, groups))


class Checker:
    """Checks claims against one corpus; builds the index once and reuses it."""

    def __init__(self, corpus: Corpus, options: Options = Options(), *, passages: Sequence[Passage] | None = None,
                 index: Index | None = None, results: ResultCache | None = None) -> None:
        """``passages``, ``index`` and earlier ``results`` come from the persistent store
        when it is used."""
        self.corpus = corpus
        self.results = results
        self.options = options
        self.matcher = Matcher(corpus, passages, index)
        self.quotes = QuoteFinder(self.matcher)
        self._conflicts: tuple[Conflict, ...] | None = None
        self.warnings: list[str] = []
        self._passage_values: dict[tuple[int, int, int], list[Value]] = {}

    def check(self, claims: Sequence[Claim], progress: Progress | None = None) -> Report:
        """Check every claim, keeping their order."""
        results = []
        for done, claim in enumerate(claims, 1):
            results.append(self.check_claim(claim))
            if progress:
                progress("checking", done, len(claims))
        return Report(tuple(results))

    def check_claim(self, claim: Claim) -> ClaimResult:
        """Check one claim: verdict, evidence, disagreements, quote and citation (or take
        the result of the same claim on the same corpus from an earlier run)."""
        found = self.cached(claim)
        if found is None:
            found = self._check_claim(claim)
            self.remember(claim, found)
        return found

    def cached(self, claim: Claim) -> ClaimResult | None:
        """An earlier run's result for this claim, if the store has one."""
        return self.results.get(claim) if self.results is not None else None

    def remember(self, claim: Claim, result: ClaimResult) -> None:
        if self.results is not None:
            self.results.put(claim, result)

    def _check_claim(self, claim: Claim) -> ClaimResult:
        terms = self.matcher.claim_terms(claim.text)
        claim_values = extract_values(claim.text) + _expected_values(claim)
        valued = value_terms(terms, claim_values)
        named = value_terms(terms, claim_values, NAME_KIND)
        cited = {d for d in map(self.corpus.resolve, claim.cite) if d is not None}
        assessed = []
        shortlist = self._shortlist(self.matcher.candidates(terms, cited=cited), cited)
        for candidate in shortlist + self._value_candidates(terms, claim_values, shortlist):
            text = self.matcher.text_of(candidate)
            values = compare_values(claim_values, self._values_of(candidate, text), claim.text, text)
            alignment = align(claim.text, text) if candidate.coverage >= ALIGNED else None
            assessed.append(assess(terms, candidate, values, valued, named, cited=candidate.doc in cited,
                                   alignment=alignment))
        decision = decide(terms, assessed, claim_values, quoted_terms(claim.text), self._named_in(claim_values, terms))
        ranked = self._rank([a for a in decision.assessed if a.stance], claim)
        evidence = [self._evidence(a) for a in ranked]
        disputes = self._source_disputes(evidence) if decision.verdict in ("supported", "partial") else []
        if disputes:  # the other side leads next to the support, so that both are shown
            evidence[1:1] = [e for e, _ in disputes]
        quote_check = self.quotes.check(claim.quote) if claim.quote else None
        disagreements = (self._disagreements(ranked, decision.verdict) + tuple(d for _, d in disputes)
                         + _quote_disagreements(quote_check))
        return ClaimResult(
            claim=claim,
            verdict="disputed" if disputes else decision.verdict,
            score=ranked[0].candidate.score if ranked else 0.0,
            evidence=tuple(evidence[: self.options.top]),
            disagreements=disagreements,
            missing=_missing_words(claim.text, terms.spans, decision.missing_terms, decision.missing_values, decision.verdict),
            quote_check=quote_check,
            cite_check=self._cite_check(claim, decision.assessed, decision.verdict) if claim.cite else None,
        )

    def _named_in(self, claim_values: Sequence[Value], terms: ClaimTerms) -> list[dict[int, int]]:
        """For each name the claim states, how many passages of each document state all its words."""
        index = self.matcher.index
        found = []
        for value in claim_values:
            if value.kind == "name" and value.end <= len(terms.text):
                wanted = [t for s, e, t in terms.spans if s < value.end and value.start < e]
                docs = index.docs[index.containing_all(wanted)] if wanted else np.zeros(0, dtype=int)
                found.append({int(d): int(n) for d, n in zip(*np.unique(docs, return_counts=True), strict=True)})
        return found

    @staticmethod
    def _shortlist(candidates: Sequence[Candidate], cited: set[int]) -> list[Candidate]:
        """The best candidates overall, plus the best few of the cited sources."""
        best = list(candidates[:ASSESSED])
        best += [c for c in candidates[ASSESSED:] if c.doc in cited][:CITED_ASSESSED]
        return best

    def _values_of(self, candidate: Candidate, text: str) -> list[Value]:
        """The values a candidate passage states, parsed once per run: many claims of a
        run meet the same passages. The memo is bounded so that a long run stays small."""
        key = (candidate.doc, candidate.start, candidate.end)
        found = self._passage_values.get(key)
        if found is None:
            if len(self._passage_values) >= VALUES_MEMO:
                self._passage_values.clear()
            reference = self.corpus.documents[candidate.doc].date
            found = self._passage_values[key] = extract_values(text, reference=reference)
        return found

    def share_conflicts(self, conflicts: tuple[Conflict, ...] | None) -> None:
        """Take the corpus's disagreements found by another checker of the same corpus."""
        if conflicts is not None:
            self._conflicts = conflicts

    def conflicts(self) -> tuple[Conflict, ...]:
        """The corpus's disagreements between sources, found once, on first need."""
        if self._conflicts is None and self.results is not None:
            self._conflicts = self.results.get_named("cross-check")
        if self._conflicts is None:
            found = find_conflicts(self.corpus.documents, self.options.aliases,
                                   passages=self.matcher.passages, index=self.matcher.index).conflicts
            self._conflicts = tuple(c for c in found if not c.explained and c.kind != "name_variant")
            if self.results is not None:
                self.results.put_named("cross-check", self._conflicts)
        return self._conflicts

    def cross_checking(self) -> bool:
        """Whether claims are cross-checked: asked for, and the corpus small enough for a
        search of all its disagreements (which grows with the corpus) to be worth it."""
        if not self.options.cross_check:
            return False
        if self.corpus.size <= CROSS_CHECK_LIMIT:
            return True
        if not self.warnings:
            self.warnings.append(
                f"cross-check skipped: {self.corpus.size / 1e6:.0f} MB of sources is over its "
                f"{CROSS_CHECK_LIMIT / 1e6:.0f} MB limit; run `factcheck conflicts` to see where they disagree")
        return False

    def _source_disputes(self, evidence: Sequence[Evidence]) -> list[tuple[Evidence, Disagreement]]:
        """Where a passage that supports the claim is one side of a disagreement between
        sources, the other sides: as contradicting evidence, and as disagreements."""
        supports = [e for e in evidence if e.stance == "supports"]
        if not supports or not self.cross_checking():
            return []
        found: dict[tuple[str, int], tuple[Evidence, Disagreement]] = {}
        for conflict in self.conflicts():
            ours = next((v for v in conflict.values for e in supports
                         if v.source_id == e.source_id and v.start < e.end and e.start < v.end), None)
            if ours is None:
                continue
            for other in conflict.values:
                if other.source_id != ours.source_id:
                    found.setdefault((other.source_id, other.start), _dispute(conflict, ours, other))
        return list(found.values())

    def _value_candidates(self, terms: ClaimTerms, claim_values: Sequence[Value], shortlist: Sequence[Candidate]) -> list[Candidate]:
        """Passages of the shortlisted sources that state one of the claim's numbers or dates."""
        docs = {c.doc for c in shortlist[:VALUE_SOURCES]}
        taken = {p for c in shortlist for p in c.passages}
        found: list[Candidate] = []
        for value in claim_values:
            if value.kind in QUANTITY_KINDS and value.end <= len(terms.text):
                for candidate in self.matcher.containing(terms, value.text, docs):
                    if taken.isdisjoint(candidate.passages):
                        found.append(candidate)
                        taken.update(candidate.passages)
        return found

    def _rank(self, assessed: Sequence[Assessment], claim: Claim) -> list[Assessment]:
        """Order evidence: the best supporting and the best contradicting passage lead;
        then what the cited sources say, best match first (the writer leans on them);
        then the other sources, supporting and contradicting before merely related, one
        item per source before a second from the same one."""
        cited = {self.corpus.resolve(c) for c in claim.cite}
        ordered = sorted(assessed, key=lambda a: (
            a.candidate.doc not in cited, a.stance == "related" and a.candidate.doc not in cited,
            -a.candidate.score, a.candidate.doc, a.candidate.start))
        firsts, rest, seen = [], [], set()
        for a in ordered:
            (rest if a.candidate.doc in seen and a.candidate.doc not in cited else firsts).append(a)
            seen.add(a.candidate.doc)
        ranked = firsts + rest
        # The evidence the verdict rests on leads: the best supporting and the best
        # contradicting passage (both, for a disputed claim), whatever --top is.
        decisive = [next((a for a in ranked if a.stance == s), None) for s in ("supports", "contradicts")]
        leading = [a for a in decisive if a is not None]
        return leading + [a for a in ranked if all(a is not d for d in leading)]

    def _document(self, candidate: Candidate) -> Document:
        return self.corpus.documents[candidate.doc]

    def _evidence(self, assessment: Assessment) -> Evidence:
        c = assessment.candidate
        document = self._document(c)
        line, column = document.position(c.start)
        return Evidence(document.id, document.path, line, column, c.start, c.end,
                        document.text[c.start:c.end], c.score, assessment.stance, document.position(c.end)[0])

    def _disagreements(self, ranked: Sequence[Assessment], verdict: str) -> tuple[Disagreement, ...]:
        found: dict[tuple[str, str, str, str], Disagreement] = {}
        for a in ranked:
            pairs = [(("date" if v.kind == "date" else "number") if v.kind != "name" else "name", v, o)
                     for v, o in a.values.conflicts] if a.stance == "contradicts" else []
            pairs += [("name_variant", _word_value(word), o) for word, o in a.values.variants]
            for kind, ours, theirs in pairs:
                d = self._disagreement(kind, ours, theirs, a.candidate)
                found.setdefault((kind, d.claim_value.casefold(), d.source_value, d.source_id), d)
            words = a.differences if a.stance == "contradicts" else ()
            words += a.hedges if a.stance == "supports" and verdict == "partial" else ()
            for difference in words:
                d = self._word_disagreement(difference, a.candidate)
                found.setdefault((d.kind, d.claim_value.casefold(), d.source_value, d.source_id), d)
        return tuple(found.values())

    def _word_disagreement(self, difference: Difference, candidate: Candidate) -> Disagreement:
        """A difference the alignment found (negation, antonym, entity, quantifier, hedge), located."""
        document = self._document(candidate)
        value_start, value_end = (candidate.start + o for o in difference.passage_span)
        return Disagreement(difference.kind, difference.claim_words, difference.passage_words, document.id,
                            document.position(value_start)[0], document.text[candidate.start:candidate.end],
                            candidate.start, candidate.end, value_start, value_end,
                            claim_start=difference.claim_span[0], claim_end=difference.claim_span[1])

    def _disagreement(self, kind: str, ours: Value, theirs: Value, candidate: Candidate) -> Disagreement:
        document = self._document(candidate)
        value_start, value_end = candidate.start + theirs.start, candidate.start + theirs.end
        source_value = theirs.text
        if kind == "name_variant":
            source_value = next((w for w in theirs.text.split() if variant_key(w) == variant_key(ours.text)), theirs.text)
        return Disagreement(kind, ours.text, source_value, document.id, document.position(value_start)[0],
                            document.text[candidate.start:candidate.end], candidate.start, candidate.end,
                            value_start, value_end, ours.kind if ours.kind in _NUMERIC_DETAIL else "")

    def _cite_check(self, claim: Claim, assessed: Sequence[Assessment], verdict: str) -> CiteCheck:
        resolved = {c: self.corpus.resolve(c) for c in claim.cite}
        unknown = tuple(c for c, doc in resolved.items() if doc is None)
        about = [a for a in assessed if a.stance in ("supports", "contradicts")]
        if not about and verdict == "partial":
            about = sorted((a for a in assessed if a.stance), key=lambda a: -a.candidate.coverage)[:1]
        found_in = sorted({self.corpus.documents[a.candidate.doc].id for a in about})
        cited_ids = {self.corpus.documents[d].id for d in resolved.values() if d is not None}
        if unknown:
            status = "unknown_source"
        elif cited_ids & set(found_in):
            status = "ok"
        else:
            status = "wrong_source" if found_in else "not_found"
        return CiteCheck(status, claim.cite, tuple(found_in), unknown)


def _dispute(conflict: Conflict, ours: ConflictValue, other: ConflictValue) -> tuple[Evidence, Disagreement]:
    """The other side of a disagreement between sources, as evidence and as a disagreement."""
    evidence = Evidence(other.source_id, other.path, other.line, other.column, other.start, other.end, other.quote,
                        round(100 * conflict.confidence, 1), "contradicts",
                        other.line + other.quote.count("\n"))
    disagreement = Disagreement(conflict.kind, ours.value, other.value, other.source_id, other.line, other.quote,
                                other.start, other.end, other.value_start, other.value_end, conflict.subject)
    return evidence, disagreement


def _word_value(word: str) -> Value:
    return Value("name", word, 0, len(word))


def _expected_values(claim: Claim) -> list[Value]:
    """Turn a claim's ``expect`` entries into values; offsets are past the claim text."""
    values: list[Value] = []
    offset = len(claim.text) + 1
    for kind, raw in claim.expect:
        if kind == "name":
            values.append(Value("name", raw, offset, offset + len(raw), key=" ".join(variant_key(w) for w in raw.split())))
            continue
        parsed = [v for v in extract_values(raw) if (v.kind == "date") == (kind == "date")]
        values.extend(Value(v.kind, raw, offset, offset + len(raw), v.amount, v.unit, v.date, v.key) for v in parsed[:1])
    return values


def _quote_disagreements(check: QuoteCheck | None) -> tuple[Disagreement, ...]:
    if check is None or check.status != "close" or check.source_id is None:
        return ()
    start, end, line = check.start or 0, check.end or 0, check.line or 0
    return tuple(Disagreement("quote", ours, theirs, check.source_id, line, check.found or "", start, end, start, end)
                 for ours, theirs in check.differences)


def _missing_words(text: str, spans: Sequence[tuple[int, int, str]], terms: frozenset[str],
                   values: Sequence[Value], verdict: str) -> tuple[str, ...]:
    """The claim's own words (and values) that no supporting passage states, as phrases."""
    if verdict != "partial":
        return ()
    ranges = sorted({(s, e) for s, e, t in spans if t in terms} | {(v.start, v.end) for v in values if v.end <= len(text)})
    merged: list[list[int]] = []
    for start, end in ranges:
        if merged and (start <= merged[-1][1] or not text[merged[-1][1]:start].strip(" ,")):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple(text[s:e] for s, e in merged)


@dataclass(frozen=True, slots=True)
class Run:
    """A finished run: the report and the warnings met on the way (skipped sources)."""

    report: Report
    warnings: tuple[str, ...]


def run_check(claim_paths: Sequence[str], sources: Sequence[str] = (), *, options: Options = Options(),
              skip_bad_sources: bool = False, progress: Progress | None = None) -> Run:
    """Load claims files and check them against their sources.

    ``sources`` overrides every file's own ``sources:``; without either, ``./seeds``
    is used (CONTRACT.md section 1). Claims keep their file order.
    """
    files = load_claims(claim_paths)
    groups: dict[tuple[str, ...], list[Claim]] = {}
    for claim_file in files:
        roots = tuple(sources) or claim_file.sources or (DEFAULT_SOURCES,)
        groups.setdefault(roots, []).extend(claim_file.claims)
    results: dict[str, ClaimResult] = {}
    warnings: list[str] = []
    for roots, claims in groups.items():
        run = check_claims_against(claims, roots, options=options, skip_bad_sources=skip_bad_sources,
                                   progress=progress)
        results.update((result.claim.id, result) for result in run.report.results)
        warnings.extend(run.warnings)
    ordered = tuple(results[c.id] for f in files for c in f.claims)
    return Run(Report(ordered), tuple(dict.fromkeys(warnings)))


def check_claims_against(claims: Sequence[Claim], sources: Sequence[str] = (), *, options: Options = Options(),
                         skip_bad_sources: bool = False, progress: Progress | None = None) -> Run:
    """Check claims made in code against the sources (default ``./seeds``), as ``check``
    does: through the persistent index, on every core for a long run, reusing the results
    of an earlier run on the same corpus."""
    with _open(sources or (DEFAULT_SOURCES,), options, skip_bad_sources, progress) as opened:
        checker = _checker(opened, options)
        report = check_claims(checker, claims, opened.store, opened.digest, progress)
    return Run(report, (*opened.corpus.warnings, *checker.warnings))


def run_verify(draft_paths: Sequence[str], sources: Sequence[str] = (), *, options: Options = Options(),
               skip_bad_sources: bool = False, progress: Progress | None = None) -> Run:
    """Check drafts sentence by sentence (CONTRACT.md section 6) against ``sources``
    (default ``./seeds``). A missing or unreadable draft fails before any indexing."""
    find_drafts(draft_paths)
    with _open(sources or (DEFAULT_SOURCES,), options, skip_bad_sources, progress) as opened:
        checker = _checker(opened, options)
        checker.cross_checking()  # decided (and warned about) up front, as for check
        verified = verify_drafts(draft_paths, checker)
    return Run(verified.report, (*opened.corpus.warnings, *checker.warnings))


def run_conflicts(sources: Sequence[str] = (), *, options: Options = Options(), min_confidence: float = 0.5,
                  skip_bad_sources: bool = False, progress: Progress | None = None) -> tuple[ConflictReport, tuple[str, ...]]:
    """Find where the sources (default ``./seeds``) disagree with each other; returns the
    report and the warnings met on the way. Uses the persistent index like a check, and
    the report of an earlier run on the same corpus."""
    with _open(sources or (DEFAULT_SOURCES,), options, skip_bad_sources, progress) as opened:
        name = f"conflicts\0{min_confidence!r}"
        report = opened.results.get_named(name) if opened.results is not None else None
        if report is None:
            report = find_conflicts(opened.corpus.documents, options.aliases, min_confidence,
                                    passages=opened.passages, index=opened.index)
            if opened.results is not None:
                opened.results.put_named(name, report)
    return report, tuple(opened.corpus.warnings)


def _open(roots: Sequence[str], options: Options, skip_bad: bool,
          progress: Progress | None) -> AbstractContextManager[Sources]:
    return open_sources(roots, use_index=options.index, cache_dir=options.cache_dir, skip_bad=skip_bad,
                        progress=progress, fingerprint=options.fingerprint())


def _checker(sources: Sources, options: Options) -> Checker:
    return Checker(sources.corpus, options, passages=sources.passages, index=sources.index, results=sources.results)
