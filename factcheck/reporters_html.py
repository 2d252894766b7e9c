"""Render a Report or a ConflictReport as one self-contained HTML page for an editor.

Pure: models in (and, optionally, the sources' texts), one string out. The page loads
nothing: CSS and a small filter script are inline, and the only links are ``#anchors``.
Everything from the report is escaped. Without JavaScript the page shows everything;
the script only hides items (filters by verdict, quote and citation status, or by
kind for conflicts), also when the address ends in ``#only=contradicted,quote:close``.

To show each quote inside its surrounding text, pass ``sources``: a mapping from a
source's path (``Evidence.path``, ``Document.path``) or its id to its full text. Without
it, or when a text no longer matches the report's offsets, the quote is shown alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from html import escape

from factcheck.models import (
    CITE_STATUSES,
    QUOTE_STATUSES,
    VERDICTS,
    ClaimResult,
    Conflict,
    ConflictReport,
    ConflictValue,
    Disagreement,
    Report,
)
from factcheck.reporters_findings import clip, findings_of

CONTEXT = 200  # characters of source text shown before and after a quote, at most
GLANCE_WIDTH = 130  # characters of a claim shown in the table at the top
VERDICT_LABELS = {"supported": ("✓", "Supported"), "partial": ("◐", "Partial"), "contradicted": ("✗", "Contradicted"),
                  "disputed": ("⇄", "Disputed"), "not_found": ("?", "Not found")}
STANCE_LABELS = {"supports": ("✓", "supports"), "contradicts": ("✗", "contradicts"), "related": ("~", "related"),
                 "differs": ("≠", "states otherwise"), "variant": ("≈", "spells it otherwise"),
                 "quoted": ("❝", "quoted words"), "value": ("≠", "")}
GOOD_STATUSES = frozenset({"exact", "ok"})
NONE = "none"  # the filter value of a claim without a quote or without a citation
FINDINGS = ",".join(v for v in VERDICTS if v != "supported")
_VALUE_KINDS = {"name_variant": "Spelling", "statement": "Statement"}
_SLUG = re.compile(r"[^A-Za-z0-9._-]+")
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_BREAK = re.compile(r"\n\s*")  # a line break, or a paragraph break with its blank lines


def _e(text: object) -> str:
    return escape(str(text), quote=True)


# ---------------------------------------------------------------- marked-up text


@dataclass(frozen=True, slots=True)
class _Span:
    """A stretch of source text to wrap in a tag: the quote, a differing value, a word."""

    start: int
    end: int
    tag: str
    css: str
    title: str = ""

    def open(self) -> str:
        title = f' title="{_e(self.title)}"' if self.title else ""
        return f'<{self.tag} class="{self.css}" data-start="{self.start}" data-end="{self.end}"{title}>'


def _markup(text: str, shift: int, lo: int, hi: int, spans: Iterable[_Span]) -> str:
    """Escape ``text[lo:hi]`` and wrap the spans (absolute offsets, ``shift`` is the
    offset of ``text[0]``). Spans nest; one that half-overlaps an earlier one is dropped."""
    out: list[str] = []
    pos, stack = lo, list[tuple[_Span, int]]()
    inside = [s for s in spans if lo <= s.start - shift < s.end - shift <= hi]
    for span in sorted(inside, key=lambda s: (s.start, -s.end)):
        start, end = span.start - shift, span.end - shift
        while stack and stack[-1][1] <= start:
            pos = _close(out, text, pos, stack.pop())
        if stack and end > stack[-1][1]:
            continue
        out.append(_text(text[pos:start]) + span.open())
        pos = start
        stack.append((span, end))
    while stack:
        pos = _close(out, text, pos, stack.pop())
    out.append(_text(text[pos:hi]))
    return "".join(out)


def _text(text: str) -> str:
    """Escaped text; a paragraph break kept verbatim but drawn as a short gap, not a blank line."""
    return _PARAGRAPH.sub(r'<span class="br">\g<0></span>', _e(text))


def _close(out: list[str], text: str, pos: int, item: tuple[_Span, int]) -> int:
    span, end = item
    out.append(f"{_text(text[pos:end])}</{span.tag}>")
    return end


def _words(text: str, word: str) -> list[tuple[int, int]]:
    """Where ``word`` stands in ``text`` as whole words, case folded."""
    if not word.strip():
        return []
    return [m.span() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)]


def _find_word(text: str, word: str, start: int = 0) -> tuple[int, int] | None:
    return next((span for span in _words(text, word) if span[0] >= start), None)


Place = tuple[int, int] | None


def _aligned(quote: str, found: str, differences: Sequence[tuple[str, str]]) -> list[tuple[Place, Place]]:
    """Where each differing word stands in the claim's quote and in the source's words. The two
    are nearly the same text, so the source's word is the occurrence nearest the quoted one's
    place ("his own father" against "a mother ... his own mother" marks the second mother)."""
    pairs: list[tuple[Place, Place]] = []
    at, scale = 0, len(found) / max(1, len(quote))
    for quoted, source in differences:
        ours = _find_word(quote, quoted, at)
        place = (ours[0] if ours else at) * scale
        at = ours[1] if ours else at
        theirs = min(_words(found, source), key=lambda span: (abs(span[0] - place), span[0]), default=None)
        pairs.append((ours, theirs))
    return pairs


def _context(text: str, start: int, end: int) -> tuple[int, int]:
    """Around ``text[start:end]``: up to ``CONTEXT`` characters each side, cut at word
    boundaries, and at most one line (or paragraph) beyond the quote's own lines."""
    return _context_start(text, start), _context_end(text, end)


def _context_start(text: str, start: int) -> int:
    lo = max(0, start - CONTEXT)
    breaks = list(_BREAK.finditer(text, lo, start))
    if len(breaks) > 1:
        lo = breaks[-2].end()
    elif lo > 0:
        gap = re.search(r"\s", text[lo:start])
        lo = lo + gap.end() if gap else start
    while lo < start and text[lo].isspace():
        lo += 1
    return lo


def _context_end(text: str, end: int) -> int:
    hi = min(len(text), end + CONTEXT)
    breaks = list(_BREAK.finditer(text, end, hi))
    if len(breaks) > 1:
        hi = breaks[1].start()
    elif hi < len(text):
        gaps = [m.start() for m in re.finditer(r"\s", text[end:hi])]
        hi = end + gaps[-1] if gaps else end
    while hi > end and text[hi - 1].isspace():
        hi -= 1
    return hi


# ---------------------------------------------------------------- passages of source text


@dataclass(frozen=True, slots=True)
class _Passage:
    """A slice of a source to show in its context, with what to mark inside it."""

    anchor: str
    source_id: str
    path: str
    line: int
    start: int
    end: int
    quote: str
    stance: str
    column: int | None = None
    score: float | None = None
    marks: tuple[_Span, ...] = ()
    label: str = ""  # shown instead of the stance's own word

    def holds(self, source_id: str, start: int, end: int) -> bool:
        return self.source_id == source_id and self.start <= start and end <= self.end


@dataclass(frozen=True, slots=True)
class _Texts:
    """The sources' full texts, by path or id (see the module docstring)."""

    by_key: Mapping[str, str] = field(default_factory=dict)
    paths: Mapping[str, str] = field(default_factory=dict)  # source id -> path, learnt from the report

    def view(self, p: _Passage) -> tuple[str, int]:
        """The text to show ``p`` in and the offset of its first character: the whole
        source when it is known and still matches, else the quote alone."""
        for key in (p.path, self.paths.get(p.source_id, ""), p.source_id):
            text = self.by_key.get(key)
            if text is not None and text[p.start:p.end] == p.quote:
                return text, 0
        return p.quote, p.start


def _passage_html(p: _Passage, texts: _Texts, back: str, back_label: str) -> str:
    """One evidence item: where it is, how it speaks, and the quote in its context."""
    text, shift = texts.view(p)
    lo, hi = _context(text, p.start - shift, p.end - shift) if shift == 0 else (0, len(text))
    quote = _Span(p.start, p.end, "span", "q")
    body = _markup(text, shift, lo, hi, (quote, *p.marks))
    cut = '<span class="cut" aria-hidden="true">…</span>'
    before = cut if text[lo - 1:lo] not in ("", "\n") else ""
    after = cut if text[hi:hi + 1] not in ("", "\n") else ""
    symbol, word = STANCE_LABELS.get(p.stance, ("•", p.stance))
    word = p.label or word
    where = f"{p.path}:{p.line}" + (f":{p.column}" if p.column is not None else "")
    score = f'<span class="score">score {p.score:.1f}</span>' if p.score is not None else ""
    return (f'<li class="ev s-{_e(p.stance)}" id="{_e(p.anchor)}">'
            f'<div class="ev-head"><span class="stance s-{_e(p.stance)}"><span aria-hidden="true">{symbol}</span> '
            f'{_e(word)}</span> <a class="src" href="#{_e(p.anchor)}">{_e(where)}</a> {score}'
            f'<a class="back" href="#{_e(back)}">↑ {_e(back_label)}</a></div>'
            f'<blockquote class="source" data-source="{_e(p.source_id)}" data-start="{lo + shift}" '
            f'data-end="{hi + shift}">{before}{body}{after}</blockquote></li>')


# ---------------------------------------------------------------- one claim's evidence


def _value_span(d: Disagreement) -> _Span:
    css = "variant" if d.kind == "name_variant" else "val"
    return _Span(d.value_start, d.value_end, "mark", css, f'the claim says "{d.claim_value}"')


def _passages(r: ClaimResult, anchor: str, paths: Mapping[str, str]) -> list[_Passage]:
    """The evidence, then each place a differing value or the quoted words stand that no
    evidence item shows; every differing value and quoted word is marked where it stands."""
    found = [_Passage(f"{anchor}-e{n}", e.source_id, e.path, e.line, e.start, e.end, e.quote, e.stance,
                      e.column, e.score) for n, e in enumerate(r.evidence, 1)]
    for d in r.disagreements:
        if d.kind == "quote":
            continue
        if not any(p.holds(d.source_id, d.value_start, d.value_end) for p in found):
            stance = "variant" if d.kind == "name_variant" else "differs"
            found.append(_Passage(f"{anchor}-x{len(found) + 1}", d.source_id, paths.get(d.source_id, d.source_id),
                                  d.line, d.start, d.end, d.quote, stance))
        found = [_mark(p, d.source_id, _value_span(d)) for p in found]
    return _quote_passage(r, anchor, found, paths)


def _mark(p: _Passage, source_id: str, span: _Span) -> _Passage:
    """Add a mark to a passage that holds it (one that spans the whole passage adds nothing)."""
    if not p.holds(source_id, span.start, span.end) or (span.start, span.end) == (p.start, p.end):
        return p
    return replace(p, marks=(*p.marks, span))


def _quote_passage(r: ClaimResult, anchor: str, found: list[_Passage], paths: Mapping[str, str]) -> list[_Passage]:
    """Underline the quoted words where the quote check found them; mark the words that differ."""
    q = r.quote_check
    if q is None or q.source_id is None or q.start is None or q.end is None or q.found is None:
        return found
    if not any(p.holds(q.source_id, q.start, q.end) for p in found):
        found.append(_Passage(f"{anchor}-x{len(found) + 1}", q.source_id, paths.get(q.source_id, q.source_id),
                              q.line or 0, q.start, q.end, q.found, "quoted"))
    spans = [_Span(q.start, q.end, "span", "qw", "the words the claim quotes")]
    for (quoted, _), (_, hit) in zip(q.differences, _aligned(r.claim.quote or "", q.found, q.differences), strict=True):
        if hit:
            spans.append(_Span(q.start + hit[0], q.start + hit[1], "mark", "val", f'the quote has "{quoted}"'))
    for span in spans:
        found = [_mark(p, q.source_id, span) for p in found]
    return found


def _where_link(passages: Sequence[_Passage], source_id: str, start: int, end: int, label: str) -> str:
    target = next((p for p in passages if p.holds(source_id, start, end)), None)
    return f'<a href="#{_e(target.anchor)}">{_e(label)}</a>' if target else _e(label)


# ---------------------------------------------------------------- one claim


def _claim_spans(r: ClaimResult) -> list[_Span]:
    """The claim's own values that a source states otherwise, and its words no source states."""
    spans = []
    for d in r.disagreements:
        if d.kind != "quote":
            hit = _find_word(r.claim.text, d.claim_value)
            css = "variant" if d.kind == "name_variant" else "claim-val"
            if hit:
                spans.append(_Span(*hit, "mark", css, f'{d.source_id}:{d.line} says "{d.source_value}"'))
    for missing in r.missing:
        at = r.claim.text.find(missing)
        if at >= 0:
            spans.append(_Span(at, at + len(missing), "mark", "missing", "stated in no source"))
    return spans


def _badge(verdict: str) -> str:
    symbol, word = VERDICT_LABELS.get(verdict, ("•", verdict))
    return f'<span class="badge v-{_e(verdict)}"><span aria-hidden="true">{symbol}</span> {_e(word)}</span>'


def _status(label: str, status: str, detail: str = "") -> str:
    css, symbol = ("ok", "✓") if status in GOOD_STATUSES else ("bad", "!")
    mark = f'<span class="{css}"><span aria-hidden="true">{symbol}</span> {_e(status.replace("_", " "))}</span>'
    return f'<li><span class="k">{_e(label)}</span> {mark}{detail}</li>'


def _facts(r: ClaimResult, passages: Sequence[_Passage]) -> str:
    """The findings beside the verdict: differing values, missing words, quote, citation."""
    rows = [_disagreement_row(d, passages) for d in r.disagreements if d.kind != "quote"]
    if r.missing:
        words = ", ".join(f'<mark class="missing">{_e(m)}</mark>' for m in r.missing)
        rows.append(f'<li><span class="k">in no source</span> {words}</li>')
    if r.quote_check:
        rows.append(_quote_row(r, passages))
    if r.cite_check:
        c = r.cite_check
        detail = f" · cites {_e(', '.join(c.cited))}" if c.cited else ""
        detail += f" · found in {_e(', '.join(c.found_in))}" if c.found_in and c.status != "ok" else ""
        detail += f" · unknown: {_e(', '.join(c.unknown))}" if c.unknown else ""
        rows.append(_status("citation", c.status, detail))
    rows += _suppressed_rows(r)
    if r.claim.tags:
        rows.append(f'<li><span class="k">tags</span> {_e(", ".join(r.claim.tags))}</li>')
    return f'<ul class="facts">{"".join(rows)}</ul>' if rows else ""


def _disagreement_row(d: Disagreement, passages: Sequence[_Passage]) -> str:
    """A differing value as an edit (claim struck, source inserted); a spelling variant as two spellings."""
    where = _where_link(passages, d.source_id, d.value_start, d.value_end, f"{d.source_id}:{d.line}")
    if d.kind == "name_variant":
        return (f'<li class="dis"><span class="k">spelling</span> the claim spells it <mark class="variant">'
                f'{_e(d.claim_value)}</mark>, {where} has <mark class="variant">{_e(d.source_value)}</mark> '
                f'<span class="note">(a variant: the verdict stands)</span></li>')
    kind = d.kind.replace("_", " ") + (f" ({d.detail})" if d.detail else "")
    return (f'<li class="dis"><span class="k">{_e(kind)}</span> the claim says <del>{_e(d.claim_value)}</del>, '
            f'{where} says <ins>{_e(d.source_value)}</ins></li>')


def _quote_row(r: ClaimResult, passages: Sequence[_Passage]) -> str:
    q = r.quote_check
    assert q is not None
    where = ""
    if q.source_id and q.start is not None and q.end is not None:
        where = " in " + _where_link(passages, q.source_id, q.start, q.end, f"{q.source_id}:{q.line}")
    changes = "; ".join(f"<del>{_e(a or '–')}</del> where the source has <ins>{_e(b or '–')}</ins>"
                        for a, b in q.differences)
    return _status("quote", q.status, where + (f" · {changes}" if changes else ""))


def _suppressed_rows(r: ClaimResult) -> list[str]:
    """Findings the writer accepted (``accept:``) or a baseline holds: shown, with why, never silent."""
    rows = []
    for f in findings_of(r):
        if f.suppressed:
            label = "accepted" if f.suppressed == "accept" else "baselined"
            rows.append(f'<li class="accept"><span class="k">{label}</span> <span class="tok">{_e(f.token)}</span>: '
                        f"{_e(f.reason)}</li>")
    return rows


def _quoted_html(r: ClaimResult) -> str:
    """The words the claim quotes, with those the source words otherwise struck through."""
    if not r.claim.quote:
        return ""
    q = r.quote_check
    pairs = _aligned(r.claim.quote, q.found or "", q.differences) if q else []
    spans = [_Span(*ours, "del", "qdiff") for ours, _ in pairs if ours]
    body = _markup(r.claim.quote, 0, 0, len(r.claim.quote), spans)
    return f'<p class="quoted"><span class="k">quotes</span> “{body}”</p>'


def _item_attrs(r: ClaimResult) -> str:
    quote = r.quote_check.status if r.quote_check else NONE
    cite = r.cite_check.status if r.cite_check else NONE
    return f'data-verdict="{_e(r.verdict)}" data-quote="{_e(quote)}" data-cite="{_e(cite)}"'


def _where(r: ClaimResult) -> str:
    c = r.claim
    if not c.file:
        return ""
    return f"{c.file}:{c.line}" + (f":{c.column}" if c.column is not None else "")


def _claim_html(r: ClaimResult, anchor: str, texts: _Texts) -> str:
    """One claim (or draft sentence): verdict, words, findings, and the sources' own words."""
    passages = _passages(r, anchor, texts.paths)
    is_sentence = r.claim.column is not None
    title = "" if is_sentence else f'<span class="id">{_e(r.claim.id)}</span>'
    evidence = "".join(_passage_html(p, texts, anchor, "sentence" if is_sentence else "claim") for p in passages)
    claim = _markup(r.claim.text, 0, 0, len(r.claim.text), _claim_spans(r))
    return (f'<article class="item v-{_e(r.verdict)}" id="{_e(anchor)}" data-item {_item_attrs(r)}>'
            f'<div class="head">{_badge(r.verdict)}{title}<a class="loc" href="#{_e(anchor)}">{_e(_where(r))}</a>'
            f'<span class="score">score {r.score:.1f}</span></div>'
            f'<p class="claim">{claim}</p>{_quoted_html(r)}{_facts(r, passages)}'
            + (f'<ol class="evidence">{evidence}</ol>' if evidence else '<p class="none">No evidence.</p>')
            + "</article>")


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


def _counts(values: Iterable[str], order: Sequence[str]) -> dict[str, int]:
    counts = dict.fromkeys(order, 0)
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts


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
        rows.append(("Skipped", f"{len(report.skipped)} sentences with nothing checkable (listed at the end)"))
    table = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    return (f'<section class="summary" aria-label="Summary"><div class="bar" role="img" aria-label="'
            f'{_e(", ".join(f"{n} {v}" for v, n in verdicts.items()))}">{bar}</div>'
            f'<ul class="tally">{tally}</ul><dl class="figures">{table}</dl>'
            f'<p class="quick"><a href="#only={FINDINGS}">Show only the {noun}s that are not supported</a></p></section>')


def _joined(counts: Mapping[str, int], group: str) -> str:
    shown = [f'<a href="#only={group}:{_e(k)}">{n} {_e(k.replace("_", " "))}</a>' for k, n in counts.items() if n]
    return " · ".join(shown) if shown else "none checked"


def _filters(groups: Sequence[tuple[str, str, Mapping[str, int], Mapping[str, str]]]) -> str:
    """Checkboxes per group and value, with counts; hidden until the script runs. A group
    whose items all share one value filters nothing and is left out."""
    sets = []
    for name, legend, counts, labels in groups:
        if sum(1 for n in counts.values() if n) < 2 and name != groups[0][0]:
            continue
        boxes = "".join(f'<label class="f-{_e(name)}-{_e(v)}"><input type="checkbox" name="{_e(name)}" value="{_e(v)}"'
                        f' checked> {_e(labels.get(v, v.replace("_", " ")))} <span class="n">{n}</span></label>'
                        for v, n in counts.items() if n)
        sets.append(f'<div class="group" role="group" aria-label="{_e(legend)}"><span class="legend">{_e(legend)}'
                    f"</span>{boxes}</div>")
    return (f'<nav class="filters" id="filters" hidden data-primary="{_e(groups[0][0])}" aria-label="Filters">'
            f'{"".join(sets)}<div class="f-end"><button type="button" id="reset">Show all</button>'
            f'<span id="shown" aria-live="polite"></span></div></nav>')


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
    return (f'<details class="skipped"><summary>{len(report.skipped)} sentences skipped: nothing checkable'
            f'</summary><ul>{rows}</ul></details>')


def _items(cards: str, empty: str) -> str:
    return '<section class="items">' + (cards or f'<p class="none">{_e(empty)}</p>') + "</section>"


def _page(title: str, subtitle: str, body: str) -> str:
    return ("<!DOCTYPE html>\n"
            f'<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, '
            f'initial-scale=1"><meta name="generator" content="factcheck"><title>{_e(title)}</title>'
            f"<style>{CSS}</style></head><body><main><header class=\"top\"><h1>{_e(title)}</h1>"
            f'<p class="sub">{subtitle}</p></header>{body}</main><script>{SCRIPT}</script></body></html>\n')


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
        (f" from {_e(', '.join(files))}" if files else "") + \
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


# ---------------------------------------------------------------- the conflicts page


def _kind_label(kind: str) -> str:
    return _VALUE_KINDS.get(kind, kind.replace("_", " ").capitalize())


def _kind_class(kind: str) -> str:
    return {"name_variant": "k-variant", "statement": "k-statement"}.get(kind, "k-value")


def _value_passage(v: ConflictValue, anchor: str) -> _Passage:
    label = f"“{v.value}”" + (f" in {v.detail}" if v.detail and v.detail != v.value else "") + \
        (f", {v.count} times" if v.count > 1 else "")
    mark = _Span(v.value_start, v.value_end, "mark", "val", f"this source says {v.value}")
    return _Passage(anchor, v.source_id, v.path, v.line, v.start, v.end, v.quote, "value", v.column,
                    marks=(mark,), label=label)


def _conflict_html(number: int, c: Conflict, texts: _Texts) -> str:
    """One disagreement: what, how sure, and each source's words with its value marked."""
    anchor = f"k{number}"
    passages = [_value_passage(v, f"{anchor}-v{n}") for n, v in enumerate(c.values, 1)]
    links = " / ".join(f'<a href="#{p.anchor}">{_e(v.value)}</a> <span class="loc">({_e(v.source_id)}:{v.line})'
                       f"</span>" for p, v in zip(passages, c.values, strict=True))
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


# ---------------------------------------------------------------- the page's own style and script

# Okabe-Ito hues (told apart with every common colour-vision deficiency); every colour
# is doubled by a word and a symbol, and print needs neither (backgrounds are dropped).
CSS = """
:root{--ink:#1d2330;--soft:#5b6472;--line:#e3e6eb;--paper:#fff;--wash:#f6f7f9;--accent:#0072b2;
--ok:#00805c;--ok-bg:#e3f4ee;--part:#8a5a00;--part-bg:#fdf1d6;--bad:#b34700;--bad-bg:#fbe8dc;
--disp:#8e3f6c;--disp-bg:#f7e8f1;--none:#5b6472;--none-bg:#eef0f3;--hl:#fff1b8;--val:#ffd45e}
*{box-sizing:border-box}
html{background:var(--wash)}
body{margin:0;color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,
sans-serif;-webkit-text-size-adjust:100%}
main{max-width:60rem;margin:0 auto;padding:2rem 1.25rem 4rem}
h1{font-size:1.75rem;line-height:1.2;margin:0 0 .25rem;letter-spacing:-.01em}
.sub{margin:0 0 1.5rem;color:var(--soft)}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
.summary{background:var(--paper);border:1px solid var(--line);border-radius:10px;padding:1.1rem 1.25rem;
margin-bottom:1rem}
.bar{display:flex;height:.7rem;border-radius:99px;overflow:hidden;gap:2px;margin-bottom:1rem;background:var(--line)}
.seg{display:block;min-width:.5rem}
.tally{list-style:none;margin:0 0 1rem;padding:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(8.5rem,1fr));
gap:.75rem}
.tally li{display:flex;flex-direction:column;align-items:flex-start;gap:.3rem}
.tally b{font-size:1.9rem;line-height:1;font-weight:700;padding-left:.2rem}
.pct{color:var(--soft);font-size:.85rem;font-weight:400;margin-left:.3rem}
.tally a:hover{text-decoration:none}
.figures{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0;font-size:.95rem}
.figures dt{color:var(--soft)}.figures dd{margin:0}
.quick{margin:.8rem 0 0;font-size:.95rem}
.badge{display:inline-flex;align-items:center;gap:.3em;padding:.05rem .6rem;border-radius:99px;font-size:.8rem;
font-weight:650;letter-spacing:.02em;text-transform:uppercase;border:1.5px solid currentColor;white-space:nowrap}
.v-supported{--c:var(--ok);--b:var(--ok-bg)}.v-partial{--c:var(--part);--b:var(--part-bg)}
.v-contradicted{--c:var(--bad);--b:var(--bad-bg)}.v-disputed{--c:var(--disp);--b:var(--disp-bg)}
.v-not_found{--c:var(--none);--b:var(--none-bg)}
.k-variant{--c:#005a8c;--b:#e1effa}.k-value{--c:var(--bad);--b:var(--bad-bg)}
.k-statement{--c:var(--disp);--b:var(--disp-bg)}
.badge{color:var(--c);background:var(--b)}.seg{background:var(--c)}
.filters{margin:0 0 1.4rem;display:flex;flex-direction:column;gap:.45rem;font-size:.88rem}
.filters .group{display:flex;flex-wrap:wrap;gap:.3rem;align-items:center}
.filters .legend{width:4.6rem;color:var(--soft);font-weight:600}
.filters label{display:inline-flex;align-items:center;gap:.3rem;padding:.1rem .55rem;border:1px solid var(--line);
border-radius:99px;background:var(--paper);cursor:pointer;user-select:none}
.filters label:has(input:not(:checked)){opacity:.55;text-decoration:line-through}
.filters input{margin:0;accent-color:var(--accent)}.filters .n{color:var(--soft);font-variant-numeric:tabular-nums}
.f-end{display:flex;gap:.7rem;align-items:center;padding-left:4.9rem}
.filters button{font:inherit;padding:.15rem .7rem;border:1px solid var(--line);border-radius:6px;
background:var(--paper);cursor:pointer}#shown{color:var(--soft)}
.glance{width:100%;border-collapse:collapse;background:var(--paper);border:1px solid var(--line);border-radius:10px;
overflow:hidden;margin-bottom:2rem;font-size:.92rem}
.glance th{text-align:left;font-weight:600;color:var(--soft);background:var(--wash);padding:.45rem .75rem;
border-bottom:1px solid var(--line)}
.glance td{padding:.45rem .75rem;border-top:1px solid var(--line);vertical-align:top}
.glance td:first-child{width:1%}.glance a{color:var(--ink)}
.loc{color:var(--soft);font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"DejaVu Sans Mono",monospace;
font-size:.82em;overflow-wrap:anywhere}
.glance td.loc{white-space:nowrap}
.item{background:var(--paper);border:1px solid var(--line);border-left:5px solid var(--c,var(--line));
border-radius:10px;padding:1.1rem 1.35rem 1.2rem;margin:0 0 1.25rem;scroll-margin-top:4rem}
.item:target{box-shadow:0 0 0 3px rgba(0,114,178,.25)}
.head{display:flex;flex-wrap:wrap;align-items:center;gap:.35rem .8rem;margin-bottom:.55rem}
.id{font-weight:650}.head .score{margin-left:auto;color:var(--soft);font-size:.85rem}
.claim{font-size:1.2rem;line-height:1.45;margin:.2rem 0 .7rem;font-weight:500}
.quoted{margin:-.3rem 0 .7rem;font-family:Georgia,"Iowan Old Style","DejaVu Serif",serif;font-style:italic}
.k{display:inline-block;min-width:6.5rem;color:var(--soft);font-size:.8rem;text-transform:uppercase;
letter-spacing:.04em;font-style:normal;font-family:system-ui,sans-serif}
.facts{list-style:none;margin:0 0 .9rem;padding:.6rem .8rem;background:var(--wash);border-radius:8px;font-size:.95rem}
.facts li{padding:.12rem 0}.note{color:var(--soft);font-size:.88em}
.ok{color:var(--ok);font-weight:600}.bad{color:var(--bad);font-weight:600}
del{text-decoration:line-through;text-decoration-thickness:2px;color:var(--bad);background:var(--bad-bg);
padding:0 .15em;border-radius:3px}
ins{text-decoration:none;border-bottom:2px solid var(--ok);background:var(--ok-bg);padding:0 .15em;border-radius:3px}
mark{color:inherit;border-radius:3px;padding:0 .1em}
mark.claim-val{background:var(--bad-bg);text-decoration:underline wavy var(--bad);text-underline-offset:3px}
mark.missing{background:var(--part-bg);text-decoration:underline dotted var(--part) 2px;text-underline-offset:3px}
mark.variant{background:#e1effa;text-decoration:underline dotted #005a8c;text-underline-offset:3px}
mark.val{background:var(--val);font-weight:700;text-decoration:underline;text-decoration-thickness:2px;
text-underline-offset:3px}
.evidence{list-style:none;margin:0;padding:0;display:grid;gap:.75rem}
.ev{border:1px solid var(--line);border-radius:8px;padding:.6rem .9rem .7rem;scroll-margin-top:4rem}
.ev:target{border-color:var(--accent);box-shadow:0 0 0 3px rgba(0,114,178,.2)}
.ev-head{display:flex;flex-wrap:wrap;gap:.3rem .7rem;align-items:baseline;font-size:.85rem;margin-bottom:.35rem}
.stance{font-weight:650}.s-supports .stance{color:var(--ok)}.s-contradicts .stance,.s-differs .stance{color:var(--bad)}
.s-related .stance,.s-quoted .stance{color:var(--soft)}
.ev-head .src{font-family:ui-monospace,Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:.95em;
overflow-wrap:anywhere}
.ev-head .score{color:var(--soft)}.caption{font-weight:600}
.back{margin-left:auto;color:var(--soft)}
.source{margin:0;font-family:Georgia,"Iowan Old Style","DejaVu Serif",serif;font-size:1.02rem;line-height:1.65;
color:#6b7280;white-space:pre-line;overflow-wrap:anywhere}
.source .q{color:var(--ink);background:var(--hl);box-decoration-break:clone;-webkit-box-decoration-break:clone;
padding:.05em 0;border-radius:2px}
.s-related .source .q{background:#eef1f5}
.source .qw{text-decoration:underline;text-decoration-color:var(--accent);text-underline-offset:4px}
.cut{color:#9aa1ab}.source .br{display:block;height:.55em}
.none{color:var(--soft)}
.skipped{background:var(--paper);border:1px solid var(--line);border-radius:10px;padding:.8rem 1.2rem}
.skipped summary{cursor:pointer;font-weight:600}.skipped ul{padding-left:1.1rem}
.values{margin:-.3rem 0 .8rem}p.accept{margin:0 0 .8rem}
.tok{font-family:ui-monospace,Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:.88em}
@media (max-width:40rem){.k{min-width:0;margin-right:.4rem}.glance th:nth-child(3),.glance td.loc{display:none}
.f-end{padding-left:0}}
@media print{
html,body{background:#fff;font-size:10.5pt}main{max-width:none;padding:0}
.filters,.back,.quick{display:none!important}
[data-item][hidden]{display:block!important}tr[data-item-row][hidden]{display:table-row!important}
.item,.summary,.glance{border:1px solid #999;box-shadow:none}.item{border-left-width:4px;break-inside:auto}
.ev,.glance tr{break-inside:avoid}
a{color:inherit}.source{color:#555}.source .q{color:#000}
.skipped{display:block}.skipped ul{display:block}
}
""".strip()

# Filters hide items whose value is unchecked in any group. ``#only=a,b,group:c`` keeps
# only those values in the groups it names (a bare value is of the first group); the
# address follows the checkboxes, so a filtered view can be bookmarked or shared.
SCRIPT = """
(function(){"use strict";
var nav=document.getElementById("filters");if(!nav){return;}
var boxes=Array.prototype.slice.call(nav.querySelectorAll("input[type=checkbox]"));
var items=Array.prototype.slice.call(document.querySelectorAll("[data-item],[data-item-row]"));
var primary=nav.getAttribute("data-primary"),shown=document.getElementById("shown");
var groups=[];boxes.forEach(function(b){if(groups.indexOf(b.name)<0){groups.push(b.name);}});
function token(b){return b.name===primary?b.value:b.name+":"+b.value;}
function apply(){var off={},count=0,total=0;
boxes.forEach(function(b){if(!b.checked){off[b.name+":"+b.value]=true;}});
items.forEach(function(it){var hide=groups.some(function(g){return off[g+":"+it.getAttribute("data-"+g)];});
it.hidden=hide;if(it.hasAttribute("data-item")){total++;if(!hide){count++;}}});
shown.textContent=count===total?"Showing all "+total:"Showing "+count+" of "+total;}
function fromHash(){var m=/^#only=(.*)$/.exec(location.hash);if(!m){return false;}
var want=decodeURIComponent(m[1]).split(","),named={};
boxes.forEach(function(b){if(want.indexOf(token(b))>=0){named[b.name]=true;}});
boxes.forEach(function(b){b.checked=!named[b.name]||want.indexOf(token(b))>=0;});apply();return true;}
function toHash(){var partial={},keep=[];
boxes.forEach(function(b){if(!b.checked){partial[b.name]=true;}});
boxes.forEach(function(b){if(b.checked&&partial[b.name]){keep.push(token(b));}});
var url=keep.length?"#only="+keep.join(","):location.pathname+location.search;
try{history.replaceState(null,"",url);}catch(e){}}
boxes.forEach(function(b){b.addEventListener("change",function(){apply();toHash();});});
document.getElementById("reset").addEventListener("click",function(){
boxes.forEach(function(b){b.checked=true;});apply();toHash();});
window.addEventListener("hashchange",function(){fromHash();});
nav.hidden=false;if(!fromHash()){apply();}
})();
""".strip()
