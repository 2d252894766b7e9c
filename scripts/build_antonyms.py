#!/usr/bin/env python3
"""Build factcheck/lexicon/antonyms.tsv, phrasal_antonyms.tsv, synonyms.tsv, phrasal_synonyms.tsv, inflections.tsv, repetitions.tsv and LICENSE-WordNet.txt from WordNet 3.0.

Source: the WordNet 3.0 database files (Princeton University), as packaged by Debian in
``wordnet-base`` (they land in /usr/share/wordnet/). The script parses the files itself, in the
format of wndb(5WN); nothing but the standard library is needed.

How the shipped files were made (Debian bookworm, wordnet-base 1:3.0-37)::

    apt-get update && apt-get install -y wordnet-base
    .venv/bin/python scripts/build_antonyms.py /usr/share/wordnet

The output is deterministic: the same WordNet files give byte-identical outputs (sorted, no dates).

What is taken
-------------
* **Antonyms.** WordNet's *direct* antonyms (for verbs, see also "Verbs defined by an opposed
  verb" below): the lexical ``!`` pointers of data.noun, data.verb, data.adj and data.adv, which
  link one word sense to one word sense (e.g. increase/decrease, win/lose, acquit/convict,
  victory/defeat, first/last). WordNet's *indirect*
  antonyms (a satellite adjective such as "deep" set against the antonym of its head) are left out:
  propagated through the similar-to (``&``) links they give about 20,000 extra pairs, most of them
  loose ("deep"/"small", "left"/"spent", "childlike"/"old"), which would make false contradictions.
* **Words.** Lowercased; letters only and at least 3 of them: collocations ("_"), hyphenated
  words ("well-being"), words with digits, and two-letter words ("up", "in", "on") are skipped,
  since the project's tokenizers never produce them as one token. Phrasal verbs are the
  exception: a verb and one adverbial particle (``PARTICLES``: "turn_down", "call_off",
  "set_up"), which WordNet enters as collocations and which the aligner reads from the verb
  and the particle after it; through their synsets they take the oppositions of their
  synonyms ("turn down" in {refuse, reject, pass up, turn down, decline}, opposed to
  {accept}), as every word does (below). Adjective markers "(a)", "(p)",
  "(ip)" are stripped.
* **Sense filter** (on by default, ``--no-sense-filter`` turns it off). An antonym pair links two
  particular senses, but text gives a word, not a sense. A pair is dropped when, for either word,
  WordNet's own sense-frequency counts (cntlist.rev, from the SemCor concordance) show the
  antonymous sense to be a marginal use of the word: under ``--min-share`` (1%) of the word's
  tagged occurrences, counted over all parts of speech, in a word with at least ``--min-evidence``
  (30) of them, so that a sparse count never decides. This removes e.g. rise/set (the sun's
  rising and setting: 1 of 129 uses of "rise"), make/break, know/ignore, first/second, even/odd,
  still/moving (adverbial "still" and "even" dominate), location/studio, and keeps rise/fall,
  win/lose, first/last, increase/decrease. The thresholds are low on purpose: SemCor is a small
  corpus of 1960s prose, so a 2-5% threshold would also drop pairs such as gain/loss,
  supply/demand, start/stop or deposit/withdraw, whose business senses it seldom saw.
  The auxiliaries and modals (``AUXILIARIES``) are dropped as well: WordNet has no auxiliary
  senses, so its counts cannot see that "has" in "has risen" is not the "have" of have/lack.
  A pair found through several sense pairs is kept if any of them passes.
* **Verbs defined by an opposed verb** (on by default, ``--no-inherited`` turns it off). WordNet
  links only a few verbs by a direct antonym pointer, and none of their troponyms (its "manner
  of" hyponyms): "ban" has none, though WordNet defines it as "prohibit especially by legal
  means" under the hypernym {forbid, prohibit, ...}, which it opposes to {permit, allow, ...};
  "jump" ("increase suddenly and significantly") sits two levels under {increase}, opposed to
  {decrease, diminish, lessen, fall}. Fellbaum (1998, "A semantic network of English verbs",
  in *WordNet: An Electronic Lexical Database*, ch. 3) notes that the troponyms of an antonym
  pair often stand in the same opposition. Taken as a rule over all troponyms this is loose
  (about 7,000 extra verb pairs, fewer than half of a sample of 40 real opposites: "catch" /
  "drive", "bear" / "veto"), so it is taken only where WordNet itself says the verb is a way of
  the opposed one: a verb synset X inherits the antonyms of a hypernym A, up to
  ``INHERIT_DEPTH`` (2) levels up, when

  - X's gloss begins with a word of A (the genus of its definition: "prohibit ..." under
    {forbid, prohibit}, "increase suddenly ..." under {increase}); and A is no root of
    WordNet's verb hierarchy (a verb without hypernym, such as {change} against {stay, remain},
    {act, move} against {refrain, forbear}, whose troponyms are too general to be opposites);
  - each word of X has that sense tagged in SemCor at all and for at least ``--inherit-share``
    (5%) of its tagged uses, whatever their number: the inherited opposition is second hand,
    so the word's own sense must be a real use of it, not only a not-rare one ("jump": 2 of 34,
    6%; "ban": 2 of 5);
  - the two words share no synset in any sense (they are not also synonyms);
  - and the pair passes the same sense filter and auxiliary rule as a direct pair.

  Each word of X is then opposed to each word of A's antonym synsets: ban/allow, ban/permit,
  jump/fall, jump/decrease, crash/rise, defy/surrender, criticise/hail, chortle/weep. About 490
  pairs are added; of a seeded sample of 40 the author read, about 29 are real opposites and
  about 24 are ones news text would use. Not derived, and not taken: the *co-troponyms* of two
  opposed verbs ("cut", a troponym of {decrease, lessen}, against "raise", of {increase}):
  about 800-2,100 pairs at the share thresholds tried (1-20%), about half of a sample of 40 real
  ("abide" / "bar", "assume" / "bestow"); the same rule without the gloss test (1,200-2,400
  pairs, about 15-20 of 40 real); the same rule for nouns (900 pairs with a SemCor count,
  "authority" / "doubt", "birth" / "middle"); and antonyms carried across the derivationally
  related forms (``+``) of a direct pair (146 pairs with SemCor counts, most of them nouns,
  "beginner" / "ending", "hunger" / "thirst"). WordNet has no prepositions, so "for" /
  "against" and "under" / "over" cannot come from it.
* **Synonyms.** Two single words of one part of speech are synonyms when they share a synset
  that is the *first* sense of both: the first listed in index.<pos>, which WordNet orders by
  the SemCor tag counts of cntlist (found/establish, begin/start, buy/purchase, child/kid).
  Text gives a word, not a sense, and a word's first sense is the reading a reader takes
  unless told otherwise; two words that share only a later sense of one of them are left out
  ("decline" is first "grow worse", and only third "refuse"). Further, for each word:

  - the shared sense is tagged in SemCor at least ``--synonym-min-count`` (1) time, so that
    "first" was decided by counts, not by the order of an untagged entry; or the word has that
    single sense in its part of speech and no tagged use in any part of speech (a rare word
    with one meaning: "mortician" / "undertaker");
  - the word's tagged uses in that part of speech are at least as many as in any other one: the
    runtime matches words, not parts of speech, so the adverb "north" (11 of 45 uses) is not
    made a synonym of "northward";
  - the word is no inflected form of a verb used as a noun or adjective ("building", "hidden",
    "wounded": the verb suffix rules or verb.exc reach a WordNet verb), which the runtime would
    read as the verb; and it is no auxiliary or modal.

  About 3,000 pairs. A seeded sample of 50 read by the author had no pair of different meanings
  (a few loose ones: "muddy" / "waterlogged").
* **Inflections.** inflections.tsv holds what suffix rules cannot reach, for the lemmas of the
  antonym and synonym tables only: the irregular forms of WordNet's exception lists (verb.exc, adj.exc,
  noun.exc, adv.exc: rose->rise, won->win, better->good), and *guards*: a word that WordNet knows
  only as a noun or verb, that SemCor attests, and that an -er/-est rule would wrongly reduce to an
  adjective or adverb of the table ("forest" is not the superlative of "fore", nor "southerner" the
  comparative of "southern") is listed as its own base form for that part of speech, which, as
  in WordNet's morphy, stops the suffix rules for it.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DICT = Path("/usr/share/wordnet")
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "factcheck" / "lexicon"
DEBIAN_CHANGELOG = Path("/usr/share/doc/wordnet-base/changelog.Debian.gz")

POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
SS_TYPE_NUMBER = {"n": 1, "v": 2, "a": 3, "r": 4, "s": 5}  # the ss_type digit of a sense key
WORD = re.compile(r"[a-z]{3,}")
# A phrasal verb: a verb and one adverbial particle (Quirk et al. 1985, §16.2-16.4: "turn down",
# "call off", "set up"), which a reader takes as one verb; WordNet enters it as a collocation.
PARTICLES = ("about", "across", "along", "around", "aside", "away", "back", "by", "down", "forward",
             "in", "off", "on", "out", "over", "through", "up")
PHRASAL = re.compile(rf"[a-z]{{2,}}_(?:{'|'.join(PARTICLES)})")
MARKER = re.compile(r"\((?:a|p|ip)\)$")  # adjective syntactic markers, wndb(5WN)
AUXILIARIES = frozenset({"be", "have", "do", "will", "shall", "can", "may", "must", "might", "would", "should",
                         "could"})
# Suffix rules of the run-time lemmatizer for adjectives and adverbs (factcheck/lexicon/antonyms.py): used
# here only to find the words they would get wrong.
COMPARATIVE_RULES = (("er", ""), ("est", ""), ("er", "e"), ("est", "e"), ("ier", "y"), ("iest", "y"))
INHERIT_DEPTH = 2  # how far up the verb hierarchy a troponym's gloss may name an opposed hypernym
GLOSS_PARENTHESIS = re.compile(r"^\([^)]*\)\s*")  # "(of prices) increase ...": a usage note before the genus


@dataclass(frozen=True)
class Synset:
    offset: str
    lex_filenum: str
    ss_type: str  # n v a s r
    words: tuple[tuple[str, int], ...]  # (word as entered, marker stripped; lex_id)
    pointers: tuple[tuple[str, str, str, int, int], ...]  # (symbol, target offset, target pos, source no, target no)


def read_data(dict_dir: Path, pos: str) -> dict[str, Synset]:
    """Parse data.<pos> (wndb(5WN)): ``offset lex_filenum ss_type w_cnt word lex_id ... p_cnt ptr... | gloss``."""
    synsets: dict[str, Synset] = {}
    with open(dict_dir / f"data.{POS_FILES[pos]}", encoding="latin-1") as handle:
        for line in handle:
            if line.startswith("  "):  # the licence header: two spaces and a line number
                continue
            fields = line.split(" | ", 1)[0].split()
            offset, lex_filenum, ss_type = fields[0], fields[1], fields[2]
            w_cnt = int(fields[3], 16)
            words = tuple((MARKER.sub("", fields[4 + 2 * i]), int(fields[5 + 2 * i], 16)) for i in range(w_cnt))
            at = 4 + 2 * w_cnt
            p_cnt = int(fields[at])
            pointers = []
            for k in range(p_cnt):
                symbol, target, target_pos, source_target = fields[at + 1 + 4 * k: at + 5 + 4 * k]
                pointers.append((symbol, target, target_pos, int(source_target[:2], 16), int(source_target[2:], 16)))
            synsets[offset] = Synset(offset, lex_filenum, ss_type, words, tuple(pointers))
    return synsets


def read_header(dict_dir: Path) -> list[str]:
    """The licence header of data.adj, without the leading line numbers."""
    lines = []
    with open(dict_dir / "data.adj", encoding="latin-1") as handle:
        for line in handle:
            if not line.startswith("  "):
                break
            lines.append(re.sub(r"^  \d+ ?", "", line.rstrip("\n")).rstrip())
    return lines


def wordnet_version(header: list[str]) -> str:
    for line in header:
        found = re.search(r"WordNet (\d+\.\d+) Copyright", line)
        if found:
            return found.group(1)
    raise SystemExit("no 'WordNet X.Y Copyright' line in the header of data.adj: is this a WordNet dict dir?")


def source_label(dict_dir: Path, version: str) -> str:
    label = f"WordNet {version}, Princeton University"
    if dict_dir.resolve() == DEFAULT_DICT and DEBIAN_CHANGELOG.exists():
        with gzip.open(DEBIAN_CHANGELOG, "rt", encoding="utf-8") as handle:
            first = handle.readline()
        found = re.match(r"\S+ \(([^)]+)\)", first)
        if found:
            label += f", via Debian wordnet-base {found.group(1)}"
    return label


def table_main(argv: list[str] | None, *, doc: str, default_out: Path, pos_file: str, build: Callable[[Path], list[str]],
               header: Callable[[str], list[str]], summary: Callable[[list[str]], str]) -> int:
    """The command line of a script that writes one table of WordNet's (build_noun_kinds.py,
    build_kin.py, build_groups.py, build_verb_senses.py): ``DICT_DIR`` and ``--out``; the table is
    ``header(label)`` then ``build(dict_dir)``'s rows, and ``summary(rows)`` goes to stderr.
    Exits 2 (argparse) when ``DICT_DIR`` has no ``pos_file`` ("data.noun")."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n", 1)[0])
    parser.add_argument("dict_dir", nargs="?", type=Path, default=DEFAULT_DICT,
                        help=f"WordNet dict directory with {pos_file} (default {DEFAULT_DICT})")
    parser.add_argument("--out", type=Path, default=default_out, help=f"where to write (default {default_out})")
    args = parser.parse_args(argv)
    if not (args.dict_dir / pos_file).exists():
        parser.error(f"{args.dict_dir} has no {pos_file}: give the WordNet dict directory (apt-get install wordnet-base)")
    label = source_label(args.dict_dir, wordnet_version(read_header(args.dict_dir)))
    rows = build(args.dict_dir)
    args.out.write_text("\n".join(header(label) + rows) + "\n", encoding="utf-8")
    print(f"{args.out}: {summary(rows)}", file=sys.stderr)
    return 0


def sense_key(lemma: str, synset: Synset, lex_id: int, data: dict[str, dict[str, Synset]]) -> str:
    """``lemma%ss_type:lex_filenum:lex_id:head_word:head_id`` (senseidx(5WN)), to join with cntlist.rev."""
    head = ""
    if synset.ss_type == "s":  # a satellite names the first word of its head synset
        target = next(p for p in synset.pointers if p[0] == "&")
        head_synset = data["a"][target[1]]
        head_word, head_id = head_synset.words[0]
        head = f"{MARKER.sub('', head_word).lower()}:{head_id:02d}"
    else:
        head = ":"
    return f"{lemma}%{SS_TYPE_NUMBER[synset.ss_type]}:{synset.lex_filenum}:{lex_id:02d}:{head}"


def read_counts(dict_dir: Path) -> tuple[dict[str, int], dict[str, int]]:
    """cntlist.rev (cntlist(5WN)): ``sense_key sense_number tag_cnt``. Returns counts by sense key and by lemma."""
    by_key: dict[str, int] = {}
    by_lemma: dict[str, int] = defaultdict(int)
    path = dict_dir / "cntlist.rev"
    if not path.exists():
        return by_key, by_lemma
    with open(path, encoding="latin-1") as handle:
        for line in handle:
            key, _number, count = line.split()
            by_key[key] = by_key.get(key, 0) + int(count)
            by_lemma[key.split("%", 1)[0]] += int(count)
    return by_key, dict(by_lemma)


def read_index_lemmas(dict_dir: Path) -> dict[str, set[str]]:
    """Every lemma of index.<pos> (wndb(5WN)) with the parts of speech it has."""
    lemmas: dict[str, set[str]] = defaultdict(set)
    for pos, name in POS_FILES.items():
        with open(dict_dir / f"index.{name}", encoding="latin-1") as handle:
            for line in handle:
                if not line.startswith("  "):
                    lemmas[line.split(" ", 1)[0]].add(pos)
    return lemmas


@dataclass(frozen=True)
class SensePair:
    a: str
    b: str
    pos: str
    a_count: int
    b_count: int


def antonym_senses(data: dict[str, dict[str, Synset]], counts: dict[str, int]) -> list[SensePair]:
    """Every antonym link between two usable words of two opposed synsets, with the tag count of each sense."""
    pairs = []
    for pos, synsets in data.items():
        for synset in synsets.values():
            for symbol, target, target_pos, _source_no, _target_no in synset.pointers:
                if symbol != "!":
                    continue
                target_synset = data["a" if target_pos == "s" else target_pos][target]
                # The link is lexical (between two words), but the synonyms in its two synsets
                # share the opposition: "approve" / "disapprove" makes "approve" / "reject" (the
                # synset {disapprove, reject}), as in Mohammad, Dorr et al. (2013), "Computing
                # lexical contrast". Each word's own sense count still filters rare senses.
                pairs += _word_pairs(synset, target_synset, pos, data, counts)
    return pairs


def _word_pairs(synset: Synset, target_synset: Synset, pos: str, data: dict[str, dict[str, Synset]],
                counts: dict[str, int]) -> list[SensePair]:
    """Every usable word of one synset against every usable word of the other, with each sense's tag count."""
    pairs = []
    for word_a, id_a in synset.words:
        for word_b, id_b in target_synset.words:
            a, b = word_a.lower(), word_b.lower()
            if a == b or not _usable(a, pos) or not _usable(b, pos):
                continue
            count_a = counts.get(sense_key(a, synset, id_a, data), 0)
            count_b = counts.get(sense_key(b, target_synset, id_b, data), 0)
            pairs.append(SensePair(a, b, pos, count_a, count_b))
    return pairs


def _usable(word: str, pos: str) -> bool:
    """A single word of 3+ letters, or for a verb also a phrasal verb (:data:`PHRASAL`)."""
    return bool(WORD.fullmatch(word) or (pos == "v" and PHRASAL.fullmatch(word)))


def rare_use(word: str, count: int, totals: dict[str, int], min_share: float, min_evidence: int) -> bool:
    total = totals.get(word, 0)
    return total >= min_evidence and count < min_share * total


def select(senses: list[SensePair], totals: dict[str, int], min_share: float | None,
           min_evidence: int) -> tuple[set[tuple[str, str, str]], set[tuple[str, str, str]]]:
    """(kept, dropped) pairs as sorted ``(word_a, word_b, pos)`` with word_a < word_b."""
    kept: set[tuple[str, str, str]] = set()
    seen: set[tuple[str, str, str]] = set()
    for s in senses:
        pair = (min(s.a, s.b), max(s.a, s.b), s.pos)
        seen.add(pair)
        if s.a in AUXILIARIES or s.b in AUXILIARIES:
            continue
        if min_share is not None and (rare_use(s.a, s.a_count, totals, min_share, min_evidence)
                                      or rare_use(s.b, s.b_count, totals, min_share, min_evidence)):
            continue
        kept.add(pair)
    return kept, seen - kept


def verb_roots(verbs: dict[str, Synset]) -> set[str]:
    """Offsets of the verb synsets without hypernym: the roots of WordNet's verb hierarchies."""
    return {offset for offset, synset in verbs.items()
            if not any(p[0] == "@" and p[2] == "v" for p in synset.pointers)}


def inherited_senses(data: dict[str, dict[str, Synset]], glosses: dict[str, str], counts: dict[str, int],
                     totals: dict[str, int], min_share: float) -> list[SensePair]:
    """Verb pairs whose first word WordNet defines as a way of a verb that opposes the second.

    For each verb synset X whose gloss begins with a word of a hypernym A (up to
    ``INHERIT_DEPTH`` levels up, A not a root), every word of X against every word of A's
    antonym synsets, kept where X's word has that sense tagged in SemCor for at least
    ``min_share`` of its uses (and at least once) and the two words share no synset. The
    module docstring gives the why and the counts. Rows as :func:`antonym_senses`, to go
    through the same :func:`select`.
    """
    verbs = data["v"]
    roots = verb_roots(verbs)
    synsets_of: dict[str, set[str]] = defaultdict(set)
    for offset, synset in verbs.items():
        for word, _lex_id in synset.words:
            synsets_of[word.lower()].add(offset)
    pairs = []
    for offset, synset in verbs.items():
        gloss = GLOSS_PARENTHESIS.sub("", glosses.get(offset, "")).split()
        if not gloss:
            continue
        genus = gloss[0].strip(";,").lower()
        frontier, ancestors = [offset], []
        for _level in range(INHERIT_DEPTH):
            frontier = [p[1] for o in frontier for p in verbs[o].pointers if p[0] == "@" and p[2] == "v"]
            ancestors += frontier
        opposed = sorted({p[1] for a in ancestors if a not in roots and genus in {w.lower() for w, _ in verbs[a].words}
                          for p in verbs[a].pointers if p[0] == "!" and p[2] == "v"})
        for target in opposed:
            for pair in _word_pairs(synset, verbs[target], "v", data, counts):
                if (pair.a_count == 0 or pair.a_count < min_share * totals.get(pair.a, 0)
                        or synsets_of[pair.a] & synsets_of[pair.b]):
                    continue
                pairs.append(pair)
    return pairs


def read_exceptions(dict_dir: Path, lemmas_by_pos: dict[str, set[str]]) -> set[tuple[str, str, str]]:
    """``form base...`` lines of <pos>.exc, kept where the base is an antonym-table lemma of that pos."""
    found = set()
    for pos, name in POS_FILES.items():
        with open(dict_dir / f"{name}.exc", encoding="latin-1") as handle:
            for line in handle:
                form, *bases = line.split()
                if not re.fullmatch(r"[a-z]+", form):
                    continue
                for base in bases:
                    if base != form and base in lemmas_by_pos[pos]:
                        found.add((form, base, pos))
    return found


def comparative_guards(lemmas_by_pos: dict[str, set[str]], index: dict[str, set[str]], totals: dict[str, int],
                       exceptions: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    """``(form, form, pos)`` for the nouns and verbs that an -er/-est rule would reduce to a table adjective/adverb."""
    table_words = set().union(*lemmas_by_pos.values())
    excepted = {(form, pos) for form, _base, pos in exceptions}
    guards = set()
    for form, parts in index.items():
        if (not re.fullmatch(r"[a-z]+", form) or parts & {"a", "r"} or form in table_words
                or totals.get(form, 0) == 0):
            continue
        for pos in ("a", "r"):
            if (form, pos) in excepted:
                continue
            for suffix, ending in COMPARATIVE_RULES:
                if not form.endswith(suffix):
                    continue
                stem = form[: -len(suffix)]
                bases = {stem + ending}
                if not ending and len(stem) > 2 and stem[-1] == stem[-2]:  # thinner -> thin
                    bases.add(stem[:-1])
                if any(len(base) >= 3 and base in lemmas_by_pos[pos] for base in bases):
                    guards.add((form, form, pos))
    return guards


def read_glosses(dict_dir: Path, pos: str) -> dict[str, str]:
    """``{offset: gloss}`` of data.<pos> (the text after " | ")."""
    glosses = {}
    with open(dict_dir / f"data.{POS_FILES[pos]}", encoding="latin-1") as handle:
        for line in handle:
            if not line.startswith("  ") and " | " in line:
                glosses[line.split(" ", 1)[0]] = line.split(" | ", 1)[1].strip()
    return glosses


AGAIN = re.compile(r"\b(?:again|anew)\b")


def repetitions(verbs: dict[str, Synset], glosses: dict[str, str], antonym_verbs: set[str]) -> list[tuple[str, str, str]]:
    """Verbs that do another verb of the antonym table again: "re" + that verb, where WordNet
    makes the other verb its hypernym or glosses it "... again" / "anew" ("reopen": "open again
    or anew", hypernym "open"). Rows ``(verb, base, "v")``, sorted; verbs of the table
    themselves are left out."""
    found = set()
    for offset, synset in verbs.items():
        hypernyms = {w.lower() for symbol, target, target_pos, _s, _t in synset.pointers
                     if symbol == "@" and target_pos == "v" for w, _ in verbs[target].words}
        for word, _lex_id in synset.words:
            verb = word.lower()
            base = verb[2:]
            if not verb.startswith("re") or len(verb) <= 5 or base not in antonym_verbs or verb in antonym_verbs:
                continue
            if not WORD.fullmatch(verb):
                continue
            if base in hypernyms or AGAIN.search(glosses.get(offset, "")):
                found.add((verb, base, "v"))
    return sorted(found)


def read_index_senses(dict_dir: Path) -> dict[tuple[str, str], tuple[str, ...]]:
    """``{(lemma, pos): synset offsets}`` of index.<pos> (wndb(5WN)), in WordNet's order: most frequent first."""
    senses: dict[tuple[str, str], tuple[str, ...]] = {}
    for pos, name in POS_FILES.items():
        with open(dict_dir / f"index.{name}", encoding="latin-1") as handle:
            for line in handle:
                if line.startswith("  "):
                    continue
                fields = line.split()
                p_cnt = int(fields[3])
                senses[(fields[0], pos)] = tuple(fields[6 + p_cnt:])
    return senses


def tags_by_pos(counts: dict[str, int]) -> dict[tuple[str, str], int]:
    """``{(lemma, pos): tagged uses}`` from the sense keys of cntlist.rev (satellites counted as adjectives)."""
    pos_of = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
    tags: dict[tuple[str, str], int] = defaultdict(int)
    for key, count in counts.items():
        lemma, rest = key.split("%", 1)
        tags[(lemma, pos_of[rest[0]])] += count
    return dict(tags)


VERB_RULES = (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
              ("ied", "y"))  # the run-time verb suffix rules (factcheck/lexicon/antonyms.py)


def verb_forms(index: dict[tuple[str, str], tuple[str, ...]], dict_dir: Path) -> set[str]:
    """Words that are an inflected form of a WordNet verb: by verb.exc, or by a verb suffix rule (with a doubled
    consonant undone) that reaches a verb of index.verb."""
    verbs = {lemma for lemma, pos in index if pos == "v"}
    forms = set()
    with open(dict_dir / "verb.exc", encoding="latin-1") as handle:
        for line in handle:
            form, *bases = line.split()
            if any(base != form for base in bases):
                forms.add(form)
    for lemma, _pos in index:
        for suffix, ending in VERB_RULES:
            if len(lemma) <= len(suffix) + 1 or not lemma.endswith(suffix):
                continue
            stem = lemma[: -len(suffix)]
            bases = {stem + ending}
            if not ending and suffix in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2]:
                bases.add(stem[:-1])
            if bases & verbs - {lemma}:
                forms.add(lemma)
    return forms


def synonym_pairs(data: dict[str, dict[str, Synset]], index: dict[tuple[str, str], tuple[str, ...]],
                  counts: dict[str, int], min_count: int, dict_dir: Path,
                  phrasal: bool = False) -> list[tuple[str, str, str]]:
    """Sorted ``(word_a, word_b, pos)``, word_a < word_b: two words whose first sense is one synset (the module
    docstring gives the rules and why). With ``phrasal``, the pairs of a phrasal verb (``PHRASAL``:
    "set_up") and a single verb or another phrasal verb, by the same rules: "set up" is first
    {establish, set up, found, launch}, the first sense of "establish" too."""
    tags = tags_by_pos(counts)
    inflected = verb_forms(index, dict_dir)

    def usable(word: str, pos: str, synset: Synset, lex_id: int) -> bool:
        shaped = WORD.fullmatch(word) or (phrasal and pos == "v" and PHRASAL.fullmatch(word))
        if not shaped or word in AUXILIARIES or index.get((word, pos), ("",))[0] != synset.offset:
            return False
        if pos != "v" and word in inflected:
            return False
        own = tags.get((word, pos), 0)
        if any(tags.get((word, other), 0) > own for other in POS_FILES if other != pos):
            return False
        if counts.get(sense_key(word, synset, lex_id, data), 0) >= min_count:
            return True
        # A phrasal verb's pairs take no untagged word: WordNet's order of an untagged phrasal
        # verb's senses decides nothing ("get by" / "grapple", "ramble on" / "jog").
        return not phrasal and len(index[(word, pos)]) == 1 and not any(tags.get((word, other), 0) for other in POS_FILES)

    pairs = set()
    for pos, synsets in data.items():
        for synset in synsets.values():
            words = sorted({w.lower() for w, lex_id in synset.words if usable(w.lower(), pos, synset, lex_id)})
            pairs.update((a, b, pos) for i, a in enumerate(words) for b in words[i + 1:]
                         if not phrasal or "_" in a or "_" in b)
    return sorted(pairs)


def write_tsv(path: Path, header: list[str], rows: list[tuple[str, str, str]]) -> None:
    text = "".join(f"# {line}\n" if line else "#\n" for line in header)
    text += "".join("\t".join(row) + "\n" for row in rows)
    path.write_text(text, encoding="utf-8", newline="\n")


def write_licence(path: Path, licence: list[str], label: str) -> None:
    preface = [
        "antonyms.tsv, phrasal_antonyms.tsv, synonyms.tsv, phrasal_synonyms.tsv, inflections.tsv and repetitions.tsv in this directory are",
        "derived from WordNet",
        f"({label}) by scripts/build_antonyms.py; nouns.txt and outcomes.tsv, from the same files, by scripts/build_wordlists.py.",
        "The WordNet licence and copyright notice follow verbatim, as they stand at the head of the",
        "WordNet database files.",
        "",
        "-" * 72,
        "",
    ]
    while licence and not licence[-1]:
        licence = licence[:-1]
    path.write_text("\n".join([*preface, *licence]) + "\n", encoding="utf-8", newline="\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("dict_dir", nargs="?", type=Path, default=DEFAULT_DICT,
                        help=f"WordNet dict directory with data.* index.* *.exc cntlist.rev (default {DEFAULT_DICT})")
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT, help=f"where to write (default {DEFAULT_OUT})")
    parser.add_argument("--min-share", type=float, default=0.01,
                        help="drop a pair whose sense is under this share of a word's tagged uses (default 0.01)")
    parser.add_argument("--min-evidence", type=int, default=30,
                        help="apply --min-share only to words with at least this many tagged uses (default 30)")
    parser.add_argument("--no-sense-filter", action="store_true", help="keep every direct antonym pair")
    parser.add_argument("--no-inherited", action="store_true",
                        help="leave out the verbs WordNet defines as a way of an opposed verb (ban/allow, jump/fall)")
    parser.add_argument("--inherit-share", type=float, default=0.05,
                        help="a verb inherits an opposition only through a sense of at least this share of its "
                             "tagged uses (default 0.05)")
    parser.add_argument("--synonym-min-count", type=int, default=1,
                        help="a synonym's shared first sense must be tagged this often in SemCor (default 1)")
    parser.add_argument("--show-dropped", action="store_true", help="list the pairs the filters dropped")
    parser.add_argument("--show-inherited", action="store_true", help="list the pairs added by inheritance")
    args = parser.parse_args(argv)

    dict_dir: Path = args.dict_dir
    if not (dict_dir / "data.adj").exists():
        parser.error(f"{dict_dir} has no data.adj: give the WordNet dict directory (apt-get install wordnet-base)")
    header = read_header(dict_dir)
    version = wordnet_version(header)
    label = source_label(dict_dir, version)

    data = {pos: read_data(dict_dir, pos) for pos in POS_FILES}
    counts, totals = read_counts(dict_dir)
    if not counts and not args.no_sense_filter:
        parser.error(f"{dict_dir} has no cntlist.rev, which the sense filter needs (or pass --no-sense-filter)")
    min_share = None if args.no_sense_filter else args.min_share
    kept, dropped = select(antonym_senses(data, counts), totals, min_share, args.min_evidence)
    verb_glosses = read_glosses(dict_dir, "v")
    inherited: set[tuple[str, str, str]] = set()
    if not args.no_inherited:
        inherited_kept, inherited_dropped = select(
            inherited_senses(data, verb_glosses, counts, totals, args.inherit_share), totals, min_share,
            args.min_evidence)
        inherited = inherited_kept - kept
        dropped |= inherited_dropped - kept - inherited
    everything = sorted(kept | inherited)
    # Phrasal verbs go to a table of their own, so that the single-word tables (and the lemmas
    # their inflections and repetitions are made for) do not change with them.
    phrasal = [p for p in everything if "_" in p[0] or "_" in p[1]]
    pairs = [p for p in everything if "_" not in p[0] and "_" not in p[1]]

    opposed = {(a, b) for a, b, _pos in pairs}  # WordNet makes a few pairs both ("exogamy" / "intermarriage")
    index_senses = read_index_senses(dict_dir)
    synonyms = [p for p in synonym_pairs(data, index_senses, counts, args.synonym_min_count, dict_dir)
                if p[:2] not in opposed]
    # Phrasal verbs' synonyms go to a table of their own, as their antonyms do.
    phrasal_synonyms = [p for p in synonym_pairs(data, index_senses, counts, args.synonym_min_count, dict_dir,
                                                 phrasal=True) if p[:2] not in opposed]

    lemmas_by_pos: dict[str, set[str]] = {pos: set() for pos in POS_FILES}
    for a, b, pos in pairs:
        lemmas_by_pos[pos].update((a, b))
    antonym_lemmas = {pos: set(lemmas) for pos, lemmas in lemmas_by_pos.items()}
    for a, b, pos in synonyms:
        lemmas_by_pos[pos].update((a, b))
    exceptions = read_exceptions(dict_dir, lemmas_by_pos)
    index_lemmas = read_index_lemmas(dict_dir)
    # A guard is not made for a word of the table it guards: each table gets its own, and the
    # antonym table's are kept even where the word is a synonym lemma ("forest" is no "fore"+"st").
    guards = (comparative_guards(antonym_lemmas, index_lemmas, totals, exceptions)
              | comparative_guards(lemmas_by_pos, index_lemmas, totals, exceptions))
    inflections = sorted(exceptions | guards)

    out: Path = args.out_dir
    out.mkdir(parents=True, exist_ok=True)
    if min_share is None:
        filter_note = "No sense filter: every direct antonym pair of single words."
    else:
        filter_note = (f"Sense filter: a pair is dropped where its sense is under {min_share:.0%} of either word's "
                       f"tagged uses (SemCor counts, cntlist.rev; words with >= {args.min_evidence} uses), "
                       f"or either word is an auxiliary/modal.")
    inherit_note = ("No inherited pairs." if args.no_inherited else
                    f"Also verbs whose WordNet gloss begins with a word of a hypernym (<= {INHERIT_DEPTH} levels up, "
                    f"not a root) that has a direct antonym, against that antonym (ban/allow: 'prohibit ...' "
                    f"under {{forbid, prohibit}}); such a verb's sense >= {args.inherit_share:.0%} of its tagged uses.")
    common = [
        f"Source: {label}.",
        "Licence: see LICENSE-WordNet.txt beside this file (WordNet 3.0 Copyright 2006 by Princeton University).",
        "Built by scripts/build_antonyms.py; do not edit by hand.",
    ]
    write_tsv(out / "antonyms.tsv", [
        "WordNet direct antonyms (the '!' pointers of data.noun, data.verb, data.adj, data.adv).",
        *common,
        "Single lowercase words of 3+ letters; indirect (satellite) antonyms are not included.",
        inherit_note,
        filter_note,
        "Columns: word_a<TAB>word_b<TAB>pos, word_a < word_b, pos in n v a r.",
    ], pairs)
    write_tsv(out / "phrasal_antonyms.tsv", [
        "WordNet antonyms of phrasal verbs: a verb and one particle, verb_particle (turn_down / accept),",
        "by the same rules as antonyms.tsv (a phrasal verb shares the oppositions of its synset).",
        *common,
        inherit_note,
        filter_note,
        "Columns: word_a<TAB>word_b<TAB>pos, word_a < word_b, pos always v.",
    ], phrasal)
    write_tsv(out / "inflections.tsv", [
        "WordNet morphological exceptions (verb.exc, adj.exc, noun.exc, adv.exc) for the lemmas of antonyms.tsv",
        "and synonyms.tsv,",
        "and guards: a form listed as its own lemma is not to be reduced by the -er/-est suffix rules.",
        *common,
        "Columns: form<TAB>lemma<TAB>pos, pos in n v a r.",
    ], inflections)
    write_tsv(out / "synonyms.tsv", [
        "WordNet synonyms: two single words of one part of speech whose first (most frequent) sense is one synset.",
        *common,
        f"Each word's shared sense tagged >= {args.synonym_min_count} time(s) in SemCor (cntlist.rev), or its only "
        "sense in an untagged word;",
        "the part of speech the word's most tagged; no auxiliaries, no inflected verb forms used as nouns or adjectives.",
        "Columns: word_a<TAB>word_b<TAB>pos, word_a < word_b, pos in n v a r.",
    ], synonyms)
    write_tsv(out / "phrasal_synonyms.tsv", [
        "WordNet synonyms of phrasal verbs: a verb and one particle, verb_particle (set_up / establish), and a",
        "single verb or another phrasal verb whose first (most frequent) sense is the same synset.",
        *common,
        f"Both words' shared sense tagged >= {args.synonym_min_count} time(s) in SemCor (cntlist.rev): the order of an",
        "untagged phrasal verb's senses decides nothing; no auxiliaries.",
        "Columns: word_a<TAB>word_b<TAB>pos, word_a < word_b, pos always v.",
    ], phrasal_synonyms)
    again = repetitions(data["v"], verb_glosses, antonym_lemmas["v"])
    write_tsv(out / "repetitions.tsv", [
        "Verbs that do a verb of antonyms.tsv again: 're' + that verb, where WordNet makes it the hypernym",
        "or the gloss says 'again' / 'anew' (reopen: 'open again or anew'). They oppose what it opposes.",
        *common,
        "Columns: verb<TAB>base<TAB>pos (always v).",
    ], again)
    write_licence(out / "LICENSE-WordNet.txt", header, label)

    by_pos = {pos: sum(1 for p in pairs if p[2] == pos) for pos in POS_FILES}
    synonyms_by_pos = {pos: sum(1 for p in synonyms if p[2] == pos) for pos in POS_FILES}
    sys.stderr.write(f"{label}: {len(synonyms)} synonym pairs {synonyms_by_pos}, "
                     f"{len(phrasal_synonyms)} of phrasal verbs\n")
    sys.stderr.write(f"{label}: {len(pairs)} pairs {by_pos}, {len(phrasal)} of phrasal verbs "
                     f"({len(inherited)} inherited by verbs), "
                     f"{len(dropped)} dropped by the filters; "
                     f"{len(exceptions)} exception forms, {len(guards)} guards, {len(again)} repetition verbs -> {out}\n")
    if args.show_dropped:
        for a, b, pos in sorted(dropped):
            sys.stderr.write(f"dropped\t{a}\t{b}\t{pos}\n")
    if args.show_inherited:
        for a, b, pos in sorted(inherited):
            sys.stderr.write(f"inherited\t{a}\t{b}\t{pos}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
