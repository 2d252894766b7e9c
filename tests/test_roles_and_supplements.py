"""What changed in session 53's rules, tested on articles written for the tests, in other words
than the blind sets': a person of another role in the same place, a relative clause the source
does not state, a report whose other sentence is reported too, a name the claim names elsewhere,
and a sentence that says a claim's word the other way round joining no pooled support."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim
from factcheck.index.bm25 import term
from factcheck.lexicon.noun_kinds import other_role
from factcheck.match.align import align
from factcheck.models import Value
from factcheck.values import extract_values
from factcheck.values.comparison import compare

# --------------------------------------------------------------------------- roles

HEARING = (
    "Harbour Fraud Hearing Delayed\n\n"
    "A recording showed the lawyer for the harbour master waiting in the corridor for two hours. "
    "The county's chief constable has named a senior detective to lead the inquiry. "
    "On Tuesday, nurses and pharmacists staged a protest outside the clinic. "
    "Magistrate Helen Corrie of the Dunmore District Court adjourned the hearing."
)


def test_role_nouns_are_wordnet_roles() -> None:
    assert other_role("judge", "lawyer")
    assert other_role("pharmacists", "doctors")
    assert other_role("victim", "suspect")
    assert not other_role("attorney", "lawyer")      # one synset
    assert not other_role("official", "judge")       # a judge is an official
    assert not other_role("officer", "policeman")    # a sense in common
    assert not other_role("reporter", "journalist")  # two communicators: one person, redescribed
    assert not other_role("girl", "victim")          # a girl is no role: sources redescribe


def test_another_role_in_the_same_place_is_not_stated(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "hearing.txt", HEARING)
    for text, role in (
            ("A recording showed the doctor for the harbour master waiting in the corridor.", "doctor"),
            ("The county's chief constable has named a senior prosecutor to lead the inquiry.", "prosecutor"),
            ("On Tuesday, nurses and surgeons staged a protest outside the clinic.", "surgeons")):
        result = checker.check_claim(Claim("r", text))
        assert result.verdict == "partial", text
        assert role in result.missing, text
    # Another title before the same name: the title's holder is another.
    title = checker.check_claim(Claim("r", "Coroner Helen Corrie of the Dunmore District Court adjourned the hearing."))
    assert title.verdict in ("partial", "contradicted")


def test_the_same_role_in_other_words_is_stated(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "hearing.txt", HEARING)
    for text in ("The county's chief constable has named a senior policeman to lead the inquiry.",
                 "A recording showed the attorney for the harbour master waiting in the corridor for two hours."):
        assert checker.check_claim(Claim("r", text)).verdict == "supported", text


# --------------------------------------------------------------------------- a relative clause inside the claim

FESTIVAL = (
    "Film Festival Closes\n\n"
    "The festival's 90-minute opening documentary about the closure of the Harlow steelworks drew extensive "
    "coverage in the regional press and on local radio, with reviews praising the former workers who took part. "
    "Organisers said ticket sales had doubled since last year."
)
DOCUMENTARY = ("The festival's 90-minute opening documentary about the closure of the Harlow steelworks, {}drew "
               "extensive coverage in the regional press and on local radio.")


def test_a_relative_clause_inside_the_claim_that_no_source_states_is_missing(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "festival.txt", FESTIVAL)
    result = checker.check_claim(Claim("f", DOCUMENTARY.format("which the director filmed at home, ")))
    assert result.verdict == "partial"
    assert "home" in result.missing and any("filmed" in word for word in result.missing)
    assert checker.check_claim(Claim("f", DOCUMENTARY.format(""))).verdict == "supported"


def test_a_relative_clause_the_source_states_is_supported(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "festival.txt", FESTIVAL.replace(
        "steelworks drew", "steelworks, which the director filmed at home, drew"))
    assert checker.check_claim(Claim("f", DOCUMENTARY.format("which the director filmed at home, "))).verdict \
        == "supported"


# --------------------------------------------------------------------------- a window whose two sentences are reported


def test_a_report_whose_next_sentence_is_reported_too_is_a_hedge(seeds_checker: Checker) -> None:
    # 000: "Nursultan said this was not an isolated incident. Other similar assaults had occurred
    # at his school, he said." The claim names the speaker, but as the one assaulted.
    for text in ("What happened to Nursultan was not an isolated incident, since other similar assaults had "
                 "occurred at his school.",
                 "Similar assaults had also occurred at Nursultan's school, so his was not an isolated incident."):
        result = seeds_checker.check_claim(Claim("h", text))
        assert result.verdict == "partial", text
        assert any(d.kind == "hedge" and "said" in d.source_value for d in result.disagreements), text


def test_the_report_kept_is_supported(seeds_checker: Checker) -> None:
    result = seeds_checker.check_claim(Claim("h", "Nursultan said this was not an isolated incident and that similar "
                                                  "assaults had occurred at his school."))
    assert result.verdict == "supported"


# --------------------------------------------------------------------------- a name the claim has elsewhere


def test_a_name_the_claim_has_beside_its_own_is_no_other_name() -> None:
    claim = "K-Post, Halden's online newspaper, was founded in Leeds in 2012."
    other = align(claim, "The story was first reported by local journalist Tom Halden, who wrote in his online "
                         "K-Post newspaper about the bridge and the council's failure to act.")
    assert not [d for d in other.contradicting if d.kind == "entity"]


# --------------------------------------------------------------------------- a participle said of others


def test_a_participle_pooled_from_a_sentence_about_others_is_not_stated(seeds_checker: Checker) -> None:
    # 002 has "convicted" only in "relatives and friends of the convicted boys"; of Batyrbekov it
    # says "he was sentenced ... on libel charges" after "he wrote about the rape".
    result = seeds_checker.check_claim(Claim("p", "Batyrbekov was already convicted of libel before he had written "
                                                  "about the rape of the boy in Abai.",
                                             cite=("002_c17141c48ebfc846.txt",)))
    assert result.verdict != "supported"


# --------------------------------------------------------------------------- a role as the owner, pooled


def test_a_role_as_owner_that_only_another_sentence_names_is_not_stated(seeds_checker: Checker) -> None:
    # 004: "She said that it was a nude photo of her daughter that the group of three girls and one
    # boy had deployed as leverage over her": "she" is the victim's mother, whom 004 names so;
    # "suspects" is only in other sentences.
    claim = ("{}, a nude photo of her daughter was deployed as leverage over her by the group of three girls and "
             "one boy.")
    other = seeds_checker.check_claim(Claim("o", claim.format("According to the suspect's mother")))
    assert other.verdict == "partial"
    assert "suspect" in other.missing
    assert seeds_checker.check_claim(Claim("o", claim.format("According to the victim's mother"))).verdict == "supported"


# --------------------------------------------------------------------------- a subject with a reduced relative clause


def test_a_negated_statement_whose_subject_has_a_participle_phrase_is_compared() -> None:
    # "accused of attacking" belongs to the subject; its "attacking" is the passage's "attackers".
    found = align("The sailors accused of attacking the harbour guard did not deny the allegations.",
                  "The alleged attackers denied everything.").contradicting
    assert [(d.kind, d.claim_words, d.passage_words) for d in found] == [("negation", "not deny", "denied")]
    # (A subject the other text does not have at all is still another's: nothing to compare.)
    assert not align("The board members named in the report did not deny the payments.",
                     "The contractors denied the payments.").contradicting


# --------------------------------------------------------------------------- a report set in after a noun phrase

HARBOUR = (
    "Harbour Master Resigns\n\n"
    "The harbour master's wife had until then stayed out of the dispute. Tyneside.net reported that she had "
    "moved to Leeds from Cork in 2003 and rarely visited the town."
)


def test_a_report_set_in_after_a_noun_phrase_describes_no_one(tmp_path: Path) -> None:
    # ", Tyneside.net reported," is who reports, not a name the claim says is the wife.
    checker = article_checker(tmp_path, "harbour.txt", HARBOUR)
    same = checker.check_claim(Claim("w", "The harbour master's wife, Tyneside.net reported, moved to Leeds from Cork in 2003."))
    assert same.verdict == "supported"
    other = checker.check_claim(Claim("w", "The harbour master's wife, Tyneside.net reported, moved to Leeds from Dublin in 2003."))
    assert other.verdict == "contradicted"


# --------------------------------------------------------------------------- two owners of one relative, opening their sentences


def test_two_owners_of_one_relative_that_open_their_sentences_contradict() -> None:
    passage = "Halden’s sister had until then kept out of the row. The Courier reported that she had left Leeds in 2003."
    other = align("Kovacs's sister had until then kept out of the row.", passage)
    assert [(d.kind, d.claim_words, d.passage_words) for d in other.differences] == [("entity", "Kovacs's", "Halden’s")]
    reported = align("The Courier reported that Kovacs's sister had left Leeds in 2003.", passage)
    assert [(d.kind, d.claim_words) for d in reported.differences if d.kind == "entity"] == [("entity", "Kovacs's")]
    assert not align("Halden's sister had until then kept out of the row.", passage).differences
    # (The owner's relative may still be named where the claim describes her: no other owner there.)
    assert not [d for d in align("Halden's sister had until then kept out of the row.",
                                 "Maria Halden had until then kept out of the row.").differences if d.kind == "entity"]


# --------------------------------------------------------------------------- two highest amounts


def test_two_highest_amounts_reached_differ_whichever_words_bound_them() -> None:
    def money(text: str) -> Value:
        return next(v for v in extract_values(text) if v.kind == "number")
    assert compare(money("she paid as much as $700 a week"), money("she paid up to $7,000 a week")) is False
    assert compare(money("as many as 40 buses a day"), money("up to 40 buses a day")) is True
    assert compare(money("as much as $7,000 a week"), money("up to $7,000 a week")) is True


# --------------------------------------------------------------------------- events swapped around one connective

def test_two_events_swapped_around_the_same_connective_are_reordered() -> None:
    passage = ("By Friday, all three dockers accused of theft were in custody just one day after union officials "
               "and lawyers held a meeting with the port authority.")
    swapped = align("The meeting with the port authority was held one day after all three dockers had been taken "
                    "into custody.", passage)
    assert [(d.kind, d.detail) for d in swapped.differences if d.kind != "hedge"] == [("antonym", "order")]
    kept = align("All three dockers were in custody one day after union officials and lawyers held a meeting with "
                 "the port authority.", passage)
    assert not [d for d in kept.differences if d.kind != "hedge"]  # ("accused of theft" hedges both)


# --------------------------------------------------------------------------- a closing report over a report inside it

BRIDGE_POST = (
    "Bridge Row\n\n"
    "Hours later, the region's Commissioner for Roads, Anna Berg, noted in a blog post that Lowe's report "
    "falsely stated the bridge is still closed to lorries."
)


def test_a_closing_speaker_with_a_determiner_over_a_report_inside_is_compared(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "bridge.txt", BRIDGE_POST)
    claim = "Lowe's report falsely stated the bridge is still closed to lorries, {} noted."
    other = checker.check_claim(Claim("s", claim.format("the Transport Ministry")))
    assert other.verdict == "contradicted"
    assert [(d.kind, d.source_value) for d in other.disagreements] == [("entity", "Anna Berg")]
    assert checker.check_claim(Claim("s", claim.format("Anna Berg"))).verdict == "supported"


# --------------------------------------------------------------------------- a part of many against a part of one


def test_a_part_of_many_against_a_part_of_one_differs_in_quantity() -> None:
    passage = "In the end, one of the smugglers was jailed for five years, while several other crew members were freed."
    for count in ("Several", "Many"):
        found = align(f"{count} of the smugglers were jailed for five years.", passage).differences
        assert [(d.kind, d.claim_words, d.passage_words) for d in found] == [("quantifier", count, "one")]
    assert not align("One of the smugglers was jailed for five years.", passage).differences


# --------------------------------------------------------------------------- a relative by a possessive pronoun


def test_a_relative_the_passage_gives_by_a_possessive_pronoun_after_its_owner_is_stated() -> None:
    passage = ("The inquiry's report focused on the problems the girl and her family still face, including comments "
               "from her father and uncle that they continue to receive threats from local officials.")
    found = align("The report included comments from the girl's father and uncle that they continue to receive "
                  "threats from local officials.", passage)
    assert "father" not in found.unattributed
    # (A passage with no such relative speaks of the owner alone: "The suspects are charged".)
    assert "parent" in align("The parents of the suspects are charged with encouraging a minor to commit a crime.",
                             "The suspects are charged with encouraging a minor to commit a crime.").unattributed


# --------------------------------------------------------------------------- one word changed in a sentence of the source


def test_another_relative_or_role_in_a_sentence_otherwise_the_same_is_not_stated() -> None:
    relatives = align("It was hours before grandfather and daughter were finally reunited.",
                      "It was hours before father and daughter were finally reunited.")
    assert "grandfath" in relatives.sister_nouns()
    sentence = ("At least one of the three suspects now in custody was a former client of the victim, according to "
                "the victim's sister.")
    role = align(sentence.replace("client of the victim", "client of the suspect"), sentence)
    assert "suspect" in role.sister_nouns()
    assert not align(sentence, sentence).sister_nouns()


def test_a_role_the_window_has_only_in_its_other_sentence_is_not_stated_in_its_place() -> None:
    window = ("The nurses who took part in the strike called the agreement a victory for the union. Donors paid "
              "for the strike fund and hired lawyers.")
    found = align("The lawyers who took part in the strike called the agreement a victory for the union.", window)
    assert "lavier" in found.sister_nouns()


# --------------------------------------------------------------------------- "her own"


def test_an_owner_the_passage_gives_as_the_subjects_own_is_not_the_claims() -> None:
    passage = "One local councillor seized on the scandal in a clumsy attempt to raise her own profile."
    other = align("One local councillor seized on the scandal in an attempt to raise the mayor's profile.", passage)
    assert other.reflexive_owners() == {term("mayor")}
    same = align("One local councillor seized on the scandal in an attempt to raise the councillor's profile.", passage)
    assert not same.reflexive_owners()


# --------------------------------------------------------------------------- another holder of one office


HEARING_TRUST = (
    "Harbour Hearing\n\n"
    "Anna Berg, the head of the Dockside.org trust, who spoke at the public hearing, said the men who sold the "
    "land deserved to be treated as fraudsters despite the fact that the sale was approved by the council."
)


def test_another_holder_of_one_office_of_a_named_organisation_contradicts(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "hearing.txt", HEARING_TRUST)
    claim = ("{}, head of the Dockside.org trust, told the public hearing that the men who sold the land "
             "deserved to be treated as fraudsters.")
    other = checker.check_claim(Claim("h", claim.format("Maria Lund")))
    assert other.verdict == "contradicted"
    assert [(d.kind, d.claim_value, d.source_value) for d in other.disagreements] == [("entity", "Maria Lund", "Anna Berg")]
    assert checker.check_claim(Claim("h", claim.format("Anna Berg"))).verdict != "contradicted"


# --------------------------------------------------------------------------- a name past a title in the same place


def test_another_name_past_a_title_in_the_same_place_contradicts() -> None:
    passage = ("The leak was first reported by local reporter Marta Kovacs, who wrote in her weekly column about the "
               "council's spending.")
    other = align("The Dale leak was first brought to light by Tom Halden, writing in his weekly column.", passage)
    assert [(d.kind, d.claim_words, d.passage_words) for d in other.differences if d.kind == "entity"] == [
        ("entity", "Tom Halden", "Marta Kovacs")]
    assert other.named_in_place(next(d for d in other.differences if d.kind == "entity"))


# --------------------------------------------------------------------------- connectives that order other events


def test_connectives_that_order_other_events_do_not_oppose() -> None:
    passage = ("The fans got into a row with two stewards inside the stadium bar before the two attacked the pair "
               "outside. Witnesses said they kicked the young man's brother, Ivo, then pushed him into a van.")
    found = align("After the attack outside the stadium bar, the stewards kicked the young man's brother Ivo and "
                  "pushed him into a van.", passage).differences
    assert not [d for d in found if d.kind in ("antonym", "negation")]
    # (The same event said the other way round still opposes.)
    opposed = align("The fans got into a row with two stewards inside the stadium bar after the two attacked the pair "
                    "outside.", passage).differences
    assert [(d.kind, d.claim_words) for d in opposed if d.kind == "antonym"] == [("antonym", "after")]


# --------------------------------------------------------------------------- a day of the month before a noun


@pytest.mark.parametrize(("text", "expected"), [
    ("On March 14 local police officers stopped the train.", [("date", "March 14")]),
    ("On Sept. 4 police arrested two men.", [("date", "Sept. 4"), ("number", "two men")]),
    ("On 14 March 12 officers left.", [("date", "14 March"), ("number", "12 officers")]),
    ("In May 3 million people voted.", [("number", "3 million people")]),
])
def test_a_day_of_the_month_before_a_noun_counts_nothing(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(v.kind, v.text) for v in extract_values(text)] == expected


# --------------------------------------------------------------------------- "one day" said of an occasion


@pytest.mark.parametrize(("text", "expected"), [
    ("The boy came home one day late last August.", []),
    ("One day, the ferry did not come.", []),
    ("The strike lasted one day.", ["one day"]),
    ("He spent one day in jail.", ["one day"]),
    ("One day later the ferry sailed.", ["One day"]),
    ("The train was one day late.", ["one day"]),
])
def test_one_day_said_of_an_occasion_is_no_length(text: str, expected: list[str]) -> None:
    assert [v.text for v in extract_values(text) if v.kind == "duration"] == expected


# --------------------------------------------------------------------------- a participle describing a preposition's object


def test_a_noun_a_participle_describes_inside_a_phrase_is_no_doer() -> None:
    passage = "The harbour board sent a letter the next morning, saying that its chairman had met the fishermen."
    found = align("In a letter sent the morning after the protest, the harbour board said its chairman had met the "
                  "fishermen.", passage)
    assert term("letter") not in found.unattributed


# --------------------------------------------------------------------------- one report against a looser pool; a reporter is no party


def test_a_looser_pool_does_not_outweigh_one_hedged_sentence(seeds_checker: Checker) -> None:
    # 000: "Batyrbekova said the abuse of her grandson went on for months ..."; 001 pools "the
    # truth about abuse" with "... Nursultan Nazarbayev, where violence and rape go unpunished".
    result = seeds_checker.check_claim(Claim("r", "The abuse of Nursultan went on for months."))
    assert result.verdict == "partial"
    assert any(d.kind == "hedge" and "Batyrbekova" in d.source_value for d in result.disagreements)


def test_a_name_that_opens_a_report_is_the_reporter_not_a_party() -> None:
    found = align("Halden's flooding went on for weeks.",
                  "Mrs Hale said the flooding of her granddaughter's school went on for weeks.").differences
    assert not [d for d in found if d.kind == "entity"]
    assert [d.kind for d in align("Halden said the flooding went on for weeks.",
                                  "Mrs Hale said the flooding went on for weeks.").differences] == ["entity"]


# --------------------------------------------------------------------------- a description with a place before its noun

DOCKS = (
    "Dock Attack\n\n"
    "The family tracked down the van hours later and found the attackers still inside. A brother, Tom Halden, told "
    "the Courier that the family detained two of them on the spot."
)


def test_an_apposition_with_a_place_before_its_noun_describes_the_name(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "docks.txt", DOCKS)
    claim = "Tom Halden, the Leith victim's {}, told the Courier that the family detained two of the attackers."
    other = checker.check_claim(Claim("d", claim.format("father")))
    assert other.verdict == "contradicted"
    assert [(d.kind, d.claim_value, d.source_value) for d in other.disagreements] == [("entity", "father", "brother")]
    assert checker.check_claim(Claim("d", claim.format("brother"))).verdict != "contradicted"


def test_the_same_event_ordered_the_other_way_round_in_a_window_still_opposes() -> None:
    passage = ("On May 2, the day after the council met, Hale travelled with her son to the port to board a ferry. "
               "But before the ferry could sail, they were taken off by harbour police officers.")
    found = align("Police took Hale and her son off the ferry after it sailed.", passage).differences
    assert [(d.kind, d.claim_words, d.passage_words) for d in found if d.kind == "antonym"] == [
        ("antonym", "after", "before")]
