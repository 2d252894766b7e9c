"""Index terms of regular verb forms that the Snowball stemmer parts from their verb."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim
from factcheck.index.bm25 import term
from factcheck.lexicon.lemmas import IRREGULAR
from factcheck.lexicon.nouns import is_common_noun
from factcheck.lexicon.verbs import is_verb_lemma, verb_senses


def _wordnet_verbs() -> list[str]:
    from factcheck.lexicon.verbs import _table

    return sorted(lemma for lemma in _table().senses if lemma.isalpha())


def test_every_regular_form_gets_its_verbs_term() -> None:
    """Each WordNet verb in "-ee" (where Snowball's step 1b misreads "-eed") gets its own index
    term for its "-s", "-d" and "-ing" forms, unless a form is a word of its own ("feed" is no
    form of "fee", "seed" none of "see") or the verb's past is irregular ("flee", "fled")."""
    irregular = set(IRREGULAR.values()) - {base for form, base in IRREGULAR.items() if form.endswith("eed")}
    parted = []
    for verb in _wordnet_verbs():
        if not verb.endswith("ee") or verb in irregular:
            continue
        for form in (verb + "s", verb + "d", verb + "ing"):
            if not (is_verb_lemma(form) or is_common_noun(form)) and term(form) != term(verb):
                parted.append(form)
    assert parted == []


def test_freed_is_a_form_of_free() -> None:
    assert term("freed") == term("free") == term("frees")
    assert IRREGULAR["freed"] == "free"
    assert verb_senses("freed")
    assert term("feed") != term("fee")  # "feed" is a word of its own


@pytest.mark.parametrize(("claim", "expected"), [
    # 001: "... and he was freed after serving four months in jail."
    ("Batyrbekov was set free after spending six months in jail.", "contradicted"),
    ("Batyrbekov was set free after serving four months in jail.", "supported"),
])
def test_set_free_against_freed_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    """"set free" and "freed" share an index term, so the claim's months are compared with the
    sentence's (the first was ``not_found``: no candidate stated enough of the claim)."""
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == expected


COURT = """Appeal Court Frees Reporter

VALENCIA -- A regional appeal court has quashed the conviction of the reporter Marta Ortiz.

Ortiz had been sentenced in January to three years in prison for defamation after she reported on
contracts awarded by the port authority.

Her lawyers argued that the trial court had ignored the documents she published. The appeal court
agreed, and Ortiz was set free after serving eleven weeks in a regional jail.

The port authority said it would not appeal the ruling.
"""


@pytest.mark.parametrize(("claim", "expected"), [
    ("Ortiz was freed after serving nine weeks in jail.", "contradicted"),
    ("Ortiz was freed after serving eleven weeks in jail.", "supported"),
])
def test_freed_against_set_free_in_other_words(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "court.txt", COURT)
    assert checker.check_claim(Claim("t", claim)).verdict == expected
