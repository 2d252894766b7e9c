"""What kind of thing: a noun's modifier and its "of" complement, against each other.

English says the kind of a thing before its noun or after it with "of": "embezzlement charges"
and "charges of embezzlement" are one thing, "embezzlement charges" and "charges of fraud" are
two. A word-by-word alignment pairs "charges" with "charges" and leaves "embezzlement" to be
found anywhere in the source. This module compares the word that says which kind, across the
two forms (a noun-noun compound's modifier; the noun of an "of" phrase, past a determiner):
when both sides name one and they differ (common nouns that WordNet makes no synonyms), the
claim's word is nowhere in the passage and the passage's nowhere in the claim, the claim's word
is *unstated* by that passage (``Alignment.unattributed``): the claim is at best ``partial``.
The same form on both sides ("charges of libel" / "charges of fraud") is
``Alignment.replaced_nouns``'s to compare.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.lexicon.nouns import is_common_noun
from factcheck.match.cues import ARTICLES, POSSESSIVE_ENDINGS, Token
from factcheck.match.synonyms import synonym_terms


def replaced_kinds(ours: Sequence[Token], theirs: Sequence[Token],
                   pairs: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The index terms of claim words that say which kind of an aligned noun, where the
    passage says another kind in the other form.

    Args:
        ours, theirs: the claim's and the passage's tokens.
        pairs: the alignment, (claim index, passage index) pairs.

    Returns:
        The claim's terms (possibly empty): "embezzlement" for "faces embezzlement charges"
        against "faces charges of fraud", and "embezzlement" for "charges of embezzlement"
        against "fraud charges"."""
    their_keys = {t.key for t in theirs if t.key}
    our_keys = {t.key for t in ours if t.key}
    found: set[str] = set()
    for i, j in pairs:
        if not _noun(ours, i) or not _noun(theirs, j):
            continue
        for mine, other in ((_modifier(ours, i), _complement(theirs, j)),
                            (_complement(ours, i), _modifier(theirs, j))):
            if mine is None or other is None:
                continue
            x, y = ours[mine], theirs[other]
            # (Each side's word is the other's nowhere: "the great majority of rapes" / "the vast
            # majority of rapes" compares "great" with "vast", not with "rapes".)
            if x.key and y.key and x.key not in their_keys and y.key not in our_keys \
                    and y.key not in synonym_terms(x.folded) and x.key not in synonym_terms(y.folded):
                found.add(x.key)
    return frozenset(found)


def _noun(tokens: Sequence[Token], k: int) -> bool:
    t = tokens[k]
    return t.word and bool(t.key) and not t.capital and is_common_noun(t.folded)


def _modifier(tokens: Sequence[Token], k: int) -> int | None:
    """The noun right before the noun at ``k`` that says its kind ("embezzlement charges"), if any."""
    m = k - 1
    return m if m >= 0 and _noun(tokens, m) and not tokens[m].folded.endswith(POSSESSIVE_ENDINGS) else None


def _complement(tokens: Sequence[Token], k: int) -> int | None:
    """The noun of the "of" phrase right after the noun at ``k`` ("charges of fraud"), if it is
    one word before punctuation, a function word or the end (not "of the education sector")."""
    if k + 1 >= len(tokens) or tokens[k + 1].folded != "of":
        return None
    m = k + 2
    while m < len(tokens) and tokens[m].folded in ARTICLES:
        m += 1
    if m >= len(tokens) or not _noun(tokens, m):
        return None
    after = tokens[m + 1] if m + 1 < len(tokens) else None
    return m if after is None or not after.word or after.key is None else None
