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

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_antonyms import read_data, read_index_senses, table_main

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "factcheck" / "lexicon" / "groups.txt"
WORD = re.compile(r"[a-z]{2,}")
NOUN_GROUP = "14"  # lexicographer file noun.group (WordNet 3.0 lexnames)


def build(dict_dir: Path) -> list[str]:
    """The listed words, sorted."""
    return first_sense_nouns(dict_dir, NOUN_GROUP)


def first_sense_nouns(dict_dir: Path, lex_filenum: str) -> list[str]:
    """The nouns (lower-case single words) whose first sense is in lexicographer file
    ``lex_filenum``, sorted (also used by scripts/build_persons.py)."""
    synsets = read_data(dict_dir, "n")
    return sorted(lemma for (lemma, pos), offsets in read_index_senses(dict_dir).items()
                  if pos == "n" and WORD.fullmatch(lemma) and offsets and synsets[offsets[0]].lex_filenum == lex_filenum)


def main(argv: list[str] | None = None) -> int:
    return table_main(argv, doc=__doc__ or "", default_out=DEFAULT_OUT, pos_file="data.noun", build=build, header=lambda label: [
        f"# Nouns whose first sense is in noun.group, {label}, made by scripts/build_groups.py.",
        "# Licence: see LICENSE-WordNet.txt beside this file (WordNet 3.0 Copyright 2006 by Princeton University)."],
        summary=lambda rows: f"{len(rows)} words")


if __name__ == "__main__":
    sys.exit(main())
