"""Text a reader sees that the text layer does not hold: words inside an image or drawn as
vector outlines on a born-digital page are read by OCR, detected and redacted (pixels and paths
under the box); pages without images or outlines are not OCR'd at all. Data invented."""
from __future__ import annotations

import json

import pymupdf
import pytest

from redact.formats.pdf import ocr
from redact.formats.pdf.unlayered import candidate_regions
from tests.builders import make_pdf, require_tool

PHONE = "06-41234567"
SECRET_LINE = f"Bel mevrouw Jansen op {PHONE} voor de afspraak."


def _text_png(text: str) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=420, height=40)
    page.insert_text((10, 26), text, fontname="helv", fontsize=14)
    return page.get_pixmap(dpi=200).tobytes("png")


def _outlined_page(text: str) -> pymupdf.Document:
    """A one-page PDF on which `text` is drawn as curves (no text layer), via MuPDF's SVG output."""
    doc = pymupdf.open()
    page = doc.new_page(width=420, height=40)
    page.insert_text((10, 26), text, fontname="helv", fontsize=14)
    svg = page.get_svg_image(text_as_path=True)
    return pymupdf.open(stream=pymupdf.open("svg", svg.encode()).convert_to_pdf(), filetype="pdf")


def _letter(tmp_path, kind: str):
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 90), "Verslag van het overleg over de aanvraag.", fontname="helv", fontsize=11)
    page.insert_text((72, 110), "De notulen volgen hieronder.", fontname="helv", fontsize=11)
    where = pymupdf.Rect(72, 140, 492, 180)
    if kind == "image":
        page.insert_image(where, stream=_text_png(SECRET_LINE))
    else:
        page.show_pdf_page(where, _outlined_page(SECRET_LINE), 0)
    path = tmp_path / f"{kind}.pdf"
    doc.save(path)
    return path


@pytest.mark.parametrize("kind", ["image", "outlines"])
def test_words_outside_the_text_layer_are_redacted(tmp_path, redactor, kind):
    require_tool("tesseract")
    src = _letter(tmp_path, kind)
    with pymupdf.open(src) as pdf:
        assert PHONE not in pdf[0].get_text()  # the text layer does not hold it: only a reader sees it
    res = redactor.redact_file(src, tmp_path / "out")
    assert res.status == "published", res.reason
    manifest = json.loads((tmp_path / "out" / "review" / f"{kind}.pdf.manifest.json").read_text("utf-8"))
    phones = [r for r in manifest["redactions"] if r["entity"] == "PHONE"]
    assert phones and phones[0]["boxes"], manifest["redactions"]
    with pymupdf.open(tmp_path / "out" / "publish" / f"{kind}.pdf") as out:
        page = out[0]
        assert "Verslag van het overleg" in page.get_text()
        read = " ".join(w.text for w in ocr.read_page(page))
    assert "41234567" not in read.replace(" ", "") and "Verslag" in read


def test_a_plain_text_page_is_not_read_by_ocr(tmp_path):
    """The cheap test: no image, no outlines, no OCR."""
    src = make_pdf(tmp_path / "plain.pdf", ["Een gewone brief met alleen tekst.\nMet vriendelijke groet."])
    with pymupdf.open(src) as pdf:
        page = pdf[0]
        boxes = [c["bbox"] for b in page.get_text("rawdict")["blocks"] for li in b.get("lines", [])
                 for s in li["spans"] for c in s["chars"]]
        assert candidate_regions(page, boxes) == []
