"""PDF stages: ingest (hidden layers revealed, scans OCR'd), apply (hidden data stripped, true redaction,
labelled boxes, text layer for scans), verify (see pdf_verify)."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pymupdf

from ...document import Document, sha256_file
from ...exceptions import InputError
from ...findings import Entry
from ...rules import Rules, format_label
from ..protocol import Applied
from .areas import area_entries, draw_areas, locate_kept
from .hidden import reveal, strip
from .labels import draw_boxes, fit_label_on
from .layout import PdfLayout, extract
from .mupdf import ERRORS, REPAIR, errors_logged, open_pdf
from .pdf_verify import check_output
from .textlayer import add_text_layer

FORMAT = "pdf"


def _open(path: Path) -> pymupdf.Document:
    doc = open_pdf(path)
    if doc.needs_pass or doc.is_encrypted:
        doc.close()
        raise InputError("password-protected PDF: remove the password before redacting")
    try:
        pages = doc.page_count
    except ERRORS as e:
        doc.close()
        raise InputError(f"damaged PDF: its page tree is broken; {REPAIR}") from e
    if pages == 0:
        doc.close()
        raise InputError("PDF has no pages")
    return doc


def ingest(path: Path) -> Document:
    doc = _open(path)
    try:
        sha = sha256_file(path)
        errors_logged()  # reset MuPDF's log: what follows is about reading this file
        reveal(doc)
        ex = extract(doc, file_key=sha)
        damaged = errors_logged()
        out = Document(path=path, format=FORMAT, text=ex.text, pages=doc.page_count, page_starts=ex.page_starts,
                       layout=ex.layout, sha256=sha, title=(doc.metadata or {}).get("title", ""))
        if doc.is_repaired:
            out.needs_review.append(f"damaged PDF: its cross-reference table is broken and had to be rebuilt on "
                                    f"opening, so a reader may see other content than was checked; {REPAIR}")
        elif damaged:
            out.needs_review.append(f"damaged PDF: part of its content cannot be decoded, so not all of its text "
                                    f"could be checked; {REPAIR}")
        out.needs_review += ex.unreadable
        if ex.layout.ocr_pages:
            out.warnings.append(f"page(s) read by OCR: {_ranges(sorted(p + 1 for p in ex.layout.ocr_pages))}")
        return out
    except ERRORS as e:  # MuPDF gave up on a page or object while reading
        raise InputError(f"damaged PDF: part of it cannot be read; {REPAIR}") from e
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


def _with_space_before(lay: PdfLayout, text: str, start: int, pno: int, r: pymupdf.Rect) -> pymupdf.Rect:
    """The removal rectangle of an entry's first line, widened over the space before it on that line.
    MuPDF's redaction moves the text after a removed run left by the advance of the run's first
    glyph (an upstream bug): when that glyph is the space before the run, the next word moves by
    one space only, to the end of the box, instead of under it by the width of a letter."""
    i = start - 1
    if i < 0 or text[i] != " " or lay.page[i] != pno or lay.line[i] != lay.line[start]:
        return r
    return pymupdf.Rect(min(r.x0, lay.box[i][0] + 0.3), r.y0, r.x1, r.y1)


def _clear_of_moved_text(page: pymupdf.Page, rects: list[pymupdf.Rect]) -> list[pymupdf.Rect]:
    """A box ends where the next word on its line starts after redaction (that word may have moved
    left, see `_with_space_before`), so that no letter of it is hidden under the box."""
    if page.rotation:
        return rects  # word boxes there do not share the rectangles' coordinates
    words = [pymupdf.Rect(w[:4]) for w in page.get_text("words")]
    out = []
    for r in rects:
        x1 = r.x1
        for w in words:
            mid = (w.y0 + w.y1) / 2
            if r.y0 <= mid <= r.y1 and r.x0 + 1 < w.x0 < x1:  # its own text is gone: whatever starts in it moved
                x1 = w.x0 - 0.3
        out.append(pymupdf.Rect(r.x0, r.y0, max(x1, r.x0 + 1), r.y1))
    return out


def _add(counts: dict[str, int], more: dict[str, int]) -> None:
    for k, v in more.items():
        counts[k] = counts.get(k, 0) + v


def _remove_invisible_text(page: pymupdf.Page) -> None:
    """Invisible text (render mode 3) goes from the whole page, visible text stays."""
    page.add_redact_annot(page.rect, fill=False)
    page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
                          text=pymupdf.PDF_REDACT_TEXT_REMOVE_INVISIBLE)


def apply(doc: Document, entries: list[Entry], rules: Rules, out_path: Path,
          areas: Sequence[dict[str, Any]] = ()) -> Applied:
    """Remove hidden data, remove the text, pixels and outlines under every redacted entry, draw
    its labelled box, give OCR'd pages a text layer of their unredacted words, and save the file
    fully rewritten (one revision, unreferenced objects collected). A reviewer's page `areas`
    become redactions of the text under them and are blacked out; kept entries get boxes too
    (for the report)."""
    lay: PdfLayout = doc.layout
    entries = area_entries(doc, entries, list(areas), rules.ground_for("PERSON"))
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
        by_ocr = lay.line[e.start] in lay.ocr_lines if e.start < len(lay.line) else False
        for k, (pno, r) in enumerate(rects):
            scanned = pno in lay.ocr_pages
            removal = r if scanned or by_ocr else _shrunk(r)
            if k == 0 and not scanned:
                removal = _with_space_before(lay, doc.text, e.start, pno, removal)
            pdf[pno].add_redact_annot(removal, fill=False)
            boxes.setdefault(pno, []).append((r, e.ground))
            e.boxes.append([pno + 1] + [round(v, 2) for v in (r.x0, r.y0, r.x1, r.y1)])
    for pno in sorted(set(boxes) | lay.ocr_pages | lay.invisible_pages):
        page = pdf[pno]
        if pno in boxes:
            # on a page with text drawn as outlines, a glyph's path that a box only touches goes too
            page.apply_redactions(
                images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
                graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED if pno in lay.unlayered_pages
                else pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED,
                text=pymupdf.PDF_REDACT_TEXT_REMOVE,
            )
        if pno in lay.invisible_pages:
            _remove_invisible_text(page)
            _add(removed, {"invisible_text_pages": 1})
        drawn, labelled = [], []
        page_boxes = boxes.get(pno, [])
        if pno not in lay.ocr_pages:
            page_boxes = list(zip(_clear_of_moved_text(page, [r for r, _ in page_boxes]), [g for _, g in page_boxes]))
        for rect, ground in page_boxes:
            box, text, size, widened = fit_label_on(page, rect, rules.label(ground), format_label(ground, "compact"),
                                                     scanned=pno in lay.ocr_pages)
            if widened:
                warnings.append(f"page {pno + 1}: box at {tuple(round(v) for v in rect)} widened to fit its label")
            labelled.append((box, text, size))
            drawn.append(box)
        draw_boxes(page, labelled, scanned=pno in lay.ocr_pages)
        if pno in lay.ocr_pages:
            add_text_layer(page, lay.ocr_words.get(pno, []), drawn)
    pdf.set_metadata({})  # no producer, creator or dates: nothing a reader needs, nothing to leak
    pdf.del_xml_metadata()
    pdf.save(out_path, garbage=4, deflate=True, clean=True, incremental=False, no_new_id=True)
    pdf.close()
    warnings += draw_areas(out_path, list(areas), rules.label)
    locate_kept(doc, entries)
    return Applied(entries, warnings, removed)


# ----------------------------------------------------------------------------- verify


def verify(doc: Document, out_path: Path, entries: list[Entry], rules: Rules) -> list[str]:
    return check_output(doc, out_path, entries, rules)
