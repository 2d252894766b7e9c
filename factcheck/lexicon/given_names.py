"""The gender a given name nearly always has: "harald" masculine, "ingrid" feminine.

Data: ``given_names.tsv``, 26,071 names built by ``scripts/build_given_names.py`` from the
reference data of nomquamgender 0.1.4 (Van Buskirk, Clauset and Larremore, "An open-source
cultural consensus approach to name-based gender classification", ICWSM 2023; MIT licence,
``LICENSE-nomquamgender.txt``): names that at least five sources and a hundred people attest,
95 % or more of them one gender. Names shared by both ("jean", "kim", "andrea") are not in it.
"""

from __future__ import annotations

import functools
from importlib import resources

_GENDERS = {"m": "masculine", "f": "feminine"}


@functools.cache
def _table() -> dict[str, str]:
    text = resources.files(__package__ or "factcheck.lexicon").joinpath("given_names.tsv").read_text(encoding="utf-8")
    return {name: _GENDERS[code] for line in text.splitlines() if line and not line.startswith("#")
            for name, code in [line.split("\t")]}


def given_name_gender(word: str) -> str | None:
    """"masculine" or "feminine" for a folded given name ("harald", "ingrid"), else ``None``
    (a name of both genders, or none the data knows). Ask it only of a name's first word: as a
    surname ("Clay", "Mark") the word says nothing of the person's gender."""
    return _table().get(word)


@functools.cache
def _person_nouns() -> dict[str, str]:
    text = resources.files(__package__ or "factcheck.lexicon").joinpath("person_genders.tsv").read_text(encoding="utf-8")
    return {word: gender for line in text.splitlines() if line and not line.startswith("#")
            for word, gender in [line.split("\t")]}


def person_noun_gender(word: str) -> str | None:
    """"masculine" or "feminine" for a folded singular noun that names a person of that gender
    ("brother", "mother", "schoolgirl"), else ``None`` ("parent", "lawyer", "victim"). Data:
    ``person_genders.tsv``, 452 nouns of WordNet 3.0 (Princeton University; ``LICENSE-WordNet.txt``)
    under {female person} or {male person}, built by ``scripts/build_person_genders.py``. Raises
    FileNotFoundError if the table is missing from the installed package."""
    return _person_nouns().get(word)
