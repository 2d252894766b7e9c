"""The corpus as ``conflicts`` sees it: passages, one index, and the values of each passage.

Everything is computed once, document by document, so that the cost grows with the
size of the corpus and not with the number of document pairs. Values are extracted
from the whole document (name detection needs the document's own vocabulary) and then
handed to the passage (sentence) that holds them.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from factcheck.index.bm25 import Index, terms
from factcheck.models import ConflictValue, Document, Passage, Value
from factcheck.sources.normalize import fold, variant_key
from factcheck.sources.passages import split_passages
from factcheck.values import extract_values

QUANTITY_KINDS = frozenset({"number", "duration", "age", "date", "ordinal"})
MIN_NAME_WORD = 4  # shorter words collide too easily under the variant key (Bay/Bai)
_LOWER = re.compile(r"(?<![\w'’-])[a-z]{4,}\b")
MAX_OCCURRENCES = 6  # per spelling and document: enough to pick the best-placed one
_DIGITS = re.compile(r"\d+")
_PARENTHESIS = re.compile(r"\([^)]*\)")


@dataclass(frozen=True, slots=True)
class NameWord:
    """One word of a name where a document uses it: the word and its whole name."""

    doc: int
    start: int
    end: int
    name_start: int
    name_end: int
    passage: int


@dataclass(slots=True)
class Analysis:
    """Passages of every document, their index, and what they state."""

    documents: Sequence[Document]
    passages: list[Passage] = field(default_factory=list)
    quantities: dict[int, list[Value]] = field(default_factory=dict)
    names: dict[int, list[Value]] = field(default_factory=dict)
    spellings: dict[str, dict[str, dict[int, list[NameWord]]]] = field(default_factory=dict)
    doc_ranges: list[range] = field(default_factory=list)
    doc_names: list[Counter[str]] = field(default_factory=list)
    name_df: Counter[str] = field(default_factory=Counter)
    lowercase: set[str] = field(default_factory=set)
    index: Index | None = None
    # Per-run caches: every finder asks for the same terms, df and idf many times over.
    _terms: dict[int, list[str]] = field(default_factory=dict, repr=False)
    _df: dict[str, int] = field(default_factory=dict, repr=False)
    _idf: dict[str, float] = field(default_factory=dict, repr=False)

    def text(self, pid: int) -> str:
        """The verbatim text of a passage."""
        passage = self.passages[pid]
        return self.documents[passage.doc].text[passage.start:passage.end]

    def terms_of(self, pid: int) -> list[str]:
        """The index terms of a passage (computed once; callers must not modify the list)."""
        found = self._terms.get(pid)
        if found is None:
            found = self._terms[pid] = terms(self.passages[pid].norm)
        return found

    def idf(self, term: str) -> float:
        """The BM25 idf of a term over all passages."""
        if self.index is None:
            return 0.0
        found = self._idf.get(term)
        if found is None:
            found = self._idf[term] = self.index.idf(term)
        return found

    def topic(self, doc: int, size: int = 1) -> set[str]:
        """The names a document is about: its most frequent names that few documents share."""
        n = len(self.documents)
        counts = self.doc_names[doc]
        weight = {k: c * math.log(1 + n / self.name_df[k]) for k, c in counts.items() if self.name_df[k] <= max(2, n // 2)}
        return set(sorted(weight, key=lambda k: (-weight[k], k))[:size])

    def title(self, doc: int) -> str:
        """The first line of a document when it is a title (short, no closing stop)."""
        text = self.documents[doc].text.lstrip()
        line = text.split("\n", 1)[0].strip()
        return "" if len(line.split()) > 12 or line[-1:] in ".!?" else line

    def df(self, term: str) -> int:
        """In how many passages a term occurs."""
        if self.index is None:
            return 0
        found = self._df.get(term)
        if found is None:
            found = self._df[term] = self.index.df(term)
        return found


def analyse(documents: Sequence[Document], *, passages: Sequence[Passage] | None = None,
            index: Index | None = None) -> Analysis:
    """Split, extract and index every document once.

    A caller that already holds the corpus's passages (in document order, as
    ``split_passages`` makes them) and their index passes them in, so that ``check``'s
    cross-check does not split and index the corpus a second time.
    """
    by_doc: dict[int, list[Passage]] = defaultdict(list)
    for passage in passages or ():
        by_doc[passage.doc].append(passage)
    analysis = Analysis(documents)
    spellings: dict[str, dict[str, dict[int, list[NameWord]]]] = defaultdict(lambda: defaultdict(dict))
    for doc_index, document in enumerate(documents):
        first = len(analysis.passages)
        own = by_doc[doc_index] if passages is not None else split_passages(document, doc_index)
        analysis.passages.extend(own)
        analysis.doc_ranges.append(range(first, len(analysis.passages)))
        values = extract_values(document.text, reference=document.date)  # settles the document's conventions
        _assign(analysis, own, first, values, spellings)
        analysis.name_df.update(analysis.doc_names[-1].keys())
        analysis.lowercase.update(_LOWER.findall(document.text))
    analysis.spellings = {k: dict(v) for k, v in spellings.items() if len(v) > 1}
    analysis.index = index if index is not None and passages is not None else Index.build(analysis.passages)
    return analysis


def _assign(analysis: Analysis, passages: Sequence[Passage], first: int, values: Iterable[Value],
            spellings: dict[str, dict[str, dict[int, list[NameWord]]]]) -> None:
    """Hand each value to the passage that holds it; file name words by variant key."""
    starts = [p.start for p in passages]
    names: Counter[str] = Counter()
    analysis.doc_names.append(names)
    for value in values:
        at = bisect_right(starts, value.start) - 1
        if at < 0 or value.end > passages[at].end:
            continue  # in page furniture that is no passage
        pid = first + at
        if value.kind in QUANTITY_KINDS:
            analysis.quantities.setdefault(pid, []).append(value)
        elif value.kind == "name":
            analysis.names.setdefault(pid, []).append(value)
            for word in name_words(value, passages[at].doc, pid):
                text = analysis.documents[word.doc].text[word.start:word.end]
                names[variant_key(text)] += 1
                per_doc = spellings[variant_key(text)][spelling(text)].setdefault(word.doc, [])
                if len(per_doc) < MAX_OCCURRENCES:
                    per_doc.append(word)


def spelling(word: str) -> str:
    """How a word is spelled, ignoring case and accents but not the script (Кызылорда*)."""
    return fold(word) + ("*" if any("\u0400" <= c <= "\u04ff" for c in word) else "")


def name_words(value: Value, doc: int, pid: int) -> list[NameWord]:
    """The words of a name worth comparing: letters only, possessive dropped, long enough."""
    found = []
    offset = value.start
    for raw in value.text.split(" "):
        word = raw
        for suffix in ("'s", "’s", "'", "’"):
            if word.endswith(suffix):
                word = word[: -len(suffix)]
                break
        if len(word) >= MIN_NAME_WORD and word.isalpha() and not word.isupper():
            found.append(NameWord(doc, offset, offset + len(word), value.start, value.end, pid))
        offset += len(raw) + 1
    return found


def conflict_value(analysis: Analysis, pid: int, start: int, end: int, *, value: str | None = None,
                   detail: str = "", count: int = 1) -> ConflictValue:
    """A value located in a passage: the passage is the quote, the value marked inside it."""
    passage = analysis.passages[pid]
    document = analysis.documents[passage.doc]
    line, column = document.position(passage.start)
    return ConflictValue(
        value=document.text[start:end] if value is None else value, source_id=document.id,
        path=document.path, line=line, column=column, start=passage.start, end=passage.end,
        quote=document.text[passage.start:passage.end], value_start=start, value_end=end,
        detail=detail, count=count, page=document.page(passage.start))


def weighted_overlap(analysis: Analysis, ours: Iterable[str], theirs: Iterable[str],
                     ignore: Iterable[str] = ()) -> tuple[float, list[str]]:
    """Share of the smaller side's idf mass that the two term sets have in common.

    Rare shared words (names, places, "sentenced") weigh most; function words are not
    terms at all. Returns the share and the shared terms, rarest first.
    """
    skip = set(ignore)
    a, b = set(ours) - skip, set(theirs) - skip
    if not a or not b:
        return 0.0, []
    shared = sorted(a & b, key=lambda t: (-analysis.idf(t), t))
    mass = min(sum(map(analysis.idf, a)), sum(map(analysis.idf, b)))
    return (sum(map(analysis.idf, shared)) / mass if mass else 0.0), shared


def window_terms(analysis: Analysis, pid: int, radius: int) -> set[str]:
    """Terms of a passage and of its ``radius`` neighbours in the same document."""
    span = analysis.doc_ranges[analysis.passages[pid].doc]
    found: set[str] = set()
    for other in range(max(span.start, pid - radius), min(span.stop, pid + radius + 1)):
        found.update(analysis.terms_of(other))
    return found


def same_subject(analysis: Analysis, doc_a: int, doc_b: int) -> bool:
    """Whether two documents are about one subject, so that their values may clash.

    Template sentences ("In 1851 the population of the townland was 9") align perfectly
    across articles about different townlands, films or elections: their subject is the
    document's. Two titles that differ only in numbers name two instances of a series;
    a short title names the document's entity, which the other document must mention;
    without one, the other document must mention the document's most frequent rare name.
    """
    title_a, title_b = analysis.title(doc_a), analysis.title(doc_b)
    if title_a and title_b and title_a != title_b and _DIGITS.sub("", title_a) == _DIGITS.sub("", title_b):
        return False
    entity_a, entity_b = _entity(title_a), _entity(title_b)
    text_a, text_b = analysis.documents[doc_a].text.lower(), analysis.documents[doc_b].text.lower()
    if (entity_a and entity_a in text_b) or (entity_b and entity_b in text_a):
        return True
    if entity_a and entity_b:
        return False
    return bool(analysis.topic(doc_a) & analysis.doc_names[doc_b].keys()
                or analysis.topic(doc_b) & analysis.doc_names[doc_a].keys())


def _entity(title: str) -> str:
    """A title of at most five words names an entity ("Libya", "Blood (2004 film)" → blood)."""
    bare = _PARENTHESIS.sub("", title).strip().lower()
    return bare if 0 < len(bare.split()) <= 5 else ""
