#!/usr/bin/env python3
"""Build factcheck/lexicon/place_parts.tsv from WordNet 3.0: which place lies in which.

Source: the WordNet 3.0 database files (Princeton University), as packaged by Debian in
``wordnet-base`` (in /usr/share/wordnet/), read with the parsers of ``scripts/build_antonyms.py``
(the licence is the one in ``factcheck/lexicon/LICENSE-WordNet.txt``)::

    apt-get install -y wordnet-base
    .venv/bin/python scripts/build_place_parts.py /usr/share/wordnet

What for: "moved to Kazakhstan" may hold "moved to Almaty", and "in Scotland" cannot hold "in
Wales". WordNet links a place to the place it is part of by a part-holonym pointer (``#p``):
{Almaty, Alma-Ata} #p {Kazakhstan, ...}; {Wales, Cymru, Cambria} #p {United Kingdom, ...};
{Vienna} #p {Austria} #p {Europe}. Places are the synsets of ``scripts/build_place_names.py``
(noun.location instances), so offsets join with ``place_names.tsv``.

Rows (tab-separated, sorted, deterministic; ``#`` lines are comments): ``PLACE  KIND  WHOLES``,
one row per place that is part of another or is a country: its synset offset; ``country`` when
it is an instance of {country, state, land} or of a kind of it (Scotland, Austria, the United
States), ``-`` otherwise; then the offsets of the places it is
directly part of, comma-separated, or ``-``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_antonyms import read_data, table_main
from build_place_names import location_instances
from build_polities import under

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "factcheck" / "lexicon" / "place_parts.tsv"
COUNTRY = "08544813"  # {country, state, land}


def build(dict_dir: Path) -> list[str]:
    """The rows ``place<TAB>kind<TAB>wholes``, sorted."""
    nouns = read_data(dict_dir, "n")
    places = location_instances(nouns)
    rows = []
    for offset in sorted(places):
        classes = [target for symbol, target, *_ in nouns[offset].pointers if symbol == "@i"]
        kind = "country" if any(under(c, nouns, frozenset((COUNTRY,)), set()) for c in classes) else "-"
        wholes = sorted({target for symbol, target, pos, *_ in nouns[offset].pointers
                         if symbol == "#p" and pos == "n" and target in places})
        if wholes or kind != "-":
            rows.append(f"{offset}\t{kind}\t{','.join(wholes) or '-'}")
    return rows


def main(argv: list[str] | None = None) -> int:
    return table_main(argv, doc=__doc__ or "", default_out=DEFAULT_OUT, pos_file="data.noun", build=build, header=lambda label: [
        f"# Which place is part of which (WordNet part holonyms between noun.location instances), {label}, made by scripts/build_place_parts.py.",
        "# Licence: see LICENSE-WordNet.txt beside this file (WordNet 3.0 Copyright 2006 by Princeton University).",
        "# place synset<TAB>country|-<TAB>synsets of the places it is part of (comma-separated) or -"],
        summary=lambda rows: f"{len(rows)} rows")


if __name__ == "__main__":
    sys.exit(main())
