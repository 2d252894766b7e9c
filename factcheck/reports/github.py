"""GitHub Actions workflow commands: an annotation per finding, grouped per file so that a
run with hundreds of findings stays readable, and a summary notice.

Failing findings are ``::error``/``::warning`` annotations. Accepted findings (a claim's
``accept:``) and conflicts an aliases file explains are ``::notice`` annotations with the
reason: few, written by hand, worth seeing on the diff. Baselined findings can number in the
hundreds on a repository that adopts factcheck late, so they are not annotations at all:
they are listed as plain lines in one collapsed group at the end, and counted in the summary.
"""

from __future__ import annotations

from factcheck.models import ClaimResult, Conflict, ConflictReport, Report, place
from factcheck.reports.findings import (
    Finding,
    conflict_message,
    conflict_rule,
    conflict_suppression,
    count_failing,
    findings_of,
    group_by_file,
    group_conflicts_by_file,
)

_WORD = {"accept": "accepted", "aliases": "explained"}


def render_github(report: Report, *, color: bool = False) -> str:
    """Workflow commands: an annotation per finding, grouped per claims file, then a summary notice."""
    lines: list[str] = []
    baselined: list[str] = []
    total = 0
    for name, results in group_by_file(report).items():
        pairs = [(r, f) for r in results for f in findings_of(r)]
        failing = [_github_annotation(r, f) for r, f in pairs if not f.suppressed]
        noticed = [_github_annotation(r, f) for r, f in pairs if f.suppressed == "accept"]
        baselined += [_plain(r, f) for r, f in pairs if f.suppressed == "baseline"]
        total += len(failing)
        lines += _group(name, failing, noticed)
    lines += _baselined_group(baselined)
    lines.append("::notice::" + escape_data(_github_summary(report, total, len(baselined))))
    return "\n".join(lines) + "\n"


def _group(name: str, failing: list[str], noticed: list[str]) -> list[str]:
    """One collapsible group per file; the header counts what fails (and what was accepted)."""
    if not failing and not noticed:
        return []
    count = f"{len(failing)} findings" + (f", {len(noticed)} accepted" if noticed else "")
    return [f"::group::factcheck: {escape_data(name)} ({count})", *failing, *noticed, "::endgroup::"]


def _baselined_group(lines: list[str]) -> list[str]:
    if not lines:
        return []
    return [f"::group::factcheck: {len(lines)} baselined findings (recorded in the baseline file; not failing)",
            *lines, "::endgroup::"]


def _github_annotation(r: ClaimResult, finding: Finding) -> str:
    props: list[tuple[str, str]] = []
    if r.claim.file:
        props.append(("file", r.claim.file))
        if r.claim.line:
            props.append(("line", str(r.claim.line)))
            if r.claim.column:  # a draft sentence: point at where it starts
                props.append(("col", str(r.claim.column)))
    if finding.suppressed:
        props.append(("title", f"{finding.rule_id} ({_WORD[finding.suppressed]})"))
        return _command("notice", props, f"{finding.message} (accepted: {finding.reason})")
    props.append(("title", finding.rule_id))
    return _command(finding.level, props, finding.message)


def _plain(r: ClaimResult, finding: Finding) -> str:
    """A baselined finding as a log line (no annotation): where, which rule, what."""
    where = f"{r.claim.file}:{r.claim.line}: " if r.claim.file and r.claim.line else ""
    return escape_data(f"{where}{finding.rule_id}: {finding.message}")


def _command(level: str, props: list[tuple[str, str]], message: str) -> str:
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    return f"::{level} {joined}::{escape_data(message)}"


def _github_summary(report: Report, findings: int, baselined: int) -> str:
    summary = report.summary()
    verdicts = ", ".join(f"{summary[v]} {v}" for v in ("supported", "partial", "contradicted", "disputed", "not_found"))
    failing = count_failing(report.results)
    tail = f"; {baselined} baselined" if baselined else ""
    return f"factcheck: {summary['claims']} claims, {verdicts}; {findings} findings in {failing} claims{tail}"


def escape_data(text: str) -> str:
    """GitHub's escaping for a command's message (toCommandValue in @actions/core)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """GitHub's escaping for a command property: as data, plus the separators ':' and ','."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


# ---------------------------------------------------------------- factcheck conflicts


def render_conflicts_github(report: ConflictReport, *, color: bool = False) -> str:
    """An annotation per conflict at its first value, grouped per source file, then a summary notice."""
    lines: list[str] = []
    baselined: list[str] = []
    total = 0
    for name, conflicts in group_conflicts_by_file(report).items():
        failing = [_conflict_annotation(c) for c in conflicts if conflict_suppression(c) is None]
        noticed = [_conflict_annotation(c) for c in conflicts if c.explained]
        baselined += [_conflict_plain(c) for c in conflicts if c.baselined and not c.explained]
        total += len(failing)
        lines += _group(name, failing, noticed)
    lines += _baselined_group(baselined)
    summary = report.summary()
    explained = f", {summary['explained']} explained by the aliases file" if summary["explained"] else ""
    tail = f", {len(baselined)} baselined" if baselined else ""
    lines.append("::notice::" + escape_data(f"factcheck conflicts: {total} disagreements between "
                                            f"{summary['documents']} documents{explained}{tail}"))
    return "\n".join(lines) + "\n"


def _conflict_annotation(conflict: Conflict) -> str:
    first = conflict.values[0]
    props = [("file", first.path)]
    if first.page is None:  # a PDF has no lines GitHub can show: the message says page and line
        props += [("line", str(first.line)), ("col", str(first.column))]
    rule = conflict_rule(conflict)
    suppressed = conflict_suppression(conflict)
    if suppressed is not None:
        by, reason = suppressed
        props.append(("title", f"{rule.id} ({_WORD.get(by, by)})"))
        return _command("notice", props, f"{conflict_message(conflict)} ({_WORD.get(by, by)}: {reason})")
    props.append(("title", rule.id))
    return _command(rule.level, props, conflict_message(conflict))


def _conflict_plain(conflict: Conflict) -> str:
    first = conflict.values[0]
    where = place(first.path, first.line, page=first.page)
    return escape_data(f"{where}: {conflict_rule(conflict).id}: {conflict_message(conflict)}")
