"""DOCX stages: ingest, apply, verify (DOCX in, redacted DOCX out, hidden data removed)."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lxml import etree

from ...document import Document, sha256_file
from ...exceptions import InputError
from ...findings import Entry
from ...rules import Rules
from ..protocol import Applied
from . import verify as docx_verify
from .apply import merged_spans, redact_text, redacted_strings, sweep, unlink_hyperlinks
from .parts import W_NS, Package, story_parts
from .scrub import scrub
from .text import DocxLayout, extract

FORMAT = "docx"


def _property(pkg: Package, part: str, local: str) -> str:
    if part not in pkg.raw:
        return ""
    for el in pkg.tree(part):
        if isinstance(el.tag, str) and etree.QName(el).localname == local:
            return (el.text or "").strip()
    return ""


def ingest(path: Path) -> Document:
    pkg = Package.open(path)
    for part in story_parts(pkg):
        if etree.QName(pkg.tree(part)).namespace != W_NS:  # Strict Open XML: our map would see no text
            raise InputError(f"{part} is not transitional WordprocessingML (Strict Open XML?); save it as a "
                             "normal Word document first")
    text, layout = extract(pkg)
    pages = _property(pkg, "docProps/app.xml", "Pages")
    doc = Document(path=path, format=FORMAT, text=text, pages=int(pages) if pages.isdigit() and int(pages) > 0 else 1,
                   layout=layout, sha256=sha256_file(path), title=_property(pkg, "docProps/core.xml", "title"))
    if any(etree.QName(el).localname == "altChunk" for part in layout.parts for el in pkg.tree(part).iter()
           if isinstance(el.tag, str)):
        doc.warnings.append("document embeds other files (altChunk) whose content is removed, not redacted")
    return doc


def apply(doc: Document, entries: list[Entry], rules: Rules, out_path: Path,
          areas: Sequence[dict[str, Any]] = ()) -> Applied:
    """Write the redacted DOCX; report what hidden data was removed."""
    lay: DocxLayout = doc.layout
    pkg = Package.open(doc.path)
    spans = merged_spans(entries, rules.label)
    labels = redact_text(pkg, lay, spans)
    strings = redacted_strings(entries)
    links = unlink_hyperlinks(pkg, lay, spans, labels, strings)
    removed = scrub(pkg)
    swept = sweep(pkg, strings, lay.parts)
    if links:
        removed["hyperlinks"] = links
    if swept:
        removed["attribute_values"] = swept
    warnings = []
    for e in entries:
        if e.redacted and not lay.segments_in(e.start, e.end) and not any(
                t.start < e.end and t.end > e.start for t in lay.targets):
            warnings.append(f"{e.id}: no text found for {e.entity} at offset {e.start}")
    pkg.save(out_path)
    return Applied(entries, warnings, dict(sorted(removed.items())))


def verify(doc: Document, out_path: Path, entries: list[Entry], rules: Rules) -> list[str]:
    return docx_verify.verify(doc, out_path, entries)
