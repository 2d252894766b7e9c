"""Statements a bag of words reads as supported, from held-out set H12 (session 47), each written
here in other words:

- the name a copula gives the claim's subject, "The judge who accepted the appeal ... was X",
  against the passage's title before another name, "Judge Y of ... accepted the appeal"
  (a specificational copula, Higgins 1979): `contradicted`;
- an apposition of a common noun, "The skipper's wife, a nurse, spoke ...", that no passage
  states: `partial`, as an apposition of a name is;
- a superlative, "the most popular weekly paper", against the plain degree, "a popular weekly
  paper": `partial` (not contradicted: the plain degree does not deny it); "most" before a
  noun is a quantifier ("most complaints"), not a superlative;
- a report the source calls untrue, "falsely reported the ferry still sails", against a claim
  that it does: `negation`; a claim that keeps the falsity ("was wrong about when the ferry
  sails") is not contradicted;
- the subject of a clause said in other words, "Councillor Drummond dismissed the complaints as
  ..." against "Morag Fenwick, the harbour master ..., said the complaints were ...": another
  doer of the same statement, whose name a pooled sentence cannot supply.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.match.align import align

HARBOUR = ("Harbour dispute\n\n"
           "Morag Fenwick, the harbour master of Port Elrick for a decade, said the complaints were probably "
           "an attempt to win compensation.\n\n"
           "The ferry company has run the crossing to the island since 1987.\n\n"
           "Ian Drummond, a councillor who chairs the ferry committee, argued that the whole licensing system "
           "was at fault.\n\n"
           "In March, Judge Alison Reid of the Elrick Sheriff Court accepted the skipper's appeal and ordered "
           "the boat returned.\n\n"
           "The skipper's wife, who spoke to reporters anonymously, said the boat had been seized twice.\n\n"
           "The Elrick Gazette, a popular weekly paper in the county, was founded in 1921.\n\n"
           "Councillor Ian Drummond noted in a letter that the Gazette falsely reported the ferry still sails "
           "on Sundays.\n")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The judge who accepted the skipper's appeal at the Elrick Sheriff Court was Morag Fenwick.", "contradicted"),
    ("The judge who accepted the skipper's appeal at the Elrick Sheriff Court was Alison Reid.", "supported"),
    ("The skipper's wife, a nurse, spoke to reporters anonymously.", "partial"),
    ("The skipper's wife spoke to reporters anonymously.", "supported"),
    ("The Elrick Gazette is the most popular weekly paper in the county.", "partial"),
    ("The Elrick Gazette is a popular weekly paper in the county.", "supported"),
])
def test_who_and_how_much(tmp_path: Path, claim: str, verdict: str) -> None:
    assert article_checker(tmp_path, "harbour.txt", HARBOUR).check_claim(Claim("t", claim)).verdict == verdict


def test_a_report_called_false_negates_what_it_reports() -> None:
    passage = "Councillor Ian Drummond noted in a letter that the Gazette falsely reported the ferry still sails on Sundays."
    found = align("Ian Drummond wrote in a letter that the ferry still sails on Sundays.", passage).differences
    assert [(d.kind, d.claim_words) for d in found if d.kind == "negation"] == [("negation", "sails")]
    kept = align("Ian Drummond wrote that the Gazette was wrong about when the ferry sails on Sundays.", passage)
    assert not [d for d in kept.differences if d.kind == "negation"]


def test_most_before_a_noun_is_no_superlative() -> None:
    passage = "The harbour master said complaints about the ferry are rarely answered."
    assert not align("Most complaints about the ferry are rarely answered.", passage).superlatives()
    assert align("It is the most popular ferry.", "It is a popular ferry.").superlatives() == frozenset({"most"})


def test_another_subject_of_the_same_clause_is_another_doer() -> None:
    claim = "Councillor Ian Drummond dismissed the complaints as probably an attempt to win compensation."
    passage = ("Morag Fenwick, the harbour master of Port Elrick for a decade, said the complaints were probably "
               "an attempt to win compensation.")
    alignment = align(claim, passage)
    names = [d for d in alignment.differences if d.kind == "entity"]
    assert names and alignment.doer_of_one_clause(names[0].claim_span, names[0].passage_span)
    other = align("Councillor Ian Drummond dismissed the complaints about the ferry timetable.", passage)
    assert not any(other.doer_of_one_clause(d.claim_span, d.passage_span) for d in other.differences
                   if d.kind == "entity")
