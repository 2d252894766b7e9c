"""A part of a whole against "all", and a view reported by "describes ... as" (session 32, set R).

- "The girls in the group threatened her" against "one of the girls in the group threatened her":
  the passage takes a part, the claim's whole is unstated (`partial`);
- "one of the four minors" / "two of the suspects" against "all four minors ... were under
  arrest": the passage says every one of them; the claim says a part did (a quantifier
  difference), however the claim's count was aligned (004's sentence has "just one day after"
  later on);
- a date's day ("as of August 15") is no count for a universal quantifier to stand against:
  "Each of the four minors" against "as of August 15, all four minors" differs in nothing;
- "describes her as being in a state of 'emotional emptiness'", "was described as a
  masterpiece": a view reported, as "is regarded as" is; a claim that states the view flatly is
  `partial`, one that keeps "describes ... as" is supported; "described the scene" hedges nothing;
- "as further evidence that ...", "as a sign that ...": what someone takes a fact for, hedged;
- "who cited concern over the boy's safety", "citing security concerns": the reason given is
  reported as theirs; "out of concern for the boy's safety" states it flatly (`partial`); "the
  cited study", "was cited in the report" report nothing;
- "as further evidence that ...", "as a sign that ...": what someone takes a fact for, hedged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim
from factcheck.index.bm25 import term
from factcheck.match.align import align
from factcheck.match.cues import hedge_cues, tokenize

ARREST = ("Nonetheless, as of August 15, all four minors facing charges of selling their peer for sex were under "
          "arrest just one day after activists held a press conference.")


@pytest.mark.parametrize(("claim", "quantifier"), [
    ("One of the four minors charged was under arrest.", ("One", "all")),
    ("Only one of the four minors charged had been arrested as of August 15.", ("one", "all")),
    ("Two of the four minors facing charges were under arrest.", ("Two", "all")),
    ("All four minors facing charges were under arrest.", None),
    ("Each of the four minors was under arrest.", None),
])
def test_a_part_against_all(claim: str, quantifier: tuple[str, str] | None) -> None:
    found = [(d.claim_words, d.passage_words) for d in align(claim, ARREST).differences if d.kind == "quantifier"]
    assert found == ([quantifier] if quantifier else [])


@pytest.mark.parametrize(("claim", "expected"), [
    ("Only one of the four minors charged with selling their peer for sex had been arrested as of August 15.",
     "contradicted"),
    ("All four minors charged with selling their peer for sex had been arrested as of August 15.", "supported"),
])
def test_a_part_against_all_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == expected


@pytest.mark.parametrize(("text", "cue"), [
    ("The activist describes her as being in a state of emotional emptiness.", "describes"),
    ("The bridge was described as a masterpiece of engineering.", "described"),
    ("Critics described the governor's plan as reckless.", "described"),
    # (Six words between, session 36: "describing the entire chain of events as ...".)
    ("Dock workers have taken to describing the whole saga of the crane as a scandal.", "describing"),
])
def test_describes_as_is_a_hedge_cue(text: str, cue: str) -> None:
    tokens = tokenize(text)
    assert [tokens[lo].folded for lo, _ in hedge_cues(tokens)] == [cue]


@pytest.mark.parametrize("text", [
    "The witness described the scene to the court.",
    "She described how the water rose in the night, as the river broke its banks.",
])
def test_describing_without_as_is_no_hedge(text: str) -> None:
    assert hedge_cues(tokenize(text)) == []


BRIDGE = """\
Old bridge reopens

The engineer who restored it, Ana Petrova, describes the old bridge as the finest piece of ironwork in the county.
The bridge reopened to walkers on Saturday after two years of repairs.
"""


@pytest.mark.parametrize(("claim", "expected"), [
    ("The old bridge is the finest piece of ironwork in the county.", "partial"),
    ("Ana Petrova describes the old bridge as the finest piece of ironwork in the county.", "supported"),
    ("The bridge reopened to walkers on Saturday after two years of repairs.", "supported"),
])
def test_a_description_as_a_view(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "bridge.txt", BRIDGE)
    assert checker.check_claim(Claim("t", claim)).verdict == expected


def test_a_view_on_the_seeds(seeds_checker: Checker) -> None:
    # 004: "The activist ... describes her as being in a state of "emotional emptiness," ..."
    flat = seeds_checker.check_claim(Claim("t", "The Qyzylorda schoolgirl is in a state of emotional emptiness."))
    assert flat.verdict == "partial"
    assert any(d.kind == "hedge" for d in flat.disagreements)
    kept = seeds_checker.check_claim(Claim("t", "The activist describes the schoolgirl as being in a state of "
                                                "emotional emptiness."))
    assert kept.verdict == "supported"


@pytest.mark.parametrize(("text", "cue"), [
    ("They were pulled off by local police officers, who cited concern over the boy's safety.", "cited"),
    ("The airline cancelled the flights, citing security concerns.", "citing"),
])
def test_citing_a_reason_is_a_hedge_cue(text: str, cue: str) -> None:
    tokens = tokenize(text)
    assert [tokens[lo].folded for lo, _ in hedge_cues(tokens)] == [cue]


@pytest.mark.parametrize("text", [
    "The cited study found no effect on the river.",
    "The mayor was cited in the report as a witness.",
    "The study was cited by two courts.",
    "Anastasia Shestayeva, a blogger, wrote a widely cited piece on the scandal.",
])
def test_cited_as_an_adjective_or_passive_is_no_hedge(text: str) -> None:
    assert hedge_cues(tokenize(text)) == []


@pytest.mark.parametrize(("claim", "expected"), [
    # 000: "... they were pulled off by local police officers, who cited concern over the boy's safety"
    ("Local police pulled Batyrbekova and Nursultan off the train out of concern for the boy's safety.", "partial"),
    ("Local police officers pulled Batyrbekova and Nursultan off the train, citing concern over the boy's "
     "safety.", "supported"),
])
def test_a_reason_cited_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == expected


@pytest.mark.parametrize(("text", "cue"), [
    ("Commentators seized upon this development as further evidence that officials were scrambling.", "evidence"),
    ("Critics took the delay as a sign that the plan had failed.", "sign"),
])
def test_evidence_that_is_a_hedge_cue(text: str, cue: str) -> None:
    tokens = tokenize(text)
    assert [tokens[lo].folded for lo, _ in hedge_cues(tokens)] == [cue]


def test_evidence_that_on_the_seeds(seeds_checker: Checker) -> None:
    # 000: "Commentators ... seized upon this development as further evidence that provincial officials
    # were scrambling to salvage local reputations."
    flat = seeds_checker.check_claim(Claim("t", "Provincial officials were scrambling to salvage local reputations."))
    assert flat.verdict == "partial"
    kept = seeds_checker.check_claim(Claim("t", "Commentators saw the development as evidence that provincial "
                                                "officials were scrambling to salvage local reputations."))
    assert kept.verdict == "supported"


@pytest.mark.parametrize(("claim", "passage", "differs"), [
    ("She approached the school once in March.", 'She approached the school "multiple times" beginning in March.', True),
    ("She visited the school once.", "She visited the school twice.", True),
    ("She visited the school twice.", "She visited the school twice.", False),
    # "once" for "formerly" stands in no place of a count
    ("He was once a model pupil.", "He was a model pupil.", False),
])
def test_how_many_times(claim: str, passage: str, differs: bool) -> None:
    found = [d for d in align(claim, passage).differences if d.kind == "quantifier"]
    assert bool(found) is differs


def test_how_many_times_on_the_seeds(seeds_checker: Checker) -> None:
    # 004: 'she approached the school "multiple times" beginning in March'
    once = seeds_checker.check_claim(Claim("t", "The mother said she approached the school once in March."))
    assert once.verdict == "contradicted"


@pytest.mark.parametrize(("claim", "passage", "unstated"), [
    ("The girls in the group threatened her.", "One of the girls in the group threatened her.", True),
    ("The suspects were arrested.", "Two of the suspects were arrested.", True),
    ("One of the girls in the group threatened her.", "One of the girls in the group threatened her.", False),
    ("The suspects were arrested.", "All of the suspects were arrested.", False),
])
def test_the_whole_for_a_part(claim: str, passage: str, unstated: bool) -> None:
    noun = "girls" if "girls" in claim else "suspects"
    assert (term(noun) in align(claim, passage).unattributed) is unstated


def test_the_whole_for_a_part_on_the_seeds(seeds_checker: Checker) -> None:
    # 004: "after one of the girls in the group threatened to kill her if she couldn't secure ..."
    result = seeds_checker.check_claim(Claim("t", "The girls in the group threatened to kill her if she couldn't "
                                                  "secure a payment of 250,000 tenges."))
    assert result.verdict == "partial"


def test_a_participle_report_keeps_the_attribution(seeds_checker: Checker) -> None:
    # 000: "... pulled off by local police officers, who cited concern over the boy's safety"
    result = seeds_checker.check_claim(Claim("t", "On March 14, local police took Batyrbekova and Nursultan off a train "
                                                  "in Shymkent, saying they were concerned for the boy's safety."))
    assert not [d for d in result.disagreements if d.kind == "hedge"]


@pytest.mark.parametrize(("claim", "expected"), [
    # 003: "She said Zhibek and a male relative ... got into an argument with four men inside the local
    # cafe before the four ambushed the pair outside": a report with no "that" reports all it holds
    ("Zhibek and a male relative argued with four men inside a cafe in Esik.", "partial"),
    # 004: "one of the girls in the group threatened ...": "the girl" may be that one
    ("The girl was sending the group up to $6,000 a month.", "supported"),
    # 000: "... local police officers, who cited concern over the boy's safety": the reason is hedged,
    # not the act of taking them off the train
    ("Police took the boy and his grandmother off a train bound for Almaty.", "supported"),
])
def test_what_a_report_and_a_part_cover_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == expected
