#!/usr/bin/env python3
"""Build factcheck/lexicon/noun_kinds.tsv from WordNet 3.0: common nouns grouped by the kind their first sense is.

Source: the WordNet 3.0 database files (Princeton University), as packaged by Debian in
``wordnet-base`` (in /usr/share/wordnet/), read with the parsers of ``scripts/build_antonyms.py``
(the licence is the one in ``factcheck/lexicon/LICENSE-WordNet.txt``)::

    apt-get install -y wordnet-base
    .venv/bin/python scripts/build_noun_kinds.py /usr/share/wordnet

What for: a claim that says "off a bus" where its supporting sentence says "the train", "within
minutes" where it says "hours", "her father" where it says "her mother", names another thing of
the same kind. WordNet makes such words *sisters*: their synsets share a hypernym ({bus} and
{train} are both {public transport}; {minute} and {hour} both {time unit}). Only a word's first
sense is read (WordNet's most frequent, the first of index.noun): with every sense nearly any two
nouns would be sisters somewhere ("report" and "account" share a sense of "statement").

Rows (tab-separated, sorted, deterministic; ``#`` lines are comments): one per hypernym with two
or more first-sense synsets under it, ``HYPERNYM  SYNSET SYNSET ...``, each synset written as its
single lower-case words joined by ``+`` ("bus+autobus+coach+omnibus"). Words of one synset are
synonyms, never sisters. Only the words of ``factcheck/lexicon/nouns.txt``'s kind (two or more
letters, lower case) whose first sense is that synset.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_antonyms import read_data, read_index_senses, table_main

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "factcheck" / "lexicon" / "noun_kinds.tsv"
WORD = re.compile(r"[a-z]{2,}")


def build(dict_dir: Path) -> list[str]:
    """The table's rows, in order."""
    synsets = read_data(dict_dir, "n")
    first: dict[str, list[str]] = {}  # synset offset -> the words whose first sense it is
    for (lemma, pos), offsets in read_index_senses(dict_dir).items():
        if pos == "n" and WORD.fullmatch(lemma) and offsets:
            first.setdefault(offsets[0], []).append(lemma)
    groups: dict[str, list[str]] = {}
    for offset, words in first.items():
        for symbol, target, pos, _s, _t in synsets[offset].pointers:
            if symbol == "@" and pos == "n":
                groups.setdefault(target, []).append("+".join(sorted(words)))
    return [f"{hypernym}\t{' '.join(sorted(members))}" for hypernym, members in sorted(groups.items())
            if len(members) >= 2]


def main(argv: list[str] | None = None) -> int:
    return table_main(argv, doc=__doc__ or "", default_out=DEFAULT_OUT, pos_file="data.noun", build=build, header=lambda label: [
        f"# Common nouns by the hypernym of their first sense, {label}, made by scripts/build_noun_kinds.py.",
        "# Licence: see LICENSE-WordNet.txt beside this file (WordNet 3.0 Copyright 2006 by Princeton University).",
        "# HYPERNYM-OFFSET <TAB> first-sense synsets under it, space-separated, a synset's words joined by +"],
        summary=lambda rows: f"{len(rows)} kinds, {sum(len(r.split(chr(9))[1].split()) for r in rows)} synsets")


if __name__ == "__main__":
    sys.exit(main())
