"""Retrieval, alignment and quotes on the real seeds: the right sentence, the right span."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import write_tree

from factcheck.index.bm25 import Index, term, terms
from factcheck.match.retrieve import Matcher
from factcheck.sources.corpus import Corpus, load_corpus
from factcheck.verdicts.quotes import QuoteFinder, word_differences


@pytest.fixture(scope="module")
def matcher(seeds: Corpus) -> Matcher:
    return Matcher(seeds)


def test_terms_fold_stem_and_join_variants() -> None:
    assert term("sentenced") == term("sentence") == term("Sentencing".lower())
    assert term("abay") == term("abai")
    assert term("seven") == term("7")
    assert term("the") is None and term("within") is None
    assert term("went") == term("go") == term("gone") and term("brought") == term("bring")
    assert terms("qyzylorda kyzylorda") == [term("qyzylorda")] * 2


def test_unseen_terms_weigh_most(matcher: Matcher) -> None:
    index: Index = matcher.index
    assert index.idf("zzzunseen") > index.idf(term("batyrbekov")) > index.idf(term("kazakhstan"))


@pytest.mark.parametrize(
    ("claim", "doc", "starts_with"),
    [
        ("The Village was established in 2017 for readers from Almaty.", "001_8f1417bf292b09e1.txt", "The Village, a popular"),
        ("Abai is a town of 18,000 people.", "000_38fea943e4c83ed6.txt", "Abay, the town of around 18,000"),
        ("A schoolgirl in Kyzylorda was held in sexual slavery.", "004_209ecde5e23e51f4.txt", "That is the question"),
        ("The Ministry of Information said it is ready to provide assistance to Village Kazakhstan.",
         "002_c17141c48ebfc846.txt", "Kazakhstan's Ministry of Information"),
    ],
)
def test_best_candidate_is_the_sentence_that_says_it(matcher: Matcher, claim: str, doc: str, starts_with: str) -> None:
    best = matcher.candidates(matcher.claim_terms(claim))[0]
    assert matcher.corpus.documents[best.doc].id == doc
    assert matcher.text_of(best).startswith(starts_with)


def test_a_claim_that_spans_two_sentences_gets_a_window(matcher: Matcher) -> None:
    claim = matcher.claim_terms("Batyrbekov faced libel charges and in September 2019 he was sentenced to two years and three months.")
    best = matcher.candidates(claim)[0]
    text = matcher.text_of(best)
    assert len(best.passages) == 2
    assert text.startswith("Batyrbekov also faced libel charges") and text.endswith("on libel charges.")


def test_windows_never_cross_a_paragraph(matcher: Matcher) -> None:
    for candidate in matcher.candidates(matcher.claim_terms("Batyrbekov appeal January 2020 Turkistan Regional Court released")):
        assert "\n\n" not in matcher.text_of(candidate)


@pytest.fixture(scope="module")
def quotes(matcher: Matcher) -> QuoteFinder:
    return QuoteFinder(matcher)


def test_exact_quote_survives_curly_quotes_and_case(quotes: QuoteFinder) -> None:
    check = quotes.check('"the doctors established there was no evidence. this is in the medical report"')
    assert check.status == "exact"
    assert check.found == "The doctors established there was no evidence. This is in the medical report"


def test_a_misquote_is_close_with_the_changed_words(quotes: QuoteFinder, seeds: Corpus) -> None:
    check = quotes.check("I am more of a mother to the boy from southern Kazakhstan than his real mother")
    assert check.status == "close"
    assert check.found is not None and check.found.startswith("I am more of a mother")
    assert check.differences == (("boy", "child"), ("real", "own"))
    document = next(d for d in seeds.documents if d.id == check.source_id)
    assert document.text[check.start:check.end] == check.found


def test_an_invented_quote_is_missing(quotes: QuoteFinder) -> None:
    assert quotes.check("I take full responsibility for the failures of the city").status == "missing"


def test_a_quote_must_end_on_a_word_boundary(quotes: QuoteFinder) -> None:
    assert quotes.check("he was sentenced to two years and three mon").status != "exact"


def test_word_differences_report_insertions_and_swaps() -> None:
    assert word_differences("two years and three months", "three years and two months") == (("two", "three"), ("three", "two"))
    assert word_differences("in prison", "in a prison") == (("", "a"),)


_COVERAGE_SCRIPT = """
import sys
from factcheck.match.retrieve import ClaimTerms, Matcher
from factcheck.sources.corpus import load_corpus
matcher = Matcher(load_corpus([sys.argv[1]]))
# weights whose float sum depends on the order they are added in: (0.1 + 0.2) + 0.3 != 0.1 + (0.2 + 0.3)
weights = {"harbour": 0.1, "feri": 0.2, "tuesdai": 0.3, "island": 0.7}
claim = ClaimTerms("", "", weights, ())
print(repr(matcher.candidates(claim)[0].coverage))
"""


def test_coverage_is_the_same_bits_whatever_the_hash_seed(tmp_path: Path) -> None:
    # A set's order follows PYTHONHASHSEED; a score summed in that order differed in its last
    # bit between runs (a warm-claim dump on the Wikipedia sample, 96.7 against 96.8).
    write_tree(tmp_path, {"port.txt": "The harbour ferry left for the island on Tuesday.\n"})
    runs = {subprocess.run([sys.executable, "-c", _COVERAGE_SCRIPT, str(tmp_path)], capture_output=True, text=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}, check=True).stdout
            for seed in range(8)}
    assert len(runs) == 1, runs


def test_the_other_gendered_form_of_a_surname_is_no_near_match(tmp_path: Path) -> None:
    # Batyrbekov the journalist and Batyrbekova his mother are two people (seeds 000 and 002);
    # a typo's near-match still finds "Batyrbekovv"
    write_tree(tmp_path, {"a.txt": "The journalist Amangeldy Batyrbekov wrote about the case.\n"})
    matcher = Matcher(load_corpus([tmp_path]))
    for claim, found in (("Batyrbekova wrote about the case.", False), ("Batyrbekovv wrote about the case.", True)):
        terms_of_claim = matcher.claim_terms(claim)
        name = next(t for t in terms_of_claim.weights if t.startswith("batir"))
        assert (name in matcher.candidates(terms_of_claim)[0].matched) is found
