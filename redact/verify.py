"""Stage 5, verify: re-open a written output and prove that nothing redacted is still readable.

Each format's handler reads its own outputs; the comparison logic they share is in textcheck.py."""
from __future__ import annotations

from pathlib import Path

from .document import Document
from .findings import Entry
from .formats import handler
from .rules import Rules


def verify_output(doc: Document, out_path: Path, entries: list[Entry], rules: Rules) -> list[str]:
    """Problems found in the output; an empty list means it may be published."""
    return handler(doc.format).verify(doc, out_path, entries, rules)


def verify_files(original: Path, published: Path, manifest_path: Path, rules: Rules) -> list[str]:
    """Check a published file against its original and manifest, on its own (`redact verify`)."""
    from . import manifest as mf
    from .formats import sniff

    m = mf.load(manifest_path)
    fmt = sniff(Path(original))
    doc = handler(fmt).ingest(Path(original))
    problems = []
    want = (m.get("source") or {}).get("sha256")
    if want and want != doc.sha256:
        problems.append("the manifest was made for another version of the original (sha256 differs)")
    if sniff(Path(published)) != fmt:
        return problems + [f"the published file is not a {fmt.upper()} like the original"]
    return problems + handler(fmt).verify(doc, Path(published), mf.entries_of(m), rules)
