"""The linter-grade CI scenarios, end to end: real processes, real files, real exit codes.

Each scenario is a folder built in tmp_path (claims, config, drafts) checked against the real
seeds. What is asserted is what a CI job sees: the exit code, stdout (parsed in its format) and
stderr. The last part runs every factcheck command line of docs/ci.md, the examples and the
pre-commit hooks on a scratch repository, so that the documented pipelines use real options.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, SEEDS, write_tree
from test_cli import CONTRADICTED, PARTIAL, VERBATIM, Ran, contract_check, factcheck

SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-2.1.0-rtm.5.json"
ACCEPTED_PARTIAL = PARTIAL.rstrip("\n") + '\n    accept: {verdict: partial, reason: "The fine is in the court record."}\n'


def assert_input_error(ran: Ran, *wanted: str) -> None:
    """Exit 2, nothing on stdout, one stderr line per problem, each naming file:line."""
    assert ran.code == 2, ran
    assert ran.out == b"", ran
    assert ran.err_lines and all(line.startswith("error: ") for line in ran.err_lines), ran
    for text in wanted:
        assert text in ran.stderr, ran
    assert "Traceback" not in ran.stderr


# ---------------------------------------------------------------- exit codes


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "github"])
def test_all_supported_exits_0_in_every_format(tmp_path: Path, fmt: str) -> None:
    write_tree(tmp_path, {"claims/ok.yaml": VERBATIM})
    ran = factcheck("check", "claims", "--sources", SEEDS, "--format", fmt, cwd=tmp_path)
    assert ran.code == 0, ran
    assert ran.stderr == ""


def test_findings_exit_1_and_fail_on_changes_the_outcome(tmp_path: Path) -> None:
    write_tree(tmp_path, {"claims/p.yaml": PARTIAL})
    assert factcheck("check", "claims", "-s", SEEDS, cwd=tmp_path).code == 1
    assert factcheck("check", "claims", "-s", SEEDS, "--fail-on", "contradicted", cwd=tmp_path).code == 0
    assert factcheck("check", "claims", "-s", SEEDS, "--fail-on", "never", cwd=tmp_path).code == 0
    assert factcheck("check", "claims", "-s", SEEDS, "--no-fail", cwd=tmp_path).code == 0


@pytest.mark.parametrize("command", [["check", "claims"], ["verify", "draft.md"], ["conflicts"]])
def test_a_missing_sources_path_exits_2_naming_it(tmp_path: Path, command: list[str]) -> None:
    write_tree(tmp_path, {"claims/ok.yaml": VERBATIM, "draft.md": "The Village was established in 2017.\n"})
    ran = factcheck(*command, "--sources", "no-such-corpus", cwd=tmp_path)
    assert_input_error(ran, "no-such-corpus")
    assert len(ran.err_lines) == 1


def test_broken_claims_yaml_and_unknown_claim_keys_exit_2_at_their_line(tmp_path: Path) -> None:
    write_tree(tmp_path, {"bad.yaml": 'claims:\n  - id: a\n    claim: "unclosed\n',
                          "unknown.yaml": "claims:\n  - id: a\n    claim: A.\n    acept: {verdict: partial}\n"})
    assert_input_error(factcheck("check", "bad.yaml", "-s", SEEDS, cwd=tmp_path), "bad.yaml:3:")
    assert_input_error(factcheck("check", "unknown.yaml", "-s", SEEDS, cwd=tmp_path),
                       "unknown.yaml:4:5: unknown key 'acept' in claim", "did you mean 'accept'?")


# ---------------------------------------------------------------- configuration


@pytest.mark.parametrize("command", [["check"], ["verify", "d.md"], ["conflicts"]])
@pytest.mark.parametrize(("name", "content", "where"), [
    ("pyproject.toml", '[project]\nname = "x"\n\n[tool.factcheck]\nfial_on = "partial"\n',
     "pyproject.toml:5:1: unknown key 'fial_on' in [tool.factcheck] (did you mean 'fail_on'?)"),
    ("factcheck.yaml", "format: json\ntop: many\n", "factcheck.yaml:2:6: 'top' must be a whole number"),
    ("factcheck.yaml", "format: json\nsources: [\n", "factcheck.yaml:3:1: invalid YAML"),
])
def test_a_bad_config_exits_2_at_its_line_for_every_command(tmp_path: Path, command: list[str], name: str,
                                                            content: str, where: str) -> None:
    write_tree(tmp_path, {name: content, "claims/ok.yaml": VERBATIM, "d.md": "Text.\n"})
    shutil.copytree(SEEDS, tmp_path / "seeds")
    ran = factcheck(*command, cwd=tmp_path)
    assert_input_error(ran, where)
    assert len(ran.err_lines) == 1


def test_config_supplies_defaults_and_flags_override_it(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "corpus")
    write_tree(tmp_path, {"pyproject.toml": '[tool.factcheck]\nsources = ["corpus"]\nclaims = ["mine"]\n'
                                           'format = "json"\nfail_on = "contradicted"\n'
                                           '[tool.factcheck.conflicts]\nfail_on = "date"\n',
                          "mine/p.yaml": PARTIAL, "mine/c.yaml": CONTRADICTED})
    ran = factcheck("check", cwd=tmp_path)  # no PATHS, no --sources, no --format
    report = json.loads(ran.out)
    assert {r["id"]: r["verdict"] for r in report["results"]} == {"perpetrator-term": "contradicted",
                                                                  "sentence-and-fine": "partial"}
    assert all(e["path"].startswith("corpus/") for r in report["results"] for e in r["evidence"])
    assert ran.code == 1  # the contradicted claim fails
    assert factcheck("check", "mine/p.yaml", cwd=tmp_path).code == 0  # partial is not in the config's fail_on
    assert factcheck("check", "mine/p.yaml", "--fail-on", "partial", cwd=tmp_path).code == 1  # the flag wins
    text = factcheck("check", "mine/p.yaml", "--format", "text", cwd=tmp_path)
    assert text.stdout.startswith("mine/p.yaml:2: PARTIAL"), text
    conflicts = factcheck("conflicts", cwd=tmp_path)
    assert json.loads(conflicts.out)["conflicts"] and conflicts.code == 0  # no date conflicts in the seeds
    assert factcheck("conflicts", "--fail-on", "statement", cwd=tmp_path).code == 1


def test_explicit_config_with_paths_relative_to_it(tmp_path: Path) -> None:
    write_tree(tmp_path, {"ci/factcheck.yaml": f"sources: {SEEDS}\nclaims: ../claims\nformat: junit\n",
                          "claims/ok.yaml": VERBATIM, "factcheck.yaml": "top: nonsense\n"})
    ran = factcheck("check", "--config", "ci/factcheck.yaml", cwd=tmp_path)  # the broken ./factcheck.yaml is not read
    assert ran.code == 0, ran
    assert ET.fromstring(ran.out).get("tests") == "3"


# ---------------------------------------------------------------- accept:


def test_accept_turns_a_reviewed_finding_into_a_pass_in_every_format(tmp_path: Path) -> None:
    write_tree(tmp_path, {"claims/p.yaml": ACCEPTED_PARTIAL})
    common = ("check", "claims", "-s", SEEDS)
    text = factcheck(*common, cwd=tmp_path)
    assert text.code == 0, text
    assert "accepted (partial): The fine is in the court record." in text.stdout
    as_json = factcheck(*common, "-f", "json", cwd=tmp_path)
    (result,) = json.loads(as_json.out)["results"]
    assert result["verdict"] == "partial"
    assert result["suppressed"] == [{"finding": "partial", "rule": "partial-claim", "by": "accept",
                                     "reason": "The fine is in the court record."}]
    checked = contract_check(as_json.out, SEEDS)
    assert checked.returncode == 0, checked.stdout
    (sarif_result,) = json.loads(factcheck(*common, "-f", "sarif", cwd=tmp_path).out)["runs"][0]["results"]
    assert sarif_result["suppressions"] == [{"kind": "inSource", "justification": "The fine is in the court record."}]
    case = ET.fromstring(factcheck(*common, "-f", "junit", cwd=tmp_path).out).find(".//testcase")
    assert case.find("failure") is None and "court record" in case.find("skipped").get("message")
    github = factcheck(*common, "-f", "github", cwd=tmp_path).stdout
    assert "::notice file=claims/p.yaml,line=2,title=partial-claim (accepted)::" in github
    assert "::error" not in github and "::warning" not in github


def test_accept_covers_only_the_named_finding(tmp_path: Path) -> None:
    write_tree(tmp_path, {"claims/c.yaml": CONTRADICTED.rstrip("\n") +
                          "\n    accept: {verdict: partial, reason: reviewed}\n"})
    assert factcheck("check", "claims", "-s", SEEDS, cwd=tmp_path).code == 1


def test_an_accept_without_reason_exits_2_at_its_line(tmp_path: Path) -> None:
    write_tree(tmp_path, {"claims/p.yaml": PARTIAL.rstrip("\n") + "\n    accept:\n      - verdict: partial\n"})
    ran = factcheck("check", "claims", "-s", SEEDS, cwd=tmp_path)
    assert_input_error(ran, "claims/p.yaml:5:9: missing required key 'reason' in accept")


# ---------------------------------------------------------------- baseline


def test_write_baseline_then_baseline_passes_and_a_changed_claim_fails_again(tmp_path: Path) -> None:
    write_tree(tmp_path, {"claims/c.yaml": CONTRADICTED, "claims/p.yaml": PARTIAL})
    common = ("check", "claims", "-s", SEEDS)
    assert factcheck(*common, cwd=tmp_path).code == 1
    wrote = factcheck(*common, "--write-baseline", "base.json", "-f", "json", cwd=tmp_path)
    assert wrote.code == 0, wrote
    assert "wrote 2 baseline entries to base.json" in wrote.stderr
    first = (tmp_path / "base.json").read_bytes()
    assert factcheck(*common, "--write-baseline", "base.json", cwd=tmp_path).code == 0
    assert (tmp_path / "base.json").read_bytes() == first  # deterministic
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".factcheck-baseline-")]

    baselined = factcheck(*common, "--baseline", "base.json", "-f", "json", cwd=tmp_path)
    assert baselined.code == 0, baselined
    report = json.loads(baselined.out)
    assert [s["by"] for r in report["results"] for s in r["suppressed"]] == ["baseline", "baseline"]
    assert report["summary"]["baselined"] == 2
    assert contract_check(baselined.out, SEEDS).returncode == 0

    # the baseline can also come from the config
    write_tree(tmp_path, {"factcheck.yaml": "baseline: base.json\n"})
    assert factcheck(*common, cwd=tmp_path).code == 0
    write_tree(tmp_path, {"claims/c.yaml": CONTRADICTED.replace("eight years", "nine years")})
    again = factcheck(*common, "-f", "github", cwd=tmp_path)
    assert again.code == 1, again
    assert re.search(r"^::error file=claims/c\.yaml,line=2,title=contradicted-claim::", again.stdout, re.MULTILINE)
    assert "1 baselined findings" in again.stdout  # the partial claim is still baselined


def test_baseline_for_drafts_and_conflicts(tmp_path: Path) -> None:
    draft = "# Note\n\nBoth girls lived within a 900-meter radius of the school in Qyzylorda.\n"
    write_tree(tmp_path, {"d.md": draft})
    assert factcheck("verify", "d.md", "-s", SEEDS, cwd=tmp_path).code == 1
    assert factcheck("verify", "d.md", "-s", SEEDS, "--write-baseline", "b.json", cwd=tmp_path).code == 0
    assert factcheck("conflicts", "-s", SEEDS, "--write-baseline", "b.json", cwd=tmp_path).code == 0
    data = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert (len(data["verify"]), len(data["conflicts"]), data["check"]) == (1, 3, [])
    write_tree(tmp_path, {"d.md": "# Note\n\nAn added line.\n\n" + draft.split("\n\n")[1]})  # moved down
    assert factcheck("verify", "d.md", "-s", SEEDS, "--baseline", "b.json", cwd=tmp_path).code == 0
    conflicts = factcheck("conflicts", "-s", SEEDS, "--baseline", "b.json", "-f", "json", cwd=tmp_path)
    assert conflicts.code == 0, conflicts
    assert all(c["baselined"] for c in json.loads(conflicts.out)["conflicts"])
    assert contract_check(conflicts.out, SEEDS).returncode == 0


def test_bad_baseline_files_exit_2(tmp_path: Path) -> None:
    write_tree(tmp_path, {"claims/ok.yaml": VERBATIM, "broken.json": '{"version": 1,\n  oops}'})
    common = ("check", "claims", "-s", SEEDS)
    assert_input_error(factcheck(*common, "--baseline", "missing.json", cwd=tmp_path), "missing.json")
    assert_input_error(factcheck(*common, "--baseline", "broken.json", cwd=tmp_path), "broken.json:2:3: invalid JSON")
    assert_input_error(factcheck(*common, "--write-baseline", "broken.json", cwd=tmp_path), "broken.json:2:3")
    assert_input_error(factcheck(*common, "--write-baseline", "no/dir.json", cwd=tmp_path), "no such folder")


# ---------------------------------------------------------------- conflicts in the CI formats


def test_conflicts_sarif_junit_github_from_the_command_line() -> None:
    import jsonschema

    sarif = factcheck("conflicts", "--sources", "seeds", "--format", "sarif")
    assert sarif.code == 1
    log = json.loads(sarif.out)
    jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    results = log["runs"][0]["results"]
    conflicts = json.loads(factcheck("conflicts", "--sources", "seeds", "--format", "json").out)["conflicts"]
    assert len(results) == len(conflicts) == 3
    for result, conflict in zip(results, conflicts, strict=True):
        region = result["locations"][0]["physicalLocation"]
        first = conflict["values"][0]
        assert (region["artifactLocation"]["uri"], region["region"]["startLine"]) == (first["path"], first["line"])
        line = (ROOT / first["path"]).read_text(encoding="utf-8-sig").splitlines()[first["line"] - 1]
        assert first["quote"].splitlines()[0] in line
        related = [(r["physicalLocation"]["artifactLocation"]["uri"], r["physicalLocation"]["region"]["startLine"])
                   for r in result["relatedLocations"]]
        assert related == [(v["path"], v["line"]) for v in conflict["values"][1:]]
    junit = factcheck("conflicts", "--sources", "seeds", "--format", "junit")
    cases = list(ET.fromstring(junit.out).iter("testcase"))
    assert [(c.get("file"), int(c.get("line"))) for c in cases] == sorted(
        ((c["values"][0]["path"], c["values"][0]["line"]) for c in conflicts),
        key=[(c.get("file"), int(c.get("line"))) for c in cases].index)
    assert all(c.find("failure") is not None for c in cases)
    github = factcheck("conflicts", "--sources", "seeds", "--format", "github", "--fail-on", "date")
    assert github.code == 0  # no date conflicts in the seeds
    assert sum(x.startswith(("::error file=seeds/", "::warning file=seeds/")) for x in github.stdout.splitlines()) == 3


def test_every_command_offers_every_format() -> None:
    from typer.testing import CliRunner

    from factcheck.cli import app

    for name in ("check", "verify", "conflicts"):
        shown = CliRunner().invoke(app, [name, "--help"], env={"COLUMNS": "200"}).stdout
        assert "<text|json|sarif|junit|github|html|claimreview>" in shown, name


# ---------------------------------------------------------------- the documented pipelines run


DOCUMENTED = [ROOT / "docs" / "ci.md", ROOT / "examples" / "github-workflow.yml", ROOT / "examples" / "gitlab-ci.yml"]
SUBSTITUTIONS = {"${{ github.base_ref }}": "main", "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main"}


def documented_commands() -> list[tuple[str, list[str]]]:
    """Every ``factcheck check|verify|conflicts|index ...`` line of the CI docs and examples, as argv (without
    the redirection), with the CI's variables filled in; plus the pre-commit hooks with a file name."""
    found: list[tuple[str, list[str]]] = []
    for path in DOCUMENTED:
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.strip().removeprefix("- ").removeprefix("run:").strip()
            if not re.match(r"factcheck (check|verify|conflicts|index)\b", line):
                continue
            for old, new in SUBSTITUTIONS.items():
                line = line.replace(old, new)
            words = shlex.split(line, comments=True)
            cut = next((i for i, w in enumerate(words) if w in (">", "|", "&&")), len(words))
            found.append((f"{path.name}: {line}", words[1:cut]))
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    examples = {"factcheck-check": "claims/ok.yaml", "factcheck-verify": "drafts/note.md"}
    for hook in hooks.values():
        assert re.search(hook["files"], examples[hook["id"]]), hook
        found.append((f"hook {hook['id']}", [*shlex.split(hook["entry"])[1:], examples[hook["id"]]]))
    docs = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    for block in re.findall(r"```yaml\n(.*?)```", docs, flags=re.DOTALL):
        config = yaml.safe_load(block)
        if not isinstance(config, dict):  # a workflow excerpt (steps), not a pre-commit config
            continue
        for used in (h for repo in config.get("repos", []) for h in repo["hooks"]):
            argv = [*shlex.split(hooks[used["id"]]["entry"])[1:], *used.get("args", []), examples[used["id"]]]
            found.append((f"ci.md: pre-commit {used['id']} {used.get('args', [])}", argv))
    return found


def test_the_ci_files_are_valid_yaml_with_the_documented_shape() -> None:
    workflow = yaml.safe_load((ROOT / "examples" / "github-workflow.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["factcheck"]["steps"]
    uses = [s.get("uses", "") for s in steps]
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    assert any(u.startswith("actions/upload-artifact@") for u in uses)
    assert workflow["permissions"]["security-events"] == "write"
    gitlab = yaml.safe_load((ROOT / "examples" / "gitlab-ci.yml").read_text(encoding="utf-8"))
    assert gitlab["factcheck"]["artifacts"]["reports"]["junit"] == "factcheck-junit.xml"
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {h["id"]: h["language"] for h in hooks} == {"factcheck-check": "python", "factcheck-verify": "python"}
    docs = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    for block in re.findall(r"```yaml\n(.*?)```", docs, flags=re.DOTALL):
        yaml.safe_load(block)
    # the workflow shown in the docs is the shipped example, word for word
    shown = re.findall(r"```yaml\n(.*?)```", docs, flags=re.DOTALL)
    shipped = (ROOT / "examples" / "github-workflow.yml").read_text(encoding="utf-8")
    assert any(block.strip() in shipped for block in shown if "upload-sarif" in block)


@pytest.fixture(scope="module")
def scratch_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository laid out as the docs assume: seeds/, claims/, drafts/, a baseline, branch main."""
    repo = tmp_path_factory.mktemp("ci-repo")
    shutil.copytree(SEEDS, repo / "seeds")
    write_tree(repo, {"claims/ok.yaml": VERBATIM, "claims/p.yaml": PARTIAL,
                      "drafts/note.md": "# Note\n\nThe Village was established in 2017.\n"})
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t.invalid", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t.invalid", "GIT_CONFIG_GLOBAL": os.devnull}
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "start"],
                 ["update-ref", "refs/remotes/origin/main", "HEAD"], ["checkout", "-q", "-b", "feature"]):
        subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, env=env)
    assert factcheck("check", "--write-baseline", "factcheck-baseline.json", cwd=repo).code == 0
    write_tree(repo, {"claims/p.yaml": PARTIAL.replace("5,000 dollars", "6,000 dollars")})
    return repo


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize(("where", "argv"), documented_commands(), ids=lambda x: x if isinstance(x, str) else "")
def test_every_documented_command_runs(scratch_repo: Path, tmp_path: Path, where: str, argv: list[str]) -> None:
    """Run it for real: only real options pass the parser, and a run either passes or finds something."""
    if "--write-baseline" in argv:  # write elsewhere: the repository's baseline is shared by the other runs
        argv = [*argv]
        argv[argv.index("--write-baseline") + 1] = str(tmp_path / "baseline.json")
    ran = factcheck(*argv, cwd=scratch_repo)
    assert ran.code in (0, 1), (where, ran)
    assert not [x for x in ran.err_lines if x.startswith("error:")], (where, ran)
    assert ran.out, where
    if "--format" in argv:
        fmt = argv[argv.index("--format") + 1]
        if fmt in ("json", "sarif"):
            json.loads(ran.out)
        elif fmt == "junit":
            ET.fromstring(ran.out)


def test_the_documented_commands_cover_every_ci_feature() -> None:
    words = {w for _, argv in documented_commands() for w in argv}
    assert {"--changed-since", "--baseline", "--format", "sarif", "junit", "github", "--no-fail"} <= words
    assert len(documented_commands()) >= 10


# ---------------------------------------------------------------- the persistent index's options


def test_index_and_cache_dir_reach_the_run_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--index/--no-index and --cache-dir (or the config's index/cache_dir) set Options for the pipeline."""
    from typer.testing import CliRunner

    import factcheck.cli as cli
    from factcheck.models import Report
    from factcheck.run.pipeline import Run

    seen = []
    monkeypatch.setattr(cli, "run_check", lambda paths, sources, *, options, skip_bad_sources, progress: (
        seen.append(options), Run(Report(()), ()))[1])
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path, {"claims/ok.yaml": VERBATIM})
    runner = CliRunner()
    assert runner.invoke(cli.app, ["check"]).exit_code == 0
    assert runner.invoke(cli.app, ["check", "--no-index", "--cache-dir", "cache"]).exit_code == 0
    write_tree(tmp_path, {"sub/factcheck.yaml": "index: false\ncache_dir: .cache\nsources: ../claims\n"})
    assert runner.invoke(cli.app, ["check", "--config", "sub/factcheck.yaml"]).exit_code == 0
    assert runner.invoke(cli.app, ["check", "--config", "sub/factcheck.yaml", "--index"]).exit_code == 0
    assert [(o.index, o.cache_dir) for o in seen] == [(True, None), (False, "cache"), (False, "sub/.cache"),
                                                      (True, "sub/.cache")]


@pytest.mark.parametrize("command", [["check", "claims"], ["verify", "d.md"], ["conflicts"]])
def test_every_command_takes_the_index_options(tmp_path: Path, command: list[str]) -> None:
    write_tree(tmp_path, {"claims/ok.yaml": VERBATIM, "d.md": "The Village was established in 2017.\n"})
    ran = factcheck(*command, "-s", SEEDS, "--no-index", "--cache-dir", tmp_path / "cache", "--no-fail", cwd=tmp_path)
    assert ran.code == 0, ran


def test_verify_without_drafts_is_a_usage_error(tmp_path: Path) -> None:
    ran = factcheck("verify", cwd=tmp_path)
    assert_input_error(ran, "no drafts to verify")
    assert len(ran.err_lines) == 1


@pytest.mark.parametrize(("name", "extra"), [("check", "factcheck[dask]"), ("index", "factcheck[dask]"),
                                             ("lsp", "factcheck[lsp]")])
def test_the_help_names_the_extra_to_install(name: str, extra: str) -> None:
    """The help is rendered as Rich markup, which reads "[dask]" as a style tag and drops it: the
    extra's name must be escaped, or the printed hint installs nothing ("pip install 'factcheck'")."""
    from typer.testing import CliRunner

    from factcheck.cli import app

    shown = " ".join(CliRunner().invoke(app, [name, "--help"], env={"COLUMNS": "200"}).stdout.replace("\u2502", " ").split())
    assert f"pip install '{extra}'" in shown
