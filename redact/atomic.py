"""Outputs appear whole or not at all: write to a hidden temporary name, then rename."""
from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

PARTIAL = ".partial"


def temp_path(final: Path) -> Path:
    return final.with_name(f".{final.name}.{os.getpid()}{PARTIAL}")


@contextlib.contextmanager
def atomic_target(final: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `final`, on error it is removed."""
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(final)
    try:
        yield tmp
        os.replace(tmp, final)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_text(final: Path, text: str) -> None:
    with atomic_target(final) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())


def remove_stale(folder: Path) -> int:
    """Delete temporary files an interrupted earlier run left behind."""
    n = 0
    if folder.is_dir():
        for p in folder.rglob(f".*{PARTIAL}"):
            p.unlink(missing_ok=True)
            n += 1
    return n
