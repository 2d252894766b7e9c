"""What a document's first line says of its subject: whether it is the name of an entity.

A Wikipedia article opens with its title, the name of its one subject ("Demographics of
Saint Kitts and Nevis", "1903 Boston mayoral election"); a news story opens with a headline,
a sentence about an event ("Bridge closure starts amid protests"), which names no entity the
whole document is about. Two documents whose titles name different entities are about two
subjects, and their parallel sentences ("In 1851 the population of the townland was 9")
state no disagreement; two news stories may be about one event whatever their headlines.
"""

from __future__ import annotations

import re

TITLE_WORD = 4  # letters from which a word of an entity's title is capitalised ("of", "the", "and" need not be)


def capitalised(line: str) -> bool:
    """Whether every word of ``line`` of :data:`TITLE_WORD` letters or more begins with a capital
    or a digit, as a name in title case does ("Demographics of Saint Kitts and Nevis") and a
    headline in sentence case does not ("Tribunal rules on Harbour Lane flats")."""
    return all(w[:1].isupper() or w[:1].isdigit() or len(w) < TITLE_WORD for w in line.split())


def names_its_subject(title: str, body: str) -> bool:
    """Whether a document's title (``title``, without its parenthesised qualifier) names the
    entity its ``body`` is about: it is written in title case (:func:`capitalised`), or the body
    states it (``body`` lower-cased, as a Wikipedia article's first sentence states its
    sentence-case title: "The 1903 Boston mayoral election occurred on ..."). A headline in
    sentence case that its story never repeats names none."""
    return capitalised(title) or title.lower() in body


_DIGITS = re.compile(r"\d+")
SERIES_SHARED = 2  # words two titles of one series share at least around what differs


def one_series(title_a: str, title_b: str) -> bool:
    """Whether two different titles name two instances of one series: the same words around one
    run that differs, as many as differ in the shorter title or more ("2018 Perak state
    election" / "2018 Johor state election", "History of Germany" / "History of France"), or
    only numbers apart ("1903 Boston mayoral election" / "1921 ..."). Their articles state the
    same facts of different things in the same sentences ("... won 14 seats")."""
    a, b = title_a.casefold(), title_b.casefold()
    if a == b:
        return False
    if _DIGITS.sub("", a) == _DIGITS.sub("", b):
        return True
    words_a, words_b = a.split(), b.split()
    prefix = 0
    while prefix < min(len(words_a), len(words_b)) and words_a[prefix] == words_b[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(words_a), len(words_b)) - prefix and words_a[-1 - suffix] == words_b[-1 - suffix]:
        suffix += 1
    shared = prefix + suffix
    return shared >= SERIES_SHARED and 2 * shared >= min(len(words_a), len(words_b))
