"""What a recogniser finds in a text, as strings: the helper the per-recogniser unit tests share."""
from __future__ import annotations


def spans(recognizer, text: str, entity: str | None = None, min_score: float = 0.4) -> list[str]:
    return [text[r.start:r.end] for r in recognizer.analyze(text, [])
            if r.score >= min_score and (entity is None or r.entity_type == entity)]
