"""``factcheck conflicts``: a sentence that one source negates or turns into its antonym and
another states, found through the word-by-word alignment; and none of the traps.

Each scenario is two short news reports of one local story (written here, in the style
of the seeds), which differ in one sentence only, so that a trap is kept out by the rule
it tests and not by an accident of the surrounding text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEEDS, write_tree
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.conflicts.analysis import analyse
from factcheck.conflicts.polarity import polarity_conflicts
from factcheck.conflicts.scan import find_conflicts
from factcheck.models import Conflict, ConflictReport
from factcheck.sources.corpus import load_corpus

runner = CliRunner()

HERALD = """Karaganda council votes on Nura river bridge

Deputies of the Karaganda city council met on Tuesday to discuss the Nura river crossing.
{sentence}
The project has been debated since the spring floods damaged the old Tikhonov bridge.
Residents of the Maikuduk district say the detour adds forty minutes to their commute.
"""
NEWS = """Nura bridge: what the council decided

The Karaganda city council took up the Nura river crossing at its session this week.
{sentence}
Spring floods damaged the old Tikhonov bridge and closed it to traffic last April.
The Maikuduk district has waited for a new crossing for years.
"""
APPROVED = "The city council approved the construction of the new pedestrian bridge over the Nura river."
NOT_APPROVED = "The city council did not approve the construction of the new pedestrian bridge over the Nura river."
OPPOSITES = ("negation", "antonym")


def _report(tmp_path: Path, ours: str, theirs: str, *, herald: str = HERALD, news: str = NEWS) -> ConflictReport:
    folder = write_tree(tmp_path, {"herald.txt": herald.format(sentence=ours), "news.txt": news.format(sentence=theirs)})
    return find_conflicts(load_corpus([folder]).documents, min_confidence=0.0)


def _opposites(report: ConflictReport) -> list[Conflict]:
    return [c for c in report.conflicts if c.kind in OPPOSITES]


# ----------------------------------------------------------------------- real disagreements

def test_a_negated_sentence_against_the_affirmed_one_is_found(tmp_path: Path) -> None:
    report = _report(tmp_path, NOT_APPROVED, APPROVED)
    [finding] = report.conflicts
    assert finding.kind == "negation"
    assert [(v.source_id, v.line, v.value) for v in finding.values] == [
        ("herald.txt", 4, "not approve"), ("news.txt", 4, "approved")]
    assert [v.quote for v in finding.values] == [NOT_APPROVED, APPROVED]
    assert 0.5 <= finding.confidence <= 0.75  # above the default threshold, below value findings
    assert "approve" in finding.subject and "bridge" in finding.subject
    texts = {"herald.txt": HERALD.format(sentence=NOT_APPROVED), "news.txt": NEWS.format(sentence=APPROVED)}
    for v in finding.values:  # every slice verbatim, as the contract says
        assert texts[v.source_id][v.start:v.end] == v.quote
        assert texts[v.source_id][v.value_start:v.value_end] == v.value
        assert v.start <= v.value_start < v.value_end <= v.end


@pytest.mark.parametrize(("ours", "theirs", "kind", "values"), [
    ("Deputies rejected the proposal to close the old Tikhonov bridge to heavy trucks.",
     "Deputies approved the proposal to close the old Tikhonov bridge to heavy trucks.",
     "antonym", ["rejected", "approved"]),
    ("The old Tikhonov bridge was never inspected after the spring floods.",
     "The old Tikhonov bridge was inspected after the spring floods.",
     "negation", ["never inspected", "inspected"]),
    ("Traffic on the Nura river embankment fell sharply after the old Tikhonov bridge closed.",
     "Traffic on the Nura river embankment rose sharply after the old Tikhonov bridge closed.",
     "antonym", ["fell", "rose"]),
])
def test_antonyms_and_never_are_found(tmp_path: Path, ours: str, theirs: str, kind: str, values: list[str]) -> None:
    [finding] = _report(tmp_path, ours, theirs).conflicts
    assert finding.kind == kind
    assert [v.value for v in finding.values] == values


def test_one_finding_per_statement_with_every_source(tmp_path: Path) -> None:
    """Two reports affirm, one negates: one finding, each sentence once."""
    folder = write_tree(tmp_path, {"herald.txt": HERALD.format(sentence=NOT_APPROVED),
                                   "news.txt": NEWS.format(sentence=APPROVED),
                                   "weekly.txt": NEWS.replace("this week", "on Tuesday").format(sentence=APPROVED)})
    report = find_conflicts(load_corpus([folder]).documents)
    [finding] = report.conflicts
    assert finding.kind == "negation"
    assert [(v.source_id, v.value) for v in finding.values] == [
        ("herald.txt", "not approve"), ("news.txt", "approved"), ("weekly.txt", "approved")]


# ----------------------------------------------------------------------- traps

@pytest.mark.parametrize(("ours", "theirs"), [
    # two events: the aligned sentences carry different values of one kind
    ("The city council did not approve the 2019 budget for the new pedestrian bridge over the Nura river.",
     "The city council approved the 2020 budget for the new pedestrian bridge over the Nura river."),
    # a date on one side only: the negation is about another time than the statement
    ("In 2019 the city council did not approve the construction of the new pedestrian bridge over the Nura river.",
     APPROVED),
], ids=["other-values", "date-on-one-side"])
def test_two_different_events_are_no_negation(tmp_path: Path, ours: str, theirs: str) -> None:
    # (the value finder may still set 2019 against 2020: that is a value finding, not this one)
    assert _opposites(_report(tmp_path, ours, theirs)) == []


@pytest.mark.parametrize(("ours", "theirs"), [
    ("The mayor did not attend the opening ceremony of the temporary pedestrian crossing over the Nura river "
     "near the Maikuduk district.",
     "The governor attended the opening ceremony of the temporary pedestrian crossing over the Nura river "
     "near the Maikuduk district."),
    ("Mayor Nurlan Abenov did not attend the opening ceremony of the temporary pedestrian crossing over the Nura river.",
     "Governor Yerlan Karin attended the opening ceremony of the temporary pedestrian crossing over the Nura river."),
], ids=["another-word", "another-name"])
def test_two_different_subjects_are_no_negation(tmp_path: Path, ours: str, theirs: str) -> None:
    assert _report(tmp_path, ours, theirs).conflicts == ()


def test_the_same_sentence_about_two_different_stories_is_no_negation(tmp_path: Path) -> None:
    """A template sentence in two reports about two towns: nothing else in common."""
    other_town = """Pavlodar budget session

The Pavlodar regional akimat presented its spending plans for the Irtysh embankment.
{sentence}
Officials promised to repave the central market square before the winter.
"""
    report = _report(tmp_path, "The city council did not approve the construction of the new pedestrian bridge.",
                     "The city council approved the construction of the new pedestrian bridge.", news=other_town)
    assert report.conflicts == ()


@pytest.mark.parametrize(("ours", "theirs"), [
    # a denial reports what a man said: he denied it, and he did it, can both be true
    ("Deputy Marat Seitkali denied that he had voted for the demolition of the old Tikhonov bridge.",
     "Deputy Marat Seitkali voted for the demolition of the old Tikhonov bridge."),
    ("Deputy Marat Seitkali denied voting for the demolition of the old Tikhonov bridge.",
     "Deputy Marat Seitkali voted for the demolition of the old Tikhonov bridge."),
    # one source relays what the council said; the other states what it did
    ("The city council said it had not approved the construction of the new pedestrian bridge over the Nura river.",
     APPROVED),
    ("The city council reportedly did not approve the construction of the new pedestrian bridge over the Nura river.",
     APPROVED),
], ids=["denied-that", "denied-verb", "said", "reportedly"])
def test_a_reported_statement_against_a_stated_one_is_no_negation(tmp_path: Path, ours: str, theirs: str) -> None:
    assert _opposites(_report(tmp_path, ours, theirs)) == []


@pytest.mark.parametrize("ours", [
    "The city council not only approved the construction of the new pedestrian bridge over the Nura river "
    "but also doubled its budget.",
    "It is still unclear whether or not the city council approved the construction of the new pedestrian bridge "
    "over the Nura river.",
    "The city council, which had not met since the spring floods, approved the construction of the new "
    "pedestrian bridge over the Nura river.",
    "The city council approved the construction of the new pedestrian bridge over the Nura river, but it did not "
    "approve the design.",
    "The city council would not approve the construction of the new pedestrian bridge over the Nura river.",
    "Why did the city council not approve the construction of the new pedestrian bridge over the Nura river?",
], ids=["not-only", "whether-or-not", "negation-in-a-relative-clause", "negation-in-another-clause", "modal",
        "question"])
def test_no_change_of_polarity_is_no_negation(tmp_path: Path, ours: str) -> None:
    assert _opposites(_report(tmp_path, ours, APPROVED)) == []


def test_the_same_sentences_are_not_set_against_each_other_twice(tmp_path: Path) -> None:
    """The legal-outcome ``statement`` rule and the alignment both see this pair: one finding."""
    folder = write_tree(tmp_path, {
        "courier.txt": """Journalist beaten in Taraz

Reporter Aidos Sadykov was beaten outside his home in Taraz in March 2019.
Despite the case grabbing national headlines, no one was ever punished for the beating of the reporter.
Colleagues at the Taraz Courier organised a vigil outside the regional prosecutor's office.
The Committee to Protect Journalists called on the authorities to investigate.
""",
        "review.txt": """Taraz reporter attack: a year on

Aidos Sadykov, a reporter for the Taraz Courier, was beaten outside his home in March 2019.
Despite the case grabbing national headlines, one of the attackers was punished for the beating of the reporter.
Colleagues held a vigil outside the regional prosecutor's office in Taraz.
The Committee to Protect Journalists had urged the authorities to investigate.
"""})
    documents = load_corpus([folder]).documents
    [alone] = polarity_conflicts(analyse(documents))
    assert alone.kind == "negation"
    [finding] = find_conflicts(documents, min_confidence=0.0).conflicts
    assert finding.kind == "statement"
    assert [v.value for v in finding.values] == ["no one was ever punished", "one of the attackers was punished"]
    assert polarity_conflicts(analyse(documents), [finding]) == []


# ----------------------------------------------------------------------- the seeds and the command line

def test_seeds_gain_no_finding() -> None:
    """The seeds' report is what it was: two spellings and the legal-outcome statement."""
    result = runner.invoke(app, ["conflicts", "--sources", str(SEEDS), "--format", "json"])
    found = [(c["kind"], [(v["source_id"], v["line"], v["value"]) for v in c["values"]])
             for c in json.loads(result.stdout)["conflicts"]]
    assert found == [
        ("name_variant", [("001_8f1417bf292b09e1.txt", 7, "Assem"), ("002_c17141c48ebfc846.txt", 7, "Asem")]),
        ("name_variant", [("000_38fea943e4c83ed6.txt", 19, "Abay"), ("001_8f1417bf292b09e1.txt", 23, "Abai"),
                          ("002_c17141c48ebfc846.txt", 14, "Abai")]),
        ("statement", [("001_8f1417bf292b09e1.txt", 29, "no one was ever punished"),
                       ("002_c17141c48ebfc846.txt", 20, "one of the perpetrators was sentenced")]),
    ]
    everything = find_conflicts(load_corpus([SEEDS]).documents, min_confidence=0.0)
    assert _opposites(everything) == []


def test_cli_prints_the_negation_in_json(tmp_path: Path) -> None:
    folder = write_tree(tmp_path, {"herald.txt": HERALD.format(sentence=NOT_APPROVED),
                                   "news.txt": NEWS.format(sentence=APPROVED)})
    result = runner.invoke(app, ["conflicts", "--sources", str(folder), "--format", "json"])
    [finding] = json.loads(result.stdout)["conflicts"]
    assert finding["kind"] == "negation"
    assert [v["value"] for v in finding["values"]] == ["not approve", "approved"]
