"""Lexical resources: irregular verb forms, closed-class cue lists and the WordNet antonym table."""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable, Iterator
from importlib import resources
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")

_lock = threading.Lock()
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

    return paused


def table_rows(name: str, expected: str, valid: Callable[[list[str]], bool]) -> Iterator[list[str]]:
    """The tab-separated fields of each row of this package's table ``name``, blank lines and
    ``#`` comments left out.

    Raises FileNotFoundError if the table is missing from the installed package, and ValueError
    naming the file and line of the first row ``valid`` refuses ("factcheck.lexicon/x.tsv:12:
    expected ``expected``, got '...'")."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not valid(fields):
            raise ValueError(f"{__name__}/{name}:{number}: expected {expected}, got {line!r}")
        yield fields
