"""One folder per format. Each format module offers the same three stage functions:

    ingest(path) -> Document
    apply(doc, entries, rules, out_path) -> list[str]          (warnings; fills entry boxes)
    verify(doc, out_path, entries, rules) -> list[str]         (problems; empty = clean)

`sniff` decides the format from the bytes, not the file name, so a DOCX named .pdf is caught.
"""
from __future__ import annotations

import zipfile
from pathlib import Path
from types import ModuleType

from ..exceptions import InputError, UnsupportedFormat

DAMAGED_ZIP = ("damaged DOCX: its zip container is broken (truncated or corrupt); open it in Word, save it as "
               "a new .docx and run again")
SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".txt": "txt"}


def sniff(path: Path) -> str:
    """The real format of a file, or InputError naming the problem."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(1024)
    except OSError as e:
        raise InputError(f"cannot read file: {e.strerror}") from e
    if size == 0:
        raise InputError("empty file (0 bytes)")
    claimed = SUFFIXES.get(path.suffix.lower())
    if b"%PDF-" in head:
        real = "pdf"
    elif head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as z:
                names = set(z.namelist())
        except zipfile.BadZipFile as e:
            raise InputError(DAMAGED_ZIP) from e
        if "word/document.xml" not in names:
            raise UnsupportedFormat("zip file that is not a Word document (no word/document.xml)")
        real = "docx"
    elif claimed == "txt":
        real = "txt"
    elif head.startswith(b"\xd0\xcf\x11\xe0") and claimed == "docx":  # Word keeps encrypted .docx in an OLE box
        raise InputError("password-protected (encrypted) DOCX: remove the password before redacting")
    elif head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnsupportedFormat("old binary Office format (.doc); save it as .docx first")
    else:
        raise UnsupportedFormat(f"not a PDF or DOCX file (starts with {head[:8]!r})")
    if claimed and claimed != real:
        raise InputError(f"file is named {path.suffix} but its content is {real.upper()}")
    return real


def handler(fmt: str) -> ModuleType:
    if fmt == "pdf":
        from .pdf import handler as mod
    elif fmt == "txt":
        from .txt import handler as mod
    elif fmt == "docx":
        try:
            from .docx import handler as mod
        except ImportError as e:
            raise UnsupportedFormat("DOCX is not supported in this build") from e
    else:
        raise UnsupportedFormat(f"unsupported format {fmt}")
    return mod
