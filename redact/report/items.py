"""A manifest's findings as display items: its entries plus the reviewer's page areas (which have
boxes but no text offsets). Used by report.html and the review app alike."""
from __future__ import annotations

from typing import Any


def area_items(m: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"id": f"area{i + 1}", "entity": "AREA", "decision": "redact", "ground": a.get("ground", ""),
             "label": a.get("ground", ""), "origin": "manual", "detectors": ["area"], "rules": ["reviewer.area"],
             "text": "", "reason": a.get("reason", ""), "page": a["page"], "boxes": [[a["page"], *a["rect"]]],
             "score": 1.0, "suggested": False}
            for i, a in enumerate((m.get("review") or {}).get("areas") or [])]


def items_of(m: dict[str, Any]) -> list[dict[str, Any]]:
    """Entries plus page areas, as items with boxes."""
    return [dict(d) for d in m.get("redactions", []) + m.get("kept", [])] + area_items(m)


def text_pieces(text: str, items: list[dict[str, Any]], limit: int = 200_000) -> list[tuple[str, dict | None]]:
    """The text cut at the items' spans: (piece, item or None), overlapping spans skipped."""
    out: list[tuple[str, dict | None]] = []
    pos = 0
    for it in sorted((i for i in items if "start" in i), key=lambda i: (i["start"], -i["end"])):
        if it["start"] < pos or it["start"] >= limit:
            continue
        out.append((text[pos:it["start"]], None))
        out.append((text[it["start"]:it["end"]], it))
        pos = it["end"]
    out.append((text[pos:limit], None))
    return out
