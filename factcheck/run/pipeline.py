"""One entry point per command (``run_check``, ``run_verify``, ``run_conflicts``) and the
:class:`Checker` that holds a corpus, its index and the memos of a run.

A claim's stages are in :mod:`factcheck.run.check`. Returns data only; reporters render it
and the CLI decides the exit code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext
from dataclasses import dataclass

from factcheck.conflicts.analysis import Analysis
from factcheck.conflicts.local import LocalSearch
from factcheck.conflicts.scan import DEFAULT_MIN_CONFIDENCE, find_conflicts, ranked
from factcheck.index.bm25 import Index
from factcheck.index.results import ResultCache
from factcheck.index.sources import Sources, open_sources
from factcheck.inputs.aliases import Aliases
from factcheck.inputs.claims import load_claims
from factcheck.inputs.drafts import find_drafts
from factcheck.match.retrieve import Candidate, Matcher
from factcheck.models import Claim, ClaimResult, Conflict, ConflictReport, Passage, Report, Value
from factcheck.progress import Progress
from factcheck.run.check import check_claim
from factcheck.run.garbage import fewer_full_collections
from factcheck.run.parallel import Answered, check_claims, draft_sentences
from factcheck.run.verify import verify_drafts
from factcheck.sources.corpus import Corpus
from factcheck.values import extract_values
from factcheck.values.conventions import UNSETTLED, document_conventions
from factcheck.values.dateline import document_date, statement_values
from factcheck.values.dates import may_read_relative_date
from factcheck.verdicts.quotes import QuoteFinder
from factcheck.workers import Engine

DEFAULT_SOURCES = "seeds"
VALUES_MEMO = 100_000  # passages whose parsed values a Checker keeps
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Options:
    """Knobs of a run.

    ``cross_check``: a claim whose supporting sources disagree among themselves (what
    ``factcheck conflicts`` finds) is ``disputed``; ``aliases`` explains known differences.
    ``index``/``cache_dir``: whether to keep the corpus index on disk, and where.
    ``follow_symlinks``: also read what symbolic links in the sources lead to outside them.
    ``cluster``: a Dask cluster's address (``factcheck.cluster.address``) to build the index
    and check claims on; not part of the fingerprint, since results are the same.
    """

    top: int = 3
    cross_check: bool = True
    aliases: Aliases | None = None
    index: bool = True
    cache_dir: str | None = None
    follow_symlinks: bool = False
    cluster: str | None = None

    def fingerprint(self) -> str:
        """What of these options a claim's result depends on, as a stable string."""
        aliases = self.aliases or Aliases()
        groups = [sorted(sorted(g) for g in side) for side in (aliases.same, aliases.different)]
        return repr((self.top, self.cross_check, groups))


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
        self._search: LocalSearch | None = None  # made on the first claim that needs it
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
        with fewer_full_collections():  # the run's memos are long-lived; see factcheck.run.garbage
            return check_claim(claim, self.corpus, self.matcher, self.quotes, self._values_of, top=self.options.top,
                               disputes=self.disputes if self.cross_checking() else None)

    def _values_of(self, candidate: Candidate, text: str) -> list[Value]:
        """The values a candidate passage states, parsed once per run: many claims of a
        run meet the same passages. The memo is bounded so that a long run stays small."""
        key = (candidate.doc, candidate.start, candidate.end)
        found = self._passage_values.get(key)
        if found is None:
            if len(self._passage_values) >= VALUES_MEMO:
                self._passage_values.clear()
            document = self.corpus.documents[candidate.doc]
            # A document's conventions (a scan of its whole text) settle how its digits read:
            # a passage without a digit (``\d``, as the value readers' patterns find them) never
            # asks them, and they are not worked out for it.
            conventions = document_conventions(document.text) if _DIGIT.search(text) else UNSETTLED
            # Nor is its date (its header read) worked out for a passage that states no date
            # relative to it: the only values it changes.
            reference = document_date(document) if may_read_relative_date(text) else None
            found = extract_values(text, reference=reference, conventions=conventions)
            # (The date of a dateline that opens the passage is when the story was filed, no date
            # of its first sentence's statement: "HARLOW BAY, June 20, 2024 -- Northgate Textiles
            # will cut ..." says nothing of when the plant opened. The page's date reads it.)
            found = statement_values(text, found)
            self._passage_values[key] = found
        return found

    def cross_checking(self) -> bool:
        """Whether claims are cross-checked (``Options.cross_check``), at any corpus size."""
        return self.options.cross_check

    def disputes(self, supporting: Sequence[int], retrieved: Sequence[int] = ()) -> tuple[Conflict, ...]:
        """The disagreements between sources that have a side in the ``supporting``
        passages (ids in the corpus's passages), found from those passages and tried
        against the ``retrieved`` ones (:class:`factcheck.conflicts.local.LocalSearch`):
        those ``factcheck conflicts`` reports at its default confidence, unexplained by
        the aliases file, names spelled two ways left out. The cost is bounded per
        passage, whatever the corpus's size."""
        if self._search is None:
            analysis = Analysis(self.corpus.documents, self.matcher.passages, self.matcher.index)
            self._search = LocalSearch(analysis, self.options.aliases)
        found = ranked(self._search.touching(supporting, retrieved), DEFAULT_MIN_CONFIDENCE)
        return tuple(c for c in found if not c.explained and c.kind != "name_variant")


@dataclass(frozen=True, slots=True)
class Run:
    """A finished run: the report and the warnings met on the way (skipped sources)."""

    report: Report
    warnings: tuple[str, ...]


def run_check(claim_paths: Sequence[str], sources: Sequence[str] = (), *, options: Options = Options(),
              skip_bad_sources: bool = False, progress: Progress | None = None) -> Run:
    """Load claims files and check them against their sources (``factcheck check``).

    Args:
        claim_paths: claims files (YAML, CONTRACT.md section 2) or folders of them.
        sources: source folders or files; they override every file's own ``sources:``;
            without either, ``./seeds`` is used (CONTRACT.md section 1).
        options: evidence items per claim, cross-check, aliases, the persistent index.
        skip_bad_sources: leave out an unreadable source with a warning instead of failing.
        progress: called with ``(stage, done, total)`` during long runs.

    Returns:
        A :class:`Run`: the report (one ClaimResult per claim, in file order) and the
        warnings met on the way (skipped sources, a skipped cross-check).

    Raises:
        InputError, InputErrors: a missing path, an invalid claims file (each problem at
            ``file:line:col``), an unreadable source without ``skip_bad_sources``.
    """
    warnings: list[str] = []  # claims files left out (a FIFO in a folder), then the sources' warnings
    files = load_claims(claim_paths, warnings)
    groups: dict[tuple[str, ...], list[Claim]] = {}
    for claim_file in files:
        roots = tuple(sources) or claim_file.sources or (DEFAULT_SOURCES,)
        groups.setdefault(roots, []).extend(claim_file.claims)
    results: dict[str, ClaimResult] = {}
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
    of an earlier run on the same corpus.

    Returns a :class:`Run` (results in the claims' order); raises InputError as
    :func:`run_check` does for the sources.
    """
    with _open(sources or (DEFAULT_SOURCES,), options, skip_bad_sources, progress) as opened:
        checker = _checker(opened, options)
        report = check_claims(checker, claims, opened.store, opened.digest, progress, engine=opened.engine)
    return Run(report, (*opened.corpus.warnings, *checker.warnings))


def run_verify(draft_paths: Sequence[str], sources: Sequence[str] = (), *, options: Options = Options(),
               skip_bad_sources: bool = False, progress: Progress | None = None) -> Run:
    """Check drafts sentence by sentence (``factcheck verify``, CONTRACT.md section 6) against
    ``sources`` (default ``./seeds``).

    Returns a :class:`Run` whose report holds one ClaimResult per checked sentence (ids
    ``draft.md:LINE:N``) and the sentences not checked, with the reason. Raises InputError
    for a missing or unreadable draft (before any indexing) or source.
    """
    find_drafts(draft_paths)
    with _open(sources or (DEFAULT_SOURCES,), options, skip_bad_sources, progress) as opened:
        checker = _checker(opened, options)
        if opened.engine is None:
            verified = verify_drafts(draft_paths, checker)
        else:  # the sentences checked in batches on the cluster first, then the report made as without it
            claims = draft_sentences(draft_paths, checker.corpus.resolve)
            checked = check_claims(checker, claims, opened.store, opened.digest, progress, engine=opened.engine)
            verified = verify_drafts(draft_paths, Answered(checker, checked.results, checker.quotes))
    return Run(verified.report, (*verified.warnings, *opened.corpus.warnings, *checker.warnings))


def run_conflicts(sources: Sequence[str] = (), *, options: Options = Options(), min_confidence: float = 0.5,
                  skip_bad_sources: bool = False, progress: Progress | None = None) -> tuple[ConflictReport, tuple[str, ...]]:
    """Find where the sources (default ``./seeds``) disagree with each other (``factcheck
    conflicts``, CONTRACT.md section 5).

    ``min_confidence`` (0 to 1) drops findings below it. Returns the report and the warnings
    met on the way. Uses the persistent index like a check, and the report of an earlier run
    on the same corpus. Raises InputError for a missing or unreadable source.
    """
    with _open(sources or (DEFAULT_SOURCES,), options, skip_bad_sources, progress) as opened:
        name = f"conflicts\0{min_confidence!r}"
        report = opened.results.get_named(name) if opened.results is not None else None
        if report is None:
            report = find_conflicts(opened.corpus.documents, options.aliases, min_confidence,
                                    passages=opened.passages, index=opened.index)
            if opened.results is not None:
                opened.results.put_named(name, report)
    return report, tuple(opened.corpus.warnings)


@contextmanager
def _open(roots: Sequence[str], options: Options, skip_bad: bool, progress: Progress | None) -> Iterator[Sources]:
    """The run's sources, their index built on the cluster when ``options.cluster`` names one
    (which stays open for the run; a caller that opened it already, the CLI, shares it)."""
    cluster: AbstractContextManager[Engine | None] = nullcontext()  # without --cluster, Dask is never imported
    if options.cluster is not None:
        from factcheck.cluster import cluster_engine

        cluster = cluster_engine(options.cluster)
    with cluster as engine, ExitStack() as stack:
        # Opening the store makes a few objects per source file (its path, its row) and frees
        # almost none: full collections would walk them again and again (factcheck.run.garbage).
        with fewer_full_collections():
            opened = stack.enter_context(open_sources(
                roots, use_index=options.index, cache_dir=options.cache_dir, skip_bad=skip_bad, progress=progress,
                fingerprint=options.fingerprint(), follow_symlinks=options.follow_symlinks, engine=engine))
        yield opened


def _checker(sources: Sources, options: Options) -> Checker:
    return Checker(sources.corpus, options, passages=sources.passages, index=sources.index, results=sources.results)
