"""Another office holder as the doer of the same act (004: "On August 16, the administration of
Qyzylorda Province reported that the province's governor had ordered the dismissal of the
director and other staff at the victim's school.")."""

from __future__ import annotations

import pytest

from factcheck import Checker, Claim, Corpus
from factcheck.lexicon.noun_kinds import is_group
from factcheck.match.align import align
from factcheck.match.cues import tokenize
from factcheck.match.subjects import moved_subjects, replaced_subjects

DISMISSAL = ("The administration of Qyzylorda Province reported that the Qyzylorda {} had ordered the dismissal of "
             "the director and other staff at the victim's school.")


@pytest.fixture(scope="module")
def checker(seeds: Corpus) -> Checker:
    return Checker(seeds)


@pytest.mark.parametrize(("doer", "verdict"), [("governor", "supported"), ("police chief", "partial")])
def test_another_office_before_the_same_verb_is_not_stated(checker: Checker, doer: str, verdict: str) -> None:
    result = checker.check_claim(Claim("t", DISMISSAL.format(doer)))
    assert result.verdict == verdict
    if verdict == "partial":
        assert "police chief" in " ".join(result.missing)


@pytest.mark.parametrize(("claim", "passage"), [
    # one person described twice (004: "... the girl looked only about 14 or 15")
    ("The victim looked only about 14 or 15 years old.", "The girl looked only about 14 or 15 years old."),
    # a passive's subject is no doer
    ("The governor was ordered to resign.", "The mayor was ordered to resign."),
])
def test_what_is_no_other_doer(claim: str, passage: str) -> None:
    alignment = align(claim, passage)
    assert replaced_subjects(tokenize(claim), tokenize(passage), alignment.pairs) == frozenset()


def test_two_offices_before_one_verb_are_found() -> None:
    claim, passage = "The judge ordered his release.", "The mayor ordered his release."
    found = replaced_subjects(tokenize(claim), tokenize(passage), align(claim, passage).pairs)
    assert found == {tokenize(claim)[1].key}


@pytest.mark.parametrize(("paper", "verdict"), [("Ak Zhaiyk", "supported"), ("Uralskaya Nedelya", "partial")])
def test_a_description_the_passage_gives_another_name(checker: Checker, paper: str, verdict: str) -> None:
    # 001: "A popular newspaper in the Atyrau region, Ak Zhaiyk is one of the few independent voices
    # ..."; Uralskaya Nedelya is named elsewhere in 001
    assert checker.check_claim(Claim("t", f"{paper} is a popular newspaper in the Atyrau region.")).verdict == verdict


def test_a_clause_before_the_next_subject_is_no_apposition(checker: Checker) -> None:
    # 003: "Shattering the silence that Kazakh activists say is far more common in the ethnically
    # sprawling, mostly Muslim country of around 18 million, Gulbadar Musinova took to YouTube ..."
    claim = "Kazakhstan is a mostly Muslim country of around 18 million people."
    assert checker.check_claim(Claim("t", claim)).verdict == "supported"


@pytest.mark.parametrize(("doer", "verdict"), [("the family", "supported"), ("police", "partial")])
def test_another_body_before_the_same_verb_is_not_stated(checker: Checker, doer: str, verdict: str) -> None:
    # 003: 'A brother, Zholaman Musinov, told RFE/RL's Current Time that the family "detained two of
    # them" on the spot': two bodies (WordNet noun.group by first sense), over a quotation mark
    result = checker.check_claim(Claim("t", f"Zholaman Musinov said {doer} detained two of the attackers on the spot."))
    assert result.verdict == verdict


def test_bodies_are_wordnet_groups() -> None:
    assert is_group("police") and is_group("families") and not is_group("girl") and not is_group("governor")


@pytest.mark.parametrize(("claim", "passage", "moved"), [
    # 000: "On March 16, Baliyeva took Nursultan, his grandmother and another female relative to the capital"
    ("The boy's grandmother took Nursultan to Astana on March 16.",
     "On March 16, Baliyeva took Nursultan, his grandmother and another female relative to the capital, Astana.",
     {"grandmother"}),
    # the same doer on both sides
    ("The grandmother took Nursultan to Astana.", "The grandmother took Nursultan and a relative to Astana.", set()),
    # a passive has no doer before its verb
    ("The grandmother took Nursultan to Astana.", "Nursultan was taken to Astana with his grandmother.", set()),
    # the claim's subject in another sentence after the verb is no object of it
    ("The grandmother took Nursultan to Astana.", "Baliyeva took Nursultan to Astana. The grandmother stayed.", set()),
])
def test_a_claims_doer_that_is_the_passages_object(claim: str, passage: str, moved: set[str]) -> None:
    a = align(claim, passage)
    terms = moved_subjects(a.claim, a.passage, a.pairs, a.anchors)
    assert terms == {t.key for t in a.claim if t.folded in moved}
