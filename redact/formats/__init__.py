"""One folder per format; each handler keeps the contract in `protocol.py` (ingest -> Document,
apply -> Applied, verify -> problems) and is registered in HANDLERS, the one place that names them.

`sniff` decides the format from the bytes, not the file name, so a DOCX named .pdf is caught.
"""
from __future__ import annotations

import importlib
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from ..exceptions import InputError, UnsupportedFormat

if TYPE_CHECKING:
    from .protocol import FormatHandler

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


# format -> the module that handles it, imported on first use (PyMuPDF and lxml load only when needed)
HANDLERS = {"pdf": "redact.formats.pdf.handler", "docx": "redact.formats.docx.handler",
            "txt": "redact.formats.txt.handler"}


def handler(fmt: str) -> FormatHandler:
    if fmt not in HANDLERS:
        raise UnsupportedFormat(f"unsupported format {fmt}")
    try:
        return importlib.import_module(HANDLERS[fmt])  # a module that keeps the FormatHandler contract
    except ImportError as e:
        raise UnsupportedFormat(f"{fmt.upper()} is not supported in this build") from e
