"""A negation contradicts only a statement about the same subject, and a sentence never differs
from itself (session 37, from bench/perturb.py seeds 0 and 2: "The board is not paid for its
work" was `disputed` by sentences of other articles that say "paid" and "work" of other people;
a sentence of the Wikipedia article on fins, checked against itself, came out `contradicted`); and a
possessive "her" stands for no name (set Z: "The abuse of Nursultan went on for months ..." was
`contradicted` by "Batyrbekova said the abuse of her grandson went on for months ...")."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_tree

from factcheck import Checker, Claim, Options, load_corpus
from factcheck.match.align import align

JURY = {
    "jury.txt": "Citizens' juries\n\nThe jury is not paid for its service. It meets four times a year.\n",
    "canal.txt": ("Canal works\n\nThe diggers were paid for their service by the canal company, and most of the "
                  "work was done by hand.\n"),
}


def test_a_negation_of_another_subject_disputes_nothing(tmp_path: Path) -> None:
    checker = Checker(load_corpus([write_tree(tmp_path, JURY)]), Options(index=False))
    result = checker.check_claim(Claim("t", "The jury is not paid for its service."))
    assert result.verdict == "supported"


def test_a_negation_of_the_same_subject_still_contradicts(tmp_path: Path) -> None:
    checker = Checker(load_corpus([write_tree(tmp_path, JURY)]), Options(index=False))
    assert checker.check_claim(Claim("t", "The jury is paid for its service.")).verdict == "contradicted"
    assert checker.check_claim(Claim("t", "The diggers were not paid for their service.")).verdict == "contradicted"


@pytest.mark.parametrize("sentence", [
    "For owls have their ears in the upper part of their heads and bats have two ears in the front part of "
    "their heads.",
    "The court fined the first company and the second company fined the court's clerk.",
])
def test_a_sentence_differs_in_nothing_from_itself(sentence: str) -> None:
    alignment = align(sentence, sentence)
    assert alignment.differences == ()
    assert alignment.unattributed == frozenset()


def test_a_possessive_her_stands_for_no_name(tmp_path: Path) -> None:
    # "the flooding of her farm": "her" owns the farm, which stands in the claim's "Greystones" place.
    text = ("Floods\n\nMargaret Doyle said the flooding of her farm went on for weeks and that her calls to the "
            "county office were ignored.\n")
    checker = Checker(load_corpus([write_tree(tmp_path, {"floods.txt": text})]), Options(index=False))
    result = checker.check_claim(Claim("t", "The flooding of Greystones went on for weeks."))
    assert result.verdict != "contradicted"
    assert not [d for d in result.disagreements if d.kind == "entity"]
