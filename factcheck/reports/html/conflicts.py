"""The ``conflicts`` report as one HTML page: each disagreement between sources, with each source's words.

Kept apart from the check/verify page (``html.page``), with which it shares only the
pieces in ``html.parts``: it has its own cards (a value per source instead of a
verdict per claim), its own summary and its own filter groups (kind and status).
``render_conflicts_html`` is re-exported by ``html.page``, where callers import it.
"""

from __future__ import annotations

from collections.abc import Mapping

from factcheck.models import Conflict, ConflictReport, ConflictValue, place
from factcheck.reports.html.parts import (
    _counts,
    _e,
    _filters,
    _items,
    _page,
    _Passage,
    _passage_html,
    _Span,
    _Texts,
)

_VALUE_KINDS = {"name_variant": "Spelling", "statement": "Statement"}


def _kind_label(kind: str) -> str:
    return _VALUE_KINDS.get(kind, kind.replace("_", " ").capitalize())


def _kind_class(kind: str) -> str:
    return {"name_variant": "k-variant", "statement": "k-statement"}.get(kind, "k-value")


def _value_passage(v: ConflictValue, anchor: str) -> _Passage:
    label = f"“{v.value}”" + (f" in {v.detail}" if v.detail and v.detail != v.value else "") + \
        (f", {v.count} times" if v.count > 1 else "")
    mark = _Span(v.value_start, v.value_end, "mark", "val", f"this source says {v.value}")
    return _Passage(anchor, v.source_id, v.path, v.line, v.start, v.end, v.quote, "value", v.column,
                    marks=(mark,), label=label, page=v.page)


def _conflict_html(number: int, c: Conflict, texts: _Texts) -> str:
    """One disagreement: what, how sure, and each source's words with its value marked."""
    anchor = f"k{number}"
    passages = [_value_passage(v, f"{anchor}-v{n}") for n, v in enumerate(c.values, 1)]
    links = " / ".join(f'<a href="#{p.anchor}">{_e(v.value)}</a> '
                       f'<span class="loc">({_e(place(v.source_id, v.line, page=v.page))})</span>'
                       for p, v in zip(passages, c.values, strict=True))
    status = _conflict_status(c)
    reason = {"explained": c.reason or "by the aliases file", "baselined": "recorded in the baseline file"}.get(status)
    note = f'<p class="accept"><span class="k">{status}</span> {_e(reason)}</p>' if reason else ""
    items = "".join(_passage_html(p, texts, anchor, "finding") for p in passages)
    css = _kind_class(c.kind)
    return (f'<article class="item {css}" id="{anchor}" data-item data-kind="{_e(c.kind)}" '
            f'data-status="{status}"><div class="head"><span class="badge {css}">{_e(_kind_label(c.kind))}'
            f'</span><a class="id" href="#{anchor}">#{number}</a><span class="score">confidence {c.confidence:.2f}'
            f'</span></div><p class="claim">{_e(c.subject)}</p><p class="values">{links}</p>{note}'
            f'<ol class="evidence">{items}</ol></article>')


def _conflict_status(c: Conflict) -> str:
    """Why a finding does not fail the run, if it does not: an aliases file or a baseline."""
    if c.explained:
        return "explained"
    return "baselined" if getattr(c, "baselined", False) else "unexplained"


def _conflict_summary(report: ConflictReport) -> str:
    summary = report.summary()
    kinds = _counts((c.kind for c in report.conflicts if not c.explained), ())
    tally = "".join(f'<li><a href="#only={_e(k)}"><span class="badge {_kind_class(k)}">{_e(_kind_label(k))}</span></a>'
                    f" <b>{n}</b></li>" for k, n in kinds.items())
    rows = [("Sources", f"{summary['documents']} documents, {summary['passages']} passages read"),
            ("Explained", f"{summary['explained']} by the aliases file" if summary["explained"] else "none")]
    baselined = sum(1 for c in report.conflicts if _conflict_status(c) == "baselined")
    if baselined:
        rows.append(("Baselined", f"{baselined} recorded in the baseline file (not failing)"))
    table = "".join(f"<dt>{k}</dt><dd>{_e(v)}</dd>" for k, v in rows)
    return f'<section class="summary" aria-label="Summary"><ul class="tally">{tally}</ul>' \
           f'<dl class="figures">{table}</dl></section>'


def render_conflicts_html(report: ConflictReport, *, color: bool = False,
                          sources: Mapping[str, str] | None = None) -> str:
    """A ``conflicts`` report as one HTML page; ``sources`` as for ``render_html``."""
    paths = {v.source_id: v.path for c in report.conflicts for v in c.values}
    texts = _Texts(sources or {}, paths)
    shown = sum(1 for c in report.conflicts if not c.explained)
    subtitle = f"{shown} disagreement{'s' if shown != 1 else ''} between {report.documents} documents"
    kinds = _counts((c.kind for c in report.conflicts), ())
    statuses = _counts((_conflict_status(c) for c in report.conflicts), ("unexplained", "explained", "baselined"))
    groups = [("kind", "Kind", kinds, {k: _kind_label(k) for k in kinds}), ("status", "Status", statuses, {})]
    cards = "".join(_conflict_html(n, c, texts) for n, c in enumerate(report.conflicts, 1))
    body = _conflict_summary(report) + (_filters(groups) if report.conflicts else "") + \
        _items(cards, "The sources do not disagree.")
    return _page("Where the sources disagree", _e(subtitle), body)
