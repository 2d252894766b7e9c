"""Synonyms as index terms: which terms of a passage may stand for a word of a claim.

The synonyms are WordNet's (:mod:`factcheck.lexicon.synonyms`: two words whose first sense is one
synset, "founded" / "established"); here each synonym lemma is mapped to the index terms its
forms get (:func:`factcheck.index.bm25.lemma_term` for the lemma and its regular inflections,
:func:`factcheck.index.bm25.term` for its irregular forms, "uphold" -> "uphold", "upheld"), so that
retrieval's coverage and the word-by-word alignment can compare them with a passage's terms.
The lexicon may not import the index (tests/test_layers.py), so the mapping lives here.
"""

from __future__ import annotations

from functools import lru_cache

from factcheck.index.bm25 import lemma_term, term
from factcheck.lexicon.synonyms import irregular_forms, phrasal_synonyms, synonyms

__all__ = ["PARTS", "phrasal_partner_terms", "phrasal_synonym_terms", "synonym_terms"]

PARTS = ("v",)
"""The parts of speech whose synonyms are used: verbs only. Measured on WiCE dev and the seeds'
new-user claims, noun and adjective synonyms let a passage about another thing or event cover a
claim ("store" / "shop": a claim that Starbucks will open a store in Baku found the sentence on
its first shop in Seattle, and was contradicted by its date; "custody" / "detainment" made a
false claim supported), while a verb's synonym paraphrases the claim's predicate
("established" / "founded", "kept" / "held")."""


@lru_cache(maxsize=1 << 16)
def synonym_terms(word: str) -> frozenset[str]:
    """The index terms of the synonyms of a folded word of a text, its own term left out.

    Verbs only (:data:`PARTS`). ``synonym_terms("founded")`` has "establish"; ``synonym_terms("established")`` has "found"
    (the term of "founded", not of the word "found", which is "find"). Numbers and stopwords
    give no term; a word without synonyms (or not a word) gives the empty set.

    Raises TypeError if word is not a str.
    """
    return _terms_of(synonyms(word, PARTS), term(word) if word else None)


def _terms_of(lemmas: frozenset[str], own: str | None) -> frozenset[str]:
    """The index terms of lemmas and their irregular forms, ``own`` (the word's own term) left out."""
    found: set[str] = set()
    for lemma in lemmas:
        for t in (lemma_term(lemma), *map(term, irregular_forms(lemma))):
            if t is not None and t != own and not t.isdigit():
                found.add(t)
    return frozenset(found)


@lru_cache(maxsize=1 << 14)
def phrasal_synonym_terms(verb: str, particle: str) -> frozenset[str]:
    """The index terms of the single verbs that are WordNet synonyms of the phrasal verb ``verb
    particle`` (:func:`factcheck.lexicon.synonyms.phrasal_synonyms`, first senses only), the verb's
    own term left out: ``phrasal_synonym_terms("set", "up")`` has "establish" and "found", so a
    passage that says "was established in 2017" covers the "set" of "was set up in 2015". A
    synonym that is itself a phrasal verb gives no term: its verb alone is another verb ("bring"
    of "bring down"). Empty where the two words make no phrasal verb of the table.

    Raises FileNotFoundError or ValueError if the lexicon's data file is missing or malformed.
    """
    return _terms_of(frozenset(lemma for lemma in phrasal_synonyms(verb, particle) if "_" not in lemma), term(verb))


@lru_cache(maxsize=1 << 14)
def phrasal_partner_terms(verb: str, particle: str) -> frozenset[str]:
    """The index terms of the verbs of the phrasal verbs with the same particle that are WordNet
    synonyms of ``verb particle`` (first senses only, as :func:`phrasal_synonym_terms`), the
    verb's own term left out: ``phrasal_partner_terms("switched", "off")`` has the term of "turn"
    ("turn off"), so "switched off her phone" pairs with "turned off her phone". Only a partner
    of the same particle: its verb stands for the phrasal verb where that particle follows it,
    which the caller checks; a partner with another particle ("calm down" / "cool off") gives
    nothing, since its verb alone is another verb.

    Raises FileNotFoundError or ValueError if the lexicon's data file is missing or malformed.
    """
    suffix = "_" + particle.lower()
    return _terms_of(frozenset(lemma[:-len(suffix)] for lemma in phrasal_synonyms(verb, particle)
                               if lemma.endswith(suffix) and "_" not in lemma[:-len(suffix)]), term(verb))
