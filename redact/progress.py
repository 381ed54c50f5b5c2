"""Batch progress: a tqdm bar (files, pages, ETA) on a terminal, plain log lines otherwise.

`run_batch` calls the progress object with (stage, payload):
    ("start", {"files": n_to_do, "resumed": n_skipped})   once, before phase 1
    ("detect", Detected)                                    per file, phase 1 (reading + detection)
    ("decide", None)                                        once, between the phases
    ("finish", FileResult)                                  per file, phase 2 (apply, verify, publish)
Unknown stages are ignored, so any callable with that signature works as a progress hook.
"""
from __future__ import annotations

import sys
import time
from typing import Any, TextIO


def _eta(seconds: float) -> str:
    s = int(max(0, seconds))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


class Progress:
    """Detection is most of the work, so the bar runs over phase 1 and phase 2 together:
    2 steps per file. ETA is tqdm's (TTY) or remaining steps x mean time per step (log lines)."""

    def __init__(self, stream: TextIO | None = None, tty: bool | None = None):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.files = 0
        self.pages = 0
        self.read = 0
        self.finished = 0
        self.done_steps = 0
        self.t0 = time.monotonic()
        self.bar: Any = None

    # -- the hook ------------------------------------------------------------------------------
    def __call__(self, stage: str, item: Any) -> None:
        if stage == "start":
            self.files = int(item.get("files", 0))
            resumed = int(item.get("resumed", 0))
            self._start(resumed)
        elif stage == "detect":
            self.pages += int(getattr(item, "pages", 0) or 0)
            self.read += 1
            self._step(f"read    {item.key}" + (f"  ({item.error})" if item.error else ""))
        elif stage == "finish":
            line = f"{item.status:<12} {item.key}" + (f"  ({item.reason})" if item.reason else "")
            self.finished += 1
            self._step(line, always=True)
        elif stage == "end":
            self.close()

    # -- output --------------------------------------------------------------------------------
    def _start(self, resumed: int) -> None:
        if resumed:
            self._write(f"resuming: {resumed} file(s) already published for these inputs and rules are skipped")
        if self.tty and self.files:
            from tqdm import tqdm

            self.bar = tqdm(total=2 * self.files, file=self.stream, unit="step", dynamic_ncols=True,
                            bar_format="{desc} {percentage:3.0f}%|{bar}| [{elapsed}<{remaining}]")
            self._postfix()

    def _postfix(self) -> None:
        if self.bar is not None:
            phase = "read+detect" if self.read < self.files else "redact+verify"
            self.bar.set_description_str(f"{phase}: files read {self.read}/{self.files}, done {self.finished}/"
                                         f"{self.files}, pages {self.pages}", refresh=False)

    def _step(self, line: str, always: bool = False) -> None:
        self.done_steps += 1
        if self.bar is not None:
            self._postfix()
            self.bar.update(1)
            if always and not line.startswith("published"):
                self.bar.write(line, file=self.stream)
            return
        total = 2 * self.files
        elapsed = time.monotonic() - self.t0
        eta = elapsed / self.done_steps * (total - self.done_steps) if total and self.done_steps else 0.0
        rate = self.pages / elapsed if elapsed > 0 else 0.0
        self._write(f"[{self.done_steps}/{total}] {line}  | pages {self.pages}, {rate:.1f} pages/s, ETA {_eta(eta)}")

    def _write(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(line, file=self.stream)
        else:
            print(line, file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
