"""The Jinja2 environment shared by report.html and the review app: one set of templates renders
findings in both (templates/findings.html.j2), always with autoescaping."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

TEMPLATES = Path(__file__).with_name("templates")


@cache
def environment(*extra: Path) -> jinja2.Environment:
    """Templates of the report, plus those in `extra` folders (the app's)."""
    loader = jinja2.FileSystemLoader([str(p) for p in extra] + [str(TEMPLATES)])
    return jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined,
                              trim_blocks=False, lstrip_blocks=False)
