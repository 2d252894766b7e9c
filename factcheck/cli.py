"""The command line: flags in, a report on stdout, an exit code out. Nothing else lives here.

Options are merged with the project's config (``factcheck.inputs.settings``): a flag that is not
given is ``None`` here, so that the config can supply it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import sqlite3
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date as date_type
from enum import Enum, IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from factcheck import __version__
from factcheck.ci.baseline import (
    Baseline,
    apply_baseline,
    apply_conflict_baseline,
    check_writable,
    load_baseline,
    write_baseline,
)
from factcheck.ci.changes import changes_since, filter_conflicts, select_claims, select_drafts
from factcheck.errors import FactcheckError, InputError
from factcheck.inputs.settings import (
    FAIL_ON_DEFAULT,
    Settings,
    cluster_value,
    resolve_settings,
    review_author_value,
    review_date_value,
    review_url_value,
)
from factcheck.inputs.settings import parse_fail_on as _parse_fail_on
from factcheck.models import ConflictReport, Report
from factcheck.progress import Progress, terminal_progress
from factcheck.reports.findings import conflict_suppression, result_tokens, suppression
from factcheck.reports.results import REPORTERS
from factcheck.run.pipeline import DEFAULT_SOURCES, Options, run_check, run_conflicts, run_verify
from factcheck.workers import stop_pools

__all__ = ["FAIL_ON_DEFAULT", "ExitCode", "Format", "app", "findings", "main", "parse_fail_on"]


class ExitCode(IntEnum):
    """Exit codes (CONTRACT.md section 7); pinned by a test (tests/test_exit_codes.py).

    Above 3, the shell's 128 + signal number, for a run that a signal stopped.
    """

    CLEAN = 0
    FINDINGS = 1
    ERROR = 2         # usage or input error; also a full disk
    INTERNAL = 3      # a bug: one line on stderr, the traceback only with --debug or FACTCHECK_DEBUG=1
    INTERRUPTED = 130  # SIGINT (Ctrl-C)
    BROKEN_PIPE = 141  # stdout's reader went away (``factcheck check | head``): no message
    TERMINATED = 143   # SIGTERM


class Format(str, Enum):
    """Output formats, the same for check, verify and conflicts."""

    text = "text"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    github = "github"
    html = "html"
    claimreview = "claimreview"


app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Check claims, drafts and sources against each other: who says it, in which words, where.",
)


def _version(value: bool) -> None:
    if value:
        _emit(f"factcheck {__version__}\n")
        raise typer.Exit()


_debug = False  # --debug: an internal error prints its traceback (main() resets it per run)


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="On an internal error (exit 3), print the traceback (also: FACTCHECK_DEBUG=1).")] = False,
) -> None:
    """factcheck: source-citation and fact-consistency checks for writing."""
    global _debug
    _debug = debug


def parse_fail_on(spec: str) -> frozenset[str]:
    """Parse ``--fail-on`` of check/verify (verdicts and quote:/cite: statuses); a bad value names the option."""
    try:
        return _parse_fail_on(spec, "check")
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def parse_conflict_fail_on(spec: str) -> frozenset[str]:
    """Parse ``--fail-on`` of conflicts (conflict kinds)."""
    try:
        return _parse_fail_on(spec, "conflicts")
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def findings(report: Report, fail_on: frozenset[str]) -> int:
    """Count the results with a finding in the failing set that is neither accepted nor baselined."""
    return sum(1 for r in report.results
               if any(t in fail_on and suppression(r, t) is None for t in result_tokens(r)))


def conflict_findings(report: ConflictReport, fail_on: frozenset[str]) -> int:
    """Count the conflicts of a failing kind that no aliases file explains and no baseline holds."""
    return sum(1 for c in report.conflicts if c.kind in fail_on and conflict_suppression(c) is None)


# Options shared by the commands, declared once. ``None`` means "not given": the config decides.
Sources = Annotated[list[str] | None, typer.Option("--sources", "-s", help="Source folder or file; repeatable (default: ./seeds, or for check the claims file's sources:).", show_default=False)]
OutputFormat = Annotated[Format | None, typer.Option("--format", "-f", help="Output format (default: text).", show_default=False)]
Top = Annotated[int | None, typer.Option(min=1, help="Evidence items per claim or sentence (default: 3).", show_default=False)]
FailOn = Annotated[frozenset[str] | None, typer.Option(parser=parse_fail_on, metavar="LIST", help="Comma list of verdicts and quote:/cite: statuses that fail the run (default: any).", show_default=False)]
NoFail = Annotated[bool | None, typer.Option("--no-fail", help="Always exit 0 when the run completes.", show_default=False)]
SkipBadSources = Annotated[bool | None, typer.Option("--skip-bad-sources", help="Warn about unreadable sources instead of stopping.", show_default=False)]
FollowSymlinks = Annotated[bool | None, typer.Option("--follow-symlinks", help="Also read what symbolic links in the sources lead to outside them (default: not read, with a warning).", show_default=False)]
AliasesFile = Annotated[str | None, typer.Option("--aliases", help="YAML file of names that are one entity (same:) or not (different:).", show_default=False)]
CrossCheck = Annotated[bool | None, typer.Option("--cross-check/--no-cross-check", help="Mark a claim disputed when its supporting sources disagree among themselves (default: on).", show_default=False)]
ConfigFile = Annotated[str | None, typer.Option("--config", metavar="FILE", help="Config file: a .toml file with a tool.factcheck table, or a .yaml file (default: ./factcheck.yaml, or ./pyproject.toml).", show_default=False)]
CacheDir = Annotated[str | None, typer.Option("--cache-dir", metavar="DIR", help="Where to keep the persistent corpus index.", show_default=False)]
UseIndex = Annotated[bool | None, typer.Option("--index/--no-index", help="Keep the corpus index on disk and reuse it (default: on).", show_default=False)]
BaselineFile = Annotated[str | None, typer.Option("--baseline", metavar="FILE", help="Findings recorded in this file are reported as baselined and do not fail the run.", show_default=False)]
WriteBaseline = Annotated[str | None, typer.Option("--write-baseline", metavar="FILE", help="Record this run's findings in FILE and exit 0.", show_default=False)]


def _cluster_option(value: str | None) -> str | None:
    """``--cluster``'s check: the config's rule for the address, as a usage error."""
    try:
        return None if value is None else cluster_value(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


Cluster = Annotated[str | None, typer.Option("--cluster", metavar="ADDRESS", callback=_cluster_option, help="Build the index and check on a Dask cluster: local, local:N (N worker processes), or a running scheduler's tcp://HOST:PORT (default: $FACTCHECK_CLUSTER; none: this machine). Needs: pip install 'factcheck\\[dask]'. See docs/cluster.md.", show_default=False)]
ChangedSince = Annotated[str | None, typer.Option("--changed-since", metavar="REF", help="Check only what changed since the merge base with this git ref.", show_default=False)]


def _review_option(parse: Callable[[str], str]) -> Callable[[str | None], str | None]:
    """A --review-* flag's check: the config's rule for the key, as a usage error."""
    def check(value: str | None) -> str | None:
        try:
            return None if value is None else parse(value)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
    return check


ReviewUrl = Annotated[str | None, typer.Option("--review-url", metavar="URL", callback=_review_option(review_url_value), help="--format claimreview: the fact-check page the reviews are published on (each review's url is it plus #claim-id).", show_default=False)]
ReviewAuthor = Annotated[str | None, typer.Option("--review-author", metavar="NAME", callback=_review_option(review_author_value), help="--format claimreview: the organisation that publishes the reviews.", show_default=False)]
ReviewDate = Annotated[str | None, typer.Option("--review-date", metavar="DATE", callback=_review_option(review_date_value), help="--format claimreview: datePublished, YYYY-MM-DD or today (default: none).", show_default=False)]


@app.command()
def check(
    paths: Annotated[list[str] | None, typer.Argument(help="Claims files or folders (default: ./claims).", show_default=False)] = None,
    sources: Sources = None, output_format: OutputFormat = None, top: Top = None, fail_on: FailOn = None,
    no_fail: NoFail = None, skip_bad_sources: SkipBadSources = None, follow_symlinks: FollowSymlinks = None,
    aliases: AliasesFile = None, cross_check: CrossCheck = None, config: ConfigFile = None, cache_dir: CacheDir = None, index: UseIndex = None,
    baseline: BaselineFile = None, write_baseline: WriteBaseline = None, changed_since: ChangedSince = None,
    review_url: ReviewUrl = None, review_author: ReviewAuthor = None, review_date: ReviewDate = None,
    cluster: Cluster = None,
) -> None:
    """Check claims (YAML) against sources.

    Example: factcheck check claims --sources seeds --format json
    """
    _run("check", config, claims=paths, sources=sources, format=output_format, top=top, fail_on=fail_on,
         no_fail=no_fail, skip_bad_sources=skip_bad_sources, follow_symlinks=follow_symlinks, aliases=aliases,
         cross_check=cross_check,
         cache_dir=cache_dir, index=index, baseline=baseline, write_baseline=write_baseline,
         changed_since=changed_since, review_url=review_url, review_author=review_author, review_date=review_date,
         cluster=cluster)


@app.command()
def verify(
    drafts: Annotated[list[str] | None, typer.Argument(help="Draft files or folders (.md, .markdown, .txt) (default: the config's drafts).", show_default=False)] = None,
    sources: Sources = None, output_format: OutputFormat = None, top: Top = None, fail_on: FailOn = None,
    no_fail: NoFail = None, skip_bad_sources: SkipBadSources = None, follow_symlinks: FollowSymlinks = None,
    aliases: AliasesFile = None, cross_check: CrossCheck = None, config: ConfigFile = None, cache_dir: CacheDir = None, index: UseIndex = None,
    baseline: BaselineFile = None, write_baseline: WriteBaseline = None, changed_since: ChangedSince = None,
    review_url: ReviewUrl = None, review_author: ReviewAuthor = None, review_date: ReviewDate = None,
    cluster: Cluster = None,
) -> None:
    """Check a draft article sentence by sentence: values, quotations and citations.

    Example: factcheck verify draft.md --sources seeds
    """
    _run("verify", config, drafts=drafts, sources=sources, format=output_format, top=top, fail_on=fail_on,
         no_fail=no_fail, skip_bad_sources=skip_bad_sources, follow_symlinks=follow_symlinks, aliases=aliases,
         cross_check=cross_check,
         cache_dir=cache_dir, index=index, baseline=baseline, write_baseline=write_baseline,
         changed_since=changed_since, review_url=review_url, review_author=review_author, review_date=review_date,
         cluster=cluster)


@app.command()
def conflicts(
    sources: Sources = None, output_format: OutputFormat = None, aliases: AliasesFile = None,
    min_confidence: Annotated[float | None, typer.Option("--min-confidence", min=0.0, max=1.0, help="Leave out findings less sure than this (default: 0.5).", show_default=False)] = None,
    fail_on: Annotated[frozenset[str] | None, typer.Option(parser=parse_conflict_fail_on, metavar="LIST", help="Comma list of conflict kinds that fail the run (name_variant, number, duration, age, ordinal, date, statement, negation, antonym) (default: any).", show_default=False)] = None,
    no_fail: NoFail = None, skip_bad_sources: SkipBadSources = None, follow_symlinks: FollowSymlinks = None,
    config: ConfigFile = None, cache_dir: CacheDir = None, index: UseIndex = None, baseline: BaselineFile = None,
    write_baseline: WriteBaseline = None, changed_since: ChangedSince = None, cluster: Cluster = None,
) -> None:
    """Report where the sources disagree with each other (no claims needed).

    Example: factcheck conflicts --sources seeds --format json
    """
    _run("conflicts", config, sources=sources, format=output_format, aliases=aliases, min_confidence=min_confidence,
         fail_on=fail_on, no_fail=no_fail, skip_bad_sources=skip_bad_sources, follow_symlinks=follow_symlinks,
         cache_dir=cache_dir, index=index,
         baseline=baseline, write_baseline=write_baseline, changed_since=changed_since, cluster=cluster)


@dataclass(frozen=True, slots=True)
class _Outcome:
    """A finished run: what to print, the warnings met on the way, and what decides the exit code."""

    report: Report | ConflictReport
    warnings: tuple[str, ...]
    failing: int
    wrote: int | None = None


def _run(command: str, config: str | None, **given: Any) -> None:
    """Resolve the settings, run the command, print its report and exit with its code."""
    try:
        settings = resolve_settings(command, {k: v.value if isinstance(v, Enum) else v for k, v in given.items()},
                                    config=config)
        if settings.write_baseline:
            check_writable(settings.write_baseline)
        baseline = load_baseline(settings.baseline) if settings.baseline and not settings.write_baseline else None
        with _cluster(settings.cluster):
            outcome = _RUNNERS[command](settings, baseline)
    except FactcheckError as exc:
        _fail(exc)
    for warning in outcome.warnings:
        typer.echo(f"warning: {warning}", err=True)
    color = settings.format == "text" and sys.stdout.isatty()
    extra = {"sources": _source_texts(outcome.report)} if settings.format == "html" else {}
    extra |= _claimreview_extra(settings, outcome.report) if settings.format == "claimreview" else {}
    # The report is rendered whole before its first byte is written: a failure while rendering
    # leaves stdout empty, never half a report.
    if isinstance(outcome.report, ConflictReport):
        from factcheck.reports.conflicts import CONFLICT_REPORTERS
        _emit(CONFLICT_REPORTERS[settings.format](outcome.report, color=color, **extra))
    else:
        _emit(REPORTERS[settings.format](outcome.report, color=color, **extra))
    if outcome.wrote is not None:
        typer.echo(f"factcheck: wrote {outcome.wrote} baseline entries to {settings.write_baseline}", err=True)
    elif outcome.failing and not settings.no_fail:
        raise typer.Exit(ExitCode.FINDINGS)


def _check(settings: Settings, baseline: Baseline | None) -> _Outcome:
    paths, selection = settings.paths, None
    if settings.changed_since:
        changes = changes_since(settings.changed_since)
        selection = select_claims(paths, settings.sources, DEFAULT_SOURCES, changes)
        paths = selection.paths
    if not paths:  # --changed-since found nothing to check
        return _finish(settings, Report(()), (), baseline)
    run = run_check(list(paths), list(settings.sources), options=_options(settings),
                    skip_bad_sources=settings.skip_bad_sources, progress=_progress(settings))
    return _finish(settings, selection.filter(run.report) if selection else run.report, run.warnings, baseline)


def _verify(settings: Settings, baseline: Baseline | None) -> _Outcome:
    drafts = settings.paths
    if not drafts:
        raise InputError("DRAFT", "no drafts to verify: name them (factcheck verify DRAFT...) or set 'drafts' in the config")
    if settings.changed_since:
        drafts = select_drafts(drafts, settings.sources or (DEFAULT_SOURCES,), changes_since(settings.changed_since))
        if not drafts:
            return _finish(settings, Report(()), (), baseline)
    run = run_verify(list(drafts), list(settings.sources), options=_options(settings),
                     skip_bad_sources=settings.skip_bad_sources, progress=_progress(settings))
    return _finish(settings, run.report, run.warnings, baseline)


def _conflicts(settings: Settings, baseline: Baseline | None) -> _Outcome:
    if settings.format == "claimreview":
        raise InputError("--format", "claimreview reviews claims: it is for check and verify, not conflicts")
    changes = changes_since(settings.changed_since) if settings.changed_since else None
    report, warnings = run_conflicts(settings.sources, options=_options(settings),
                                     min_confidence=settings.min_confidence,
                                     skip_bad_sources=settings.skip_bad_sources, progress=_progress(settings))
    if changes is not None:
        report = filter_conflicts(report, changes)
    if settings.write_baseline:
        return _Outcome(report, warnings, 0, write_baseline(settings.write_baseline, "conflicts", report))
    if baseline is not None:
        report = apply_conflict_baseline(report, baseline)
    return _Outcome(report, warnings, conflict_findings(report, settings.fail_on))


def _finish(settings: Settings, report: Report, warnings: tuple[str, ...], baseline: Baseline | None) -> _Outcome:
    """Write or apply the baseline, then count what fails."""
    if settings.write_baseline:
        return _Outcome(report, warnings, 0, write_baseline(settings.write_baseline, settings.command, report))
    if baseline is not None:
        report = apply_baseline(report, baseline, settings.command)
    return _Outcome(report, warnings, findings(report, settings.fail_on))


_RUNNERS = {"check": _check, "verify": _verify, "conflicts": _conflicts}


def _options(settings: Settings) -> Options:
    """Run options from the settings; reads the aliases file (an InputError if it is invalid)."""
    from factcheck.inputs.aliases import load_aliases

    return Options(top=settings.top, cross_check=settings.cross_check,
                   aliases=load_aliases(settings.aliases) if settings.aliases else None,
                   index=settings.index, cache_dir=settings.cache_dir, follow_symlinks=settings.follow_symlinks,
                   cluster=settings.cluster)


def _progress(settings: Settings) -> Progress | None:
    """factcheck's own progress bar on a terminal; with ``--cluster``, Dask's bar is drawn instead (one bar at a time)."""
    return None if settings.cluster else terminal_progress()


def _cluster(address: str | None) -> contextlib.AbstractContextManager[Engine | None]:
    """The run's Dask cluster (``--cluster``), open for the whole command; each stage of the
    run shares it. On a terminal, its dashboard's address and Dask's own progress bar are
    shown on stderr. Without an address: nothing, and Dask is not imported."""
    if address is None:
        return contextlib.nullcontext()
    from factcheck.cluster import cluster_engine, progress_bar

    terminal = sys.stderr.isatty()
    return cluster_engine(address, watch=progress_bar(sys.stderr) if terminal else None,
                          on_start=(lambda link: typer.echo(f"dask dashboard: {link}", err=True)) if terminal else None)


def _source_texts(report: Report | ConflictReport) -> dict[str, str]:
    """The texts of the sources an HTML report quotes, so that each quote is shown in its
    context; a source that can no longer be read shows its quote alone."""
    from factcheck.reports.html.page import source_paths
    from factcheck.sources.corpus import read_source

    texts: dict[str, str] = {}
    for path in source_paths(report):
        with contextlib.suppress(FactcheckError):
            texts[path] = read_source(Path(path))
    return texts


def _claimreview_extra(settings: Settings, report: Report | ConflictReport) -> dict[str, Any]:
    """What ``--format claimreview`` needs besides the report: the page, author and date of the
    reviews (``today`` read from the clock here, only when asked for) and each quoted source's URL."""
    from factcheck.reports.claimreview import Publication
    from factcheck.sources.corpus import describe, read_text

    date = date_type.today().isoformat() if settings.review_date == "today" else settings.review_date
    urls: dict[str, str] = {}
    for result in report.results if isinstance(report, Report) else ():
        for evidence in result.evidence:
            if evidence.path not in urls:
                with contextlib.suppress(FactcheckError, OSError):
                    text = read_text(Path(evidence.path))
                    names = describe(evidence.source_id, evidence.path, text)[0]
                    urls[evidence.path] = next((n for n in names if n.startswith(("https://", "http://"))), "")
    return {"publication": Publication(settings.review_url, settings.review_author, date),
            "urls": {path: url for path, url in urls.items() if url}}


@app.command()
def lsp(
    stdio: Annotated[bool, typer.Option("--stdio", help="Talk LSP over stdin and stdout (the default and only transport; accepted because editors pass it).")] = False,
) -> None:
    """Run the language server (LSP over stdio) for drafts: diagnostics, hover and code actions as you write.

    Needs the optional extra: pip install 'factcheck\\[lsp]'. Sources and options come from the
    workspace's factcheck.yaml or pyproject.toml, as for verify. See docs/editors.md.
    Example: factcheck lsp
    """
    from factcheck.lsp import serve

    try:
        code = serve()
    except FactcheckError as exc:
        _fail(exc)
    raise typer.Exit(code)  # now: the server has closed stdout, which the normal return would flush


@app.command()
def index(
    sources: Sources = None, cache_dir: CacheDir = None, skip_bad_sources: SkipBadSources = None,
    follow_symlinks: FollowSymlinks = None, config: ConfigFile = None, cluster: Cluster = None,
    verify_index: Annotated[bool, typer.Option("--verify", help="Check the index's health without changing it: exit 0 when it is healthy, 1 when it is damaged or missing (the next run rebuilds it).")] = False,
) -> None:
    """Build or refresh the persistent index of the sources ahead of a run.

    check, verify and conflicts refresh it themselves; this does it up front (in CI, a cache
    step can then keep it). Only files whose size or modification time changed are read,
    and only new contents are indexed. A damaged index is rebuilt with a warning.
    Example: factcheck index --sources seeds
    """
    from factcheck.index.sources import resolve_cache_dir
    from factcheck.index.store import Store

    try:
        settings = resolve_settings("check", {"sources": sources, "cache_dir": cache_dir,
                                              "skip_bad_sources": skip_bad_sources,
                                              "follow_symlinks": follow_symlinks, "cluster": cluster}, config=config)
        store = Store(list(settings.sources) or [DEFAULT_SOURCES], resolve_cache_dir(settings.cache_dir),
                      follow_symlinks=settings.follow_symlinks)
        if verify_index:
            health = store.verify()
            _emit("\n".join(_health_lines(health)) + "\n")
            raise typer.Exit(ExitCode.CLEAN if health.ok else ExitCode.FINDINGS)
        started = time.perf_counter()
        with _cluster(settings.cluster) as engine:  # the files read, split and stemmed on its workers
            stats, warnings = store.refresh(skip_bad=settings.skip_bad_sources, progress=_progress(settings),
                                            engine=engine)
    except FactcheckError as exc:
        _fail(exc)
    for warning in warnings:
        typer.echo(f"warning: {warning}", err=True)
    _emit(f"{stats.files} sources: {stats.unchanged} unchanged, {stats.read} read, {stats.indexed} indexed "
          f"({_size(stats.bytes_indexed)}), {stats.removed} removed"
          f"{', postings merged' if stats.merged else ''} in {time.perf_counter() - started:.1f}s; "
          f"index: {store.path}\n")


if TYPE_CHECKING:  # imported by `index` when it runs: other commands need not load the store
    from factcheck.index.store import Health
    from factcheck.workers import Engine


def _health_lines(health: Health) -> list[str]:
    """What ``index --verify`` prints about a store's health."""
    lines = [f"index: {health.path}"]
    if not health.exists:
        lines.append("missing: no index of these sources yet; `factcheck index` builds it")
    elif health.ok:
        lines.append(f"ok: {health.files} sources, {health.passages} passages, {health.terms} terms; "
                     f"every check passed in {health.seconds:.2f}s")
        if health.stale:
            lines.append(f"note: {health.stale} sources changed since it was refreshed; the next run refreshes it")
    else:
        lines.extend(f"damaged: {problem}" for problem in health.problems)
        lines.append("the next check, verify, conflicts or index run rebuilds it from the sources")
    return lines


def _size(count: int) -> str:
    return f"{count / 1e6:.1f} MB" if count >= 100_000 else f"{count / 1e3:.1f} kB"


def _fail(exc: FactcheckError) -> NoReturn:
    """Print an input error (one line per problem) and stop with exit code 2."""
    for line in str(exc).splitlines():
        typer.echo(f"error: {line}", err=True)
    raise typer.Exit(ExitCode.ERROR)


class _StdoutClosed(Exception):
    """stdout's reader went away (``factcheck check | head``); typer would turn the
    ``BrokenPipeError`` into ``sys.exit(1)``, the code for findings."""


def _emit(text: str) -> None:
    """Write to stdout (and flush), turning a closed pipe into :class:`_StdoutClosed`."""
    try:
        typer.echo(text, nl=False)
    except BrokenPipeError:
        raise _StdoutClosed from None
    except OSError as exc:  # e.g. ENOSPC (``> /dev/full``): say which file it was
        if exc.filename is None:
            exc.filename = "stdout"
        raise


def main() -> None:
    """Entry point: run the command and exit with one :class:`ExitCode`.

    Every way a run can end is one line on stderr at most, never a traceback (unless asked for),
    and never a code that reads as findings: a usage error is 2 (Typer's parser errors are
    caught by their public shape, ``format_message``, so that we do not depend on which click,
    vendored or not, Typer ships); a full disk is 2; any other exception is a bug, 3
    (:func:`_internal_error`); Ctrl-C is 130, SIGTERM 143 (:func:`_on_sigterm`), and a closed
    stdout 141, quietly.
    """
    global _debug
    _debug = False
    restore = _on_sigterm()
    try:
        code = _run_app()
    finally:
        restore()
    sys.exit(code)


def _run_app() -> int:
    """Run the Typer app and map how it ended to an exit code; see :func:`main`."""
    try:
        code = app(standalone_mode=False)
        if not sys.stdout.closed:  # the language server's transport closes stdout when the client exits
            sys.stdout.flush()  # a closed pipe found by the last flush is still the reader's doing
    except typer.Exit as exc:
        code = exc.exit_code
    except typer.Abort:
        typer.echo("error: aborted", err=True)
        code = ExitCode.ERROR
    except KeyboardInterrupt:  # outside Typer's own handler (which returns 130: below)
        code = ExitCode.INTERRUPTED
    except (_StdoutClosed, BrokenPipeError):
        return _stdout_closed()
    except Exception as exc:  # noqa: BLE001 - the last resort: whatever escapes is a bug, reported as such
        describe = getattr(exc, "format_message", None)
        if describe is None:
            stop_pools()
            return _disk_full(exc) or _internal_error(exc)
        message = describe()
        if message:  # a bare `factcheck` prints its help and has nothing more to say
            typer.echo(f"error: {message}", err=True)
        code = ExitCode.ERROR
    if code == ExitCode.INTERRUPTED:  # Typer turns KeyboardInterrupt into a quiet 130
        stop_pools()
        typer.echo("error: interrupted (SIGINT)", err=True)
    return int(code) if isinstance(code, int) else ExitCode.CLEAN


def _internal_error(exc: BaseException) -> int:
    """Report a bug: the exception's type and message on one line, and where to take it.

    The traceback is printed before that line only with ``--debug`` or ``FACTCHECK_DEBUG=1``."""
    if _debug or os.environ.get("FACTCHECK_DEBUG", "").strip().lower() not in {"", "0", "false", "no", "off"}:
        traceback.print_exception(exc, file=sys.stderr)
    message = " ".join(str(exc).split())
    if len(message) > 300:
        message = message[:299] + "…"
    what = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    typer.echo(f"error: internal error (a bug in factcheck {__version__}): {what}; please report it to the "
               "factcheck maintainers with the output of the same command run with `factcheck --debug ...`", err=True)
    return ExitCode.INTERNAL


def _disk_full(exc: BaseException) -> int | None:
    """One line and exit 2 for a full disk (``ENOSPC``, SQLite's ``SQLITE_FULL``), found anywhere
    in the exception's chain (a failed rollback can hide it); None for anything else."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno == errno.ENOSPC:
            where = f" while writing {current.filename}" if current.filename else ""
            break
        if isinstance(current, sqlite3.Error) and getattr(current, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
            where = " while writing the index (--cache-dir)"
            break
        current = current.__cause__ or current.__context__
    else:
        return None
    typer.echo(f"error: disk full{where}: no space left on the device; free some and run again", err=True)
    return ExitCode.ERROR


def _stdout_closed() -> int:
    """Exit quietly after stdout's reader went away. stdout is pointed at /dev/null first, so
    that Python's own flush at exit does not raise again (the recipe in the docs of the
    signal module, "Note on SIGPIPE")."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return ExitCode.BROKEN_PIPE


def _on_sigterm() -> Callable[[], None]:
    """Make SIGTERM end the run at once with one line and exit 143; return the undo.

    Not an exception raised from the handler: one raised while the interpreter runs a
    callback (an ``os.register_at_fork`` hook as a worker is forked, a finalizer) is printed
    as "Exception ignored" and lost, and the run went on to exit 0. Ending here is what the
    default action does, plus the line and the code: the workers go with this process (their
    death signal, :mod:`factcheck.workers`), and SQLite rolls an unfinished transaction back
    when the index is next opened, as after any crash. A worker forked before its initializer
    reset the handler takes the default action. From a thread that is not the main one,
    nothing is changed."""
    owner = os.getpid()

    def terminate(signum: int, frame: object) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        if os.getpid() != owner:
            os.kill(os.getpid(), signal.SIGTERM)
            return
        with contextlib.suppress(Exception):  # stderr may be closed, or mid-write in this thread
            typer.echo("error: terminated (SIGTERM)", err=True)
        os._exit(ExitCode.TERMINATED)

    try:
        previous = signal.signal(signal.SIGTERM, terminate)
    except ValueError:  # not the main thread of the main interpreter
        return lambda: None

    def undo() -> None:
        signal.signal(signal.SIGTERM, previous)

    return undo
