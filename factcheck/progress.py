"""Progress of long runs: the core reports ``(stage, done, total)``; a bar draws it.

The core never prints: it calls a ``Progress`` callback when one is given. The CLI
passes a :class:`ProgressBar` only when stderr is a terminal, so that logs and CI
output never fill with carriage returns.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

Progress = Callable[[str, int, int], None]  # (stage, done, total)

_WIDTH = 28
_EVERY = 0.1  # seconds between redraws


class ProgressBar:
    """A one-line bar on a terminal stream, redrawn at most ten times a second."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self._drawn = 0.0
        self._stage = ""
        self._started = time.monotonic()

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if stage != self._stage:
            self._stage, self._started = stage, now
        elif done < total and now - self._drawn < _EVERY:
            return
        self._drawn = now
        share = done / total if total else 1.0
        filled = round(_WIDTH * share)
        bar = "█" * filled + "·" * (_WIDTH - filled)
        line = f"\r{stage:<10} {bar} {done:>7,}/{total:,}  {now - self._started:5.1f}s"
        self.stream.write(line + ("\n" if done >= total else ""))
        self.stream.flush()


def terminal_progress(stream: TextIO | None = None) -> Progress | None:
    """A bar when the stream (stderr by default) is a terminal, else None."""
    stream = stream if stream is not None else sys.stderr
    return ProgressBar(stream) if stream.isatty() else None
