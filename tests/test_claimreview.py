"""``--format claimreview``: schema.org ClaimReview JSON-LD, held to the fields Google's fact-check
markup requires and recommends, expanded by a JSON-LD processor (pyld), byte-identical across runs.

Google's "Fact check (ClaimReview) structured data" requires ``claimReviewed``, ``reviewRating``
(a ``Rating`` whose ``alternateName`` is required) and ``url`` (the fact-check page, or it plus an
anchor); it recommends ``author``, ``datePublished``, ``itemReviewed`` (a ``Claim`` with
``appearance``), and ``bestRating``/``ratingValue``/``worstRating`` with worst >= 1 < best.
"""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SEEDS

from factcheck.models import Claim as ClaimModel
from factcheck.models import ClaimResult, Evidence, Report
from factcheck.reports.claimreview import BEST_RATING, RATINGS, WORST_RATING, Publication, anchor, render_claimreview

PAGE = "https://factcheck.example.org/2024/abai"
FLAGS = ["--review-url", PAGE, "--review-author", "Example Fact Check", "--review-date", "2024-05-01"]
THIRD_SOURCE_URL = "https://www.sott.net/article/327487-Kazakh-family-publicly-demand-justice-for-the-rape-of-their-daughter"


def _run(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK_DEBUG")}
    return subprocess.run([sys.executable, "-m", "factcheck", *map(str, args)], cwd=cwd, capture_output=True,
                          text=True, timeout=180, env=env, stdin=subprocess.DEVNULL, check=False)


@pytest.fixture(scope="module")
def claims_output() -> str:
    done = _run("check", "claims", "--sources", "seeds", "--format", "claimreview", *FLAGS)
    assert done.returncode == 1, done.stderr  # the example claims include findings on purpose
    return done.stdout


def _assert_google_fields(item: dict[str, Any], page: str | None) -> None:
    """What Google's fact-check markup requires, and the recommended fields we fill."""
    assert item["@context"] == "https://schema.org" and item["@type"] == "ClaimReview"
    assert isinstance(item["claimReviewed"], str) and item["claimReviewed"].strip()
    rating = item["reviewRating"]
    assert rating["@type"] == "Rating"
    assert isinstance(rating["alternateName"], str) and rating["alternateName"].strip()
    assert 1 <= rating["worstRating"] < rating["bestRating"]
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert isinstance(rating["ratingValue"], int)
    url = item["url"]
    assert url.startswith(f"{page}#" if page else "#") and len(url.split("#", 1)[1]) > 0
    claim = item["itemReviewed"]
    assert claim["@type"] == "Claim"
    for appearance in claim.get("appearance", []):
        assert appearance["@type"] == "CreativeWork" and appearance["name"]
        assert appearance.get("url", "https://").startswith(("https://", "http://"))


def test_every_claim_has_one_review_with_googles_fields(claims_output: str) -> None:
    items = json.loads(claims_output)
    listed = json.loads(_run("check", "claims", "--sources", "seeds", "--format", "json").stdout)["results"]
    assert [i["identifier"] for i in items] == [r["id"] for r in listed]
    for item, result in zip(items, listed, strict=True):
        _assert_google_fields(item, PAGE)
        assert item["claimReviewed"] == result["claim"]
        assert (item["reviewRating"]["ratingValue"], item["reviewRating"]["alternateName"]) == RATINGS[result["verdict"]]
        assert item["reviewRating"]["name"] == result["verdict"]
        assert item["author"] == {"@type": "Organization", "name": "Example Fact Check"}
        assert item["datePublished"] == "2024-05-01"
        backing = {e["source_id"] for e in result["evidence"] if e["stance"] in ("supports", "contradicts")}
        assert {a["name"] for a in item["itemReviewed"].get("appearance", [])} == backing


def test_the_scale_and_the_differing_values(claims_output: str) -> None:
    items = {i["identifier"]: i for i in json.loads(claims_output)}
    term = items["perpetrator-term"]["reviewRating"]
    assert (term["ratingValue"], term["alternateName"]) == (1, "Contradicted by the sources")
    assert '"eight years"' in term["ratingExplanation"] and '"seven years"' in term["ratingExplanation"]
    assert {v for v, _ in RATINGS.values()} == set(range(WORST_RATING, BEST_RATING + 1))


def test_sources_appear_by_their_url_where_they_have_one(claims_output: str) -> None:
    appearances = [a for i in json.loads(claims_output) for a in i["itemReviewed"].get("appearance", [])]
    third = [a for a in appearances if a["name"] == "003_389dbaaac7fb8a5a.txt"]
    assert third and all(a["url"] == THIRD_SOURCE_URL for a in third)  # the bare URL on its first line
    assert all("url" not in a for a in appearances if a["name"] == "002_c17141c48ebfc846.txt")  # it has none


def test_the_output_is_the_same_bytes_every_run(claims_output: str) -> None:
    again = _run("check", "claims", "--sources", "seeds", "--format", "claimreview", *FLAGS)
    assert again.stdout == claims_output


def test_it_expands_as_json_ld_without_errors(claims_output: str) -> None:
    jsonld = pytest.importorskip("pyld.jsonld")
    expanded = jsonld.expand(json.loads(claims_output), {"documentLoader": _schema_org_loader})
    assert len(expanded) == len(json.loads(claims_output))
    first = expanded[0]
    assert first["@type"] == ["http://schema.org/ClaimReview"]
    assert first["http://schema.org/url"] == [{"@id": f"{PAGE}#batyrbekov-sentence"}]
    rating = first["http://schema.org/reviewRating"][0]
    assert rating["http://schema.org/alternateName"] == [{"@value": "Supported by the sources"}]
    assert rating["http://schema.org/ratingValue"] == [{"@value": 5}]


def _schema_org_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """schema.org's context, offline: its vocabulary, and the URL-valued terms we use typed as IRIs,
    as in the published context (the tests do not reach the network)."""
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
    context = {"@vocab": "http://schema.org/", "url": {"@id": "http://schema.org/url", "@type": "@id"}}
    return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
            "document": {"@context": context}}


def test_without_publication_settings_the_url_is_an_anchor_of_the_page() -> None:
    """Nothing configured: no author, no date (never the clock), and each url a fragment that
    resolves against the page embedding the markup."""
    result = ClaimResult(ClaimModel("c-1", "The Village was established in 2017.", "claims/x.yaml", 3), "not_found",
                         0.0, (), ())
    items = json.loads(render_claimreview(Report((result,))))
    _assert_google_fields(items[0], None)
    assert items[0]["url"] == "#c-1" and "author" not in items[0] and "datePublished" not in items[0]
    jsonld = pytest.importorskip("pyld.jsonld")
    expanded = jsonld.expand(items, {"documentLoader": _schema_org_loader, "base": PAGE})
    assert expanded[0]["http://schema.org/url"] == [{"@id": f"{PAGE}#c-1"}]


def test_related_passages_are_not_appearances() -> None:
    related = Evidence("a.txt", "seeds/a.txt", 1, 1, 0, 5, "Words", 50.0, "related")
    result = ClaimResult(ClaimModel("c", "Words."), "not_found", 50.0, (related,), ())
    item = json.loads(render_claimreview(Report((result,)), publication=Publication(PAGE)))[0]
    assert "appearance" not in item["itemReviewed"]


@pytest.mark.parametrize(("claim_id", "fragment"), [
    ("batyrbekov-sentence", "batyrbekov-sentence"), ("drafts/a.md:12:1", "drafts-a.md-12-1"), ("::", "claim")])
def test_anchors_use_only_unreserved_characters(claim_id: str, fragment: str) -> None:
    assert anchor(claim_id) == fragment


def test_verify_gives_one_review_per_checked_sentence(tmp_path: Path) -> None:
    draft = ROOT / "tests" / "data" / "drafts" / "abai-case.md"
    (tmp_path / "factcheck.yaml").write_text(
        f"sources: {SEEDS}\nreview_url: {PAGE}\nreview_author: Desk\nreview_date: 2024-05-01\n", encoding="utf-8")
    done = _run("verify", draft, "--format", "claimreview", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    items = json.loads(done.stdout)
    listed = json.loads(_run("verify", draft, "--format", "json", cwd=tmp_path).stdout)["results"]
    assert [i["claimReviewed"] for i in items] == [r["claim"] for r in listed]
    for item in items:
        _assert_google_fields(item, PAGE)
        assert item["author"]["name"] == "Desk" and item["datePublished"] == "2024-05-01"


def test_today_is_read_only_when_asked() -> None:
    done = _run("check", "claims/abai-case.yaml", "--sources", "seeds", "--format", "claimreview",
                "--review-date", "today")
    assert {i["datePublished"] for i in json.loads(done.stdout)} == {datetime.date.today().isoformat()}


@pytest.mark.parametrize(("config", "error"), [
    ("review_date: 1 May 2024\n", "factcheck.yaml:1:14: 'review_date' must be a date as YYYY-MM-DD, or today"),
    ("review_url: example.org/checks\n", "factcheck.yaml:1:13: 'review_url' must be an http:// or https:// URL"),
    ("conflicts:\n  review_author: Desk\n", "key 'review_author' does not apply to 'factcheck conflicts'"),
])
def test_bad_publication_settings_are_input_errors(tmp_path: Path, config: str, error: str) -> None:
    (tmp_path / "factcheck.yaml").write_text(config, encoding="utf-8")
    done = _run("check", ROOT / "claims", "--sources", SEEDS, "--format", "claimreview", cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert error in done.stderr


def test_a_bad_flag_is_a_usage_error_and_conflicts_has_no_reviews() -> None:
    bad = _run("check", "claims", "--format", "claimreview", "--review-date", "yesterday")
    assert bad.returncode == 2 and "must be a date as YYYY-MM-DD, or today" in bad.stderr
    conflicts = _run("conflicts", "--sources", "seeds", "--format", "claimreview")
    assert conflicts.returncode == 2 and conflicts.stdout == ""
    assert "claimreview reviews claims: it is for check and verify" in conflicts.stderr
