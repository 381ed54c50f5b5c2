"""A reviewer's word is final: the last processor applies human decisions, manual terms and
decisions on names to a document's entries.

`DocState.review` (also the manifest's `review` section) holds:
- `decisions`: `{id, text, entity, decision, ground, reason, scope}`; `scope` is `name` (default:
  every entry with the same text, and for `redact` every other occurrence of it too) or
  `occurrence` (only the entry with that id). Matched on the stable entry id, so they survive a
  re-run of detection after a rules change.
- `terms`: `{text, ground, reason}`: redact every occurrence (case-blind, whole words).
- `areas`: `{page, rect, ground, reason}`: PDF page areas, drawn by redact/review/areas.py.
"""
from __future__ import annotations

import regex as re

from ..findings import KEEP, REDACT, Entry
from ..rules import Rules
from .overlaps import resolve_overlaps
from .state import DocState

MANUAL, REVIEWER = "manual", "reviewer"


def norm_name(s: str) -> str:
    return " ".join(s.split()).casefold()


def term_pattern(text: str) -> re.Pattern:
    """Whole-word, case-blind, any run of white space where the term has a space."""
    words = [re.escape(w) for w in text.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def _add_occurrences(d: DocState, text: str, ground: str, reason: str, origin: str, entity: str) -> None:
    if not text.strip():
        return
    for m in term_pattern(text).finditer(d.text):
        s, e = m.start(), m.end()
        if d.covered(s, e, REDACT):
            continue
        # a human asked for this redaction: it beats any kept span it touches
        d.entries = [x for x in d.entries if not (x.decision == KEEP and x.start < e and s < x.end)]
        d.entries.append(Entry(start=s, end=e, text=m.group(0), entity=entity,
                               decision=REDACT, ground=ground, score=1.0, detectors=[origin], origin=origin,
                               rules=[f"{origin}.term"], reason=reason))


def name_decisions(review: dict) -> dict[str, dict]:
    """Decisions that apply to every occurrence of their text (later ones win)."""
    return {norm_name(x.get("text", "")): x for x in review.get("decisions") or []
            if x.get("scope", "name") == "name" and x.get("text", "").strip()}


def apply_reviewed(docs: list[DocState], rules: Rules) -> None:
    for d in docs:
        if not d.review:
            continue
        default = rules.ground_for("PERSON")
        d.entries = [e for e in d.entries if e.origin != MANUAL]  # recomputed from the terms
        for t in d.review.get("terms") or []:
            _add_occurrences(d, t.get("text", ""), t.get("ground") or default,
                             t.get("reason") or "manual term (reviewer)", MANUAL, "MANUAL")
        by_name = name_decisions(d.review)
        for x in by_name.values():
            if x.get("decision") == REDACT:
                _add_occurrences(d, x["text"], x.get("ground") or default,
                                 x.get("reason") or "reviewer: redact this name everywhere", REVIEWER,
                                 x.get("entity") or "PERSON")
        resolve_overlaps([d], rules)
        by_id = {x["id"]: x for x in d.review.get("decisions") or [] if x.get("id")}
        for e in d.entries:
            x = by_id.get(e.id) or by_name.get(norm_name(e.text))
            if x is None or x.get("decision") not in (REDACT, KEEP):
                continue
            e.set_decision(x["decision"], x.get("reason") or f"reviewer: {x['decision']}", "reviewer.decision")
            e.ground = x.get("ground") or e.ground or rules.ground_for(e.entity)
            e.origin, e.suggested = REVIEWER, False
