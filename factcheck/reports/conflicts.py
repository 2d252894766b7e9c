"""Render a ConflictReport for editors (text) and for tools (json). Pure: report in, str out.

The JSON shape is CONTRACT.md section 5: each value's ``start``/``end`` span its
``quote`` (the sentence, a verbatim slice of the source) and ``value_start``/
``value_end`` the differing value inside it.
"""

from __future__ import annotations

import json
from typing import Any

from factcheck.models import Conflict, ConflictReport, ConflictValue, place
from factcheck.reports.github import render_conflicts_github
from factcheck.reports.html.page import render_conflicts_html
from factcheck.reports.junit import render_conflicts_junit
from factcheck.reports.sarif import render_conflicts_sarif

JSON_VERSION = 1
QUOTE_WIDTH = 160  # characters of a quote shown around the value in text output


def conflicts_to_dict(report: ConflictReport) -> dict[str, Any]:
    """The contract's JSON object, plus documented extensions (explained, reason)."""
    return {"version": JSON_VERSION, "conflicts": [_conflict(c) for c in report.conflicts],
            "summary": report.summary()}


def _conflict(conflict: Conflict) -> dict[str, Any]:
    item: dict[str, Any] = {"kind": conflict.kind, "subject": conflict.subject,
                            "confidence": conflict.confidence, "explained": conflict.explained,
                            "values": [_value(v) for v in conflict.values]}
    if conflict.reason:
        item["reason"] = conflict.reason
    if conflict.baselined:
        item["baselined"] = True
    return item


def _value(v: ConflictValue) -> dict[str, Any]:
    item: dict[str, Any] = {"value": v.value, "source_id": v.source_id, "path": v.path, "line": v.line,
                            "column": v.column, "start": v.start, "end": v.end, "quote": v.quote,
                            "value_start": v.value_start, "value_end": v.value_end}
    if v.detail:
        item["name"] = v.detail
    if v.page is not None:
        item["page"] = v.page  # a PDF source: ``line`` and ``column`` count within the page
    return item


def render_conflicts_json(report: ConflictReport, *, color: bool = False) -> str:
    """One JSON object, stable key order, UTF-8 kept readable."""
    return json.dumps(conflicts_to_dict(report), ensure_ascii=False, indent=2) + "\n"


def render_conflicts_text(report: ConflictReport, *, color: bool = False) -> str:
    """Each finding with its values one under another: where, and the quote with the
    value marked ``>>like this<<``. Explained findings are counted, not shown."""
    shown = [c for c in report.conflicts if not c.explained]
    lines: list[str] = []
    for number, conflict in enumerate(shown, 1):
        head = f"{number}. {conflict.kind}: {conflict.subject}  (confidence {conflict.confidence:.2f})"
        head += "  [baselined]" if conflict.baselined else ""
        lines.append(_paint(head, "1", color))
        width = max(len(_where(v)) for v in conflict.values)
        for value in conflict.values:
            lines.append(f"   {_where(value).ljust(width)}  {_marked(value, color)}")
        lines.append("")
    summary = report.summary()
    explained = summary["explained"]
    documents = summary["documents"]
    tail = (f"{len(shown)} disagreement{'s' if len(shown) != 1 else ''} between {documents} "
            f"document{'s' if documents != 1 else ''}")
    if explained:
        tail += f" ({explained} more explained by the aliases file)"
    baselined = sum(1 for c in shown if c.baselined)
    if baselined:
        tail += f"; {baselined} baselined (recorded in the baseline file; not failing)"
    lines.append(tail)
    return "\n".join(lines) + "\n"


def _where(value: ConflictValue) -> str:
    return place(value.source_id, value.line, page=value.page)


def _marked(value: ConflictValue, color: bool) -> str:
    """The quote, cut to a readable width around the value, the value between >> <<."""
    inner_start, inner_end = value.value_start - value.start, value.value_end - value.start
    quote = " ".join(value.quote[:inner_start].split()), value.quote[inner_start:inner_end], \
        " ".join(value.quote[inner_end:].split())
    before, middle, after = quote
    room = max(20, (QUOTE_WIDTH - len(middle)) // 2)
    if len(before) > room:
        before = "…" + before[-room:].split(" ", 1)[-1]
    if len(after) > room:
        after = after[:room].rsplit(" ", 1)[0] + "…"
    mark = _paint(f">>{middle}<<", "1;31", color)
    space_before = " " if value.quote[:inner_start][-1:].isspace() else ""
    space_after = " " if value.quote[inner_end:][:1].isspace() else ""
    return f"{before}{space_before}{mark}{space_after}{after}".strip()


def _paint(text: str, code: str, color: bool) -> str:
    return f"\033[{code}m{text}\033[0m" if color else text


CONFLICT_REPORTERS = {"text": render_conflicts_text, "json": render_conflicts_json, "sarif": render_conflicts_sarif,
                      "junit": render_conflicts_junit, "github": render_conflicts_github, "html": render_conflicts_html}
