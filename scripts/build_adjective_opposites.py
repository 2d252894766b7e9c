#!/usr/bin/env python3
"""Build factcheck/lexicon/adjective_opposites.tsv from WordNet 3.0: the antonym pairs of cluster heads.

Source: the WordNet 3.0 database files (Princeton University), as packaged by Debian in
``wordnet-base`` (in /usr/share/wordnet/), read with the parsers of ``scripts/build_antonyms.py``
(the licence is the one in ``factcheck/lexicon/LICENSE-WordNet.txt``)::

    apt-get install -y wordnet-base
    .venv/bin/python scripts/build_adjective_opposites.py /usr/share/wordnet

What for: WordNet's descriptive adjectives form bipolar clusters (Gross & Miller 1990,
"Adjectives in WordNet"; data.adj): two head synsets that are direct antonyms ({wet} / {dry})
and, around each, satellites similar to it ({damp, moist}; {arid, parched}). A satellite of one
head and a word of the opposite cluster are *indirect* antonyms: "eager" / "reluctant" ({eager}
against {uneager}, whose cluster holds "reluctant"), "prominent" / "obscure", "safe" /
"dangerous", which the direct-antonym table (antonyms.tsv) does not pair. With
``adjective_clusters.tsv`` (each adjective's cluster heads) this table says which clusters oppose.

Each row is ``HEAD<TAB>HEAD``: the data.adj offsets of two head synsets linked by an antonym
(``!``) pointer, the smaller first, each pair once. Sorted, deterministic; ``#`` lines are
comments.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_antonyms import read_data, table_main

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "factcheck" / "lexicon" / "adjective_opposites.tsv"


def build(dict_dir: Path) -> list[str]:
    """The rows, sorted."""
    pairs: set[tuple[str, str]] = set()
    synsets = read_data(dict_dir, "a")
    for synset in synsets.values():
        if synset.ss_type == "s":
            continue
        for symbol, target, pos, _, _ in synset.pointers:
            if symbol == "!" and pos == "a" and target in synsets and synsets[target].ss_type != "s":
                low, high = sorted((synset.offset, target))
                pairs.add((low, high))
    return [f"{a}\t{b}" for a, b in sorted(pairs)]


def main(argv: list[str] | None = None) -> int:
    return table_main(argv, doc=__doc__ or "", default_out=DEFAULT_OUT, pos_file="data.adj", build=build, header=lambda label: [
        f"# Antonym pairs of WordNet's adjective cluster heads (data.adj offsets), {label}, made by "
        "scripts/build_adjective_opposites.py.",
        "# Licence: see LICENSE-WordNet.txt beside this file (WordNet 3.0 Copyright 2006 by Princeton University)."],
        summary=lambda rows: f"{len(rows)} pairs of opposed heads")


if __name__ == "__main__":
    sys.exit(main())
