"""Stage 6, manifest: the per-file review record (JSON, stable order, schema in schemas/).

The manifest holds personal data (the redacted text itself): it lives under review/, never under
publish/. Two runs over the same input and rules give byte-identical manifests: no timestamps,
sorted keys, entries ordered by position."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ._version import __version__
from .atomic import write_text
from .findings import Entry

SCHEMA_ID = "https://woo-redact.invalid/schemas/manifest-1.json"
ENTRY_KEYS = ("id", "page", "boxes", "start", "end", "text", "entity", "ground", "label", "score", "detectors",
              "rules", "decision", "suggested", "origin", "reason")


def entry_record(e: Entry, label: str) -> dict[str, Any]:
    d = e.to_dict()
    d["label"] = label if e.redacted else ""
    return {k: d.get(k) for k in ENTRY_KEYS}


def build(*, key: str, source: dict[str, Any], output: dict[str, Any] | None, status: str, reason: str,
          entries: list[Entry], warnings: list[str], rules_digest: str, label_of, nlp_model: str,
          document_number: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    ordered = sorted(entries, key=lambda e: (e.start, e.end, e.id))
    grounds = sorted({e.ground for e in ordered if e.redacted})
    manifest = {
        "$schema": SCHEMA_ID,
        "document_number": document_number,
        "file": key,
        "source": source,
        "output": output,
        "status": status,
        "reason": reason,
        "tool": {"name": "woo-redact", "version": __version__, "rules_digest": rules_digest, "nlp_model": nlp_model},
        "grounds": grounds,
        "redactions": [entry_record(e, label_of(e.ground)) for e in ordered if e.redacted],
        "kept": [entry_record(e, "") for e in ordered if not e.redacted],
        "warnings": list(warnings),
        "hidden_data_removed": (extra or {}).get("hidden_data_removed", {}),
    }
    if (extra or {}).get("review"):  # a reviewer's decisions, terms and areas (decide/reviewed.py)
        manifest["review"] = extra["review"]
    return manifest


def dumps(manifest: dict[str, Any]) -> str:
    return json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write(path: Path, manifest: dict[str, Any]) -> None:
    write_text(path, dumps(manifest))


def load(path: Path) -> dict[str, Any]:
    return json.loads(Path(path).read_text("utf-8"))


def entries_of(manifest: dict[str, Any]) -> list[Entry]:
    return [Entry.from_dict(d) for d in manifest.get("redactions", []) + manifest.get("kept", [])]
