"""The inherited verb antonyms of the lexicon at work: a claim that turns a source's verb into
its opposite is contradicted and the pair named, and the source's own statement stays supported.

The texts are news prose of the kind the probe of changed claims uses (a council's ban, a share
price's jump); the verbs are opposed through WordNet's hypernyms, not by a direct antonym pointer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_tree

from factcheck import Checker, Claim, Options, load_corpus
from factcheck.match.align import align

SOURCES: dict[str, str | bytes] = {
    "museum.txt": "Lorient museum\n\nThe museum reopened in May after a two-year renovation. "
                  "The city council banned cars from the square in front of the museum in 2021.\n",
    "shares.txt": "Tarrow and Penmore\n\nTarrow agreed to buy its rival Penmore for 1.2 billion euros. "
                  "Penmore's shares jumped 22% on the news, while Tarrow's shares slipped 4%.\n",
}


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    root: Path = write_tree(tmp_path_factory.mktemp("news"), SOURCES)
    return Checker(load_corpus([root]), Options(index=False))


@pytest.mark.parametrize(("claim", "words"), [
    ("The city council allowed cars in the square in front of the museum in 2021.", ("allowed", "banned")),
    ("Penmore's shares fell 22% on the news.", ("fell", "jumped")),
])
def test_a_verb_turned_into_its_inherited_opposite_is_contradicted(checker: Checker, claim: str,
                                                                    words: tuple[str, str]) -> None:
    result = checker.check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    assert ("antonym", *words) in {(d.kind, d.claim_value, d.source_value) for d in result.disagreements}


@pytest.mark.parametrize("claim", [
    "The city council banned cars from the square in front of the museum in 2021.",
    "Penmore's shares jumped 22% on the news.",
])
def test_the_source_s_own_statement_stays_supported(checker: Checker, claim: str) -> None:
    assert checker.check_claim(Claim("t", claim)).verdict == "supported"


def test_the_alignment_names_the_pair() -> None:
    found = {(d.kind, d.claim_words, d.passage_words) for d in align(
        "The city council allowed cars in the square.", "The city council banned cars from the square.").differences}
    assert ("antonym", "allowed", "banned") in found
