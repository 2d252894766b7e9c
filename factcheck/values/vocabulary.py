"""Word lists and unit tables: number words, months, time and currency units, common words."""

from __future__ import annotations

import re
from importlib import resources

from factcheck.lexicon.titles import TITLES

_ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
          "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}
_BIG = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
        # The Indian numbering system's lakh (10^5) and crore (10^7), "₹500 crore", "Rs 5 lakh"
        # (the plural is written too: "5 lakhs").
        "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
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


class _Forms(dict[str, str]):
    """Written currency form (lowercased) -> unit. A form the reader matched but wrote otherwise
    (a no-break space inside "South African rand", a case folding that ``str.lower`` does not
    undo) is looked up folded; one still unknown is no money (unit "")."""

    def __missing__(self, key: str) -> str:
        return dict.get(self, " ".join(key.casefold().split()), "")


def _currency_table() -> list[tuple[str, list[str], list[str], list[str]]]:
    """``currencies.tsv`` (built from the Unicode CLDR by ``scripts/build_currencies.py``): rows
    (unit, symbols, words, magnitude words). The unit is an ISO 4217 code, lowercased ("pln"; in
    capitals where the code is an English word, "TRY", so that "two tries" never shares it), or
    the codes a shared form may stand for ("dkk/isk/nok/sek" for "kr"). Symbols and codes are
    read before or after a number in their own case; words (English names) after it, in any case;
    magnitude words ("won", "real") only after million, billion ... ."""
    text = resources.files("factcheck.values").joinpath("currencies.tsv").read_text(encoding="utf-8")
    rows = []
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    for line in lines[1:]:  # the first is the header
        unit, _name, _plural, symbols, words, magnitude = line.split("\t")
        forms = [field.split("|") if field else [] for field in (symbols, words, magnitude)]
        rows.append((unit, forms[0], forms[1], forms[2]))
    return rows


CURRENCIES = _currency_table()
# Codes factcheck read in any case before the table ("usd 5"); the others are read in capitals
# only ("ALL", "TOP", "PEN" excluded by the table, "Top 5" never money).
_ANY_CASE_CODES = ("USD", "EUR", "GBP", "KZT", "RUB")
CURRENCY_SYMBOLS = sorted({form for _unit, forms, _words, _magnitude in CURRENCIES for form in forms})
"""Currency symbols and ISO codes, read before or after a number in their own case ("zł", "PLN")."""
CURRENCY_NAMES = sorted({word for _unit, _forms, words, _magnitude in CURRENCIES for word in words})
"""English currency names (lowercase), read after a number in any case ("złoty", "Swiss francs")."""
CURRENCY_MAGNITUDE_NAMES = sorted({word for *_, magnitude in CURRENCIES for word in magnitude})
"""Currency names that are also other English words, read only after a magnitude ("12 billion won")."""
CURRENCY_UNITS = frozenset(unit for unit, *_ in CURRENCIES)
# Before the number: symbols and codes; after it: those and the names.
_CURRENCY_SIGNS = _Forms({form.lower(): unit for unit, forms, _w, _m in CURRENCIES for form in forms})
_CURRENCY_WORDS = _Forms({form.lower(): unit for unit, forms, words, magnitude in CURRENCIES
                          for form in (*forms, *words, *magnitude)})
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
    "lb": "pound", "lbs": "pound", "km2": "square kilometre", "km²": "square kilometre", "m2": "square metre",
    "m²": "square metre", "mi2": "square mile", "mi²": "square mile", "sqmi": "square mile",
    "grams": "gram", "gramme": "gram", "grammes": "gram", "ounces": "ounce", "oz": "ounce",
    "kmph": "kilometre per hour", "kph": "kilometre per hour", "knots": "knot",
    "m/s": "metre per second", "km/s": "kilometre per second", "ft/s": "foot per second", "fps": "foot per second",
    "litres": "litre", "liters": "litre", "liter": "litre",
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
whenever wherever whereas whilst whatever whoever whichever throughout beneath beside behind
beyond amongst amidst notwithstanding albeit lest thereafter afterwards afterward whereby wherein
""".split())  # (the last two lines: subordinators and prepositions of Quirk et al. 1985, §14.12, §9.7)
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
_TITLES = TITLES  # factcheck.lexicon.titles, shared with the aligner
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


# factcheck's unit names (above) as pint writes them. Money is not converted:
# an exchange rate is a fact of its own day, not a unit relation.
PHYSICAL_UNITS = {
    "kilometre": "kilometer", "metre": "meter", "centimetre": "centimeter", "millimetre": "millimeter",
    "mile": "mile", "foot": "foot", "inch": "inch", "yard": "yard", "kilogram": "kilogram",
    "tonne": "metric_ton", "celsius": "degC", "fahrenheit": "degF", "mph": "mile / hour",
    "mile per hour": "mile / hour", "kilometre per hour": "kilometer / hour", "metre per hour": "meter / hour",
    "metre per second": "meter / second", "kilometre per second": "kilometer / second", "foot per second": "foot / second",
    "mile per second": "mile / second", "knot": "knot",
    "litre": "liter", "gallon": "gallon", "pound": "pound", "gram": "gram", "ounce": "ounce", "square kilometre": "kilometer ** 2", "square mile": "mile ** 2",
    "square metre": "meter ** 2", "hectare": "hectare", "acre": "acre",
}


PERCENT, PERCENT_CHANGE, PERCENTAGE_POINT = "percent", "percent change", "percentage point"
CHANGE_UNITS = frozenset({PERCENT_CHANGE, PERCENTAGE_POINT})
MEASURES = frozenset({*PHYSICAL_UNITS, PERCENT, *CHANGE_UNITS, *CURRENCY_UNITS})
"""Units of measure and money: the words of such a unit are part of the number they follow."""
