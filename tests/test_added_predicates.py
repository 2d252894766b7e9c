"""A claim that adds a predicate of its own beside what a source states (a verb phrase joined by
"and", a participle clause after a comma) is `partial` when no supporting sentence states a word
of it, however little its words weigh; and a near-match of a long word is no match when it only
puts a prefix before another word ("appointed" / "a point"). Session 48, from held-out set H14,
where such claims were `supported`."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_tree

from factcheck import Checker, Claim, Options, load_corpus

HARBOUR = ("Harbour dispute\n\n"
           "In May, the port workers' union published a survey of unpaid overtime among dockers and crane "
           "operators in Kelso harbour. "
           "The union also counted the shifts that went unpaid over the winter. "
           "Dock managers did not answer questions about the findings.\n")
# Another article with the added predicates' words, so that they weigh as the rest do (a word no
# source has weighs most): what the claim adds is then a small share of its words.
INSPECTORATE = ("Inspectors\n\n"
                "The labour inspectorate was handed a complaint about a shortage of funds at the ferry company. "
                "Its director blamed the shortage on the winter storms.\n")


def harbour_checker(root: Path) -> Checker:
    return Checker(load_corpus([write_tree(root, {"harbour.txt": HARBOUR, "inspectorate.txt": INSPECTORATE})]),
                   Options(index=False))


@pytest.mark.parametrize("claim", [
    "In May the port workers' union published a survey of unpaid overtime among dockers and crane operators "
    "in Kelso harbour and sent it to the labour inspectorate.",
    "In May the port workers' union published a survey of unpaid overtime among dockers and crane operators "
    "in Kelso harbour, blaming a shortage of funds.",
])
def test_an_added_predicate_no_source_states_is_partial(tmp_path: Path, claim: str) -> None:
    result = harbour_checker(tmp_path).check_claim(Claim("t", claim))
    assert result.verdict == "partial"
    assert any(word in " ".join(result.missing) for word in ("inspectorate", "shortage"))


@pytest.mark.parametrize("claim", [
    # The added predicate's words are the source's: the claim is all stated.
    "In May the port workers' union published a survey of unpaid overtime among dockers and crane operators "
    "in Kelso harbour and counted the shifts that went unpaid over the winter.",
    # "including" opens a list, not a predicate; its words are stated.
    "In May the port workers' union published a survey of unpaid overtime among harbour staff in Kelso, "
    "including dockers and crane operators.",
])
def test_a_predicate_the_source_states_is_supported(tmp_path: Path, claim: str) -> None:
    assert harbour_checker(tmp_path).check_claim(Claim("t", claim)).verdict == "supported"


def test_a_prefix_makes_another_word_not_a_misspelling(tmp_path: Path) -> None:
    from factcheck.match.retrieve import _prefixed

    assert _prefixed("apoint", "point")          # "appointed" / "point"
    assert _prefixed("unidentifi", "identifi")   # "unidentified" / "identified"
    assert not _prefixed("ierlan", "erlan")      # "Yerlan" / "Erlan": a transliteration
    assert not _prefixed("zhapisheva", "zhapishev")
