"""Tests of factcheck.inputs.settings: finding the file, validating every key at file:line:col, precedence.

Each test writes a real pyproject.toml or factcheck.yaml in a temporary folder, changes into it
and resolves settings as the CLI does; the CLI end of it is in test_ci_scenarios.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main
from conftest import ROOT, write_tree

from factcheck.cli import app
from factcheck.errors import FactcheckError
from factcheck.inputs.settings import (
    CONFLICT_KINDS,
    FAIL_ON_DEFAULT,
    KEYS,
    Settings,
    _toml_positions,
    default_fail_on,
    parse_fail_on,
    resolve_settings,
)


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project folder that is the working directory, with a seeds/ and claims/ folder."""
    write_tree(tmp_path, {"seeds/a.txt": "Some text.\n", "claims/c.yaml": "- id: a\n  claim: Some text.\n"})
    monkeypatch.chdir(tmp_path)
    return tmp_path


def errors(command: str = "check", given: dict | None = None, config: str | None = None) -> list[str]:
    """The error lines resolve_settings raises (it must raise)."""
    with pytest.raises(FactcheckError) as caught:
        resolve_settings(command, given or {}, config=config)
    return str(caught.value).splitlines()


# ---------------------------------------------------------------- errors point at file:line:col


def test_unknown_toml_key_names_the_table_and_suggests(project: Path) -> None:
    write_tree(project, {"pyproject.toml": '[project]\nname = "x"\n\n[tool.factcheck]\nsources = ["seeds"]\n'
                                           'fial_on = "partial"\n'})
    assert errors() == ["pyproject.toml:6:1: unknown key 'fial_on' in [tool.factcheck] (did you mean 'fail_on'?)"]


def test_wrong_toml_types_point_at_the_value(project: Path) -> None:
    write_tree(project, {"pyproject.toml": '[tool.factcheck]\ntop = "3"\ncross_check = 1\nformat = "xml"\n'
                                           '\n[tool.factcheck.conflicts]\nmin_confidence = 1.5\n'})
    assert errors() == [
        "pyproject.toml:2:7: 'top' must be a whole number of at least 1, got a string '3'",
        "pyproject.toml:3:15: 'cross_check' must be true or false, got a number 1",
        "pyproject.toml:4:10: 'format' must be one of text, json, sarif, junit, github, html, claimreview, got a string 'xml'",
        "pyproject.toml:7:18: 'conflicts.min_confidence' must be a number from 0 to 1, got a number 1.5",
    ]


def test_every_problem_of_a_yaml_config_is_reported_at_its_line(project: Path) -> None:
    write_tree(project, {"factcheck.yaml": "sources: seeds\nfial_on: x\ncheck:\n  top: 0\n  drafts: [d]\n"
                                           "conflicts:\n  fail_on: [number, numbr]\nsources: again\n"})
    assert errors() == [
        "factcheck.yaml:2:1: unknown key 'fial_on' in factcheck.yaml (did you mean 'fail_on'?)",
        "factcheck.yaml:4:8: 'check.top' must be a whole number of at least 1, got a number 0",
        "factcheck.yaml:5:3: key 'drafts' does not apply to 'factcheck check' (it is for: verify)",
        "factcheck.yaml:7:12: 'conflicts.fail_on' has an unknown value 'numbr' (use conflict kinds, any, never); "
        "did you mean 'number'?",
        "factcheck.yaml:8:1: duplicate key 'sources' (first at line 1)",  # PyYAML would keep the last silently
    ]
    write_tree(project, {"factcheck.yaml": "fial_on: x\ncheck:\n  top: 0\n  drafts: [d]\n"
                                           "conflicts:\n  fail_on: [number, numbr]\n"})
    assert errors() == [
        "factcheck.yaml:1:1: unknown key 'fial_on' in factcheck.yaml (did you mean 'fail_on'?)",
        "factcheck.yaml:3:8: 'check.top' must be a whole number of at least 1, got a number 0",
        "factcheck.yaml:4:3: key 'drafts' does not apply to 'factcheck check' (it is for: verify)",
        "factcheck.yaml:6:12: 'conflicts.fail_on' has an unknown value 'numbr' (use conflict kinds, any, never); "
        "did you mean 'number'?",
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ('sources: "seeds\n', "factcheck.yaml:1:10: invalid YAML: a quoted scalar opened here is never closed"),
    ("- a\n- b\n", "factcheck.yaml:1:1: a config file must be a mapping of keys to values"),
    ("top: 3\n[1]: 2\n", "factcheck.yaml:2:1: invalid YAML: found unhashable key"),
    ("check: [top]\n", "factcheck.yaml:1:8: 'check' must be a table of settings for 'factcheck check'"),
    ("format: 2019-01-01\n", "factcheck.yaml:1:9: 'format' must be one of text, json, sarif, junit, github, html, claimreview, "
                             "got a date"),
    ("fail_on: [partial, 3]\n", "factcheck.yaml:1:10: 'fail_on' must be a list of names or a comma-separated "
                                "string, got a list"),
    ("sources: []\n", "factcheck.yaml:1:10: 'sources' must be a path or a list of paths, got a list"),
    ("aliases: ~\n", "factcheck.yaml:1:10: 'aliases' must be a path, got nothing"),
])
def test_bad_yaml_values(project: Path, text: str, expected: str) -> None:
    write_tree(project, {"factcheck.yaml": text})
    assert errors() == [expected]


def test_invalid_toml_is_reported_where_tomllib_says(project: Path) -> None:
    write_tree(project, {"pyproject.toml": "[tool.factcheck]\ntop = \n"})
    (line,) = errors()
    assert re.fullmatch(r"pyproject\.toml:2:7: invalid TOML: .+", line), line


def test_a_key_inside_an_inline_table_points_at_the_enclosing_key(project: Path) -> None:
    write_tree(project, {"pyproject.toml": "[tool.factcheck]\nformat = \"json\"\ncheck = {top = 0}\n"})
    assert errors() == ["pyproject.toml:3:1: 'check.top' must be a whole number of at least 1, got a number 0"]


def test_a_missing_path_in_the_config_is_named_at_its_line(project: Path) -> None:
    write_tree(project, {"factcheck.yaml": "format: json\nsources: [seeds, corpus]\naliases: names.yaml\n"})
    assert errors() == ["factcheck.yaml:2:10: 'sources': no such file or folder: corpus",
                        "factcheck.yaml:3:10: 'aliases': no such file or folder: names.yaml"]
    # a flag that replaces the missing path makes it irrelevant
    settings = resolve_settings("check", {"sources": ["seeds"], "aliases": "claims/c.yaml"})
    assert settings.sources == ("seeds",)


def test_write_baseline_and_changed_since_do_not_mix(project: Path) -> None:
    assert errors(given={"write_baseline": "b.json", "changed_since": "main"}) == [
        "--write-baseline: cannot be combined with --changed-since: a baseline records a whole run"]


# ---------------------------------------------------------------- which file


def test_both_files_is_an_error_naming_both(project: Path) -> None:
    write_tree(project, {"pyproject.toml": "[project]\nname = 'x'\n[tool.factcheck]\ntop = 2\n",
                         "factcheck.yaml": "top: 1\n"})
    assert errors() == ["pyproject.toml:3:1: [tool.factcheck] and factcheck.yaml both configure factcheck; "
                        "keep one, or choose one with --config FILE"]
    assert resolve_settings("check", {}, config="factcheck.yaml").top == 1
    assert resolve_settings("check", {}, config="pyproject.toml").top == 2


def test_a_pyproject_without_the_table_is_no_config(project: Path) -> None:
    write_tree(project, {"pyproject.toml": "[project]\nname = 'x'\n", "factcheck.yaml": "top: 4\n"})
    settings = resolve_settings("check", {})
    assert (settings.top, settings.config) == (4, "factcheck.yaml")
    (project / "factcheck.yaml").unlink()
    assert resolve_settings("check", {}) == Settings("check", paths=("claims",), fail_on=default_fail_on("check"))


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("missing.yaml", None, "missing.yaml: no such config file"),
    ("other.toml", "[tool.other]\nx = 1\n", "other.toml: no [tool.factcheck] table in this file"),
    ("settings.ini", "[factcheck]\n", "settings.ini: a config file is a .toml file with a [tool.factcheck] table, "
                                      "or .yaml"),
])
def test_explicit_config_problems(project: Path, name: str, content: str | None, expected: str) -> None:
    if content is not None:
        write_tree(project, {name: content})
    assert errors(config=name) == [expected]


def test_paths_are_relative_to_the_config_file(project: Path) -> None:
    write_tree(project, {"ci/factcheck.yaml": "sources: ../seeds\nclaims: [../claims/c.yaml]\n"
                                              "baseline: base.json\ncache_dir: ../.cache\n"})
    settings = resolve_settings("check", {}, config="ci/factcheck.yaml")
    assert settings.sources == ("seeds",)
    assert settings.paths == ("claims/c.yaml",)
    assert settings.baseline == "ci/base.json"  # need not exist yet
    assert settings.cache_dir == ".cache"
    assert settings.config == "ci/factcheck.yaml"


# ---------------------------------------------------------------- precedence


def test_flag_over_section_over_top_level_over_default(project: Path) -> None:
    write_tree(project, {"pyproject.toml": '[tool.factcheck]\ntop = 2\nformat = "json"\nfail_on = "partial"\n'
                                           'index = false\n[tool.factcheck.verify]\ntop = 5\ndrafts = "claims"\n'
                                           '[tool.factcheck.conflicts]\nfail_on = ["date"]\nmin_confidence = 0.8\n'})
    check = resolve_settings("check", {})
    assert (check.top, check.format, check.fail_on, check.index, check.cross_check) == (
        2, "json", frozenset({"partial"}), False, True)
    verify = resolve_settings("verify", {})
    assert (verify.top, verify.paths) == (5, ("claims",))
    assert resolve_settings("verify", {"top": 7, "drafts": ["x.md"]}).paths == ("x.md",)
    assert resolve_settings("verify", {"top": 7}).top == 7
    conflicts = resolve_settings("conflicts", {})
    assert (conflicts.fail_on, conflicts.min_confidence) == (frozenset({"date"}), 0.8)  # not the top-level fail_on
    assert resolve_settings("conflicts", {"fail_on": frozenset({"number"})}).fail_on == {"number"}


def test_defaults_without_a_config(project: Path) -> None:
    assert resolve_settings("check", {}).paths == ("claims",)
    assert resolve_settings("verify", {}).paths == ()
    assert resolve_settings("conflicts", {}).fail_on == frozenset(CONFLICT_KINDS)
    assert resolve_settings("check", {}).fail_on == frozenset(FAIL_ON_DEFAULT.split(","))


# ---------------------------------------------------------------- pieces


def test_fail_on_accepts_lists_strings_and_aliases() -> None:
    assert parse_fail_on("partial, misquote") == {"partial", "quote:close"}
    assert parse_fail_on(["never"]) == frozenset()
    assert parse_fail_on("any", "conflicts") == frozenset(CONFLICT_KINDS)
    with pytest.raises(ValueError, match="did you mean 'contradicted'"):
        parse_fail_on("contradictd")
    with pytest.raises(ValueError, match="conflict kinds"):
        parse_fail_on("partial", "conflicts")


def test_conflict_kinds_cover_what_the_finder_reports() -> None:
    from factcheck.conflicts.analysis import QUANTITY_KINDS

    assert set(QUANTITY_KINDS) | {"name_variant", "statement"} <= set(CONFLICT_KINDS)


def test_toml_scan_finds_headers_dotted_and_quoted_keys_and_skips_strings() -> None:
    text = ('[tool.factcheck]\nnote = """\nfake = 1\n"""\n  "top" = 3\ncheck.fail_on = []\n'
            "[ tool . factcheck . verify ]\ndrafts = ['a']\n")
    positions = _toml_positions(text)
    assert positions[(("tool", "factcheck"), False)] == (1, 1)
    assert (("tool", "factcheck", "fake"), False) not in positions
    assert positions[(("tool", "factcheck", "top"), False)] == (5, 3)
    assert positions[(("tool", "factcheck", "top"), True)] == (5, 11)
    assert positions[(("tool", "factcheck", "check", "fail_on"), False)] == (6, 1)
    assert positions[(("tool", "factcheck", "verify", "drafts"), True)] == (8, 10)


def _documented_keys() -> dict[str, str]:
    """The key table of docs/configuration.md: key -> CLI flag cell."""
    text = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z_]+)` \|.*\| (.+) \|$", text, flags=re.MULTILINE)
    return dict(rows)


def test_every_key_is_documented_with_a_real_flag() -> None:
    documented = _documented_keys()
    assert set(documented) == set(KEYS)
    commands = {c.name: c for c in typer.main.get_command(app).commands.values()}
    for key, cell in documented.items():
        flags = re.findall(r"`(--[a-z-]+)`", cell)
        arguments = re.findall(r"`([A-Z]+)` of `(\w+)`", cell)
        assert flags or arguments, key
        for name in KEYS[key].commands:
            options = {o for p in commands[name].params for o in (*p.opts, *p.secondary_opts)}
            assert set(flags) <= options, (key, name, flags)
            assert key.replace("_", "-") in " ".join(options) or arguments, key  # key and flag share a name
