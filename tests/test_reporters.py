"""Tests for the CI output formats (sarif, junit, github) on a real run over the example claims.

The real Report comes from ``run_check(["claims"], ["seeds"])`` so that locations can be
checked against the files they point at: a claim's line must hold ``id: <claim id>``, an
evidence location must be where its quote starts in the seed.
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import Checker, Corpus, run_check
from factcheck.cli import FAIL_ON_DEFAULT, Format, app, findings, parse_fail_on
from factcheck.models import (
    Acceptance,
    CiteCheck,
    Claim,
    ClaimResult,
    ConflictReport,
    Disagreement,
    Evidence,
    QuoteCheck,
    Report,
)
from factcheck.reports.findings import RULES, findings_of
from factcheck.reports.github import escape_data, escape_property, render_conflicts_github, render_github
from factcheck.reports.junit import render_conflicts_junit, render_junit
from factcheck.reports.results import REPORTERS, render_text
from factcheck.reports.sarif import path_to_uri, render_conflicts_sarif, render_sarif

ROOT = Path(__file__).resolve().parent.parent
RULE_IDS = ["unsupported-claim", "partial-claim", "contradicted-claim", "disputed-claim", "misquote",
            "missing-quote", "wrong-source", "citation-not-found", "unknown-source"]
GITHUB_LINE = re.compile(r"^::(error|warning|notice|group|endgroup)( [^:]*)?::")


@pytest.fixture(scope="module")
def report() -> Iterator[Report]:
    """The real example run, with paths relative to the repo root as the CLI shows them."""
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        yield run_check(["claims"], ["seeds"]).report


def make_result(verdict: str = "supported", quote: str | None = None, cite: str | None = None, *,
                claim_id: str = "c1", text: str = "The town has 18,000 people.", file: str | None = "claims/x.yaml",
                disagreements: tuple[Disagreement, ...] = (), missing: tuple[str, ...] = ()) -> ClaimResult:
    """A hand-made result, for statuses the example claims do not produce."""
    evidence = (Evidence("s.txt", "seeds/s.txt", 3, 5, 40, 60, "The town has 18,000 people.", 90.0, "supports", 3),)
    qc = QuoteCheck(quote, "s.txt", 3, differences=(("boy", "child"),)) if quote else None
    found_in = ("s.txt",) if cite == "wrong_source" else ()
    cc = CiteCheck(cite, ("a.txt",), found_in, ("a.txt",) if cite == "unknown_source" else ())
    claim = Claim(claim_id, text, file, 7 if file else None, quote="the boy" if quote else None, cite=("a.txt",))
    return ClaimResult(claim, verdict, 90.0, evidence, disagreements, missing, qc, cc if cite else None)


def sarif(report: Report) -> dict:
    return json.loads(render_sarif(report))


# ---------------------------------------------------------------- the shared classification


def test_rules_cover_exactly_the_cli_default_fail_set() -> None:
    assert [r.id for r in RULES] == RULE_IDS
    assert {r.token for r in RULES} == set(FAIL_ON_DEFAULT.split(","))
    assert all(re.fullmatch(r"(?:[A-Z][a-z]+)+", r.name) for r in RULES)
    assert {r.id: r.level for r in RULES if r.level == "warning"} == {"partial-claim": "warning"}


@pytest.mark.parametrize(("verdict", "quote", "cite", "expected"), [
    ("supported", "exact", "ok", []),
    ("supported", None, None, []),
    ("not_found", None, None, ["unsupported-claim"]),
    ("partial", None, None, ["partial-claim"]),
    ("contradicted", None, "ok", ["contradicted-claim"]),
    ("disputed", None, None, ["disputed-claim"]),
    ("supported", "close", "ok", ["misquote"]),
    ("supported", "missing", None, ["missing-quote"]),
    ("supported", None, "wrong_source", ["wrong-source"]),
    ("not_found", "missing", "not_found", ["unsupported-claim", "missing-quote", "citation-not-found"]),
    ("contradicted", None, "unknown_source", ["contradicted-claim", "unknown-source"]),
])
def test_findings_of_each_status(verdict: str, quote: str | None, cite: str | None, expected: list[str]) -> None:
    found = findings_of(make_result(verdict, quote, cite))
    assert [f.rule_id for f in found] == expected
    assert all("'c1'" in f.message for f in found)
    assert all(f.level == ("warning" if f.rule_id == "partial-claim" else "error") for f in found)


def test_failing_claims_agree_with_the_cli_count(report: Report) -> None:
    failing = sum(1 for r in report.results if findings_of(r))
    assert failing == findings(report, parse_fail_on(FAIL_ON_DEFAULT))
    assert 0 < failing < len(report.results)


def test_messages_name_the_differing_values() -> None:
    d = Disagreement("number", "eight years", "seven years", "002.txt", 20, "q", 0, 1, 0, 1)
    found = findings_of(make_result("contradicted", claim_id="perpetrator-term", disagreements=(d,)))
    assert found[0].message == ("Claim 'perpetrator-term' is contradicted: "
                                'claim says "eight years", 002.txt:20 says "seven years"')
    partial = findings_of(make_result("partial", missing=("fined 5,000 dollars",)))[0]
    assert partial.message == "Claim 'c1' is only partly supported: unsupported: \"fined 5,000 dollars\""
    assert '"boy" where the source has "child"' in findings_of(make_result("supported", "close"))[0].message


# ---------------------------------------------------------------- SARIF


def test_sarif_log_shape(report: Report) -> None:
    log = sarif(report)
    assert log["version"] == "2.1.0"
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert len(log["runs"]) == 1
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "factcheck" and driver["version"]
    assert [rule["id"] for rule in driver["rules"]] == RULE_IDS
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning")


def test_sarif_one_result_per_finding(report: Report) -> None:
    run = sarif(report)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert len(results) == sum(len(findings_of(r)) for r in report.results) > 0
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] == rules[result["ruleIndex"]]["defaultConfiguration"]["level"]
        assert f"'{result['properties']['claimId']}'" in result["message"]["text"]
    expected = [(r.claim.id, f.rule_id) for r in report.results for f in findings_of(r)]
    assert [(x["properties"]["claimId"], x["ruleId"]) for x in results] == expected


def test_sarif_locations_point_at_the_claim_line(report: Report) -> None:
    for result in sarif(report)["runs"][0]["results"]:
        (location,) = result["locations"]
        physical = location["physicalLocation"]
        path = ROOT / physical["artifactLocation"]["uri"]
        assert path.is_file()
        line = path.read_text(encoding="utf-8").splitlines()[physical["region"]["startLine"] - 1]
        assert f"id: {result['properties']['claimId']}" in line


def test_sarif_related_locations_point_at_the_quote(report: Report) -> None:
    seen = 0
    for result in sarif(report)["runs"][0]["results"]:
        for related in result.get("relatedLocations", []):
            physical = related["physicalLocation"]
            path = ROOT / physical["artifactLocation"]["uri"]
            text = path.read_text(encoding="utf-8-sig")
            region = physical["region"]
            offset = sum(len(x) for x in text.splitlines(keepends=True)[: region["startLine"] - 1])
            at = " ".join(text[offset + region["startColumn"] - 1:][:400].split())
            quote = related["message"]["text"].removesuffix("…")
            assert at.startswith(quote[:100]), (path, region, quote)
            assert len(related["message"]["text"]) <= 200
            seen += 1
    assert seen > 0


def test_sarif_fingerprints_are_stable_and_distinct(report: Report) -> None:
    results = sarif(report)["runs"][0]["results"]
    prints = [r["partialFingerprints"]["factcheck/v1"] for r in results]
    assert all(re.fullmatch(r"[0-9a-f]{64}", p) for p in prints)
    assert len(set(prints)) == len(prints)
    moved = make_result("not_found", file="claims/other.yaml")
    assert sarif(Report((moved,)))["runs"][0]["results"][0]["partialFingerprints"] == \
        sarif(Report((make_result("not_found"),)))["runs"][0]["results"][0]["partialFingerprints"]


def test_sarif_without_file_omits_locations_and_clean_claims_give_nothing() -> None:
    log = sarif(Report((make_result("not_found", file=None), make_result("supported", "exact", "ok"))))
    (result,) = log["runs"][0]["results"]
    assert "locations" not in result
    region = result["relatedLocations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 3, "startColumn": 5, "endLine": 3}


def test_path_to_uri() -> None:
    assert path_to_uri("claims/abai-case.yaml") == "claims/abai-case.yaml"
    assert path_to_uri("my claims/a b.yaml") == "my%20claims/a%20b.yaml"
    assert path_to_uri("/tmp/x.yaml") == "file:///tmp/x.yaml"


SARIF_SUBSET = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object", "required": ["version", "runs"], "additionalProperties": False,
    "properties": {"$schema": {"type": "string"}, "version": {"enum": ["2.1.0"]},
                   "runs": {"type": "array", "items": {"$ref": "#/definitions/run"}}},
    "definitions": {
        "message": {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}},
        "run": {"type": "object", "required": ["tool"], "additionalProperties": False, "properties": {
            "tool": {"type": "object", "required": ["driver"], "additionalProperties": False,
                     "properties": {"driver": {"$ref": "#/definitions/driver"}}},
            "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
            "results": {"type": "array", "items": {"$ref": "#/definitions/result"}}}},
        "driver": {"type": "object", "required": ["name"], "additionalProperties": False, "properties": {
            "name": {"type": "string"}, "version": {"type": "string"}, "semanticVersion": {"type": "string"},
            "rules": {"type": "array", "uniqueItems": True, "items": {"$ref": "#/definitions/rule"}}}},
        "rule": {"type": "object", "required": ["id"], "additionalProperties": False, "properties": {
            "id": {"type": "string"}, "name": {"type": "string"}, "helpUri": {"type": "string"},
            "shortDescription": {"$ref": "#/definitions/message"}, "fullDescription": {"$ref": "#/definitions/message"},
            "defaultConfiguration": {"type": "object", "properties": {"level": {"$ref": "#/definitions/level"}}},
            "properties": {"type": "object"}}},
        "level": {"enum": ["none", "note", "warning", "error"]},
        "result": {"type": "object", "required": ["message"], "additionalProperties": False, "properties": {
            "ruleId": {"type": "string"}, "ruleIndex": {"type": "integer", "minimum": -1},
            "level": {"$ref": "#/definitions/level"}, "message": {"$ref": "#/definitions/message"},
            "locations": {"type": "array", "items": {"$ref": "#/definitions/location"}},
            "relatedLocations": {"type": "array", "uniqueItems": True, "items": {"$ref": "#/definitions/location"}},
            "partialFingerprints": {"type": "object", "additionalProperties": {"type": "string"}},
            "suppressions": {"type": "array", "minItems": 1, "items": {
                "type": "object", "required": ["kind", "justification"], "additionalProperties": False,
                "properties": {"kind": {"enum": ["inSource", "external"]}, "justification": {"type": "string"}}}},
            "properties": {"type": "object"}}},
        "location": {"type": "object", "additionalProperties": False, "properties": {
            "id": {"type": "integer", "minimum": -1}, "message": {"$ref": "#/definitions/message"},
            "physicalLocation": {"type": "object", "additionalProperties": False, "properties": {
                "artifactLocation": {"type": "object", "additionalProperties": False,
                                     "properties": {"uri": {"type": "string"}}},
                "region": {"type": "object", "additionalProperties": False, "properties": {
                    "startLine": {"type": "integer", "minimum": 1}, "startColumn": {"type": "integer", "minimum": 1},
                    "endLine": {"type": "integer", "minimum": 1}}}}}}},
    },
}


# The published SARIF 2.1.0 schema (rtm.5), as shipped in Microsoft's MIT-licensed
# @microsoft/jest-sarif package; FACTCHECK_SARIF_SCHEMA may name another copy.
SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-2.1.0-rtm.5.json"


def test_sarif_validates_against_the_published_schema(report: Report) -> None:
    """The official schema, and a hand-written subset that pins what we rely on."""
    import jsonschema

    jsonschema.validate(sarif(report), SARIF_SUBSET)
    official = Path(os.environ.get("FACTCHECK_SARIF_SCHEMA", SARIF_SCHEMA))
    jsonschema.validate(sarif(report), json.loads(official.read_text(encoding="utf-8")))
    with pytest.raises(jsonschema.ValidationError):
        broken = sarif(report)
        broken["runs"][0]["results"][0]["level"] = "fatal"
        jsonschema.validate(broken, SARIF_SUBSET)


# ---------------------------------------------------------------- JUnit XML


def test_junit_one_case_per_claim_and_failures_per_finding(report: Report) -> None:
    text = render_junit(report)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "testsuites" and root.get("name") == "factcheck" and root.get("errors") == "0"
    cases = root.findall("./testsuite/testcase")
    assert [c.get("name") for c in cases] == [r.claim.id for r in report.results]
    failing = sum(1 for r in report.results if findings_of(r))
    assert int(root.get("tests")) == len(report.results)
    assert int(root.get("failures")) == len(root.findall(".//failure")) == failing
    tokens = set(FAIL_ON_DEFAULT.split(","))
    for case in cases:
        failure = case.find("failure")
        if failure is not None:
            assert failure.get("type") in tokens and f"'{case.get('name')}'" in failure.get("message")
            assert "claim: " in failure.text
        else:
            assert case.find("system-out").text.split(" ")[0] == "supported"


def test_junit_suites_per_file(report: Report) -> None:
    root = ET.fromstring(render_junit(report))
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == list(dict.fromkeys(r.claim.file for r in report.results))
    for suite in suites:
        cases = suite.findall("testcase")
        assert int(suite.get("tests")) == len(cases)
        assert int(suite.get("failures")) == len(suite.findall("testcase/failure"))
        for case in cases:
            assert case.get("file") == suite.get("name")
            assert case.get("classname") == suite.get("name").removesuffix(".yaml").replace("/", ".")
            line = (ROOT / case.get("file")).read_text(encoding="utf-8").splitlines()[int(case.get("line")) - 1]
            assert f"id: {case.get('name')}" in line


def test_junit_drops_characters_xml_cannot_carry() -> None:
    odd = make_result("not_found", text="bell\x07 and \x00nul & <tag>", file=None)
    root = ET.fromstring(render_junit(Report((odd,))))
    case = root.find("./testsuite/testcase")
    assert case.get("classname") == "factcheck" and "file" not in case.attrib
    assert "bell and nul & <tag>" in case.find("failure").text


# ---------------------------------------------------------------- GitHub workflow commands


def test_github_lines(report: Report) -> None:
    lines = render_github(report).splitlines()
    assert lines and all(GITHUB_LINE.match(line) for line in lines)
    annotations = [x for x in lines if x.startswith(("::error ", "::warning "))]
    assert len(annotations) == sum(len(findings_of(r)) for r in report.results)
    assert lines.count("::endgroup::") == sum(x.startswith("::group::") for x in lines) > 0
    assert lines[-1].startswith(f"::notice::factcheck: {len(report.results)} claims, ")
    for result in report.results:
        for finding in findings_of(result):
            head = f"::{finding.level} file={result.claim.file},line={result.claim.line},title={finding.rule_id}::"
            assert any(x.startswith(head) and f"'{result.claim.id}'" in x for x in annotations)


def test_github_groups_count_their_findings(report: Report) -> None:
    current, count = None, 0
    for line in render_github(report).splitlines():
        if line.startswith("::group::"):
            current, count = re.search(r"\((\d+) findings(?:, \d+ accepted)?\)$", line).group(1), 0
        elif line == "::endgroup::":
            assert int(current) == count
        elif line.startswith(("::error", "::warning")):
            count += 1


def test_github_escaping() -> None:
    assert escape_data("50% done\r\nnext: a,b") == "50%25 done%0D%0Anext: a,b"
    assert escape_property("dir,x/c:d%.yaml") == "dir%2Cx/c%3Ad%25.yaml"
    odd = make_result("partial", claim_id="a%b", file="dir,x/c:d.yaml", missing=("two\nlines, 5: 100%",))
    lines = render_github(Report((odd,))).splitlines()
    assert len(lines) == 4 and all(GITHUB_LINE.match(x) for x in lines)
    assert lines[0] == "::group::factcheck: dir,x/c:d.yaml (1 findings)"
    assert lines[1] == ("::warning file=dir%2Cx/c%3Ad.yaml,line=7,title=partial-claim::"
                        "Claim 'a%25b' is only partly supported: unsupported: \"two%0Alines, 5: 100%25\"")


def test_github_without_file_has_no_file_property() -> None:
    lines = render_github(Report((make_result("not_found", file=None),))).splitlines()
    assert lines[1].startswith("::error title=unsupported-claim::Claim 'c1'")


# ---------------------------------------------------------------- all formats


@pytest.mark.parametrize("fmt", ["sarif", "junit", "github"])
def test_output_is_byte_identical_across_runs(report: Report, fmt: str) -> None:
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        again = run_check(["claims"], ["seeds"]).report
    assert REPORTERS[fmt](report, color=False) == REPORTERS[fmt](again, color=True)


def test_every_format_is_registered() -> None:
    assert {f.value for f in Format} == set(REPORTERS) >= {"text", "json", "sarif", "junit", "github"}


@pytest.mark.parametrize("fmt", ["sarif", "junit", "github"])
def test_cli_emits_the_format(fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["check", "claims", "--sources", "seeds", "--format", fmt])
    assert result.exit_code == 1, result.output
    assert result.stdout == REPORTERS[fmt](run_check(["claims"], ["seeds"]).report)


def test_output_is_byte_identical_across_processes() -> None:
    """Different hash seeds must not reorder anything: code scanning would see churn."""
    import subprocess
    import sys

    def run(fmt: str, seed: str) -> bytes:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        cmd = [sys.executable, "-m", "factcheck", "check", "claims", "--sources", "seeds", "--format", fmt]
        return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, check=False).stdout

    for fmt in ("sarif", "junit", "github"):
        first = run(fmt, "1")
        assert first and first == run(fmt, "2"), fmt


# ---------------------------------------------------------------- accepted and baselined findings


def _suppressed_report() -> Report:
    accepted = make_result("partial", claim_id="acc", missing=("fined",))
    accepted = replace(accepted, claim=replace(accepted.claim, accept=(Acceptance("partial", "court record"),)))
    baselined = replace(make_result("contradicted", claim_id="base"), baselined=("contradicted",))
    mixed = replace(make_result("supported", "close", "wrong_source", claim_id="mixed"), baselined=("quote:close",))
    return Report((accepted, baselined, mixed))


def test_suppressed_findings_are_marked_and_do_not_fail() -> None:
    report = _suppressed_report()
    marks = [[(f.rule_id, f.suppressed, f.reason) for f in findings_of(r)] for r in report.results]
    assert marks == [[("partial-claim", "accept", "court record")],
                     [("contradicted-claim", "baseline", "recorded in the baseline file")],
                     [("misquote", "baseline", "recorded in the baseline file"), ("wrong-source", "", "")]]
    assert findings(report, parse_fail_on(FAIL_ON_DEFAULT)) == 1  # only the wrong source of 'mixed'
    assert findings(report, parse_fail_on("partial,contradicted,misquote")) == 0


def test_every_format_shows_the_reason() -> None:
    import jsonschema

    report = _suppressed_report()
    text = REPORTERS["text"](report)
    assert "accepted (partial): court record" in text and "baselined (contradicted)" in text
    assert "not failing: 1 accepted, 2 baselined" in text
    data = json.loads(REPORTERS["json"](report))
    assert data["results"][0]["suppressed"] == [{"finding": "partial", "rule": "partial-claim", "by": "accept",
                                                 "reason": "court record"}]
    assert (data["summary"]["accepted"], data["summary"]["baselined"]) == (1, 2)
    log = sarif(report)
    jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    jsonschema.validate(log, SARIF_SUBSET)
    suppressions = [r.get("suppressions") for r in log["runs"][0]["results"]]
    assert suppressions == [[{"kind": "inSource", "justification": "court record"}],
                            [{"kind": "external", "justification": "recorded in the baseline file"}],
                            [{"kind": "external", "justification": "recorded in the baseline file"}], None]
    cases = ET.fromstring(render_junit(report)).iter("testcase")
    kinds = [(c.get("name"), [child.tag for child in c]) for c in cases]
    assert kinds == [("acc", ["skipped", "system-out"]), ("base", ["skipped", "system-out"]), ("mixed", ["failure"])]
    assert "court record" in ET.fromstring(render_junit(report)).find(".//skipped").get("message")
    github = render_github(report).splitlines()
    assert "::notice file=claims/x.yaml,line=7,title=partial-claim (accepted)::" in "\n".join(github)
    assert not any(x.startswith("::error") and "'acc'" in x for x in github)
    assert "::group::factcheck: 2 baselined findings (recorded in the baseline file; not failing)" in github


# ---------------------------------------------------------------- factcheck conflicts in the CI formats


@pytest.fixture(scope="module")
def conflict_report() -> Iterator[ConflictReport]:
    from factcheck.conflicts.scan import find_conflicts
    from factcheck.inputs.aliases import Aliases
    from factcheck.sources.corpus import load_corpus

    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        report = find_conflicts(load_corpus(["seeds"]).documents, Aliases())
        explained = replace(report.conflicts[0], explained=True, reason="one village")
        yield replace(report, conflicts=(*report.conflicts, explained))


def _points_at(path: str, line: int, column: int, quote: str) -> bool:
    text = (ROOT / path).read_text(encoding="utf-8-sig")
    offset = sum(len(x) for x in text.splitlines(keepends=True)[: line - 1]) + column - 1
    return " ".join(text[offset:][:400].split()).startswith(quote.removesuffix("…")[:100])


def test_conflicts_sarif_is_valid_and_points_at_each_value(conflict_report: ConflictReport) -> None:
    import jsonschema

    log = json.loads(render_conflicts_sarif(conflict_report))
    jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    jsonschema.validate(log, SARIF_SUBSET)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len(run["results"]) == len(conflict_report.conflicts) == 4
    for result, conflict in zip(run["results"], conflict_report.conflicts, strict=True):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        places = [result["locations"][0], *result.get("relatedLocations", [])]
        assert len(places) == len(conflict.values)
        for place, value in zip(places, conflict.values, strict=True):
            physical = place["physicalLocation"]
            assert physical["artifactLocation"]["uri"] == value.path
            assert physical["region"]["startLine"] == value.line
            assert _points_at(value.path, value.line, physical["region"]["startColumn"], place["message"]["text"])
        assert all(f'"{v.value}"' in result["message"]["text"] for v in conflict.values)
    assert [r.get("suppressions") for r in run["results"]][-1] == [{"kind": "external", "justification": "one village"}]
    assert [r.get("suppressions") for r in run["results"]][:-1] == [None] * 3
    prints = {r["partialFingerprints"]["factcheck/v1"] for r in run["results"][:-1]}
    assert len(prints) == 3


def test_conflicts_junit_has_a_case_per_conflict_at_its_first_value(conflict_report: ConflictReport) -> None:
    root = ET.fromstring(render_conflicts_junit(conflict_report))
    cases = list(root.iter("testcase"))
    assert (root.get("tests"), root.get("failures")) == ("4", "3")
    assert len(cases) == 4
    by_place = {(c.get("file"), int(c.get("line"))): c for c in cases}
    for conflict in conflict_report.conflicts:
        first = conflict.values[0]
        assert by_place[(first.path, first.line)].get("name") == f"{conflict.kind}: {conflict.subject}"
        assert first.quote.splitlines()[0] in (ROOT / first.path).read_text(encoding="utf-8-sig").splitlines()[first.line - 1]
    assert sum(1 for c in cases if c.find("failure") is not None) == 3
    skipped = [c for c in cases if c.find("skipped") is not None]
    assert len(skipped) == 1 and "one village" in skipped[0].find("skipped").get("message")


def test_conflicts_github_annotations_are_grouped_per_file(conflict_report: ConflictReport) -> None:
    lines = render_conflicts_github(conflict_report).splitlines()
    assert all(GITHUB_LINE.match(line) for line in lines)
    annotations = [x for x in lines if x.startswith(("::error ", "::warning "))]
    assert len(annotations) == 3
    for conflict in conflict_report.conflicts[:3]:
        first = conflict.values[0]
        assert any(x.startswith(f"::{'warning' if conflict.kind == 'name_variant' else 'error'} "
                                f"file={first.path},line={first.line},col={first.column},") for x in annotations)
    assert sum(x.startswith("::notice file=") for x in lines) == 1  # the explained one
    assert lines.count("::endgroup::") == sum(x.startswith("::group::") for x in lines) > 0
    assert lines[-1].startswith("::notice::factcheck conflicts: 3 disagreements between 5 documents")


def test_conflicts_formats_are_registered() -> None:
    from factcheck.reports.conflicts import CONFLICT_REPORTERS

    # claimreview reviews claims: `conflicts --format claimreview` is a usage error (tests/test_claimreview.py)
    assert {f.value for f in Format} - {"claimreview"} <= set(CONFLICT_REPORTERS)


def test_many_conflicts_stay_grouped_per_file(conflict_report: ConflictReport) -> None:
    many = replace(conflict_report, conflicts=conflict_report.conflicts[:3] * 100)
    lines = render_conflicts_github(many).splitlines()
    groups = [x for x in lines if x.startswith("::group::")]
    assert len(groups) == len({c.values[0].path for c in conflict_report.conflicts[:3]})
    assert len(lines) == 300 + 2 * len(groups) + 1


def test_text_says_why_two_equal_words_differ(seeds: Corpus) -> None:
    # 002: "... a new libel lawsuit had been filed against him by three judges ...": the claim has the
    # judges as the ones sued, the source as the ones who sued; both sides read "judges"
    result = Checker(seeds).check_claim(Claim("t", "Batyrbekov told RFE/RL that he had filed a new libel lawsuit "
                                                   "against three judges over his Facebook posts."))
    text = render_text(Report((result,)))
    assert '! entity (exchanged): claim says "judges", 002_c17141c48ebfc846.txt:32 says "judges"' in text
    # a difference of two different words keeps its plain form
    assert "! number (" not in text
