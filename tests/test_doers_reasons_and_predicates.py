"""Kinds of change found by held-out set H10 on the seeds (session 44), each tested in other words
than the set's, on an article written for the test and on the seeds:

- a doer set off by an apposition in the source ("Lena Varga, a local painter, drew ...") is the
  doer of the verb after it, so another name before that verb in the claim contradicts;
- a plural possessor ("Reuters' Moscow bureau") is a name of its own, not part of the next one;
- a place and its adjective ("the Estonia border" / "the Estonian border") are one name;
- one unit of time with a hedge ("about a year") is a duration, compared with "four months";
- a month or a weekday is no party exchanged between two sentences of a window;
- a preposition alone ("based in Riga" / "the school in Tartu") is no name's place;
- a failure given as the reason ("dismissed for failing to report the damage") is the claim's own
  statement, and "reported that ..." of the source frames its sentence, it negates nothing;
- a negated verb the source negates in other words ("had not responded" / "received no reply"),
  or one whose only shared words are names, is no negation against the source;
- "telling him" / "warning him" are verbs, not WordNet's opposed adjectives;
- what a claim's subject phrase presupposes ("the dismissed director", "the four suspects")
  does not make a source half-state what the claim says they did.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim, Corpus
from factcheck.match.align import align
from factcheck.values import extract_values

HARBOUR = """Storm over the harbour

Lena Varga, a local painter, drew a poster contrasting the old fishing fleet with the new container port.

On June 2, one day after the regional website Portnews.ee published its account of the storm, the mayor travelled to the coast to inspect a damaged pier.

The harbour master, Oskar Lind, spent four months in hospital after the storm.

The town of Kolga lies just south of the Estonian border.

On June 9, the harbour office reported that the mayor had ordered the dismissal of the pier inspector.

The port authority and the police had not responded to requests for comment by Friday. Anna Berg is a reporter for the Baltic News Service.

The Baltic News Service made attempts to reach the harbour school in Tartu and the police in the county.

The mayor later told the ERR television channel that the pier would be rebuilt.

The 40-minute council meeting on the pier ended without a vote.

"The old pier is no longer safe for the fishing boats," the harbour master told reporters.
"""


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    return article_checker(tmp_path_factory.mktemp("harbour"), "harbour.txt", HARBOUR)


@pytest.fixture(scope="module")
def checker(seeds: Corpus) -> Checker:
    return Checker(seeds)


def disagreements(checker: Checker, text: str) -> tuple[str, list[tuple[str, str, str]]]:
    result = checker.check_claim(Claim("t", text))
    return result.verdict, [(d.kind, d.claim_value, d.source_value) for d in result.disagreements
                            if d.kind != "name_variant"]


def test_a_doer_set_off_by_an_apposition_is_the_doer_of_its_verb(harbour: Checker) -> None:
    assert disagreements(harbour, "Mikk Saar drew a poster contrasting the old fishing fleet with the new container port.") \
        == ("contradicted", [("entity", "Mikk Saar", "Lena Varga")])
    assert disagreements(harbour, "Lena Varga drew a poster contrasting the old fishing fleet with the new container port.") \
        == ("supported", [])


def test_a_plural_possessor_is_a_name_of_its_own() -> None:
    names = [v.text for v in extract_values("He was Reuters' Moscow bureau chief and joined the Farmers' Party.")
             if v.kind == "name"]
    assert names == ["Reuters", "Moscow", "Farmers' Party"]


def test_a_place_and_its_adjective_are_one_name(harbour: Checker) -> None:
    aligned = align("Kolga lies just south of the Estonia border.", "The town of Kolga lies just south of the Estonian border.")
    assert not [d for d in aligned.differences if d.kind == "entity"]
    assert harbour.check_claim(Claim("t", "Kolga lies just south of the Estonia border.")).verdict == "supported"


def test_one_unit_of_time_with_a_hedge_is_a_duration(harbour: Checker) -> None:
    durations = [(v.text, v.amount, v.unit) for v in extract_values("She spent nearly a month in prison.") if v.kind == "duration"]
    assert durations == [("nearly a month", 1.0, "month")]
    assert disagreements(harbour, "Oskar Lind spent about a year in hospital after the storm.") \
        == ("contradicted", [("number", "about a year", "four months")])
    assert harbour.check_claim(Claim("t", "Oskar Lind spent roughly four months in hospital after the storm.")).verdict \
        == "supported"


def test_a_weekday_is_no_party_exchanged_between_sentences(harbour: Checker) -> None:
    claim = "Neither the port authority nor the police had responded to the Baltic News Service by Friday."
    assert harbour.check_claim(Claim("t", claim)).verdict != "contradicted"


def test_one_preposition_is_no_place_of_a_name(harbour: Checker, checker: Checker) -> None:
    assert harbour.check_claim(Claim("t", "The Baltic News Service is based in Riga.")).verdict == "partial"
    # 004: "RFE/RL's Kazakh Service made attempts to contact the school in Qyzylorda ..."
    assert checker.check_claim(Claim("t", "RFE/RL's Kazakh Service has its headquarters in Prague.")).verdict == "partial"


def test_a_failure_given_as_the_reason_is_the_claims_own(harbour: Checker, checker: Checker) -> None:
    assert disagreements(harbour, "The mayor ordered the pier inspector dismissed for failing to report the damage.") \
        == ("partial", [])
    # The frame's own negation still counts: the report itself denied.
    assert disagreements(harbour, "The harbour office did not report that the mayor had ordered the dismissal of the pier inspector.") \
        == ("contradicted", [("negation", "not report", "reported")])
    # 004: "... reported that the province's governor had ordered the dismissal of the director ..."
    assert disagreements(checker, "The governor had the school director dismissed for failing to report the case.") \
        == ("partial", [])


def test_a_negation_the_source_states_in_other_words(checker: Checker) -> None:
    # 004: "... made attempts to contact the school in Qyzylorda and police in the region but
    # received no reply by the time of publication."
    claim = ("Neither the Qyzylorda school nor the police of the region had responded to RFE/RL's Kazakh Service "
             "when the article was published.")
    assert checker.check_claim(Claim("t", claim)).verdict != "contradicted"


def test_telling_and_warning_are_verbs_here() -> None:
    aligned = align("One of them said a caller kept telling him to leave town.",
                    "One of them said a caller kept warning him to leave town.")
    assert not [d for d in aligned.differences if d.kind == "antonym"]


@pytest.mark.parametrize("text", [
    # 004 says the director was dismissed, nothing of an appeal.
    "The sacked director of the Qyzylorda school appealed the decision in court.",
    # 003 says four suspects are in custody, nothing of a trial.
    "The four suspects in the Esik attack were later convicted by an Almaty court.",
])
def test_what_the_subject_presupposes_half_states_nothing(checker: Checker, text: str) -> None:
    assert checker.check_claim(Claim("t", text)).verdict == "not_found"


def test_a_possessor_organisation_is_not_stated_by_another(checker: Checker) -> None:
    # 004: "Before joining RFE/RL he was Central Asia bureau chief for Agence France-Presse."
    claim = "Before joining RFE/RL, Chris Rickleton worked as Reuters' Central Asia bureau chief."
    assert checker.check_claim(Claim("t", claim)).verdict != "supported"


def test_a_name_before_the_nouns_it_modifies_is_the_doer(tmp_path: Path) -> None:
    # The claim's station is no support of its own: the site that published is named in place.
    text = "The day before the pier visit, the ERR television channel published its account of the storm."
    assert article_checker(tmp_path, "harbour.txt", HARBOUR).check_claim(Claim("t", text)).verdict != "supported"


def test_at_one_point_is_when_not_how_many() -> None:
    assert [v.text for v in extract_values("At one point the ferry stopped; at one time it ran daily.")] == []
    assert [v.text for v in extract_values("The team scored one point.")] == ["one point"]


def test_at_one_point_leaves_the_amount_to_compare(checker: Checker) -> None:
    # 004: "... she was sending the group the equivalent of up to $6,000 a month."
    claim = "At one point the schoolgirl was sending the group the equivalent of up to $9,000 a month."
    assert disagreements(checker, claim) == ("contradicted", [("number", "up to $9,000", "up to $6,000")])


def test_two_lengths_of_one_thing(harbour: Checker) -> None:
    assert disagreements(harbour, "The council meeting on the pier lasted about two hours.") \
        == ("contradicted", [("number", "about two hours", "40-minute")])
    assert harbour.check_claim(Claim("t", "The council meeting on the pier lasted 40 minutes.")).verdict != "contradicted"


def test_a_cause_is_stated_only_by_a_passage_that_gives_one(harbour: Checker, checker: Checker) -> None:
    # The article says the painter drew the poster, and nothing of why, whatever words of the
    # reason its sentence has.
    claim = "Lena Varga drew a poster contrasting the old fishing fleet with the new container port because the container port was new."
    assert harbour.check_claim(Claim("t", claim)).verdict == "partial"
    # 003: "... Dina Smailova, who recently launched an online campaign called NeMolchi.kz ...
    # encouraging rape victims to speak out".
    claim = "Smailova recently launched NeMolchi.kz because rape victims were silent."
    assert checker.check_claim(Claim("t", claim)).verdict == "partial"
    # 000: "In order to provide for her son, she reportedly moved to Almaty ...": a purpose given.
    claim = "Nursultan's mother reportedly moved to Almaty in order to provide for her son."
    assert checker.check_claim(Claim("t", claim)).verdict == "supported"


@pytest.mark.parametrize("text", [
    # The article names the painter and the poster; nothing of an exhibition.
    "Lena Varga was a council member at the time of the storm.",
    # 003 names the authorities, the cafe and Esik; nothing of closing it.
    "The authorities demolished the karaoke cafe in Esik after the attack.",
])
def test_a_support_of_all_but_the_predicate_is_nothing_close(harbour: Checker, checker: Checker, text: str) -> None:
    source = harbour if "Varga" in text else checker  # (a subject with an apposition says more: partial)
    assert source.check_claim(Claim("t", text)).verdict == "not_found"


@pytest.mark.parametrize(("text", "expected"), [
    # Another thing in a quoted word's place: the speaker is made to say something else.
    ('"The old pier is no longer safe for the fishing children," the harbour master told reporters.', "contradicted"),
    ('"The old pier is no longer safe for the fishing boats," the harbour master told reporters.', "supported"),
    # Another word of another kind is a misquote, no other referent.
    ('"The old pier is no longer sound for the fishing boats," the harbour master told reporters.', "partial"),
])
def test_a_quoted_word_put_for_another_thing(harbour: Checker, text: str, expected: str) -> None:
    assert harbour.check_claim(Claim("t", text)).verdict == expected


def test_a_quotation_that_names_another_person_contradicts(checker: Checker) -> None:
    # 000: "... Seltanova told KTK" of the doctors' finding.
    result = checker.check_claim(Claim("t", '"The prosecutors established there was no evidence," Seltanova told KTK.'))
    assert result.verdict == "contradicted"
    assert [(d.kind, d.claim_value, d.source_value) for d in result.disagreements if d.kind == "quote"] \
        == [("quote", "prosecutors", "doctors")]
