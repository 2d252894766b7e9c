"""Statements that contradict each other: "no one was ever punished" against "one of the
perpetrators was sentenced to seven years".

Such pairs share almost no words, so the sentences alone cannot be aligned. What can be
found lexically is narrow, and this module does only that: a sentence that *negates* a
legal outcome for everyone (no one / nobody / none ... was punished, charged, convicted,
sentenced, arrested) against a sentence of another document that *affirms* an outcome
at least as strong for a perpetrator (a perpetrator / attacker / suspect ... was
sentenced, convicted, jailed), where the neighbourhoods of the two sentences (a few
sentences on each side) share enough rare words to be about the same story. Negated
outcomes are rare, so each one costs a single index query.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from factcheck.conflicts.analysis import Analysis, conflict_value, passage_spans, weighted_overlap, window_terms
from factcheck.models import Conflict

RADIUS = 3  # sentences on each side that make a statement's neighbourhood
MIN_STORY = 0.12  # share of rare neighbourhood words two statements must have in common
MIN_STORY_WORDS = 6
CONFIDENCE = 0.6  # lexical evidence only: below every value and spelling finding
QUERY_TERMS = 20
MAX_DF = 200  # as for values: a bounded cost per query
CANDIDATES = 60

# Outcome classes, and which affirmed class contradicts which negated one: a sentence
# implies a conviction, a charge and a punishment; an arrest implies none of them.
_OUTCOMES = {
    "punish": "punished|penali[sz]ed",
    "sentence": "sentenced|convicted|jailed|imprisoned|found guilty",
    "charge": "charged|indicted|prosecuted|tried",
    "arrest": "arrested|detained|taken into custody",
}
_CONTRADICTS = {
    "sentence": {"punish", "sentence", "charge"},
    "charge": {"charge"},
    "arrest": {"arrest"},
    "punish": {"punish"},
}
_VERB = "|".join(_OUTCOMES.values())
_CLASSES = {name: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for name, words in _OUTCOMES.items()}
_AUX = r"(?:was|were|has been|have been|had been|is|are|will be|would be|got)"
_NEGATED = re.compile(
    rf"\b(?:no one|no-one|nobody|none(?: of (?:the|them|those)\b[\w ]{{0,30}}?)?)\s+{_AUX}\s+(?:ever\s+|yet\s+)?(?:{_VERB})\b"
    rf"|\b(?:was|were|has|have|had)\s+never\s+(?:been\s+)?(?:{_VERB})\b", re.IGNORECASE)
# Where the negating word of a _NEGATED match may begin, in the lowercased text: its letters
# match no other character under IGNORECASE (each character that does lowercases to the
# letter), and no such word begins inside another after a letter, where \b or \s lets none stand.
_NEGATING = re.compile(r"never|no(?:body|ne| one|-one)")
_PERPETRATOR = r"(?:perpetrators?|attackers?|assailants?|rapists?|suspects?|accused|offenders?|culprits?|killers?|defendants?)"
_AFFIRMED = re.compile(
    r"(?:\b(?:one|two|three|four|five|some|several|all|most|each|both|many)\s+of\s+(?:the|these|those|their)\s+)?"
    rf"\b{_PERPETRATOR}\b[\w ,]{{0,40}}?\s+{_AUX}\s+(?:\w+\s+)?(?:{_VERB})\b", re.IGNORECASE)
_NEGATION_BEFORE = re.compile(r"\b(?:not|never|no|nobody|none|neither|nor)\b[^.;]*$", re.IGNORECASE)


def statement_conflicts(analysis: Analysis, pids: Iterable[int] | None = None) -> list[Conflict]:
    """Pairs of a negated and an affirmed legal outcome on one story, in two documents:
    one per negated passage (of ``pids``, default all), with its best counterpart."""
    findings = []
    for pid in range(len(analysis.passages)) if pids is None else pids:
        found = statement_of(analysis, pid)
        if found is not None:
            findings.append(found)
    return findings


def statement_of(analysis: Analysis, pid: int) -> Conflict | None:
    """The finding of a negated passage: its outcome against the best affirmed one of
    another document; None for a passage that negates no outcome, or has no counterpart."""
    negated = negation(analysis, pid)
    if negated is None:
        return None
    best = _best_counterpart(analysis, pid, _outcome(negated))
    return _conflict(analysis, pid, negated, *best) if best is not None else None


def negation(analysis: Analysis, pid: int) -> re.Match[str] | None:
    """A negated legal outcome for everyone ("no one was ever punished") in a passage."""
    return _NEGATED.search(analysis.text(pid))


def negated_passages(analysis: Analysis, doc: int) -> list[int]:
    """The passages of document ``doc`` in which :func:`negation` finds a negated outcome,
    ascending. Only a passage in which a negating word begins is searched: every match of
    ``_NEGATED`` begins with one or holds "never", and a passage's text is a slice of its
    document's, in which they are found at once (:data:`_NEGATING`)."""
    own = analysis.doc_range(doc)
    text = analysis.documents[doc].text if own else ""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter lowercased to two: no offsets to share, ask every passage
        return [pid for pid in own if negation(analysis, pid) is not None]
    cues = [m.start() for m in _NEGATING.finditer(lowered)]
    if not cues:
        return []
    found = []
    for pid, (start, end) in zip(own, passage_spans(analysis.passages, own), strict=True):
        at = bisect_left(cues, start)
        if at < len(cues) and cues[at] < end and negation(analysis, pid) is not None:
            found.append(pid)
    return found


def statements_against(analysis: Analysis, pid: int, proposals: Iterable[int] = ()) -> list[Conflict]:
    """The findings whose affirmed side is passage ``pid``: the negated passages near the
    passages that share its neighbourhood's rarest words (and near ``proposals``) whose
    best counterpart it is. Bounded: one index query and a few counterpart searches."""
    if _affirmed(analysis, pid) is None:
        return []
    doc = analysis.doc(pid)
    near = _near(analysis, window_terms(analysis, pid, RADIUS))
    near.update(q for p in proposals for q in range(p - RADIUS, p + RADIUS + 1))
    found = []
    for nid in sorted(q for q in near if 0 <= q < len(analysis.passages) and analysis.doc(q) != doc):
        finding = statement_of(analysis, nid) if negation(analysis, nid) is not None else None
        if finding is not None and (finding.values[1].source_id, finding.values[1].start) == _place(analysis, pid):
            found.append(finding)
    return found


def _place(analysis: Analysis, pid: int) -> tuple[str, int]:
    passage = analysis.passages[pid]
    return analysis.documents[passage.doc].id, passage.start


def _affirmed(analysis: Analysis, pid: int) -> re.Match[str] | None:
    """An affirmed outcome for a perpetrator, with no negation before it in its clause."""
    text = analysis.text(pid)
    match = _AFFIRMED.search(text)
    if match is None or _NEGATION_BEFORE.search(text, 0, match.end()):
        return None
    return match


def _outcome(match: re.Match[str]) -> str:
    """The outcome class of a matched statement (its last outcome verb decides)."""
    found = [(m.start(), name) for name, pattern in _CLASSES.items() for m in pattern.finditer(match.group())]
    return max(found)[1]


def _near(analysis: Analysis, ours: set[str]) -> set[int]:
    """The passages within ``RADIUS`` of those the index returns for the rarest words of a
    neighbourhood (ids may fall outside the corpus: callers keep the valid ones)."""
    rare = (t for t in ours if not t.isdigit() and analysis.df(t) <= MAX_DF)
    query = sorted(rare, key=lambda t: (-analysis.idf(t), t))[:QUERY_TERMS]
    near: set[int] = set()
    for hit, _ in analysis.index.search(query, CANDIDATES):
        near.update(range(hit - RADIUS, hit + RADIUS + 1))
    return near


def _best_counterpart(analysis: Analysis, pid: int, negated: str) -> tuple[int, re.Match[str], float, list[str]] | None:
    """The affirmed statement of another document whose neighbourhood is most like ours.

    Candidates come from one index query with the neighbourhood's rarest words: the
    affirmed statements near the passages it returns.
    """
    doc = analysis.doc(pid)
    ours = window_terms(analysis, pid, RADIUS)
    best = None
    for qid in sorted(q for q in _near(analysis, ours) if 0 <= q < len(analysis.passages)):
        if analysis.doc(qid) == doc:
            continue
        match = _affirmed(analysis, qid)
        if match is None or negated not in _CONTRADICTS[_outcome(match)]:
            continue
        share, shared = weighted_overlap(analysis, ours, window_terms(analysis, qid, RADIUS))
        if share >= MIN_STORY and len(shared) >= MIN_STORY_WORDS and (best is None or share > best[2]):
            best = (qid, match, share, shared)
    return best


def _conflict(analysis: Analysis, pid: int, negated: re.Match[str], qid: int,
              affirmed: re.Match[str], share: float, shared: list[str]) -> Conflict:
    """The finding: the negated statement against the affirmed one."""
    p_start, q_start = analysis.passages[pid].start, analysis.passages[qid].start
    values = (
        conflict_value(analysis, pid, p_start + negated.start(), p_start + negated.end()),
        conflict_value(analysis, qid, q_start + affirmed.start(), q_start + affirmed.end()),
    )
    confidence = round(min(0.7, CONFIDENCE + share / 4), 3)
    verb = _CLASSES[_outcome(negated)].findall(negated.group())[-1].lower()
    subject = f"whether anyone was {verb}"
    return Conflict("statement", subject, confidence, values)
