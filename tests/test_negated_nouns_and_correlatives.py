"""A "no" inside its clause negates its noun, and "neither ... nor" negates the predicate the
subjects share (session 43, set H8's two false `contradicted`).
"""

from __future__ import annotations

from factcheck import Checker, Claim


def test_neither_nor_negates_the_predicate_not_the_subjects(seeds_checker: Checker) -> None:
    # 004: "RFE/RL's Kazakh Service made attempts to contact the school in Qyzylorda and police in
    # the region but received no reply by the time of publication."
    result = seeds_checker.check_claim(Claim("t", "Neither the school in Qyzylorda nor the police in the region had "
                                                  "replied to RFE/RL's Kazakh Service by the time of publication."))
    assert result.verdict == "supported"
    assert not [d for d in result.disagreements if d.kind == "negation"]


def test_an_affirmed_reply_still_contradicts(seeds_checker: Checker) -> None:
    result = seeds_checker.check_claim(Claim("t", "The school in Qyzylorda replied to RFE/RL's Kazakh Service before "
                                                  "publication."))
    assert result.verdict == "contradicted"
    assert [d.kind for d in result.disagreements] == ["negation"]


def test_a_negated_noun_the_source_never_states_is_no_contradiction(seeds_checker: Checker) -> None:
    # 002: "The article, published on September 1 and written by journalist Asem Zhapisheva, tells
    # the story of a 7-year-old boy ...": it says nothing of an intention
    result = seeds_checker.check_claim(Claim("t", "The Village had no intention of deleting the story about the boy "
                                                  "from Abai."))
    assert result.verdict != "contradicted"
    assert not [d for d in result.disagreements if d.kind == "negation"]
