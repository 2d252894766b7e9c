"""``factcheck conflicts`` on the real seeds: the real disagreements, none of the traps."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, SHARED_DATA, seed_text, shared, write_tree
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.conflicts.scan import find_conflicts
from factcheck.inputs.aliases import parse_aliases
from factcheck.models import Conflict, ConflictReport
from factcheck.reports.conflicts import render_conflicts_json, render_conflicts_text
from factcheck.sources.corpus import Corpus, load_corpus

S0, S1, S2, S3, S4 = sorted(p.name for p in SEEDS.iterdir())
CHECKER = SHARED_DATA.parent / "tools" / "contract_check.py"
runner = CliRunner()


@pytest.fixture(scope="module")
def everything(seeds: Corpus) -> ConflictReport:
    """Every finding on the seeds, whatever its confidence: traps must be absent even here."""
    return find_conflicts(seeds.documents, min_confidence=0.0)


def _spellings(conflict: Conflict) -> set[tuple[str, str]]:
    return {(v.source_id, v.value) for v in conflict.values}


def _variants(report: ConflictReport, word: str) -> list[Conflict]:
    return [c for c in report.conflicts if c.kind == "name_variant" and any(v.value == word for v in c.values)]


def test_abay_abai_is_one_finding_with_every_spelling(everything: ConflictReport) -> None:
    [finding] = _variants(everything, "Abay")
    assert _spellings(finding) == {(S0, "Abay"), (S1, "Abai"), (S2, "Abai")}
    abay = next(v for v in finding.values if v.value == "Abay")
    assert abay.line == 19
    assert "town" in finding.subject and "village" in finding.subject


def test_assem_asem_is_one_finding_on_line_7_of_both(everything: ConflictReport) -> None:
    [finding] = _variants(everything, "Assem")
    assert _spellings(finding) == {(S1, "Assem"), (S2, "Asem")}
    assert {v.line for v in finding.values} == {7}
    assert "Zhapisheva" in finding.subject
    assert finding.confidence >= 0.9


def test_no_one_punished_against_a_perpetrator_sentenced(everything: ConflictReport) -> None:
    [finding] = [c for c in everything.conflicts if c.kind == "statement"]
    assert [(v.source_id, v.line) for v in finding.values] == [(S1, 29), (S2, 20)]
    assert "no one was ever punished" in finding.values[0].quote
    assert "sentenced to seven years" in finding.values[1].quote


def _all_text(conflict: Conflict) -> str:
    return " | ".join(f"{v.value} {v.quote}" for v in conflict.values)


@pytest.mark.parametrize(("first", "second"), [
    ("Batyrbekov", "Batyrbekova"),          # a journalist and a grandmother
    ("Nursultan", "Nazarbayev"),            # a boy and a former president
    ("18,000", "18 million"),               # one number at two scales, two different things
    ("seven-year old", "7-year-old"),       # a number in words beside the same in digits
    ("Seltanov", "Seltanova"),              # a family and one of its members
    ("August 13", "August 14"),             # two different events on two dates
])
def test_traps_are_never_reported(everything: ConflictReport, first: str, second: str) -> None:
    for conflict in everything.conflicts:
        values = [v.value for v in conflict.values]
        assert not (any(first in v for v in values) and any(second in v for v in values)), _all_text(conflict)


def test_region_and_city_of_one_name_are_not_variants(everything: ConflictReport) -> None:
    for conflict in everything.conflicts:
        assert not any(v.value.lower() in ("turkistan", "almaty") for v in conflict.values), _all_text(conflict)


def test_different_stories_are_never_set_against_each_other(everything: ConflictReport) -> None:
    """003 (Esik) and 004 (Qyzylorda) are two other crimes: nothing links them to the rest."""
    for conflict in everything.conflicts:
        assert not {v.source_id for v in conflict.values} & {S3, S4}, _all_text(conflict)


def test_report_is_short_sorted_and_all_real(seeds: Corpus) -> None:
    report = find_conflicts(seeds.documents)
    assert [c.kind for c in report.conflicts] == ["name_variant", "name_variant", "statement"]
    confidences = [c.confidence for c in report.conflicts]
    assert confidences == sorted(confidences, reverse=True)


def test_every_slice_is_verbatim(everything: ConflictReport, seeds: Corpus) -> None:
    texts = {d.id: d for d in seeds.documents}
    for conflict in everything.conflicts:
        assert len({v.source_id for v in conflict.values}) >= 2  # between documents, never within one
        for v in conflict.values:
            document = texts[v.source_id]
            assert document.text[v.start:v.end] == v.quote == seed_text(v.source_id)[v.start:v.end]
            assert document.text[v.value_start:v.value_end] == v.value
            assert v.start <= v.value_start < v.value_end <= v.end
            assert document.position(v.start) == (v.line, v.column)


def test_output_is_deterministic(seeds: Corpus) -> None:
    first = render_conflicts_json(find_conflicts(seeds.documents))
    again = render_conflicts_json(find_conflicts(load_corpus([SEEDS]).documents))
    assert first == again


def test_json_passes_the_contract_checker(tmp_path: Path, seeds: Corpus) -> None:
    out = tmp_path / "conflicts.json"
    out.write_text(render_conflicts_json(find_conflicts(seeds.documents, min_confidence=0.0)), encoding="utf-8")
    done = subprocess.run([sys.executable, str(shared(CHECKER)), str(out), "--sources", str(SEEDS)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout
    assert "0 violations" in done.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["summary"]["conflicts"] == len(data["conflicts"])


def test_text_marks_the_differing_value(seeds: Corpus) -> None:
    text = render_conflicts_text(find_conflicts(seeds.documents))
    assert f"{S0}:19" in text and ">>Abay<<" in text and ">>Abai<<" in text
    assert ">>Assem<<" in text and ">>Asem<<" in text
    assert text.rstrip().endswith("3 disagreements between 5 documents")


def test_aliases_mark_a_declared_pair_and_drop_a_different_one(seeds: Corpus) -> None:
    aliases = parse_aliases("same: [[Abay, Abai]]\ndifferent: [[Assem, Asem]]\n")
    report = find_conflicts(seeds.documents, aliases)
    [abay] = _variants(report, "Abay")
    assert abay.explained and report.conflicts[-1] is abay  # explained findings come last
    assert not _variants(report, "Assem")
    assert report.summary()["explained"] == 1


# ----------------------------------------------------------------------- real text, planted

def _batyrbekov_pair(tmp_path: Path, sentence: str) -> Path:
    """Seed 001 with the sentence it gives Batyrbekov changed, beside the untouched seed 002."""
    original = seed_text(S1)
    assert "two years and three months" in original
    return write_tree(tmp_path, {S1: original.replace("two years and three months", sentence), S2: seed_text(S2)})


def test_a_planted_value_disagreement_in_real_text_is_found(tmp_path: Path) -> None:
    folder = _batyrbekov_pair(tmp_path, "three years")
    report = find_conflicts(load_corpus([folder]).documents)
    [finding] = [c for c in report.conflicts if c.kind == "duration"]
    assert [(v.source_id, v.line, v.value) for v in finding.values] == [
        (S1, 31, "three years"), (S2, 26, "two years and three months")]


def test_the_same_value_in_words_and_digits_is_no_disagreement(tmp_path: Path) -> None:
    folder = _batyrbekov_pair(tmp_path, "2 years and 3 months")
    report = find_conflicts(load_corpus([folder]).documents, min_confidence=0.0)
    assert [c for c in report.conflicts if c.kind not in ("name_variant", "statement")] == []


def test_instagram_posts_on_different_dates_are_no_disagreement(tmp_path: Path) -> None:
    """Real WiCE pages that embed several posts of one account, each on its own date."""
    folder = shared(SHARED_DATA / "wice-dev" / "sources")
    names = [p.name for p in folder.iterdir() if "Amelia_Windsor" in p.name]
    assert len(names) == 2
    report = find_conflicts(load_corpus([folder / n for n in names]).documents, min_confidence=0.0)
    assert report.conflicts == ()


def test_climate_fever_articles_raise_no_false_alarm() -> None:
    """200 real Wikipedia evidence files on climate: nothing there is a disagreement."""
    folder = shared(SHARED_DATA / "climate-fever" / "sources")
    files = sorted(folder.iterdir())[:200]
    report = find_conflicts(load_corpus(files).documents)
    assert report.conflicts == (), [_all_text(c) for c in report.conflicts]


# ----------------------------------------------------------------------- command line

def test_cli_exits_1_with_findings_and_prints_json() -> None:
    result = runner.invoke(app, ["conflicts", "--sources", str(SEEDS), "--format", "json"])
    assert result.exit_code == 1
    assert len(json.loads(result.stdout)["conflicts"]) == 3


def test_cli_exits_0_when_the_documents_agree(tmp_path: Path) -> None:
    folder = _batyrbekov_pair(tmp_path, "2 years and 3 months")
    (folder / S1).write_text(seed_text(S1).replace("Assem", "Asem").replace("no one was ever punished", "the case was heard"), encoding="utf-8")
    result = runner.invoke(app, ["conflicts", "--sources", str(folder)])
    assert result.exit_code == 0, result.stdout
    assert "0 disagreements between 2 documents" in result.stdout


def test_cli_exits_0_when_aliases_explain_everything(tmp_path: Path) -> None:
    aliases = write_tree(tmp_path, {"a.yaml": "same: [[Abay, Abai], [Assem, Asem]]\n"}) / "a.yaml"
    result = runner.invoke(app, ["conflicts", "--sources", str(SEEDS), "--aliases", str(aliases), "--min-confidence", "0.7"])
    assert result.exit_code == 0, result.stdout
    assert "2 more explained by the aliases file" in result.stdout


def test_cli_exits_2_on_a_bad_aliases_file(tmp_path: Path) -> None:
    aliases = write_tree(tmp_path, {"a.yaml": "same: [[Abay, Abai]]\nalike: [[x, y]]\n"}) / "a.yaml"
    done = subprocess.run([sys.executable, "-m", "factcheck", "conflicts", "--sources", str(SEEDS), "--aliases", str(aliases)],
                          capture_output=True, text=True, check=False, cwd=ROOT)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.strip() == f"error: {aliases.as_posix()}:2:1: unknown key 'alike' (allowed: same, different)"


def test_one_document_is_counted_in_the_singular(tmp_path: Path) -> None:
    """A scan of one file says "between 1 document" (a new user's report, session 41)."""
    (tmp_path / "only.txt").write_text("The harbour opened in 1990. It closed in 2001.\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "factcheck", "conflicts", "--sources", str(tmp_path / "only.txt"),
                             "--no-index"], capture_output=True, text=True, cwd=tmp_path,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith("0 disagreements between 1 document")
