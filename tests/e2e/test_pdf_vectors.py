"""Every leak vector of the corpus in tests/pdf_vectors.py comes out clean, read back independently."""
from __future__ import annotations

import json

import pymupdf
import pytest

from tests import pdf_vectors as pv
from tests.builders import require_tool

PIXELS_ONLY = {"scanned", "scanned_rotated"}  # the name is in the image alone


@pytest.mark.parametrize("name", sorted(pv.VECTORS))
def test_leak_vector_comes_out_clean(name, tmp_path, redactor):
    if name.startswith("scanned"):
        require_tool("tesseract")
    src = pv.VECTORS[name](tmp_path / f"{name}.pdf")
    if name not in PIXELS_ONLY:
        assert pv.leaked(src), "the corpus file must really hold the planted name"
    res = redactor.redact_file(src, tmp_path / "out")
    assert res.status == "published", res.reason
    out = tmp_path / "out" / "publish" / f"{name}.pdf"
    assert pv.leaked(out) == []
    if name.startswith("scanned"):  # the pixels too: a fresh OCR of the output reads no trace
        assert not [w for w in _ocr_words(out) if "zandvliet" in w.lower() or "postvak" in w.lower()]
    assert out.read_bytes().count(b"startxref") == 1
    with pymupdf.open(out) as doc:
        assert not doc.is_repaired and doc.embfile_count() == 0 and not doc.get_toc()
        assert all(not list(p.annots()) and not p.get_links() and p.first_widget is None for p in doc)
        out_text = " ".join(p.get_text() for p in doc).split()
    with pymupdf.open(src) as doc:
        src_text = " ".join(p.get_text() for p in doc).split()
    if " ".join(pv.BENIGN.split()) in " ".join(src_text):  # what is not personal stays readable
        assert " ".join(pv.BENIGN.split()) in " ".join(out_text)


def _ocr_words(path) -> list[str]:
    from redact.formats.pdf import ocr

    with pymupdf.open(path) as doc:
        return [w.text for page in doc for w in ocr.read_page(page)]


def _manifest(tmp_path, name):
    return json.loads((tmp_path / "out" / "review" / f"{name}.pdf.manifest.json").read_text())


def test_hidden_data_is_counted_in_the_manifest(tmp_path, redactor):
    src = pv.form_fields(tmp_path / "form_fields.pdf")
    redactor.redact_file(src, tmp_path / "out")
    removed = _manifest(tmp_path, "form_fields")["hidden_data_removed"]
    assert removed.get("form_fields") == 1 and removed.get("annotations", 0) == 0


def test_outlines_under_a_box_are_removed(tmp_path, redactor):
    src = pv.outlines_under_box(tmp_path / "o.pdf")
    with pymupdf.open(src) as doc:
        assert len(doc[0].get_drawings()) > 10  # the glyph outlines
    redactor.redact_file(src, tmp_path / "out")
    box = pymupdf.Rect(_manifest(tmp_path, "o")["redactions"][0]["boxes"][0][1:])
    with pymupdf.open(tmp_path / "out" / "publish" / "o.pdf") as doc:
        under = [d for d in doc[0].get_drawings() if d["rect"].intersects(box) and d.get("fill") != (0.0, 0.0, 0.0)]
    assert under == []


def test_image_under_a_box_is_blanked_and_replaced(tmp_path, redactor):
    src = pv.image_under_box(tmp_path / "i.pdf")
    with pymupdf.open(src) as doc:
        original = {doc.xref_stream_raw(x[0]) for x in doc[0].get_images()}
    redactor.redact_file(src, tmp_path / "out")
    box = pymupdf.Rect(_manifest(tmp_path, "i")["redactions"][0]["boxes"][0][1:])
    with pymupdf.open(tmp_path / "out" / "publish" / "i.pdf") as doc:
        streams = {doc.xref_stream_raw(x) for x in range(1, doc.xref_length()) if doc.xref_is_stream(x)}
        assert not original & streams
        # beside the label (which starts at the box's left edge) the box is black: no pixel of the picture
        pix = doc[0].get_pixmap(dpi=72, clip=pymupdf.Rect(box.x1 - 6, box.y0 + 1, box.x1 - 1, box.y1 - 1))
        assert max(pix.samples) < 40


def test_scanned_page_is_ocrd_redacted_and_searchable(tmp_path, redactor):
    require_tool("tesseract")
    src = pv.scanned(tmp_path / "scan.pdf")
    res = redactor.redact_file(src, tmp_path / "out")
    assert res.status == "published", res.reason
    m = _manifest(tmp_path, "scan")
    assert {r["entity"] for r in m["redactions"]} >= {"EMAIL", "PERSON"}
    out = tmp_path / "out" / "publish" / "scan.pdf"
    with pymupdf.open(out) as doc:
        text = doc[0].get_text()
    assert "aanvraag" in text and "Vergunningen" in text  # the text layer of the kept words
    assert "zandvliet" not in text.lower()
    assert "Vergunningen" in _ocr_words(out)
