"""Tests of factcheck.ci.baseline: what identifies a finding, applying, and writing the file.

Hand-made results and conflicts, so that each property is tested on its own; the full
write-then-use cycle through the command line is in test_ci_scenarios.py.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from factcheck.ci.baseline import (
    apply_baseline,
    apply_conflict_baseline,
    claim_hash,
    load_baseline,
    sentence_hash,
    write_baseline,
)
from factcheck.errors import InputError
from factcheck.models import (
    Acceptance,
    Claim,
    ClaimResult,
    Conflict,
    ConflictReport,
    ConflictValue,
    QuoteCheck,
    Report,
)
from factcheck.reports.findings import failing_of, findings_of


def result(claim_id: str = "c1", text: str = "The town has 18,000 people.", verdict: str = "partial", *,
           quote: str | None = None, file: str = "claims/x.yaml", line: int = 3, **claim: object) -> ClaimResult:
    qc = QuoteCheck("close", "s.txt", 4) if quote else None
    return ClaimResult(Claim(claim_id, text, file, line, quote=quote, **claim), verdict, 80.0, (), (), (), qc)


def value(text: str, source: str, line: int = 1, start: int = 0) -> ConflictValue:
    return ConflictValue(text, source, f"seeds/{source}", line, 1, start, start + 20, "x" * 20, start, start + 2)


def conflict(kind: str = "number", *values: ConflictValue, explained: bool = False) -> Conflict:
    values = values or (value("7", "a.txt"), value("8", "b.txt"))
    return Conflict(kind, "sentence", 0.9, values, explained)


# ---------------------------------------------------------------- identity


def test_claim_hash_ignores_position_layout_and_bookkeeping() -> None:
    base = Claim("c1", "The town has 18,000 people.", "claims/x.yaml", 3, quote="the town", cite=("a.txt",))
    same = [replace(base, line=40, file="other/y.yaml"), replace(base, text="The town  has\n18,000 people."),
            replace(base, tags=("t",)), replace(base, accept=(Acceptance("partial", "why"),))]
    different = [replace(base, text="The town has 19,000 people."), replace(base, quote="the city"),
                 replace(base, cite=("b.txt",)), replace(base, expect=(("number", "18000"),))]
    assert {claim_hash(c) for c in same} == {claim_hash(base)}
    assert all(claim_hash(c) != claim_hash(base) for c in different)
    assert len(claim_hash(base)) == 16


def test_sentence_hash_normalises_quotes_case_and_spacing() -> None:
    assert sentence_hash("He said “no”  to  Abai.") == sentence_hash('he said "no" to abai.')
    assert sentence_hash("He said no to Abai.") != sentence_hash("He said yes to Abai.")


# ---------------------------------------------------------------- write, then apply


def test_round_trip_baselines_exactly_the_recorded_findings(tmp_path: Path) -> None:
    path = str(tmp_path / "b.json")
    before = Report((result("c1"), result("c2", verdict="supported", quote="the town"), result("c3", verdict="supported")))
    assert write_baseline(path, "check", before) == 2  # c3 has no finding
    baseline = load_baseline(path)
    again = apply_baseline(before, baseline, "check")
    assert [r.baselined for r in again.results] == [("partial",), ("quote:close",), ()]
    assert all(not failing_of(r) for r in again.results)
    assert [f.suppressed for r in again.results for f in findings_of(r)] == ["baseline", "baseline"]
    # a reworded claim, and a claim whose finding changed, fail again; a moved claim does not
    later = Report((result("c1", text="The town has 19,000 people."), result("c2", verdict="contradicted",
                                                                           quote="the town"),
                    result("c1", line=99)))
    marked = apply_baseline(later, baseline, "check")
    assert [[f.token for f in failing_of(r)] for r in marked.results] == [["partial"], ["contradicted"], []]


def test_verify_entries_are_keyed_by_draft_and_sentence(tmp_path: Path) -> None:
    path = str(tmp_path / "b.json")
    sentence = result("d.md:3:1", "Both girls lived within a 900-meter radius.", "contradicted", file="d.md")
    write_baseline(path, "verify", Report((sentence,)))
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    assert data["verify"] == [{"file": "d.md", "hash": sentence_hash(sentence.claim.text),
                               "sentence": "Both girls lived within a 900-meter radius.", "findings": ["contradicted"]}]
    moved = replace(sentence, claim=replace(sentence.claim, id="d.md:9:1", line=9))
    other_draft = replace(sentence, claim=replace(sentence.claim, file="e.md"))
    marked = apply_baseline(Report((moved, other_draft)), load_baseline(path), "verify")
    assert [r.baselined for r in marked.results] == [("contradicted",), ()]


def test_accepted_findings_are_not_written() -> None:
    from factcheck.ci.baseline import baseline_entries

    accepted = result("c1", accept=(Acceptance("partial", "reviewed"),))
    assert baseline_entries("check", Report((accepted,))) == []


def test_the_file_is_sorted_versioned_and_byte_stable(tmp_path: Path) -> None:
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    results = (result("b"), result("a", verdict="not_found"), result("c", verdict="disputed"))
    write_baseline(str(one), "check", Report(results))
    write_baseline(str(two), "check", Report(results[::-1]))
    assert one.read_bytes() == two.read_bytes()
    data = json.loads(one.read_text(encoding="utf-8"))
    assert list(data) == ["version", "tool", "check", "verify", "conflicts"]
    assert (data["version"], data["tool"]) == (1, "factcheck")
    assert [e["id"] for e in data["check"]] == ["a", "b", "c"]
    assert one.read_text(encoding="utf-8").endswith("}\n")
    assert oct(one.stat().st_mode & 0o777) == oct(0o644)


def test_each_command_keeps_the_other_sections(tmp_path: Path) -> None:
    path = str(tmp_path / "b.json")
    write_baseline(path, "check", Report((result("c1"),)))
    write_baseline(path, "conflicts", ConflictReport((conflict(),)))
    write_baseline(path, "verify", Report((result("d.md:1:1", file="d.md"),)))
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    assert [len(data[s]) for s in ("check", "verify", "conflicts")] == [1, 1, 1]
    write_baseline(path, "check", Report(()))
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    assert [len(data[s]) for s in ("check", "verify", "conflicts")] == [0, 1, 1]


def test_conflicts_are_identified_by_kind_values_and_sources(tmp_path: Path) -> None:
    path = str(tmp_path / "b.json")
    write_baseline(path, "conflicts", ConflictReport((conflict(), conflict("name_variant", explained=True))))
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    assert data["conflicts"] == [{"kind": "number", "values": [{"source_id": "a.txt", "value": "7"},
                                                               {"source_id": "b.txt", "value": "8"}]}]
    moved = conflict("number", value("8", "b.txt", line=30, start=500), value("7", "a.txt", line=2, start=90))
    new_value = conflict("number", value("7", "a.txt"), value("9", "b.txt"))
    other_kind = conflict("date")
    marked = apply_conflict_baseline(ConflictReport((moved, new_value, other_kind)), load_baseline(path))
    assert [c.baselined for c in marked.conflicts] == [True, False, False]


# ---------------------------------------------------------------- bad files


@pytest.mark.parametrize(("content", "expected"), [
    (None, "b.json: no such baseline file (write one with --write-baseline FILE)"),
    ('{"version": 1,\n  "tool": }', "b.json:2:11: invalid JSON: Expecting value"),
    ('{"version": 1}', 'b.json: not a factcheck baseline (no "tool": "factcheck" and "version")'),
    ('{"version": 2, "tool": "factcheck"}', "b.json: baseline version 2 is not supported (this factcheck reads "
                                            "version 1); write it again with --write-baseline"),
    ('{"version": 1, "tool": "factcheck", "check": [{"id": "a"}]}',
     "b.json: 'check[0]' is not a baseline entry (needs id, hash, findings)"),
    ('{"version": 1, "tool": "factcheck", "conflicts": {}}', "b.json: 'conflicts' must be a list of findings"),
])
def test_bad_baseline_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str | None,
                            expected: str) -> None:
    monkeypatch.chdir(tmp_path)
    if content is not None:
        Path("b.json").write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_baseline("b.json")
    assert str(caught.value) == expected


def test_an_invalid_existing_file_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text("not json", encoding="utf-8")
    with pytest.raises(InputError):
        write_baseline(str(path), "check", Report((result(),)))
    assert path.read_text(encoding="utf-8") == "not json"
    assert os.listdir(tmp_path) == ["b.json"]  # no temporary file left behind


def test_writing_into_a_missing_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such folder"):
        write_baseline(str(tmp_path / "nowhere" / "b.json"), "check", Report((result(),)))
