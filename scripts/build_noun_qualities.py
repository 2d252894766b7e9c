#!/usr/bin/env python3
"""Build factcheck/lexicon/noun_qualities.tsv from WordNet 3.0: the adjective each noun of a quality names.

Source: the WordNet 3.0 database files (Princeton University), as packaged by Debian in
``wordnet-base`` (in /usr/share/wordnet/), read with the parsers of ``scripts/build_antonyms.py``
(the licence is the one in ``factcheck/lexicon/LICENSE-WordNet.txt``)::

    apt-get install -y wordnet-base
    .venv/bin/python scripts/build_noun_qualities.py /usr/share/wordnet

What for: "the eagerness of the authorities" and "the reluctance of the authorities" say opposite
things, as "eager" and "reluctant" do, but WordNet gives the two nouns no antonym pointer. It
links a noun that names a quality, a feeling or a state to the adjective it is formed from, by a
derivationally related form pointer (``+``, lexical: from one word to one word; Fellbaum & Miller,
"Morphosemantic links in WordNet", 2003): "eagerness" -> "eager", "reluctance" -> "reluctant",
"safety" -> "safe", "danger" -> "dangerous". With ``adjective_clusters.tsv`` and
``adjective_opposites.tsv``, two such nouns oppose where their adjectives do.

Only nouns of WordNet's lexicographer files noun.attribute (07), noun.feeling (12) and
noun.state (26) are read: those name the quality itself. A noun of a person or an act formed
from an adjective ("a liberal", "a cleaning") names something that has or does it, which may
be the same on both sides ("the poor" / "the needy").

Each row is ``NOUN<TAB>ADJECTIVE ADJECTIVE ...``: lower-case single words (letters only, three or
more). Sorted, deterministic; ``#`` lines are comments.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_antonyms import read_data, table_main

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "factcheck" / "lexicon" / "noun_qualities.tsv"
WORD = re.compile(r"[a-z]{3,}")
QUALITY_FILES = frozenset({"07", "12", "26"})  # noun.attribute, noun.feeling, noun.state (lexnames(5WN))


def build(dict_dir: Path) -> list[str]:
    """The rows, sorted by noun."""
    adjectives = read_data(dict_dir, "a")
    qualities: dict[str, set[str]] = {}
    for synset in read_data(dict_dir, "n").values():
        if synset.lex_filenum not in QUALITY_FILES:
            continue
        for symbol, target, pos, source, target_word in synset.pointers:
            if symbol != "+" or pos not in ("a", "s") or source == 0 or target_word == 0:
                continue
            noun = synset.words[source - 1][0].lower()
            adjective = adjectives[target].words[target_word - 1][0].lower()
            if WORD.fullmatch(noun) and WORD.fullmatch(adjective) and noun != adjective:
                qualities.setdefault(noun, set()).add(adjective)
    return [f"{noun}\t{' '.join(sorted(found))}" for noun, found in sorted(qualities.items())]


def main(argv: list[str] | None = None) -> int:
    return table_main(argv, doc=__doc__ or "", default_out=DEFAULT_OUT, pos_file="data.noun", build=build, header=lambda label: [
        f"# Nouns of a quality, feeling or state and the adjectives WordNet derives them from, {label}, "
        "made by scripts/build_noun_qualities.py.",
        "# Licence: see LICENSE-WordNet.txt beside this file (WordNet 3.0 Copyright 2006 by Princeton University)."],
        summary=lambda rows: f"{len(rows)} nouns")


if __name__ == "__main__":
    sys.exit(main())
