"""The process entry: the ``factcheck`` console script and ``python -m factcheck``.

Importing the command line can itself fail on a broken install (a module left out of a wheel,
a dependency missing): that is an internal error, exit code 3 (CONTRACT.md section 7), told in
one line on stderr, never a traceback that exits 1 like a finding. The traceback shows with
``--debug`` or ``FACTCHECK_DEBUG=1``, as for any internal error.
"""

import os
import sys


def run() -> None:
    """Import the command line and run it; exit 3 with one line if it cannot be imported."""
    try:
        from factcheck.cli import main
    except Exception as exc:
        if os.environ.get("FACTCHECK_DEBUG") == "1" or "--debug" in sys.argv[1:]:
            raise
        sys.stderr.write(f"error: internal error: factcheck cannot start ({type(exc).__name__}: {exc}); "
                         "reinstall it, or report it with the output of `FACTCHECK_DEBUG=1 factcheck ...`\n")
        sys.exit(3)
    main()


if __name__ == "__main__":
    run()
