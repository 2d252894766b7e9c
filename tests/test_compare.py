"""Values against passages, and stances into verdicts, on sentences from the seeds."""

from __future__ import annotations

import pytest
from conftest import seed_text

from factcheck.models import Claim
from factcheck.run.pipeline import Checker
from factcheck.sources.corpus import Corpus
from factcheck.values import compare, extract_values
from factcheck.values.clashes import compare_values

PERPETRATOR = "Eventually, one of the perpetrators was sentenced to seven years in prison, while several other teens avoided prosecution because they were underage at the time."
LIBEL = "Batyrbekov also faced libel charges after he wrote about the rape in 2018. In September 2019, he was sentenced to two years and three months in prison on libel charges."


def _check(claim: str, passage: str):
    return compare_values(extract_values(claim), extract_values(passage), claim, passage)


def test_sentences_are_real() -> None:
    text = seed_text("002_c17141c48ebfc846.txt")
    assert PERPETRATOR in text and LIBEL.split(". ")[1] in text


def test_a_changed_number_clashes_with_the_same_kind_of_value() -> None:
    check = _check("One of the perpetrators was sentenced to eight years in prison.", PERPETRATOR)
    assert [(ours.text, theirs.text) for ours, theirs in check.conflicts] == [("eight years", "seven years")]


def test_the_same_number_in_words_and_digits_agrees() -> None:
    check = _check("One of the perpetrators was sentenced to 7 years in prison.", PERPETRATOR)
    assert not check.conflicts and any(v.text == "7 years" for v in check.agreed)


def test_the_clashing_value_is_the_one_nearest_the_same_words() -> None:
    check = _check("Batyrbekov was sentenced for libel in 2017.", LIBEL)
    assert [(ours.text, theirs.text) for ours, theirs in check.conflicts] == [("2017", "September 2019")]


def test_a_value_stated_elsewhere_in_the_passage_still_clashes_in_its_own_words() -> None:
    # The claim's first year is wrong: the passage's 2019 is the sentencing's, not the article's.
    claim = ("Batyrbekov also faced libel charges after he wrote about the rape in 2019. "
             "In September 2019, he was sentenced to two years and three months in prison on libel charges.")
    check = _check(claim, LIBEL)
    assert [(ours.text, theirs.text) for ours, theirs in check.conflicts] == [("2019", "2018")]
    assert [v.text for v in check.agreed if v.kind == "date"] == ["September 2019"]
    assert not _check(LIBEL, LIBEL).conflicts  # the same two years, each in its place


def test_a_passage_value_that_matches_one_claim_value_cannot_clash_with_another() -> None:
    passage = "On December 22, 2017, the deadline was extended."
    check = _check("On December 22, 2017, the deadline was extended to June 21, 2018.", passage)
    assert not check.conflicts


def test_values_in_other_units_do_not_clash() -> None:
    passage = "a fresh payment of 250,000 tenges (around $520)."
    check = _check("She had to secure a payment of 300,000 dollars.", passage)
    assert all(t.text != "250,000 tenges" for _, t in check.conflicts)
    check = _check("She had to secure a payment of 300,000 tenges.", passage)
    assert [(o.text, t.text) for o, t in check.conflicts] == [("300,000 tenges", "250,000 tenges")]


def test_spelling_variants_are_recorded_not_clashes() -> None:
    passage = seed_text("000_38fea943e4c83ed6.txt").split("\n")[18]
    check = _check("Abai is a town of around 18,000 people.", passage)
    assert not check.conflicts
    assert [(word, other.text) for word, other in check.variants] == [("Abai", "Abay")]


def test_a_swapped_name_in_the_same_frame_clashes() -> None:
    passage = "Hours later, the country's Ombudsman for Children, Aruzhan Sain, noted in a Facebook post that the article was false."
    claim = "Hours later, the country's Ombudsman for Children, Zagipa Baliyeva, noted in a Facebook post that the article was false."
    check = _check(claim, passage)
    assert [(o.text, t.text) for o, t in check.conflicts] == [("Zagipa Baliyeva", "Aruzhan Sain")]


@pytest.fixture(scope="module")
def checker(seeds: Corpus) -> Checker:
    return Checker(seeds)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kazakhstan ranked 155th out of 180 countries in the 2021 World Press Freedom Index.", "supported"),
        ("Kazakhstan ranked 125th out of 180 countries in the 2021 World Press Freedom Index.", "contradicted"),
        ("Batyrbekov was sentenced to two years and three months in prison and fined 5,000 dollars.", "partial"),
        ("The Kazakh parliament passed a new child protection law in April 2019.", "not_found"),
    ],
)
def test_verdicts(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check_claim(Claim("t", claim)).verdict == verdict


def test_a_clash_about_another_subject_is_only_context(checker: Checker) -> None:
    result = checker.check_claim(Claim("t", "One of the perpetrators was sentenced to eight years in prison."))
    assert result.verdict == "contradicted"
    assert {(d.claim_value, d.source_value) for d in result.disagreements} == {("eight years", "seven years")}


def test_a_partial_claim_lists_its_unsupported_words(checker: Checker) -> None:
    result = checker.check_claim(Claim("t", "Batyrbekov was sentenced to two years and three months in prison and fined 5,000 dollars."))
    assert any("5,000" in part for part in result.missing)
    assert all(part in result.claim.text for part in result.missing)


def test_relative_dates_resolve_against_the_document_date(tmp_path) -> None:
    from factcheck.sources.corpus import load_corpus

    (tmp_path / "report.md").write_text("---\ndate: 2019-03-21\n---\nThe council met last Tuesday and approved the budget of the town.\n", encoding="utf-8")
    checker = Checker(load_corpus([tmp_path]))
    assert checker.corpus.documents[0].date is not None
    wrong = checker.check_claim(Claim("a", "The council approved the budget of the town on March 12, 2019."))
    right = checker.check_claim(Claim("b", "The council approved the budget of the town on March 19, 2019."))
    assert wrong.verdict == "contradicted" and right.verdict == "supported"


@pytest.mark.parametrize(("a", "b", "expected"), [
    # Strict bounds on one amount from two sides: no amount is both.
    ("free for children over 12", "free for children under 12", False),
    ("More than 500 people attended", "Fewer than 500 people attended", False),
    ("More than 500 people attended", "Up to 500 people attended", False),
    # Two inclusive bounds meet at the amount, and say neither.
    ("At least 40 people died", "Up to 40 people died", None),
])
def test_bounds_from_two_sides_of_one_amount(a: str, b: str, expected: bool | None) -> None:
    [x], [y] = [[v for v in extract_values(t) if v.kind == "number"] for t in (a, b)]
    assert compare(x, y) is expected and compare(y, x) is expected


@pytest.mark.parametrize(("claim", "source", "expected"), [
    # A claim's approximation is stated by a bound at its amount; a claim's bound is not stated
    # by an approximation ("more than 9,000 people" / "about 9,000 people").
    ("About 300 jobs will go", "Nearly 300 jobs will go", True),
    ("About 300 jobs will go", "Over 300 jobs will go", True),
    ("Nearly 300 jobs will go", "About 300 jobs will go", None),
    ("Over 300 jobs will go", "About 300 jobs will go", None),
])
def test_an_approximation_and_a_bound_at_one_amount(claim: str, source: str, expected: bool | None) -> None:
    [x], [y] = [[v for v in extract_values(t) if v.kind == "number"] for t in (claim, source)]
    assert compare(x, y) is expected


def test_two_ends_of_a_span_differ_and_a_bound_does_not() -> None:
    def date(text: str) -> object:
        return next(v for v in extract_values(text) if v.kind == "date")
    assert compare(date("He taught there until 1922."), date("He taught there until 1920.")) is False
    assert compare(date("She has led it since 2010."), date("She has led it since 2012.")) is False
    assert compare(date("It was built before 2010."), date("It was built before 2012.")) is None


def test_an_ordinal_after_a_possessive_name_is_read() -> None:
    values = extract_values("The 2021\u201322 season was Ravensworth Rovers\u2019 112th year in existence.")
    assert [(v.text, v.amount) for v in values if v.kind == "ordinal"] == [("112th year", 112.0)]


def test_a_place_given_by_an_ordinal_alone_is_read_and_compared() -> None:
    claim = "Mohamed Trabelsi had finished first in the first round, ahead of Leila Bouazizi."
    passage = "Trabelsi had finished second in the first round, behind Bouazizi."
    assert [(v.text, v.unit) for v in extract_values(claim) if v.kind == "ordinal"] == [
        ("first", "place"), ("first round", "round")]
    found = compare_values(extract_values(claim), extract_values(passage), claim, passage)
    assert [(c.text, p.text) for c, p in found.conflicts] == [("first", "second")]


@pytest.mark.parametrize(("a", "b"), [
    # The same hedge on both sides: equal within the rounding of what each states.
    ("The fire spread in winds of up to 43 mph.", "The fire spread in winds of up to 70 km/h."),
    ("The front was about 3.7 miles long.", "The front was about 6 kilometres long."),
])
def test_measures_under_one_hedge_in_other_units_agree(a: str, b: str) -> None:
    x, y = extract_values(a)[0], extract_values(b)[0]
    assert compare(x, y) is True and compare(y, x) is True


def test_a_decimal_comma_no_grouping_could_write_is_read_where_the_document_is_silent() -> None:
    assert [(v.amount, v.unit) for v in extract_values("The terminal is expected to cost \u20ac8,4 million.")] == [
        (8_400_000.0, "eur")]
    assert [(v.amount, v.unit) for v in extract_values("The main rate now stands at 4,75 %.")] == [(4.75, "percent")]


@pytest.mark.parametrize(("claim", "passage", "agrees"), [
    # A change in points against the two ends the source gives, the new one first.
    ("Turnout fell by 5.5 percentage points from the first round.",
     "Turnout was 31.4 per cent, down from 36.9 per cent in the first round.", True),
    ("Inflation fell by 0.6 percentage points to 2.3 per cent in March.",
     "Inflation eased to 2.3 per cent in March from 2.9 per cent in February.", True),
    ("Turnout fell by 4.5 percentage points from the first round.",
     "Turnout was 31.4 per cent, down from 36.9 per cent in the first round.", False),
])
def test_a_stated_change_against_two_levels_new_one_first(claim: str, passage: str, agrees: bool) -> None:
    found = compare_values(extract_values(claim), extract_values(passage), claim, passage)
    change = next(v for v in extract_values(claim) if v.unit == "percentage point")
    assert any(v.text == change.text for v in found.agreed) is agrees
    assert any(c.text == change.text for c, _ in found.conflicts) is not agrees


def test_a_bare_amount_is_not_stated_by_its_other_bound() -> None:
    # A bare amount agrees with the same amount where the two cannot be compared by unit, but
    # not when the two are bounds from two sides: "at least 500 million" is not "up to".
    passage = "The board approved a share buyback of up to 500 million, to run until the end of 2024."
    check = _check("The board approved a share buyback of at least 500 million.", passage)
    assert not check.agreed and not check.conflicts
    check = _check("The board approved a share buyback of up to 500 million.", passage)
    assert [v.text for v in check.agreed] == ["up to 500 million"]


def test_the_agreeing_value_that_shares_more_of_the_claims_words_wins() -> None:
    # The form of a census report in continental notation (issue 11's held-out kind "dots as
    # thousands"): the province's total stands nearer the claim's place name, but the capital's
    # own figure shares the claim's subject, "provincial capital".
    passage = ("The 2021 census counted 2.345.678 residents in Alcorán province, up from 2.198.004 in 2011. "
               "The provincial capital alone had 612.050 residents.")
    check = _check("The provincial capital of Alcorán had 612,050 residents.", passage)
    assert not check.conflicts and "612,050 residents" in [v.text for v in check.agreed]
    check = _check("The provincial capital of Alcorán had 621,050 residents.", passage)
    assert [ours.text for ours, _ in check.conflicts] == ["621,050 residents"]


# Wikipedia sample, article 15123 ("Israeli settlement"): values in parentheses after each name.
SETTLEMENTS = ("Examples are Beitar Illit (a city of close to 45,000 residents), Ma'ale Adumim, Modi'in Illit, "
               "and Ariel (almost 20,000 residents).")


@pytest.mark.parametrize(("claim", "conflict"), [
    ("Ariel is a city of almost 20,000 residents.", []),
    ("Beitar Illit is a city of close to 45,000 residents.", []),
    ("Beitar Illit is a city of almost 20,000 residents.", ["almost 20,000 residents"]),
])
def test_a_value_belongs_to_the_name_the_passage_gives_it_to(claim: str, conflict: list[str]) -> None:
    # "city of ..." stands nearer Beitar Illit's 45,000, but 20,000 is Ariel's.
    assert [ours.text for ours, _ in _check(claim, SETTLEMENTS).conflicts] == conflict


# Wikipedia sample, article 30123 ("Economy of Tanzania"): a large amount, and its rounded forms.
GDP = "Following the rebasing of the economy in 2014, the GDP expand by a third to $41.33 billion."


@pytest.mark.parametrize(("claim", "agrees"), [
    ("In 2014 the GDP expanded by a third to $41.3 billion.", True),      # rounded to the claim's digits
    ("In 2014 the GDP expanded by a third to $41.33bn.", True),
    ("In 2014 the GDP expanded by a third to $41,330 million.", True),
    ("In 2014 the GDP expanded by a third to $41 billion.", True),        # 41.33 rounds to 41
    ("In 2014 the GDP expanded by a third to $41.5 billion.", False),     # beyond the rounding
    ("In 2014 the GDP expanded by a third to $42 billion.", False),
])
def test_a_large_amount_agrees_within_the_rounding_of_its_magnitude(claim: str, agrees: bool) -> None:
    [ours] = [v for v in extract_values(claim) if v.unit == "usd"]
    [theirs] = [v for v in extract_values(GDP) if v.unit == "usd"]
    assert compare(ours, theirs) is agrees


def test_amounts_without_a_magnitude_stay_exact() -> None:
    [ours], [theirs] = [[v for v in extract_values(t) if v.kind == "number" and v.amount]
                        for t in ("In 2008 21,400 vessels passed through the canal.",
                                  "In 2008 21,415 vessels passed through the canal.")]
    assert compare(ours, theirs) is False


def test_twice_is_two_times_and_its_bounds_compare() -> None:
    # Wikipedia sample, article 30133 (Economy of Thailand): "... more than twice as much as in 2001".
    passage = "By 2004 automobile production reached 930,000 units, more than twice as much as in 2001."
    check = _check("By 2004 automobile production was nearly twice as much as in 2001.", passage)
    assert [(ours.text, theirs.text) for ours, theirs in check.conflicts] == [("nearly twice", "more than twice")]
    check = _check("By 2004 automobile production was over two times as much as in 2001.", passage)
    assert not check.conflicts


@pytest.mark.parametrize(("claim", "source", "same"), [
    ("Gusts reached 33 metres per second.", "Gusts reached 120 km/h.", True),   # 33.3 m/s, within its rounding
    ("Gusts reached 50 m/s.", "Gusts reached 120 kilometres per hour.", False),
    ("The ferry sails at 20 knots.", "The ferry sails at 37 km/h.", True),       # 37.04 km/h
    ("The ferry sails at 25 knots.", "The ferry sails at 37 km/h.", False),
])
def test_speeds_per_second_and_in_knots_convert(claim: str, source: str, same: bool) -> None:
    [a] = [v for v in extract_values(claim) if v.kind == "number"]
    [b] = [v for v in extract_values(source) if v.kind == "number"]
    assert compare(a, b) is same


@pytest.mark.parametrize(("claim", "source", "same"), [
    ("The pass fell to 20 °C.", "The pass fell to -20 °C.", False),           # the sign is part of the value
    ("It was -2 °C in Inverness.", "It was 2 °C in Inverness.", False),
    ("The gauge showed -15 °C.", "The gauge showed \u221215 °C.", True),         # hyphen-minus and minus sign
    ("The pass fell to -40 °F.", "The pass fell to -40 °C.", True),            # -40 is -40 in both scales
    ("The pass fell to -4 °F.", "The pass fell to -20 °C.", True),
    ("Output grew by 2.5% in 2020.", "Output grew by -2.5% in 2020.", False),
])
def test_a_minus_sign_written_as_a_hyphen_counts(claim: str, source: str, same: bool) -> None:
    [a] = [v for v in extract_values(claim) if v.kind == "number"]
    [b] = [v for v in extract_values(source) if v.kind == "number"]
    assert compare(a, b) is same


def test_a_hyphen_between_numbers_or_after_a_word_is_no_minus_sign() -> None:
    assert [v.amount for v in extract_values("Tickets for the 2019-2020 season cost 25-30 euros.") if v.amount] != []
    assert all((v.amount or 0) >= 0 for v in extract_values("Tickets for the 2019-2020 season cost 25-30 euros."))
    assert all((v.amount or 0) >= 0 for v in extract_values("The Su-27 and the MiG-29 flew at 900 km/h."))


@pytest.mark.parametrize(("claim", "source", "same"), [
    ("Nearly 5 million people came.", "Nearly half a million people came.", False),  # "nearly" is just short of it
    ("Nearly 500,000 people came.", "Some 480,000 people came.", None),
    ("Nearly 500,000 people came.", "300,000 people came.", False),
    ("Under 500,000 people came.", "300,000 people came.", None),                    # "under" is anything below
])
def test_nearly_is_just_short_of_its_figure(claim: str, source: str, same: bool | None) -> None:
    [a] = [v for v in extract_values(claim) if v.kind == "number"]
    [b] = [v for v in extract_values(source) if v.kind == "number"]
    assert compare(a, b) is same


def test_minus_in_words_is_a_sign() -> None:
    [a] = [v for v in extract_values("Temperatures fell to minus 12 °C on Monday.") if v.kind == "number"]
    [b] = [v for v in extract_values("Temperatures fell to -12 °C on Monday.") if v.kind == "number"]
    assert a.amount == -12.0 and compare(a, b) is True
