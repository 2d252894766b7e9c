"""Where a warm new claim's time goes: cProfile over new claims checked against a warm index.

The claims are made as ``bench/scale.py`` makes its warm run's (the same kinds, seed 8 by
default: scale.py's ``--seed`` plus one), from a share of the corpus, and checked one after
another in this process (no worker processes: the profile is the whole of a claim's work)
against the persistent index, built first if it is not in ``--cache`` yet (its build is not
profiled). Stored results are never used: every claim is checked.

    python bench/profile_warm.py /tmp/wiki --fraction 0.1 --claims 200
    python bench/profile_warm.py /tmp/wiki --fraction 1 --claims 300 --cache /tmp/cache-1 --top 40

Prints the CPU ms per claim and recall@1 (as scale.py counts it), then the functions with
the most cumulative time (``--top``); ``--stats FILE`` keeps the raw profile for ``python -m pstats``.
"""

from __future__ import annotations

import argparse
import cProfile
import math
import pstats
import tempfile
import time
from pathlib import Path

from scale import _hit, make_claims

from factcheck.index.sources import open_sources
from factcheck.index.store import Store
from factcheck.run.pipeline import Checker, Options


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", help="folder of sources")
    parser.add_argument("--fraction", type=float, default=1.0, help="share of the corpus (its first entries)")
    parser.add_argument("--claims", type=int, default=300)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--cache", help="index folder, kept between runs (default: a temporary one)")
    parser.add_argument("--top", type=int, default=45, help="functions printed")
    parser.add_argument("--sort", default="cumulative", help="pstats sort key")
    parser.add_argument("--stats", help="write the raw profile here")
    parser.add_argument("--no-profile", dest="profile", action="store_false", help="only time the claims")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="factcheck-profile-") as scratch:
        run(args, args.cache or scratch)


def run(args: argparse.Namespace, cache: str) -> None:
    entries = sorted(p for p in Path(args.corpus).iterdir() if not p.name.startswith("."))
    roots = [str(p) for p in entries[:max(1, math.ceil(args.fraction * len(entries)))]]
    claims, gold = make_claims(roots, args.claims, args.seed)
    Store(roots, cache).refresh()  # built once when missing; not part of the profile
    options = Options(cache_dir=cache)
    with open_sources(roots, cache_dir=cache) as opened:
        checker = Checker(opened.corpus, options, passages=opened.passages, index=opened.index)
        profiler = cProfile.Profile() if args.profile else None
        cpu, wall = time.process_time(), time.perf_counter()
        if profiler is not None:
            profiler.enable()
        results = [checker._check_claim(claim) for claim in claims]  # never a stored result
        if profiler is not None:
            profiler.disable()
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(f"{len(claims)} claims at {args.fraction:.0%}: {1000 * cpu / len(claims):.1f} CPU ms/claim, "
          f"{1000 * wall / len(claims):.1f} wall ms/claim{' (profiled)' if profiler else ''}; recall@1 "
          f"{sum(_hit(r.evidence[0] if r.evidence else None, g) for r, g in zip(results, gold, strict=True)) / len(claims):.3f}")
    if profiler is not None:
        stats = pstats.Stats(profiler)
        if args.stats:
            stats.dump_stats(args.stats)
        stats.sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
