# distributed's Client, LocalCluster and progress bars have no annotations: calls to them are allowed here.
# mypy: disallow-untyped-calls=False
"""The Dask engine: a client and (for ``local``) its cluster, for one command.

:class:`DaskEngine` implements :class:`factcheck.workers.Engine` on ``distributed``'s futures:
``shared`` is scattered to every worker once (``Client.scatter(broadcast=True)``), the items
are submitted with ``Client.map``, and results are read back in the items' order while later
items still run, each released once read. :class:`SynchronousEngine` runs the same tasks with
Dask's synchronous scheduler in this process (``--cluster synchronous``, for debugging).

A ``local`` cluster is a ``distributed.LocalCluster`` of single-threaded worker processes
(the work is Python, bound by the GIL); each worker is tied to this process as a process
pool's are (:func:`factcheck.workers.bind_to_parent`), so that a killed run leaves none behind.
Failures that belong to the cluster, not to factcheck (a scheduler that cannot be reached
or has no workers, workers that die, workers that cannot import factcheck) are
:class:`InputError`: one line, exit code 2.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import CancelledError
from typing import Any, TextIO, TypeVar

import dask.config
import distributed
from dask.base import compute
from dask.delayed import delayed
from distributed.comm.core import CommClosedError
from distributed.diagnostics.progressbar import TextProgressBar

from factcheck.cluster.address import Address
from factcheck.errors import FactcheckError, InputError
from factcheck.workers import Engine, bind_to_parent

__all__ = ["DaskEngine", "SynchronousEngine", "progress_watch", "session"]

_Item = TypeVar("_Item")
_Shared = TypeVar("_Shared")
_Result = TypeVar("_Result")

Watch = Callable[[list[Any]], object]
_ACTIVE: dict[str, Engine] = {}  # address -> the engine an enclosing session opened


class DaskEngine:
    """An :class:`~factcheck.workers.Engine` on a ``distributed.Client``."""

    def __init__(self, client: distributed.Client, address: str, watch: Watch | None = None) -> None:
        self.client = client
        self.address = address
        self.watch = watch

    @property
    def workers(self) -> int:
        """Worker processes the scheduler knows now (at least 1)."""
        return max(1, len(self.client.scheduler_info(n_workers=-1).get("workers", {})))

    def map(self, function: Callable[[_Item, _Shared], _Result], items: Sequence[_Item],
            shared: _Shared) -> Iterator[_Result]:
        """``function(item, shared)`` for every item on the workers, results in order (see
        :class:`~factcheck.workers.Engine`). Errors of the cluster are InputError."""
        if not items:
            return
        client = self.client
        with self._errors():
            [sent] = client.scatter([shared], broadcast=True, hash=False)
            futures: list[Any] = client.map(function, list(items), [sent] * len(items), pure=False)
        try:
            if self.watch is not None:
                self.watch(futures)
            for i in range(len(futures)):
                with self._errors():
                    result: _Result = futures[i].result()
                futures[i] = None  # the worker may drop it now
                yield result
        finally:  # an error or an early close: what is left is not wanted
            with contextlib.suppress(Exception):
                client.cancel([f for f in futures if f is not None] + [sent])

    def run_everywhere(self, function: Callable[..., object], *args: Any) -> None:
        """``function(*args)`` once in every worker process."""
        with self._errors():
            self.client.run(function, *args)

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        """Turn what goes wrong with the cluster into one line; factcheck's own errors (a bad
        source on a worker) pass as they are, and any other exception is a bug (exit 3)."""
        try:
            yield
        except FactcheckError:
            raise
        except ModuleNotFoundError as exc:
            if not (exc.name or "").startswith("factcheck"):
                raise
            raise InputError(f"--cluster {self.address}", "the workers cannot import factcheck: install the same "
                                                          "version of factcheck[dask] where they run") from None
        except distributed.scheduler.KilledWorker as exc:
            raise InputError(f"--cluster {self.address}", f"workers died while running a task ({exc}); "
                                                          "see the workers' logs (out of memory?)") from None
        except (CancelledError, CommClosedError, TimeoutError) as exc:
            raise InputError(f"--cluster {self.address}", f"lost the Dask cluster ({type(exc).__name__}: "
                                                          f"{exc or 'no reason given'})") from None


class SynchronousEngine:
    """An :class:`~factcheck.workers.Engine` on Dask's synchronous scheduler: each item is
    a ``dask.delayed`` task computed in this thread, in order (one "worker")."""

    workers = 1

    def map(self, function: Callable[[_Item, _Shared], _Result], items: Sequence[_Item],
            shared: _Shared) -> Iterator[_Result]:
        """As :meth:`DaskEngine.map`, one task after the other in this process."""
        task = delayed(function, pure=False)
        kept = delayed(shared, traverse=False)
        for item in items:
            (result,) = compute(task(delayed(item, traverse=False), kept), scheduler="synchronous")
            yield result

    def run_everywhere(self, function: Callable[..., object], *args: Any) -> None:
        """``function(*args)`` here: this process is the only worker."""
        function(*args)


@contextlib.contextmanager
def session(address: Address, *, watch: Watch | None = None,
            on_start: Callable[[str], object] | None = None) -> Iterator[Engine]:
    """The engine of ``address`` for the ``with`` block; a nested session for the same
    address reuses the open one. See :func:`factcheck.cluster.cluster_engine`."""
    key = str(address)
    if key in _ACTIVE:
        yield _ACTIVE[key]
        return
    with _engine(address, watch, on_start) as engine:
        _ACTIVE[key] = engine
        try:
            yield engine
        finally:
            del _ACTIVE[key]


@contextlib.contextmanager
def _engine(address: Address, watch: Watch | None, on_start: Callable[[str], object] | None) -> Iterator[Engine]:
    if address.kind == "synchronous":
        yield SynchronousEngine()
        return
    shown = f"--cluster {address}"
    with contextlib.ExitStack() as stack:
        if address.kind == "local":
            try:
                cluster = stack.enter_context(distributed.LocalCluster(
                    n_workers=address.workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                    dashboard_address=":0", silence_logs=logging.CRITICAL))  # a task's error is ours to report
            except OSError as exc:
                raise InputError(shown, f"cannot start a local Dask cluster: {exc}") from None
            client = stack.enter_context(distributed.Client(cluster))
            client.register_plugin(_TiedToParent(os.getpid()), name="factcheck-tied-to-parent")
        else:
            try:
                client = stack.enter_context(distributed.Client(address.url))
            except (OSError, TimeoutError) as exc:
                reason = " ".join(str(exc).split()) or type(exc).__name__
                raise InputError(shown, f"cannot reach the Dask scheduler: {reason}") from None
            timeout = dask.config.get("distributed.comm.timeouts.connect")  # the user's Dask config
            try:
                client.wait_for_workers(1, timeout=timeout)
            except (OSError, TimeoutError):
                raise InputError(shown, f"the Dask scheduler has no workers (waited {timeout}); "
                                        "start some with `dask worker ADDRESS`") from None
        if on_start is not None and "dashboard" in client.scheduler_info(n_workers=0).get("services", {}):
            on_start(client.dashboard_link)  # Dask serves it when bokeh is installed
        yield DaskEngine(client, str(address), watch)


class _TiedToParent(distributed.WorkerPlugin):
    """Ends a local cluster's worker process when the factcheck run that started it ends,
    however it ends (a SIGKILL included): issue 15's rule for worker processes."""

    def __init__(self, parent: int) -> None:
        self.parent = parent

    def setup(self, worker: distributed.Worker) -> None:
        if os.getppid() == self.parent:  # a worker the run started itself, not one of a remote cluster
            bind_to_parent(self.parent)


def progress_watch(stream: TextIO) -> Watch:
    """A ``watch`` that draws Dask's progress bar for each map on ``stream``, without blocking:
    the bar listens to the scheduler's own progress feed on the client's event loop."""

    def watch(futures: list[Any]) -> None:
        if futures:
            _StreamProgressBar(futures, stream)

    return watch


class _StreamProgressBar(TextProgressBar):
    """``distributed``'s text progress bar, on a given stream instead of stdout (stdout is the report's)."""

    def __init__(self, futures: list[Any], stream: TextIO) -> None:
        self.stream = stream
        client = futures[0].client
        super().__init__(futures, scheduler=client.scheduler.address, start=False, loop=client.loop)
        client.loop.add_callback(self.listen)

    def _draw_bar(self, remaining: int, all: int, **kwargs: Any) -> None:
        frac = (1 - remaining / all) if all else 1.0
        with contextlib.suppress(ValueError):
            self.stream.write(f"\r[{'#' * int(self.width * frac):<{self.width}}] | {int(100 * frac)}% Completed | "
                              f"{self.elapsed:.1f}s")
            self.stream.flush()

    def _draw_stop(self, **kwargs: Any) -> None:
        with contextlib.suppress(ValueError):
            self.stream.write("\33[2K\r")
            self.stream.flush()
