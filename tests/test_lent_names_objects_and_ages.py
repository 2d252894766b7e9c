"""What a two-sentence window lends, the object of one verb, a nominalisation's patient, and an
age given in a predicate (session 43, set H8's false `supported` and missed values).
"""

from __future__ import annotations

from pathlib import Path

from conftest import article_checker

from factcheck import Checker, Claim
from factcheck.values import extract_values


def test_a_name_lent_by_the_windows_other_sentence_is_no_support(seeds_checker: Checker) -> None:
    # 000: "On March 16, Baliyeva took Nursultan, his grandmother and another female relative to
    # the capital, Astana, ... . Representatives for the family ... had wanted to go to Almaty"
    result = seeds_checker.check_claim(Claim("t", "On March 16, Baliyeva took Nursultan and his grandmother to Almaty."))
    assert result.verdict == "contradicted"
    assert ("Almaty", "Astana") in [(d.claim_value, d.source_value) for d in result.disagreements if d.kind == "entity"]


def test_another_name_as_the_object_of_the_same_verb(seeds_checker: Checker) -> None:
    # 003: "She said they beat up the young woman's relative, Rustam, then forced Zhibek into a
    # car"; Zholaman Musinov is her brother, named two sentences later
    result = seeds_checker.check_claim(Claim("t", "Her mother said the attackers in Esik beat up Zholaman Musinov "
                                                  "and then forced Zhibek into a car."))
    assert result.verdict == "contradicted"


def test_a_description_with_a_lowercase_phrase_is_the_names(seeds_checker: Checker) -> None:
    # 000 gives "the government ombudswoman for children's rights" to Zagipa Baliyeva
    result = seeds_checker.check_claim(Claim("t", "Eldar Tulebayev, the government ombudswoman for children's rights, "
                                                  "paraded Nursultan before television crews and bloggers."))
    assert result.verdict != "supported"
    assert any("ombudswoman" in words for words in result.missing)


def test_a_nominalisation_names_its_own_patient(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "club.txt",
                              "The club announced on Friday that its board had ordered the removal of the head coach "
                              "after the final match of the season. Fans gathered outside the stadium.\n")
    done_to_the_board = checker.check_claim(Claim("t", "The club announced on Friday that its board had been removed "
                                                       "after the final match of the season."))
    assert done_to_the_board.verdict != "supported"
    assert any("board" in words for words in done_to_the_board.missing)
    done_to_the_coach = checker.check_claim(Claim("t", "The club announced on Friday that the head coach had been "
                                                       "removed after the final match of the season."))
    assert done_to_the_coach.verdict == "supported"


def test_an_age_given_in_a_predicate_is_an_age() -> None:
    read = {v.text: (v.kind, v.amount, v.unit) for text in (
        "Nursultan was nine when he came home.", "She was 14.", "The victim was 17 at the time.",
        "Turnout was 52.", "The price was 9.") for v in extract_values(text)}
    assert read["nine"] == ("age", 9, "year")
    assert read["14"] == ("age", 14, "year")
    assert read["17"] == ("age", 17, "year")
    assert read["52"][0] == "number"  # a common noun opening the sentence is no person
    assert read["9"][0] == "number"


def test_an_age_given_in_a_predicate_is_compared(seeds_checker: Checker) -> None:
    # 000: "the seven-year old returned to his home in a small town ... covered in scratches and mud"
    result = seeds_checker.check_claim(Claim("t", "The boy was nine when he returned to his home covered in "
                                                  "scratches and mud."))
    assert result.verdict == "contradicted"
    # (An age is a number in the contract's kinds.)
    assert [(d.kind, d.claim_value) for d in result.disagreements] == [("number", "nine")]
