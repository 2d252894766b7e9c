"""How many did it: "just one" against "several", and "All of the ..." pooled from sentences that
speak of others (session 36, from held-out sets U and V: "just one Kazakh journalist was
targeted" / "several journalists had been targeted"; "All of the teenagers who raped the boy in
Abai were prosecuted", supported by sentences that never say "prosecuted")."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.match.cues import tokenize
from factcheck.match.predicates import passive_participle

FERRIES = ("Ferry inspections\n\n"
           "Harbour inspectors found that several ferries had been sailing without valid safety certificates.\n")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Harbour inspectors found that just one ferry had been sailing without a valid safety certificate.",
     "contradicted"),
    ("Harbour inspectors found that only one ferry had been sailing without a valid safety certificate.",
     "contradicted"),
    ("Harbour inspectors found that several ferries had been sailing without valid safety certificates.",
     "supported"),
])
def test_one_alone_against_several_is_a_quantifier(tmp_path: Path, claim: str, verdict: str) -> None:
    result = article_checker(tmp_path, "ferries.txt", FERRIES).check_claim(Claim("t", claim))
    assert result.verdict == verdict
    if verdict == "contradicted":
        assert ("quantifier", "one", "several") in {(d.kind, d.claim_value, d.source_value)
                                                    for d in result.disagreements}


VANDALS = ("School break-in\n\n"
           "Teenagers from the Marsh estate vandalised the primary school in Norvik in the spring of 2019.\n\n"
           "The school's windows were replaced over the summer, and the library reopened in September.\n\n"
           "The town's caretaker was fined by the court in a separate case that autumn.\n\n"
           "Eventually, one of the vandals was fined by the court, while several others were let off with a "
           "warning because they were under 14.\n")


@pytest.mark.parametrize("claim", [
    # Pooled: "Teenagers ... vandalised the primary school in Norvik" and the caretaker's fine.
    "All of the teenagers who vandalised the primary school in Norvik were fined by the court.",
    # Pooled with nothing that says "arrested".
    "All of the teenagers who vandalised the primary school in Norvik were arrested.",
])
def test_a_pooled_all_is_not_supported(tmp_path: Path, claim: str) -> None:
    assert article_checker(tmp_path, "vandals.txt", VANDALS).check_claim(Claim("t", claim)).verdict != "supported"


def test_the_teenagers_vandalising_is_still_supported(tmp_path: Path) -> None:
    claim = "Teenagers from the Marsh estate vandalised the primary school in Norvik in 2019."
    assert article_checker(tmp_path, "vandals.txt", VANDALS).check_claim(Claim("t", claim)).verdict == "supported"


@pytest.mark.parametrize(("claim", "participle"), [
    ("All of the teenagers who vandalised the school were fined.", "fined"),
    ("The bridge was not officially reopened until May.", "reopened"),
    ("The man who was arrested left the country.", None),   # a relative clause's passive
    ("Police arrested four suspects.", None),               # active
    ("After the storm, the bridge was closed.", None),      # an opening phrase: main_verb's case
])
def test_passive_participle(claim: str, participle: str | None) -> None:
    tokens = tokenize(claim)
    k = passive_participle(tokens)
    assert (tokens[k].folded if k is not None else None) == participle


@pytest.mark.parametrize("claim", ["Nursultan's grandmother is called Sharipa Batyrbekova.",
                                   "The foundation is based in Almaty."])
def test_a_participle_that_names_or_places_is_no_predicate(claim: str) -> None:
    assert passive_participle(tokenize(claim)) is None


@pytest.mark.parametrize("claim", ["Police were called, but the men had left.", "Harris was called to testify."])
def test_called_without_a_name_is_a_predicate(claim: str) -> None:
    assert passive_participle(tokenize(claim)) is not None
