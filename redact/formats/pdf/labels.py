"""Black boxes with the Woo ground in white (gray with black on scans), fitted so that every box carries a
legible label."""
from __future__ import annotations

import pymupdf

FONT = "helv"
MAX_SIZE = 9.0
MIN_SIZE = 4.0  # below this a label is no longer legible on paper
SCAN_MIN_SIZE = 8.0  # on a scanned page the label must survive a re-OCR of the published image
PAD = 1.0
SCAN_FILL = (0.8, 0.8, 0.8)  # boxes on scanned pages: light gray, label in black (see draw_boxes)


def fit_label(rect: pymupdf.Rect, label: str, compact: str,
              min_size: float = MIN_SIZE) -> tuple[pymupdf.Rect, str, float, bool]:
    """Choose font size and text for a box; widen the box (centred) only when even the compact
    label at the minimum size does not fit. Returns (box, text, size, widened)."""
    size = max(min_size, min(MAX_SIZE, rect.height * 0.78))
    for text in dict.fromkeys((label, compact)):
        s = size
        while s >= min_size:
            if pymupdf.get_text_length(text, fontname=FONT, fontsize=s) + 2 * PAD <= rect.width:
                return rect, text, s, False
            s -= 0.5
    need = pymupdf.get_text_length(compact, fontname=FONT, fontsize=min_size) + 2 * PAD
    grow = (need - rect.width) / 2
    wide = pymupdf.Rect(rect.x0 - grow, rect.y0, rect.x1 + grow, rect.y1)
    if wide.height < min_size + 1:
        mid = (wide.y0 + wide.y1) / 2
        wide.y0, wide.y1 = mid - (min_size + 1) / 2, mid + (min_size + 1) / 2
    return wide, compact, min_size, True


def fit_label_on(page: pymupdf.Page, rect: pymupdf.Rect, label: str, compact: str,
                 scanned: bool = False) -> tuple[pymupdf.Rect, str, float, bool]:
    """`fit_label` as the reader sees the page: on a page with /Rotate the label runs along the
    displayed width. `rect` and the returned box are in unrotated page coordinates. On a scanned page
    the label is at least SCAN_MIN_SIZE, so that a re-OCR of the image reads the ground."""
    min_size = SCAN_MIN_SIZE if scanned else MIN_SIZE
    if not page.rotation:
        return fit_label(rect, label, compact, min_size)
    box, text, size, widened = fit_label(rect * page.rotation_matrix, label, compact, min_size)
    return box * page.derotation_matrix, text, size, widened


def label_origin(vis: pymupdf.Rect, text: str, size: float) -> tuple[float, float]:
    """Where the label starts in the displayed box: at its left edge (a pad in), vertically centred.
    Left, not centred: a text extractor (pdftotext) reads a label that starts right after the word
    before the box as part of that line; a label centred in a wide box is read as a separate block,
    away from its place in the sentence."""
    width = pymupdf.get_text_length(text, fontname=FONT, fontsize=size)
    x = vis.x0 + min(PAD, max(0.0, (vis.width - width) / 2))
    return x, vis.y0 + vis.height / 2 + size * 0.35


def draw_box(page: pymupdf.Page, rect: pymupdf.Rect, text: str, size: float) -> None:
    """A black box with its label at its left edge, upright as displayed (also on rotated pages)."""
    page.draw_rect(rect, color=None, fill=(0, 0, 0), overlay=True)
    x, y = label_origin(rect * page.rotation_matrix, text, size)
    page.insert_text(pymupdf.Point(x, y) * page.derotation_matrix, text, fontname=FONT, fontsize=size,
                     color=(1, 1, 1), overlay=True, rotate=page.rotation)


def draw_boxes(page: pymupdf.Page, boxes: list[tuple[pymupdf.Rect, str, float]], scanned: bool = False) -> None:
    """All boxes of a page in one drawing committed once (a commit per box rewrites the page's
    contents each time, which made drawing the slowest step of apply).

    On a scanned page (an image read by OCR) the boxes are light gray with a black label: whoever
    OCRs the published scan again (an archive, a search index, a reader's tool) reads dark text on
    a light box, but neither a white label on black nor the words that touch a black box."""
    if not boxes:
        return
    fill, ink = (SCAN_FILL, (0, 0, 0)) if scanned else ((0, 0, 0), (1, 1, 1))
    shape = page.new_shape()
    for rect, text, size in boxes:
        shape.draw_rect(rect)
        shape.finish(color=None, fill=fill)
        x, y = label_origin(rect * page.rotation_matrix, text, size)
        shape.insert_text(pymupdf.Point(x, y) * page.derotation_matrix, text, fontname=FONT, fontsize=size,
                          color=ink, rotate=page.rotation)
    shape.commit(overlay=True)
