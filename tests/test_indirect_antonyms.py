"""Opposites through WordNet's adjective clusters (Gross & Miller 1990): a word of one cluster
against a word of the cluster its head is opposed to (session 37; a perturbation with another
generator's table of opposites, "tiny" for "large", "remote" for "nearby", "rare" for "common",
was `supported` or `partial` for 53 % of 120 claims)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.lexicon.adjectives import in_opposed_cluster, indirect_antonyms


@pytest.mark.parametrize(("a", "b"), [
    ("eager", "reluctant"), ("safe", "dangerous"), ("tiny", "large"), ("prominent", "obscure"),
    ("remote", "nearby"), ("rapid", "slow"), ("wet", "dry"),
])
def test_words_of_opposed_clusters_are_indirect_antonyms(a: str, b: str) -> None:
    assert indirect_antonyms(a, b) and indirect_antonyms(b, a)


@pytest.mark.parametrize(("a", "b"), [("great", "vast"), ("large", "huge"), ("new", "ancient"), ("red", "blue")])
def test_words_of_one_cluster_or_unopposed_ones_are_not(a: str, b: str) -> None:
    assert not indirect_antonyms(a, b)


def test_only_adjectives_of_opposed_clusters_are_looked_up() -> None:
    assert in_opposed_cluster("tiny") and not in_opposed_cluster("aluminum")


SMELTER = ("Smelter\n\n"
           "Cheap hydropower drew a large aluminium smelter to the valley in 1952, and a nearby town grew up "
           "around it. Public and private investors shared the cost.\n")


@pytest.mark.parametrize("claim", [
    "Cheap hydropower drew a tiny aluminium smelter to the valley in 1952.",
    "Cheap hydropower drew a large aluminium smelter to the valley in 1952, and a remote town grew up around it.",
])
def test_an_opposed_adjective_in_place_contradicts(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "smelter.txt", SMELTER).check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    assert any(d.kind == "antonym" for d in result.disagreements)


@pytest.mark.parametrize("claim", [
    "Cheap hydropower drew a large aluminium smelter to the valley in 1952.",
    "Private and public investors shared the cost.",
])
def test_the_same_or_both_words_do_not(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "smelter.txt", SMELTER).check_claim(Claim("t", claim))
    assert result.verdict == "supported"
