#!/usr/bin/env python3
"""Build factcheck/lexicon/persons.txt from WordNet 3.0: the nouns whose first sense names a person.

Source: the WordNet 3.0 database files (Princeton University), as packaged by Debian in
``wordnet-base`` (in /usr/share/wordnet/), read with the parsers of ``scripts/build_antonyms.py``
(the licence is the one in ``factcheck/lexicon/LICENSE-WordNet.txt``)::

    apt-get install -y wordnet-base
    .venv/bin/python scripts/build_persons.py /usr/share/wordnet

What for: a report that closes a sentence ("..., the boy's mother said.") gives a person's account,
which a claim that drops it states as fact; one by an office ("..., the statistics office said.")
is the record itself. WordNet's lexicographer file 18, ``noun.person``, holds "nouns denoting
people" ({mother}, {lawyer, attorney}, {skipper}, {official}); a word is listed when its first
sense (WordNet's most frequent, the first of index.noun) is in that file.

One lower-case single word a line, sorted, deterministic; ``#`` lines are comments.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_antonyms import table_main
from build_groups import first_sense_nouns

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "factcheck" / "lexicon" / "persons.txt"
NOUN_PERSON = "18"  # lexicographer file noun.person (WordNet 3.0 lexnames)


def build(dict_dir: Path) -> list[str]:
    """The listed words, sorted."""
    return first_sense_nouns(dict_dir, NOUN_PERSON)


def main(argv: list[str] | None = None) -> int:
    return table_main(argv, doc=__doc__ or "", default_out=DEFAULT_OUT, pos_file="data.noun", build=build, header=lambda label: [
        f"# Nouns whose first sense is in noun.person, {label}, made by scripts/build_persons.py.",
        "# Licence: see LICENSE-WordNet.txt beside this file (WordNet 3.0 Copyright 2006 by Princeton University)."],
        summary=lambda rows: f"{len(rows)} words")


if __name__ == "__main__":
    sys.exit(main())
