"""Worker processes that never outlive the run that started them.

Indexing (``index.store``) and checking many claims (``run.parallel``) use a pool of worker
processes. Left to itself, a ``ProcessPoolExecutor`` worker outlives its parent: after a
SIGKILL or SIGTERM of ``factcheck index`` its workers went on for 90 s and more (issue 15),
and on Ctrl-C every worker printed its own ``KeyboardInterrupt`` traceback. Here:

- each worker asks the kernel to send it SIGTERM when its parent dies (Linux
  ``prctl(PR_SET_PDEATHSIG)``); where there is no prctl, a watchdog thread in the worker
  polls ``os.getppid()`` and ends the worker once the parent is gone;
- a worker ignores SIGINT (Ctrl-C reaches the whole process group; the parent alone
  decides) and dies at once on SIGTERM (the default action, whatever handler it forked with);
- the parent, on any exception while a pool is open (``KeyboardInterrupt``, a bug),
  terminates the workers instead of waiting for their tasks, and :func:`stop_pools` does the
  same for every pool still open (the CLI calls it before exiting). On SIGTERM the CLI ends
  at once, and the death signal takes the workers with it.

Layer 0: it knows nothing of what the workers compute. :class:`Engine` is what the index
and the claim checks need of a cluster (``factcheck.cluster`` gives one, on Dask) when
``--cluster`` is given; without it, these process pools are used and Dask is never imported.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import InvalidStateError, ProcessPoolExecutor
from multiprocessing import get_all_start_methods, get_context
from multiprocessing.context import BaseContext
from typing import Any, Protocol, TypeVar

__all__ = ["Engine", "bind_to_parent", "process_pool", "stop_pools", "worker_context"]

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
WATCH_SECONDS = 0.5   # how often the fallback watchdog looks for its parent
JOIN_SECONDS = 5.0    # how long a stopped worker gets to exit after SIGTERM before SIGKILL

_OPEN: weakref.WeakSet[ProcessPoolExecutor] = weakref.WeakSet()

_Item = TypeVar("_Item")
_Shared = TypeVar("_Shared")
_Result = TypeVar("_Result")


class Engine(Protocol):
    """Runs a function over items on worker processes that may be on other machines.

    ``map(function, items, shared)`` calls ``function(item, shared)`` for every item and
    yields the results in the items' order, as they are ready (the caller may consume them
    while later items still run; closing the iterator early cancels what is left). The
    function, the items, ``shared`` (sent once to each worker) and the results are pickled:
    the function must be importable where the workers run. An exception raised by a call
    is raised by the iterator. ``run_everywhere(function, *args)`` calls the function once
    in every worker process (to release what a run left there). ``workers`` is how many
    worker processes there are (at least 1), for sizing batches.
    """

    @property
    def workers(self) -> int: ...

    def map(self, function: Callable[[_Item, _Shared], _Result], items: Sequence[_Item],
            shared: _Shared) -> Iterator[_Result]: ...

    def run_everywhere(self, function: Callable[..., object], *args: Any) -> None: ...


def worker_context() -> BaseContext:
    """Fork where there is fork: no re-import of the caller's main module (a library
    user's script needs no ``__main__`` guard) and the corpus arrays are shared
    copy-on-write. A worker never touches its parent's SQLite connection: it opens its
    own, and a forked worker ends with ``os._exit``, so the inherited one is not closed.

    Fork also matters for :func:`bind_to_parent`: a forked pool's workers are all started
    by the thread that first submits work (CPython 3.11+ ``_launch_processes``), and that
    thread is the one whose exit ``PR_SET_PDEATHSIG`` watches."""
    return get_context("fork" if "fork" in get_all_start_methods() else "spawn")


@contextlib.contextmanager
def process_pool(count: int, initializer: Callable[..., object], initargs: tuple[Any, ...] = ()
                 ) -> Iterator[ProcessPoolExecutor]:
    """A pool of ``count`` worker processes bound to this process (see the module docstring).

    On a normal exit the pool is shut down and its workers joined, as ``with
    ProcessPoolExecutor(...)`` does. On any exception (``GeneratorExit`` of a generator that
    holds the pool included) the workers are terminated at once, the pending tasks dropped,
    and the exception goes on.
    """
    pool = ProcessPoolExecutor(max_workers=count, mp_context=worker_context(), initializer=_start_worker,
                               initargs=(os.getpid(), initializer, initargs))
    _OPEN.add(pool)
    try:
        yield pool
    except BaseException:
        _stop(pool)
        raise
    finally:
        _OPEN.discard(pool)
    pool.shutdown(wait=True)


def stop_pools() -> None:
    """Terminate the workers of every pool still open in this process (for a CLI that is
    exiting on an interrupt or an error while a generator may still hold a pool)."""
    for pool in list(_OPEN):
        _stop(pool)
        _OPEN.discard(pool)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Drop the pending tasks and end the workers now: SIGTERM, then SIGKILL after a grace period.

    ``shutdown(wait=True)`` would wait for the running tasks, and with ``pool.map`` every
    task is already submitted, so CPython's exit hook would even run all of them. The
    process table is read before ``shutdown``, which clears it (3.14 adds a public
    ``terminate_workers``; until then ``_processes`` is the only handle).

    A worker ended while it was writing its result leaves part of a message in the result
    pipe, and the pool's manager thread then waits in ``recv`` for the rest forever: the
    parent's own copy of the pipe's write end keeps it from ever seeing end-of-file, and
    CPython's exit hook joins that thread, so the run hung at exit after Ctrl-C (one run in a
    full CI suite; reproduced by ending a worker mid-way through sending a 400 MB result).
    Once the workers are gone, that copy is closed: the manager thread reads end-of-file,
    marks the pool broken and ends."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    results = getattr(pool, "_result_queue", None)  # shutdown() drops it too
    _quiet_cancelled_futures()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):  # already gone
            process.terminate()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(JOIN_SECONDS)
            if process.is_alive():
                process.kill()
                process.join(JOIN_SECONDS)
    if processes and not any(process.is_alive() for process in processes):
        with contextlib.suppress(Exception):  # no such queue, or already closed
            results._writer.close()  # type: ignore[union-attr]


def _quiet_cancelled_futures() -> None:
    """Keep the pool's manager thread from printing a traceback over the run's one line.

    Once the workers are ended, the manager thread marks the pool broken and sets an
    exception on every pending future; CPython 3.11's ``terminate_broken`` does so on futures
    that ``shutdown(cancel_futures=True)`` has already cancelled, which raises
    ``InvalidStateError`` in that thread, printed as "Exception in thread ..." after "error:
    interrupted (SIGINT)" (a full CI suite of session 54, once in five runs of
    tests/test_shutdown.py under load). That one error of that one thread is dropped; every
    other thread exception is printed as before."""
    previous = threading.excepthook
    if getattr(previous, "_factcheck_quiet", False):
        return

    def hook(args: threading.ExceptHookArgs) -> None:
        if isinstance(args.exc_value, InvalidStateError) and type(args.thread).__name__ == "_ExecutorManagerThread":
            return
        previous(args)

    hook._factcheck_quiet = True  # type: ignore[attr-defined]
    threading.excepthook = hook


def _start_worker(parent: int, initializer: Callable[..., object], initargs: tuple[Any, ...]) -> None:
    """Every worker's first act: its signals, its tie to the parent, then the caller's initializer."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker inherits the CLI's handler
    bind_to_parent(parent)
    initializer(*initargs)


def bind_to_parent(parent: int) -> None:
    """Make this process end when ``parent`` (its parent's pid) does.

    Linux: ``prctl(PR_SET_PDEATHSIG, SIGTERM)`` (prctl(2)): the kernel sends SIGTERM when the
    parent thread that forked us exits, however it exits (SIGKILL included), with no polling.
    Elsewhere (macOS, the BSDs: no prctl), or if the call fails: a daemon thread polls
    ``os.getppid()`` every ``WATCH_SECONDS`` and kills this process once it changes (an
    orphan is re-parented to init or a subreaper). Either way, a parent that died before this call
    is caught by comparing ``os.getppid()`` with ``parent`` afterwards.
    """
    if not _set_death_signal(signal.SIGTERM):
        threading.Thread(target=_watch_parent, args=(parent,), name="factcheck-parent-watch", daemon=True).start()
    if os.getppid() != parent:  # the parent went before the tie was made
        _end_self()


def _set_death_signal(signum: int) -> bool:
    """Ask Linux for ``signum`` on the parent's death; False where that is not available."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(PR_SET_PDEATHSIG, signum, 0, 0, 0)) == 0
    except (OSError, AttributeError):  # no libc symbol table, or no prctl in it
        return False


def _watch_parent(parent: int) -> None:
    """The portable fallback: end this worker once its parent is no longer its parent."""
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    _end_self()


def _end_self() -> None:
    """End this orphaned worker now. SIGKILL, not an exit call: a worker has nothing to clean
    up (its parent owns every file it shares), and no handler or blocked thread can delay it."""
    os.kill(os.getpid(), signal.SIGKILL)
