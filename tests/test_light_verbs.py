"""Light verbs the index keeps no term of (session 42, set H6).

"take" and its particles ("down", "off", "over") are index stopwords, so a claim's phrasal verb
weighed nothing: "The Village said it would take Zhapisheva's article down from its website" was
`supported` by sentences of 001 and 002 that name the article and the website, while 001 says
"We do not intend to remove our article". And a negated light verb ("would not take ... down")
negated the next word with a term, the article's author, which the passage states unnegated: a
false `contradicted`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim

MUSEUM = ("Museum keeps disputed painting\n\n"
          "The Tallinn City Museum has been criticised over a painting by Erik Haav that hangs in its main hall.\n"
          "\"We do not intend to remove the painting,\" the museum said in a statement on its website.\n"
          "Before the bus could leave for Tartu, guards pulled the two protesters off it, citing concern for their "
          "safety.\n")


@pytest.fixture
def museum(tmp_path: Path) -> Checker:
    return article_checker(tmp_path, "museum.txt", MUSEUM)


def test_a_phrasal_verb_no_source_states_is_missing(museum: Checker) -> None:
    result = museum.check_claim(Claim("t", "The Tallinn City Museum said it would take Erik Haav's painting down "
                                           "from its main hall."))
    assert result.verdict == "partial"
    assert {"take", "down"} <= {words.casefold() for words in result.missing}


def test_a_negated_light_verb_negates_no_name_after_it(museum: Checker) -> None:
    result = museum.check_claim(Claim("t", "The Tallinn City Museum said it would not take Erik Haav's painting down."))
    assert result.verdict != "contradicted"
    assert not any(d.kind == "negation" for d in result.disagreements)


def test_the_particle_with_another_verb_states_it(museum: Checker) -> None:
    claim = "Guards took the two protesters off the bus before it could leave for Tartu, citing concern for their safety."
    assert museum.check_claim(Claim("t", claim)).verdict == "supported"
