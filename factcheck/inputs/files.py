"""What a user's input file is before it is read: a regular file or not, and in which encoding.

Shared by :mod:`factcheck.inputs.claims` and :mod:`factcheck.inputs.drafts`. Only regular
files are opened (issue 15): opening a FIFO blocks until something writes to it, so a FIFO
named ``*.yaml`` in a claims folder used to hang ``check`` forever; sockets and devices are
no documents either. The rule, the same for claims files and drafts:

- a non-regular file named on the command line is an error (the user asked for it, and
  skipping it would report on less than was asked): :func:`not_regular` gives the message;
- one met while walking a folder is skipped with a warning naming it, as ``sources`` does
  (CONTRACT.md section 1), so that one stray FIFO does not stop a run over a folder.

Text must be UTF-8 (CONTRACT.md section 1); a file in UTF-16 or UTF-32 is common on Windows
(Notepad's "Unicode"), and is recognised here so that the message says so rather than
"binary file" (its NUL bytes) or "not UTF-8".
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["non_regular_kind", "not_regular", "unsupported_encoding"]

_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))
_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
         (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"))
_SAMPLE = 4096  # bytes looked at to recognise UTF-16 without a byte order mark


def non_regular_kind(path: Path) -> str | None:
    """What ``path`` is when it exists but is neither a regular file nor a folder
    (``"a FIFO (named pipe)"``, ``"a socket"``, a device), else ``None``.

    Follows symlinks, as opening the file would; never opens it (opening a FIFO blocks).
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # missing or unreadable: the caller's read reports it
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def not_regular(kind: str) -> str:
    """The message for a non-regular file: what it is, and what is read instead."""
    return f"is {kind}, not a regular file; only regular files are read"


def unsupported_encoding(data: bytes) -> str | None:
    """The message for a file whose bytes (``data``, at least its first few KB) are UTF-16 or
    UTF-32 text, "UTF-16 text is not supported; save it as UTF-8"; else ``None``.

    Recognised by a byte order mark or, without one, by a NUL in every other byte and in no
    other (how UTF-16 stores mostly Latin text); binary data has NULs scattered anywhere.
    """
    name = _wide_encoding(data)
    return f"{name} text is not supported; save it as UTF-8" if name else None


def _wide_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    sample = data[:_SAMPLE - _SAMPLE % 2]
    if len(sample) < 4 or b"\0" not in sample:
        return None
    evens, odds = sample[0::2], sample[1::2]
    for zeros, other in ((evens, odds), (odds, evens)):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) <= 0.1 * len(other):
            return "UTF-16"
    return None
