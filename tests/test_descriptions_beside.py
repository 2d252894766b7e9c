"""What a claim says a name is must stand beside the name in the source (session 32).

A claim's apposition or predicate noun ("Smailova is a former police officer", "Jon Dahl, a
retired teacher, ...") is stated only where a passage sets that noun beside the name: in the
apposition or predicate after it, right after it ("his online S-Inform newspaper"), or in the
title before it ("its chief editor, Lukpan Akhmediyarov", "her son's name, Bear"). The noun
elsewhere in the same sentence is said of someone else: 003 has "Smailova, a former rape victim
herself, praises ... convictions of rapists as well as of police officers". A phrase that only
looks like a description ("a news outlet in Kazakhstan", "the club to join Millwall", "her daily
SiriusXM show") describes no name.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim
from factcheck.match.retrieve import Matcher
from factcheck.models import Value
from factcheck.run.check import _described_as
from factcheck.sources.corpus import Corpus


@pytest.mark.parametrize(("claim", "expected"), [
    ("Smailova is a former police officer.", "partial"),
    ("Smailova is a former rape victim.", "supported"),
    ("Dina Smailova, an activist, launched an online campaign called NeMolchi.kz.", "supported"),
    ("Local journalist Amangeldy Batyrbekov was the first to report the story, in his online newspaper S-Inform.",
     "supported"),
    ("The Village, a news outlet in Kazakhstan, was founded in 2017 and mostly targeted readers in Almaty.",
     "supported"),
])
def test_a_description_beside_the_name_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    result = seeds_checker.check_claim(Claim("t", claim))
    assert result.verdict == expected
    if expected == "partial":
        assert "officer" in result.missing


LIBRARY = """\
Flood damages Eastgate library

Jon Dahl, a retired teacher, thanked the firefighters who pumped water out of the Eastgate library on Sunday.
The library's director, Maria Okafor, said that most of the children's books were saved.
Her deputy's name, Tom Reyes, was on the list of volunteers who dried the maps.
"""


@pytest.mark.parametrize(("claim", "expected"), [
    ("Jon Dahl is a firefighter.", "partial"),
    ("Jon Dahl is a retired teacher.", "supported"),
    ("Maria Okafor, the library's volunteer, said that most of the children's books were saved.", "partial"),
    ("Maria Okafor, the library's director, said that most of the children's books were saved.", "supported"),
    ("Her deputy, Tom Reyes, was on the list of volunteers who dried the maps.", "supported"),
])
def test_a_description_beside_the_name_in_other_words(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "library.txt", LIBRARY)
    assert checker.check_claim(Claim("t", claim)).verdict == expected


@pytest.mark.parametrize(("claim", "name", "head"), [
    ("Jon Dahl, a retired teacher, thanked them.", "Jon Dahl", {"teacher"}),
    ("The Village, a news outlet in Kazakhstan, was founded in 2017.", "The Village", set()),
    ("Reading announced that he had left the club to join Millwall.", "Millwall", set()),
    ("In 2018 she began her daily SiriusXM show.", "SiriusXM", set()),
    ("The attackers beat up the young woman's brother, Rustam.", "Rustam", {"brother"}),
])
def test_what_reads_as_a_description(seeds: Corpus, claim: str, name: str, head: set[str]) -> None:
    terms = Matcher(seeds).claim_terms(claim)
    start = claim.index(name)
    found, _ = _described_as(terms, Value("name", name, start, start + len(name)))
    assert {w for w in head if any(t.startswith(w[:4]) for t in found)} == head and len(found) == len(head)
