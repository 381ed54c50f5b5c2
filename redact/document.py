"""The format-neutral document that detection and decisions work on.

Each format's ingest builds one: `text` is what detectors read; `layout` is the format's own map
from text offsets back to where the characters are (PDF glyph boxes, DOCX runs, ...), which only
that format's apply and verify stages look into.
"""
from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@dataclass
class Document:
    path: Path
    format: str  # pdf | docx | txt
    text: str
    pages: int = 1
    page_starts: list[int] = field(default_factory=lambda: [0])  # text offset where each page begins
    layout: Any = None
    sha256: str = ""
    warnings: list[str] = field(default_factory=list)
    needs_review: list[str] = field(default_factory=list)  # reasons the file may not be published unseen
    title: str = ""

    def page_of(self, offset: int) -> int:
        """1-based page number of a text offset."""
        return max(1, bisect.bisect_right(self.page_starts, offset))
