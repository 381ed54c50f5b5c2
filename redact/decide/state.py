"""What the decide stage works on: one document's text, findings and growing list of entries."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..findings import Entry, Finding


@dataclass
class DocState:
    key: str  # the document's path relative to the batch input folder
    text: str
    findings: list[Finding]
    entries: list[Entry] = field(default_factory=list)
    context: list[Finding] = field(default_factory=list)  # keep-only findings: ORG, LOCATION, OFFICIAL
    review: dict = field(default_factory=dict)  # a reviewer's decisions, terms and areas (see decide/reviewed.py)

    def covered(self, start: int, end: int, decision: str | None = None) -> bool:
        """Is start..end inside an existing entry (of the given decision)?"""
        return any(e.start <= start and end <= e.end and (decision is None or e.decision == decision)
                   for e in self.entries)
