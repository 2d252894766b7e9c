"""The WordNet antonym table (factcheck/lexicon): its data files, and the lookup through inflected forms."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from factcheck.lexicon import antonyms as lexicon
from factcheck.lexicon import synonyms as synonyms_module
from factcheck.lexicon.antonyms import are_antonyms, base_forms, load_antonyms

ROOT = Path(__file__).resolve().parent.parent
DATA = resources.files("factcheck.lexicon")
WORDNET = Path("/usr/share/wordnet")


def _data_lines(name: str) -> list[str]:
    return [line for line in DATA.joinpath(name).read_text(encoding="utf-8").splitlines() if not line.startswith("#")]


def _header(name: str) -> str:
    lines = DATA.joinpath(name).read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if line.startswith("#"))


# --- the shipped files ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["antonyms.tsv", "phrasal_antonyms.tsv", "synonyms.tsv", "inflections.tsv",
                                  "repetitions.tsv"])
def test_the_header_names_wordnet_and_its_licence(name: str) -> None:
    header = _header(name)
    assert DATA.joinpath(name).read_text(encoding="utf-8").startswith("# ")
    assert "WordNet 3.0" in header and "Princeton University" in header
    assert "LICENSE-WordNet.txt" in header and "scripts/build_antonyms.py" in header


def test_every_antonym_line_is_well_formed_sorted_and_unique() -> None:
    lines = _data_lines("antonyms.tsv")
    assert len(lines) > 2000
    rows = []
    for line in lines:
        fields = line.split("\t")
        assert len(fields) == 3, line
        a, b, pos = fields
        assert re.fullmatch(r"[a-z]{3,}", a) and re.fullmatch(r"[a-z]{3,}", b), line
        assert a < b, line
        assert pos in {"n", "v", "a", "r"}, line
        rows.append((a, b, pos))
    assert rows == sorted(set(rows))
    assert {pos for _a, _b, pos in rows} == {"n", "v", "a", "r"}


def test_every_phrasal_antonym_line_is_a_phrasal_verb_against_a_verb_sorted_and_unique() -> None:
    lines = _data_lines("phrasal_antonyms.tsv")
    assert len(lines) > 500
    rows = []
    for line in lines:
        a, b, pos = line.split("\t")
        assert pos == "v" and a < b, line
        assert "_" in a + b, line  # at least one phrasal verb; the single-word pairs are antonyms.tsv's
        for word in (a, b):
            assert re.fullmatch(r"[a-z]{2,}(?:_[a-z]+)?", word), line
        rows.append((a, b))
    assert rows == sorted(set(rows))
    assert ("accept", "turn_down") in rows and ("go_down", "go_up") in rows


def test_every_inflection_line_is_well_formed_and_leads_to_the_table() -> None:
    by_pos = lexicon._antonyms_by_pos()
    synonyms_by_pos = synonyms_module._synonyms_by_pos()
    rows = []
    for line in _data_lines("inflections.tsv"):
        fields = line.split("\t")
        assert len(fields) == 3, line
        form, lemma, pos = fields
        assert re.fullmatch(r"[a-z]+", form) and re.fullmatch(r"[a-z]+", lemma) and pos in by_pos, line
        # an exception reaches one of the tables; a guard names itself
        assert lemma in by_pos[pos] or lemma in synonyms_by_pos[pos] or lemma == form, line
        rows.append((form, lemma, pos))
    assert rows == sorted(set(rows))
    assert ("rose", "rise", "v") in rows and ("better", "good", "a") in rows and ("forest", "forest", "a") in rows


def test_the_licence_is_shipped_verbatim() -> None:
    text = DATA.joinpath("LICENSE-WordNet.txt").read_text(encoding="utf-8")
    assert "WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved." in text
    assert 'THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON' in text
    assert "Princeton University and LICENSEE agrees to preserve same." in text


@pytest.mark.skipif(not (WORDNET / "data.adj").exists(), reason="needs Debian's wordnet-base in /usr/share/wordnet")
def test_the_build_script_reproduces_the_shipped_files(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_antonyms.py"), str(WORDNET), "--out-dir",
                    str(tmp_path)], check=True, capture_output=True)
    for name in ("antonyms.tsv", "phrasal_antonyms.tsv", "synonyms.tsv", "inflections.tsv", "repetitions.tsv",
                 "LICENSE-WordNet.txt"):
        assert (tmp_path / name).read_bytes() == DATA.joinpath(name).read_bytes(), name


# --- load_antonyms ----------------------------------------------------------------------------------------------


def test_the_table_is_symmetric_cached_and_read_only() -> None:
    table = load_antonyms()
    assert table is load_antonyms()
    for word, others in table.items():
        assert word not in others
        for other in others:
            assert word in table[other], (word, other)
    with pytest.raises(TypeError):
        table["increase"] = frozenset()  # type: ignore[index]


@pytest.mark.parametrize(("word", "expected"), [
    ("increase", {"decrease"}), ("rise", {"fall"}), ("win", {"lose"}), ("approve", {"disapprove", "reject"}),
    ("convict", {"acquit"}), ("acquit", {"convict"}), ("victory", {"defeat"}), ("guilty", {"innocent"}),
    ("legal", {"illegal"}), ("include", {"exclude"}), ("true", {"false"}),
])
def test_wordnet_gives_these_antonyms(word: str, expected: set[str]) -> None:
    """Direct antonyms, and those of their synonyms (approve / reject through {disapprove, reject})."""
    assert expected <= load_antonyms()[word]


def test_wordnet_gives_these_among_others() -> None:
    table = load_antonyms()
    assert {"close", "closed", "shut"} <= table["open"]
    assert {"reject", "refuse"} <= table["accept"]
    assert {"deny", "disallow"} <= table["allow"]
    assert {"less", "fewer"} <= table["more"]
    assert "last" in table["first"]


def test_what_wordnet_does_not_say_is_not_there() -> None:
    table = load_antonyms()
    assert "before" not in table  # WordNet has no antonym for "before"
    assert table["confirm"] == {"contradict", "negate"}  # through {confirm, corroborate}: not "deny"
    assert table["approve"] == {"disapprove", "reject"}  # "disapprove" and its synonym in {disapprove, reject}


def test_rare_senses_auxiliaries_and_indirect_antonyms_are_left_out() -> None:
    table = load_antonyms()
    assert "set" not in table["rise"]  # the sun's rising and setting: 1 of 129 tagged uses of "rise"
    assert "break" not in table.get("make", ())
    assert "second" not in table["first"]
    assert "have" not in table  # have/lack: "has" is mostly an auxiliary
    assert "childlike" not in table  # a satellite of "young": WordNet sets it against "old" only indirectly
    assert not any("_" in w or "-" in w or len(w) < 3 for w in table)


def test_a_verb_wordnet_defines_as_a_way_of_an_opposed_verb_inherits_the_opposition() -> None:
    """ban: "prohibit especially by legal means" under {forbid, prohibit}, opposed to {permit, allow};
    jump: "increase suddenly and significantly", two levels under {increase}, opposed to {decrease, fall}."""
    table = load_antonyms()
    assert {"allow", "permit"} <= table["ban"]
    assert {"fall", "decrease"} <= table["jump"]
    assert "rise" in table["crash"] and "surrender" in table["defy"]
    lines = set(_data_lines("antonyms.tsv"))
    assert {"allow\tban\tv", "fall\tjump\tv"} <= lines


def test_inheritance_stops_at_roots_and_at_synonyms() -> None:
    table = load_antonyms()
    # "commute": "change the order or arrangement of", under the root {change}, opposed to {stay, remain}.
    assert "stay" not in table.get("commute", ()) and "remain" not in table.get("commute", ())
    # "confute" and "disprove" share a synset ("prove to be false"): not opposites, though one
    # inherits from a verb that the other's synset opposes.
    assert "disprove" not in table.get("confute", ())
    assert "ban" not in table["ban"]


# --- are_antonyms -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [
    ("rose", "fell"), ("risen", "fallen"), ("increased", "decreased"), ("increases", "decreasing"),
    ("won", "lost"), ("wins", "loses"), ("winning", "losing"), ("higher", "lower"), ("highest", "lowest"),
    ("opened", "closed"), ("acquitted", "convicted"), ("approved", "disapproved"), ("approved", "rejected"), ("accepted", "rejected"),
    ("victory", "defeat"), ("victories", "defeats"), ("first", "last"), ("guilty", "innocent"),
    ("legal", "illegal"), ("true", "false"), ("more", "less"), ("included", "excluded"), ("allowed", "denied"),
    ("better", "worse"), ("best", "worst"), ("larger", "smaller"), ("bigger", "littler"), ("earlier", "later"), ("Rose", "FELL"),
    (" won ", "lost"), ("banned", "allowed"), ("bans", "permits"), ("banning", "allowing"), ("jumped", "fell"),
    ("jumps", "falling"), ("crashed", "rose"),
])
def test_antonyms_through_inflection_and_case(a: str, b: str) -> None:
    assert are_antonyms(a, b)
    assert are_antonyms(b, a)


@pytest.mark.parametrize(("a", "b"), [
    ("rose", "grew"), ("won", "wins"), ("rose", "rose"), ("increase", "increased"), ("rose", "risen"),
    ("confirmed", "denied"), ("before", "after"), ("table", "chair"),
    ("rose", "fallacy"), ("forest", "aft"), ("has", "lacks"), ("rose", ""), ("", ""), ("rose-fell", "fell"),
    ("first", "second"), ("rise", "set"), ("banned", "banned"), ("banned", "prohibited"), ("jumped", "rose"),
])
def test_not_antonyms(a: str, b: str) -> None:
    assert not are_antonyms(a, b)
    assert not are_antonyms(b, a)


def test_are_antonyms_agrees_with_the_table_both_ways() -> None:
    for word, others in list(load_antonyms().items())[::25]:
        for other in others:
            assert are_antonyms(word, other) and are_antonyms(other, word), (word, other)


def test_base_forms() -> None:
    assert base_forms("Rose") == {("rise", "v")}  # WordNet's verb.exc; the flower has no antonym
    assert base_forms("fell") == {("fall", "v")}
    assert ("high", "a") in base_forms("higher")
    assert {("close", "v"), ("closed", "a")} <= base_forms("closed")
    assert base_forms("stopped") == {("stop", "v")}  # doubled consonant undone
    assert base_forms("forest") == frozenset()  # guarded: not the superlative of "fore"
    assert base_forms("grew") == frozenset()  # grow has no antonym in WordNet
    assert base_forms("12") == frozenset() and base_forms("") == frozenset()


def test_a_word_must_be_a_string() -> None:
    with pytest.raises(TypeError):
        are_antonyms("rose", 3)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        base_forms(None)  # type: ignore[arg-type]


def test_a_malformed_data_line_is_reported_with_its_line_number(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    (tmp_path / "antonyms.tsv").write_text("# header\nfall\trise\tv\nup down v\n", encoding="utf-8")
    monkeypatch.setattr(lexicon.resources, "files", lambda _package: tmp_path)
    with pytest.raises(ValueError, match=r"antonyms\.tsv:3"):
        lexicon.read_rows("antonyms.tsv")
    with pytest.raises(FileNotFoundError):
        lexicon.read_rows("missing.tsv")


def test_the_suffix_rules() -> None:
    """The rules behind base_forms; for the table's own lemmas WordNet's exception lists often cover the same forms."""
    assert "stop" in lexicon._by_rules("stopped", "v") and "win" in lexicon._by_rules("winning", "v")
    assert "close" in lexicon._by_rules("closed", "v") and "approve" in lexicon._by_rules("approves", "v")
    assert "big" in lexicon._by_rules("bigger", "a") and "happy" in lexicon._by_rules("happiest", "a")
    assert "victory" in lexicon._by_rules("victories", "n")
    assert "fre" not in lexicon._by_rules("freeing", "v")  # a doubled vowel is not undone
    assert lexicon._by_rules("bed", "v") == set()  # too short to carry a suffix


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("reopened", "closed", True),     # WordNet: reopen, "open again or anew"; open / close
    ("restarted", "stopped", True),   # restart, "start anew"; start / stop
    ("reopened", "opened", False),    # doing it again is doing it
    ("removed", "stayed", False),     # "remove" is no "move" again: WordNet neither glosses nor files it so
    ("remarked", "ignored", False),
])
def test_a_verb_done_again_opposes_what_the_verb_opposes(a: str, b: str, expected: bool) -> None:
    assert are_antonyms(a, b) is expected
