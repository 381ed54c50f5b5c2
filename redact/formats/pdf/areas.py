"""Page geometry for the review loop (PDF only): a reviewer's page areas become real redactions
(the text under them is removed and verified like any entry, the area itself is blacked out with
its label), and kept spans get boxes too, so the report can outline them."""
from __future__ import annotations

import os
from pathlib import Path

import pymupdf

from ...document import Document
from ...findings import KEEP, REDACT, Entry
from ...rules import format_label

MANUAL = "manual"


def _area_rect(area: dict) -> pymupdf.Rect:
    return pymupdf.Rect(*[float(v) for v in area["rect"]])


def area_entries(doc: Document, entries: list[Entry], areas: list[dict], default_ground: str) -> list[Entry]:
    """`entries` plus one redaction per run of text whose glyphs lie inside a reviewer's area.
    Kept spans that touch such a run are dropped: the reviewer's area wins."""
    if doc.format != "pdf" or not areas:
        return entries
    lay = doc.layout
    runs: list[tuple[int, int, dict]] = []
    for area in areas:
        pno, rect = int(area["page"]) - 1, _area_rect(area)
        start = last = None
        for i, (pg, box) in enumerate(zip(lay.page, lay.box)):
            mid = pymupdf.Point((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
            inside = pg == pno and not doc.text[i].isspace() and rect.contains(mid)
            if inside:
                if start is None:
                    start = i
                last = i
            elif start is not None and not doc.text[i].isspace():
                runs.append((start, last + 1, area))
                start = None
        if start is not None:
            runs.append((start, last + 1, area))
    out = list(entries)
    for s, e, area in runs:
        if any(x.decision == REDACT and x.start <= s and e <= x.end for x in out):
            continue
        out = [x for x in out if not (x.decision == KEEP and x.start < e and s < x.end)]
        out.append(Entry(start=s, end=e, text=doc.text[s:e], entity="AREA", decision=REDACT,
                         ground=area.get("ground") or default_ground, score=1.0, detectors=["area"], origin=MANUAL,
                         rules=["manual.area"],
                         reason=area.get("reason") or f"page area on page {area['page']} (reviewer)"))
    return out


def draw_areas(pdf_path: Path, areas: list[dict], label_of) -> list[str]:
    """Black out each area in the written PDF (text, pixels and covered line art go) and label it."""
    warnings: list[str] = []
    if not areas:
        return warnings
    from .labels import draw_box, fit_label_on

    pdf = pymupdf.open(pdf_path)
    try:
        todo: dict[int, list[tuple[pymupdf.Rect, str]]] = {}
        for area in areas:
            pno = int(area["page"]) - 1
            if not 0 <= pno < pdf.page_count:
                warnings.append(f"page area on page {area['page']}: the document has {pdf.page_count} pages")
                continue
            rect = _area_rect(area) & pdf[pno].rect
            if rect.is_empty:
                warnings.append(f"page area on page {area['page']} lies outside the page")
                continue
            todo.setdefault(pno, []).append((rect, area.get("ground") or "5.1.2e"))
        for pno, rects in todo.items():
            page = pdf[pno]
            for rect, _ in rects:
                page.add_redact_annot(rect, fill=False)
            # the text under the area went with its entries (area_entries); what is left there is the
            # labels of those entries' boxes, which verification looks for, so text is left alone here
            page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
                                  graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED,
                                  text=pymupdf.PDF_REDACT_TEXT_NONE)
            for rect, ground in rects:
                box, text, size, _ = fit_label_on(page, rect, label_of(ground), format_label(ground, "compact"))
                draw_box(page, box, text, size)
        tmp = pdf_path.with_name(pdf_path.name + ".areas")
        pdf.save(tmp, garbage=4, deflate=True, clean=True, incremental=False, no_new_id=True)
    finally:
        pdf.close()
    os.replace(tmp, pdf_path)
    return warnings


def locate_kept(doc: Document, entries: list[Entry]) -> None:
    """Give kept PDF entries their page and boxes (apply only fills those of redactions)."""
    if doc.format != "pdf":
        return
    for e in entries:
        if e.redacted or e.boxes:
            continue
        rects = doc.layout.rects(e.start, e.end)
        if rects:
            e.page = rects[0][0] + 1
            e.boxes = [[pno + 1] + [round(v, 2) for v in (r.x0, r.y0, r.x1, r.y1)] for pno, r in rects]
