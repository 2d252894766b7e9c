"""Tests for factcheck.inputs.claims: both file forms, defaults, sources, and every input error."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.errors import FactcheckError, InputError, InputErrors
from factcheck.inputs.claims import ClaimFile, find_claim_files, load_claim_file, load_claims
from factcheck.models import Acceptance, Claim

SENTENCE = "In September 2019 Batyrbekov was sentenced to two years and three months in prison."
SEED = "002_c17141c48ebfc846.txt"


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    """Create ``files`` (relative path -> text or bytes) under ``root``."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Run every test from ``tmp_path`` so that paths are shown relative to it."""
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def messages(exc: pytest.ExceptionInfo[FactcheckError]) -> list[str]:
    """Return the error lines of a raised InputError or InputErrors."""
    value = exc.value
    return [str(e) for e in value.errors] if isinstance(value, InputErrors) else [str(value)]


def load_errors(tmp_path: Path, text: str | bytes, name: str = "claims/a.yaml") -> list[str]:
    """Write one claims file, load it, and return the error lines it raises."""
    write_tree(tmp_path, {name: text})
    with pytest.raises((InputError, InputErrors)) as exc:
        load_claims([name])
    return messages(exc)


MAPPING_FORM = f"""\
sources: ../seeds
defaults:
  cite: {SEED}
  tags: [abai-case]
claims:
  - id: batyrbekov-sentence
    claim: {SENTENCE}
    quote: "he was sentenced to two years and three months in prison"
    expect:
      date: 2019-09
      number: [2, 3]
      name: Batyrbekov
    note: anything at all
  - id: batyrbekov-libel
    claim: >
      Batyrbekov faced libel charges after he wrote about the rape in 2018.
    cite: [{SEED}, 000_38fea943e4c83ed6.txt]
    tags: libel
    accept: {{verdict: partial, reason: "reviewed"}}
"""


# --- valid files -------------------------------------------------------------------


def test_mapping_form_with_defaults_and_sources(tmp_path: Path) -> None:
    write_tree(tmp_path, {"claims/abai.yaml": MAPPING_FORM})
    loaded = load_claim_file("claims/abai.yaml")
    first = Claim(
        id="batyrbekov-sentence", text=SENTENCE, file="claims/abai.yaml", line=6,
        quote="he was sentenced to two years and three months in prison", cite=(SEED,),
        expect=(("date", "2019-09"), ("number", "2"), ("number", "3"), ("name", "Batyrbekov")),
        tags=("abai-case",),
    )
    second = Claim(
        id="batyrbekov-libel", text="Batyrbekov faced libel charges after he wrote about the rape in 2018.",
        file="claims/abai.yaml", line=14, cite=(SEED, "000_38fea943e4c83ed6.txt"), tags=("libel",),
        accept=(Acceptance("partial", "reviewed"),),
    )
    assert loaded == ClaimFile(path="claims/abai.yaml", sources=("seeds",), claims=(first, second))


def test_list_form(tmp_path: Path) -> None:
    write_tree(tmp_path, {"claims/a.yml": f"- id: s1\n  claim: {SENTENCE}\n  cite: {SEED}\n"})
    [loaded] = load_claims(["claims/a.yml"])
    assert loaded.sources == ()
    assert loaded.claims == (Claim(id="s1", text=SENTENCE, file="claims/a.yml", line=1, cite=(SEED,)),)


def test_defaults_do_not_override_what_a_claim_sets(tmp_path: Path) -> None:
    text = f"""\
defaults:
  cite: {SEED}
  expect: {{date: 2019-09}}
claims:
  - id: own
    claim: {SENTENCE}
    cite: []
    expect: {{number: 2}}
  - id: inherited
    claim: {SENTENCE}
"""
    write_tree(tmp_path, {"a.yaml": text})
    own, inherited = load_claim_file("a.yaml").claims
    assert (own.cite, own.expect) == ((), (("number", "2"),))
    assert (inherited.cite, inherited.expect) == ((SEED,), (("date", "2019-09"),))


def test_int_id_is_taken_as_written(tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.yaml": f"- id: 12\n  claim: {SENTENCE}\n- id: 007\n  claim: x\n"})
    assert [c.id for c in load_claim_file("a.yaml").claims] == ["12", "007"]


def test_expect_values_become_text(tmp_path: Path) -> None:
    text = (
        "- id: e\n  claim: x\n  expect:\n"
        "    date: [2019-09-01, 2019-09, September 2019]\n"
        "    number: [2, 2.5, 1_000]\n"
        "    name: [Batyrbekov, No]\n"
    )
    write_tree(tmp_path, {"a.yaml": text})
    [claim] = load_claim_file("a.yaml").claims
    assert claim.expect == (
        ("date", "2019-09-01"), ("date", "2019-09"), ("date", "September 2019"),
        ("number", "2"), ("number", "2.5"), ("number", "1000"),
        ("name", "Batyrbekov"), ("name", "No"),
    )


def test_text_fields_keep_their_spelling(tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.yaml": "- id: t\n  claim: '  padded  '\n  cite: 002\n  tags: [2019, abai]\n"})
    [claim] = load_claim_file("a.yaml").claims
    assert (claim.text, claim.cite, claim.tags) == ("padded", ("002",), ("2019", "abai"))


def test_bom_is_accepted(tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.yaml": b"\xef\xbb\xbf- id: bom\n  claim: x\n"})
    [claim] = load_claim_file("a.yaml").claims
    assert (claim.id, claim.line) == ("bom", 1)


def test_empty_claims_list_is_allowed(tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.yaml": "claims: []\n"})
    assert load_claim_file("a.yaml") == ClaimFile("a.yaml", (), ())


# --- sources -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claims_path", "sources", "expected"),
    [
        ("claims/x.yaml", "../seeds", ("seeds",)),
        ("claims/x.yaml", "[corpus, ./more/../other]", ("claims/corpus", "claims/other")),
        ("x.yaml", ".", (".",)),
        ("claims/x.yaml", "/data/seeds", ("/data/seeds",)),
        ("claims/x.yaml", "[]", ()),
    ],
)
def test_sources_resolve_against_the_claims_folder(
    tmp_path: Path, claims_path: str, sources: str, expected: tuple[str, ...]
) -> None:
    write_tree(tmp_path, {claims_path: f"sources: {sources}\nclaims: []\n"})
    assert load_claim_file(claims_path).sources == expected


def test_home_source_stays_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", "/home/writer")
    write_tree(tmp_path, {"claims/x.yaml": "sources: ~/seeds\nclaims: []\n"})
    assert load_claim_file("claims/x.yaml").sources == ("/home/writer/seeds",)


def test_absolute_claims_path_gives_cwd_relative_sources(tmp_path: Path) -> None:
    write_tree(tmp_path, {"claims/x.yaml": "sources: ../seeds\nclaims: []\n"})
    loaded = load_claim_file(tmp_path / "claims" / "x.yaml")
    assert loaded.path == (tmp_path / "claims" / "x.yaml").as_posix()
    assert loaded.sources == ("seeds",)


def test_claims_outside_cwd_give_absolute_sources(tmp_path: Path) -> None:
    write_tree(tmp_path, {"outside/claims/x.yaml": "sources: ../seeds\nclaims: []\n", "work/.keep": ""})
    os.chdir(tmp_path / "work")
    loaded = load_claim_file(tmp_path / "outside" / "claims" / "x.yaml")
    assert loaded.sources == ((tmp_path / "outside" / "seeds").as_posix(),)


# --- discovery -----------------------------------------------------------------------


def test_folder_discovery_is_sorted_recursive_and_skips_hidden(tmp_path: Path) -> None:
    write_tree(tmp_path, {name: "[]" for name in [
        "claims/b.yaml", "claims/a.yml", "claims/sub/c.yaml", "claims/a/z.yaml",
        "claims/.hidden.yaml", "claims/.git/x.yaml", "claims/notes.txt", "claims/README.md",
    ]})
    found = [p.as_posix() for p in find_claim_files(["claims"])]
    assert found == ["claims/a.yml", "claims/a/z.yaml", "claims/b.yaml", "claims/sub/c.yaml"]


def test_a_file_is_taken_whatever_its_extension_and_read_once(tmp_path: Path) -> None:
    write_tree(tmp_path, {"claims/list.txt": "[]", "claims/a.yaml": "[]"})
    found = find_claim_files(["claims/list.txt", "claims", "./claims/a.yaml"])
    assert [p.as_posix() for p in found] == ["claims/list.txt", "claims/a.yaml"]


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    write_tree(tmp_path, {"empty/notes.txt": "x", "claims/a.yaml": "[]"})
    with pytest.raises(InputErrors) as exc:
        find_claim_files(["nope.yaml", "claims", "empty"])
    assert messages(exc) == [
        "nope.yaml: no such file or folder",
        "empty: no claims files (*.yaml, *.yml) in this folder",
    ]


def test_load_claims_reports_a_single_error_as_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^missing\.yaml: no such file or folder$"):
        load_claims(["missing.yaml"])


# --- schema errors -------------------------------------------------------------------


def test_unknown_key_with_suggestion(tmp_path: Path) -> None:
    text = f"claims:\n  - id: s1\n    claim: {SENTENCE}\n    qoute: he was sentenced\n"
    assert load_errors(tmp_path, text) == [
        ("claims/a.yaml:4:5: unknown key 'qoute' in claim (expected one of: id, claim, quote, "
         "cite, expect, tags, note, accept); did you mean 'quote'?")
    ]


def test_unknown_keys_at_top_level_in_defaults_and_in_expect(tmp_path: Path) -> None:
    text = (
        "source: ../seeds\n"
        "defaults:\n  quote: x\n  cites: y\n"
        "claims:\n  - id: s1\n    claim: x\n    expect: {when: 2019}\n    colour: red\n"
    )
    assert load_errors(tmp_path, text) == [
        ("claims/a.yaml:1:1: unknown key 'source' at top level (expected one of: sources, defaults, claims);"
         " did you mean 'sources'?"),
        ("claims/a.yaml:3:3: unknown key 'quote' in defaults (expected one of: cite, tags, expect);"
         " 'quote' cannot be a default, set it on each claim"),
        ("claims/a.yaml:4:3: unknown key 'cites' in defaults (expected one of: cite, tags, expect);"
         " did you mean 'cite'?"),
        "claims/a.yaml:8:14: unknown key 'when' in expect (expected one of: date, number, name)",
        ("claims/a.yaml:9:5: unknown key 'colour' in claim (expected one of: id, claim, quote, cite,"
         " expect, tags, note, accept)"),
    ]


def test_missing_required_keys_point_at_the_record(tmp_path: Path) -> None:
    text = f"- id: s1\n  cite: {SEED}\n-   claim: {SENTENCE}\n"
    assert load_errors(tmp_path, text) == [
        "claims/a.yaml:1:3: missing required key 'claim' in claim",
        "claims/a.yaml:3:5: missing required key 'id' in claim",
    ]


def test_missing_claims_list_in_mapping_form(tmp_path: Path) -> None:
    assert load_errors(tmp_path, "sources: ../seeds\n") == [
        "claims/a.yaml:1:1: missing required key 'claims' (the list of claims)"
    ]


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ("  cite: {a: b}", "3:9: 'cite' must be a string or a list of strings, got a mapping"),
        ("  cite: [a, [b]]", ("3:9: 'cite' must be a string or a list of strings, "
         "got a nested list or mapping")),
        ("  tags: [abai, yes]",
         "3:16: 'tags[1]' must be a string, got a boolean (write \"yes\" in quotes to make it text)"),
        ("  quote:", "3:9: 'quote' must be a string, got nothing (null)"),
        ("  quote: '   '", "3:10: 'quote' must not be empty"),
        ("  expect: 2019", "3:11: 'expect' must be a mapping with keys date, number, name, got a number"),
        ("  expect: {number: [[2]]}", "3:21: 'expect.number' must be a value or a list of values, got a list"),
        ("  expect: {name: ~}", "3:18: 'expect.name' must be a value or a list of values, got nothing (null)"),
        ("  accept: [a]", "3:12: an 'accept' entry must be a mapping like {verdict: partial, reason: ...}, got a string"),
        ("  note: [anything, {goes: here}]", None),
    ],
)
def test_wrong_types_point_at_the_value(tmp_path: Path, record: str, expected: str | None) -> None:
    text = f"- id: s1\n  claim: {SENTENCE}\n{record}\n"
    write_tree(tmp_path, {"claims/a.yaml": text})
    if expected is None:
        assert len(load_claims(["claims/a.yaml"])[0].claims) == 1
    else:
        assert load_errors(tmp_path, text) == [f"claims/a.yaml:{expected}"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1.5", "'id' must be a string, got a number (write \"1.5\" in quotes to make it text)"),
        ("true", "'id' must be a string, got a boolean (write \"true\" in quotes to make it text)"),
        ("null", "'id' must be a string, got nothing (null)"),
        ("'two words'", "invalid claim id 'two words' (use only letters, digits, '.', '_' and '-')"),
        ("[a]", "'id' must be a string, got a list"),
    ],
)
def test_bad_ids(tmp_path: Path, value: str, expected: str) -> None:
    assert load_errors(tmp_path, f"- claim: x\n  id: {value}\n") == [f"claims/a.yaml:2:7: {expected}"]


def test_claim_must_be_non_empty_text(tmp_path: Path) -> None:
    assert load_errors(tmp_path, "- id: s1\n  claim: ''\n- id: s2\n  claim: [a]\n") == [
        "claims/a.yaml:2:10: 'claim' must not be empty",
        "claims/a.yaml:4:10: 'claim' must be a string, got a list",
    ]


def test_bad_shapes(tmp_path: Path) -> None:
    assert load_errors(tmp_path, "just a sentence\n") == [
        "claims/a.yaml:1:1: a claims file must be a list of claims or a mapping with a 'claims' list, got a string"
    ]
    assert load_errors(tmp_path, "claims: {id: x}\n") == [
        "claims/a.yaml:1:9: 'claims' must be a list of claims, got a mapping"
    ]
    assert load_errors(tmp_path, "claims:\n  - just text\n") == [
        "claims/a.yaml:2:5: a claim must be a mapping with 'id' and 'claim', got a string"
    ]
    assert load_errors(tmp_path, "defaults: [a]\nclaims: []\n") == [
        "claims/a.yaml:1:11: 'defaults' must be a mapping, got a list"
    ]


def test_duplicate_keys_anywhere(tmp_path: Path) -> None:
    text = f"- id: s1\n  claim: {SENTENCE}\n  note: {{a: 1, a: 2}}\n  claim: again\n"
    assert load_errors(tmp_path, text) == [
        "claims/a.yaml:3:16: duplicate key 'a' (first at line 3)",
        "claims/a.yaml:4:3: duplicate key 'claim' (first at line 2)",
    ]


def test_unsupported_tag(tmp_path: Path) -> None:
    assert load_errors(tmp_path, "- id: s1\n  claim: !!python/name:os.system x\n") == [
        "claims/a.yaml:2:10: unsupported YAML tag '!!python/name:os.system'",
        "claims/a.yaml:2:10: 'claim' must be a string, got a '!!python/name:os.system' value",
    ]


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    write_tree(tmp_path, {
        "claims/a.yaml": f"claims:\n  - id: x\n    claim: {SENTENCE}\n",
        "claims/b.yaml": "claims:\n  - id: y\n    claim: a\n\n  - id: x\n    claim: b\n  - id: y\n    claim: c\n",
    })
    with pytest.raises(InputErrors) as exc:
        load_claims(["claims"])
    assert messages(exc) == [
        "claims/b.yaml:5:5: duplicate claim id 'x' (first at claims/a.yaml:2:5)",
        "claims/b.yaml:7:5: duplicate claim id 'y' (first at claims/b.yaml:2:5)",
    ]


def test_duplicate_id_within_one_file(tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.yaml": "- id: x\n  claim: a\n- id: x\n  claim: b\n"})
    with pytest.raises(InputError, match=r"^a\.yaml:3:3: duplicate claim id 'x' \(first at a\.yaml:1:3\)$"):
        load_claim_file("a.yaml")


def test_errors_of_all_files_are_collected_in_file_order(tmp_path: Path) -> None:
    write_tree(tmp_path, {
        "claims/b.yaml": "- id: b\n  claim: ok\n  cite: {}\n",
        "claims/a.yaml": "- id: a\n  qoute: q\n",
    })
    with pytest.raises(InputErrors) as exc:
        load_claims(["claims", "gone"])
    lines = messages(exc)
    assert lines[0] == "gone: no such file or folder"
    assert lines[1].startswith("claims/a.yaml:1:3: missing required key 'claim'")
    assert lines[2].startswith("claims/a.yaml:2:3: unknown key 'qoute'")
    assert lines[3].startswith("claims/b.yaml:3:9: 'cite' must be")
    assert len(lines) == 4


# --- YAML and file-level errors ----------------------------------------------------------


def test_yaml_syntax_error_has_line_and_column(tmp_path: Path) -> None:
    assert load_errors(tmp_path, "- id: s1\n  claim: [unclosed\n") == [
        "claims/a.yaml:3:1: invalid YAML: expected ',' or ']', but got '<stream end>'"
    ]
    assert load_errors(tmp_path, "- id: s1\n  claim: a: b\n") == [
        "claims/a.yaml:2:11: invalid YAML: mapping values are not allowed here"
    ]


def test_control_character_is_invalid_yaml(tmp_path: Path) -> None:
    assert load_errors(tmp_path, "- id: s1\n  claim: a\x01b\n") == [
        "claims/a.yaml:2:11: invalid YAML: control character U+0001 is not allowed"
    ]


def test_several_documents(tmp_path: Path) -> None:
    assert load_errors(tmp_path, "- id: a\n  claim: x\n---\n- id: b\n  claim: y\n") == [
        "claims/a.yaml:4:1: several YAML documents in one file; a claims file holds one"
    ]


@pytest.mark.parametrize("text", ["", "# only a comment\n", "---\n", "\n\n"])
def test_empty_file(tmp_path: Path, text: str) -> None:
    assert load_errors(tmp_path, text) == ["claims/a.yaml:1:1: empty claims file"]


def test_not_utf8(tmp_path: Path) -> None:
    data = b"- id: s1\n  claim: Abai\n\xff\xfe\n"
    assert load_errors(tmp_path, data) == ["claims/a.yaml:3: not UTF-8 text (byte 0xff at offset 23)"]


def test_not_utf8_offset_counts_the_bom(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf- id: \xe9\n"
    assert load_errors(tmp_path, data) == ["claims/a.yaml:1: not UTF-8 text (byte 0xe9 at offset 9)"]


def test_binary_file(tmp_path: Path) -> None:
    assert load_errors(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00") == ["claims/a.yaml: binary file, not YAML"]


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_tree(tmp_path, {"a.yaml": "[]"})

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    with pytest.raises(InputError, match=r"^a\.yaml: cannot read file: Permission denied$"):
        load_claim_file("a.yaml")


def test_load_claim_file_on_a_folder_or_missing_file(tmp_path: Path) -> None:
    (tmp_path / "claims").mkdir()
    with pytest.raises(InputError, match=r"^claims: is a folder, not a claims file$"):
        load_claim_file("claims")
    with pytest.raises(InputError, match=r"^nope\.yaml: no such file or folder$"):
        load_claim_file("nope.yaml")


def test_nothing_partial_is_returned(tmp_path: Path) -> None:
    write_tree(tmp_path, {"claims/a.yaml": "- id: ok\n  claim: fine\n", "claims/b.yaml": "- id: bad\n"})
    with pytest.raises(InputError, match=r"^claims/b\.yaml:1:3: missing required key 'claim' in claim$"):
        load_claims(["claims"])
