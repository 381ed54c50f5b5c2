"""Page images for the app: rendered on demand with PyMuPDF, one page at a time (memory stays flat
however large the batch), and cached under OUT_DIR/.review-app/pages/ (they show personal data:
nothing is cached anywhere else). The original shows what is under each box; the published file
what the public will get."""
from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pymupdf

from ...atomic import atomic_target
from ...report.pages import PageView, page_percent
from .store import NotFound, Store

ZOOM = 1.5  # 108 dpi: readable on screen, small files
VIEWS = ("original", "published")


def source_of(store: Store, m: dict[str, Any], view: str) -> Path:
    if view not in VIEWS:
        raise NotFound(f"view must be one of {', '.join(VIEWS)}")
    if (m.get("source") or {}).get("format") != "pdf":
        raise NotFound(f"{m['file']} is not a PDF: it has no page images")
    p = store.original(m) if view == "original" else store.published(m)
    if p is None:
        raise NotFound(f"the {view} file of {m['file']} is not available")
    return p


@contextlib.contextmanager
def _page(store: Store, m: dict[str, Any], page: int, view: str = "original") -> Iterator[pymupdf.Page]:
    """One page of a document's original or published PDF, the file closed afterwards."""
    with pymupdf.open(source_of(store, m, view)) as pdf:
        if not 1 <= page <= pdf.page_count:
            raise NotFound(f"{m['file']} has no page {page}")
        yield pdf[page - 1]


def page_png(store: Store, m: dict[str, Any], page: int, view: str = "original") -> Path:
    """The cached PNG of one page; rendered when missing or older than its source."""
    src = source_of(store, m, view)
    tag = hashlib.sha256(f"{m['file']}\0{view}".encode()).hexdigest()[:24]
    png = store.state_dir / "pages" / tag / f"{int(page)}.png"
    if png.is_file() and png.stat().st_mtime_ns >= src.stat().st_mtime_ns:
        return png
    with _page(store, m, page, view) as pg:
        pix = pg.get_pixmap(matrix=pymupdf.Matrix(ZOOM, ZOOM), alpha=False)
    with atomic_target(png) as tmp:
        pix.save(str(tmp), output="png")
    return png


def page_view(store: Store, m: dict[str, Any], items: list[dict[str, Any]], page: int) -> PageView:
    """Size of one page of the original and the items' boxes on it as page percentages."""
    with _page(store, m, page) as pg:
        v = PageView(page, "", pg.rect.width, pg.rect.height)
        v.boxes = [(it, page_percent(pg, list(b[1:])))
                   for it in items for b in it.get("boxes") or [] if int(b[0]) == page]
        return v


def page_words(store: Store, m: dict[str, Any], page: int) -> list[dict[str, Any]]:
    """The words of a page of the original with their boxes as page percentages, in reading
    order, for selecting words on the page."""
    with _page(store, m, page) as pg:
        return [{"text": w[4], "percent": page_percent(pg, list(w[:4]))}
                for w in pg.get_text("words", sort=True)]


def percent_to_points(store: Store, m: dict[str, Any], page: int, pct: list[float]) -> list[float]:
    """A rectangle drawn on the displayed page (percentages) in the page's own points, as the
    manifest's boxes and areas are."""
    with _page(store, m, page) as pg:
        w, h = pg.rect.width, pg.rect.height
        r = pymupdf.Rect(pct[0] * w / 100, pct[1] * h / 100, pct[2] * w / 100, pct[3] * h / 100)
        r = r * pg.derotation_matrix
        return [round(v, 2) for v in (r.x0, r.y0, r.x1, r.y1)]


def page_texts(store: Store, m: dict[str, Any]):
    """(page, text) of a document's original, for the batch search (non-PDF: one 'page')."""
    src = store.original(m)
    if src is None:
        return
    if (m.get("source") or {}).get("format") == "pdf":
        with pymupdf.open(src) as pdf:
            for i, pg in enumerate(pdf):
                yield i + 1, pg.get_text()
    else:
        from ...report.pages import original_text

        yield 1, original_text(src)
