#!/usr/bin/env python3
"""Build factcheck/lexicon/person_genders.tsv from WordNet 3.0: person nouns that say a gender.

Source: the WordNet 3.0 database files (Princeton University), as packaged by Debian in
``wordnet-base`` (in /usr/share/wordnet/), read with the parsers of ``scripts/build_antonyms.py``
(the licence is the one in ``factcheck/lexicon/LICENSE-WordNet.txt``)::

    apt-get install -y wordnet-base
    .venv/bin/python scripts/build_person_genders.py /usr/share/wordnet

What for: whom a "he" or "she" stands for (factcheck/match/antecedents.py). A sentence whose
subject is "a brother" or "the boy's father" is no antecedent of a "she". A noun whose first
sense is in noun.person (scripts/build_persons.py) is ``feminine`` where that synset or one of
its hypernyms is {female, female person} or {woman, adult female} or has a lemma with the word
"female" ({mother, female parent}, {sister} under {female sibling}), or the synset itself has a
lemma with the word "woman" ({wife, married woman}); ``masculine`` likewise with {male, male
person}, {man, adult male}, "male" and "man" ({father, male parent}). A hypernym's "man" is not
enough: WordNet keeps old names of trades such as {medical man} above {dentist}. Neither
where both or none: {parent}, {lawyer}, {victim}.

Rows (tab-separated, sorted, deterministic; ``#`` lines are comments): ``WORD  GENDER``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_antonyms import read_data, read_index_senses, table_main
from build_groups import first_sense_nouns

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "factcheck" / "lexicon" / "person_genders.tsv"
NOUN_PERSON = "18"  # lexicographer file noun.person (WordNet 3.0 lexnames)
# WordNet 3.0 offsets: {female, female person}, {woman, adult female}; {male, male person}, {man, adult male}.
FEMININE = frozenset(("09619168", "10787470"))
MASCULINE = frozenset(("09624168", "10287213"))
FEMININE_WORDS, FEMININE_OWN = frozenset(("female",)), frozenset(("woman",))
MASCULINE_WORDS, MASCULINE_OWN = frozenset(("male",)), frozenset(("man",))


def build(dict_dir: Path) -> list[str]:
    """The table's rows, in order."""
    synsets = read_data(dict_dir, "n")
    senses = read_index_senses(dict_dir)

    def above(offset: str) -> set[str]:
        """``offset`` and every synset above it by hypernym pointers (all paths)."""
        seen: set[str] = set()
        todo = [offset]
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            todo.extend(target for symbol, target, pos, _s, _t in synsets[current].pointers
                        if symbol in ("@", "@i") and pos == "n")
        return seen

    def says(offsets: set[str], marks: frozenset[str], words: frozenset[str]) -> bool:
        return bool(offsets & marks) or any(
            set(word.lower().split("_")) & words for offset in offsets for word, _lex_id in synsets[offset].words)

    rows = []
    for word in first_sense_nouns(dict_dir, NOUN_PERSON):
        first = senses[(word, "n")][0]
        offsets = above(first)
        feminine = says(offsets, FEMININE, FEMININE_WORDS) or says({first}, frozenset(), FEMININE_OWN)
        masculine = says(offsets, MASCULINE, MASCULINE_WORDS) or says({first}, frozenset(), MASCULINE_OWN)
        if feminine != masculine:
            rows.append(f"{word}\t{'feminine' if feminine else 'masculine'}")
    return rows


def main(argv: list[str] | None = None) -> int:
    return table_main(argv, doc=__doc__ or "", default_out=DEFAULT_OUT, pos_file="data.noun", build=build, header=lambda label: [
        f"# Person nouns that say a gender, {label}, made by scripts/build_person_genders.py.",
        "# Licence: see LICENSE-WordNet.txt beside this file (WordNet 3.0 Copyright 2006 by Princeton University).",
        "# WORD <TAB> feminine | masculine"],
        summary=lambda rows: f"{len(rows)} words")


if __name__ == "__main__":
    sys.exit(main())
