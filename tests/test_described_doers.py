"""A claim's named doer is not stated by a sentence that gives the act to a person it only
describes ("The county's chief engineer has ordered an inspection of the bridge" for "Marta
Rennick ordered an inspection of the bridge"), whatever sentence elsewhere names the claim's
person: the claim is `partial` with the name missing (session 48, from held-out set H14, where
such a claim was `supported` by a support set that pooled the act with a far-off sentence naming
the person)."""

from __future__ import annotations

from pathlib import Path

from conftest import article_checker

from factcheck import Claim
from factcheck.match.cues import tokenize
from factcheck.match.subjects import described_doers

FILLER = " ".join(f"The {word} stall at the Kelso market sold fresh fish on {day}." for word, day in
                  zip(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"),
                      ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Monday"),
                      strict=True))
BRIDGE = ("Kelso bridge\n\n"
          "The old bridge has been closed to lorries since May. The fishermen asked for a new quay. "
          "Around then Marta Rennick, the town's harbour master, joined the talks on the bridge inspection. "
          + FILLER + "\n\n"
          "The county's chief engineer has ordered an inspection of the bridge over the Tweed.\n")


def test_a_described_doer_leaves_the_claims_name_unstated(tmp_path: Path) -> None:
    claim = Claim("t", "Marta Rennick ordered an inspection of the bridge over the Tweed.")
    result = article_checker(tmp_path, "bridge.txt", BRIDGE).check_claim(claim)
    assert result.verdict == "partial"
    assert "Marta Rennick" in result.missing


def test_the_named_doer_in_the_sentence_is_stated(tmp_path: Path) -> None:
    text = BRIDGE.replace("The county's chief engineer has ordered", "Marta Rennick has ordered")
    claim = Claim("t", "Marta Rennick ordered an inspection of the bridge over the Tweed.")
    assert article_checker(tmp_path, "bridge.txt", text).check_claim(claim).verdict == "supported"


def test_which_doers_are_described() -> None:
    claim = tokenize("Marta Rennick ordered an inspection.")
    for passage, found in (("The chief engineer ordered an inspection.", {"marta", "renik"}),
                           ("Marta Rennick, the chief engineer, ordered an inspection.", set()),
                           ("The council ordered an inspection.", set()),   # a body, not a person
                           ("She ordered an inspection.", set())):          # a pronoun: who she is is said elsewhere
        theirs = tokenize(passage)
        verb = next(j for j, t in enumerate(theirs) if t.folded == "ordered")
        pairs = [(2, verb)]  # "ordered" with "ordered"
        assert described_doers(claim, theirs, pairs) == frozenset(found), passage
