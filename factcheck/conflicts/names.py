"""Spelling variants of one name across documents (Abay / Abai, Assem / Asem).

Names are compared word by word under the spelling-variant key (``variant_key``), so
grouping is a dictionary lookup and never a comparison of every name with every other.
A shared key is not enough: two spellings count as one entity only when the sources
give evidence of it, either the rest of the full name agrees (Assem Zhapisheva /
Asem Zhapisheva) or the sentences around the two spellings share rare words. That keeps
out two people who merely share a transliterated first name in unrelated articles.
Identical spellings are never variants, so Nursultan (a boy) against Nursultan
Nazarbayev, or Turkistan the city against Turkistan the region, are not reported here;
gendered surnames (Batyrbekov / Batyrbekova) have different keys and never meet.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from factcheck.conflicts.analysis import (
    Analysis,
    NameStatistics,
    NameWord,
    conflict_value,
    weighted_overlap,
    window_terms,
)
from factcheck.index.bm25 import terms
from factcheck.inputs.aliases import Aliases
from factcheck.models import Conflict
from factcheck.sources.normalize import fold, variant_key
from factcheck.values import is_name_variant, name_key

FULL_NAME = 0.95  # the rest of a multi-word name agrees (Assem / Asem Zhapisheva)
SAME_ROLE = 0.8  # both spellings stand beside words of one role ("town" / "village")
_ROLE_CLASSES = {
    "place": "town village city settlement region province district county oblast capital country state",
    "nature": "river lake mountain island sea valley",
    "press": "journalist reporter editor blogger correspondent newspaper magazine",
    "arts": "poet writer artist singer actor painter composer",
    "politics": "president minister politician official ombudsman ombudswoman governor mayor",
    "law": "judge lawyer prosecutor",
    "sport": "player footballer athlete coach",
}
ROLES = {word: role for role, words in _ROLE_CLASSES.items() for word in words.split()}


def name_variants(analysis: Analysis, aliases: Aliases) -> list[Conflict]:
    """One finding per entity whose name the documents spell in different ways."""
    findings = []
    seen: set[frozenset[tuple[str, int]]] = set()
    spellings = _statistics(analysis).spellings
    sides = _sides(analysis, spellings)
    for key in sorted(spellings):
        for finding in _findings(analysis, spellings[key], aliases, sides):
            where = frozenset((v.source_id, v.start) for v in finding.values)
            if where not in seen:  # Dmitry Donskoy / Dmitrii Donskoi: one finding, not two
                seen.add(where)
                findings.append(finding)
    return findings


Side = tuple[NameWord, tuple[str, str], str]  # a spelling in a document: its longest name's word, that name's rest, the first word


def _spellings(analysis: Analysis, by_spelling: dict[str, dict[int, list[NameWord]]]) -> list[str]:
    """The spellings of one key worth comparing, sorted: not words the corpus writes in lowercase (Mayor, Star)."""
    return sorted(s for s in by_spelling if s not in _statistics(analysis).lowercase)


def _sides(analysis: Analysis, spellings: dict[str, dict[str, dict[int, list[NameWord]]]]) -> dict[int, Side]:
    """Each spelling's side in each document (:data:`Side`, by the ``id`` of its list of
    occurrences): read a document at a time, so that each document's text is loaded once,
    rather than once per pair of documents that it is part of."""
    by_doc: dict[int, list[list[NameWord]]] = {}
    for by_spelling in spellings.values():
        for spelled in _spellings(analysis, by_spelling):
            for doc, words in by_spelling[spelled].items():
                by_doc.setdefault(doc, []).append(words)
    rests: dict[tuple[str, str], tuple[str, str]] = {}
    sides: dict[int, Side] = {}
    for doc in sorted(by_doc):
        for words in by_doc.pop(doc):
            full = _longest(analysis, words)
            rest = _rest(analysis, full)
            sides[id(words)] = (full, rests.setdefault(rest, rest), _word(analysis, words[0]))
    return sides


def _findings(analysis: Analysis, by_spelling: dict[str, dict[int, list[NameWord]]], aliases: Aliases,
              sides: dict[int, Side] | None = None) -> list[Conflict]:
    """Link the spellings of one key that the sources show to be one entity; one finding
    per entity (Joseph / Josef Stalin and Joseph / Josef Beuys share a key, not a person).
    ``sides``: each spelling's :data:`Side` in each document (:func:`_sides`), when read ahead."""
    links: list[tuple[float, tuple[str, NameWord], tuple[str, NameWord], bool]] = []
    spellings = _spellings(analysis, by_spelling)
    if sides is None:
        sides = _sides(analysis, {"": {s: by_spelling[s] for s in spellings}})
    for i, first in enumerate(spellings):
        for second in spellings[i + 1:]:
            found, same = _link(analysis, by_spelling[first], by_spelling[second], aliases, sides)
            links += [(score, (first, a), (second, b), same) for score, a, b in found]
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(node: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(node, node) != node:
            node = parent[node]
        return node

    for _, (sa, a), (sb, b), _ in links:
        parent[root((sa, a.doc))] = root((sb, b.doc))
    groups: dict[tuple[str, int], list[tuple[float, tuple[str, NameWord], tuple[str, NameWord], bool]]] = {}
    for link in links:
        groups.setdefault(root((link[1][0], link[1][1].doc)), []).append(link)
    return [_from_links(analysis, group) for _, group in sorted(groups.items())]


def _from_links(analysis: Analysis, links: Sequence[tuple[float, tuple[str, NameWord], tuple[str, NameWord], bool]]) -> Conflict:
    """One entity's finding: the best-evidenced occurrence of each spelling in each document."""
    best: dict[tuple[str, int], tuple[float, NameWord]] = {}
    for score, *sides, _ in links:
        for spelled, word in sides:
            if best.get((spelled, word.doc), (-1.0,))[0] < score:
                best[(spelled, word.doc)] = (score, word)
    return _conflict(analysis, best, all(link[3] for link in links))


def _link(analysis: Analysis, ours: dict[int, list[NameWord]], theirs: dict[int, list[NameWord]],
          aliases: Aliases, sides: dict[int, Side]) -> tuple[list[tuple[float, NameWord, NameWord]], bool]:
    """Every pair of documents whose two spellings are evidenced to be one entity,
    with the best-placed occurrences, and whether the aliases file declares them one."""
    sample_a, sample_b = sides[id(ours[min(ours)])][2], sides[id(theirs[min(theirs)])][2]
    if not is_name_variant(sample_a, sample_b) or aliases.are_different(sample_a, sample_b):
        return [], False
    common = _statistics(analysis).df(variant_key(sample_a)) > max(5, len(analysis.documents) // 1000)
    links = []
    for doc_a, doc_b in _pairs(ours, theirs, sides, common):
        words_a, words_b = ours[doc_a], theirs[doc_b]
        linked = _evidence(analysis, (words_a, *sides[id(words_a)][:2]), (words_b, *sides[id(words_b)][:2]), common)
        if linked is not None and not aliases.are_different(_name(analysis, linked[1]), _name(analysis, linked[2])):
            links.append(linked)
    same = aliases.are_same(sample_a, sample_b) or any(
        aliases.are_same(_name(analysis, a), _name(analysis, b)) for _, a, b in links)
    return links, same


def _pairs(ours: dict[int, list[NameWord]], theirs: dict[int, list[NameWord]], sides: dict[int, Side],
           common: bool) -> list[tuple[int, int]]:
    """The pairs of documents (one per spelling, not the same one) whose evidence may link
    the spellings, in order. For a common name every pair is read, save those :func:`_evidence`
    turns down on their rests alone: only two full names with the same rest can link it."""
    if not common:
        return [(a, b) for a in sorted(ours) for b in sorted(theirs) if a != b]
    by_rest: dict[tuple[str, str], list[int]] = {}
    for b in sorted(theirs):
        rest = sides[id(theirs[b])][1]
        if any(rest):
            by_rest.setdefault(rest, []).append(b)
    return [(a, b) for a in sorted(ours) for b in by_rest.get(sides[id(ours[a])][1], ()) if a != b]


def _evidence(analysis: Analysis, side_a: tuple[Sequence[NameWord], NameWord, tuple[str, str]],
              side_b: tuple[Sequence[NameWord], NameWord, tuple[str, str]],
              common: bool) -> tuple[float, NameWord, NameWord] | None:
    """How sure we are that two documents' spellings name one entity, and where best;
    each side is a document's occurrences of its spelling, the one in its longest name
    (:func:`_longest`) and that name's other words (:func:`_rest`).

    A document introduces a person once by full name and then by one word, so each side
    is read as its longest name: two full names must agree on their other words
    (Nursultan Abenov against Nursultan Nazarbayev are two people). One-word names need
    a role in common beside them (town / village) or rare words in common around them.
    """
    (words_a, full_a, rest_a), (words_b, full_b, rest_b) = side_a, side_b
    if any(rest_a) and any(rest_b):
        return (FULL_NAME, full_a, full_b) if rest_a == rest_b and _rare(analysis, rest_a) else None
    if any(rest_a) or any(rest_b):  # Mohamed Nasheed in one, a bare Mohammed in the other
        rest, other = (rest_a, full_b.doc) if any(rest_a) else (rest_b, full_a.doc)
        words = set(" ".join(rest).split())
        if analysis.uses(other, words) != words:
            return None
    if common:
        return None  # a common first name (Henry, Mohamed): one word cannot tell who
    best: tuple[float, NameWord, NameWord] | None = None
    for a in words_a[:2]:  # the first mentions: enough to see a role, and a bounded cost
        for b in words_b[:2]:
            score = _local_evidence(analysis, a, b)
            if score > 0 and (best is None or score > best[0]):
                best = (score, a, b)
    return best


def _local_evidence(analysis: Analysis, a: NameWord, b: NameWord) -> float:
    """Evidence from the words around two one-word names: a role in common, and words.

    Sharing rare context words alone proved too weak on Wikipedia (Haley / Khaleeji),
    so a shared role is required; context overlap only raises the confidence.
    """
    if not _roles(analysis, a) & _roles(analysis, b):
        return 0.0
    own = set(terms(fold(_word(analysis, a)))) | set(terms(fold(_word(analysis, b))))
    share, _ = weighted_overlap(analysis, window_terms(analysis, a.passage, 2),
                                window_terms(analysis, b.passage, 2), ignore=own)
    return round(min(0.9, SAME_ROLE + share / 4), 3)


def _roles(analysis: Analysis, word: NameWord) -> set[str]:
    """Role classes of the words just around a name ("the town of Abay", "journalist X")."""
    return {ROLES[w] for w in _role_words(analysis, word)}


def _role_words(analysis: Analysis, word: NameWord) -> set[str]:
    """Role words among the three words on each side of a name, within its sentence."""
    text = analysis.documents[word.doc].text
    start, end = analysis.span(word.passage)
    before = fold(text[max(start, word.name_start - 40):word.name_start]).split()[-3:]
    after = fold(text[word.name_end:min(end, word.name_end + 40)]).split()[:3]
    return {w.strip(",.;:()'\"") for w in before + after} & ROLES.keys()


def _longest(analysis: Analysis, words: Sequence[NameWord]) -> NameWord:
    """The occurrence within the longest name (first such one)."""
    return max(words, key=lambda w: (len(_name(analysis, w).split()), -w.start))


def _rest(analysis: Analysis, word: NameWord) -> tuple[str, str]:
    """The variant keys of the words before and after the spelling in its full name."""
    text = analysis.documents[word.doc].text
    before = text[word.name_start:word.start]
    after = text[word.end:word.name_end].removeprefix("'s").removeprefix("’s")
    return name_key(before.strip()), name_key(after.strip())


def _rare(analysis: Analysis, rest: tuple[str, str]) -> bool:
    """Whether the agreeing part of two full names is telling: a word of four letters or
    more that few documents use (Zhapisheva, Melanchthon; not John, not a numeral)."""
    limit = max(3, len(analysis.documents) // 100)
    return any(len(w) >= 4 and _statistics(analysis).df(w) <= limit for w in " ".join(rest).split())


def _statistics(analysis: Analysis) -> NameStatistics:
    """The corpus-wide name statistics this finder needs (gathered by ``analyse``)."""
    if analysis.statistics is None:
        raise ValueError("name variants need the corpus's name statistics: build the analysis with analyse()")
    return analysis.statistics


def _conflict(analysis: Analysis, best: dict[tuple[str, int], tuple[float, NameWord]], explained: bool) -> Conflict:
    """Build the finding: one value per spelling and document, best-evidenced first."""
    order = sorted(best.items(), key=lambda item: (item[0][1], item[1][1].start))
    values = tuple(
        conflict_value(analysis, word.passage, word.start, word.end,
                       detail=_name(analysis, word) if word.name_end - word.name_start > word.end - word.start else "")
        for (_, _), (_, word) in order)
    confidence = max(score for score, _ in best.values())
    docs = {doc for _, doc in best}
    confidence = round(min(0.99, confidence + 0.02 * (len(docs) - 2)), 3)
    words = [word for _, word in best.values()]
    return Conflict("name_variant", _subject(analysis, words), confidence, values, explained,
                    "declared one entity in the aliases file" if explained else "")


def _subject(analysis: Analysis, words: Sequence[NameWord]) -> str:
    """"town / village spelled Abai / Abay": the role words beside the name, and its spellings."""
    roles: Counter[str] = Counter()
    for word in words:
        roles.update(_role_words(analysis, word))
    top = [role for role, _ in sorted(roles.items(), key=lambda kv: (-kv[1], kv[0]))[:2]]
    names = sorted({_name(analysis, w) for w in words}, key=lambda n: (fold(n), n))
    label = " / ".join(top) if top else "name"
    return f"{label} spelled {' / '.join(names)}"


def _name(analysis: Analysis, word: NameWord) -> str:
    """The full name an occurrence belongs to, possessive dropped."""
    name = analysis.documents[word.doc].text[word.name_start:word.name_end]
    return name.removesuffix("'s").removesuffix("’s")


def _word(analysis: Analysis, word: NameWord) -> str:
    """The spelling itself, as written."""
    return analysis.documents[word.doc].text[word.start:word.end]


def _first(by_doc: dict[int, list[NameWord]]) -> NameWord:
    """The first occurrence of a spelling, in document order."""
    return by_doc[min(by_doc)][0]
