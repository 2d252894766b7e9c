#!/usr/bin/env python3
"""Build factcheck/lexicon/nouns.txt and outcomes.tsv, two word lists of WordNet 3.0, from its database files.

Source: the WordNet 3.0 database files (Princeton University), as packaged by Debian in
``wordnet-base`` (they land in /usr/share/wordnet/); parsed by the helpers of
``scripts/build_antonyms.py`` (wndb(5WN) format, standard library only)::

    apt-get update && apt-get install -y wordnet-base
    .venv/bin/python scripts/build_wordlists.py /usr/share/wordnet

Both outputs are deterministic (sorted, no dates).

**nouns.txt**: every single word of two or more letters that data.noun writes in lower case in
some synset ("army", "congress", "navy", "marine", "incubus"). WordNet writes a proper name
with its capital ("Michigan", "Pittsburgh", "Lisbon") and keeps it out of this list unless the
same spelling is also a common noun ("Turkey" and "turkey"). Collocations ("_"), hyphenated
words and words with digits are left out. About 41,000 words. Used by
:func:`factcheck.lexicon.nouns.is_common_noun`, which tells a capitalised name after an
initialism ("for the U.S.A. Okafor retired") from the head of an institution's name ("the U.S.
Navy lifted").

**outcomes.tsv**: the verbs that tell a contest's outcome, ``word<TAB>outcome``, the outcome one
of ``win``, ``lose``, ``tie``: the single words of the verb synsets {win} ("be the winner in a
contest or competition"), {defeat, overcome, get the better of} and the synsets that WordNet says
*entail* {win} ({beat, trounce, vanquish, crush, ...}), with all their troponyms (WordNet's
"manner of" hyponyms: rout, thrash, outscore, edge out, ...); {lose} ("fail to win"); {tie, draw}
("finish a game with an equal number of points"), with theirs. About 100 words, a few of them
loose outside a contest ("take", "carry"), which is why the runtime reads them only beside a
score (:func:`factcheck.lexicon.outcomes.outcome`: "Celtic beat Hearts 3–0" and "Celtic won
the final 2–0 against Hearts" tell one outcome of one match).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_antonyms import (
    DEFAULT_DICT,
    DEFAULT_OUT,
    Synset,
    read_data,
    read_header,
    source_label,
    wordnet_version,
)

WORD = re.compile(r"[a-z]{2,}")


def common_nouns(dict_dir: Path) -> list[str]:
    """The lower-case single words of data.noun, sorted."""
    found = {word for synset in read_data(dict_dir, "n").values() for word, _lex_id in synset.words
             if WORD.fullmatch(word)}
    return sorted(found)


# The roots of outcomes.tsv: WordNet 3.0 verb synset offsets (data.verb).
WIN, DEFEAT, LOSE, TIE = "01100163", "01108166", "01099610", "01115208"


def outcome_verbs(dict_dir: Path) -> list[tuple[str, str]]:
    """``(word, outcome)`` rows, sorted: the single words of each outcome's synsets and their troponyms."""
    verbs = read_data(dict_dir, "v")
    for offset, gloss_word in ((WIN, "win"), (DEFEAT, "defeat"), (LOSE, "lose"), (TIE, "tie")):
        if gloss_word not in {w.lower() for w, _ in verbs[offset].words}:
            raise SystemExit(f"data.verb {offset} is not {{{gloss_word}}}: is this WordNet 3.0?")
    troponyms: dict[str, list[str]] = {}
    entailing: list[str] = []
    for offset, synset in verbs.items():
        for symbol, target, target_pos, _source, _target in synset.pointers:
            if target_pos == "v" and symbol == "@":
                troponyms.setdefault(target, []).append(offset)
            if target_pos == "v" and symbol == "*" and target == WIN:
                entailing.append(offset)
    roots = {"win": [WIN, DEFEAT, *entailing], "lose": [LOSE], "tie": [TIE]}
    rows = set()
    for outcome, starts in roots.items():
        seen: set[str] = set()
        stack = list(starts)
        while stack:
            offset = stack.pop()
            if offset in seen:
                continue
            seen.add(offset)
            stack += troponyms.get(offset, [])
            rows |= {(word, outcome) for word in _words(verbs[offset])}
    return sorted(rows)


def _words(synset: Synset) -> set[str]:
    return {word.lower() for word, _lex_id in synset.words if WORD.fullmatch(word.lower())}


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
        "Built by scripts/build_wordlists.py; do not edit by hand. One word a line.",
    ]
    text = "".join(f"# {line}\n" for line in header) + "".join(f"{w}\n" for w in words)
    (args.out_dir / "nouns.txt").write_text(text, encoding="utf-8", newline="\n")
    rows = outcome_verbs(dict_dir)
    header = [
        "WordNet verbs of a contest's outcome: the words of {win}, {defeat, overcome}, the synsets that entail {win}",
        "({beat, trounce, vanquish, ...}), {lose} and {tie, draw}, with all their troponyms.",
        f"Source: {label}.",
        "Licence: see LICENSE-WordNet.txt beside this file (WordNet 3.0 Copyright 2006 by Princeton University).",
        "Built by scripts/build_wordlists.py; do not edit by hand. Columns: word<TAB>outcome (win, lose, tie).",
    ]
    text = "".join(f"# {line}\n" for line in header) + "".join(f"{w}\t{o}\n" for w, o in rows)
    (args.out_dir / "outcomes.tsv").write_text(text, encoding="utf-8", newline="\n")
    print(f"nouns.txt: {len(words)} words; outcomes.tsv: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
