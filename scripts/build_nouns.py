#!/usr/bin/env python3
"""Build factcheck/lexicon/nouns.txt, the English common nouns of WordNet 3.0, from its database files.

Source: the WordNet 3.0 database files (Princeton University), as packaged by Debian in
``wordnet-base`` (they land in /usr/share/wordnet/); parsed by the helpers of
``scripts/build_antonyms.py`` (wndb(5WN) format, standard library only)::

    apt-get update && apt-get install -y wordnet-base
    .venv/bin/python scripts/build_nouns.py /usr/share/wordnet

What is taken: every single word of two or more letters that data.noun writes in lower case in
some synset ("army", "congress", "navy", "marine", "incubus"). WordNet writes a proper name
with its capital ("Michigan", "Pittsburgh", "Lisbon") and keeps it out of this list unless the
same spelling is also a common noun ("Turkey" and "turkey"). Collocations ("_"), hyphenated
words and words with digits are left out. About 41,000 words; the output is deterministic
(sorted, no dates).

Used by :func:`factcheck.lexicon.nouns.is_common_noun`, which tells a capitalised name after an
initialism ("for the U.S.A. Okafor retired") from the head of an institution's name ("the U.S.
Navy lifted").
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_antonyms import DEFAULT_DICT, DEFAULT_OUT, read_data, read_header, source_label, wordnet_version

WORD = re.compile(r"[a-z]{2,}")


def common_nouns(dict_dir: Path) -> list[str]:
    """The lower-case single words of data.noun, sorted."""
    found = {word for synset in read_data(dict_dir, "n").values() for word, _lex_id in synset.words
             if WORD.fullmatch(word)}
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("dict_dir", nargs="?", type=Path, default=DEFAULT_DICT,
                        help=f"WordNet dict directory with data.noun (default {DEFAULT_DICT})")
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT, help=f"where to write (default {DEFAULT_OUT})")
    args = parser.parse_args(argv)
    dict_dir: Path = args.dict_dir
    if not (dict_dir / "data.noun").exists():
        parser.error(f"{dict_dir} has no data.noun: give the WordNet dict directory (apt-get install wordnet-base)")
    label = source_label(dict_dir, wordnet_version(read_header(dict_dir)))
    words = common_nouns(dict_dir)
    header = [
        "WordNet common nouns: the single words data.noun writes in lower case in some synset.",
        f"Source: {label}.",
        "Licence: see LICENSE-WordNet.txt beside this file (WordNet 3.0 Copyright 2006 by Princeton University).",
        "Built by scripts/build_nouns.py; do not edit by hand. One word a line.",
    ]
    text = "".join(f"# {line}\n" for line in header) + "".join(f"{w}\n" for w in words)
    (args.out_dir / "nouns.txt").write_text(text, encoding="utf-8", newline="\n")
    print(f"nouns.txt: {len(words)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
