"""Vehicle registrations: the Dutch sidecodes 1-14 with dashes (and without dashes or with spaces when
a vehicle word is near), Belgian and German plates, and other foreign plates next to "kenteken"."""
from __future__ import annotations

import regex as re

from .base import DutchRecognizer, has_context, words_pattern

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
DUTCH = re.compile(rf"{_EDGE_L}(?:{_sidecode('-')}){_EDGE_R}")
DUTCH_LOOSE = re.compile(rf"{_EDGE_L}(?:{_sidecode('[ ]?')}){_EDGE_R}")  # needs context
BELGIAN = re.compile(rf"{_EDGE_L}[12]-[A-Z]{{3}}-\d{{3}}{_EDGE_R}")
GERMAN = re.compile(rf"{_EDGE_L}[A-ZÄÖÜ]{{1,3}}-[A-Z]{{1,2}} ?\d{{1,4}}[EH]?{_EDGE_R}")
FOREIGN = re.compile(rf"{_EDGE_L}[A-Z]{{2,3}}[ -]?\d{{3,5}}[A-Z]{{0,2}}{_EDGE_R}")  # needs context

CONTEXT = ["kenteken", "kentekens", "kentekenplaat", "nummerbord", "voertuig", "auto", "personenauto",
           "bestelbus", "busje", "bus", "vrachtwagen", "scooter", "motor", "aanhanger", "camper", "taxi",
           "geparkeerd", "parkeert", "rijdt", "reed", "bestuurder", "apk", "rdw", "license plate"]
PLATE_WORD = ["kenteken", "kentekens", "kentekenplaat", "nummerbord", "license plate", "plaat"]


class PlateRecognizer(DutchRecognizer):
    ENTITIES = ["PLATE"]

    def __init__(self, supported_language: str = "nl"):
        super().__init__(supported_language)
        self._context = words_pattern(CONTEXT)
        self._plate_word = words_pattern(PLATE_WORD)

    def find(self, text: str):
        seen: set[tuple[int, int]] = set()
        for m in DUTCH.finditer(text):
            seen.add(m.span())
            yield m.start(), m.end(), 0.9 if has_context(text, m.start(), m.end(), self._context, 80, 40) else 0.7
        for m in BELGIAN.finditer(text):
            if m.span() not in seen:
                seen.add(m.span())
                yield m.start(), m.end(), 0.85
        for rx in (DUTCH_LOOSE, GERMAN, FOREIGN):
            for m in rx.finditer(text):
                if any(s <= m.start() < e or s < m.end() <= e for s, e in seen):
                    continue
                if not any(c.isdigit() for c in m.group()) or not any(c.isalpha() for c in m.group()):
                    continue
                if has_context(text, m.start(), m.end(), self._plate_word, 40, 60):
                    seen.add(m.span())
                    yield m.start(), m.end(), 0.8
