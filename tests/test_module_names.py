"""No module of factcheck binds one name twice at its top level.

A second ``_OBJECT_REACH = 6`` near the end of a 4,500-line module silently replaces the first
``_OBJECT_REACH = 8`` for every function above it, at import time: the rules that read it no
longer do what they were written and measured to do. Session 42 lost two tests to such a
redefinition (align's ``_PARTICLES``); session 43 found four more (``_COORDINATORS``,
``_FIRST_PERSON``, subjects' ``_OBJECT_REACH``, clashes' ``_CLAUSE_BREAK``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"


def _top_level_bindings(tree: ast.Module) -> list[tuple[str, int]]:
    """``(name, line)`` of each binding at a module's top level: assignments with a value,
    functions and classes (imports and ``if TYPE_CHECKING`` blocks aside)."""
    found: list[tuple[str, int]] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            found += [(t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            found.append((node.target.id, node.lineno))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found.append((node.name, node.lineno))
    return found


@pytest.mark.parametrize("module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_name_is_bound_twice_at_the_top_level(module: Path) -> None:
    first: dict[str, int] = {}
    twice = []
    for name, line in _top_level_bindings(ast.parse(module.read_text(encoding="utf-8"))):
        if name in first:
            twice.append(f"{name} (lines {first[name]} and {line})")
        first.setdefault(name, line)
    assert not twice, f"{module.name}: bound twice: {', '.join(twice)}"


def test_the_check_finds_a_name_bound_twice() -> None:
    tree = ast.parse("_REACH = 8\ndef f():\n    return _REACH\n_REACH = 6\n")
    names = [name for name, _ in _top_level_bindings(tree)]
    assert names.count("_REACH") == 2
