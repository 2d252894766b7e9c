"""Run factcheck on a Dask cluster: ``--cluster ADDRESS`` (the optional extra ``factcheck[dask]``).

Without ``--cluster`` nothing here is imported, and neither is Dask. With it, the index is
built as a map over documents on the workers (``index.store``), merged into the store by
this process, and claims (and draft sentences) are checked in batches on the workers, each
worker reading the same index snapshot by digest (``run.parallel``). The results are the
one-machine run's, byte for byte. Where the index and the sources must live for workers on
other machines: docs/cluster.md.

This module only parses and imports: ``cluster_engine`` opens an engine (:mod:`.engine`),
after checking that the extra is installed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from factcheck.cluster.address import Address, parse_address
from factcheck.errors import InputError
from factcheck.workers import Engine

__all__ = ["Address", "cluster_engine", "parse_address", "progress_bar", "require"]

EXTRA = "pip install 'factcheck[dask]'"


def require() -> None:
    """Check that Dask and distributed can be imported.

    Raises:
        InputError: they cannot (the optional extra is not installed), naming the extra.
    """
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise InputError("--cluster", f"needs the optional extra (dask and distributed): {EXTRA} "
                                      f"({exc.name or 'dask'} is missing)") from None


@contextmanager
def cluster_engine(address: str, *, watch: Callable[[list[Any]], object] | None = None,
                   on_start: Callable[[str], object] | None = None) -> Iterator[Engine]:
    """The engine of a cluster address (see :mod:`factcheck.cluster.address`), open for the
    ``with`` block: a ``LocalCluster`` started and stopped here, or a running scheduler
    joined and left. A call nested in another one for the same address gets the same
    engine (a command opens it once; each stage of the run reuses it).

    ``watch(futures)`` is called with the futures of each map (the CLI shows Dask's progress
    bar with :func:`progress_bar`); ``on_start(dashboard_link)`` once the cluster is up.

    Raises:
        InputError: a bad address, the extra missing, a scheduler that cannot be reached
            or has no workers (each one line, for exit code 2).
    """
    try:
        parsed = parse_address(address)
    except ValueError as exc:
        raise InputError("--cluster", str(exc)) from None
    require()
    from factcheck.cluster.engine import session

    with session(parsed, watch=watch, on_start=on_start) as engine:
        yield engine


def progress_bar(stream: TextIO) -> Callable[[list[Any]], object]:
    """A ``watch`` for :func:`cluster_engine` that draws Dask's own progress bar (the
    scheduler's progress feed, ``distributed.diagnostics.progressbar``) on ``stream``."""
    require()
    from factcheck.cluster.engine import progress_watch

    return progress_watch(stream)
