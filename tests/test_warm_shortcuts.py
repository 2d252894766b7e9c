"""Work a warm claim skips (issue 13) gives what doing it gives.

Each shortcut of the claim path has a table here: the opposed readings gathered once per claim
and the antonym test, line starts found newline to newline and the split of the lines, a view
masked without the superscript digits its bytes do not hold and one masked in full, and a
passage's values read without its document's conventions or date where it has no digit or no
relative date, and with them.
"""

from __future__ import annotations

import datetime
from itertools import accumulate

import pytest

from factcheck.lexicon.antonyms import are_antonyms, base_forms, opposed_readings
from factcheck.models import Document, line_starts
from factcheck.sources.passages import mask, may_hold_superscripts
from factcheck.values import extract_values
from factcheck.values.conventions import UNSETTLED, Conventions
from factcheck.values.dates import may_read_relative_date

WORD_PAIRS = [("rose", "fell"), ("Increased", "decreased"), ("won", "lost"), ("wins", "loses"), ("higher", "lower"),
              ("opened", "closed"), ("rose", "grew"), ("won", "wins"), ("rose", "rose"), ("criticised", "praises"),
              ("accepted", "rejected"), ("before", "after"), ("reopened", "closed"), ("", "fell"), ("fell", "")]


@pytest.mark.parametrize(("a", "b"), WORD_PAIRS)
def test_opposed_readings_meet_a_words_base_forms_where_the_two_are_antonyms(a: str, b: str) -> None:
    assert (not opposed_readings(a).isdisjoint(base_forms(b))) == are_antonyms(a, b)


def _split_line_starts(text: str) -> tuple[int, ...]:
    ends = tuple(accumulate(len(line) + 1 for line in text.split("\n")))
    return (0, *ends[:-1])


@pytest.mark.parametrize("text", ["", "\n", "\n\n", "one line", "a\nb", "a\n", "a\n\nb\n", "\nx", "Łódź\n–\n€ ⁴\n"])
def test_line_starts_are_those_of_the_split_lines(text: str) -> None:
    assert line_starts(text) == _split_line_starts(text)


VIEWS = [
    ("w.txt", "The viaduct¹² opened in 1874.[3] It cost £40,000[a] and 10³ tonnes."),
    ("w.txt", "Plain text – with a dash, “quotes” and no marker."),
    ("w.md", "# Title\n\nA *claim*[4](http://x.org) with a note[12]."),
    ("w.txt", "A² and B³ and ¹ alone"),
]


@pytest.mark.parametrize(("name", "text"), VIEWS)
def test_a_view_masked_without_the_superscripts_its_bytes_lack_is_the_whole_mask(name: str, text: str) -> None:
    assert not may_hold_superscripts(text.encode())
    document = Document(name, name, text)
    assert mask(document, superscripts=False) == mask(document)


@pytest.mark.parametrize("text", ["The line opened in 1874⁴⁵.", "x⁰ y⁹", "tails ⁴"])
def test_the_bytes_of_a_high_superscript_digit_are_told(text: str) -> None:
    assert may_hold_superscripts(text.encode())


def test_an_html_view_is_masked_whole_whatever_the_bytes_say() -> None:
    # (an entity decodes to a superscript digit the file's bytes do not hold)
    text = "<p>The viaduct,&#8308; opened in 1874.</p>"
    document = Document("w.html", "w.html", text)
    assert not may_hold_superscripts(text.encode())
    assert mask(document, superscripts=False) == mask(document)
    assert "8308" not in mask(document) and "⁴" not in mask(document)


REFERENCES = [None, datetime.date(2019, 5, 20), datetime.date(2001, 1, 1)]


@pytest.mark.parametrize("text", [
    "The bridge opened in 1874 and cost $3 million.",
    "This is the last stop before the border.",
    "The next train leaves at 6pm on 2 May 2019.",
    "He said it was 12,500 tonnes, or 3.5 per cent of the total.",
    "No date here at all.",
])
def test_a_text_without_a_relative_date_reads_the_same_values_whatever_its_date(text: str) -> None:
    assert not may_read_relative_date(text)
    assert len({repr(extract_values(text, reference=r)) for r in REFERENCES}) == 1


@pytest.mark.parametrize("text", ["He left yesterday.", "It rose 5% this year.", "She came back last August.",
                                  "The next Tuesday", "TODAY the vote", "in 1999¹yesterday"])
def test_a_relative_date_or_a_superscript_digit_asks_for_the_date(text: str) -> None:
    assert may_read_relative_date(text)


CONVENTIONS = [UNSETTLED, Conventions(True, True), Conventions(False, False), Conventions(None, True, True)]


@pytest.mark.parametrize("text", [
    "One thousand two hundred people came in early May.",
    "Seven years and three months; a quarter of a million; twice as many.",
    "The km² stayed, and the m³.",
])
def test_a_text_without_a_digit_reads_the_same_values_whatever_its_conventions(text: str) -> None:
    assert len({repr(extract_values(text, conventions=c)) for c in CONVENTIONS}) == 1
