"""TXT stages: ingest, apply, verify."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ...document import Document, sha256_file
from ...exceptions import InputError
from ...findings import Entry
from ...rules import Rules
from ...textcheck import describe, surviving_strings
from ..protocol import Applied

FORMAT = "txt"


def ingest(path: Path) -> Document:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"text file is not UTF-8 (byte {e.start})") from e
    if "\0" in text:
        raise InputError("text file contains NUL bytes (binary data)")
    return Document(path=path, format=FORMAT, text=text, sha256=sha256_file(path))


def render(text: str, entries: list[Entry], rules: Rules) -> str:
    out, pos = [], 0
    for e in sorted((e for e in entries if e.redacted), key=lambda e: e.start):
        if e.start < pos:  # overlapping spans were merged by the decide stage; be safe anyway
            continue
        out.append(text[pos:e.start])
        out.append(f"[{rules.label(e.ground)}]")
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def apply(doc: Document, entries: list[Entry], rules: Rules, out_path: Path,
          areas: Sequence[dict[str, Any]] = ()) -> Applied:
    """`areas` (page areas) do not exist in a text file."""
    out_path.write_text(render(doc.text, entries, rules), encoding="utf-8")
    return Applied(entries)


def verify(doc: Document, out_path: Path, entries: list[Entry], rules: Rules) -> list[str]:
    text = out_path.read_text("utf-8")
    return [f"redacted text still readable: {describe(s)}"
            for s in surviving_strings(doc.text, entries, text)]
