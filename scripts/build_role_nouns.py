#!/usr/bin/env python3
"""Build factcheck/lexicon/role_nouns.tsv from WordNet 3.0: the nouns whose first sense names a role a person holds.

Source: the WordNet 3.0 database files (Princeton University), as packaged by Debian in
``wordnet-base`` (in /usr/share/wordnet/), read with the parsers of ``scripts/build_antonyms.py``
(the licence is the one in ``factcheck/lexicon/LICENSE-WordNet.txt``)::

    apt-get install -y wordnet-base
    .venv/bin/python scripts/build_role_nouns.py /usr/share/wordnet

What for: "Footage showed the judge for Nursultan's mother being kept waiting" where the source
says "the lawyer for Nursultan's mother" puts a person of another role in the same place, and so
do "activists and judges held an online press conference" ("activists and lawyers") and "the
victim" for "the suspect". A role is what a person does or undergoes: a word whose first sense
(WordNet's most frequent) lies under one of :data:`ROLE_ROOTS` ({worker}, {professional},
{leader}, {authority}, {lawman}, {disputant}, {spokesperson}, {communicator}, {bad person},
{victim}, {suspect}, {litigant}). Words that describe a person by sex, age or kinship ("girl",
"teenager", "mother") are left out: a source redescribes the same person with them all the time.

Rows (tab-separated, sorted, deterministic; ``#`` lines are comments): ``WORD  SENSES  ABOVE``:
the offsets of the word's senses that are kinds of {person} (first sense first), and the
offsets of every synset above them up to, not including, {person}, sorted; space-separated.
Two role nouns name one role where a sense of one is a sense of the other or above it
({official} is stated by {judge}; {officer} and {policeman} share the sense {policeman, police
officer, officer}).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_antonyms import read_data, read_index_senses, table_main

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "factcheck" / "lexicon" / "role_nouns.tsv"
WORD = re.compile(r"[a-z]{2,}")
PERSON = "00007846"  # {person, individual, someone, somebody, mortal, soul} (WordNet 3.0 offsets below)
ROLE_ROOTS = frozenset({
    "09632518",  # {worker}
    "10480253",  # {professional, professional person}
    "09623038",  # {leader}
    "09824361",  # {authority}
    "10249459",  # {lawman, law officer, peace officer}
    "09615465",  # {disputant, controversialist, eristic}: activists, reformers
    "10638385",  # {spokesperson, interpreter, representative, voice}
    "09610660",  # {communicator}: writers, journalists, reporters
    "09831962",  # {bad person}: wrongdoers, attackers
    "10752093",  # {victim}
    "10681383",  # {suspect}
    "10266848",  # {litigant, litigator}
})


def build(dict_dir: Path) -> list[str]:
    """The table's rows, in order."""
    synsets = read_data(dict_dir, "n")
    memo: dict[str, frozenset[str] | None] = {}

    def above(offset: str) -> frozenset[str] | None:
        """Every synset above ``offset`` up to, not including, {person}, on all hypernym paths
        that reach it; None when none does."""
        if offset == PERSON:
            return frozenset()
        if offset in memo:
            return memo[offset]
        memo[offset] = None  # (no cycles in WordNet's noun hypernyms; a guard all the same)
        found: set[str] = set()
        reached = False
        for symbol, target, pos, _s, _t in synsets[offset].pointers:
            if symbol in ("@", "@i") and pos == "n" and (up := above(target)) is not None:
                reached = True
                found |= up | ({target} if target != PERSON else set())
        memo[offset] = frozenset(found) if reached else None
        return memo[offset]

    rows = []
    for (lemma, pos), offsets in sorted(read_index_senses(dict_dir).items()):
        if pos != "n" or not WORD.fullmatch(lemma) or not offsets:
            continue
        first = above(offsets[0])
        if first is None or not (first | {offsets[0]}) & ROLE_ROOTS:
            continue
        senses = [o for o in offsets if above(o) is not None]
        ancestors = sorted(set().union(*(above(o) or frozenset() for o in senses)))
        rows.append(f"{lemma}\t{' '.join(senses)}\t{' '.join(ancestors)}")
    return rows


def main(argv: list[str] | None = None) -> int:
    return table_main(argv, doc=__doc__ or "", default_out=DEFAULT_OUT, pos_file="data.noun", build=build, header=lambda label: [
        f"# Nouns whose first sense is a role a person holds, {label}, made by scripts/build_role_nouns.py.",
        "# Licence: see LICENSE-WordNet.txt beside this file (WordNet 3.0 Copyright 2006 by Princeton University).",
        "# WORD <TAB> its senses that are kinds of {person} <TAB> the synsets above them up to {person}, space-separated"],
        summary=lambda rows: f"{len(rows)} words")


if __name__ == "__main__":
    sys.exit(main())
