"""Perturbation: does a verdict notice one changed thing in a claim?

Claims are made from real sentences of the Wikipedia sample. A seeded share of its
articles (``--articles``, 200 by default) are the sources; from their sentences come
claims of these kinds, a fixed number of each (``--per-kind``, 80 by default), with
exactly one change each, made only where it reads naturally:

- ``unchanged``: the sentence as it stands;
- ``negation``: "not" after the first auxiliary or copula (was -> was not, can -> cannot);
- ``name``: a proper name (not the first word) swapped for another name from the same
  article, one that followed the same word there ("born in Paris" -> "born in Lyon");
- ``antonym``: one word swapped for its opposite from a small hand table
  (won/lost, increased/decreased, before/after, north/south, ...): the generator's table,
  not the checker's;
- ``hedge``: an attribution or hedge dropped so that the claim states it flatly
  ("reportedly", "according to X,", "is believed to be", "may have", "X said that");
  as many as the sources have, up to ``--per-kind`` (the count is printed);
- ``number``: a number in digits (not a year, not a day of the month) changed to
  another plausible value;
- ``year``: a year (1000-2099) moved by a few years;
- ``left_out``: unchanged sentences from articles that are not among the sources.

All claims go into one YAML claims file, checked in one run of
``factcheck check CLAIMS --sources DIR --format json --no-fail --no-index`` (the
executable is ``--factcheck``; by default the one beside this Python). The table gives
the verdict counts of each kind and its target:

- unchanged: ``supported`` >= 0.95;
- every changed kind: neither ``supported`` nor ``disputed`` >= 0.90 (negation >= 0.95),
  and mostly ``contradicted`` rather than ``partial`` (``contradicted`` >= 0.50), but for a
  dropped hedge, whose right answer is ``partial`` (the source attributes what the claim
  states flatly): ``partial`` >= 0.50;
- left_out: ``not_found`` >= 0.90.

Run (from the checkout; well under a minute on 2 cores with the defaults, plus ~10 s to
extract the sample the first time)::

    .venv/bin/python bench/perturb.py
    .venv/bin/python bench/perturb.py --factcheck /path/to/other/venv/bin/factcheck --seed 1
    .venv/bin/python bench/perturb.py --json bench/out/perturb.json   # the claims and verdicts

The same seed gives the same claims. Data: ``shared/data/wikipedia/sample.tar.xz``
(English Wikipedia plain text, WikiExtractor output, CC BY-SA), extracted once to
``bench/out/wikipedia/`` (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

BENCH = Path(__file__).resolve().parent
SAMPLE = BENCH.parent.parent / "shared" / "data" / "wikipedia" / "sample.tar.xz"
CACHE = BENCH / "out" / "wikipedia"
DONE_MARK = ".extracted"

CHANGED = ("negation", "name", "antonym", "hedge", "number", "year")
KINDS = ("unchanged", *CHANGED, "left_out")
VERDICTS = ("supported", "partial", "contradicted", "disputed", "not_found")

# --------------------------------------------------------------------------- sentences

MIN_WORDS, MAX_WORDS = 8, 40
# A period that ends one of these does not end a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr co inc ltd corp gen col lt capt sgt maj rev prof no nos vol vols pp p "
    "vs etc approx ca c fl mt ft jan feb mar apr jun jul aug sep sept oct nov dec est op ed eds "
    "al e.g i.e u.s u.k a.m p.m ph.d b.a m.a".split()
)
BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9])")
# Openings that lean on the sentence before: not self-contained.
CONTEXT_OPENERS = frozenset(
    "he she it they we i you his her its their our this that these those there here such also "
    "however but and or so then thus hence therefore moreover furthermore meanwhile instead "
    "both another other others later afterwards nevertheless still yet".split()
)
JUNK = ("()", '""', "(;", "(,", "( ", " )", ",)", ";)", " ,", " ;", " .", ",,", "..", "[", "]", "{", "}",
        "|", "=", "<", ">", "  ", "\t", "&", "*", "#", "_", "…", "^", "~", "\\", "/", "@", ": ")
# Traces of markup the extraction dropped: a quote mark standing alone, two prepositions in a row.
DEBRIS = re.compile(r'(?:^|\s)["“”](?:\s|$)|\b(?:of|at|from|by|with|between) (?:to|and|of|at)\b')
EXTRA_CHARS = frozenset("–—‘’“”°£€")
VERB_HINT = re.compile(
    r"\b(?:is|was|are|were|has|had|have|will|would|can|could|became|won|made|took|began|left|led|wrote|"
    r"built|held|found|lost|grew|ran|met|gave|came|went|includes?|contains?|lies|[a-z]+ed)\b"
)
NEGATIONS = re.compile(r"\b(?:not|never|no|nor|neither|none|nobody|nothing|cannot)\b|n't\b", re.IGNORECASE)


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph; a period after an abbreviation or an initial is no boundary."""
    sentences, start = [], 0
    for match in BOUNDARY.finditer(paragraph):
        before = paragraph[start:match.start()].rstrip("\"”’)")
        last_word = before.rsplit(None, 1)[-1] if before.split() else ""
        stem = last_word.rstrip(".!?").lstrip("(\"“").lower()
        if stem in ABBREVIATIONS or len(stem) == 1 or "." in stem:
            continue
        sentences.append(paragraph[start:match.start()].strip())
        start = match.end()
    sentences.append(paragraph[start:].strip())
    return [s for s in sentences if s]


def is_clean(sentence: str) -> bool:
    """A self-contained declarative sentence of plain prose: no markup, lists or extraction debris."""
    words = sentence.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    if not (sentence[0].isupper() and sentence.endswith(".") and (sentence[-2].isalnum() or sentence[-2] in ')"%')):
        return False
    if ". " in sentence or any(j in sentence for j in JUNK) or DEBRIS.search(sentence) or not _plain_chars(sentence):
        return False
    if words[0].lower().strip(",") in CONTEXT_OPENERS or not _balanced(sentence):
        return False
    lower = sum(w[0].islower() for w in words)
    return lower >= 0.4 * len(words) and VERB_HINT.search(sentence) is not None


def _plain_chars(sentence: str) -> bool:
    return all(
        (c.isascii() and c.isprintable()) or c in EXTRA_CHARS or (c.isalpha() and "LATIN" in unicodedata.name(c, ""))
        for c in sentence
    )


def _balanced(sentence: str) -> bool:
    depth = 0
    for c in sentence:
        depth += (c == "(") - (c == ")")
        if depth < 0:
            return False
    return depth == 0 and sentence.count('"') % 2 == 0 and sentence.count("“") == sentence.count("”")


def normal(sentence: str) -> str:
    return " ".join(sentence.lower().split())


# --------------------------------------------------------------------------- articles

NAME_SPAN = re.compile(r"(?<![\w'’\-–—.])[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)*(?![\w\-–—'’])")
NOT_NAMES = frozenset(
    "The A An In On At For And But Or Of To With By From As It He She They We His Her Its Their This That "
    "These Those There When After Before During While Although However If Since Until Upon "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
ARTICLES = frozenset(("the", "a", "an"))
# Words that join the parts of one longer name ("University of Crete", "Bosnia and Herzegovina").
CONNECTORS = frozenset("of and de del della di da du la le von van der den y for on upon".split())
PART_OF_LONGER = re.compile(r" (?:" + "|".join(sorted(CONNECTORS)) + r") [A-Z]")
FUNCTION_WORDS = frozenset(
    "of and or in on at to from by with for as is was are were has had have but that which who whose "
    "where when while after before during since until into onto over under between against among".split()
)


# A title before, or a kind of place or body after, tells what a name names; a swap keeps it.
NAME_CLASSES = {
    "person": "King Queen Prince Princess Duke Duchess Earl Lord Lady Sir Dame Emperor Empress Pope Saint St "
              "Cardinal Bishop Archbishop President Prime Minister General Colonel Captain Admiral Dr Mr Mrs Ms",
    "body": "College University School Institute Academy Church Cathedral Museum Party League Association Society "
            "Company Corporation Council Committee Army Navy Force Club Union Bank Group Records Agency Ministry "
            "Department Court Parliament Assembly Congress Senate Foundation Orchestra Festival Award Prize Cup",
    "place": "River Mountain Mountains Mount Peak Lake Island Islands Bay Sea Ocean Valley Castle Palace Street "
             "Road Avenue Square Park Bridge Station Airport Hall Tower County Province District City State "
             "Kingdom Republic Empire Desert Forest Coast Peninsula Gulf Strait Canal Harbour Harbor",
}
CLASS_OF_WORD = {word: kind for kind, words in NAME_CLASSES.items() for word in words.split()}


def name_class(name: str) -> str:
    """"person" after a title; the cue word itself for a place or body ("River", "University"); else ""."""
    first, last = name.split()[0], name.split()[-1]
    if CLASS_OF_WORD.get(first) == "person":
        return "person"
    return next((w for w in (last, first) if w in CLASS_OF_WORD), "")


@dataclass(frozen=True)
class NameSpot:
    """A proper name in a sentence, with the words around it: what a swap must keep alike."""

    text: str
    start: int
    end: int
    before: str       # the lowercase word just before it
    before2: str      # the word before that
    after: str        # the next word (or punctuation mark)

    @property
    def modifier(self) -> bool:
        """Used as a modifier ("the German crown"), not as a head noun ("in Germany")."""
        return self.after.isalpha() and self.after.islower() and self.after not in FUNCTION_WORDS


@dataclass
class Article:
    """One source article: its id (file name), its clean sentences, and its proper names by the word before."""

    source_id: str
    sentences: list[str]
    names: dict[tuple[str, int], list[NameSpot]] = field(default_factory=dict)


def read_article(path: Path) -> Article:
    """Sentences of an article (the title line dropped) and where each proper name occurs."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    every = [s for line in lines for s in split_sentences(line.strip())]
    article = Article(path.name, [s for s in every if is_clean(s)])
    for sentence in every:
        if len(sentence.split()) < 6:  # headings and captions
            continue
        for spot in name_spots(sentence):
            article.names.setdefault((spot.before, len(spot.text.split())), []).append(spot)
    return article


def name_spots(sentence: str) -> list[NameSpot]:
    """Whole proper names after a lowercase word: never the first word, nor inside quotes, nor part of a longer name."""
    spots = []
    for match in NAME_SPAN.finditer(sentence):
        head = sentence[:match.start()]
        words = head.split()
        if len(words) < 2 or any(w in NOT_NAMES for w in match.group().split()) or head.count('"') % 2:
            continue
        before, before2 = words[-1], words[-2]
        if not head.endswith(" ") or not before.isalpha() or not before.islower():
            continue
        if (before in CONNECTORS and before2[:1].isupper()) or PART_OF_LONGER.match(sentence, match.end()):
            continue
        if re.match(r"\s+[A-Z]", sentence[match.end():]):  # a name that goes on past a hyphen ("Proto Indo-European")
            continue
        after = re.match(r"\s*([^\W\d_]+|\S)", sentence[match.end():])
        spots.append(NameSpot(match.group(), match.start(), match.end(), before, before2,
                              after.group(1) if after else ""))
    return spots


# --------------------------------------------------------------------------- perturbations

Perturb = Callable[[str, Article, random.Random], "str | None"]

AUXILIARIES = re.compile(r"\b(is|was|are|were|has|have|had|will|would|can|could|should|must|might)\b (\w+)")
SUBORDINATE = re.compile(
    r"\b(?:whether|if|while|when|whenever|although|though|because|unless|until|that|which|who|whom|whose|where)\b",
    re.IGNORECASE)
SUBORDINATE_OPENERS = frozenset(
    "As If When While Although Though Because Since Unless Once After Before Whether Until Where".split())
MODALS = frozenset("will would can could should must might".split())
NEGATIVE_ADJECTIVE = re.compile(
    r"un(?!der|i)\w+|(?:in|im|il|ir|dis|non)\w+(?:able|ible|ent|ant|ive|ete|ous|al|ar|ct|ite)")
NOT_AFTER_AUX = frozenset(
    "also still often usually now later then first only always already once never not just mainly "
    "largely mostly generally originally initially currently formerly widely".split()
)
PARTICIPLES = frozenset(
    "been won made taken given become begun written built held found seen known grown shown left led lost "
    "sold brought thought fought taught kept spent run come gone done had met told paid read heard won "
    "become sung drawn driven flown risen fallen chosen spoken stolen broken frozen worn torn born".split()
)


def negate(sentence: str, _article: Article, _rng: random.Random) -> str | None:
    """"not" after the first auxiliary or copula, where what follows makes it grammatical.

    Only before any subordinate clause opens: "not" inside "whether ..." or "if ..." would
    hardly change what the sentence states.
    """
    if NEGATIONS.search(sentence) or sentence.split()[0] in SUBORDINATE_OPENERS:
        return None
    match = AUXILIARIES.search(sentence)
    if match is None or match.start() == 0 or SUBORDINATE.search(sentence, 0, match.start()):
        return None
    aux, following = match.groups()
    if not following.islower() or following in NOT_AFTER_AUX or SUBORDINATE.fullmatch(following):
        return None
    if NEGATIVE_ADJECTIVE.fullmatch(following):
        return None  # "was unable" -> "was not unable": a double negative
    if aux in {"has", "have", "had"} and not (following.endswith("ed") or following in PARTICIPLES):
        return None
    if aux in MODALS and following.endswith(("ed", "s")):
        return None  # "The will transferred": a noun, not a modal
    negated = "cannot" if aux == "can" else f"{aux} not"
    return sentence[:match.start()] + negated + sentence[match.end(1):]


def swap_name(sentence: str, article: Article, rng: random.Random) -> str | None:
    """A name swapped for another name of the article that followed the same word there and is not in the sentence.

    The other name must also share the word before that or the word after (after "the", the
    word before that), and the best such match is taken: so that a place stays a place and a
    person a person as often as such plain context allows.
    """
    lowered = sentence.lower()
    options: dict[tuple[NameSpot, str], int] = {}
    for spot in name_spots(sentence):
        own_words = set(spot.text.split())
        for other in article.names.get((spot.before, len(spot.text.split())), []):
            if other.text.lower() in lowered or _overlap(own_words, other.text.split()):
                continue
            if other.modifier != spot.modifier or name_class(other.text) != name_class(spot.text):
                continue
            score = (other.before2 == spot.before2) + (other.after == spot.after)
            if score == 0 or (spot.before in ARTICLES and other.before2 != spot.before2):
                continue
            key = (spot, other.text)
            options[key] = max(options.get(key, 0), score)
    if not options:
        return None
    best = max(options.values())
    spot, replacement = rng.choice([key for key, score in options.items() if score == best])
    return sentence[:spot.start] + replacement + sentence[spot.end:]


def _overlap(words: set[str], others: list[str]) -> bool:
    """Any word shared, or one the start of another ("CRT" and "CRTs")."""
    return any(a.startswith(b) or b.startswith(a) for a in words for b in others)


def _antonym_table(table: str) -> dict[str, tuple[str, frozenset[str], frozenset[str]]]:
    """Rows "word opposite|words that may not follow|words that may not precede" ("-ing": any word so ending)."""
    parsed = {}
    for row in table.strip().splitlines():
        pair, *rest = row.split("|")
        word, opposite = pair.split()
        bad_next = frozenset(rest[0].split()) if rest else frozenset()
        bad_prev = frozenset(rest[1].split()) if len(rest) > 1 else frozenset()
        parsed[word] = (opposite, bad_next, bad_prev)
    return parsed


# The generator's table (one direction a row), not the checker's.
ANTONYMS = _antonym_table("""
won lost
winning losing|streak
winner loser
victory defeat
gained lost|weight
increased decreased
decreased increased
increase decrease
decrease increase
increasing decreasing
decreasing increasing
before after
after before|all|named look looks looked looking
first last|name names|at
last first|name names|at
opened closed|fire
closed opened|down
rose fell
approved rejected
rejected approved
accepted declined
largest smallest
smallest largest
larger smaller
smaller larger
biggest smallest
north south
south north
east west
west east
northern southern
southern northern
eastern western
western eastern
higher lower|education
lower higher
highest lowest
lowest highest
older younger
younger older
oldest youngest
youngest oldest
eldest youngest
earliest latest
early late
earlier later
maximum minimum
minimum maximum
above below
below above
major minor|general . ,
minor major
male female
female male
successful unsuccessful
unsuccessful successful
success failure
failure success
supported opposed
opposed supported
joined left|forces
began ended|to -ing
strong weak
weak strong
rich poor
poor rich
positive negative
negative positive
legal illegal
illegal legal
public private|domain
private public
top bottom||on On
longest shortest
shortest longest
""")
ANTONYM_WORD = re.compile(r"(?<![\w\-])(" + "|".join(sorted(ANTONYMS, key=len, reverse=True)) + r")(?![\w\-])")


def _blocked(word: str, blocks: frozenset[str]) -> bool:
    """``word`` is one of ``blocks``, or ends with one of its "-suffix" entries."""
    return word in blocks or any(b.startswith("-") and word.endswith(b[1:]) for b in blocks)


def antonym(sentence: str, _article: Article, rng: random.Random) -> str | None:
    """One word swapped for its opposite, where neither neighbour makes the swap read oddly."""
    options = []
    for match in ANTONYM_WORD.finditer(sentence):
        opposite, bad_next, bad_prev = ANTONYMS[match.group()]
        following = (sentence[match.end():].split(None, 1) or [""])[0]
        preceding = (sentence[:match.start()].split() or [""])[-1]
        if re.search(rf"\b{opposite}\b", sentence) or _blocked(following, bad_next) or preceding in bad_prev:
            continue
        options.append((match, opposite))
    if not options:
        return None
    match, opposite = rng.choice(options)
    return _a_or_an(sentence[:match.start()], opposite) + opposite + sentence[match.end():]


def _a_or_an(head: str, word: str) -> str:
    """``head`` with a final "a" / "an" made to agree with the ``word`` that will follow it."""
    match = re.search(r"\b([Aa]n?) $", head)
    if match is None:
        return head
    article = "an" if word[0] in "aeiou" else "a"
    return head[:match.start(1)] + (article.capitalize() if match.group(1)[0] == "A" else article) + " "


# Hedges: each rule is a pattern and what replaces it; the first that applies wins.
BELIEF = r"(?:believed|thought|said|reported|alleged|rumou?red|claimed|presumed|assumed|supposed|understood)"
ATTRIBUTING = (r"(?:said|says|stated|states|claimed|claims|reported|argued|argues|suggested|suggests|alleged|"
               r"alleges|believed|believes|wrote|writes|noted|asserted|maintained|speculated|contended|insisted)")
ADVERB = r"(?:reportedly|allegedly|supposedly|reputedly|purportedly|apparently|probably|possibly|presumably|perhaps)"
# Who or what a claim is attributed to: a few words, none of them a verb of its own clause.
_SOURCE_WORD = r"(?!(?:is|was|are|were|has|have|had|been|he|she|they|it)\b)[^\s,]+"
SOURCE_NAME = rf"{_SOURCE_WORD}(?: {_SOURCE_WORD}){{0,7}}"
# What may follow "may have visited" for "visited" to be a verb, not an adjective ("may have marked symptoms").
OBJECT_START = r"(?:the|a|an|his|her|their|its|in|on|at|to|from|by|with|for|as|into)\b"
HEDGES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(rf"^[A-Z][^\s,]*(?: [^\s,]+){{0,4}} {ATTRIBUTING} that (?=[a-zA-Z])"), lambda m: ""),
    (re.compile(rf"^[Ii]t (?:is|was|has been|had been) (?:widely |generally |commonly |often )?{BELIEF} that "),
     lambda m: ""),
    (re.compile(rf"^According to {SOURCE_NAME}, "), lambda m: ""),
    (re.compile(rf", according to {SOURCE_NAME}(?:,|(?=\.$))"), lambda m: ""),
    (re.compile(rf"\b(is|are|was|were) (?:widely |generally |commonly |often )?{BELIEF} to be\b"),
     lambda m: m.group(1)),
    (re.compile(rf"\b(is|are|was|were) (?:widely |generally |commonly |often )?{BELIEF} to have been\b"),
     lambda m: {"is": "was", "are": "were"}.get(m.group(1), "had been")),
    (re.compile(rf"\b(is|are|was|were) (?:widely |generally |commonly |often )?{BELIEF} to have (\w+ed)\b"),
     lambda m: m.group(2) if m.group(1) in {"is", "are"} else f"had {m.group(2)}"),
    (re.compile(r"\b(is|are|was|were) (?:widely |generally |often )?(?:considered|regarded as|seen as|viewed as)"
                r"(?: to be)? (?=(?:one|the|a|an)\b(?!.* by ))"), lambda m: f"{m.group(1)} "),
    (re.compile(rf"\b(?:may|might) have (\w+ed)(?= {OBJECT_START}| [A-Z]|,)"), lambda m: m.group(1)),
    (re.compile(r"\b(is|are|was|were) (?:most )?likely (?=\w+ed\b)"), lambda m: f"{m.group(1)} "),
    (re.compile(rf", {ADVERB},"), lambda m: ""),
    (re.compile(r"^(?:Reportedly|Allegedly|Apparently|Perhaps|Probably|Possibly|Presumably|Reputedly),? "),
     lambda m: ""),
    (re.compile(rf"(?<=[a-z])(?<!\ba)(?<!\ban) {ADVERB}(?= [a-z])"), lambda m: ""),
]


def drop_hedge(sentence: str, _article: Article, _rng: random.Random) -> str | None:
    """The hedge or attribution removed, so that the sentence states its content flatly.

    Only where the sentence has exactly one that a rule finds: with two, dropping one would
    leave the claim still hedged.
    """
    flat = _without_first_hedge(sentence)
    if flat is None or _without_first_hedge(flat) is not None:
        return None
    self_contained = flat.split()[0].lower() not in CONTEXT_OPENERS and len(flat.split()) >= 6
    return flat if self_contained else None


def _without_first_hedge(sentence: str) -> str | None:
    for pattern, replace in HEDGES:
        match = pattern.search(sentence)
        if match is not None:
            flat = sentence[:match.start()] + replace(match) + sentence[match.end():]
            return flat[:1].upper() + flat[1:]
    return None


NUMBER = re.compile(r"(?<![\w.,\-–/$£€#])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w\-–/]|[.,]\d)")
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A bare three- or four-digit number after these words is a year ("until 909").
YEAR_BEFORE = re.compile(r"\b(?:in|by|until|till|since|from|before|after|circa|c\.|between|to) $")
FACTORS = (0.5, 0.6, 0.75, 1.25, 1.5, 2.0)
LATEST_YEAR = 2024


def is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1000 <= int(text) <= 2099


def change_number(sentence: str, _article: Article, rng: random.Random) -> str | None:
    """A number in digits, not a year nor a day of the month, changed to another plausible value."""
    options = [m for m in NUMBER.finditer(sentence) if _is_quantity(sentence, m)]
    if not options:
        return None
    match = rng.choice(options)
    percent = re.match(r"\s?(?:%|per ?cent\b)", sentence[match.end():]) is not None
    changed = _other_number(match.group(1), match.group(2) or "", rng, 100 if percent else float("inf"))
    if changed is None or _mentions(sentence, changed):
        return None
    return sentence[:match.start()] + changed + sentence[match.end():]


def _mentions(sentence: str, number: str) -> bool:
    """``number`` stands as a whole number somewhere in ``sentence`` (not as a part of a longer one)."""
    return re.search(rf"(?<![\d.,]){re.escape(number)}(?!\d|[.,]\d)", sentence) is not None


def _is_quantity(sentence: str, match: re.Match[str]) -> bool:
    """A count or measure: not a year, a date, a label, a conversion in brackets, nor a lone 1 (singular noun)."""
    text = match.group()
    if is_year(text) or text == "1" or _is_day(sentence, match) or _is_label(sentence, match):
        return False
    if sentence.endswith("out of ", 0, match.start()):
        return False
    in_brackets = sentence.count("(", 0, match.start()) > sentence.count(")", 0, match.start())
    year_like = text.isdigit() and len(text) in (3, 4) and YEAR_BEFORE.search(sentence, 0, match.start()) is not None
    return not in_brackets and not year_like


def _is_day(sentence: str, match: re.Match[str]) -> bool:
    after = re.match(rf"\s+{MONTH}\b", sentence[match.end():])
    before = re.search(rf"\b{MONTH}\s+$", sentence[:match.start()])
    return after is not None or before is not None


def _is_label(sentence: str, match: re.Match[str]) -> bool:
    """A number that names rather than counts: "Type 1", "Apollo 11", "No. 5", "the Navy's 723 Squadron"."""
    return re.search(r"[A-Z][\w.'’]*\s+$", sentence[:match.start()]) is not None


def _other_number(whole: str, fraction: str, rng: random.Random, ceiling: float) -> str | None:
    """Another value of the same kind: a small count moved by 1-3, a larger one scaled and rounded alike."""
    digits = whole.replace(",", "")
    number = float(digits + fraction)
    if number < 10 and not fraction:
        candidates = [number + step for step in (-2, -1, 1, 2, 3)]
    elif fraction:
        candidates = [round(number * factor, len(fraction) - 1) for factor in FACTORS]
    else:
        scale = 10 ** max(0, min(len(digits) - len(digits.rstrip("0")), len(digits) - 2))  # as round as it was
        candidates = [round(number * factor / scale) * scale for factor in FACTORS]
    floor = 0 if fraction else 1  # never to 1: its noun would be plural
    candidates = [c for c in candidates if c != number and floor < c <= ceiling]
    if not candidates:
        return None
    new = rng.choice(candidates)
    text = f"{new:,.{max(len(fraction) - 1, 0)}f}"
    return text if "," in whole else text.replace(",", "")


def change_year(sentence: str, _article: Article, rng: random.Random) -> str | None:
    """A past year moved by one to five years (never past LATEST_YEAR, never onto a year already there)."""
    options = [m for m in NUMBER.finditer(sentence)
               if is_year(m.group()) and not m.group(2) and int(m.group()) <= LATEST_YEAR]
    if not options:
        return None
    match = rng.choice(options)
    year = int(match.group())
    shifts = [s for s in (-5, -4, -3, -2, -1, 1, 2, 3, 4, 5) if year + s <= LATEST_YEAR]
    changed = str(year + rng.choice(shifts))
    if _mentions(sentence, changed):
        return None
    return sentence[:match.start()] + changed + sentence[match.end():]


def unchanged(sentence: str, _article: Article, _rng: random.Random) -> str | None:
    return sentence


PERTURBATIONS: dict[str, Perturb] = {
    "unchanged": unchanged,
    "negation": negate,
    "name": swap_name,
    "antonym": antonym,
    "hedge": drop_hedge,
    "number": change_number,
    "year": change_year,
}
# The scarcest kinds pick their sentences first, so that each sentence is used once.
PICK_ORDER = ("hedge", "antonym", "name", "number", "year", "negation", "unchanged")


# --------------------------------------------------------------------------- claims


@dataclass
class Claim:
    """One generated claim: the source sentence it came from and what was done to it."""

    id: str
    kind: str
    source: str
    original: str
    claim: str
    verdict: str = ""


def make_claims(sources: list[Article], left_out: list[Path], per_kind: int, seed: int) -> tuple[list[Claim], int]:
    """Claims of every kind from the source sentences, and left-out ones; also how many hedges exist.

    Each kind draws from its own random stream, so that a change to one generator leaves the
    others' choices alone (but for the sentences it takes first).
    """
    pool = [(article, sentence) for article in sources for sentence in article.sentences]
    random.Random(f"{seed}:pool").shuffle(pool)
    used: set[str] = set()
    claims: list[Claim] = []
    hedges = sum(drop_hedge(s, a, random.Random(0)) is not None for a, s in pool)
    for kind in PICK_ORDER:
        claims += _claims_of_kind(kind, pool, used, per_kind, random.Random(f"{seed}:{kind}"))
    known = {normal(sentence) for _, sentence in pool}
    claims += _left_out_claims(left_out, known, per_kind, random.Random(f"{seed}:left_out"))
    # Neutral ids in a shuffled order: nothing in the claims file tells the kinds apart.
    random.Random(f"{seed}:order").shuffle(claims)
    for number, claim in enumerate(claims, 1):
        claim.id = f"claim-{number:04d}"
    return claims, hedges


def _claims_of_kind(kind: str, pool: list[tuple[Article, str]], used: set[str], count: int,
                    rng: random.Random) -> list[Claim]:
    perturb = PERTURBATIONS[kind]
    claims: list[Claim] = []
    for article, sentence in pool:
        if len(claims) == count:
            break
        if sentence in used:
            continue
        text = perturb(sentence, article, rng)
        if text is None:
            continue
        used.add(sentence)
        claims.append(Claim("", kind, article.source_id, sentence, text))
    return claims


def _left_out_claims(paths: list[Path], known: set[str], count: int, rng: random.Random) -> list[Claim]:
    """One sentence from each of ``count`` articles outside the sources (none that a source also has)."""
    claims: list[Claim] = []
    for path in paths:
        if len(claims) == count:
            break
        candidates = [s for s in read_article(path).sentences if normal(s) not in known]
        if candidates:
            sentence = rng.choice(candidates)
            claims.append(Claim("", "left_out", path.name, sentence, sentence))
    return claims


# --------------------------------------------------------------------------- corpus and run


def ensure_corpus(cache: Path) -> Path:
    """The Wikipedia sample extracted under ``cache`` (done once; a marker file says it finished)."""
    if (cache / DONE_MARK).exists():
        return cache
    if not SAMPLE.exists():
        sys.exit(f"error: {SAMPLE}: no such file")
    print(f"extracting {SAMPLE} to {cache} (once) ...", file=sys.stderr)
    cache.mkdir(parents=True, exist_ok=True)
    with tarfile.open(SAMPLE) as archive:
        archive.extractall(cache, filter="data")
    (cache / DONE_MARK).write_text("done\n", encoding="utf-8")
    return cache


def split_articles(corpus: Path, count: int, rng: random.Random) -> tuple[list[Path], list[Path]]:
    """A seeded choice of ``count`` articles as the sources; the rest, shuffled, to draw left-out sentences from."""
    every = sorted(p for p in corpus.rglob("*.txt") if p.is_file())
    if count >= len(every):
        sys.exit(f"error: --articles {count}: the sample has only {len(every)} articles")
    rng.shuffle(every)
    return sorted(every[:count]), every[count:]


def copy_sources(paths: list[Path], folder: Path) -> None:
    """Copies, not symlinks (factcheck skips a symlink that leads outside the sources folder), flat:
    the file name is the source id (the sample's names are unique: each starts with the article's id)."""
    folder.mkdir(parents=True)
    for path in paths:
        if (folder / path.name).exists():
            sys.exit(f"error: two source articles named {path.name}")
        shutil.copyfile(path, folder / path.name)


def write_claims(claims: list[Claim], path: Path) -> None:
    records = [{"id": c.id, "claim": c.claim} for c in claims]
    path.write_text(yaml.safe_dump({"claims": records}, allow_unicode=True, sort_keys=False, width=10_000),
                    encoding="utf-8")


def run_factcheck(executable: str, claims_file: Path, sources: Path) -> tuple[dict[str, str], float]:
    """Verdict by claim id from one ``factcheck check`` run (in the scratch folder), and its wall time."""
    command = [executable, "check", str(claims_file), "--sources", str(sources), "--format", "json",
               "--no-fail", "--no-index"]
    if shutil.which(executable) is None:
        sys.exit(f"error: {executable}: no such executable (pass --factcheck PATH)")
    start = time.perf_counter()
    done = subprocess.run(command, cwd=claims_file.parent, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"error: {' '.join(command)} exited {done.returncode}:\n{done.stderr.strip()}")
    report = json.loads(done.stdout)
    return {r["id"]: r["verdict"] for r in report["results"]}, seconds


# --------------------------------------------------------------------------- report


@dataclass
class Target:
    """A share of one kind's claims that must reach ``goal``."""

    label: str
    verdicts: tuple[str, ...]
    goal: float
    inverse: bool = False  # the share of claims whose verdict is NOT one of ``verdicts``

    def share(self, verdicts: list[str]) -> float:
        hits = sum((v in self.verdicts) != self.inverse for v in verdicts)
        return hits / len(verdicts) if verdicts else 0.0


CAUGHT = ("supported", "disputed")
TARGETS: dict[str, list[Target]] = {
    "unchanged": [Target("supported", ("supported",), 0.95)],
    "left_out": [Target("not_found", ("not_found",), 0.90)],
    **{
        kind: [Target("caught", CAUGHT, 0.95 if kind == "negation" else 0.90, inverse=True),
               Target("partial", ("partial",), 0.50) if kind == "hedge"
               else Target("contradicted", ("contradicted",), 0.50)]
        for kind in CHANGED
    },
}


def print_table(claims: list[Claim]) -> int:
    """The verdict counts and target figures of each kind; returns how many targets failed."""
    header = f"{'kind':<10} {'n':>4} " + " ".join(f"{v[:12]:>12}" for v in VERDICTS)
    print(header + " | targets")
    failed = 0
    for kind in KINDS:
        verdicts = [c.verdict for c in claims if c.kind == kind]
        counts = " ".join(f"{verdicts.count(v):>12}" for v in VERDICTS)
        figures = []
        for target in TARGETS[kind]:
            share = target.share(verdicts)
            ok = bool(verdicts) and share >= target.goal
            failed += not ok
            figures.append(f"{target.label} {share:.2f} (>= {target.goal:.2f}) {'PASS' if ok else 'FAIL'}")
        print(f"{kind:<10} {len(verdicts):>4} {counts} | " + "; ".join(figures))
    print("caught: neither supported nor disputed; contradicted: the share of the kind's claims (the rest partial "
          "or not_found)")
    return failed


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     epilog=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--factcheck", default=str(Path(sys.executable).with_name("factcheck")),
                        help="factcheck executable (default: the one beside this Python)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--articles", type=int, default=200, help="articles used as the sources")
    parser.add_argument("--per-kind", type=int, default=80, help="claims of each kind")
    parser.add_argument("--cache", type=Path, default=CACHE, help="where the sample is extracted (once)")
    parser.add_argument("--keep", type=Path, help="build the sources and claims.yaml in this folder and keep them "
                        "(to rerun or explain a verdict); it is emptied first")
    parser.add_argument("--json", type=Path, help="write the per-claim rows (id, kind, original, claim, verdict) here")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    started = time.perf_counter()
    source_paths, others = split_articles(ensure_corpus(args.cache), args.articles, random.Random(args.seed))
    articles = [read_article(p) for p in source_paths]
    claims, hedges = make_claims(articles, others, args.per_kind, args.seed)
    with tempfile.TemporaryDirectory(prefix="factcheck-perturb-") as scratch:
        folder = args.keep or Path(scratch)
        if args.keep:
            shutil.rmtree(folder, ignore_errors=True)
        copy_sources(source_paths, folder / "sources")
        write_claims(claims, folder / "claims.yaml")
        verdicts, check_seconds = run_factcheck(args.factcheck, folder / "claims.yaml", folder / "sources")
    for claim in claims:
        claim.verdict = verdicts.get(claim.id, "missing")
    sentences = sum(len(a.sentences) for a in articles)
    print(f"perturb: seed {args.seed}, {len(articles)} source articles, {sentences} clean sentences, "
          f"{len(claims)} claims; {hedges} source sentences have a hedge that can be dropped")
    short = [k for k in KINDS if sum(c.kind == k for c in claims) < args.per_kind]
    if short:
        print(f"fewer than {args.per_kind} claims of: {', '.join(short)} (no more sentences where the change applies)")
    failed = print_table(claims)
    total = time.perf_counter() - started
    per_claim = 1000 * check_seconds / len(claims)
    print(f"factcheck: {check_seconds:.1f}s for {len(claims)} claims = {per_claim:.0f} ms/claim "
          f"(one process, sources read and indexed included); whole bench {total:.1f}s; {failed} target(s) failed")
    if args.json:
        write_rows(claims, args.json)


def write_rows(claims: list[Claim], path: Path) -> None:
    """The per-claim rows, by kind, for reading through."""
    order = {kind: i for i, kind in enumerate(KINDS)}
    rows = [asdict(c) for c in sorted(claims, key=lambda c: (order[c.kind], c.id))]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
