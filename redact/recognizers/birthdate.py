"""Dates of birth: a date is only personal data in a birth context ("geboren", "geb.",
"geboortedatum", a "Geboortedatum" table cell); every other date stays readable."""
from __future__ import annotations

import regex as re

from ..calendar_nl import MONTH_ABBREVIATIONS
from ..calendar_nl import MONTHS as FULL_MONTHS
from .base import DutchRecognizer, words_pattern

MONTHS = "|".join(FULL_MONTHS + MONTH_ABBREVIATIONS)
DATE = re.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:"
    rf"\d{{1,2}}[-./]\d{{1,2}}[-./](?:19|20)?\d{{2}}"
    rf"|\d{{1,2}}(?:e|ste)?[ \u00a0](?:{MONTHS})\.?[ \u00a0](?:19|20)\d{{2}}"
    rf"|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}"
    rf")(?![\p{{L}}\p{{N}}]|[-./]\d)",
    re.IGNORECASE)

CONTEXT = ["geboren", "geb", "geb.", "geboortedatum", "geboortedata", "geboortedag", "d.d. geboorte",
           "geboorte", "geboren op", "date of birth", "born", "dob", "geboren te", "geboorte-datum", "geboortejaar"]
# Between the context word and the date only a short stretch may sit: a place, "op", a colon.
GAP = 45
# only a year or month + year, right after the birth word
_PARTIAL_DATE = re.compile(
    rf"(?<![\p{{L}}])(?:geboren|geb\.|geboortejaar|geboortemaand)[:\s]{{1,3}}(?:in|op|:)?[\s]{{0,2}}"
    rf"(?P<date>(?:(?:{MONTHS})\.?[ \u00a0])?(?:19|20)\d{{2}})(?![\p{{L}}\p{{N}}]|[-./]\d)", re.IGNORECASE)
ROWS = 30
_HEADER_LINE = re.compile(r"^.{3,160}$", re.MULTILINE)
_CELLS = re.compile(r"\s*\|\s*|\t+| {2,}")
_DATE_HEADER = re.compile(r"datum|date|geboren|geb\.|dob", re.IGNORECASE)
_GAP_BREAK = re.compile(r"\d|[;!?]|\.\s+\p{Lu}|\n\s*\n")


class BirthdateRecognizer(DutchRecognizer):
    ENTITIES = ["BIRTHDATE"]

    def __init__(self, supported_language: str = "nl"):
        super().__init__(supported_language)
        self._context = words_pattern(CONTEXT)

    def find(self, text: str):
        for m in _PARTIAL_DATE.finditer(text):
            yield m.start("date"), m.end("date"), 0.8  # "geboren in 1961", "geboortejaar: 1961", "geb. juni 1961"
        table = set(self._table_column_dates(text))
        for m in DATE.finditer(text):
            before = text[max(0, m.start() - GAP):m.start()]
            hit = None
            for c in self._context.finditer(before):
                hit = c
            # between the context word and the date: no number and no end of a clause
            if (hit and not _GAP_BREAK.search(before, hit.end())) or m.span() in table:
                yield m.start(), m.end(), 0.9

    def _table_column_dates(self, text: str):
        """Dates in the rows under a table header with a birth-date column ("Naam | Geboortedatum | ...").

        The header holds the birth word and at least one other cell, and no date itself; rows run until a
        blank line, a line of prose or ROWS lines. In a row with as many dates as the header has date
        columns the one in the birth column is taken; when that cannot be told, all dates of the row."""
        for h in _HEADER_LINE.finditer(text):
            header = h.group()
            cells = [c for c in _CELLS.split(header.strip(" |")) if c.strip()]
            if len(cells) < 2 or DATE.search(header) or not self._context.search(header):
                continue
            date_cols = [c for c in cells if _DATE_HEADER.search(c)]
            birth_i = next((i for i, c in enumerate(date_cols) if self._context.search(c)), 0)
            pos = h.end() + 1
            for _ in range(ROWS):
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                row = text[pos:end]
                if not row.strip() or len(row) > 160:
                    break
                dates = [(pos + d.start(), pos + d.end()) for d in DATE.finditer(row)]
                if len(dates) == len(date_cols):
                    yield dates[birth_i]
                else:
                    yield from dates
                pos = end + 1
