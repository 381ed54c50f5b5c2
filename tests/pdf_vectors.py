"""A corpus of PDFs, one per place where personal data hides, each holding a planted invented name.

Every builder writes one PDF and returns it. The planted data is `NAME` / `EMAIL`; visible text
carries the e-mail address (which the detectors find reliably) or the name with a title, so the
leak vectors that depend on detection (hidden layers, ActualText, invisible text, outlines and
images under a box, scans) are redacted through the normal path; the others (metadata, forms,
attachments, ...) hold the name only in the hidden place and must be removed whatever detection
says. `everything_readable(path)` reads a PDF back the way an attacker would, independently of
the code under test.
"""
from __future__ import annotations

import contextlib
import json
import re
import shutil
import subprocess
import zlib
from collections.abc import Callable
from pathlib import Path

import pymupdf

FIRST, LAST = "Wubbo", "Zandvliet"
NAME = f"{FIRST} {LAST}"
EMAIL = "w.zandvliet@postvak.nl"
SECRETS = (LAST, "zandvliet")  # what must be gone from every output (case-insensitive)
BENIGN = "Besluit op het verzoek om informatie over de herinrichting van het Stationsplein."
VISIBLE = f"Melder: {EMAIL}"

VECTORS: dict[str, Callable[[Path], Path]] = {}


def vector(fn: Callable[[Path], Path]) -> Callable[[Path], Path]:
    VECTORS[fn.__name__] = fn
    return fn


def _page(doc: pymupdf.Document, lines: list[str]) -> pymupdf.Page:
    page = doc.new_page()
    y = 72
    for line in lines:
        page.insert_text((72, y), line, fontsize=11)
        y += 18
    return page


def _save(doc: pymupdf.Document, path: Path, **kw) -> Path:
    doc.save(path, **kw)
    doc.close()
    return path


def text_image(text: str, width: int = 900, height: int = 120, dpi: int = 150, gray: bool = True) -> bytes:
    """PNG of a line of text as a scanner would see it."""
    tmp = pymupdf.open()
    page = tmp.new_page(width=width * 72 / dpi, height=height * 72 / dpi)
    page.insert_text((10, page.rect.height * 0.6), text, fontsize=14)
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY if gray else pymupdf.csRGB)
    tmp.close()
    return pix.tobytes("png")


# ----------------------------------------------------------------------------- hidden places


@vector
def metadata(path: Path) -> Path:
    doc = pymupdf.open()
    _page(doc, [BENIGN])
    doc.set_metadata({"title": f"Verzoek {NAME}", "author": NAME, "subject": EMAIL, "keywords": LAST,
                      "creator": f"Word ({LAST})", "producer": "test"})
    return _save(doc, path)


@vector
def xmp(path: Path) -> Path:
    doc = pymupdf.open()
    _page(doc, [BENIGN])
    doc.set_xml_metadata(f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
                         f'22-rdf-syntax-ns#"><rdf:Description dc:creator="{NAME}" xmlns:dc="http://purl.org/dc/'
                         f'elements/1.1/"/></rdf:RDF></x:xmpmeta>')
    return _save(doc, path)


@vector
def outline(path: Path) -> Path:
    doc = pymupdf.open()
    _page(doc, [BENIGN])
    _page(doc, ["Bijlage"])
    doc.set_toc([[1, f"Brief aan {NAME}", 1], [2, f"Reactie {LAST}", 2]])
    return _save(doc, path)


@vector
def page_labels(path: Path) -> Path:
    doc = pymupdf.open()
    _page(doc, [BENIGN])
    doc.set_page_labels([{"startpage": 0, "prefix": f"{LAST}-", "style": "D", "firstpagenum": 1}])
    return _save(doc, path)


@vector
def annotations(path: Path) -> Path:
    doc = pymupdf.open()
    page = _page(doc, [BENIGN])
    note = page.add_text_annot((300, 300), f"Bellen met {NAME}")
    note.set_info(title=NAME, content=f"Bellen met {NAME}")
    note.update()
    stamp = page.add_stamp_annot(pymupdf.Rect(300, 400, 450, 450), stamp=0)
    stamp.set_info(title=LAST, content=f"Gezien {LAST}")
    stamp.update()
    free = page.add_freetext_annot(pymupdf.Rect(72, 500, 300, 530), f"Notitie {NAME}")
    free.update()
    return _save(doc, path)


@vector
def file_attachment_annot(path: Path) -> Path:
    doc = pymupdf.open()
    page = _page(doc, [BENIGN])
    page.add_file_annot((400, 400), f"Verklaring van {NAME}".encode(), f"verklaring_{LAST}.txt",
                        ufilename=f"verklaring_{LAST}.txt", desc=f"van {NAME}")
    return _save(doc, path)


@vector
def links(path: Path) -> Path:
    doc = pymupdf.open()
    page = _page(doc, [BENIGN, "Neem contact op met de melder."])
    page.insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(72, 80, 300, 95), "uri": f"mailto:{EMAIL}"})
    page.insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(72, 100, 300, 115),
                      "uri": f"https://example.org/profiel/{LAST}"})
    return _save(doc, path)


@vector
def form_fields(path: Path) -> Path:
    doc = pymupdf.open()
    page = _page(doc, [BENIGN, "Naam aanvrager:"])
    w = pymupdf.Widget()
    w.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    w.field_name = "aanvrager"
    w.field_value = NAME
    w.rect = pymupdf.Rect(180, 80, 400, 100)
    page.add_widget(w)
    doc.xref_set_key(w.xref, "DV", pymupdf.get_pdf_str(f"{FIRST} {LAST} (standaard)"))
    return _save(doc, path)


@vector
def embedded_files(path: Path) -> Path:
    doc = pymupdf.open()
    _page(doc, [BENIGN])
    doc.embfile_add(f"aanvraag_{LAST}.txt", f"Aanvraag van {NAME}, {EMAIL}".encode(),
                    filename=f"aanvraag_{LAST}.txt", desc=f"ingediend door {NAME}")
    return _save(doc, path)


@vector
def javascript(path: Path) -> Path:
    doc = pymupdf.open()
    _page(doc, [BENIGN])
    js = doc.get_new_xref()
    doc.update_object(js, f"<</S/JavaScript/JS({NAME} {EMAIL})>>")
    cat = doc.pdf_catalog()
    doc.xref_set_key(cat, "OpenAction", f"{js} 0 R")
    names = doc.get_new_xref()
    doc.update_object(names, f"<</Names[(melder) <</S/JavaScript/JS(app.alert\\('{LAST}'\\))>>]>>")
    doc.xref_set_key(cat, "Names", f"<</JavaScript {names} 0 R>>")
    return _save(doc, path)


@vector
def thumbnails(path: Path) -> Path:
    doc = pymupdf.open()
    page = _page(doc, [BENIGN])
    img = pymupdf.Pixmap(text_image(NAME, 300, 60, 72))
    xref = doc.get_new_xref()
    doc.update_object(xref, f"<</Type/XObject/Subtype/Image/Width {img.width}/Height {img.height}"
                            f"/ColorSpace/DeviceGray/BitsPerComponent 8/Title({NAME})>>")
    doc.update_stream(xref, img.samples)
    doc.xref_set_key(page.xref, "Thumb", f"{xref} 0 R")
    return _save(doc, path)


@vector
def structure_tree(path: Path) -> Path:
    doc = pymupdf.open()
    page = _page(doc, [BENIGN])
    elem = doc.get_new_xref()
    root = doc.get_new_xref()
    doc.update_object(elem, f"<</Type/StructElem/S/Figure/P {root} 0 R/Pg {page.xref} 0 R"
                            f"/Alt({NAME})/ActualText({EMAIL})/T({LAST})/K 0>>")
    doc.update_object(root, f"<</Type/StructTreeRoot/K [{elem} 0 R]>>")
    doc.xref_set_key(doc.pdf_catalog(), "StructTreeRoot", f"{root} 0 R")
    doc.xref_set_key(doc.pdf_catalog(), "MarkInfo", "<</Marked true>>")
    return _save(doc, path)


@vector
def incremental_history(path: Path) -> Path:
    doc = pymupdf.open()
    _page(doc, [BENIGN, f"Aanvrager: {NAME}"])
    doc.save(path)
    doc.close()
    doc = pymupdf.open(path)
    page = doc[0]
    page.add_redact_annot(page.search_for(NAME)[0])
    page.apply_redactions()
    doc.set_metadata({"author": "afdeling"})
    doc.saveIncr()  # the first revision, with the name, stays in the file
    doc.close()
    return path


# ----------------------------------------------------------------------------- visible only after work


@vector
def hidden_layer(path: Path) -> Path:
    doc = pymupdf.open()
    page = _page(doc, [BENIGN])
    ocg = doc.add_ocg("concept", on=False)
    page.insert_text((72, 200), VISIBLE, fontsize=11, oc=ocg)
    return _save(doc, path)


def _wrap_actual_text(doc: pymupdf.Document, page: pymupdf.Page, actual: str) -> None:
    xref = page.get_contents()[0]
    data = doc.xref_stream(xref)
    tag = f"/Span <</ActualText {pymupdf.get_pdf_str(actual)} /Alt ({NAME})>> BDC ".encode()
    data = data.replace(b"BT", tag + b"BT").replace(b"ET", b"ET EMC")
    doc.update_stream(xref, data)


@vector
def actual_text(path: Path) -> Path:
    """Visible glyphs carry the e-mail; the marked-content replacement text carries the name."""
    doc = pymupdf.open()
    page = _page(doc, [VISIBLE])
    _wrap_actual_text(doc, page, f"Melder: {NAME} {EMAIL}")
    return _save(doc, path)


@vector
def invisible_text(path: Path) -> Path:
    doc = pymupdf.open()
    page = _page(doc, [BENIGN])
    page.insert_text((72, 300), f"Aanvrager {NAME}, {EMAIL}", fontsize=11, render_mode=3)
    return _save(doc, path)


def _outlines_of(text: str, at: pymupdf.Point, size: float) -> pymupdf.Document:
    """A one-page PDF (A4) with `text` drawn as vector paths only."""
    src = pymupdf.open()
    page = src.new_page()
    page.insert_text(at, text, fontsize=size)
    svg = page.get_svg_image(text_as_path=True)
    src.close()
    return pymupdf.open("pdf", pymupdf.open(stream=svg.encode(), filetype="svg").convert_to_pdf())


@vector
def outlines_under_box(path: Path) -> Path:
    """The e-mail address as text and, exactly underneath, as vector outlines (as after printing
    to PDF with 'text as curves' on a layer below)."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.show_pdf_page(page.rect, _outlines_of(VISIBLE, pymupdf.Point(72, 72), 11), 0)
    page.insert_text((72, 72), VISIBLE, fontsize=11)
    page.insert_text((72, 90), BENIGN, fontsize=11)
    return _save(doc, path)


@vector
def image_under_box(path: Path) -> Path:
    """A picture of the e-mail address lies under the text of it (a pasted screenshot)."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_image(pymupdf.Rect(60, 55, 420, 103), stream=text_image(f"Melder: {EMAIL}", 750, 100))
    page.insert_text((72, 80), VISIBLE, fontsize=11)
    page.insert_text((72, 130), BENIGN, fontsize=11)
    return _save(doc, path)


def scanned_page(path: Path, lines: list[str], dpi: int = 150) -> Path:
    """An image-only page as a scanner makes it: grayscale, no text layer."""
    src = pymupdf.open()
    page = src.new_page()
    y = 90
    for line in lines:
        page.insert_text((72, y), line, fontsize=12)
        y += 22
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    out = pymupdf.open()
    out.new_page(width=page.rect.width, height=page.rect.height).insert_image(page.rect, stream=pix.tobytes("png"))
    src.close()
    return _save(out, path, garbage=4, deflate=True)


SCAN_LINES = ["Gemeente Voorbeeldstad, afdeling Vergunningen", "Betreft: uw aanvraag omgevingsvergunning",
              f"Geachte heer {LAST},", f"U kunt ons bereiken via {EMAIL} of per post.",
              "Wij nemen uw aanvraag binnen acht weken in behandeling."]


@vector
def scanned(path: Path) -> Path:
    return scanned_page(path, SCAN_LINES)


@vector
def scanned_with_ocr_layer(path: Path) -> Path:
    """A scanner's 'searchable PDF': the image plus an invisible text layer of what it read."""
    scanned_page(path, SCAN_LINES)
    doc = pymupdf.open(path)
    y = 90
    for line in SCAN_LINES:
        doc[0].insert_text((72, y), line, fontsize=12, render_mode=3)
        y += 22
    doc.saveIncr()
    doc.close()
    return path


@vector
def scanned_rotated(path: Path) -> Path:
    """A landscape-stored scan shown upright through /Rotate 90."""
    scanned_page(path, SCAN_LINES)
    with pymupdf.open(path) as src:
        pix = src[0].get_pixmap(dpi=150, colorspace=pymupdf.csGRAY)
        w, h = src[0].rect.width, src[0].rect.height
    out = pymupdf.open()
    page = out.new_page(width=h, height=w)
    page.insert_image(page.rect, stream=pix.tobytes("png"), rotate=90)
    page.set_rotation(90)
    return _save(out, path)


# ----------------------------------------------------------------------------- reading back


def everything_readable(path: Path) -> str:
    """All a reader could get at: poppler's page text, metadata, XMP, outline, page labels,
    annotations, links, form fields, embedded files, every object and decompressed stream (in
    Latin-1 and, where it parses, UTF-16), and the raw bytes."""
    parts = []
    if shutil.which("pdftotext"):
        parts.append(subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                                    timeout=60).stdout.decode("utf-8", "replace"))
    raw = path.read_bytes()
    parts.append(raw.decode("latin-1"))
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", raw, re.S):  # every stream, any revision
        with contextlib.suppress(zlib.error):
            parts.append(zlib.decompress(m.group(1)).decode("latin-1"))
    with pymupdf.open(path) as doc:
        parts.append(json.dumps(doc.metadata or {}, ensure_ascii=False))
        parts.append(doc.get_xml_metadata() or "")
        parts += [str(t) for t in doc.get_toc(simple=False)]
        parts += [doc[i].get_label() for i in range(doc.page_count)]
        for name in doc.embfile_names():
            parts.append(name + json.dumps(doc.embfile_info(name), ensure_ascii=False))
            parts.append(doc.embfile_get(name).decode("latin-1"))
        for page in doc:
            parts.append(page.get_text())
            for a in page.annots() or []:
                parts.append(json.dumps(a.info, ensure_ascii=False))
            parts += [str(link.get("uri", "")) for link in page.get_links()]
            for w in page.widgets() or []:
                parts.append(f"{w.field_value} {w.field_name}")
        for x in range(1, doc.xref_length()):
            try:
                texts = [doc.xref_object(x, compressed=False)]
                if doc.xref_is_stream(x):
                    texts.append((doc.xref_stream(x) or b"").decode("latin-1"))
            except Exception:
                continue
            for t in texts:
                parts.append(t)
                parts += _hex_strings(t)
    return "\n".join(parts)


def _hex_strings(text: str) -> list[str]:
    out = []
    for h in re.findall(r"<([0-9A-Fa-f\s]{4,})>", text):
        h = re.sub(r"\s", "", h)
        b = bytes.fromhex(h if len(h) % 2 == 0 else h + "0")
        out += [b.decode("utf-16-be", "replace"), b.decode("latin-1")]
    return out


def leaked(path: Path, secrets: tuple[str, ...] = SECRETS) -> list[str]:
    hay = everything_readable(path).casefold()
    return [s for s in secrets if s.casefold() in hay]
