#!/usr/bin/env python3
"""Build factcheck/lexicon/polarity.tsv and LICENSE-VADER.txt from the VADER sentiment lexicon.

Source: ``vader_lexicon.txt`` of vaderSentiment 3.3.2 (C.J. Hutto, MIT licence), the lexicon of
Hutto & Gilbert (2014), "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social
Media Text", ICWSM. Each of its 7,500 entries was rated by ten people on a scale from -4
(extremely negative) to +4 (extremely positive); a row gives the mean and the standard deviation
of the ten ratings. How the shipped files were made::

    .venv/bin/pip download vaderSentiment==3.3.2 --no-deps -d /tmp/vader
    unzip -o /tmp/vader/vaderSentiment-3.3.2-py2.py3-none-any.whl -d /tmp/vader
    .venv/bin/python scripts/build_polarity.py /tmp/vader/vaderSentiment/vader_lexicon.txt \\
        /tmp/vader/vaderSentiment-3.3.2.dist-info/LICENSE.txt

What for: WordNet pairs few evaluative words as antonyms ("success" / "failure" yes, "success" /
"disaster" or "hero" / "villain" no), yet a passage that calls the affair "a public relations
disaster" says the opposite of a claim that calls it "a public relations success". Two words of
opposite polarity in one aligned place are read as an antonym (factcheck.lexicon.polarity).

Each row is ``WORD<TAB>MEAN<TAB>SD``: a lower-case single word (letters only, three or more; the
lexicon's emoticons, abbreviations with digits and multi-word idioms are left out) with the mean
and standard deviation of its ratings as the lexicon gives them. Sorted, deterministic (the same
input gives byte-identical output); ``#`` lines are comments.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent.parent / "factcheck" / "lexicon"
WORD = re.compile(r"[a-z]{3,}")


def build(lexicon: Path) -> list[str]:
    """The rows of polarity.tsv from VADER's ``vader_lexicon.txt``, sorted by word.

    Raises ValueError naming the line when a row is not ``TOKEN<TAB>MEAN<TAB>SD<TAB>RATINGS``."""
    rows: dict[str, str] = {}
    for number, line in enumerate(lexicon.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) < 3:
            raise ValueError(f"{lexicon}:{number}: expected TOKEN<TAB>MEAN<TAB>SD<TAB>RATINGS")
        word, mean, sd = fields[0], float(fields[1]), float(fields[2])
        if WORD.fullmatch(word):
            rows[word] = f"{word}\t{mean:g}\t{sd:g}"
    return [rows[word] for word in sorted(rows)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("lexicon", type=Path, help="vaderSentiment's vader_lexicon.txt")
    parser.add_argument("licence", type=Path, help="vaderSentiment's LICENSE.txt (copied beside the table)")
    parser.add_argument("--out-dir", type=Path, default=LEXICON_DIR)
    args = parser.parse_args(argv)
    rows = build(args.lexicon)
    header = [
        "# Word polarity from the VADER sentiment lexicon (vaderSentiment 3.3.2; Hutto & Gilbert 2014, ICWSM),"
        " made by scripts/build_polarity.py.",
        "# Licence: see LICENSE-VADER.txt beside this file (MIT, Copyright (c) 2016 C.J. Hutto).",
        "# WORD <TAB> mean rating (-4 extremely negative .. +4 extremely positive) <TAB> standard deviation of the ten ratings",
    ]
    (args.out_dir / "polarity.tsv").write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    shutil.copyfile(args.licence, args.out_dir / "LICENSE-VADER.txt")
    print(f"{len(rows)} words -> {args.out_dir / 'polarity.tsv'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
