"""Kinds of false `supported` found on held-out claims about the seeds, each tested on the seeds
and on an article written for the test in other words:

- a hedge of semblance or impression dropped ("appeared intent on delaying", "appeared to
  ignore", "creates the impression that");
- a claim that negates a word the source neither has nor negates ("should not be regarded as"
  against "deserved to be viewed as");
- "far from proven": a negation (not "not far from the scene");
- an opposite in the sentence of a two-sentence passage that restates the claim, where the
  claim's word is also in the other sentence ("the many death threats ... . ... one of the few
  independent voices");
- "in court" against "outside court";
- a short quotation given to someone else ("Why should I be ashamed?"), and a quotation whose
  speaker is named only in the sentence before;
- whose lawyer: "the grandmother's lawyer" against "the lawyer for Nursultan's mother", and
  "Batyrbekov's lawyer" against "The victim's lawyer, Qurmanghazy Musir";
- a predicate the passage does not state: "..., is a former schoolteacher", ", who has since left
  Kazakhstan", and a phrase inserted where the passage has none ("took Nursultan by bus to").
"""

from __future__ import annotations

import pytest
from conftest import article_checker

from factcheck import Checker, Claim
from factcheck.index.bm25 import term
from factcheck.match.align import _OPPOSING, _opposites, align
from factcheck.match.cues import head_word, hedge_cues, negation_scopes, tokenize
from factcheck.match.predicates import unstated_predicates

CLINIC = """Rural Clinic Dispute Drags On

TARTU -- A dispute over the closure of a rural clinic in southern Estonia has reached its third month.

The health board appeared reluctant to publish the inspection report, which residents requested in June.

The board's silence creates the impression that the inspectors found serious faults in the operating theatre.

Local doctors said the nurses who stayed on deserved to be thanked as "heroes" for keeping the ward open.

Whether the director acted in bad faith is still far from established, a board member said.

In June, the regional paper ran a long series on the many complaints against the board and its chair. A small weekly in the county, Valga Leht, is one of the few outlets that covered the hearings.

Most of the families settled their claims with the board outside court, the paper reported.

"Who will look after us now?" the nurse asks in the interview, close to tears. "The people who closed our ward should answer for it."

The lawyer for the director's wife was kept waiting at the gate while the board met.

Marta Kask, the board's 61-year-old chair, was appointed by the ministry in 2019.

The nurses' lawyer, Peeter Org, filed a complaint with the county court in July.

The director drove to Tartu to meet the board on Friday.

After weeks of letters, the nurses finally caught the attention of the health minister, Kadri Tamm.

The director left for Tartu to board a ferry to the island, Saaremaa, where his family lives.

“I did more for the patient than his own doctor, because I sat with him every night,” Kask declared at the hearing.

On Monday the guards handed over the keys to the new director.

The protesters blocked the main gate, then surrounded the director's car and shouted slogans.

On Wednesday the elderly patient returned to his small village near the southern border, his brother told the local paper.

The county office reported that the board had ordered the closure of the maternity ward on Tuesday.

The hospital trust announced on Monday that it had hired Anu Saar as its new director.

The nurses brought three complaints against the board, which they eventually lost.

The ward's newsletter "Heart of Valga" (a monthly) was published in May.

There have been nurses and doctors who have left the county for jobs in Finland.

The closure was first reported by local reporter Mari Kivi, who wrote about it in the county weekly.

By the end of June, all three inspectors named in the report had resigned.

Finally, in early July, the national press began to take interest in the clinic.

The director's family sought to deny that the director was responsible for the closure.

Kask told the paper that a complaint had been filed against her by two nurses over her emails, which she called unfair.

Last winter a patient fell from the roof of the ward after a quarrel over his refusal to pay, the nurse said.

The guards stopped the director's deputy, Kalle Tamm, at the gate and turned him away.

Before dawn the director boarded a ferry to the island's main town, Kuressaare, with two bags.

Before joining the board she was head of surgery at Tartu Hospital, where her team won two national prizes. She is a graduate of the University of Helsinki in Finland.

The ministry appointed an inspector to review the closure of the ward.

Most of the ministry's inspectors live in Tallinn.

The director, the chair and two of the inspectors were all members of the same hunting club.
"""


@pytest.fixture(scope="module")
def clinic(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    return article_checker(tmp_path_factory.mktemp("clinic"), "clinic.txt", CLINIC)


def verdict(checker: Checker, text: str) -> str:
    return checker.check_claim(Claim("t", text)).verdict


def kinds(checker: Checker, text: str) -> set[str]:
    return {d.kind for d in checker.check_claim(Claim("t", text)).disagreements}


@pytest.mark.parametrize(("text", "cue"), [
    ("The board appeared reluctant to publish it.", "appeared"),
    ("Police appeared to ignore the accusations.", "appeared"),
    ("It seemed likely that the vote would pass.", "seemed"),
    ("This creates the unfortunate impression that the priority is secrecy.", "impression"),
])
def test_semblance_and_impression_are_hedge_cues(text: str, cue: str) -> None:
    tokens = tokenize(text)
    assert cue in [tokens[a].folded for a, _ in hedge_cues(tokens)]


@pytest.mark.parametrize("text", [
    "The director appeared in court on Monday.",
    "Her name appeared on the list.",
    "He made a good impression on the board.",
])
def test_semblance_words_in_other_uses_are_no_hedge(text: str) -> None:
    assert hedge_cues(tokenize(text)) == []


@pytest.mark.parametrize(("checker_name", "claim", "expected"), [
    # 000: "the ombudswoman appeared intent on delaying access to the child for as long as possible"
    ("seeds_checker", "The ombudswoman delayed access to the child for as long as possible.", "partial"),
    ("seeds_checker", "The ombudswoman appeared intent on delaying access to the child.", "supported"),
    # ... and the semblance is the ombudswoman's clause's only, from its "as"
    ("seeds_checker", "The mother's arrival in Astana on March 16 set off another wave of outrage.", "supported"),
    # 004: "This all creates the unfortunate impression that the authorities' priority is to prevent ..."
    ("seeds_checker", "The authorities' priority is to prevent information about shocking incidents from surfacing.",
     "partial"),
    ("clinic", "The health board was reluctant to publish the inspection report.", "partial"),
    ("clinic", "The health board appeared reluctant to publish the inspection report.", "supported"),
    ("clinic", "The inspectors found serious faults in the operating theatre.", "partial"),
])
def test_a_dropped_semblance_is_a_hedge(request: pytest.FixtureRequest, checker_name: str, claim: str,
                                        expected: str) -> None:
    checker = request.getfixturevalue(checker_name)
    assert verdict(checker, claim) == expected
    if expected == "partial":
        assert "hedge" in kinds(checker, claim)


@pytest.mark.parametrize(("checker_name", "claim"), [
    # 004: "said the men who used the victim deserved to be viewed as "pedophiles""
    ("seeds_checker", "Dina Smailova said the men who used the victim should not be regarded as pedophiles."),
    ("clinic", "Local doctors said the nurses who stayed on should not be regarded as heroes."),
])
def test_a_negated_word_the_source_lacks_is_not_supported(request: pytest.FixtureRequest, checker_name: str,
                                                          claim: str) -> None:
    checker = request.getfixturevalue(checker_name)
    result = checker.check_claim(Claim("t", claim))
    assert result.verdict == "partial"
    assert "regarded" in result.missing


def test_the_same_claim_unnegated_stays_supported(clinic: Checker) -> None:
    assert verdict(clinic, "Local doctors said the nurses who stayed on deserved to be thanked as heroes.") == "supported"


@pytest.mark.parametrize(("text", "negated"), [
    ("Their guilt remains very far from proven.", True),
    ("The result is far from certain.", True),
    ("The station is not far from the scene.", True),   # "not" negates; "far from the scene" is a distance
    ("The village lies far from the city.", False),
])
def test_far_from_a_participle_or_adjective_negates(text: str, negated: bool) -> None:
    assert bool(negation_scopes(tokenize(text))) is negated


@pytest.mark.parametrize(("checker_name", "claim", "expected"), [
    # 000: "The alleged perpetrators, whose guilt still remains very far from proven, ..."
    ("seeds_checker", "The guilt of the alleged perpetrators has now been proven.", "contradicted"),
    ("seeds_checker", "The guilt of the alleged perpetrators is far from proven.", "supported"),
    ("clinic", "It has been established that the director acted in bad faith.", "contradicted"),
])
def test_far_from_proven_is_not_proven(request: pytest.FixtureRequest, checker_name: str, claim: str,
                                       expected: str) -> None:
    assert verdict(request.getfixturevalue(checker_name), claim) == expected


@pytest.mark.parametrize(("checker_name", "claim"), [
    # 001: "... a report on the many death threats against Ak Zhaiyk's editor-in-chief ... . A popular
    # newspaper in the Atyrau region, Ak Zhaiyk is one of the few independent voices in western Kazakhstan."
    ("seeds_checker", "Ak Zhaiyk is one of the many independent voices in western Kazakhstan."),
    ("clinic", "Valga Leht is one of the many outlets that covered the hearings."),
])
def test_an_opposite_in_the_restating_sentence_of_a_window_contradicts(request: pytest.FixtureRequest,
                                                                        checker_name: str, claim: str) -> None:
    checker = request.getfixturevalue(checker_name)
    assert verdict(checker, claim) == "contradicted"
    assert "quantifier" in kinds(checker, claim)
    assert verdict(checker, claim.replace("many", "few")) == "supported"


def test_window_opposites_index_the_whole_passage() -> None:
    passage = ("The paper ran a series on the many complaints against the board. "
               "Valga Leht is one of the few outlets that covered the hearings.")
    found = [d for d in align("Valga Leht is one of the many outlets that covered the hearings.", passage).differences
             if d.kind == "quantifier"]
    assert [passage[slice(*d.passage_span)] for d in found] == ["few"]


@pytest.mark.parametrize(("checker_name", "claim", "expected"), [
    # 003: "perpetrators settle the matter with the victim's family outside court"
    ("seeds_checker", "In many cases, Smailova says, perpetrators settle the matter with the victim's family in court.",
     "contradicted"),
    ("seeds_checker", "In many cases, Smailova says, perpetrators settle the matter with the victim's family outside "
     "court.", "supported"),
    ("clinic", "Most of the families settled their claims with the board in court.", "contradicted"),
    ("clinic", "Most of the families settled their claims with the board outside court.", "supported"),
])
def test_in_and_outside_a_place_are_opposites(request: pytest.FixtureRequest, checker_name: str, claim: str,
                                              expected: str) -> None:
    assert verdict(request.getfixturevalue(checker_name), claim) == expected


def test_made_out_of_is_no_place() -> None:
    differences = align("Their frames are made out of wood or metal.", "Daybeds come in wood or metal.").differences
    assert not [d for d in differences if d.kind == "antonym"]


@pytest.mark.parametrize(("checker_name", "claim", "expected"), [
    # 003: 'Gulbadar Musinova took to YouTube ... ."Why should I be ashamed?" the mother asks in the video
    # (see below), fighting back tears. "Those men who raped my daughter should be ashamed, not us."'
    ("seeds_checker", '"Why should I be ashamed?" activist Dina Smailova asks in the video.', "not supported"),
    ("seeds_checker", '"Why should I be ashamed?" the mother asks in the video.', "supported"),
    ("seeds_checker", '"Those men who raped my daughter should be ashamed," Smailova said.', "not supported"),
    ("seeds_checker", '"Those men who raped my daughter should be ashamed," the mother said.', "supported"),
    ("clinic", '"Who will look after us now?" the director asks in the interview.', "not supported"),
    ("clinic", '"Who will look after us now?" the nurse asks in the interview.', "supported"),
    ("clinic", '"The people who closed our ward should answer for it," the director said.', "not supported"),
    ("clinic", '"The people who closed our ward should answer for it," the nurse said.', "supported"),
])
def test_who_spoke_a_short_or_continued_quotation(request: pytest.FixtureRequest, checker_name: str, claim: str,
                                                  expected: str) -> None:
    found = verdict(request.getfixturevalue(checker_name), claim)
    assert found == expected if expected == "supported" else found in ("partial", "contradicted")


@pytest.mark.parametrize(("checker_name", "claim", "expected"), [
    # 000: "Footage showing the lawyer for Nursultan's mother being kept waiting outside the building in
    # which the boy, his grandmother and Baliyeva were all cooped up was widely shared online."
    ("seeds_checker", "Footage showing the grandmother's lawyer being kept waiting outside the building was widely "
     "shared online.", "partial"),
    ("seeds_checker", "Footage showing the mother's lawyer being kept waiting outside the building was widely shared "
     "online.", "supported"),
    # (another relative in the place of the claim's, "was kept" after both: another person)
    ("clinic", "The lawyer for the director's mother was kept waiting at the gate while the board met.",
     "contradicted"),
    ("clinic", "The director's wife's lawyer was kept waiting at the gate while the board met.", "supported"),
])
def test_whose_lawyer(request: pytest.FixtureRequest, checker_name: str, claim: str, expected: str) -> None:
    assert verdict(request.getfixturevalue(checker_name), claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # 004: "the victim's mother said she was warned by police to refrain from contacting Smailova";
    # 003 only has "... Smailova, who recently launched an online campaign ... encouraging rape
    # victims to speak out": no source states the claim, one says it otherwise.
    ("The victim's mother said police encouraged her to contact Smailova.", "contradicted"),
    # 004: "But on August 6, the victim returned to her family home"; 000: "late last August, the
    # seven-year old returned to his home ..., according to an account provided by his grandmother".
    ("The victim returned to her family home on August 16.", "contradicted"),
    # 002 states it whole, 001 says no one was ever punished: the sources disagree.
    ("One of the perpetrators was sentenced to seven years in prison.", "disputed"),
])
def test_a_support_that_leaves_part_of_the_claim_unsaid_does_not_dispute_a_contradiction(
        seeds_checker: Checker, claim: str, expected: str) -> None:
    assert verdict(seeds_checker, claim) == expected


@pytest.mark.parametrize(("checker_name", "claim", "expected"), [
    # 002: "The victim's lawyer, Qurmanghazy Musir, ... has been slapped with several libel lawsuits"
    ("seeds_checker", "Qurmanghazy Musir, Batyrbekov's lawyer, has been slapped with several libel lawsuits.", "partial"),
    # (002 closes the sentence with "they said"; a claim that keeps it is supported, session 38.)
    ("seeds_checker", "Qurmanghazy Musir, the victim's lawyer, has been slapped with several libel lawsuits, "
     "they said.", "supported"),
    # 001: "the country's security services": a place is the passage's "country" as often
    ("seeds_checker", "The Pegasus Project revealed that Kazakhstan's security services had targeted several "
     "journalists with spyware.", "supported"),
    ("clinic", "Peeter Org, Kask's lawyer, filed a complaint with the county court in July.", "partial"),
    ("clinic", "Peeter Org, the nurses' lawyer, filed a complaint with the county court in July.", "supported"),
])
def test_a_named_possessor_the_passage_does_not_name(request: pytest.FixtureRequest, checker_name: str, claim: str,
                                                     expected: str) -> None:
    assert verdict(request.getfixturevalue(checker_name), claim) == expected


@pytest.mark.parametrize(("checker_name", "claim", "expected"), [
    # 000: "Zagipa Baliyeva, the government ombudswoman for children's rights, ... a high-ranking
    # 59-year-old member of the ruling Nur Otan party with a schoolmarmish demeanor"
    ("seeds_checker", "Zagipa Baliyeva, the 59-year-old children's rights ombudswoman, is a former schoolteacher.",
     "partial"),
    ("seeds_checker", "Zagipa Baliyeva is a member of the ruling Nur Otan party.", "supported"),
    # 001: "Adil Soz published a report on the many death threats against Ak Zhaiyk's editor-in-chief Azamat Maitanov"
    ("seeds_checker", "Adil Soz reported in June on the many death threats against Ak Zhaiyk editor Azamat Maitanov, "
     "who has since left Kazakhstan.", "partial"),
    # 000: "On March 14, ..., Batyrbekova traveled with Nursultan to the nearest large city, Shymkent, to board a
    # train to the former capital, Almaty."
    ("seeds_checker", "On March 14 Batyrbekova took Nursultan by bus to Shymkent to board a train to Almaty.", "partial"),
    ("seeds_checker", "On March 14 Batyrbekova traveled with Nursultan to Shymkent to board a train to Almaty.",
     "supported"),
    ("clinic", "Marta Kask, the board's 61-year-old chair, is a former surgeon.", "partial"),
    ("clinic", "Marta Kask, the board's 61-year-old chair, was appointed by the ministry in 2019.", "supported"),
    ("clinic", "Marta Kask was appointed by the ministry in 2019, which has since merged two hospitals.", "partial"),
    ("clinic", "The director drove with his deputy to Tartu to meet the board on Friday.", "partial"),
    ("clinic", "The director drove to Tartu to meet the board on Friday.", "supported"),
])
def test_a_predicate_or_phrase_the_passage_does_not_state(request: pytest.FixtureRequest, checker_name: str,
                                                         claim: str, expected: str) -> None:
    assert verdict(request.getfixturevalue(checker_name), claim) == expected


@pytest.mark.parametrize(("claim", "unstated"), [
    ("Kask is a former surgeon.", {"former", "surgeon"}),
    ("Kask, the chair, is a former surgeon.", {"former", "surgeon"}),
    ("John Tooth was declared bankrupt.", set()),       # a passive, not a nominal
    ("Kask was appointed in 2019, who has since resigned.", {"resigned"}),
    ("Kask is 61.", set()),
])
def test_predicates_read_from_the_claim_alone(claim: str, unstated: set[str]) -> None:
    assert unstated_predicates(tokenize(claim), {}, frozenset()) == {term(word) for word in unstated}


@pytest.mark.parametrize(("checker_name", "claim", "expected"), [
    # 001: "until the boy's grandmother managed to catch the attention of journalist Amangeldy Batyrbekov"
    ("seeds_checker", "The boy's grandmother eventually managed to catch the attention of journalist Azamat Maitanov.",
     "contradicted"),
    ("seeds_checker", "The boy's grandmother eventually managed to catch the attention of journalist Amangeldy "
     "Batyrbekov.", "supported"),
    # 000: "Batyrbekova traveled with Nursultan to the nearest large city, Shymkent, to board a train to the
    # former capital, Almaty."
    ("seeds_checker", "Batyrbekova took Nursultan to Shymkent to catch a train to the capital, Astana.", "contradicted"),
    ("clinic", "The nurses eventually caught the attention of the health minister, Liis Rebane.", "contradicted"),
    ("clinic", "The nurses eventually caught the attention of the health minister, Kadri Tamm.", "supported"),
    ("clinic", "The director left for Tartu to catch a ferry to the island, Hiiumaa.", "contradicted"),
    ("clinic", "The director left for Tartu to catch a ferry to the island, Saaremaa.", "supported"),
])
def test_another_name_where_an_adverb_or_a_verb_is_said_otherwise(request: pytest.FixtureRequest, checker_name: str,
                                                                  claim: str, expected: str) -> None:
    """A sentence restates the claim's though it drops "eventually" or says "board" for "catch":
    another name in the claim name's place contradicts."""
    checker = request.getfixturevalue(checker_name)
    assert verdict(checker, claim) == expected
    if expected == "contradicted":
        assert "entity" in kinds(checker, claim)


@pytest.mark.parametrize(("checker_name", "claim", "expected"), [
    # 000: "“I am more of a mother to the child from southern Kazakhstan than his own mother, because I
    # have been with him day and night,” Baliyeva exclaimed"
    ("seeds_checker", "Batyrbekova said she was more of a mother to the child than his own mother because she had "
     "been with him day and night.", "contradicted"),
    ("seeds_checker", "Baliyeva said she was more of a mother to the child than his own mother because she had "
     "been with him day and night.", "supported"),
    ("clinic", "Tamm said she did more for the patient than his own doctor because she sat with him every night.",
     "contradicted"),
    ("clinic", "Kask said she did more for the patient than his own doctor because she sat with him every night.",
     "supported"),
])
def test_a_named_speaker_first_in_the_claim_is_compared(request: pytest.FixtureRequest, checker_name: str,
                                                        claim: str, expected: str) -> None:
    """A claim that opens with its speaker's name ("Batyrbekova said she ...") is about that
    name, not about an unnamed "she": the passage's "his" and "him" (the child) do not make it
    about someone else; the speakers are compared."""
    assert verdict(request.getfixturevalue(checker_name), claim) == expected


@pytest.mark.parametrize(("checker_name", "claim", "expected"), [
    # 003: "The family handed over the suspects to authorities at the Esik district police station"
    ("seeds_checker", "The family turned the suspects over to the Esik district police station.", "supported"),
    ("clinic", "On Monday the guards turned the keys over to the new director.", "supported"),
    ("clinic", "On Monday the guards held the keys back from the new director.", "partial"),
])
def test_a_phrasal_verb_with_its_particle_apart(request: pytest.FixtureRequest, checker_name: str, claim: str,
                                                expected: str) -> None:
    """WordNet puts "turn over" in one synset with "hand": "turned the keys over to" states
    "handed over the keys to"; "held the keys back" does not."""
    assert verdict(request.getfixturevalue(checker_name), claim) == expected


@pytest.mark.parametrize(("checker_name", "claim", "expected", "words"), [
    # 003: "She said they beat up the young woman's relative, Rustam, then forced Zhibek into a car and sped away."
    ("seeds_checker", "They beat up Zhibek, then forced Rustam into a car and sped away.", "contradicted",
     ("Zhibek", "Rustam")),
    ("seeds_checker", "They beat up Rustam, then forced Zhibek into a car and sped away, she said.", "supported", None),
    ("clinic", "The protesters blocked the director's car, then surrounded the main gate and shouted slogans.",
     "contradicted", ("director's car", "main gate")),
    ("clinic", "The protesters blocked the main gate, then surrounded the director's car and shouted slogans.",
     "supported", None),
])
def test_the_objects_of_two_verbs_exchanged(request: pytest.FixtureRequest, checker_name: str, claim: str,
                                            expected: str, words: tuple[str, str] | None) -> None:
    result = request.getfixturevalue(checker_name).check_claim(Claim("t", claim))
    assert result.verdict == expected
    if words is not None:
        assert [(d.claim_value, d.source_value) for d in result.disagreements if d.kind == "entity"] == [words]


@pytest.mark.parametrize(("checker_name", "claim", "expected"), [
    # 004: "But on August 6, the victim returned to her family home"
    ("seeds_checker", "On August 6 the victim ran away from her family home.", "partial"),
    ("seeds_checker", "On August 6 the victim came back to her family home.", "supported"),
    ("clinic", "On Wednesday the elderly patient ran away from his small village near the southern border, his "
     "brother told the local paper.", "partial"),
    ("clinic", "On Wednesday the elderly patient came back to his small village near the southern border, his "
     "brother told the local paper.", "supported"),
])
def test_a_motion_the_other_way_is_not_stated(request: pytest.FixtureRequest, checker_name: str, claim: str,
                                              expected: str) -> None:
    """"ran away from her family home" (its Source) against "returned to her family home" (its
    Goal): the claim's motion is not stated, whatever else the passage shares."""
    result = request.getfixturevalue(checker_name).check_claim(Claim("t", claim))
    assert result.verdict == expected
    if expected == "partial":
        assert result.missing == ("ran away",)


def test_a_negation_that_states_what_the_support_leaves_out_is_not_set_aside(seeds_checker: Checker) -> None:
    """004: "The activist, who has been in direct contact with the victim, ..." against a claim
    that she never was; 004's "warned by police to refrain from contacting Smailova" shares
    "contact" and a negation but not "activist": it does not make the clash about something else."""
    assert verdict(seeds_checker, "The activist has never been in contact with the victim.") == "contradicted"


@pytest.mark.parametrize(("checker_name", "claim", "expected"), [
    # 004: "On August 16, the administration of Qyzylorda Province reported that the province's governor
    # had ordered the dismissal of the director and other staff at the victim's school."
    ("seeds_checker", "The Qyzylorda Province administration announced on August 16 that the governor had ordered "
     "the director and other staff of the girl's school to be dismissed.", "supported"),
    ("clinic", "The county office announced on Tuesday that the board had ordered the closure of the maternity ward.",
     "supported"),
    ("clinic", "The board ordered the closure of the maternity ward on Tuesday.", "partial"),
    # "announced ... that" in a passage commits its speaker to its own act: no hedge
    ("clinic", "The hospital trust hired Anu Saar as its new director.", "supported"),
])
def test_a_claim_that_reports_keeps_the_passages_report(request: pytest.FixtureRequest, checker_name: str,
                                                        claim: str, expected: str) -> None:
    """A claim's "announced on August 16 that" attributes what follows as a passage's "reported
    that" does: the claim keeps the attribution."""
    assert verdict(request.getfixturevalue(checker_name), claim) == expected


@pytest.mark.parametrize(("checker_name", "claim", "expected"), [
    # 002: "Batyrbekov was again charged with libel through several other cases, which he eventually won."
    # The relative clause is on the claim's object: its verb stands in the claim verb's place
    # (session 41; set H3's "lost the several new libel cases" was written as contradicted).
    ("seeds_checker", "Batyrbekov lost the several other libel cases.", "contradicted"),
    ("seeds_checker", "Batyrbekov won the several other libel cases.", "supported"),
    ("clinic", "The nurses brought three complaints against the board and won them.", "partial"),
    ("clinic", "The nurses brought three complaints against the board, which they eventually won.", "contradicted"),
])
def test_an_opposite_said_of_the_same_thing_elsewhere(request: pytest.FixtureRequest, checker_name: str, claim: str,
                                                      expected: str) -> None:
    """The passage's WordNet antonym of a claim word it lacks, in a relative clause of an aligned
    word ("cases, which he eventually won"): the claim's word is not stated; where the clause is on
    the claim verb's object, the antonym stands in the verb's place and contradicts."""
    assert verdict(request.getfixturevalue(checker_name), claim) == expected


@pytest.mark.parametrize(("checker_name", "claim", "expected"), [
    ("clinic", 'The ward\'s newsletter "Heart of Valga" (a monthly) was not published.', "contradicted"),
    ("clinic", 'The ward\'s newsletter "Heart of Valga" (a monthly) was published.', "supported"),
    ("clinic", "There have not been nurses and doctors who have left the county for jobs in Finland.", "contradicted"),
])
def test_a_negation_past_a_quoted_name_a_parenthesis_or_a_list(request: pytest.FixtureRequest, checker_name: str,
                                                               claim: str, expected: str) -> None:
    """A quoted name or a parenthesis closed inside the clause is no clause boundary, and the
    words the negated statement shares with the passage run to the next punctuation mark."""
    assert verdict(request.getfixturevalue(checker_name), claim) == expected


@pytest.mark.parametrize(("claim", "passage"), [
    ('The following year the novella "La Fanfarlo" was not published.',
     'The following year the novella "La Fanfarlo" was published.'),
    ('Grilled meat from the "asado" (barbecue) is not a staple, with steak especially common.',
     'Grilled meat from the "asado" (barbecue) is a staple, with steak especially common.'),
])
def test_negation_alignment_past_groups(claim: str, passage: str) -> None:
    assert [d.kind for d in align(claim, passage).differences] == ["negation"]


def test_an_ages_old_is_no_opposite_of_young(seeds_checker: Checker) -> None:
    """004: '"... she is very young-looking -- only about 14 or 15," Smailova said': the claim's
    "years old" states an age, not the opposite of "young"."""
    claim = Claim("t", "Smailova said the girl looked only about 14 or 15 years old.", cite=("004_209ecde5e23e51f4.txt",))
    assert seeds_checker.check_claim(claim).verdict == "supported"


@pytest.mark.parametrize(("checker_name", "claim", "expected"), [
    # 002: "The story was first reported by local journalist Amangeldy Batyrbekov, who wrote in his online
    # S-Inform newspaper"; 002 names Asem Zhapisheva elsewhere as the writer of the September 1 article
    ("seeds_checker", "The story of the boy from Abai was first reported by Asem Zhapisheva in the online newspaper "
     "S-Inform.", "contradicted"),
    ("clinic", "The closure was first reported by Tiit Lepp in the county weekly.", "contradicted"),
    ("clinic", "The closure was first reported by Mari Kivi in the county weekly.", "supported"),
])
def test_another_agent_of_the_same_passive(request: pytest.FixtureRequest, checker_name: str, claim: str,
                                           expected: str) -> None:
    """Both passive, the passage's agent behind a description ("by local journalist Amangeldy
    Batyrbekov"): another name in the agent's place contradicts."""
    assert verdict(request.getfixturevalue(checker_name), claim) == expected


@pytest.mark.parametrize(("checker_name", "claim", "expected"), [
    # 004: "as of August 15, all four minors facing charges of selling their peer for sex were under arrest"
    ("seeds_checker", "By August 15 every one of the four minors charged with selling their classmate for sex was "
     "under arrest.", "supported"),
    ("clinic", "By the end of June every one of the three inspectors named in the report had resigned.", "supported"),
    ("clinic", "By the end of June two of the three inspectors named in the report had resigned.", "contradicted"),
    # 000: "Finally, in early March, the national media began to take interest."
    ("seeds_checker", "Finally, in early March, the national media started paying attention.", "supported"),
    ("clinic", "Finally, in early July, the national press started paying attention to the clinic.", "supported"),
])
def test_one_universal_and_support_verbs_are_no_opposites(request: pytest.FixtureRequest, checker_name: str,
                                                          claim: str, expected: str) -> None:
    """"every one of the four" says "all four"; "pay attention" and "take interest" are two
    support verbs with their objects, not "pay" against "take"."""
    assert verdict(request.getfixturevalue(checker_name), claim) == expected


def test_an_allegation_as_an_object_hedges_nothing() -> None:
    tokens = tokenize("Batyrbekova lobbied the local press to relay her allegations.")
    assert hedge_cues(tokens) == []
    assert hedge_cues(tokenize("Allegations that the director lied were denied.")) != []


def test_a_denied_statement_is_negated_in_its_predicate_not_its_subject() -> None:
    tokens = tokenize("The family sought to deny that the director was responsible for the closure.")
    cue = [t.folded for t in tokens].index("deny")
    head = head_word(tokens, cue)
    assert head is not None and tokens[head].folded == "director"
    tokens = tokenize("It was to deny that Nursultan was victim of any assaults.")
    head = head_word(tokens, [t.folded for t in tokens].index("deny"))
    assert head is not None and tokens[head].folded == "victim"


@pytest.mark.parametrize(("checker_name", "claim", "expected"), [
    # 002: "Batyrbekov told RFE/RL that a new libel lawsuit had been filed against him by three judges over
    # his Facebook posts"
    ("seeds_checker", "According to Batyrbekov, three judges filed a new libel lawsuit over Facebook posts against the "
     "lawyer Qurmanghazy Musir.", "contradicted"),
    ("seeds_checker", "According to Batyrbekov, three judges filed a new libel lawsuit against him over his Facebook "
     "posts.", "supported"),
    ("clinic", "Kask told the paper that two nurses filed a complaint over her emails against Peeter Org.",
     "contradicted"),
    ("clinic", "Kask told the paper that two nurses filed a complaint against her over her emails.", "supported"),
])
def test_a_name_where_the_passage_has_a_pronoun_for_another(request: pytest.FixtureRequest, checker_name: str,
                                                           claim: str, expected: str) -> None:
    """"against him", where "him" is the sentence's Batyrbekov: the claim's "against the lawyer
    Qurmanghazy Musir" names someone else."""
    assert verdict(request.getfixturevalue(checker_name), claim) == expected


@pytest.mark.parametrize(("checker_name", "claim"), [
    # 004: "... when a 17-year-old girl jumped off the sixth floor of a building after a conflict with a
    # would-be client over her refusal to provide sexual services. ..., Smailova said." (another sentence,
    # in the next paragraph: "We know the girl survived the fall")
    ("seeds_checker", "Smailova said the 17-year-old girl who jumped from the sixth floor in Turkistan did not "
     "survive."),
    ("clinic", "The nurse said the patient who fell from the roof of the ward last winter did not survive."),
])
def test_a_negated_word_the_source_lacks_past_another_negation(request: pytest.FixtureRequest, checker_name: str,
                                                               claim: str) -> None:
    """The passage's own negation of something else ("her refusal to provide", "his refusal to
    pay") does not state the claim's "did not survive"."""
    result = request.getfixturevalue(checker_name).check_claim(Claim("t", claim))
    assert result.verdict == "partial" and "survive" in result.missing


@pytest.mark.parametrize(("checker_name", "claim", "expected"), [
    # 003: "She said they beat up the young woman's relative, Rustam, then forced Zhibek into a car"
    ("seeds_checker", "Musinova said the attackers beat up Zholaman Musinov, the relative who had been with Zhibek, "
     "before forcing her into a car.", "contradicted"),
    ("seeds_checker", "Musinova said the attackers beat up Rustam, the relative who had been with Zhibek, before "
     "forcing her into a car.", "supported"),
    ("clinic", "The guards stopped Jaan Ilves, the director's deputy, at the gate and turned him away.", "contradicted"),
    ("clinic", "The guards stopped Kalle Tamm, the director's deputy, at the gate and turned him away.", "supported"),
])
def test_another_name_beside_the_same_noun(request: pytest.FixtureRequest, checker_name: str, claim: str,
                                           expected: str) -> None:
    """"Zholaman Musinov, the relative" against "the young woman's relative, Rustam": one person,
    two names."""
    assert verdict(request.getfixturevalue(checker_name), claim) == expected


@pytest.mark.parametrize(("checker_name", "claim", "expected"), [
    # 000: "to board a train to the former capital, Almaty"
    ("seeds_checker", "On March 14 Batyrbekova took Nursultan to Shymkent to board a train bound for Astana.",
     "contradicted"),
    ("seeds_checker", "On March 14 Batyrbekova took Nursultan to Shymkent to board a train bound for Almaty.",
     "supported"),
    ("clinic", "Before dawn the director boarded a ferry headed for Haapsalu with two bags.", "contradicted"),
    ("clinic", "Before dawn the director boarded a ferry headed for Kuressaare with two bags.", "supported"),
])
def test_another_name_after_other_lead_in_words(request: pytest.FixtureRequest, checker_name: str, claim: str,
                                                expected: str) -> None:
    """"a train bound for Astana" / "a train to the former capital, Almaty": the words that lead
    to the name ("bound for") belong to the slot the passage fills with another name."""
    assert verdict(request.getfixturevalue(checker_name), claim) == expected


@pytest.mark.parametrize(("checker_name", "claim"), [
    # 004: "Before joining RFE/RL he was Central Asia bureau chief for Agence France-Presse, ... He is a
    # graduate of the University of St. Andrews in Scotland."
    ("seeds_checker", "Before joining RFE/RL, Chris Rickleton, a St Andrews graduate, headed Agence France-Presse's "
     "Central Asia bureau."),
    ("clinic", "Before joining the board, Marta Kask, a Helsinki graduate, was head of surgery at Tartu Hospital."),
])
def test_an_apposition_across_two_sentences_is_no_exchange(request: pytest.FixtureRequest, checker_name: str,
                                                           claim: str) -> None:
    """A name's placing word is in its own phrase, not across ", Marta Kask, a"; and an
    institution's head noun ("the University of Helsinki") is no name set against a person's."""
    assert verdict(request.getfixturevalue(checker_name), claim) == "supported"


@pytest.mark.parametrize(("checker_name", "claim", "expected"), [
    # 000: "The country's prosecutor general has appointed a special counsel to take charge of the case."
    ("seeds_checker", "The prosecutor general appointed a special counsel from Astana to take charge of the case.",
     "partial"),
    ("seeds_checker", "The prosecutor general appointed a special counsel to take charge of the case.", "supported"),
    ("clinic", "The ministry appointed an inspector from Tallinn to review the closure of the ward.", "partial"),
    ("clinic", "The ministry appointed an inspector to review the closure of the ward.", "supported"),
])
def test_an_inserted_phrase_with_a_name(request: pytest.FixtureRequest, checker_name: str, claim: str,
                                        expected: str) -> None:
    """"from Astana" inserted where the passage has nothing: the source naming Astana (or
    Tallinn) elsewhere does not place the counsel there."""
    assert verdict(request.getfixturevalue(checker_name), claim) == expected


@pytest.mark.parametrize(("checker_name", "claim", "expected"), [
    # 000: "The doctor, the principal and one of the region's top policemen were all members of the
    # influential Seltanov family."
    ("seeds_checker", "Bloggers found that only the doctor was a member of the influential Seltanov family.",
     "contradicted"),
    ("seeds_checker", "Bloggers found that the doctor was a member of the influential Seltanov family.", "supported"),
    ("clinic", "Only the director was a member of the hunting club.", "contradicted"),
    ("clinic", "The director was a member of the hunting club.", "supported"),
    # The claim names the list itself before narrowing it to one: the list's other nouns are
    # aligned with the claim's, but before its "only".
    ("seeds_checker", "Of the doctor, the principal and the senior regional policeman, bloggers found that only the "
     "doctor was a Seltanov family member.", "contradicted"),
    ("clinic", "Of the director, the chair and the inspectors, only the director belonged to the hunting club.",
     "contradicted"),
    ("clinic", "The director, the chair and two of the inspectors all belonged to the hunting club.", "supported"),
])
def test_only_one_of_a_list(request: pytest.FixtureRequest, checker_name: str, claim: str, expected: str) -> None:
    """"only the doctor" against a list joined by "and" before the same predicate."""
    checker = request.getfixturevalue(checker_name)
    assert verdict(checker, claim) == expected
    if expected == "contradicted":
        assert "quantifier" in kinds(checker, claim)


@pytest.mark.parametrize(("claim", "passage"), [
    ("Ak Zhaiyk is one of the many independent voices in western Kazakhstan.",
     "A popular newspaper in the Atyrau region, Ak Zhaiyk is one of the few independent voices in western Kazakhstan."),
    ("Only the director was a member of the hunting club.",
     "The director, the chair and two of the inspectors were all members of the same hunting club."),
    ("Most of the families settled their claims with the board in court.",
     "Most of the families settled their claims with the board outside court, the paper reported."),
    ("The following year the novella was not published.", "The following year the novella was published."),
    ("Batyrbekova and Nursultan were pulled off the train by local police after it departed.",
     "But before the train could depart, they were pulled off by local police officers."),
])
def test_a_windows_main_sentence_finds_the_opposites_align_finds(claim: str, passage: str) -> None:
    """The main sentence of a two-sentence window is read for its opposites alone
    (align._opposites): the same negations, antonyms and quantifiers as a full alignment."""
    full = [d for d in align(claim, passage).differences if d.kind in _OPPOSING]
    assert full and [d for d in _opposites(claim, passage) if d.kind in _OPPOSING] == full


def test_a_value_clash_whose_sentence_leaves_a_name_to_its_article(seeds_checker: Checker) -> None:
    """004: "... the mother of a 17-year-old schoolgirl revealed how her daughter was held in sexual
    slavery for six months": the article names Qyzylorda elsewhere, so the sentence that restates
    the claim but for the city contradicts "three months"."""
    result = seeds_checker.check_claim(
        Claim("t", "The 17-year-old from Qyzylorda was kept in sexual slavery for three months."))
    assert result.verdict == "contradicted"
    assert [(d.claim_value, d.source_value) for d in result.disagreements] == [("three months", "six months")]
    same = Claim("t", "The 17-year-old from Qyzylorda was kept in sexual slavery for six months.")
    assert seeds_checker.check_claim(same).verdict == "supported"


@pytest.mark.parametrize(("claim", "passage"), [
    # bench/perturb.py seed 1: "the extent of the practice is not known" is no statement about "groups"
    # and "associated" of the next sentence, which the tokens (no full stops) run into
    ("The group is then known as a stellar association, or a moving group.",
     "During the war the extent of the practice is not known but the number is thought to be large. "
     "Armed groups associated with the government advertised widely."),
])
def test_a_negated_statement_ends_with_its_sentence(claim: str, passage: str) -> None:
    assert [d for d in align(claim, passage).differences if d.kind == "negation"] == []
