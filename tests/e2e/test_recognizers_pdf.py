"""The recognisers on a real born-digital PDF: personal data is gone from the published file's text,
office data and ordinary numbers stay readable."""
from __future__ import annotations

import re
import shutil
import subprocess

import pymupdf
import pytest

from tests.builders import make_pdf, pdf_text

PAGE = """Gemeente Ergenshuizen, team Vergunningen
Postbus 4321
9999 AA Ergenshuizen

Mevrouw R.T. Voorbeeld-Testmans
Kastanjelaan 212-hs
9998 CC Ergenshuizen

Datum: 8 april 2024          Ons kenmerk: 2024-VG-004411
Onderwerp: uw aanvraag gehandicaptenparkeerkaart

U bent geboren op 17-09-1951. Uw burgerservicenummer is 123456782
en uw auto heeft kenteken 7-TZX-41. Uw rijbewijs heeft nummer 4917205538.
De leges van € 71,50 zijn afgeschreven van NL91 ABNA 0417 1643 00.
Vragen? Bel 14 0999 of uw contactpersoon op 06 - 87 65 43 21,
of mail naar vergunningen@ergenshuizen.nl."""


def test_published_pdf_has_no_personal_numbers(tmp_path, redactor):
    src = make_pdf(tmp_path / "brief.pdf", [PAGE])
    result = redactor.redact_file(src, tmp_path / "out")
    out = pdf_text(tmp_path / "out" / "publish" / "brief.pdf")
    assert result.status == "published", result.reason
    for gone in ["Kastanjelaan", "212-hs", "9998 CC", "17-09-1951", "123456782", "7-TZX-41", "4917205538",
                 "0417", "87 65 43 21"]:
        assert gone not in out, gone
    for stays in ["Postbus 4321", "9999 AA", "8 april 2024", "2024-VG-004411", "71,50", "14 0999",
                  "vergunningen@ergenshuizen.nl"]:
        assert stays in out, stays


LETTERHEAD = """Ministerie van Voorbeeldzaken
Directie Testbeleid
Postbus 12345
2500 ZZ Den Haag
T 070 321 99 88

Contactpersoon
mr. P.Q. Testpersoon
T 070 321 45 67

Zij is op maandag ook direct bereikbaar op 033 - 987 51 27 en verder niet.
De tolk belt vanaf +31 6 2719 0385 of 058 - 987 48 19 terug.
Partner Testpartner Voorbeeld, geboren 2 april 1979, woont elders.
Burgerservicenummer 123456782
Kenteken 58-LNJ-7 en zaaknummer INK-2024-33817."""


def test_letterhead_number_stays_and_personal_numbers_go(tmp_path, redactor):
    src = make_pdf(tmp_path / "brief.pdf", [LETTERHEAD])
    result = redactor.redact_file(src, tmp_path / "out")
    out = pdf_text(tmp_path / "out" / "publish" / "brief.pdf")
    assert result.status == "published", result.reason
    for gone in ["321 45 67", "987 51 27", "2719 0385", "987 48 19", "2 april 1979", "123456782", "58-LNJ-7"]:
        assert gone not in out, gone
    for stays in ["070 321 99 88", "INK-2024-33817", "Postbus 12345"]:
        assert stays in out, stays


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_labels_read_in_their_place_in_the_sentence(tmp_path, redactor):
    """A reader (pdftotext) finds each label where the redacted text stood, with its whole ground code:
    the label starts at the left of its box, so it joins the words before it."""
    src = make_pdf(tmp_path / "brief.pdf", [LETTERHEAD])
    redactor.redact_file(src, tmp_path / "out")
    text = subprocess.run(["pdftotext", str(tmp_path / "out" / "publish" / "brief.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    lines = " ".join(text.split())
    assert "direct bereikbaar op 5.1, 2, e" in lines
    assert "Burgerservicenummer 5.1, 1, e" in lines
    assert "Kenteken 5.1, 2, e" in lines


def test_no_box_hides_a_letter_of_the_next_word(tmp_path, redactor):
    """MuPDF moves the text after a removed run to the left (by the advance of the run's first glyph);
    the next word must still start outside every box, so that no letter of it is hidden."""
    src = make_pdf(tmp_path / "brief.pdf", [LETTERHEAD])
    redactor.redact_file(src, tmp_path / "out")
    with pymupdf.open(tmp_path / "out" / "publish" / "brief.pdf") as doc:
        page = doc[0]
        boxes = [d["rect"] for d in page.get_drawings() if d.get("fill") == (0.0, 0.0, 0.0)]
        words = [w for w in page.get_text("words") if not re.fullmatch(r"5\.1,?|[12],|e", w[4])]
    assert boxes
    for r in boxes:
        for w in words:
            mid = (w[1] + w[3]) / 2
            assert not (r.y0 <= mid <= r.y1 and w[0] < r.x1 - 0.3 and w[2] > r.x0 + 0.3), (w[4], r)
