#!/usr/bin/env python3
"""Build factcheck/lexicon/derivations.tsv from WordNet 3.0: verbs and the nouns that name their event.

Source: the WordNet 3.0 database files (Princeton University), as packaged by Debian in
``wordnet-base`` (in /usr/share/wordnet/), read with the parsers of ``scripts/build_antonyms.py``
(the licence is the one in ``factcheck/lexicon/LICENSE-WordNet.txt``)::

    apt-get install -y wordnet-base
    .venv/bin/python scripts/build_derivations.py /usr/share/wordnet

What for: "got into an argument with four men" states what "argued with six men" states, and
"Nursultan's mother's arrival in Astana" what "she arrived in Astana" does; a paraphrase turns a
verb into the noun of its act and back. WordNet links a verb sense and a noun sense of one root
by a *derivationally related form* pointer (``+``, a lexical pointer: Fellbaum & Miller 2003,
"Morphosemantic links in WordNet"). Only nouns that name the act itself are taken, by their
suffix (-tion, -sion, -ment, -al, -ance, -ence, -ure: "prosecution", "argument", "arrival",
"acceptance", "closure"); a noun for the doer or the one done to ("employer", "employee",
"arrestee", "applicant") names a party, and taking it for the act would pair two roles.

Each row is ``VERB<TAB>NOUN``: lower-case single words (letters only, three or more). Sorted,
deterministic; ``#`` lines are comments.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_antonyms import read_data, table_main

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "factcheck" / "lexicon" / "derivations.tsv"
WORD = re.compile(r"[a-z]{3,}")
EVENT_SUFFIXES = ("tion", "sion", "ment", "al", "ance", "ence", "ure")


def build(dict_dir: Path) -> list[str]:
    """The rows, sorted by verb then noun."""
    nouns = read_data(dict_dir, "n")
    pairs: set[tuple[str, str]] = set()
    for synset in read_data(dict_dir, "v").values():
        for symbol, target, pos, source, goal in synset.pointers:
            if symbol != "+" or pos != "n" or not source or not goal or target not in nouns:
                continue
            verb = synset.words[source - 1][0].lower()
            noun = nouns[target].words[goal - 1][0].lower()
            if WORD.fullmatch(verb) and WORD.fullmatch(noun) and noun.endswith(EVENT_SUFFIXES) and noun != verb:
                pairs.add((verb, noun))
    return [f"{verb}\t{noun}" for verb, noun in sorted(pairs)]


def main(argv: list[str] | None = None) -> int:
    return table_main(argv, doc=__doc__ or "", default_out=DEFAULT_OUT, pos_file="data.verb", build=build, header=lambda label: [
        f"# Verbs and the nouns of their act, WordNet derivationally related forms, {label}, made by scripts/build_derivations.py.",
        "# Licence: see LICENSE-WordNet.txt beside this file (WordNet 3.0 Copyright 2006 by Princeton University)."],
        summary=lambda rows: f"{len(rows)} verb-noun pairs")


if __name__ == "__main__":
    sys.exit(main())
