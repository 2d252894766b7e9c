"""The data flow is enforced on the import graph (an AST scan of factcheck/**/*.py, nothing imported).

Each top-level package is a stage or a concern, and a package imports only from layers below it:

    0 errors, models, progress, lexicon, workers (worker processes bound to their parent)
    1 sources        reading documents, passages, normalisation
      cluster        the Dask engine of --cluster (imported only when it is given)
    2 index          BM25, the SQLite store, stored results
    3 values, match  values in text and their comparison; retrieval of candidate passages
    4 inputs         claims, drafts, config, aliases (drafts extract values)
    5 verdicts, conflicts
    6 run            one pipeline per command
    7 reports        renderers: they read only models
    8 ci             baselines and --changed-since (they classify findings as reports do)
    9 lsp            the language server: checks drafts through run/, words findings as reports do
   10 cli            the only place that prints or exits

Only the CLI talks to the terminal (typer, exit codes); reporters turn models into text and depend on
nothing else; nothing in the library prints.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import ROOT

PACKAGE = ROOT / "factcheck"
STDLIB = frozenset(sys.stdlib_module_names)


@dataclass
class Module:
    name: str  # "cli", "__init__", ...
    path: Path
    tree: ast.Module
    imports: set[str] = field(default_factory=set)  # absolute dotted names, incl. "factcheck.x" submodules


def _module_name(path: Path) -> str:
    """``cli`` for factcheck/cli.py, ``values.names`` for factcheck/values/names.py, ``values``
    for factcheck/values/__init__.py (the package's own ``__init__`` stays ``__init__``)."""
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if len(parts) > 1 and parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _submodules() -> set[str]:
    return {_module_name(p) for p in PACKAGE.rglob("*.py")}


def _resolve(module: str | None, level: int) -> str:
    """Turn a (possibly relative) ``from`` target inside factcheck/ into an absolute name."""
    if level == 0:
        return module or ""
    base = "factcheck"  # the code uses absolute imports; ``.`` is taken as the top package
    return f"{base}.{module}" if module else base


def _imports(tree: ast.AST) -> set[str]:
    """Every module a file imports, anywhere in it (also inside functions and TYPE_CHECKING blocks)."""
    subs = _submodules()
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            target = _resolve(node.module, node.level)
            found.add(target)
            if target == "factcheck":  # ``from factcheck import cli`` imports factcheck.cli
                found.update(f"factcheck.{a.name}" for a in node.names if a.name in subs)
        elif (isinstance(node, ast.Call) and _dotted(node.func) in {"importlib.import_module", "__import__"}
              and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.add(node.args[0].value)
    return found


def _dotted(node: ast.AST) -> str:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return ""


def _load(path: Path) -> Module:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return Module(_module_name(path), path, tree, _imports(tree))


MODULES = {m.name: m for m in map(_load, sorted(PACKAGE.rglob("*.py")))}


def _top(name: str) -> str:
    return name.split(".", 1)[0]


def _importers(predicate) -> set[str]:
    return {name for name, m in MODULES.items() if any(predicate(i) for i in m.imports)}


def _is_module(target: str):
    return lambda name: name == f"factcheck.{target}" or name.startswith(f"factcheck.{target}.")


def _uses_package(package: str):
    return lambda name: _top(name) == package


def test_the_package_is_scanned() -> None:
    assert {"__init__", "__main__", "cli", "run.pipeline", "reports.results", "models", "inputs.claims",
            "sources.corpus", "values", "values.names", "reports.html.page"} <= set(MODULES)


LAYERS = [{"errors", "models", "progress", "lexicon", "workers"}, {"sources", "cluster"}, {"index"}, {"values", "match"}, {"inputs"},
          {"verdicts", "conflicts"}, {"run"}, {"reports"}, {"ci"}, {"lsp"}, {"cli"}]
LAYER = {package: level for level, packages in enumerate(LAYERS) for package in packages}


def test_every_package_has_a_layer() -> None:
    packages = {_top(name) for name in MODULES} - {"__init__", "__main__"}
    assert packages == set(LAYER)


def _own_package(target: str) -> str | None:
    """``values`` for factcheck.values.names; None for a third-party module or factcheck itself."""
    parts = target.split(".")
    return parts[1] if parts[0] == "factcheck" and len(parts) > 1 else None


def test_packages_import_only_from_layers_below() -> None:
    upward = []
    for name, module in sorted(MODULES.items()):
        if name in {"__init__", "__main__"}:
            continue
        for target in sorted(module.imports):
            package = _own_package(target)
            if package is not None and package != _top(name) and LAYER[package] >= LAYER[_top(name)]:
                upward.append(f"{name} imports {target}")
    assert not upward


def test_cli_is_imported_only_by_main() -> None:
    assert _importers(_is_module("cli")) <= {"__main__"}
    assert "factcheck.cli" in MODULES["__main__"].imports


def test_only_cli_imports_typer() -> None:
    assert _importers(_uses_package("typer")) | _importers(_uses_package("click")) <= {"cli"}


def test_only_loaders_import_yaml() -> None:
    assert _importers(_uses_package("yaml")) <= {"inputs.claims", "inputs.schema", "sources.corpus", "inputs.settings",
                                                  "inputs.config_files", "inputs.aliases"}


def test_only_matchers_import_rapidfuzz() -> None:
    allowed = {"match.retrieve", "values.clashes", "verdicts.quotes", "values.names", "conflicts.scan", "conflicts.names",
               "conflicts.analysis", "conflicts.statements"}
    assert _importers(_uses_package("rapidfuzz")) <= allowed


REPORTERS = sorted(name for name in MODULES if _top(name) == "reports")


@pytest.mark.parametrize("name", REPORTERS)
def test_reporters_depend_only_on_models(name: str) -> None:
    allowed_own = {"factcheck.models", "factcheck.reports"} | {f"factcheck.{r}" for r in REPORTERS}
    bad = []
    for target in sorted(MODULES[name].imports):
        if target == "__future__" or _top(target) in STDLIB:
            continue
        if target in allowed_own:
            continue
        if target == "factcheck" and _from_factcheck_names(MODULES[name]) <= {"__version__"}:
            continue
        bad.append(target)
    assert not bad, f"{name} imports {bad}"


def _from_factcheck_names(module: Module) -> set[str]:
    return {a.name for node in ast.walk(module.tree) if isinstance(node, ast.ImportFrom)
            and _resolve(node.module, node.level) == "factcheck" for a in node.names}


def test_nothing_but_init_cli_and_the_language_server_imports_run() -> None:
    outside = {name for name in _importers(_is_module("run")) if _top(name) != "run"}
    assert outside <= {"__init__", "cli", "lsp.session"}


def test_only_the_language_server_imports_the_lsp_library() -> None:
    users = _importers(_uses_package("pygls")) | _importers(_uses_package("lsprotocol"))
    assert users == {"lsp.server"}  # and lsp.server is imported only when the server starts (test_lsp.py)


def _calls(module: Module) -> list[tuple[str, int]]:
    return [(_dotted(n.func), n.lineno) for n in ast.walk(module.tree) if isinstance(n, ast.Call)]


def test_nothing_prints() -> None:
    printing = {"print", "pprint.pprint", "sys.stdout.write", "sys.stderr.write", "os.write"}
    found = [f"{m.path.name}:{line}: {name}" for m in MODULES.values() for name, line in _calls(m)
             if name in printing and m.name != "__main__"]  # __main__ tells a CLI that cannot be imported
    assert not found


def test_only_cli_exits() -> None:
    exiting = {"sys.exit", "exit", "quit", "os._exit", "typer.Exit", "typer.Abort", "SystemExit",
               "click.exceptions.Exit"}
    found = []
    for m in MODULES.values():
        if m.name in ("cli", "__main__"):  # __main__: exit 3 when the CLI cannot even be imported
            continue
        found += [f"{m.path.name}:{line}: {name}" for name, line in _calls(m) if name in exiting]
        found += [f"{m.path.name}:{n.lineno}: raise {_dotted(n.exc)}" for n in ast.walk(m.tree)
                  if isinstance(n, ast.Raise) and n.exc is not None and _dotted(n.exc) in exiting]
    assert not found


def test_the_scanner_sees_what_it_must() -> None:
    """Guard against a vacuous scan: the checks above find what they look for in code that has it."""
    tree = ast.parse("import typer\nfrom . import cli\nfrom .run.pipeline import run_check\n"
                     "from rapidfuzz.distance import Levenshtein\nimport yaml as y\n"
                     "def f():\n    print('x')\n    sys.exit(1)\n    raise typer.Exit(2)\n")
    imports = _imports(tree)
    assert {"typer", "factcheck", "factcheck.cli", "factcheck.run.pipeline", "rapidfuzz.distance", "yaml"} <= imports
    module = Module("probe", PACKAGE / "probe.py", tree, imports)
    assert {name for name, _ in _calls(module)} >= {"print", "sys.exit", "typer.Exit"}
    assert _is_module("cli")("factcheck.cli") and not _is_module("cli")("factcheck.cli_reporters")
    assert _own_package("factcheck.values.names") == "values" and _own_package("rapidfuzz.fuzz") is None
