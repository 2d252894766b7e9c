"""Cost of ``factcheck conflicts`` and of the claim-centred cross-check, on any folder.

    python bench/conflicts.py scan FOLDER [--fraction 0.1] [--baseline-fraction 0.05] [--show 10] [--dump FILE]
    python bench/conflicts.py disputes FOLDER [--cache-dir DIR]

``scan``: the whole-corpus scan, streaming by document, in a child process (so that its
peak memory, ``ru_maxrss``, is its own): time and peak memory per stage, findings, and
the same figures for the plain eager scan (every document's values held at once, as
before the scan streamed) run in this same invocation on ``--baseline-fraction`` of the
documents (default: the same share; 0 skips it). ``--fraction`` keeps an evenly spread
share of the documents (every k-th file in path order).

``disputes``: claims about the one fact the seeds disagree on (002: one of the perpetrators
was sentenced to seven years; 001: no one was ever punished), checked against FOLDER (the
seeds, or the seeds among Wikipedia articles): each claim's verdict, whether the other seed
is on the other side, and the milliseconds per claim spent finding its disputes, against
the whole-corpus scan the cross-check ran before (once per corpus, shared by the claims),
timed in the same run while the corpus is at most ``--baseline-limit`` characters.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.conflicts.analysis import Analysis, name_statistics  # noqa: E402
from factcheck.conflicts.scan import (  # noqa: E402
    DEFAULT_MIN_CONFIDENCE,
    SCAN_MEMO,
    find_conflicts,
    finish,
    scan_corpus,
    search_all,
)
from factcheck.index.bm25 import Index  # noqa: E402
from factcheck.index.sources import open_sources  # noqa: E402
from factcheck.models import Claim  # noqa: E402
from factcheck.reports.conflicts import render_conflicts_json  # noqa: E402
from factcheck.run.pipeline import Checker, Options  # noqa: E402
from factcheck.sources.corpus import SOURCE_SUFFIXES, load_corpus  # noqa: E402
from factcheck.sources.passages import split_passages  # noqa: E402

S1, S2 = "001_8f1417bf292b09e1.txt", "002_c17141c48ebfc846.txt"
# (claim, the seed that supports it, the seed on the other side); perpetrator-punished is claims/abai-case.yaml's
CLAIMS = [
    (Claim("perpetrator-punished", "One of the perpetrators was sentenced to seven years in prison."), S2, S1),
    (Claim("no-one-punished", "No one was ever punished for the crime."), S1, S2),
    (Claim("no-one-punished-headlines",
           "Despite the national headlines, nobody was ever punished for the rape of the boy."), S1, S2),
    (Claim("teen-sentenced", "One of the teens who raped the boy was sentenced to seven years in prison."), S2, S1),
    (Claim("perpetrator-jailed", "A perpetrator was sentenced to prison for raping the boy in Abai."), S2, S1),
]


def _files(folder: str, fraction: float) -> list[str]:
    """The folder, or an evenly spread share of its source files (every k-th in path order)."""
    if fraction >= 1.0:
        return [folder]
    files = sorted(p for p in Path(folder).rglob("*") if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES)
    return [str(p) for p in files[:: max(1, round(1 / fraction))]]


def _peak_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu(who: int) -> float:
    """CPU seconds (user and system) of this process or of its finished children."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _build(roots: list[str], cache_dir: str) -> dict[str, Any]:
    """In a child: refresh (build, when cold) the persistent index, as ``factcheck index`` does."""
    start = time.perf_counter()
    with open_sources(roots, cache_dir=cache_dir, skip_bad=True) as sources:
        documents = len(sources.corpus.documents)
    return {"seconds": time.perf_counter() - start, "peak": _peak_mb(), "documents": documents}


def _streaming(roots: list[str], cache_dir: str, min_confidence: float, show: int, dump: str | None = None) -> dict[str, Any]:
    """In a child: the streaming scan over the persistent index (as ``factcheck conflicts``
    reads it: documents and passages on demand); stage times and peak memory. ``dump``: a
    file to write every finding to, as ``factcheck conflicts --format json`` renders them."""
    times: dict[str, float] = {}
    start = time.perf_counter()
    with open_sources(roots, cache_dir=cache_dir, skip_bad=True) as sources:
        times["open index"] = time.perf_counter() - start
        memory = {"index open": _peak_mb()}
        scanned = scan_corpus(sources.corpus.documents, None, min_confidence, passages=sources.passages,
                              index=sources.index)
        times.update(scanned.stages)
        memory["peak"] = _peak_mb()
        memory["workers' peak"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        cpu = {"this process": _cpu(resource.RUSAGE_SELF), "workers": _cpu(resource.RUSAGE_CHILDREN)}
        if dump is not None:
            Path(dump).write_text(render_conflicts_json(scanned.report), encoding="utf-8")
        return {"documents": len(sources.corpus.documents), "mb": sources.corpus.size / 1e6, "cpu": cpu,
                "passages": len(sources.passages or ()), "times": times, "memory": memory,
                "summary": scanned.report.summary(), "extracted": scanned.extracted,
                "shown": [_shown(c) for c in scanned.report.conflicts[:show]]}


def _eager(roots: list[str], min_confidence: float, show: int) -> dict[str, Any]:
    """In a child: the plain scan, every document's values held at once (an unbounded memo)."""
    start = time.perf_counter()
    documents = load_corpus(roots, skip_bad=True).documents
    passages = [p for i, d in enumerate(documents) for p in split_passages(d, i)]
    analysis = Analysis(documents, passages, Index.build(passages), memo=1 << 40)  # every document's values kept
    analysis.statistics = name_statistics(analysis, range(len(documents)))
    report = finish(analysis, search_all(analysis, None), min_confidence)
    return {"documents": len(documents), "mb": sum(len(d.text) for d in documents) / 1e6,
            "passages": report.passages, "times": {"total": time.perf_counter() - start},
            "memory": {"peak": _peak_mb()}, "summary": report.summary(), "extracted": len(documents),
            "shown": [_shown(c) for c in report.conflicts[:show]]}


def _shown(conflict: Any) -> str:
    values = "; ".join(f"{v.source_id}:{v.line} {v.value!r}" for v in conflict.values)
    return f"{conflict.kind} {conflict.confidence:.2f} {conflict.subject} | {values}"


def _in_child(target: Any, *args: Any) -> dict[str, Any]:
    """Run ``target(*args)`` in a fresh process (not a daemon: the scan starts workers of
    its own) and return its result; its ``ru_maxrss`` is its own."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sender, target, args))
    child.start()
    sender.close()
    result: dict[str, Any] = receiver.recv()
    child.join()
    return result


def _child(sender: Any, target: Any, args: tuple[Any, ...]) -> None:
    sender.send(target(*args))
    sender.close()


def _print_scan(name: str, found: dict[str, Any]) -> None:
    total = sum(found["times"].values())
    print(f"{name}: {found['documents']} documents, {found['mb']:.1f} MB, {found['passages']} passages; "
          f"{total:.1f} s, peak RSS {found['memory']['peak']:.0f} MB, {found['passages'] / total:.0f} passages/s")
    print("  stages: " + "  ".join(f"{k} {v:.1f}s" for k, v in found["times"].items()))
    print("  memory: " + "  ".join(f"{k} {v:.0f} MB" for k, v in found["memory"].items())
          + f"  (documents whose values were extracted: {found['extracted']})")
    if "cpu" in found:  # what the two cores spent: extraction on the workers, the rest here (and extraction it took on)
        print("  cpu: " + "  ".join(f"{k} {v:.1f}s" for k, v in found["cpu"].items()))
    print(f"  findings: {json.dumps(found['summary'])}")


def scan(args: argparse.Namespace) -> None:
    roots = _files(args.folder, args.fraction)
    cache = str(Path(args.cache_dir) / f"share-{args.fraction:g}")
    built = _in_child(_build, roots, cache)
    print(f"index (store refresh, cold when new): {built['documents']} documents in {built['seconds']:.1f} s, "
          f"peak RSS {built['peak']:.0f} MB")
    streamed = _in_child(_streaming, roots, cache, args.min_confidence, args.show, args.dump)
    _print_scan(f"streaming scan (memo of {SCAN_MEMO} documents)", streamed)
    for line in streamed["shown"]:
        print(f"  - {line}")
    share = args.fraction if args.baseline_fraction is None else args.baseline_fraction
    if share <= 0:
        return
    base_roots = _files(args.folder, share)
    if base_roots != roots:
        base_cache = str(Path(args.cache_dir) / f"share-{share:g}")
        _in_child(_build, base_roots, base_cache)
        streamed = _in_child(_streaming, base_roots, base_cache, args.min_confidence, args.show)
        _print_scan(f"streaming scan at the baseline's share ({share:g})", streamed)
    eager = _in_child(_eager, base_roots, args.min_confidence, args.show)
    _print_scan(f"plain eager scan ({share:g})", eager)
    same = eager["summary"] == streamed["summary"] and eager["shown"] == streamed["shown"]
    ratio = sum(eager["times"].values()) / sum(streamed["times"].values())
    print(f"same findings: {same}; time eager/streaming {ratio:.2f}x; "
          f"memory eager/streaming {eager['memory']['peak'] / streamed['memory']['peak']:.2f}x")


def disputes(args: argparse.Namespace) -> None:
    options = Options(cache_dir=args.cache_dir, index=args.cache_dir is not None)
    with open_sources([args.folder], use_index=options.index, cache_dir=args.cache_dir, skip_bad=True) as sources:
        corpus = sources.corpus
        checker = Checker(corpus, options, passages=sources.passages, index=sources.index)
        spent: list[float] = []
        timed = checker.disputes

        def timing(supporting: Any, retrieved: Any = ()) -> Any:
            mark = time.perf_counter()
            found = timed(supporting, retrieved)
            spent.append(time.perf_counter() - mark)
            return found

        checker.disputes = timing  # type: ignore[method-assign]
        print(f"{args.folder}: {len(corpus.documents)} documents, {corpus.size / 1e6:.1f} MB")
        kept = 0
        for claim, ours, theirs in CLAIMS:
            before = len(spent)
            mark = time.perf_counter()
            result = checker.check_claim(claim)
            total = time.perf_counter() - mark
            against = {Path(d.source_id).name for d in result.disagreements if d.kind == "statement"}
            supports = {Path(e.source_id).name for e in result.evidence if e.stance == "supports"}
            by_seeds = ours in supports and theirs in against
            kept += result.verdict == "disputed" and by_seeds
            cross = sum(spent[before:]) * 1000
            print(f"  {claim.id:28} {result.verdict:13} other seed on the other side: {'yes' if by_seeds else 'no ':3}"
                  f"  claim {total * 1000:6.0f} ms, of which cross-check {cross:6.1f} ms")
        print(f"disputed by the other seed: {kept}/{len(CLAIMS)}; cross-check {1000 * sum(spent) / len(CLAIMS):.1f} ms "
              f"per claim ({len(spent)} searches)")
        if corpus.size <= args.baseline_limit:
            mark = time.perf_counter()
            find_conflicts(corpus.documents, options.aliases, passages=checker.matcher.passages,
                           index=checker.matcher.index)
            whole = time.perf_counter() - mark
            print(f"baseline, the whole-corpus scan the cross-check ran before: {whole * 1000:.0f} ms once, "
                  f"{whole * 1000 / len(CLAIMS):.1f} ms per claim of these {len(CLAIMS)}")
        else:
            print(f"baseline skipped: {corpus.size / 1e6:.0f} MB is over --baseline-limit (before, the cross-check "
                  f"was skipped above 10 MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("scan", help="the whole-corpus scan: time and memory per stage")
    one.add_argument("folder")
    one.add_argument("--fraction", type=float, default=1.0)
    one.add_argument("--baseline-fraction", type=float, default=None)
    one.add_argument("--show", type=int, default=10, help="findings to print")
    one.add_argument("--cache-dir", default="bench/out/conflicts-cache", help="where the index of each share is kept")
    one.add_argument("--min-confidence", type=float, default=DEFAULT_MIN_CONFIDENCE)
    one.add_argument("--dump", default=None, help="write the streaming scan's findings here (JSON, as the CLI's)")
    two = commands.add_parser("disputes", help="the claim-centred cross-check: verdicts and ms per claim")
    two.add_argument("folder")
    two.add_argument("--cache-dir", default=None, help="keep the index here (default: in memory)")
    two.add_argument("--baseline-limit", type=float, default=30e6, help="characters up to which the old scan is timed")
    args = parser.parse_args()
    scan(args) if args.command == "scan" else disputes(args)


if __name__ == "__main__":
    main()
