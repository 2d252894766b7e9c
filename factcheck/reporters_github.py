"""GitHub Actions workflow commands: an annotation per finding, grouped per file so that a
run with hundreds of findings stays readable, and a summary notice."""

from __future__ import annotations

from factcheck.models import ClaimResult, Report
from factcheck.reporters_findings import Finding, count_failing, findings_of, group_by_file


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
    failing = count_failing(report.results)
    return f"factcheck: {summary['claims']} claims, {verdicts}; {findings} findings in {failing} claims"


def escape_data(text: str) -> str:
    """GitHub's escaping for a command's message (toCommandValue in @actions/core)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """GitHub's escaping for a command property: as data, plus the separators ':' and ','."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
