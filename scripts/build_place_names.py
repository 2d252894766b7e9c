#!/usr/bin/env python3
"""Build factcheck/lexicon/place_names.tsv from WordNet 3.0: the names and adjectives of one place.

Source: the WordNet 3.0 database files (Princeton University), as packaged by Debian in
``wordnet-base`` (in /usr/share/wordnet/), read with the parsers of ``scripts/build_antonyms.py``
(the licence is the one in ``factcheck/lexicon/LICENSE-WordNet.txt``)::

    apt-get install -y wordnet-base
    .venv/bin/python scripts/build_place_names.py /usr/share/wordnet

What for: "just north of the Uzbek border" states "just north of the Uzbekistan border"; "the
Russian government" is Russia's. WordNet files a place's names in one synset ({Uzbekistan,
Republic of Uzbekistan, Uzbek}, {Kazakhstan, Republic of Kazakhstan, Kazakstan, Kazakh, Kazak})
and points its adjectives at it (``\\`` pertainym: "Russian" -> {Russia, Soviet Union, ...},
"Scottish" -> {Scotland}). A place is a noun synset of lexicographer file 15, ``noun.location``,
that is an instance (``@i``) of another (Uzbekistan, Almaty, Scotland).

Rows (tab-separated, sorted, deterministic; ``#`` lines are comments): ``NAME  SYNSET``, the name
lower case with its words joined by a space, one row per synset it names.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_antonyms import Synset, read_data, table_main

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "factcheck" / "lexicon" / "place_names.tsv"
NOUN_LOCATION = "15"  # lexicographer file noun.location (WordNet 3.0 lexnames)
NAME = re.compile(r"[a-z][a-z'.-]*(?: [a-z][a-z'.-]*)*")


def location_instances(nouns: dict[str, Synset]) -> set[str]:
    """The offsets of the places: noun.location synsets that are an instance (``@i``) of another."""
    return {offset for offset, s in nouns.items()
            if s.lex_filenum == NOUN_LOCATION and any(symbol == "@i" for symbol, *_ in s.pointers)}


def build(dict_dir: Path) -> list[str]:
    """The rows ``name<TAB>synset``, sorted."""
    nouns = read_data(dict_dir, "n")
    places = location_instances(nouns)
    rows: set[str] = set()
    for offset in places:
        for word, _ in nouns[offset].words:
            name = word.replace("_", " ").lower()
            if NAME.fullmatch(name):
                rows.add(f"{name}\t{offset}")
    for synset in read_data(dict_dir, "a").values():
        for symbol, target, pos, source, _ in synset.pointers:
            if symbol != "\\\\"[:1] or pos != "n" or target not in places:
                continue
            words = synset.words if source == 0 else [synset.words[source - 1]]
            for word, _ in words:
                name = word.replace("_", " ").lower()
                if NAME.fullmatch(name):
                    rows.add(f"{name}\t{target}")
    return sorted(rows)


def main(argv: list[str] | None = None) -> int:
    return table_main(argv, doc=__doc__ or "", default_out=DEFAULT_OUT, pos_file="data.noun", build=build, header=lambda label: [
        f"# Names and adjectives of WordNet's places (noun.location instances), {label}, made by scripts/build_place_names.py.",
        "# Licence: see LICENSE-WordNet.txt beside this file (WordNet 3.0 Copyright 2006 by Princeton University).",
        "# name<TAB>synset offset"],
        summary=lambda rows: f"{len(rows)} rows")


if __name__ == "__main__":
    sys.exit(main())
