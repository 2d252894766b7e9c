#!/usr/bin/env python3
"""Build factcheck/lexicon/polities.txt from WordNet 3.0: the names of countries, states and
provinces, and continents, places that hold towns and cities.

Source: the WordNet 3.0 database files (Princeton University), as packaged by Debian in
``wordnet-base`` (in /usr/share/wordnet/), read with the parsers of ``scripts/build_antonyms.py``
(the licence is the one in ``factcheck/lexicon/LICENSE-WordNet.txt``)::

    apt-get install -y wordnet-base
    .venv/bin/python scripts/build_polities.py /usr/share/wordnet

What for: "a girl in Qyzylorda jumped" where the source's sentence says it happened "in another
southern Kazakh city, Turkistan" puts the event in another place; but "a schoolgirl in
Kyzylorda" where the sentence says "in Kazakhstan" does not: the country holds the city. A name
is listed when one of its synsets is an instance (WordNet's ``@i`` pointer) of a synset under
{country, state, land} (08544813), {state, province} (08654360) or {continent} (09254614):
Kazakhstan (an {Asian country}), California (an {American state}), Asia. Cities ({city,
metropolis}: Almaty) and regions ({region}: Turkestan) are not.

One name a line, lower case, its words joined by "_" as WordNet joins them ("united_states"),
sorted, deterministic; ``#`` lines are comments.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_antonyms import Synset, read_data, table_main

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "factcheck" / "lexicon" / "polities.txt"
HOLDERS = ("08544813", "08654360", "09254614")  # {country, state, land}, {state, province}, {continent}
NAME = re.compile(r"[a-z]+(?:_[a-z]+)*")


def under(offset: str, synsets: dict[str, Synset], roots: frozenset[str], seen: set[str]) -> bool:
    """Whether the synset at ``offset`` is one of ``roots`` or has one above it (``@`` pointers)."""
    if offset in roots:
        return True
    if offset in seen:
        return False
    seen.add(offset)
    return any(under(target, synsets, roots, seen) for symbol, target, *_ in synsets[offset].pointers if symbol == "@")


def build(dict_dir: Path) -> list[str]:
    """The listed names, lower case, sorted."""
    synsets = read_data(dict_dir, "n")
    roots = frozenset(HOLDERS)
    names: set[str] = set()
    for synset in synsets.values():
        classes = [target for symbol, target, *_ in synset.pointers if symbol == "@i"]
        if any(under(c, synsets, roots, set()) for c in classes):
            names.update(word.lower() for word, _ in synset.words if NAME.fullmatch(word.lower()))
    return sorted(names)


def main(argv: list[str] | None = None) -> int:
    return table_main(argv, doc=__doc__ or "", default_out=DEFAULT_OUT, pos_file="data.noun", build=build, header=lambda label: [
        f"# Countries, states and provinces, continents (instances of those synsets), {label}, made by scripts/build_polities.py.",
        "# Licence: see LICENSE-WordNet.txt beside this file (WordNet 3.0 Copyright 2006 by Princeton University)."],
        summary=lambda rows: f"{len(rows)} names")


if __name__ == "__main__":
    sys.exit(main())
