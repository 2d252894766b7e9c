"""Extract the checkable values of a text and compare two of them.

A claim and a source disagree in checkable ways: "eight years" against "seven years",
"September 2019" against "2018". This module finds numbers, quantities, durations,
ages, dates and names with exact offsets in the original text (``text[v.start:v.end]
== v.text``), and decides whether two values state the same thing.

Precision beats recall here: a false disagreement costs the user's trust, so anything
ambiguous (identifiers, ranges, bare "one", hedged amounts) is either skipped or made
incomparable rather than guessed.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz.distance import Levenshtein

from factcheck.models import Value
from factcheck.normalize import fold, variant_key

# --------------------------------------------------------------------------- vocabulary

_ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
          "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}
_BIG = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_FRACTION_CHARS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100,
}
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_NAMES = frozenset(list(_MONTHS)[:12])
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}
_TIME_UNITS = {
    "second": "second", "seconds": "second", "sec": "second", "secs": "second",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour",
    "day": "day", "days": "day", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "year": "year", "years": "year",
    "yr": "year", "yrs": "year", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century",
}
# Exactly convertible groups: seconds for clock time, months for calendar time.
_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
_CALENDAR = {"month": 1, "year": 12, "decade": 120, "century": 1200}
_CURRENCY_SIGNS = {"$": "usd", "us$": "usd", "€": "eur", "£": "gbp", "₸": "kzt",
                   "usd": "usd", "eur": "eur", "gbp": "gbp", "kzt": "kzt", "rub": "rub"}
_CURRENCY_WORDS = {"dollar": "usd", "dollars": "usd", "euro": "eur", "euros": "eur",
                   "pound": "gbp", "pounds": "gbp", "tenge": "kzt", "tenges": "kzt",
                   "ruble": "rub", "rubles": "rub", "rouble": "rub", "roubles": "rub",
                   "usd": "usd", "eur": "eur", "gbp": "gbp", "kzt": "kzt"}
_GLUED_UNITS = {"km": "kilometre", "kg": "kilogram", "cm": "centimetre", "mm": "millimetre",
                "m": "metre", "t": "tonne",
                "mw": "mw", "gw": "gw", "kw": "kw", "kwh": "kwh", "mph": "mph",
                "ppm": "ppm", "°": "degree", "°c": "celsius", "°f": "fahrenheit"}
_UNIT_ALIASES = {
    "m": "metre", "meter": "metre", "meters": "metre", "metres": "metre",
    "km": "kilometre", "kilometer": "kilometre", "kilometers": "kilometre",
    "kilometres": "kilometre", "cm": "centimetre", "centimeters": "centimetre",
    "centimetres": "centimetre", "mm": "millimetre", "millimeters": "millimetre",
    "millimetres": "millimetre", "ft": "foot", "feet": "foot", "mi": "mile", "miles": "mile",
    "kg": "kilogram", "kilograms": "kilogram", "kilos": "kilogram", "t": "tonne",
    "tonnes": "tonne", "tons": "tonne", "sq": "square", "cu": "cubic",
}
_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
                 "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "hundredth": 100}
_IRREGULAR_PLURALS = {"people": "person", "persons": "person", "men": "man",
                      "women": "woman", "children": "child", "feet": "foot", "halves": "half",
                      "teeth": "tooth", "mice": "mouse", "geese": "goose", "police": "police",
                      "media": "media", "news": "news", "series": "series", "species": "species"}

_FUNCTION_WORDS = frozenset("""
a an the this that these those there here it its it's he she they them their his her
him we us our you your i me my mine who whom whose which what when where why how
and or but nor so yet if then than as of in on at by for from to into onto upon with
without within about above below over under after before between among through during
against across along around near off out up down per via since until till toward towards
is are was were be been being am has have had having do does did doing will would shall
should can could may might must said says say told tells also only just even still ever
never not no yes all any each every both either neither some such other others another
more most less least many much few several own same too very quite rather again once
alone already almost nearly later earlier ago now today tonight yesterday tomorrow
whether while because although though unless however therefore thus hence meanwhile
instead otherwise besides moreover furthermore perhaps maybe indeed eventually finally
""".split())
# Frequent words that start sentences capitalised but are not names.
_COMMON = _FUNCTION_WORDS | frozenset("""
after before earlier later last next first second third one two three four five six
seven eight nine ten police officials authorities activists journalists reporters
critics residents locals officers prosecutors lawyers doctors parents children people
government president minister judge journalist activist blogger lawyer officer doctor
chief director head editor correspondent spokesman spokeswoman ombudsman ombudswoman
mr mrs ms dr prof sir madam general colonel senator governor mayor deputy prime king
queen prince princess footage video photos report reports news breaking according
despite following amid given like unlike including regarding nonetheless nevertheless
undeterred inasmuch overall similarly additionally consequently accordingly likewise
sometimes often usually recently currently previously initially ultimately apparently
reportedly allegedly clearly certainly unfortunately fortunately interestingly notably
importantly especially particularly generally typically actually basically simply
let please thank thanks yes okay ok oh well so now then there here where once twice
many most much few several some every each another other others someone somebody
something anyone anybody anything everyone everybody everything nobody nothing none
join read see click share comment comments guidelines authors author related more
image photo caption source sources copyright home contact about terms privacy
is are was were do does did have has had can could will would should shall may might
must why how what who which whose whom when where whether
early late additional further new old young many major minor key main local national
international public private official former current recent several various certain
whole entire total full half most least best worst better worse big small large great
good bad high low long short next previous following final initial original special
true false real free open closed
мы вы они он она оно я это этим этот эта эти в на и но а не по с к у о как что так все
если когда для
""".split())
_TITLES = frozenset("""
president minister judge journalist activist blogger lawyer officer doctor chief director
editor correspondent spokesman spokeswoman ombudsman ombudswoman mr mrs ms dr prof sir
general colonel senator governor mayor deputy prime king queen prince princess sheikh
then-president former late
""".split())
_OF_HEADS = frozenset("""
ministry minister university republic kingdom bank department institute academy office
court committee council association union federation museum library school college
society party government agency bureau state states city province region prosecutor
house chamber board commission federation order city church cathedral house isle bay
gulf sea lake river mount cape duke duchess earl lord lady prince princess king queen
""".split())
_NAME_PARTICLES = r"of|de|da|di|du|del|della|der|den|van|von|la|le|bin|ibn|al|el|dos|das|ter|zu"
_SUFFIX_COMMON = re.compile(
    r"(?:ly|ing|tion|tions|sion|ness|ment|ments|ists|ors|ers|ives|ity|ities|ous|ful|less|ance|"
    r"ence|ants|ents|ies|ism|isms|ure|ures|ship|hood|ward|wards|ably|ibly|ings)$")
_UNIT_SKIP = frozenset("other additional new young old small large big major extra separate "
                       "different local former main top".split())

# --------------------------------------------------------------------------- regexes

_H = r"[^\S\r\n]"  # horizontal whitespace, no-break space included

_SMALL = (rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(k for k in _ONES if k != 'zero')}))?"
          rf"|{'|'.join(_TEENS)}|{'|'.join(_ONES)})")
_SCALE_AHEAD = r"(?=[- ](?:hundred|thousand|million|billion|trillion|dozen)\b)"
_GROUP = rf"(?:{_SMALL}|an?{_SCALE_AHEAD})(?:[- ]hundred(?:[ ]+(?:and[ ]+)?{_SMALL})?)?"
_WORDNUM = (rf"\b(?:half[- ](?=an?[- ](?:dozen|hundred|thousand|million|billion)\b))?"
            rf"{_GROUP}(?:[- ](?:thousand|million|billion|trillion|dozen)"
            rf"(?:[ ]+(?:and[ ]+)?{_GROUP})?)*(?:[ ]+and[ ]+a[ ]+half)?\b")
_DIGITS = (r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
           rf"(?:{_H}?[½¼¾⅓⅔⅛]|{_H}\d/(?:2|3|4|8)(?![\d/]))?")
_UNIT_WORDS = "|".join(sorted(_TIME_UNITS, key=len, reverse=True))
_PLURAL_UNITS = "seconds|minutes|hours|days|weeks|months|years|decades|centuries"
_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

_QUANTITY = re.compile(
    rf"(?P<cur>US\$|\$|€|£|₸|\b(?:USD|EUR|GBP|KZT|RUB){_H}?)?"
    rf"(?:(?<![\w.,/#№\d])(?P<digits>{_DIGITS})"
    r"(?P<glue>bn|mn|kwh|km|kg|cm|mm|mw|gw|kw|mph|ppm|st|nd|rd|th|m|k|b|t|s|°[cf]?|%|\+)?"
    r"(?!\w)(?![.,:]\d|/\w)(?![-–]\d)"
    rf"|(?P<words>{_WORDNUM}))", re.I)
_NUMBER_FULL = re.compile(
    rf"(?P<digits>{_DIGITS})(?:{_H}*(?P<scale>thousand|million|billion|trillion|bn|mn))?", re.I)
_SCALE_AFTER = re.compile(rf"{_H}+(?P<s>thousand|million|billion|trillion)\b", re.I)
_AGE_AFTER = re.compile(
    rf"(?:{_H}+|{_H}?-{_H}?)(?P<u>year|month|week|day)s?(?:{_H}+|{_H}?-{_H}?)olds?\b"
    rf"|{_H}+(?P<u2>year|month)s{_H}+of{_H}+age\b", re.I)
_TIME_AFTER = re.compile(rf"(?:{_H}+|{_H}?-{_H}?)(?P<u>{_UNIT_WORDS})\b", re.I)
_COMPOUND_PART = re.compile(
    rf"(?:,{_H}*|{_H}+)(?:and{_H}+)?(?P<n>{_DIGITS}|{_WORDNUM})"
    rf"(?:{_H}+|-)(?P<u>{_UNIT_WORDS})\b", re.I)
_PERCENT_AFTER = re.compile(rf"{_H}?%|{_H}+per{_H}?cent\b|{_H}+percentage{_H}+points?\b", re.I)
_CURRENCY_AFTER = re.compile(
    rf"{_H}+(?:US{_H}+)?(?P<c>dollars?|euros?|pounds?|tenges?|rubles?|roubles?|USD|EUR|GBP|KZT)\b",
    re.I)
_DEGREES_AFTER = re.compile(
    rf"{_H}?°{_H}?(?P<g>[CF])\b|{_H}+degrees?(?:{_H}+(?P<s>Celsius|Fahrenheit|centigrade))?\b",
    re.I)
_NOUN_AFTER = re.compile(
    rf"(?:{_H}+|-)(?:of{_H}+(?:(?:the|her|his|their|its|our|those|these|my|your){_H}+)?)?"
    r"(?:(?:" + "|".join(_UNIT_SKIP) + rf"){_H}+)?(?P<w>(?:(?:square|sq|cubic|cu)\.?{_H}+)?[a-z]+(?:-[a-z]+)*)\b(?!['’]\w|-\w)")
_ORDINAL_WORD = re.compile(
    rf"\b(?:(?:{'|'.join(_TENS)})-)?(?:{'|'.join(_ORDINALS)})\b", re.I)
_VAGUE_COUNT = re.compile(rf"\b(?P<w>dozens|hundreds|thousands|millions|billions)(?={_H}+of\b)",
                          re.I)
_VAGUE_TIME = re.compile(
    rf"\b(?:several|a{_H}+few|few|many|some){_H}+(?P<u1>{_PLURAL_UNITS})\b"
    rf"|\b(?P<u2>{_PLURAL_UNITS}){_H}+(?:later|earlier|ago)\b"
    rf"|(?<=\bfor )(?P<u3>{_PLURAL_UNITS})\b", re.I)
_AGE_BEFORE = re.compile(
    rf"\b(?:aged|age{_H}+of|age){_H}+(?P<n>\d{{1,3}}|{_WORDNUM})\b(?![.,]\d|{_H}*[-–%])", re.I)
_DATE_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DATE_MDY = re.compile(
    rf"\b(?P<mon>{_MONTH})(?:{_H}+{_DAY}(?![\w:%]|[.,/-]?\d))?"
    rf"(?:,?{_H}+(?P<year>\d{{4}})(?![\w,.]\d|\w))?(?!\w)")
_DATE_DMY = re.compile(
    rf"(?<![\w.,–-])(?:{_DAY}){_H}+(?:of{_H}+)?(?P<mon>{_MONTH})"
    rf"(?:,?{_H}+(?P<year>\d{{4}})(?![\w,.]\d|\w))?(?!\w)")
_RELATIVE = re.compile(
    rf"\b(?P<rel>last|this|next){_H}+(?P<what>{_MONTH_FULL}|{_WEEKDAY}|month|year)\b"
    r"|\b(?P<day>yesterday|today|tomorrow)\b", re.I)
_MASK = re.compile(
    r"https?://\S+|\bwww\.\S+|[\w.+-]+@[\w-]+\.[\w.]+"
    r"|\b\d+(?:[x×]\d+)+\b|\b\d+/\d+/\d+\b"
    rf"|\b\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:{_H}?[ap]\.?m\.?)?"
    rf"|\b\d{{1,2}}(?:\.\d{{2}})?{_H}?(?:[ap]\.m\.|[ap]m\b|(?:GMT|UTC|BST|EDT|EST|CET|CEST|PST|PDT)\b)"
    r"|(?:\+\d{1,3}[ \t.-]?)?\(\d{2,5}\)[ \t.-]?\d{2,4}(?:[ \t.-]\d{2,4}){1,3}"
    r"|\+\d{1,3}(?:[ \t.-]\d{2,4}){2,4}|\b\d{3}[.-]\d{3,4}[.-]\d{2,4}\b"
    )
_LONE_NUMBER_LINE = re.compile(rf"^[ \t•*-]*[\d.,]+{_H}*$", re.M)
_PREV_WORD = re.compile(r"([^\W\d_][\w']*)[^\w\n]{0,3}$")
_PREV_TOKEN = re.compile(rf"(\S+){_H}+$")
_HEDGE_BEFORE = re.compile(
    rf"\b(?:about|around|approximately|roughly|some|nearly|almost|over|under|more{_H}+than|"
    rf"less{_H}+than|fewer{_H}+than|at{_H}+least|at{_H}+most|up{_H}+to|as{_H}+many{_H}+as|"
    rf"as{_H}+much{_H}+as|upwards{_H}+of|close{_H}+to|no{_H}+more{_H}+than|"
    rf"no{_H}+fewer{_H}+than|no{_H}+less{_H}+than){_H}+$|~{_H}?$", re.I)
_DATE_HEDGE_BEFORE = re.compile(
    rf"\b(?:before|after|since|until|till|by|about|around|circa|(?-i:c\.)|prior{_H}+to|no{_H}+later{_H}+than|"
    rf"as{_H}+early{_H}+as|as{_H}+late{_H}+as){_H}+$", re.I)
_HEDGE_CLASS = re.compile(
    r"(?P<approx>about|around|approximately|roughly|some|close to|as many as|as much as|~|circa|c\.)"
    r"|(?P<lower>over|more than|at least|upwards of|no fewer than|no less than|after|since)"
    r"|(?P<upper>under|nearly|almost|less than|fewer than|at most|up to|no more than|before|"
    r"until|till|by|prior to|no later than)"
    r"|(?P<vague>dozens|hundreds|thousands|millions|billions|several|a few|few|many)"
    r"|(?P<early>as early as|as late as)", re.I)
_PLUS = re.compile(r"^[^\s]*\d\+")
_RANGE_GAP = re.compile(rf"{_H}*(?:[-–]|(?P<word>to|or|and)){_H}*")
_RANGE_START = re.compile(rf"\bbetween{_H}+$", re.I)
_RANGE_TEXT = re.compile(
    rf"(?:between{_H}+)?(?:[a-z ]+{_H}+)??(?P<low>{_DIGITS}|{_WORDNUM})[^\d\s]*"
    rf"{_H}*(?:[-–]|to|or|and){_H}*(?:US\$|\$|€|£|₸)?(?P<high>{_DIGITS}|{_WORDNUM})", re.I)
_MONTH_CONTEXT = frozenset("in on since by until till of last this next early late mid from to "
                           "through during before after between around and or".split())
_YEAR_CONTEXT = frozenset("in since by until till from of before after during through early "
                          "late mid around circa year years summer winter spring autumn fall "
                          "between and to the".split())
_NUMBER_CONTEXT = frozenset("than over nearly almost least up".split())

_UPPER = "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper()) + "ӘҒҚҢӨҰҮҺІ"
_U = re.escape(_UPPER)
_NAME_WORD = (
    rf"(?:(?:al|el|ad|ud|ul|ibn|bin)-)?(?:[{_U}]+(?:/[{_U}]+)+|(?:[A-Z]\.){{2,}}"
    rf"|(?:St|Dr|Mr|Mrs|Ms|Prof|Jr|Sr|Gen|Lt|Col|Gov|Sen|Rep|Mt|Ft)\.(?={_H}+[{_U}])"
    rf"|[A-Z]\.(?={_H}+[{_U}])"
    rf"|[{_U}]\w*(?:['’][{_U}]\w*)*(?:-[{_U}]\w*)*\b(?!['’](?!s\b)\w))")
_NAME_RUN = re.compile(
    rf"(?<![\w'’-]){_NAME_WORD}(?:(?:{_H}+(?:{_NAME_PARTICLES}){_H}+"
    rf"|{_H}+){_NAME_WORD})*")
_RUN_WORD = re.compile(r"[^ \t\u00a0]+")
_ABBREVIATIONS = frozenset("st dr mr mrs ms prof jr sr gen lt col gov sen rep mt ft no vs".split())
_LOWER_WORD = re.compile(r"\b[a-zа-я][a-zа-я]+\b")
_CAPITAL_INNER = re.compile(r"(?<=[a-zа-я,;] )[^\W\d_][\w]*")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_ALL_CAPS_SHORT = re.compile(rf"[{_U}]{{1,2}}")

_PRIORITY = {"date": 0, "age": 1, "duration": 2, "ordinal": 3, "number": 4, "name": 5}


# --------------------------------------------------------------------------- numbers

def parse_number(words: str) -> float | None:
    """Parse a number in digits ("1,200", "2½", "3 1/2", "3 million") or words
    ("twelve", "twenty-five", "one and a half", "a hundred"); None if it is not one."""
    text = " ".join(words.strip().split())
    if not text:
        return None
    match = _NUMBER_FULL.fullmatch(text)
    if match:
        value = _digit_value(match["digits"])
        scale = (match["scale"] or "").lower()
        return value * {"bn": 1e9, "mn": 1e6}.get(scale, _BIG.get(scale, 1.0))
    return _word_value(text.lower())


def _digit_value(digits: str) -> float:
    """Value of a digit string with thousands separators and an optional fraction."""
    digits = digits.replace(",", "")
    tail = 0.0
    if digits[-1] in _FRACTION_CHARS:
        tail = _FRACTION_CHARS[digits[-1]]
        digits = digits[:-1]
    elif "/" in digits:
        digits, fraction = digits.rsplit(None, 1)
        numerator, denominator = fraction.split("/")
        tail = int(numerator) / int(denominator)
    return float(digits.strip()) + tail


def _word_value(text: str) -> float | None:
    """Value of an English number phrase, None when the words do not form one number."""
    if text.startswith(("half a ", "half an ", "half-a-")):
        whole = _word_value(text[5:])
        return None if whole is None else whole / 2
    half = 0.0
    if text.endswith(" and a half"):
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


def _singular(word: str) -> str:
    """Canonical singular of a counted noun, so "4 suspects" and "one suspect" match."""
    word = word.lower()
    if " " in word:  # "square feet", "sq. ft"
        area, _, base = word.partition(" ")
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
    if word in ("hundred", "hundreds", "dozen", "dozens", "percent", "old", "others"):
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
        return _singular(match["w"]), match.end()
    return "", pos


# --------------------------------------------------------------------------- context


@dataclass
class _Context:
    """One text being scanned, with lazily computed facts about its words."""

    text: str
    reference: datetime.date | None
    masks: list[tuple[int, int]] = field(init=False)
    mask_starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        spans = [m.span() for m in _MASK.finditer(self.text)]
        if "\n" in self.text:  # a number alone on a line of a document is page furniture
            spans = sorted(spans + [m.span() for m in _LONE_NUMBER_LINE.finditer(self.text)])
        self.masks = spans
        self.mask_starts = [start for start, _ in spans]

    def masked(self, start: int, end: int) -> bool:
        """Whether [start, end) touches a URL, phone number, id or boilerplate line."""
        index = bisect_right(self.mask_starts, end - 1)
        return index > 0 and self.masks[index - 1][1] > start

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """Words the text uses in lowercase: a capitalised one of them is a common word."""
        return frozenset(_LOWER_WORD.findall(self.text))

    @cached_property
    def inner_capitals(self) -> frozenset[str]:
        """Capitalised words seen in mid-sentence: those are names, wherever they stand."""
        return frozenset(_CAPITAL_INNER.findall(self.text))

    def prev_word(self, start: int) -> str:
        """The lowercase word just before ``start`` (over at most 3 punctuation chars)."""
        match = _PREV_WORD.search(self.text, max(0, start - 30), start)
        return match.group(1).lower() if match else ""

    def hedge_start(self, start: int, pattern: re.Pattern[str]) -> int:
        """Move ``start`` back over a hedge ("about", "more than", "since") if one precedes."""
        match = pattern.search(self.text, max(0, start - 24), start)
        return match.start() if match else start


def _value(ctx: _Context, kind: str, start: int, end: int, **parts: object) -> Value:
    """Build a Value whose text is the verbatim slice [start, end)."""
    return Value(kind=kind, text=ctx.text[start:end], start=start, end=end, **parts)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- quantities


def _quantity_candidates(ctx: _Context) -> Iterable[Value]:
    """Numbers, money, percentages, ordinals, durations, ages and years in digits or words."""
    for match in _QUANTITY.finditer(ctx.text):
        value = _quantity(ctx, match)
        if value is not None:
            yield value


def _quantity(ctx: _Context, match: re.Match[str]) -> Value | None:
    """Classify one number match by what is glued to it and what follows it."""
    if match["words"]:
        amount = _word_value(" ".join(match["words"].lower().split()))
        if amount is None or _is_identifier(ctx, match.start("words"), words=True):
            return None
        return _after_number(ctx, match.start(), match.end(), amount, "", words=match["words"])
    amount = _digit_value(match["digits"])
    glue = (match["glue"] or "").lower()
    currency = _CURRENCY_SIGNS.get((match["cur"] or "").strip().lower(), "")
    start, end = match.start(), match.end()
    if _after_range_dash(ctx.text, match.start("digits")):
        return None  # the second half of "1979–2000" or "26-28"
    if glue and not currency and (glue not in ("bn", "mn", "%", "+")):
        return _glued(ctx, match, amount, glue)
    amount *= {"bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3, "b": 1e9}.get(glue, 1.0)
    if ctx.text[start - 1:start] == "(" and ctx.text[end:end + 1] == ")" and not currency \
            and not glue and not _is_year(ctx, match):
        return None  # "(1)", "(2)": list markers and archive counts, not claims
    if glue == "%":
        return _number(ctx, start, end, amount, "percent")
    if not currency and not glue and _is_year(ctx, match):
        return _value(ctx, "date", ctx.hedge_start(start, _DATE_HEDGE_BEFORE), end,
                      date=(int(amount), None, None))
    if not currency and _is_identifier(ctx, match.start("digits"), words=False):
        return None
    return _after_number(ctx, start, end, amount, currency)


def _after_range_dash(text: str, start: int) -> bool:
    """Whether a number follows "<digit>-": the end of a range, a score or a phone number."""
    return start > 1 and text[start - 1] in "-–" and text[start - 2].isdigit()


def _glued(ctx: _Context, match: re.Match[str], amount: float, glue: str) -> Value | None:
    """A number with letters glued on: ordinal (21st), decade (1990s) or unit (5km)."""
    start, end = match.start(), match.end()
    if glue in ("st", "nd", "rd", "th"):
        if _is_identifier(ctx, start, words=False) or "," in match["digits"]:
            return None
        unit, noun_end = _noun_after(ctx.text, end)
        return _value(ctx, "ordinal", start, max(end, noun_end), amount=amount, unit=unit)
    if glue == "s":
        if _is_identifier(ctx, start, words=False) or ctx.text[end:end + 1] in ("-", "–"):
            return None  # "1970s–1980s": a span, not one decade
        year = int(amount)
        if not (1000 <= year <= 2090 and year % 10 == 0 and match["digits"].isdigit()):
            return None
        unit = "century" if year % 100 == 0 and year <= 1900 else "decade"
        return _value(ctx, "date", start, end, date=(year, None, None), unit=unit)
    if glue in _GLUED_UNITS and not _is_identifier(ctx, start, words=False):
        return _number(ctx, start, end, amount, _GLUED_UNITS[glue])
    return None


def _number(ctx: _Context, start: int, end: int, amount: float, unit: str) -> Value:
    """A count or amount, with any hedge ("about", "up to") kept inside its text."""
    return _value(ctx, "number", ctx.hedge_start(start, _HEDGE_BEFORE), end,
                  amount=amount, unit=unit)


def _after_number(ctx: _Context, start: int, end: int, amount: float, currency: str,
                  words: str = "") -> Value | None:
    """Decide the kind and unit of a number from the words that follow it."""
    text = ctx.text
    scale = _SCALE_AFTER.match(text, end) if not words else None
    if scale:
        amount, end = amount * _BIG[scale["s"].lower()], scale.end()
    if currency:
        return _number(ctx, start, end, amount, currency)
    if age := _AGE_AFTER.match(text, end):
        unit = (age["u"] or age["u2"]).lower()
        return _value(ctx, "age", ctx.hedge_start(start, _HEDGE_BEFORE), age.end(),
                      amount=amount, unit=unit)
    if time := _TIME_AFTER.match(text, end):
        return _duration(ctx, start, time, amount, words)
    for pattern, unit in ((_PERCENT_AFTER, "percent"), (_CURRENCY_AFTER, ""), (_DEGREES_AFTER, "")):
        if follow := pattern.match(text, end):
            return _number(ctx, start, follow.end(), amount, unit or _follow_unit(follow))
    noun, noun_end = _noun_after(text, end)
    if noun in _DENOMINATORS and text[end:end + 1] == "-":
        return _number(ctx, start, noun_end, amount / _DENOMINATORS[noun], "")  # "nine-tenths"
    if not noun and words.lower() in ("one", "a", "an"):
        return None  # "no one", "one more time": a pronoun, not a count
    return _number(ctx, start, max(end, noun_end), amount, noun)


def _follow_unit(match: re.Match[str]) -> str:
    """Unit of a currency word or a degree mark matched after a number."""
    groups = match.groupdict()
    if groups.get("c"):
        return _CURRENCY_WORDS[groups["c"].lower()]
    scale = (groups.get("g") or groups.get("s") or "").lower()
    return {"c": "celsius", "f": "fahrenheit", "celsius": "celsius", "centigrade": "celsius",
            "fahrenheit": "fahrenheit"}.get(scale, "degree")


def _duration(ctx: _Context, start: int, time: re.Match[str], amount: float,
              words: str) -> Value | None:
    """A number of time units, folding "two years and three months" into 27 months."""
    unit = _TIME_UNITS[time["u"].lower()]
    if words.lower() == "one" and unit == "day" and _idiomatic_one_day(ctx, start, time.end()):
        return None
    end = time.end()
    while part := _COMPOUND_PART.match(ctx.text, end):
        smaller = _TIME_UNITS[part["u"].lower()]
        factor = _unit_factor(unit, smaller)
        count = parse_number(part["n"])
        if factor is None or factor <= 1 or count is None:
            break
        amount, unit, end = amount * factor + count, smaller, part.end()
    return _value(ctx, "duration", ctx.hedge_start(start, _HEDGE_BEFORE), end,
                  amount=amount, unit=unit)


def _idiomatic_one_day(ctx: _Context, start: int, end: int) -> bool:
    """"And then one day, ..." tells a story; it is not a one-day duration."""
    following = ctx.text[end:end + 2]
    return following.startswith(",") or ctx.prev_word(start) in ("then", "until", "some")


def _unit_factor(big: str, small: str) -> float | None:
    """How many ``small`` units make one ``big`` unit, when that is exact."""
    for table in (_SECONDS, _CALENDAR):
        if big in table and small in table:
            return table[big] / table[small]
    return None


def _is_identifier(ctx: _Context, start: int, *, words: bool) -> bool:
    """Numbers glued to ids (COVID-19, Boeing 737) or ranges (2014-16) are not values."""
    text = ctx.text
    if start > 0 and text[start - 1] in "-–":
        before = text[max(0, start - 30):start - 1]
        if not before or not before[-1].isalpha():
            return bool(before) and before[-1].isdigit()
        word = re.search(r"[\w]+$", before)
        return bool(word and (not word.group().islower() or any(c.isdigit() for c in word.group())))
    if words:
        return False
    token = _PREV_TOKEN.search(text, max(0, start - 40), start)
    if not token:
        return False
    prev = token.group(1)
    if prev.lower() in ("no.", "nos.", "#", "№"):
        return True
    if not prev[:1].isupper() or prev.lower().rstrip(".,") in _COMMON:
        return False
    return prev.lower().rstrip(".") not in _MONTHS and prev[-1] not in ",.;:"


def _is_year(ctx: _Context, match: re.Match[str]) -> bool:
    """A bare 4-digit number is a year when its position says so (in 2018, the 2021 Index)."""
    digits = match["digits"]
    if not (len(digits) == 4 and digits.isdigit()):
        return False
    year = int(digits)
    if not 1000 <= year <= 2100:
        return False
    end = match.end()
    if _SCALE_AFTER.match(ctx.text, end) or _PERCENT_AFTER.match(ctx.text, end):
        return False
    noun = _NOUN_AFTER.match(ctx.text, end)
    if noun and _is_noun(noun["w"]) and _is_counted(noun["w"]):
        return False
    prev = ctx.prev_word(match.start())
    if prev in _YEAR_CONTEXT or prev in _MONTHS:
        return True
    if ctx.text[match.start() - 1:match.start()] == "(" and ctx.text[end:end + 1] in (")", "–", "-", ","):
        return True  # "Madonna (1638)", "(1944–2001)"
    if prev in _NUMBER_CONTEXT:
        return False
    return 1900 <= year <= 2099


def _is_counted(word: str) -> bool:
    """A plural noun after a number means it counts things (2000 people), not a year."""
    if word in _IRREGULAR_PLURALS or word in _TIME_UNITS:
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _word_ordinal_candidates(ctx: _Context) -> Iterable[Value]:
    """Ordinals in words ("sixth floor", "twenty-first century"), only before a noun."""
    for match in _ORDINAL_WORD.finditer(ctx.text):
        unit, end = _noun_after(ctx.text, match.end())
        if not unit or (unit in _TIME_UNITS.values() and match.group().lower() == "second"):
            continue
        parts = re.split(r"-", match.group().lower())
        amount = sum(_TENS.get(p, _ORDINALS.get(p, 0)) for p in parts)
        yield _value(ctx, "ordinal", match.start(), end, amount=float(amount), unit=unit)


def _vague_candidates(ctx: _Context) -> Iterable[Value]:
    """"hundreds of cases", "several months", "hours later": a scale without a count."""
    for match in _VAGUE_COUNT.finditer(ctx.text):
        unit, end = _noun_after(ctx.text, match.end())
        scale = {"dozens": 12.0, "hundreds": 100.0}.get(match["w"].lower())
        amount = scale or _BIG[match["w"].lower()[:-1]]
        yield _value(ctx, "number", match.start(), end, amount=amount, unit=unit)
    for match in _VAGUE_TIME.finditer(ctx.text):
        unit = _TIME_UNITS[(match["u1"] or match["u2"] or match["u3"]).lower()]
        yield _value(ctx, "duration", match.start(), match.end(), unit=unit)


def _age_prefix_candidates(ctx: _Context) -> Iterable[Value]:
    """"aged 17", "at the age of 17"."""
    for match in _AGE_BEFORE.finditer(ctx.text):
        amount = parse_number(match["n"])
        if amount is not None:
            yield _value(ctx, "age", match.start(), match.end(), amount=amount, unit="year")


# --------------------------------------------------------------------------- dates


def _date_candidates(ctx: _Context) -> Iterable[Value]:
    """Dates in ISO, month-day-year, day-month-year, month-year and relative forms."""
    for match in _DATE_ISO.finditer(ctx.text):
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            yield _date(ctx, match.start(), match.end(), (year, month, day))
    for pattern in (_DATE_MDY, _DATE_DMY):
        for match in pattern.finditer(ctx.text):
            value = _month_date(ctx, match)
            if value is not None:
                yield value
    for match in _RELATIVE.finditer(ctx.text):
        value = _relative_date(ctx, match)
        if value is not None:
            yield value


def _date(ctx: _Context, start: int, end: int,
          parts: tuple[int | None, int | None, int | None]) -> Value:
    """A date value, with a bound ("since", "before") kept inside its text."""
    return _value(ctx, "date", ctx.hedge_start(start, _DATE_HEDGE_BEFORE), end, date=parts)


def _month_date(ctx: _Context, match: re.Match[str]) -> Value | None:
    """"May 4", "4 May 1999", "March 2010", or a month alone where context makes it one."""
    month = _MONTHS[match["mon"].rstrip(".").lower()]
    day = int(match["day"]) if match["day"] else None
    year = int(match["year"]) if match["year"] else None
    if day is not None and not 1 <= day <= 31:
        return None
    if year is not None and not 1000 <= year <= 2100:
        return None
    end = match.end()
    if day is None and year is None:
        if match["mon"].lower() not in _MONTH_NAMES or not _month_context(ctx, match.start()):
            return None
        end = match.start() + len(match["mon"])
    return _date(ctx, match.start(), end, (year, month, day))


def _month_context(ctx: _Context, start: int) -> bool:
    """A month name alone is a month only after in/on/since/last/early... ("in March")."""
    if ctx.text[max(0, start - 4):start].lower() == "mid-":
        return True
    return ctx.prev_word(start) in _MONTH_CONTEXT and ctx.text[start - 1:start] in " \t-"


def _relative_date(ctx: _Context, match: re.Match[str]) -> Value | None:
    """"last August", "last Tuesday", "yesterday": resolved against ``reference``."""
    ref = ctx.reference
    if match["day"]:
        if ref is None:
            return None
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[match["day"].lower()]
        day = ref + datetime.timedelta(days=offset)
        return _value(ctx, "date", match.start(), match.end(), date=(day.year, day.month, day.day))
    if ctx.prev_word(match.start()) in ("the", "a"):
        return None  # "the next year" is relative to the story, not to today
    parts = _resolve_relative(match["rel"].lower(), match["what"].lower(), ref)
    if parts is None:
        return None
    return _date(ctx, match.start(), match.end(), parts)


def _resolve_relative(rel: str, what: str, ref: datetime.date | None
                      ) -> tuple[int | None, int | None, int | None] | None:
    """The (year, month, day) that "last/this/next <what>" names on date ``ref``."""
    step = {"last": -1, "this": 0, "next": 1}[rel]
    if what in _MONTHS:
        month = _MONTHS[what]
        if ref is None:
            return (None, month, None)
        if step == 0:
            return (ref.year, month, None)
        ahead = month > ref.month if step > 0 else month < ref.month
        return (ref.year + (0 if ahead else step), month, None)
    if ref is None:
        return None
    if what == "year":
        return (ref.year + step, None, None)
    if what == "month":
        index = ref.year * 12 + ref.month - 1 + step
        return (index // 12, index % 12 + 1, None)
    delta = (_WEEKDAYS[what] - ref.weekday()) % 7
    if step < 0:
        delta = delta - 7 if delta else -7
    elif step > 0:
        delta = delta or 7
    day = ref + datetime.timedelta(days=delta)
    return (day.year, day.month, day.day)


# --------------------------------------------------------------------------- names


def _name_candidates(ctx: _Context) -> Iterable[Value]:
    """Runs of capitalised words (Latin or Cyrillic), minus sentence-initial common words."""
    headlines = _headline_spans(ctx.text)
    for match in _NAME_RUN.finditer(ctx.text):
        if headlines and _inside(headlines, match.start()):
            continue
        words = [(w.start() + match.start(), w.end() + match.start(), w.group())
                 for w in _RUN_WORD.finditer(match.group())]
        for segment in _split_run(words):
            value = _name_value(ctx, segment)
            if value is not None:
                yield value


def _split_run(words: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Cut a run at month/weekday names and at an "of" that does not follow an institution."""
    segments: list[list[tuple[int, int, str]]] = [[]]
    for index, word in enumerate(words):
        low = word[2].lower().rstrip(".")
        if (low in _MONTH_NAMES and word[2][0].isupper()) or low in _WEEKDAYS:
            segments.append([])
            continue
        if low == "of" and (index == 0 or words[index - 1][2].lower() not in _OF_HEADS):
            segments.append([])
            continue
        segments[-1].append(word)
    return [s for s in segments if s]


def _name_value(ctx: _Context, words: list[tuple[int, int, str]]) -> Value | None:
    """Trim leading common words and titles and trailing particles; build the name value."""
    initial = True
    while words and _drop_leading(ctx, words, initial):
        words, initial = words[1:], False
    while words and words[-1][2][0].islower():
        words = words[:-1]
    if not words:
        return None
    if len(words) == 1 and (_ALL_CAPS_SHORT.fullmatch(words[0][2]) or len(words[0][2]) < 2):
        return None
    start, end = words[0][0], words[-1][1]
    text = ctx.text[start:end]
    return Value(kind="name", text=text, start=start, end=end, key=name_key(text))


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
    if low in ctx.lower_words:
        return True
    if word in ctx.inner_capitals:
        return False
    if _is_cyrillic(word):
        return True  # no Russian/Kazakh word list: a lone capital at a sentence start is unproven
    following = ctx.text[words[0][1]:words[0][1] + 1]
    return bool(_SUFFIX_COMMON.search(low)) or (low.endswith("ed") and following == ",")


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
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        words = re.findall(r"[^\W\d_][\w'’-]*", line.group())
        if len(words) < 4 or line.group().rstrip()[-1:] in ".!?\"”":
            continue
        capitals = sum(1 for w in words if w[0].isupper())
        if capitals >= 0.75 * len(words):
            spans.append(line.span())
    return spans


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether ``position`` lies in one of the sorted ``spans``."""
    index = bisect_right(spans, (position, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def name_key(name: str) -> str:
    """Spelling-variant key of a name: the variant keys of its words."""
    return " ".join(variant_key(w) for w in name.split())


_GENDERED = (("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("ski", "ska"), ("sky", "ska"),
             ("ki", "ka"), ("ik", "ika"))


def _gendered_pair(a: str, b: str) -> bool:
    """Batyrbekov/Batyrbekova, Seltanov/Seltanova: one family, two different people."""
    for masculine, feminine in _GENDERED:
        for x, y in ((a, b), (b, a)):
            if x.endswith(masculine) and y.endswith(feminine) \
                    and x[: -len(masculine)] == y[: -len(feminine)]:
                return True
    return False


def _word_variant(a: str, b: str) -> bool:
    """Whether two variant keys are close enough to be one word spelled two ways."""
    if a == b:
        return True
    if _gendered_pair(a, b) or min(len(a), len(b)) < 4 or a[0] != b[0]:
        return False
    return Levenshtein.distance(a, b) <= 2 and Levenshtein.normalized_similarity(a, b) >= 0.85


def _is_cyrillic(text: str) -> bool:
    """Whether a name is written in Cyrillic (Кызылорда) rather than Latin (Kyzylorda)."""
    return bool(_CYRILLIC.search(text))


def is_name_variant(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` spell one name two ways (Abay/Abai, Kyzylorda/Кызылорда),
    False for identical spellings and for gendered surname pairs (Seltanov/Seltanova)."""
    if fold(a) == fold(b) and _is_cyrillic(a) == _is_cyrillic(b):
        return False  # the same spelling; only a change of script makes it a variant
    keys_a, keys_b = name_key(a).split(), name_key(b).split()
    if not keys_a or not keys_b:
        return False
    if len(keys_a) != len(keys_b):
        return _word_variant("".join(keys_a), "".join(keys_b))
    return all(_word_variant(x, y) for x, y in zip(keys_a, keys_b, strict=False))


# --------------------------------------------------------------------------- extraction


def extract_values(text: str, *, reference: datetime.date | None = None) -> list[Value]:
    """All checkable values of ``text``, sorted by start, non-overlapping (longest wins).

    ``reference`` is the date the text was written; relative dates ("last August",
    "yesterday") are resolved against it, or kept with only the parts they state.
    """
    ctx = _Context(text, reference)
    candidates: list[Value] = []
    for source in (_date_candidates, _quantity_candidates, _word_ordinal_candidates,
                   _vague_candidates, _age_prefix_candidates, _name_candidates):
        candidates.extend(v for v in source(ctx) if not ctx.masked(v.start, v.end))
    return _merge_ranges(text, _resolve(candidates))


def _resolve(candidates: list[Value]) -> list[Value]:
    """Keep the longest candidates that do not overlap, then order them by position."""
    ordered = sorted(candidates, key=lambda v: (v.start - v.end, _PRIORITY[v.kind], v.start))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Value] = []
    for value in ordered:
        index = bisect_left(starts, value.start)
        if index > 0 and ends[index - 1] > value.start:
            continue
        if index < len(starts) and starts[index] < value.end:
            continue
        starts.insert(index, value.start)
        ends.insert(index, value.end)
        kept.insert(index, value)
    return kept


def _merge_ranges(text: str, values: list[Value]) -> list[Value]:
    """Join "80 to 90 years", "six or seven feet", "between 75% and 90%" into one value.

    The merged value keeps the upper amount and the unit of its second half; ``compare``
    reads the lower bound back from its text, so a range never contradicts a number in it.
    """
    merged: list[Value] = []
    for value in values:
        low = merged[-1] if merged else None
        if low is not None and _joins_range(text, low, value):
            start = _RANGE_START.search(text, max(0, low.start - 12), low.start)
            first = start.start() if start else low.start
            merged[-1] = Value(kind=value.kind, text=text[first:value.end], start=first,
                               end=value.end, amount=value.amount, unit=value.unit)
        else:
            merged.append(value)
    return merged


def _joins_range(text: str, low: Value, high: Value) -> bool:
    """Whether ``low`` and ``high`` are the two ends of one stated range."""
    if low.kind != "number" or high.kind not in ("number", "duration", "age"):
        return False
    if low.amount is None or high.amount is None or low.unit not in ("", high.unit):
        return False
    if _hedge(low) == "range":
        return False
    gap = _RANGE_GAP.fullmatch(text, low.end, high.start)
    if not gap:
        return False
    return gap["word"] != "and" or bool(_RANGE_START.search(text, max(0, low.start - 12), low.start))


def values_of_kind(values: Iterable[Value], kinds: set[str]) -> list[Value]:
    """The values whose kind is in ``kinds``, in their original order."""
    return [v for v in values if v.kind in kinds]


# --------------------------------------------------------------------------- comparison


def compare(a: Value, b: Value) -> bool | None:
    """True when ``a`` and ``b`` state the same thing, False when they disagree,
    None when they cannot be compared (other kinds, units, or no common date part)."""
    if a.kind != b.kind:
        return None
    if a.kind == "name":
        return _compare_names(a, b)
    if a.kind == "date":
        return _compare_dates(a, b)
    if a.kind in ("duration", "age"):
        return _compare_durations(a, b)
    if a.unit != b.unit or a.amount is None or b.amount is None:
        return None
    return _compare_amounts(a, 1.0, b, 1.0)


def _compare_names(a: Value, b: Value) -> bool | None:
    """Same key, or one name's words within the other's (Batyrbekov in Amangeldy Batyrbekov)."""
    words_a, words_b = set(a.key.split()), set(b.key.split())
    if not words_a or not words_b:
        return None
    return True if words_a <= words_b or words_b <= words_a else None


def _compare_durations(a: Value, b: Value) -> bool | None:
    """Durations/ages in exactly convertible units; unit-only ones ("hours later") by unit."""
    if a.amount is None or b.amount is None:
        if a.amount is None and b.amount is None:
            return a.unit == b.unit
        return None
    for table in (_SECONDS, _CALENDAR):
        if a.unit in table and b.unit in table:
            return _compare_amounts(a, table[a.unit], b, table[b.unit])
    return None


def _hedge(value: Value) -> str:
    """"approx", "lower", "upper", "vague", "range" or "" from how a value's text opens."""
    if value.kind != "date" and _RANGE_TEXT.match(value.text) and _range_low(value) is not None:
        return "range"
    if _PLUS.search(value.text):
        return "lower"  # "21+ years"
    match = _HEDGE_CLASS.match(value.text)
    if not match or value.text[match.end():match.end() + 1] not in (" ", "\t", "\u00a0", ""):
        return ""
    return match.lastgroup or ""


def _range_low(value: Value) -> float | None:
    """The lower end of a range value ("6 to 7 million" → 6e6), in the value's own unit."""
    match = _RANGE_TEXT.match(value.text)
    if not match or value.amount is None:
        return None
    low, high = parse_number(match["low"]), parse_number(match["high"])
    if low is None or not high:
        return None
    return low * value.amount / high


def _compare_amounts(a: Value, scale_a: float, b: Value, scale_b: float) -> bool | None:
    """Exact amounts must be equal; a hedged one only rules out what it cannot mean."""
    x, y = a.amount * scale_a, b.amount * scale_b  # type: ignore[operator]
    hx, hy = _hedge(a), _hedge(b)
    if abs(x - y) <= 1e-9 * max(abs(x), abs(y), 1e-12):
        return True if hx == hy or {hx, hy} <= {"", "approx"} else None
    if not hx and not hy:
        return False
    low_x, high_x = _interval(a, scale_a, hx)
    low_y, high_y = _interval(b, scale_b, hy)
    return None if low_x <= high_y and low_y <= high_x else False


def _interval(value: Value, scale: float, hedge: str) -> tuple[float, float]:
    """The range of amounts a hedged statement allows ("about 100": 75 to 125)."""
    amount = value.amount * scale  # type: ignore[operator]
    if hedge == "range":
        return (_range_low(value) or 0.0) * scale, amount
    if hedge == "approx":
        return amount * 0.75, amount * 1.25
    if hedge == "lower":
        return amount, float("inf")
    if hedge == "upper":
        return 0.0, amount
    if hedge == "vague":
        return amount, amount * 100
    return amount, amount


def _compare_dates(a: Value, b: Value) -> bool | None:
    """Equal on every part both give: True; differ on one: False (None if bounded)."""
    if a.date is None or b.date is None:
        return None
    verdicts = [_same_year(a, b)] + [x == y for x, y in zip(a.date[1:], b.date[1:], strict=False)
                                     if x is not None and y is not None]
    verdicts = [v for v in verdicts if v is not None]
    if not verdicts:
        return None
    if all(verdicts):
        return True
    bounded = {_hedge(a), _hedge(b)} - {""}
    return None if bounded else False


def _same_year(a: Value, b: Value) -> bool | None:
    """Compare years, letting a decade or century cover its years (the 1990s holds 1995)."""
    year_a, year_b = a.date[0], b.date[0]  # type: ignore[index]
    if year_a is None or year_b is None:
        return None
    span_a, span_b = _year_span(a.unit), _year_span(b.unit)
    return year_a < year_b + span_b and year_b < year_a + span_a


def _year_span(unit: str) -> int:
    """How many years a date with this unit covers."""
    return {"decade": 10, "century": 100}.get(unit, 1)
