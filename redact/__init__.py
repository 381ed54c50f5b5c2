"""woo-redact: find personal data in Dutch government documents, redact it for real with Woo
ground labels, and record every decision in a review manifest.

    from redact import Redactor
    Redactor().redact_file("brief.pdf", "out/")
    Redactor().analyze_text("Mail Jan de Vries via j.devries@gemeente.nl")
"""
from ._version import __version__
from .api import BatchResult, FileResult, Redactor  # noqa: E402
from .findings import Entry, Finding  # noqa: E402

__all__ = ["Redactor", "Finding", "Entry", "FileResult", "BatchResult", "__version__"]
