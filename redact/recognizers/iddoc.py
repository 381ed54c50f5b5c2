"""Numbers of identity documents (passport, identity card, driving licence, residence document),
only next to a word naming such a document: a bare 9- or 10-character code is not enough.

The document word need not be the last label before the number ("twee paspoorten op naam van X (nummer
AB1234567", "foto van de ID-kaart op zijn telefoon: ..., kaartnummer ..."): another kind of label
(telefoon, kenmerk, BSN) only wins when it stands right before the number and so labels it. Foreign
licences are often numbered in slashed groups ("04817/19/1463"); those count too, dates excepted."""
from __future__ import annotations

import regex as re

from ..rules import Rules
from .base import DutchRecognizer, word_list, words_pattern
from .checksums import bsn_valid

# Dutch passport / ID card: 2 letters, 6 letters-or-digits, 1 digit (no letter O); driving licence:
# 10 digits; other documents: 6-12 letters and digits with at least 2 digits. Foreign passports and ID
# cards are often written with a space after their letter series ("EX 1234567"): the series is part of
# the number (alone the digits are not the document's number, and the letters identify it too), unless
# the letters are themselves a label ("ID 1234567", "NR 123456").
DOC_NUMBER = re.compile(
    r"(?<![\p{L}\p{N}-])(?:(?!(?:ID|NR|NO|BSN|KVK|TEL)[ \u00a0])[A-Z]{2,3}[ \u00a0]\d{6,9}(?![\p{L}\p{N}])"
    r"|[A-NP-Z]{2}[A-NP-Z0-9]{6}\d|\d{10}|(?=(?:[A-Z]*\d){2})[A-Z0-9]{6,12}"
    r"|(?=(?:[A-Z/]*\d){6})[A-Z0-9]{2,8}(?:/[A-Z0-9]{2,8}){1,3})(?![\p{L}\p{N}]|[-/]\w)")
_REGISTER = re.compile(r"(?:19|20)\d\d/")
_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}|\d{4}/\d{1,2}/\d{1,2}")

WINDOW = 70
LABELS_IT = 25  # an other-number label this close before the number is its label


class IdDocRecognizer(DutchRecognizer):
    ENTITIES = ["IDDOC"]

    def __init__(self, supported_language: str = "nl", rules: Rules | None = None):
        super().__init__(supported_language)
        doc_words = word_list(rules, "iddoc/document_words.txt")
        self._labels = words_pattern(doc_words + word_list(rules, "iddoc/other_labels.txt"))
        self._doc = words_pattern(doc_words)

    @classmethod
    def from_rules(cls, rules: Rules) -> IdDocRecognizer:
        return cls(rules=rules)

    def find(self, text: str):
        for m in DOC_NUMBER.finditer(text):
            before = text[max(0, m.start() - WINDOW):m.start()]
            before = before[before.rfind("\n\n") + 1:]  # not across a paragraph
            labels = list(self._labels.finditer(before))
            if not labels or _DATE.fullmatch(m.group()) or _REGISTER.match(m.group()):
                continue  # a date, or a register number that opens with a year ("2024/0613/4567")
            last = labels[-1]
            if not self._doc.fullmatch(last.group()) and (
                    len(before) - last.end() <= LABELS_IT or not any(self._doc.fullmatch(x.group()) for x in labels)):
                continue  # "telefoon 0612345678", "kenmerk 2024AB1234": labelled as another number
            if m.group().isdigit() and bsn_valid(m.group()):
                continue  # nine digits passing the 11-test: a BSN (5.1.1e), not a document number
            yield m.start(), m.end(), 0.85
