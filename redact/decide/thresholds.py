"""Findings -> entries, by the policy's per-entity thresholds and actions."""
from __future__ import annotations

from ..findings import KEEP, REDACT, Entry
from ..rules import Rules
from .state import DocState


def apply_thresholds(docs: list[DocState], rules: Rules) -> None:
    for d in docs:
        for f in d.findings:
            pol = rules.entity(f.entity)
            if pol.action == "keep":
                d.context.append(f)
                if pol.in_manifest:  # e.g. an organisation's general number: the reviewer sees it was kept
                    d.entries.append(Entry(start=f.start, end=f.end, text=f.text, entity=f.entity, decision=KEEP,
                                           ground=f.ground or pol.ground, score=f.score, detectors=[f.source],
                                           rules=[f.rule or f.source],
                                           reason=f"{f.entity} found by {f.source}: kept by policy"))
                continue
            if f.score < pol.min_score:
                continue
            suggested = f.score < pol.auto_score
            d.entries.append(Entry(
                start=f.start, end=f.end, text=f.text, entity=f.entity, decision=REDACT, ground=f.ground or pol.ground,
                score=f.score, detectors=[f.source], rules=[f.rule or f.source], suggested=suggested,
                reason=f"{f.entity} found by {f.source}" + (" (below auto threshold: check)" if suggested else ""),
            ))
