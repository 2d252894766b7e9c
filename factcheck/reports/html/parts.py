"""Pieces both HTML pages use: escaping, marked-up source text, evidence items and the page shell.

The check/verify page (``html.page``) and the conflicts page (``html.conflicts``)
both show a source's words in their context with spans marked, both offer filter checkboxes
and both sit in the same page. Those pieces live here, below both pages, so that neither page
imports the other: ``html.page`` re-exports the conflicts page, which would be an import
cycle if the conflicts page took its helpers from there. Everything here is private to the
HTML reporters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from html import escape

from factcheck.models import place
from factcheck.reports.html.assets import CSS, SCRIPT

CONTEXT = 200  # characters of source text shown before and after a quote, at most
STANCE_LABELS = {"supports": ("✓", "supports"), "contradicts": ("✗", "contradicts"), "related": ("~", "related"),
                 "differs": ("≠", "states otherwise"), "variant": ("≈", "spells it otherwise"),
                 "quoted": ("❝", "quoted words"), "value": ("≠", "")}
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
    page: int | None = None  # a PDF source's page (``line`` counts within it)

    def holds(self, source_id: str, start: int, end: int) -> bool:
        return self.source_id == source_id and self.start <= start and end <= self.end


@dataclass(frozen=True, slots=True)
class _Texts:
    """The sources' full texts, by path or id (see the docstring of ``html.page``)."""

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
    where = place(p.path, p.line, p.column, p.page)
    score = f'<span class="score">score {p.score:.1f}</span>' if p.score is not None else ""
    return (f'<li class="ev s-{_e(p.stance)}" id="{_e(p.anchor)}">'
            f'<div class="ev-head"><span class="stance s-{_e(p.stance)}"><span aria-hidden="true">{symbol}</span> '
            f'{_e(word)}</span> <a class="src" href="#{_e(p.anchor)}">{_e(where)}</a> {score}'
            f'<a class="back" href="#{_e(back)}">↑ {_e(back_label)}</a></div>'
            f'<blockquote class="source" data-source="{_e(p.source_id)}" data-start="{lo + shift}" '
            f'data-end="{hi + shift}">{before}{body}{after}</blockquote></li>')


def _mark(p: _Passage, source_id: str, span: _Span) -> _Passage:
    """Add a mark to a passage that holds it (one that spans the whole passage adds nothing)."""
    if not p.holds(source_id, span.start, span.end) or (span.start, span.end) == (p.start, p.end):
        return p
    return replace(p, marks=(*p.marks, span))


def _where_link(passages: Sequence[_Passage], source_id: str, start: int, end: int, label: str) -> str:
    target = next((p for p in passages if p.holds(source_id, start, end)), None)
    return f'<a href="#{_e(target.anchor)}">{_e(label)}</a>' if target else _e(label)


# ---------------------------------------------------------------- filters and the page


def _counts(values: Iterable[str], order: Sequence[str]) -> dict[str, int]:
    counts = dict.fromkeys(order, 0)
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts


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


def _items(cards: str, empty: str) -> str:
    return '<section class="items">' + (cards or f'<p class="none">{_e(empty)}</p>') + "</section>"


def _page(title: str, subtitle: str, body: str) -> str:
    return ("<!DOCTYPE html>\n"
            f'<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, '
            f'initial-scale=1"><meta name="generator" content="factcheck"><title>{_e(title)}</title>'
            f"<style>{CSS}</style></head><body><main><header class=\"top\"><h1>{_e(title)}</h1>"
            f'<p class="sub">{subtitle}</p></header>{body}</main><script>{SCRIPT}</script></body></html>\n')
