"""A searchable, invisible text layer for OCR'd pages, holding only the words left unredacted."""
from __future__ import annotations

import pymupdf

from .ocr import OcrWord

FONT = "helv"


def add_text_layer(page: pymupdf.Page, words: list[OcrWord], redacted: list[pymupdf.Rect]) -> int:
    """Write every OCR word that touches no redaction box as invisible text (render mode 3) over
    its image, scaled to the word's box. Returns the number of words written."""
    shape = page.new_shape()
    n = 0
    for w in words:
        r = pymupdf.Rect(w.rect)
        text = w.text.strip()
        if not text or r.is_empty or any(r.intersects(b) for b in redacted):
            continue
        vis = r * page.rotation_matrix  # as displayed: words run left to right
        size = max(3.0, vis.height)
        length = pymupdf.get_text_length(text, fontname=FONT, fontsize=size)
        if length <= 0:
            continue
        origin = pymupdf.Point(vis.x0, vis.y1 - 0.15 * vis.height) * page.derotation_matrix
        morph = (origin, pymupdf.Matrix(vis.width / length, 1))
        shape.insert_text(origin, text, fontname=FONT, fontsize=size, render_mode=3, morph=morph,
                          rotate=page.rotation)
        n += 1
    shape.commit(overlay=True)
    return n
