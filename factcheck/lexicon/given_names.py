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

