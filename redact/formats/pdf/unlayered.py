"""Text a reader sees that the text layer does not hold, on born-digital pages: words inside an
image (a pasted screenshot, a scanned signature block) or drawn as vector outlines (text converted
to curves). Such words are read by OCR and added to the document text with their OCR boxes, so
detection sees them and apply redacts them like any other word (pixels and paths under the box).

OCR is dear (about a second per region), so a cheap test comes first: only regions that could
hold such text are read, namely images of some size and clusters of small curved paths that lie
where the text layer has no characters. A page without either costs two listing calls."""
from __future__ import annotations

from dataclasses import replace

import pymupdf

from . import ocr

MIN_IMAGE = (40.0, 10.0)  # points: smaller images (bullets, rules, icons) hold no readable words
MIN_CURVES = 20  # fewer small curved paths than this on a page: ornaments, not outlined text
MAX_GLYPH = 60.0  # points: a curved path taller than this is a drawing, not a letter
MIN_CONF = 60.0  # OCR confidence below this: noise in a photo, not a word
Box = tuple[float, float, float, float]


def _covered(r: pymupdf.Rect, text_boxes: list[Box]) -> float:
    """The share of `r` that text-layer characters cover."""
    area = abs(r)
    if area <= 0:
        return 1.0
    return min(1.0, sum(abs(r & pymupdf.Rect(b)) for b in text_boxes) / area)


def candidate_regions(page: pymupdf.Page, text_boxes: list[Box]) -> list[pymupdf.Rect]:
    """The cheap test: images big enough to hold words, and the area of many small curved paths,
    where the text layer has (almost) no characters of its own."""
    regions = []
    for info in page.get_image_info():
        r = pymupdf.Rect(info["bbox"]) & page.rect
        if r.width >= MIN_IMAGE[0] and r.height >= MIN_IMAGE[1] and _covered(r, text_boxes) < 0.5:
            regions.append(r)
    curves = [pymupdf.Rect(d["rect"]) for d in page.get_cdrawings()
              if pymupdf.Rect(d["rect"]).height <= MAX_GLYPH and any(it[0] == "c" for it in d["items"])]
    if len(curves) >= MIN_CURVES:
        area = pymupdf.Rect(curves[0])
        for c in curves[1:]:
            area |= c
        regions.append(area & page.rect)
    return [r for r in regions if not r.is_empty]


def _inside_text(word: ocr.OcrWord, text_boxes: list[Box]) -> bool:
    x = (word.rect[0] + word.rect[2]) / 2
    y = (word.rect[1] + word.rect[3]) / 2
    return any(b[0] - 1 <= x <= b[2] + 1 and b[1] - 1 <= y <= b[3] + 1 for b in text_boxes)


def unlayered_words(page: pymupdf.Page, text_boxes: list[Box]) -> list[ocr.OcrWord]:
    """Words OCR reads in the candidate regions where the text layer has none. Raises
    ocr.OcrUnavailable when there is something to read and Tesseract cannot read it."""
    if page.rotation:
        return []  # region boxes and OCR boxes would not share coordinates; rare in born-digital files
    words: list[ocr.OcrWord] = []
    for k, region in enumerate(candidate_regions(page, text_boxes)):
        clip = region + (-2, -2, 2, 2)
        png = ocr.render(page, clip=clip).tobytes("png")
        for w in ocr.read_png(png, 72.0 / ocr.DPI, (clip.x0, clip.y0)):
            if w.conf >= MIN_CONF and any(c.isalnum() for c in w.text) and not _inside_text(w, text_boxes):
                words.append(replace(w, line=(1000 + k, *w.line[1:])))  # one OCR block per region
    return words
