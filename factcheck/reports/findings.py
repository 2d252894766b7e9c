"""What counts as a finding, and how each is worded: the rules every CI format shares.

``findings_of`` classifies a claim result the same way everywhere (SARIF, JUnit, GitHub)
and the same way as the CLI's default ``--fail-on`` set. Pure: models in, data out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from factcheck.models import ClaimResult, Conflict, ConflictReport, Disagreement, Evidence, Report, place

MESSAGE_QUOTE_LIMIT = 120
SHOWN_DISAGREEMENTS = 3
NO_FILE = "(no file)"


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of finding. ``token`` is its ``--fail-on`` spelling, so the two cannot drift."""

    id: str
    name: str
    token: str
    level: str
    short: str
    full: str


RULES: tuple[Rule, ...] = (
    Rule("unsupported-claim", "UnsupportedClaim", "not_found", "error", "Claim is supported by no source",
         "No source says anything close enough to the claim: add a source that states it, or drop the claim."),
    Rule("partial-claim", "PartialClaim", "partial", "warning", "Claim is only partly supported",
         "Sources support part of the claim, but some of its content (a value, a name, a clause) "
         "no source supports as the claim says it."),
    Rule("contradicted-claim", "ContradictedClaim", "contradicted", "error", "Claim is contradicted by the sources",
         "The best-matching passages are about the same thing, but a value (number, date, name, place) differs."),
    Rule("disputed-claim", "DisputedClaim", "disputed", "error", "Sources disagree about the claim",
         "At least one source supports the claim and at least one contradicts it."),
    Rule("misquote", "Misquote", "quote:close", "error", "Quote is not verbatim",
         "The quoted words stand in a source only nearly verbatim: the differing words are listed."),
    Rule("missing-quote", "MissingQuote", "quote:missing", "error", "Quote is in no source",
         "The quoted words stand in no source, verbatim or nearly."),
    Rule("wrong-source", "WrongSource", "cite:wrong_source", "error", "Support is not in the cited source",
         "The claim is supported, but only by sources it does not cite."),
    Rule("citation-not-found", "CitationNotFound", "cite:not_found", "error", "No cited source supports the claim",
         "The claim cites sources, but its support was found in no source at all."),
    Rule("unknown-source", "UnknownSource", "cite:unknown_source", "error", "Cited source does not exist",
         "A cited id matches no source in the corpus (check the id, or add the source)."),
)
RULE_INDEX: dict[str, int] = {rule.id: i for i, rule in enumerate(RULES)}
_RULE_BY_TOKEN: dict[str, Rule] = {rule.token: rule for rule in RULES}


BASELINE_REASON = "recorded in the baseline file"
SUPPRESSED_BY = ("accept", "baseline")  # a claim's accept: entry; the --baseline file


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem with one claim: which rule, how bad, and a sentence that names the claim.

    ``suppressed`` says why a finding does not fail the run (``accept`` or ``baseline``,
    else empty) and ``reason`` is what a reviewer reads about it; suppressed findings are
    still reported, in every format, so that accepting one is never silent.
    """

    rule_id: str
    level: str
    message: str
    token: str
    suppressed: str = ""
    reason: str = ""


def result_tokens(result: ClaimResult) -> list[str]:
    """The ``--fail-on`` tokens a result carries: its verdict, then quote:, then cite: status."""
    tokens = [result.verdict]
    if result.quote_check:
        tokens.append(f"quote:{result.quote_check.status}")
    if result.cite_check:
        tokens.append(f"cite:{result.cite_check.status}")
    return tokens


def suppression(result: ClaimResult, token: str) -> tuple[str, str] | None:
    """Why ``token`` does not fail the run, as (by, reason): the claim accepts it, or the baseline has it."""
    for acceptance in result.claim.accept:
        if acceptance.finding == token:
            return "accept", acceptance.reason
    if token in result.baselined:
        return "baseline", BASELINE_REASON
    return None


def findings_of(result: ClaimResult) -> list[Finding]:
    """The findings of one claim, in a stable order: verdict, then quote, then citation.

    Mirrors the CLI's default fail set, so every CI format flags what makes the run fail.
    Accepted and baselined findings are included, marked as suppressed.
    """
    found = []
    for token in result_tokens(result):
        rule = _RULE_BY_TOKEN.get(token)
        if rule is not None:
            by, reason = suppression(result, token) or ("", "")
            found.append(Finding(rule.id, rule.level, _MESSAGES[rule.id](result), rule.token, by, reason))
    return found


def failing_of(result: ClaimResult) -> list[Finding]:
    """The findings of one claim that fail the run (neither accepted nor baselined)."""
    return [f for f in findings_of(result) if not f.suppressed]


# ---------------------------------------------------------------- messages


def clip(text: str, limit: int) -> str:
    """Shorten long quotes so that one annotation stays one readable line."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _contradictions(r: ClaimResult) -> str:
    """The differing values, the heart of a contradicted or disputed claim, grouped per claim value."""
    values = [d for d in r.disagreements if d.kind not in ("quote", "name_variant")]
    groups: dict[str, list[str]] = {}
    for d in values[:SHOWN_DISAGREEMENTS]:
        groups.setdefault(d.claim_value, []).append(f'{place(d.source_id, d.line, page=d.page)} says "{d.source_value}"')
    parts = [f'claim says "{value}", ' + ", ".join(said) for value, said in groups.items()]
    if len(values) > SHOWN_DISAGREEMENTS:
        parts.append(f"and {len(values) - SHOWN_DISAGREEMENTS} more")
    if parts:
        return "; ".join(parts)
    against = best_evidence(r, "contradicts")
    if against is None:
        return ""
    return f'{place(against.path, against.line, page=against.page)} says "{clip(against.quote, MESSAGE_QUOTE_LIMIT)}"'


def disagreement_text(d: Disagreement) -> str:
    """One line for a difference: both sides' words, or, where one side is empty (a quotation
    that leaves out or adds words), what the claim leaves out or adds."""
    said = place(d.source_id, d.line, page=d.page)
    if not d.claim_value:
        return f'claim leaves out "{d.source_value}", which {said} has'
    if not d.source_value:
        return f'claim adds "{d.claim_value}", which {said} lacks'
    return f'claim says "{d.claim_value}", {said} says "{d.source_value}"'


def best_evidence(r: ClaimResult, stance: str | None = None) -> Evidence | None:
    """The highest-ranked evidence (of one stance, if given); evidence is already ranked."""
    return next((e for e in r.evidence if stance is None or e.stance == stance), None)


def _msg_contradicted(r: ClaimResult) -> str:
    return f"Claim '{r.claim.id}' is contradicted: {_contradictions(r)}"


def _msg_disputed(r: ClaimResult) -> str:
    support = best_evidence(r, "supports")
    pro = f"{place(support.path, support.line, page=support.page)} supports it, but " if support else ""
    return f"Claim '{r.claim.id}' is disputed: {pro}{_contradictions(r)}"


def _msg_partial(r: ClaimResult) -> str:
    hedges = [d for d in r.disagreements if d.kind == "hedge"]
    if hedges:  # the source attributes or qualifies what the claim states flatly
        said = ", ".join(f'{place(d.source_id, d.line, page=d.page)} has "{d.source_value}"'
                         for d in hedges[:SHOWN_DISAGREEMENTS])
        return f"Claim '{r.claim.id}' is only partly supported: the source attributes or qualifies it: {said}"
    if r.missing:
        return f"Claim '{r.claim.id}' is only partly supported: unsupported: " + ", ".join(f'"{m}"' for m in r.missing)
    best = best_evidence(r)
    best_place = f" (best: {place(best.path, best.line, page=best.page)})" if best else ""
    return f"Claim '{r.claim.id}' is only partly supported{best_place}"


def _msg_not_found(r: ClaimResult) -> str:
    return f"Claim '{r.claim.id}' is supported by no source: \"{clip(r.claim.text, MESSAGE_QUOTE_LIMIT)}\""


def _msg_misquote(r: ClaimResult) -> str:
    q = r.quote_check
    assert q is not None
    where = place(q.source_id, q.line, page=q.page) if q.source_id else "the source"
    changes = "; ".join(_difference_text(a, b) for a, b in q.differences) or "the wording differs"
    return f"Quote in claim '{r.claim.id}' is not verbatim in {where}: {changes}"


def _difference_text(quoted: str, source: str) -> str:
    """One word-level difference, said the way an editor would."""
    if not source:
        return f'the quote adds "{quoted}"'
    if not quoted:
        return f'the quote leaves out "{source}"'
    return f'the quote has "{quoted}" where the source has "{source}"'


def _msg_missing_quote(r: ClaimResult) -> str:
    return f"Quote in claim '{r.claim.id}' is in no source: \"{clip(r.claim.quote or '', MESSAGE_QUOTE_LIMIT)}\""


def _msg_wrong_source(r: ClaimResult) -> str:
    c = r.cite_check
    assert c is not None
    return f"Claim '{r.claim.id}' cites {', '.join(c.cited)}, but only {', '.join(c.found_in)} supports it"


def _msg_cite_not_found(r: ClaimResult) -> str:
    c = r.cite_check
    assert c is not None
    return f"Claim '{r.claim.id}' cites {', '.join(c.cited)}, but no source supports it"


def _msg_unknown_source(r: ClaimResult) -> str:
    c = r.cite_check
    assert c is not None
    return f"Claim '{r.claim.id}' cites {', '.join(c.unknown or c.cited)}, which matches no source"


_MESSAGES: dict[str, Callable[[ClaimResult], str]] = {
    "unsupported-claim": _msg_not_found, "partial-claim": _msg_partial, "contradicted-claim": _msg_contradicted,
    "disputed-claim": _msg_disputed, "misquote": _msg_misquote, "missing-quote": _msg_missing_quote,
    "wrong-source": _msg_wrong_source, "citation-not-found": _msg_cite_not_found, "unknown-source": _msg_unknown_source,
}


def group_by_file(report: Report) -> dict[str, list[ClaimResult]]:
    """Results per claims file, files in report order (claims without a file go last)."""
    groups: dict[str, list[ClaimResult]] = {}
    for r in report.results:
        groups.setdefault(r.claim.file or NO_FILE, []).append(r)
    if NO_FILE in groups:
        groups[NO_FILE] = groups.pop(NO_FILE)
    return groups


def count_failing(results: list[ClaimResult] | tuple[ClaimResult, ...]) -> int:
    """The claims with at least one finding that fails the run."""
    return sum(1 for r in results if failing_of(r))


# ---------------------------------------------------------------- conflicts between sources


@dataclass(frozen=True, slots=True)
class ConflictRule:
    """One kind of disagreement between sources; ``kind`` is its ``--fail-on`` spelling for ``conflicts``."""

    id: str
    name: str
    kind: str
    level: str
    short: str
    full: str


_VALUE_FULL = "Passages of different sources about the same thing state different {}: at most one can be right."
CONFLICT_RULES: tuple[ConflictRule, ...] = (
    ConflictRule("name-variant", "NameVariant", "name_variant", "warning", "Sources spell a name differently",
                 "One entity is spelled differently across sources (Abay / Abai); declare it in an aliases "
                 "file if the spellings are one name."),
    ConflictRule("conflicting-number", "ConflictingNumber", "number", "error", "Sources state different numbers",
                 _VALUE_FULL.format("numbers")),
    ConflictRule("conflicting-duration", "ConflictingDuration", "duration", "error",
                 "Sources state different durations", _VALUE_FULL.format("durations")),
    ConflictRule("conflicting-age", "ConflictingAge", "age", "error", "Sources state different ages",
                 _VALUE_FULL.format("ages")),
    ConflictRule("conflicting-ordinal", "ConflictingOrdinal", "ordinal", "error", "Sources state different ranks",
                 _VALUE_FULL.format("ordinals")),
    ConflictRule("conflicting-date", "ConflictingDate", "date", "error", "Sources state different dates",
                 _VALUE_FULL.format("dates")),
    ConflictRule("conflicting-statement", "ConflictingStatement", "statement", "error",
                 "Sources state opposite outcomes",
                 "One source denies what another affirms (no one was punished / a perpetrator was sentenced)."),
    ConflictRule("source-conflict", "SourceConflict", "", "error", "Sources disagree",
                 "Sources disagree about one thing (a kind of finding without a rule of its own)."),
)
CONFLICT_RULE_INDEX: dict[str, int] = {rule.id: i for i, rule in enumerate(CONFLICT_RULES)}
_CONFLICT_RULE_BY_KIND: dict[str, ConflictRule] = {rule.kind: rule for rule in CONFLICT_RULES}
ALIASES_REASON = "declared one entity in the aliases file"


def conflict_rule(conflict: Conflict) -> ConflictRule:
    """The rule of a conflict's kind; kinds added later fall back to the generic rule."""
    return _CONFLICT_RULE_BY_KIND.get(conflict.kind, _CONFLICT_RULE_BY_KIND[""])


def conflict_suppression(conflict: Conflict) -> tuple[str, str] | None:
    """Why a conflict does not fail the run, as (by, reason): the aliases file explains it, or the baseline has it."""
    if conflict.explained:
        return "aliases", conflict.reason or ALIASES_REASON
    if conflict.baselined:
        return "baseline", BASELINE_REASON
    return None


def conflict_message(conflict: Conflict) -> str:
    """One line: what the sources disagree about, and each value with where it stands."""
    places: dict[str, list[str]] = {}
    for v in conflict.values:
        places.setdefault(v.value, []).append(place(v.source_id, v.line, page=v.page))
    said = "; ".join(f'"{clip(value, MESSAGE_QUOTE_LIMIT)}" in {", ".join(where)}' for value, where in places.items())
    return f"Sources disagree ({conflict.kind}): {conflict.subject}: {said}"


def conflict_identity(conflict: Conflict) -> dict[str, object]:
    """What makes a conflict the same finding on a later run: its kind, and each value with
    its source (not lines or offsets, which move when a source is edited elsewhere)."""
    pairs = sorted({(v.source_id, v.value) for v in conflict.values})
    return {"kind": conflict.kind, "values": [{"source_id": s, "value": v} for s, v in pairs]}


def group_conflicts_by_file(report: ConflictReport) -> dict[str, list[Conflict]]:
    """Conflicts per file of their first value, files in report order."""
    groups: dict[str, list[Conflict]] = {}
    for conflict in report.conflicts:
        groups.setdefault(conflict.values[0].path if conflict.values else NO_FILE, []).append(conflict)
    return groups
