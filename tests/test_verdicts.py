"""Verdicts that notice what changed, end to end: claims about the seeds changed one way each,
and a corpus where parallel sentences about other events must not dispute a supported claim."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEEDS, write_tree

from factcheck import Checker, Claim, Corpus, Options, load_corpus

SOURCE_002 = "002_c17141c48ebfc846.txt"


@pytest.fixture(scope="module")
def checker(seeds: Corpus) -> Checker:
    return Checker(seeds)


def verdict_of(checker: Checker, text: str, *cite: str) -> tuple[str, set[tuple[str, str, str]]]:
    result = checker.check_claim(Claim("t", text, cite=cite))
    return result.verdict, {(d.kind, d.claim_value, d.source_value) for d in result.disagreements}


@pytest.mark.parametrize(("claim", "kind"), [
    ("Judge Taubai Qadyrbaev of the Turkistan Regional Court did not accept Batyrbekov's appeal.", "negation"),
    ("Judge Taubai Qadyrbaev of the Turkistan Regional Court rejected Batyrbekov's appeal.", "antonym"),
    ("He was freed after serving six months behind bars.", "number"),
    ("Batyrbekov was released from custody in March 2020.", "date"),
    ("'I am more of a mother to the child from southern Kazakhstan than his own mother,' said the boy's grandmother.",
     "entity"),
])
def test_a_changed_statement_is_contradicted_and_the_change_named(checker: Checker, claim: str, kind: str) -> None:
    verdict, disagreements = verdict_of(checker, claim)
    assert verdict == "contradicted"
    assert kind in {k for k, _, _ in disagreements}


def test_citing_the_source_does_not_hide_its_contradiction(checker: Checker) -> None:
    claim = "An appeals judge of the Turkistan Regional Court ordered his release in March 2020."
    assert verdict_of(checker, claim)[0] == verdict_of(checker, claim, SOURCE_002)[0] == "contradicted"
    assert ("date", "March 2020", "January 2020") in verdict_of(checker, claim, SOURCE_002)[1]


def test_a_dropped_hedge_makes_the_claim_partial_and_is_named(checker: Checker) -> None:
    verdict, disagreements = verdict_of(
        checker, "A group of young teens had beaten him up, dragged him to the ruins of an abandoned building "
                 "and took turns raping him.")
    assert verdict == "partial"
    assert any(kind == "hedge" and source == "reportedly" for kind, _, source in disagreements)


def test_the_unchanged_statements_stay_supported(checker: Checker) -> None:
    for claim in ("Judge Taubai Qadyrbaev of the Turkistan Regional Court accepted Batyrbekov's appeal.",
                  "'I am more of a mother to the child from southern Kazakhstan than his own mother,' said Baliyeva.",
                  "He was freed after serving four months in jail."):
        assert verdict_of(checker, claim)[0] == "supported", claim


def test_parallel_sentences_about_other_events_do_not_dispute(tmp_path: Path) -> None:
    write_tree(tmp_path, {
        "1921.txt": "Boston politics\n\nThe Boston mayoral election of 1921 occurred on Tuesday, December 13, 1921. "
                    "James Michael Curley won a second term.\n",
        "1903.txt": "Another year\n\nThe Boston mayoral election of 1903 occurred on Tuesday, December 15, 1903. "
                    "Patrick Collins won.\n",
    })
    checker = Checker(load_corpus([tmp_path]), Options(index=False))
    claim = "The Boston mayoral election of 1921 occurred on Tuesday, December 13, 1921."
    assert verdict_of(checker, claim)[0] == "supported"
    # An account of the same election that gives another date disputes it (the sources'
    # own disagreement, found by the cross-check).
    write_tree(tmp_path, {"1903.txt": "Records\n\nThe Boston mayoral election of 1921 occurred on Tuesday, "
                                      "December 20, 1921. James Michael Curley won a second term.\n"})
    disputed = Checker(load_corpus([tmp_path]), Options(index=False))
    assert verdict_of(disputed, claim)[0] == "disputed"


def test_the_closer_account_outweighs_looser_support_from_another_subject(tmp_path: Path) -> None:
    """A claim made from one sentence with one word turned into its opposite is contradicted by that
    sentence, even where an article about something else has all of the claim's (generic) words in
    sentences that say less of it each."""
    write_tree(tmp_path, {
        "korea.txt": "Geography of South Korea\n\nSouth Korea has 2,413 km of coast line along three seas. "
                     "There are about 3,000 islands. Most of them are found along the south and west coasts.\n",
        "achill.txt": "Achill Island\n\nKildamhnait on the south east coast of Achill is named after a saint.\n\n"
                      "The island is mostly bog. Rare plants are found in the bogs.\n",
    })
    checker = Checker(load_corpus([tmp_path]), Options(cross_check=False))
    verdict, disagreements = verdict_of(checker, "Most of them are found along the south and east coasts.")
    assert verdict == "contradicted"
    assert ("antonym", "east", "west") in disagreements


def test_a_source_that_states_the_claim_with_another_name_does_not_support_it_loosely(tmp_path: Path) -> None:
    """A sentence that restates the whole claim with another name outweighs the same source's looser
    sentences that share the claim's words one by one (the article on Carl Orff in the Wikipedia
    sample, shortened): the source is not consistent with the claim, whatever it says elsewhere."""
    write_tree(tmp_path, {"orff.txt": (
        "Carl Orff\n\nCarl Orff was a German composer. In addition to his career as a composer, Orff developed an "
        "influential approach toward music education for children.\n\n"
        "There he developed his theories of music education, having constant contact with children. "
        "In 1930, Orff published a manual titled \"Schulwerk\", in which he shares his method of conducting.\n\n"
        "These pieces are collectively called \"Musik für Kinder\" (\"Music for Children\"), and also use the "
        "term \"Schulwerk\".\n\n"
        "Huber's distraught wife begged Orff to use his influence to help her husband. "
        "Later in the same month he met with Clara Huber, who asked him to contribute to a memorial volume.\n\n"
        "Orff's ideas were developed, together with Gunild Keetman, into a very innovative approach to music "
        "education for children, known as the \"Orff Schulwerk\".\n")})
    checker = Checker(load_corpus([tmp_path, SEEDS]), Options(cross_check=False))
    claim = ("Orff's ideas were developed, together with Clara Huber, into a very innovative approach to music "
             "education for children, known as the \"Orff Schulwerk\".")
    verdict, disagreements = verdict_of(checker, claim)
    assert verdict == "contradicted"
    assert ("name", "Clara Huber", "Gunild Keetman") in disagreements
    assert verdict_of(checker, claim.replace("Clara Huber", "Gunild Keetman"))[0] == "supported"


def test_a_parallel_sentence_about_another_subject_does_not_contradict(tmp_path: Path) -> None:
    """Articles of one series say the same thing of different subjects (Wikipedia sample, two lizards
    of one genus): a sentence that differs from the claim in every name it states is about another
    lizard, not a contradiction; one that shares the claim's subject and swaps one name is."""
    write_tree(tmp_path, {
        "tilburyi.txt": "Acanthodactylus tilburyi\n\nAcanthodactylus tilburyi is a species of lizard in the family "
                        "Lacertidae. The specific name, \"tilburyi\", is in honor of South African herpetologist "
                        "Colin R. Tilbury.\n",
        "boskianus.txt": "Acanthodactylus boskianus\n\nAcanthodactylus boskianus is a species of lizard found in "
                         "North Africa. The specific name, \"boskianus\", is in honor of French naturalist Louis "
                         "Bosc.\n",
    })
    # The seeds beside them, so that the lizards' shared words ("specific name", "herpetologist") are as
    # rare as in a real corpus, where such a parallel sentence meets the claim on them.
    checker = Checker(load_corpus([tmp_path, SEEDS]), Options(cross_check=False))
    other = "The specific name, \"schmidti\", is in honor of American herpetologist Karl Patterson Schmidt."
    assert verdict_of(checker, other)[0] != "contradicted"
    swapped = "The specific name, \"tilburyi\", is in honor of South African herpetologist Louis Bosc."
    assert verdict_of(checker, swapped)[0] == "contradicted"
