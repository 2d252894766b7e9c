"""Render a Report for CI systems: SARIF (code scanning), JUnit XML and GitHub workflow commands.

All three share one classification, ``findings_of``, so a claim counts as a finding in the same
way everywhere, and the same way as the CLI's default ``--fail-on`` set. Pure: Report in, str out.
"""

from __future__ import annotations

import hashlib
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote as url_quote

from factcheck import __version__
from factcheck.models import ClaimResult, Disagreement, Evidence, Report

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
FINGERPRINT_KEY = "factcheck/v1"
RELATED_QUOTE_LIMIT = 200
MESSAGE_QUOTE_LIMIT = 120
SHOWN_DISAGREEMENTS = 3
NO_FILE = "(no file)"


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of finding. ``token`` is its ``--fail-on`` spelling, so the two cannot drift."""

    id: str
    name: str
    token: str
    level: str
    short: str
    full: str


RULES: tuple[Rule, ...] = (
    Rule("unsupported-claim", "UnsupportedClaim", "not_found", "error", "Claim is supported by no source",
         "No source says anything close enough to the claim: add a source that states it, or drop the claim."),
    Rule("partial-claim", "PartialClaim", "partial", "warning", "Claim is only partly supported",
         "Sources support part of the claim, but some of its content (a value, a name, a clause) "
         "appears in no source."),
    Rule("contradicted-claim", "ContradictedClaim", "contradicted", "error", "Claim is contradicted by the sources",
         "The best-matching passages are about the same thing, but a value (number, date, name, place) differs."),
    Rule("disputed-claim", "DisputedClaim", "disputed", "error", "Sources disagree about the claim",
         "At least one source supports the claim and at least one contradicts it."),
    Rule("misquote", "Misquote", "quote:close", "error", "Quote is not verbatim",
         "The quoted words stand in a source only nearly verbatim: the differing words are listed."),
    Rule("missing-quote", "MissingQuote", "quote:missing", "error", "Quote is in no source",
         "The quoted words stand in no source, verbatim or nearly."),
    Rule("wrong-source", "WrongSource", "cite:wrong_source", "error", "Support is not in the cited source",
         "The claim is supported, but only by sources it does not cite."),
    Rule("citation-not-found", "CitationNotFound", "cite:not_found", "error", "No cited source supports the claim",
         "The claim cites sources, but its support was found in no source at all."),
    Rule("unknown-source", "UnknownSource", "cite:unknown_source", "error", "Cited source does not exist",
         "A cited id matches no source in the corpus (check the id, or add the source)."),
)
RULE_INDEX: dict[str, int] = {rule.id: i for i, rule in enumerate(RULES)}
_RULE_BY_TOKEN: dict[str, Rule] = {rule.token: rule for rule in RULES}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem with one claim: which rule, how bad, and a sentence that names the claim."""

    rule_id: str
    level: str
    message: str
    token: str


def findings_of(result: ClaimResult) -> list[Finding]:
    """The findings of one claim, in a stable order: verdict, then quote, then citation.

    Mirrors the CLI's default fail set, so every CI format flags what makes the run fail.
    """
    tokens = [result.verdict]
    if result.quote_check:
        tokens.append(f"quote:{result.quote_check.status}")
    if result.cite_check:
        tokens.append(f"cite:{result.cite_check.status}")
    rules = [_RULE_BY_TOKEN[t] for t in tokens if t in _RULE_BY_TOKEN]
    return [Finding(rule.id, rule.level, _MESSAGES[rule.id](result), rule.token) for rule in rules]


# ---------------------------------------------------------------- messages


def _clip(text: str, limit: int) -> str:
    """Shorten long quotes so that one annotation stays one readable line."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _contradictions(r: ClaimResult) -> str:
    """The differing values, the heart of a contradicted or disputed claim, grouped per claim value."""
    values = [d for d in r.disagreements if d.kind not in ("quote", "name_variant")]
    groups: dict[str, list[str]] = {}
    for d in values[:SHOWN_DISAGREEMENTS]:
        groups.setdefault(d.claim_value, []).append(f'{d.source_id}:{d.line} says "{d.source_value}"')
    parts = [f'claim says "{value}", ' + ", ".join(said) for value, said in groups.items()]
    if len(values) > SHOWN_DISAGREEMENTS:
        parts.append(f"and {len(values) - SHOWN_DISAGREEMENTS} more")
    if parts:
        return "; ".join(parts)
    against = _best(r, "contradicts")
    return f'{against.path}:{against.line} says "{_clip(against.quote, MESSAGE_QUOTE_LIMIT)}"' if against else ""


def _disagreement_text(d: Disagreement) -> str:
    return f'claim says "{d.claim_value}", {d.source_id}:{d.line} says "{d.source_value}"'


def _best(r: ClaimResult, stance: str | None = None) -> Evidence | None:
    """The highest-ranked evidence (of one stance, if given); evidence is already ranked."""
    return next((e for e in r.evidence if stance is None or e.stance == stance), None)


def _msg_contradicted(r: ClaimResult) -> str:
    return f"Claim '{r.claim.id}' is contradicted: {_contradictions(r)}"


def _msg_disputed(r: ClaimResult) -> str:
    support = _best(r, "supports")
    pro = f"{support.path}:{support.line} supports it, but " if support else ""
    return f"Claim '{r.claim.id}' is disputed: {pro}{_contradictions(r)}"


def _msg_partial(r: ClaimResult) -> str:
    if r.missing:
        return f"Claim '{r.claim.id}' is only partly supported: in no source: " + ", ".join(f'"{m}"' for m in r.missing)
    best = _best(r)
    return f"Claim '{r.claim.id}' is only partly supported" + (f" (best: {best.path}:{best.line})" if best else "")


def _msg_not_found(r: ClaimResult) -> str:
    return f"Claim '{r.claim.id}' is supported by no source: \"{_clip(r.claim.text, MESSAGE_QUOTE_LIMIT)}\""


def _msg_misquote(r: ClaimResult) -> str:
    q = r.quote_check
    assert q is not None
    where = f"{q.source_id}:{q.line}" if q.source_id else "the source"
    changes = "; ".join(_difference_text(a, b) for a, b in q.differences) or "the wording differs"
    return f"Quote in claim '{r.claim.id}' is not verbatim in {where}: {changes}"


def _difference_text(quoted: str, source: str) -> str:
    """One word-level difference, said the way an editor would."""
    if not source:
        return f'the quote adds "{quoted}"'
    if not quoted:
        return f'the quote leaves out "{source}"'
    return f'the quote has "{quoted}" where the source has "{source}"'


def _msg_missing_quote(r: ClaimResult) -> str:
    return f"Quote in claim '{r.claim.id}' is in no source: \"{_clip(r.claim.quote or '', MESSAGE_QUOTE_LIMIT)}\""


def _msg_wrong_source(r: ClaimResult) -> str:
    c = r.cite_check
    assert c is not None
    return f"Claim '{r.claim.id}' cites {', '.join(c.cited)}, but only {', '.join(c.found_in)} supports it"


def _msg_cite_not_found(r: ClaimResult) -> str:
    c = r.cite_check
    assert c is not None
    return f"Claim '{r.claim.id}' cites {', '.join(c.cited)}, but no source supports it"


def _msg_unknown_source(r: ClaimResult) -> str:
    c = r.cite_check
    assert c is not None
    return f"Claim '{r.claim.id}' cites {', '.join(c.unknown or c.cited)}, which matches no source"


_MESSAGES: dict[str, Callable[[ClaimResult], str]] = {
    "unsupported-claim": _msg_not_found, "partial-claim": _msg_partial, "contradicted-claim": _msg_contradicted,
    "disputed-claim": _msg_disputed, "misquote": _msg_misquote, "missing-quote": _msg_missing_quote,
    "wrong-source": _msg_wrong_source, "citation-not-found": _msg_cite_not_found, "unknown-source": _msg_unknown_source,
}


# ---------------------------------------------------------------- SARIF


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


def _sarif_rule(rule: Rule) -> dict[str, Any]:
    return {"id": rule.id, "name": rule.name, "shortDescription": {"text": rule.short},
            "fullDescription": {"text": rule.full}, "defaultConfiguration": {"level": rule.level},
            "properties": {"failOn": rule.token}}


def _sarif_result(r: ClaimResult, finding: Finding) -> dict[str, Any]:
    """One finding; located at the claim, with the evidence as related locations."""
    result: dict[str, Any] = {"ruleId": finding.rule_id, "ruleIndex": RULE_INDEX[finding.rule_id],
                              "level": finding.level, "message": {"text": finding.message}}
    if r.claim.file:
        result["locations"] = [_sarif_location(r.claim.file, r.claim.line, r.claim.column)]
    related = [_sarif_location(e.path, e.line, e.column, e.end_line, _clip(e.quote, RELATED_QUOTE_LIMIT))
               for e in r.evidence]
    if related:
        result["relatedLocations"] = [{"id": i, **loc} for i, loc in enumerate(related)]
    result["partialFingerprints"] = {FINGERPRINT_KEY: _fingerprint(r, finding.rule_id)}
    result["properties"] = {"claimId": r.claim.id, "verdict": r.verdict, "score": r.score, "tags": list(r.claim.tags)}
    return result


def _sarif_location(path: str, line: int | None, column: int | None = None, end_line: int = 0,
                    message: str | None = None) -> dict[str, Any]:
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


# ---------------------------------------------------------------- JUnit XML

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render_junit(report: Report, *, color: bool = False) -> str:
    """JUnit XML: one suite per claims file, one test case per claim, a failure per failing claim."""
    groups = group_by_file(report)
    suites = [_junit_suite(name, results) for name, results in groups.items()]
    root = ET.Element("testsuites", {"name": "factcheck", "tests": str(len(report.results)),
                                     "failures": str(_count_failing(report.results)), "errors": "0"})
    root.extend(suites)
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def group_by_file(report: Report) -> dict[str, list[ClaimResult]]:
    """Results per claims file, files in report order (claims without a file go last)."""
    groups: dict[str, list[ClaimResult]] = {}
    for r in report.results:
        groups.setdefault(r.claim.file or NO_FILE, []).append(r)
    if NO_FILE in groups:
        groups[NO_FILE] = groups.pop(NO_FILE)
    return groups


def _count_failing(results: list[ClaimResult] | tuple[ClaimResult, ...]) -> int:
    return sum(1 for r in results if findings_of(r))


def _junit_suite(name: str, results: list[ClaimResult]) -> ET.Element:
    suite = ET.Element("testsuite", {"name": _xml(name), "tests": str(len(results)),
                                     "failures": str(_count_failing(results)), "errors": "0"})
    suite.extend(_junit_case(r) for r in results)
    return suite


def _junit_case(r: ClaimResult) -> ET.Element:
    attrs = {"classname": _classname(r.claim.file), "name": _xml(r.claim.id)}
    if r.claim.file:
        attrs["file"] = _xml(r.claim.file)
    if r.claim.line:
        attrs["line"] = str(r.claim.line)
    case = ET.Element("testcase", attrs)
    found = findings_of(r)
    if found:
        message = "; ".join(f.message for f in found)
        failure = ET.SubElement(case, "failure", {"message": _xml(message), "type": found[0].token})
        failure.text = _xml(_failure_body(r, found))
    else:
        ET.SubElement(case, "system-out").text = _xml(_passing_body(r))
    return case


def _classname(file: str | None) -> str:
    """claims/abai-case.yaml -> claims.abai-case: CI tools show it as a package path."""
    if not file:
        return "factcheck"
    stem = PurePosixPath(file.replace("\\", "/")).with_suffix("").as_posix().strip("/")
    return _xml(stem.replace("/", "."))


def _failure_body(r: ClaimResult, found: list[Finding]) -> str:
    """What a reviewer needs without opening the sources: claim, findings, the sources' own words."""
    lines = [f"claim: {r.claim.text}", f"verdict: {r.verdict} (score {r.score:.1f})"]
    lines += [f"{f.rule_id}: {f.message}" for f in found]
    lines += [f'{e.stance}: {e.path}:{e.line}:{e.column}: "{e.quote}"' for e in r.evidence]
    lines += [f"disagreement ({d.kind}): {_disagreement_text(d)}" for d in r.disagreements if d.kind != "quote"]
    lines += [f'in no source: "{m}"' for m in r.missing]
    return "\n".join(lines)


def _passing_body(r: ClaimResult) -> str:
    lines = [f"{r.verdict} (score {r.score:.1f}): {r.claim.text}"]
    best = _best(r, "supports") or _best(r)
    if best:
        lines.append(f'{best.path}:{best.line}:{best.column}: "{best.quote}"')
    lines += [f"note ({d.kind}): {_disagreement_text(d)}" for d in r.disagreements]
    return "\n".join(lines)


def _xml(text: str) -> str:
    """Drop the control characters XML 1.0 cannot carry (ElementTree would write them as-is)."""
    return _XML_ILLEGAL.sub("", text)


# ---------------------------------------------------------------- GitHub Actions


def render_github(report: Report, *, color: bool = False) -> str:
    """Workflow commands: an annotation per finding, grouped per claims file, then a summary notice."""
    lines: list[str] = []
    total = 0
    for name, results in group_by_file(report).items():
        pairs = [(r, f) for r in results for f in findings_of(r)]
        total += len(pairs)
        if pairs:
            lines.append(f"::group::factcheck: {escape_data(name)} ({len(pairs)} findings)")
            lines += [_github_annotation(r, f) for r, f in pairs]
            lines.append("::endgroup::")
    lines.append("::notice::" + escape_data(_github_summary(report, total)))
    return "\n".join(lines) + "\n"


def _github_annotation(r: ClaimResult, finding: Finding) -> str:
    props: list[tuple[str, str]] = []
    if r.claim.file:
        props.append(("file", r.claim.file))
        if r.claim.line:
            props.append(("line", str(r.claim.line)))
            if r.claim.column:  # a draft sentence: point at where it starts
                props.append(("col", str(r.claim.column)))
    props.append(("title", finding.rule_id))
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    return f"::{finding.level} {joined}::{escape_data(finding.message)}"


def _github_summary(report: Report, findings: int) -> str:
    summary = report.summary()
    verdicts = ", ".join(f"{summary[v]} {v}" for v in ("supported", "partial", "contradicted", "disputed", "not_found"))
    failing = _count_failing(report.results)
    return f"factcheck: {summary['claims']} claims, {verdicts}; {findings} findings in {failing} claims"


def escape_data(text: str) -> str:
    """GitHub's escaping for a command's message (toCommandValue in @actions/core)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """GitHub's escaping for a command property: as data, plus the separators ':' and ','."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
