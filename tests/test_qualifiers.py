"""A word that qualifies the next, left out or said otherwise by the source (000: "The country's
prosecutor general has appointed a special counsel to take charge of the case."; "Before all
the trouble began, Nursultan was a model pupil."; "... have been taken into custody for their
safety.")."""

from __future__ import annotations

import pytest

from factcheck import Checker, Claim, Corpus
from factcheck.lexicon.adjectives import load_clusters, same_cluster
from factcheck.match.align import align
from factcheck.match.qualifiers import unstated_qualifiers


@pytest.fixture(scope="module")
def checker(seeds: Corpus) -> Checker:
    return Checker(seeds)


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The country's prosecutor general has appointed a special counsel to take charge of the case.", "supported"),
    ("The country's regional prosecutor appointed a special counsel to take charge of the case.", "partial"),
    ("Before all the trouble began, Nursultan was a model pupil.", "supported"),
    ("Before all the trouble began, Nursultan was a poor pupil.", "partial"),
    # a light verb the index leaves out is still a verb in the claim's place
    ("The alleged perpetrators have been taken into custody for their safety.", "supported"),
    ("The alleged perpetrators have been released for their safety.", "partial"),
    # the source says "a small town" of Abay in another sentence: stated
    ("Abay is a small town of around 18,000 people.", "supported"),
    # 000 says "a local doctor" before it says "The doctor, the principal and ...": stated
    ("The local doctor, the school principal and one of the region's top policemen were all members of the "
     "influential Seltanov family.", "supported"),
    # 000: "The mother's arrival in Astana on March 16 set off another wave of outrage as the ombudswoman
    # appeared intent on delaying access to the child": another role in the possessor's place
    ("The ombudswoman's arrival in Astana on March 16 set off another wave of outrage.", "partial"),
    ("The mother's arrival in Astana on March 16 set off another wave of outrage.", "supported"),
    # 003: "..., regional authorities in the Almaty region have launched a new investigation": the
    # claim's possessor is not in the passage, the qualifier is compared all the same, and 003's
    # "national" elsewhere does not state it
    ("Kazakhstan's national authorities launched a new investigation after Musinova posted the video.", "partial"),
    ("Kazakhstan's regional authorities launched a new investigation after Musinova posted the video.",
     "supported"),
])
def test_a_qualifier_the_source_does_not_state_makes_the_claim_partial(checker: Checker, claim: str,
                                                                       verdict: str) -> None:
    assert checker.check_claim(Claim("t", claim)).verdict == verdict


@pytest.mark.parametrize(("claim", "passage", "words"), [
    ("The regional prosecutor spoke.", "The prosecutor spoke.", ["regional"]),
    ("He was a poor pupil.", "He was a model pupil.", ["poor"]),
    # WordNet synonyms, hedges, discourse adverbs and determiners qualify nothing the source lacks
    ("He was an exemplary pupil.", "He was a model pupil.", []),
    ("The alleged perpetrators fled.", "The perpetrators fled.", []),
    ("He also left the city.", "He left the city.", []),
    ("She won another award.", "She won an award.", []),
    # a noun before a verb is its subject, not a qualifier ("the child" / "the boy")
    ("He said the boy still lived in Abai.", "He said the child still lives in Abai.", []),
    # a verb in another verb's place is Alignment.replaced's to judge, in its own forms
    ("She became the youngest to accrue five nominations.", "She became the youngest to earn five nominations.", []),
    # a possessor only against another role (an office, a body, a kinship)
    ("The judge's ruling was upheld.", "The mother's ruling was upheld.", ["judge's"]),
    ("The victim's mother spoke.", "The girl's mother spoke.", []),
    # the passage's own modifiers between the same aligned words (001: "targeted with spyware by the
    # country's security services")
    ("They were targeted by foreign security services.", "They were targeted by the country's security services.",
     ["foreign"]),
    ("They were targeted by foreign security services.", "They were targeted by the foreign security services.", []),
    # no modifier there: a verb's phrase ("a bill banning sales" / "the bill to ensure sales")
    ("He backed a bill banning sales.", "He backed the bill to ensure sales.", []),
    # "the only ..." where the passage says no one else did nothing (002: "first reported by local journalist")
    ("He was the only journalist to report the story.", "The story was first reported by journalist Ivo Lind.",
     ["only"]),
    ("He was the only journalist to report the story.", "Ivo Lind was the sole journalist to report the story.", []),
])
def test_qualifiers_found_by_place(claim: str, passage: str, words: list[str]) -> None:
    alignment = align(claim, passage)
    found = unstated_qualifiers(alignment.claim, alignment.passage, alignment.anchors)
    assert [word for _, word, _ in found] == words
    assert alignment.qualifiers == found


@pytest.mark.parametrize(("a", "b", "same"), [
    ("great", "vast", True),     # both in the cluster of {large, big}
    ("older", "old", True),      # an inflection reads as its lemma
    ("big", "small", False),     # antonyms head two clusters
    ("poor", "model", False),
    ("pupil", "model", False),   # no adjective reading of "pupil"
])
def test_adjective_clusters(a: str, b: str, same: bool) -> None:
    assert same_cluster(a, b) is same


def test_the_cluster_table_has_every_row_well_formed() -> None:
    table = load_clusters()
    assert len(table) > 15_000
    assert all(word.isalpha() and word.islower() and heads for word, heads in table.items())
