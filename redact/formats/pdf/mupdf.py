"""What MuPDF raises and reports on damaged files, turned into plain reasons.

MuPDF often does not raise on damage: it repairs a broken cross-reference table on opening and
returns what it could decode of a damaged stream, reporting the trouble only in its warning log.
Every reader here that must not silently skip content (hidden-data stripping, verification) reads
streams through `read_stream`, which turns such a report into `Undecodable`."""
from __future__ import annotations

import pymupdf

from ...exceptions import InputError

# the exception types PyMuPDF raises for damaged or hostile input
ERRORS: tuple[type[BaseException], ...] = (RuntimeError, ValueError, pymupdf.mupdf.FzErrorBase)

REPAIR = ("repair it (open it in a PDF reader and save it as a new PDF, or run "
          "`qpdf damaged.pdf repaired.pdf`) and run again")


class Undecodable(Exception):
    """A stream whose data cannot be decoded completely."""


def errors_logged() -> list[str]:
    """The errors in MuPDF's warning log since the last call (the log is reset)."""
    return [w for w in pymupdf.TOOLS.mupdf_warnings().splitlines() if "error" in w.lower()]


def read_stream(pdf: pymupdf.Document, xref: int) -> bytes:
    """The decoded data of stream `xref`; Undecodable when MuPDF raises or logs an error for it."""
    pymupdf.TOOLS.mupdf_warnings()  # reset the log: what follows belongs to this stream
    try:
        data = pdf.xref_stream(xref) or b""
    except ERRORS as e:
        raise Undecodable("its data cannot be read") from e
    if errors_logged():
        raise Undecodable("its compressed data is damaged")
    return data


def open_pdf(path) -> pymupdf.Document:
    """Open a PDF for reading, or InputError with a plain reason."""
    try:
        return pymupdf.open(path, filetype="pdf")
    except pymupdf.EmptyFileError as e:
        raise InputError("empty PDF (no content)") from e
    except ERRORS as e:
        raise InputError(f"damaged PDF: it cannot be opened (its structure is broken beyond repair); {REPAIR}") from e
