"""A workspace's checking session: its sources opened once, and each draft checked as it changes.

No LSP types here: the server (:mod:`factcheck.lsp.server`) turns a :class:`DraftCheck` into
diagnostics, hovers and code actions. What this module decides:

- **Settings** are the CLI's (``factcheck.yaml`` or ``[tool.factcheck]`` in the workspace root,
  read by :func:`factcheck.inputs.settings.resolve_settings` as for ``factcheck verify``); the
  session works from the workspace root, as the CLI works from the current folder, so relative
  paths in the config and in drafts mean what they mean on the command line.
- **The index** is the persistent one (``cache_dir``), opened once by :meth:`Session.open`
  (the expensive part: refreshing the index, the corpus's disagreements, a first check) and
  kept open until :meth:`Session.close`, which also stores the run's new results.
- **Re-checking** is per sentence: each document keeps its checked sentences keyed by what the
  result depends on (text, first quotation, citations, every quotation); an edit re-checks only
  the sentences whose key is new, and a sentence that only moved keeps its result.
- **Ranges** are exact: a sentence's plain text is walked back onto its paragraph, whose every
  character knows its draft line and column (``Paragraph.position``), so a range covers the
  sentence as written (markup included), and a quotation's range covers the quoted words.
  Positions are 0-based lines and characters counted in the client's units (UTF-16 by default).

Not thread-safe: one session is used from one thread (the SQLite index is bound to the thread
that opened it); the server runs every call on one worker thread.
"""

from __future__ import annotations

import os
import re
import tempfile
from bisect import bisect_right
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, replace
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.index.sources import open_sources
from factcheck.inputs.aliases import load_aliases
from factcheck.inputs.drafts import DRAFT_SUFFIXES, Draft, DraftItem, Paragraph, draft_claims, read_draft
from factcheck.inputs.settings import Settings, resolve_settings
from factcheck.models import Claim, ClaimResult, Document, Evidence, QuoteCheck
from factcheck.reports.findings import clip, findings_of
from factcheck.run.pipeline import DEFAULT_SOURCES, Checker, Options
from factcheck.run.verify import CheckedSentence, verify_item

QUOTE_RULES = frozenset({"misquote", "missing-quote"})
QUOTE_LIMIT = 200  # characters of a source passage shown in related information and hovers
WARM_UP = Claim("factcheck-lsp-warm-up", "The warm-up sentence was written on 1 March 2020 by 12 people.")
Units = Callable[[str], int]
SentenceKey = tuple[str, str | None, tuple[str, ...], tuple[str, ...]]


def units_of(encoding: str) -> Units:
    """How many code units a string takes in an LSP position encoding (``utf-8``, ``utf-16``, ``utf-32``)."""
    if encoding == "utf-8":
        return lambda text: len(text.encode("utf-8"))
    if encoding == "utf-32":
        return len
    return lambda text: len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True, slots=True)
class Span:
    """A range: 0-based lines, characters in the client's units, the end exclusive."""

    start_line: int
    start_char: int
    end_line: int
    end_char: int

    def contains(self, line: int, char: int) -> bool:
        """Whether the position lies inside (or at either end of) the range."""
        return (self.start_line, self.start_char) <= (line, char) <= (self.end_line, self.end_char)

    def overlaps(self, other: Span) -> bool:
        """Whether two ranges share a position."""
        return (self.start_line, self.start_char) <= (other.end_line, other.end_char) and \
            (other.start_line, other.start_char) <= (self.end_line, self.end_char)


@dataclass(frozen=True, slots=True)
class Place:
    """A passage of a source file: its absolute path, its range, and what it says about the sentence.

    ``label`` is the path as reports show it with its 1-based line and column (``seeds/002.txt:28:1``).
    """

    path: str
    span: Span
    message: str
    label: str


@dataclass(frozen=True, slots=True)
class Problem:
    """One diagnostic: where, how bad (``error``, ``warning``, ``note`` as in SARIF; ``hint`` for a
    supported sentence), the rule id, the message, and the source passages it rests on."""

    span: Span
    level: str
    code: str
    message: str
    related: tuple[Place, ...] = ()


@dataclass(frozen=True, slots=True)
class SentenceCheck:
    """A checked sentence: its range, its result, its problems and its evidence in the sources."""

    span: Span
    checked: CheckedSentence
    problems: tuple[Problem, ...]
    evidence: tuple[Place, ...]

    @property
    def result(self) -> ClaimResult:
        """The sentence's result, as ``factcheck verify --format json`` reports it."""
        return self.checked.result


@dataclass(frozen=True, slots=True)
class DraftCheck:
    """A draft's check: each checked sentence in draft order, the warnings, and how many
    sentences this check had to check (the others came from the document's cache)."""

    path: str
    sentences: tuple[SentenceCheck, ...]
    warnings: tuple[str, ...] = ()
    checked_now: int = 0

    def problems(self, *, supported: bool = False) -> list[Problem]:
        """Every problem in draft order; supported sentences' hints only when asked for."""
        return [p for s in self.sentences for p in s.problems if supported or p.level != "hint"]

    def at(self, line: int, char: int) -> SentenceCheck | None:
        """The checked sentence at a position, if any."""
        return next((s for s in self.sentences if s.span.contains(line, char)), None)


def is_draft(path: str) -> bool:
    """Whether a file is a draft the server checks (``.md``, ``.markdown``, ``.txt``)."""
    return path.lower().endswith(DRAFT_SUFFIXES)


class Session:
    """The sources of one workspace, opened once, and the drafts checked against them."""

    def __init__(self, root: Path, *, config: str | None = None, encoding: str = "utf-16") -> None:
        """``root``: the workspace folder (its config is read, relative paths start there);
        ``config``: an explicit config file, as ``--config``; ``encoding``: the client's
        position encoding."""
        self.root = root.resolve()
        self.config = config
        self.units = units_of(encoding)
        self.settings: Settings | None = None
        self.checker: Checker | None = None
        self.warnings: tuple[str, ...] = ()
        self._stack = ExitStack()
        self._cache: dict[str, dict[SentenceKey, CheckedSentence]] = {}
        self._scratch = Path(self._stack.enter_context(tempfile.TemporaryDirectory(prefix="factcheck-lsp-")))

    def open(self) -> None:
        """Read the settings, open (and refresh) the persistent index, find the corpus's
        disagreements, and check one sentence, so that the first draft's check is quick.

        Raises:
            FactcheckError: the config is invalid, or a source cannot be read.
        """
        # Relative paths of the config (sources, cache) start at the workspace root, as they do
        # for the command line run there; the process's own folder is given back on close.
        self._stack.callback(os.chdir, os.getcwd())
        os.chdir(self.root)
        settings = self.settings = resolve_settings("verify", {}, config=self.config)
        options = Options(top=settings.top, cross_check=settings.cross_check,
                          aliases=load_aliases(settings.aliases) if settings.aliases else None,
                          index=settings.index, cache_dir=settings.cache_dir, follow_symlinks=settings.follow_symlinks)
        sources = self._stack.enter_context(open_sources(
            settings.sources or (DEFAULT_SOURCES,), use_index=options.index, cache_dir=options.cache_dir,
            skip_bad=settings.skip_bad_sources, fingerprint=options.fingerprint(),
            follow_symlinks=options.follow_symlinks))
        checker = Checker(sources.corpus, options, passages=sources.passages, index=sources.index,
                          results=sources.results)
        checker.check_claim(WARM_UP)
        self.checker = checker
        self.warnings = (*sources.corpus.warnings, *checker.warnings)

    def close(self) -> None:
        """Store the new results in the index and let it go."""
        self.checker = None
        self._stack.close()

    def forget(self, path: str) -> None:
        """Drop a closed document's cached sentences."""
        self._cache.pop(path, None)

    def check(self, path: str, text: str) -> DraftCheck:
        """Check a draft's current text (unsaved edits included), re-checking only new sentences.

        ``path`` is the draft's path (relative to the root when inside it): it names the
        sentences (``path:LINE:N``) and anchors its relative links.

        Raises:
            FactcheckError: the session is not open.
        """
        checker = self.checker
        if checker is None:
            raise FactcheckError("the sources are not open")
        draft = self._parse(path, text)
        items = draft_claims(draft, checker.corpus.resolve)
        known = self._cache.get(path, {})
        kept: dict[SentenceKey, CheckedSentence] = {}
        sentences: list[SentenceCheck] = []
        fresh = 0
        for item in items:
            if item.claim is None:
                continue
            key = (item.claim.text, item.claim.quote, item.claim.cite, item.quotes)
            earlier = kept.get(key) or known.get(key)
            if earlier is None:
                checked = verify_item(item, checker)
                fresh += 1
            else:
                checked = CheckedSentence(item, replace(earlier.result, claim=item.claim), earlier.quote_checks)
            kept[key] = checked
            sentences.append(self._sentence(draft, checked, checker))
        self._cache[path] = kept
        return DraftCheck(path, tuple(sentences), tuple(draft.warnings), fresh)

    # ------------------------------------------------------------ reading the draft

    def _parse(self, path: str, text: str) -> Draft:
        """The draft as ``verify`` reads it, from the editor's text rather than the file: the
        text is written to a scratch file with the draft's suffix, read, and given its own path."""
        suffix = Path(path).suffix.lower() if is_draft(path) else ".md"
        scratch = self._scratch / f"draft{suffix}"
        scratch.write_text(text, encoding="utf-8", newline="")
        draft = read_draft(str(scratch))
        warnings = tuple(w.replace(str(scratch), path) for w in draft.warnings)
        return replace(draft, path=path, warnings=warnings)

    # ------------------------------------------------------------ a sentence's findings

    def _sentence(self, draft: Draft, checked: CheckedSentence, checker: Checker) -> SentenceCheck:
        lines = _lines(draft.text)
        found = _locate(draft, checked.item)
        span = self._span(lines, *found[:2]) if found else self._fallback(lines, checked.item)
        result = checked.result
        evidence = tuple(self._evidence(e, checker) for e in result.evidence)
        related = (*self._disagreements(result, checker), *evidence)
        problems = [Problem(span, f.level, f.rule_id, _sentence_words(f.message, result.claim.id), related)
                    for f in findings_of(result) if f.rule_id not in QUOTE_RULES]
        for quote, check in checked.quote_checks:
            if check.status == "exact":
                continue
            where = _quote_at(draft, found, quote)
            quote_span = self._span(lines, *where) if where else span
            alone = replace(result, quote_check=check, cite_check=None, claim=replace(result.claim, quote=quote))
            place = self._quote_place(check, checker)
            problems += [Problem(quote_span, f.level, f.rule_id, _sentence_words(f.message, result.claim.id),
                                 (place,) if place else related)
                         for f in findings_of(alone) if f.rule_id in QUOTE_RULES]
        if not problems and result.verdict == "supported":
            best = next((e for e in evidence), None)
            problems.append(Problem(span, "hint", "supported",
                                    "Supported" + (f": {best.label}" if best else ""), related))
        return SentenceCheck(span, checked, tuple(problems), evidence)

    def _span(self, lines: list[str], start: tuple[int, int], end: tuple[int, int]) -> Span:
        """A range from 1-based (line, column) code-point positions, ``end`` exclusive."""
        return Span(start[0] - 1, self._char(lines, *start), end[0] - 1, self._char(lines, *end))

    def _char(self, lines: list[str], line: int, column: int) -> int:
        text = lines[line - 1] if 0 < line <= len(lines) else ""
        return self.units(text[:column - 1])

    def _fallback(self, lines: list[str], item: DraftItem) -> Span:
        """The sentence's start to the end of its line, when its text cannot be walked back."""
        end = len(lines[item.line - 1]) + 1 if 0 < item.line <= len(lines) else item.column
        return self._span(lines, (item.line, item.column), (item.line, max(end, item.column)))

    # ------------------------------------------------------------ places in the sources

    def _source_place(self, source_id: str, start: int, end: int, message: str,
                      checker: Checker) -> Place | None:
        """A passage of a source by its character offsets, or None for an unknown source."""
        index = checker.corpus.resolve(source_id)
        if index is None:
            return None
        document = checker.corpus.documents[index]
        first, last = _offset_position(document, start), _offset_position(document, max(end, start))
        lines = _lines(document.text)
        path = Path(document.path)
        shown = f"{document.path}:{first[0]}:{first[1]}"
        if document.path.lower().endswith(".pdf"):  # an editor opens the file, not its text layer
            return Place(str(path if path.is_absolute() else self.root / path), Span(0, 0, 0, 0), message, shown)
        return Place(str(path if path.is_absolute() else self.root / path), self._span(lines, first, last), message,
                     shown)

    def _evidence(self, evidence: Evidence, checker: Checker) -> Place:
        message = f"{evidence.stance}: “{clip(evidence.quote, QUOTE_LIMIT)}”"
        place = self._source_place(evidence.source_id, evidence.start, evidence.end, message, checker)
        if place is None:  # the evidence names a source of the corpus: this is a safety net
            path = evidence.path if Path(evidence.path).is_absolute() else str(self.root / evidence.path)
            span = Span(evidence.line - 1, 0, evidence.line - 1, 0)
            return Place(path, span, message, f"{evidence.path}:{evidence.line}:{evidence.column}")
        return place

    def _disagreements(self, result: ClaimResult, checker: Checker) -> list[Place]:
        """Each differing value where the source states it (the value itself, not its sentence)."""
        places = []
        for d in result.disagreements:
            if d.kind in ("quote", "name_variant"):
                continue
            message = f'{d.kind}: claim says "{d.claim_value}", the source says "{d.source_value}"'
            place = self._source_place(d.source_id, d.value_start, d.value_end, message, checker)
            if place is not None:
                places.append(place)
        return places

    def _quote_place(self, check: QuoteCheck, checker: Checker) -> Place | None:
        if check.source_id is None or check.start is None or check.end is None:
            return None
        message = f"{check.status}: “{clip(check.found or '', QUOTE_LIMIT)}”"
        return self._source_place(check.source_id, check.start, check.end, message, checker)


# ---------------------------------------------------------------- walking text back onto the draft


def _lines(text: str) -> list[str]:
    """A text's lines as the draft reader counts them (universal newlines)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _offset_position(document: Document, offset: int) -> tuple[int, int]:
    """The 1-based (line, column) of an offset in a source's whole text (a PDF's too, where
    ``Document.position`` counts lines within a page)."""
    starts = document.lines()
    index = max(bisect_right(starts, offset) - 1, 0)
    return index + 1, offset - starts[index] + 1


def _locate(draft: Draft, item: DraftItem) -> tuple[tuple[int, int], tuple[int, int], Paragraph, int, int] | None:
    """Where a sentence stands: its first and past-the-end draft positions (1-based, code
    points), its paragraph, and its start and end in the paragraph's text; None if its text
    cannot be walked back onto a paragraph (it then starts at ``item.line``/``item.column``)."""
    for paragraph in draft.paragraphs:
        if not paragraph.anchors or not paragraph.anchors[0][1] <= item.line <= paragraph.anchors[-1][1]:
            continue
        start = _index_at(paragraph, item.line, item.column)
        if start is None:
            continue
        walked = _walk(paragraph.text, start, item.text)
        if walked is None:
            continue
        first, end = walked
        last_line, last_column = paragraph.position(end - 1)
        return paragraph.position(first), (last_line, last_column + 1), paragraph, first, end
    return None


def _index_at(paragraph: Paragraph, line: int, column: int) -> int | None:
    """The index in the paragraph's text of the character at a draft position (positions grow with the index)."""
    low, high = 0, len(paragraph.text)
    while low < high:
        middle = (low + high) // 2
        if paragraph.position(middle) < (line, column):
            low = middle + 1
        else:
            high = middle
    return low if low < len(paragraph.text) and paragraph.position(low) == (line, column) else None


def _walk(text: str, start: int, words: str) -> tuple[int, int] | None:
    """Match ``words`` (the sentence with its whitespace made single spaces, as ``DraftItem.text``)
    against ``text`` from ``start``: the first and past-the-end index of the match, or None."""
    at = start
    while at < len(text) and text[at].isspace():
        at += 1
    first = at
    for char in words:
        if char == " ":
            if at >= len(text) or not text[at].isspace():
                return None
            while at < len(text) and text[at].isspace():
                at += 1
        elif at < len(text) and text[at] == char:
            at += 1
        else:
            return None
    return (first, at) if at > first else None


def _quote_at(draft: Draft, found: tuple[tuple[int, int], tuple[int, int], Paragraph, int, int] | None,
              quote: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The draft range of a quotation inside its sentence (1-based code points, end exclusive)."""
    if found is None or not quote.strip():
        return None
    _, _, paragraph, start, end = found
    pattern = r"\s+".join(re.escape(word) for word in quote.split())
    match = re.compile(pattern).search(paragraph.text, start, end)
    if match is None:
        return None
    last_line, last_column = paragraph.position(match.end() - 1)
    return paragraph.position(match.start()), (last_line, last_column + 1)


def _sentence_words(message: str, claim_id: str) -> str:
    """A finding's message as said of the sentence under the cursor, not of a claim id."""
    return message.replace(f"Claim '{claim_id}'", "Sentence").replace(f"claim '{claim_id}'", "sentence")


def hover_text(sentence: SentenceCheck) -> str:
    """A sentence's verdict and evidence as Markdown: the verdict and score, each evidence quote
    with its place, the differing values, and the quotation and citation checks."""
    result = sentence.result
    lines = [f"**factcheck: {result.verdict}** (score {result.score:.1f})", ""]
    marks = {"supports": "✓", "contradicts": "✗", "related": "~"}
    for evidence, place in zip(result.evidence, sentence.evidence, strict=True):
        lines.append(f"- {marks.get(evidence.stance, '~')} {evidence.stance} `{place.label}`: "
                     f"“{clip(evidence.quote, QUOTE_LIMIT)}”")
    values = [d for d in result.disagreements if d.kind != "quote"]
    if values:
        lines += ["", *(f'- {d.kind}: claim says "{d.claim_value}", `{d.source_id}:{d.line}` says '
                        f'"{d.source_value}"' for d in values)]
    if result.missing:
        lines += ["", "In no source: " + ", ".join(f"“{m}”" for m in result.missing)]
    for quote, check in sentence.checked.quote_checks:
        where = f" (`{check.source_id}:{check.line}`)" if check.source_id else ""
        lines += ["", f"Quotation “{clip(quote, 80)}”: {check.status}{where}"]
    if result.cite_check is not None:
        found_in = ", ".join(result.cite_check.found_in) or "no source"
        lines += ["", f"Citation: {result.cite_check.status} (support found in {found_in})"]
    return "\n".join(lines).rstrip() + "\n"


def shown_path(path: Path, root: Path) -> str:
    """A draft's path as the CLI would show it: relative to the workspace root when inside it."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()

