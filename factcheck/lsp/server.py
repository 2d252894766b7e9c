"""The LSP side of ``factcheck lsp``: pygls handlers that turn draft checks into editor features.

- ``textDocument/didOpen``, ``didSave``: check the draft now; ``didChange``: check it after a
  pause in typing (``debounceMs``, 100 by default); ``didClose``: clear its diagnostics.
- ``textDocument/publishDiagnostics``: one diagnostic per finding of a sentence that is not
  ``supported`` (and per quotation that is not verbatim), ranged on the sentence or the
  quotation; severity is the finding's SARIF level (``error``/``warning``/``note``); related
  information points at the differing value and at each evidence passage in the sources.
  Supported sentences are hints when the client asks (``showSupported``).
- ``textDocument/hover``: the sentence's verdict, evidence quotes with their places, the
  differing values, the quotation and citation checks.
- ``textDocument/codeAction``: "Open SOURCE:LINE:COL" per evidence passage, a command that runs the
  ``factcheck.openSource`` command: the server asks the client to show the source with the
  passage selected (``window/showDocument``).

Initialization options (all optional): ``{"showSupported": false, "debounceMs": 100,
"config": "path/to/factcheck.yaml"}``. Checking runs on one worker thread (the session's
index is bound to it), so the editor's requests are answered while a draft is checked; a
check whose document changed meanwhile is not published.
"""

from __future__ import annotations

import asyncio
import logging
import os
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from factcheck import __version__
from factcheck.errors import FactcheckError
from factcheck.lsp.session import DraftCheck, Place, Problem, Session, Span, hover_text, is_draft, shown_path

OPEN_SOURCE = "factcheck.openSource"
DEBOUNCE_MS = 100
SEVERITY = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning,
            "note": types.DiagnosticSeverity.Information, "hint": types.DiagnosticSeverity.Hint}
DRAFT_LANGUAGES = frozenset({"markdown", "plaintext", "text"})
log = logging.getLogger(__name__)


class FactcheckServer(LanguageServer):
    """A language server with one checking :class:`Session` per workspace."""

    def __init__(self) -> None:
        super().__init__("factcheck", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.session: Session | None = None
        self.opening: Future[None] | None = None
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="factcheck-check")
        self.checks: dict[str, DraftCheck] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.generation: dict[str, int] = {}
        self.show_supported = False
        self.debounce = DEBOUNCE_MS / 1000
        self.reported = False
        self.shut_down = False  # the client asked to shut down before exit: exit code 0, else 1 (LSP)

    # ------------------------------------------------------------ lifecycle

    def start(self, params: types.InitializeParams) -> None:
        """Read the initialization options and start opening the sources on the worker thread."""
        options = params.initialization_options if isinstance(params.initialization_options, dict) else {}
        self.show_supported = bool(options.get("showSupported", False))
        debounce = options.get("debounceMs", DEBOUNCE_MS)
        self.debounce = max(float(debounce), 0.0) / 1000 if isinstance(debounce, int | float) else self.debounce
        config = options.get("config") if isinstance(options.get("config"), str) else None
        encoding = self.workspace.position_encoding
        self.session = Session(_root(params), config=config,
                               encoding=str(getattr(encoding, "value", encoding) or "utf-16"))
        self.opening = self.worker.submit(self.session.open)

    async def ready(self) -> Session | None:
        """The open session, once the sources are open; None (reported once) if they cannot be."""
        if self.opening is None or self.session is None:
            return None
        try:
            await asyncio.wrap_future(self.opening)
        except FactcheckError as exc:
            self._report(f"factcheck: {exc}", types.MessageType.Error)
            return None
        except Exception as exc:  # noqa: BLE001 - a bug: told to the editor, and the server stays up
            self._report(f"factcheck: internal error while opening the sources: {type(exc).__name__}: {exc}",
                         types.MessageType.Error)
            return None
        if not self.reported:
            self.reported = True
            for warning in self.session.warnings:
                self.window_log_message(types.LogMessageParams(types.MessageType.Warning, f"factcheck: {warning}"))
        return self.session

    def stop(self) -> None:
        """Cancel pending checks, store the session's results, and stop the worker."""
        for task in self.pending.values():
            task.cancel()
        if self.session is not None:
            self.worker.submit(self.session.close).result()
        self.worker.shutdown(wait=True)

    def _report(self, message: str, kind: types.MessageType) -> None:
        if not self.reported:
            self.reported = True
            self.window_show_message(types.ShowMessageParams(kind, message))
        self.window_log_message(types.LogMessageParams(kind, message))

    # ------------------------------------------------------------ checking

    def schedule(self, uri: str, delay: float) -> None:
        """Check a document after ``delay`` seconds, replacing a check not yet started."""
        generation = self.generation[uri] = self.generation.get(uri, 0) + 1
        earlier = self.pending.pop(uri, None)
        if earlier is not None:
            earlier.cancel()
        self.pending[uri] = asyncio.ensure_future(self._check(uri, generation, delay))

    async def _check(self, uri: str, generation: int, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        document = self.workspace.get_text_document(uri)
        if not (is_draft(document.path or "") or document.language_id in DRAFT_LANGUAGES):
            return
        session = await self.ready()
        if session is None:
            return
        path = shown_path(Path(document.path), session.root) if document.path else "untitled.md"
        text, version = document.source, document.version
        try:
            check = await asyncio.get_running_loop().run_in_executor(self.worker, session.check, path, text)
        except FactcheckError as exc:
            self.window_log_message(types.LogMessageParams(types.MessageType.Error, f"factcheck: {path}: {exc}"))
            return
        except Exception as exc:  # noqa: BLE001 - a bug in one check must not take the server down
            self._report(f"factcheck: internal error while checking {path}: {type(exc).__name__}: {exc}",
                         types.MessageType.Error)
            return
        if self.generation.get(uri) != generation:  # edited meanwhile: the newer check publishes
            return
        self.checks[uri] = check
        diagnostics = [_diagnostic(p) for p in check.problems(supported=self.show_supported)]
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, diagnostics, version))

    def close(self, uri: str) -> None:
        """Forget a closed document and clear its diagnostics."""
        task = self.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        self.generation[uri] = self.generation.get(uri, 0) + 1
        check = self.checks.pop(uri, None)
        if check is not None and self.session is not None:
            self.worker.submit(self.session.forget, check.path)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, []))

    # ------------------------------------------------------------ hover and code actions

    def hover(self, params: types.HoverParams) -> types.Hover | None:
        """The checked sentence under the cursor, described."""
        check = self.checks.get(params.text_document.uri)
        sentence = check.at(params.position.line, params.position.character) if check else None
        if sentence is None:
            return None
        return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, hover_text(sentence)), _range(sentence.span))

    def code_actions(self, params: types.CodeActionParams) -> list[types.Command]:
        """For each checked sentence in the range, one command per evidence passage: open it.

        Plain commands rather than ``CodeAction`` literals: every client runs them, and a client
        built on lsprotocol's converter reads any action that carries a command as a command.
        """
        check = self.checks.get(params.text_document.uri)
        wanted = Span(params.range.start.line, params.range.start.character, params.range.end.line,
                      params.range.end.character)
        commands = []
        for sentence in check.sentences if check else ():
            if not sentence.span.overlaps(wanted):
                continue
            for place, evidence in zip(sentence.evidence, sentence.result.evidence, strict=True):
                commands.append(types.Command(f"Open {place.label} ({evidence.stance})", OPEN_SOURCE, arguments=[
                    from_fs_path(place.path), place.span.start_line, place.span.start_char, place.span.end_line,
                    place.span.end_char]))
        return commands


def _root(params: types.InitializeParams) -> Path:
    """The workspace folder: the root URI, else the first workspace folder, else the root path,
    else the folder the server was started in."""
    uri = params.root_uri or (params.workspace_folders[0].uri if params.workspace_folders else None)
    path = to_fs_path(uri) if uri else params.root_path
    return Path(path) if path else Path(os.getcwd())


def _range(span: Span) -> types.Range:
    return types.Range(types.Position(span.start_line, span.start_char), types.Position(span.end_line, span.end_char))


def _location(place: Place) -> types.Location:
    return types.Location(from_fs_path(place.path) or place.path, _range(place.span))


def _diagnostic(problem: Problem) -> types.Diagnostic:
    """A problem as an LSP diagnostic; each related place says where and what the source says."""
    related = [types.DiagnosticRelatedInformation(_location(p), f"{p.label}: {p.message}") for p in problem.related]
    return types.Diagnostic(_range(problem.span), problem.message, severity=SEVERITY[problem.level],
                            code=problem.code, source="factcheck", related_information=related or None)


def make_server() -> FactcheckServer:
    """The server with its handlers registered (a new one per call, for tests)."""
    server = FactcheckServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: FactcheckServer, params: types.InitializeParams) -> None:
        ls.start(params)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: FactcheckServer, params: types.InitializedParams) -> None:
        await ls.ready()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: FactcheckServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: FactcheckServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: FactcheckServer, params: types.DidSaveTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: FactcheckServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.close(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: FactcheckServer, params: types.HoverParams) -> types.Hover | None:
        return ls.hover(params)

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION)
    def code_action(ls: FactcheckServer, params: types.CodeActionParams) -> list[types.Command]:
        return ls.code_actions(params)

    @server.command(OPEN_SOURCE)
    async def open_source(ls: FactcheckServer, *args: Any) -> bool:
        uri, line, char, end_line, end_char = args
        selection = types.Range(types.Position(line, char), types.Position(end_line, end_char))
        shown = await ls.window_show_document_async(types.ShowDocumentParams(uri, take_focus=True,
                                                                             selection=selection))
        return bool(shown.success)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: FactcheckServer, params: None) -> None:
        ls.stop()
        ls.shut_down = True

    return server
