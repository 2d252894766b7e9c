#!/usr/bin/env python3
"""Build factcheck/lexicon/adjective_clusters.tsv from WordNet 3.0: the clusters of every adjective.

Source: the WordNet 3.0 database files (Princeton University), as packaged by Debian in
``wordnet-base`` (in /usr/share/wordnet/), read with the parsers of ``scripts/build_antonyms.py``
(the licence is the one in ``factcheck/lexicon/LICENSE-WordNet.txt``)::

    apt-get install -y wordnet-base
    .venv/bin/python scripts/build_adjective_clusters.py /usr/share/wordnet

What for: "the great majority" and "the vast majority" say one thing; "a poor pupil" and "a
model pupil" do not. WordNet organises descriptive adjectives in clusters (Gross & Miller 1990,
"Adjectives in WordNet"; data.adj): a head synset ({large, big}) and the satellites similar to it
({great}, {vast, immense, huge}), each linked to its head by a similar-to (``&``) pointer. Two
adjectives with senses in one cluster describe along one scale, on the same side of it: a reader
takes one for the other. A head's direct antonym heads another cluster ({small, little}), so
opposites never share one.

Each row is ``ADJECTIVE<TAB>HEAD HEAD ...``: a lower-case single word (letters only, three or
more) and the offsets, in data.adj, of the heads of the clusters its senses belong to (a head
synset is its own cluster's). Sorted, deterministic; ``#`` lines are comments.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_antonyms import read_data, table_main

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "factcheck" / "lexicon" / "adjective_clusters.tsv"
WORD = re.compile(r"[a-z]{3,}")


def build(dict_dir: Path) -> list[str]:
    """The rows, sorted by adjective."""
    clusters: dict[str, set[str]] = {}
    for synset in read_data(dict_dir, "a").values():
        if synset.ss_type == "s":
            heads = {target for symbol, target, pos, _, _ in synset.pointers if symbol == "&" and pos == "a"}
        else:
            heads = {synset.offset}
        for word, _ in synset.words:
            lemma = word.lower()
            if WORD.fullmatch(lemma):
                clusters.setdefault(lemma, set()).update(heads)
    return [f"{word}\t{' '.join(sorted(heads))}" for word, heads in sorted(clusters.items()) if heads]


def main(argv: list[str] | None = None) -> int:
    return table_main(argv, doc=__doc__ or "", default_out=DEFAULT_OUT, pos_file="data.adj", build=build, header=lambda label: [
        f"# Adjectives and the heads of their WordNet clusters, {label}, made by scripts/build_adjective_clusters.py.",
        "# Licence: see LICENSE-WordNet.txt beside this file (WordNet 3.0 Copyright 2006 by Princeton University)."],
        summary=lambda rows: f"{len(rows)} adjectives")


if __name__ == "__main__":
    sys.exit(main())
