"""Speed and scale: the persistent index on a large corpus, cold and warm, against brute force.

Claims are made from the corpus itself with a fixed seed, in three kinds: a sentence
verbatim, the same sentence with one number changed, and with a few words dropped.
For each share of the corpus (10%, 50%, 100% by default) the check runs cold (the
index built from nothing), then the same run again (an unchanged corpus and the same
claims: nothing to redo), then warm on as many new claims (another seed: the index
reused, every claim checked), each in a fresh process so that its peak memory is its own. A brute-force rapidfuzz scan
(``process.extractOne(claim, all_sentences, scorer=fuzz.token_set_ratio)``) runs in
this process on a few of the claims, for the speed ratio.

recall@1: the top evidence item is the claim's own sentence (same source, overlapping).
CPU ms: the warm check's CPU time per claim, of its process and of the worker processes it
checked on (without a cluster): what another load on a shared machine changes far less than
the wall clock of ``ms/claim``, which is divided by the cores used.

    python bench/scale.py                      # the Wikipedia sample, extracted to a temp folder
    python bench/scale.py DIR --claims 300     # any folder of sources
    python bench/scale.py --cluster local:2    # the same figures with the index built and the claims
                                               # checked on a Dask cluster (factcheck[dask], docs/cluster.md)

With ``--cluster``, each run starts (or joins) the cluster once; the time that takes is
printed apart (``cluster s``) and is not in the other figures, which are measured as
without it. The peak memory of a LocalCluster's workers is not in ``worker MB`` (they are
not children of the run's process but of its nanny threads; Dask's dashboard shows it).
"""

from __future__ import annotations

import argparse
import contextlib
import math
import random
import re
import resource
import shutil
import sys
import tarfile
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from _common import DATA

from factcheck.index.store import Store
from factcheck.models import Claim
from factcheck.run.pipeline import Options, check_claims_against
from factcheck.sources.corpus import discover, load_document
from factcheck.sources.passages import split_passages

SAMPLE = DATA / "wikipedia" / "sample.tar.xz"
_NUMBER = re.compile(r"(?<![\w.,])\d{1,4}(?![\w.,]?\d)")
KINDS = ("verbatim", "number", "dropped")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", help="folder of sources (default: the Wikipedia sample)")
    parser.add_argument("--claims", type=int, default=600, help="claims checked on the whole corpus")
    parser.add_argument("--share-claims", type=int, default=200, help="claims checked on each smaller share")
    parser.add_argument("--fractions", default="0.1,0.5,1", help="shares of the corpus, comma-separated")
    parser.add_argument("--baseline-claims", type=int, default=5, help="claims for the brute-force scan")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cluster", metavar="ADDRESS", help="build and check on a Dask cluster: local, local:N, "
                                                             "tcp://HOST:PORT (default: this machine alone)")
    parser.add_argument("--no-cross-check", dest="cross_check", action="store_false",
                        help="check without the cross-check that makes a claim disputed (factcheck check --no-cross-check), "
                             "to tell its cost from the rest of a claim's")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="factcheck-scale-") as scratch:
        corpus = Path(args.corpus) if args.corpus else _extract(Path(scratch) / "corpus")
        run(corpus, Path(scratch), args)


def run(corpus: Path, scratch: Path, args: argparse.Namespace) -> None:
    entries = sorted(p for p in corpus.iterdir() if not p.name.startswith("."))
    fractions = [float(f) for f in args.fractions.split(",")]
    rows = []
    whole: dict[str, object] = {}
    for fraction in fractions:
        roots = [str(p) for p in entries[:max(1, math.ceil(fraction * len(entries)))]]
        count = args.claims if fraction >= 1 else args.share_claims
        claims, gold = make_claims(roots, count, args.seed)
        fresh, fresh_gold = make_claims(roots, count, args.seed + 1)
        size = sum(p.stat().st_size for _, p in discover(roots)[0])
        cache = scratch / f"cache-{fraction}"
        cold = _in_child(roots, claims, gold, cache, args.cluster, args.cross_check)     # index built from nothing
        repeat = _in_child(roots, claims, gold, cache, args.cluster, args.cross_check)   # the same run again
        warm = _in_child(roots, fresh, fresh_gold, cache, args.cluster, args.cross_check)  # new claims, index reused
        rows.append((fraction, size, len(claims), cold, warm, repeat))
        if fraction >= 1:
            whole = {"roots": roots, "claims": fresh, "gold": fresh_gold, "warm": warm}
        shutil.rmtree(cache, ignore_errors=True)
    if args.cluster:
        took = ", ".join(f"{row[3]['cluster_s']:.1f}" for row in rows)
        print(f"cluster: {args.cluster}; starting or joining it took {took}s in the cold runs (not counted below)")
    _print_table(rows)
    if whole:
        _print_baseline(whole, args.baseline_claims)
    _print_growth(rows)


def make_claims(roots: list[str], count: int, seed: int) -> tuple[list[Claim], list[tuple[str, int, int, str]]]:
    """``count`` claims from random sentences of the corpus, kinds in turn; and for each,
    where its sentence is: (source id, start, end, kind)."""
    rng = random.Random(seed)
    entries = discover(roots)[0]
    claims: list[Claim] = []
    gold: list[tuple[str, int, int, str]] = []
    tries = 0
    while len(claims) < count and tries < count * 50:
        tries += 1
        doc_id, path = entries[rng.randrange(len(entries))]
        document = load_document(doc_id, path)
        passages = [p for p in split_passages(document, 0) if 10 <= len(document.text[p.start:p.end].split()) <= 40]
        if not passages:
            continue
        passage = passages[rng.randrange(len(passages))]
        sentence = document.text[passage.start:passage.end]
        kind = KINDS[len(claims) % len(KINDS)]
        text = _vary(sentence, kind, rng)
        if text is None:
            continue
        claims.append(Claim(f"c{len(claims):04d}-{kind}", text))
        gold.append((doc_id, passage.start, passage.end, kind))
    return claims, gold


def _vary(sentence: str, kind: str, rng: random.Random) -> str | None:
    if kind == "verbatim":
        return sentence
    if kind == "number":
        numbers = list(_NUMBER.finditer(sentence))
        if not numbers:
            return None
        match = numbers[rng.randrange(len(numbers))]
        changed = str(int(match.group()) + rng.choice((1, 2, 3, 7, 10)))
        return sentence[:match.start()] + changed + sentence[match.end():]
    words = sentence.split()
    drop = set(rng.sample(range(1, len(words)), k=max(1, len(words) // 5)))
    return " ".join(w for i, w in enumerate(words) if i not in drop)


def _in_child(roots: list[str], claims: list[Claim], gold: list, cache: Path,
              cluster: str | None = None, cross_check: bool = True) -> dict[str, float]:
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(_check, roots, claims, gold, str(cache), cluster, cross_check).result()


def _check(roots: list[str], claims: list[Claim], gold: list, cache: str, cluster: str | None = None,
           cross_check: bool = True) -> dict[str, float]:
    """One run of factcheck, as a user's: open (refresh) the index, check every claim
    (on the cluster, if one is given: started or joined first, and timed apart)."""
    with contextlib.ExitStack() as stack:
        began = time.perf_counter()
        engine = None
        if cluster:
            from factcheck.cluster import cluster_engine

            engine = stack.enter_context(cluster_engine(cluster))  # the run's stages below share it
        start = time.perf_counter()
        # What `factcheck check` does, less the YAML: the index refreshed (timed alone first,
        # as `factcheck index` would), then every claim checked through the library API.
        stats, _ = Store(roots, cache).refresh(engine=engine)
        opened = time.perf_counter()
        cpu_before = _cpu()
        options = Options(cache_dir=cache, cluster=cluster, cross_check=cross_check)
        run = check_claims_against(claims, roots, options=options)
        report = run.report
        done = time.perf_counter()
        cpu = _cpu() - cpu_before
    hits = [_hit(result.evidence[0] if result.evidence else None, g) for result, g in zip(report.results, gold, strict=True)]
    by_kind = {kind: [r.verdict for r, g in zip(report.results, gold, strict=True) if g[3] == kind] for kind in KINDS}
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "open_s": opened - start, "check_s": done - opened, "total_s": done - start,
        "ms_per_claim": 1000 * (done - opened) / max(1, len(claims)),
        "cpu_ms_per_claim": 1000 * cpu / max(1, len(claims)),
        "recall1": sum(hits) / max(1, len(hits)),
        "indexed": stats.indexed, "cluster_s": start - began,
        "peak_mb": self_mb, "worker_mb": worker_mb,
        "supported_verbatim": _share(by_kind["verbatim"], "supported"),
        "contradicted_number": _share(by_kind["number"], "contradicted"),
        "supported_dropped": _share(by_kind["dropped"], "supported", "partial"),
    }


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (the check's worker
    processes, once the run has closed them; not a cluster's workers), user and system."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _hit(evidence: object, gold: tuple[str, int, int, str]) -> bool:
    if evidence is None:
        return False
    return evidence.source_id == gold[0] and evidence.start < gold[2] and gold[1] < evidence.end  # type: ignore[attr-defined]


def _share(verdicts: list[str], *wanted: str) -> float:
    return sum(v in wanted for v in verdicts) / max(1, len(verdicts))


def _print_table(rows: list) -> None:
    print(f"{'share':>6} {'MB':>7} {'claims':>6} | {'cold s':>7} {'build MB/s':>10} {'peak MB':>8} {'worker MB':>9} | "
          f"{'warm s':>7} {'open s':>6} {'ms/claim':>8} {'CPU ms':>6} {'peak MB':>8} | {'recall@1':>8} "
          f"{'verbatim ok':>11} {'number contra':>13} {'dropped ok':>10}")
    for fraction, size, count, cold, warm, _ in rows:
        mb = size / 1e6
        print(f"{fraction:>6.0%} {mb:>7.1f} {count:>6} | {cold['total_s']:>7.1f} {mb / cold['open_s']:>10.1f} "
              f"{cold['peak_mb']:>8.0f} {cold['worker_mb']:>9.0f} | {warm['total_s']:>7.1f} {warm['open_s']:>6.2f} "
              f"{warm['ms_per_claim']:>8.1f} {warm['cpu_ms_per_claim']:>6.1f} {warm['peak_mb']:>8.0f} | "
              f"{warm['recall1']:>8.3f} "
              f"{warm['supported_verbatim']:>11.2f} {warm['contradicted_number']:>13.2f} {warm['supported_dropped']:>10.2f}")
    for fraction, _, _, cold, warm, repeat in rows:
        print(f"{fraction:.0%}: cold run {cold['total_s']:.1f}s (index built in {cold['open_s']:.1f}s, claims checked "
              f"in {cold['check_s']:.1f}s); the same run repeated {repeat['total_s']:.2f}s = "
              f"{repeat['total_s'] / cold['total_s']:.1%} of cold (index refresh {repeat['open_s']:.2f}s); "
              f"new claims on the warm index {warm['total_s']:.1f}s")


def _print_baseline(whole: dict, count: int) -> None:
    """Brute force in this process: every sentence of the corpus, one extractOne a claim."""
    from rapidfuzz import fuzz, process

    sentences, where = [], []
    for doc_id, path in discover(whole["roots"])[0]:
        document = load_document(doc_id, path)
        for p in split_passages(document, 0):
            sentences.append(document.text[p.start:p.end])
            where.append((doc_id, p.start, p.end))
    picked = list(range(0, len(whole["claims"]), max(1, len(whole["claims"]) // count)))[:count]
    start = time.perf_counter()
    hits = 0
    for i in picked:
        best = process.extractOne(whole["claims"][i].text, sentences, scorer=fuzz.token_set_ratio)
        doc_id, s, e = where[best[2]]
        gold = whole["gold"][i]
        hits += doc_id == gold[0] and s < gold[2] and gold[1] < e
    per_claim = (time.perf_counter() - start) / len(picked)
    ours = whole["warm"]["ms_per_claim"] / 1000
    print(f"baseline: brute-force extractOne over {len(sentences):,} sentences: {per_claim:.2f} s/claim "
          f"on {len(picked)} claims (recall@1 {hits / len(picked):.2f}); factcheck warm {1000 * ours:.1f} ms/claim "
          f"= {per_claim / ours:.0f}x faster")


def _print_growth(rows: list) -> None:
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        print(f"growth: corpus x{last[1] / first[1]:.1f}, warm ms/claim x{last[4]['ms_per_claim'] / first[4]['ms_per_claim']:.2f} "
              f"({first[0]:.0%} -> {last[0]:.0%})")


def _extract(target: Path) -> Path:
    if not SAMPLE.exists():
        sys.exit(f"error: {SAMPLE}: no such file; pass a corpus folder")
    target.mkdir(parents=True)
    with tarfile.open(SAMPLE) as archive:
        archive.extractall(target, filter="data")
    return target


if __name__ == "__main__":
    main()
