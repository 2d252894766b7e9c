"""A verb and the noun of its act state one thing (session 36: WordNet's derivationally related
forms, factcheck/lexicon/derivations.tsv): "The closure of the old ferry terminal came in June"
states that it was closed, though "closed" and "closure" index as two terms."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.index.bm25 import term
from factcheck.lexicon.derivations import act_forms, load_derivations
from factcheck.match.synonyms import act_terms

HARBOUR = ("Harbour\n\n"
           "The closure of the old ferry terminal came in June, after the seizure of the captain's licence.\n")


def test_a_verb_has_the_nouns_of_its_act() -> None:
    assert {"argument", "argumentation"} <= act_forms("argued")
    assert "arrive" in act_forms("arrivals")
    assert "prosecution" in act_forms("prosecuted")


def test_no_noun_of_a_doer_or_of_the_one_done_to() -> None:
    nouns, _ = load_derivations()
    assert not any(noun.endswith(("er", "or", "ee", "ist", "ant")) for found in nouns.values() for noun in found)
    assert act_forms("employ") == frozenset({"employment"})


def test_the_index_terms_of_the_other_side() -> None:
    assert term("argument") in act_terms("argued")
    assert term("argued") not in act_terms("argued")  # its own term is left out
    assert act_terms("harbour") == frozenset()


@pytest.mark.parametrize(("claim", "verdict"), [
    # A passive's participle must be stated (verdicts/decide.py): the noun of its act states it.
    ("The old ferry terminal was closed in June.", "supported"),
    ("The captain's licence was seized.", "supported"),
    ("The old ferry terminal was rebuilt in June.", "partial"),
])
def test_the_noun_of_the_act_states_the_verb(tmp_path: Path, claim: str, verdict: str) -> None:
    assert article_checker(tmp_path, "harbour.txt", HARBOUR).check_claim(Claim("t", claim)).verdict == verdict
