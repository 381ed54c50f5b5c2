"""The output folder as the review app sees it: the batch's manifests, read from disk on every
request (closing the browser loses nothing; `redact decide`, `redact diff` and `redact batch
--reviewed` see the same files), and every change written back atomically under a lock, with a
version for optimistic concurrency and an audit trail in the manifest's `review` section:

- `review.version`: incremented by every write of the app; an edit made on another version is
  refused (Conflict, HTTP 409);
- `review.audit`: `{who, when, what, id, text, scope, from, to, reason}` per change;
- `review.checked`: the page numbers a reviewer marked checked.
"""
from __future__ import annotations

import contextlib
import fcntl
import getpass
import threading
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ... import manifest as mf
from ...decide.reviewed import term_pattern
from ...exceptions import UsageError
from ...findings import KEEP, REDACT
from ...report.items import area_items, items_of
from ..decisions import add_area, add_term, check_ground, decide_entry

STATE = ".review-app"  # the app's own files under OUT_DIR: lock, page image cache, last publication
SCOPES = ("occurrence", "document", "batch")
PARSED = 4  # manifests kept parsed for reading


class Conflict(Exception):
    """The edit was made on an older version of the manifest (HTTP 409)."""


class NotFound(Exception):
    """No such document or page (HTTP 404)."""


class Outside(Exception):
    """A path from the browser that resolves outside the output folder (HTTP 403)."""


def inside(root: Path, rel: str) -> Path:
    """`root / rel`, resolved; refused unless it stays inside `root`."""
    root = root.resolve()
    p = (root / rel).resolve()
    if p != root and not p.is_relative_to(root):
        raise Outside(f"{rel!r} lies outside {root}")
    return p


def reviewer_name(given: str | None) -> str:
    if given and given.strip():
        return given.strip()
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return "reviewer"


@dataclass
class Store:
    out_dir: Path
    in_dir: Path | None
    reviewer: str

    def __post_init__(self) -> None:
        self.out_dir = self.out_dir.resolve()
        self.review_dir = self.out_dir / "review"
        if not self.review_dir.is_dir():
            raise UsageError(f"{self.out_dir}: no review/ folder; run `redact batch IN --out {self.out_dir}` first")
        self.state_dir = self.out_dir / STATE
        self.state_dir.mkdir(exist_ok=True)
        self.publishing = False  # set by publish.py while it re-applies the batch
        self._parsed_lock = threading.Lock()
        self._manifests: OrderedDict[Path, tuple[tuple[int, int], dict[str, Any]]] = OrderedDict()
        self._summaries: dict[Path, tuple[tuple[int, int], dict[str, Any]]] = {}

    # -- reading ---------------------------------------------------------------------------------
    def manifest_path(self, key: str) -> Path:
        p = inside(self.review_dir, f"{key}.manifest.json")
        if not p.is_file():
            raise NotFound(f"no document {key!r} in this batch")
        return p

    def load(self, key: str) -> dict[str, Any]:
        """A manifest to read (not to change: edits load their own copy under the lock). The last
        few are kept parsed while their file is unchanged: a 2,000-page document's manifest is
        megabytes of JSON, and every page turn reads it twice (the page and its image)."""
        p = self.manifest_path(key)
        st = p.stat()
        stamp = (st.st_mtime_ns, st.st_size)
        with self._parsed_lock:
            hit = self._manifests.get(p)
        if hit is None or hit[0] != stamp:
            hit = (stamp, mf.load(p))
        with self._parsed_lock:
            self._manifests.pop(p, None)
            self._manifests[p] = hit
            while len(self._manifests) > PARSED:
                self._manifests.popitem(last=False)
        return hit[1]

    def paths(self) -> list[Path]:
        return sorted(self.review_dir.rglob("*.manifest.json"))

    def original(self, m: dict[str, Any]) -> Path | None:
        if self.in_dir is None:
            return None
        p = inside(self.in_dir, m["file"])
        return p if p.is_file() else None

    def published(self, m: dict[str, Any]) -> Path | None:
        out = m.get("output") or {}
        if not out.get("path"):
            return None
        p = inside(self.out_dir, out["path"])
        return p if p.is_file() else None

    def summaries(self) -> list[dict[str, Any]]:
        """Every document with its status and counts (cached per manifest by mtime and size)."""
        out = []
        for p in self.paths():
            st = p.stat()
            stamp = (st.st_mtime_ns, st.st_size)
            hit = self._summaries.get(p)
            if hit is None or hit[0] != stamp:
                hit = (stamp, summary(mf.load(p)))
                self._summaries[p] = hit
            out.append(hit[1])
        return sorted(out, key=lambda d: (d["number"], d["file"]))

    # -- writing ---------------------------------------------------------------------------------
    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """One writer at a time, across threads and processes (two `redact review` on one folder)."""
        with open(self.state_dir / "lock", "a") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)

    @contextlib.contextmanager
    def editing(self) -> Iterator[None]:
        """The lock for a reviewer's edit; refused at once while a publication runs."""
        if self.publishing:
            raise Conflict("a publication is running; try again when it is done")
        with self.locked():
            yield

    def _edit(self, key: str, version: Any, what: str) -> tuple[Path, dict[str, Any]]:
        p = self.manifest_path(key)
        m = mf.load(p)
        try:
            stale = int(version) != version_of(m)
        except (TypeError, ValueError):
            raise UsageError(f"give the version of {key} the edit was made on (a whole number)") from None
        if stale:
            raise Conflict(f"{key} changed since you loaded it (version {version_of(m)}, your {what} was made on "
                           f"version {version}); reload")
        return p, m

    def _audit(self, m: dict[str, Any], **event: Any) -> None:
        event = {"who": self.reviewer, "when": datetime.now(timezone.utc).isoformat(timespec="seconds"), **event}
        m.setdefault("review", {}).setdefault("audit", []).append(event)

    def _write(self, changed: dict[Path, dict[str, Any]]) -> dict[str, int]:
        versions = {}
        for p, m in changed.items():
            review = m.setdefault("review", {})
            review["version"] = version_of(m) + 1
            mf.write(p, m)
            versions[m["file"]] = review["version"]
        return versions

    def decide(self, key: str, version: Any, entry_id: str, decision: str, *, ground: str = "", reason: str = "",
               scope: str = "document") -> dict[str, Any]:
        """A decision on one entry with `redact decide`'s semantics: scope `occurrence` (--only),
        `document` (the name in this manifest) or `batch` (the name in every manifest)."""
        if decision not in (REDACT, KEEP):
            raise UsageError("decision must be 'redact' or 'keep'")
        if scope not in SCOPES:
            raise UsageError(f"scope must be one of {', '.join(SCOPES)}")
        check_ground(ground)
        with self.editing():
            p, m = self._edit(key, version, "decision")
            loaded = {p: m}
            if scope == "batch":
                loaded.update({q: mf.load(q) for q in self.paths() if q != p})
            before = {q: _states(x) for q, x in loaded.items()}
            touched, lines = decide_entry(loaded, entry_id, decision, ground=ground, reason=reason,
                                          only=scope == "occurrence")
            if p not in touched:
                raise NotFound(f"no entry {entry_id} in {key}")
            for q in touched:
                after = _states(loaded[q])
                for i, now in after.items():
                    if before[q].get(i) != now:
                        d = _entry(loaded[q], i)
                        self._audit(loaded[q], what="decision", id=i, text=d.get("text", ""), scope=scope,
                                    reason=reason, **{"from": before[q].get(i), "to": now})
            versions = self._write({q: loaded[q] for q in touched})
        return {"changed": lines, "versions": versions}

    def add_area(self, key: str, version: Any, page: int, rect: list[float], ground: str = "",
                 reason: str = "") -> dict[str, Any]:
        check_ground(ground)
        with self.editing():
            p, m = self._edit(key, version, "area")
            a = add_area(m, int(page), rect, ground, reason)
            self._audit(m, what="area", page=a["page"], reason=a["reason"], **{"from": None, "to": a})
            return {"area": a, "versions": self._write({p: m})}

    def remove_area(self, key: str, version: Any, area_id: str) -> dict[str, Any]:
        """Take back a page area (`areaN`, as the items number them)."""
        with self.editing():
            p, m = self._edit(key, version, "removal")
            areas = (m.get("review") or {}).get("areas") or []
            i = int(area_id[4:]) - 1 if area_id.startswith("area") and area_id[4:].isdigit() else -1
            if not 0 <= i < len(areas):
                raise NotFound(f"no area {area_id!r} in {key}")
            a = areas.pop(i)
            self._audit(m, what="area", page=a.get("page"), reason="removed", **{"from": a, "to": None})
            return {"removed": a, "versions": self._write({p: m})}

    def add_term(self, key: str, version: Any, text: str, ground: str = "", reason: str = "") -> dict[str, Any]:
        check_ground(ground)
        with self.editing():
            p, m = self._edit(key, version, "term")
            t = add_term(m, text, ground, reason)
            self._audit(m, what="term", text=text, reason=t["reason"], **{"from": None, "to": t})
            return {"term": t, "versions": self._write({p: m})}

    def check_page(self, key: str, version: Any, page: int, checked: bool = True) -> dict[str, Any]:
        with self.editing():
            p, m = self._edit(key, version, "check")
            pages = (m.get("source") or {}).get("pages") or 0
            if not 1 <= int(page) <= max(pages, 1):
                raise UsageError(f"page {page} is not in {key} ({pages} pages)")
            review = m.setdefault("review", {})
            was = set(review.get("checked") or [])
            now = (was | {int(page)}) if checked else (was - {int(page)})
            review["checked"] = sorted(now)
            self._audit(m, what="checked", page=int(page), **{"from": int(page) in was, "to": bool(checked)})
            return {"checked": review["checked"], "versions": self._write({p: m})}

    def search(self, text: str, texts) -> list[dict[str, Any]]:
        """Hits of a term (whole words, case-blind, as a manual term matches) per document and page.
        `texts(m)` yields (page, text) of a document."""
        if not text.strip():
            raise UsageError("search for a word or phrase")
        pattern = term_pattern(text)
        hits = []
        for p in self.paths():
            m = mf.load(p)
            for page, t in texts(self, m):
                for x in pattern.finditer(t):
                    s, e = x.start(), x.end()
                    hits.append({"file": m["file"], "number": m.get("document_number"), "page": page,
                                 "text": x.group(0), "before": t[max(0, s - 40):s], "after": t[e:e + 40],
                                 "version": version_of(m)})
        return hits


def version_of(m: dict[str, Any]) -> int:
    return int((m.get("review") or {}).get("version") or 0)


def _states(m: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {d["id"]: {"decision": d["decision"], "ground": d.get("ground") or ""}
            for d in m.get("redactions", []) + m.get("kept", [])}


def _entry(m: dict[str, Any], entry_id: str) -> dict[str, Any]:
    return next(d for d in m.get("redactions", []) + m.get("kept", []) if d["id"] == entry_id)


def summary(m: dict[str, Any]) -> dict[str, Any]:
    """A document's line in the batch view and in GET /api/documents."""
    review = m.get("review") or {}
    pages = (m.get("source") or {}).get("pages") or 0
    checked = sorted(review.get("checked") or [])
    return {"number": m.get("document_number", ""), "file": m["file"], "status": m.get("status", ""),
            "reason": m.get("reason", ""), "format": (m.get("source") or {}).get("format", ""), "pages": pages,
            "redactions": len(m.get("redactions", [])) + len(area_items(m)),
            "open_suggestions": sum(1 for d in m.get("redactions", []) + m.get("kept", []) if d.get("suggested")),
            "kept": len(m.get("kept", [])), "checked_pages": len(checked),
            "done": pages > 0 and len(set(checked)) >= pages, "version": version_of(m)}


def detail(m: dict[str, Any]) -> dict[str, Any]:
    """A document with its items (entries and areas), terms and audit trail: GET /api/documents/KEY."""
    review = m.get("review") or {}
    return {**summary(m), "items": items_of(m), "terms": review.get("terms") or [],
            "checked": sorted(review.get("checked") or []), "audit": review.get("audit") or [],
            "warnings": m.get("warnings") or []}
