"""OCR'd pages read like a text layer: soft-wrapped lines joined, table cells apart, hard breaks kept."""
from __future__ import annotations

import re
from pathlib import Path

import pymupdf
import pytest

from redact.formats.pdf import ocr
from redact.formats.pdf.handler import ingest
from tests.builders import require_tool


def _scan(path: Path, items: list[tuple[float, float, str]], dpi: int = 150) -> Path:
    """An image-only page (grayscale, no text layer) with text drawn at the given positions."""
    src = pymupdf.open()
    page = src.new_page()
    for x, y, text in items:
        page.insert_text((x, y), text, fontsize=12, fontname="tiro")
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    out = pymupdf.open()
    out.new_page(width=page.rect.width, height=page.rect.height).insert_image(page.rect, stream=pix.tobytes("png"))
    out.save(path)
    out.close()
    src.close()
    return path


@pytest.fixture(scope="module")
def scan_text(tmp_path_factory) -> str:
    require_tool("tesseract")
    path = _scan(tmp_path_factory.mktemp("ocr") / "s.pdf", [
        (72, 90, "Aan: Team Vergunningen"),
        (72, 112, "Van: Bureau Woo"),
        (72, 150, "Het verzoek om informatie is op 3 mei ingediend door mevrouw Annelies"),
        (72, 166, "Zandvliet-Kooistra en wordt binnen vier weken behandeld door het team."),
        (72, 230, "Bakker, Roel"), (300, 230, "Humanitas"),
        (72, 250, "Visser, Anna"), (300, 250, "Vluchtelingenwerk"),
    ])
    return ingest(path).text


def test_a_name_wrapped_over_two_lines_reads_as_one(scan_text):
    assert "mevrouw Annelies Zandvliet-Kooistra en wordt" in scan_text


def test_hard_line_breaks_stay_line_breaks(scan_text):
    assert "Vergunningen Van" not in scan_text and "Woo Het" not in scan_text
    assert "Aan: Team Vergunningen\n" in scan_text


def test_table_cells_on_one_line_are_read_apart(scan_text):
    assert "Roel Humanitas" not in scan_text and "Anna Vluchtelingenwerk" not in scan_text
    assert "Bakker, Roel\n" in scan_text and "Visser, Anna\n" in scan_text


def _word(text: str, x0: float, x1: float, line: int, y: float = 0.0) -> ocr.OcrWord:
    return ocr.OcrWord(text, (x0, y + line * 14, x1, y + line * 14 + 10), (1, 1, line, 0), 12.0, 95.0)


def test_structure_rules_on_word_boxes():
    words = [_word("lange", 72, 300, 1), _word("regel", 305, 520, 1),        # reaches the margin
             _word("Zandvliet", 72, 130, 2), _word("kort", 135, 160, 2),     # wraps from line 1
             _word("Telefoon:", 72, 130, 3),                                  # a field label: never a wrap
             _word("Naam", 72, 110, 4), _word("|", 200, 202, 4), _word("Rol", 210, 240, 4)]
    out = ocr.structure(words)
    assert [w.wraps for w in out[:4]] == [False, True, False, False]
    assert not out[4].wraps
    assert [w.line[3] for w in out[5:]] == [0, 1, 2]  # "|" is a cell of its own


def test_a_wide_gap_separates_cells_and_stops_wrapping():
    words = [_word("Bakker,", 72, 120, 1), _word("Roel", 124, 150, 1), _word("Humanitas", 400, 520, 1),
             _word("Visser", 72, 110, 2)]
    out = ocr.structure(words)
    assert [w.line[3] for w in out] == [0, 0, 1, 0]
    assert not any(w.wraps for w in out)  # a table row does not flow into the next row


def test_words_beside_a_box_on_a_scan_stay_readable(tmp_path, redactor):
    """Boxes on scans cover the redacted words with a small margin, not the neighbours' edges:
    a fresh OCR of the output still reads the words right before and after each box, and the
    ground in the box."""
    require_tool("tesseract")
    lines = ["Gisteren belde Wubbo Zandvliet over zijn aanvraag.",
             "Daarna meldde Wubbo Zandvliet zich bij de balie.",
             "Mevrouw Zandvliet vraagt om uitstel van de beslissing.",
             "Het verzoek is per e-mail aan w.zandvliet@postvak.nl bevestigd."]
    src = _scan(tmp_path / "s.pdf", [(72, 90 + 20 * i, t) for i, t in enumerate(lines)])
    res = redactor.redact_file(src, tmp_path / "out")
    assert res.status == "published", res.reason
    with pymupdf.open(tmp_path / "out" / "publish" / "s.pdf") as doc:
        read = [w.text.strip(".,") for w in ocr.read_page(doc[0], dpi=200)]
    assert not [w for w in read if "zandvliet" in w.lower()]
    assert {"belde", "over", "meldde", "zich", "Mevrouw", "vraagt", "aan", "bevestigd"} <= set(read)
    # the boxes are light with a dark label: OCR reads the ground where the name was
    assert re.search(r"belde 5\.1,? ?2,? ?e over", " ".join(read))


def test_an_address_read_as_two_words_is_glued_back():
    words = [_word("mail", 72, 100, 1), _word("w.jansen", 105, 160, 1), _word("@gemeente.nl.", 165, 250, 1),
             _word("actie:", 72, 110, 2), _word("@Jan", 115, 140, 2),
             _word("j.smit@", 72, 110, 3), _word("postvak.nl", 115, 180, 3)]
    texts = [w.text for w in ocr.structure(words)]
    assert texts == ["mail", "w.jansen@gemeente.nl.", "actie:", "@Jan", "j.smit@postvak.nl"]


def test_the_last_cell_of_a_table_row_wraps_into_its_continuation():
    words = [_word("Partner", 91, 130, 1), _word("Jan", 306, 330, 1), _word("geboren", 334, 476, 1),
             _word("april", 480, 515, 1),
             _word("1979", 307, 335, 2),                                      # under the cell: its continuation
             _word("Adres", 91, 125, 3), _word("Dorpsstraat", 306, 466, 3), _word("18,", 470, 518, 3),
             _word("Leiden", 91, 130, 4)]                                     # under the label: a line of its own
    out = ocr.structure(words)
    assert [w.text for w in out if w.wraps] == ["april"]
