"""Lexical resources: irregular verb forms, closed-class cue lists and the WordNet antonym table."""

from __future__ import annotations

import functools
import gc
import sys
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")

_lock = threading.Lock()
_LOADERS: list[tuple[str, str]] = []  # (module, name) of each table loader that takes no argument, as decorated
_depth = 0  # loads under way (nested, or in several threads): the collector comes back when the last ends
_was_enabled = False


def collections_paused(load: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run a table loader with the cyclic garbage collector paused.

    Reading a table makes tens of thousands of sets and tuples that all live on, and no cyclic
    garbage: every few hundred of them set off a collection that walks the young objects (and,
    each tenth time, the older ones too), which took about 40 % of the time the tables of this
    package take to load (0.25 s in a fresh process; each worker of a run loads them again).
    What a loader returns does not depend on when garbage is collected. Nested and concurrent
    loads share one pause; a collector that was off stays off.
    """
    @functools.wraps(load)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        global _depth, _was_enabled
        with _lock:
            if _depth == 0:
                _was_enabled = gc.isenabled()
                gc.disable()
            _depth += 1
        try:
            return load(*args, **kwargs)
        finally:
            with _lock:
                _depth -= 1
                if _depth == 0 and _was_enabled:
                    gc.enable()

    code = getattr(load, "__code__", None)
    if code is not None and not code.co_argcount and not code.co_kwonlyargcount:
        _LOADERS.append((load.__module__, load.__qualname__))
    return paused


def load_tables() -> None:
    """Read every table whose loader (:func:`collections_paused`, without arguments) has been
    defined, through the name its module binds it to (its memo, ``functools.cache``, wraps it).

    A run that checks claims on forked worker processes reads them here first, once: each
    worker then finds them in the memory it shares with its parent, where each read its own
    (about 0.3 s of CPU per worker on its first claims). Reading a table is pure: what any
    later call returns is the same."""
    for module, name in list(_LOADERS):
        getattr(sys.modules[module], name)()
