"""Identifiers read from their label, whatever their check digits say (rules/detection_rules.yaml).

"IBAN: NL12RABO0123456789" is someone's account even when a typo broke its check digits, and a
value behind "BSN:" is a citizen service number even when it fails the 11-test. The checksum
recognisers (bsn.py, iban.py, Presidio's credit-card recogniser) stay certain only for valid
numbers; a rule here finds the value by its label alone and reports it below the auto-redact
threshold, so it is redacted in the draft and marked `suggested` for the reviewer.

A rule is data: an entry in detection_rules.yaml with `entity`, `labels` (words, case-insensitive),
`value` (a regex for the value) and `score`. Between label and value only a colon, "nr", "nummer",
"is", "van" and the like may stand, on the same line (at most `gap` characters, default 12)."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex as re

from ..rules import Rules
from .base import DutchRecognizer, Hit

FILLER = r"(?:[ \t]*(?::|\.|nr\.?|nummer|number|no\.?|is|was|van|de|het|\(?[a-z]+\)?)?[ \t]*){0,3}"


@dataclass(frozen=True)
class LabelRule:
    id: str
    entity: str
    pattern: re.Pattern
    score: float


def _compile(rule_id: str, spec: dict) -> LabelRule:
    labels = sorted((re.escape(str(w)).replace(r"\ ", r"[ \t]+") for w in spec["labels"]), key=len, reverse=True)
    gap = int(spec.get("gap", 12))
    pattern = re.compile(
        rf"(?i:(?<![\p{{L}}\p{{N}}])(?:{'|'.join(labels)})(?![\p{{L}}]))(?={FILLER})[^\n\p{{N}}]{{0,{gap}}}?"
        rf"(?P<v>{spec['value']})(?![\p{{L}}\p{{N}}])")
    return LabelRule(rule_id, str(spec["entity"]), pattern, float(spec.get("score", 0.5)))


class LabelledValueRecognizer(DutchRecognizer):
    """Every `labels` + `value` rule of detection_rules.yaml."""

    ENTITIES = ["BSN", "IBAN", "CREDIT_CARD"]

    def __init__(self, rules: list[LabelRule], supported_language: str = "nl"):
        self.rules = rules
        self.ENTITIES = sorted({r.entity for r in rules}) or list(type(self).ENTITIES)
        super().__init__(supported_language=supported_language, name="LabelledValueRecognizer")

    @classmethod
    def from_rules(cls, rules: Rules) -> LabelledValueRecognizer:
        return cls([_compile(rid, spec) for rid, spec in rules.declared_rules.items()
                    if "labels" in spec and "value" in spec and rid not in rules.disabled_rules])

    def find(self, text: str) -> Iterator[Hit]:
        for rule in self.rules:
            for m in rule.pattern.finditer(text):
                yield m.start("v"), m.end("v"), rule.score, rule.entity, rule.id
