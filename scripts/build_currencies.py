#!/usr/bin/env python3
"""Build factcheck/values/currencies.tsv and LICENSE-CLDR.txt from the Unicode CLDR, through Babel.

Source: the Unicode Common Locale Data Repository (CLDR), as the ``babel`` package ships it
(Babel's ``locale-data``, CLDR version printed in the table's header). Babel is needed to build
the table only; factcheck reads the TSV at import and never imports Babel (a run pays nothing to
load its locale data, about 0.3 s, and a user need not install it)::

    python -m venv /tmp/babel-venv && /tmp/babel-venv/bin/pip install babel
    /tmp/babel-venv/bin/python scripts/build_currencies.py     # rewrites the two files

The output is deterministic: the same Babel (CLDR) version gives byte-identical files (sorted,
no dates). ``tests/test_currencies.py`` checks the table against Babel when Babel is installed.

Why CLDR: it is the data every operating system, browser and ICU uses to write money, kept by
the Unicode Consortium, with ISO 4217 codes, each locale's symbol and the English names in the
singular and the plural. It answers which currency a written form is, and which forms are
shared (``$``, ``kr``, ``¥``, ``£``, ``Rs``).

What is taken
-------------
* **Currencies**: those legal tender today in some territory (CLDR ``territory_currencies``,
  tender and without an end date): about 150 ISO 4217 codes, no historic or fund codes.
* **Symbols**: the English locale's symbol (``A$``, ``R$``, ``₹``, ``CN¥``) and the symbol each
  locale of a territory that uses the currency writes (``zł`` in pl_PL, ``Kč`` in cs_CZ, ``kr``
  in nb_NO and sv_SE, ``₴`` in uk_UA, ``R`` in en_ZA), plus ``SUPPLEMENT`` below. Kept only
  when a reader of English text can take it for money without other help: symbols made of
  Latin or Cyrillic letters, currency signs (Unicode category Sc) and ``$``/``.``/``/``
  (symbols in Arabic, Indic or Ethiopic script are left out: the reader reads English text);
  not a single letter (``R``, ``K``, ``L``, ``P``: initials, road and grade names); not one of
  ``EXCLUDED_SYMBOLS``, letters that English text writes for other things (``Ft`` feet,
  ``KM`` kilometres, ``Le`` the French article, ``FC`` football club, ``VT`` Vermont).
* **Codes**: the ISO 4217 code, read in capitals only, before or after the number ("PLN 5,000",
  "2.6 million SEK"), except ``EXCLUDED_CODES``: codes that are English words or common
  acronyms in capitals (``ALL``, ``TOP``, ``CUP``, ``COP`` the climate conference, ``SDG`` the
  sustainable development goals, ``PHP`` the language, ``NPR`` the broadcaster).
* **Names**: CLDR's English display name, singular and plural ("Polish zloty", "Polish
  zlotys"), and the last word of each (the currency's own name: "zloty", "zlotys", "yen",
  "rupees"), read after the number in any case. Last words that English uses for other things
  are read only after a magnitude (``MAGNITUDE_ONLY``: "12 billion won", never "3 won"); the
  last word ``gold`` (the Zimbabwe gold, ZWG) is never read alone ("5 gold medals").

Shared forms
------------
A form that CLDR gives to several currencies (``kr``: DKK, ISK, NOK, SEK; ``¥``: CNY and JPY;
``krone``: DKK and NOK; ``rupee``; ``franc``; ``peso``) gets a row of its own whose unit is the
sorted set of those codes joined by ``/`` (``DKK/ISK/NOK/SEK``). An amount in such a unit
equals an amount in the same unit only: "500 kr" and "kr 500" are one amount; "500 kr" against
"DKK 600" is no contradiction (either may be right), nor is it support. Forms the text settles
are read as the currency they settle: "Danish kroner", "Swedish kronor", "CN¥", "JP¥", "yen".

``DEFAULTS`` keeps the readings factcheck had before this table for the shared forms English
text uses unqualified: ``$``/dollar is the US dollar, ``£``/pound the pound sterling, ruble/
rouble the Russian ruble; other dollars and pounds are written with a prefix or an adjective
("A$", "C$", "Australian dollars", "Egyptian pounds"), which the table reads.
A form ending in "." is read with its stem: ``kr.`` (da_DK) and ``kr`` (nb_NO) are one shared
form, as are ``Rs.`` and ``Rs``.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import babel
from babel import Locale
from babel.core import get_cldr_version, get_global
from babel.localedata import locale_identifiers

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "factcheck" / "values" / "currencies.tsv"
LICENCE = ROOT / "factcheck" / "values" / "LICENSE-CLDR.txt"

# Forms English-language text writes that CLDR's locales do not give (form -> code, or a word
# whose currencies the form stands for). Sources: the English Wikipedia articles of each
# currency (their infobox "Symbol" and the spellings used in their text, 2025).
SUPPLEMENT: dict[str, tuple[str, ...]] = {
    "C$": ("CAD",), "Can$": ("CAD",),  # "Canadian dollar": C$, Can$ (CLDR's es_NI gives C$ to NIO too)
    "AU$": ("AUD",), "S$": ("SGD",), "RMB": ("CNY",),  # "Singapore dollar": S$; "Renminbi": RMB
    "Rs": ("rupee",), "Rs.": ("rupee",),  # "Rupee": Rs is written for the Indian, Pakistani, Sri Lankan, Nepali ... rupee
    "JP¥": ("JPY",), "руб.": ("RUB",), "₽": ("RUB",),
}
# Names English text uses that are not CLDR's English ones (word -> code).
EXTRA_NAMES: dict[str, str] = {
    "renminbi": "CNY", "złoty": "PLN", "złotys": "PLN", "złotych": "PLN", "zlotych": "PLN",
    "reais": "BRL", "rouble": "RUB", "roubles": "RUB", "hryvnias": "UAH", "hryvni": "UAH",
    "liras": "TRY", "tenges": "KZT", "korun": "CZK", "koruny": "CZK",
    "forints": "HUF", "yuans": "CNY", "u.s. dollar": "USD", "u.s. dollars": "USD",
}
# Shared forms read as one currency, as factcheck read them before this table.
DEFAULTS = {"$": "USD", "£": "GBP", "dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP",
            "ruble": "RUB", "rubles": "RUB"}
EXCLUDED_SYMBOLS = frozenset({
    "Ft",  # feet
    "KM", "КМ",  # kilometres
    "Le",  # the French article ("Le 5 novembre")
    "den",  # an English word
    "S/",  # the United Nations document symbols ("S/4469")
    "LS", "SR", "VT", "DA", "DT", "CF", "FC", "FG", "RF", "UM", "Ar", "Db", "MK", "Br", "Bs", "Nu.", "Rf", "Gs.",
    # route, state, district-attorney, cystic-fibrosis, football-club, field-goal, radio-frequency
    # abbreviations and the like; Bs/Br are also shared by two currencies each
})
EXCLUDED_CODES = frozenset({
    "ALL", "TOP", "CUP", "PEN", "MOP", "BOB", "GEL", "MAD", "SOS", "TRY",  # English words
    "COP",  # the UN climate conference ("COP 26")
    "SDG",  # the sustainable development goals ("SDG 13")
    "PHP",  # the programming language ("PHP 7")
    "NPR",  # the broadcaster
    "CRC", "CVE", "AMD", "NAD", "SAR", "BAM", "STN",  # checksum, vulnerability ids, the chip maker,
    # the coenzyme, special administrative region / search and rescue, and other acronyms
})
# Currency words that are English words for other things: read only after a magnitude.
MAGNITUDE_ONLY = frozenset({"won", "marks", "sol", "sols", "kip", "kips", "dram", "drams", "quetzal", "quetzals",
                            "tala", "som", "lei", "leu", "pula", "pulas", "rand", "dong", "birr", "taka", "takas",
                            "kina"})
# Last words never read alone: "5 gold medals", "the one million mark", "2 million real users",
# "6 million Guarani speakers", "Afghani refugees"; their full names are read ("Zimbabwean gold").
NEVER_ALONE = frozenset({"gold", "mark", "real", "reals", "guarani", "guaranis", "afghani", "afghanis"})
# Codes that are also English words or abbreviations: their unit keeps its capitals ("TRY", "CUP"),
# so that a counted noun ("two tries", "four cups", "35,000 shp") never has a currency's unit.
WORD_CODES = EXCLUDED_CODES | {"SHP", "BSD", "ERN"}


def tender_currencies() -> dict[str, set[str]]:
    """ISO code -> territories where it is legal tender today (CLDR territory_currencies)."""
    found: dict[str, set[str]] = defaultdict(set)
    for territory, entries in get_global("territory_currencies").items():
        for code, _start, end, tender in entries:
            if end is None and tender:
                found[code].add(territory)
    return found


def _readable_symbol(symbol: str) -> bool:
    """Whether a symbol is kept: Latin or Cyrillic letters, currency signs, '$', '.', '/' and
    no-break spaces; not a single letter; not excluded."""
    if not symbol or symbol in EXCLUDED_SYMBOLS or (len(symbol) == 1 and symbol.isalpha()):
        return False
    for c in symbol:
        if c.isalpha():
            if not unicodedata.name(c, "").startswith(("LATIN", "CYRILLIC")):
                return False
        elif unicodedata.category(c) != "Sc" and c not in "$./ ":
            return False
    return True


def symbols(codes: dict[str, set[str]]) -> dict[str, set[str]]:
    """Written symbol -> the currencies CLDR (and SUPPLEMENT) give it."""
    found: dict[str, set[str]] = defaultdict(set)
    english = Locale("en")
    for code in codes:
        symbol = english.currency_symbols.get(code, code)
        if symbol != code:
            found[symbol].add(code)
    for ident in sorted(locale_identifiers()):
        locale = Locale.parse(ident)
        if not locale.territory:
            continue
        for code, territories in codes.items():
            if locale.territory in territories:
                symbol = locale.currency_symbols.get(code, code)
                if symbol != code:
                    found[symbol].add(code)
    return defaultdict(set, {" ".join(symbol.split()): codes for symbol, codes in found.items()})  # "F\u202fCFA" as "F CFA"


def names(codes: dict[str, set[str]]) -> tuple[dict[str, tuple[str, str]], dict[str, set[str]]]:
    """code -> (English name, plural); word -> currencies it may name (full names and last words)."""
    english = Locale("en")
    display: dict[str, tuple[str, str]] = {}
    words: dict[str, set[str]] = defaultdict(set)
    plural_names = english._data["currency_names_plural"]
    for code in codes:
        singular = english.currencies[code]
        plural = plural_names.get(code, {}).get("other", singular)
        display[code] = (singular, plural)
        for name in (singular, plural):
            words[name.lower()].add(code)
            last = name.split()[-1].lower()
            if last not in NEVER_ALONE:
                words[last].add(code)
    for word, code in EXTRA_NAMES.items():
        words[word].add(code)
    return display, words


def table(codes: dict[str, set[str]]) -> list[tuple[str, str, str, str, str, str]]:
    """Rows (unit, name, plural, symbols, words, after-magnitude words), sorted by unit."""
    display, words = names(codes)
    written = symbols(codes)
    for form, targets in SUPPLEMENT.items():  # English usage decides these forms (C$ is Canadian, not Nicaraguan)
        written[form] = set().union(*({target} if target in codes else words[target] for target in targets))
    for form in [f for f in written if f.endswith(".") and f[:-1] in written]:
        written[form] = written[form[:-1]] = written[form] | written[form[:-1]]
    units: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"symbols": set(), "words": set(), "magnitude": set()})

    def unit_of(form: str, targets: set[str]) -> str:
        if form in DEFAULTS:
            return DEFAULTS[form]
        return "/".join(sorted(targets))

    def unit_name(unit: str) -> str:
        return unit if unit in WORD_CODES else unit.lower()

    for form, targets in written.items():
        if _readable_symbol(form):
            units[unit_of(form, targets)]["symbols"].add(form)
    for code in codes:
        if code not in EXCLUDED_CODES:
            units[code]["symbols"].add(code)
    for word, targets in words.items():
        if word.lower() in (c.lower() for c in codes):
            continue
        key = "magnitude" if word in MAGNITUDE_ONLY else "words"
        units[unit_of(word, targets)][key].add(word)
    rows = []
    for unit in sorted(units):
        name, plural = display.get(unit, ("", ""))
        forms = units[unit]
        rows.append((unit_name(unit), name, plural, "|".join(sorted(forms["symbols"])), "|".join(sorted(forms["words"])),
                     "|".join(sorted(forms["magnitude"]))))
    _check(rows)
    return rows


def _check(rows: list[tuple[str, str, str, str, str, str]]) -> None:
    """Each form, lowercased, belongs to one unit: the reader looks forms up lowercased."""
    owner: dict[str, str] = {}
    for unit, _name, _plural, written, words, magnitude in rows:
        for form in [*written.split("|"), *words.split("|"), *magnitude.split("|")]:
            if form:
                key = form.lower()
                if owner.setdefault(key, unit) != unit:
                    raise SystemExit(f"{form!r} is a form of both {owner[key]} and {unit}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--out", type=Path, default=TARGET, help=f"where to write the table (default {TARGET})")
    args = parser.parse_args(argv)
    rows = table(tender_currencies())
    lines = [
        f"# Currencies: ISO 4217 codes, symbols and English names, from the Unicode CLDR {get_cldr_version()} "
        f"as Babel {babel.__version__} ships it.",
        "# Licence: see LICENSE-CLDR.txt beside this file (Unicode License v3, Copyright Unicode, Inc.).",
        "# Built by scripts/build_currencies.py; do not edit by hand.",
        "# unit: the unit factcheck gives the amount: an ISO 4217 code in lowercase (pln), in capitals where the code",
        "# is also an English word (TRY, CUP), or the codes a shared form may be, joined by '/' (kr: dkk/isk/nok/sek).",
        "# symbols: forms read before or after the number, in this case only; words: names read after it, any case;",
        "# magnitude: names read only after million, billion ... ('12 billion won'). Lists are '|'-separated.",
        "unit\tname\tplural\tsymbols\twords\tmagnitude",
    ]
    lines += ["\t".join(row) for row in rows]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    notice = Path(babel.__file__).parent / "locale-data" / "LICENSE.unicode"
    LICENCE.write_text(
        f"{args.out.name} in this directory is derived from the Unicode Common Locale Data Repository (CLDR "
        f"{get_cldr_version()}),\nas the babel package ({babel.__version__}) ships it, by "
        "scripts/build_currencies.py.\nThe CLDR licence and copyright notice follow verbatim.\n\n"
        + "-" * 72 + "\n\n" + notice.read_text(encoding="utf-8"), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
