"""Numbers in digits or words, and the counted noun that follows a number.

Why our own number-word reader and no library (``bench/value_libraries.py``, measured on the
128 rows of ``tests/data/values.tsv`` whose amount is spelled out, the 75 rows of digits with a
scale word and the 89 rows that hold no value; speed on 3,000 Wikipedia sentences, same process):

- ours: 125 of 128 right (111 before the fixes the bench pointed to), 0 wrong, 3 false values
  (known gaps: "Sixty-Five" as a title, "three-quarters relief", "third party"); 69 of 75 digits
  with a scale word.
- text2num 3.1.0 (``alpha2digit``) is the fastest (50x our whole value reader) but gets 89-92
  right: it leaves "half a million" as "half a 1000000", "2.3 million" as "2.3 1000000" (2 of
  75 digit-and-scale rows right), "three-quarters" and "one third" unread, and splits spoken
  years ("19 41").
- number-parser 0.3.2 (``parse``): 100 right, 28 wrong ("half a million" = 1,000,000, "a
  quarter million" = 2.5e-07), 9 false values; about as slow as our whole reader.
- numerizer 0.2.4: 109 right and the best of them at fractions, but 8 false values ("Third
  Reich", "Nineteen-Sixty"), rewrites such as "half2 years", and slower than our whole reader:
  next to it, it would cost about 2x per passage (the checker allows 1.2x).
- word2number 1.1 parses one phrase at a time: 86 right, no fractions, no magnitudes.

None reads a spoken year, a continental or space-grouped number, a hedge or a counted noun.
What they read that ours did not was taken into ours rather than adopting a library for it:
word fractions ("three quarters of", "one third of", "a quarter million", "one and a quarter
million": ``quantities._word_fractions``) and "five years later" (a count, no vague duration).
Left to them: bare ordinals with no noun ("finishing third", "the seventh of 12 children",
"Fourth Council"), which every library turns into a number, "a third party" and "Third Reich"
included; ours reads an ordinal only before the noun it ranks.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.lexicon.nouns import is_common_noun
from factcheck.models import Value
from factcheck.values.patterns import _NOUN_AFTER, _NUMBER_FULL
from factcheck.values.vocabulary import (
    _BIG,
    _FRACTION_CHARS,
    _FUNCTION_WORDS,
    _IRREGULAR_PLURALS,
    _ONES,
    _TEENS,
    _TENS,
    _TIME_UNITS,
    _UNIT_ALIASES,
)


def parse_number(words: str) -> float | None:
    """Parse a number in digits ("1,200", "2½", "3 1/2", "3 million") or words
    ("twelve", "twenty-five", "one and a half", "a hundred"); None if it is not one."""
    text = " ".join(words.strip().split())
    if not text:
        return None
    match = _NUMBER_FULL.fullmatch(text)
    if match:
        value = _digit_value(match["digits"])
        if value is None:
            return None
        scale = (match["scale"] or "").lower()
        return value * {"bn": 1e9, "mn": 1e6}.get(scale, _BIG.get(scale, 1.0))
    return _word_value(text.lower())


def _digit_value(digits: str, decimal_comma: bool | None = False) -> float | None:
    """Value of a digit string with group separators and an optional fraction, read by the
    document's ``decimal_comma`` convention (:mod:`factcheck.values.conventions`); None when the
    string is no number under it ("3,5" in a decimal-point text) or could be two numbers and the
    document does not say which ("812.400": 812,400 or 812.4).

    Unambiguous whatever the convention: two or more groups ("1.250.000", "1,250,000"), both
    separators ("1.234,50"), space- or apostrophe-grouped digits ("1'250'000", Swiss), and a separator not followed by exactly
    three digits ("3.5"; "0.125" with its leading zero). A comma followed by three digits
    alone ("812,400") keeps the English reading unless the document writes decimal commas.
    """
    if digits.isascii() and digits.isdigit():
        return float(digits)  # plain digits ("1995", "12"), most numbers: what the reading below gives
    plain = _grouped(digits, decimal_comma)
    if plain is None:
        return None
    digits = plain
    tail = 0.0
    if digits[-1] in _FRACTION_CHARS:
        tail = _FRACTION_CHARS[digits[-1]]
        digits = digits[:-1]
    elif "/" in digits:
        digits, fraction = digits.rsplit(None, 1)
        numerator, denominator = fraction.split("/")
        tail = int(numerator) / int(denominator)
    return float(digits.strip()) + tail


ALSO_READ = "or "
"""Opens the key of a number kept with two readings ("42.195 km" in a claim): the key is this
and the other reading's amount ("or 42195.0"); the value's own amount is the first reading."""


def number_readings(value: Value) -> list[Value]:
    """The amounts a number value may be: both readings of a number its text left ambiguous
    (a claim's "42.195 km": 42.195 or 42,195 km; :data:`ALSO_READ`), else the value itself."""
    if value.kind != "number" or not value.key.startswith(ALSO_READ):
        return [value]
    return [replace(value, key=""), replace(value, amount=float(value.key[len(ALSO_READ):]), key="")]


_SPACES = re.compile(r"[ \u2009\u202f\u00a0'’]")
_HEAD = re.compile(r"\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})+(?:[.,]\d+)?(?!\d)|\d{1,3}(?:['’]\d{3})+(?:\.\d+)?(?!\d)"
                   r"|[\d.,]*\d")


def _grouped(digits: str, decimal_comma: bool | None) -> str | None:
    """``digits`` with its group separators dropped and a point for its decimal separator."""
    match = _HEAD.match(digits)
    if match is None:
        return None
    head, rest = _SPACES.sub("", match.group()), digits[match.end():]
    commas, points = head.count(","), head.count(".")
    if commas and points:
        decimal = "," if head.rfind(",") > head.rfind(".") else "."
    elif commas > 1 or points > 1:
        decimal = ""
    elif commas or points:
        separator = "," if commas else "."
        after = len(head) - head.rfind(separator) - 1
        comma_decimal = decimal_comma is True
        if after != 3 or head.startswith("0" + separator):
            if separator == "," and decimal_comma is False:
                return None  # "3,5" where commas group digits: two numbers, or a list
            # Where the document does not say, "8,4 million" can only be a decimal comma: no
            # grouping writes one or two digits after its separator.
            decimal = separator
        elif separator == ",":
            decimal = "," if comma_decimal else ""
        elif decimal_comma is None:
            return None  # "812.400": thousands or decimals, and the document does not say
        else:
            decimal = "" if comma_decimal else "."
    else:
        decimal = ""
    group = {",": ".", ".": ","}.get(decimal, ",." if not decimal else "")
    head = head.translate({ord(c): None for c in group})
    if decimal == ",":
        head = head.replace(",", ".")
    return head + rest


def _word_value(text: str) -> float | None:
    """Value of an English number phrase, None when the words do not form one number."""
    if text.startswith(("half a ", "half an ", "half-a-")):
        whole = _word_value(text[5:])
        return None if whole is None else whole / 2
    half = 0.0
    if text.endswith((" and a half", "-and-a-half")):  # "three and a half", "three-and-a-half-minute"
        text, half = text[: -len(" and a half")], 0.5
    total, current, last = 0.0, 0.0, ""
    for token in re.split(r"[\s-]+", text):
        small = _ONES.get(token, _TEENS.get(token, _TENS.get(token)))
        if small is not None:
            if last == "small" and not (current % 100 in _TENS.values() and token in _ONES):
                return None
            current, last = current + small, "small"
        elif token in ("a", "an") and last == "":
            current, last = 1.0, "a"
        elif token == "and" and last == "scale":
            continue
        elif token in ("hundred", "dozen"):
            current, last = (current or 1.0) * (100 if token == "hundred" else 12), "scale"
        elif token in _BIG:
            total, current, last = total + (current or 1.0) * _BIG[token], 0.0, "scale"
        else:
            return None
    if last in ("a", ""):
        return None
    return total + current + half


_METRIC = {"tonne": "tonne", "ton": "tonne"}  # "metric ton(ne)s": 1,000 kg, as "tonnes" (a metric "mile" is no unit)


def _singular(word: str) -> str:
    """Canonical singular of a counted noun, so "4 suspects" and "one suspect" match."""
    word = word.lower()
    if " " in word:  # "square feet", "sq. ft"; "metric tons" (the tonne)
        area, _, base = word.partition(" ")
        if area == "metric":
            return _METRIC.get(_singular(base.strip()), _singular(base.strip()))
        return _UNIT_ALIASES.get(area.rstrip("."), area) + " " + _singular(base.strip())
    head, dash, last = word.rpartition("-")
    if dash:
        return head + dash + _singular(last)
    if word in _UNIT_ALIASES:
        return _UNIT_ALIASES[word]
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _is_noun(word: str) -> bool:
    """Whether a lowercase word after a number can be the thing counted."""
    if word in _FUNCTION_WORDS or word in _ONES or word in _TEENS or word in _TENS:
        return False
    if "-" in word and all(part in _ONES or part in _TENS for part in word.split("-")):
        return False  # "thirty-six": a number, as in "eleven thirty-six" (a spoken year)
    if word in ("hundred", "hundreds", "dozen", "dozens", "percent", "old", "others", "nil"):
        return False
    if word in _BIG or (word.endswith("s") and word[:-1] in _BIG):
        return False
    return not (len(word) >= 5 and word.endswith("ed") and not word.endswith("eed"))


def _noun_after(text: str, pos: int) -> tuple[str, int]:
    """The counted noun after a number (singular) and where it ends, or ("", pos)."""
    match = _NOUN_AFTER.match(text, pos)
    if match and text[pos] == "-" and match["w"].endswith("ed"):
        return "", pos  # "one-eyed", "three-legged": an adjective, not a count
    if match and _is_noun(match["w"]):
        head = _compound_head(text, match["w"], match.end())
        if head is not None:
            return _singular(head.group("w")), head.end()
        return _singular(match["w"]), match.end()
    return "", pos


def _compound_head(text: str, word: str, end: int) -> re.Match[str] | None:
    """The plural noun right after a singular one that modifies it, the thing counted: "1,200
    induction ovens" counts ovens, "three police officers" officers, "200 polling stations"
    stations (an English compound's head is its last noun: Quirk et al. 1985, §17.108); None
    otherwise. A unit of measure or time ("20 minute walks", "5 metre poles") stays the unit,
    and a word the lexicon does not know as a common noun is no head ("300 students march")."""
    if word.endswith("s") or word in _IRREGULAR_PLURALS or word in _UNIT_ALIASES or word in _MEASURES \
            or word in _TIME_UNITS or "-" in word or " " in word or not is_common_noun(word):
        return None
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return None
    plural = following.group("w")
    if _IRREGULAR_PLURALS.get(plural, plural) != plural:
        return following  # "children", "people" (not "police", "series": the same either way)
    singular = _singular(plural)
    if not plural.endswith("s") or singular == plural or plural in _FUNCTION_WORDS \
            or plural in _UNIT_ALIASES or plural in _TIME_UNITS or not is_common_noun(plural):
        return None
    return following


_MEASURES = frozenset(_UNIT_ALIASES.values())  # "metre", "tonne": units of measure by their own name
_NEXT_WORD = re.compile(r"[ \t]+(?P<w>[a-z]+)\b(?!['’]\w|-\w)")
