"""Statements pooled from neighbouring sentences: a weekday or a subject taken from the sentence
beside the one that states the claim's verb (session 35).

A two-sentence window, or a support set of sentences, may lend the claim a word that the sentence
stating its predicate says otherwise: the other sentence's day, or the other sentence's subject.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim

FERRY = ("Island ferry service resumes\n\n"
         "The crew of the Morwenna returned to work on Wednesday after a two-week dispute over rotas. "
         "The operator said timetabled crossings to the island would restart on Friday.\n"
         "Passengers queued from early Friday morning, and the first boat left at seven.\n")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The crew of the Morwenna returned to work on Friday.", "contradicted"),   # the next sentence's day
    ("Crossings to the island would restart on Wednesday, the operator said.", "contradicted"),
    ("The crew of the Morwenna returned to work on Wednesday.", "supported"),
    ("The operator said crossings to the island would restart on Friday.", "supported"),
])
def test_a_weekday_in_the_place_of_the_claims_day_is_another_day(tmp_path: Path, claim: str, verdict: str) -> None:
    result = article_checker(tmp_path, "ferry.txt", FERRY).check_claim(Claim("t", claim))
    assert result.verdict == verdict
    if verdict == "contradicted":
        dates = [d for d in result.disagreements if d.kind == "date"]
        assert dates and {dates[0].claim_value, dates[0].source_value} == {"Wednesday", "Friday"}


def test_a_weekday_and_its_part_of_the_day_are_one_date(tmp_path: Path) -> None:
    text = ("Council vote\n\nThe count ended on Thursday evening with the budget approved. "
            "The mayor resigned on Saturday morning and thanked her staff.\n")
    result = article_checker(tmp_path, "vote.txt", text).check_claim(Claim("t", "The mayor resigned on Thursday evening."))
    assert result.verdict == "contradicted"
    assert [(d.claim_value, d.source_value) for d in result.disagreements if d.kind == "date"] == [
        ("Thursday evening", "Saturday morning")]


TUGS = ("Harbour tugs\n\n"
        "The tug Kestrel was launched at Leith in 1921 for the Forth pilots. Its twin, the Osprey, "
        "ran aground in 1936 near Inchkeith. The Kestrel itself served until 1958.\n")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Kestrel ran aground in 1936.", {"partial", "contradicted"}),   # the twin's fate, the tug's name beside it
    ("Osprey ran aground in 1936.", {"supported"}),
    ("The Kestrel served until 1958.", {"supported"}),
])
def test_a_name_from_the_next_sentence_is_not_the_subject_of_another_names_verb(
        tmp_path: Path, claim: str, verdict: set[str]) -> None:
    assert article_checker(tmp_path, "tugs.txt", TUGS).check_claim(Claim("t", claim)).verdict in verdict


def test_a_weekday_counted_from_another_event_dates_that_event(tmp_path: Path) -> None:
    text = ("Harbour vote\n\nThe harbour board signed the dredging contract on Friday, three days after a "
            "heated public meeting in the Quayside hall.\n")
    checker = article_checker(tmp_path, "board.txt", text)
    meeting = checker.check_claim(Claim("t", "The public meeting in the Quayside hall was held on Friday."))
    assert meeting.verdict == "contradicted"   # Friday less three days: Tuesday
    assert [d.kind for d in meeting.disagreements] == ["date"]
    assert checker.check_claim(Claim("t", "The harbour board signed the dredging contract on Friday.")).verdict == "supported"


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Holm sold 900 kettles in May.", "supported"),       # "900 kettles for its main rival, Holm"
    ("Holm sold 1,200 kettles in May.", "contradicted"),
    ("Norvik sold 1,200 kettles in May.", "supported"),
])
def test_a_count_named_for_its_owner_after_it(tmp_path: Path, claim: str, verdict: str) -> None:
    text = "Kettle sales\n\nNorvik sold 1,200 kettles in May, against 900 kettles for its main rival, Holm.\n"
    assert article_checker(tmp_path, "kettles.txt", text).check_claim(Claim("t", claim)).verdict == verdict


def test_a_team_a_count_is_for_is_not_its_owner(tmp_path: Path) -> None:
    # (Wikipedia's "Fanney played 5 games for the Icelandic U-16 national team in 2005. In 2008, she
    # played 3 games for the Icelandic national basketball team.", in other words.)
    text = ("Ivo Marić\n\nMarić played 7 matches for the Croatian under-18 side in 2011. "
            "In 2014, he played 2 matches for the Croatian senior side.\n")
    result = article_checker(tmp_path, "ivo.txt", text).check_claim(
        Claim("t", "Marić played 2 matches for the Croatian under-18 side in 2011."))
    assert result.verdict == "contradicted"


@pytest.mark.parametrize(("claim", "verb"), [
    ("The Ministry of Information fined The Village for publishing the article.", "fined"),
    ("After the verdict, the family appealed to the Supreme Court.", "appealed"),
    ("The article published on September 1 was written by Asem Zhapisheva.", "published"),
    ("Batyrbekov was sentenced in 2019.", None),          # a passive: another rule's
    ("Smailova heads the NeMolchi.kz foundation.", None),  # a present tense
    ("Zagipa Baliyeva, the ombudswoman, took Nursultan to Astana.", None),  # past an apposition
])
def test_the_main_verb_of_a_claim(claim: str, verb: str | None) -> None:
    from factcheck.match.cues import tokenize
    from factcheck.match.predicates import main_verb
    tokens = tokenize(claim)
    k = main_verb(tokens)
    assert (tokens[k].folded if k is not None else None) == verb


def test_a_pooled_support_without_the_claims_rarest_verb_is_partial(seeds_checker: Checker) -> None:
    # 002 pools "Ministry of Information ... ready to provide assistance to Village Kazakhstan" with
    # "The article, published on September 1": what the ministry did to The Village is nowhere.
    # (Nor does any one passage state the rest together, which the fine could be in other words
    # of: not_found, decide._rest_stated_together.)
    result = seeds_checker.check_claim(Claim("t", "The Ministry of Information fined The Village for publishing "
                                                  "the article."))
    assert result.verdict == "not_found"
