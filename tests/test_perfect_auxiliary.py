"""The auxiliary of a perfect is not a claim's main verb: "has worked" gives "worked", and "has
been given" is a passive. Read as the main verb, "has" (a stopword) left such a claim with no
predicate, and a claim that says one thing no source states of people a source names stayed
`partial` rather than `not_found` (session 48, from held-out set H14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.match.cues import tokenize
from factcheck.match.predicates import main_verb


@pytest.mark.parametrize(("text", "verb"), [
    ("Ines Calder has worked for the Kelso Herald since 2019.", "worked"),
    ("Ines Calder had a dog called Bran.", "had"),
    ("Ines Calder has been given police protection.", None),
    ("Ines Calder reported the threats.", "reported"),
])
def test_the_main_verb(text: str, verb: str | None) -> None:
    tokens = tokenize(text)
    k = main_verb(tokens)
    assert (tokens[k].folded if k is not None else None) == verb


HERALD = ("Kelso Herald\n\n"
          "In June the press watchdog Free Word published a report on the death threats against the Kelso Herald's "
          "editor, Ines Calder, and her staff. "
          "The watchdog said the threats followed the paper's reports on the harbour contracts.\n")


def test_a_predicate_no_source_states_of_named_people_is_not_found(tmp_path: Path) -> None:
    claim = Claim("t", "Ines Calder has been given police protection after the death threats.")
    assert article_checker(tmp_path, "herald.txt", HERALD).check_claim(claim).verdict == "not_found"


@pytest.mark.parametrize(("text", "verb"), [
    ("The authorities shut down the Kelso Herald in 2020.", "shut"),
    ("The council cut back the harbour budget by a third.", "cut"),
    ("The council put pressure on the harbour board.", None),  # a support verb: its noun says the act
    ("The cut was deeper than the council said.", None),
])
def test_a_verb_whose_past_is_its_base_form(text: str, verb: str | None) -> None:
    tokens = tokenize(text)
    k = main_verb(tokens)
    assert (tokens[k].folded if k is not None else None) == verb


def test_an_adverb_between_the_auxiliary_and_the_participle() -> None:
    tokens = tokenize("Ines Calder has since left the Kelso Herald.")
    k = main_verb(tokens)
    assert k is not None and tokens[k].folded == "left"
