"""Hidden data in a PDF: what a reader never sees but the file still holds.

`reveal` runs before text extraction, in ingest and again in apply (so both see the same text):
it switches every optional-content layer on and strips marked-content replacement strings
(/ActualText, /Alt, /E), which MuPDF would otherwise return *instead of* the drawn glyphs, and
which redaction leaves in the content stream.

`strip` runs in apply before the redactions: it keeps only the catalog and page keys a viewer
needs to draw the pages (so outline, page labels, forms, embedded files, JavaScript, open
actions, structure tree, XMP, thumbnails, annotations and links are dropped by construction,
and a full rewrite with garbage collection removes their objects).
"""
from __future__ import annotations

import re

import pymupdf

from .mupdf import ERRORS, Undecodable, read_stream
from .syntax import string_end

# Catalog and page keys that drawing the pages needs; everything else goes.
CATALOG_KEEP = {"Type", "Pages", "Version", "Extensions", "Lang", "ViewerPreferences", "PageLayout"}
PAGE_KEEP = {"Type", "Parent", "Resources", "Contents", "MediaBox", "CropBox", "BleedBox", "TrimBox", "ArtBox",
             "Rotate", "Group", "UserUnit"}
# What each dropped catalog key held, for the manifest's hidden_data_removed counts.
CATALOG_KINDS = {"Outlines": "bookmarks", "PageLabels": "page_labels", "AcroForm": "form_definition",
                 "Names": "name_trees", "OpenAction": "javascript_and_actions", "AA": "javascript_and_actions",
                 "StructTreeRoot": "structure_tree", "MarkInfo": "structure_tree", "Metadata": "xmp_metadata",
                 "OCProperties": "optional_content_layers", "PieceInfo": "private_application_data",
                 "Collection": "embedded_files", "Threads": "article_threads", "URI": "javascript_and_actions",
                 "Perms": "signatures", "Legal": "signatures", "SpiderInfo": "web_capture",
                 "PageMode": "viewer_settings", "Dests": "named_destinations", "Info": "metadata"}
PAGE_KINDS = {"Annots": "annotations", "Thumb": "thumbnails", "AA": "javascript_and_actions",
              "PieceInfo": "private_application_data", "Metadata": "xmp_metadata", "B": "article_threads"}

# `/ActualText (...)`, `/Alt <...>`, `/E (...)` inside marked-content property lists and dictionaries.
_KEY = re.compile(rb"/(ActualText|Alt|E)\s*(?=\(|<(?!<))")


def strip_replacement_strings(data: bytes) -> tuple[bytes, int]:
    """Remove every /ActualText, /Alt and /E key with its string value; returns (data, count)."""
    out, pos, n = [], 0, 0
    for m in _KEY.finditer(data):
        if m.start() < pos:  # inside a string we already removed
            continue
        out.append(data[pos:m.start()])
        pos = string_end(data, m.end())
        n += 1
    if not n:
        return data, 0
    out.append(data[pos:])
    return b"".join(out), n


def _is_content_stream(obj: str) -> bool:
    return "/Subtype /Image" not in obj and "/FontFile" not in obj and "/Length1" not in obj \
        and "/Subtype /Type1C" not in obj and "/Subtype /CIDFontType0C" not in obj \
        and "/Subtype /OpenType" not in obj


def reveal(pdf: pymupdf.Document) -> dict[str, int]:
    """Make everything that can hold text visible to extraction. Returns counts for the manifest."""
    counts: dict[str, int] = {}
    for cfg in pdf.layer_ui_configs() or []:
        if not cfg.get("on"):
            pdf.set_layer_ui_config(cfg["number"], action=0)
            counts["hidden_layers"] = counts.get("hidden_layers", 0) + 1
    stripped = 0
    for xref in range(1, pdf.xref_length()):
        try:
            obj = pdf.xref_object(xref, compressed=True)
        except ERRORS:
            continue  # unreadable here is unreadable in the output too: verification fails the file on it
        if "/ActualText" in obj or "/Alt" in obj or "/E" in obj:
            new, n = strip_replacement_strings(obj.encode("latin-1", "replace"))
            if n:
                pdf.update_object(xref, new.decode("latin-1"))
                stripped += n
        if pdf.xref_is_stream(xref) and _is_content_stream(obj):
            try:
                data = read_stream(pdf, xref)
            except Undecodable:
                continue  # the file needs review (ingest), and verification fails an output that keeps it
            if data and (b"/ActualText" in data or b"/Alt" in data or b"/E" in data):
                new, n = strip_replacement_strings(data)
                if n:
                    pdf.update_stream(xref, new)
                    stripped += n
    if stripped:
        counts["marked_content_strings"] = stripped
    return counts


def _count(counts: dict[str, int], kind: str, n: int = 1) -> None:
    if n:
        counts[kind] = counts.get(kind, 0) + n


def strip(pdf: pymupdf.Document) -> dict[str, int]:
    """Drop everything outside what the pages need to be drawn. Returns counts per kind."""
    counts: dict[str, int] = {}
    _count(counts, "embedded_files", pdf.embfile_count())
    _count(counts, "bookmarks", len(pdf.get_toc(simple=True)))
    meta = pdf.metadata or {}
    _count(counts, "metadata", sum(1 for k, v in meta.items() if v and k not in ("format", "encryption")))
    if pdf.get_xml_metadata():
        _count(counts, "xmp_metadata")
    cat = pdf.pdf_catalog()
    for key in pdf.xref_get_keys(cat):
        if key not in CATALOG_KEEP:
            if key not in ("Outlines", "Metadata"):  # counted above, more precisely
                _count(counts, CATALOG_KINDS.get(key, "other_catalog_entries"))
            pdf.xref_set_key(cat, key, "null")
    for page in pdf:
        if pdf.xref_get_key(page.xref, "Annots")[0] != "null":
            _count(counts, "links", len(page.get_links()))
            _count(counts, "form_fields", sum(1 for _ in page.widgets()))
            _count(counts, "annotations", sum(1 for _ in page.annots()))
        for key in pdf.xref_get_keys(page.xref):
            if key not in PAGE_KEEP:
                if key != "Annots":
                    _count(counts, PAGE_KINDS.get(key, "other_page_entries"))
                pdf.xref_set_key(page.xref, key, "null")
    for xref in range(1, pdf.xref_length()):  # XMP packets hung on images, fonts, forms
        try:
            if pdf.xref_get_key(xref, "Metadata")[0] != "null":
                pdf.xref_set_key(xref, "Metadata", "null")
                _count(counts, "xmp_metadata")
            if pdf.xref_get_key(xref, "PieceInfo")[0] != "null":
                pdf.xref_set_key(xref, "PieceInfo", "null")
                _count(counts, "private_application_data")
        except ERRORS:
            continue  # verification reads every object of the output and fails the file on what it cannot read
    pdf.set_metadata({})
    return counts
