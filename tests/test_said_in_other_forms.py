"""What a support says in another form than the claim's (session 45), tested in other words than
the seeds':

- a "where" clause set off by a comma after a name is the writer's own statement about that
  place, whatever report or role the name has in its own clause ("the union argued that the
  strikers had hoped to reach Gdynia, where the shipyard's owner lives");
- a claim's one predicate that the support states as an intention, or as a noun of the act
  ("got into an argument" for "argued"), is said there in another form: the claim is `partial`,
  not `not_found`;
- a place a window's other sentence gives is not the place of the claim's verb, where the
  verb stands in one sentence and the name only in the next ("took the twins ... to the
  capital, Tallinn" and "had wanted to go to Tartu");
- a closing phrase whose words the support's source has only far from it ("... on corruption",
  said of another reporter six sentences before) is the claim's own detail: `partial`;
- a verb paired with a like verb of another clause says the opposite where the clause of the
  claim's next words has its antonym ("started coming home" / "began to skip classes ...,
  when she ceased going home"), and an antonym outside that clause opposes nothing where the
  clause has a verb of its own;
- what a "for ... to" clause says ("paid for the widow to travel to Tartu") is a purpose, not a
  deed: it neither states nor opposes where she moved;
- what a report says someone would do ("said they would occupy the dry dock") is an intention,
  not a deed, as is what someone vowed, promised or pledged to do;
- a verb's antonym said of the same thing in the other voice contradicts ("the request was
  rejected by the council" / "the council approved the request") (session 46).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.index.bm25 import term
from factcheck.match.align import align

SHIPYARD = """Strike ends at the shipyard

Union leaders argued that the strikers had hoped to reach Gdynia, where the shipyard's owner lives.
Union leaders also argued that the owner's brother lives in Sopot.
The workers said they would occupy the dry dock until Friday.
The foreman and a welder got into an argument with two guards at the gate of the yard in Gdansk, the workers said.
"""


@pytest.mark.parametrize(("claim", "expected"), [
    # the supplement is the writer's: stated flatly
    ("The shipyard's owner lives in Gdynia.", "supported"),
    # a that-clause of "argued" is the union's: hedged
    ("The owner's brother lives in Sopot.", "partial"),
    # an intention: said, not done
    ("The workers occupied the dry dock.", "partial"),
    ("The workers vowed to occupy the dry dock.", "partial"),
    # a noun of the act says the verb in other words
    ("The foreman and a welder argued with two guards at the gate.", "partial"),
])
def test_what_is_said_in_another_form(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "shipyard.txt", SHIPYARD)
    assert checker.check_claim(Claim("t", claim)).verdict == expected


@pytest.mark.parametrize(("claim", "passage", "acts"), [
    ("They argued with the guards.", "They had an argument with the guards.", {"argue"}),
    ("The two ferries collided in the fog.", "The collision of the two ferries in the fog.", {"collide"}),
    ("The ferry departed on time.", "The ferry's departure was on time.", {"depart"}),
    ("The board dismissed the director.", "The director surprised the board.", set()),
])
def test_a_noun_of_the_act(claim: str, passage: str, acts: set[str]) -> None:
    assert align(claim, passage).named_acts() == {term(verb) for verb in acts}


TWINS = """Twins sent home

The twins had been staying with their grandmother in a small village near the lake since the floods.

On Friday, the coach took the twins, their aunt and a young cousin to the capital, Tallinn, insisting that would be the safest place for the twins. Relatives were angry and said that they had wanted to go to Tartu, where the twins' father works.

The club has not commented on the trip.
"""


@pytest.mark.parametrize(("claim", "expected"), [
    # Tartu is in the window's second sentence, the taking in its first (it was `supported`)
    ("The coach insisted on taking the twins to Tartu, saying it was the safest place for them.", "partial"),
    ("The coach insisted on taking the twins to Tallinn, saying it was the safest place for them.", "supported"),
    ("The twins' father works in Tartu.", "supported"),
])
def test_a_place_from_the_next_sentence(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "twins.txt", TWINS)
    assert checker.check_claim(Claim("t", claim)).verdict == expected


PORT = """Port papers under pressure

Local journalists in the region say their work has become harder every year.

The regional press council counted twelve cases of intimidation in 2021.

Reporter Ivo Tamm received threats after reports that exposed smuggling at the port of Parnu.

He was later fined for libel and left the town.

The port authority denied any wrongdoing.

Its director, Peeter Kask, said the ships were searched every week.

Customs officers made no arrests last year.

Another independent outlet, the Kolga Times, has been a target of harassment for years. On several occasions, its editor, Mari Sepp, has withstood threats and police pressure related to stories the paper has published.
"""


@pytest.mark.parametrize(("claim", "expected"), [
    # "smuggling" is Ivo Tamm's, five sentences before Mari Sepp's (it was `supported`)
    ("Mari Sepp has withstood threats and police pressure over the Kolga Times's reporting on smuggling.", "partial"),
    ("Mari Sepp has withstood threats and police pressure over stories the Kolga Times has published.", "supported"),
    ("Ivo Tamm received threats after reports on smuggling.", "supported"),
])
def test_a_detail_from_far_off(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "port.txt", PORT)
    assert checker.check_claim(Claim("t", claim)).verdict == expected


SHOP = ("Harbour shop\n\nAfter the storm, the harbour shop began to open on Sundays, and it kept its prices low "
        "until June, when it ceased selling fish altogether.\n")


@pytest.mark.parametrize(("claim", "expected"), [
    # "started" was paired with "began", the clause of "selling fish" has "ceased" (it was `supported`)
    ("In June, the harbour shop started selling fish again.", "contradicted"),
    # "stopped" was opposed to "open", the verb of another clause (it was `contradicted`)
    ("In June, the harbour shop stopped selling fish.", "supported"),
    ("After the storm, the harbour shop began to open on Sundays.", "supported"),
])
def test_an_antonym_in_the_clause_of_the_object(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "shop.txt", SHOP)
    assert checker.check_claim(Claim("t", claim)).verdict == expected


WIDOW = ("Family feud\n\nA local charity paid for the fisherman's widow to hire a lawyer and travel to Tartu.\n\n"
         "The widow moved to Estonia from Latvia in 2004.\n")


@pytest.mark.parametrize(("claim", "expected"), [
    # the journey is what the money was for (it was `supported`)
    ("The fisherman's widow moved to Tartu.", ("partial",)),
    # neither the purpose's Tartu nor Estonia says she did not move to Narva (it was `contradicted`)
    ("The fisherman's widow moved to Narva.", ("partial", "not_found")),
    ("The fisherman's widow moved to Finland from Latvia in 2004.", ("contradicted",)),
    ("A local charity paid for the fisherman's widow to travel to Tartu.", ("supported",)),
])
def test_a_purpose_and_a_country(tmp_path: Path, claim: str, expected: tuple[str, ...]) -> None:
    checker = article_checker(tmp_path, "widow.txt", WIDOW)
    assert checker.check_claim(Claim("t", claim)).verdict in expected


VOTES = ("Harbour votes\n\nIn March, the city council approved the harbour board's request for a new pier.\n\n"
         "The fishermen's petition was accepted by the port authority in May, after a long debate.\n")


@pytest.mark.parametrize(("claim", "expected"), [
    # a passive claim against an active source: the passive's subject is the active verb's object
    ("The harbour board's request for a new pier was rejected by the city council in March.", "contradicted"),
    ("The harbour board's request for a new pier was approved by the city council in March.", "supported"),
    # an active claim against a passive source (it was `partial`)
    ("In May the port authority rejected the fishermen's petition.", "contradicted"),
    ("In May the port authority accepted the fishermen's petition.", "supported"),
])
def test_an_antonym_in_the_other_voice(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "votes.txt", VOTES)
    assert checker.check_claim(Claim("t", claim)).verdict == expected
