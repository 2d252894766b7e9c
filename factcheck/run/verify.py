"""Check drafts sentence by sentence with the same pipeline as ``check``.

A draft sentence becomes a ``Claim`` (text, first quotation, citations) and goes through
``Checker.check_claim`` unchanged, so a draft gets the same verdicts and JSON as a claims
file (CONTRACT.md section 6). What a draft adds: a sentence may hold several quotations
(each is checked; the worst one is the claim's ``quote_check``), sentences with nothing
checkable are reported as skipped rather than ``not_found``, and dangling footnotes are
listed as findings. No printing: reporters render a ``VerifyReport``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from factcheck.inputs.drafts import DraftItem, draft_claims, draft_warnings, find_drafts, read_draft
from factcheck.models import Claim, ClaimResult, Disagreement, QuoteCheck, Report, Skipped
from factcheck.sources.corpus import Corpus
from factcheck.verdicts.quotes import QuoteFinder, quote_verdict

_QUOTE_RANK = {"exact": 0, "close": 1, "missing": 2}


class ClaimChecker(Protocol):
    """What verify needs of ``pipeline.Checker``; a protocol keeps this module below the
    pipeline in the import graph (only ``__init__`` and the CLI import the pipeline)."""

    corpus: Corpus
    quotes: QuoteFinder

    def check_claim(self, claim: Claim) -> ClaimResult: ...


@dataclass(frozen=True, slots=True)
class CheckedSentence:
    """A checked draft sentence: where it stands, its result, and every quotation's check."""

    item: DraftItem
    result: ClaimResult
    quote_checks: tuple[tuple[str, QuoteCheck], ...] = ()


@dataclass(frozen=True, slots=True)
class DraftCounts:
    """Per-draft figures for a summary line: sentences read, checked, skipped, dangling."""

    path: str
    sentences: int
    checked: int
    skipped: int
    dangling: int


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """Everything a ``verify`` run found, in draft order then sentence order, and the warnings
    about the drafts (a draft with nothing to check, content not read: ``draft_warnings``)."""

    checked: tuple[CheckedSentence, ...]
    skipped: tuple[DraftItem, ...]
    drafts: tuple[DraftCounts, ...]
    warnings: tuple[str, ...] = ()

    @property
    def report(self) -> Report:
        """The results as a ``check`` report: same JSON, same exit-code rules."""
        skipped = tuple(Skipped(i.id, i.file, i.line, i.column, i.text, i.skipped_reason or "") for i in self.skipped)
        return Report(tuple(c.result for c in self.checked), skipped)

    @property
    def dangling(self) -> tuple[tuple[DraftItem, str], ...]:
        """Each citation that points nowhere, with the sentence that makes it."""
        return tuple((c.item, message) for c in self.checked for message in c.item.dangling)

    def summary(self) -> dict[str, int]:
        """The ``check`` summary plus the skipped sentences and dangling citations."""
        return self.report.summary() | {"skipped": len(self.skipped), "dangling": len(self.dangling)}


def verify_drafts(paths: Sequence[str], checker: ClaimChecker) -> VerifyReport:
    """Read the drafts (files or folders), check every checkable sentence, keep the rest.

    Raises InputError for a missing or unreadable draft before anything is checked, so
    that a run either reports on every draft or fails with a clear message.
    """
    warnings: list[str] = []
    drafts = [read_draft(path) for path in find_drafts(paths, warnings)]
    checked: list[CheckedSentence] = []
    skipped: list[DraftItem] = []
    counts: list[DraftCounts] = []
    for draft in drafts:
        items = draft_claims(draft, checker.corpus.resolve)
        warnings.extend(draft_warnings(draft, items))
        ours = [verify_item(item, checker) for item in items if item.claim is not None]
        left = [item for item in items if item.claim is None]
        checked.extend(ours)
        skipped.extend(left)
        counts.append(DraftCounts(draft.path, len(items), len(ours), len(left),
                                  sum(len(c.item.dangling) for c in ours)))
    return VerifyReport(tuple(checked), tuple(skipped), tuple(counts), tuple(warnings))


def verify_item(item: DraftItem, checker: ClaimChecker) -> CheckedSentence:
    """Check one checkable sentence; with several quotations, the worst one leads."""
    assert item.claim is not None, "skipped items are not checked"
    result = checker.check_claim(item.claim)
    if len(item.quotes) < 2 or result.quote_check is None:
        pairs = ((item.quotes[0], result.quote_check),) if result.quote_check is not None else ()
        return CheckedSentence(item, result, pairs)
    checks = [(item.quotes[0], result.quote_check)] + [(q, checker.quotes.check(q)) for q in item.quotes[1:]]
    worst = max(checks, key=lambda pair: _QUOTE_RANK.get(pair[1].status, 0))[1]
    kept = tuple(d for d in result.disagreements if d.kind != "quote")
    misquotes = tuple(d for _, check in checks for d in _misquotes(check))
    verdict = result.verdict
    for _, check in checks:  # any quotation that inverts its source contradicts the sentence
        verdict = quote_verdict(verdict, check, stated=True)  # a draft's quotations are its sentence's
    return CheckedSentence(item, replace(result, verdict=verdict, quote_check=worst, disagreements=kept + misquotes),
                           tuple(checks))


def _misquotes(check: QuoteCheck) -> tuple[Disagreement, ...]:
    """The differing words of a close quotation, as ``quote`` disagreements (as ``check`` does)."""
    if check.status != "close" or check.source_id is None:
        return ()
    start, end = check.start or 0, check.end or 0
    return tuple(Disagreement("quote", ours, theirs, check.source_id, check.line or 0, check.found or "",
                              start, end, start, end, page=check.page) for ours, theirs in check.differences)
