"""Another act done to the same object: "the promotion of the nation's ombudswoman" against "the
replacement of the Central Asian nation's ombudswoman" (session 32).

The noun before "of" names an act (WordNet derives it from a verb: factcheck.lexicon.acts); the passage has another act before the same "of" and object, and WordNet relates the two
verbs in no sense. The claim's act is then unstated by that passage. A body or a person before
"of" ("the board of the Exchange" / "the only member of the Exchange") is left alone: another
sentence may name its members.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim
from factcheck.index.bm25 import term
from factcheck.lexicon.acts import act_verbs
from factcheck.match.align import align

OUTCRY = ("The reporting led to a public outcry, forcing the replacement of the Central Asian nation's ombudswoman "
          "for children and the suspension of local police.")


@pytest.mark.parametrize(("claim", "passage", "replaced"), [
    ("The reporting led to the promotion of the nation's ombudswoman.", OUTCRY, "promotion"),
    ("The reporting led to the replacement of the nation's ombudswoman.", OUTCRY, None),
    ("The council approved the closure of the old library.", "The council approved the renovation of the old library.",
     "closure"),
    # one act in two WordNet words: "dismissal" / "removal" (dismiss and remove are related)
    ("The council approved the dismissal of the director.", "The council approved the removal of the director.",
     None),
    # a body and a member: no act
    ("She was the only member of the Exchange who voted against it.",
     "The board of the Exchange raised the salary of its chief.", None),
])
def test_another_act_of_the_same_object(claim: str, passage: str, replaced: str | None) -> None:
    found = align(claim, passage).replaced_heads()
    assert found == (frozenset({term(replaced)}) if replaced else frozenset())


@pytest.mark.parametrize(("noun", "verb"), [
    ("promotion", "promote"), ("replacement", "replace"), ("dismissal", "dismiss"), ("suspension", "suspend"),
    ("arrest", "arrest"), ("member", None), ("ombudswoman", None),
])
def test_nouns_of_acts(noun: str, verb: str | None) -> None:
    assert act_verbs(noun) == (frozenset({verb}) if verb else frozenset())


def test_another_act_on_the_seeds(seeds_checker: Checker) -> None:
    result = seeds_checker.check_claim(Claim("t", "The reporting led to the promotion of the nation's ombudswoman "
                                                  "for children."))
    assert result.verdict == "partial"
    assert "promotion" in result.missing
    kept = seeds_checker.check_claim(Claim("t", "The reporting forced the replacement of the nation's ombudswoman "
                                                "for children."))
    assert kept.verdict == "supported"


LIBRARY = """\
Council votes on Eastgate library

The council approved the renovation of the old Eastgate library on Tuesday, after a long debate.
The work will start in May.
"""


@pytest.mark.parametrize(("claim", "expected"), [
    ("The council approved the closure of the old Eastgate library on Tuesday.", "partial"),
    ("The council approved the renovation of the old Eastgate library on Tuesday.", "supported"),
])
def test_another_act_in_other_words(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "library.txt", LIBRARY)
    assert checker.check_claim(Claim("t", claim)).verdict == expected


# --- a name where the claim has a common noun, after the same preposition (session 32) -------------


@pytest.mark.parametrize(("claim", "passage", "replaced"), [
    ("One of her friends from school helped bring her home.",
     "One of her friends from Instagram helped bring her home.", "school"),
    ("One of her friends from Instagram helped bring her home.",
     "One of her friends from Instagram helped bring her home.", None),
    # a place's name may be what the claim's noun describes
    ("She took a train from the capital.", "She took a train from Astana.", None),
    # a name on both sides is the entity rules' to compare
    ("He bought the boat from Hansen.", "He bought the boat from Larsen.", None),
])
def test_a_name_after_the_same_preposition(claim: str, passage: str, replaced: str | None) -> None:
    found = align(claim, passage).replaced_nouns()
    assert found == (frozenset({term(replaced)}) if replaced else frozenset())


def test_a_name_after_the_same_preposition_on_the_seeds(seeds_checker: Checker) -> None:
    # 004: '"One of her friends from Instagram helped bring her home. ...," the mother said.'
    result = seeds_checker.check_claim(Claim("t", "One of her friends from school helped bring her home."))
    assert result.verdict == "partial"
    assert "school" in result.missing


def test_a_month_after_the_same_preposition_is_a_dates() -> None:
    # "aired in the second quarter of 2016" / "aired in April-June 2016": the value comparison's
    assert align("The series aired in the second quarter of 2016.", "The series aired in April-June 2016.")\
        .replaced_nouns() == frozenset()


def test_a_common_noun_beside_names_in_the_slot(seeds_checker: Checker) -> None:
    # 000: "Baliyeva, a high-ranking 59-year-old member of the ruling Nur Otan party"
    assert align("She is a member of the opposition.", "She is a member of the ruling Nur Otan party.")\
        .replaced_nouns() == frozenset({term("opposition")})
    result = seeds_checker.check_claim(Claim("t", "Zagipa Baliyeva is a 59-year-old member of the opposition."))
    assert result.verdict == "partial"
    assert "opposition" in result.missing
