"""factcheck: which source says it, in which exact words, where; and does any source say otherwise.

Library use (the CLI does exactly this)::

    from factcheck import run_check, run_verify, run_conflicts
    run = run_check(["claims"], ["seeds"])            # claims files -> Run(report, warnings)
    for result in run.report.results:
        print(result.claim.id, result.verdict, [e.quote for e in result.evidence])

In memory, for many claims made in code::

    from factcheck import Checker, Claim, load_corpus
    checker = Checker(load_corpus(["seeds"]))
    checker.check_claim(Claim("c1", "Abai is a town of around 18,000 people.")).verdict

Everything returned is a frozen dataclass of :mod:`factcheck.models`; nothing prints.
Input problems raise :class:`InputError` (or :class:`InputErrors`, several at once), each
with ``path``, ``line`` and ``column``.
"""

__version__ = "0.2.0"

from factcheck.conflicts.scan import find_conflicts
from factcheck.errors import FactcheckError, InputError, InputErrors
from factcheck.inputs.claims import load_claims
from factcheck.match.align import Alignment, Difference, align
from factcheck.models import (
    Claim,
    ClaimResult,
    Conflict,
    ConflictReport,
    Disagreement,
    Document,
    Evidence,
    Report,
)
from factcheck.run.pipeline import Checker, Options, Run, check_claims_against, run_check, run_conflicts, run_verify
from factcheck.sources.corpus import Corpus, load_corpus

__all__ = [
    "Alignment",
    "Checker",
    "Claim",
    "ClaimResult",
    "Conflict",
    "ConflictReport",
    "Corpus",
    "Difference",
    "Disagreement",
    "Document",
    "Evidence",
    "FactcheckError",
    "InputError",
    "InputErrors",
    "Options",
    "Report",
    "Run",
    "__version__",
    "align",
    "check_claims_against",
    "find_conflicts",
    "load_claims",
    "load_corpus",
    "run_check",
    "run_conflicts",
    "run_verify",
]
