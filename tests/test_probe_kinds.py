"""Kinds of writing that issue 11's held-out probe found wrong, each tested on real-looking text:
a name after an initialism that ends a sentence ("for the U.S.A. Okafor retired"), the words that
frame a stated change ("compared with 2017", "fell" / "eased"), the verb of a tally ("beat" /
"won ... against"), and courtesy titles ("Mr Smith") that are no content of a claim.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import write_tree

from factcheck import Checker, Claim, Options, load_corpus
from factcheck.inputs.sentences import sentence_spans
from factcheck.lexicon.nouns import is_common_noun, load_nouns
from factcheck.models import Document
from factcheck.sources.passages import mask, split_sentences

ROOT = Path(__file__).resolve().parent.parent
WORDNET = Path("/usr/share/wordnet")


def _verdicts(root: Path, files: dict[str, str], claims: dict[str, str]) -> dict[str, str]:
    checker = Checker(load_corpus([write_tree(root, files)]), Options(index=False))
    return {cid: checker.check_claim(Claim(cid, text)).verdict for cid, text in claims.items()}


def _results(root: Path, files: dict[str, str], claims: dict[str, str]) -> dict[str, tuple[str, tuple[str, ...]]]:
    checker = Checker(load_corpus([write_tree(root, files)]), Options(index=False))
    found = {}
    for cid, text in claims.items():
        result = checker.check_claim(Claim(cid, text))
        found[cid] = (result.verdict, result.missing)
    return found


# --- a name after an initialism that ends a sentence -----------------------------------------------

def _both_splits(text: str) -> tuple[list[str], list[str]]:
    view = mask(Document("t.txt", "t.txt", text))
    return ([text[a:b] for a, b in split_sentences(view, 0, len(view))],
            [text[a:b] for a, b in sentence_spans(text)])


@pytest.mark.parametrize(("text", "sentences"), [
    # Sentences of the Wikipedia sample (Ellis Stanley Joseph; Abraham Lincoln; Lower Peninsula of Michigan).
    ("Mr. Fox lost an eye in the same incident and he took 'Casey' to the U.S.A. Casey died at Tampa, Florida "
     "in January 1917.",
     ["Mr. Fox lost an eye in the same incident and he took 'Casey' to the U.S.A.",
      "Casey died at Tampa, Florida in January 1917."]),
    ("The war had begun in territory disputed by Mexico and the U.S. Polk insisted that Mexican soldiers had "
     "invaded.",
     ["The war had begun in territory disputed by Mexico and the U.S.",
      "Polk insisted that Mexican soldiers had invaded."]),
    ("The industry accounts for one of every ten jobs in the U.S. Michigan ranked second nationally in 2004.",
     ["The industry accounts for one of every ten jobs in the U.S.", "Michigan ranked second nationally in 2004."]),
    ("From 2014 she ran for the U.S.A. Okafor retired in 2019 after an injury.",
     ["From 2014 she ran for the U.S.A.", "Okafor retired in 2019 after an injury."]),
])
def test_a_name_that_opens_a_clause_after_the_initialism_starts_a_sentence(text: str, sentences: list[str]) -> None:
    source, draft = _both_splits(text)
    assert source == sentences
    assert draft == sentences


@pytest.mark.parametrize("text", [
    # The head of an institution's name is a common noun; a ship's prefix is a title (Wikipedia sample).
    "Women sailors were not permitted to serve on board U.S. submarines until the U.S. Navy lifted the ban in 2010.",
    "On 16 November 2012, the U.S. Marines received the first F-35B at MCAS Yuma.",
    "In 1830, the U.S. Congress passed the Indian Removal Act.",
    "When the S.S. Grandcamp exploded in the Texas City Disaster on April 16, 1947, one fragment was an anchor.",
    "In the U.K. Parliament sat late.",          # no "the" before a name that is a common noun either way
    "J.R.R. Tolkien published The Hobbit in 1937.",  # a person's initials, no "the" before them
    "Her tour with the L.A. Express began in February 1974.",
])
def test_an_initialism_before_the_rest_of_a_name_goes_on(text: str) -> None:
    source, draft = _both_splits(text)
    assert source == [text]
    assert draft == [text]


def test_the_initialism_still_ends_a_sentence_before_a_word_that_starts_sentences() -> None:
    text = "Dana Okafor left Lagos for the U.S. She won 3 medals at the 2016 Olympics."
    assert _both_splits(text)[1] == ["Dana Okafor left Lagos for the U.S.", "She won 3 medals at the 2016 Olympics."]


def test_a_draft_with_initialisms_at_sentence_ends_is_checked_sentence_by_sentence(tmp_path: Path) -> None:
    source = ("The sprinter Dana Okafor left Lagos for the U.S. in 2009 and ran for the U.S.A. from 2014. "
              "Okafor retired in 2021 after an injury.")
    found = _verdicts(tmp_path, {"athlete.txt": source}, {
        "retired": "Okafor retired in 2019 after an injury.",
    })
    assert found == {"retired": "contradicted"}
    text = "From 2014 she ran for the U.S.A. Okafor retired in 2019 after an injury."
    assert len(sentence_spans(text)) == 2


@pytest.mark.parametrize(("word", "common"), [
    ("Navy", True), ("Marines", True), ("congress", True), ("Women", True), ("Express", True),
    ("Okafor", False), ("Michigan", False), ("Laserdiscs", False), ("Pittsburgh", False), ("U.S", False), ("", False),
])
def test_wordnet_tells_common_nouns_from_names(word: str, common: bool) -> None:
    assert is_common_noun(word) is common


def test_the_noun_list_is_wordnet_s_lower_case_nouns() -> None:
    nouns = load_nouns()
    assert len(nouns) > 40_000
    assert {"army", "navy", "marine", "senate", "embassy"} <= nouns
    assert not {"michigan", "lisbon", "okafor"} & nouns
    assert all(w.isalpha() and w.islower() for w in nouns)


@pytest.mark.skipif(not (WORDNET / "data.noun").exists(), reason="needs Debian's wordnet-base in /usr/share/wordnet")
def test_the_build_script_reproduces_the_noun_list(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_wordlists.py"), str(WORDNET), "--out-dir",
                    str(tmp_path)], check=True, capture_output=True)
    shipped = ROOT / "factcheck" / "lexicon" / "nouns.txt"
    assert (tmp_path / "nouns.txt").read_bytes() == shipped.read_bytes()


# --- courtesy titles ---------------------------------------------------------------------------------

COUNCIL = ("John Smith was elected mayor of Wexford in May 2015 with 4,210 votes. "
           "Mary Kehoe came second in the Wexford mayoral election.")


def test_a_courtesy_title_is_no_word_the_source_must_state(tmp_path: Path) -> None:
    found = _results(tmp_path, {"council.txt": COUNCIL}, {
        "mr": "Mr Smith was elected mayor of Wexford in 2015.",
        "dr": "Dr. Smith was elected mayor of Wexford in May 2015.",
        "year": "Mr Smith was elected mayor of Wexford in 2016.",
        "other": "Ms Kehoe was elected mayor of Wexford in 2015.",
    })
    assert found["mr"] == ("supported", ())
    assert found["dr"] == ("supported", ())
    assert found["year"][0] == "contradicted"
    assert found["other"][0] != "supported"


def test_a_title_word_that_names_no_one_stays_a_term(tmp_path: Path) -> None:
    checker = Checker(load_corpus([write_tree(tmp_path, {"ms.txt": "MS patients in Leeds waited 14 weeks."})]),
                      Options(index=False))
    terms = checker.matcher.claim_terms("MS patients in Leeds waited 14 weeks for Dr Okafor.")
    assert "ms" in terms.weights
    assert all(t != "dr" for _, _, t in terms.spans)


# --- the words that frame a stated change ------------------------------------------------------------

TURNOUT = ("Turnout report\n\nTurnout in the Harlow council election rose from 32% in 2018 to 48% in 2022, "
           "the returning officer's figures show.")
JOBLESS = ("Labour market\n\nThe jobless rate in Portugal eased by 0.3 points to 6.1% in March, "
           "the statistics institute said.")


def test_a_change_compared_with_its_start_is_the_change_the_source_gives_by_its_ends(tmp_path: Path) -> None:
    found = _results(tmp_path, {"turnout.txt": TURNOUT}, {
        "compared": "Turnout in the Harlow council election was up 50% in 2022 compared with 2018.",
        "relative": "Turnout in the Harlow council election rose 50% in 2022 relative to 2018.",
        "size": "Turnout in the Harlow council election was up 40% in 2022 compared with 2018.",
        "way": "Turnout in the Harlow council election fell 50% in 2022 compared with 2018.",
    })
    assert found["compared"] == ("supported", ())
    assert found["relative"] == ("supported", ())
    assert found["size"][0] == "contradicted"
    assert found["way"][0] == "contradicted"


def test_a_change_told_with_another_verb_of_the_same_way_is_the_same_change(tmp_path: Path) -> None:
    found = _results(tmp_path, {"jobs.txt": JOBLESS}, {
        "fell": "The jobless rate in Portugal fell from 6.4% to 6.1% in March.",
        "dropped": "The jobless rate in Portugal dropped from 6.4% to 6.1% in March.",
        "start": "The jobless rate in Portugal fell from 6.6% to 6.1% in March.",
        "rose": "The jobless rate in Portugal rose by 0.3 points to 6.1% in March.",
    })
    assert found["fell"] == ("supported", ())
    assert found["dropped"] == ("supported", ())
    assert found["start"][0] == "contradicted"
    assert found["rose"][0] == "contradicted"


def test_a_change_against_ends_that_go_the_other_way_differs() -> None:
    from factcheck.values import extract_values
    from factcheck.values.clashes import compare_values

    passage = "Turnout rose from 40% in 2017 to 60% in 2022."
    for claim, differs in (("Turnout fell 50% between 2017 and 2022.", True),
                           ("Turnout rose 50% between 2017 and 2022.", False),
                           ("Turnout changed by 50% between 2017 and 2022.", False)):
        check = compare_values(extract_values(claim), extract_values(passage), claim, passage)
        assert any(v.text == "50%" for v, _ in check.conflicts) is differs, claim


@pytest.mark.parametrize(("word", "way"), [
    ("rose", "up"), ("climbed", "up"), ("jumps", "up"), ("growth", "up"), ("doubled", "up"), ("up", "up"),
    ("fell", "down"), ("eased", "down"), ("slipped", "down"), ("dipped", "down"), ("declines", "down"),
    ("losses", "down"), ("down", "down"), ("said", ""), ("upset", ""), ("2.5", ""),
])
def test_words_of_change_have_a_way(word: str, way: str) -> None:
    from factcheck.lexicon.directions import direction

    assert direction(word) == way


# --- the verb of a tally ------------------------------------------------------------------------------

CUP = ("Cup and court\n\nAjax won the Dutch Cup final 3–1 against PSV in April. "
       "The council approved the budget by a vote of 9–4 in March.")


def test_a_score_beside_beat_is_compared_with_the_score_beside_won(tmp_path: Path) -> None:
    found = _results(tmp_path, {"cup.txt": CUP}, {
        "right": "Ajax beat PSV 3–1 in the Dutch Cup final in April.",
        "wrong": "Ajax beat PSV 2–1 in the Dutch Cup final in April.",
        "defeated": "Ajax defeated PSV 4–1 in the Dutch Cup final in April.",
        "words": "Ajax beat PSV by three goals to one in the Dutch Cup final in April.",
    })
    assert found["right"] == ("supported", ())
    assert found["wrong"][0] == "contradicted"
    assert found["defeated"][0] == "contradicted"
    assert found["words"] == ("supported", ())


@pytest.mark.parametrize(("word", "told"), [
    ("beat", "win"), ("defeated", "win"), ("won", "win"), ("thrashed", "win"), ("routed", "win"),
    ("lost", "lose"), ("drew", "tie"), ("tied", "tie"), ("said", ""), ("approved", ""),
])
def test_verbs_of_outcome_come_from_wordnet(word: str, told: str) -> None:
    from factcheck.lexicon.outcomes import load_outcomes, outcome

    assert outcome(word) == told
    assert 90 <= len(load_outcomes()) <= 150
