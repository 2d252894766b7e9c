"""What ``--cluster ADDRESS`` (also ``cluster`` in the config, ``$FACTCHECK_CLUSTER``) may say.

Pure string parsing, with no Dask import, so that the config and the flags are checked
before anything runs and a run without ``--cluster`` never loads Dask.

- ``local``: a ``distributed.LocalCluster`` on this machine, one worker process per core;
- ``local:N``: the same with ``N`` worker processes;
- ``synchronous``: Dask's single-threaded synchronous scheduler in this process, the
  cluster's code path with no cluster (Dask recommends it for debugging and profiling:
  https://docs.dask.org/en/stable/scheduler-overview.html#debugging);
- ``tcp://HOST:PORT`` (or ``tls://``, ``ws://``, ``wss://``, ``ucx://``, the schemes of
  ``distributed.comm``): join a running Dask scheduler (``dask scheduler``, dask-jobqueue,
  dask-kubernetes; see docs/cluster.md). A bare ``HOST:PORT`` means ``tcp://HOST:PORT``, as
  it does for Dask's own ``Client``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Address", "parse_address"]

SCHEMES = ("tcp", "tls", "ws", "wss", "ucx")
MAX_LOCAL_WORKERS = 1024  # a guard against a typo (local:20000), not a tuned figure
_REMOTE = re.compile(r"(?:(?P<scheme>[a-z]+)://)?(?P<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+):(?P<port>\d{1,5})/?")


@dataclass(frozen=True, slots=True)
class Address:
    """A parsed cluster address.

    ``kind`` is ``local`` (``workers``: processes to start, None for one per core),
    ``synchronous``, or ``remote`` (``url``: the scheduler's address, scheme included).
    """

    kind: str
    workers: int | None = None
    url: str | None = None

    def __str__(self) -> str:
        if self.kind == "local":
            return "local" if self.workers is None else f"local:{self.workers}"
        return self.url if self.kind == "remote" and self.url else self.kind


def parse_address(text: str) -> Address:
    """Parse a cluster address (see the module docstring).

    Raises:
        ValueError: the text is none of the forms above; the message says what is
            expected (the caller adds where the address was given).
    """
    value = text.strip()
    if value == "local":
        return Address("local")
    if value == "synchronous":
        return Address("synchronous")
    if value.startswith("local:"):
        count = value[len("local:"):]
        if not count.isdigit() or not 1 <= int(count) <= MAX_LOCAL_WORKERS:
            raise ValueError(f"'{text}' is not an address: local:N needs a whole number of workers "
                             f"from 1 to {MAX_LOCAL_WORKERS}")
        return Address("local", workers=int(count))
    found = _REMOTE.fullmatch(value)
    scheme = found.group("scheme") if found else None
    if found and (scheme is None or scheme in SCHEMES) and 0 < int(found.group("port")) < 65536:
        return Address("remote", url=f"{scheme or 'tcp'}://{found.group('host')}:{found.group('port')}")
    if found and scheme not in SCHEMES:
        raise ValueError(f"'{text}' is not an address: unknown scheme '{scheme}' "
                         f"(use {', '.join(s + '://' for s in SCHEMES)})")
    raise ValueError(f"'{text}' is not an address: use local, local:N (N worker processes), synchronous, "
                     "or a Dask scheduler's tcp://HOST:PORT")
