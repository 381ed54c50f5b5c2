"""Vehicle registrations: the Dutch sidecodes 1-14 with dashes (and without dashes or with spaces when
a vehicle word is near), Belgian and German plates, and other foreign plates next to "kenteken".

A dashed Dutch sidecode is also the shape of equipment, object and case codes ("toestel 14-ZP-03",
"zaak 21-KL-07"): labelled as such, and with no vehicle word near, it is not a plate. German plates
("HH-KM 4721") and the three-group plates of other EU countries ("CJ 07 RTM", "WX 4521 A") have
distinctive shapes: a vehicle word (auto, camper, a car make) near is enough for them, and so is another
plate near (a list or table of vehicles: "twee busjes: 12-AB-34 en een Roemeense met CJ 07 RTM", a
visitors' book with a column of plates). Polish plates put letters and digits in the second group
("WX 4R521", "KRA 12GH3").
"""
from __future__ import annotations

import regex as re

from ..rules import Rules
from .base import DutchRecognizer, in_sentences, line_before, word_list, words_pattern

L, D = "[A-Z]", r"\d"
# (letters/digits per part) of the Dutch sidecodes 1..14
SIDECODES = [
    (L, 2, D, 2, D, 2), (D, 2, D, 2, L, 2), (D, 2, L, 2, D, 2), (L, 2, D, 2, L, 2), (L, 2, L, 2, D, 2),
    (D, 2, L, 2, L, 2), (D, 2, L, 3, D, 1), (D, 1, L, 3, D, 2), (L, 2, D, 3, L, 1), (L, 1, D, 3, L, 2),
    (L, 3, D, 2, L, 1), (L, 1, D, 2, L, 3), (D, 1, L, 2, D, 3), (D, 3, L, 2, D, 1),
]


def _sidecode(sep: str) -> str:
    return "|".join(f"{a}{{{na}}}{sep}{b}{{{nb}}}{sep}{c}{{{nc}}}" for a, na, b, nb, c, nc in SIDECODES)


_EDGE_L, _EDGE_R = r"(?<![\p{L}\p{N}-])", r"(?![\p{L}\p{N}]|-[\p{L}\p{N}])"
# a dash may end a line where extracted PDF text wraps a plate in a narrow table cell ("F-⏎923-PB")
_WRAP_DASH = r"-(?:[ ]?\n)?"
DUTCH = re.compile(rf"{_EDGE_L}(?:{_sidecode(_WRAP_DASH)}){_EDGE_R}")
DUTCH_ANY_CASE = re.compile(DUTCH.pattern, re.IGNORECASE)
DUTCH_LOOSE = re.compile(rf"{_EDGE_L}(?:{_sidecode('[ ]?')}){_EDGE_R}")  # needs context
BELGIAN = re.compile(rf"{_EDGE_L}[12]-[A-Z]{{3}}-\d{{3}}{_EDGE_R}")
GERMAN = re.compile(rf"{_EDGE_L}[A-ZÄÖÜ]{{1,3}}-[A-Z]{{1,2}} ?\d{{1,4}}[EH]?{_EDGE_R}")
FOREIGN = re.compile(rf"{_EDGE_L}[A-Z]{{2,3}}[ -]?\d{{3,5}}[A-Z]{{0,2}}{_EDGE_R}")  # needs context
# letters, digits, letters in three groups (Romania "CJ 07 RTM", Poland "WX 4521A", Bulgaria "CA 1234 AB")
EU_GROUPS = re.compile(rf"{_EDGE_L}[A-Z]{{1,3}}[ -]\d{{2,5}}[ -]?[A-Z]{{1,3}}{_EDGE_R}")
# Poland: a district code of 2-3 letters, then 4-5 characters mixing digits and letters ("PO 4R218", "KRA 12GH3")
POLISH = re.compile(rf"{_EDGE_L}[A-Z]{{2,3}} (?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{{4,5}}{_EDGE_R}")
PLATE_NEAR = 200  # another plate this close: the code stands in a list or table of vehicles

# a label right before a dashed code that makes it something other than a plate


class PlateRecognizer(DutchRecognizer):
    ENTITIES = ["PLATE"]

    def __init__(self, supported_language: str = "nl", rules: Rules | None = None):
        super().__init__(supported_language)
        self._context = words_pattern(word_list(rules, "plate/context.txt"))
        self._plate_word = words_pattern(word_list(rules, "plate/plate_words.txt"))
        self._not_plate = words_pattern(word_list(rules, "plate/not_plate.txt"))

    @classmethod
    def from_rules(cls, rules: Rules) -> PlateRecognizer:
        return cls(rules=rules)

    def _labelled_otherwise(self, text: str, start: int) -> bool:
        """"toestel 14-ZP-03", "zaak: 21-KL-07": a non-vehicle label just before, on the same line."""
        before = line_before(text, start, 30)
        hits = list(self._not_plate.finditer(before))
        return bool(hits) and not before[hits[-1].end():].strip(" \t:,(#nr.")

    def find(self, text: str):
        seen: set[tuple[int, int]] = set()
        for m in DUTCH.finditer(text):
            seen.add(m.span())
            if in_sentences(text, m.start(), m.end(), self._context, before=1, after=1):
                yield m.start(), m.end(), 0.9
            elif not self._labelled_otherwise(text, m.start()):
                yield m.start(), m.end(), 0.7
        for m in DUTCH_ANY_CASE.finditer(text):  # "kenteken hp-927-s": lower case, with a vehicle word only
            if m.span() not in seen and in_sentences(text, m.start(), m.end(), self._context, before=1):
                seen.add(m.span())
                yield m.start(), m.end(), 0.8
        for m in BELGIAN.finditer(text):
            if m.span() not in seen:
                seen.add(m.span())
                yield m.start(), m.end(), 0.85
        plates = sorted(seen)  # the dashed Dutch and Belgian plates: a distinctive shape near them is a plate too
        for rx in (DUTCH_LOOSE, GERMAN, EU_GROUPS, POLISH, FOREIGN):
            for m in rx.finditer(text):
                if any(s <= m.start() < e or s < m.end() <= e for s, e in seen):
                    continue
                if not any(c.isdigit() for c in m.group()) or not any(c.isalpha() for c in m.group()):
                    continue
                distinctive = rx is not FOREIGN and rx is not DUTCH_LOOSE
                if in_sentences(text, m.start(), m.end(), self._plate_word, before=1, after=1) or (
                        distinctive and not self._labelled_otherwise(text, m.start())
                        and (in_sentences(text, m.start(), m.end(), self._context, before=1, after=1)
                             or any(m.start() - PLATE_NEAR <= e and s <= m.end() + PLATE_NEAR for s, e in plates))):
                    seen.add(m.span())
                    yield m.start(), m.end(), 0.8
