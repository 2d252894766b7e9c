"""Quotations that leave words out (``…``, ``...``, ``[…]``, ``[...]``) or put words in
(``[the council]``): the pieces must stand in order in one passage, and an ellipsis that
swallows a negation, or a value or name the joined pieces now misstate, is a misquote."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_tree

from factcheck import Checker, Claim
from factcheck.match.retrieve import Matcher
from factcheck.models import QuoteCheck
from factcheck.sources.corpus import load_corpus
from factcheck.verdicts.quotes import QuoteFinder, inverts, quote_verdict

MINUTES = """Riverside council: minutes of the March session

The mayor, who took office in 2019 after a close race, said the library budget would be protected.
The planning committee has never approved a tower on the waterfront site.
Ms Okafor said the inspectors didn't find the Mill Street building safe for residents.
The bridge treaty was signed in 1994 but ratified only in 2001.
The court cleared Halloran but convicted Petrova of fraud.
In March it voted to close the Eastgate library for repairs.

Councillors heard a long presentation on drainage. The engineers described the culverts under the \
old market, the pumping station beside the river, the overflow tanks dug beneath the playing fields \
and the storm drains along the ring road, and they went through the costs of each option in turn, \
with a table for every ward and a map for every street, before the chair finally called for a vote \
on the drainage plan, which passed without a single objection.

The recycling depot will open on Saturdays.
Opening hours at the swimming pool are unchanged.
A resident wrote that the goverment had ignored the flooding, and no one had replied.
"""


@pytest.fixture(scope="module")
def finder(tmp_path_factory: pytest.TempPathFactory) -> QuoteFinder:
    root = write_tree(tmp_path_factory.mktemp("ellipsis"), {"minutes.txt": MINUTES})
    return QuoteFinder(Matcher(load_corpus([root])))


def _verbatim(check: QuoteCheck) -> str:
    """The found text, after checking it is the source's own slice."""
    assert check.start is not None and check.end is not None and check.found is not None
    assert MINUTES[check.start:check.end] == check.found
    assert check.source_id == "minutes.txt"
    return check.found


@pytest.mark.parametrize("ellipsis", ["…", "...", "[…]", "[...]"])
def test_an_ellipsis_that_swallows_never_is_close_and_names_it(finder: QuoteFinder, ellipsis: str) -> None:
    check = finder.check(f"The planning committee has {ellipsis} approved a tower on the waterfront site")
    assert check.status == "close"
    assert check.differences == ((ellipsis, "never"),)
    assert _verbatim(check) == "The planning committee has never approved a tower on the waterfront site"
    assert check.line == 4


def test_an_ellipsis_that_swallows_nt_names_the_whole_word(finder: QuoteFinder) -> None:
    check = finder.check("“the inspectors ... find the Mill Street building safe for residents”")
    assert check.status == "close"
    assert check.differences == (("...", "didn't"),)
    assert _verbatim(check) == "the inspectors didn't find the Mill Street building safe for residents"


def test_an_ellipsis_that_moves_a_date_is_close(finder: QuoteFinder) -> None:
    # "signed … in 2001" joins the pieces into a claim the source does not make.
    check = finder.check("The bridge treaty was signed [...] in 2001")
    assert check.status == "close"
    assert check.differences == (("[...]", "1994"),)
    assert _verbatim(check) == "The bridge treaty was signed in 1994 but ratified only in 2001"


def test_an_ellipsis_that_drops_a_name_mid_clause_is_close(finder: QuoteFinder) -> None:
    check = finder.check("The court … convicted Petrova of fraud")
    assert check.status == "close"
    assert check.differences == (("…", "Halloran"),)


@pytest.mark.parametrize("ellipsis", ["…", "...", "[…]", "[...]"])
def test_leaving_out_a_subordinate_clause_is_exact(finder: QuoteFinder, ellipsis: str) -> None:
    # The relative clause holds a year, but it lifts out whole: the rest says what the source says.
    check = finder.check(f"The mayor {ellipsis} said the library budget would be protected")
    assert check.status == "exact"
    assert check.differences == ()
    assert check.score == 100.0
    assert _verbatim(check) == ("The mayor, who took office in 2019 after a close race, "
                                "said the library budget would be protected")


def test_leaving_out_an_adjunct_phrase_is_exact(finder: QuoteFinder) -> None:
    check = finder.check("it voted to close the Eastgate library … for repairs")
    assert check.status == "exact"
    assert _verbatim(check) == "it voted to close the Eastgate library for repairs"


def test_several_ellipses_are_matched_in_turn(finder: QuoteFinder) -> None:
    check = finder.check("The mayor … said the library budget … protected")
    assert check.status == "exact"
    assert _verbatim(check).endswith("would be protected")


def test_a_bracketed_insertion_stands_for_the_words_it_replaces(finder: QuoteFinder) -> None:
    check = finder.check("[the council] voted to close the Eastgate library")
    assert check.status == "exact"
    assert _verbatim(check) == "it voted to close the Eastgate library"


def test_a_bracket_may_not_stand_in_for_a_negation(finder: QuoteFinder) -> None:
    check = finder.check("[the committee] approved a tower on the waterfront site")
    assert check.status != "exact"


def test_pieces_out_of_order_are_not_exact(finder: QuoteFinder) -> None:
    check = finder.check("said the library budget would be protected … The mayor")
    assert check.status != "exact"


def test_pieces_too_far_apart_are_not_exact(finder: QuoteFinder) -> None:
    # Same paragraph, but some 400 characters between the pieces.
    assert finder.check("Councillors heard a long presentation on drainage … the drainage plan, which passed").status != "exact"
    # Close together, but across a paragraph break.
    assert finder.check("which passed without a single objection … The recycling depot will open").status != "exact"


def test_pieces_near_enough_are_exact(finder: QuoteFinder) -> None:
    check = finder.check("they went through the costs of each option … the drainage plan, which passed")
    assert check.status == "exact"
    found = _verbatim(check)
    assert found.startswith("they went through") and found.endswith("which passed")


def test_a_quote_without_ellipsis_is_checked_as_before(finder: QuoteFinder) -> None:
    assert finder.check("The planning committee has never approved a tower").status == "exact"
    check = finder.check("The planning committee has always approved a tower on the waterfront site")
    assert check.status == "close"
    assert check.differences == (("always", "never"),)


def test_a_source_with_a_literal_ellipsis_is_still_matched_verbatim(tmp_path: Path) -> None:
    root = write_tree(tmp_path, {"letter.txt": "She wrote: \"I waited... and waited\" in her letter.\n"})
    check = QuoteFinder(Matcher(load_corpus([root]))).check("I waited... and waited")
    assert check.status == "exact"
    assert check.found == "I waited... and waited"


def test_sic_stands_for_nothing(finder: QuoteFinder) -> None:
    check = finder.check("the goverment [sic] had ignored the flooding")
    assert check.status == "exact"
    assert _verbatim(check) == "the goverment had ignored the flooding"


def test_an_ellipsis_that_swallows_no_one_names_both_words(finder: QuoteFinder) -> None:
    check = finder.check("the goverment had ignored the flooding, and … had replied")
    assert check.status == "close"
    assert check.differences == (("…", "no one"),)


@pytest.mark.parametrize(("quote", "verdict"), [
    ("The planning committee has … approved a tower on the waterfront site", "contradicted"),  # swallows "never"
    ("The planning committee has always approved a tower on the waterfront site", "contradicted"),  # opposite word
    ("Ms Okafor said the inspectors did find the Mill Street building safe", "contradicted"),  # drops "n't"
    ("The bridge treaty was signed in … 2001", "partial"),  # the ellipsis moves a date: no opposite, still misleading
    ("The planning committee has never approved a tower on the waterfront", "supported"),  # a misquote of one word
    ("The mayor said the library budget would be protected", "supported"),  # close without an ellipsis
])
def test_a_claim_is_no_better_than_the_quotation_it_gives(finder: QuoteFinder, quote: str, verdict: str) -> None:
    check = finder.check(quote)
    assert inverts(check) is (verdict == "contradicted")
    assert quote_verdict("supported", check) == verdict
    assert quote_verdict("not_found", check) == "not_found"  # a record's quote beside a claim it is not in
    assert quote_verdict("not_found", check, stated=True) == (verdict if verdict == "contradicted" else "not_found")


# 001: "... saying that its representative had indeed contacted the editorial office of The Village,
# but only to “provide assistance regarding the accuracy of the information presented,” not to
# pressure its journalists." 004: "she was unhappy with the amount of time her daughter was spending
# away from her home but chose not to stop her".
@pytest.mark.parametrize(("claim", "quote"), [
    ("The Ministry of Information said its representative had contacted The Village.",
     "its representative had indeed contacted the editorial office of The Village ... to pressure its journalists"),
    ("The mother said she was unhappy with her daughter's time away from home.",
     "she was unhappy with the amount of time her daughter was spending away from her home but chose … to stop her"),
])
def test_a_true_claim_whose_quotation_inverts_the_source_is_contradicted(
        seeds_checker: Checker, claim: str, quote: str) -> None:
    honest = seeds_checker.check_claim(Claim("t", claim))
    assert honest.verdict == "supported"
    result = seeds_checker.check_claim(Claim("t", claim, quote=quote))
    assert result.quote_check is not None and result.quote_check.status == "close"
    assert result.verdict == "contradicted"
    assert any(d.kind == "quote" and d.source_value == "not" for d in result.disagreements)


# 003: '"Those men who raped my daughter should be ashamed, not us."'; 000: '“The child is complaining
# ... The police say: ‘You’re lying. Do you have evidence?’ And the child says ...'.
@pytest.mark.parametrize(("claim", "quote", "hidden"), [
    ("Musinova said in the video that her daughter should be ashamed.",
     "Why should I be ashamed? ... my daughter should be ashamed", "Those men who raped"),
    ("Batyrbekova told KTK that the child was lying.", "The child is … lying.", "You’re"),
])
def test_an_ellipsis_that_grafts_one_sentence_onto_another_is_a_misquote(
        seeds_checker: Checker, claim: str, quote: str, hidden: str) -> None:
    result = seeds_checker.check_claim(Claim("t", claim, quote=quote))
    assert result.quote_check is not None and result.quote_check.status == "close"
    assert [theirs for _, theirs in result.quote_check.differences] == [hidden]
    assert result.verdict == "partial"


@pytest.mark.parametrize("quote", [
    # whole sentences left out, the next piece opening its own: an honest omission
    "The child is complaining that they are doing this and that to him. … He’s afraid, he says, to go out alone.",
    "The child is complaining … He’s afraid, he says, to go out alone.",
])
def test_an_ellipsis_over_whole_sentences_is_exact(seeds_checker: Checker, quote: str) -> None:
    result = seeds_checker.check_claim(Claim("t", "Batyrbekova told KTK the child was afraid to go out alone.",
                                             quote=quote))
    assert result.quote_check is not None and result.quote_check.status == "exact"
    assert result.verdict == "supported"


def test_a_quotation_that_leaves_out_words_and_keeps_the_meaning_stays_supported(seeds_checker: Checker) -> None:
    result = seeds_checker.check_claim(Claim(
        "t", "The Ministry of Information said its representative had contacted The Village.",
        quote="its representative had indeed contacted the editorial office of The Village, but only to … provide assistance"))
    assert result.quote_check is not None and result.quote_check.status == "exact"
    assert result.verdict == "supported"


# 002: '"We have to inform you that unknown individuals who introduce themselves as officials of state
# entities are attacking us right now, ..."'; MINUTES: "The court cleared Halloran but convicted Petrova of fraud."
@pytest.mark.parametrize(("claim", "quote", "hidden"), [
    ("The magazine said officials of state entities were attacking it.",
     "We have to inform you that ... officials of state entities are attacking us right now",
     "unknown individuals who introduce themselves as"),
])
def test_an_ellipsis_that_cuts_a_phrase_from_its_head_is_a_misquote(
        seeds_checker: Checker, claim: str, quote: str, hidden: str) -> None:
    result = seeds_checker.check_claim(Claim("t", claim, quote=quote))
    assert result.quote_check is not None and result.quote_check.status == "close"
    assert [theirs for _, theirs in result.quote_check.differences] == [hidden]
    assert result.verdict == "partial"


def test_a_gap_that_ends_on_a_preposition_is_close(finder: QuoteFinder) -> None:
    check = finder.check("The court cleared Halloran but convicted … fraud")
    assert check.status == "close"
    assert check.differences and check.differences[0][1].endswith("of")
