"""`redact diff OLD NEW`: what changed between two manifests or two review folders, per file:
entries added and removed (matched on stable ids), entries whose decision, ground or boxes changed,
manual terms and page areas added or removed, and a changed publication status. Exit 1 when
anything differs, like diff(1)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .. import manifest as mf
from ..exceptions import UsageError

COMPARED = ("decision", "ground", "boxes")


def _load(path: Path) -> dict[str, dict[str, Any]]:
    path = Path(path)
    if path.is_dir():
        files = sorted(path.rglob("*.manifest.json"))
    elif path.is_file():
        files = [path]
    else:
        raise UsageError(f"{path}: no such manifest or review folder")
    out = {}
    for p in files:
        try:
            m = mf.load(p)
        except ValueError as e:
            raise UsageError(f"{p}: not a readable manifest ({e})") from e
        out[m.get("file") or p.name] = m
    return out


def _entries(m: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in m.get("redactions", []) + m.get("kept", [])}


def _brief(d: dict[str, Any]) -> dict[str, Any]:
    return {k: d.get(k) for k in ("id", "text", "entity", "decision", "ground", "page", "origin")}


def _listdiff(old: list, new: list) -> dict[str, list]:
    key = lambda x: json.dumps(x, sort_keys=True)  # noqa: E731
    o, n = {key(x): x for x in old}, {key(x): x for x in new}
    return {"added": [n[k] for k in n if k not in o], "removed": [o[k] for k in o if k not in n]}


def diff_manifests(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The differences of one file; empty lists/dicts when there are none."""
    a, b = _entries(old), _entries(new)
    changed = []
    for i in sorted(set(a) & set(b), key=lambda i: (b[i]["start"], i)):
        fields = {}
        for f in COMPARED:
            if f == "boxes" and not (a[i]["decision"] == b[i]["decision"] == "redact"):
                continue
            if a[i].get(f) != b[i].get(f):
                fields[f] = [a[i].get(f), b[i].get(f)]
        if fields:
            changed.append({**_brief(b[i]), "changes": fields})
    ra, rb = old.get("review") or {}, new.get("review") or {}
    out: dict[str, Any] = {
        "added": [_brief(b[i]) for i in sorted(set(b) - set(a), key=lambda i: (b[i]["start"], i))],
        "removed": [_brief(a[i]) for i in sorted(set(a) - set(b), key=lambda i: (a[i]["start"], i))],
        "changed": changed,
        "terms": _listdiff(ra.get("terms") or [], rb.get("terms") or []),
        "areas": _listdiff(ra.get("areas") or [], rb.get("areas") or []),
    }
    if old.get("status") != new.get("status"):
        out["status"] = [old.get("status"), new.get("status")]
    return out


def count(d: dict[str, Any]) -> int:
    return (len(d["added"]) + len(d["removed"]) + len(d["changed"]) + sum(len(v) for v in d["terms"].values())
            + sum(len(v) for v in d["areas"].values()) + ("status" in d))


def diff_paths(old: Path, new: Path) -> dict[str, Any]:
    """{"files": {key: differences}, "only_old": [...], "only_new": [...], "differences": n}."""
    a, b = _load(old), _load(new)
    if Path(old).is_file() and Path(new).is_file():  # two manifests: compare them whatever their files
        key = next(iter(b))
        a = {key: next(iter(a.values()))}
    files = {k: d for k in sorted(set(a) & set(b)) if count(d := diff_manifests(a[k], b[k]))}
    out = {"files": files, "only_old": sorted(set(a) - set(b)), "only_new": sorted(set(b) - set(a))}
    out["differences"] = sum(count(d) for d in files.values()) + len(out["only_old"]) + len(out["only_new"])
    return out


def _ent(d: dict[str, Any]) -> str:
    where = f" p{d['page']}" if d.get("page") else ""
    return f"{d['id']} {d['entity']} {d.get('text', '')!r}{where}"


def render(result: dict[str, Any]) -> str:
    """A compact, readable listing: '+' added, '-' removed, '~' changed."""
    lines = []
    for key in result["only_old"]:
        lines.append(f"- file {key} (only in OLD)")
    for key in result["only_new"]:
        lines.append(f"+ file {key} (only in NEW)")
    for key, d in result["files"].items():
        lines.append(f"{key}:")
        if "status" in d:
            lines.append(f"  ~ status {d['status'][0]} -> {d['status'][1]}")
        lines += [f"  + {_ent(x)} {x['decision']} {x.get('ground') or ''}".rstrip() for x in d["added"]]
        lines += [f"  - {_ent(x)} {x['decision']} {x.get('ground') or ''}".rstrip() for x in d["removed"]]
        for x in d["changed"]:
            parts = [f"{f} {o} -> {n}" if f != "boxes" else "boxes moved" for f, (o, n) in x["changes"].items()]
            lines.append(f"  ~ {_ent(x)}: {', '.join(parts)}")
        for kind in ("terms", "areas"):
            for sign, which in (("+", "added"), ("-", "removed")):
                for t in d[kind][which]:
                    what = repr(t.get("text")) if kind == "terms" else f"page {t.get('page')} {t.get('rect')}"
                    lines.append(f"  {sign} manual {kind[:-1]} {what} {t.get('ground') or ''}".rstrip())
    lines.append(f"{result['differences']} difference(s)" if result["differences"] else "no differences")
    return "\n".join(lines) + "\n"
