#!/usr/bin/env python3
"""Build factcheck/lexicon/groups.txt from WordNet 3.0: the nouns whose first sense names a group of people.

Source: the WordNet 3.0 database files (Princeton University), as packaged by Debian in
``wordnet-base`` (in /usr/share/wordnet/), read with the parsers of ``scripts/build_antonyms.py``
(the licence is the one in ``factcheck/lexicon/LICENSE-WordNet.txt``)::

    apt-get install -y wordnet-base
    .venv/bin/python scripts/build_groups.py /usr/share/wordnet

What for: "police detained two of the attackers" where the source says "the family detained two
of them" gives the act to another body. WordNet files every synset in a lexicographer file; file
14, ``noun.group``, holds "nouns denoting groupings of people or objects" ({police, police
force, constabulary, law}, {family, household}, {court, tribunal}). A word is listed when its
first sense (WordNet's most frequent, the first of index.noun) is in that file.

One lower-case single word a line, sorted, deterministic; ``#`` lines are comments.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_antonyms import DEFAULT_DICT, read_data, read_header, read_index_senses, source_label, wordnet_version

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "factcheck" / "lexicon" / "groups.txt"
WORD = re.compile(r"[a-z]{2,}")
NOUN_GROUP = "14"  # lexicographer file noun.group (WordNet 3.0 lexnames)


def build(dict_dir: Path) -> list[str]:
    """The listed words, sorted."""
    synsets = read_data(dict_dir, "n")
    return sorted(lemma for (lemma, pos), offsets in read_index_senses(dict_dir).items()
                  if pos == "n" and WORD.fullmatch(lemma) and offsets and synsets[offsets[0]].lex_filenum == NOUN_GROUP)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("dict_dir", nargs="?", type=Path, default=DEFAULT_DICT,
                        help=f"WordNet dict directory with data.noun and index.noun (default {DEFAULT_DICT})")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"where to write (default {DEFAULT_OUT})")
    args = parser.parse_args(argv)
    if not (args.dict_dir / "data.noun").exists():
        parser.error(f"{args.dict_dir} has no data.noun: give the WordNet dict directory (apt-get install wordnet-base)")
    label = source_label(args.dict_dir, wordnet_version(read_header(args.dict_dir)))
    words = build(args.dict_dir)
    header = [f"# Nouns whose first sense is in noun.group, {label}, made by scripts/build_groups.py.",
              "# Licence: see LICENSE-WordNet.txt beside this file (WordNet 3.0 Copyright 2006 by Princeton University)."]
    args.out.write_text("\n".join(header + words) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(words)} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
