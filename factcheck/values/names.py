"""Names: runs of capitalised words, their spelling-variant keys, and variant matching."""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

from factcheck.index.bm25 import term
from factcheck.lexicon.epithets import is_place_epithet
from factcheck.lexicon.nouns import is_common_noun
from factcheck.lexicon.places import is_place, is_polity, same_place
from factcheck.lexicon.surnames import gendered_pair
from factcheck.lexicon.verbs import is_participle
from factcheck.models import Value
from factcheck.sources.normalize import fold, variant_key
from factcheck.sources.transliteration import NameRelation, is_wade_giles, name_relation, same_name, same_name_word
from factcheck.values.context import _Context
from factcheck.values.patterns import _ABBREVIATIONS, _ALL_CAPS_SHORT, _CYRILLIC, _NAME_RUN, _RUN_WORD
from factcheck.values.vocabulary import (
    _COMMON,
    _FUNCTION_WORDS,
    _MONTH_NAMES,
    _OF_HEADS,
    _ORDINALS,
    _SUFFIX_COMMON,
    _TITLES,
    _WEEKDAYS,
)


def _name_candidates(ctx: _Context) -> Iterable[Value]:
    """Runs of capitalised words (Latin or Cyrillic), minus sentence-initial common words."""
    text = ctx.text
    headlines = _headline_spans(text)
    for match in _NAME_RUN.finditer(text):
        offset = match.start()
        if headlines and _inside(headlines, offset):
            continue
        run = match.group()
        if " " in run or "\t" in run or "\u00a0" in run:
            words = [(w.start() + offset, w.end() + offset, w.group()) for w in _RUN_WORD.finditer(run)]
        else:  # one word (three runs in four): _RUN_WORD would find the run itself
            words = [(offset, match.end(), run)]
        for segment in _split_run(words):
            value = _name_value(ctx, segment)
            if value is not None:
                yield value


def _split_run(words: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Cut a run at month/weekday names, at an "of" that does not follow an institution, and
    after a plural possessor ("Reuters'") that a title or a name follows."""
    segments: list[list[tuple[int, int, str]]] = [[]]
    for index, word in enumerate(words):
        low = word[2].lower().rstrip(".")
        if (low in _MONTH_NAMES and word[2][0].isupper()) or low in _WEEKDAYS:
            segments.append([])
            continue
        if low == "of" and (index == 0 or words[index - 1][2].lower() not in _OF_HEADS):
            segments.append([])
            continue
        if index and words[index - 1][2][-1] in "'’" and (low in _TITLES or not _owned_thing(words, index)):
            # "Texas' Governor Greg Abbott", "Reuters' Central Asia bureau": the possessor is a
            # name of its own, before a title or a name; but "the Farmers' Party", "the Writers'
            # Guild" are one name each.
            segments.append([])
        segments[-1].append(word)
    return [s for s in segments if s]


def _owned_thing(words: list[tuple[int, int, str]], index: int) -> bool:
    """Whether the words of a run from ``index`` to its next "of" (or its end) end in a common
    noun of WordNet's ("Party", "Guild": :func:`factcheck.lexicon.nouns.is_common_noun`): a body
    the possessor's name is part of ("the Farmers' Party"), not a name of its own ("Reuters'
    Central Asia bureau", "Reuters' Moscow bureau")."""
    end = next((k for k in range(index, len(words)) if words[k][2].lower() == "of"), len(words))
    return is_common_noun(words[end - 1][2].lower())


def _name_value(ctx: _Context, words: list[tuple[int, int, str]]) -> Value | None:
    """Trim leading common words and titles and trailing particles; build the name value."""
    initial = True
    while words and not (_title_cased(words) and words[0][2].lower() not in ("the", "a", "an")) \
            and _drop_leading(ctx, words, initial):
        words, initial = words[1:], False
    while words and words[-1][2][0].islower() and not _ARTICLE_NAME.fullmatch(words[-1][2]):
        words = words[:-1]
    if not words:
        return None
    if len(words) == 1 and (_ALL_CAPS_SHORT.fullmatch(words[0][2]) or len(words[0][2]) < 2):
        return None
    following = _NEXT_WORD.match(ctx.text, words[-1][1])
    if following and is_place_epithet(words[-1][2].lower(), following.group(1).lower()):
        return None  # "the Central Asian nation's": a description of a place, not its name
    start, end = words[0][0], words[-1][1]
    end += _wade_giles_tail(ctx.text, words[-1][2], end)
    end += _domain_tail(ctx.text, end)
    end -= ctx.text[end - 1] in "'’"  # a possessor cut from what it owns: "Texas'"
    text = ctx.text[start:end]
    return Value(kind="name", text=text, start=start, end=end, key=name_key(text))


def _title_cased(words: list[tuple[int, int, str]]) -> bool:
    """Whether a run of three words or more has a capitalised function word inside it, between
    capitalised words ("Reporters Without Borders", "Doctors Without Borders"): running text
    writes such a word in lower case, so the run is one name in title case, its first word
    included, though that word is a common one at a sentence's start. (Headlines, all in title
    case, are read apart: :func:`_headline_spans`.)"""
    return len(words) >= 3 and any(w[2][0].isupper() and w[2].lower() in _FUNCTION_WORDS for w in words[1:-1]) \
        and words[-1][2].lower() not in _FUNCTION_WORDS


_NEXT_WORD = re.compile(r"\s+([a-z][\w'’]*)")  # the lowercase word after a run, if one follows
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|ud|ul|ibn|bin)-[^\W\d_][\w'’-]*")  # el-Sisi ends "Abdel Fattah el-Sisi"
_LOWER_SYLLABLES = re.compile(r"(?:-[a-z'’]+)+(?![\w-])")


# A domain name's top-level labels right after a name's last word, no space between: two letters
# (a country code, ISO 3166-1 alpha-2, as the DNS root zone uses them) or a generic top-level
# domain of RFC 1591, and a country code after that ("Informburo.kz", "Amazon.com", "Yahoo.co.uk").
_DOMAIN_TAIL = re.compile(r"\.([a-z]{2}|com|org|net|edu|gov|int|info|biz)(?:\.[a-z]{2})?(?![\w'’-])")


def _domain_tail(text: str, end: int) -> int:
    """How many characters of a domain's top-level labels follow a name's last word (0 for
    none): "Informburo.kz" is one name, which "NeMolchi.kz" is not. Two letters that are a
    function word ("Smith.he said", a sentence glued to the last) are no country code."""
    match = _DOMAIN_TAIL.match(text, end)
    if match is None or term(match.group(1)) is None:
        return 0
    return match.end() - end


def _wade_giles_tail(text: str, last: str, end: int) -> int:
    """How many characters of lower-case Wade-Giles syllables follow a name's last word
    ("Mao Tse" + "-tung", "Teng Hsiao" + "-p'ing"), 0 for other hyphenated words ("Almaty-based")."""
    if text[end:end + 1] != "-":
        return 0  # every tail opens with a hyphen; most names are followed by a space
    match = _LOWER_SYLLABLES.match(text, end)
    return match.end() - end if match and is_wade_giles(last + match.group()) else 0


def _drop_leading(ctx: _Context, words: list[tuple[int, int, str]], initial: bool) -> bool:
    """Whether the first word of a run is not part of the name (The, Police, Judge...).

    Only the run's own first word gets the full sentence-start test; after a dropped
    word ("The Village") only the built-in common words are dropped.
    """
    start, _, word = words[0]
    low = word.lower().rstrip(".")
    if word[0].islower():
        return True
    if low in ("the", "a", "an") or (low in _TITLES and len(words) > 1):
        return True
    if not initial:
        return low in _COMMON
    if not _sentence_initial(ctx.text, start):
        return False
    if low in _COMMON:
        return True
    if len(words) > 1:
        return False
    if ctx.word_use.writes_lower(low):
        return True
    if start > 0 and ctx.text[start - 1] in _QUOTATION_OPENERS and is_common_noun(low) \
            and _quoted_sentence(ctx.text, start):
        # A quotation's first word, a sentence going on after it: '"Shame on the council ...,"
        # wrote Tomas Ferrie'. (Not a title quoted whole: 'merged with "Lion" in 1969', '"Life of
        # Brian" was ranked first'.)
        return True
    if ctx.word_use.capitalised_inside(word):
        return False
    if _is_cyrillic(word):
        return True  # no Russian/Kazakh word list: a lone capital at a sentence start is unproven
    following = ctx.text[words[0][1]:words[0][1] + 1]
    if bool(_SUFFIX_COMMON.search(low)) or (low.endswith("ed") and following == ","):
        return True
    # A participle that opens a phrase ("Driven by fear of death, ...", "Born in Almaty, ...",
    # "Shattered, she ..."), not a name that is also a verb form ("Rose told police").
    after = _FOLLOWING_WORD.match(ctx.text, words[0][1])
    return is_participle(low) and after is not None and (after.group(1) or "") in _AFTER_PARTICIPLE


_QUOTED_SENTENCE_WORDS = 6  # words of a quotation from which it is a sentence, not a title
_QUOTATION_END = re.compile(r"[\"”’»]")


def _quoted_sentence(text: str, start: int) -> bool:
    """Whether the quotation that opens at ``start`` is a sentence, not a title quoted whole: a
    punctuation mark closes it ('"Progress is slow," the mayor said'), or it runs to
    :data:`_QUOTED_SENTENCE_WORDS` words or more. Titles are short and end without one ("Life of
    Brian", "Lion")."""
    end = _QUOTATION_END.search(text, start)
    quoted = text[start:end.start() if end else len(text)].rstrip()
    return quoted[-1:] in (",", ".", "?", "!", ";", ":") or len(quoted.split()) >= _QUOTED_SENTENCE_WORDS


_QUOTATION_OPENERS = "\"“‘«"  # marks that open a quotation, whose first word is capitalised as a sentence's
_FOLLOWING_WORD = re.compile(r"\s*(,|[A-Za-z]+)")  # a comma or any word, right after a run
_AFTER_PARTICIPLE = frozenset(", by in on at to from with into as under over after".split())


def _sentence_initial(text: str, start: int) -> bool:
    """Whether ``start`` begins a sentence, a line, a quotation or a parenthesis."""
    index = start
    opener = False
    while index > 0 and text[index - 1] in " \t\u00a0\"“‘'(«[•*-–—’”»)]":
        opener = opener or text[index - 1] in "\"“‘'(«[-–—"
        index -= 1
    if index == 0 or text[index - 1] == "\n":
        return True
    char = text[index - 1]
    if char in ".!?…":
        word = re.search(r"(\w+)$", text[max(0, index - 12):index - 1])
        return not (word and (word.group(1).lower() in _ABBREVIATIONS or (len(word.group(1)) == 1 and word.group(1).isupper())))
    return opener or char in ":;"


def _headline_spans(text: str) -> list[tuple[int, int]]:
    """Title-Case lines (headlines) whose capitals do not mark names."""
    if "\n" not in text and text.rstrip()[-1:] in ".!?\"”":
        return []  # one line, a sentence (most passages): as the loop below would find
    spans = []
    for line in _LINE.finditer(text):
        if line.group().rstrip()[-1:] in ".!?\"”":
            continue  # a sentence (most passages are one): its words need not be read
        words = _HEADLINE_WORD.findall(line.group())
        if len(words) < 4:
            continue
        capitals = sum(1 for w in words if w[0].isupper())
        if capitals >= 0.75 * len(words):
            spans.append(line.span())
    return spans


_LINE = re.compile(r"[^\n]+")
_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether ``position`` lies in one of the sorted ``spans``."""
    index = bisect_right(spans, (position, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


@functools.lru_cache(maxsize=1 << 16)
def fold_word(text: str) -> str:
    """:func:`factcheck.sources.normalize.fold` of a word or a name, memoised: comparing a
    claim's values with each of its candidate passages folds the claim's words and names, and
    the passages' common words, again and again (a fifth of a warm claim's name comparison)."""
    return fold(text)


@functools.lru_cache(maxsize=1 << 16)  # pure; every name value is keyed, and compared names again
def name_key(name: str) -> str:
    """Spelling-variant key of a name: the variant keys of its words, a regnal number in words
    as its Roman numeral ("Gustav the Third" as "Gustav III")."""
    return " ".join(variant_key(w) for w in _regnal_numerals(name).split())


_REGNAL_IN_WORDS = re.compile(r"\bthe\s+(" + "|".join(w.capitalize() for w, n in _ORDINALS.items() if n <= 20) + r")\b")
_ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
          "XVII", "XVIII", "XIX", "XX")


def _regnal_numerals(name: str) -> str:
    """``name`` with a regnal number in words written as a Roman numeral: "Gustav the Third" →
    "Gustav III" (the monarch's number, as in "Elizabeth the Second" / "Elizabeth II")."""
    if "the" not in name:  # the pattern needs it; most names are spared the scan of its 20 ordinals
        return name
    return _REGNAL_IN_WORDS.sub(lambda m: _ROMAN[_ORDINALS[m.group(1).lower()]], name)


def _word_variant(a: str, b: str) -> bool:
    """Whether two variant keys are close enough to be one word spelled two ways."""
    if a == b:
        return True
    # The cheap tests first: most pairs asked are two unrelated names, told apart by length or first letter.
    if min(len(a), len(b)) < 4 or a[0] != b[0] or _last_vowel(a) != _last_vowel(b) or gendered_pair(a, b):
        return False
    return Levenshtein.distance(a, b) <= 2 and Levenshtein.normalized_similarity(a, b) >= 0.85


def _letters(name: str) -> str:
    """A name's letters in their own script and accents, case and punctuation aside."""
    return " ".join(re.findall(r"[^\W_]+", name.lower()))


def _last_vowel(key: str) -> str:
    """A word's final vowels ("" after a final consonant): Ivan "" / Ivana "a", Daniel "" / Daniele "e"."""
    return key[len(key.rstrip("aeiou")):]


def _is_cyrillic(text: str) -> bool:
    """Whether a name is written in Cyrillic (Кызылорда) rather than Latin (Kyzylorda)."""
    return bool(_CYRILLIC.search(text))


@functools.lru_cache(maxsize=1 << 16)  # pure; a run compares the same names again and again
def is_name_variant(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` spell one name two ways, False for identical spellings
    (case and punctuation aside; a change of script or of accents is a variant: Zürich/Zurich).

    Variants: the same spelling-variant keys (Abay/Abai, Kyzylorda/Кызылорда); the
    romanisation families of :mod:`factcheck.sources.transliteration` word by word
    (Muhammad/Mohammed, Kyiv/Kiev, Mao Tse-tung/Mao Zedong, el-Sisi/al-Sisi, ``J. Smith``/
    ``John Smith``, ``Smith, John``/``John Smith``), with the weak k/g and last-syllable e/i
    only beside another word spelled two ways (Moammar Kadhafi/Muammar Gaddafi, not Kadhafi/
    Gaddafi alone nor Keller/Geller, Samer/Samir); or, for keys that differ by at most two
    letters, no more than 15 % of the word, inside it (Zhapisheva/Zhapysheva). Never a
    gendered surname pair (Seltanov/Seltanova) nor two words whose last vowel differs or is
    missing on one side (Ivan/Ivana, Julian/Juliana, Roberto/Roberta): those are other people.
    """
    if regnal_number(a) != regnal_number(b):
        return False  # Henry VII / Henry VIII, Elizabeth I / Elizabeth II: other people
    if same_name(a, b):
        return _letters(a) != _letters(b)  # not the same spelling, nor only punctuation apart
    if fold_word(a) == fold_word(b):
        return _is_cyrillic(a) != _is_cyrillic(b)
    keys_a, keys_b = name_key(a).split(), name_key(b).split()
    if not keys_a or not keys_b:
        return False
    if len(keys_a) != len(keys_b):
        if any(len(k.strip(".")) < 2 for k in keys_a + keys_b):
            return False  # initials count: George W. Bush / George H. W. Bush
        return _word_variant("".join(keys_a), "".join(keys_b))
    return all(_word_variant(x, y) for x, y in zip(keys_a, keys_b, strict=False))


_ROMAN_WORD = re.compile(r"[IVXLC]+")


@functools.lru_cache(maxsize=1 << 16)  # pure; asked of both names of every pair compared
def regnal_number(name: str) -> str:
    """The Roman numeral that ends a name of two words or more ("Henry VIII", "Pope John Paul
    II"), "" for none: the number that tells a monarch or a pope from another of the name.
    An initial ("C." in "C. Smith") comes first and keeps its stop: it is no such numeral."""
    words = _regnal_numerals(name).split()
    return words[-1] if len(words) >= 2 and _ROMAN_WORD.fullmatch(words[-1]) else ""


def same_word_of_name(a: str, b: str) -> bool:
    """Whether two single words of names are one word spelled two ways or alike (for pairing
    a claim's words with a source's: Asem with Assem, Mohammed with Muhammad)."""
    return same_name_word(a, b) or _word_variant(variant_key(a), variant_key(b))


@functools.lru_cache(maxsize=1 << 16)
def polity_within(a: str, b: str) -> bool:
    """Whether one of two names is a country, state or continent (WordNet's, :func:`is_polity`)
    and the other a longer name, of no place, that holds it: "Kazakhstan" / "Forbes Kazakhstan"
    (a magazine of the country), "Europe" / "Radio Free Europe". "Kazakhstan" / "Republic of
    Kazakhstan" is one place (:func:`is_place`)."""
    if len(a.split()) == len(b.split()):
        return False
    shorter, longer = (a, b) if len(a.split()) < len(b.split()) else (b, a)
    words, held = shorter.split(), {w.casefold() for w in longer.split()}
    return all(w.casefold() in held for w in words) and is_polity(words) and not is_place(longer)


@functools.lru_cache(maxsize=1 << 16)  # pure, and asked for every claim name against every passage name
def claim_name_relation(claim: str, source: str) -> NameRelation:
    """Whether a claim's name and a source's name are one (``"same"``), may be one
    (``"maybe"``) or are different, by :func:`factcheck.sources.transliteration.name_relation`
    with the claim's name allowed to be some of the source name's words or the other way round
    ("Peter Tchaikowsky" / "Pyotr Ilyich Tchaikovsky", "Kyiv" / "Kiev Metro", "Muammar Kadhafi" /
    "Muammar Gaddafi": maybe). Two regnal numbers that differ make two people (Elizabeth I /
    Queen Elizabeth II). Only ``"different"`` may make a name conflict; ``"same"`` agrees."""
    numbers = {regnal_number(claim), regnal_number(source)} - {""}
    if len(numbers) == 2:
        return "different"  # also in words: "Gustav the Third" / "Gustav IV"
    if polity_within(claim, source):
        return "maybe"
    relation = name_relation(claim, source, within=True)
    if relation == "different" and same_place(claim, source):
        return "same"  # "the Uzbek border" / "the Uzbekistan border": WordNet's place and its adjective
    return relation
