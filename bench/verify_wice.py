"""WiCE dev through ``verify``: each claim written into a Markdown draft with a footnote.

    python bench/verify_wice.py [--data ../shared/data/wice-dev] [--keep DIR]

Each claim is a real Wikipedia sentence citing one web page. It becomes one draft
(``<id>.md``: the sentence, ``[^1]``, and ``[^1]: <cited source id>``), and the drafts
are read and checked by ``verify_drafts`` against the whole folder of cited pages.
Prints the figures ``bench/wice.py`` prints for ``check`` (balanced accuracy of
``supported`` against the rest, 3-way accuracy, evidence recall@3), plus what only a
draft run has: how often the sentence came out whole, and how often its citation resolved.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import DATA, load_labelled, timed, verdict_counts
from wice import _score

from factcheck import Checker, load_corpus
from factcheck.models import Claim, ClaimResult
from factcheck.run.verify import CheckedSentence, VerifyReport, verify_drafts

_WORST_FIRST = ("contradicted", "disputed", "not_found", "partial", "supported")


def write_drafts(records: list[dict], folder: Path) -> dict[str, str]:
    """Write one draft per claim; return {draft path: claim id}."""
    drafts = {}
    for record in records:
        path = folder / f"{record['id']}.md"
        path.write_text(f"{record['claim']}[^1]\n\n[^1]: {record['cite']}\n", encoding="utf-8")
        drafts[path.as_posix()] = record["id"]
    return drafts


def claim_results(report: VerifyReport, drafts: dict[str, str], records: list[dict]) -> list[ClaimResult]:
    """One result per claim: its draft's sentences merged (worst verdict, longest sentence's evidence).

    A claim the draft reader skipped entirely counts as ``not_found``.
    """
    by_draft: dict[str, list[CheckedSentence]] = {}
    for sentence in report.checked:
        by_draft.setdefault(sentence.item.claim.file, []).append(sentence)  # type: ignore[union-attr]
    results = []
    for path, claim_id in drafts.items():
        sentences = by_draft.get(path, [])
        if not sentences:
            record = next(r for r in records if r["id"] == claim_id)
            results.append(ClaimResult(Claim(claim_id, record["claim"]), "not_found", 0.0, (), ()))
            continue
        main = max(sentences, key=lambda s: len(s.item.text)).result
        verdict = min((s.result.verdict for s in sentences), key=_WORST_FIRST.index)
        results.append(replace(main, claim=replace(main.claim, id=claim_id), verdict=verdict))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA / "wice-dev")
    parser.add_argument("--keep", type=Path, help="write the drafts here instead of a temporary folder")
    args = parser.parse_args()
    records, gold = load_labelled(args.data)
    times: dict[str, float] = {}
    with timed(times, "load+index"):
        checker = Checker(load_corpus([args.data / "sources"]))
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        drafts = write_drafts(records, folder)
        with timed(times, "verify"):
            report = verify_drafts(list(drafts), checker)
    results = claim_results(report, drafts, records)
    ours = _score(results, gold)
    sentences = [s.item for s in report.checked] + list(report.skipped)
    cited = [i for i in sentences if i.cites or i.dangling]
    resolved = sum(not i.dangling and all(checker.corpus.resolve(c) is not None for c in i.cites) for i in cited)
    whole = sum(d.sentences == 1 for d in report.drafts)
    print(f"WiCE dev via verify: {len(drafts)} drafts (one claim each), {len(checker.corpus.documents)} cited pages")
    print(f"{'balanced accuracy (sup/rest)':34}{ours['bacc']:>8.3f}")
    print(f"{'3-way accuracy':34}{ours['acc3']:>8.3f}")
    print(f"{'evidence recall@3':34}{ours['recall3']:>8.3f}  ({ours['with_evidence']} claims with gold evidence)")
    print(f"{'evidence recall@3, by span':34}{ours['span3']:>8.3f}")
    print(f"{'citation resolved':34}{resolved / max(len(cited), 1):>8.3f}  ({resolved} of {len(cited)} cited sentences;"
          f" {len(sentences)} sentences in all)")
    print(f"{'claim read as one sentence':34}{whole / len(drafts):>8.3f}  ({len(drafts) - whole} split or dropped)")
    print(f"{'skipped as not checkable':34}{len(report.skipped):>8d}")
    print(f"{'ms per draft':34}{1000 * times['verify'] / len(drafts):>8.1f}   load+index: {times['load+index']:.2f}s")
    print(verdict_counts(results))


if __name__ == "__main__":
    main()
