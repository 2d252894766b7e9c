"""The language server: ``factcheck lsp`` checks drafts as they are written, in the editor.

Built on pygls (the Open Law Library's LSP framework, maintained and used by Python language
servers such as jedi-language-server and esbonio: typed messages from lsprotocol, the stdio
transport, position encodings negotiated, a client for tests), which is the optional extra
``factcheck[lsp]``. Only this package imports it, and only when the server starts, so the CLI
works without the extra.

- :mod:`factcheck.lsp.session`: the workspace's sources and settings, and a draft's check
  (sentence ranges, findings, evidence); no LSP types, testable on its own.
- :mod:`factcheck.lsp.server`: the protocol: diagnostics on open, save and (debounced) change,
  hover, code actions that open a source at the evidence.
"""

from __future__ import annotations

from factcheck.errors import FactcheckError

EXTRA_HINT = "pip install 'factcheck[lsp]'"
LIBRARIES = ("pygls", "lsprotocol", "cattrs")


class LspUnavailable(FactcheckError):
    """The language server's library (pygls) is not installed."""


def serve() -> int:
    """Run the language server over stdin/stdout until the client says ``exit``; return the
    exit code LSP asks for: 0 after a ``shutdown`` request, else 1.

    Raises:
        LspUnavailable: pygls or lsprotocol is missing (the ``lsp`` extra is not installed).
    """
    try:
        from factcheck.lsp.server import make_server
    except ImportError as exc:
        missing = (exc.name or "").split(".")[0]
        if missing not in LIBRARIES:
            raise
        raise LspUnavailable(f"factcheck lsp needs the optional extra 'lsp' ({missing} is not installed): "
                             f"{EXTRA_HINT}") from None
    server = make_server()
    server.start_io()
    return 0 if server.shut_down else 1
