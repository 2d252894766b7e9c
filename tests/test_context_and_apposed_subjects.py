"""The sentences just before a passage describe its people, and a name set off by commas is its
clause's subject (session 43, set H8).
"""

from __future__ import annotations

from factcheck import Checker, Claim


def test_a_description_the_text_before_gives_lets_a_negation_contradict(seeds_checker: Checker) -> None:
    # 004: "... Turkistan, when a 17-year-old girl jumped off the sixth floor of a building ... .
    # She, too, had been registered ..., Smailova said. / "We know the girl survived the fall, ..."
    # she told RFE/RL."
    result = seeds_checker.check_claim(Claim("t", "Smailova told RFE/RL that the 17-year-old who jumped off the sixth "
                                                  "floor of a building in Turkistan did not survive the fall."))
    assert result.verdict == "contradicted"
    assert [d.kind for d in result.disagreements] == ["negation"]


def test_a_subject_set_off_by_commas_shares_the_act(seeds_checker: Checker) -> None:
    # 001: "Hours later, the country's Ombudsman for Children, Aruzhan Sain, noted in a Facebook
    # post that Zhapisheva's article falsely stated ..."
    result = seeds_checker.check_claim(Claim("t", "Children's ombudsman Aruzhan Sain attacked Zhapisheva's article "
                                                  "in a Telegram post."))
    assert result.verdict == "contradicted"
    assert [(d.kind, d.claim_value, d.source_value) for d in result.disagreements] == [
        ("entity", "Telegram", "Facebook")]
