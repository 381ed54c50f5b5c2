"""IBAN of every country in the IBAN registry, compact or in groups of four, mod-97 validated.

The loose pattern may run on into the next word ("NL91ABNA0417164300 TNV"); the match is cut at
the country's IBAN length before validation, so a trailing word never spoils a valid number."""
from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ..rules import Rules
from .checksums import IBAN_LENGTHS, iban_valid

IBAN_PATTERN = r"(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[ \u00a0.-]?[A-Za-z0-9]){11,30}(?![\p{L}\p{N}])"
# a line break may fall inside an IBAN in extracted PDF text ("NL30\nRABO 0463 ...")
_LOOSE = re.compile(r"(?<![\p{L}\p{N}])[A-Za-z]{2}[ \u00a0]?\d{2}(?:(?:[ \u00a0.-]|[ \u00a0]?\n)?[A-Za-z0-9]){11,34}")
SCORE = 0.95


def _cut(text: str, start: int, end: int) -> int | None:
    """End offset after exactly the country's IBAN length in alphanumerics, if the IBAN stops there."""
    want = IBAN_LENGTHS.get(text[start:start + 2].upper())
    if not want:
        return None
    n = 0
    for i in range(start, end):
        if text[i].isalnum():
            n += 1
            if n == want:
                nxt = text[i + 1:i + 2]
                return i + 1 if not nxt.isalnum() else None
    return None


class IbanRecognizer(PatternRecognizer):
    def __init__(self, supported_language: str = "nl"):
        super().__init__(supported_entity="IBAN", name="IbanRecognizer", supported_language=supported_language,
                         patterns=[Pattern("iban", IBAN_PATTERN, SCORE)])

    @classmethod
    def from_rules(cls, rules: Rules) -> IbanRecognizer:
        return cls()

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        out = []
        pos = 0
        # a failed candidate ("is 111222333 en uw rekening NL91...") must not swallow the IBAN after it:
        # the next search starts one character after the candidate's start, not after its end
        while m := _LOOSE.search(text, pos):
            end = _cut(text, m.start(), m.end())
            pos = end if end and iban_valid(text[m.start():end]) else m.start() + 1
            if end and iban_valid(text[m.start():end]):
                out.append(RecognizerResult("IBAN", m.start(), end, SCORE, analysis_explanation=None,
                                            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return out

    def validate_result(self, pattern_text: str) -> bool:
        return iban_valid(pattern_text)
