"""One claim's card on the check/verify page: verdict, the claim's words, its findings and its evidence.

A card is most of what the check/verify page shows and the only part that reads a
``ClaimResult`` field by field (differing values, missing words, quote and citation
checks, accepted findings), so it has a module of its own; ``html.page`` builds the
page around the cards (summary, filters, the table at the top). The sources' words are
shown with the pieces in ``html.parts``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from factcheck.models import ClaimResult, Disagreement, place
from factcheck.reports.findings import findings_of
from factcheck.reports.html.parts import (
    _aligned,
    _e,
    _find_word,
    _mark,
    _markup,
    _Passage,
    _passage_html,
    _Span,
    _Texts,
    _where_link,
)

VERDICT_LABELS = {"supported": ("✓", "Supported"), "partial": ("◐", "Partial"), "contradicted": ("✗", "Contradicted"),
                  "disputed": ("⇄", "Disputed"), "not_found": ("?", "Not found")}
GOOD_STATUSES = frozenset({"exact", "ok"})
NONE = "none"  # the filter value of a claim without a quote or without a citation


# ---------------------------------------------------------------- one claim's evidence


def _value_span(d: Disagreement) -> _Span:
    css = "variant" if d.kind == "name_variant" else "val"
    return _Span(d.value_start, d.value_end, "mark", css, f'the claim says "{d.claim_value}"')


def _passages(r: ClaimResult, anchor: str, paths: Mapping[str, str]) -> list[_Passage]:
    """The evidence, then each place a differing value or the quoted words stand that no
    evidence item shows; every differing value and quoted word is marked where it stands."""
    found = [_Passage(f"{anchor}-e{n}", e.source_id, e.path, e.line, e.start, e.end, e.quote, e.stance,
                      e.column, e.score, page=e.page) for n, e in enumerate(r.evidence, 1)]
    for d in r.disagreements:
        if d.kind == "quote":
            continue
        if not any(p.holds(d.source_id, d.value_start, d.value_end) for p in found):
            stance = "variant" if d.kind == "name_variant" else "differs"
            found.append(_Passage(f"{anchor}-x{len(found) + 1}", d.source_id, paths.get(d.source_id, d.source_id),
                                  d.line, d.start, d.end, d.quote, stance, page=d.page))
        found = [_mark(p, d.source_id, _value_span(d)) for p in found]
    return _quote_passage(r, anchor, found, paths)


def _quote_passage(r: ClaimResult, anchor: str, found: list[_Passage], paths: Mapping[str, str]) -> list[_Passage]:
    """Underline the quoted words where the quote check found them; mark the words that differ."""
    q = r.quote_check
    if q is None or q.source_id is None or q.start is None or q.end is None or q.found is None:
        return found
    if not any(p.holds(q.source_id, q.start, q.end) for p in found):
        found.append(_Passage(f"{anchor}-x{len(found) + 1}", q.source_id, paths.get(q.source_id, q.source_id),
                              q.line or 0, q.start, q.end, q.found, "quoted", page=q.page))
    spans = [_Span(q.start, q.end, "span", "qw", "the words the claim quotes")]
    for (quoted, _), (_, hit) in zip(q.differences, _aligned(r.claim.quote or "", q.found, q.differences), strict=True):
        if hit:
            spans.append(_Span(q.start + hit[0], q.start + hit[1], "mark", "val", f'the quote has "{quoted}"'))
    for span in spans:
        found = [_mark(p, q.source_id, span) for p in found]
    return found


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
            spans.append(_Span(at, at + len(missing), "mark", "missing", "not supported as the claim says it"))
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
        rows.append(f'<li><span class="k">unsupported</span> {words}</li>')
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
    where = _where_link(passages, d.source_id, d.value_start, d.value_end, place(d.source_id, d.line, page=d.page))
    if d.kind == "name_variant":
        return (f'<li class="dis"><span class="k">spelling</span> the claim spells it <mark class="variant">'
                f'{_e(d.claim_value)}</mark>, {where} has <mark class="variant">{_e(d.source_value)}</mark> '
                f'<span class="note">(a variant: the verdict stands)</span></li>')
    kind = d.kind.replace("_", " ") + (f" ({d.detail})" if d.detail else "")
    if not d.claim_value:
        return (f'<li class="dis"><span class="k">{_e(kind)}</span> the claim leaves out '
                f'<ins>{_e(d.source_value)}</ins>, which {where} has</li>')
    if not d.source_value:
        return (f'<li class="dis"><span class="k">{_e(kind)}</span> the claim adds '
                f'<del>{_e(d.claim_value)}</del>, which {where} lacks</li>')
    return (f'<li class="dis"><span class="k">{_e(kind)}</span> the claim says <del>{_e(d.claim_value)}</del>, '
            f'{where} says <ins>{_e(d.source_value)}</ins></li>')


def _quote_row(r: ClaimResult, passages: Sequence[_Passage]) -> str:
    q = r.quote_check
    assert q is not None
    where = ""
    if q.source_id and q.start is not None and q.end is not None:
        where = " in " + _where_link(passages, q.source_id, q.start, q.end, place(q.source_id, q.line, page=q.page))
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

