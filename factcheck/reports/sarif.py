"""SARIF 2.1.0 for code scanning: one result per finding, the claim as location, the
sources' quotes as related locations, and a fingerprint that survives moving a claim."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote as url_quote

from factcheck import __version__
from factcheck.models import ClaimResult, Conflict, ConflictReport, ConflictValue, Report
from factcheck.reports.findings import (
    CONFLICT_RULE_INDEX,
    CONFLICT_RULES,
    RULE_INDEX,
    RULES,
    ConflictRule,
    Finding,
    Rule,
    clip,
    conflict_identity,
    conflict_message,
    conflict_rule,
    conflict_suppression,
    findings_of,
)

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
FINGERPRINT_KEY = "factcheck/v1"
RELATED_QUOTE_LIMIT = 200


def render_sarif(report: Report, *, color: bool = False) -> str:
    """SARIF 2.1.0 with one run; stable order and no timestamps, so reruns diff cleanly."""
    return json.dumps(sarif_log(report), indent=2, ensure_ascii=False) + "\n"


def sarif_log(report: Report) -> dict[str, Any]:
    """The SARIF log as a dict (one result per finding, claims in report order)."""
    driver = {"name": "factcheck", "version": __version__, "semanticVersion": __version__,
              "rules": [_sarif_rule(rule) for rule in RULES]}
    results = [_sarif_result(r, f) for r in report.results for f in findings_of(r)]
    run = {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def _sarif_rule(rule: Rule | ConflictRule) -> dict[str, Any]:
    token = rule.token if isinstance(rule, Rule) else rule.kind
    return {"id": rule.id, "name": rule.name, "shortDescription": {"text": rule.short},
            "fullDescription": {"text": rule.full}, "defaultConfiguration": {"level": rule.level},
            "properties": {"failOn": token}}


def _sarif_result(r: ClaimResult, finding: Finding) -> dict[str, Any]:
    """One finding; located at the claim, with the evidence as related locations."""
    result: dict[str, Any] = {"ruleId": finding.rule_id, "ruleIndex": RULE_INDEX[finding.rule_id],
                              "level": finding.level, "message": {"text": finding.message}}
    if r.claim.file:
        result["locations"] = [_sarif_location(r.claim.file, r.claim.line, r.claim.column)]
    related = [_sarif_location(e.path, e.line, e.column, e.end_line, clip(e.quote, RELATED_QUOTE_LIMIT), e.page)
               for e in r.evidence]
    if related:
        result["relatedLocations"] = [{"id": i, **loc} for i, loc in enumerate(related)]
    result["partialFingerprints"] = {FINGERPRINT_KEY: _fingerprint(r, finding.rule_id)}
    if finding.suppressed:
        result["suppressions"] = [_suppression(finding.suppressed, finding.reason)]
    result["properties"] = {"claimId": r.claim.id, "verdict": r.verdict, "score": r.score, "tags": list(r.claim.tags)}
    return result


def _suppression(by: str, reason: str) -> dict[str, str]:
    """A claim's own ``accept:`` is an in-source suppression; the baseline and aliases files are external."""
    return {"kind": "inSource" if by == "accept" else "external", "justification": reason}


def _sarif_location(path: str, line: int | None, column: int | None = None, end_line: int = 0,
                    message: str | None = None, page: int | None = None) -> dict[str, Any]:
    """A SARIF location; in a PDF (``page`` given), without a region.

    A SARIF 2.1.0 text region (startLine, startColumn) counts lines of the artifact's own
    text, and a PDF file has none: its lines are those of the extracted text of one page.
    So a PDF location names the artifact only (a ``physicalLocation`` needs no region,
    section 3.29) and carries ``page``, ``line`` and ``column`` in the location's property
    bag (section 3.8)."""
    if page is not None:
        paged: dict[str, Any] = {"physicalLocation": {"artifactLocation": {"uri": path_to_uri(path)}}}
        if message is not None:
            paged["message"] = {"text": message}
        paged["properties"] = {"page": page, **({"line": line} if line else {}),
                               **({"column": column} if line and column else {})}
        return paged
    region: dict[str, int] = {}
    if line:
        region["startLine"] = line
        if column:
            region["startColumn"] = column
        if end_line >= line:
            region["endLine"] = end_line
    physical: dict[str, Any] = {"artifactLocation": {"uri": path_to_uri(path)}}
    if region:
        physical["region"] = region
    location: dict[str, Any] = {"physicalLocation": physical}
    if message is not None:
        location["message"] = {"text": message}
    return location


def path_to_uri(path: str) -> str:
    """A relative path stays relative (code scanning resolves it against the repo); absolute becomes file://."""
    posix = path.replace("\\", "/")
    if PurePosixPath(posix).is_absolute() or re.match(r"^[A-Za-z]:/", posix):
        return "file://" + ("" if posix.startswith("/") else "/") + url_quote(posix, safe="/:")
    return url_quote(posix, safe="/")


def _fingerprint(r: ClaimResult, rule_id: str) -> str:
    """Stable across commits that move the claim, new whenever its wording changes."""
    text = f"{r.claim.id}\x00{rule_id}\x00{r.claim.text}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- factcheck conflicts


def render_conflicts_sarif(report: ConflictReport, *, color: bool = False) -> str:
    """SARIF 2.1.0 for ``factcheck conflicts``: one result per disagreement between sources."""
    return json.dumps(conflicts_sarif_log(report), indent=2, ensure_ascii=False) + "\n"


def conflicts_sarif_log(report: ConflictReport) -> dict[str, Any]:
    """One result per conflict, located at its first value, the other values as related locations.

    Conflicts the aliases file explains, or the baseline holds, carry a suppression.
    """
    driver = {"name": "factcheck", "version": __version__, "semanticVersion": __version__,
              "rules": [_sarif_rule(rule) for rule in CONFLICT_RULES]}
    results = [_conflict_result(c) for c in report.conflicts if c.values]
    run = {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def _conflict_result(conflict: Conflict) -> dict[str, Any]:
    rule = conflict_rule(conflict)
    first, *others = conflict.values
    result: dict[str, Any] = {"ruleId": rule.id, "ruleIndex": CONFLICT_RULE_INDEX[rule.id], "level": rule.level,
                              "message": {"text": conflict_message(conflict)},
                              "locations": [_value_location(first)]}
    if others:
        result["relatedLocations"] = [{"id": i, **_value_location(v)} for i, v in enumerate(others)]
    identity = json.dumps(conflict_identity(conflict), sort_keys=True, ensure_ascii=False)
    result["partialFingerprints"] = {FINGERPRINT_KEY: hashlib.sha256(identity.encode("utf-8")).hexdigest()}
    suppressed = conflict_suppression(conflict)
    if suppressed:
        result["suppressions"] = [_suppression(*suppressed)]
    result["properties"] = {"kind": conflict.kind, "subject": conflict.subject, "confidence": conflict.confidence,
                            "values": [v.value for v in conflict.values]}
    return result


def _value_location(value: ConflictValue) -> dict[str, Any]:
    """Where a value stands: its sentence's start, with the sentence (clipped) as the message."""
    end_line = value.line + value.quote.count("\n")
    return _sarif_location(value.path, value.line, value.column, end_line, clip(value.quote, RELATED_QUOTE_LIMIT),
                           value.page)
