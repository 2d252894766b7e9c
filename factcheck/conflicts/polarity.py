"""One source negates or turns around what another states: ``negation`` and ``antonym`` findings.

"The city council did not approve the construction of the bridge" against "The city
council approved the construction of the bridge"; "Shareholders rejected the merger"
against "Shareholders approved the merger". The two sentences must be about the same
statement, so they must read almost alike: the finder works on near-duplicate
sentences of two documents and lets :func:`factcheck.match.align.align` name what
differs between them.

Cost. Near-duplicates are found without comparing every sentence with every other: each
sentence looks up the passages that hold its rarest terms (a prefix filter, as in
set-similarity joins: two sentences that share most words share some of their rarest),
and a candidate must hold two of them. Only the pairs that then share most of their
content words, and that hold a negation cue or a pair of antonyms at all, are aligned.

Precision comes first; a pair is reported only when all of these hold:

- it is a ``negation`` or ``antonym`` difference of the alignment, and the alignment names
  no other entity, no other quantifier and no hedge (then the two sentences say
  different things, or one only reports a claim);
- once the differing words are set aside, the two sentences share at least
  ``MIN_SHARE`` of the shorter one's content words, counted and idf-weighted, and no
  other content word of one stands in the place of another word of the other ("The
  mayor did not attend" / "The governor attended": two subjects);
- they state the same values, or values of different kinds: "did not approve the 2019
  budget" / "approved the 2020 budget" are two events; a date on one side only, or a
  weekday, scopes the statement to a time the other does not share;
- they name the same people and places (each names no one the other does not);
- neither reports what the other states: a denial, an allegation, a claim, a quotation
  or a "said" on one side only means the source relays what someone said, which can be
  true while the other source's statement is true too ("He denied he was there" / "He
  was there" is no disagreement of the sources, only of the man with the facts);
  refusals ("refused to resign" / "resigned") are left out too: both happen in turn;
- both speak in the same mood and tense: a modal or a condition on one side only ("would
  not close" / "closed", "if the bill does not pass"), present against past
  auxiliaries, or a question, and the two do not contradict each other;
- the two documents are about one subject (:func:`factcheck.conflicts.analysis.same_subject`),
  or the sentences around the two share rare words (two reports of one event under two
  headlines): this keeps out template sentences of two articles about two films or towns.

"Not only", "whether or not", "no doubt", and a negation that governs another clause
("The minister, who had not visited the region before, opened the hospital") are no
change of polarity; :mod:`factcheck.match.align` already knows them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from factcheck.conflicts.analysis import (
    Analysis,
    conflict_value,
    same_subject,
    weighted_overlap,
    window_terms,
)
from factcheck.index.bm25 import term
from factcheck.lexicon.antonyms import are_antonyms
from factcheck.match.align import DEICTIC, Alignment, Difference, align
from factcheck.match.cues import NEGATION_WORDS, Token
from factcheck.models import Conflict, ConflictValue, Value
from factcheck.sources.normalize import fold, word_strings
from factcheck.values import name_key
from factcheck.values.clashes import QUANTITY_KINDS

MIN_TERMS = 5  # content words (distinct terms) a sentence needs to be a statement worth comparing
MAX_TERMS = 60  # longer "sentences" are lists, tables and page furniture run together
MIN_SHARED = 4  # content words two sentences must have in common, differing words aside
MIN_SHARE = 0.8  # share of the shorter sentence's content words the other has (counted and idf-weighted)
CHEAP_SHARE = 0.6  # the same, counted, before alignment (differing words not yet known)
PREFIX = 4  # rarest terms of a sentence through which its near-duplicates are found
MIN_HITS = 2  # of which a candidate must hold this many
MAX_DF = 200  # a prefix term in more passages than this is too common to find near-duplicates by
RADIUS = 3  # sentences on each side that make a sentence's neighbourhood (as for statements)
MIN_STORY = 0.15  # share of rare neighbourhood words two sentences' neighbourhoods must have in common
MIN_STORY_WORDS = 6
CONFIDENCE = 0.55  # lexical evidence: a sentence against a sentence
MAX_CONFIDENCE = 0.75
KINDS = ("negation", "antonym")

# A negation cue in a folded sentence: the cheap test before any alignment.
_CUE = re.compile(r"\b(?:" + "|".join(sorted(NEGATION_WORDS | {"fail", "fails", "failed", "failing"}))
                  + r")\b|n't\b")
# Words by which a sentence reports what someone said, claimed or denied, or qualifies it,
# rather than stating it; and refusals, which another act may follow.
_REPORTED = frozenset("""said says say saying told tells tell telling stated states stating claimed claims claim
    claiming alleged alleges allege allegedly allegation reportedly reported reports according denied denies deny
    denying denial insisted insists argued argues believes believed thinks thought suggested suggests wrote writes
    accused accuses accusing suspected rumoured rumored admitted admits acknowledged acknowledges confirmed confirms
    purportedly supposedly apparently seemingly presumably probably possibly perhaps likely
    refused refuses refuse refusing declined declines decline declining""".split())
_MODALS = frozenset("would could might may should will can cannot must shall if unless whether".split())
_CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall"}  # won't, can't, shan't
_PRESENT = frozenset("is are am has have does do".split())
_PAST = frozenset("was were had did".split())
_TIME_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow "
                        "tonight currently formerly previously now".split())
_QUOTES = frozenset("\"“”«»")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)*")
_NEGATIVE_QUANTIFIERS = frozenset({"no", "none", "never", "nobody", "nothing"})
# Words that only strengthen a negation ("no one was ever punished"): no word of their own.
_POLARITY_ITEMS = frozenset({"ever", "yet", "anyone", "anybody", "anything", "anywhere"})


@dataclass(frozen=True, slots=True)
class Edge:
    """Two sentences of different documents, one the opposite of the other (``ours`` the
    smaller passage id)."""

    kind: str
    ours: tuple[int, int, int]  # passage, value start, value end (offsets into the document)
    theirs: tuple[int, int, int]
    share: float
    shared: tuple[str, ...]


def polarity_conflicts(analysis: Analysis, known: Sequence[Conflict] = ()) -> list[Conflict]:
    """Negated against affirmed statements, and antonyms, between sentences of different
    documents about the same statement. A pair of sentences that a ``known`` finding
    already sets against each other (the legal-outcome ``statement`` rule) is not reported again."""
    return group(analysis, edges_of(analysis, candidate_pairs(analysis), known))


def edges_of(analysis: Analysis, pairs: Iterable[tuple[int, int]], known: Sequence[Conflict] = (),
             edge_of: Callable[[int, int], Edge | None] | None = None) -> list[Edge]:
    """The findings of candidate pairs, in their order, leaving out pairs a ``known`` finding
    holds; ``edge_of`` computes a pair's finding (default :func:`polarity_edge`, a caller's memo)."""
    taken = _taken(known)
    edges = []
    for pid, qid in pairs:
        edge = edge_of(pid, qid) if edge_of is not None else polarity_edge(analysis, pid, qid)
        if edge is not None and _where(analysis, pid, qid) not in taken:
            edges.append(edge)
    return edges


# ----------------------------------------------------------------------- candidate pairs

def _content(analysis: Analysis, pid: int) -> frozenset[str]:
    """A sentence's content words: its index terms, numbers left out (values are compared
    apart); none for a sentence of fewer than ``MIN_TERMS`` words (no terms needed to know)."""
    if analysis.passages[pid].norm.count(" ") < MIN_TERMS - 1:
        return frozenset()
    return frozenset(t for t in analysis.terms_of(pid) if not t.isdigit())


def _prefix(analysis: Analysis, own: frozenset[str]) -> list[str]:
    """The ``PREFIX`` rarest terms of a sentence that some other sentence shares and that
    are rare enough to find near-duplicates by (ties broken by the term)."""
    counted = sorted((analysis.df(t), t) for t in own)
    return [t for n, t in counted if 2 <= n <= MAX_DF][:PREFIX]


def prefix_hits(analysis: Analysis, pid: int, own: frozenset[str] | None = None) -> list[int]:
    """The sentences of other documents holding ``MIN_HITS`` of a sentence's prefix terms
    (a prefix filter, as in set-similarity joins), in passage order. ``own``: the
    sentence's content words (:func:`_content`), when the caller holds them."""
    own = _content(analysis, pid) if own is None else own
    if not MIN_TERMS <= len(own) <= MAX_TERMS:
        return []
    rare = _prefix(analysis, own)
    if len(rare) < MIN_HITS:
        return []
    hits: Counter[int] = Counter()
    for t in rare:
        hits.update(analysis.postings(t)[0].tolist())
    doc = analysis.doc(pid)
    return sorted(q for q, count in hits.items() if count >= MIN_HITS and analysis.doc(q) != doc)


def candidate_pairs(analysis: Analysis, pids: Iterable[int] | None = None) -> list[tuple[int, int]]:
    """Pairs of sentences of different documents that read almost alike and could differ
    in polarity: found through their rarest terms (:func:`prefix_hits` of each of ``pids``,
    default every sentence), then filtered on counted overlap and on a negation cue or a
    pair of antonyms among the words they do not share. Sorted, smaller id first."""
    seen: set[tuple[int, int]] = set()
    cues: dict[int, bool] = {}
    found = []
    for pid in range(len(analysis.passages)) if pids is None else pids:
        for qid in prefix_hits(analysis, pid):
            key = (pid, qid) if pid < qid else (qid, pid)
            if key in seen:
                continue
            seen.add(key)
            if close_pair(analysis, *key, cues):
                found.append(key)
    return sorted(found)


def pairs_touching(analysis: Analysis, pid: int, proposals: Iterable[int] | None = None) -> list[tuple[int, int]]:
    """The candidate pairs (as :func:`candidate_pairs` finds them in the whole corpus) that
    hold sentence ``pid``: its own prefix hits, and the sentences whose prefix it holds,
    which all hold two of its rare terms (each term's postings are bounded by ``MAX_DF``).
    With ``proposals``, only the pairs of ``pid`` with those, under the same rule.
    Sorted, smaller id first."""
    own = _content(analysis, pid)  # may be too long to have hits of its own, not to be another's hit
    doc = analysis.doc(pid)
    hits = set(prefix_hits(analysis, pid))
    if proposals is None:
        counted: Counter[int] = Counter()
        for t in own:
            if 2 <= analysis.df(t) <= MAX_DF:
                counted.update(analysis.postings(t)[0].tolist())
        maybe = {q for q, count in counted.items() if count >= MIN_HITS}
        others = hits
    else:
        maybe = set(proposals)
        others = maybe & hits
    for qid in sorted(maybe - others):
        if qid == pid or analysis.doc(qid) == doc:
            continue
        theirs = _content(analysis, qid)
        if MIN_TERMS <= len(theirs) <= MAX_TERMS and len(set(_prefix(analysis, theirs)) & own) >= MIN_HITS:
            others.add(qid)
    cues: dict[int, bool] = {}
    pairs = ((pid, q) if pid < q else (q, pid) for q in others)
    return sorted(key for key in pairs if close_pair(analysis, *key, cues))


def close_pair(analysis: Analysis, pid: int, qid: int, cues: dict[int, bool]) -> bool:
    """The cheap test for a candidate pair (``pid`` < ``qid``): most content words shared,
    not the same words, and a negation cue or antonyms; ``cues`` memoises each sentence's cue."""
    ours, theirs = _content(analysis, pid), _content(analysis, qid)
    if not MIN_TERMS <= len(theirs) <= MAX_TERMS:
        return False
    shared = len(ours & theirs)
    if shared < MIN_SHARED or shared < CHEAP_SHARE * min(len(ours), len(theirs)):
        return False
    ours_norm, theirs_norm = analysis.passages[pid].norm, analysis.passages[qid].norm
    if ours_norm == theirs_norm:
        return False
    for k, norm in ((pid, ours_norm), (qid, theirs_norm)):
        if k not in cues:
            cues[k] = _CUE.search(norm) is not None
        if cues[k]:
            return True
    return opposed(ours_norm, theirs_norm)


def opposed(ours_norm: str, theirs_norm: str) -> bool:
    """Whether a word (of three letters or more) of one folded sentence that the other lacks
    is an antonym of one that only the other has."""
    ours_words, theirs_words = set(word_strings(ours_norm)), set(word_strings(theirs_norm))
    only_ours, only_theirs = ours_words - theirs_words, theirs_words - ours_words
    return any(are_antonyms(a, b) for a in only_ours if len(a) > 2 for b in only_theirs if len(b) > 2)


# ----------------------------------------------------------------------- one pair

def polarity_edge(analysis: Analysis, pid: int, qid: int) -> Edge | None:
    """The pair's finding, or None when the pair fails any of the module's tests."""
    ours, theirs = analysis.text(pid), analysis.text(qid)
    if not _comparable(ours, theirs) or _other_values(analysis, pid, qid) or _other_names(analysis, pid, qid):
        return None
    alignment = align(ours, theirs)
    chosen = _opposite(alignment)
    if chosen is None:
        return None
    share, shared = _overlap(analysis, alignment, chosen, pid, qid)
    if share < MIN_SHARE or len(shared) < MIN_SHARED or _replaced(alignment, chosen):
        return None
    if not _same_story(analysis, pid, qid):
        return None
    p_start, q_start = analysis.passages[pid].start, analysis.passages[qid].start
    return Edge(chosen.kind, (pid, p_start + chosen.claim_span[0], p_start + chosen.claim_span[1]),
                 (qid, q_start + chosen.passage_span[0], q_start + chosen.passage_span[1]), share, tuple(shared))


def _same_story(analysis: Analysis, pid: int, qid: int) -> bool:
    """The two documents are about one subject, or the sentences around the two share rare
    words (a news headline is no entity's name, so two reports of one event may have titles
    in common with nothing); template sentences of two articles about two films share neither."""
    if same_subject(analysis, analysis.doc(pid), analysis.doc(qid)):
        return True
    ours = window_terms(analysis, pid, RADIUS) - set(analysis.terms_of(pid))
    theirs = window_terms(analysis, qid, RADIUS) - set(analysis.terms_of(qid))
    share, shared = weighted_overlap(analysis, ours, theirs)
    return share >= MIN_STORY and len(shared) >= MIN_STORY_WORDS


def _words(text: str) -> list[str]:
    """Folded words of a verbatim sentence, contracted modals brought to their base ("won't": will)."""
    found = []
    for word in _WORD.findall(fold(text)):
        if word.endswith("n't"):
            base = word[:-3]
            found += [_CONTRACTED.get(base, base), "not"]
        else:
            found.append(word)
    return found


def _comparable(ours: str, theirs: str) -> bool:
    """Both sentences state, in the same mood and tense, and neither reports or quotes."""
    if "?" in ours or "?" in theirs:
        return False
    a, b = set(_words(ours)), set(_words(theirs))
    if (a ^ b) & (_REPORTED | _MODALS | _TIME_WORDS):
        return False
    if bool(_QUOTES & set(ours)) != bool(_QUOTES & set(theirs)):
        return False
    tense_a = {"present" for w in a if w in _PRESENT} | {"past" for w in a if w in _PAST}
    tense_b = {"present" for w in b if w in _PRESENT} | {"past" for w in b if w in _PAST}
    return not (tense_a and tense_b and not tense_a & tense_b)


def _value_key(value: Value) -> tuple[object, ...]:
    return value.kind, value.amount, value.unit, value.date


def _other_values(analysis: Analysis, pid: int, qid: int) -> bool:
    """Values of one kind that differ ("the 2019 budget" / "the 2020 budget"): two events;
    a date on one side only ("in 2019") scopes the statement to a time the other does not."""
    ours = {_value_key(v) for v in analysis.quantities(pid) if v.kind in QUANTITY_KINDS}
    theirs = {_value_key(v) for v in analysis.quantities(qid) if v.kind in QUANTITY_KINDS}
    for kind in {k[0] for k in ours | theirs}:
        mine = {k for k in ours if k[0] == kind}
        other = {k for k in theirs if k[0] == kind}
        if mine != other and ((mine and other) or kind == "date"):
            return True
    return False


def _other_names(analysis: Analysis, pid: int, qid: int) -> bool:
    """Each sentence names someone or something the other does not: two subjects."""
    ours = {w for v in analysis.names(pid) for w in name_key(v.text).split()}
    theirs = {w for v in analysis.names(qid) for w in name_key(v.text).split()}
    return bool(ours - theirs) and bool(theirs - ours)


def _opposite(alignment: Alignment) -> Difference | None:
    """The alignment's negation or antonym, if it names nothing else that differs."""
    chosen = None
    for difference in alignment.differences:
        if difference.kind in KINDS:
            if not (difference.claim_words.strip() and difference.passage_words.strip()):
                return None
            if difference.claim_words.lower() in DEICTIC and difference.passage_words.lower() in DEICTIC:
                return None  # "last year" / "this year": two sources written in two years may agree
            chosen = chosen or difference
        elif difference.kind == "quantifier" and \
                {difference.claim_words.lower(), difference.passage_words.lower()} & _NEGATIVE_QUANTIFIERS:
            continue  # "no one" against "some": the negation itself
        else:
            return None  # another entity, quantifier or a hedge: not one statement turned around
    return chosen


def _span_terms(text: str, span: tuple[int, int]) -> set[str]:
    return {t for t in map(term, word_strings(fold(text[span[0]:span[1]]))) if t is not None}


def _overlap(analysis: Analysis, alignment: Alignment, chosen: Difference, pid: int,
             qid: int) -> tuple[float, list[str]]:
    """Share of the shorter sentence's content words the other has, the differing words
    aside: the smaller of the counted and the idf-weighted share, and the shared terms."""
    ours, theirs = _content(analysis, pid), _content(analysis, qid)
    differing = _span_terms(analysis.text(pid), chosen.claim_span) | _span_terms(analysis.text(qid), chosen.passage_span)
    differing -= ours & theirs
    ours, theirs = ours - differing, theirs - differing
    if not ours or not theirs:
        return 0.0, []
    weighted, shared = weighted_overlap(analysis, ours, theirs)
    counted = len(ours & theirs) / min(len(ours), len(theirs))
    return min(weighted, counted), shared


def _replaced(alignment: Alignment, chosen: Difference) -> bool:
    """A content word of one sentence stands where the other has another word, beside the
    opposite itself: "The mayor did not attend" / "The governor attended"."""
    aligned_ours = {i for i, _ in alignment.pairs}
    aligned_theirs = {j for _, j in alignment.pairs}

    def free(tokens: Sequence[Token], aligned: set[int], span: tuple[int, int]) -> list[tuple[int, int]]:
        return [(t.start, t.end) for k, t in enumerate(tokens)
                if t.key and k not in aligned and t.folded not in _POLARITY_ITEMS
                and not (span[0] <= t.start and t.end <= span[1])]

    ours = free(alignment.claim, aligned_ours, chosen.claim_span)
    theirs = free(alignment.passage, aligned_theirs, chosen.passage_span)
    return any(alignment.same_slot(a, b) for a in ours for b in theirs)


# ----------------------------------------------------------------------- findings

def _taken(known: Sequence[Conflict]) -> set[frozenset[tuple[str, int]]]:
    """The pairs of sentences that known findings set against each other."""
    taken: set[frozenset[tuple[str, int]]] = set()
    for conflict in known:
        places = [(v.source_id, v.start) for v in conflict.values]
        taken.update(frozenset((a, b)) for i, a in enumerate(places) for b in places[i + 1:])
    return taken


def _where(analysis: Analysis, pid: int, qid: int) -> frozenset[tuple[str, int]]:
    return frozenset((analysis.documents[analysis.doc(p)].id, analysis.passages[p].start) for p in (pid, qid))


def group(analysis: Analysis, edges: Sequence[Edge]) -> list[Conflict]:
    """One finding per statement: pairs of one kind that share a sentence are merged."""
    parent: dict[int, int] = {}

    def root(node: int) -> int:
        while parent.setdefault(node, node) != node:
            node = parent[node]
        return node

    def node(pid: int, kind: str) -> int:
        return pid * len(KINDS) + KINDS.index(kind)

    for edge in edges:
        parent[root(node(edge.ours[0], edge.kind))] = root(node(edge.theirs[0], edge.kind))
    groups: dict[int, list[Edge]] = {}
    for edge in edges:
        groups.setdefault(root(node(edge.ours[0], edge.kind)), []).append(edge)
    return [_conflict(analysis, group) for _, group in sorted(groups.items())]


def _conflict(analysis: Analysis, edges: Sequence[Edge]) -> Conflict:
    """The finding: each sentence once, in document order, its differing words marked."""
    values: dict[int, ConflictValue] = {}
    for edge in edges:
        for pid, start, end in (edge.ours, edge.theirs):
            values.setdefault(pid, conflict_value(analysis, pid, start, end))
    ordered = tuple(values[pid] for pid in sorted(values))
    best = max(edges, key=lambda e: e.share)
    words = " / ".join(dict.fromkeys(v.value for v in ordered))
    subject = f"{words}: {' '.join(_context(analysis, best))}"
    confidence = round(min(MAX_CONFIDENCE, CONFIDENCE + best.share / 5), 3)
    return Conflict(best.kind, subject, confidence, ordered)


def _context(analysis: Analysis, edge: Edge) -> list[str]:
    """The words of the first sentence behind the rarest shared terms, in their order."""
    pid, start, end = edge.ours
    text = analysis.text(pid)
    offset = analysis.passages[pid].start
    rare = set(edge.shared[:8]) - _span_terms(text, (start - offset, end - offset))
    picked = []
    for raw in text.split():
        word = raw.strip(".,;:!?\"'()“”‘’").removesuffix("'s").removesuffix("’s")
        if word and term(fold(word)) in rare:
            picked.append(word)
    return list(dict.fromkeys(picked))[:6]
