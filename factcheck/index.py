"""An inverted index of normalised terms over passages, ranked with BM25.

Retrieval must not cost ``claims x sentences`` fuzzy comparisons: the index narrows a
claim to a few dozen candidate passages, and rapidfuzz is spent on those alone.
Terms are folded, stemmed (Snowball, after irregular verbs are brought to their base
form) and put under their spelling-variant key, so ``sentenced``/``sentence``,
``went``/``go`` and ``Abay``/``Abai`` meet, and number words meet digits.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

import snowballstemmer

from factcheck.lemmas import IRREGULAR
from factcheck.models import Passage
from factcheck.normalize import variant_key, words

# Function words, plus light verbs ("took place", "happened") that say nothing about
# which event a sentence is about.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself
    just me more most my myself no nor not of off on once only or other our ours ourselves out over
    own same she should so some such than that the their theirs them themselves then there these they
    this those through to too under until up very was we were what when where which while who whom
    why will with would you your yours yourself yourselves s t d ll m re ve said says say
    take takes took taken taking place happen happens happened occur occurs occurred
    within without upon among amongst across along around behind beyond despite toward towards
    via onto per amid throughout inside outside near ago whose whether either neither""".split()
)
NUMBER_WORDS = {
    w: str(n)
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80",
     "ninety": "90", "hundred": "100", "thousand": "1000", "dozen": "12"}

_STEMMER = snowballstemmer.stemmer("english")
_K1 = 1.2
_B = 0.75


@lru_cache(maxsize=262144)
def term(word: str) -> str | None:
    """Map one folded word to its index term, or None for a stopword."""
    if word in STOPWORDS:
        return None
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if word.isdigit():
        return word.lstrip("0") or "0"
    base = IRREGULAR.get(word, word)
    if base in STOPWORDS:
        return None
    return variant_key(_STEMMER.stemWord(base))


def terms(folded: str) -> list[str]:
    """Return the index terms of a folded text, in order, stopwords left out."""
    return [t for _, _, w in words(folded) if (t := term(w)) is not None]


class Index:
    """BM25 over passages; postings hold ``(passage id, term frequency)``."""

    def __init__(self, passages: Sequence[Passage]) -> None:
        self.passages = passages
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.lengths: list[int] = []
        for pid, passage in enumerate(passages):
            counts = Counter(terms(passage.norm))
            self.lengths.append(sum(counts.values()))
            for t, tf in counts.items():
                self.postings[t].append((pid, tf))
        self.average_length = (sum(self.lengths) / len(self.lengths)) if self.lengths else 1.0

    def idf(self, t: str) -> float:
        """Return the BM25 inverse document frequency of a term.

        A term no passage contains gets the highest weight: for a claim, a word that no
        source uses is the strongest sign that the sources do not say it.
        """
        df = len(self.postings.get(t, ()))
        n = len(self.lengths)
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))

    def search(self, query: Iterable[str], limit: int, *, docs: set[int] | None = None) -> list[tuple[int, float]]:
        """Return the best ``limit`` passages for the query terms as ``(passage id, score)``.

        ``docs`` restricts the search to those documents. Ties break on passage id,
        so results are deterministic.
        """
        scores: dict[int, float] = defaultdict(float)
        for t in set(query):
            postings = self.postings.get(t)
            if not postings:
                continue
            weight = self.idf(t)
            for pid, tf in postings:
                if docs is not None and self.passages[pid].doc not in docs:
                    continue
                norm = 1.0 - _B + _B * self.lengths[pid] / self.average_length
                scores[pid] += weight * tf * (_K1 + 1.0) / (tf + _K1 * norm)
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        return ranked[:limit]
