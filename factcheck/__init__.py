"""factcheck: which source says it, in which exact words, where; and does any source say otherwise.

Library use::

    from factcheck import load_corpus, load_claims, Checker
    corpus = load_corpus(["seeds"])
    report = Checker(corpus).check(c for f in load_claims(["claims"]) for c in f.claims)
"""

__version__ = "0.2.0"

from factcheck.errors import FactcheckError, InputError, InputErrors
from factcheck.inputs.claims import load_claims
from factcheck.models import Claim, ClaimResult, Disagreement, Document, Evidence, Report
from factcheck.run.pipeline import Checker, Options, run_check
from factcheck.sources.corpus import Corpus, load_corpus

__all__ = [
    "Checker",
    "Claim",
    "ClaimResult",
    "Corpus",
    "Disagreement",
    "Document",
    "Evidence",
    "FactcheckError",
    "InputError",
    "InputErrors",
    "Options",
    "Report",
    "__version__",
    "load_claims",
    "load_corpus",
    "run_check",
]
