"""Text layers without a space at soft line ends read like those with one: wrapped lines joined.

Mainly redact/formats/pdf/layout.py, through the PDF handler's ingest. Formerly
tests/test_pdf_text.py."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from redact.formats.pdf.handler import ingest


def _pdf(path: Path, lines: list[str], rotate: int = 0) -> Path:
    """One page, one text block: every line drawn on its own, no trailing spaces (as MuPDF's and
    other producers' justified text comes out)."""
    doc = pymupdf.open()
    page = doc.new_page()
    text = "\n".join(lines)
    page.insert_textbox(pymupdf.Rect(72, 72, 560, 400), text, fontsize=11, fontname="tiro")
    if rotate:
        page.set_rotation(rotate)
    doc.save(path)
    doc.close()
    return path


LINES = ["Aan: Team Vergunningen",
         "Van: Bureau Woo",
         "De aanvraag is besproken met de huisarts van verzoeker, dokter S.",
         "Wijnbergen, die een verklaring gaf over de noodzaak van de traplift.",
         "Met vriendelijke groet,",
         "Team Wmo"]


def test_a_name_wrapped_without_a_trailing_space_reads_as_one(tmp_path):
    text = ingest(_pdf(tmp_path / "a.pdf", LINES)).text
    assert "dokter S. Wijnbergen, die" in text


def test_short_lines_and_field_labels_keep_their_line_breaks(tmp_path):
    text = ingest(_pdf(tmp_path / "a.pdf", LINES)).text
    assert "Aan: Team Vergunningen\nVan: Bureau Woo\n" in text
    assert "Met vriendelijke groet,\nTeam Wmo" in text


def test_a_wrapped_name_is_redacted_on_both_lines(tmp_path, redactor):
    src = _pdf(tmp_path / "b.pdf", ["Het verzoek is op 3 mei 2024 ingediend door mevrouw Annelies",
                                    "Zandvliet-Kooistra en wordt binnen vier weken behandeld."])
    res = redactor.redact_file(src, tmp_path / "out")
    assert res.status == "published", res.reason
    with pymupdf.open(tmp_path / "out" / "publish" / "b.pdf") as doc:
        out = doc[0].get_text()
    assert "Annelies" not in out and "Zandvliet" not in out and "behandeld" in out


def test_a_table_row_does_not_flow_into_the_next_row(tmp_path):
    """The last cell of a row reaches the right margin, the next row starts at the left: two lines."""
    doc = pymupdf.open()
    page = doc.new_page()
    rows = [("Postma, Hiltsje", "locatiecoördinator en aanspreekpunt voor bewoners"),
            ("Tkachenko, Oleksandr", "tolk en bewonerscontact voor de opvanglocatie"),
            ("Bakker, Roel", "Humanitas")]
    for i, (a, b) in enumerate(rows):
        page.insert_text((72, 100 + 14 * i), a, fontsize=11, fontname="tiro")
        page.insert_text((250, 100 + 14 * i), b, fontsize=11, fontname="tiro")
    doc.save(tmp_path / "t.pdf")
    doc.close()
    text = ingest(tmp_path / "t.pdf").text
    assert "bewoners Tkachenko" not in text and "opvanglocatie Bakker" not in text
    assert "Tkachenko, Oleksandr" in text and "Bakker, Roel" in text


def _table_pdf(path: Path) -> Path:
    """A contact-list table as word processors draw it: narrow cells break long tokens anywhere
    (an e-mail address, a double name, a plate) and wrap phone numbers between digit groups."""
    doc = pymupdf.open()
    page = doc.new_page()
    rows = [  # (y, cells): each cell a list of lines, drawn at the cell's x
        (100, [["Naam"], ["Mobiel"], ["E-mail"], ["Vervoer"]]),
        (120, [["Brandeveer,", "Okwuosa"], ["06-4471", "2098"], ["noelle.ramae", "kers@maastr", "icht.nl"],
               ["scooter F-", "923-PB"]]),
        (170, [["burgemeeste", "r Valken-", "horst"], ["–"], ["bestuurssecr", "etariaat@ma", "astricht.nl"], ["–"]]),
    ]
    for y, cells in rows:
        for x, lines in zip((72, 160, 250, 360), cells):
            for k, line in enumerate(lines):
                page.insert_text((x, y + 13 * k), line, fontsize=10, fontname="helv")
    page.insert_textbox(pymupdf.Rect(72, 300, 560, 400), "Met vriendelijke groet,\nAnouk Brandeveer\nTeam Wmo",
                        fontsize=11, fontname="helv")
    doc.save(path)
    doc.close()
    return path


def test_tokens_broken_inside_table_cells_read_whole(tmp_path):
    text = ingest(_table_pdf(tmp_path / "t.pdf")).text
    for whole in ("Brandeveer, Okwuosa", "06-4471 2098", "noelle.ramaekers@maastricht.nl", "scooter F-923-PB",
                  "burgemeester Valken-horst", "bestuurssecretariaat@maastricht.nl"):
        assert whole in text, whole


def test_a_short_paragraph_beside_nothing_keeps_its_line_breaks(tmp_path):
    text = ingest(_table_pdf(tmp_path / "t.pdf")).text
    assert "Met vriendelijke groet,\nAnouk Brandeveer\nTeam Wmo" in text


def test_tokens_broken_in_cells_are_redacted_whole(tmp_path):
    from redact import Redactor

    src = _table_pdf(tmp_path / "t.pdf")
    res = Redactor().redact_file(src, tmp_path / "out")
    assert res.status == "published", res.reason
    out = pymupdf.open(tmp_path / "out" / res.output)
    words = " ".join(w[4] for w in out[0].get_text("words"))
    for gone in ("noelle", "ramae", "kers@maastr", "4471", "2098", "923-PB"):
        assert gone not in words, gone
    assert "bestuurssecr" in words  # a functional mailbox stays readable


def _paged_pdf(path: Path) -> Path:
    """Two pages with a running header and footer; a sentence runs on over the page break."""
    doc = pymupdf.open()
    for k, body in enumerate(["Bij de controle toonde hij zijn paspoort (nummer",
                              "NXB4KL7P2, afgegeven in 2019) en zijn rijbewijs."]):
        page = doc.new_page()
        page.insert_text((72, 50), "Politie Oost-Nederland – Bestuurlijke rapportage", fontsize=9, fontname="helv")
        page.insert_text((72, 400), body, fontsize=11, fontname="helv")
        page.insert_text((72, 800), f"Opgemaakt door hoofdagent – pagina {k + 1} van 2", fontsize=9, fontname="helv")
    doc.save(path)
    doc.close()
    return path


def test_running_headers_and_footers_do_not_break_a_sentence(tmp_path):
    text = ingest(_paged_pdf(tmp_path / "p.pdf")).text
    assert "paspoort (nummer NXB4KL7P2, afgegeven" in text
    assert "Politie Oost-Nederland" in text and "pagina 2 van 2" in text  # still read, after the body


def test_a_number_after_its_label_across_a_page_break_is_redacted(tmp_path):
    from redact import Redactor

    res = Redactor().redact_file(_paged_pdf(tmp_path / "p.pdf"), tmp_path / "out")
    assert res.status == "published", res.reason
    out = pymupdf.open(tmp_path / "out" / res.output)
    assert "NXB4KL7P2" not in out[1].get_text()


def test_initials_broken_from_their_surname_in_a_cell_keep_the_space(tmp_path):
    doc = pymupdf.open()
    page = doc.new_page()
    for k, line in enumerate(["E-mail van C.", "Okwuosa aan T. van", "der Berg, reisschema"]):
        page.insert_text((160, 120 + 13 * k), line, fontsize=10, fontname="helv")
    for x, cell in ((72, "6"), (300, "Deels openbaar"), (420, "5.1.2e")):
        page.insert_text((x, 120), cell, fontsize=10, fontname="helv")
    doc.save(tmp_path / "c.pdf")
    text = ingest(tmp_path / "c.pdf").text
    assert "C. Okwuosa" in text
