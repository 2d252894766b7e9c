"""The wheel ships every subpackage: setuptools finds packages by their ``__init__.py``.

A hand-written package list once left ``factcheck/values`` out of the wheel, so every installed
command failed with ``ModuleNotFoundError``; ``.ci/run`` builds and installs the real wheel, and
this test catches the cause early: a folder of modules that discovery would not see.
"""

from __future__ import annotations

import tomllib

from conftest import ROOT

PACKAGE = ROOT / "factcheck"


def test_every_folder_of_modules_is_a_package() -> None:
    folders = {p.parent for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts}
    assert PACKAGE in folders
    not_packages = sorted(str(f.relative_to(ROOT)) for f in folders if not (f / "__init__.py").is_file())
    assert not not_packages


def test_packages_are_discovered_not_listed() -> None:
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert "packages" not in setuptools or isinstance(setuptools["packages"], dict)
    assert setuptools["packages"]["find"]["include"] == ["factcheck", "factcheck.*"]


def test_the_package_is_typed() -> None:
    assert (PACKAGE / "py.typed").is_file()
