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
from .not_names import screen_non_names
from .numbers import same_number_same_decision
from .officials import keep_officials
from .org_accounts import keep_organisation_accounts
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
    screen_non_names,  # institutions named after someone ("Erasmus MC"), laws ("Wmo"), Latin terms ("E. coli")
    apply_allowlist,  # functional mailboxes, switchboard numbers, allowed terms -> keep
    same_number_same_decision,  # a general number kept in one document is kept in all of them
    keep_organisation_accounts,  # an IBAN "t.n.v. Gemeente X" or in a letterhead is the organisation's
    keep_officials,  # politicians and top officials acting in office -> keep
    drop_condition_names,  # "Parkinson", "Alzheimer": a condition named after someone is no name
    propagate_names,  # a confirmed name is redacted everywhere in the batch
    complete_names,  # again, for the parts propagation found ("Tahiri" of "Tahiri, K.")
    screen_non_names,  # again: a propagated name inside a firm's or institution's name ("Kuipers & Tjin-A-Djie")
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
