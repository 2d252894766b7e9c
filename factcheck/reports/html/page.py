"""Render a Report or a ConflictReport as one self-contained HTML page for an editor.

Pure: models in (and, optionally, the sources' texts), one string out. The page loads
nothing: CSS and a small filter script are inline, and the only links are ``#anchors``.
Everything from the report is escaped. Without JavaScript the page shows everything;
the script only hides items (filters by verdict, quote and citation status, or by
kind for conflicts), also when the address ends in ``#only=contradicted,quote:close``.

To show each quote inside its surrounding text, pass ``sources``: a mapping from a
source's path (``Evidence.path``, ``Document.path``) or its id to its full text. Without
it, or when a text no longer matches the report's offsets, the quote is shown alone.

This module builds the check/verify page around the claims' cards, and is where callers
import all three public functions from. The rest is split by concern:
``html.claims`` (one claim's card), ``html.conflicts`` (the conflicts
page), ``html.parts`` (what both pages share) and ``html.assets``
(the inline CSS and script).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from factcheck.models import CITE_STATUSES, QUOTE_STATUSES, VERDICTS, ConflictReport, Report
from factcheck.reports.findings import clip, findings_of
from factcheck.reports.html.claims import NONE, VERDICT_LABELS, _badge, _claim_html, _item_attrs, _where
from factcheck.reports.html.conflicts import render_conflicts_html
from factcheck.reports.html.parts import _counts, _e, _filters, _items, _page, _Texts

__all__ = ["render_conflicts_html", "render_html", "source_paths"]

GLANCE_WIDTH = 130  # characters of a claim shown in the table at the top
FINDINGS = ",".join(v for v in VERDICTS if v != "supported")
_SLUG = re.compile(r"[^A-Za-z0-9._-]+")


# ---------------------------------------------------------------- the check/verify page


def _anchors(ids: Sequence[str], prefix: str) -> list[str]:
    """Stable, unique anchors from ids (a draft sentence's id holds ``/`` and ``:``)."""
    taken: set[str] = set()
    found = []
    for n, raw in enumerate(ids, 1):
        anchor = f"{prefix}-{_SLUG.sub('-', raw).strip('-') or n}"
        if anchor in taken:
            anchor = f"{anchor}-{n}"
        taken.add(anchor)
        found.append(anchor)
    return found


def _summary(report: Report, noun: str) -> str:
    """The figures an editor reads first: verdicts as a bar and as counts, quotes, citations."""
    verdicts = _counts((r.verdict for r in report.results), VERDICTS)
    total = max(1, len(report.results))
    bar = "".join(f'<span class="seg v-{v}" style="flex-grow:{n}" title="{n} {v}"></span>'
                  for v, n in verdicts.items() if n)
    tally = "".join(f'<li><a href="#only={v}">{_badge(v)}</a> <b>{n}<span class="pct">{100 * n / total:.0f}%'
                    f'</span></b></li>' for v, n in verdicts.items())
    quotes = _counts((r.quote_check.status for r in report.results if r.quote_check), QUOTE_STATUSES)
    cites = _counts((r.cite_check.status for r in report.results if r.cite_check), CITE_STATUSES)
    sources = {e.source_id for r in report.results for e in r.evidence}
    rows = [("Quotes", _joined(quotes, "quote")), ("Citations", _joined(cites, "cite")),
            ("Sources", f"{len(sources)} quoted as evidence")]
    suppressed = _counts((f.suppressed for r in report.results for f in findings_of(r) if f.suppressed), ())
    if suppressed:
        rows.append(("Not failing", " · ".join(f"{n} {'accepted' if by == 'accept' else 'baselined'}"
                                                for by, n in suppressed.items())))
    if report.skipped:
        count = len(report.skipped)
        rows.append(("Skipped", f"{count} sentence{'' if count == 1 else 's'} with nothing checkable (listed at the end)"))
    table = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    return (f'<section class="summary" aria-label="Summary"><div class="bar" role="img" aria-label="'
            f'{_e(", ".join(f"{n} {v}" for v, n in verdicts.items()))}">{bar}</div>'
            f'<ul class="tally">{tally}</ul><dl class="figures">{table}</dl>'
            f'<p class="quick"><a href="#only={FINDINGS}">Show only the {noun}s that are not supported</a></p></section>')


def _joined(counts: Mapping[str, int], group: str) -> str:
    shown = [f'<a href="#only={group}:{_e(k)}">{n} {_e(k.replace("_", " "))}</a>' for k, n in counts.items() if n]
    return " · ".join(shown) if shown else "none checked"


def _glance(report: Report, anchors: Sequence[str], noun: str) -> str:
    """A table of every claim, each linking to its card; the file's name is enough here."""
    rows = "".join(f'<tr data-item-row {_item_attrs(r)}><td>{_badge(r.verdict)}</td><td><a href="#{_e(a)}">'
                   f'{_e(clip(r.claim.text, GLANCE_WIDTH))}</a></td><td class="loc" title="{_e(_where(r))}">'
                   f'{_e(_where(r).rsplit("/", 1)[-1] or r.claim.id)}</td></tr>'
                   for r, a in zip(report.results, anchors, strict=True))
    return f'<table class="glance"><thead><tr><th>Verdict</th><th>{noun.capitalize()}</th><th>Where</th></tr>' \
           f'</thead><tbody>{rows}</tbody></table>'


def _skipped(report: Report) -> str:
    if not report.skipped:
        return ""
    rows = "".join(f'<li><span class="loc">{_e(s.file)}:{s.line}:{s.column}</span> {_e(s.text)} '
                   f'<span class="note">({_e(s.reason)})</span></li>' for s in report.skipped)
    count = len(report.skipped)
    return (f'<details class="skipped"><summary>{count} sentence{"" if count == 1 else "s"} skipped: nothing checkable'
            f'</summary><ul>{rows}</ul></details>')


def source_paths(report: Report | ConflictReport) -> tuple[str, ...]:
    """The paths of the sources a report quotes, sorted: the texts the HTML renderers want."""
    if isinstance(report, ConflictReport):
        return tuple(sorted({v.path for c in report.conflicts for v in c.values}))
    return tuple(sorted({e.path for r in report.results for e in r.evidence}))


def render_html(report: Report, *, color: bool = False, sources: Mapping[str, str] | None = None) -> str:
    """A ``check`` or ``verify`` report as one HTML page; ``color`` is ignored (always in colour).

    ``sources`` maps a source path or id to its full text, so that quotes are shown in context.
    """
    results = report.results
    is_draft = any(r.claim.column is not None for r in results) or bool(report.skipped)
    noun = "sentence" if is_draft else "claim"
    paths = {e.source_id: e.path for r in results for e in r.evidence}
    texts = _Texts(sources or {}, paths)
    anchors = _anchors([r.claim.id for r in results], "c")
    files = list(dict.fromkeys(r.claim.file for r in results if r.claim.file))
    subtitle = f"{len(results)} {noun}{'s' if len(results) != 1 else ''}" + \
        (" checked" if report.skipped else "") + (f" from {_e(', '.join(files))}" if files else "") + \
        (f" · {len(report.skipped)} skipped" if report.skipped else "")
    groups = [("verdict", "Verdict", _counts((r.verdict for r in results), VERDICTS),
               {v: w for v, (_, w) in VERDICT_LABELS.items()}),
              ("quote", "Quote", _counts((r.quote_check.status if r.quote_check else NONE for r in results),
                                         (*QUOTE_STATUSES, NONE)), {NONE: "no quote"}),
              ("cite", "Citation", _counts((r.cite_check.status if r.cite_check else NONE for r in results),
                                           (*CITE_STATUSES, NONE)), {NONE: "no citation"})]
    cards = "".join(_claim_html(r, a, texts) for r, a in zip(results, anchors, strict=True))
    body = _summary(report, noun) + _filters(groups) + (_glance(report, anchors, noun) if results else "") + \
        _items(cards, f"No {noun}s.") + _skipped(report)
    return _page("Draft check" if is_draft else "Fact-check report", subtitle, body)
