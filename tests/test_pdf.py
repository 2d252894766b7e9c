"""PDF sources: text layer, page/line/column of every quote, and PDFs that cannot be read.

The PDFs are made here with reportlab (a test dependency), one line drawn per line of
the lists below, so the page, line and column of every sentence is known exactly.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import reportlab
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from factcheck.errors import InputError
from factcheck.models import place
from factcheck.sources.corpus import load_corpus, load_document
from factcheck.sources.passages import split_passages
from factcheck.sources.pdf import join_hyphenated, paragraphs

# Three pages of a report, as a typesetter wraps them (lines of about 80 characters).
PAGES = [
    ["Annual Report of the Regional Water Authority",
     "The authority supplied 41,300 households in the district during the year under",
     "review, against 39,800 the year before. Its chief engineer, Dana Whitfield, said the",
     "new treatment plant near Millbrook had cut the number of boil-water notices from",
     "eleven to two.",
     "Construction costs"],
    ["The plant cost 18 million euros, two million more than the budget approved in",
     "2019. The board blamed the rise in the price of steel and a wet winter that",
     "stopped work for six weeks.",
     "Leaks and repairs",
     "Crews repaired 1,250 leaks in the network, most of them in pipes laid before",
     "1960."],
    ["The authority expects to replace a further 30 kilometres of old mains next year.",
     "Customers will not see a rise in their bills before 2026, the board said."],
]


def _draw(path: Path, pages: list[list[str]], *, font: str = "Helvetica", columns: int = 1) -> Path:
    """A PDF with one drawn line of text per string; ``columns=2`` fills a left column
    and then a right one on each page (the first half of the lines, then the second)."""
    sheet = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        sheet.setFont(font, 9 if columns == 2 else 10)
        half = (len(lines) + 1) // 2 if columns == 2 else len(lines)
        for n, line in enumerate(lines):
            x = 40 if n < half else 310
            sheet.drawString(x, 800 - 14 * (n % half), line)
        sheet.showPage()
    sheet.save()
    return path


def _image_only(path: Path) -> Path:
    sheet = canvas.Canvas(str(path), pagesize=A4)
    sheet.rect(100, 500, 200, 100, fill=1)  # a drawing: no text at all, as in a scan
    sheet.showPage()
    sheet.save()
    return path


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, capture_output=True, text=True,
                          check=False)


def test_each_line_is_at_its_page_line_and_column(tmp_path: Path) -> None:
    doc = load_document("report.pdf", _draw(tmp_path / "report.pdf", PAGES))
    assert doc.page_starts[0] == 0 and len(doc.page_starts) == 3
    for page, lines in enumerate(PAGES, 1):
        for number, line in enumerate(lines, 1):
            start = doc.text.index(line)
            assert doc.text[start:start + len(line)] == line
            assert doc.page(start) == page
            assert doc.position(start) == (number, 1)
    word = doc.text.index("Dana Whitfield")
    assert (doc.page(word), *doc.position(word)) == (1, 3, len("review, against 39,800 the year before. Its chief engineer, ") + 1)


def test_sentences_run_across_wrapped_lines_and_pages(tmp_path: Path) -> None:
    doc = load_document("report.pdf", _draw(tmp_path / "report.pdf", PAGES))
    passages = [" ".join(doc.text[p.start:p.end].split()) for p in split_passages(doc, 0)]
    assert ("The authority supplied 41,300 households in the district during the year under review, "
            "against 39,800 the year before.") in passages
    # A heading (a short line) ends its paragraph: never glued to the sentence after it.
    assert "Leaks and repairs" in passages
    assert "The plant cost 18 million euros, two million more than the budget approved in 2019." in passages
    assert not any("costs The plant" in p or "two. Construction" in p for p in passages)
    assert "Crews repaired 1,250 leaks in the network, most of them in pipes laid before 1960." in passages


def test_check_quotes_the_pdf_with_page_line_and_column(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    _draw(tmp_path / "src" / "report.pdf", PAGES)
    (tmp_path / "claims.yaml").write_text(
        "claims:\n"
        "  - id: leaks\n"
        "    claim: Crews repaired 1,250 leaks in the network.\n"
        '    quote: "most of them in pipes laid before 1960"\n'
        "    cite: report.pdf\n"
        "  - id: cost\n"
        "    claim: The plant cost 25 million euros.\n", encoding="utf-8")
    done = _run("check", "claims.yaml", "--sources", "src", "--no-index", "--format", "json", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    results = {r["id"]: r for r in json.loads(done.stdout)["results"]}
    text = load_document("report.pdf", tmp_path / "src" / "report.pdf").text
    leaks = results["leaks"]
    assert leaks["verdict"] == "supported"
    best = leaks["evidence"][0]
    assert text[best["start"]:best["end"]] == best["quote"]
    assert (best["page"], best["line"], best["column"]) == (2, 5, 1)
    assert leaks["quote_check"]["status"] == "exact"
    assert (leaks["quote_check"]["page"], leaks["quote_check"]["line"]) == (2, 5)
    cost = results["cost"]
    assert cost["verdict"] == "contradicted"
    assert (cost["evidence"][0]["page"], cost["evidence"][0]["line"]) == (2, 1)
    assert {(d["source_value"], d["page"], d["line"]) for d in cost["disagreements"]} >= {("18 million euros", 2, 1)}

    shown = _run("check", "claims.yaml", "--sources", "src", "--no-index", cwd=tmp_path).stdout
    assert "src/report.pdf:p2:5:1 supports:" in shown
    assert "quote: exact (report.pdf:p2:5)" in shown
    assert 'report.pdf:p2:1 says "18 million euros"' in shown


@pytest.mark.parametrize("fmt", ["sarif", "junit", "github", "html"])
def test_every_format_names_the_page(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "src").mkdir()
    _draw(tmp_path / "src" / "report.pdf", PAGES)
    (tmp_path / "claims.yaml").write_text("- id: cost\n  claim: The plant cost 25 million euros.\n", encoding="utf-8")
    out = _run("check", "claims.yaml", "--sources", "src", "--no-index", "--format", fmt, cwd=tmp_path).stdout
    assert "report.pdf:p2:1" in out
    if fmt == "sarif":
        related = json.loads(out)["runs"][0]["results"][0]["relatedLocations"][0]
        assert "region" not in related["physicalLocation"]  # a PDF has no text lines of its own
        assert related["properties"] == {"page": 2, "line": 1, "column": 1}


def test_same_report_with_the_index(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    _draw(tmp_path / "src" / "report.pdf", PAGES)
    (tmp_path / "claims.yaml").write_text("- id: cost\n  claim: The plant cost 25 million euros.\n", encoding="utf-8")
    args = ("check", "claims.yaml", "--sources", "src", "--format", "json")
    plain = _run(*args, "--no-index", cwd=tmp_path)
    first = _run(*args, "--cache-dir", str(tmp_path / "cache"), cwd=tmp_path)
    again = _run(*args, "--cache-dir", str(tmp_path / "cache"), cwd=tmp_path)
    assert plain.stdout == first.stdout == again.stdout and '"page": 2' in plain.stdout


def test_two_columns_are_read_column_by_column(tmp_path: Path) -> None:
    column = ["The survey counted 212 nesting pairs of", "avocets on the estuary, the highest",
              "number since records began in 1947.", "Wardens put the rise down to a new",
              "scrape dug in the winter of 2021.", "Predation by foxes fell as well."]
    doc = load_document("birds.pdf", _draw(tmp_path / "birds.pdf", [column], columns=2))
    flat = " ".join(doc.text.split())
    assert "number since records began in 1947. Wardens put the rise down to a new scrape" in flat
    start = doc.text.index("Wardens")
    assert (doc.page(start), *doc.position(start)) == (1, 4, 1)


def test_ligature_glyphs_read_as_letters(tmp_path: Path) -> None:
    vera = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"  # Bitstream Vera, shipped with reportlab
    pdfmetrics.registerFont(TTFont("VeraTest", str(vera)))
    lines = ["The \ufb01rst of\ufb01cial \ufb02ight left at \ufb01ve."]
    doc = load_document("flight.pdf", _draw(tmp_path / "flight.pdf", [lines], font="VeraTest"))
    assert "The first official flight left at five." in doc.text


def test_line_end_hyphens_join_words_and_keep_lines(tmp_path: Path) -> None:
    lines = ["The council approved the new regulations after a long and heated discus-",
             "sion that lasted until midnight. A well-known local architect, a well-",
             "known figure in town, spoke against the plan."]
    doc = load_document("minutes.pdf", _draw(tmp_path / "minutes.pdf", [lines]))
    assert "discussion\nthat lasted until midnight." in doc.text
    assert "a well-known\nfigure in town" in doc.text  # a compound the text also writes whole
    assert doc.text.rstrip("\n").count("\n") == 2  # three lines drawn, three lines read
    assert doc.position(doc.text.index("figure")) == (3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("the maga-\nzine said so", "the magazine\nsaid so"),
    ("ends with a word cut in infor-\nmation.\nNext line", "ends with a word cut in information.\n\nNext line"),
    ("from 1990-\n1995 and Smith-\nJones", "from 1990-\n1995 and Smith-\nJones"),  # numbers, names: untouched
    ("a hyphen -\nalone", "a hyphen -\nalone"),
])
def test_join_hyphenated(text: str, expected: str) -> None:
    assert join_hyphenated(text) == expected
    assert join_hyphenated(text).count("\n") == text.count("\n")


def test_paragraphs_break_after_short_lines_and_before_bullets() -> None:
    text = ("Results\nThe first full line of a paragraph that goes on to the margin and\n"
            "ends here.\n• a bullet point\nA last full line of text that goes on to the margin, and its\f"
            "continuation on the next page.")
    found = [text[a:b] for a, b in paragraphs(text)]
    assert found == ["Results", "The first full line of a paragraph that goes on to the margin and\nends here.",
                     "• a bullet point",
                     "A last full line of text that goes on to the margin, and its\fcontinuation on the next page."]


def test_no_text_layer_is_a_warning_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    _image_only(tmp_path / "src" / "scan.pdf")
    (tmp_path / "src" / "note.txt").write_text("The plant cost 18 million euros.\n", encoding="utf-8")
    corpus = load_corpus([tmp_path / "src"])  # no error, even without skip_bad
    assert [d.id for d in corpus.documents] == ["note.txt"]
    assert any("scan.pdf" in w and "no text layer" in w for w in corpus.warnings)
    (tmp_path / "claims.yaml").write_text("- id: cost\n  claim: The plant cost 18 million euros.\n", encoding="utf-8")
    for index in ("--no-index", "--cache-dir=" + str(tmp_path / "cache")):
        done = _run("check", "claims.yaml", "--sources", "src", index, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert "scan.pdf" in done.stderr and "no text layer" in done.stderr
        assert "Traceback" not in done.stderr


def _encrypted(path: Path) -> Path:
    source = io.BytesIO()
    sheet = canvas.Canvas(source, pagesize=A4)
    sheet.drawString(40, 800, "A confidential memo about the budget.")
    sheet.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(source.getvalue())))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    with path.open("wb") as handle:
        writer.write(handle)
    return path


@pytest.mark.parametrize("make", [
    pytest.param(_encrypted, id="encrypted"),
    pytest.param(lambda p: p.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog") and p, id="truncated"),
    pytest.param(lambda p: p.write_bytes(b"this is not a PDF at all\n") and p, id="not-a-pdf"),
])
def test_unreadable_pdf_is_an_input_error_or_skipped(tmp_path: Path, make: object) -> None:
    (tmp_path / "src").mkdir()
    make(tmp_path / "src" / "bad.pdf")  # type: ignore[operator]
    (tmp_path / "src" / "note.txt").write_text("The plant cost 18 million euros.\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_corpus([tmp_path / "src"])
    assert "bad.pdf" in str(error.value)
    corpus = load_corpus([tmp_path / "src"], skip_bad=True)
    assert [d.id for d in corpus.documents] == ["note.txt"]
    assert any("bad.pdf" in w and "skipped" in w for w in corpus.warnings)
    (tmp_path / "claims.yaml").write_text("- id: cost\n  claim: The plant cost 18 million euros.\n", encoding="utf-8")
    done = _run("check", "claims.yaml", "--sources", "src", "--no-index", cwd=tmp_path)
    assert done.returncode == 2 and "bad.pdf" in done.stderr and "Traceback" not in done.stderr
    done = _run("check", "claims.yaml", "--sources", "src", "--skip-bad-sources", "--no-index", cwd=tmp_path)
    assert done.returncode == 0 and "bad.pdf" in done.stderr


def test_place_writes_the_page_only_for_a_pdf() -> None:
    assert place("seeds/a.txt", 12, 5) == "seeds/a.txt:12:5"
    assert place("report.pdf", 12, 5, 3) == "report.pdf:p3:12:5"
    assert place("report.pdf", 12, page=3) == "report.pdf:p3:12"


def test_a_pdf_locked_by_an_owner_password_only_is_read(tmp_path: Path) -> None:
    """Many published PDFs restrict printing or copying with an owner password and no user
    password: any reader opens them, and so does factcheck."""
    writer = PdfWriter(clone_from=_draw(tmp_path / "open.pdf", PAGES))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-256")
    with (tmp_path / "locked.pdf").open("wb") as handle:
        writer.write(handle)
    doc = load_document("locked.pdf", tmp_path / "locked.pdf")
    start = doc.text.index("Crews repaired 1,250 leaks")
    assert (doc.page(start), *doc.position(start)) == (2, 5, 1)
