"""Epithets of places: "the Central Asian nation", "the Balkan country", "the Gulf emirate".

News style avoids repeating a name by describing what it names (the style guides' "elegant
variation"): "Kazakhstan's ombudswoman" becomes "the Central Asian nation's ombudswoman". Such
a description refers to a named place without naming it, so its capitalised adjective is no
name to compare with the claim's. "the Turkistan region" names the region and stays a name.
"""

from __future__ import annotations

# Nouns of the places and polities an epithet describes.
CLASS_NOUNS = frozenset("nation country state republic kingdom emirate monarchy region province territory "
                        "island city capital town".split())
# Those of one settlement, which holds no other of its kind: one event happens in one of them.
SETTLEMENT_NOUNS = frozenset("city capital town village".split())

# Endings of adjectives of place (demonyms: Asian, European, African, Japanese, Polish, Western,
# Baltic). A bare "-an" is no such ending: "Hunan province", "Sichuan province" name a province.
_DEMONYM_ENDINGS = ("ian", "ean", "can", "ese", "ish", "ern", "tic")
_POSSESSIVE = ("'s", "’s", "'", "’")


def is_place_epithet(last: str, following: str) -> bool:
    """Whether a capitalised word ``last`` (folded) that ends a run of capitalised words, before
    the lowercase word ``following`` (folded, possibly possessive: "nation's"), describes a
    place instead of naming it: an adjective of place before a class noun."""
    for ending in _POSSESSIVE:
        following = following.removesuffix(ending)
    return following in CLASS_NOUNS and last.endswith(_DEMONYM_ENDINGS)
