"""Fuzz the three things users hand factcheck: claims files, drafts and sources (issue 15).

Whatever the input (random bytes, deep nesting of YAML, Markdown lists and blockquotes or HTML,
huge lines, UTF-16/32, latin-1, byte-order marks, control characters), a run:

- exits 0, 1 or 2: never 3 (a bug), never a signal;
- prints no traceback;
- writes nothing to stdout when it exits 2 (an input error is a line on stderr, not a report);
- finishes in bounded time: ``LIMIT_SECONDS`` per run (an alarm), and a hard stop that dumps
  every thread's stack if even that is not honoured (a hang inside C code).

The runs go through ``cli.main()`` in this process, which keeps an example to a fraction of a
second. The profile is deterministic (``derandomize``: CI sees the same examples every time) and
small; ``FACTCHECK_FUZZ_EXAMPLES=500`` runs more of them locally.
"""

from __future__ import annotations

import contextlib
import faulthandler
import io
import os
import signal
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from types import FrameType

import pytest
import yaml
from conftest import SEEDS
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from factcheck import cli

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="bounds each run with SIGALRM")

settings.register_profile(
    "factcheck-fuzz",
    max_examples=int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "75")),
    deadline=timedelta(seconds=20),  # Hypothesis' own per-example limit (reported with the example)
    derandomize=True,                # the same examples on every run: CI is deterministic
    database=None,                   # nothing written into the checkout
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example,
                           HealthCheck.filter_too_much],
    print_blob=False,
)
FUZZ = settings.get_profile("factcheck-fuzz")
LIMIT_SECONDS = 30  # one run; far above any sane input's time, far below "hangs"
HARD_STOP_SECONDS = 120  # the alarm cannot interrupt C code: then dump the stacks and stop the process


# --- running factcheck ------------------------------------------------------------------------------


class Hung(BaseException):
    """Raised by the alarm in a run that takes longer than LIMIT_SECONDS. A BaseException, so
    that the CLI's last-resort handler (``except Exception``: exit 3) does not report it."""


@dataclass(frozen=True)
class Ran:
    code: int | str | None
    out: str
    err: str

    def __repr__(self) -> str:
        return f"exit {self.code}\n--- stdout ---\n{self.out[:1500]}\n--- stderr ---\n{self.err[:3000]}"


@contextlib.contextmanager
def _bounded(limit: float) -> Iterator[None]:
    def hung(signum: int, frame: FrameType | None) -> None:
        raise Hung(f"a run took more than {limit} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.setitimer(signal.ITIMER_REAL, limit)
    faulthandler.dump_traceback_later(HARD_STOP_SECONDS, exit=True)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def factcheck(*args: str | Path, cwd: Path, limit: float = LIMIT_SECONDS) -> Ran:
    """``factcheck ARGS`` through ``cli.main()`` in this process, in ``cwd``; stdout and stderr captured."""
    out, err = io.StringIO(), io.StringIO()
    argv, here = sys.argv, os.getcwd()
    sys.argv = ["factcheck", *map(str, args)]
    os.chdir(cwd)
    code: int | str | None = None
    try:
        with _bounded(limit), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                cli.main()
            except SystemExit as exc:
                code = exc.code
    except Hung as exc:
        pytest.fail(f"{exc}: factcheck {' '.join(sys.argv[1:])}\n{err.getvalue()[:2000]}")
    finally:
        sys.argv = argv
        os.chdir(here)
    return Ran(code, out.getvalue(), err.getvalue())


def assert_sane(ran: Ran, *, in_example: bool = True) -> None:
    """The properties every run must have, whatever it was given."""
    if in_example:
        event(f"exit {ran.code}")  # pytest --hypothesis-show-statistics: how the examples ended
    assert ran.code in (0, 1, 2), ran
    assert "Traceback" not in ran.err, ran
    if ran.code == 2:
        assert ran.out == "", ran
        assert ran.err.startswith("error: "), ran


@contextlib.contextmanager
def workspace() -> Iterator[Path]:
    """A fresh folder per example (Hypothesis runs many examples in one test call)."""
    with tempfile.TemporaryDirectory(prefix="factcheck-fuzz-") as folder:
        yield Path(folder)


# --- what inputs are made of ------------------------------------------------------------------------

SENTENCES = [s.strip() + "." for p in sorted(SEEDS.glob("*.txt"))
             for s in p.read_text(encoding="utf-8").split(". ") if 30 < len(s) < 240 and "\n" not in s][:40]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "cp1252"]
ODD = ["\x00", "\r", "\r\n", "\n\r", "\u2028", "\u2029", "\x85", "\ufeff", "\x1b[31m", "\u202e", "\t", "\x0c",
       "\u200b", "\ud7ff", "\U0010ffff", "\x7f", "\u0301", "ﬁ", "İ", "ß", "…", "“", "”", "«", "»"]

any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=120)  # control characters included
sentence = st.sampled_from(SENTENCES)


def _nest(kind: str, depth: int, words: str) -> str:
    if kind == "list":
        return "\n".join("  " * i + f"- {words} {i}" for i in range(depth))
    if kind == "ordered":
        return "\n".join("   " * i + f"{i + 1}. {words}" for i in range(depth))
    if kind == "quote":
        return "> " * depth + words
    if kind == "mixed":
        return "\n".join("> " * (i // 2) + "  " * i + f"- {words}" for i in range(depth))
    if kind == "html":
        return "<div>" * depth + f"<p>{words}</p>" + "</div>" * depth
    return "[" * depth + words + "]" * depth  # brackets: links, footnotes


nested = st.builds(_nest, st.sampled_from(["list", "ordered", "quote", "mixed", "html", "brackets"]),
                   st.integers(1, 150), sentence)


def _huge(kind: str, size: int, words: str) -> str:
    if kind == "sentences":  # a single line of many full stops: the splitters' worst case
        return (words + " ") * (size // (len(words) + 1) + 1)
    if kind == "word":
        return "a" * size
    if kind == "numbers":  # many values to pair
        return " ".join(f"{i} years and {i % 12} months in {1900 + i % 120}," for i in range(size // 40))
    return "| " + " | ".join(words.split()) * (size // 200 + 1) + " |"  # one wide table row


HUGE_KINDS = ["sentences", "word", "numbers", "table"]
huge = st.builds(_huge, st.sampled_from(HUGE_KINDS), st.integers(1_000, 60_000), sentence)
huge_in_sources = huge


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


def _inputs(huge_lines: st.SearchStrategy[str]) -> tuple[st.SearchStrategy[str], st.SearchStrategy[bytes]]:
    """Documents (text) and raw files (bytes: encoded documents, random bytes, lone surrogates)."""
    fragment = st.one_of(sentence, sentence, any_text, st.sampled_from(ODD), nested, huge_lines,
                         st.sampled_from(["---", "```", "<!--", "[^1]: 001", "# Heading", "| a | b |\n|---|---|"]))
    document = st.lists(fragment, max_size=12).map("\n".join)
    encoded = st.builds(_encode, document, st.sampled_from(ENCODINGS))
    return document, st.one_of(encoded, st.binary(max_size=4096),
                               document.map(lambda t: t.encode("utf-8", "surrogatepass")))


document, raw = _inputs(huge)
_, raw_source = _inputs(huge_in_sources)
short_document = st.lists(st.one_of(sentence, any_text, st.sampled_from(ODD),
                                    st.builds(_nest, st.sampled_from(["list", "quote", "brackets"]), st.integers(1, 20),
                                              sentence)),
                          min_size=1, max_size=6).map(" ".join).filter(str.strip)  # under the schema's length limit


# Claims files: valid records with hostile values, YAML-shaped noise, deep nesting, other encodings.
scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), any_text, sentence)
value = st.recursive(scalar, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(any_text, inner, max_size=4),
                     max_leaves=12)
claim_id = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,30}", fullmatch=True)
claim_text = st.one_of(sentence, sentence, sentence, document, huge)
nonempty_text = st.one_of(st.sampled_from([p.name for p in sorted(SEEDS.glob("*.txt"))]), any_text.filter(str.strip))
EXPECTED = {"date": ["2019-09", "2018", "4 May 1999", "September 2019", "2010-03-04"],
            "number": ["seven", "7", "1,200", "3 1/2", "$6,000", "40%", "155th", 27],
            "name": ["Abai", "Zhapisheva", "Asem Zhapisheva", "Кызылорда", "O'Brien"]}
expect = st.one_of(*(st.dictionaries(st.just(kind), st.one_of(st.sampled_from(values),
                                                              st.lists(st.sampled_from(values), min_size=1, max_size=3)))
                     for kind, values in EXPECTED.items()))
# Well-typed records with hostile text (a claim or quote with control characters, nesting, odd
# spacing): they pass the schema and reach the matching, the values and the verdicts. Then records
# of any shape, which the schema must turn into exit 2.
good_record = st.fixed_dictionaries(
    {"id": claim_id, "claim": st.one_of(sentence, sentence, short_document)},
    optional={"quote": st.one_of(sentence, any_text.filter(str.strip)),
              "cite": st.one_of(nonempty_text, st.lists(nonempty_text, min_size=1, max_size=3)),
              "expect": expect, "tags": st.lists(claim_id, max_size=3), "note": any_text},
)
wild_record = st.fixed_dictionaries(
    {"id": st.one_of(claim_id, value), "claim": st.one_of(claim_text, value)},
    optional={"quote": value, "cite": value, "expect": value, "tags": value, "accept": value, "extra": value},
)
good_claims = st.lists(good_record, min_size=1, max_size=3, unique_by=lambda r: str(r["id"]))
claims_doc = st.one_of(
    st.lists(st.one_of(good_record, wild_record), max_size=4).map(lambda rs: {"claims": rs}),
    st.lists(wild_record, max_size=4),
    value,
)


def _dump(doc: object, encoding: str) -> bytes:
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=10**9).encode(encoding, errors="replace")


def _deep_yaml(kind: str, depth: int) -> bytes:
    if kind == "flow":
        return ("claims: " + "[" * depth + "]" * depth + "\n").encode()
    if kind == "block":
        return ("claims:\n" + "".join("  " * i + "-\n" for i in range(depth)) + "  " * depth + "- x\n").encode()
    if kind == "map":
        return ("claims:\n  - id: a\n    claim: x\n    expect:\n" +
                "".join("      " + "  " * i + f"k{i}:\n" for i in range(depth)) + "      " + "  " * depth + "v\n").encode()
    # A billion laughs: each claim's note is an alias to the one before, twice over (2**depth leaves).
    levels = min(depth, 40)
    return ("claims:\n  - {id: l0, claim: The boy was seven., note: &l0 [x, x]}\n" + "".join(
        f"  - {{id: l{i}, claim: The boy was seven., note: &l{i} [*l{i - 1}, *l{i - 1}]}}\n"
        for i in range(1, levels))).encode()


well_formed = st.builds(_dump, good_claims.map(lambda rs: {"claims": rs}), st.just("utf-8"))
broken_claims = st.one_of(
    st.builds(_dump, claims_doc, st.just("utf-8")),
    st.builds(_dump, claims_doc, st.sampled_from(ENCODINGS)),
    st.builds(_deep_yaml, st.sampled_from(["flow", "block", "map", "laughs"]), st.integers(1, 3000)),
    st.text(st.sampled_from(list(":-[]{}&*!|>'\"%@`#?,\n\t abc0")), max_size=300).map(str.encode),
    raw,
)
CLAIM = "claims:\n  - id: sentence\n    claim: One of the perpetrators was sentenced to eight years in prison.\n" \
        "    quote: \"one of the perpetrators was sentenced\"\n    cite: fuzzed\n"


# --- the properties ---------------------------------------------------------------------------------


@FUZZ
@given(claims=well_formed, index=st.booleans())
def test_claims_files(claims: bytes, index: bool) -> None:
    """Valid claims files with hostile text: they reach the matching, the values and the verdicts."""
    with workspace() as tmp:
        (tmp / "claims.yaml").write_bytes(claims)
        assert_sane(factcheck("check", "claims.yaml", "--sources", SEEDS, "--format", "json",
                              "--index" if index else "--no-index", "--cache-dir", tmp / "cache", cwd=tmp))


@FUZZ
@given(claims=broken_claims, index=st.booleans())
def test_broken_claims_files(claims: bytes, index: bool) -> None:
    """Anything else a claims file can hold: exit 2 with a line that names it (or a run, if it is valid)."""
    with workspace() as tmp:
        (tmp / "claims.yaml").write_bytes(claims)
        assert_sane(factcheck("check", "claims.yaml", "--sources", SEEDS, "--format", "json",
                              "--index" if index else "--no-index", "--cache-dir", tmp / "cache", cwd=tmp))


@FUZZ
@given(draft=raw, name=st.sampled_from(["draft.md", "draft.txt", "draft.markdown"]))
def test_drafts(draft: bytes, name: str) -> None:
    with workspace() as tmp:
        (tmp / name).write_bytes(draft)
        assert_sane(factcheck("verify", name, "--sources", SEEDS, "--no-index", cwd=tmp))


@FUZZ
@given(source=raw_source, name=st.sampled_from(["fuzzed.txt", "fuzzed.md", "fuzzed.html", "fuzzed.htm", "fuzzed.pdf"]),
       skip=st.booleans(), index=st.booleans())
def test_sources(source: bytes, name: str, skip: bool, index: bool) -> None:
    with workspace() as tmp:
        (tmp / "sources").mkdir()
        (tmp / "sources" / name).write_bytes(source)
        (tmp / "sources" / "seed.txt").write_bytes((SEEDS / "002_c17141c48ebfc846.txt").read_bytes())
        (tmp / "claims.yaml").write_text(CLAIM, encoding="utf-8")
        options = ["--skip-bad-sources"] if skip else []
        options += ["--index" if index else "--no-index", "--cache-dir", str(tmp / "cache")]
        assert_sane(factcheck("check", "claims.yaml", "--sources", "sources", "--format", "json", *options, cwd=tmp))
        assert_sane(factcheck("conflicts", "--sources", "sources", *options, cwd=tmp))


# --- what the fuzz found ---------------------------------------------------------------------------


def test_a_long_word_in_a_source() -> None:
    """The e-mail mask once rescanned a long word from every position (60,000 letters: 20 s)."""
    with workspace() as tmp:
        (tmp / "sources").mkdir()
        (tmp / "sources" / "word.txt").write_text("a" * 200_000 + "\n", encoding="utf-8")
        assert_sane(factcheck("conflicts", "--sources", "sources", "--no-index", cwd=tmp, limit=10), in_example=False)
