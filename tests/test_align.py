"""The alignment of a claim with a passage: every difference that turns a statement around is
found and named, and paraphrases that keep the meaning are left alone.

Sentences are from the seeds and from real news and encyclopedia prose, changed one way each.
"""

from __future__ import annotations

import pytest

from factcheck.match.align import align, quoted_terms
from factcheck.match.cues import hedge_cues, negation_scopes, tokenize

PASSAGE = ("In January 2020, Judge Taubai Qadyrbaev of the Turkistan Regional Court accepted Batyrbekov's "
           "appeal and ruled that he be immediately released from custody.")


def kinds(claim: str, passage: str) -> list[tuple[str, str, str]]:
    return [(d.kind, d.claim_words, d.passage_words) for d in align(claim, passage).differences]


@pytest.mark.parametrize(("claim", "passage", "expected"), [
    ("Judge Taubai Qadyrbaev of the Turkistan Regional Court did not accept Batyrbekov's appeal.", PASSAGE,
     ("negation", "not accept", "accepted")),
    ("The signing was officially announced by the club.", "The signing was not officially announced by the club.",
     ("negation", "officially", "not officially")),
    ("Despite the case grabbing national headlines, someone was punished for the crime.",
     "Despite the case grabbing national headlines, no one was ever punished for the crime.",
     ("negation", "punished", "no one was ever punished")),
    ("The minister never signed the order.", "The minister signed the order on Friday.",
     ("negation", "never signed", "signed")),
    ("The council didn't approve the budget for the new year.", "The council approved the budget for the new year.",
     ("negation", "didn't approve", "approved")),
    ("Kazakhstan did not come 155th of 180 countries in the index.",  # the verb in other words
     "Kazakhstan ranked 155th of 180 countries in the index.", ("negation", "not come 155th", "155th")),
    # Wikipedia sample, "Asthma": the negation both sides share ("without treatment") accounts for
    # itself only, not for the "not" one side adds.
    ("The narrowing is not typically reversible with or without treatment.",
     "The narrowing is typically reversible with or without treatment.", ("negation", "not typically", "typically")),
    # A subject negation over a denial both sides share, in any form of the verb (seed 000:31).
    ("No one denied that Nursultan had been the victim of assaults.",
     "Inasmuch as the Seltanovs’ position has been represented in the clamor that has followed, it was to deny "
     "that Nursultan was victim of any assaults.", ("negation", "No one denied", "deny")),
    ("Nobody refused to sign the petition.", "The two councillors refused to sign the petition.",
     ("negation", "Nobody refused", "refused")),
    # a negative implicative (Karttunen 1971): "avoided prosecution" is "was not prosecuted" (seed 002:20)
    ("Several other teens were prosecuted although they were underage.",
     "Eventually, one of the perpetrators was sentenced to seven years in prison, while several other teens "
     "avoided prosecution because they were underage at the time.", ("negation", "prosecuted", "avoided prosecution")),
])
def test_negation_on_either_side_is_named(claim: str, passage: str, expected: tuple[str, str, str]) -> None:
    assert expected in kinds(claim, passage)


def test_a_parenthetical_between_subject_and_verb_does_not_hide_a_negation() -> None:
    # Wikipedia sample, "Samuel Pepys": the subject stands before ", at the time,".
    assert ("negation", "not in the country", "country") in kinds(
        "Clapham, at the time, was not in the country.", "Clapham, at the time, was in the country.")
    assert ("negation", "not pay", "paid") in kinds(
        "The company, however, did not pay the fine.", "The company, however, paid the fine.")


@pytest.mark.parametrize(("claim", "passage"), [
    ("Several other teenagers were not prosecuted because they were underage.",
     "Several other teens avoided prosecution because they were underage at the time."),  # both negate
    ("He was held in prison for two years.", "He escaped from prison after two years."),  # "escape" grants the prison

    ("He was released.", "He was not charged and was released the same day."),  # another clause is negated
    ("Unemployment did not rise in 2019.", "Unemployment fell in 2019."),         # a negated antonym agrees
    ("The degrees may or may not include research.", "The degrees may or may not include research."),
    ("The board is not paid for its work.", "The board is not paid for its work, the foundation said."),
    ("Tobacco and alcohol are also not allowed.", "Many members allow travel by airplane."),  # one shared word
    ("The tribunal did not only fine the company.", "The tribunal fined the company."),         # "not only"
])
def test_no_negation_difference_where_the_polarity_agrees(claim: str, passage: str) -> None:
    assert "negation" not in {k for k, _, _ in kinds(claim, passage)}


@pytest.mark.parametrize(("claim", "passage", "words"), [
    ("Judge Taubai Qadyrbaev of the Turkistan Regional Court rejected Batyrbekov's appeal.", PASSAGE,
     ("rejected", "accepted")),
    ("Unemployment fell sharply in 2019.", "Unemployment rose sharply in 2019.", ("fell", "rose")),
    ("The shareholders rejected the merger deal with Continental Airlines.",
     "The shareholders approved the merger deal with Continental Airlines.", ("rejected", "approved")),
    ("The metropolitan economy is the sixth smallest in the country.",
     "The metropolitan economy is the sixth largest in the country.", ("smallest", "largest")),
])
def test_antonyms_in_the_same_place_are_named(claim: str, passage: str, words: tuple[str, str]) -> None:
    assert ("antonym", *words) in kinds(claim, passage)


@pytest.mark.parametrize(("claim", "passage", "words"), [
    # Temporal order (TimeML's BEFORE / AFTER), which WordNet does not oppose.
    ("Klaproth named the element tellurium before the Latin word for earth.",
     "Klaproth named the element tellurium after the Latin word for earth.", ("before", "after")),
    ("The refugees had been brought to Uganda after World War II.",
     "The refugees had been brought to Uganda before World War II.", ("after", "before")),
    # Function words WordNet opposes, which carry no index term.
    ("The leaves turn red in late summer, deep coloration appearing above the graft.",
     "The leaves turn red in late summer, deep coloration appearing below the graft.", ("above", "below")),
    # The claim's word stands in the other sentence of a two-sentence passage.
    ("Phosphorus-based and halogen-based flame retardants increase production of smoke.",
     "However presence of additives can significantly increase smoke formation. Phosphorus-based and "
     "halogen-based flame retardants decrease production of smoke.", ("increase", "decrease")),
])
def test_opposites_in_the_same_place_beyond_content_words(claim: str, passage: str, words: tuple[str, str]) -> None:
    assert ("antonym", *words) in kinds(claim, passage)


@pytest.mark.parametrize(("claim", "passage"), [
    ("He was arrested before the election.", "Before the election, he was arrested."),
    ("He was arrested before the election.", "He was arrested after the rally and before the election."),
    # A name found elsewhere in the passage is the same name, not another one in its place.
    ("He was Chef de Mission of Team GB at the 2016 Olympics.",
     "Team GB's Chef de Mission for Rio 2016, the Olympic Games, was appointed in 2014."),
])
def test_no_opposite_where_the_order_or_the_name_agrees(claim: str, passage: str) -> None:
    assert not [k for k in kinds(claim, passage) if k[0] in ("antonym", "entity")]


def test_another_name_in_the_same_place_is_an_entity_difference() -> None:
    found = kinds("It has two official languages, one being French and the other being Java.",
                  "It has two official languages, one being French and the other being English.")
    assert ("entity", "Java", "English") in found


@pytest.mark.parametrize(("claim", "passage", "expected"), [
    # Wikipedia sample sentences ("Pope John Paul II", "Margaret of Anjou") with their sentence before:
    # the claim's name is there, in another statement, and another name stands in its own place.
    ("The future pope refused, claiming that the child should be raised in the Polish faith.",
     "Berger's new Christian parents asked a young Polish priest to baptise the boy. The future pope refused, "
     "claiming that the child should be raised in the Jewish faith.", ("entity", "Polish", "Jewish")),
    ("Margaret was the second eldest daughter of René of Anjou and of France, Duchess of Lorraine.",
     "Margaret was born in the Duchy of Lorraine, an imperial fief east of France. Margaret was the second "
     "eldest daughter of René of Anjou and of Isabella, Duchess of Lorraine.", ("entity", "France", "Isabella")),
    # A two-sentence passage whose second sentence states what the claim says, of another name:
    # the claim's name is in the first sentence only.
    ("Mira Sand resigned as party leader a month after the election.",
     "After weeks of talks, the Green Alliance formed a coalition, and its leader, Mira Sand, became premier. "
     "Lind resigned as party leader a month after the election.", ("entity", "Mira Sand", "Lind")),
    ("The Farmers' Party formed a coalition with the Liberal Union after weeks of talks.",
     "The Farmers' Party, led by Oskar Lind, lost six of its 20 seats. After weeks of talks, the Green "
     "Alliance formed a coalition with the Liberal Union.", ("entity", "Farmers' Party", "Green Alliance")),
    # The name in apposition: the clause after it ("who led the opposition") is the other sentence's.
    ("Mayor Helena Duarte, who led the opposition, said residents had not been consulted about traffic.",
     "Mayor Helena Duarte, who had backed the plan, said the decision was a missed opportunity. Councillor "
     "Tomas Ferreira, who led the opposition, said residents had not been consulted about traffic.",
     ("entity", "Mayor Helena Duarte", "Councillor Tomas Ferreira")),
])
def test_a_name_found_only_in_the_other_sentence_is_another_name(claim: str, passage: str,
                                                                  expected: tuple[str, str, str]) -> None:
    found = align(claim, passage).differences
    assert [(d.kind, d.claim_words, d.passage_words) for d in found] == [expected]
    # (Or the other doer of the claim's verb, where the other sentence's relative clause names
    # it: "Councillor Tomas Ferreira, who led the opposition": session 57.)
    assert found[0].detail in ("displaced", "agent")


def test_a_name_found_elsewhere_in_its_own_sentence_is_the_same_name() -> None:
    assert not [k for k in kinds("The Polish priest asked the pope to baptise the boy in the Polish faith.",
                                 "The Polish priest asked the pope, a Pole, to baptise the boy.")
                if k[0] == "entity"]


def test_a_quotation_given_to_someone_else_names_both_speakers() -> None:
    passage = ("“I am more of a mother to the child from southern Kazakhstan than his own mother, because I have "
               "been with him day and night,” Baliyeva exclaimed in one of a string of media appearances.")
    wrong = "'I am more of a mother to the child from southern Kazakhstan than his own mother,' said his grandmother."
    right = "'I am more of a mother to the child from southern Kazakhstan than his own mother,' said Baliyeva."
    assert [(d.kind, d.detail, d.passage_words) for d in align(wrong, passage).differences] == [
        ("entity", "speaker", "Baliyeva")]
    assert align(right, passage).differences == ()


@pytest.mark.parametrize(("claim", "passage", "speakers"), [
    # seeds 000 and 004: the claim reports in its own words what the source quotes, and names
    # another speaker than the one the source gives the quotation to.
    ("Eldar Tulebayev wrote that a whole string of adults are ready to turn a blind eye to hundreds of cases "
     "of violence against children.",
     "“This consists not just of one person, but of a whole string of adults who, for the sake of their "
     "positions in power, are ready to turn a blind eye to hundreds of cases of violence against children,” "
     "wrote Shestayeva.", ("Eldar Tulebayev", "Shestayeva")),
    ("The victim's mother said that there is a trend toward trapping younger and younger girls into sex work.",
     "\"What we see is a trend now toward trapping younger and younger girls into sex work,\" Smailova added.",
     ("victim's mother", "Smailova")),
])
def test_reported_words_given_to_someone_else_name_both_speakers(claim: str, passage: str,
                                                                 speakers: tuple[str, str]) -> None:
    assert [(d.kind, d.detail, d.claim_words, d.passage_words) for d in align(claim, passage).differences] == [
        ("entity", "speaker", *speakers)]
    right = claim.replace(speakers[0], speakers[1])
    assert align(right, passage).differences == ()


def test_a_name_in_apposition_stands_in_the_place_of_its_phrase() -> None:
    # seed 000: "... to board a train to the former capital, Almaty."
    passage = "Batyrbekova traveled with Nursultan to Shymkent to board a train to the former capital, Almaty."
    assert ("entity", "Astana", "Almaty") in kinds(
        "Batyrbekova traveled with Nursultan to Shymkent to board a train to Astana.", passage)
    assert not [k for k in kinds("Batyrbekova traveled with Nursultan to Shymkent to board a train to Almaty.",
                                 passage) if k[0] == "entity"]


@pytest.mark.parametrize(("claim", "passage", "cue"), [
    ("Pavel Orsk diverted $310,000 from the club's accounts.",
     "Prosecutors allege that the former treasurer, Pavel Orsk, diverted $310,000 from the club's accounts.",
     "Prosecutors allege"),
    ("A group of teens had beaten him up and dragged him to an abandoned building.",
     "A group of teens had beaten him up and dragged him to an abandoned building, the boy reportedly told police.",
     "reportedly"),
    ("The playwright Henrik Ibsen is the most famous Norwegian author.",
     "The playwright Henrik Ibsen is probably the most famous Norwegian author.", "probably"),
    ("The drug reduces the risk of a second stroke.", "The drug may reduce the risk of a second stroke.", "may"),
    # Wikipedia sample: "likely" as an adverb, a CoNLL-2010 hedge cue
    ("The tall paintings were originally situated at Consul Smith's villa at Mogliano.",
     "The tall paintings are couched in a tender and dream-like poetic vein, and were most likely originally "
     "situated at Consul Smith's villa at Mogliano.", "likely"),
    # Wikipedia sample ("Continuum mechanics", "Don Quixote", "Labor theory of value"): views and
    # assumptions reported as such (CoNLL-2010 hedge cues), and an attribution the claim's own
    # "according to" (another phrase, "distributed according to the amount") does not keep.
    ("The distribution of internal contact forces throughout the volume of the body is continuous.",
     "The distribution of internal contact forces throughout the volume of the body is assumed to be continuous.",
     "assumed"),
    ("In the 19th century it was a social commentary.", "In the 19th century it was seen as a social commentary.",
     "seen"),
    ("Surplus value is extracted by the capitalist class and distributed according to the amount of total capital.",
     "According to Marx, surplus value is extracted by the capitalist class and distributed according to the "
     "amount of total capital.", "According to"),
    ("Either Edmund Beaufort or James Butler was the young prince's actual father.",
     "Many have speculated that either Edmund Beaufort or James Butler was the young prince's actual father.",
     "speculated"),
    # An arrest on suspicion states the suspicion, not the deed.
    ("A 38-year-old man started the wildfire while burning agricultural waste.",
     "A 38-year-old man was arrested on suspicion of starting the fire while burning agricultural waste.",
     "suspicion"),
])
def test_a_hedge_the_claim_drops_is_named(claim: str, passage: str, cue: str) -> None:
    hedges = align(claim, passage).hedges
    assert [d.passage_words for d in hedges] == [cue]
    assert align(claim, passage).contradicting == ()


@pytest.mark.parametrize(("claim", "passage"), [
    ("Prosecutors allege that Pavel Orsk diverted $310,000 from the club's accounts.",
     "Prosecutors allege that the former treasurer, Pavel Orsk, diverted $310,000 from the club's accounts."),
    ("The company opened three new stores in 2019.",
     "The company may close ten stores, and it opened three new stores in 2019."),  # "may" governs "close"
    ("The mayor was re-elected in 2018.",
     "The mayor, who is accused of fraud by his rivals, was re-elected in 2018."),     # a clause about something else
    ("Butt also ran in Ward 6.", "Butt also considered running in Ward 6."),            # "considered" + verb: no hedge
    ("He was sentenced for libel in 2019.",
     "He was sentenced for libel in 2019, after reports that unveiled cases of corruption."),  # "reports", a noun
    ("The club owner paid the referee 5,000 pounds.",
     "The club owner paid the referee 5,000 pounds, police said."),  # the closing news attribution
    ("The agency received 40,000 complaints last year.",
     "The agency said it received 40,000 complaints last year."),  # a speaker telling its own doings
    ("He was seen leaving the house.", "He was seen leaving the house."),  # "seen" that is no view
    ("According to Marx, surplus value is distributed according to the amount of total capital.",
     "According to Marx, surplus value is distributed according to the amount of total capital."),
])
def test_no_hedge_where_the_claim_keeps_it_or_it_governs_other_words(claim: str, passage: str) -> None:
    assert align(claim, passage).hedges == ()


@pytest.mark.parametrize(("claim", "passage", "cue"), [
    # seed 000: the adverb qualifies both predicates of its subject
    ("Nursultan's mother regularly sends money back to her family.",
     "In order to provide for her son, she reportedly moved to Almaty and regularly sends back money.", "reportedly"),
    ("The minister signed the contract without reading it.",
     "The minister allegedly met the supplier twice and then signed the contract without reading it.", "allegedly"),
    # seed 004: "claim" with its "that" left out
    ("Her classmates collected payments from hundreds of adult clients.",
     "Her classmates collected payments from what rights defenders claim were literally hundreds of adult clients.",
     "defenders claim"),
])
def test_a_hedge_reaches_what_it_governs_without_a_that_or_across_and(claim: str, passage: str, cue: str) -> None:
    assert [d.passage_words for d in align(claim, passage).hedges] == [cue]


@pytest.mark.parametrize(("claim", "passage"), [
    # a conjunct with a subject of its own is a clause of its own
    ("The police arrested the driver.", "The driver reportedly fled the scene and the police arrested the driver."),
])
def test_no_hedge_past_a_new_subject(claim: str, passage: str) -> None:
    assert align(claim, passage).hedges == ()


@pytest.mark.parametrize(("text", "cue"), [
    ("Her classmates collected payments from what rights defenders claim were literally hundreds of clients.",
     "claim"),
    ("The sum, which he claims was a loan, was never repaid.", "claims"),
    ("Her claim was rejected by the court.", None),        # the noun
    ("The insurance claims were dismissed in May.", None),  # the noun, plural
    ("The insurance claim was dismissed in May.", None),
    ("Rents may rise again in May, and on 3 May the council votes.", "may"),  # the modal, not the month twice
])
def test_claim_with_its_that_left_out_is_a_cue_only_as_a_verb(text: str, cue: str | None) -> None:
    tokens = tokenize(text)
    assert [tokens[lo].folded for lo, _ in hedge_cues(tokens)] == ([cue] if cue else [])


def test_quantifiers_in_the_same_place_differ() -> None:
    assert ("quantifier", "All", "Most") in kinds("All of the students passed the exam.",
                                                  "Most of the students passed the exam.")


def test_values_in_the_same_place_and_dates_of_the_main_clause() -> None:
    claim = "He was freed after serving six months behind bars."
    passage = "His sentence was overturned on appeal, and he was freed after serving four months in jail."
    alignment = align(claim, passage)
    assert alignment.same_slot((claim.index("six"), claim.index(" behind")), (passage.index("four"),
                                                                              passage.index(" in jail")))
    dated = align("Batyrbekov was released from custody in March 2020.", PASSAGE)
    assert dated.attached((PASSAGE.index("January"), PASSAGE.index(",")))
    other = "The prize, which was founded in 1990, went to Batyrbekov."
    assert not align("Batyrbekov won the prize in 2019.", other).attached((other.index("1990"), other.index("1990") + 4))


def test_offsets_are_verbatim() -> None:
    claim = "Judge Taubai Qadyrbaev of the Turkistan Regional Court rejected Batyrbekov’s appeal."
    for d in align(claim, PASSAGE).differences:
        assert claim[slice(*d.claim_span)] == d.claim_words and PASSAGE[slice(*d.passage_span)] == d.passage_words
    for t in tokenize(PASSAGE):
        assert PASSAGE[t.start:t.end].strip()
    assert quoted_terms("He said 'the flat may not be sublet' yesterday.") >= {"flat", "sublet"}


@pytest.mark.parametrize(("claim", "passage"), [
    ("The club owner Arvid Holm paid the referee 5,000 pounds.",
     "Police say the club owner, Arvid Holm, paid the referee 5,000 pounds."),
    ("The mayor took bribes from the builder.", "Prosecutors said the mayor took bribes from the builder."),
    # seed 003: a report that opens the clause after ", but"
    ("The vast majority of rapes in Kazakhstan go unreported.",
     "Official statistics are difficult to obtain, but Smailova says the vast majority of rapes in Kazakhstan "
     "go unreported."),
    ("Most burglaries in the district are never solved.",
     "Figures are patchy, and the inspector says most burglaries in the district are never solved."),
])
def test_an_opening_report_without_that_is_a_hedge(claim: str, passage: str) -> None:
    assert [k for k in kinds(claim, passage) if k[0] == "hedge"]


@pytest.mark.parametrize(("claim", "passage"), [
    # The sentence that states the claim's words states its name too.
    ("Doe founded Acme in 1990.", "Doe was born in Ohio. Doe, with Smith, founded Acme in 1990."),
    # The other sentence refers back to the name: no other name stands in its place.
    ("Mira Sand became premier after the election.",
     "Mira Sand led the Green Alliance in the campaign. After the election, she became premier."),
    # The claim's name and its words are in one sentence.
    ("The Green Alliance formed a coalition with the Liberal Union.",
     "The Farmers' Party lost six seats. The Green Alliance formed a coalition with the Liberal Union."),
])
def test_a_window_that_states_the_name_with_its_words_has_no_entity_difference(claim: str, passage: str) -> None:
    assert not [k for k in kinds(claim, passage) if k[0] == "entity"]


def test_a_clause_of_punctuation_and_function_words_marks_the_place_of_a_name() -> None:
    # "X, who had backed the plan, said" / "Y, who had backed the plan, said": the in-order run
    # ", who had backed" puts the two names in one place though no content word is beside them.
    passage = "Mayor Helena Duarte, who had backed the plan, said the decision was a missed opportunity."
    assert kinds("Councillor Tomas Ferreira, who had backed the plan, said the decision was a missed opportunity.",
                 passage) == [("entity", "Councillor Tomas Ferreira", "Mayor Helena Duarte")]
    assert kinds("Mayor Helena Duarte, who had backed the plan, said the decision was a missed opportunity.",
                 passage) == []


@pytest.mark.parametrize(("claim", "passage", "expected"), [
    # "no" before an object negates that object, not the subject's words before it.
    ("The opposition had a plan.", "The opposition had no plan.", ("negation", "plan", "no plan")),
    # A quotation opened inside the clause does not cut the clause: the negation still
    # shares its statement with the claim.
    ("Osei said the opposition had a plan.", "Osei replied that the opposition had \u201cno plan at all.\u201d",
     ("negation", "plan", "no plan")),
    ("Someone was punished for the crime.", "No one was ever punished for the crime.",
     ("negation", "punished", "No one was ever punished")),
    # The negated clause shares the claim's name, though the alignment paired it with the other
    # sentence's mention.
    # A contrast negates a phrase in place of one of the clause before it.
    ("Hilde Vermeulen said the coach ban was a decision taken for residents.",
     "The opposition leader, Hilde Vermeulen, called the vote \u201ca decision taken for postcards, not for "
     "residents.\u201d", ("negation", "residents", "not for residents")),
    ("Kessler Components commented on the recall.",
     "The fault was traced to a supplier, Kessler Components, which changed a rubber compound. Kessler "
     "declined to comment.", ("negation", "commented", "declined to comment")),
])
def test_a_determiner_negation_names_what_it_negates(claim: str, passage: str,
                                                      expected: tuple[str, str, str]) -> None:
    assert kinds(claim, passage) == [expected]
    for d in align(claim, passage).differences:  # spans are ordered and verbatim
        assert claim[slice(*d.claim_span)] == d.claim_words and passage[slice(*d.passage_span)] == d.passage_words


@pytest.mark.parametrize(("claim", "passage", "speakers"), [
    # The other sentence's speaker shares an office with the claim's, not a name.
    ("Chief executive Signe Holmgaard said the company would not raise its dividend this year.",
     "Chief executive Signe Holmgaard said the results were solid. Chief financial officer Peter Lund said the "
     "company would not raise its dividend this year.", ("Chief executive Signe Holmgaard",
                                                          "Chief financial officer Peter Lund")),
    ("Governor Tom\u00e1\u0161 Hradil said the bank should move cautiously because wage growth remained strong.",
     "Governor Tom\u00e1\u0161 Hradil said inflation was close to target. Vice-governor Eva Kub\u00ed\u010dkov\u00e1 said the "
     "bank should move cautiously because wage growth remained strong.",
     ("Governor Tom\u00e1\u0161 Hradil", "Vice-governor Eva Kub\u00ed\u010dkov\u00e1")),
    # "called X '...'" gives a quotation its speaker as "said" does.
    ("Dr Ingrid Maasik called the findings \u201cplausible but far from settled.\u201d",
     "Disrupted meal times may play a role, Maasik said. Professor Kalle Rebane, a gastroenterologist, called the "
     "findings \u201cplausible but far from settled.\u201d", ("Dr Ingrid Maasik", "Professor Kalle Rebane")),
])
def test_a_speaker_from_the_neighbouring_sentence_is_not_the_claims(claim: str, passage: str,
                                                                     speakers: tuple[str, str]) -> None:
    found = [(d.kind, d.detail, d.claim_words, d.passage_words) for d in align(claim, passage).differences]
    assert ("entity", "speaker", *speakers) in found


@pytest.mark.parametrize(("claim", "passage", "expected"), [
    # A universal quantifier where the source counts some.
    ("Bouazizi said her party would challenge the results in all polling stations.",
     "Bouazizi said her party would challenge the results in 11 polling stations.", ("quantifier", "all", "11")),
    ("All seven board members voted for the cut.", "Five of the seven board members voted for the cut.",
     ("quantifier", "All", "Five")),
])
def test_all_against_a_count_is_a_quantifier_difference(claim: str, passage: str,
                                                         expected: tuple[str, str, str]) -> None:
    assert kinds(claim, passage) == [expected]
    assert kinds(claim.replace("all ", "").replace("All seven", "Five of the seven"), passage) == []


def test_a_name_inside_a_relative_clause_is_not_the_subject_of_the_main_clause() -> None:
    passage = ("Wrona, who was tried alongside Zielonka, was convicted of forging two invoices and received a "
               "suspended sentence of 18 months.")
    found = align("Marek Zielonka was convicted of forging two invoices and received a suspended sentence of "
                  "18 months.", passage).differences
    assert [(d.kind, d.claim_words, d.passage_words, d.detail) for d in found] == [
        ("entity", "Marek Zielonka", "Wrona", "displaced")]
    assert kinds("Wrona was convicted of forging two invoices.", passage) == []
    assert kinds("Zielonka was tried alongside Wrona.", passage) == []  # "alongside" goes both ways


def test_a_name_moved_to_a_coordinated_clause_is_displaced_but_not_its_short_form() -> None:
    passage = "King Charles XIII used the palace only twice, and his successor, Charles XIV John, preferred Rosersberg."
    found = align("King Charles XIV John used Ekholm Palace only twice.", passage).differences
    # (Charles XIV John's own palace in the passage is Rosersberg, displaced too; never the king's
    # name in the palace's place: "Charles XIV John" is the claim's subject, session 53.)
    assert [(d.kind, d.claim_words, d.passage_words, d.detail) for d in found] == [
        ("entity", "King Charles XIV John", "King Charles XIII", "displaced"),
        ("entity", "Ekholm Palace", "Rosersberg", "displaced")]
    assert kinds("King Charles XIII used Ekholm Palace only twice.", passage) == []
    # A short form of the claim's name ("Kessler" for "Kessler Components") is the name.
    assert not [k for k in kinds("Kessler Components declined to comment on the recall.",
                                 "The fault was traced to a supplier, Kessler Components, which changed a "
                                 "compound. Kessler declined to comment.") if k[0] == "entity"]


def test_a_claim_name_several_passage_names_could_replace_has_no_one_place() -> None:
    passage = ("Spain\u2019s Luc\u00eda Madrigal beat the defending champion, Katarzyna Nowicka of Poland, 6\u20134, "
               "3\u20136, 7\u20135 in the women\u2019s final on Saturday to win her first Grand Slam title.")
    assert not [k for k in kinds("Luc\u00eda Madrigal won the Melbourne final 6-4, 3-6, 7-5.", passage)
                if k[0] == "entity"]


# seed 002:18, and epithets of the same kind written otherwise
EPITHET = ("The reporting led to a public outcry, forcing the replacement of the Central Asian nation's ombudswoman "
           "for children and the suspension of local police and education officials in the Turkistan region.")


@pytest.mark.parametrize(("claim", "passage"), [
    ("The public outcry forced the replacement of Kazakhstan's ombudswoman for children.", EPITHET),
    ("On Friday, Serbia's parliament approved the budget.",
     "On Friday, the Southeast European country's parliament approved the budget."),
    ("The minister of Qatar resigned in March.", "The minister of the small Arabian emirate resigned in March."),
])
def test_an_epithet_of_a_place_is_no_other_name(claim: str, passage: str) -> None:
    assert not [k for k in kinds(claim, passage) if k[0] == "entity"]


def test_a_region_named_before_its_class_noun_is_a_name() -> None:
    assert ("entity", "Serbia's", "Croatian") in kinds("On Friday, Serbia's parliament approved the budget.",
                                                       "On Friday, the Croatian parliament approved the budget.")
    # Wikipedia sample ("Wang Huizu"): a province named before its class noun
    assert ("entity", "Hunan", "Zhejiang") in kinds(
        "Wang Huizu was born on 21 January 1731 in Hsiao-Shan, in Hunan province.",
        "Wang Huizu was born on 21 January 1731 in Hsiao-Shan, in Zhejiang province, which is situated in the "
        "lower-Yangzi valley.")
    assert ("entity", "Almaty", "Turkistan") in kinds("The outcry led to the suspension of officials in the Almaty region.",
                                                      EPITHET)


@pytest.mark.parametrize(("claim", "passage", "exchanged"), [
    # the legislative "pass" and "clear" say the same either way round
    ("The rent reform bill passed the Maltese parliament 52–48.",
     "The Maltese parliament passed the rent reform bill by 52 votes to 48 on Tuesday night.", False),
    ("The housing budget cleared the finance committee on Monday.",
     "The finance committee cleared the housing budget on Monday.", False),
    # without a body that votes, the parties of "pass" are not exchangeable
    ("The red car passed the old truck on the bridge.", "The old truck passed the red car on the bridge.", True),
])
def test_a_measure_passing_a_body_is_the_body_passing_it(claim: str, passage: str, exchanged: bool) -> None:
    found = [d for d in align(claim, passage).differences if d.detail == "exchanged"]
    assert bool(found) is exchanged


@pytest.mark.parametrize(("passage", "cue"), [
    # "according to X" attributes, whatever X is (issue 10): a survey or a census is a source too
    ("Three-quarters of commuters in Bristol said they would use a tram if one were built, according to the "
     "council survey.", "according to"),
    ("According to the 2011 census, three-quarters of commuters in Bristol said they would use a tram if one were "
     "built.", "According to"),
])
def test_according_to_a_survey_is_a_hedge(passage: str, cue: str) -> None:
    claim = "75% of commuters in Bristol said they would use a tram if one were built."
    assert [d.passage_words for d in align(claim, passage).hedges] == [cue]


@pytest.mark.parametrize(("text", "negated"), [
    ("Mahler finished Symphony no. 6 in 1904.", False),
    ("He wore shirt No. 9 in the final.", False),
    ("There were no 6-year-olds on the bus.", True),
])
def test_the_abbreviation_no_is_no_negation(text: str, negated: bool) -> None:
    assert bool(negation_scopes(tokenize(text))) is negated


# seed 000:29, and the same kind written otherwise
SELTANOV = ("The doctor, the principal and one of the region’s top policemen were all members of the influential "
            "Seltanov family. It is not known whether the accused perpetrators, who attend a different school from "
            "Nursultan, are in any way connected to the family.")


@pytest.mark.parametrize(("claim", "passage", "cue"), [
    ("All of the accused perpetrators were members of the Seltanov family.", SELTANOV, "not known"),
    ("The fire was started deliberately.", "It remains unclear whether the fire was started deliberately.", "unclear"),
    ("The minister knew about the payments.",
     "It is not yet clear if the minister knew about the payments.", "not yet clear"),
])
def test_a_question_left_open_is_a_hedge(claim: str, passage: str, cue: str) -> None:
    assert [d.passage_words for d in align(claim, passage).hedges] == [cue]


@pytest.mark.parametrize(("claim", "passage"), [
    ("The doctor and the principal were members of the Seltanov family.", SELTANOV),  # the other sentence
    ("It is unclear whether the fire was started deliberately.",
     "It remains unclear whether the fire was started deliberately."),  # the claim keeps it
    ("He asked if the fire was started deliberately.", "He asked if the fire was started deliberately."),
])
def test_no_open_question_where_the_claim_keeps_it_or_none_is_asked(claim: str, passage: str) -> None:
    assert align(claim, passage).hedges == ()


@pytest.mark.parametrize(("claim", "passage", "expected"), [
    # a predicate coordinated with the one before shares its subject (seeds 000 and 004)
    ("Nursultan's mother married after she gave birth to him in 2010.",
     "She gave birth to Nursultan in 2010, but never married.", ("negation", "married", "never married")),
    ("The school in Qyzylorda replied to RFE/RL's Kazakh Service before the article was published.",
     "RFE/RL's Kazakh Service made attempts to contact the school in Qyzylorda and police in the region but received "
     "no reply by the time of publication.", ("negation", "replied", "no reply")),
])
def test_a_negated_coordinated_predicate_is_compared_with_its_subject(claim: str, passage: str,
                                                                      expected: tuple[str, str, str]) -> None:
    assert expected in kinds(claim, passage)


def test_a_negation_cue_the_passage_says_in_another_form_is_no_difference() -> None:
    passage = ("Last year witnessed a tragedy in another southern Kazakh city, Turkistan, when a 17-year-old girl jumped "
               "off the sixth floor of a building after a conflict with a would-be client over her refusal to provide "
               "sexual services.")
    assert kinds("The 17-year-old girl in Turkistan had refused to provide sexual services to a would-be client.",
                 passage) == []


# seed 000:37
TRAVEL = ("On March 14, one day after prominent news website Informburo.kz published its account of events and public "
          "interest began to mount, Batyrbekova traveled with Nursultan to the nearest large city, Shymkent.")


@pytest.mark.parametrize(("claim", "passage", "opposite"), [
    ("Informburo.kz published its account of events one day before Batyrbekova traveled with Nursultan to Shymkent.",
     TRAVEL, False),  # the events changed sides: the same order
    ("Batyrbekova traveled with Nursultan to Shymkent one day before Informburo.kz published its account of events.",
     TRAVEL, True),
    ("The trial ended before he was released.", "He was released after the trial ended.", False),
    ("He was released before the trial.", "He was released after the trial.", True),
])
def test_before_and_after_oppose_only_with_the_events_in_place(claim: str, passage: str, opposite: bool) -> None:
    assert (("antonym", "before", "after") in kinds(claim, passage)) is opposite



def test_an_antonym_after_a_name_with_a_negation_word() -> None:
    # (Session 36: "Reporters Without Borders counts Kazakhstan among the best-performing countries"
    # had its "best" under the name's "Without", so "worst-performing" in place was no antonym.)
    claim = "Doctors Without Borders ranked the clinic among the best-equipped in the region."
    passage = "According to Doctors Without Borders, the clinic is among the worst-equipped in the region."
    assert ("antonym", "best", "worst") in {(d.kind, d.claim_words, d.passage_words)
                                            for d in align(claim, passage).differences}


@pytest.mark.parametrize(("claim", "hedged"), [
    # The claim's subject is the passage's "according to" source, doing the assessing itself.
    ("Doctors Without Borders ranks the clinic among the worst-equipped in the region.", False),
    ("The clinic is among the worst-equipped in the region.", True),
    ("The Red Cross ranks the clinic among the worst-equipped in the region.", True),
])
def test_a_claim_whose_subject_is_the_source_keeps_its_attribution(claim: str, hedged: bool) -> None:
    passage = "According to Doctors Without Borders, the clinic is among the worst-equipped in the region."
    assert any(d.kind == "hedge" for d in align(claim, passage).differences) == hedged


def test_a_title_case_headline_keeps_its_negation() -> None:
    # (A WiCE page: "Lady Amelia Windsor Was Reportedly Not Invited to the Royal Wedding".)
    tokens = tokenize("Lady Amelia Windsor Was Reportedly Not Invited to the Royal Wedding")
    assert [tokens[cue].folded for cue, _ in negation_scopes(tokens)] == ["not"]


def test_a_hedges_reporter_is_named_whole() -> None:
    # (Session 36's new user: "Informburo.kz reported that ..." was shown as "kz reported".)
    claim = "Her mother moved to Norway from Sweden in 1998."
    passage = "Tengrinews.kz reported that her mother had moved to Norway from Sweden in 1998."
    assert [d.passage_words for d in align(claim, passage).differences if d.kind == "hedge"] == ["Tengrinews.kz reported"]
