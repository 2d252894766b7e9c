"""What a verdict rests on, as the report shows it: ranked evidence, located disagreements, missing words.

Turns the assessed candidates of a decided claim into :class:`~factcheck.models.Evidence`
(verbatim slices of the sources with line and column) and
:class:`~factcheck.models.Disagreement` items (CONTRACT.md section 4).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.match.align import Difference
from factcheck.match.retrieve import Candidate
from factcheck.models import Disagreement, Document, Evidence, Value
from factcheck.sources.passages import as_read
from factcheck.values.names import same_word_of_name
from factcheck.verdicts.stance import Assessment

_NUMERIC_DETAIL = {"duration", "age", "ordinal"}


def rank(assessed: Sequence[Assessment], cited: set[int | None]) -> list[Assessment]:
    """Order evidence: the best supporting and the best contradicting passage lead;
    then what the cited sources say, best match first (the writer leans on them);
    then the other sources, supporting and contradicting before merely related, one
    item per source before a second from the same one.

    Args:
        assessed: the candidates with a stance.
        cited: the document indices the claim cites (None for an unknown citation).
    """
    ordered = sorted(assessed, key=lambda a: (
        a.candidate.doc not in cited, a.stance == "related" and a.candidate.doc not in cited,
        -a.candidate.score, a.candidate.doc, a.candidate.start))
    firsts: list[Assessment] = []
    rest: list[Assessment] = []
    seen: set[int] = set()
    for a in ordered:
        (rest if a.candidate.doc in seen and a.candidate.doc not in cited else firsts).append(a)
        seen.add(a.candidate.doc)
    ranked = firsts + rest
    # The evidence the verdict rests on leads: the best supporting and the best
    # contradicting passage (both, for a disputed claim), whatever --top is.
    decisive = [next((a for a in ranked if a.stance == s), None) for s in ("supports", "contradicts")]
    leading = [a for a in decisive if a is not None]
    return leading + [a for a in ranked if all(a is not d for d in leading)]


def evidence_of(assessment: Assessment, documents: Sequence[Document]) -> Evidence:
    """One assessed candidate as evidence: ``text[start:end] == quote``, 1-based line and column."""
    c = assessment.candidate
    document = documents[c.doc]
    line, column = document.position(c.start)
    quote = document.text[c.start:c.end]
    shown = as_read(quote, document.id)
    return Evidence(document.id, document.path, line, column, c.start, c.end,
                    quote, c.score, assessment.stance, document.position(c.end)[0],
                    document.page(c.start), shown if shown != quote else "")


def disagreements_of(ranked: Sequence[Assessment], verdict: str, documents: Sequence[Document]) -> tuple[Disagreement, ...]:
    """The values and words the ranked evidence states otherwise, one per kind, words and source.

    Values of a contradicting passage (``number``, ``date``, ``name``), spelling variants of any
    passage (``name_variant``), the alignment's differences of a contradicting passage
    (``negation``, ``antonym``, ``entity``, ``quantifier``), and the hedges of a supporting
    passage when they make the claim ``partial``.
    """
    found: dict[tuple[str, str, str, str], Disagreement] = {}
    for a in ranked:
        pairs = [(("date" if v.kind == "date" else "number") if v.kind != "name" else "name", v, o)
                 for v, o in a.values.conflicts] if a.stance == "contradicts" else []
        document = documents[a.candidate.doc]
        pairs += [("name_variant", Value("name", word, 0, len(word)), o) for word, o in a.values.variants
                  if not _spells(document.text, word)]
        for kind, ours, theirs in pairs:
            d = _value_disagreement(kind, ours, theirs, a.candidate, documents[a.candidate.doc])
            found.setdefault((kind, d.claim_value.casefold(), d.source_value, d.source_id), d)
        words = a.differences if a.stance == "contradicts" else ()
        words += a.hedges if a.stance == "supports" and verdict == "partial" else ()
        for difference in words:
            d = _word_disagreement(difference, a.candidate, documents[a.candidate.doc])
            found.setdefault((d.kind, d.claim_value.casefold(), d.source_value, d.source_id), d)
    return tuple(found.values())


def _spells(text: str, name: str) -> bool:
    """Whether a source writes a name as the claim does, somewhere: its other spelling in a
    passage is then no variant of the claim's name but another name (000 names the boy
    Nursultan throughout, and the capital, once Nur-Sultan, Astana)."""
    return re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text) is not None


def _word_disagreement(difference: Difference, candidate: Candidate, document: Document) -> Disagreement:
    """A difference the alignment found (negation, antonym, entity, quantifier, hedge), located."""
    value_start, value_end = (candidate.start + o for o in difference.passage_span)
    return Disagreement(difference.kind, difference.claim_words, difference.passage_words, document.id,
                        document.position(value_start)[0], document.text[candidate.start:candidate.end],
                        candidate.start, candidate.end, value_start, value_end, difference.detail,
                        claim_start=difference.claim_span[0], claim_end=difference.claim_span[1],
                        page=document.page(value_start))


def _value_disagreement(kind: str, ours: Value, theirs: Value, candidate: Candidate, document: Document) -> Disagreement:
    value_start, value_end = candidate.start + theirs.start, candidate.start + theirs.end
    source_value = theirs.text
    if kind == "name_variant" and " " not in ours.text.strip():
        # one word spelled otherwise (Assem / Asem): the source's word; a whole name ("James
        # Harrow" / "J. Harrow", "Mao Zedong" / "Mao Tse-tung"): the source's whole name
        source_value = next((w for w in theirs.text.split() if same_word_of_name(ours.text, w)), theirs.text)
    return Disagreement(kind, ours.text, source_value, document.id, document.position(value_start)[0],
                        document.text[candidate.start:candidate.end], candidate.start, candidate.end,
                        value_start, value_end, ours.kind if ours.kind in _NUMERIC_DETAIL else "",
                        page=document.page(value_start))


def missing_words(text: str, spans: Sequence[tuple[int, int, str]], terms: frozenset[str],
                  values: Sequence[Value], verdict: str) -> tuple[str, ...]:
    """The claim's own words (and values) that no supporting passage states, as phrases of the claim."""
    if verdict != "partial":
        return ()
    ranges = sorted({(s, e) for s, e, t in spans if t in terms} | {(v.start, v.end) for v in values if v.end <= len(text)})
    merged: list[list[int]] = []
    for start, end in ranges:
        if merged and (start <= merged[-1][1] or not text[merged[-1][1]:start].strip(" ,")):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple(text[s:e] for s, e in merged)
