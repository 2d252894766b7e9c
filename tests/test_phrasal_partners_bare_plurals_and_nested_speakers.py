"""Kinds found by held-out sets H31-H33 in session 58, each tested in other words than theirs:
a phrasal verb of the same particle as its source's ("switched off" / "turned off"), a settlement
named as "the city of X", a claim's "every" over its source's bare plural, a duration said as
"a month", two kinship nouns that name two people doing two things, and a quotation nested in
a report ("X told reporters the guard replied: '...'")."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_tree

from factcheck import Checker, Claim
from factcheck.match.align import align
from factcheck.match.synonyms import phrasal_partner_terms
from factcheck.run.pipeline import Options
from factcheck.sources.corpus import load_corpus
from factcheck.values import extract_values

STORY = """Ferry strike ends after three weeks

Dockworkers in the port city of Halvik have ended their strike, union officials said on Friday.

Union leader Petra Lund immediately turned off the loudspeakers and asked the crowd to go home. The strike had lasted three weeks.

Ferry crews in Halvik say they were never consulted about the new rosters.

The harbour master's daughter spoke at the rally. "We were promised a meeting. The manager told us: 'There is nothing to discuss,'" Lund told reporters.

The port's new timetable reached 12,000 passengers in just two days.
"""


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    root: Path = write_tree(tmp_path_factory.mktemp("halvik"), {"strike.txt": STORY})
    return Checker(load_corpus([root]), Options(index=False))


def verdict(checker: Checker, text: str) -> str:
    return checker.check_claim(Claim("t", text)).verdict


def test_phrasal_partners_share_their_particle() -> None:
    assert "turn" in phrasal_partner_terms("switched", "off")
    assert "turn" in phrasal_partner_terms("switched", "on")  # "turn on"
    assert phrasal_partner_terms("switched", "up") == frozenset()  # no phrasal verb "switch up" in WordNet


def test_a_phrasal_verb_of_the_same_particle_supports_and_its_negation_contradicts(checker: Checker) -> None:
    assert verdict(checker, "Petra Lund switched off the loudspeakers.") == "supported"
    assert verdict(checker, "Petra Lund did not switch off the loudspeakers.") == "contradicted"


def test_the_city_of_a_place_stands_where_the_place_does() -> None:
    alignment = align("Dockworkers in Marlow have ended their strike.",
                      "Dockworkers in the port city of Halvik have ended their strike.")
    assert [(d.kind, d.claim_words, d.passage_words) for d in alignment.contradicting] \
        == [("entity", "Marlow", "Halvik")]


def test_every_against_a_bare_plural_is_a_stronger_quantifier(checker: Checker) -> None:
    result = checker.check_claim(Claim("t", "Every ferry crew in Halvik says it was never consulted about the new rosters."))
    assert result.verdict == "partial"
    assert any(d.kind == "quantifier" and d.claim_value == "Every" for d in result.disagreements)


def test_a_determined_plural_is_no_bare_plural() -> None:
    alignment = align("All ferry crews were consulted.", "The ferry crews were consulted.")
    assert not [d for d in alignment.differences if d.kind == "quantifier"]


def test_a_month_after_a_verb_of_duration_is_a_duration() -> None:
    found = [(v.kind, v.text, v.amount, v.unit) for v in extract_values("It took a month to reach them; the talks lasted an hour.")]
    assert found == [("duration", "a month", 1.0, "month"), ("duration", "an hour", 1.0, "hour")]
    assert extract_values("It is a month of change.") == []


def test_a_duration_in_words_is_not_supported_by_another(checker: Checker) -> None:
    assert verdict(checker, "It took a month for the port's new timetable to reach 12,000 passengers.") != "supported"


def test_another_relative_doing_another_thing_is_no_opposite() -> None:
    alignment = align("The harbour master's son works for the union.", "The harbour master's daughter spoke at the rally.")
    assert not [d for d in alignment.differences if d.kind == "antonym"]
    alignment = align("The harbour master's son spoke at the rally.", "The harbour master's daughter spoke at the rally.")
    assert ("antonym", "son", "daughter") in [(d.kind, d.claim_words, d.passage_words) for d in alignment.differences]


def test_a_quotation_nested_in_a_report_is_the_inner_speakers(checker: Checker) -> None:
    nested = "Lund told reporters the manager replied: 'There is nothing to discuss.'"
    assert verdict(checker, nested) != "contradicted"
    wrong = "Lund told reporters the guard replied: 'There is nothing to discuss.'"
    assert verdict(checker, wrong) != "supported"


def test_another_name_in_a_relative_clause_is_no_place_of_the_claims() -> None:
    alignment = align("Union leader Petra Lund calls the Halvik crews' protest 'historic' in Norway.",
                      "The way the Halvik crews are protesting is \"historic\" in Norway, according to union leader "
                      "Petra Lund, who recently founded a campaign called FairPort.")
    assert not [d for d in alignment.differences if d.kind == "entity"]


def test_a_possessive_name_is_no_party_exchanged_between_sentences() -> None:
    alignment = align("On May 2 the mayor took Anna and her uncle to Bergen.",
                      "The family's arrival in Bergen on May 2 angered the mayor. The lawyer for Anna's family "
                      "waited outside the hall where the girl, her uncle and the mayor stayed.")
    assert not [d for d in alignment.differences if d.detail == "exchanged"]


def test_a_purpose_states_no_act_to_negate(tmp_path: Path) -> None:
    text = ("Police sent the striker to the Halvik clinic for a medical examination.\n\n"
            "The clinic's director later resigned.\n")
    purpose = Checker(load_corpus([write_tree(tmp_path, {"clinic.txt": text})]), Options(index=False))
    result = purpose.check_claim(Claim("t", "Police sent the striker to the Halvik clinic, where doctors refused to examine him."))
    assert result.verdict == "partial"
    assert "examine" in result.missing  # the examination is only what the striker was sent for


def test_a_length_of_two_units_stated_as_the_claim_gives_it_agrees() -> None:
    from factcheck.values.clashes import compare_values
    claim = "She was jailed for two years and three months."
    passage = "Her sentence of two years and three months in prison was cut, and she was freed after serving four months in jail."
    check = compare_values(extract_values(claim), extract_values(passage), claim, passage)
    assert [v.text for v in check.agreed] == ["two years and three months"] and not check.conflicts


def test_a_bare_plural_after_a_preposition_of_place_is_read_of_every_place() -> None:
    alignment = align("All ferry terminals in Norway must close on Sundays.",
                      "Trading in ferry terminals must close on Sundays, the ministry ruled.")
    assert not [d for d in alignment.differences if d.kind == "quantifier"]


@pytest.mark.parametrize("claim", [
    "The Village has sued the Ministry of Information.",  # both named in 002, as the ministry's note to the magazine
    "Adil Soz praised Azamat Maitanov.",  # 001: Adil Soz's report on the threats against him
    "Zagipa Baliyeva used to teach at a school in Almaty.",  # 000 names her, and Almaty; no school of hers
])
def test_what_no_source_says_of_the_names_it_states_is_not_found(seeds_checker: Checker, claim: str) -> None:
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == "not_found"


def test_a_quotation_that_inverts_its_source_contradicts_whatever_else_is_unstated(tmp_path: Path) -> None:
    text = "Readers wrote to the paper.\n\nOne comment read: \"It is hard not to be moved by the crews' courage.\"\n"
    quoting = Checker(load_corpus([write_tree(tmp_path, {"letters.txt": text})]), Options(index=False))
    claim = 'A retired sailor from Bergen wrote: "It is hard ... to be moved by the crews\' courage."'
    assert quoting.check_claim(Claim("t", claim)).verdict == "contradicted"


def test_a_sentence_dated_otherwise_beside_a_coarser_year_of_another_event_contradicts() -> None:
    from factcheck.values.clashes import compare_values
    claim = "Lund was given her fine in May 2021."
    passage = "Lund organised the first strike in 2021. In May 2022, she was fined for it."
    check = compare_values(extract_values(claim), extract_values(passage), claim, passage)
    assert [(c.text, p.text) for c, p in check.conflicts] == [("May 2021", "May 2022")]


@pytest.mark.parametrize(("claim", "expected"), [
    ("Amangeldy Batyrbekov got his prison sentence in September 2018.", "contradicted"),  # 002: September 2019
    ("Amangeldy Batyrbekov received his prison sentence in September 2019.", "supported"),
])
def test_an_act_named_by_its_noun_after_a_light_verb_is_the_passages_verb(seeds_checker: Checker, claim: str,
                                                                         expected: str) -> None:
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == expected


# Speakers of 000's quotation '"I am more of a mother to the child from southern Kazakhstan than
# his own mother, ..." Baliyeva exclaimed', given by description: 000 calls Sharipa Batyrbekova
# "his grandmother" and Zagipa Baliyeva "the government ombudswoman".
@pytest.mark.parametrize(("speaker", "expected"), [
    ("Nursultan's grandmother", "contradicted"),  # the source's grandmother is someone else
    ("The children's rights ombudswoman", "supported"),  # the source's description of Baliyeva
    ("A local teacher", "contradicted"),  # another speaker than the one the source names
])
def test_a_described_speaker_against_a_named_one(seeds_checker: Checker, speaker: str, expected: str) -> None:
    claim = f"{speaker} declared that she was \"more of a mother to the child from southern Kazakhstan than his own mother\"."
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == expected


def test_a_woman_of_an_office_is_a_common_noun() -> None:
    from factcheck.lexicon.nouns import is_common_noun
    assert is_common_noun("ombudswoman") and is_common_noun("Ombudswomen")
    assert not is_common_noun("Batyrbekova")


def test_a_name_in_title_case_keeps_its_first_word_at_a_sentence_start() -> None:
    names = [v.text for v in extract_values("Doctors Without Borders said the clinic in Halvik had closed.")
             if v.kind == "name"]
    assert names == ["Doctors Without Borders", "Halvik"]


def test_a_participle_report_hedges_only_what_it_reports(seeds_checker: Checker) -> None:
    # 000: "On March 16, Baliyeva took Nursultan, his grandmother and another female relative to
    # the capital, Astana, insisting that would be the safest place for the boy."
    assert seeds_checker.check_claim(Claim("t", "On March 16 Zagipa Baliyeva brought the boy and his grandmother "
                                                "to the capital, Astana.")).verdict == "supported"
    said = seeds_checker.check_claim(Claim("t", "Baliyeva moved the boy to Astana, the safest place for him."))
    assert said.verdict == "partial"


def test_a_passives_subject_is_no_doer_of_the_active_verb(seeds_checker: Checker) -> None:
    # 001 dates The Village's founding 2017; 003's "activist Dina Smailova, who recently
    # launched an online campaign" launched something else, and says nothing of The Village.
    result = seeds_checker.check_claim(Claim("t", "The Village was launched in 2015."))
    assert result.verdict == "contradicted"
    assert {e.source_id[:3] for e in result.evidence if e.stance == "contradicts"} == {"001"}


def test_counts_exchanged_between_two_nouns_contradict(seeds_checker: Checker) -> None:
    # 004: "... the group of three girls and one boy had deployed as leverage over her"
    swapped = seeds_checker.check_claim(Claim("t", "The mother said the group that deployed her daughter's nude photo "
                                                   "consisted of three boys and one girl."))
    assert swapped.verdict == "contradicted"
    assert {d.kind for d in swapped.disagreements} == {"number"}


@pytest.mark.parametrize(("adverb", "expected"), [
    ("entirely", "partial"),  # says more than "mostly", which does not deny it
    ("solely", "contradicted"),  # "only": excludes the rest that "mostly" leaves
])
def test_adverbs_of_degree_against_mostly(seeds_checker: Checker, adverb: str, expected: str) -> None:
    # 001: "The Village ... was established in 2017 as a light read mostly targeting readers from Almaty"
    result = seeds_checker.check_claim(Claim("t", f"The Village, founded in 2017, wrote {adverb} for readers in Almaty."))
    assert result.verdict == expected
    assert ("quantifier", adverb, "mostly") in [(d.kind, d.claim_value, d.source_value) for d in result.disagreements]


def test_a_reduced_relative_the_support_does_not_state_is_an_added_detail(seeds_checker: Checker) -> None:
    # 002: "Kazakhstan's Ministry of Information and Social Development said in a September 2
    # statement that it is 'ready to provide assistance to Village Kazakhstan'": where the
    # statement was published, it does not say.
    result = seeds_checker.check_claim(Claim("t", "In a September 2 statement published on Telegram, the Ministry of "
                                                  "Information and Social Development offered to help Village Kazakhstan."))
    assert result.verdict != "supported"


# False contradictions on the seeds, each in other words than the held-out claims that found them.
@pytest.mark.parametrize("claim", [
    "The boy's father lives in Uzbekistan.",  # 000: "... in which Nursultan and his grandmother live": two people's homes
    "Dina Smailova met the Musinov family at their home in Esik.",  # 003: "'unprecedented' in Kazakhstan, according to ... Smailova"
    "The March account by Informburo.kz was written by blogger Anastasia Shestayeva.",  # 000: Shestayeva, "a blogger who wrote a ... piece"
])
def test_no_contradiction_from_another_persons_state_a_country_or_an_author(seeds_checker: Checker, claim: str) -> None:
    assert seeds_checker.check_claim(Claim("t", claim)).verdict != "contradicted"


def test_a_town_may_lie_in_a_country_and_a_known_city_elsewhere_does_not() -> None:
    from factcheck.match.align import _may_lie_within
    assert _may_lie_within("Esik", "Kazakhstan") and _may_lie_within("Kazakhstan", "Almaty")
    assert not _may_lie_within("Almaty", "United States") and not _may_lie_within("Russian", "Kazakh")


def test_answered_reports_the_words_of_its_own_subject() -> None:
    alignment = align("Lund told reporters the manager answered the crews with 'There is nothing to discuss.'",
                      "The manager said: 'There is nothing to discuss.'")
    assert not [d for d in alignment.differences if d.kind == "entity"]


def test_two_parties_no_sentence_relates_are_not_supported_pooled(seeds_checker: Checker) -> None:
    # 000: "... Informburo.kz published its account of events" and, 26 sentences on, "Anastasia
    # Shestayeva, a blogger who wrote a widely cited piece on the scandal": nothing says she
    # wrote Informburo.kz's account.
    result = seeds_checker.check_claim(Claim("t", "The March account by Informburo.kz was written by blogger "
                                                  "Anastasia Shestayeva."))
    assert result.verdict == "partial"


def test_a_head_noun_no_source_has_is_an_added_adjunct(seeds_checker: Checker) -> None:
    # 003: "But Smailova, a former rape victim herself, praises the Musinov family's actions";
    # no seed tells of a visit, though 003 names Esik.
    assert seeds_checker.check_claim(Claim("t", "Dina Smailova praised the Musinov family during a visit to "
                                                "Esik.")).verdict == "partial"


def test_an_office_reporting_its_own_officers_act_hedges_nothing() -> None:
    passage = ("On May 3, the administration of Halvik County reported that the county's governor had ordered "
               "the closure of the ferry terminal.")
    assert not align("On May 3 the county governor ordered the ferry terminal closed.", passage).hedges
    other = "On May 3, the union reported that the county's governor had ordered the closure of the ferry terminal."
    assert align("On May 3 the county governor ordered the ferry terminal closed.", other).hedges


def test_a_length_said_with_long_is_how_long_the_subject_lasts() -> None:
    from factcheck.match.align import lasting_verb, measures_same_noun
    from factcheck.match.cues import tokenize
    claim = "The strike meeting was about two hours long."
    passage = "The 40-minute strike meeting ended without a vote."
    span = (claim.index("about"), claim.index(" long"))
    assert lasting_verb(tokenize(claim), span) is not None
    assert measures_same_noun(tokenize(claim), tokenize(passage), span, (4, 13))
    assert lasting_verb(tokenize("The meeting was about two hours late."), (16, 31)) is None


def test_a_place_the_source_names_only_as_a_person_is_not_stated() -> None:
    # 001: "... the golden heritage of 19th century poet Abai with the dark reality of rural
    # Kazakhstan, where violence and rape go unpunished": the poet, not the village.
    alignment = align("The rape of the boy in Abai went unpunished.",
                      "He juxtaposed the heritage of the poet Abai with rural Kazakhstan, where violence and rape go unpunished.")
    assert "abai" in alignment.unattributed


def test_a_negated_participle_finds_the_passages_that_say_the_participle(tmp_path: Path) -> None:
    from factcheck.index.bm25 import term
    from factcheck.match.cues import negated_participle_term
    from factcheck.match.retrieve import Matcher
    assert negated_participle_term("unpunished") == term("punished")
    assert negated_participle_term("unveiled") is None  # "unveil" is a verb of its own
    matcher = Matcher(load_corpus([write_tree(tmp_path, {"a.txt": "No one was ever punished for the fire.\n"})]))
    claim = matcher.claim_terms("The arson went unpunished.")
    assert term("punished") in claim.synonyms[term("unpunished")]


def test_a_pair_said_by_and_or_by_with_is_one_pair() -> None:
    from factcheck.match.align import _paired
    from factcheck.match.subjects import doers_made_objects
    claim = "Lund lives with her brother in Halvik."
    passage = "Halvik, the port in which Lund and her brother live, is north of the fjord."
    ours, theirs, pairs, *_ = _paired(claim, passage)
    assert doers_made_objects(ours, theirs, pairs) == frozenset()
    # (An object put before the verb as its doer still is: "... after one of the girls threatened to kill her".)
    ours, theirs, pairs, *_ = _paired("The victim threatened to kill one of the girls.",
                                      "One of the girls threatened to kill the victim.")
    assert doers_made_objects(ours, theirs, pairs)


def test_a_qualifier_the_passage_leaves_out_inside_quotation_marks_is_unstated() -> None:
    alignment = align("Lund says she received death threats.",
                      'The pilot "fears for his life" after receiving "threats", Lund said.')
    assert [q[1] for q in alignment.qualifiers] == ["death"]


def test_what_an_occasion_clause_says_was_done_is_the_claims_own(seeds_checker: Checker) -> None:
    # 004: "... jumped off the sixth floor of a building after a conflict with a would-be client
    # over her refusal to provide sexual services": no one says the client beat her.
    result = seeds_checker.check_claim(Claim("t", "The 17-year-old in Turkistan jumped off the sixth floor after a "
                                                  "would-be client assaulted her for refusing to provide sexual services."))
    assert result.verdict == "partial"


def test_an_adjunct_of_function_words_only_is_no_crash(checker: Checker) -> None:
    # A claim with words dropped, made by bench/scale.py from the Wikipedia sample: "by" and "of"
    # with nothing weighed between or after them (an IndexError in session 58, before its release).
    from factcheck.match.retrieve import ClaimTerms
    from factcheck.verdicts.decide import _added_adjunct
    text = "Lund succeeded Berg as harbour master, and followed only by a of"
    assert _added_adjunct(ClaimTerms(text, text.lower(), {}, ()), frozenset(), lambda keys: True) == frozenset()
    assert checker.check_claim(Claim("t", text)).verdict in ("partial", "not_found")


def test_in_a_single_day_is_a_duration_and_within_a_year_of_is_none() -> None:
    def durations(text: str) -> list[tuple[str, float | None, str]]:
        return [(v.text, v.amount, v.unit) for v in extract_values(text) if v.kind == "duration"]
    assert durations("The timetable reached 12,000 passengers within a single day.") == [("a single day", 1.0, "day")]
    assert durations("It was read by 40,000 people in a day.") == [("a day", 1.0, "day")]
    assert durations("He was arrested within a year of the attack.") == []
    assert durations("The ferry sails twice in a day.") == []


def test_a_day_against_24_hours_agrees_and_a_week_does_not(checker: Checker) -> None:
    # STORY: "The port's new timetable reached 12,000 passengers in just two days."
    assert verdict(checker, "The port's new timetable reached 12,000 passengers within two days.") == "supported"
    assert verdict(checker, "The port's new timetable reached 12,000 passengers in a week.") == "contradicted"


def test_a_compound_superlative_the_passage_ranks_nothing_with_is_unstated() -> None:
    alignment = align("The timetable was the most-read notice in the port's history.",
                      "The timetable was a widely read notice in the port.")
    assert "most" in alignment.superlatives()
