"""``factcheck lsp`` driven by a real LSP client over stdio (pytest-lsp, on pygls's client).

The server is started with the command line docs/editors.md gives every editor (``factcheck lsp``,
the venv's script); the workspace is a temporary folder whose factcheck.yaml points at the seeds.
A draft with a wrong date and a quotation given to the wrong speaker is opened, the diagnostics
are checked (ranges, messages with both values, related information in the sources), one
sentence is fixed by an incremental edit, the update is checked, then hover and a code action
that opens the source. No timings are asserted (the README reports them; CPU here is shared).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from conftest import ROOT

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")
from lsprotocol import types  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities  # noqa: E402

FACTCHECK = str(Path(sys.executable).with_name("factcheck"))
SERVER_ARGS = ["lsp"]  # docs/editors.md: every snippet runs `factcheck lsp`
DATE = "In March 2020, Judge Taubai Qadyrbaev of the Turkistan Regional Court accepted Batyrbekov's appeal."
QUOTE = ("“I am more of a mother to the child from southern Kazakhstan than his own mother, because I have been "
         "with him day and night,” said his grandmother.")
SUPPORTED = "The story was first reported by local journalist Amangeldy Batyrbekov."
DRAFT = f"# The Abai case\n\n{DATE}\n{SUPPORTED}\n\n{QUOTE}\n"
DATE_LINE, SUPPORTED_LINE, QUOTE_LINE = 2, 3, 5  # 0-based, as LSP counts


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[FACTCHECK, *SERVER_ARGS]))
async def client(lsp_client: LanguageClient, tmp_path: Path):  # type: ignore[no-untyped-def]
    (tmp_path / "factcheck.yaml").write_text(f"sources: {ROOT / 'seeds'}\ncache_dir: {tmp_path / 'cache'}\n",
                                             encoding="utf-8")
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    params = types.InitializeParams(capabilities=client_capabilities("visual-studio-code"),
                                    root_uri=tmp_path.as_uri(), initialization_options={"debounceMs": 50})
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()


async def _open(client: LanguageClient, uri: str) -> list[types.Diagnostic]:
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=DRAFT)))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return list(client.diagnostics[uri])


def _on_line(diagnostics: list[types.Diagnostic], line: int) -> list[types.Diagnostic]:
    return [d for d in diagnostics if d.range.start.line == line]


@pytest.mark.asyncio
async def test_open_edit_hover_and_open_the_source(client: LanguageClient, tmp_path: Path) -> None:
    uri = (tmp_path / "draft.md").as_uri()
    diagnostics = await _open(client, uri)

    # The wrong date: the whole sentence, an error, both dates named, the source's date pointed at.
    (date,) = _on_line(diagnostics, DATE_LINE)
    assert (date.range.start.character, date.range.end.line, date.range.end.character) == (0, DATE_LINE, _utf16(DATE))
    assert date.severity == types.DiagnosticSeverity.Error and date.source == "factcheck"
    assert date.code == "contradicted-claim"
    assert '"March 2020"' in date.message and '002_c17141c48ebfc846.txt:28 says "January 2020"' in date.message
    assert date.related_information
    value = date.related_information[0]
    assert value.location.uri.endswith("/seeds/002_c17141c48ebfc846.txt")
    assert value.location.range.start == types.Position(27, 3)  # "January 2020" at line 28, column 4
    assert any("contradicts" in r.message for r in date.related_information)

    # The quotation given to the grandmother: the source gives it to Baliyeva.
    (quote,) = _on_line(diagnostics, QUOTE_LINE)
    assert quote.range.end == types.Position(QUOTE_LINE, _utf16(QUOTE))
    assert '"grandmother"' in quote.message and '000_38fea943e4c83ed6.txt:45 says "Baliyeva"' in quote.message

    # A supported sentence has no diagnostic (hints are off by default).
    assert not _on_line(diagnostics, SUPPORTED_LINE)

    # Fix the date in place; only the fixed sentence's diagnostic goes.
    start = DATE.index("March 2020")
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        [types.TextDocumentContentChangePartial(
            range=types.Range(types.Position(DATE_LINE, start), types.Position(DATE_LINE, start + len("March"))),
            text="January")]))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    updated = list(client.diagnostics[uri])
    assert not _on_line(updated, DATE_LINE)
    assert [d.message for d in _on_line(updated, QUOTE_LINE)] == [quote.message]

    # Hover: the verdict and the evidence with its place.
    hover = await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), types.Position(QUOTE_LINE, 10)))
    assert hover is not None and isinstance(hover.contents, types.MarkupContent)
    assert "contradicted" in hover.contents.value
    assert "000_38fea943e4c83ed6.txt:45:1" in hover.contents.value and "Baliyeva" in hover.contents.value

    # A code action opens the source at the evidence (the server asks the client to show it).
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        types.TextDocumentIdentifier(uri), types.Range(types.Position(QUOTE_LINE, 0), types.Position(QUOTE_LINE, 5)),
        types.CodeActionContext(diagnostics=_on_line(updated, QUOTE_LINE))))
    assert actions
    first = actions[0]
    assert isinstance(first, types.Command)
    assert first.title.endswith("seeds/000_38fea943e4c83ed6.txt:45:1 (contradicts)")
    await client.workspace_execute_command_async(types.ExecuteCommandParams(first.command, first.arguments))
    shown = client.shown_documents[-1]
    assert shown.uri.endswith("/seeds/000_38fea943e4c83ed6.txt") and shown.selection is not None
    assert shown.selection.start.line == 44


def test_supported_sentences_as_hints_in_the_session(tmp_path: Path) -> None:
    from factcheck.lsp.session import Session

    (tmp_path / "factcheck.yaml").write_text(f"sources: {ROOT / 'seeds'}\ncache_dir: {tmp_path / 'cache'}\n",
                                             encoding="utf-8")
    session = Session(tmp_path)
    try:
        session.open()
        check = session.check("draft.md", DRAFT)
        hints = [p for p in check.problems(supported=True) if p.level == "hint"]
        assert [h.span.start_line for h in hints] == [SUPPORTED_LINE]
        assert hints[0].message.startswith("Supported: ") and "002_c17141c48ebfc846.txt:16:1" in hints[0].message
        again = session.check("draft.md", DRAFT.replace("March 2020", "January 2020"))
        assert again.checked_now == 1  # only the edited sentence was checked again
    finally:
        session.close()


def test_without_the_extra_the_command_names_it() -> None:
    blocked = ("import sys; sys.modules['pygls'] = None; sys.argv = ['factcheck', 'lsp']; "
               "from factcheck.cli import main; main()")
    done = subprocess.run([sys.executable, "-c", blocked], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert done.stdout == ""
    assert "factcheck[lsp]" in done.stderr and done.stderr.startswith("error: ")


# ---------------------------------------------------------------- docs/editors.md

EDITORS = (ROOT / "docs" / "editors.md").read_text(encoding="utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", EDITORS, flags=re.DOTALL)


def test_every_editor_has_a_snippet() -> None:
    for editor in ("VS Code", "Neovim", "Helix", "Emacs", "Zed"):
        assert f"## {editor}" in EDITORS


def test_the_snippets_run_the_command_the_tests_run() -> None:
    """Each snippet starts `factcheck lsp`: what the fixture above starts."""
    import json

    for block in _blocks("jsonc"):  # VS Code and Zed (comments allowed, as both editors read them)
        data = json.loads(re.sub(r"^\s*//.*$", "", block, flags=re.MULTILINE))
        assert '"factcheck"' in json.dumps(data) and '"lsp"' in json.dumps(data)
    helix = tomllib.loads(_blocks("toml")[0])
    server = helix["language-server"]["factcheck"]
    assert [server["command"], *server["args"]] == ["factcheck", *SERVER_ARGS]
    lua = "\n".join(_blocks("lua"))
    assert lua.count('cmd = { "factcheck", "lsp" }') == 2  # vim.lsp.config and lspconfig
    elisp = _blocks("elisp")[0]
    assert "'eglot-server-programs" in elisp and '("factcheck" "lsp"' in elisp


def test_closing_a_session_gives_back_the_process_folder(tmp_path: Path) -> None:
    """The session reads its config from the workspace root; the folder the process ran in is
    its own again once the session closes (a test run, an editor's host process)."""
    import os

    from factcheck.lsp.session import Session

    (tmp_path / "factcheck.yaml").write_text(f"sources: {ROOT / 'seeds'}\ncache_dir: {tmp_path / 'cache'}\n",
                                             encoding="utf-8")
    before = os.getcwd()
    session = Session(tmp_path)
    try:
        session.open()
    finally:
        session.close()
    assert os.getcwd() == before
