"""woo-redact: find personal data in Dutch government documents, redact it for real with Woo
ground labels, and record every decision in a review manifest.

    from redact import Redactor
    Redactor().redact_file("brief.pdf", "out/")
    Redactor().analyze_text("Mail Jan de Vries via j.devries@gemeente.nl")
"""
from typing import Any

from ._version import __version__
from .findings import Entry, Finding


def __getattr__(name: str) -> Any:
    """Redactor, FileResult and BatchResult load on first use: `import redact` stays cheap."""
    if name in ("Redactor", "FileResult", "BatchResult"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'redact' has no attribute {name!r}")

__all__ = ["Redactor", "Finding", "Entry", "FileResult", "BatchResult", "__version__"]
