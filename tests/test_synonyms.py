"""WordNet synonyms at work: a claim that paraphrases its source with a synonym is supported, a
negated synonym is still a negation, and a word is never taken for a synonym through a sense
that is not its first one.

The sources are real text: the seeds, and a paragraph of the Wikipedia sample (article
"Cantor Fitzgerald", copied verbatim so that the test does not need the extracted sample).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, write_tree

from factcheck import Checker, Claim, Options, load_corpus
from factcheck.lexicon.synonyms import irregular_forms, load_synonyms, synonyms
from factcheck.match.align import align
from factcheck.match.synonyms import synonym_terms

SEEDS = ROOT / "seeds"
WIKIPEDIA: dict[str, str | bytes] = {
    "6639_Cantor_Fitzgerald.txt": "Cantor Fitzgerald\n\nHollywood Stock Exchange.\nHollywood Stock Exchange was "
                                  "founded in 1996. It is the world\u2019s virtual entertainment stock market. Users "
                                  "can speculate on the outcome of the latest box office releases using virtual "
                                  "currency.\n",
}


@pytest.fixture(scope="module")
def seeds() -> Checker:
    return Checker(load_corpus([SEEDS]), Options(index=False))


@pytest.fixture(scope="module")
def wikipedia(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    root: Path = write_tree(tmp_path_factory.mktemp("wikipedia"), WIKIPEDIA)
    return Checker(load_corpus([root]), Options(index=False))


# --- the table and its lookup -----------------------------------------------------------------------------------


def test_the_table_is_symmetric_and_has_first_senses_only() -> None:
    table = load_synonyms()
    assert "found" in table["establish"] and "establish" in table["found"]
    assert all(a in table[b] for a, others in table.items() for b in others)
    # "decline" shares a synset with "refuse" only in its third sense ("grow worse" is its first)
    assert "refuse" not in table.get("decline", frozenset())


def test_inflected_and_irregular_forms_reach_the_table() -> None:
    assert "establish" in synonyms("Founded") and "found" in synonyms("establishes")
    assert "upheld" in irregular_forms("uphold")
    assert synonyms("found") == synonyms("find")  # the word "found" is read as the index reads it: "find"
    assert synonyms("") == frozenset() and synonyms("2017") == frozenset()
    with pytest.raises(TypeError):
        synonyms(None)  # type: ignore[arg-type]


def test_only_verbs_are_used_as_index_terms() -> None:
    assert "establish" in synonym_terms("founded") and "found" in synonym_terms("established")
    assert "shop" in synonyms("store") and not synonym_terms("store")  # a noun synonym is in the table, not used
    assert synonym_terms("village") == frozenset()


# --- claims -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("fixture", "claim"), [
    ("seeds", "The Village was founded in 2017."),                 # 001: "was established in 2017"
    ("wikipedia", "Hollywood Stock Exchange was established in 1996."),  # "was founded in 1996"
])
def test_a_paraphrase_by_a_synonym_is_supported(request: pytest.FixtureRequest, fixture: str, claim: str) -> None:
    checker: Checker = request.getfixturevalue(fixture)
    result = checker.check_claim(Claim("t", claim))
    assert result.verdict == "supported"
    assert not result.missing


@pytest.mark.parametrize(("fixture", "claim"), [
    ("seeds", "The Village was not founded in 2017."),
    ("wikipedia", "Hollywood Stock Exchange was not established in 1996."),
])
def test_a_negated_synonym_is_contradicted(request: pytest.FixtureRequest, fixture: str, claim: str) -> None:
    checker: Checker = request.getfixturevalue(fixture)
    result = checker.check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    assert "negation" in {d.kind for d in result.disagreements}


def test_the_synonyms_are_paired_word_by_word() -> None:
    claim = "Hollywood Stock Exchange was established in 1996."
    passage = "Hollywood Stock Exchange was founded in 1996."
    pairs = align(claim, passage).pairs
    assert (4, 4) in pairs  # established / founded, in place
    assert not align(claim, passage).differences


def test_a_word_is_not_paired_through_a_sense_that_is_not_its_first() -> None:
    """000: "The school principal ... declined to take the matter further". "Refuse" is one sense of
    "decline", but not its first ("grow worse", as prices decline): no pair, no coverage from it."""
    source = "The school principal was similarly dismissive and declined to take the matter further."
    claim = "The school principal refused to take the matter further."
    alignment = align(claim, source)
    refused = next(i for i, t in enumerate(alignment.claim) if t.folded == "refused")
    assert refused not in {i for i, _j in alignment.pairs}
    assert synonym_terms("refused") == frozenset()
