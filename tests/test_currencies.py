"""Money in any currency: the CLDR table (factcheck/values/currencies.tsv), the value reader's
amounts with symbols, codes and names before or after the number, and what a check makes of them.
Sentences are from real text (the Wikipedia sample, Climate-FEVER sources); more rows are in
tests/data/values.tsv."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest
from conftest import ROOT, article_checker, write_tree

from factcheck import Checker, Claim, Options, load_corpus
from factcheck.values import extract_values
from factcheck.values.comparison import compare
from factcheck.values.vocabulary import _CURRENCY_SIGNS, _CURRENCY_WORDS, CURRENCIES, CURRENCY_UNITS

TABLE = ROOT / "factcheck" / "values" / "currencies.tsv"


def money(text: str) -> list[tuple[str, float | None, str]]:
    return [(v.text, v.amount, v.unit) for v in extract_values(text) if v.unit in CURRENCY_UNITS]


# ----------------------------------------------------------------------- the table

def test_every_form_names_one_unit_and_every_unit_is_iso_4217_codes() -> None:
    seen: dict[str, str] = {}
    for unit, symbols, words, magnitude in CURRENCIES:
        assert all(len(code) == 3 and code.isalpha() for code in unit.split("/")), unit
        for form in (*symbols, *words, *magnitude):
            assert seen.setdefault(form.lower(), unit) == unit, form
    assert len(CURRENCIES) > 150


@pytest.mark.parametrize(("form", "unit"), [
    ("$", "usd"), ("us$", "usd"), ("€", "eur"), ("£", "gbp"), ("₸", "kzt"),  # as before the table
    ("zł", "pln"), ("pln", "pln"), ("a$", "aud"), ("c$", "cad"), ("chf", "chf"), ("kč", "czk"),
    ("₹", "inr"), ("₴", "uah"), ("₺", "TRY"), ("₩", "krw"), ("r$", "brl"), ("cn¥", "cny"),
    ("kr", "dkk/isk/nok/sek"), ("¥", "cny/jpy"), ("rs", "inr/lkr/mur/npr/pkr/scr"),
])
def test_symbols_and_codes(form: str, unit: str) -> None:
    assert _CURRENCY_SIGNS[form] == unit


@pytest.mark.parametrize(("word", "unit"), [
    ("dollars", "usd"), ("pounds", "gbp"), ("roubles", "rub"), ("tenge", "kzt"),  # as before the table
    ("złoty", "pln"), ("zlotys", "pln"), ("yen", "jpy"), ("yuan", "cny"), ("renminbi", "cny"),
    ("hryvnias", "uah"), ("swiss francs", "chf"), ("danish kroner", "dkk"), ("kronor", "sek"),
    ("kroner", "dkk/nok"), ("rupees", "inr/lkr/mur/npr/pkr/scr"), ("lira", "TRY"),
])
def test_names(word: str, unit: str) -> None:
    assert _CURRENCY_WORDS[word] == unit


def test_a_code_that_is_an_english_word_is_no_currency_code_and_its_unit_keeps_capitals() -> None:
    assert "try" not in CURRENCY_UNITS and "cup" not in CURRENCY_UNITS and "top" not in CURRENCY_UNITS
    assert money("Borg failed to win the US Open in 10 tries, losing four finals.") == []
    assert money("He was also named one of the top 10 Icons of the Century.") == []


def test_the_table_ships_in_the_wheel_with_its_licence() -> None:
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["factcheck"]
    for name in ("values/currencies.tsv", "values/LICENSE-CLDR.txt"):
        assert (ROOT / "factcheck" / name).is_file()
        assert any(fnmatch(name, p) for p in patterns), name
    assert "UNICODE LICENSE V3" in (ROOT / "factcheck" / "values" / "LICENSE-CLDR.txt").read_text(encoding="utf-8")


def test_reading_money_does_not_import_babel() -> None:
    code = "import sys, factcheck.values as v; v.extract_values('5,000 złoty'); print('babel' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


def test_the_table_is_what_the_build_script_makes_from_babel(tmp_path: Path) -> None:
    pytest.importorskip("babel")
    out = tmp_path / "currencies.tsv"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_currencies.py"), "--out", str(out)],
                   check=True, capture_output=True, cwd=ROOT)
    assert out.read_text(encoding="utf-8") == TABLE.read_text(encoding="utf-8")


# ----------------------------------------------------------------------- the reader

@pytest.mark.parametrize(("text", "expected"), [
    ("X cost 5,000 złoty.", ("5,000 złoty", 5000.0, "pln")),
    ("X cost PLN 5,000.", ("PLN 5,000", 5000.0, "pln")),
    ("X cost zł5,000.", ("zł5,000", 5000.0, "pln")),
    ("It cost more than 900 million PLN.", ("more than 900 million PLN", 9e8, "pln")),
    ("Australia is spending A$1.46bn to upgrade Royal Australian Navy frigates.", ("A$1.46bn", 1.46e9, "aud")),
    ("The tax amounts to CHF 12 per tonne CO 2.", ("CHF 12", 12.0, "chf")),
    ("Officials estimated that the tax would generate income of 37 billion yen a year.",
     ("37 billion yen", 3.7e10, "jpy")),
    ("for a sum of ₹760 crore () as a complete settlement", ("₹760 crore", 7.6e9, "inr")),
    ("costs over Rs 10 lakh ($18,000).", ("over Rs 10 lakh", 1e6, "inr/lkr/mur/npr/pkr/scr")),
    ("In 2004, bilateral trade between India and Canada was at about C$2.45 billion.",
     ("about C$2.45 billion", 2.45e9, "cad")),
    ("A 2009 estimate for the Korean market was put at 800 million won.", ("800 million won", 8e8, "kpw/krw")),
    ("The economy is € 25 billion (2001 GDP figures).", ("€ 25 billion", 2.5e10, "eur")),
    ("A toll of 170 DKK is charged to drive through these two tunnels.", ("170 DKK", 170.0, "dkk")),
    ("The cheapest ticket is 120 Kč.", ("120 Kč", 120.0, "czk")),
    # a glued "m" before a currency name or code is millions, as "€1.5m" (not metres)
    ("The club paid 2.5m pounds for the striker.", ("2.5m pounds", 2.5e6, "gbp")),
    ("The grant came to 40m USD over five years.", ("40m USD", 4e7, "usd")),
])
def test_amounts_with_symbol_code_or_name_before_or_after(text: str, expected: tuple[str, float, str]) -> None:
    assert expected in money(text)


@pytest.mark.parametrize("text", [
    "surpassing the one million mark.",  # a milestone, not Bosnian marks
    "Cyprus is a member of the United Nations<ref name='S/4469'> </ref>.",  # a UN document, not Peruvian soles
    "The team won 12 of its 14 games.",  # "won" after a number only after a magnitude
    "She took 5 gold medals.",
    "the COP 26 summit",
])
def test_words_that_are_not_money_here(text: str) -> None:
    assert money(text) == []


# ----------------------------------------------------------------------- comparison and checks

def _one(text: str):  # type: ignore[no-untyped-def]
    [value] = [v for v in extract_values(text) if v.unit in CURRENCY_UNITS]
    return value


def test_amounts_in_different_currencies_never_agree() -> None:
    # The same amount in another currency is another sum (issue 11: "sold for $250,000" is not
    # "sold for £250,000"); another amount may be a conversion, which no table here settles.
    assert compare(_one("It cost $5,000."), _one("It cost €5,000.")) is False
    assert compare(_one("It cost 5,000 złoty."), _one("It cost 5,000 euros.")) is False
    assert compare(_one("It cost 5,000 złoty."), _one("It cost 6,000 euros.")) is None
    assert compare(_one("It cost about 5,000 złoty."), _one("It cost 5,200 euros.")) is None
    assert compare(_one("It cost 500 kr."), _one("It cost DKK 600.")) is None  # kr may be DKK, NOK, SEK, ISK
    assert compare(_one("It cost 500 kr."), _one("It cost kr 500.")) is True
    assert compare(_one("It cost 5,000 złoty."), _one("It cost PLN 5,000.")) is True
    assert compare(_one("It cost 5,000 złoty."), _one("It cost PLN 6,000.")) is False


@pytest.mark.parametrize(("source", "verdict"), [
    ("The bridge cost PLN 5,000 to repair in 2019.", "supported"),
    ("The bridge cost PLN 6,000 to repair in 2019.", "contradicted"),
])
def test_a_check_reads_the_same_amount_in_two_forms(tmp_path: Path, source: str, verdict: str) -> None:
    write_tree(tmp_path, {"source.txt": source + "\n"})
    checker = Checker(load_corpus([tmp_path]), Options(index=False))
    result = checker.check_claim(Claim("t", "The bridge cost 5,000 złoty to repair in 2019."))
    assert result.verdict == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The museum's roof cost 3.2m euros to replace.", "supported"),
    ("The museum's roof cost 4.2m euros to replace.", "contradicted"),
    ("The museum's roof cost €3.2m to replace.", "supported"),
])
def test_millions_glued_or_in_words_are_one_amount(tmp_path: Path, claim: str, verdict: str) -> None:
    checker = article_checker(tmp_path, "source.txt", "The museum's roof cost 3.2 million euros to replace.\n")
    assert checker.check_claim(Claim("t", claim)).verdict == verdict


def test_the_same_number_in_another_currency_does_not_support(tmp_path: Path) -> None:
    write_tree(tmp_path, {"source.txt": "The bridge cost 5,000 euros to repair in 2019.\n"})
    checker = Checker(load_corpus([tmp_path]), Options(index=False))
    result = checker.check_claim(Claim("t", "The bridge cost 5,000 złoty to repair in 2019."))
    assert result.verdict != "supported"


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The ferry contract was worth USD 4,500,000.", "supported"),  # the code is the value's, stated by "US$"
    ("The ferry contract was worth USD 5,500,000.", "contradicted"),
    ("The ferry displaced 4,000 metric tons.", "supported"),       # a metric ton is the tonne
])
def test_the_words_of_an_agreed_amount_are_stated_by_it(tmp_path: Path, claim: str, verdict: str) -> None:
    checker = article_checker(tmp_path, "ferry.txt", "The ferry contract was worth US$4.5 million. The ferry displaced "
                                                     "4,000 tonnes.\n")
    assert checker.check_claim(Claim("t", claim)).verdict == verdict
