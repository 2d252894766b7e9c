"""Render a Report for people (text) and for machines (json). Pure: Report in, str out.

The CI formats live in ``reports.sarif``, ``reports.junit`` and ``reports.github``
(sharing ``reports.findings``); all formats are
registered in ``REPORTERS`` below, which the CLI looks up by ``--format`` name.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from factcheck.models import CiteCheck, ClaimResult, Disagreement, Evidence, QuoteCheck, Report, place
from factcheck.reports.claimreview import render_claimreview
from factcheck.reports.findings import disagreement_text, findings_of
from factcheck.reports.github import render_github
from factcheck.reports.html.page import render_html
from factcheck.reports.junit import render_junit
from factcheck.reports.sarif import render_sarif

JSON_VERSION = 1


def report_to_dict(report: Report) -> dict[str, Any]:
    """The contract's JSON shape (CONTRACT.md section 4), plus documented extensions."""
    data: dict[str, Any] = {"version": JSON_VERSION, "results": [_result(r) for r in report.results]}
    if report.skipped:  # verify: the draft sentences that were not checked, and why
        data["skipped"] = [{"id": s.id, "file": s.file, "line": s.line, "column": s.column, "sentence": s.text,
                            "reason": s.reason} for s in report.skipped]
    data["summary"] = report.summary() | ({"skipped": len(report.skipped)} if report.skipped else {}) | \
        _suppressed_counts(report)
    return data


def _suppressed_counts(report: Report) -> dict[str, int]:
    """Extension: how many findings were accepted or baselined (keys only when there are some)."""
    counts: dict[str, int] = {}
    for r in report.results:
        for f in findings_of(r):
            if f.suppressed:
                key = "accepted" if f.suppressed == "accept" else "baselined"
                counts[key] = counts.get(key, 0) + 1
    return counts


def _result(r: ClaimResult) -> dict[str, Any]:
    return {
        "id": r.claim.id,
        "file": r.claim.file,
        "line": r.claim.line,
        **({"column": r.claim.column} if r.claim.column is not None else {}),
        "claim": r.claim.text,
        "verdict": r.verdict,
        "score": r.score,
        "evidence": [_evidence(e) for e in r.evidence],
        "disagreements": [_disagreement(d) for d in r.disagreements],
        "missing": list(r.missing),
        "quote_check": _quote_check(r.quote_check),
        "cite_check": _cite_check(r.cite_check),
        "tags": list(r.claim.tags),
        "suppressed": [{"finding": f.token, "rule": f.rule_id, "by": f.suppressed, "reason": f.reason}
                       for f in findings_of(r) if f.suppressed],
    }


def _evidence(e: Evidence) -> dict[str, Any]:
    item = {"source_id": e.source_id, "path": e.path, "line": e.line, "column": e.column,
            "start": e.start, "end": e.end, "end_line": e.end_line, "quote": e.quote, "score": e.score, "stance": e.stance}
    return _paged(item, e.page)


def _paged(item: dict[str, Any], page: int | None) -> dict[str, Any]:
    """A location's JSON with its 1-based ``page`` when the source is a PDF (CONTRACT.md
    section 4); its ``line`` (and ``end_line``) then count within that page."""
    if page is not None:
        item["page"] = page
    return item


def _disagreement(d: Disagreement) -> dict[str, Any]:
    item = {"kind": d.kind, "claim_value": d.claim_value, "source_value": d.source_value,
            "source_id": d.source_id, "line": d.line, "quote": d.quote, "start": d.start, "end": d.end,
            "value_start": d.value_start, "value_end": d.value_end}
    if d.detail:
        item["detail"] = d.detail
    if d.claim_start is not None:
        item["claim_start"], item["claim_end"] = d.claim_start, d.claim_end
    return _paged(item, d.page)


def _quote_check(q: QuoteCheck | None) -> dict[str, Any] | None:
    if q is None:
        return None
    return _paged({"status": q.status, "source_id": q.source_id, "line": q.line, "start": q.start, "end": q.end,
                   "found": q.found, "score": q.score,
                   "differences": [{"quoted": a, "source": b} for a, b in q.differences]}, q.page)


def _cite_check(c: CiteCheck | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {"status": c.status, "cited": list(c.cited), "found_in": list(c.found_in), "unknown": list(c.unknown)}


def render_json(report: Report, *, color: bool = False) -> str:
    """One JSON object, stable key order, UTF-8 kept readable."""
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"


_COLORS = {"supported": "32", "partial": "33", "contradicted": "31", "disputed": "35", "not_found": "90",
           "supports": "32", "contradicts": "31", "related": "90", "mark": "1;31"}
_SIGNS = {"supports": "+", "contradicts": "x", "related": "~"}


class _Paint:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, text: str, key: str) -> str:
        return f"\x1b[{_COLORS[key]}m{text}\x1b[0m" if self.enabled and key in _COLORS else text

    def mark(self, text: str) -> str:
        return self(text, "mark") if self.enabled else f">>{text}<<"


_SPACES = re.compile(r"\s+")  # an evidence quote shown without markup: its blanks as one space


def render_text(report: Report, *, color: bool = False) -> str:
    """A reading for people: verdict, claim, the sources' own words with source:line."""
    paint = _Paint(color)
    blocks = [_text_result(r, paint) for r in report.results]
    if report.skipped:  # verify: every sentence left unchecked is named, so none passes unseen
        blocks.append("\n".join(f"{s.file}:{s.line}:{s.column}: SKIPPED ({s.reason})\n  sentence: {s.text}"
                                for s in report.skipped))
    summary = report.summary()
    counts = ", ".join(f"{summary[v]} {v}" for v in ("supported", "partial", "contradicted", "disputed", "not_found"))
    count = len(report.skipped)
    skipped = f" ({count} sentence{'' if count == 1 else 's'} skipped: nothing checkable)" if count else ""
    suppressed = ", ".join(f"{n} {key}" for key, n in _suppressed_counts(report).items())
    suppressed = f"; not failing: {suppressed}" if suppressed else ""
    blocks.append(f"{summary['claims']} claims: {counts}{skipped}{suppressed}")
    return "\n\n".join(blocks) + "\n"


def _text_result(r: ClaimResult, paint: _Paint) -> str:
    column = f":{r.claim.column}" if r.claim.column is not None else ""
    where = f"{r.claim.file}:{r.claim.line}{column}: " if r.claim.file else ""
    lines = [f"{where}{paint(r.verdict.upper(), r.verdict)}{_name(r)} (score {r.score:.1f})", f"  claim: {r.claim.text}"]
    marks = {(d.source_id, d.start): d for d in r.disagreements if d.kind != "quote"}
    for e in r.evidence:
        quote = _marked_quote(e, marks.get((e.source_id, e.start)), paint)
        where = place(e.path, e.line, e.column, e.page)
        lines.append(f"  {paint(_SIGNS[e.stance], e.stance)} {where} {e.stance}: \"{quote}\"")
    for d in r.disagreements:
        # Two equal words differ only by their place ("entity (exchanged)": "against three judges" /
        # "by three judges"): the detail says why.
        same = d.claim_value.casefold() == d.source_value.casefold()
        detail = f" ({d.detail})" if d.detail and same else ""
        lines.append(f"  ! {d.kind}{detail}: {disagreement_text(d)}")
    if r.missing:
        # (Unsupported as the claim says them: a word may stand in a source in another sense or
        # of another event, "Esik" in a sentence about something else; CONTRACT §4's `missing`.)
        lines.append("  ? unsupported: " + ", ".join(f'"{m}"' for m in r.missing))
    if r.quote_check:
        q = r.quote_check
        found = f" ({place(q.source_id, q.line, page=q.page)})" if q.source_id else ""
        lines.append(f"  quote: {q.status}{found}")
    if r.cite_check:
        c = r.cite_check
        detail = f"; found in {', '.join(c.found_in)}" if c.found_in and c.status != "ok" else ""
        unknown = f"; unknown: {', '.join(c.unknown)}" if c.unknown else ""
        lines.append(f"  cite: {c.status}{detail}{unknown}")
    for f in findings_of(r):
        if f.suppressed == "accept":
            lines.append(f"  accepted ({f.token}): {f.reason}")
        elif f.suppressed:
            lines.append(f"  baselined ({f.token}): {f.reason}")
    return "\n".join(lines)


def _name(r: ClaimResult) -> str:
    """How the header names a claim: " " and its id, or nothing for a draft sentence, whose id
    (``DRAFT:LINE:N``, the Nth sentence that starts on LINE) repeats the location before it and
    read like a second line and column there."""
    prefix = f"{r.claim.file}:{r.claim.line}:"
    if r.claim.file and r.claim.id.startswith(prefix) and r.claim.id[len(prefix):].isdigit():
        return ""
    return f" {r.claim.id}"


def _marked_quote(e: Evidence, d: Disagreement | None, paint: _Paint) -> str:
    """The evidence quote as a reader sees it (``Evidence.shown``: HTML tags and reference
    markers left out), with the differing value marked."""
    if not e.shown:
        return _marked(e.quote, e, d, paint, str)
    return _marked(e.shown, e, d, paint, lambda text: _SPACES.sub(" ", text)).strip()


def _marked(quote: str, e: Evidence, d: Disagreement | None, paint: _Paint, tidy: Callable[[str], str]) -> str:
    if d is None or not (e.start <= d.value_start < d.value_end <= e.end):
        return tidy(quote)
    a, b = d.value_start - e.start, d.value_end - e.start
    return tidy(quote[:a]) + paint.mark(quote[a:b]) + tidy(quote[b:])


REPORTERS: dict[str, Callable[..., str]] = {
    "text": render_text, "json": render_json, "sarif": render_sarif, "junit": render_junit, "github": render_github,
    "html": render_html, "claimreview": render_claimreview,
}
