"""An adverb of frequency quantifies over cases (session 40, held-out set H3).

"Smailova says perpetrators often settle rape cases ... outside court" was `contradicted` by 003's
"In many cases, she says, perpetrators settle the matter ... outside court": "often" and "many"
were two quantifiers. An adverb of frequency quantifies over occasions as a determiner does over
things (Lewis 1975): "often" is "in many cases", "always" is "in all", "rarely" is "in few". And a
passage whose quantifier entails the claim's ("in most cases" for "often") denies only what the
claim implicates; "some" against "all" stays a difference. A stronger quantifier than the
passage's ("always" for "in many cases") is stated by neither side: partial (session 57). "many" and "several" ("multiple")
are vague counts of one rank: "many times" / "multiple times" (set Z2) oppose nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim

ROADS = ("Winter roads\n\n"
         "In many cases, the inspector says, drivers ignore the warning signs on the mountain pass. "
         "Most of the accidents happen after dark.\n")


@pytest.mark.parametrize("claim", [
    "The inspector says drivers often ignore the warning signs on the mountain pass.",
    "Many of the accidents happen after dark.",
])
def test_the_same_or_a_weaker_quantifier_is_supported(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "roads.txt", ROADS).check_claim(Claim("t", claim))
    assert result.verdict == "supported"
    assert not result.disagreements


@pytest.mark.parametrize(("claim", "word"), [
    ("The inspector says drivers rarely ignore the warning signs on the mountain pass.", "rarely"),
    ("Few of the accidents happen after dark.", "Few"),
])
def test_an_opposed_quantifier_contradicts(tmp_path: Path, claim: str, word: str) -> None:
    result = article_checker(tmp_path, "roads.txt", ROADS).check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    assert {(d.kind, d.claim_value) for d in result.disagreements} == {("quantifier", word)}


# A stronger quantifier than the source's says more than it, which the source neither states nor
# excludes (session 57, held-out set H30: "always" for "frequently", "most" for "several"): that
# "many" denies "all" is an implicature its speaker may cancel (Horn 1972). The claim is partial,
# with the quantifier named.
@pytest.mark.parametrize(("claim", "word"), [
    ("The inspector says drivers always ignore the warning signs on the mountain pass.", "always"),
    ("All of the accidents happen after dark.", "All"),
])
def test_a_stronger_quantifier_is_partial(tmp_path: Path, claim: str, word: str) -> None:
    result = article_checker(tmp_path, "roads.txt", ROADS).check_claim(Claim("t", claim))
    assert result.verdict == "partial"
    assert {(d.kind, d.claim_value) for d in result.disagreements} == {("quantifier", word)}


@pytest.mark.parametrize("claim", [
    "The inspector visited the depot many times in March.",
    "The inspector visited the depot several times in March.",
])
def test_vague_counts_of_one_rank_do_not_oppose(tmp_path: Path, claim: str) -> None:
    text = "Depot\n\nThe inspector visited the depot multiple times in March, the union said.\n"
    result = article_checker(tmp_path, "depot.txt", text).check_claim(Claim("t", claim))
    assert result.verdict != "contradicted"
    assert not [d for d in result.disagreements if d.kind == "quantifier"]
