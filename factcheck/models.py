"""Immutable data that flows between the stages; no I/O and no logic beyond lookups."""

from __future__ import annotations

import datetime
from bisect import bisect_right
from dataclasses import dataclass, field

VERDICTS: tuple[str, ...] = ("supported", "partial", "contradicted", "disputed", "not_found")
STANCES: tuple[str, ...] = ("supports", "contradicts", "related")
QUOTE_STATUSES: tuple[str, ...] = ("exact", "close", "missing")
CITE_STATUSES: tuple[str, ...] = ("ok", "wrong_source", "not_found", "unknown_source")


@dataclass(frozen=True, slots=True)
class Document:
    """One source file: its id, the path shown to users, and its decoded text.

    ``aliases`` are the other names a writer may cite it by (id without extension,
    front-matter ``id``/``url``, a bare URL on the first line). ``date`` is the
    front-matter ``date:``, against which "last Tuesday" in the text is resolved.
    ``page_starts`` is where each page of a PDF's text begins (empty for a text file,
    which has no pages); each page start is also a line start. ``line_starts``, where each
    line begins, may be None: it is then made from the text when a position is first asked
    (:meth:`lines`), as most documents a run loads never have one asked.
    """

    id: str
    path: str
    text: str
    aliases: tuple[str, ...] = ()
    line_starts: tuple[int, ...] | None = field(default=None, repr=False, compare=False)
    date: datetime.date | None = None
    page_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def lines(self) -> tuple[int, ...]:
        """Where each line starts: the table given, else made from the text when first asked and
        kept (the field is no part of equality or hash, so setting it once is a memo)."""
        starts = self.line_starts
        if starts is None:
            starts = line_starts(self.text)
            object.__setattr__(self, "line_starts", starts)
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of a character offset; in a PDF, the line
        counts from the top of the offset's page."""
        starts = self.lines()
        index = bisect_right(starts, offset) - 1
        line = index + 1
        if self.page_starts:
            page_start = self.page_starts[bisect_right(self.page_starts, offset) - 1]
            line -= bisect_right(starts, page_start) - 1
        return line, offset - starts[index] + 1

    def page(self, offset: int) -> int | None:
        """The 1-based page of a character offset in a PDF; None for a text file."""
        return bisect_right(self.page_starts, offset) if self.page_starts else None


def line_starts(text: str) -> tuple[int, ...]:
    """The offset at which each line of a text starts (for line and column numbers).

    ``str.find`` jumps from newline to newline (memchr), where splitting the text
    into its lines copied every line (half the cost on the Wikipedia sample's documents)."""
    starts = [0]
    find, append = text.find, starts.append
    at = find("\n")
    while at >= 0:
        at += 1
        append(at)
        at = find("\n", at)
    return tuple(starts)


def place(path: str, line: int | None, column: int | None = None, page: int | None = None) -> str:
    """Where a passage stands, as reports write it: ``path:line:column``, and for a PDF
    ``path:pPAGE:line:column`` (``report.pdf:p3:12:5``: page 3, line 12 of that page)."""
    where = f"{path}:p{page}" if page is not None else path
    if line is None:
        return where
    return f"{where}:{line}" + (f":{column}" if column is not None else "")


@dataclass(frozen=True, slots=True)
class Passage:
    """A sentence (or heading) of a document: ``document.text[start:end]``."""

    doc: int
    start: int
    end: int
    norm: str


@dataclass(frozen=True, slots=True)
class Value:
    """A checkable value found in a text: a number, a date, a duration or a name.

    ``start``/``end`` index the text the value was extracted from. ``amount`` and
    ``unit`` describe quantities (``unit`` is a canonical word such as ``year``,
    ``percent``, ``usd`` or ``""``); ``date`` is ``(year, month, day)`` with ``None``
    for the parts the text does not give; ``key`` is the spelling-variant key of a name.
    """

    kind: str
    text: str
    start: int
    end: int
    amount: float | None = None
    unit: str = ""
    date: tuple[int | None, int | None, int | None] | None = None
    key: str = ""


@dataclass(frozen=True, slots=True)
class Acceptance:
    """A finding a writer has reviewed and accepts for one claim (``accept:``), and why.

    ``finding`` is a ``--fail-on`` token (``partial``, ``quote:close``, ``cite:wrong_source``);
    an accepted finding is still reported, with ``reason``, but does not fail the run.
    """

    finding: str
    reason: str


@dataclass(frozen=True, slots=True)
class Claim:
    """One factual statement to check, from a claims file or a draft."""

    id: str
    text: str
    file: str | None = None
    line: int | None = None
    quote: str | None = None
    cite: tuple[str, ...] = ()
    expect: tuple[tuple[str, str], ...] = ()
    tags: tuple[str, ...] = ()
    column: int | None = None
    accept: tuple[Acceptance, ...] = ()


@dataclass(frozen=True, slots=True)
class Evidence:
    """A verbatim slice of a source that speaks to a claim, and how it speaks."""

    source_id: str
    path: str
    line: int
    column: int
    start: int
    end: int
    quote: str
    score: float
    stance: str
    end_line: int = 0
    page: int | None = None  # 1-based, for a PDF source (``line`` then counts within the page)
    # the quote as a reader sees it: markup and reference markers blanked, same length as
    # ``quote`` (so value offsets still hold); "" when nothing is blanked (issue 11)
    shown: str = ""


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A value the claim states that a source states differently.

    ``quote`` is ``text[start:end]`` of the source (the sentence that states it);
    ``value_start``/``value_end`` locate the differing value itself. ``detail`` is the
    finer kind of a number (``duration``, ``age``, ``ordinal``), or of an entity: ``speaker``
    (a quotation given to someone else; ``speaker: she is Smailova`` when the source's
    speaker is a pronoun for a name before it; ``speaker: the magazine is Village Kazakhstan``
    or ``speaker: Dina Smailova is described as activist`` when its speaker is a description
    that the source gives elsewhere to another name, or the claim's speaker another
    description), ``holder`` (another holder of one office),
    ``displaced`` (the claim's name is elsewhere in the passage, another in its place),
    ``exchanged`` (two parties of one verb changed sides), ``agent`` (another doer of the same
    verb, in either voice).
    """

    kind: str
    claim_value: str
    source_value: str
    source_id: str
    line: int
    quote: str
    start: int
    end: int
    value_start: int
    value_end: int
    detail: str = ""
    claim_start: int | None = None  # where ``claim_value`` stands in the claim (the alignment's kinds)
    claim_end: int | None = None
    page: int | None = None  # 1-based, for a PDF source (``line`` then counts within the page)


@dataclass(frozen=True, slots=True)
class QuoteCheck:
    """Whether the claim's ``quote`` stands in a source verbatim."""

    status: str
    source_id: str | None = None
    line: int | None = None
    start: int | None = None
    end: int | None = None
    found: str | None = None
    score: float = 0.0
    differences: tuple[tuple[str, str], ...] = ()
    page: int | None = None  # 1-based, for a PDF source (``line`` then counts within the page)


@dataclass(frozen=True, slots=True)
class CiteCheck:
    """Whether the support lies in the sources the claim cites."""

    status: str
    cited: tuple[str, ...]
    found_in: tuple[str, ...]
    unknown: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ClaimResult:
    """Everything factcheck found out about one claim."""

    claim: Claim
    verdict: str
    score: float
    evidence: tuple[Evidence, ...]
    disagreements: tuple[Disagreement, ...]
    missing: tuple[str, ...] = ()
    quote_check: QuoteCheck | None = None
    cite_check: CiteCheck | None = None
    baselined: tuple[str, ...] = ()  # finding tokens already recorded in a baseline file (not failing)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A draft sentence that was not checked, and why (``verify`` only)."""

    id: str
    file: str
    line: int
    column: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Report:
    """The results of one ``check`` or ``verify`` run, in claim order."""

    results: tuple[ClaimResult, ...]
    skipped: tuple[Skipped, ...] = ()

    def summary(self) -> dict[str, int]:
        """Count the claims and each verdict (every verdict key is present)."""
        counts = {"claims": len(self.results)} | {v: 0 for v in VERDICTS}
        for result in self.results:
            counts[result.verdict] += 1
        return counts


@dataclass(frozen=True, slots=True)
class ConflictValue:
    """One side of a disagreement between sources: a value where one source states it.

    ``start``/``end`` index the source text and span ``quote`` (the sentence, verbatim);
    ``value_start``/``value_end`` locate the value itself inside it. ``detail`` adds
    context (the full name a spelling belongs to); ``count`` is how often the source
    uses this spelling or value.
    """

    value: str
    source_id: str
    path: str
    line: int
    column: int
    start: int
    end: int
    quote: str
    value_start: int
    value_end: int
    detail: str = ""
    count: int = 1
    page: int | None = None  # 1-based, for a PDF source (``line`` then counts within the page)


@dataclass(frozen=True, slots=True)
class Conflict:
    """Sources that disagree about one thing: every value, where it stands, how sure we are.

    ``explained`` is set when an aliases file declares the difference harmless (one
    entity under two names); such findings are kept for the record but do not fail a run.
    """

    kind: str
    subject: str
    confidence: float
    values: tuple[ConflictValue, ...]
    explained: bool = False
    reason: str = ""
    baselined: bool = False  # recorded in a baseline file: reported, not failing


@dataclass(frozen=True, slots=True)
class ConflictReport:
    """The disagreements of one ``conflicts`` run, most confident first."""

    conflicts: tuple[Conflict, ...]
    documents: int = 0
    passages: int = 0

    def summary(self) -> dict[str, int]:
        """Count the findings, the explained ones, and the unexplained ones per kind."""
        counts = {"conflicts": 0, "explained": 0, "documents": self.documents, "passages": self.passages}
        for conflict in self.conflicts:
            key = "explained" if conflict.explained else "conflicts"
            counts[key] += 1
            if not conflict.explained:
                counts[conflict.kind] = counts.get(conflict.kind, 0) + 1
        return counts
