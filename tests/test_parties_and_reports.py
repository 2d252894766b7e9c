"""Who did what, and who said it: kinds of false `supported` left by new-user set L, each
tested on the seeds and on an article written for the test in other words.

- a place that owns a noun, said the other way ("the government of Kazakhstan" / "the Russian
  government");
- the two parties of a verb exchanged by the voice, with the agent described at length or an
  adverbial before "by" ("was contacted by the editorial office of The Village");
- the speaker and the one told exchanged ("Nursultan reportedly told his grandmother" /
  "Nursultan's grandmother told him");
- a name given the act of a description beside it ("the lawyer for Nursultan's mother being kept
  waiting outside the building in which ... Baliyeva were all cooped up");
- words a speaker reports as someone else's report ("Sain noted that Zhapisheva's article
  falsely stated ...") given to the speaker.
"""

from __future__ import annotations

import pytest
from conftest import article_checker

from factcheck import Checker, Claim
from factcheck.lexicon.places import is_place
from factcheck.values import extract_values
from factcheck.values.clashes import compare_values

HARBOUR = """Norwegian Fishing Fleet Faces New Quotas

OSLO -- The fishing fleet of northern Norway is bracing for new catch limits after months of talks.

The trawler company Nordhav has been declared a "high-risk operator" by the Swedish government, which cited repeated breaches of its waters.

The Norwegian Coast Guard said in a statement on Monday that its inspectors had boarded the vessels of Nordhav twice in May, but only to check their licences.

Ingrid Solberg, the head of the fishermen's union, said in an interview that the ministry's report wrongly claimed the harbour in Tromsø had been closed, whereas it had reopened in April.

The skipper's daughter, Maren, told her father that the nets had been cut during the night, the local paper reported.

Erik Haugen, a harbour master, warned his deputy that the storm would reach the fjord by midnight.

A video showing the driver for the mayor being stopped at the gate of the port, where the guards and Petrov were waiting, was shared widely.
"""


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    return article_checker(tmp_path_factory.mktemp("harbour"), "fleet.txt", HARBOUR)


def verdict(checker: Checker, text: str) -> str:
    return checker.check_claim(Claim("t", text)).verdict


# --- a place that owns a noun ------------------------------------------------------------------

@pytest.mark.parametrize(("claim", "passage", "clash"), [
    ("It was banned by the government of France.", "It was banned by the German government.", True),
    ("It was banned by France's government.", "It was banned by the government of Germany.", True),
    ("The town lies north of the Chile border.", "The town lies north of the Peru border.", True),
    ("It was banned by the government of France.", "It was banned by the French government.", False),
    # another noun: the places own different things, and say nothing of each other
    ("It was banned by the government of France.", "It was banned by the German courts.", False),
])
def test_a_place_owning_the_same_noun(claim: str, passage: str, clash: bool) -> None:
    check = compare_values(extract_values(claim), extract_values(passage), claim, passage)
    assert bool(check.conflicts) == clash


def test_places_are_wordnet_places() -> None:
    assert is_place("Kazakhstan") and is_place("Russian") and is_place("the Netherlands")
    assert not is_place("Ministry of Information") and not is_place("Nordhav")


@pytest.mark.parametrize(("text", "expected"), [
    # 002: 'RFE/RL has been declared an "undesirable organization" by the Russian government.'
    ("RFE/RL has been declared an undesirable organization by the government of Kazakhstan.", "contradicted"),
    ("RFE/RL has been declared an undesirable organization by the government of Russia.", "supported"),
])
def test_place_owning_a_noun_on_the_seeds(seeds_checker: Checker, text: str, expected: str) -> None:
    assert verdict(seeds_checker, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nordhav has been declared a high-risk operator by the government of Norway.", "contradicted"),
    ("Nordhav has been declared a high-risk operator by Norway's government.", "contradicted"),
    ("Nordhav has been declared a high-risk operator by the government of Sweden.", "supported"),
])
def test_place_owning_a_noun_in_other_words(harbour: Checker, text: str, expected: str) -> None:
    assert verdict(harbour, text) == expected


# --- the parties of a verb exchanged by the voice ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # 001: "The Ministry of Information sent a note ..., saying that its representative had indeed
    # contacted the editorial office of The Village, ..."
    ("The Ministry of Information was contacted by the editorial office of The Village.", "contradicted"),
    ("The editorial office of The Village was contacted by the Ministry of Information.", "supported"),
    ("The Ministry of Information contacted the editorial office of The Village.", "supported"),
])
def test_voice_with_a_described_agent_on_the_seeds(seeds_checker: Checker, text: str, expected: str) -> None:
    assert verdict(seeds_checker, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Norwegian Coast Guard was boarded twice in May by the vessels of Nordhav.", "contradicted"),
    ("The vessels of Nordhav were boarded twice in May by the Norwegian Coast Guard.", "supported"),
    ("The Norwegian Coast Guard boarded the vessels of Nordhav twice in May.", "supported"),
])
def test_voice_with_words_before_by(harbour: Checker, text: str, expected: str) -> None:
    assert verdict(harbour, text) == expected


# --- the speaker and the one told ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # 000: "A group of young teens had beaten him up, ..., Nursultan reportedly told his grandmother."
    ("Nursultan's grandmother reportedly told him that a group of young teens had beaten him up.", "contradicted"),
    ("The grandmother told Nursultan that a group of young teens had beaten him up.", "contradicted"),
    ("Nursultan reportedly told his grandmother that a group of young teens had beaten him up.", "supported"),
])
def test_speaker_and_listener_on_the_seeds(seeds_checker: Checker, text: str, expected: str) -> None:
    assert verdict(seeds_checker, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Maren's father told her that the nets had been cut during the night.", "contradicted"),
    ("Her father told Maren that the nets had been cut during the night.", "contradicted"),
    ("The harbour master's deputy warned him that the storm would reach the fjord by midnight.", "contradicted"),
    ("Erik Haugen warned his deputy that the storm would reach the fjord by midnight.", "supported"),
])
def test_speaker_and_listener_in_other_words(harbour: Checker, text: str, expected: str) -> None:
    assert verdict(harbour, text) == expected


def test_the_wrong_speaker_is_named(seeds_checker: Checker) -> None:
    result = seeds_checker.check_claim(Claim(
        "t", "Nursultan's grandmother reportedly told him that a group of young teens had beaten him up."))
    [entity] = [d for d in result.disagreements if d.kind == "entity"]
    assert entity.claim_value == "Nursultan's grandmother"
    assert entity.source_value.startswith("Nursultan")


# --- a report of someone else's report ----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # 001: "... Aruzhan Sain, noted in a Facebook post that Zhapisheva's article falsely stated the
    # child still lives in the Abai village, whereas he had been relocated with his mother years ago."
    ("Aruzhan Sain said the child still lives in the Abai village.", "contradicted"),
    ("Aruzhan Sain said that Zhapisheva's article stated the child still lives in the Abai village.", "supported"),
    ("Sain noted that the child had been relocated with his mother.", "supported"),
])
def test_report_of_a_report_on_the_seeds(seeds_checker: Checker, text: str, expected: str) -> None:
    assert verdict(seeds_checker, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ingrid Solberg said the harbour in Tromsø had been closed.", "contradicted"),
    ("Ingrid Solberg said the ministry's report claimed the harbour in Tromsø had been closed.", "supported"),
    ("Ingrid Solberg said the harbour in Tromsø had reopened in April.", "supported"),
])
def test_report_of_a_report_in_other_words(harbour: Checker, text: str, expected: str) -> None:
    assert verdict(harbour, text) == expected


def test_the_inner_speaker_is_named(harbour: Checker) -> None:
    result = harbour.check_claim(Claim("t", "Ingrid Solberg said the harbour in Tromsø had been closed."))
    [entity] = [d for d in result.disagreements if d.kind == "entity"]
    assert (entity.claim_value, entity.source_value) == ("Ingrid Solberg", "ministry's report")
    assert HARBOUR[entity.value_start:entity.value_end] == entity.source_value


# --- a name given the act of a description beside it --------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # 000: "Footage showing the lawyer for Nursultan's mother being kept waiting outside the building in
    # which the boy, his grandmother and Baliyeva were all cooped up was widely shared online."
    ("Baliyeva was kept waiting outside the building.", "partial"),
    ("Baliyeva arrived in Astana on March 16 and was kept waiting outside the building.", "partial"),
    ("The lawyer for Nursultan's mother was kept waiting outside the building.", "supported"),
    # 003: "The 30-year-old victim's mother posted a video appeal ... late one evening.Shattering the
    # silence ..., Gulbadar Musinova took to YouTube": a name in the next sentence, glued, may be hers
    ("Gulbadar Musinova posted a 3 1/2-minute video appeal on YouTube after the attack on her daughter.",
     "supported"),
])
def test_name_beside_a_described_doer_on_the_seeds(seeds_checker: Checker, text: str, expected: str) -> None:
    assert verdict(seeds_checker, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Petrov was stopped at the gate of the port.", "partial"),
    ("Petrov arrived at the port and was stopped at the gate of the port.", "partial"),
    ("The driver for the mayor was stopped at the gate of the port.", "supported"),
    ("Petrov was waiting at the gate of the port.", "supported"),
])
def test_name_beside_a_described_doer_in_other_words(harbour: Checker, text: str, expected: str) -> None:
    assert verdict(harbour, text) == expected


def test_the_name_is_missing(harbour: Checker) -> None:
    assert harbour.check_claim(Claim("t", "Petrov was stopped at the gate of the port.")).missing == ("Petrov",)
