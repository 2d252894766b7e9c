"""A claim's own quotation is checked even without a `quote`: a word it changes weighs on the
verdict and is named. Real text of the seeds (002 line 28: '... offered apologies to the
journalist "on behalf of the state and the court."')."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_tree

from factcheck import Checker, Claim, Corpus, load_corpus

APOLOGY = 'Judge Qadyrbaev offered apologies to Batyrbekov "on behalf of the state and the {}."'


@pytest.fixture(scope="module")
def checker(seeds: Corpus) -> Checker:
    return Checker(seeds)


def test_another_thing_in_the_claims_quotation_contradicts_it(checker: Checker) -> None:
    # (Session 44: partial until then. Sets H8, H9 and H10, written blind by three helpers, each
    # gave such claims as contradicted: the judge is made to speak for someone else.)
    result = checker.check_claim(Claim("t", APOLOGY.format("prosecutor")))
    assert result.verdict == "contradicted" and result.quote_check is None  # no `quote`: no quote_check
    assert [(d.kind, d.claim_value, d.source_value) for d in result.disagreements] == [("quote", "prosecutor", "court")]


def test_a_changed_verb_in_the_claims_quotation_leaves_it_partial(checker: Checker) -> None:
    # 003: '"Those men who raped my daughter should be ashamed, not us," ...'
    result = checker.check_claim(Claim("t", 'Gulbadar Musinova said: "Those men who raped my daughter should be '
                                            'punished, not us."'))
    assert result.verdict == "partial"
    assert [(d.kind, d.claim_value, d.source_value) for d in result.disagreements if d.kind == "quote"] \
        == [("quote", "punished", "ashamed")]


def test_the_quotation_as_written_is_supported(checker: Checker) -> None:
    result = checker.check_claim(Claim("t", APOLOGY.format("court")))
    assert result.verdict == "supported" and not result.disagreements


def test_a_record_quote_that_is_the_sentences_quotation_is_checked_once(checker: Checker) -> None:
    text = APOLOGY.format("prosecutor")
    result = checker.check_claim(Claim("t", text, quote="on behalf of the state and the prosecutor."))
    assert result.verdict == "contradicted" and result.quote_check is not None and result.quote_check.status == "close"
    assert [d.kind for d in result.disagreements] == ["quote"]


def test_a_one_word_scare_quote_is_no_quotation_to_check(checker: Checker) -> None:
    # 004: "... said the men who used the victim deserved to be viewed as "pedophiles" ..."
    result = checker.check_claim(Claim("t", 'Dina Smailova said the men who used the victim deserved to be viewed as '
                                                 '"predators".'))
    assert not [d for d in result.disagreements if d.kind == "quote"]


def test_a_title_in_quotation_marks_is_named_not_quoted(tmp_path: Path) -> None:
    # WiCE dev (History.com, "Brown v. Board of Education"): a case's name in title case
    write_tree(tmp_path, {"brown.txt": "In 1954 the Supreme Court ruled on the case Brown v. Board of Education of Topeka, in "
                                       "Kansas, that segregated public schools were unconstitutional.\n"})
    checker = Checker(load_corpus([tmp_path]))
    result = checker.check_claim(Claim("t", 'In 1954 the Supreme Court ruled on the case "Brown v. Board of Education '
                                            'of Topeka, Kansas".'))
    assert result.verdict == "supported" and not [d for d in result.disagreements if d.kind == "quote"]
