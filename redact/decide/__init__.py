"""Stage 3, decide: turn the findings of a whole batch into manifest entries.

Like docdeid, the decisions flow through an ordered list of small processors; each one reads and
changes the batch's `DocState`s, and each can be tested alone. Batch-wide processors (propagation)
see every document, which is why decide runs after all files were detected.
"""
from __future__ import annotations

from collections.abc import Callable

from ..rules import Rules
from .allowlist import apply_allowlist
from .condition_names import drop_condition_names
from .model_names import screen_model_names
from .name_bounds import complete_names
from .officials import keep_officials
from .overlaps import resolve_overlaps
from .propagation import propagate_names
from .reviewed import apply_reviewed
from .state import DocState
from .thresholds import apply_thresholds

Processor = Callable[[list[DocState], Rules], None]

PROCESSORS: list[Processor] = [
    apply_thresholds,  # findings -> candidate entries (redact / suggested), context spans
    screen_model_names,  # names only the NER model saw must look like names (not "Omdat", "RDW")
    complete_names,  # a name caught in part grows over its other words ("Vũ" + "Thị Hoa", "Tahiri" + ", K.")
    apply_allowlist,  # functional mailboxes, switchboard numbers, allowed terms -> keep
    keep_officials,  # politicians and top officials acting in office -> keep
    drop_condition_names,  # "Parkinson", "Alzheimer": a condition named after someone is no name
    propagate_names,  # a confirmed name is redacted everywhere in the batch
    complete_names,  # again, for the parts propagation found ("Tahiri" of "Tahiri, K.")
    resolve_overlaps,  # one entry per span; keep beats redact only where the policy says so
    apply_reviewed,  # a reviewer's decisions, manual terms and names (no-op without a review)
]


def decide(docs: list[DocState], rules: Rules, processors: list[Processor] | None = None) -> list[DocState]:
    for step in processors or PROCESSORS:
        step(docs, rules)
    for d in docs:
        d.entries.sort(key=lambda e: (e.start, e.end, e.decision, e.entity))
    return docs


__all__ = ["DocState", "decide", "PROCESSORS"]
