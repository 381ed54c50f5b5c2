"""PDF stages: ingest (hidden layers revealed, scans OCR'd), apply (hidden data stripped, true redaction,
labelled boxes, text layer for scans), verify (see pdf_verify)."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from ...document import Document, sha256_file
from ...exceptions import InputError
from ...findings import Entry
from ...rules import Rules, format_label
from .hidden import reveal, strip
from .labels import draw_boxes, fit_label_on
from .layout import PdfLayout, extract
from .pdf_verify import check_output
from .textlayer import add_text_layer

FORMAT = "pdf"


def _open(path: Path) -> pymupdf.Document:
    try:
        doc = pymupdf.open(path, filetype="pdf")
    except Exception as e:  # pymupdf raises several types for broken files
        raise InputError(f"cannot open PDF: {e}") from e
    if doc.needs_pass or doc.is_encrypted:
        doc.close()
        raise InputError("password-protected PDF: remove the password before redacting")
    if doc.page_count == 0:
        doc.close()
        raise InputError("PDF has no pages")
    return doc


def ingest(path: Path) -> Document:
    doc = _open(path)
    try:
        sha = sha256_file(path)
        reveal(doc)
        ex = extract(doc, file_key=sha)
        out = Document(path=path, format=FORMAT, text=ex.text, pages=doc.page_count, page_starts=ex.page_starts,
                       layout=ex.layout, sha256=sha, title=(doc.metadata or {}).get("title", ""))
        if doc.is_repaired:
            out.needs_review.append("PDF was damaged and had to be repaired on opening")
        out.needs_review += ex.unreadable
        if ex.layout.ocr_pages:
            out.warnings.append(f"page(s) read by OCR: {_ranges(sorted(p + 1 for p in ex.layout.ocr_pages))}")
        return out
    finally:
        doc.close()


def _ranges(pages: list[int]) -> str:
    out, start, prev = [], None, None
    for p in pages + [None]:
        if start is None:
            start = prev = p
        elif p is not None and p == prev + 1:
            prev = p
        else:
            out.append(f"{start}" if start == prev else f"{start}-{prev}")
            start = prev = p
    return ", ".join(out)


def _shrunk(r: pymupdf.Rect) -> pymupdf.Rect:
    """The removal rectangle: glyphs whose (10 %-shrunk) box touches it are removed, so keep it
    off the neighbouring lines and letters."""
    dy = r.height * 0.2
    dx = min(0.8, r.width * 0.05)
    return pymupdf.Rect(r.x0 + dx, r.y0 + dy, r.x1 - dx, r.y1 - dy)


def _add(counts: dict[str, int], more: dict[str, int]) -> None:
    for k, v in more.items():
        counts[k] = counts.get(k, 0) + v


def _remove_invisible_text(page: pymupdf.Page) -> None:
    """Invisible text (render mode 3) goes from the whole page, visible text stays."""
    page.add_redact_annot(page.rect, fill=False)
    page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
                          text=pymupdf.PDF_REDACT_TEXT_REMOVE_INVISIBLE)


def apply(doc: Document, entries: list[Entry], rules: Rules, out_path: Path) -> dict:
    """Remove hidden data, remove the text, pixels and outlines under every redacted entry, draw
    its labelled box, give OCR'd pages a text layer of their unredacted words, and save the file
    fully rewritten (one revision, unreferenced objects collected)."""
    lay: PdfLayout = doc.layout
    warnings: list[str] = []
    pdf = _open(doc.path)
    removed = reveal(pdf)
    _add(removed, strip(pdf))
    boxes: dict[int, list[tuple[pymupdf.Rect, str]]] = {}
    for e in entries:
        if not e.redacted:
            continue
        e.boxes = []
        rects = lay.rects(e.start, e.end)
        if not rects:
            warnings.append(f"{e.id}: no glyphs found for {e.entity} at offset {e.start}")
            continue
        e.page = rects[0][0] + 1
        for pno, r in rects:
            scanned = pno in lay.ocr_pages
            pdf[pno].add_redact_annot(r if scanned else _shrunk(r), fill=False)
            boxes.setdefault(pno, []).append((r, e.ground))
            e.boxes.append([pno + 1] + [round(v, 2) for v in (r.x0, r.y0, r.x1, r.y1)])
    for pno in sorted(set(boxes) | lay.ocr_pages | lay.invisible_pages):
        page = pdf[pno]
        if pno in boxes:
            page.apply_redactions(
                images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
                graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED,
                text=pymupdf.PDF_REDACT_TEXT_REMOVE,
            )
        if pno in lay.invisible_pages:
            _remove_invisible_text(page)
            _add(removed, {"invisible_text_pages": 1})
        drawn, labelled = [], []
        for rect, ground in boxes.get(pno, []):
            box, text, size, widened = fit_label_on(page, rect, rules.label(ground),
                                                     format_label(ground, "compact"))
            if widened:
                warnings.append(f"page {pno + 1}: box at {tuple(round(v) for v in rect)} widened to fit its label")
            labelled.append((box, text, size))
            drawn.append(box)
        draw_boxes(page, labelled)
        if pno in lay.ocr_pages:
            add_text_layer(page, lay.ocr_words.get(pno, []), drawn)
    pdf.set_metadata({"producer": "woo-redact"})
    pdf.del_xml_metadata()
    pdf.save(out_path, garbage=4, deflate=True, clean=True, incremental=False, no_new_id=True)
    pdf.close()
    return {"warnings": warnings, "hidden_data_removed": removed}


# ----------------------------------------------------------------------------- verify


def verify(doc: Document, out_path: Path, entries: list[Entry], rules: Rules) -> list[str]:
    return check_output(doc, out_path, entries, rules)
