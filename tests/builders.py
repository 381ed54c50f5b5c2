"""Helpers that build real test documents and find system tools."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pymupdf
import pytest

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def require_tool(name: str) -> str:
    """The path of a system tool; in CI a missing tool fails the test, elsewhere it skips."""
    path = shutil.which(name)
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail(f"{name} is not installed (.ci/run should have installed it)")
    pytest.skip(f"{name} not installed")


def make_pdf(path: Path, pages: list[str], fontsize: float = 11) -> Path:
    """A born-digital PDF with the given text, one string per page (a Unicode font when available)."""
    doc = pymupdf.open()
    font = {"fontname": "dejavu", "fontfile": FONT} if Path(FONT).exists() else {"fontname": "helv"}
    for text in pages:
        page = doc.new_page()
        y = 72
        for line in text.split("\n"):
            page.insert_text((72, y), line, fontsize=fontsize, **font)
            y += fontsize * 1.5
    doc.set_metadata({"title": "test document"})
    doc.save(path)
    doc.close()
    return path


def pdf_text(path: Path) -> str:
    with pymupdf.open(path) as doc:
        return "\n".join(p.get_text() for p in doc)
