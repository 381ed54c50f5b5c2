"""One self-contained HTML page for the reviewer: per document its pages with every box outlined
and labelled (redactions red, kept officials and other kept spans green and dashed, suggestions
and a reviewer's manual redactions marked), warnings highlighted, a findings table with filters by
entity, ground, decision and detector, and counts per ground. No network: inline CSS, JS and
data-URI images, and a Content-Security-Policy that forbids anything else. Rendered from the
templates the review app shares (templates/, render.py)."""
from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path
from typing import Any

from .. import manifest as mf
from .._version import __version__
from ..atomic import write_text
from ..exceptions import RedactError
from ..formats.pdf.mupdf import ERRORS as PDF_ERRORS
from .items import items_of, text_pieces
from .pages import MAX_PAGES, original_text, pdf_pages
from .render import environment

log = logging.getLogger(__name__)

CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "connect-src 'none'; form-action 'none'")


def _notes(m: dict) -> list[str]:
    rerun = (m.get("review") or {}).get("rerun") or {}
    return (list(m.get("warnings") or [])
            + [f"new since the earlier review: {x['entity']} {x['id']}" for x in rerun.get("new", [])]
            + [f"gone since the earlier review: {x['entity']} {x['id']}" for x in rerun.get("vanished", [])])


def _doc(m: dict, original: Path | None, budget: list[int]) -> dict[str, Any]:
    """What the template shows of one document: page views (PDF) or marked text (other formats)."""
    items = items_of(m)
    red = sum(1 for i in items if i["decision"] == "redact")
    d: dict[str, Any] = {"m": m, "redactions": red, "kept": len(items) - red, "notes": _notes(m), "views": [],
                         "pieces": [], "note": "", "missing": original is None or not original.is_file()}
    if d["missing"]:
        return d
    try:
        if (m.get("source") or {}).get("format") == "pdf":
            d["views"] = pdf_pages(original, items, budget[0])
            budget[0] -= len(d["views"])
            if not d["views"] and items:
                d["note"] = "(pages not drawn: the report's page budget is used up)"
        elif items:
            d["pieces"] = text_pieces(original_text(original), items)
    except (RedactError, OSError, *PDF_ERRORS) as e:  # a changed or damaged original must not fail the batch
        log.warning("report: cannot show %s (%s)", m["file"], e)
        d["views"], d["pieces"] = [], []
        d["note"] = f"(cannot show the document: {type(e).__name__})"
    return d


def build_report(manifests: list[dict], originals: dict[str, Path]) -> str:
    manifests = sorted(manifests, key=lambda m: (m.get("document_number", ""), m.get("file", "")))
    items = [(m, it) for m in manifests for it in items_of(m)]
    grounds = Counter(it.get("ground") or "" for _, it in items if it["decision"] == "redact")
    decisions = Counter(it["decision"] + (" (suggested)" if it.get("suggested") else "") for _, it in items)
    filters = [
        ("entity", {it["entity"] for _, it in items}),
        ("ground", {it.get("ground") or "" for _, it in items} - {""}),
        ("decision", {it["decision"] for _, it in items}),
        ("detector", {d for _, it in items for d in it.get("detectors") or []}),
        ("file", {m["file"] for m in manifests}),
    ]
    budget = [MAX_PAGES]
    return environment().get_template("report.html.j2").render(
        csp=CSP, version=__version__, items=items, docs=[_doc(m, originals.get(m["file"]), budget) for m in manifests],
        grounds=sorted(grounds.items()), decisions=sorted(decisions.items()),
        filters=[(n, sorted(v)) for n, v in filters], summary={"files": len(manifests), "findings": len(items)})


def write_report(out_dir: Path, originals: dict[str, Path]) -> Path | None:
    """Write OUT_DIR/report.html over every manifest under OUT_DIR/review. `originals`: file key ->
    original path (pages are rendered from the original, never from the published file)."""
    out_dir = Path(out_dir)
    manifests = []
    for p in sorted((out_dir / "review").rglob("*.manifest.json")):
        try:
            manifests.append(mf.load(p))
        except ValueError:
            log.warning("report: %s is not readable", p)
    path = out_dir / "report.html"
    write_text(path, build_report(manifests, originals))
    return path
