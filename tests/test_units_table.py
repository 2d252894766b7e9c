"""The unit table (``factcheck/values/units.tsv``) converts as pint does, every pair both ways."""

from __future__ import annotations

import itertools
import math

import pytest

from factcheck.values.comparison import convert
from factcheck.values.vocabulary import PHYSICAL_UNITS

pint = pytest.importorskip("pint")
REGISTRY = pint.UnitRegistry()
PAIRS = list(itertools.permutations(sorted(PHYSICAL_UNITS), 2))


@pytest.mark.parametrize(("unit", "target"), PAIRS)
def test_every_pair_converts_as_pint_does(unit: str, target: str) -> None:
    for amount in (0.0, 1.0, 7.5, 100.0, -40.0, 12_345.678):
        try:
            expected = REGISTRY.Quantity(amount, PHYSICAL_UNITS[unit]).to(PHYSICAL_UNITS[target]).magnitude
        except pint.DimensionalityError:
            assert convert(amount, unit, target) is None
            continue
        got = convert(amount, unit, target)
        assert got is not None
        assert math.isclose(got, expected, rel_tol=1e-12, abs_tol=1e-9), (amount, unit, target, got, expected)


def test_the_table_is_what_the_script_builds() -> None:
    """The shipped table is pint's: rebuilt from the installed pint, the rows are the same."""
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "build_units.py"
    spec = importlib.util.spec_from_file_location("build_units", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shipped = [line.split("\t") for line in module.TARGET.read_text(encoding="utf-8").splitlines()
               if not line.startswith("#")]
    built = [list(row) for row in module.rows(REGISTRY)]
    assert [row[:2] for row in shipped] == [row[:2] for row in built]
    for ours, theirs in zip(shipped, built, strict=True):
        assert math.isclose(float(ours[2]), float(theirs[2]), rel_tol=1e-12)
        assert math.isclose(float(ours[3]), float(theirs[3]), rel_tol=1e-12, abs_tol=1e-12)


def test_a_known_conversion() -> None:
    """The international mile is 1.609344 km exactly; 30 °C is 86 °F."""
    assert convert(1.0, "mile", "kilometre") == pytest.approx(1.609344)
    assert convert(30.0, "celsius", "fahrenheit") == pytest.approx(86.0)
    assert convert(5.0, "kilogram", "mile") is None
    assert convert(10.0, "metre per second", "kilometre per hour") == pytest.approx(36.0)  # speeds per second too
    assert convert(1.0, "knot", "kilometre per hour") == pytest.approx(1.852)  # the international knot
