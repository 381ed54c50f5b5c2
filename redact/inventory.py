"""The Woo inventory list (inventarislijst): one row per document with a stable number, its name,
its own date when the text gives one, the assessment, the grounds and a remark. Written as
`OUT/inventory.csv` and `OUT/inventory.xlsx` (openpyxl is a core dependency).

Document numbers are stable across runs: a file keeps the number an earlier run into the same
output folder (batch.json) or a reviewed folder (its manifest) gave it; new files get the next
free numbers in path order, and numbers of files that left the batch are not reused."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import calendar_nl
from .atomic import write_text
from .exceptions import Status
from .findings import Entry

log = logging.getLogger(__name__)

COLUMNS = ["Documentnummer", "Documentnaam", "Datum", "Bestandstype", "Pagina's", "Beoordeling",
           "Weigeringsgronden", "Opmerking"]
ASSESSMENT = {"open": "Openbaar", "partial": "Deels openbaar", "closed": "Niet openbaar"}
MONTHS = {m: i for i, m in enumerate(calendar_nl.MONTHS, start=1)}
ABBREVIATIONS = {"mrt": 3, "sept": 9, **{m[:3]: i for m, i in MONTHS.items()}}
_MON = "|".join(sorted([*MONTHS, *ABBREVIATIONS], key=len, reverse=True))
_DATE = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})\s+(?P<mon>{_MON})\.?\s+(?P<y>(?:19|20)\d\d)(?!\d)"
    r"|(?<![\d-])(?P<d2>\d{1,2})[-./](?P<m2>\d{1,2})[-./](?P<y2>(?:19|20)\d\d)(?![\d-])"
    r"|(?<![\d-])(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d)(?![\d-])",
    re.IGNORECASE)
_DATE_LINE = re.compile(r"^\s*(datum|date|verzonden|sent)\b", re.IGNORECASE | re.MULTILINE)
HEAD = 4000  # a document's own date stands near its top


def _as_date(m: re.Match) -> dt.date | None:
    try:
        if m["d"]:
            mon = m["mon"].lower().rstrip(".")
            month = MONTHS.get(mon) or ABBREVIATIONS[mon]
            return dt.date(int(m["y"]), month, int(m["d"]))
        if m["d2"]:
            return dt.date(int(m["y2"]), int(m["m2"]), int(m["d2"]))
        return dt.date(int(m["y3"]), int(m["m3"]), int(m["d3"]))
    except (ValueError, KeyError):
        return None


def document_date(text: str, entries: Iterable[Entry] = ()) -> str:
    """The document's own date (ISO), or "". A date under a redaction (a birth date) never
    counts; a date on a 'Datum:' line wins over the first date in the text."""
    redacted = [(e.start, e.end) for e in entries if e.redacted]
    found: list[tuple[int, dt.date]] = []
    for m in _DATE.finditer(text[:HEAD]):
        if any(s < m.end() and m.start() < e for s, e in redacted):
            continue
        d = _as_date(m)
        if d is not None:
            line_start = text.rfind("\n", 0, m.start()) + 1
            found.append((0 if _DATE_LINE.match(text, line_start) else 1, d))
            if found[-1][0] == 0:
                break
    return min(found, key=lambda t: t[0])[1].isoformat() if found else ""


# ----------------------------------------------------------------------------- document numbers


def previous_numbers(*folders: Path | None) -> dict[str, str]:
    """key -> document number given by earlier runs: batch.json of an output folder, or the
    manifests of a review folder."""
    out: dict[str, str] = {}
    for folder in folders:
        if folder is None:
            continue
        folder = Path(folder)
        batch = folder / "batch.json"
        if batch.is_file():
            try:
                for f in json.loads(batch.read_text("utf-8")).get("files", []):
                    if f.get("document_number"):
                        out.setdefault(f["key"], f["document_number"])
            except (ValueError, AttributeError):
                log.warning("%s is not readable; document numbers start afresh", batch)
        for m in sorted(folder.rglob("*.manifest.json")) if folder.is_dir() else []:
            try:
                d = json.loads(m.read_text("utf-8"))
                if d.get("document_number") and d.get("file"):
                    out.setdefault(d["file"], d["document_number"])
            except (ValueError, AttributeError):
                continue
    return out


def document_numbers(keys: list[str], previous: dict[str, str] | None = None) -> dict[str, str]:
    """Stable numbers: earlier ones are kept, new files follow the highest number in path order."""
    previous = previous or {}
    numbers = {k: previous[k] for k in keys if k in previous}
    used = {int(n) for n in previous.values() if n.isdigit()}
    nxt = max(used, default=0) + 1
    for k in sorted(keys):
        if k not in numbers:
            numbers[k] = f"{nxt:04d}"
            nxt += 1
    return numbers


# ----------------------------------------------------------------------------- the list


def rows(files: Iterable[Any]) -> list[list[Any]]:
    """One row per FileResult, in document-number order."""
    out = []
    for f in sorted(files, key=lambda f: (f.document_number, f.key)):
        if f.status != Status.PUBLISHED:
            assessment, remark = ASSESSMENT["closed"], f"niet gepubliceerd ({f.status}): {f.reason}"
        elif f.grounds:
            assessment, remark = ASSESSMENT["partial"], f"{f.redactions} passages gelakt"
        else:
            assessment, remark = ASSESSMENT["open"], ""
        out.append([f.document_number, getattr(f, "public_name", "") or f.key, getattr(f, "date", ""),
                    f.format.upper() or Path(f.key).suffix[1:].upper(), f.pages, assessment,
                    "; ".join(f.grounds), remark])
    return out


def to_csv(files: Iterable[Any]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    w.writerows(rows(files))
    return buf.getvalue()


def write_xlsx(path: Path, files: Iterable[Any]) -> None:
    """inventory.xlsx with a bold, frozen header and filters."""
    from openpyxl import Workbook  # a core dependency, loaded only when a batch writes its list
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Inventarislijst"
    ws.append(COLUMNS)
    for r in rows(files):
        ws.append(r)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    for col, width in zip("ABCDEFGH", (16, 40, 12, 12, 8, 16, 20, 50)):
        ws.column_dimensions[col].width = width
    tmp = path.with_name(path.name + ".partial")
    wb.save(tmp)
    tmp.replace(path)


def write_inventory(out_dir: Path, files: list[Any]) -> None:
    write_text(Path(out_dir) / "inventory.csv", to_csv(files))
    write_xlsx(Path(out_dir) / "inventory.xlsx", files)
