"""Two of a new user's findings of session 43, by kind: a length of time the claim states is no
bare count of the passage, and a description the source sets beside a name at any of its
mentions is that name's, however far from the quotation.
"""

from __future__ import annotations

from factcheck import Checker, Claim
from factcheck.values import extract_values
from factcheck.values.clashes import compare_values


def test_a_length_of_time_agrees_with_no_bare_count() -> None:
    claim = "The family handed over the suspects two days after the attack."
    passage = 'the family "detained two of them" on the spot and "two others ran away."'
    check = compare_values(extract_values(claim), extract_values(passage), claim, passage)
    assert not check.agreed


def test_a_length_of_time_no_source_gives_is_missing(seeds_checker: Checker) -> None:
    # 003: 'the family "detained two of them" on the spot ... The family handed over the suspects
    # to authorities at the Esik district police station': no time after the attack
    result = seeds_checker.check_claim(Claim("t", "Zholaman Musinov told Current Time that the family handed over the "
                                                  "suspects to the police two days after the attack."))
    assert result.verdict == "partial"
    assert "two days" in result.missing


def test_a_description_set_beside_the_name_far_before_is_the_speakers(seeds_checker: Checker) -> None:
    # 000: "... according to an account provided by his grandmother, Sharipa Batyrbekova." and,
    # sixteen sentences later, '"... He won't even go to the bathroom unaccompanied," Batyrbekova
    # told KTK television station.'
    result = seeds_checker.check_claim(Claim("t", "Nursultan's grandmother told KTK television station: \"He won't "
                                                  "even go to the bathroom unaccompanied.\""))
    assert result.verdict == "supported"
    assert not result.disagreements


def test_another_description_is_still_another_speaker(seeds_checker: Checker) -> None:
    result = seeds_checker.check_claim(Claim("t", "The ombudswoman told KTK television station: \"He won't even go to "
                                                  "the bathroom unaccompanied.\""))
    assert result.verdict == "contradicted"
    assert [(d.kind, d.source_value) for d in result.disagreements] == [("entity", "Batyrbekova")]
