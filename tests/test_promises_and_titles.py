"""A promise is said, and a noun that ends the sentence before a name is no title (session 39).

- "Councillor Brian Hale vowed to ..." gives the harbour master's quoted promise to someone else,
  as "Brian Hale said he would ..." does (set H2: "Dina Smailova vowed to file charges against
  everyone who touched the girl", the mother's words, was `partial`). A commissive verb
  ("vowed", "promised", "pledged") before "to" or "that" reports, and a claim that gives the
  promise to its speaker keeps the passage's report.
- A common noun right before a name is its title only one space before it: "... its economic
  value.\n\nDina Smailova, the head of ..." ends a sentence, and the source's description of her
  is "head", not "value".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Claim
from factcheck.match.align import _descriptions_beside, _name_runs
from factcheck.match.cues import tokenize

PIER = ("Pier repairs\n\n"
        "The council met on Monday about the storm damage. \"I will rebuild the north pier before the summer "
        "season,\" the harbour master said after the meeting. Later, councillor Brian Hale asked for a survey.\n")


@pytest.mark.parametrize("claim", [
    "Councillor Brian Hale vowed to rebuild the north pier before the summer season.",
    "Brian Hale promised that he would rebuild the north pier before the summer season.",
])
def test_a_promise_given_to_someone_else_contradicts(tmp_path: Path, claim: str) -> None:
    result = article_checker(tmp_path, "pier.txt", PIER).check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    assert [d.kind for d in result.disagreements] == ["entity"]


def test_a_noun_that_ends_the_sentence_before_a_name_is_no_title() -> None:
    text = "They kept the money for its economic value.\n\nDina Smailova, the head of the foundation, said so."
    tokens = tokenize(text)
    [run] = _name_runs(tokens, {"dina", "smailova"})
    assert set(_descriptions_beside(tokens, run, titles=True)) == {"head"}
    titled = tokenize("According to activist Dina Smailova, cases like this are rare.")
    [run] = _name_runs(titled, {"dina", "smailova"})
    assert set(_descriptions_beside(titled, run, titles=True)) == {"activist"}
