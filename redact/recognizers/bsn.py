"""BSN (burgerservicenummer): nine digits, also written 1234.56.782 or 123 456 782, that pass the
11-test. A valid number with a BSN word nearby is certain; one without is redacted as a
suggestion (about one in eleven random 9-digit numbers passes the test); a number labelled as
another kind of number (zaaknummer, KvK, factuur ...) is not a BSN."""
from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ..rules import Rules
from .base import has_context, in_sentences, line_before, word_list, words_pattern
from .checksums import bsn_valid

BSN_PATTERN = (r"(?<![\w.,+-]|\d[ .-])"
               r"(?:\d{9}|\d{4}([ .-])\d{2}\1\d{3}|\d{3}([ .-])\d{3}\2\d{3}|\d{2}([ .-])\d{3}\3\d{2}\3\d{2}"
               r"|\d{2}([ .-])\d{2}\4\d{2}\4\d{3})"
               r"(?![\w-]|[.,]\d|[ .-]\d)")

SCORE_CONTEXT, SCORE_ALONE = 0.95, 0.55


class BsnRecognizer(PatternRecognizer):
    def __init__(self, supported_language: str = "nl", rules: Rules | None = None):
        super().__init__(supported_entity="BSN", name="BsnRecognizer", supported_language=supported_language,
                         patterns=[Pattern("bsn", BSN_PATTERN, SCORE_ALONE)])
        self._context = words_pattern(word_list(rules, "bsn/context.txt"))
        self._other = words_pattern(word_list(rules, "bsn/other_numbers.txt"))

    @classmethod
    def from_rules(cls, rules: Rules) -> BsnRecognizer:
        return cls(rules=rules)

    def validate_result(self, pattern_text: str) -> bool:
        return bsn_valid(pattern_text)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        out = []
        for r in super().analyze(text, entities, nlp_artifacts, regex_flags):
            if has_context(text, r.start, r.end, self._context, before=80, after=40) or in_sentences(
                    text, r.start, r.end, self._context, before=1):  # "BSN" a sentence away
                r.score = SCORE_CONTEXT
            elif self._other.search(line_before(text, r.start, 40)) or "-" in text[r.start:r.end]:
                continue  # labelled as another number, or dashed like a case number
            else:
                r.score = SCORE_ALONE
            out.append(r)
        return out
