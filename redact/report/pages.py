"""What the report shows of each document: PDF pages as PNG images rendered from the ORIGINAL
(the reviewer must see what is under a box), with every box in display coordinates as page
percentages; other formats as their text."""
from __future__ import annotations

import base64
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

ZOOM = 1.0  # 72 dpi: enough to read body text, small enough for a report of many pages
MAX_PAGES = 400  # pages drawn per report; the rest of a very large batch is in the table only


@dataclass
class PageView:
    number: int  # 1-based
    png: str  # base64
    width: float  # displayed page size in points
    height: float
    boxes: list[tuple[dict, tuple[float, float, float, float]]] = field(default_factory=list)  # item, % box


def page_percent(page: pymupdf.Page, box: list[float]) -> tuple[float, float, float, float]:
    r = pymupdf.Rect(box) * page.rotation_matrix
    w, h = page.rect.width, page.rect.height
    return (round(100 * r.x0 / w, 3), round(100 * r.y0 / h, 3), round(100 * r.width / w, 3),
            round(100 * r.height / h, 3))


def pdf_pages(original: Path, items: list[dict], budget: int) -> list[PageView]:
    """Pages of `original` that carry a box of `items` (entries and areas: dicts with `boxes`),
    at most `budget` of them."""
    by_page: dict[int, list[tuple[dict, list[float]]]] = {}
    for it in items:
        for b in it.get("boxes") or []:
            by_page.setdefault(int(b[0]), []).append((it, list(b[1:])))
    views: list[PageView] = []
    with pymupdf.open(original) as pdf:
        for pno in sorted(by_page)[:max(budget, 0)]:
            if not 1 <= pno <= pdf.page_count:
                continue
            page = pdf[pno - 1]
            pix = page.get_pixmap(matrix=pymupdf.Matrix(ZOOM, ZOOM), colorspace=pymupdf.csGRAY, alpha=False)
            v = PageView(pno, base64.b64encode(pix.tobytes("png")).decode("ascii"), page.rect.width, page.rect.height)
            v.boxes = [(it, page_percent(page, box)) for it, box in by_page[pno]]
            views.append(v)
    return views


def original_text(original: Path) -> str:
    """The text the offsets of a non-PDF manifest index (the format's own ingest)."""
    from ..formats import handler, sniff

    return handler(sniff(original)).ingest(original).text
