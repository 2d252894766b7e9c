"""Claims files and drafts written to break factcheck (issue 15): each is an error at
``file:line:col`` (exit 2), a warning, or checked, and never a hang, a traceback or silence.

The CLI cases run ``python -m factcheck`` with a generous timeout, which is what catches a
hang (a FIFO opened for reading waits for a writer forever); nothing here asserts a time.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, write_tree
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import FactcheckError, InputError, InputErrors
from factcheck.inputs.claims import MAX_YAML_DEPTH, load_claims
from factcheck.inputs.drafts import MAX_NESTING, draft_claims, draft_warnings, find_drafts, read_draft
from factcheck.inputs.schema import MAX_CLAIM_CHARS, expected_value
from factcheck.inputs.sentences import sentence_spans
from factcheck.models import Claim
from factcheck.run.check import expected_values
from factcheck.sources.passages import period_ends_sentence

SENTENCE = "Kazakhstan ranked 155th out of 180 countries in the 2021 World Press Freedom Index."
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factcheck", *args, "--sources", str(SEEDS), "--no-index"],
                          cwd=cwd, capture_output=True, text=True, check=False, timeout=120)


def _errors(tmp_path: Path, text: str | bytes, name: str = "a.yaml") -> list[str]:
    write_tree(tmp_path, {name: text})
    with pytest.raises((InputError, InputErrors)) as exc:
        load_claims([tmp_path / name])
    value: FactcheckError = exc.value
    found = value.errors if isinstance(value, InputErrors) else [value]
    return [re.sub(rf"^{re.escape((tmp_path / name).as_posix())}:? ?", "", str(e)) for e in found]


# --- expect: values are validated like the rest of the schema ---------------------------


@pytest.mark.parametrize(("expect", "message"), [
    ("{date: 2019-13-45}", "3:18: 'expect.date' '2019-13-45' is not a date: month must be in 1..12"),
    ("{date: 2019-02-30}", "3:18: 'expect.date' '2019-02-30' is not a date: day is out of range for month"),
    ("{date: 2019-13}", "3:18: 'expect.date' '2019-13' is not a date: month must be in 1..12"),
    ("{date: 30 February 2019}", "3:18: 'expect.date' '30 February 2019' is not a date: day 30 is not in February 2019"),
    ("{date: soon}", "3:18: 'expect.date' 'soon' is not a date"),
    ("{number: abc}", "3:20: 'expect.number' 'abc' is not a number"),
    ("{number: .inf}", "3:20: 'expect.number' 'inf' is not a number"),
    ("{number: September 2019}", "3:20: 'expect.number' 'September 2019' is not a number"),
    ("{number: 2 and 3}", "3:20: 'expect.number' '2 and 3' holds 2 numbers ('2', '3'); give each as its own list item"),
    ("{date: [2019, 2019-00]}", "3:25: 'expect.date' '2019-00' is not a date: month must be in 1..12"),
])
def test_a_bad_expect_value_is_an_error_at_its_position(tmp_path: Path, expect: str, message: str) -> None:
    assert _errors(tmp_path, f"- id: a\n  claim: {SENTENCE}\n  expect: {expect}\n") == [message]


def test_every_expect_value_that_is_accepted_is_compared() -> None:
    """The schema and the checker read an entry with one function: what loads is compared."""
    cases = {("date", "2019-09"): (2019, 9, None), ("date", "2019-09-01"): (2019, 9, 1),
             ("date", "September 2019"): (2019, 9, None), ("date", "in 2018"): (2018, None, None)}
    for (kind, text), date in cases.items():
        assert expected_value(kind, text).date == date
    numbers = {"2": 2.0, "seven": 7.0, "40%": 40.0, "2019": 2019.0, "two years and three months": 27.0}
    for text, amount in numbers.items():
        assert expected_value("number", text).amount == amount
    claim = Claim("a", SENTENCE, "a.yaml", 1, expect=(("date", "2019-09"), ("number", "2019"), ("name", "Abai")))
    values = expected_values(claim)
    assert [(v.kind, v.text) for v in values] == [("date", "2019-09"), ("number", "2019"), ("name", "Abai")]
    assert all(v.start > len(SENTENCE) for v in values)


def test_a_bad_expect_value_fails_the_cli_run_with_exit_2(tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.yaml": f"- id: a\n  claim: {SENTENCE}\n  expect: {{number: abc}}\n"})
    run = _cli("check", "a.yaml", cwd=tmp_path)
    assert (run.returncode, run.stdout) == (2, "")
    assert run.stderr.splitlines() == ["error: a.yaml:3:20: 'expect.number' 'abc' is not a number"]


# --- guard limits -------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["claim", "quote"])
def test_a_claim_over_the_length_limit_is_an_error_naming_the_limit(tmp_path: Path, field: str) -> None:
    long = "The court ruled. " * (MAX_CLAIM_CHARS // 10)
    text = f"- id: a\n  claim: {SENTENCE}\n  {field}: {long}\n" if field == "quote" else f"- id: a\n  claim: {long}\n"
    [message] = _errors(tmp_path, text)
    assert re.fullmatch(rf"\d:\d+: '{field}' is [\d,]+ characters long, over the limit of 5,000 \(.*\)", message)


def test_a_claim_at_the_limit_is_accepted(tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.yaml": f"- id: a\n  claim: {'a' * MAX_CLAIM_CHARS}\n"})
    assert len(load_claims([tmp_path / "a.yaml"])[0].claims[0].text) == MAX_CLAIM_CHARS


# --- YAML nesting -------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "where"), [
    ("- id: a\n  claim: x\n  note: " + "[" * 5000 + "]" * 5000 + "\n", "3:107"),
    ("- id: a\n  claim: x\n  note:\n" + "".join("  " * (i + 2) + "- \n" for i in range(150)), "102:201"),
    ("- id: a\n  claim: x\n  note: " + "{a: " * 3000 + "}" * 3000 + "\n", "3:398"),
])
def test_yaml_nested_too_deeply_points_at_where_it_went_too_deep(tmp_path: Path, text: str, where: str) -> None:
    [message] = _errors(tmp_path, text)
    assert message.startswith(where) and message.endswith(f"invalid YAML: nested more than {MAX_YAML_DEPTH} levels deep")


def test_a_config_file_nested_too_deeply_is_an_error_with_a_position(tmp_path: Path) -> None:
    write_tree(tmp_path, {"factcheck.yaml": "check:\n  top: " + "[" * 3000 + "]" * 3000 + "\n",
                          "a.yaml": f"- id: a\n  claim: {SENTENCE}\n"})
    run = _cli("check", "a.yaml", cwd=tmp_path)
    assert (run.returncode, run.stdout) == (2, "")
    assert run.stderr.splitlines() == [
        f"error: factcheck.yaml:2:{8 + MAX_YAML_DEPTH - 2}: invalid YAML: nested more than {MAX_YAML_DEPTH} levels deep"]


# --- encodings ----------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_claims_and_drafts_are_named_as_such(tmp_path: Path, encoding: str) -> None:
    name = encoding.upper().split("-")[0] + "-" + encoding.split("-")[1][:2]
    write_tree(tmp_path, {"a.yaml": f"- id: a\n  claim: {SENTENCE}\n".encode(encoding),
                          "d.md": f"{SENTENCE}\n".encode(encoding)})
    expected = f"{name} text is not supported; save it as UTF-8"
    assert _errors(tmp_path, f"- id: a\n  claim: {SENTENCE}\n".encode(encoding)) == [expected]
    with pytest.raises(InputError, match=f": {expected}$"):
        read_draft(str(tmp_path / "d.md"))


def test_binary_is_still_binary(tmp_path: Path) -> None:
    assert _errors(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x01\x00\x07") == ["binary file, not YAML"]


# --- only regular files -------------------------------------------------------------------


@needs_fifo
def test_a_fifo_in_a_claims_folder_is_skipped_with_a_warning(tmp_path: Path) -> None:
    write_tree(tmp_path, {"claims/a.yaml": f"- id: a\n  claim: {SENTENCE}\n"})
    os.mkfifo(tmp_path / "claims" / "pipe.yaml")
    warnings: list[str] = []
    [loaded] = load_claims([tmp_path / "claims"], warnings)
    assert loaded.path.endswith("claims/a.yaml")
    assert warnings == [f"{(tmp_path / 'claims' / 'pipe.yaml').as_posix()}: is a FIFO (named pipe), "
                        "not a regular file; only regular files are read (skipped)"]
    run = _cli("check", "claims", "--format", "json", cwd=tmp_path)  # the timeout catches a hang
    assert run.returncode == 0, run.stderr
    assert run.stderr.splitlines() == [
        "warning: claims/pipe.yaml: is a FIFO (named pipe), not a regular file; only regular files are read (skipped)"]


@needs_fifo
def test_a_fifo_named_on_the_command_line_is_an_error(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.yaml")
    os.mkfifo(tmp_path / "pipe.md")
    for command, name in (("check", "pipe.yaml"), ("verify", "pipe.md")):
        run = _cli(command, name, cwd=tmp_path)
        assert (run.returncode, run.stdout) == (2, "")
        assert run.stderr.splitlines() == [
            f"error: {name}: is a FIFO (named pipe), not a regular file; only regular files are read"]


@needs_fifo
def test_a_fifo_in_a_drafts_folder_is_skipped_with_a_warning(tmp_path: Path) -> None:
    write_tree(tmp_path, {"drafts/a.md": f"{SENTENCE}\n"})
    os.mkfifo(tmp_path / "drafts" / "pipe.md")
    warnings: list[str] = []
    assert find_drafts([str(tmp_path / "drafts")], warnings) == [(tmp_path / "drafts" / "a.md").as_posix()]
    assert [w.split(": ", 1)[1] for w in warnings] == [
        "is a FIFO (named pipe), not a regular file; only regular files are read (skipped)"]
    run = _cli("verify", "drafts", cwd=tmp_path)
    assert run.returncode in (0, 1) and "drafts/pipe.md: is a FIFO" in run.stderr


# --- Markdown nesting: checked, or reported with its line -----------------------------------


def _checked_lines(path: Path) -> list[int]:
    return [item.line for item in draft_claims(read_draft(str(path))) if item.claim is not None]


def test_a_list_nested_ten_deep_keeps_every_item(tmp_path: Path) -> None:
    lines = ["  " * depth + f"- Item {depth} says Kazakhstan ranked 155th in 2021." for depth in range(10)]
    write_tree(tmp_path, {"d.md": "\n".join(lines) + "\n"})
    draft = read_draft(str(tmp_path / "d.md"))
    assert _checked_lines(tmp_path / "d.md") == list(range(1, 11)) and draft.warnings == ()


@pytest.mark.parametrize("prefix", [">" * 20 + " ", "> " * 40])
def test_a_deep_blockquote_is_checked(tmp_path: Path, prefix: str) -> None:
    write_tree(tmp_path, {"d.md": f"# Title\n\n{prefix}{SENTENCE}\n"})
    assert _checked_lines(tmp_path / "d.md") == [3]
    assert read_draft(str(tmp_path / "d.md")).warnings == ()


@pytest.mark.parametrize("body", [
    "> " * (MAX_NESTING + 10) + SENTENCE + "\n",
    "\n".join("  " * depth + f"- Item {depth} in 2021." for depth in range(MAX_NESTING)) + "\n",
])
def test_content_beyond_the_nesting_limit_is_reported_with_its_line(tmp_path: Path, body: str) -> None:
    write_tree(tmp_path, {"d.md": f"# Title\n\n{body}"})
    draft = read_draft(str(tmp_path / "d.md"))
    assert draft.warnings, "dropped without a word"
    assert all(re.match(rf".*/d\.md:\d+: Markdown nested more than {MAX_NESTING} levels deep; .* is not checked$", w)
               for w in draft.warnings)
    line = int(draft.warnings[0].split(":")[1])
    assert line >= 3


# --- empty drafts and drafts with nothing to check -------------------------------------------


@pytest.mark.parametrize(("text", "message"), [
    ("", "empty draft: nothing to check"),
    ("\n  \n", "empty draft: nothing to check"),
    ("# Only a title\n\n```\ncode 2019.\n```\n", "no sentence to check (only headings, code, tables or front matter)"),
    ("I think this matters. It really does.\n", "no checkable sentence: all 2 sentences were skipped"),
    ("This is wonderful news.\n", "no checkable sentence: its one sentence was skipped"),
])
def test_a_draft_with_nothing_to_check_warns(tmp_path: Path, text: str, message: str) -> None:
    write_tree(tmp_path, {"d.md": text})
    draft = read_draft(str(tmp_path / "d.md"))
    assert draft_warnings(draft, draft_claims(draft)) == (f"{tmp_path.as_posix()}/d.md: {message}",)


def test_a_draft_with_nothing_to_check_warns_on_the_cli_and_exits_0(tmp_path: Path) -> None:
    write_tree(tmp_path, {"empty.md": ""})
    run = _cli("verify", "empty.md", cwd=tmp_path)
    assert run.returncode == 0
    assert run.stderr.splitlines() == ["warning: empty.md: empty draft: nothing to check"]


def test_a_draft_with_a_checkable_sentence_does_not_warn(tmp_path: Path) -> None:
    write_tree(tmp_path, {"d.md": f"# Title\n\n{SENTENCE} I think so.\n"})
    draft = read_draft(str(tmp_path / "d.md"))
    assert draft_warnings(draft, draft_claims(draft)) == ()


# --- over-long sentences and linear time ------------------------------------------------------


def test_an_overlong_sentence_is_skipped_with_a_warning_naming_its_line(tmp_path: Path) -> None:
    write_tree(tmp_path, {"d.txt": f"{SENTENCE}\n\nIt began in 2019. Then " + "it went on and on, " * 400 + "to 2020.\n"})
    draft = read_draft(str(tmp_path / "d.txt"))
    items = draft_claims(draft)
    assert [i.claim is not None for i in items] == [True, True, False]
    long = items[2]
    assert long.skipped_reason == "sentence of 7,613 characters, over the limit of 5,000: not checked (split it into sentences)"
    assert len(long.text) < 300  # the report shows its start only
    assert draft_warnings(draft, items) == (f"{tmp_path.as_posix()}/d.txt:3:19: {long.skipped_reason}",)


def test_a_quotation_left_open_is_split_at_its_full_stops_when_over_the_limit(tmp_path: Path) -> None:
    """A quotation that closes paragraphs later holds its full stops together (a quoted passage
    stays with the sentence that quotes it) until that is over the limit."""
    items_text = " ".join(f"Item {n} came in 2019." for n in range(400))
    write_tree(tmp_path, {"d.txt": f"He said: \u201cIt was fine. {items_text} That was all.\u201d\n",
                          "short.txt": "He said: \u201cIt was fine. Item 1 came in 2019.\u201d\n"})
    draft = read_draft(str(tmp_path / "d.txt"))
    items = draft_claims(draft)
    assert len(items) == 402 and all(len(i.text) < 100 for i in items)
    assert items[1].text == "Item 0 came in 2019." and items[1].column == len("He said: \u201cIt was fine. ") + 1
    [warning] = draft_warnings(draft, items)
    assert warning.endswith(":1:1: sentence of 9,127 characters (a quotation mark left open?), over the limit of "
                            "5,000: split at its full stops and checked in parts")
    assert len(draft_claims(read_draft(str(tmp_path / "short.txt")))) == 1


def test_a_five_megabyte_one_line_draft_is_verified(tmp_path: Path) -> None:
    """Splitting and reading are linear: this took hours before (a timeout, not a timing, is asserted)."""
    write_tree(tmp_path, {"big.md": "the cat sat on the mat. " * (5 * 2**20 // 24) + "\n",
                          "many.md": "The cat sat on the mat, e.g. here. " * (2**20 // 35) + "\n"})
    run = _cli("verify", "big.md", "many.md", "--format", "json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "big.md:1:1: sentence of 5,242,87" in run.stderr
    assert "many.md: no checkable sentence: all 29959 sentences were skipped" in run.stderr


# --- the splitter gives the sentences it gave before -------------------------------------------


def _reference_spans(text: str) -> list[tuple[int, int]]:
    """The splitter as it was before issue 15 (quadratic: it copies the rest at every full stop),
    kept as the oracle of the linear one; its abbreviation rule is today's shared one."""
    terminator, word_before = re.compile(r"[.!?…]+[\"'”’»)\]]*"), re.compile(r"([\w.]+)$")
    def open_quote(part: str) -> bool:
        return part.count("“") > part.count("”") or part.count("«") > part.count("»") or part.count('"') % 2 == 1

    def no_break(start: int, match: re.Match[str]) -> bool:
        word = word_before.search(text, start, match.start())
        before = word.group(1) if word else ""
        after = len(text) - len(text[match.end():].lstrip())
        # the abbreviation rule is shared with the sources' splitter (issue 11); this oracle checks the scan
        if match.group()[0] == "." and period_ends_sentence(before, text, after) is False:
            return True
        return open_quote(text[start:match.end()]) and not open_quote(text[start:])

    spans: list[tuple[int, int]] = []
    start = len(text) - len(text.lstrip())
    for match in terminator.finditer(text):
        end = match.end()
        rest = text[end:].lstrip()
        head = rest.lstrip("\"'“‘«([")
        starts = bool(head) and (head[0].isupper() or head[0].isdigit())
        if rest and text[end:end + 1].isspace() and starts and not no_break(start, match):
            spans.append((start, end))
            start = len(text) - len(rest)
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


PIECES = ["a", "B", "7", " ", "\n", "\t", "\u00a0", ".", "!", "?", "…", '"', "'", "“", "”", "‘", "’", "«", "»", "(",
          ")", "[", "]", "_", "Ⅻ", "٣", "Mr.", "No. ", "U.S.", " Dr. ", "e.g. ", "J. R. ", "c. 1491", "Word"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60))
def test_the_linear_splitter_agrees_with_the_old_one(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert sentence_spans(text) == _reference_spans(text)


def test_the_linear_splitter_agrees_on_real_drafts_and_random_text() -> None:
    drafts = sorted((ROOT / "tests" / "data" / "drafts").rglob("*.*"))
    texts = [path.read_text(encoding="utf-8") for path in drafts]
    rng = random.Random(15)
    texts += ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 200))) for _ in range(2000)]
    for text in texts:
        for paragraph in [text, *text.split("\n\n")]:
            assert sentence_spans(paragraph) == _reference_spans(paragraph)
