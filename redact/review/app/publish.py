"""Publish from the app: re-apply every reviewed manifest through the same code path as `redact
batch IN --out OUT --reviewed OUT/review` (no new detection; every output verified as always),
then compare the manifests with those of the previous publication (`redact diff`).

The previous publication's manifests are kept in OUT_DIR/.review-app/published/: taken when the
app first opens the folder (the batch's own run) and replaced after every publication."""
from __future__ import annotations

import logging
import shutil
import threading
import traceback
from pathlib import Path
from typing import Any

from ...batch import run_batch
from ..diff import diff_paths, render
from .store import Store

log = logging.getLogger(__name__)


def snapshot(src: Path, dest: Path) -> None:
    """Copy the manifests of `src` to `dest`, replacing it whole."""
    tmp = dest.with_name(dest.name + ".new")
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(src, tmp, ignore=shutil.ignore_patterns(".*"))
    old = dest.with_name(dest.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if dest.exists():
        dest.rename(old)
    tmp.rename(dest)
    shutil.rmtree(old, ignore_errors=True)


class Publisher:
    """One publication at a time, in a background thread; `status()` for the page to poll."""

    def __init__(self, store: Store, rules_dir: Path, label_style: str | None = None) -> None:
        self.store, self.rules_dir, self.label_style = store, rules_dir, label_style
        self.previous = store.state_dir / "published"
        if not self.previous.is_dir():
            snapshot(store.review_dir, self.previous)
        self._lock = threading.Lock()
        self._state: dict[str, Any] = {"state": "idle"}

    def status(self) -> dict[str, Any]:
        with self._lock:
            return dict(self._state)

    def start(self) -> bool:
        """False when a publication is already running."""
        if self.store.in_dir is None or not self.store.in_dir.is_dir():
            raise FileNotFoundError("the input folder of the batch is not available (start with --input IN_DIR)")
        with self._lock:
            if self._state["state"] == "running":
                return False
            self._state = {"state": "running", "done": 0, "files": 0}
            self.store.publishing = True  # edits are refused (409) from now on, not queued behind the lock
        threading.Thread(target=self._run, name="publish", daemon=True).start()
        return True

    def _progress(self, stage: str, item: Any) -> None:
        with self._lock:
            if stage == "start":
                self._state["files"] = item["files"]
            elif stage == "finish":
                self._state["done"] += 1

    def _run(self) -> None:
        store = self.store
        try:
            try:
                with store.locked():
                    result = run_batch(store.in_dir, store.out_dir, self.rules_dir, self.label_style,
                                       progress=self._progress, reviewed=store.review_dir)
            finally:
                store.publishing = False
            diff = diff_paths(self.previous, store.review_dir)
            snapshot(store.review_dir, self.previous)
            state = {"state": "done", "summary": result.summary(), "exit_code": result.exit_code,
                     "files": [f.to_dict() for f in result.files], "diff": diff, "diff_text": render(diff)}
        except Exception as e:  # shown to the reviewer; the manifests are as they were
            log.error("publish failed:\n%s", traceback.format_exc())
            state = {"state": "failed", "error": f"{type(e).__name__}: {e}"}
        with self._lock:
            self._state = state
