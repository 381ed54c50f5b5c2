"""Terms the policy says to redact wherever they occur (`deny:` in rules/policy.yaml)."""
from __future__ import annotations

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ..rules import Rules


class DenyListRecognizer(EntityRecognizer):
    def __init__(self, terms: list[dict], supported_language: str = "nl"):
        self.terms = terms
        entities = sorted({str(t.get("entity", "DENY")) for t in terms}) or ["DENY"]
        super().__init__(supported_entities=entities, name="DenyListRecognizer",
                         supported_language=supported_language)
        self._patterns = [
            (re.compile(rf"(?<!\w){re.escape(str(t['text']))}(?!\w)", re.IGNORECASE), str(t.get("entity", "DENY")),
             str(t.get("ground") or ""))
            for t in terms if t.get("text")
        ]

    @classmethod
    def from_rules(cls, rules: Rules) -> DenyListRecognizer:
        return cls(rules.deny)

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        out = []
        for pattern, entity, ground in self._patterns:
            for m in pattern.finditer(text):
                out.append(RecognizerResult(entity, m.start(), m.end(), 1.0,
                                            analysis_explanation=None,
                                            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                                                                  "ground": ground}))
        return out
