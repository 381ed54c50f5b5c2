"""Proof that a PDF output holds nothing that was redacted, read back the way an attacker would.

Fail closed: every check that cannot run is itself a problem. Checks:
- one revision only (a single `startxref`), and the file opens without repair;
- page text with every optional-content layer switched on: no redacted string more often than
  it stays readable in the original;
- every object (literal, hex and UTF-16 strings, decompressed streams), metadata, XMP, outline,
  annotations and embedded files: no redacted string that occurs nowhere unredacted;
- no annotation, form field or embedded file left, in particular no unapplied Redact annotation;
- every box carries its label;
- OCR'd pages: a fresh OCR of the output's image layer reads no redacted token under any box.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pymupdf

from ...document import Document
from ...findings import Entry
from ...rules import Rules
from ...textcheck import count_word, describe, norm, redacted_only, surviving_strings
from . import ocr
from .mupdf import ERRORS, Undecodable, read_stream
from .syntax import strings

_TOKEN = re.compile(r"\w+")
_BINARY_SUBTYPES = ("/Subtype /Image", "/FontFile", "/Length1", "/Subtype /Type1C", "/Subtype /CIDFontType0C",
                    "/Subtype /OpenType")


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", errors="replace")
    if raw.startswith(b"\xff\xfe"):
        return raw[2:].decode("utf-16-le", errors="replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    return raw.decode("latin-1")


def pdf_strings(data: bytes) -> Iterator[str]:
    """Every literal `( )` and hex `< >` string in PDF syntax, unescaped and decoded."""
    for raw in strings(data):
        yield _decode(raw)


def _texty(data: bytes) -> bool:
    sample = data[:4096]
    printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in sample)
    return printable >= 0.85 * max(1, len(sample))


class Unchecked(Exception):
    """Part of the output cannot be read, so it cannot be proven clean: the file is withheld."""


def object_texts(pdf: pymupdf.Document) -> Iterator[tuple[str, str]]:
    """(where, text) for every object: its strings, and the text of its stream when it is not an
    image or a font program. Raises Unchecked for an object or stream that cannot be read."""
    for xref in range(1, pdf.xref_length()):
        try:
            obj = pdf.xref_object(xref, compressed=True)
        except ERRORS as e:
            raise Unchecked(f"object {xref} of the output cannot be read, so it cannot be checked") from e
        yield f"object {xref}", " ".join(pdf_strings(obj.encode("latin-1", "replace")))
        if not pdf.xref_is_stream(xref) or any(t in obj for t in _BINARY_SUBTYPES):
            continue
        try:
            data = read_stream(pdf, xref)
        except Undecodable as e:
            raise Unchecked(f"stream {xref} of the output cannot be decoded ({e}), so it cannot be checked") from e
        if _texty(data):  # binary streams (ICC profiles, ...) hold no text, only false alarms
            yield f"stream {xref}", " ".join(pdf_strings(data)) + " " + data.decode("utf-8", errors="replace")


def secret_strings(original: str, entries: list[Entry]) -> list[str]:
    """Normalised redacted strings, and their words of 4+ characters, that occur nowhere unredacted
    in the original: these may not appear anywhere in the output file."""
    return sorted(redacted_only(original, entries, lambda t: len(t) >= 4 and not t.isdigit()))


def _places(pdf: pymupdf.Document) -> Iterator[tuple[str, str]]:
    """Where hidden text lives besides the pages, as (where, text)."""
    yield "metadata", " ".join(str(v) for v in (pdf.metadata or {}).values())
    yield "XMP metadata", pdf.get_xml_metadata() or ""
    yield "outline", " ".join(str(t[1]) for t in pdf.get_toc(simple=True))
    for name in pdf.embfile_names():
        try:
            info, data = pdf.embfile_info(name), pdf.embfile_get(name)
        except ERRORS as e:
            raise Unchecked("an embedded file of the output cannot be read, so it cannot be checked") from e
        yield "embedded file", f"{name} {info.get('filename', '')} {info.get('desc', '')}"
        yield "embedded file", data.decode("utf-8", errors="replace")
    yield from object_texts(pdf)


def _leftovers(pdf: pymupdf.Document) -> list[str]:
    problems = []
    if pdf.embfile_count():
        problems.append(f"{pdf.embfile_count()} embedded file(s) remain")
    for page in pdf:
        for annot in page.annots() or []:
            kind = "unapplied redaction annotation" if annot.type[0] == pymupdf.PDF_ANNOT_REDACT \
                else f"{annot.type[1]} annotation"
            problems.append(f"page {page.number + 1}: {kind} remains")
        if page.first_widget is not None:
            problems.append(f"page {page.number + 1}: form field remains")
        if page.get_links():
            problems.append(f"page {page.number + 1}: link remains")
    return problems


def _labels(pdf: pymupdf.Document, entries: list[Entry], rules: Rules) -> list[str]:
    problems = []
    labels = {norm(rules.label(e.ground)) for e in entries} | {norm(e.ground) for e in entries}
    words: dict[int, list[tuple]] = {}  # page -> its words with boxes, read once per page
    for e in entries:
        if not e.redacted:
            continue
        for b in e.boxes:
            if not 1 <= b[0] <= pdf.page_count:
                problems.append(f"box of {e.id} lies on page {b[0]}, which the output does not have")
                continue
            page = pdf[b[0] - 1]
            clip = pymupdf.Rect(b[1:]) + (-30, -2, 30, 2)
            if page.rotation:  # rare; word boxes there do not share the stored boxes' coordinates
                inside = norm(page.get_text("text", clip=clip))
            else:
                if b[0] not in words:  # in reading order of MuPDF's blocks and lines: a label stays whole
                    words[b[0]] = sorted(page.get_text("words"), key=lambda w: (w[5], w[6], w[7]))
                x0, y0, x1, y1 = clip  # plain comparisons: a Rect per word made this the slowest check
                near = [w[4] for w in words[b[0]] if w[0] < x1 and w[2] > x0 and w[1] < y1 and w[3] > y0]
                inside = norm(" ".join(near))
            if not any(lbl in inside for lbl in labels):
                problems.append(f"page {b[0]}: box of {e.id} carries no label")
    return problems


def _images_only(pdf: pymupdf.Document, pno: int) -> tuple[pymupdf.Document, pymupdf.Page]:
    """A copy of one page with all text and vector graphics (the boxes and labels too) removed:
    what the image layer holds under the boxes."""
    tmp = pymupdf.open()
    tmp.insert_pdf(pdf, from_page=pno, to_page=pno)
    page = tmp[0]
    page.add_redact_annot(page.rect + (-1e4, -1e4, 1e4, 1e4), fill=False)
    page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE,
                          graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED,
                          text=pymupdf.PDF_REDACT_TEXT_REMOVE)
    return tmp, page


def _under_boxes(page: pymupdf.Page, boxes: list[pymupdf.Rect]) -> pymupdf.Document:
    """One page holding, stacked, what `page` shows inside each box (upright as displayed), so
    that one OCR run reads every box."""
    gap = 12.0
    clips = [b * page.rotation_matrix for b in boxes]
    clips = [c for c in clips if not c.is_empty]
    out = pymupdf.open()
    width = max([c.width for c in clips] + [10]) + 2 * gap
    height = sum(c.height + gap for c in clips) + gap
    sheet = out.new_page(width=width, height=max(height, 10))
    y = gap
    for c in clips:
        pix = page.get_pixmap(dpi=ocr.DPI, colorspace=pymupdf.csRGB, alpha=False, clip=c)
        sheet.insert_image(pymupdf.Rect(gap, y, gap + c.width, y + c.height), pixmap=pix)
        y += c.height + gap
    return out


def _reocr(pdf: pymupdf.Document, entries: list[Entry], ocr_pages: set[int]) -> list[str]:
    """OCR the image layer of each OCR'd output page again, inside the boxes (boxes and labels
    taken away): no redacted token may be read there."""
    problems = []
    for pno in sorted(ocr_pages):
        mine = [e for e in entries if e.redacted and any(b[0] == pno + 1 for b in e.boxes)]
        if not mine or pno >= pdf.page_count:
            continue
        boxes = [pymupdf.Rect(b[1:]) for e in mine for b in e.boxes if b[0] == pno + 1]
        tokens = {t for e in mine for t in _TOKEN.findall(norm(e.text)) if len(t) >= 3}
        tmp, page = _images_only(pdf, pno)
        sheet = _under_boxes(page, boxes)
        try:
            words = ocr.read_page(sheet[0])
        except ocr.OcrUnavailable as e:
            problems.append(f"page {pno + 1}: cannot re-OCR the output to check the boxes: {e}")
            continue
        finally:
            sheet.close()
            tmp.close()
        for w in words:
            for t in _TOKEN.findall(norm(w.text)):
                if len(t) >= 3 and (t in tokens or (len(t) >= 5 and any(t in k for k in tokens))):
                    problems.append(f"page {pno + 1}: re-OCR reads {describe(t)} under a redaction box")
    return problems


def _paths_under_boxes(pdf: pymupdf.Document, entries: list[Entry], pages: set[int]) -> list[str]:
    """On pages whose text is partly drawn as outlines: no curved path may remain under a box (a
    letter's outline hidden by the box is still in the file)."""
    problems = []
    for pno in sorted(pages):
        boxes = [pymupdf.Rect(b[1:]) + (1, 1, -1, -1) for e in entries if e.redacted for b in e.boxes
                 if b[0] == pno + 1]
        if not boxes or pno >= pdf.page_count:
            continue
        for d in pdf[pno].get_cdrawings():
            if any(it[0] == "c" for it in d["items"]) and any(pymupdf.Rect(d["rect"]).intersects(b) for b in boxes):
                problems.append(f"page {pno + 1}: a drawn outline remains under a redaction box")
                break
    return problems


def check_output(doc: Document, out_path: Path, entries: list[Entry], rules: Rules) -> list[str]:
    """Problems found in a PDF output; empty means it may be published."""
    try:
        data = Path(out_path).read_bytes()
        pdf = pymupdf.open(stream=data, filetype="pdf")
    except (OSError, *ERRORS):
        return ["the redacted output cannot be opened again to check it"]
    problems: list[str] = []
    try:
        if pdf.is_repaired:
            problems.append("output is damaged (MuPDF had to repair it)")
        revisions = data.count(b"startxref")
        if revisions != 1:
            problems.append(f"output holds {revisions} revisions (incremental updates keep old content)")
        for cfg in pdf.layer_ui_configs() or []:
            if not cfg.get("on"):
                pdf.set_layer_ui_config(cfg["number"], action=0)
        text = "\n".join(page.get_text("text", flags=pymupdf.TEXT_PRESERVE_WHITESPACE) for page in pdf)
        for s in surviving_strings(doc.text, entries, text):
            problems.append(f"redacted text still readable: {describe(s)}")
        secrets = secret_strings(doc.text, entries)
        if secrets:
            try:
                for where, found in _places(pdf):
                    hay = norm(found)
                    for s in secrets:
                        if s in hay and count_word(hay, s):
                            problems.append(f"redacted text {describe(s)} found in {where}")
            except Unchecked as e:
                problems.append(str(e))
        problems += _leftovers(pdf)
        problems += _labels(pdf, entries, rules)
        layout = doc.layout
        unlayered = getattr(layout, "unlayered_pages", set())
        problems += _reocr(pdf, entries, getattr(layout, "ocr_pages", set()) | unlayered)
        problems += _paths_under_boxes(pdf, entries, unlayered)
    finally:
        pdf.close()
    return problems
