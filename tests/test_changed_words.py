"""Changes a bag of words cannot see: a quotation's "she", a verb put in another's place, a place
named in another role, a name moved to another clause. Real text of the seeds, and a news
paragraph written for the kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker, write_tree

from factcheck import Checker, Claim, Corpus, load_corpus
from factcheck.lexicon.noun_kinds import are_sisters, other_kin
from factcheck.lexicon.verbs import verb_relation, verb_senses
from factcheck.match.align import align
from factcheck.match.cues import quoted, tokenize


@pytest.fixture(scope="module")
def checker(seeds: Corpus) -> Checker:
    return Checker(seeds)


def check(checker: Checker, text: str, quote: str | None = None):  # type: ignore[no-untyped-def]
    return checker.check_claim(Claim("t", text, quote=quote))


def check_in(tmp_path: Path, files: dict[str, str], text: str):  # type: ignore[no-untyped-def]
    """A claim checked against a folder of the given files, written under ``tmp_path``."""
    write_tree(tmp_path, files)
    return Checker(load_corpus([tmp_path])).check_claim(Claim("t", text))


# 003: '... praises the Musinov family's actions ... crimes."It wasn't an oversight on the police's
# behalf, it was involvement in the crime," she adds': "she" is Smailova, named in the sentence before.
OVERSIGHT = "It wasn't an oversight on the police's behalf, it was involvement in the crime"


@pytest.mark.parametrize("speaker", ["Gulbadar Musinova", "Zholaman Musinov"])
def test_a_quotation_given_to_a_pronoun_is_the_named_speakers_before_it(checker: Checker, speaker: str) -> None:
    result = check(checker, f'{speaker} said: "{OVERSIGHT}."', OVERSIGHT)
    assert result.verdict == "contradicted"
    found = [d for d in result.disagreements if d.kind == "entity"]
    assert found and found[0].claim_value == speaker and found[0].source_value == "she"
    assert found[0].detail == "speaker: she is Smailova"


def test_the_speaker_a_pronoun_stands_for_is_supported(checker: Checker) -> None:
    assert check(checker, f'Dina Smailova said: "{OVERSIGHT}."', OVERSIGHT).verdict == "supported"


NEWS = ("Harbour plan approved\n\n"
        "Councillor Ivan Petrov opened the debate on Monday. Planning officer Olga Marsh, who drafted the report, "
        "answered the objections.\n\"The harbour wall will be finished before the winter storms,\" she said.\n"
        "Petrov said the vote had been close. \"We listened to every fisherman in the town,\" he added.\n")


@pytest.mark.parametrize(("claim", "verdict"), [
    ('Ivan Petrov said: "The harbour wall will be finished before the winter storms."', "contradicted"),
    ('Olga Marsh said: "The harbour wall will be finished before the winter storms."', "supported"),
    ('Olga Marsh said: "We listened to every fisherman in the town."', "contradicted"),
    ('Petrov said: "We listened to every fisherman in the town."', "supported"),
])
def test_she_and_he_are_resolved_by_gender_and_nearness(tmp_path: Path, claim: str, verdict: str) -> None:
    result = check_in(tmp_path, {"harbour.txt": NEWS}, claim)
    assert result.verdict == verdict


def test_a_passage_that_starts_inside_the_quotation_names_no_speaker() -> None:
    # 004: the quotation opens a sentence earlier; the pronoun's own sentence does not say who spoke,
    # and "Kazakhstan's" inside the editor's brackets is no speaker.
    passage = ("In one case we investigated in [Kazakhstan's largest city] Almaty...they dyed the girls' hair "
               "different colors so that the client would understand that they are minors,\" she said.")
    claim = "Smailova said that in one case in Almaty the girls' hair was dyed different colors."
    assert not [d for d in align(claim, passage).differences if d.kind == "entity"]


def test_a_verb_replaced_by_one_wordnet_does_not_relate_is_not_supported(checker: Checker) -> None:
    # 001: "His initial sentence of two years and three months in prison was overturned on appeal".
    result = check(checker, "Batyrbekov's initial sentence of two years and three months was upheld on appeal.")
    assert result.verdict != "supported"
    assert "upheld" in result.missing


@pytest.mark.parametrize("claim", [
    # 001: "she started receiving threatening phone calls, allegedly from public officials."
    "Zhapisheva started getting threatening phone calls, allegedly from public officials.",
    # 001: "on September 1 The Village wrote a public complaint on its Telegram channel"
    "On September 1 The Village published a public complaint on its Telegram channel.",
])
def test_a_verb_replaced_by_a_wordnet_relative_is_a_paraphrase(checker: Checker, claim: str) -> None:
    assert check(checker, claim).verdict == "supported"


def test_a_place_named_as_a_destination_is_not_where_it_happened(checker: Checker) -> None:
    # 000: "... to the nearest large city, Shymkent, to board a train to the former capital, Almaty.
    # But before the train could depart, they were pulled off by local police officers".
    result = check(checker, "Batyrbekova and Nursultan were pulled off a train in Almaty by local police officers.")
    assert result.verdict != "supported"
    assert "Almaty" in result.missing
    assert check(checker, "Batyrbekova traveled with Nursultan to Shymkent to board a train to Almaty.").verdict \
        == "supported"


def test_readers_from_a_city_are_readers_in_it(checker: Checker) -> None:
    # 001: "... mostly targeting readers from Almaty": origin and position are not told apart.
    result = check(checker, "The Village was established in 2017 as a light read mostly targeting readers in Almaty.")
    assert result.verdict == "supported"


def test_a_name_found_in_another_clause_does_not_fill_its_place(checker: Checker) -> None:
    # 003: "She said they beat up the young woman's relative, Rustam, then forced Zhibek into a car".
    result = check(checker, "The attackers forced Rustam into a car and sped away.")
    assert result.verdict == "contradicted"
    assert ("entity", "Rustam", "Zhibek") in {(d.kind, d.claim_value, d.source_value) for d in result.disagreements}
    assert check(checker, "The attackers forced Zhibek into a car and sped away.").verdict == "supported"


@pytest.mark.parametrize(("a", "b", "relation"), [
    ("getting", "receiving", "synonym"),
    ("published", "wrote", "synonym"),
    ("got", "secure", "hypernym"),
    ("went", "took", "hypernym"),
    ("opened", "closed", "sister"),
    ("upheld", "overturned", "unrelated"),
    ("released", "arrested", "unrelated"),
    ("Monday", "arrested", None),
])
def test_wordnet_relates_verbs_through_any_sense(a: str, b: str, relation: str | None) -> None:
    assert verb_relation(a, b) == relation == verb_relation(b, a)


def test_irregular_and_inflected_forms_reach_their_verb() -> None:
    assert verb_senses("upheld") == verb_senses("uphold") != frozenset()
    assert verb_senses("stopped") == verb_senses("stop")
    assert verb_senses("the") == frozenset()


def test_a_verb_of_one_wordnet_synset_in_the_same_place_states_the_claims(checker: Checker) -> None:
    # 000: "The school principal was similarly dismissive and declined to take the matter further."
    # "refuse" and "decline" share a synset, though not as "decline"'s first sense ("grow worse").
    assert check(checker, "The school principal refused to take the matter any further.").verdict == "supported"


@pytest.mark.parametrize(("claim", "verdict"), [
    # 003: "Smailova says the vast majority of rapes in Kazakhstan go unreported."
    ("Activist Dina Smailova says most rapes in Kazakhstan are never reported.", "supported"),
    ("Activist Dina Smailova says the vast majority of rapes in Kazakhstan are reported.", "contradicted"),
])
def test_a_negating_prefix_is_a_negation(checker: Checker, claim: str, verdict: str) -> None:
    result = check(checker, claim)
    assert result.verdict == verdict
    if verdict == "contradicted":
        assert ("negation", "reported", "unreported") in {(d.kind, d.claim_value, d.source_value)
                                                          for d in result.disagreements}


@pytest.mark.parametrize(("word", "split"), [
    ("unreported", True), ("unpaid", True), ("unopposed", True), ("unknown", True),
    ("unveiled", False),   # "unveil" is a verb of its own
    ("united", False), ("undermined", False), ("unusual", False),
])
def test_only_a_participle_whose_rest_is_a_verb_loses_its_prefix(word: str, split: bool) -> None:
    from factcheck.match.cues import PREFIX_NEGATION, tokenize
    tokens = tokenize(f"The claims went {word} for years.")
    assert (tokens[3].folded == PREFIX_NEGATION) is split
    assert "".join(f"{t.folded}" for t in tokens[3:3 + 1 + split]).replace(PREFIX_NEGATION, "un") == word


def test_a_verb_right_before_the_same_aligned_word_is_in_its_place(checker: Checker) -> None:
    # 003: "... regional authorities in the Almaty region have launched a new investigation and
    # arrested four suspects."
    result = check(checker, "After Musinova posted the video, regional authorities in the Almaty region released "
                            "four suspects.")
    assert result.verdict != "supported" and "released" in result.missing
    assert check(checker, "After Musinova posted the video, regional authorities in the Almaty region arrested "
                          "four suspects.").verdict == "supported"


def test_a_report_set_off_by_commas_is_a_hedge(checker: Checker) -> None:
    # 003: "In many cases, she says, perpetrators settle the matter with the victim's family outside
    # court through a practice known as "forgiveness.""
    result = check(checker, "In many cases, rape perpetrators in Kazakhstan settle the matter with the victim's "
                            "family outside court through a practice called forgiveness.")
    assert result.verdict == "partial"
    assert "hedge" in {d.kind for d in result.disagreements}


@pytest.mark.parametrize("claim", [
    # 004: "Dina Smailova, the head of the NeMolchi.kz foundation, ... said the men who used the victim
    # deserved to be viewed as "pedophiles" despite the fact that she was registered as being 18 years
    # old on the website." and '"She, too, had been registered on the Kazakh "Girls" website," Smailova said.'
    'Smailova was registered as being 18 years old on the "Girls" website.',
])
def test_the_one_who_reports_is_not_the_one_reported_on(checker: Checker, claim: str) -> None:
    result = check(checker, claim)
    assert result.verdict != "supported"
    assert "Smailova" in result.missing


def test_the_reporter_may_be_the_claims_speaker(checker: Checker) -> None:
    # The same sentence, as the claim of what Smailova said.
    claim = 'Smailova said the men who used the victim deserved to be viewed as "pedophiles".'
    assert check(checker, claim).verdict == "supported"


LISTING = ("Hall of Science\n\nThis neoclassical building by architect Rosa Lind was dedicated in 1924 and is "
           "listed on the National Register of Historic Places. In September 2019, the hall was closed for repairs.\n")


@pytest.mark.parametrize(("claim", "verdict"), [
    # another event's date: the listing's date is not given, the dedication's is
    ("The building was added to the National Register of Historic Places on January 24, 2017.", "not contradicted"),
    # the same event, its date stated after a fronted adverbial
    ("The hall was closed for repairs in 2017.", "contradicted"),
    ("The building by architect Rosa Lind was dedicated in 1931.", "contradicted"),
])
def test_a_date_of_another_event_does_not_contradict(tmp_path: Path, claim: str, verdict: str) -> None:
    found = check_in(tmp_path, {"hall.txt": LISTING}, claim).verdict
    assert found in ("partial", "not_found") if verdict == "not contradicted" else found == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    # 003: 'A brother, Zholaman Musinov, told RFE/RL's Current Time that the family "detained two of
    # them" ... The family handed over the suspects to authorities at the Esik district police station'
    ("The authorities handed over the suspects to the family at the Esik district police station.", "contradicted"),
    ("According to Zholaman Musinov, the authorities at the Esik district police station handed the suspects "
     "over to the family.", "contradicted"),
    ("The family handed over the suspects to the authorities at the Esik district police station.", "supported"),
])
def test_parties_of_one_verb_exchanged_are_an_entity_difference(checker: Checker, claim: str, verdict: str) -> None:
    assert check(checker, claim).verdict == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    # 000: "But before the train could depart, they were pulled off by local police officers"
    ("Batyrbekova and Nursultan were pulled off the train by local police after it departed.", "contradicted"),
    ("Batyrbekova and Nursultan were pulled off the train by local police before it departed.", "supported"),
])
def test_an_event_moved_to_the_other_side_of_another_is_an_antonym(checker: Checker, claim: str,
                                                                    verdict: str) -> None:
    result = check(checker, claim)
    assert result.verdict == verdict
    if verdict == "contradicted":
        assert ("antonym", "after", "before") in {(d.kind, d.claim_value, d.source_value)
                                                  for d in result.disagreements}


@pytest.mark.parametrize(("claim", "verdict"), [
    # 002: "The story was first reported by local journalist Amangeldy Batyrbekov, who wrote in his
    # online S-Inform newspaper ..."
    ("Asem Zhapisheva first reported the boy's story in her online newspaper S-Inform.", "contradicted"),
    ("Amangeldy Batyrbekov first reported the story in his online S-Inform newspaper.", "supported"),
])
def test_another_doer_in_the_other_voice_is_an_entity_difference(checker: Checker, claim: str, verdict: str) -> None:
    result = check(checker, claim)
    assert result.verdict == verdict
    if verdict == "contradicted":
        assert ("entity", "Asem Zhapisheva", "Amangeldy Batyrbekov") in {
            (d.kind, d.claim_value, d.source_value) for d in result.disagreements}


def test_a_name_after_a_preposition_is_no_doer() -> None:
    # WiCE dev (Buckingham Palace page): "open" has no opener there, and the claim's passive agent
    # is compared with nobody.
    passage = ("Although in use for the many official events and receptions held by The Queen, the State Rooms "
               "at Buckingham Palace are open to visitors every summer.")
    claim = "It was officially opened by Brian Wilkins, who had been using the beach since 1938."
    assert not [d for d in align(claim, passage).differences if d.detail == "agent"]


def test_an_adverb_set_off_by_commas_is_no_speaker(checker: Checker) -> None:
    # 004: "A young relative of the victim, meanwhile, told RFE/RL's Kazakh Service ... that the family
    # was now seeking prosecution of one of those parents ..., believing the individual may be an accomplice."
    result = check(checker, "A young relative of the victim said the family believes one of the suspects' parents "
                            "may be an accomplice.")
    assert result.verdict != "contradicted"
    assert not [d for d in result.disagreements if d.kind == "entity"]


def test_failure_to_is_a_negation_like_failing_to(checker: Checker) -> None:
    # 004: '... a case had been filed against the parents of the suspects under charges of "failure to
    # fulfill the duties of raising a minor."'
    assert check(checker, "A case was filed against the suspects' parents for failing to fulfil their duty of "
                          "raising a minor.").verdict == "supported"


def test_an_ellipsis_after_a_determiner_hides_a_head(checker: Checker) -> None:
    # 000: "The school principal was similarly dismissive and declined to take the matter further."
    result = check(checker, "The doctor was dismissive and declined to take the matter further.",
                   "The ... was similarly dismissive and declined to take the matter further.")
    assert result.quote_check is not None and result.quote_check.status == "close"
    assert [theirs for _, theirs in result.quote_check.differences] == ["school principal"]
    assert result.verdict != "supported"


@pytest.mark.parametrize(("claim", "verdict"), [
    # 003: 'A brother, Zholaman Musinov, told RFE/RL's Current Time that the family "detained two of them"
    # on the spot'; 'She said the accused were "behaving like they can get away with anything."'
    ("According to Rustam, the family detained two of the attackers on the spot.", "contradicted"),
    ("According to Zholaman Musinov, the family handed the suspects over to the authorities at the Esik "
     "district police station.", "supported"),
    ("Zholaman Musinov said the accused were behaving like they could get away with anything.", "contradicted"),
    # 000: "Beibitkul Seltanova, the headmistress of the school attended by the accused attackers, said
    # the allegations were likely just an attempt at blackmail."
    ("Sharipa Batyrbekova said the allegations were probably just an attempt at blackmail.", "contradicted"),
    # ... and a "likely" the claim drops from what she said is her hedge, named
    ("Beibitkul Seltanova said the allegations were just an attempt at blackmail.", "partial"),
    ("Beibitkul Seltanova said the allegations were likely just an attempt at blackmail.", "supported"),
])
def test_reports_given_to_someone_else(checker: Checker, claim: str, verdict: str) -> None:
    assert check(checker, claim).verdict == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    # 000: "On March 14, one day after prominent news website Informburo.kz published its account of
    # events and public interest began to mount, Batyrbekova traveled with Nursultan to the nearest
    # large city, Shymkent, ..."
    ("Informburo.kz published its account of events the day after Batyrbekova and Nursultan travelled to "
     "Shymkent.", "contradicted"),
    ("Batyrbekova travelled with Nursultan to Shymkent one day after Informburo.kz published its account of "
     "events.", "supported"),
])
def test_two_events_on_each_others_side_of_after(checker: Checker, claim: str, verdict: str) -> None:
    assert check(checker, claim).verdict == verdict



# 004: '"One of her friends from Instagram helped bring her home. ... I will file charges against
# everyone who touched her -- more than 1,000 people -- ...," the mother said.' The mother is never
# named; Smailova, who heads a foundation, is named elsewhere in the article, and called "the head of
# the NeMolchi.kz foundation" there: the words are not hers (session 38: the source read whole).
@pytest.mark.parametrize(("claim", "verdict"), [
    ("Smailova said she would file charges against everyone who touched the Qyzylorda victim.", "contradicted"),
    ("The mother of the Qyzylorda victim said she would file charges against everyone who touched her daughter.",
     "supported"),
    # The quotation opens sentences before its speaker: "the mother" is found after it closes.
    ("Smailova said a friend from Instagram helped bring the girl home.", "partial"),
    ("The victim's mother said one of her friends from Instagram helped bring her home.", "supported"),
])
def test_words_given_to_a_description_are_not_a_named_speakers(checker: Checker, claim: str, verdict: str) -> None:
    result = check(checker, claim)
    assert result.verdict == verdict
    if verdict == "partial":
        assert any("smailova" in m.lower() for m in result.missing)


FERRY = ("Ferry service cut\n\n"
         "The regional transport agency will cut the winter ferry timetable. Its spokeswoman, Anna Berg, "
         "spoke to reporters on Friday.\n\"Two crossings a day will remain until March,\" the spokeswoman said.\n"
         "Union leader Piotr Nowak called the cut a mistake on Saturday.\n"
         "\"The islanders were never asked. They will lose their jobs,\" the union said in a statement.\n")


@pytest.mark.parametrize(("claim", "verdict"), [
    # The text before the quotation sets the name beside the description's noun.
    ("Anna Berg said two crossings a day will remain until March.", "supported"),
    ("The union said the islanders were never asked.", "supported"),
    # Named in the sentence before, but the quotation is the union's, after it closes.
    ("Piotr Nowak said the islanders were never asked.", "partial"),
])
def test_a_description_speaker_is_the_name_set_beside_it(tmp_path: Path, claim: str, verdict: str) -> None:
    assert check_in(tmp_path, {"ferry.txt": FERRY}, claim).verdict == verdict


def test_a_text_that_starts_inside_a_quotation_is_quoted_up_to_its_closing_mark() -> None:
    tokens = tokenize('will file charges against everyone," the mother said.')
    flags = dict(zip((t.folded for t in tokens), quoted(tokens), strict=True))
    assert flags["charges"] and flags["everyone"] and not flags["mother"] and not flags["said"]
    # An apostrophe glued to a word closes nothing: "the parents' lawyer said".
    tokens = tokenize("the parents' lawyer said it was over.")
    assert not any(quoted(tokens))


@pytest.mark.parametrize(("text", "verdict"), [
    # The passive's agent in the sentence that states the verb.
    ("The bridge was designed in 1932 by the engineer Anna Kowalska. She later painted the railings green.",
     "supported"),
    # The sentence that states the verb has no agent; the name is only in the next one.
    ("The bridge was designed in 1932. Anna Kowalska later painted the railings green.", "partial"),
])
def test_a_passive_agent_is_stated_by_the_sentence_of_its_verb(tmp_path: Path, text: str, verdict: str) -> None:
    claim = "The bridge was designed in 1932 by Anna Kowalska."
    assert check_in(tmp_path, {"bridge.txt": f"Bridge history\n\n{text}\n"}, claim).verdict == verdict


def test_a_founder_from_another_sentence_is_not_stated(checker: Checker) -> None:
    # 002: "The Village ... was established in 2017 as a light read ..."; Zhapisheva is the
    # journalist of its September 1 article, named in other sentences.
    result = check(checker, "The Village was founded in 2017 by Assem Zhapisheva.")
    assert result.verdict == "partial"
    assert any("zhapisheva" in m.lower() for m in result.missing)


@pytest.mark.parametrize(("author", "verdict"), [
    ("Amangeldy Batyrbekov", "contradicted"),
    ("Asem Zhapisheva", "supported"),
])
def test_pooled_pieces_do_not_outweigh_the_one_sentence_that_says_it(checker: Checker, author: str,
                                                                      verdict: str) -> None:
    # 002: "The article, published on September 1 and written by journalist Asem Zhapisheva, ...";
    # 001 and 002 also say "Batyrbekov ... wrote about the rape" and "on September 1 The Village
    # wrote a public complaint", which together have every word of the false claim.
    result = check(checker, f"The September 1 article was written by {author}.")
    assert result.verdict == verdict
    if verdict == "contradicted":
        assert [(d.kind, d.claim_value, d.source_value) for d in result.disagreements] == [
            ("entity", author, "Asem Zhapisheva")]


@pytest.mark.parametrize(("place", "verdict"), [
    ("the education sector", "supported"),
    # 002 speaks of the police elsewhere ("police officers who help cover up such crimes" is 003's).
    ("the police", "partial"),
])
def test_another_thing_after_the_same_word_and_preposition(checker: Checker, place: str, verdict: str) -> None:
    # 002: "... sentenced for libel in 2019, after reports that unveiled cases of corruption in the
    # education sector."
    result = check(checker, f"Batyrbekov was sentenced for libel after reports that unveiled corruption in {place}.")
    assert result.verdict == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    # 004: "... Smailova, ... who faces charges of fraud if she ever returns to Kazakhstan." (002
    # speaks of Batyrbekov's libel charges.)
    ("Dina Smailova faces charges of fraud if she ever returns to Kazakhstan.", "supported"),
    ("Dina Smailova faces charges of libel if she ever returns to Kazakhstan.", "partial"),
    # 002: "... threats from local authorities and relatives and friends of the convicted boys.": the
    # object runs on past a word the claim has earlier ("the boy and his family")
    ("The report focused on the problems the boy and his family continue to face, including threats from "
     "relatives and friends of the victim.", "partial"),
])
def test_another_thing_after_of(checker: Checker, claim: str, verdict: str) -> None:
    assert check(checker, claim).verdict == verdict


FIRE = ("House fire\n\nThe fire started in the kitchen shortly after midnight, the fire service said. "
        "Neighbours saw smoke coming from the garage roof.\n")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The fire started in the kitchen shortly after midnight.", "supported"),
    ("The fire started in the garage shortly after midnight.", "partial"),
])
def test_a_thing_named_elsewhere_does_not_fill_the_slot_of_another(tmp_path: Path, claim: str, verdict: str) -> None:
    assert check_in(tmp_path, {"fire.txt": FIRE}, claim).verdict == verdict


@pytest.mark.parametrize(("vehicle", "verdict"), [
    ("the train", "supported"),
    # 000 speaks of a train in the sentence before: "to board a train to the former capital, Almaty.
    # But before the train could depart, they were pulled off by local police officers".
    ("a bus", "partial"),
])
def test_another_thing_of_the_same_kind_is_not_the_claims(checker: Checker, vehicle: str, verdict: str) -> None:
    claim = f"Batyrbekova and Nursultan were pulled off {vehicle} by local police officers before it could depart."
    assert check(checker, claim).verdict == verdict


@pytest.mark.parametrize(("a", "b", "sisters"), [
    ("bus", "train", True), ("buses", "trains", True), ("mother", "father", True), ("city", "town", True),
    ("jail", "gaol", False),        # one synset: synonyms
    ("police", "sector", False),    # unrelated first senses
    ("people", "masses", False),    # a kind of 12 ({group}): too broad to tell things apart
    ("one", "two", False),          # the digits, a kind of 10
])
def test_sister_nouns_share_the_hypernym_of_their_first_senses(a: str, b: str, sisters: bool) -> None:
    assert are_sisters(a, b) is sisters


# 003: '"Those men who raped my daughter should be ashamed, not us."'
@pytest.mark.parametrize(("word", "verdict"), [("ashamed", "supported"), ("blamed", "partial")])
def test_a_claim_that_quotes_another_word_is_not_supported(checker: Checker, word: str, verdict: str) -> None:
    quote = f"Those men who raped my daughter should be {word}, not us."
    result = check(checker, f'The mother said: "{quote}"', quote)
    assert result.verdict == verdict
    assert result.quote_check is not None
    assert result.quote_check.status == ("exact" if word == "ashamed" else "close")


def test_a_misquote_beside_a_paraphrase_leaves_its_verdict(checker: Checker) -> None:
    # claims/abai-case.yaml's example: the sentence paraphrases 000 truly; its quote field misquotes.
    result = check(checker, "The ombudswoman Zagipa Baliyeva said she was more of a mother to the child than his own "
                   "mother.", "I am more of a mother to the boy from southern Kazakhstan than his real mother")
    assert result.verdict == "supported"
    assert result.quote_check is not None and result.quote_check.status == "close"


# 000: '"How, how and one more time how have we sunk to this? No courts, no investigation?" wrote
# Eldar Tulebayev in a typical response.' Its second sentence starts inside the quotation.
@pytest.mark.parametrize(("speaker", "verdict"), [("Eldar Tulebayev", "supported"), ("Zagipa Baliyeva", "contradicted")])
def test_a_short_quotation_is_given_to_its_speaker(checker: Checker, speaker: str, verdict: str) -> None:
    assert check(checker, f'{speaker} wrote: "No courts, no investigation?"').verdict == verdict


def test_a_closing_mark_after_a_question_mark_closes() -> None:
    tokens = tokenize("No courts, no investigation?\u201d wrote Eldar Tulebayev in a typical response.")
    flags = dict(zip((t.folded for t in tokens), quoted(tokens), strict=True))
    assert flags["courts"] and flags["investigation"] and not flags["wrote"] and not flags["tulebayev"]


SPILL = ("Harbour spill\n\nA formal complaint was filed against the shipping company by the harbour council on "
         "Monday. The council's director said the company had ignored three warnings.\n")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The harbour council filed a formal complaint against the shipping company on Monday.", "supported"),
    # The passive's doer made the party the active verb acts upon.
    ("The shipping company filed a formal complaint against the harbour council on Monday.", "contradicted"),
    # The speaker and the one spoken of in each other's places.
    ("The company's director said the council had ignored three warnings.", "contradicted"),
])
def test_parties_exchanged_across_voice_and_report(tmp_path: Path, claim: str, verdict: str) -> None:
    result = check_in(tmp_path, {"spill.txt": SPILL}, claim)
    assert result.verdict == verdict
    if verdict == "contradicted":
        assert any(d.kind == "entity" and d.detail == "exchanged" for d in result.disagreements)


@pytest.mark.parametrize(("place", "verdict"), [("inside", "supported"), ("outside", "contradicted")])
def test_an_opposed_word_is_judged_in_its_own_place(tmp_path: Path, place: str, verdict: str) -> None:
    # The claim's "outside" also ends the passage: the matching of words in order pairs the two.
    claim = f"Police found the stolen car {place} the garage."
    text = "Stolen car found\n\nPolice found the stolen car inside the old garage before neighbours spotted the keys outside.\n"
    assert check_in(tmp_path, {"car.txt": text}, claim).verdict == verdict


def test_how_and_when_someone_spoke_is_stated_by_the_attribution(checker: Checker) -> None:
    # 004: '"She was in fact younger ...," Smailova said in an interview with RFE/RL on August 16.'
    # Smailova is the one who reports, and the claim is about her speaking, not about what she said.
    assert check(checker, "Smailova gave an interview to RFE/RL on August 16.").verdict == "supported"


@pytest.mark.parametrize(("first", "later", "verdict"), [
    ("a family bakery", "a music cafe", "supported"),
    ("a music cafe", "a family bakery", "contradicted"),
])
def test_a_first_and_a_later_state_in_each_others_places(tmp_path: Path, first: str, later: str,
                                                         verdict: str) -> None:
    claim = f"The shop on Mill Street began as {first} and later became {later}."
    text = "Old shop\n\nThe shop on Mill Street opened in 1990 as a family bakery. It later became a music cafe.\n"
    assert check_in(tmp_path, {"shop.txt": text}, claim).verdict == verdict


@pytest.mark.parametrize(("order", "verdict"), [("after", "supported"), ("before", "contradicted")])
def test_a_day_counted_the_other_way_from_the_same_event(tmp_path: Path, order: str, verdict: str) -> None:
    claim = f"The mayor resigned the day {order} the council voted on the harbour plan."
    text = ("Town hall\n\nThe council voted on the harbour plan on Monday. The mayor resigned the following day, "
            "citing his health.\n")
    assert check_in(tmp_path, {"town.txt": text}, claim).verdict == verdict


HQ = ("Company news\n\nIn 2019 the company moved its headquarters to Oslo, the capital, to be near its largest "
      "customers. Its founders were unhappy and argued that they had wanted to stay in Bergen, where the firm began.\n")


@pytest.mark.parametrize(("moved", "wanted", "verdict"), [
    # The claim keeps the report ("said" for "argued"): no hedge is dropped.
    ("Oslo", "Bergen", "supported"),
    # The two places each in the other's sentence.
    ("Bergen", "Oslo", "contradicted"),
])
def test_a_kept_report_and_names_exchanged_across_sentences(tmp_path: Path, moved: str, wanted: str,
                                                            verdict: str) -> None:
    claim = (f"In 2019 the company moved its headquarters to {moved}, although its founders said they had "
             f"wanted to stay in {wanted}.")
    assert check_in(tmp_path, {"hq.txt": HQ}, claim).verdict == verdict


ORCHESTRA = ("Anna Holm\n\nAnna Holm is a Norwegian violinist. She left Bergen in 2014 and joined the Stavanger "
             "Symphony Orchestra in 2015. She played first violin there until 2020.\n")


@pytest.mark.parametrize(("pronoun", "verdict"), [
    ("she", "contradicted"),   # the article's "she": another orchestra
    ("he", "not_found"),       # someone the article does not speak of: no contradiction
])
def test_a_he_is_not_the_she_a_passage_speaks_of(tmp_path: Path, pronoun: str, verdict: str) -> None:
    claim = f"In 2015, {pronoun} joined the Oslo Symphony Orchestra."
    assert check_in(tmp_path, {"holm.txt": ORCHESTRA}, claim).verdict == verdict


# 004: '"What we see is a trend now toward trapping younger and younger girls into sex work,"
# Smailova added.'
@pytest.mark.parametrize(("end", "status"), [(".", "exact"), (",", "exact"), ("", "exact"), ("?", "close")])
def test_a_quotations_final_stop_belongs_to_the_citing_sentence(checker: Checker, end: str, status: str) -> None:
    quote = f"What we see is a trend now toward trapping younger and younger girls into sex work{end}"
    result = check(checker, f'Smailova said: "{quote}"', quote)
    assert result.quote_check is not None and result.quote_check.status == status
    if status == "exact":
        assert result.verdict == "supported"


@pytest.mark.parametrize(("a", "b", "other"), [
    ("grandmother", "mother", True), ("aunt", "niece", True), ("sons", "daughter", True),
    ("parents", "mother", False),  # a parent is stated by "mother": its hypernym
    ("mother", "mother", False), ("mother", "boy", False),  # "boy" is no kinship term
])
def test_kinship_nouns_name_other_relatives(a: str, b: str, other: bool) -> None:
    assert other_kin(a, b) is other


@pytest.mark.parametrize(("claim", "verdict"), [
    # 000: "Baliyeva also made a point of repeatedly disparaging Nursultan's mother and demanding
    # that she finally make herself known."
    # (another relative in the place of the claim's, the words after it the same: another
    # person, an entity difference, session 50)
    ("Baliyeva repeatedly disparaged Nursultan's grandmother and demanded that she finally make herself known.",
     "contradicted"),
    ("Baliyeva repeatedly disparaged Nursultan's mother and demanded that she finally make herself known.",
     "supported"),
    # 001: "Locals—including the victim's parents, ...—tried to cover up the story ..., until the boy's
    # grandmother managed to catch the attention of journalist Amangeldy Batyrbekov.": the passage's
    # "parents" are someone else's, elsewhere
    ("The boy's parents succeeded in catching the attention of journalist Amangeldy Batyrbekov.", "partial"),
    ("The boy's grandmother managed to catch the attention of journalist Amangeldy Batyrbekov.", "supported"),
])
def test_another_relative_in_the_same_place_is_not_the_claims(checker: Checker, claim: str, verdict: str) -> None:
    assert check(checker, claim).verdict == verdict


def test_a_name_shares_no_place_with_another_through_one_the(checker: Checker) -> None:
    # 003: "The family handed over the suspects to authorities at the Esik district police station,
    # the mother said. But they were set free after a denial ...": "the Musinov family" and "the
    # Esik district" share only "the", and the family's words are paired elsewhere
    result = check(checker, "The suspects handed over by the Musinov family were set free after a denial.")
    assert result.verdict == "supported"
    assert not [d for d in result.disagreements if d.kind == "entity"]


def test_a_lesser_pooled_sentence_does_not_unsay_a_word_the_best_one_states(checker: Checker) -> None:
    # 003: '"Why should I be ashamed?" the mother asks in the video ... "Those men who raped my
    # daughter should be ashamed, not us."' states "men" in its place; another sentence pooled
    # beside it, which has other people there, does not unsay it
    result = check(checker, 'The victim\'s mother says in the video: "Those men who raped my daughter should be '
                            'ashamed, not us."')
    assert result.verdict == "supported" and not result.missing


LEAGUE = ("Club history\n\nMarta Kell served as chairwoman of the youth league for eleven years. "
          "She also coached the under-12 team.\n\nThe club moved twice. Its first ground was by the river. "
          "The new stadium was opened in 2018 by the mayor.\n")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Marta Kell served as chairwoman of the youth league for eleven years.", "supported"),
    # WiCE dev04146's kind: the year only in a sentence about something else
    ("Marta Kell served as chairwoman of the youth league until 2018.", "partial"),
])
def test_a_sentence_that_shares_only_a_value_joins_no_pool(tmp_path: Path, claim: str, verdict: str) -> None:
    write_tree(tmp_path, {"club.txt": LEAGUE})  # cited, as WiCE's claims cite their page
    result = Checker(load_corpus([tmp_path])).check_claim(Claim("t", claim, cite=("club.txt",)))
    assert result.verdict == verdict


@pytest.mark.parametrize(("term", "verdict"), [("two years and three months", "supported"),
                                               ("three years and two months", "contradicted")])
def test_a_clause_set_off_by_commas_does_not_hide_a_clash_in_the_main_one(checker: Checker, term: str,
                                                                          verdict: str) -> None:
    # 002: "In September 2019, he was sentenced to two years and three months in prison on libel
    # charges."; the relative clause is stated by another sentence ("... first reported by ...
    # Amangeldy Batyrbekov in his online newspaper S-Inform")
    result = check(checker, "Batyrbekov, who first reported the story in his online S-Inform newspaper, was "
                            f"sentenced in September 2019 to {term} in prison.")
    assert result.verdict == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    # 004: "... Smailova, ... who faces charges of fraud if she ever returns to Kazakhstan."
    ("Smailova faces fraud charges if she ever returns to Kazakhstan.", "supported"),
    ("Smailova faces embezzlement charges if she ever returns to Kazakhstan.", "partial"),
    # 003: "... Smailova says the vast majority of rapes in Kazakhstan go unreported": "great" is
    # compared with "vast", not with "rapes"
    ("Smailova says the great majority of rapes in Kazakhstan go unreported.", "supported"),
])
def test_a_kind_said_before_its_noun_against_one_after_of(checker: Checker, claim: str, verdict: str) -> None:
    assert check(checker, claim).verdict == verdict


@pytest.mark.parametrize(("speaker", "verdict"), [("Gulbadar Musinova", "supported"), ("Dina Smailova", "contradicted")])
def test_she_said_twice_is_the_speaker_named_before(checker: Checker, speaker: str, verdict: str) -> None:
    # 003: "A visibly shaken Gulbadar Musinova gave a detailed account of the August 13 attack on her
    # daughter, Zhibek, ... .She said Zhibek and a male relative ... . She said they beat up the young
    # woman's relative, Rustam, then forced Zhibek into a car and sped away.": the names after an
    # earlier "She said" are what she said; "Gulbadar Musinova gave" is a name before its verb,
    # not a name that modifies a noun ("the Musinov family")
    result = check(checker, f"{speaker} said the attackers beat up Rustam and then forced Zhibek into a car.")
    assert result.verdict == verdict


# (Session 36, from held-out set V: "was accepted by Judge Qurmanghazy Musir" against "Judge
# Taubai Qadyrbaev of the Turkistan Regional Court accepted": a title both share, and the doer
# named before "of the ...".)
MERGER = ("Harbour merger\n\n"
          "Lawyer Marta Holm, who represented the dock unions, had asked for a public hearing.\n\n"
          "The two ferry companies had run rival routes across the fjord since the 1990s. Their owners "
          "argued that a single operator could keep the winter timetable going.\n\n"
          "In March 2021, Judge Elin Sorensen of the Bergen District Court approved the merger and ordered the "
          "sale of two terminals.\n")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The merger was approved by Judge Marta Holm in March 2021.", "contradicted"),
    ("The merger was approved by Judge Elin Sorensen in March 2021.", "supported"),
])
def test_another_titled_doer_in_the_other_voice(tmp_path: Path, claim: str, verdict: str) -> None:
    result = article_checker(tmp_path, "merger.txt", MERGER).check_claim(Claim("t", claim))
    assert result.verdict == verdict
    if verdict == "contradicted":
        assert ("entity", "Judge Marta Holm", "Judge Elin Sorensen") in {
            (d.kind, d.claim_value, d.source_value) for d in result.disagreements}
