"""End-to-end tests of the command line: real subprocesses, real stdout, stderr and exit codes.

Every run is ``python -m factcheck ...`` with the working tree first on ``PYTHONPATH``, so what
is tested is what a user or a CI job gets (CONTRACT.md sections 1, 2, 4 and 7).
"""

from __future__ import annotations

import json
import os
import pty
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, shared, write_tree

from factcheck import __version__

CONTRACT_CHECK = ROOT.parent / "shared" / "tools" / "contract_check.py"
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")

# Self-contained sentences copied verbatim from the seeds (001, 002 and 004).
VERBATIM_SENTENCES = {
    "village-verbatim": "The Village, a popular internet news outlet in Kazakhstan, was established in 2017 as a light "
                        "read mostly targeting readers from Almaty, the country's most populous city.",
    "story-verbatim": "The story was first reported by local journalist Amangeldy Batyrbekov, who wrote in his online "
                      "S-Inform newspaper about the boy's ordeal and the reluctance of the regional authorities and "
                      "police to launch a probe into it.",
    "qyzylorda-verbatim": "Both girls lived within a 500-meter radius of the school in Qyzylorda that they attended, "
                          "and the alleged friend was said to be a regular visitor to the victim's family home.",
}
VERBATIM = "claims:\n" + "".join(f"  - id: {i}\n    claim: {json.dumps(t)}\n" for i, t in VERBATIM_SENTENCES.items())
CONTRADICTED = """\
claims:
  - id: perpetrator-term
    claim: One of the perpetrators was sentenced to eight years in prison.
"""
PARTIAL = """\
claims:
  - id: sentence-and-fine
    claim: Batyrbekov was sentenced to two years and three months in prison and fined 5,000 dollars for libel.
"""


@dataclass(frozen=True, repr=False)
class Ran:
    code: int
    out: bytes
    err: bytes

    @property
    def stdout(self) -> str:
        return self.out.decode("utf-8")

    @property
    def stderr(self) -> str:
        return self.err.decode("utf-8")

    @property
    def err_lines(self) -> list[str]:
        return self.stderr.splitlines()

    def __repr__(self) -> str:  # shown by pytest when an assertion on a Ran fails
        return f"exit {self.code}\n--- stdout ---\n{self.stdout[:2000]}\n--- stderr ---\n{self.stderr[:2000]}"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"FORCE_COLOR", "NO_COLOR", "CLICOLOR_FORCE"}}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.update(extra)
    return env


def factcheck(*args: str | Path, cwd: Path = ROOT, **env: str) -> Ran:
    """Run ``python -m factcheck ARGS`` and capture exit code, stdout and stderr separately."""
    proc = subprocess.run([sys.executable, "-m", "factcheck", *map(str, args)], cwd=cwd, capture_output=True,
                          timeout=120, env=_env(**env), stdin=subprocess.DEVNULL)
    return Ran(proc.returncode, proc.stdout, proc.stderr)


def read_terminal(master: int) -> bytes:
    """All a child wrote to a pseudo-terminal, until it closed its end; closes ours."""
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child's end is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    return b"".join(chunks)


def contract_check(report: bytes, *sources: Path) -> subprocess.CompletedProcess[str]:
    args = [a for s in sources for a in ("--sources", str(s))]
    return subprocess.run([sys.executable, str(shared(CONTRACT_CHECK)), "-", *args], input=report.decode("utf-8"),
                          capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def example_json() -> Ran:
    return factcheck("check", "claims", "--sources", "seeds", "--format", "json")


@pytest.fixture(scope="module")
def example_text() -> Ran:
    return factcheck("check", "claims", "--sources", "seeds")


@pytest.fixture()
def seeds_copy(tmp_path: Path) -> Path:
    """A private copy of the seeds (so bad files can be added next to them)."""
    target = tmp_path / "corpus"
    shutil.copytree(SEEDS, target)
    for path in target.iterdir():
        path.chmod(0o644)
    target.chmod(0o755)
    return target


# --- exit codes -------------------------------------------------------------------------------------


def test_examples_exit_1_because_they_hold_findings(example_text: Ran, example_json: Ran) -> None:
    assert example_text.code == 1, example_text
    assert example_json.code == 1, example_json
    verdicts = {r["verdict"] for r in json.loads(example_json.out)["results"]}
    assert verdicts - {"supported"}, "the examples are expected to include findings"


def test_verbatim_claims_exit_0(tmp_path: Path) -> None:
    write_tree(tmp_path, {"verbatim.yaml": VERBATIM})
    ran = factcheck("check", "verbatim.yaml", "--sources", SEEDS, "--format", "json", cwd=tmp_path)
    assert ran.code == 0, ran
    report = json.loads(ran.out)
    assert [r["verdict"] for r in report["results"]] == ["supported"] * 3
    assert ran.stderr == ""
    for result in report["results"]:  # each sentence is found word for word
        assert any(e["quote"] == result["claim"] for e in result["evidence"]), result


def test_no_fail_exits_0_with_the_same_report() -> None:
    failing = factcheck("check", "claims", "--sources", "seeds")
    ran = factcheck("check", "claims", "--sources", "seeds", "--no-fail")
    assert failing.code == 1, failing
    assert ran.code == 0, ran
    assert ran.out == failing.out


def test_fail_on_contradicted_fails_only_on_a_contradiction(tmp_path: Path) -> None:
    write_tree(tmp_path, {"contradicted.yaml": CONTRADICTED, "partial.yaml": PARTIAL})
    common = ("-s", SEEDS, "-f", "json")
    contradicted = factcheck("check", "contradicted.yaml", *common, "--fail-on", "contradicted", cwd=tmp_path)
    partial = factcheck("check", "partial.yaml", *common, "--fail-on", "contradicted", cwd=tmp_path)
    partial_default = factcheck("check", "partial.yaml", *common, cwd=tmp_path)
    assert [r["verdict"] for r in json.loads(contradicted.out)["results"]] == ["contradicted"], contradicted
    assert [r["verdict"] for r in json.loads(partial.out)["results"]] == ["partial"], partial
    assert contradicted.code == 1, contradicted
    assert partial.code == 0, partial
    assert partial_default.code == 1, partial_default  # by default a partial claim is a finding


def test_unknown_fail_on_value_exits_2_with_one_line(tmp_path: Path) -> None:
    write_tree(tmp_path, {"verbatim.yaml": VERBATIM})
    ran = factcheck("check", "verbatim.yaml", "-s", SEEDS, "--fail-on", "contradicted,bogus", cwd=tmp_path)
    assert ran.code == 2, ran
    assert ran.out == b""
    assert len(ran.err_lines) == 1, ran
    assert "bogus" in ran.stderr


def test_unknown_fail_on_value_names_the_option(tmp_path: Path) -> None:
    write_tree(tmp_path, {"verbatim.yaml": VERBATIM})
    ran = factcheck("check", "verbatim.yaml", "-s", SEEDS, "--fail-on", "bogus", cwd=tmp_path)
    assert ran.code == 2
    assert "--fail-on" in ran.stderr


# --- bad input: exit 2, nothing on stdout, one line on stderr per problem -------------------------

UNCLOSED_QUOTE = 'claims:\n  - id: a\n    claim: "unclosed quote\n  - id: b\n    claim: Something else.\n'


def _bad_case(name: str, tmp: Path, seeds: Path) -> tuple[list[str | Path], list[str]]:
    """Build one bad input under tmp; return (arguments after `check`, texts stderr must contain)."""
    good = {"good.yaml": VERBATIM}
    if name == "invalid-yaml":
        write_tree(tmp, {"bad.yaml": UNCLOSED_QUOTE})
        return ["bad.yaml", "-s", seeds], ["bad.yaml:", "invalid YAML"]
    if name == "unknown-key":
        write_tree(tmp, {"unknown.yaml": "claims:\n  - id: a\n    claim: Something.\n    qoute: x\n"})
        return ["unknown.yaml", "-s", seeds], ["unknown.yaml:4:", "qoute"]
    if name == "missing-claim":
        write_tree(tmp, {"missing.yaml": "claims:\n  - id: a\n    quote: x\n"})
        return ["missing.yaml", "-s", seeds], ["missing.yaml:2:", "claim"]
    if name == "duplicate-id":
        write_tree(tmp, {"c/one.yaml": "claims:\n  - id: same\n    claim: One.\n",
                         "c/two.yaml": "claims:\n  - id: other\n    claim: Two.\n  - id: same\n    claim: Three.\n"})
        return ["c", "-s", seeds], ["c/two.yaml:4:", "same", "c/one.yaml"]
    if name == "missing-claims-path":
        return ["nothere.yaml", "-s", seeds], ["nothere.yaml"]
    if name == "missing-sources-path":
        write_tree(tmp, good)
        return ["good.yaml", "-s", "no-such-folder"], ["no-such-folder"]
    if name == "source-not-utf8":
        write_tree(tmp, good | {"corpus/latin.txt": b"first line\ncaf\xe9\n"})
        return ["good.yaml", "-s", seeds], ["latin.txt:2", "UTF-8"]
    if name == "source-binary":
        write_tree(tmp, good | {"corpus/blob.txt": b"ab\x00cd\n"})
        return ["good.yaml", "-s", seeds], ["blob.txt", "binary"]
    if name == "unknown-option":
        write_tree(tmp, good)
        return ["good.yaml", "-s", seeds, "--nope"], ["--nope"]
    raise AssertionError(name)


BAD_CASES = ["invalid-yaml", "unknown-key", "missing-claim", "duplicate-id", "missing-claims-path",
             "missing-sources-path", "source-not-utf8", "source-binary", "unknown-option"]


@pytest.mark.parametrize("case", BAD_CASES)
def test_bad_input_exits_2_with_one_stderr_line(case: str, tmp_path: Path, seeds_copy: Path) -> None:
    args, wanted = _bad_case(case, tmp_path, seeds_copy)
    ran = factcheck("check", *args, "--format", "json", cwd=tmp_path)
    assert ran.code == 2, ran
    assert ran.out == b"", ran
    assert len(ran.err_lines) == 1, ran
    for text in wanted:
        assert text in ran.stderr, ran
    assert "Traceback" not in ran.stderr


def test_unclosed_quote_is_reported_on_its_line(tmp_path: Path) -> None:
    write_tree(tmp_path, {"bad.yaml": UNCLOSED_QUOTE})
    ran = factcheck("check", "bad.yaml", "-s", SEEDS, cwd=tmp_path)
    assert ran.code == 2
    assert "bad.yaml:3:" in ran.stderr


def test_one_stderr_line_per_problem(tmp_path: Path) -> None:
    bad = "claims:\n  - id: a\n    qoute: x\n  - id: b\n    claim: Fine.\n    tags: {x: 1}\n"
    write_tree(tmp_path, {"two.yaml": bad})
    ran = factcheck("check", "two.yaml", "-s", SEEDS, cwd=tmp_path)
    assert ran.code == 2, ran
    assert ran.out == b""
    lines = ran.err_lines
    assert len(lines) == 3, ran  # missing claim, unknown key, tags of the wrong type
    assert all(re.search(r"two\.yaml:\d+:", line) for line in lines), ran
    assert any("two.yaml:3:" in line and "qoute" in line for line in lines), ran
    assert any("two.yaml:6:" in line and "tags" in line for line in lines), ran


@pytest.mark.parametrize("bad", [b"first line\ncaf\xe9\n", b"ab\x00cd\n"], ids=["not-utf8", "binary"])
def test_skip_bad_sources_warns_and_goes_on(bad: bytes, tmp_path: Path, seeds_copy: Path) -> None:
    write_tree(tmp_path, {"good.yaml": VERBATIM, "corpus/broken.txt": bad})
    ran = factcheck("check", "good.yaml", "-s", seeds_copy, "--skip-bad-sources", "--format", "json", cwd=tmp_path)
    assert ran.code == 0, ran
    report = json.loads(ran.out)
    assert [r["verdict"] for r in report["results"]] == ["supported"] * 3
    assert all(e["source_id"] != "broken.txt" for r in report["results"] for e in r["evidence"])
    assert len(ran.err_lines) == 1, ran
    assert "broken.txt" in ran.stderr and "warning" in ran.stderr.lower()


def test_unknown_option_is_one_line(tmp_path: Path) -> None:
    ran = factcheck("check", "--nope", cwd=tmp_path)
    assert ran.code == 2, ran
    assert ran.out == b""
    assert len(ran.err_lines) == 1 and "--nope" in ran.stderr, ran


def test_top_below_one_is_a_usage_error() -> None:
    ran = factcheck("check", "claims", "-s", "seeds", "--top", "0")
    assert ran.code == 2, ran
    assert ran.out == b"" and len(ran.err_lines) == 1, ran


def test_missing_default_claims_folder_is_named(tmp_path: Path) -> None:
    ran = factcheck("check", cwd=tmp_path)
    assert ran.code == 2, ran
    assert ran.out == b""
    assert len(ran.err_lines) == 1 and "claims" in ran.stderr, ran


def test_bare_command_has_no_empty_error_line(tmp_path: Path) -> None:
    ran = factcheck(cwd=tmp_path)
    assert "Usage" in ran.stdout + ran.stderr
    assert all(line.strip() not in {"error:", "Error:"} for line in ran.err_lines), ran


# --- default paths -------------------------------------------------------------------------------


def test_defaults_are_dot_claims_and_dot_seeds(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    write_tree(tmp_path, {"claims/a.yaml": CONTRADICTED, "claims/sub/b.yml": VERBATIM})
    ran = factcheck("check", "--format", "json", cwd=tmp_path)
    assert ran.code == 1, ran
    report = json.loads(ran.out)
    assert [r["id"] for r in report["results"]] == ["perpetrator-term", "village-verbatim", "story-verbatim",
                                                     "qyzylorda-verbatim"]
    assert [r["file"] for r in report["results"]] == ["claims/a.yaml"] + ["claims/sub/b.yml"] * 3
    paths = {e["path"] for r in report["results"] for e in r["evidence"]}
    assert paths and all(p.startswith("seeds/") for p in paths), paths
    assert report["results"][0]["verdict"] == "contradicted"


def test_sources_key_is_relative_to_the_claims_file(tmp_path: Path) -> None:
    seed = "002_c17141c48ebfc846.txt"
    (tmp_path / "proj" / "corpus").mkdir(parents=True)
    shutil.copy(SEEDS / seed, tmp_path / "proj" / "corpus" / seed)
    write_tree(tmp_path, {"proj/claims/a.yaml": "sources: ../corpus\n" + CONTRADICTED})
    ran = factcheck("check", "proj/claims", "--format", "json", cwd=tmp_path)  # no ./seeds here
    assert ran.code == 1, ran
    (result,) = json.loads(ran.out)["results"]
    assert result["verdict"] == "contradicted"
    assert result["evidence"]
    assert {e["source_id"] for e in result["evidence"]} == {seed}
    assert {e["path"] for e in result["evidence"]} == {f"proj/corpus/{seed}"}


def test_sources_option_overrides_the_sources_key(tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.yaml": "sources: does-not-exist\n" + VERBATIM})
    ran = factcheck("check", "a.yaml", "--sources", SEEDS / "004_209ecde5e23e51f4.txt", "-f", "json", cwd=tmp_path)
    report = json.loads(ran.out)
    assert {e["source_id"] for r in report["results"] for e in r["evidence"]} == {"004_209ecde5e23e51f4.txt"}
    verdicts = {r["id"]: r["verdict"] for r in report["results"]}
    assert verdicts["qyzylorda-verbatim"] == "supported"
    assert ran.code == 1  # the other two sentences are not in 004


# --- JSON ----------------------------------------------------------------------------------------


def test_json_is_one_object_that_meets_the_contract(example_json: Ran) -> None:
    report = json.loads(example_json.out)  # raises on anything but one JSON document
    assert isinstance(report, dict)
    assert report["version"] == 1
    assert example_json.stderr == ""
    checked = contract_check(example_json.out, SEEDS)
    assert checked.returncode == 0, checked.stdout
    assert "0 violations" in checked.stdout


def test_json_results_follow_claim_order(example_json: Ran) -> None:
    from factcheck import load_claims

    ids = [c.id for f in load_claims([ROOT / "claims"]) for c in f.claims]
    assert [r["id"] for r in json.loads(example_json.out)["results"]] == ids


def test_json_with_skipped_source_still_meets_the_contract(tmp_path: Path, seeds_copy: Path) -> None:
    write_tree(tmp_path, {"corpus/broken.txt": b"\xff\xfe\x00"})
    ran = factcheck("check", ROOT / "claims", "-s", seeds_copy, "--skip-bad-sources", "-f", "json", "--no-fail",
                    cwd=tmp_path)
    assert ran.code == 0, ran
    checked = contract_check(ran.out, seeds_copy)
    assert checked.returncode == 0, checked.stdout


# --- determinism ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_output_is_byte_identical_across_runs(fmt: str) -> None:
    runs = [factcheck("check", "claims", "--sources", "seeds", "--format", fmt, PYTHONHASHSEED=seed)
            for seed in ("0", "12345")]
    assert runs[0].out, runs[0]
    assert runs[1].out == runs[0].out
    assert runs[1].code == runs[0].code


# --- text format ---------------------------------------------------------------------------------


def test_text_has_ids_verdicts_and_locations_without_colour(example_text: Ran, example_json: Ran) -> None:
    text = example_text.stdout
    assert not ANSI.search(text), "ANSI escapes although stdout is not a terminal"
    assert "\x1b" not in example_text.stderr
    report = json.loads(example_json.out)
    for result in report["results"]:
        line = next((ln for ln in text.splitlines() if re.search(rf"\b{re.escape(result['id'])}\b", ln)
                     and result["verdict"].upper() in ln), None)
        assert line is not None, f"no line with {result['id']} and {result['verdict'].upper()}"
        for e in result["evidence"]:
            assert f"{e['path']}:{e['line']}" in text, f"{result['id']}: {e['path']}:{e['line']} not shown"
    summary = report["summary"]
    assert f"{summary['claims']} claims" in text


def test_text_is_coloured_on_a_terminal(tmp_path: Path) -> None:
    write_tree(tmp_path, {"verbatim.yaml": VERBATIM})
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "check", "verbatim.yaml", "-s", str(SEEDS)],
                            cwd=tmp_path, stdout=slave, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=_env())
    os.close(slave)
    out = read_terminal(master).decode("utf-8")
    assert proc.wait(timeout=60) == 0
    proc.stderr.close()
    assert ANSI.search(out), out[:500]
    assert "SUPPORTED" in ANSI.sub("", out)


# --- options -------------------------------------------------------------------------------------


def test_top_1_gives_at_most_one_evidence_item(example_json: Ran) -> None:
    ran = factcheck("check", "claims", "--sources", "seeds", "--format", "json", "--top", "1")
    results = json.loads(ran.out)["results"]
    assert all(len(r["evidence"]) <= 1 for r in results)
    assert any(len(r["evidence"]) == 1 for r in results)
    full = {r["id"]: r for r in json.loads(example_json.out)["results"]}
    assert any(len(r["evidence"]) > 1 for r in full.values()), "default --top is 3"
    for r in results:  # the one item kept is the best of the default run
        assert r["evidence"][:1] == full[r["id"]]["evidence"][:1]


def test_version() -> None:
    ran = factcheck("--version")
    assert ran.code == 0, ran
    assert ran.stdout.strip() == f"factcheck {__version__}"
    assert re.fullmatch(r"\d+\.\d+\.\d+\S*", __version__)
