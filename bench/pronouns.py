"""Pronouns: does a verdict notice another person put in the place of a source's "he" or "she"?

Claims are made from biographies of the Wikipedia sample. An article is used where its title is a
person's name (a first word that opens at least two biographies' titles in the sample, and that
the article's first lines repeat) and it has a sentence, past its first two, that opens with "He"
or "She" and a verb, 8 to 30 words long. From one such sentence per article come two claims:

- ``own``: the pronoun replaced by the article's title ("She earned her Ph.D. in 1996 ..." ->
  "Catherine Greenhill earned her Ph.D. in 1996 ..."); where the title's first word is a given
  name whose gender factcheck's lexicon knows, only a sentence whose pronoun agrees with it is
  used (so that the pronoun most likely stands for the title's person): the right verdict is
  ``supported``;
- ``other``: the pronoun replaced by another person the same article names (a run of two or three
  capitalised words whose first is such a first word, whose last the article also uses alone, not
  sharing a word with the title): the right verdict is anything but ``supported``.

All claims go into one claims file, checked in one run of ``factcheck check CLAIMS --sources DIR
--format json --no-fail --no-index`` against the chosen articles. Prints each kind's verdict
counts and its target: ``own`` supported >= 0.90; ``other`` supported <= 0.10. The generator is
this file's, not the checker's; some ``own`` claims are still wrong where the article's pronoun
stands for someone else (an article about a film or a family), so ``own`` is a floor.

    .venv/bin/python bench/pronouns.py
    .venv/bin/python bench/pronouns.py --seed 1 --articles 150 --json bench/out/pronouns.json

Data: ``shared/data/wikipedia/sample.tar.xz`` (English Wikipedia plain text, CC BY-SA), extracted
once to ``bench/out/wikipedia/`` as ``bench/perturb.py`` does.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import yaml
from perturb import CACHE, VERDICTS, ensure_corpus, split_sentences

from factcheck.lexicon.given_names import given_name_gender

TITLE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")
OTHER = re.compile(r"\b[A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][a-z]+){1,2}\b")
PRONOUN = re.compile(r"(He|She) ([a-z][^ ]* .*)")
BIRTH = re.compile(r"\(born|\bborn\b|\(\d{4}\s*[–-]\s*\d{4}\)")
NOT_PEOPLE = frozenset("The University School College Street Club Award Church River County City Party House Company "
                       "United National New North South East West Saint St Medal Prize Cup".split())
GENDERS = {"He": "masculine", "She": "feminine"}


def make_claims(corpus: Path, seed: int, articles: int) -> tuple[list[dict[str, str]], list[Path]]:
    """The claims (id, kind, claim) and the articles they come from."""
    files = sorted(corpus.glob("*/*.txt"))
    firsts: Counter[str] = Counter()
    for f in files:
        title = re.sub(r"^\d+_", "", f.stem).replace("_", " ")
        if TITLE.fullmatch(title) and BIRTH.search(f.read_text(encoding="utf-8")[:400]):
            firsts[title.split()[0]] += 1
    given = {g for g, c in firsts.items() if c >= 2 and g != "The"}
    random.Random(seed).shuffle(files)
    claims: list[dict[str, str]] = []
    used: list[Path] = []
    for f in files:
        title = re.sub(r"^\d+_", "", f.stem).replace("_", " ")
        if not TITLE.fullmatch(title) or title.split()[0] not in given:
            continue
        text = f.read_text(encoding="utf-8")
        if title not in text[:600]:
            continue
        gender = given_name_gender(title.split()[0].lower())
        sentences = [s for paragraph in text.split("\n") for s in split_sentences(paragraph)]
        found = [m for s in sentences[2:] if (m := PRONOUN.fullmatch(s)) and 8 <= len(s.split()) <= 30
                 and s.endswith(".") and gender in (None, GENDERS[m.group(1)])]
        title_words = set(title.split())
        others = sorted({n for n in OTHER.findall(text) if not set(n.split()) & title_words
                         and n.split()[0] in given and not set(n.split()) & NOT_PEOPLE
                         and re.search(r"\b" + re.escape(n.split()[-1]) + r"\b(?! [A-Z])", text.replace(n, ""))})
        if not found or not others:
            continue
        rng = random.Random(f"{seed}:{f.name}")
        rest = rng.choice(found).group(2)
        k = len(used)
        claims.append({"id": f"own-{k:03d}", "kind": "own", "claim": f"{title} {rest}"})
        claims.append({"id": f"other-{k:03d}", "kind": "other", "claim": f"{rng.choice(others)} {rest}"})
        used.append(f)
        if len(used) >= articles:
            break
    return claims, used


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     epilog=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--factcheck", default=str(Path(sys.executable).with_name("factcheck")),
                        help="the factcheck executable to run (default: the one beside this Python)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--articles", type=int, default=150, help="articles used, one pair of claims each")
    parser.add_argument("--cache", type=Path, default=CACHE, help="where the sample is extracted (once)")
    parser.add_argument("--json", type=Path, help="write the per-claim rows (id, kind, claim, verdict) here")
    args = parser.parse_args()
    corpus = ensure_corpus(args.cache)
    claims, used = make_claims(corpus, args.seed, args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        sources = Path(tmp) / "sources"
        sources.mkdir()
        for f in used:
            (sources / f.name).write_bytes(f.read_bytes())
        claims_file = Path(tmp) / "claims.yaml"
        claims_file.write_text(yaml.safe_dump({"claims": [{"id": c["id"], "claim": c["claim"]} for c in claims]},
                                              allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
        started = time.perf_counter()
        run = subprocess.run([args.factcheck, "check", str(claims_file), "--sources", str(sources), "--format", "json",
                              "--no-fail", "--no-index"], capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - started
    if run.returncode != 0:
        sys.exit(f"factcheck exited {run.returncode}: {run.stderr.strip()[-400:]}")
    verdicts = {r["id"]: r["verdict"] for r in json.loads(run.stdout)["results"]}
    print(f"pronouns: seed {args.seed}, {len(used)} articles, {len(claims)} claims")
    print(f"{'kind':<8}{'n':>4} " + " ".join(f"{v:>12}" for v in VERDICTS) + " | target")
    failed = 0
    for kind in ("own", "other"):
        rows = [c for c in claims if c["kind"] == kind]
        counts = Counter(verdicts[c["id"]] for c in rows)
        share = counts["supported"] / len(rows) if rows else 0.0
        ok = share >= 0.90 if kind == "own" else share <= 0.10
        failed += not ok
        target = f"supported {share:.2f} ({'>= 0.90' if kind == 'own' else '<= 0.10'}) {'PASS' if ok else 'FAIL'}"
        print(f"{kind:<8}{len(rows):>4} " + " ".join(f"{counts[v]:>12}" for v in VERDICTS) + f" | {target}")
    print(f"factcheck: {seconds:.1f}s for {len(claims)} claims (one process, sources read and indexed included); "
          f"{failed} target(s) failed")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps([{**c, "verdict": verdicts[c["id"]]} for c in claims], indent=1) + "\n",
                             encoding="utf-8")


if __name__ == "__main__":
    main()
