"""Human decisions in a manifest: recording them (`redact decide`), reading hand edits of the JSON,
and carrying them over to a re-run of detection.

A manifest's `review` section is the reviewer's log (see decide/reviewed.py for its fields). A
reviewer may also edit entries directly: an entry whose `decision` no longer matches the list it
sits in (`redactions` / `kept`), or whose `ground` no longer matches its `label`, is a hand edit and
becomes a decision (scope `name` unless the entry says `"scope": "occurrence"`)."""
from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from .. import manifest as mf
from ..decide.reviewed import REVIEWER, norm_name
from ..exceptions import UsageError
from ..findings import KEEP, REDACT, Entry
from ..rules import Rules

NAME, OCCURRENCE = "name", "occurrence"
GROUND = re.compile(r"^5\.[12](\.[0-9][a-i]?)?$")  # as in the manifest schema: 5.1.2e, 5.1.1c, 5.2


def check_ground(ground: str) -> str:
    if ground and not GROUND.match(ground):
        raise UsageError(f"{ground!r} is not a Woo ground like 5.1.2e")
    return ground


def _decision(d: dict[str, Any], decision: str, ground: str, reason: str, scope: str) -> dict[str, Any]:
    return {"id": d["id"], "text": d.get("text", ""), "entity": d.get("entity", ""), "decision": decision,
            "ground": ground, "reason": reason, "scope": scope}


def hand_edits(manifest: dict[str, Any], rules: Rules) -> list[dict[str, Any]]:
    """Entries a reviewer changed by editing the JSON, as decisions."""
    out = []
    for key, expected in (("redactions", REDACT), ("kept", KEEP)):
        for d in manifest.get(key, []):
            decision = d.get("decision")
            if decision not in (REDACT, KEEP):
                raise UsageError(f"entry {d.get('id')}: decision must be 'redact' or 'keep', not {decision!r}")
            ground = d.get("ground") or ""
            label = d.get("label") or ""  # empty: not yet labelled (see _update_entries)
            regrounded = decision == REDACT and expected == REDACT and label and label != rules.label(ground)
            if decision != expected or regrounded:
                reason = d.get("reason") if d.get("origin") == REVIEWER else f"reviewer: {decision}"
                out.append(_decision(d, decision, ground, reason or "", d.get("scope", NAME)))
    return out


def review_of(manifest: dict[str, Any], rules: Rules) -> dict[str, Any]:
    """The reviewer's section with hand edits folded in (later decisions win)."""
    review = copy.deepcopy(manifest.get("review") or {})
    review.pop("rerun", None)  # recomputed by each re-run
    edits = hand_edits(manifest, rules)
    if edits:
        review["decisions"] = list(review.get("decisions") or []) + edits
    return {k: v for k, v in review.items() if v}


def record(manifest: dict[str, Any], entry_id: str, decision: str, *, ground: str = "", reason: str = "",
           only: bool = False) -> dict[str, Any]:
    """Add a decision on entry `entry_id` to the manifest's review log; returns the decision.
    The entry itself is updated too, so the file stays consistent before it is re-applied."""
    found = [d for d in manifest.get("redactions", []) + manifest.get("kept", []) if d.get("id") == entry_id]
    if not found:
        raise UsageError(f"no entry with id {entry_id} in {manifest.get('file', 'the manifest')}")
    d = found[0]
    ground = ground or (d.get("ground") if decision == REDACT else "") or ""
    x = _decision(d, decision, ground, reason or f"reviewer: {decision}", OCCURRENCE if only else NAME)
    review = manifest.setdefault("review", {})
    review["decisions"] = [y for y in review.get("decisions", []) if y.get("id") != entry_id] + [x]
    _update_entries(manifest, x)
    return x


def _update_entries(manifest: dict[str, Any], x: dict[str, Any]) -> None:
    """Move the affected entries to the right list with the new decision (id, or same name)."""
    entries = manifest.get("redactions", []) + manifest.get("kept", [])
    for d in entries:
        if d.get("id") == x["id"] or (x["scope"] == NAME and norm_name(d.get("text", "")) == norm_name(x["text"])):
            d.update(decision=x["decision"], reason=x["reason"], origin=REVIEWER, suggested=False, label="")
            if x["decision"] == REDACT:
                d["ground"] = x["ground"] or d.get("ground") or ""
    manifest["redactions"] = [d for d in entries if d["decision"] == REDACT]
    manifest["kept"] = [d for d in entries if d["decision"] == KEEP]
    manifest["redactions"].sort(key=lambda d: (d["start"], d["end"], d["id"]))
    manifest["kept"].sort(key=lambda d: (d["start"], d["end"], d["id"]))


def add_term(manifest: dict[str, Any], text: str, ground: str = "", reason: str = "") -> dict[str, Any]:
    if not text.strip():
        raise UsageError("a manual term may not be empty")
    t = {"text": text, "ground": ground, "reason": reason or "manual term (reviewer)"}
    review = manifest.setdefault("review", {})
    review["terms"] = [y for y in review.get("terms", []) if norm_name(y.get("text", "")) != norm_name(text)] + [t]
    return t


def add_area(manifest: dict[str, Any], page: int, rect: list[float], ground: str = "",
             reason: str = "") -> dict[str, Any]:
    if len(rect) != 4 or rect[0] >= rect[2] or rect[1] >= rect[3]:
        raise UsageError("a page area is x0,y0,x1,y1 in points with x0 < x1 and y0 < y1")
    pages = (manifest.get("source") or {}).get("pages") or 0
    if page < 1 or (pages and page > pages):
        raise UsageError(f"page {page} is not in the document ({pages} pages)")
    a = {"page": page, "rect": [float(v) for v in rect], "ground": ground,
         "reason": reason or f"page area on page {page} (reviewer)"}
    manifest.setdefault("review", {}).setdefault("areas", []).append(a)
    return a


def manifests_in(path: Path) -> list[Path]:
    """A manifest file, or every manifest below a review folder."""
    path = Path(path)
    if path.is_dir():
        return sorted(path.rglob("*.manifest.json"))
    if path.is_file():
        return [path]
    raise UsageError(f"{path}: no such manifest or review folder")


def decide_entry(loaded: dict[Any, dict[str, Any]], entry_id: str, decision: str, *, ground: str = "",
                 reason: str = "", only: bool = False) -> tuple[list[Any], list[str]]:
    """Record a decision on entry `entry_id` in whichever of the `loaded` manifests holds it and,
    unless `only`, on the same name in every other one. Returns the keys of the manifests changed
    (the owner first; empty when no manifest has the id) and one line per change."""
    owner = next((k for k, m in loaded.items() if any(d.get("id") == entry_id
                                                       for d in m.get("redactions", []) + m.get("kept", []))), None)
    if owner is None:
        return [], []
    x = record(loaded[owner], entry_id, decision, ground=ground, reason=reason, only=only)
    changed = [owner]
    lines = [f"{loaded[owner]['file']}: {entry_id} -> {decision}"
             + (f" ({x['ground']})" if x["ground"] and decision == REDACT else "")]
    if not only:
        for k, m in loaded.items():  # ids are per document: another one may use the same id
            same = [d for d in m.get("redactions", []) + m.get("kept", [])
                    if norm_name(d.get("text", "")) == norm_name(x["text"])]
            if k != owner and same:
                record(m, same[0]["id"], decision, ground=ground, reason=reason)
                changed.append(k)
                lines.append(f"{m['file']}: same name -> {decision}")
    return changed, lines


def decide_cli(path: Path, entry_id: str | None, decision: str | None, *, ground: str = "", reason: str = "",
               only: bool = False, term: str | None = None, area: str | None = None, page: int | None = None,
               rules: Rules) -> list[str]:
    """`redact decide`: record decisions, terms or areas; returns one line per change.
    On a review folder a name decision is written to every manifest that has the name."""
    check_ground(ground)
    files = manifests_in(path)
    lines: list[str] = []
    loaded = {p: mf.load(p) for p in files}
    changed: set[Path] = set()
    if entry_id:
        if decision not in (REDACT, KEEP):
            raise UsageError("give the decision: keep or redact")
        touched, said = decide_entry(loaded, entry_id, decision, ground=ground, reason=reason, only=only)
        if not touched:
            raise UsageError(f"no entry with id {entry_id} in {path}")
        changed |= set(touched)
        lines += said
    if term or area:
        if len(files) != 1:
            raise UsageError("manual terms and page areas are added to one manifest at a time")
        m = loaded[files[0]]
        if term:
            add_term(m, term, ground, reason)
            lines.append(f"{m['file']}: manual term added ({len(term)} chars)")
        if area:
            try:
                rect = [float(v) for v in area.split(",")]
            except ValueError as e:
                raise UsageError("--area is x0,y0,x1,y1 in points") from e
            add_area(m, page or 1, rect, ground, reason)
            lines.append(f"{m['file']}: page area added on page {page or 1}")
        changed.add(files[0])
    for p in changed:
        mf.write(p, loaded[p])
    return lines


def rerun_changes(old: dict[str, Any], entries: list[Entry]) -> dict[str, list[dict[str, Any]]]:
    """Findings a re-run of detection found that the earlier manifest did not have, and the
    earlier ones that are gone (matched on stable ids)."""
    before = {d["id"]: d for d in old.get("redactions", []) + old.get("kept", [])}
    now = {e.id: e for e in entries}
    brief = ("id", "text", "entity", "decision")
    return {"new": [{k: getattr(now[i], k) for k in brief} for i in sorted(now) if i not in before],
            "vanished": [{k: before[i].get(k) for k in brief} for i in sorted(before) if i not in now]}
