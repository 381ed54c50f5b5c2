"""One entry per span: overlapping redactions are merged into their union; a keep decision on a
span wins over redactions of the same or a smaller span inside it."""
from __future__ import annotations

from ..findings import KEEP, REDACT, Entry
from ..rules import Rules
from .state import DocState


def _merge(group: list[Entry], text: str, rules: Rules) -> Entry:
    start, end = min(e.start for e in group), max(e.end for e in group)
    # which finding explains the span: an absolute ground (5.1.1, e.g. BSN) outranks a relative one, then
    # the declared priority of the rules behind it (detection_rules.yaml), then the score and the length
    best = max(group, key=lambda e: (e.ground.startswith("5.1.1"), max((rules.rule_priority(r) for r in e.rules),
                                                                        default=0), e.score, e.end - e.start))
    detectors = sorted({s for e in group for s in e.detectors})
    rule_ids = sorted({r for e in group for r in e.rules})
    return Entry(start=start, end=end, text=text[start:end], entity=best.entity, decision=REDACT,
                 ground=best.ground, score=best.score, detectors=detectors, rules=rule_ids,
                 suggested=all(e.suggested for e in group),
                 origin=best.origin if len({e.origin for e in group}) == 1 else "detector",
                 reason=best.reason if len(group) == 1 else f"{best.reason}; merged {len(group)} findings")


def resolve_overlaps(docs: list[DocState], rules: Rules) -> None:
    for d in docs:
        keeps = [e for e in d.entries if e.decision == KEEP]
        redacts = sorted((e for e in d.entries if e.decision == REDACT), key=lambda e: (e.start, -e.end))
        # a redaction wholly inside a kept span is dropped (the keep explains why)
        redacts = [r for r in redacts if not any(k.start <= r.start and r.end <= k.end for k in keeps)]
        merged: list[Entry] = []
        group: list[Entry] = []
        for r in redacts:
            if group and r.start < max(g.end for g in group):
                group.append(r)
                continue
            if group:
                merged.append(_merge(group, d.text, rules))
            group = [r]
        if group:
            merged.append(_merge(group, d.text, rules))
        # keeps: deduplicate identical spans; drop keeps wholly inside a redaction
        seen: set[tuple[int, int]] = set()
        kept: list[Entry] = []
        for k in sorted(keeps, key=lambda e: (e.start, -e.end)):
            if (k.start, k.end) in seen or any(m.start <= k.start and k.end <= m.end for m in merged):
                continue
            seen.add((k.start, k.end))
            kept.append(k)
        d.entries = merged + kept
