"""Compiled regular expressions (and their building blocks) for every kind of value."""

from __future__ import annotations

import re

from factcheck.values.vocabulary import (
    _ANY_CASE_CODES,
    _NAME_PARTICLES,
    _ONES,
    _ORDINALS,
    _TEENS,
    _TENS,
    _TIME_UNITS,
    _UNIT_SKIP,
    CURRENCY_MAGNITUDE_NAMES,
    CURRENCY_NAMES,
    CURRENCY_SYMBOLS,
)

_H = r"[^\S\r\n]"  # horizontal whitespace, no-break space included

_Trie = dict[str, "_Trie"]


def _trie(words: list[str]) -> str:
    """One regular expression matching exactly ``words``, as a trie of their characters
    ("kr|kr.|krona" -> "kr(?:\\.|ona)?"): the regex engine follows one branch per character
    instead of trying each of some hundred alternatives at every position of a passage."""
    tree: _Trie = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")

    return emit(tree)


def _first_chars(words: list[str]) -> str:
    """A character class of the first characters of ``words``.

    Put in a lookahead before a pattern (``(?=[...])``), it lets the regex engine dismiss with
    one test each of a passage's positions where no match can begin, instead of entering every
    alternative there (which a case-blind alternative always is, and a lookbehind too), with
    the same matches. On 3,020 recorded candidate passages: the quantity pattern 2x faster, the
    name runs 1.4x, the mask (without its e-mail alternative) 5x.
    """
    return "[" + "".join(sorted({re.escape(word[0]) for word in words})) + "]"


# A number below a hundred in words: a tens word and maybe a unit ("seventy-five"), else a teen
# or a unit, as tries (the longer word first where one begins another: "seventeen" before
# "seven", as the plain alternatives "tens|teens|ones" try them), since a case-blind literal
# alternative is entered whole at every word of a passage.
_SMALL = (rf"(?:{_trie(list(_TENS))}(?:[- ]{_trie([k for k in _ONES if k != 'zero'])})?"
          rf"|{_trie([*_TEENS, *_ONES])})")
_SCALES = ("hundred", "thousand", "million", "billion", "trillion", "dozen")
_SCALE_AHEAD = rf"(?=[- ](?:{'|'.join(_SCALES)})\b)"
_GROUP = rf"(?:{_SMALL}|an?{_SCALE_AHEAD})(?:[- ]hundred(?:[ ]+(?:and[ ]+)?{_SMALL})?)?"
_WORDNUM = (rf"\b(?:half[- ](?=an?[- ](?:dozen|hundred|thousand|million|billion)\b))?"
            rf"{_GROUP}(?:[- ](?:thousand|million|billion|trillion|dozen)"
            rf"(?:[ ]+(?:and[ ]+)?{_GROUP})?)*(?:[ ]+and[ ]+a[ ]+half|-and-a-half)?\b")
# Digit groups as CLDR locales write them (conventions.py): "1,234.5", "1.234,5", "1 234 567"
# (thin, narrow no-break or no-break space), "1'250'000" (Swiss, with an apostrophe or U+2019), "3,5";
# which reading applies is settled per document. Groups after a plain space ("1 234 567", "80 000
# dwellings", as SI/ISO 80000-1 and many typists write them without the thin space) only where
# nothing is glued after the last group: "75 130mm", "21 200-yard" and "167 747-100s" are two
# numbers. The Wikipedia sample writes 219 numbers so; in 50 drawn at random, 43 are thousands, the
# rest a count before a measure ("800 133 MHz", "under 17 100 m") or a code ("+61 406", "No 4 305 km").
_DIGITS = (r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?"
           r"|\d{1,3}(?:[\u2009\u202f\u00a0]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:['’]\d{3})+(?:\.\d+)?(?![\d'’])"
           r"|[1-9]\d{0,2}(?: \d{3}(?!\d))++(?:[.,]\d+)?(?![\w-])"
           r"|\d+(?:[.,]\d+)?)"
           rf"(?:{_H}?[½¼¾⅓⅔⅛]|{_H}\d/(?:2|3|4|8)(?![\d/]))?")
# The words a number in words (_WORDNUM) holds: every match of it holds one of them as a whole
# word (a group opens with one, or "a"/"half a" with a scale ahead). What a Scan of it asks.
NUMBER_WORDS = frozenset({*_ONES, *_TEENS, *_TENS, *_SCALES})
_UNIT_WORDS = "|".join(sorted(_TIME_UNITS, key=len, reverse=True))
_PLURAL_UNIT_WORDS = ("seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries")
_PLURAL_UNITS = "|".join(_PLURAL_UNIT_WORDS)
_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"





# Money (currencies.tsv, from the Unicode CLDR): symbols and ISO codes in their own case, a
# symbol that starts with a letter ("zł", "Rs", "CHF", "A$") only where no letter precedes it;
# the codes factcheck read before the table in any case. Names follow the number in any case.
_LETTER_SYMBOLS = [form for form in CURRENCY_SYMBOLS if form[0].isalpha()]
_SIGN_SYMBOLS = [form for form in CURRENCY_SYMBOLS if not form[0].isalpha()]
_CURRENCY_BEFORE = (rf"(?:(?<!\w)(?-i:{_trie(_LETTER_SYMBOLS)})|(?-i:{_trie(_SIGN_SYMBOLS)})"
                    rf"|\b(?:{'|'.join(_ANY_CASE_CODES)}))")
_MAGNITUDE_BEFORE = rf"(?:(?<=illion{_H})|(?<=thousand{_H})|(?<=\dbn{_H})|(?<=\dmn{_H}))"

# Where a quantity can begin (see _first_chars): a digit, a currency sign, or at a word's start a
# currency symbol that starts with a letter (in its case), a code, or a number word (_WORDNUM
# opens with "half", a number below a hundred, or "a"/"an" before a scale).
_QUANTITY_START = (rf"(?=\d|{_first_chars(_SIGN_SYMBOLS)}|\b(?:(?-i:{_first_chars(_LETTER_SYMBOLS)})"
                   rf"|{_first_chars([*_ANY_CASE_CODES, 'half', *_TENS, *_TEENS, *_ONES, 'a'])}))")
_QUANTITY = re.compile(
    rf"{_QUANTITY_START}(?P<cur>{_CURRENCY_BEFORE}{_H}?)?"
    rf"(?:(?(cur)|(?<![\w.,/#№\d]))(?P<digits>{_DIGITS})"
    r"(?P<glue>bn|mn|kwh|km|kg|cm|mm|mw|gw|kw|mph|ppm|st|nd|rd|th|m|k|b|t|s|°[cf]?|%|\+)?"
    r"(?!\w)(?![.,:]\d|/\w)(?![-–]\d)"
    rf"|(?P<words>{_WORDNUM}))", re.I)
_NUMBER_FULL = re.compile(
    rf"(?P<digits>{_DIGITS})(?:{_H}*(?P<scale>thousand|million|billion|trillion|lakhs?|crores?|bn|mn))?", re.I)
_SCALE_AFTER = re.compile(rf"{_H}+(?P<s>thousand|million|billion|trillion|lakhs?|crores?)\b", re.I)
_AGE_AFTER = re.compile(
    rf"(?:{_H}+|{_H}?-{_H}?)(?P<u>year|month|week|day)s?(?:{_H}+|{_H}?-{_H}?)olds?\b"
    rf"|{_H}+(?P<u2>year|month)s{_H}+of{_H}+age\b", re.I)
_TIME_AFTER = re.compile(rf"(?:{_H}+|{_H}?-{_H}?)(?P<u>{_UNIT_WORDS})\b", re.I)
_COMPOUND_PART = re.compile(
    rf"(?:,{_H}*|{_H}+)(?:and{_H}+)?(?P<n>{_DIGITS}|{_WORDNUM})"
    rf"(?:{_H}+|-)(?P<u>{_UNIT_WORDS})\b", re.I)
_PERCENT_AFTER = re.compile(rf"{_H}?%|{_H}+per{_H}?cent\b|(?P<pp>{_H}+percentage{_H}+points?\b|{_H}?pp\b)", re.I)
# What makes a percentage a change rather than a level: "rose by 2%", "an increase of 2%", "up 2%".
_CHANGE_BEFORE = re.compile(
    r"(?:\bby|\b(?:up|down|rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|grew|grow(?:s|n|ing)?|(?:in|de)creased"
    r"|dropped|declined|climbed|jumped|gained|slipped|soared|plunged|surged|shrank|shrunk)|\b(?:increase|rise|decrease|drop|fall|decline|gain|loss|jump|growth|cut|reduction"
    r"|climb|slump|surge)s?\s+of)\s+(?:(?:about|around|almost|nearly|roughly|some|more\s+than|less\s+than"
    r"|over|under)\s+)?$", re.I)
_CURRENCY_AFTER = re.compile(
    rf"{_H}*(?P<c>(?-i:{_trie(CURRENCY_SYMBOLS)})|{_trie(CURRENCY_NAMES)}|\b(?:{'|'.join(_ANY_CASE_CODES[:4])})"
    rf"|{_MAGNITUDE_BEFORE}{_trie(CURRENCY_MAGNITUDE_NAMES)})(?!\w)", re.I)
_DEGREES_AFTER = re.compile(
    rf"{_H}?°{_H}?(?P<g>[CF])\b|{_H}+degrees?(?:{_H}+(?P<s>Celsius|Fahrenheit|centigrade))?\b",
    re.I)
_NOUN_AFTER = re.compile(
    rf"(?:{_H}+|-)(?:of{_H}+(?:(?:the|her|his|their|its|our|those|these|my|your){_H}+)?)?"
    r"(?:(?:" + "|".join(_UNIT_SKIP) + rf"){_H}+)?(?P<w>(?:(?:square|sq|cubic|cu|metric)\.?{_H}+)?[a-z]+(?:-[a-z]+)*)\b(?!['’]\w|-\w)")
_ORDINAL_WORD = re.compile(
    rf"\b(?:(?:{'|'.join(_TENS)})-)?(?:{'|'.join(_ORDINALS)})\b", re.I)
_VAGUE_SCALES = ("dozens", "hundreds", "thousands", "millions", "billions")
_VAGUE_COUNT = re.compile(rf"\b(?P<w>{'|'.join(_VAGUE_SCALES)})(?={_H}+of\b)", re.I)
_VAGUE_TIME = re.compile(
    rf"\b(?:several|a{_H}+few|few|many|some){_H}+(?P<u1>{_PLURAL_UNITS})\b"
    rf"|\b(?P<u2>{_PLURAL_UNITS}){_H}+(?:later|earlier|ago)\b"
    rf"|(?<=\bfor )(?P<u3>{_PLURAL_UNITS})\b", re.I)
_AGE_BEFORE = re.compile(
    rf"\b(?:aged|age{_H}+of|age){_H}+(?P<n>\d{{1,3}}|{_WORDNUM})\b(?![.,]\d|{_H}*[-–%])", re.I)
# Opens with its first digit ("(?<!\w\d)" after it is "\b" before it): the regex engine skips
# to the next digit in one fast loop (see tallies._SCORE).
_DATE_ISO = re.compile(r"(?P<y>\d(?<!\w\d)\d{3})-(?P<m>\d{2})-(?P<d>\d{2})\b")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DATE_MDY = re.compile(
    rf"\b(?P<mon>{_MONTH})(?:{_H}+{_DAY}(?![\w:%]|[.,/-]?\d))?"
    rf"(?:,?{_H}+(?P<year>\d{{4}})(?![\w,.]\d|\w))?(?!\w)")
_DATE_DMY = re.compile(
    rf"(?<![\w.,–-])(?:{_DAY}){_H}+(?:of{_H}+)?(?P<mon>{_MONTH})"
    rf"(?:,?{_H}+(?P<year>\d{{4}})(?![\w,.]\d|\w))?(?!\w)")
_RELATIVE_WORDS = ("last", "this", "next")
_DAYS_AROUND = ("yesterday", "today", "tomorrow")
_RELATIVE = re.compile(
    rf"\b(?P<rel>{'|'.join(_RELATIVE_WORDS)}){_H}+(?P<what>{_MONTH_FULL}|{_WEEKDAY}|month|year)\b"
    rf"|\b(?P<day>{'|'.join(_DAYS_AROUND)})\b", re.I)
# "14/07/89", "3/14/15": day and month (one of them 12 or less) and a two-digit year, a date
# (dates.NUMERIC_DATE), not an identifier to mask.
_DAY_MONTH_YY = (r"(?:(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2]))"
                 r"/\d\d\b(?![-/])")
_URL = r"https?://\S+|\bwww\.\S+"
_EMAIL = r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]+\.[\w.]+"
_NUMBERS_TO_MASK = (
    r"\b\d+(?:[x×]\d+)+\b|\b(?!\d{1,2}/\d{1,2}/\d{4}\b|\d{4}/\d{1,2}/\d{1,2}\b|" + _DAY_MONTH_YY + r")\d+/\d+/\d+\b"
    rf"|\b\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:{_H}?[ap]\.?m\.?)?"
    rf"|\b\d{{1,2}}(?:\.\d{{2}})?{_H}?(?:[ap]\.m\.|[ap]m\b|(?:GMT|UTC|BST|EDT|EST|CET|CEST|PST|PDT)\b)"
    r"|(?:\+\d{1,3}[ \t.-]?)?\(\d{2,5}\)[ \t.-]?\d{2,4}(?:[ \t.-]\d{2,4}){1,3}"
    r"|\+\d{1,3}(?:[ \t.-]\d{2,4}){2,4}|\b\d{3}[.-]\d{3,4}[.-]\d{2,4}\b"
    )
_MASK = re.compile(f"{_URL}|{_EMAIL}|{_NUMBERS_TO_MASK}")
# The same without the e-mail address, for a text with no "@" (nearly all): every other
# alternative opens with "h", "w", a digit, "(" or "+" (see _first_chars).
_MASK_WITHOUT_EMAIL = re.compile(f"(?=[\\d(+hw])(?:{_URL}|{_NUMBERS_TO_MASK})")
# What every alternative of _MASK holds: a digit, or a URL's or an e-mail address's mark. A text
# without any (half of a run's candidate passages) is spared the full scan, ten times the cost.
# (context._Context tests it as its digit test and three substring tests.)
_MASK_HINT = re.compile(r"\d|http|www\.|@")
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
    rf"{_H}*(?:[-–]|to|or|and){_H}*(?:{_CURRENCY_BEFORE}{_H}?)?(?P<high>{_DIGITS}|{_WORDNUM})", re.I)
_MONTH_CONTEXT = frozenset("in on since by until till of last this next early late mid from to "
                           "through during before after between around and or".split())
_YEAR_CONTEXT = frozenset("in since by until till from of before after during through early "
                          "late mid around circa year years summer winter spring autumn fall "
                          "between and to the".split())
_NUMBER_CONTEXT = frozenset("than over nearly almost least up".split())

_UPPER = "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper()) + "ӘҒҚҢӨҰҮҺІ"
_U = re.escape(_UPPER)
_NAME_ARTICLES = ("al", "el", "ad", "ud", "ul", "ibn", "bin")
# Every name word opens with a capital (_UPPER) or one of _NAME_ARTICLES ("al-Assad").
_NAME_WORD = (
    rf"(?:(?:{'|'.join(_NAME_ARTICLES)})-)?(?:[{_U}]+(?:/[{_U}]+)+|(?:[A-Z]\.){{2,}}"
    rf"|(?:St|Dr|Mr|Mrs|Ms|Prof|Jr|Sr|Gen|Lt|Col|Gov|Sen|Rep|Mt|Ft)\.(?={_H}+[{_U}])"
    rf"|[A-Z]\.(?={_H}+[{_U}])"
    rf"|[{_U}]\w*(?:['’][{_U}]\w*)*(?:-[{_U}]\w*)*\b(?!['’](?!s\b)\w))")
# "Gustav the Third", "Elizabeth the Second": a regnal number in words (First to Twentieth).
_REGNAL_WORD = "(?:" + "|".join(w.capitalize() for w, n in _ORDINALS.items() if n <= 20) + ")"
_NAME_START = f"(?=[{_U}{''.join(sorted({article[0] for article in _NAME_ARTICLES}))}])"  # see _first_chars
_NAME_RUN = re.compile(
    rf"{_NAME_START}(?<![\w'’-]){_NAME_WORD}(?:(?:{_H}+(?:{_NAME_PARTICLES}|the(?={_H}+{_REGNAL_WORD}\b)){_H}+"
    rf"|(?:(?<=s)['’])?{_H}+){_NAME_WORD})*")  # a plural possessive inside a name: "Farmers' Party"
_RUN_WORD = re.compile(r"[^ \t\u00a0]+")
_ABBREVIATIONS = frozenset("st dr mr mrs ms prof jr sr gen lt col gov sen rep mt ft no vs".split())
# A whole lowercase word of two letters or more: "\b[a-zа-я][a-zа-я]+\b", written to open with
# its first letter (the lookbehind then sees the character before it) so that the regex engine
# skips the other characters in one fast loop: a document's words are gathered with it.
_LOWER_WORD = re.compile(r"[a-zа-я](?<!\w[a-zа-я])[a-zа-я]+\b")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_ALL_CAPS_SHORT = re.compile(rf"[{_U}]{{1,2}}")
