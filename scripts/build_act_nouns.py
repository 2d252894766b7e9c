#!/usr/bin/env python3
"""Build factcheck/lexicon/act_nouns.tsv from WordNet 3.0: nouns of an act and the verbs they name it by.

Source: the WordNet 3.0 database files (Princeton University), as packaged by Debian in
``wordnet-base`` (in /usr/share/wordnet/), read with the parsers of ``scripts/build_antonyms.py``
(the licence is the one in ``factcheck/lexicon/LICENSE-WordNet.txt``). How the shipped file
was made (Debian bookworm, wordnet-base 1:3.0-37)::

    apt-get install -y wordnet-base
    .venv/bin/python scripts/build_act_nouns.py /usr/share/wordnet

What for: news says an act by its verb or by a noun derived from it ("complained of her
daughter's treatment" / "made no complaint about ..."; "were suspended" / "the suspension of
...", Quirk et al. 1985, §17.51 on nominalisation). WordNet links such a noun to its verb by a
derivationally related form pointer (``+``), word to word. A table from those links replaces
guessing the verb from the noun's suffix, which reads "comment" as "come" and knows no
"complaint", "apology" or "response".

A row is ``NOUN<TAB>VERB[,VERB...]``: a noun of letters only (three or more) with a sense that
is an act, a communication, an event or a process (WordNet's lexicographer files noun.act,
noun.communication, noun.event, noun.process) linked by ``+`` from that word to these verbs
(single words). Any such sense, not only the first: the table is asked whether a noun names the
act of a given verb of the other text, and that verb picks the sense ("the suspension of local
police officials" beside "were suspended"; "suspension" is first a mixture). Nouns of the doer
("teacher", noun.person) are not acts. Sorted, deterministic; ``#`` lines are comments.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_antonyms import read_data, read_index_senses, table_main

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "factcheck" / "lexicon" / "act_nouns.tsv"
WORD = re.compile(r"[a-z]{3,}")
# WordNet's lexicographer files of nouns that name what is done or happens (lexnames(5WN)).
ACT_FILES = {"04": "noun.act", "10": "noun.communication", "11": "noun.event", "22": "noun.process"}


def build(dict_dir: Path) -> list[str]:
    """The table's rows, in order."""
    nouns, verbs = read_data(dict_dir, "n"), read_data(dict_dir, "v")
    index = read_index_senses(dict_dir)
    rows = []
    for (lemma, pos), offsets in sorted(index.items()):
        if pos != "n" or not WORD.fullmatch(lemma) or not offsets:
            continue
        found = set()
        for offset in offsets:
            synset = nouns[offset]
            if synset.lex_filenum not in ACT_FILES:
                continue
            number = next((k for k, (word, _lex_id) in enumerate(synset.words, 1) if word.lower() == lemma), None)
            for symbol, target, target_pos, source, target_no in synset.pointers:
                if symbol != "+" or target_pos != "v" or source != number:
                    continue
                verb = verbs[target].words[target_no - 1][0].lower()
                if WORD.fullmatch(verb):
                    found.add(verb)
        if found:
            rows.append(f"{lemma}\t{','.join(sorted(found))}")
    return rows


def main(argv: list[str] | None = None) -> int:
    def header(label: str) -> list[str]:
        return [f"# Nouns of an act and their verbs, {label}, made by scripts/build_act_nouns.py.",
                "# Licence: see LICENSE-WordNet.txt beside this file (WordNet 3.0 Copyright 2006 by Princeton University).",
                "# NOUN <TAB> VERBS: a sense of the noun is an act, communication, event or process, derived from the verbs"]

    return table_main(argv, doc=__doc__ or "", default_out=DEFAULT_OUT, pos_file="data.noun", build=build,
                      header=header, summary=lambda rows: f"{len(rows)} nouns")


if __name__ == "__main__":
    sys.exit(main())
