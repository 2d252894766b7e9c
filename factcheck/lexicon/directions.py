"""Which way a word of change goes: "rose", "climbed", "an increase" go up; "fell", "eased", "a drop" go down.

A closed class, kept here because no lexicon at hand has it whole. The verbs are Levin's
*calibratable change of state* verbs, which say that a value moved along a scale (Levin 1993,
*English Verb Classes and Alternations*, class 45.6: appreciate, balloon, climb, decline,
decrease, depreciate, diminish, drop, fall, gain, grow, increase, jump, mushroom, plummet,
plunge, rise, rocket, skyrocket, soar, surge, tumble; its members without a direction, differ,
fluctuate and vary, are left out), with the direction WordNet 3.0 gives each: a sense under
{increase} ("become bigger or greater in amount") or under {decrease, diminish, lessen, fall}, or
a gloss "go up / go down in value". To them are added the verbs and nouns of the same senses
that WordNet places under those two synsets and that news text uses of figures: mount, double,
triple, quadruple, treble, dip ("go down momentarily; 'Prices dipped'"), slump ("go down in
value"), sink, shrink, dwindle, lessen, halve; the causative raise, boost, cut and reduce
("cut taxes by 2%", "a tax cut of 5%"); lose and loss; the nouns increase, rise, gain, jump,
growth, decrease, decline, drop, fall, reduction; and the adverbs up and down ("was up 50%").
WordNet lacks the price senses of two verbs the financial press uses for small moves, ease
("of prices, interest rates: to become slightly lower") and slip ("to fall to a lower level"),
both as the Collins English Dictionary defines them; they are added from there.

Opposite directions are WordNet antonyms as well (rise / fall, increase / decrease:
:mod:`factcheck.lexicon.antonyms`); this table adds what WordNet does not pair, words of one
direction ("fell" / "eased", "rose" / "climbed"), for a change the value reader compares
(:mod:`factcheck.values.clashes`).

Standard library only; within factcheck this module imports only its sibling lexicon modules.
"""

from __future__ import annotations

import functools

from factcheck.lexicon.antonyms import lemma_candidates
from factcheck.lexicon.lemmas import IRREGULAR

__all__ = ["DOWN", "UP", "direction"]

UP = frozenset("""
rise increase climb grow jump soar surge gain mount rocket skyrocket balloon mushroom appreciate
double triple quadruple treble raise boost growth up
""".split())
DOWN = frozenset("""
fall drop decline decrease diminish plummet plunge tumble depreciate dip slump sink shrink dwindle
lessen halve cut reduce reduction lose loss ease slip down
""".split())


@functools.lru_cache(maxsize=1 << 14)
def direction(word: str) -> str:
    """``"up"``, ``"down"`` or ``""``: the way a word of change goes, in any inflection or case.

    ``direction("rose")``, ``("Climbed")``, ``("increases")`` and ``("up")`` are "up";
    ``direction("fell")``, ``("eased")``, ``("dipped")``, ``("slipped")`` and ``("losses")`` are
    "down"; a word of no change (``"said"``, ``"upset"``) gives "". Raises
    FileNotFoundError or ValueError if the lemmatizer's inflections.tsv is missing or malformed.
    """
    lowered = word.lower()
    if not lowered.isalpha():
        return ""
    forms = {lowered, IRREGULAR.get(lowered, lowered)}
    lemmas = {lemma for form in forms for pos in ("v", "n") for lemma in lemma_candidates(form, pos)}
    if lemmas & UP:
        return "up"
    if lemmas & DOWN:
        return "down"
    return ""
