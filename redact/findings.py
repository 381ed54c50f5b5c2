"""The two records that flow through the pipeline: a Finding (what a detector saw) and an Entry
(what was decided about one span, as the manifest records it)."""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

REDACT = "redact"
KEEP = "keep"


@dataclass(frozen=True, order=True)
class Finding:
    """A span of a document's text that a detector flagged. Offsets index `Document.text`."""

    start: int
    end: int
    entity: str
    text: str
    score: float
    source: str  # detector (recogniser) name
    ground: str = ""
    rule: str = ""  # id of the rule that fired ("name.initials_surname"); empty: the recogniser as a whole

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def stable_id(start: int, end: int, text: str) -> str:
    """An id that stays the same across runs on the same document, whatever the rules say about
    the span, so reviewer decisions can be carried over after a rules change."""
    return "r" + hashlib.sha1(f"{start}:{end}:{text}".encode()).hexdigest()[:10]


@dataclass
class Entry:
    """One decided span of one document: redacted or deliberately kept."""

    start: int
    end: int
    text: str
    entity: str
    decision: str  # REDACT or KEEP
    ground: str = ""
    score: float = 0.0
    detectors: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)  # ids of the rules and steps that produced the decision
    reason: str = ""
    suggested: bool = False  # below the auto-redact threshold: a reviewer should confirm
    origin: str = "detector"  # detector | propagation | manual | reviewer
    page: int | None = None
    boxes: list[list[float]] = field(default_factory=list)  # PDF: [page, x0, y0, x1, y1] per box
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = stable_id(self.start, self.end, self.text)

    @property
    def redacted(self) -> bool:
        return self.decision == REDACT

    def set_decision(self, decision: str, reason: str, rule: str) -> None:
        """A decide step changes its mind about this span; `rule` records which step (provenance)."""
        self.decision, self.reason = decision, reason
        if decision == KEEP:
            self.suggested = False
        if rule not in self.rules:
            self.rules.append(rule)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entry:
        known = {k: d[k] for k in cls.__dataclass_fields__ if k in d}
        return cls(**known)
