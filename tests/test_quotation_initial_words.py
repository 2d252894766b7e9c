"""A common noun that opens a quotation is capitalised as a sentence's first word is, and is no
name ('“Shame on the council ...,” wrote Tomas Ferrie'): read as one, it was a name the claim's
speaker "clashed" with, and a verbatim quotation came out `contradicted` (session 48)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.values import extract_values

FORUM = ("Harbour forum\n\n"
         "Readers were quick to respond to the council's plan for the harbour. "
         "“Shame on the council for pushing this harbour plan through with no survey and no vote,” wrote Tomas "
         "Ferrie in a typical reply.\n")


@pytest.mark.parametrize("text", [
    "“Shame on the council for this plan,” wrote Tomas Ferrie.",
    'Tomas Ferrie wrote "Shame on the council for this plan".',
    "‘Progress is slow,’ the mayor told Tomas Ferrie.",
])
def test_a_common_noun_opening_a_quotation_is_no_name(text: str) -> None:
    assert [v.text for v in extract_values(text) if v.kind == "name"] == ["Tomas Ferrie"]


def test_a_name_opening_a_quotation_is_still_a_name() -> None:
    assert [v.text for v in extract_values("“Kelso will not pay,” wrote Tomas Ferrie.") if v.kind == "name"] == [
        "Kelso", "Tomas Ferrie"]


def test_a_verbatim_quotation_with_its_writer_is_supported(tmp_path: Path) -> None:
    claim = Claim("t", 'Tomas Ferrie wrote "Shame on the council for pushing this harbour plan through with no '
                       'survey and no vote".')
    result = article_checker(tmp_path, "forum.txt", FORUM).check_claim(claim)
    assert result.verdict == "supported"
    assert not result.disagreements


def test_a_title_quoted_whole_is_still_a_name() -> None:
    text = 'Two comics were merged with "Eagle" in 1963, before "Eagle" itself was merged with "Lion" in 1969.'
    assert {v.text for v in extract_values(text) if v.kind == "name"} == {"Eagle", "Lion"}


def test_a_title_of_several_words_is_still_a_name() -> None:
    text = 'The next Python film, "Life of Brian", was ranked first.'
    # (A title quoted whole is read as any run of capitalised words is: "of" parts it.)
    assert [v.text for v in extract_values(text) if v.kind == "name"] == ["Python", "Life", "Brian"]
