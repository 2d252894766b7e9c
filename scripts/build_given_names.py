#!/usr/bin/env python3
"""Build factcheck/lexicon/given_names.tsv: given names that nearly always name a man, or a woman.

Source: the name-gender reference data of ``nomquamgender`` 0.1.4 (Ian Van Buskirk, MIT licence,
``factcheck/lexicon/LICENSE-nomquamgender.txt``), from Van Buskirk, Clauset and Larremore,
"An open-source cultural consensus approach to name-based gender classification" (ICWSM 2023):
for each name, the number of the 36 public name-gender sources that list it, the people counted
under it, and the share of them that are women, p(gf). Fetch the wheel from the package registry
and point this script at it::

    pip download --no-deps -d /tmp/nqg nomquamgender==0.1.4
    .venv/bin/python scripts/build_given_names.py /tmp/nqg/nomquamgender-0.1.4-py3-none-any.whl

What for: "she" and "he" in a source stand for a person of that gender. "Harald Moe had mapped
the glaciers of Svalbard. She completed her doctorate in 1976": the "she" is not Harald Moe, and
a claim that gives Harald Moe her doctorate is not supported by that sentence.

A name is kept where at least :data:`MIN_SOURCES` sources and :data:`MIN_PEOPLE` people attest it
and p(gf) is at most :data:`MASCULINE_AT_MOST` (masculine) or at least :data:`FEMININE_AT_LEAST`
(feminine): 95 % of the people counted one gender, a stricter line than the paper's default of
90 % (its uncertainty threshold of 0.1), so that "Marie" and "Anne" are in and "Jean", "Dana" and
"Sam" are not. Only plain ASCII-letter
names of two letters or more (the index folds accents away). Rows (tab-separated, sorted):
``NAME  m|f``; ``#`` lines are comments.
"""

from __future__ import annotations

import argparse
import json
import re
import zipfile
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "factcheck" / "lexicon" / "given_names.tsv"
MIN_SOURCES = 5
MIN_PEOPLE = 100
MASCULINE_AT_MOST = 0.05
FEMININE_AT_LEAST = 0.95
NAME = re.compile(r"[a-z]{2,}")


def build(wheel: Path) -> list[str]:
    """The table's rows, in order, from the wheel's ``nomquamgender/name_data.json``."""
    with zipfile.ZipFile(wheel) as archive:
        data = json.loads(archive.read("nomquamgender/name_data.json"))
    rows = []
    for name, (sources, people, share, *_rest) in sorted(data.items()):
        if not NAME.fullmatch(name) or sources < MIN_SOURCES or people < MIN_PEOPLE:
            continue
        if share <= MASCULINE_AT_MOST:
            rows.append(f"{name}\tm")
        elif share >= FEMININE_AT_LEAST:
            rows.append(f"{name}\tf")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path, help="nomquamgender-0.1.4-py3-none-any.whl")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    rows = build(args.wheel)
    header = [
        "# Given names that nearly always name a man (m) or a woman (f), from nomquamgender 0.1.4's reference data",
        "# (Van Buskirk, Clauset and Larremore, ICWSM 2023), made by scripts/build_given_names.py:",
        f"# at least {MIN_SOURCES} sources and {MIN_PEOPLE} people, p(woman) <= {MASCULINE_AT_MOST} or >= {FEMININE_AT_LEAST}.",
        "# Licence: MIT, see LICENSE-nomquamgender.txt beside this file (Copyright (c) 2022 Ian Van Buskirk).",
        "# NAME <TAB> m|f",
    ]
    args.out.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {args.out}")


if __name__ == "__main__":
    main()
