#!/usr/bin/env python3
"""Build factcheck/lexicon/verb_senses.tsv from WordNet 3.0: every verb's senses and the verb hierarchy.

Source: the WordNet 3.0 database files (Princeton University), as packaged by Debian in
``wordnet-base`` (in /usr/share/wordnet/), read with the parsers of ``scripts/build_antonyms.py``
(the licence is the one in ``factcheck/lexicon/LICENSE-WordNet.txt``). How the shipped file
was made (Debian bookworm, wordnet-base 1:3.0-37)::

    apt-get install -y wordnet-base
    .venv/bin/python scripts/build_verb_senses.py /usr/share/wordnet

What for: a claim word that a supporting sentence replaces by another word in the same place
("was upheld on appeal" / "was overturned on appeal") is either a paraphrase ("started getting
threatening calls" / "started receiving ...") or a change of what is said. WordNet tells the two
apart for verbs better than any word list: a paraphrase shares a synset with the word it
replaces in some sense, or names one of its hypernyms or sisters in the verb hierarchy
(:func:`factcheck.lexicon.verbs.verb_relation`). The table keeps all senses, not only the first
(as synonyms.tsv does): here it excuses a replacement, so reading too many senses errs on the
side of the old verdict.

Rows (tab-separated, sorted, deterministic; ``#`` lines are comments):

* ``v  LEMMA  S1,S2,...``: a verb lemma of letters only (at least two: "go") and its synsets, each
  numbered by its position among WordNet's verb synsets in offset order;
* ``h  S  H1,H2,...``: the hypernyms (``@`` pointers) of synset S;
* ``x  FORM  LEMMA``: an irregular form of verb.exc (``upheld`` -> ``uphold``), for lemmas of the table.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_antonyms import DEFAULT_DICT, read_data, read_header, source_label, wordnet_version

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "factcheck" / "lexicon" / "verb_senses.tsv"
WORD = re.compile(r"[a-z]{2,}(?:_[a-z]{2,})?")


def build(dict_dir: Path) -> list[str]:
    """The table's rows, in order."""
    synsets = read_data(dict_dir, "v")
    number = {offset: str(n) for n, offset in enumerate(sorted(synsets))}
    senses: dict[str, set[int]] = {}
    hypernyms: dict[int, set[int]] = {}
    for offset, synset in synsets.items():
        for word, _lex_id in synset.words:
            word = word.lower()
            if WORD.fullmatch(word):
                senses.setdefault(word, set()).add(int(number[offset]))
        up = {int(number[target]) for symbol, target, pos, _s, _t in synset.pointers if symbol == "@" and pos == "v"}
        if up:
            hypernyms[int(number[offset])] = up
    rows = [f"v\t{lemma}\t{','.join(map(str, sorted(found)))}" for lemma, found in sorted(senses.items())]
    rows += [f"h\t{s}\t{','.join(map(str, sorted(up)))}" for s, up in sorted(hypernyms.items())]
    with open(dict_dir / "verb.exc", encoding="latin-1") as handle:
        exceptions = sorted({(form, base) for line in handle for form, *bases in [line.split()]
                             for base in bases if WORD.fullmatch(form) and base in senses and base != form})
    rows += [f"x\t{form}\t{base}" for form, base in exceptions]
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("dict_dir", nargs="?", type=Path, default=DEFAULT_DICT,
                        help=f"WordNet dict directory with data.verb and verb.exc (default {DEFAULT_DICT})")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"where to write (default {DEFAULT_OUT})")
    args = parser.parse_args(argv)
    if not (args.dict_dir / "data.verb").exists():
        parser.error(f"{args.dict_dir} has no data.verb: give the WordNet dict directory (apt-get install wordnet-base)")
    label = source_label(args.dict_dir, wordnet_version(read_header(args.dict_dir)))
    rows = build(args.dict_dir)
    header = [f"# Verb senses and hypernyms of {label}, made by scripts/build_verb_senses.py.",
              "# Licence: see LICENSE-WordNet.txt beside this file (WordNet 3.0 Copyright 2006 by Princeton University).",
              "# v LEMMA SYNSETS | h SYNSET HYPERNYMS | x FORM LEMMA (synsets numbered in WordNet offset order)"]
    args.out.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{args.out}: {sum(r.startswith('v') for r in rows)} verbs, {sum(r.startswith('h') for r in rows)} "
          f"synsets with hypernyms, {sum(r.startswith('x') for r in rows)} irregular forms", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
