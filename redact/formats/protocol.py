"""The contract every format handler keeps (one module per format, registered in
`redact.formats.HANDLERS`):

    ingest(path) -> Document                                    the text and the format's own layout
    apply(doc, entries, rules, out_path, areas) -> Applied      write the redacted output
    verify(doc, out_path, entries, rules) -> list[str]          problems; empty = may be published

The generic pipeline knows nothing about any format beyond this."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from ..document import Document
from ..findings import Entry
from ..rules import Rules


@dataclass
class Applied:
    """What apply did: the entries as applied (a reviewer's page areas added as redactions, boxes
    filled in), warnings for the manifest, and counts of hidden data removed per kind."""

    entries: list[Entry]
    warnings: list[str] = field(default_factory=list)
    hidden_data_removed: dict[str, int] = field(default_factory=dict)


@runtime_checkable
class FormatHandler(Protocol):
    FORMAT: str

    def ingest(self, path: Path) -> Document: ...

    def apply(self, doc: Document, entries: list[Entry], rules: Rules, out_path: Path,
              areas: Sequence[dict[str, Any]] = ()) -> Applied: ...

    def verify(self, doc: Document, out_path: Path, entries: list[Entry], rules: Rules) -> list[str]: ...
