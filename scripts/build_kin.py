#!/usr/bin/env python3
"""Build factcheck/lexicon/kin.tsv from WordNet 3.0: the nouns whose first sense is a kind of relative.

Source: the WordNet 3.0 database files (Princeton University), as packaged by Debian in
``wordnet-base`` (in /usr/share/wordnet/), read with the parsers of ``scripts/build_antonyms.py``
(the licence is the one in ``factcheck/lexicon/LICENSE-WordNet.txt``)::

    apt-get install -y wordnet-base
    .venv/bin/python scripts/build_kin.py /usr/share/wordnet

What for: "disparaged Nursultan's grandmother" where the source says "Nursultan's mother" names
another person. Kinship terms are one closed class (every hyponym of {relative, relation}: "a
person related by blood or marriage"), too large for ``noun_kinds.tsv``'s sisters ({mother} is a
{female parent}, {grandmother} a {grandparent}), and two of them are two people unless one is the
other's hypernym ({parent} is stated by {mother}).

Rows (tab-separated, sorted, deterministic; ``#`` lines are comments): ``WORD  SYNSET  ANCESTORS``,
one per single lower-case word whose first sense (WordNet's most frequent) is under {relative}:
its synset offset, and the offsets of the kin synsets above it up to {relative}, space-separated.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_antonyms import read_data, read_index_senses, table_main

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "factcheck" / "lexicon" / "kin.tsv"
WORD = re.compile(r"[a-z]{2,}")
RELATIVE = "10235549"  # {relative, relation}: a person related by blood or marriage (WordNet 3.0 offset)


def build(dict_dir: Path) -> list[str]:
    """The table's rows, in order."""
    synsets = read_data(dict_dir, "n")

    def ancestors(offset: str) -> list[str] | None:
        """The hypernym offsets from ``offset`` up to {relative} (both included), or None when
        no hypernym path reaches it; the first path found, in WordNet's pointer order."""
        if offset == RELATIVE:
            return [offset]
        for symbol, target, pos, _s, _t in synsets[offset].pointers:
            if symbol in ("@", "@i") and pos == "n":
                above = ancestors(target)
                if above is not None:
                    return [offset, *above]
        return None

    rows = []
    for (lemma, pos), offsets in sorted(read_index_senses(dict_dir).items()):
        if pos != "n" or not WORD.fullmatch(lemma) or not offsets:
            continue
        path = ancestors(offsets[0])
        if path is not None and len(path) > 1:
            rows.append(f"{lemma}\t{path[0]}\t{' '.join(path[1:])}")
    return rows


def main(argv: list[str] | None = None) -> int:
    return table_main(argv, doc=__doc__ or "", default_out=DEFAULT_OUT, pos_file="data.noun", build=build, header=lambda label: [
        f"# Nouns whose first sense is a kind of {{relative}}, {label}, made by scripts/build_kin.py.",
        "# Licence: see LICENSE-WordNet.txt beside this file (WordNet 3.0 Copyright 2006 by Princeton University).",
        "# WORD <TAB> first-sense synset offset <TAB> kin synsets above it up to {relative}, space-separated"],
        summary=lambda rows: f"{len(rows)} words")


if __name__ == "__main__":
    sys.exit(main())
