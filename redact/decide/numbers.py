"""One decision per phone number across the batch: an organisation's general number that one document
shows as such (a letterhead, "het algemene nummer") stays readable in every document of the batch,
also where it stands in an e-mail signature. Mobile numbers are never general numbers."""
from __future__ import annotations

from ..findings import KEEP
from ..rules import Rules
from .allowlist import digits_of
from .state import DocState


def same_number_same_decision(docs: list[DocState], rules: Rules) -> None:
    general: dict[str, str] = {}  # digits -> the document that shows it as a general number
    for d in docs:
        for e in d.entries:
            if e.entity == "SWITCHBOARD" and e.decision == KEEP:
                digits = digits_of(e.text)
                if len(digits) >= 9 and not digits.startswith("06"):
                    general.setdefault(digits, d.key)
    if not general:
        return
    for d in docs:
        for e in d.entries:
            if e.entity == "PHONE" and e.redacted and (key := general.get(digits_of(e.text))):
                e.set_decision(KEEP, f"the same organisation's general number as in {key}", "batch.same_number")
                e.entity = "SWITCHBOARD"
