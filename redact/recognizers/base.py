"""What every Dutch recogniser shares: a Presidio EntityRecognizer whose `find()` yields
(start, end, score[, entity]) and a context test over the raw text around a match.

Context is read from the raw text (not Presidio's lemma-window enhancer) because the words that
matter often sit in a table header, on the previous line, or after a colon: "BSN: 123456782".
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ..rules import Rules, shipped_rules
from .tokens import sentence_window

# (start, end, score[, entity[, rule id]]): the rule id names the rule that fired, for provenance
Hit = tuple[int, int, float] | tuple[int, int, float, str] | tuple[int, int, float, str, str]
RULE_KEY = "rule"  # the recognition_metadata key that carries a hit's rule id


def word_list(rules: Rules | None, name: str) -> list[str]:
    """A word list of these rules (`rules/lists/<name>.txt`); the shipped rules when none are given."""
    return (rules or shipped_rules()).read_list(name)


def words_pattern(words: Iterable[str]) -> re.Pattern:
    """One case-insensitive regex matching any of `words` as a whole word (longest first)."""
    alts = sorted({re.escape(w) for w in words}, key=len, reverse=True)
    return re.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{'|'.join(alts)})(?![\p{{L}}])", re.IGNORECASE)


def has_context(text: str, start: int, end: int, pattern: re.Pattern, before: int = 60, after: int = 0) -> bool:
    """True if `pattern` occurs within `before` characters before or `after` characters after."""
    if before and pattern.search(text, max(0, start - before), start):
        return True
    return bool(after and pattern.search(text, end, min(len(text), end + after)))


def in_sentences(text: str, start: int, end: int, pattern: re.Pattern, before: int = 1, after: int = 0) -> bool:
    """True if `pattern` occurs in the sentence of start..end or within `before`/`after` sentences of it."""
    s, e = sentence_window(text, start, end, before, after)
    return bool(pattern.search(text, s, e))


def line_before(text: str, start: int, limit: int = 80) -> str:
    """The text from the start of the line (at most `limit` characters) up to `start`."""
    ls = text.rfind("\n", max(0, start - limit), start)
    return text[(ls + 1 if ls >= 0 else max(0, start - limit)):start]


class DutchRecognizer(EntityRecognizer):
    """Base class: subclasses set ENTITIES and implement `find(text)`."""

    ENTITIES: list[str] = []
    RULE: str = ""  # the rule id of hits that name none ("phone"); default: the first entity, lower case

    def __init__(self, supported_language: str = "nl", name: str | None = None):
        super().__init__(supported_entities=list(self.ENTITIES), name=name or type(self).__name__,
                         supported_language=supported_language)

    @classmethod
    def from_rules(cls, rules: Rules) -> DutchRecognizer:
        """The registry's factory; recognisers that read files from the rules folder override it."""
        return cls()

    def load(self) -> None:
        return None

    def find(self, text: str) -> Iterator[Hit]:
        raise NotImplementedError

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        out = []
        for hit in self.find(text):
            start, end, score = hit[0], hit[1], hit[2]
            entity = hit[3] if len(hit) > 3 else self.ENTITIES[0]
            rule = hit[4] if len(hit) > 4 else (self.RULE or self.ENTITIES[0].lower())
            if entities and entity not in entities:
                continue
            out.append(RecognizerResult(
                entity, start, end, round(score, 4), analysis_explanation=None,
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id, RULE_KEY: rule}))
        return out
