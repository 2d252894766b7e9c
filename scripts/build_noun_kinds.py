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

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_antonyms import DEFAULT_DICT, read_data, read_header, read_index_senses, source_label, wordnet_version

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
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("dict_dir", nargs="?", type=Path, default=DEFAULT_DICT,
                        help=f"WordNet dict directory with data.noun and index.noun (default {DEFAULT_DICT})")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"where to write (default {DEFAULT_OUT})")
    args = parser.parse_args(argv)
    if not (args.dict_dir / "data.noun").exists():
        parser.error(f"{args.dict_dir} has no data.noun: give the WordNet dict directory (apt-get install wordnet-base)")
    label = source_label(args.dict_dir, wordnet_version(read_header(args.dict_dir)))
    rows = build(args.dict_dir)
    header = [f"# Common nouns by the hypernym of their first sense, {label}, made by scripts/build_noun_kinds.py.",
              "# Licence: see LICENSE-WordNet.txt beside this file (WordNet 3.0 Copyright 2006 by Princeton University).",
              "# HYPERNYM-OFFSET <TAB> first-sense synsets under it, space-separated, a synset's words joined by +"]
    args.out.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(rows)} kinds, {sum(len(r.split(chr(9))[1].split()) for r in rows)} synsets",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
