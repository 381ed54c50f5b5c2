"""`OUT_DIR/report.html`: the reviewer's visual report (see html.py). It shows personal data (the
pages of the originals), so it lives beside `review/`, never under `publish/`."""
from .html import build_report, write_report

__all__ = ["build_report", "write_report"]
