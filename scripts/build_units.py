#!/usr/bin/env python3
"""Build factcheck/values/units.tsv: how each physical unit factcheck reads converts, from pint.

Source: pint's default unit definitions (pint's ``default_en.txt``, from the SI brochure, NIST
SP 811 and the international yard and pound agreement of 1959), read through pint itself. For
each unit of ``factcheck.values.vocabulary.PHYSICAL_UNITS`` the table holds its dimensionality
and the affine map to the SI base units, ``base = amount * factor + offset`` (the offset is
nonzero for the temperatures only), so that a run converts units without loading pint: pint
takes about 0.7 s to import and to parse its registry, once per process, which a check of a
few claims would otherwise pay for one conversion. ``tests/test_units_table.py`` converts
every pair of units both ways and checks them against pint.

    .venv/bin/python scripts/build_units.py            # rewrites factcheck/values/units.tsv

The output is deterministic (sorted, no dates).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pint

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.values.vocabulary import PHYSICAL_UNITS  # noqa: E402

SPAN = 1e6
TARGET = ROOT / "factcheck" / "values" / "units.tsv"


def rows(registry: pint.UnitRegistry) -> list[tuple[str, str, str, str]]:
    """(unit, dimensionality, factor, offset) for every unit, factor and offset as repr floats."""
    found = []
    for unit, written in sorted(PHYSICAL_UNITS.items()):
        zero = registry.Quantity(0.0, written).to_base_units()
        far = registry.Quantity(SPAN, written).to_base_units()  # far from 0: the offset costs no precision
        dimension = str(far.dimensionality)
        found.append((unit, dimension, repr(float((far.magnitude - zero.magnitude) / SPAN)), repr(float(zero.magnitude))))
    return found


def main() -> None:
    registry = pint.UnitRegistry()
    lines = [f"# Built by scripts/build_units.py from pint {pint.__version__}'s default definitions; do not edit.",
             "# unit\tdimensionality\tfactor\toffset   (SI base = amount * factor + offset)"]
    lines += ["\t".join(row) for row in rows(registry)]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}: {len(lines) - 2} units")


if __name__ == "__main__":
    main()
