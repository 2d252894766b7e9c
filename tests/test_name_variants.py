"""Spelling variants of names across romanisations, and near misses that are other people.

``tests/data/name_variants.tsv``: one pair a row, ``a``, ``b``, ``same`` (1: one name spelled
two ways, 0: two different names) and where both spellings were found (the seeds, the
Wikipedia sample, WiCE, Climate-FEVER, or a romanisation table's own example).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from conftest import SEEDS, article_checker

from factcheck import Checker, Options, load_corpus
from factcheck.lexicon.exonyms import same_place
from factcheck.models import Claim
from factcheck.sources.transliteration import (
    clean,
    is_wade_giles,
    name_relation,
    name_word_relation,
    name_words,
    same_name,
    same_name_word,
    with_continuation,
)
from factcheck.values import extract_values, is_name_variant
from factcheck.values.names import claim_name_relation

DATA = Path(__file__).parent / "data" / "name_variants.tsv"
RELATIONS = Path(__file__).parent / "data" / "name_relations.tsv"


def _rows() -> list[tuple[str, str, bool, str]]:
    with DATA.open(encoding="utf-8", newline="") as f:
        return [(r["a"], r["b"], r["same"] == "1", r["where"]) for r in csv.DictReader(f, delimiter="\t")]


ROWS = _rows()


def test_the_set_is_large_enough_and_each_row_says_where_it_comes_from() -> None:
    assert sum(same for _, _, same, _ in ROWS) >= 50
    assert sum(not same for _, _, same, _ in ROWS) >= 50
    assert all(where for *_, where in ROWS)


@pytest.mark.parametrize(("a", "b", "where"), [(a, b, w) for a, b, same, w in ROWS if not same])
def test_different_names_never_become_one(a: str, b: str, where: str) -> None:
    assert not is_name_variant(a, b)
    assert not is_name_variant(b, a)


def test_recall_on_true_variants() -> None:
    variants = [(a, b) for a, b, same, _ in ROWS if same]
    missed = [(a, b) for a, b in variants if not is_name_variant(a, b)]
    assert len(missed) <= len(variants) // 10, missed


@pytest.mark.parametrize(("a", "b"), [
    ("Mohammed", "Muhammad"), ("Kyiv", "Kiev"), ("Kharkiv", "Kharkov"), ("Qaddafi", "Gaddafi"),
    ("Ahmed", "Ahmad"), ("Osama", "Usama"), ("Youssef", "Yousef"), ("Hossein", "Hussein"),
])
def test_variants_are_symmetric(a: str, b: str) -> None:
    assert is_name_variant(a, b) and is_name_variant(b, a)


def test_weak_alternations_need_another_word_spelled_two_ways() -> None:
    """k/g (qaf) and e/i in a last syllable (kasra) alone tell names apart as often as they
    spell one (Keller/Geller, Samer/Samir): they count only beside another word of the name
    that a vowel or consonant alternation respells (Moammar/Muammar), not a doubled letter,
    and never in the given name."""
    assert not same_name_word("Kadhafi", "Gaddafi") and same_name_word("Kadhafi", "Gaddafi", respelled=True)
    assert same_name("Moammar Kadhafi", "Muammar Gaddafi")
    assert same_name("Usama bin Ladin", "Osama bin Laden")
    assert not same_name("Hafiz al-Assad", "Hafez al-Assad")  # Samir al-Masri / Samer al-Masri: two names
    assert not same_name("Helen Keller", "Helen Geller")
    assert not same_name("Britt Andersson", "Brett Anderson")  # Andersson/Anderson: a doubled letter only
    assert not same_name("Hassan Kamal", "Hasan Gamal")  # Hassan/Hasan: a doubled letter only
    assert not same_name("Henri Martin", "Henry Marten")  # Henri/Henry: y is i, no alternation
    assert not same_name("Kamal Hossein", "Gamal Hussein")  # never in the given name: kin differ there


def test_identical_spellings_are_no_variant_but_the_same_name() -> None:
    assert not is_name_variant("Mao Zedong", "Mao Zedong")
    assert same_name("Mao Zedong", "Mao Zedong")
    assert is_name_variant("Kyzylorda", "Кызылорда")  # a change of script is a variant


@pytest.mark.parametrize(("a", "b", "same"), [
    ("J. Smith", "John Smith", True),
    ("J. Smith", "K. Smith", False),
    ("J. Smith", "Jane Smith", True),     # nothing contradicts the initial
    ("J. Smith", "John Jones", False),
    ("Smith, John", "John Smith", True),
    ("Smith, John", "Smith, Jane", False),
    ("Smith John", "John Smith", False),  # no comma: no inversion ("Paul Simon" / "Simon Paul")
    ("J. R. R. Tolkien", "J.R.R. Tolkien", True),
    ("J. R. Tolkien", "J. R. R. Tolkien", False),
    ("A. B.", "Anna Bell", False),        # initials alone name nobody
])
def test_initials_and_order(a: str, b: str, same: bool) -> None:
    assert same_name(a, b) is same


@pytest.mark.parametrize(("name", "words"), [
    ("Abd al-Fattah al-Sisi", ["abd", "fattah", "sisi"]),
    ("Abdel Fattah el-Sisi", ["abd", "Fattah", "sisi"]),
    ("Abdelfattah Sisi", ["abd", "fattah", "Sisi"]),
    ("Zine El Abidine Ben Ali", ["Zine", "Abidine", "bin", "Ali"]),
    ("Al Gore", ["Al", "Gore"]),          # a leading "Al" is a given name
    ("Smith, John", ["John", "Smith"]),
    ("J.R.R. Tolkien", ["J", "R", "R", "Tolkien"]),
])
def test_name_words(name: str, words: list[str]) -> None:
    assert name_words(name) == words


@pytest.mark.parametrize(("word", "wade_giles"), [
    ("Tse-tung", True), ("Hsiao-p'ing", True), ("Hsiao", True), ("Chih", True), ("En-lai", True),
    ("Zedong", False), ("Chang", False), ("Almaty-based", False), ("Smith", False), ("Mao", False),
])
def test_wade_giles_is_recognised_only_where_pinyin_cannot_be(word: str, wade_giles: bool) -> None:
    assert is_wade_giles(word) is wade_giles


def test_wade_giles_context_reads_the_other_words_of_the_name() -> None:
    assert same_name("Teng Hsiao-p'ing", "Deng Xiaoping")
    assert not same_name_word("Teng", "Deng")  # alone, "Teng" may be pinyin
    assert not same_name("Chang Wei", "Zhang Wei")
    assert same_name_word("Teng", "Deng", wade_giles=True)


def test_diacritics_and_letters_without_decomposition() -> None:
    assert clean("Łódź") == "lodz" and clean("Strauß") == "strauss" and clean("Søren") == "soren"
    assert clean("Sa'id") == clean("Saʿid") == "said"
    assert same_name_word("Müller", "Mueller") and not same_name_word("Muller", "Mueller")


@pytest.mark.parametrize(("text", "name"), [
    ("Mao Tse-tung proclaimed the republic.", "Mao Tse-tung"),
    ("He met Teng Hsiao-p'ing in 1979.", "Teng Hsiao-p'ing"),
    ("The president Abdel Fattah el-Sisi visited Cairo.", "Abdel Fattah el-Sisi"),
    ("Chou En-lai died in 1976.", "Chou En-lai"),
])
def test_names_keep_their_hyphenated_parts(text: str, name: str) -> None:
    found = [v for v in extract_values(text) if v.kind == "name"]
    assert any(v.text == name and text[v.start:v.end] == name for v in found), found


@pytest.mark.parametrize(("text", "names"), [
    ("The Almaty-based outlet said so.", {"Almaty"}),
    ("Kremlin-backed media reported it.", {"Kremlin"}),
])
def test_other_hyphenated_words_are_not_taken_into_names(text: str, names: set[str]) -> None:
    assert {v.text for v in extract_values(text) if v.kind == "name"} <= names


def test_continuation_extends_only_over_wade_giles_syllables() -> None:
    text = "Mao Tse-tung and the Almaty-based paper"
    assert with_continuation(text, 0, 7) == "Mao Tse-tung"
    start = text.index("Almaty")
    assert with_continuation(text, start, start + 6) == "Almaty"


SOURCE = """Mao Zedong proclaimed the People's Republic of China on 1 October 1949.
The Russian army withdrew from the outskirts of Kyiv at the end of March 2022.
Fighting continued near Kharkiv throughout May.
Muammar Gaddafi ruled Libya for 42 years.
Qasem Soleimani was killed in a drone strike near Baghdad airport in January 2020.
The author, John Smith, published the report in 2015.
"""


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    folder = tmp_path_factory.mktemp("names")
    (folder / "news.txt").write_text(SOURCE, encoding="utf-8")
    return Checker(load_corpus([folder]))


@pytest.mark.parametrize(("claim", "ours", "theirs"), [
    ("Mao Tse-tung proclaimed the People's Republic of China on 1 October 1949.", "Mao Tse-tung", "Mao Zedong"),
    ("The Russian army withdrew from the outskirts of Kiev at the end of March 2022.", "Kiev", "Kyiv"),
    ("Fighting continued near Kharkov throughout May.", "Kharkov", "Kharkiv"),
    ("Moammar Qaddafi ruled Libya for 42 years.", "Moammar Qaddafi", "Muammar Gaddafi"),
    ("Moammar Kadhafi ruled Libya for 42 years.", "Moammar Kadhafi", "Muammar Gaddafi"),
    ("Ghassem Soleimani was killed in a drone strike near Baghdad airport in January 2020.", "Ghassem Soleimani", "Qasem Soleimani"),
    ("The author, J. Smith, published the report in 2015.", "J. Smith", "John Smith"),
])
def test_a_claim_spelling_a_name_otherwise_is_supported_with_a_name_variant(checker: Checker, claim: str, ours: str,
                                                                             theirs: str) -> None:
    result = checker.check_claim(Claim("c", claim))
    assert result.verdict == "supported"
    variants = [(d.claim_value, d.source_value) for d in result.disagreements if d.kind == "name_variant"]
    assert (ours, theirs) in variants, result.disagreements


@pytest.mark.parametrize(("claim", "kinds"), [
    ("The author, K. Smith, published the report in 2015.", {"entity", "name"}),
    ("The Russian army withdrew from the outskirts of Lviv at the end of March 2022.", {"entity", "name"}),
])
def test_another_name_still_contradicts(checker: Checker, claim: str, kinds: set[str]) -> None:
    result = checker.check_claim(Claim("c", claim))
    assert result.verdict == "contradicted"
    assert kinds & {d.kind for d in result.disagreements}
    assert not any(d.kind == "name_variant" for d in result.disagreements)


def _relations() -> list[tuple[str, str, str, str]]:
    with RELATIONS.open(encoding="utf-8", newline="") as f:
        return [(r["claim"], r["source"], r["relation"], r["where"]) for r in csv.DictReader(f, delimiter="\t")]


@pytest.mark.parametrize(("claim", "source", "relation", "where"), _relations())
def test_claim_and_source_names_are_one_maybe_one_or_different(claim: str, source: str, relation: str,
                                                               where: str) -> None:
    """``tests/data/name_relations.tsv``: both spellings found in the Wikipedia sample (``where``).
    Exonyms from GeoNames (Peking/Beijing same, Canton/Guangzhou maybe: Canton, Ohio), the
    French tch of Tchaikovsky, a claim naming fewer words of the source's name, weak
    alternations alone (maybe), and other people or places (different)."""
    assert where.startswith("wikipedia")
    assert claim_name_relation(claim, source) == relation
    assert claim_name_relation(source, claim) == relation


def test_exonyms_come_from_the_geonames_table() -> None:
    assert same_place("Peking", "Beijing") == "same" and same_place("Bombay", "Mumbai") == "same"
    assert same_place("Alma-Ata", "Almaty") == "same"
    assert same_place("Canton", "Guangzhou") == "maybe"  # Canton, Ohio goes by it too
    assert same_place("Beijing", "Beijing") is None and same_place("Peking", "Nanjing") is None
    assert same_place("Wexford", "Loch Garman") is None  # a town below the table's million people
    # GeoNames hyphenates Nur-Sultan (Astana, 2019-2022): written whole it is a given name
    assert same_place("Nur-Sultan", "Astana") == "same" and same_place("Nur Sultan", "Astana") == "same"
    assert same_place("Nursultan", "Astana") is None
    assert same_place("Saigon", "Ho Chi Minh City") == "maybe"  # GeoNames spaces "Sai Gon": a space may close


def test_weak_alternations_alone_are_maybe_never_different() -> None:
    """The pairs :func:`same_name` keeps apart for precision are not evidence either way."""
    assert name_word_relation("Kadhafi", "Gaddafi") == "maybe"
    assert name_relation("Muammar Kadhafi", "Muammar Gaddafi") == "maybe"
    assert name_relation("Moammar Kadhafi", "Muammar Gaddafi") == "same"
    assert name_relation("Kamal Hossein", "Gamal Hussein") == "maybe"
    assert name_relation("Helen Keller", "Helen Geller") == "maybe"
    assert name_relation("Hafiz al-Asad", "Hafez al-Assad") == "maybe"
    assert name_relation("Hafiz al-Asad", "Bashar al-Assad") == "different"
    assert name_relation("Peter Tchaikowsky", "Pyotr Ilyich Tchaikovsky") == "different"  # not one count of words
    assert name_relation("Peter Tchaikowsky", "Pyotr Ilyich Tchaikovsky", within=True) == "same"


def test_french_and_german_tch_only_open_a_word() -> None:
    assert same_name_word("Tchaikovsky", "Chaykovsky") and same_name_word("Tschaikowsky", "Chaikovsky")
    assert not same_name_word("Mitchell", "Michell")


NAMES_SOURCE = """Mao Tse-tung proclaimed the People's Republic of China in Peking on 1 October 1949.
The Kiev Metro carried 484 million passengers in 2019.
Pyotr Ilyich Tchaikovsky completed Swan Lake in 1876.
Muammar Gaddafi seized power in Libya in September 1969.
Hafez al-Assad became president of Syria in 1971.
Yusuf Karimov opened the Aktau terminal in 2021.
"""


@pytest.fixture(scope="module")
def names_checker(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    folder = tmp_path_factory.mktemp("relations")
    (folder / "history.txt").write_text(NAMES_SOURCE, encoding="utf-8")
    return Checker(load_corpus([folder]))


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Mao Zedong proclaimed the People's Republic of China in Beijing on 1 October 1949.", "supported"),
    ("The Kyiv metro carried 484 million passengers in 2019.", "supported"),
    ("Piotr Ilich Chaikovsky completed Swan Lake in 1876.", "supported"),
    ("Peter Tchaikowsky completed Swan Lake in 1876.", "supported"),
    ("Muammar Kadhafi seized power in Libya in September 1969.", "partial"),  # maybe one name: no evidence either way
    ("Hafiz al-Asad became president of Syria in 1971.", "partial"),
    ("Youssef Karimov opened the Aktau terminal in 2021.", "partial"),  # Yusuf: maybe him, never another
    ("Yousef Karimov opened the Aktau terminal in 2021.", "partial"),
    ("Youssouf Karimov opened the Aktau terminal in 2021.", "supported"),  # ou is u
    ("Yakub Karimov opened the Aktau terminal in 2021.", "contradicted"),
    ("Mao Zedong proclaimed the People's Republic of China in Nanjing on 1 October 1949.", "contradicted"),
    ("Hafiz al-Asad became president of Syria in 1970.", "contradicted"),  # the year, with maybe his name
    ("Bashar al-Assad became president of Syria in 1971.", "contradicted"),
])
def test_a_name_that_may_be_the_source_s_never_contradicts(names_checker: Checker, claim: str, verdict: str) -> None:
    assert names_checker.check_claim(Claim("c", claim)).verdict == verdict


def test_a_persons_name_is_not_a_citys_hyphenated_other_name() -> None:
    # 000 line 37: "... Batyrbekova traveled with Nursultan to ... Shymkent, to board a train to
    # the former capital, Almaty." The boy Nursultan does not state Astana (once Nur-Sultan).
    checker = Checker(load_corpus([SEEDS]), Options(index=False))
    result = checker.check_claim(Claim("t", "Batyrbekova traveled with Nursultan to Shymkent to board a train to Astana."))
    assert result.verdict == "contradicted"
    assert ("Astana", "Almaty") in {(d.claim_value, d.source_value) for d in result.disagreements}


def test_a_source_that_writes_the_claims_name_shows_no_variant_of_it() -> None:
    # 000 names the boy Nursultan throughout, and the capital (once Nur-Sultan) Astana
    checker = Checker(load_corpus([SEEDS]), Options(index=False))
    result = checker.check_claim(Claim("t", "On March 14 local police took Batyrbekova and Nursultan off a train in Shymkent."))
    assert not [d for d in result.disagreements if d.kind == "name_variant" and d.source_value == "Astana"]
    # 001 writes only "Assem": the claim's "Asem" is its variant there
    result = checker.check_claim(Claim("t", "The article published on September 1 was written by journalist Asem Zhapisheva."))
    assert ("Asem", "Assem") in {(d.claim_value, d.source_value) for d in result.disagreements if d.kind == "name_variant"}


@pytest.mark.parametrize(("a", "b", "variant"), [
    ("Müller", "Mueller", True), ("Müller", "Muller", True), ("Schröder", "Schroeder", True),
    ("Müller", "Möller", False),   # an umlaut is a vowel of its own: no Arabic o/u alternation reaches it
    ("Jürgen Möller", "Jürgen Müller", False),
])
def test_umlauts_match_only_their_own_vowel(a: str, b: str, variant: bool) -> None:
    assert is_name_variant(a, b) is variant


def test_a_place_spelled_otherwise_in_its_slot_is_stated(tmp_path: Path) -> None:
    # Ukrainian Chornobyl / Russian Chernobyl: a name variant in the aligned place, no other place
    checker = article_checker(tmp_path, "reactor.txt", "The reactor accident at Chornobyl in 1986 forced the "
                                                       "evacuation of Prypiat and the villages around it.\n")
    result = checker.check_claim(Claim("t", "The reactor accident at Chernobyl in 1986 forced the evacuation of Prypiat."))
    assert result.verdict == "supported"
    assert ("Chernobyl", "Chornobyl") in {(d.claim_value, d.source_value) for d in result.disagreements}
    other = checker.check_claim(Claim("t", "The reactor accident at Zhytomyr in 1986 forced the evacuation of Prypiat."))
    assert other.verdict == "contradicted"


def test_a_whole_name_spelled_otherwise_shows_the_source_s_whole_name(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "bridge.txt", "The Kelvin bridge was designed by the engineer J. Harrow and "
                                                      "opened in 1996.\n")
    result = checker.check_claim(Claim("t", "The Kelvin bridge was designed by the engineer James Harrow and opened "
                                            "in 1996."))
    assert result.verdict == "supported"
    assert ("James Harrow", "J. Harrow") in {(d.claim_value, d.source_value) for d in result.disagreements
                                             if d.kind == "name_variant"}


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Louis XIII founded the academy of painting in 1648.", "contradicted"),  # his son, Louis XIV, founded it
    ("Louis XIV founded the academy of painting in 1648.", "supported"),
    ("Louis XIII was crowned at Reims in 1610.", "supported"),
])
def test_another_numeral_of_the_name_beside_the_claim_s_words_is_another_person(tmp_path: Path, claim: str,
                                                                                verdict: str) -> None:
    checker = article_checker(tmp_path, "kings.txt", "Louis XIII was crowned at Reims in 1610. His son, Louis XIV, "
                                                     "founded the academy of painting in 1648.\n")
    assert checker.check_claim(Claim("t", claim)).verdict == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Jane Okafor was harbourmaster of Port Ellen from 1990 to 2004.", "contradicted"),  # the entry is John's
    ("John Okafor was harbourmaster of Port Ellen from 1990 to 2004.", "supported"),
    ("J. Okafor was harbourmaster of Port Ellen from 1990 to 2004.", "supported"),
])
def test_an_index_entry_writes_the_surname_first(tmp_path: Path, claim: str, verdict: str) -> None:
    checker = article_checker(tmp_path, "masters.txt", "Harbour masters of Port Ellen\n\nOkafor, John (1941–2019). "
                                                       "Harbourmaster of Port Ellen from 1990 to 2004.\n")
    assert checker.check_claim(Claim("t", claim)).verdict == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The Gemini XII crew docked with the Agena target in November 1966.", "supported"),
    ("The Gemini 12 crew docked with the Agena target in November 1966.", "supported"),   # XII is 12
    ("The Gemini 11 crew docked with the Agena target in November 1966.", "contradicted"),
    ("The Gemini X crew docked with the Agena target in November 1966.", "contradicted"),
])
def test_the_number_a_name_carries_is_compared(tmp_path: Path, claim: str, verdict: str) -> None:
    checker = article_checker(tmp_path, "gemini.txt", "The Gemini XII crew docked with the Agena target in November "
                                                      "1966, the last flight of the programme.\n")
    assert checker.check_claim(Claim("t", claim)).verdict == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Soyuz 23 docked with the Salyut station in October 1976.", "contradicted"),   # Soyuz 22 did not dock
    ("Soyuz 22 docked with the Salyut station in October 1976.", "supported"),
    ("Soyuz 23 failed to dock in October 1976.", "supported"),
])
def test_two_numbers_of_one_name_each_keep_their_own_words(tmp_path: Path, claim: str, verdict: str) -> None:
    checker = article_checker(tmp_path, "soyuz.txt", "Soyuz 22 docked with the Salyut station in October 1976. Soyuz "
                                                     "23 failed to dock in October 1976.\n")
    assert checker.check_claim(Claim("t", claim)).verdict == verdict
