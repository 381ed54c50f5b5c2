"""One self-contained HTML page for the reviewer: per document its pages with every box outlined
and labelled (redactions red, kept officials and other kept spans green and dashed, suggestions
and a reviewer's manual redactions marked), warnings highlighted, a findings table with filters by
entity, ground, decision and detector, and counts per ground. No network: inline CSS, JS and
data-URI images, and a Content-Security-Policy that forbids anything else."""
from __future__ import annotations

import html
import json
import logging
from collections import Counter
from pathlib import Path
from typing import Any

from .. import manifest as mf
from .._version import __version__
from ..atomic import write_text
from ..exceptions import RedactError
from ..formats.pdf.mupdf import ERRORS as PDF_ERRORS
from .pages import MAX_PAGES, PageView, original_text, pdf_pages

log = logging.getLogger(__name__)

CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "connect-src 'none'; form-action 'none'")

CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:0 1.5em 3em;color:#222}
h1{font-size:1.5em} h2{font-size:1.2em;border-top:2px solid #ccc;padding-top:.6em;margin-top:2em}
.status-published{color:#070} .status-failed,.status-needs_review{color:#b00;font-weight:bold}
.warnings{background:#fff3c4;border-left:4px solid #e0a800;padding:.4em .4em .4em 1.8em}
.page{position:relative;display:inline-block;margin:.5em 1em .5em 0;border:1px solid #999;vertical-align:top}
.page img{display:block;width:100%} .pageno{position:absolute;top:-1.3em;left:0;font-size:.8em;color:#555}
.box{position:absolute;box-sizing:border-box;border:2px solid #d00;background:rgba(220,0,0,.12)}
.box.keep{border:2px dashed #080;background:rgba(0,160,0,.10)}
.box.suggested{border-color:#f80;background:rgba(255,150,0,.25)} .box.manual,.box.reviewer{border-color:#60c}
.box .lbl{position:absolute;left:0;top:-1.25em;font-size:10px;line-height:1.2em;white-space:nowrap;
 background:#d00;color:#fff;padding:0 2px}
.box.keep .lbl{background:#080} .box.suggested .lbl{background:#f80;color:#000}
.box.manual .lbl,.box.reviewer .lbl{background:#60c}
.hidden{display:none!important}
table{border-collapse:collapse;margin:.5em 0} td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;
 vertical-align:top} tr.suggested td{background:#fff0d0} tr.keep td{color:#060}
.filters label{margin-right:1em} .legend span{margin-right:1.2em}
.doctext{white-space:pre-wrap;border:1px solid #ccc;padding:.6em;max-height:30em;overflow:auto;font-size:.9em}
mark.finding{background:rgba(220,0,0,.2);outline:1px solid #d00} mark.finding.keep{background:rgba(0,160,0,.15);
 outline:1px dashed #080} mark.finding.suggested{background:rgba(255,150,0,.35)}
"""

JS = """
(function(){
  var sel = {};
  ['entity','ground','decision','detector','file'].forEach(function(k){ sel[k] = document.getElementById('f-' + k); });
  function apply(){
    var shown = 0;
    document.querySelectorAll('.finding').forEach(function(el){
      var ok = true;
      for (var k in sel) {
        var v = sel[k].value; if (!v) continue;
        if (k === 'detector') { ok = ok && (' ' + el.dataset.detectors + ' ').indexOf(' ' + v + ' ') >= 0; }
        else { ok = ok && el.dataset[k] === v; }
      }
      el.classList.toggle('hidden', !ok);
      if (ok && el.tagName === 'TR') shown++;
    });
    document.getElementById('shown').textContent = shown;
  }
  for (var k in sel) sel[k].addEventListener('change', apply);
  apply();
})();
"""


def _e(s: Any) -> str:
    return html.escape("" if s is None else str(s), quote=True)


def _classes(it: dict) -> str:
    c = ["finding", it["decision"]]
    if it.get("suggested"):
        c.append("suggested")
    if it.get("origin") in ("manual", "reviewer"):
        c.append(it["origin"])
    return " ".join(c)


def _data(it: dict, key: str) -> str:
    return (f'data-id="{_e(it["id"])}" data-file="{_e(key)}" data-entity="{_e(it["entity"])}" '
            f'data-ground="{_e(it.get("ground") or "")}" data-decision="{_e(it["decision"])}" '
            f'data-detectors="{_e(" ".join(it.get("detectors") or []))}"')


def _label(it: dict) -> str:
    if it["decision"] == "keep":
        return "keep" + (" (official)" if it["entity"] in ("OFFICIAL", "PERSON") and "official" in
                         (it.get("reason") or "").lower() else "")
    lbl = it.get("label") or it.get("ground") or ""
    return lbl + (" ?" if it.get("suggested") else "")


def _items(m: dict) -> list[dict]:
    """Entries plus the reviewer's page areas, as items with boxes."""
    items = [dict(d) for d in m.get("redactions", []) + m.get("kept", [])]
    for i, a in enumerate((m.get("review") or {}).get("areas") or []):
        items.append({"id": f"area{i + 1}", "entity": "AREA", "decision": "redact", "ground": a.get("ground", ""),
                      "label": a.get("ground", ""), "origin": "manual", "detectors": ["area"], "text": "",
                      "reason": a.get("reason", ""), "page": a["page"], "boxes": [[a["page"], *a["rect"]]],
                      "score": 1.0})
    return items


def _page_html(v: PageView, key: str) -> str:
    boxes = "".join(
        f'<div class="box {_classes(it)}" {_data(it, key)} title="{_e(it["entity"] + ": " + (it.get("reason") or ""))}"'
        f' style="left:{x}%;top:{y}%;width:{w}%;height:{h}%"><span class="lbl">{_e(_label(it))}</span></div>'
        for it, (x, y, w, h) in v.boxes)
    return (f'<div class="page" style="width:{v.width:.0f}px"><span class="pageno">page {v.number}</span>'
            f'<img alt="page {v.number}" src="data:image/png;base64,{v.png}">{boxes}</div>')


def _text_html(text: str, items: list[dict], key: str, limit: int = 200_000) -> str:
    out, pos = [], 0
    for it in sorted((i for i in items if "start" in i), key=lambda i: (i["start"], -i["end"])):
        if it["start"] < pos or it["start"] >= limit:
            continue
        out.append(_e(text[pos:it["start"]]))
        out.append(f'<mark class="{_classes(it)}" {_data(it, key)} title="{_e(_label(it))}">'
                   f'{_e(text[it["start"]:it["end"]])}</mark>')
        pos = it["end"]
    out.append(_e(text[pos:limit]))
    return f'<div class="doctext">{"".join(out)}</div>'


def _doc_html(m: dict, original: Path | None, budget: list[int]) -> str:
    key = m["file"]
    items = _items(m)
    red = [i for i in items if i["decision"] == "redact"]
    head = (f'<h2 id="doc-{_e(m.get("document_number"))}">{_e(m.get("document_number"))} · {_e(key)}</h2>'
            f'<p>status: <span class="status-{_e(m["status"])}">{_e(m["status"])}</span>'
            f'{" — " + _e(m["reason"]) if m.get("reason") else ""}; {len(red)} redactions, '
            f'{len(items) - len(red)} kept</p>')
    warnings = m.get("warnings") or []
    rerun = (m.get("review") or {}).get("rerun") or {}
    notes = list(warnings) + [f"new since the earlier review: {x['entity']} {x['id']}" for x in rerun.get("new", [])]
    notes += [f"gone since the earlier review: {x['entity']} {x['id']}" for x in rerun.get("vanished", [])]
    body = ('<ul class="warnings">' + "".join(f"<li>{_e(w)}</li>" for w in notes) + "</ul>") if notes else ""
    if original is None or not original.is_file():
        return head + body + "<p>(original not available: findings in the table only)</p>"
    try:
        if (m.get("source") or {}).get("format") == "pdf":
            views = pdf_pages(original, items, budget[0])
            budget[0] -= len(views)
            body += "".join(_page_html(v, key) for v in views)
            if not views and items:
                body += "<p>(pages not drawn: the report's page budget is used up)</p>"
        elif items:
            body += _text_html(original_text(original), items, key)
    except (RedactError, OSError, *PDF_ERRORS) as e:  # a changed or damaged original must not fail the batch
        log.warning("report: cannot show %s (%s)", key, e)
        body += f"<p>(cannot show the document: {_e(type(e).__name__)})</p>"
    return head + body


def _select(name: str, values: set[str]) -> str:
    opts = "".join(f'<option value="{_e(v)}">{_e(v)}</option>' for v in sorted(values))
    return f'<label>{name} <select id="f-{name}"><option value="">all</option>{opts}</select></label>'


def build_report(manifests: list[dict], originals: dict[str, Path]) -> str:
    manifests = sorted(manifests, key=lambda m: (m.get("document_number", ""), m.get("file", "")))
    rows, all_items = [], []
    for m in manifests:
        for it in _items(m):
            all_items.append((m, it))
    grounds = Counter(it.get("ground") or "" for _, it in all_items if it["decision"] == "redact")
    decisions = Counter(it["decision"] + (" (suggested)" if it.get("suggested") else "") for _, it in all_items)
    for m, it in all_items:
        rows.append(
            f'<tr class="{_classes(it)}" {_data(it, m["file"])}><td>{_e(m.get("document_number"))}</td>'
            f'<td>{_e(m["file"])}</td><td>{_e(it.get("page") or "")}</td><td>{_e(it["id"])}</td>'
            f'<td>{_e(it["entity"])}</td><td>{_e(it.get("text"))}</td><td>{_e(it["decision"])}'
            f'{" (suggested)" if it.get("suggested") else ""}</td><td>{_e(it.get("ground"))}</td>'
            f'<td>{_e(it.get("score"))}</td><td>{_e(", ".join(it.get("detectors") or []))}</td>'
            f'<td>{_e(", ".join(it.get("rules") or []))}</td><td>{_e(it.get("origin"))}</td>'
            f'<td>{_e(it.get("reason"))}</td></tr>')
    filters = "".join([
        _select("entity", {it["entity"] for _, it in all_items}),
        _select("ground", {it.get("ground") or "" for _, it in all_items} - {""}),
        _select("decision", {it["decision"] for _, it in all_items}),
        _select("detector", {d for _, it in all_items for d in it.get("detectors") or []}),
        _select("file", {m["file"] for m in manifests}),
    ])
    counts = "".join(f"<tr><td>{_e(g or '(none)')}</td><td>{n}</td></tr>" for g, n in sorted(grounds.items()))
    dec = ", ".join(f"{n} {_e(d)}" for d, n in sorted(decisions.items()))
    budget = [MAX_PAGES]
    docs = "".join(_doc_html(m, originals.get(m["file"]), budget) for m in manifests)
    data = json.dumps({"files": len(manifests), "findings": len(all_items)})
    return f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<title>woo-redact review report</title><style>{CSS}</style></head>
<body data-summary='{_e(data)}'>
<h1>Review report</h1>
<p>woo-redact {_e(__version__)} · {len(manifests)} documents · {len(all_items)} findings: {dec}.
This page shows personal data: it is for reviewers only and is never published.</p>
<p class="legend"><span style="color:#d00">▭ redacted</span><span style="color:#080">┅ kept (officials,
organisations, allowed)</span><span style="color:#f80">▭ suggested: check</span>
<span style="color:#60c">▭ reviewer / manual</span></p>
<h2>Redactions per ground</h2><table id="counts"><tr><th>ground</th><th>redactions</th></tr>{counts}</table>
<h2>Findings</h2><div class="filters">{filters} <span><span id="shown">{len(rows)}</span> shown</span></div>
<table id="findings"><thead><tr><th>nr</th><th>file</th><th>page</th><th>id</th><th>entity</th><th>text</th>
<th>decision</th><th>ground</th><th>score</th><th>detectors</th><th>rules</th><th>origin</th><th>reason</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
{docs}
<script>{JS}</script>
</body></html>
"""


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
