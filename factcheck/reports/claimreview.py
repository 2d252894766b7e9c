"""schema.org ``ClaimReview`` JSON-LD: one review per claim (``check``) or checked draft sentence (``verify``).

What search engines and fact-check aggregators read (schema.org/ClaimReview; Google's "Fact check
(ClaimReview) structured data" lists ``claimReviewed``, ``reviewRating`` with its
``alternateName``, and ``url`` as required; ``author``, ``datePublished`` and ``itemReviewed``
as recommended). The output is a JSON array of ClaimReview objects, each with its own
``@context``, so that each can be pasted into a page's ``<script type="application/ld+json">``
or the whole array served as one JSON-LD document.

The rating scale (documented in docs/configuration.md, "ClaimReview"): the numeric value says
how far the sources bear the claim out, on 1 to 5, and ``alternateName`` says the verdict in words:

====  ================  ==============================
 5    ``supported``     Supported by the sources
 4    ``partial``       Partly supported
 3    ``not_found``     Not found in the sources
 2    ``disputed``      Disputed: the sources disagree
 1    ``contradicted``  Contradicted by the sources
====  ================  ==============================

``not_found`` is the middle of the scale: the sources neither bear the claim out nor refute it.

Deterministic: the same report and the same :class:`Publication` give the same bytes; nothing
here reads the clock (``datePublished`` is the configured date, or absent). Pure: models in, text
out; the sources' URLs are handed in by the caller (the CLI reads them from the sources' front
matter ``url:`` or a bare URL on a text file's first line, CONTRACT.md section 1).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from factcheck.models import ClaimResult, Evidence, Report
from factcheck.reports.findings import clip, disagreement_text, findings_of

CONTEXT = "https://schema.org"
BEST_RATING = 5
WORST_RATING = 1
RATINGS: dict[str, tuple[int, str]] = {
    "supported": (5, "Supported by the sources"),
    "partial": (4, "Partly supported"),
    "not_found": (3, "Not found in the sources"),
    "disputed": (2, "Disputed: the sources disagree"),
    "contradicted": (1, "Contradicted by the sources"),
}
"""verdict -> (ratingValue, alternateName); the scale is ``WORST_RATING`` to ``BEST_RATING``."""
APPEARANCE_STANCES = ("supports", "contradicts")  # "related" passages are not where the claim appears
EXPLANATION_LIMIT = 300
_ANCHOR_UNSAFE = re.compile(r"[^A-Za-z0-9._~-]+")


@dataclass(frozen=True, slots=True)
class Publication:
    """Where and by whom the reviews are published (config ``review_url``, ``review_author``,
    ``review_date``); each is left out of the output when not given.

    ``url`` is the fact-check page; each review's ``url`` is it plus ``#`` and the claim's
    anchor (Google allows only the page URL plus an anchor). Without it, the review's ``url``
    is the anchor alone, a relative URL that resolves against the page that embeds the markup.
    ``date`` is an ISO date (``2024-05-01``).
    """

    url: str | None = None
    author: str | None = None
    date: str | None = None


def render_claimreview(report: Report, *, color: bool = False, publication: Publication | None = None,
                       urls: Mapping[str, str] | None = None) -> str:
    """The reviews as a JSON array (two-space indent, a final newline).

    Args:
        report: a ``check`` or ``verify`` report; skipped draft sentences are not reviews.
        color: ignored (JSON has no colour); accepted like every reporter's.
        publication: the page, author and date of the reviews.
        urls: source path (as in ``Evidence.path``) -> its URL, for the sources that have one.

    Returns:
        ``[{"@context": "https://schema.org", "@type": "ClaimReview", ...}, ...]``, in report order.
    """
    items = claim_reviews(report, publication or Publication(), urls or {})
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"


def claim_reviews(report: Report, publication: Publication, urls: Mapping[str, str]) -> list[dict[str, Any]]:
    """One ClaimReview dict per result, in report order."""
    return [claim_review(result, publication, urls) for result in report.results]


def claim_review(result: ClaimResult, publication: Publication, urls: Mapping[str, str]) -> dict[str, Any]:
    """The ClaimReview of one claim: the claim's text, its rating, where it appears, and who says so."""
    value, words = RATINGS[result.verdict]
    rating: dict[str, Any] = {"@type": "Rating", "ratingValue": value, "bestRating": BEST_RATING,
                              "worstRating": WORST_RATING, "alternateName": words, "name": result.verdict}
    explanation = _explanation(result)
    if explanation:
        rating["ratingExplanation"] = explanation
    review: dict[str, Any] = {"@context": CONTEXT, "@type": "ClaimReview", "url": _review_url(result, publication),
                              "identifier": result.claim.id, "claimReviewed": result.claim.text,
                              "reviewRating": rating, "itemReviewed": _claim(result, urls)}
    if publication.author:
        review["author"] = {"@type": "Organization", "name": publication.author}
    if publication.date:
        review["datePublished"] = publication.date
    return review


def anchor(claim_id: str) -> str:
    """A URL fragment for a claim id: ``drafts/a.md:12:1`` -> ``drafts-a.md-12-1`` (unreserved characters only)."""
    return _ANCHOR_UNSAFE.sub("-", claim_id).strip("-") or "claim"


def _review_url(result: ClaimResult, publication: Publication) -> str:
    return f"{(publication.url or '').split('#', 1)[0]}#{anchor(result.claim.id)}"


def _claim(result: ClaimResult, urls: Mapping[str, str]) -> dict[str, Any]:
    """The reviewed ``Claim``: where it appears (the sources that support or contradict it, one
    entry per source, its best passage first)."""
    claim: dict[str, Any] = {"@type": "Claim", "text": result.claim.text}
    seen: dict[str, Evidence] = {}
    for evidence in result.evidence:
        if evidence.stance in APPEARANCE_STANCES and evidence.source_id not in seen:
            seen[evidence.source_id] = evidence
    appearances = [_appearance(e, urls) for e in seen.values()]
    if appearances:
        claim["appearance"] = appearances
    return claim


def _appearance(evidence: Evidence, urls: Mapping[str, str]) -> dict[str, Any]:
    """A source as a ``CreativeWork``: its URL where known, its id, and the passage with its stance."""
    work: dict[str, Any] = {"@type": "CreativeWork", "name": evidence.source_id}
    url = urls.get(evidence.path)
    if url:
        work["url"] = url
    work["description"] = (f"{evidence.stance} ({evidence.path}:{evidence.line}:{evidence.column}): "
                           f"{clip(evidence.quote, EXPLANATION_LIMIT)}")
    return work


def _explanation(result: ClaimResult) -> str:
    """One or two sentences for ``ratingExplanation``: the differing values, else the findings, else the support."""
    values = [d for d in result.disagreements if d.kind not in ("quote", "name_variant")]
    if values:
        return clip("; ".join(disagreement_text(d) for d in values[:3]), EXPLANATION_LIMIT)
    found = findings_of(result)
    if found:
        return clip(" ".join(f.message.replace(f"'{result.claim.id}' ", "") for f in found), EXPLANATION_LIMIT)
    support = next((e for e in result.evidence if e.stance == "supports"), None)
    return f"{support.path}:{support.line} states it." if support else ""
