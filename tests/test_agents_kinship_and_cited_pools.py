"""Kinds of change found by held-out sets H28 and H29 on the seeds, each tested in other words
than the sets': a passive's agent set off after its description, "the first journalist to",
a kinship given by "is", a cited source's loose sentences that negate or only ask for what they
bring, a main verb's object no source has, quotations whose ellipsis moves a negation or drops an
aside between dashes, a speaker's own purpose, one verb negated on both sides, "nobody"; and
kinds a new user met in session 56: a dateline's date, a passive's subject, a list's members, a
relative against a lawyer, two descriptions of one person."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim, Corpus
from factcheck.index.bm25 import term
from factcheck.match.align import align
from factcheck.values.dateline import publication_date

SEED_001 = "001_8f1417bf292b09e1.txt"
SEED_002 = "002_c17141c48ebfc846.txt"


@pytest.fixture(scope="module")
def checker(seeds: Corpus) -> Checker:
    return Checker(seeds)


def verdict(checker: Checker, text: str, *cite: str) -> str:
    return checker.check_claim(Claim("t", text, cite=cite)).verdict


# 002: "The story was first reported by local journalist Amangeldy Batyrbekov, who wrote ..."
@pytest.mark.parametrize(("text", "expected"), [
    ("The boy's story was first reported by the family's lawyer, Qurmanghazy Musir.", "contradicted"),
    ("The story was first reported by a local journalist, Amangeldy Batyrbekov.", "supported"),
    ("Asem Zhapisheva was the first writer to report the boy's story.", "contradicted"),
])
def test_the_doer_of_a_first_report(checker: Checker, text: str, expected: str) -> None:
    assert verdict(checker, text) == expected


def test_an_agent_after_its_description_is_compared_as_the_doer() -> None:
    passage = "The story was first reported by local journalist Amangeldy Batyrbekov, who wrote about it."
    found = align("The story was first reported by his grandmother, Sharipa Batyrbekova.", passage).differences
    assert [(d.kind, d.claim_words, d.passage_words) for d in found] == [
        ("entity", "Sharipa Batyrbekova", "Amangeldy Batyrbekov")]


# 000: "his grandmother, Sharipa Batyrbekova"; 003: "A brother, Zholaman Musinov, told ..."
@pytest.mark.parametrize(("text", "expected"), [
    ("Sharipa Batyrbekova is the boy's aunt.", "contradicted"),
    ("Zholaman Musinov is Zhibek's cousin.", "contradicted"),
    ("Sharipa Batyrbekova is Nursultan's grandmother.", "supported"),
])
def test_a_kinship_given_by_is(checker: Checker, text: str, expected: str) -> None:
    assert verdict(checker, text) == expected


def test_a_name_that_ends_a_clause_takes_no_kinship_from_the_is_after_it(checker: Checker) -> None:
    # 003: "She alleged that one of the perpetrators was the son of an influential local official":
    # the son is the perpetrator's, not Zhibek's daughter's place.
    assert verdict(checker, "One of the men who attacked Zhibek is the son of an influential local official.") \
        == "partial"


def test_a_person_and_a_place_are_never_one_party() -> None:
    found = align("Sharipa Batyrbekova is Nursultan's mother.",
                  "They had wanted to go to Almaty, where Nursultan's mother lives.").differences
    assert not [d for d in found if d.kind == "entity"]


# 001: 'We demand that they stop pressuring independent journalists. We do not intend to remove
# our article.' (the Telegram complaint); 002: '... demanding we remove the article from our website'.
@pytest.mark.parametrize("cite", [(), (SEED_001,)])
def test_a_cited_source_does_not_lend_a_word_it_negates(checker: Checker, cite: tuple[str, ...]) -> None:
    assert verdict(checker, "The Village wrote on its Telegram channel that it would remove its article.", *cite) \
        == "partial"


def test_an_intention_is_not_stated_by_what_others_demand() -> None:
    alignment = align("The magazine said it would remove the article.",
                      "Unknown individuals are attacking us, demanding we remove the article from our website.")
    assert term("remove") in alignment.unattributed


def test_an_intention_keeps_an_intention() -> None:
    alignment = align("The magazine said it would remove the article.",
                      "The magazine said it planned to remove the article from its website.")
    assert term("remove") not in alignment.unattributed


def test_an_adjunct_is_not_pieced_from_a_cited_sources_loose_sentences(checker: Checker) -> None:
    # 002: "In September 2019, he was sentenced ... on libel charges", and elsewhere "the suspension of
    # local police and education officials": nothing says who brought the case.
    assert verdict(checker, "Batyrbekov was sentenced for libel in September 2019 in a case filed by local "
                            "education officials.", SEED_002) == "partial"


def test_an_object_no_source_has_is_added(checker: Checker) -> None:
    # 001 has "Batyrbekov received threats" and "According to ... Reporters Without Borders, ...
    # press freedom"; no seed has "prize".
    assert verdict(checker, "Amangeldy Batyrbekov received a journalism prize from Reporters Without Borders.") \
        != "supported"


# 003: '"It wasn't an oversight on the police's behalf, it was involvement in the crime," she adds'
@pytest.mark.parametrize(("text", "expected"), [
    ('Smailova said of the police: "It wasn\'t ... involvement in the crime."', "contradicted"),
    ('Smailova said of the police: "It wasn\'t an oversight ... it was involvement in the crime."', "supported"),
])
def test_an_ellipsis_after_a_negation(checker: Checker, text: str, expected: str) -> None:
    assert verdict(checker, text) == expected


def test_an_ellipsis_over_an_aside_between_dashes(checker: Checker) -> None:
    # 004: 'I will file charges against everyone who touched her -- more than 1,000 people --
    # everyone who brought her to hotels and saunas," the mother said.'
    assert verdict(checker, 'The mother said: "I will file charges against everyone who touched her ... everyone '
                            'who brought her to hotels and saunas."') == "supported"


# 000: '"I am more of a mother to the child from southern Kazakhstan than his own mother, ...,"
# Baliyeva exclaimed'
@pytest.mark.parametrize(("speaker", "expected"), [("Baliyeva", "supported"), ("Zhapisheva", "contradicted")])
def test_a_neutral_verb_of_saying_reports_a_quotation(checker: Checker, speaker: str, expected: str) -> None:
    text = f'{speaker} remarked: "I am more of a mother to the child ... than his own mother."'
    assert verdict(checker, text) == expected


# 001: "The Ministry of Information sent a note the following day, saying that its representative had
# indeed contacted the editorial office of The Village, but only to "provide assistance regarding
# the accuracy of the information presented," not to pressure its journalists."
@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry's representative got in touch with The Village only to help it get its information right.",
     "partial"),
    ("The Ministry of Information's representative contacted the editorial office of The Village.", "supported"),
])
def test_the_purpose_a_speaker_gives_its_own_doings(checker: Checker, text: str, expected: str) -> None:
    assert verdict(checker, text) == expected


def test_one_verb_negated_on_both_sides_in_other_words() -> None:
    # 000: "The school principal was similarly dismissive and declined to take the matter further."
    found = align("The principal brushed the complaint aside and refused to take it further.",
                  "The school principal was similarly dismissive and declined to take the matter further.").differences
    assert not [d for d in found if d.kind == "negation"]


def test_nobody_is_no_one(checker: Checker) -> None:
    # 001: "no one was ever punished for the crime"; 002: "one of the perpetrators was sentenced to
    # seven years in prison": the sources disagree.
    assert verdict(checker, "Nobody was ever punished for the crime against the boy from Abai.") == "disputed"


def test_the_noun_of_a_light_verb_idiom_is_not_the_verb() -> None:
    # 000: "The country's prosecutor general has appointed a special counsel to take charge of the case."
    passage = "The country's prosecutor general has appointed a special counsel to take charge of the case."
    assert term("charged") in align("The special counsel charged the two teenagers.", passage).unattributed
    assert term("took") not in align("The special counsel took charge of the case.", passage).unattributed


def test_a_charge_is_not_stated_by_taking_charge(checker: Checker) -> None:
    assert verdict(checker, "The special counsel appointed by the prosecutor general charged the alleged "
                            "perpetrators.") != "supported"


def test_a_denial_in_a_loosely_related_sentence_after_the_one_that_identifies(checker: Checker) -> None:
    # 004: "... in another southern Kazakh city, Turkistan, when a 17-year-old girl jumped off the
    # sixth floor of a building ... ." and, next, '"We know the girl survived the fall, ..." she told RFE/RL.'
    assert verdict(checker, "The 17-year-old who jumped from the sixth floor of a building in Turkistan did not "
                            "survive the fall.") == "contradicted"


def test_a_they_that_reports_is_searched_without_a_gender(checker: Checker) -> None:
    # 002: '... costing him time, energy and money, they said.' was looked up in a table of "he"
    # and "she" only (KeyError, exit 3) for a claim whose quotation has an ellipsis.
    assert verdict(checker, 'Smailova said of the police: "It was ... involvement in the crime."') == "supported"


@pytest.mark.parametrize(("passage", "contradicts"), [
    ("At least two of the five officers were later disciplined.", False),  # a lower bound: all five may be
    ("Two of the five officers were later disciplined.", True),
])
def test_a_lower_bound_only_qualifies_a_universal(passage: str, contradicts: bool) -> None:
    alignment = align("All five officers were later disciplined.", passage)
    assert any(d.kind == "quantifier" for d in alignment.contradicting) is contradicts
    assert any(d.kind == "quantifier" for d in alignment.hedges) is not contradicts


def test_each_against_at_least_one_is_partial(checker: Checker) -> None:
    # 004: "At least one of the four suspects currently in jail was a former friend of the victim, ..."
    assert verdict(checker, "Each of the four jailed suspects had been a friend of the victim.") == "partial"


def test_a_speaker_inside_anothers_report_is_the_inner_words_own() -> None:
    # The aide reports the whole sentence; the neighbour's plea inside it is the neighbour's.
    passage = 'The mayor received letters that included a neighbour pleading with him to "close the road for ' \
              'good," his aide Tom Reid said.'
    found = align("The mayor received letters, including a neighbour who told him to close the road for good.",
                  passage).differences
    assert [d.kind for d in found] == ["hedge"]


def test_the_speaker_of_a_relative_clause_is_its_antecedent(checker: Checker) -> None:
    # 003: 'Rustam, "fears for his life" after receiving "threats" that include a caller warning him
    # to "think about your family, your relatives," Musinova said.' The caller's words are the
    # caller's; the claim drops only Musinova's attribution.
    assert verdict(checker, "Among the threats Rustam received was a caller who told him to think about his "
                            "family and relatives.") == "partial"


PLANT = ("Textile plant to cut jobs\n\n"
         "HARLOW BAY, June 20, 2024 -- Northgate Textiles will cut 340 of the 1,150 jobs at its Harlow Bay plant "
         "by the end of September, the company said on Thursday.\n\n"
         "Northgate opened the plant in 1994. It employed about 2,000 people at its peak in 2008.\n")


@pytest.mark.parametrize(("text", "expected"), [
    ("Northgate Textiles opened the Harlow Bay plant in 1994.", "supported"),   # the dateline dates no opening
    ("Northgate Textiles opened the Harlow Bay plant in 1995.", "contradicted"),
])
def test_a_dateline_dates_no_statement(tmp_path: Path, text: str, expected: str) -> None:
    assert article_checker(tmp_path, "plant.txt", PLANT).check_claim(Claim("t", text)).verdict == expected


def test_a_passives_subject_is_not_the_other_voices_doer() -> None:
    # The plant named by its place, acted upon; its doer named in the other voice.
    found = align("The Harlow Bay plant was opened in 1994.", "Northgate opened the plant in 1994.").differences
    assert not [d for d in found if d.kind == "entity"]


def test_a_dateline_is_the_pages_date() -> None:
    assert publication_date(PLANT) == datetime.date(2024, 6, 20)


def test_another_person_in_the_same_place_of_a_coordination() -> None:
    passage = "Speaking outside the courthouse, Ferreira thanked his wife and his lawyer."
    assert {term("brother"), term("law")} <= align("Ferreira thanked his wife and his brother-in-law.",
                                                   passage).unattributed
    assert not align("Ferreira thanked his wife and his attorney.", passage).unattributed  # one WordNet synset


# 000: "... the building in which the boy, his grandmother and Baliyeva were all cooped up ..."
@pytest.mark.parametrize(("text", "expected"), [
    ("The boy's grandmother is called Zagipa Baliyeva.", "contradicted"),   # the list names them as two
    ("Zagipa Baliyeva is the boy's grandmother.", "contradicted"),
    ("The boy's grandmother is called Sharipa Batyrbekova.", "supported"),  # "his grandmother, Sharipa Batyrbekova"
])
def test_a_list_names_its_members_apart(checker: Checker, text: str, expected: str) -> None:
    assert verdict(checker, text) == expected


def test_two_descriptions_of_one_person_own_the_same_mother(checker: Checker) -> None:
    # 004: "... the victim's mother at the press conference, where she said she approached the school
    # "multiple times" beginning in March ...": the schoolgirl is the victim.
    assert verdict(checker, "The schoolgirl's mother approached the school multiple times beginning in March.") \
        != "contradicted"
