"""Render from the original with exactly a manifest's decisions: no new detection.

`redact apply ORIGINAL --manifest M --out OUT` does it for one file; `redact batch IN --out OUT
--reviewed REVIEW_DIR` for every file of a batch that has a manifest there (see batch.py)."""
from __future__ import annotations

import logging
import traceback
from pathlib import Path
from typing import Any

from .. import manifest as mf
from ..decide.reviewed import apply_reviewed
from ..decide.state import DocState
from ..exceptions import RedactError, UsageError, unexpected_reason
from ..formats import handler, sniff
from ..pipeline import Detected, FileResult, finish_file
from ..rules import Rules
from .decisions import review_of

log = logging.getLogger(__name__)


def read_file(path: str, key: str) -> Detected:
    """Phase 1 without detection: the text and facts of a file whose decisions are already made."""
    det = Detected(key=key, path=path)
    try:
        doc = handler(sniff(Path(path))).ingest(Path(path))
        det.format, det.sha256, det.pages, det.title = doc.format, doc.sha256, doc.pages, doc.title
        det.text, det.warnings, det.needs_review = doc.text, list(doc.warnings), list(doc.needs_review)
    except RedactError as e:
        det.error = str(e)
    except Exception as e:  # the safety net of a worker task: nothing planned for may stop the batch
        log.warning("reading %s failed\n%s", path, traceback.format_exc())
        det.error = unexpected_reason(e, "read")
    return det


def reviewed_state(det: Detected, manifest: dict[str, Any], rules: Rules) -> DocState:
    """The manifest's entries with the reviewer's log applied again (terms, names, hand edits)."""
    want = (manifest.get("source") or {}).get("sha256")
    if want and det.sha256 and want != det.sha256:
        raise UsageError(f"{det.key}: the manifest was made for another version of the file (sha256 differs)")
    state = DocState(key=det.key, text=det.text, findings=[], entries=mf.entries_of(manifest),
                     review=review_of(manifest, rules))
    for e in state.entries:
        if e.end > len(det.text) or det.text[e.start:e.end] != e.text:
            raise UsageError(f"{det.key}: entry {e.id} does not match the text of the original at {e.start}")
    apply_reviewed([state], rules)
    state.entries.sort(key=lambda e: (e.start, e.end, e.decision, e.entity))
    return state


def load_reviewed(review_dir: Path) -> dict[str, dict[str, Any]]:
    """file key -> manifest, for every manifest below a review folder."""
    out: dict[str, dict[str, Any]] = {}
    for p in sorted(Path(review_dir).rglob("*.manifest.json")):
        try:
            m = mf.load(p)
        except ValueError as e:
            raise UsageError(f"{p}: not a readable manifest ({e})") from e
        if m.get("file"):
            out[m["file"]] = m
    return out


def apply_manifest(original: Path, manifest_path: Path, out_dir: Path, rules: Rules,
                   label_style: str | None = None) -> FileResult:
    """`redact apply`: publish ORIGINAL redacted with exactly the manifest's decisions."""
    original, out_dir = Path(original), Path(out_dir)
    if not original.is_file():
        raise UsageError(f"{original}: file not found")
    if not Path(manifest_path).is_file():
        raise UsageError(f"{manifest_path}: manifest not found")
    m = mf.load(manifest_path)
    key = m.get("file") or original.name
    det = read_file(str(original), key)
    if det.error:
        raise UsageError(f"{original}: {det.error}")
    state = reviewed_state(det, m, rules)
    return finish_file(det, state.entries, str(out_dir), str(rules.dir), label_style,
                       m.get("document_number") or "0001", review=state.review)
