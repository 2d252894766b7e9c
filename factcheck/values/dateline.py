"""When a source was published, read from its header: the date a report speaks as of.

A news page states its date in its header, in one of a few conventions:

- a labelled line: "Published 11:07 p.m. ET Jan. 27, 2019", "Originally published November 7,
  2017 at 8:21 pm", "Posted on 3 May 2018", "PUBLISHED DATETIME: 2016-08-25" (the ``published``,
  ``posted``, ``updated`` or ``date`` label of web pages and of schema.org's ``datePublished``,
  as page scrapers write it);
- a dateline, the wire-service convention (AP Stylebook, "datelines"): "TORONTO, ON (August 22,
  2017) - Canada Basketball ...", "HARLOW BAY, June 20, 2024 -- Northgate Textiles ...";
- the date alone on a line of the header: "May 20, 2019", "Friday 23 March 2018"; when the
  header has several such lines with different dates, they are a list, and none is taken.

A scraped header often holds several fields on one line: separated by a bar or a middle dot
("Published 11:07 p.m. ET Jan. 27, 2019 | Updated 11:14 a.m. ET Jan. 28, 2019", "By Courtney
Tanner · Published: February 11"), or glued together where the page's markup stood between
them ("By Jesse SchedeenUpdated: 23 Apr 2019 4:13 amPosted: 14 Apr 2019", "PublishedJul 13,
2018"). Each such field is read as a line of its own (a capitalised label glued to the word
before it starts a field; one glued to the date after it is set apart from it).

The first :data:`HEADER_LINES` lines are read, and further lines as long as no prose has begun (a
news site's menus, "Weather Alerts", "Local News", ..., can run to 70 lines before the story's
"Posted: 9:36 PM, Nov 14, 2018"), up to :data:`FURNITURE_LINES`; but for a dateline (the first words
of the story), only lines (fields) of at most :data:`MAX_WORDS` words: a sentence of prose that
mentions a date ("In 1750 Benjamin Franklin published a proposal ...") is no header, and
neither is anything after the first paragraph of prose (more than :data:`PROSE_WORDS` words):
a date alone on a line there is a reference's or a list's. A date must give its day, month and year. A
publication label wins over a dateline or a lone date, which win over an ``updated`` label.
On 852 Wikipedia articles of ``../shared/data/wikipedia`` (which have no publication date)
this finds none; on WiCE dev's 349 cited web pages it finds 172 (154 when a line was read whole
and the header stopped at line 50).
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Sequence

from factcheck.models import Document, Value
from factcheck.values import extract_values

HEADER_LINES = 50  # lines of a source read for its date (a scraped page's furniture comes first)
FURNITURE_LINES = 300  # lines read at most while no prose has begun (menus, links, bylines)
MAX_WORDS = 10     # a longer line is prose, not a header
PROSE_WORDS = 25   # a line this long is the body: the header is over

_PUBLISHED = re.compile(r"\b(?:published|posted|date)\b", re.IGNORECASE)
_UPDATED = re.compile(r"\bupdated\b", re.IGNORECASE)
_DATELINE = re.compile(r"[A-Z][A-Za-z .,'’-]{1,40}\((?P<date>[^()]{6,40})\)\s*[-–—]")
# The dateline of a story's first paragraph without brackets (AP Stylebook, "datelines"): a
# place in capitals, perhaps a region after a comma, the date, then a dash: "HARLOW BAY, June
# 20, 2024 -- Northgate Textiles will cut ...", "LONDON, 3 May 2018 — ...".
_STORY_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{1,40}(?:,\s+[A-Z][A-Za-z .'’-]{1,40})?,\s+"
                             r"(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+)\d{4})"
                             r"\s*(?:--|[-–—])\s")
_ISO = re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])")
_DIGIT = re.compile(r"\d")
_FRAME = " \t#*|>•-–—:,."  # markdown and page furniture around a lone date
_LABELS = "Published|Posted|Updated|PUBLISHED|POSTED|UPDATED"
# Where one field of a header line ends and the next begins: a bar or a middle dot between
# spaces, or a capitalised label glued to the letter or digit before it ("amPosted:").
_FIELD = re.compile(rf"\s+[|·]\s+|(?<=[^\W_])(?=(?:{_LABELS})(?![a-z]))")
_GLUED_LABEL = re.compile(rf"\b({_LABELS})(?=[A-Z\d])")  # "PublishedJul 13, 2018"


def document_date(document: Document) -> datetime.date | None:
    """A source's date: its front matter's (``Document.date``), else the one its header
    says it was published on (:func:`publication_date`), else None."""
    return document.date or publication_date(document.text)


# A document's text, met again by each claim that meets it. As many as document_conventions keeps
# (the same text objects, so no more memory): at 256, a run of new claims on 10% of the Wikipedia
# sample read a third of its documents' headers again.
@functools.lru_cache(maxsize=1024)
def publication_date(text: str) -> datetime.date | None:
    """The date ``text`` (a whole source) says it was published, from its header, or None.

    Never raises; reads :data:`HEADER_LINES` lines, more (up to :data:`FURNITURE_LINES`) while
    no line of prose has come.
    """
    labelled = dateline = updated = None
    lone: set[datetime.date] = set()
    body = False
    for index, raw in enumerate(text.split("\n", FURNITURE_LINES)[:FURNITURE_LINES]):
        if body and (index >= HEADER_LINES or dateline is not None):
            break
        line = raw.strip()
        if body:  # in the prose, only a dateline is still read: the same tests, the cheap anchored one first
            match = _DATELINE.match(line) or _STORY_DATELINE.match(line)
            if match and _DIGIT.search(line):
                dateline = _date_in(match["date"], alone=True)
            continue
        words = line.count(" ") + 1 if line else 0  # (counted without splitting: prose lines are long)
        if not _DIGIT.search(line):  # a date states its year in digits: most lines are skipped unread
            body = body or words > PROSE_WORDS
            continue
        match = _DATELINE.match(line) or _STORY_DATELINE.match(line)
        if match:  # the first words of the story: a line of any length
            dateline = dateline or _date_in(match["date"], alone=True)
        body = body or words > PROSE_WORDS  # the header ends where the prose begins
        if not line or body:
            continue
        for field in _FIELD.split(line):
            field = _GLUED_LABEL.sub(r"\1 ", field.strip())
            if not field or field.count(" ") + 1 > MAX_WORDS:
                continue
            if _PUBLISHED.search(field):
                labelled = labelled or _date_in(field)
            elif _UPDATED.search(field):
                updated = updated or _date_in(field)
            elif not match:
                found = _date_in(field, alone=True)
                if found is not None:
                    lone.add(found)
    alone = next(iter(lone)) if len(lone) == 1 else None  # several are a list of dates, not the page's
    return labelled or dateline or alone or updated


def dateline_date_span(text: str) -> tuple[int, int] | None:
    """The span of the date of a dateline that opens ``text`` without brackets ("HARLOW BAY, June
    20, 2024 -- ..."), or None: the date the story was filed, which no statement of its first
    sentence dates (:data:`_STORY_DATELINE`)."""
    match = _STORY_DATELINE.match(text)
    return match.span("date") if match else None


def statement_values(text: str, values: Sequence[Value]) -> list[Value]:
    """``values`` (read from ``text``, with offsets into it) without the date of a dateline that
    opens ``text`` (:func:`dateline_date_span`): the date of a dateline that opens a passage is
    when the story was filed, no date of its first sentence's statement ("HARLOW BAY, June 20,
    2024 -- Northgate Textiles will cut ..." says nothing of when the plant opened, and two
    stories filed on two days about one vote do not date it apart)."""
    filed = dateline_date_span(text)
    if filed is None:
        return list(values)
    return [v for v in values if not (filed[0] <= v.start and v.end <= filed[1])]


def _date_in(text: str, *, alone: bool = False) -> datetime.date | None:
    """The first full date (day, month and year) in ``text``; with ``alone``, only a date
    that is all of ``text`` but its frame (markdown, separators, a weekday before it)."""
    iso = _ISO.search(text)
    if iso and not alone:
        return _day(int(iso["y"]), int(iso["m"]), int(iso["d"]))
    for value in extract_values(text):
        if value.kind != "date" or value.date is None or None in value.date or value.unit:  # a period, an unsettled order
            continue
        if alone and (text[value.end:].strip(_FRAME) or not _weekday_at_most(text[:value.start])):
            return None
        year, month, day = value.date
        assert year is not None and month is not None and day is not None  # checked above
        return _day(year, month, day)
    return None


_WEEKDAY = re.compile(r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?)?",
                      re.IGNORECASE)  # "Friday 23 March 2018", "Fri 15 Feb 19"


def _weekday_at_most(before: str) -> bool:
    """Whether the text before a date is only its frame and perhaps a weekday ("Friday 23 March 2018")."""
    return bool(_WEEKDAY.fullmatch(before.strip(_FRAME)))


def _day(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None
