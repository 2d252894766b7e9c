"""The command line: flags in, a report on stdout, an exit code out. Nothing else lives here."""

from __future__ import annotations

import sys
from enum import Enum, IntEnum
from typing import Annotated

import typer

from factcheck import __version__
from factcheck.errors import FactcheckError
from factcheck.models import Report
from factcheck.pipeline import Options, run_check, run_verify
from factcheck.reporters import REPORTERS


class ExitCode(IntEnum):
    """Exit codes (CONTRACT.md section 7); pinned by a test."""

    CLEAN = 0
    FINDINGS = 1
    ERROR = 2


class Format(str, Enum):
    """Output formats."""

    text = "text"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    github = "github"


FAIL_ON_DEFAULT = "partial,contradicted,disputed,not_found,quote:close,quote:missing,cite:wrong_source,cite:not_found,cite:unknown_source"
_FAIL_ALIASES = {"misquote": ("quote:close",), "any": tuple(FAIL_ON_DEFAULT.split(",")), "never": ()}

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Check claims, drafts and sources against each other: who says it, in which words, where.",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")] = False,
) -> None:
    """factcheck: source-citation and fact-consistency checks for writing."""


def parse_fail_on(spec: str) -> frozenset[str]:
    """Parse ``--fail-on`` (a comma list of verdicts and quote:/cite: statuses).

    Used as the option's parser, so that a bad value is reported against ``--fail-on``.
    """
    allowed = set(FAIL_ON_DEFAULT.split(",")) | {"supported"}
    chosen: set[str] = set()
    for token in filter(None, (t.strip() for t in spec.split(","))):
        if token in _FAIL_ALIASES:
            chosen.update(_FAIL_ALIASES[token])
        elif token in allowed:
            chosen.add(token)
        else:
            raise typer.BadParameter(f"unknown value '{token}' (use verdicts, quote:STATUS, cite:STATUS, misquote, any, never)")
    return frozenset(chosen)


def findings(report: Report, fail_on: frozenset[str]) -> int:
    """Count the results that match the failing set."""
    count = 0
    for r in report.results:
        marks = {r.verdict}
        if r.quote_check:
            marks.add(f"quote:{r.quote_check.status}")
        if r.cite_check:
            marks.add(f"cite:{r.cite_check.status}")
        count += bool(marks & fail_on)
    return count


# Options shared by ``check`` and ``verify``, declared once.
Sources = Annotated[list[str] | None, typer.Option("--sources", "-s", help="Source folder or file; repeatable (default: ./seeds, or for check the claims file's sources:).", show_default=False)]
OutputFormat = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
Top = Annotated[int, typer.Option(min=1, help="Evidence items per claim or sentence.")]
FailOn = Annotated[frozenset[str], typer.Option(parser=parse_fail_on, metavar="LIST", help="Comma list of verdicts and quote:/cite: statuses that fail the run.")]
NoFail = Annotated[bool, typer.Option("--no-fail", help="Always exit 0 when the run completes.")]
SkipBadSources = Annotated[bool, typer.Option("--skip-bad-sources", help="Warn about unreadable sources instead of stopping.")]
AliasesFile = Annotated[str | None, typer.Option("--aliases", help="YAML file of names that are one entity (same:) or not (different:).", show_default=False)]
CrossCheck = Annotated[bool, typer.Option("--cross-check/--no-cross-check", help="Mark a claim disputed when its supporting sources disagree among themselves.")]


@app.command()
def check(
    paths: Annotated[list[str] | None, typer.Argument(help="Claims files or folders (default: ./claims).", show_default=False)] = None,
    sources: Sources = None,
    output_format: OutputFormat = Format.text,
    top: Top = 3,
    fail_on: FailOn = FAIL_ON_DEFAULT,  # type: ignore[assignment]
    no_fail: NoFail = False,
    skip_bad_sources: SkipBadSources = False,
    aliases: AliasesFile = None,
    cross_check: CrossCheck = True,
) -> None:
    """Check claims (YAML) against sources.

    Example: factcheck check claims --sources seeds --format json
    """
    try:
        options = _options(top, aliases, cross_check=cross_check)
        run = run_check(paths or ["claims"], sources or [], options=options, skip_bad_sources=skip_bad_sources)
    except FactcheckError as exc:
        _fail(exc)
    _emit(run.report, run.warnings, output_format, fail_on, no_fail=no_fail)


@app.command()
def verify(
    drafts: Annotated[list[str], typer.Argument(help="Draft files or folders (.md, .markdown, .txt).", show_default=False)],
    sources: Sources = None,
    output_format: OutputFormat = Format.text,
    top: Top = 3,
    fail_on: FailOn = FAIL_ON_DEFAULT,  # type: ignore[assignment]
    no_fail: NoFail = False,
    skip_bad_sources: SkipBadSources = False,
    aliases: AliasesFile = None,
    cross_check: CrossCheck = True,
) -> None:
    """Check a draft article sentence by sentence: values, quotations and citations.

    Example: factcheck verify draft.md --sources seeds
    """
    try:
        options = _options(top, aliases, cross_check=cross_check)
        run = run_verify(drafts, sources or [], options=options, skip_bad_sources=skip_bad_sources)
    except FactcheckError as exc:
        _fail(exc)
    _emit(run.report, run.warnings, output_format, fail_on, no_fail=no_fail)


def _options(top: int, aliases: str | None, *, cross_check: bool) -> Options:
    """Run options from flags; reads the aliases file (an InputError if it is invalid)."""
    from factcheck.aliases import load_aliases

    return Options(top=top, cross_check=cross_check, aliases=load_aliases(aliases) if aliases else None)


def _emit(report: Report, warnings: tuple[str, ...], output_format: Format, fail_on: frozenset[str], *,
          no_fail: bool) -> None:
    """Print warnings and the report; exit 1 when something in the failing set was found."""
    for warning in warnings:
        typer.echo(f"warning: {warning}", err=True)
    color = output_format is Format.text and sys.stdout.isatty()
    typer.echo(REPORTERS[output_format.value](report, color=color), nl=False)
    if not no_fail and findings(report, fail_on):
        raise typer.Exit(ExitCode.FINDINGS)


class ConflictFormat(str, Enum):
    """Output formats of ``conflicts``."""

    text = "text"
    json = "json"


@app.command()
def conflicts(
    sources: Sources = None,
    output_format: Annotated[ConflictFormat, typer.Option("--format", "-f", help="Output format.")] = ConflictFormat.text,
    aliases: AliasesFile = None,
    min_confidence: Annotated[float, typer.Option("--min-confidence", min=0.0, max=1.0, help="Leave out findings less sure than this.")] = 0.5,
    skip_bad_sources: SkipBadSources = False,
) -> None:
    """Report where the sources disagree with each other (no claims needed).

    Example: factcheck conflicts --sources seeds --format json
    """
    from factcheck.aliases import Aliases, load_aliases
    from factcheck.conflict_reporters import CONFLICT_REPORTERS
    from factcheck.conflicts import find_conflicts
    from factcheck.corpus import load_corpus

    try:
        declared = load_aliases(aliases) if aliases else Aliases()
        corpus = load_corpus(sources or ["seeds"], skip_bad=skip_bad_sources)
        report = find_conflicts(corpus.documents, declared, min_confidence)
    except FactcheckError as exc:
        _fail(exc)
    for warning in corpus.warnings:
        typer.echo(f"warning: {warning}", err=True)
    color = output_format is ConflictFormat.text and sys.stdout.isatty()
    typer.echo(CONFLICT_REPORTERS[output_format.value](report, color=color), nl=False)
    if any(not c.explained for c in report.conflicts):
        raise typer.Exit(ExitCode.FINDINGS)


def _fail(exc: FactcheckError) -> None:
    """Print an input error (one line per problem) and stop with exit code 2."""
    for line in str(exc).splitlines():
        typer.echo(f"error: {line}", err=True)
    raise typer.Exit(ExitCode.ERROR)


def main() -> None:
    """Entry point: usage errors become one line on stderr and exit code 2.

    Typer's parser errors are caught by their public shape (``format_message``) so that
    we do not depend on which click (vendored or not) Typer ships.
    """
    try:
        code = app(standalone_mode=False)
    except typer.Exit as exc:
        code = exc.exit_code
    except typer.Abort:
        typer.echo("error: aborted", err=True)
        code = ExitCode.ERROR
    except Exception as exc:
        describe = getattr(exc, "format_message", None)
        if describe is None:
            raise
        message = describe()
        if message:  # a bare `factcheck` prints its help and has nothing more to say
            typer.echo(f"error: {message}", err=True)
        code = ExitCode.ERROR
    sys.exit(int(code) if isinstance(code, int) else ExitCode.CLEAN)
