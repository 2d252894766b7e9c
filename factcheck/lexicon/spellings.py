"""British spellings and their American forms, so that one word spelt two ways is one term.

"colour" and "color", "metres" and "meters", "travelled" and "traveled", "defence" and "defense":
a source and a claim written on either side of the Atlantic state the same word. The table is
breame's (Apache-2.0; https://pypi.org/project/breame/), 1,730 British forms each with its
American one, built from Wikipedia's lists of American and British spelling differences and the
tysto.com UK-US spelling list. Only spellings are read, never its lists of words whose meanings
differ ("pants", "chips"): those are one spelling with two senses, not two spellings.
"""

from __future__ import annotations

from types import MappingProxyType

from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS  # type: ignore[import-untyped]

__all__ = ["AMERICAN_SPELLINGS", "american_spelling"]

AMERICAN_SPELLINGS: MappingProxyType[str, str] = MappingProxyType({
    str(british): str(american) for british, american in BRITISH_ENGLISH_SPELLINGS.items()
    if british.isalpha() and american.isalpha() and british != american})
"""Lowercase British spelling → its American spelling (single words only)."""


def american_spelling(word: str) -> str:
    """The American spelling of a lowercase word ("metres" → "meters"), or the word itself."""
    return AMERICAN_SPELLINGS.get(word, word)
