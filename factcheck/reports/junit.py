"""JUnit XML: a test suite per claims file or draft, a test case per claim, a failure per
finding; readable by Jenkins and GitLab."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import PurePosixPath

from factcheck.models import ClaimResult, Conflict, ConflictReport, Report, place
from factcheck.reports.findings import (
    Finding,
    best_evidence,
    conflict_message,
    conflict_rule,
    conflict_suppression,
    count_failing,
    disagreement_text,
    findings_of,
    group_by_file,
    group_conflicts_by_file,
)

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render_junit(report: Report, *, color: bool = False) -> str:
    """JUnit XML: one suite per claims file, one test case per claim, a failure per failing claim."""
    groups = group_by_file(report)
    suites = [_junit_suite(name, results) for name, results in groups.items()]
    root = ET.Element("testsuites", {"name": "factcheck", "tests": str(len(report.results)),
                                     "failures": str(count_failing(report.results)), "errors": "0"})
    root.extend(suites)
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _junit_suite(name: str, results: list[ClaimResult]) -> ET.Element:
    suite = ET.Element("testsuite", {"name": _xml(name), "tests": str(len(results)),
                                     "failures": str(count_failing(results)), "errors": "0"})
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
    failing = [f for f in found if not f.suppressed]
    suppressed = [f for f in found if f.suppressed]
    if failing:
        message = "; ".join(f.message for f in failing)
        failure = ET.SubElement(case, "failure", {"message": _xml(message), "type": failing[0].token})
        failure.text = _xml(_failure_body(r, failing, suppressed))
    elif suppressed:  # reviewed findings: skipped, so that a CI page still shows them apart from passes
        ET.SubElement(case, "skipped", {"message": _xml(_suppressed_summary(suppressed))})
        ET.SubElement(case, "system-out").text = _xml(_failure_body(r, [], suppressed))
    else:
        ET.SubElement(case, "system-out").text = _xml(_passing_body(r))
    return case


def _suppressed_summary(suppressed: list[Finding]) -> str:
    return "; ".join(f"{_SUPPRESSED_WORD[f.suppressed]} {f.rule_id}: {f.reason}" for f in suppressed)


_SUPPRESSED_WORD = {"accept": "accepted", "baseline": "baselined", "aliases": "explained"}


def _classname(file: str | None) -> str:
    """claims/abai-case.yaml -> claims.abai-case: CI tools show it as a package path."""
    if not file:
        return "factcheck"
    stem = PurePosixPath(file.replace("\\", "/")).with_suffix("").as_posix().strip("/")
    return _xml(stem.replace("/", "."))


def _failure_body(r: ClaimResult, found: list[Finding], suppressed: list[Finding]) -> str:
    """What a reviewer needs without opening the sources: claim, findings, the sources' own words."""
    lines = [f"claim: {r.claim.text}", f"verdict: {r.verdict} (score {r.score:.1f})"]
    lines += [f"{f.rule_id}: {f.message}" for f in found]
    lines += [f"{f.rule_id} ({_SUPPRESSED_WORD[f.suppressed]}: {f.reason}): {f.message}" for f in suppressed]
    lines += [f'{e.stance}: {place(e.path, e.line, e.column, e.page)}: "{e.quote}"' for e in r.evidence]
    lines += [f"disagreement ({d.kind}): {disagreement_text(d)}" for d in r.disagreements if d.kind != "quote"]
    lines += [f'unsupported: "{m}"' for m in r.missing]
    return "\n".join(lines)


def _passing_body(r: ClaimResult) -> str:
    lines = [f"{r.verdict} (score {r.score:.1f}): {r.claim.text}"]
    best = best_evidence(r, "supports") or best_evidence(r)
    if best:
        lines.append(f'{place(best.path, best.line, best.column, best.page)}: "{best.quote}"')
    lines += [f"note ({d.kind}): {disagreement_text(d)}" for d in r.disagreements]
    return "\n".join(lines)


def _xml(text: str) -> str:
    """Drop the control characters XML 1.0 cannot carry (ElementTree would write them as-is)."""
    return _XML_ILLEGAL.sub("", text)


# ---------------------------------------------------------------- factcheck conflicts


def render_conflicts_junit(report: ConflictReport, *, color: bool = False) -> str:
    """JUnit XML for ``factcheck conflicts``: a suite per source file (of a conflict's first value),
    a test case per conflict; explained or baselined conflicts are skipped, with the reason."""
    groups = group_conflicts_by_file(report)
    failing = sum(1 for c in report.conflicts if conflict_suppression(c) is None)
    root = ET.Element("testsuites", {"name": "factcheck conflicts", "tests": str(len(report.conflicts)),
                                     "failures": str(failing), "errors": "0"})
    root.extend(_conflict_suite(name, conflicts) for name, conflicts in groups.items())
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _conflict_suite(name: str, conflicts: list[Conflict]) -> ET.Element:
    failing = sum(1 for c in conflicts if conflict_suppression(c) is None)
    suite = ET.Element("testsuite", {"name": _xml(name), "tests": str(len(conflicts)), "failures": str(failing),
                                     "errors": "0"})
    suite.extend(_conflict_case(c) for c in conflicts)
    return suite


def _conflict_case(conflict: Conflict) -> ET.Element:
    first = conflict.values[0]
    attrs = {"classname": _classname(first.path), "name": _xml(f"{conflict.kind}: {conflict.subject}"),
             "file": _xml(first.path)}
    if first.page is None:  # a PDF's line counts within a page: the body says which
        attrs["line"] = str(first.line)
    case = ET.Element("testcase", attrs)
    message = conflict_message(conflict)
    body = "\n".join([message] + [f'{v.value}: {place(v.path, v.line, v.column, v.page)}: "{v.quote}"'
                                  for v in conflict.values])
    suppressed = conflict_suppression(conflict)
    if suppressed is None:
        failure = ET.SubElement(case, "failure", {"message": _xml(message), "type": conflict_rule(conflict).id})
        failure.text = _xml(body)
    else:
        by, reason = suppressed
        ET.SubElement(case, "skipped", {"message": _xml(f"{_SUPPRESSED_WORD[by]}: {reason}")})
        ET.SubElement(case, "system-out").text = _xml(body)
    return case
