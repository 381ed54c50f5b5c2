"""Dates of birth: a date is only personal data in a birth context ("geboren", "geb.",
"geboortedatum", a "Geboortedatum" table cell, or a person's record after a field list that names a
birth date: "per cliënt: naam, geboortedatum, BSN ... : A. Jansen | 02-04-2010 | 123456782 | ...");
every other date stays readable."""
from __future__ import annotations

import regex as re

from ..calendar_nl import MONTH_ABBREVIATIONS, OTHER_MONTHS
from ..calendar_nl import MONTHS as FULL_MONTHS
from ..rules import Rules
from .base import DutchRecognizer, word_list, words_pattern
from .checksums import bsn_valid

MONTHS = "|".join(sorted(FULL_MONTHS + MONTH_ABBREVIATIONS + OTHER_MONTHS, key=len, reverse=True))
DATE = re.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:"
    rf"\d{{1,2}}[-./]\d{{1,2}}[-./](?:19|20|')?\d{{2}}"
    rf"|\d{{1,2}}(?:e|ste)?[ \u00a0](?:{MONTHS})\.?[ \u00a0](?:19|20)\d{{2}}"
    rf"|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}"
    rf")(?![\p{{L}}\p{{N}}]|[-./]\d)",
    re.IGNORECASE)

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
_GAP_BREAK = re.compile(r"\d|[;!?]|\.\s+\p{Lu}|\.[ \t]*\n|\n\s*\n")  # a clause or sentence ended
# a record: three or more cells separated by "|" on one line
_RECORD = re.compile(r"[^|\n]*(?:\|[^|\n]*){2,}")
_NUMERIC = re.compile(r"(\d{1,2})[-./](\d{1,2})[-./]((?:19|20)?\d{2})|((?:19|20)\d{2})-(\d{2})-(\d{2})")
_NINE = re.compile(r"(?<![\p{N}])\d{9}(?![\p{N}])")
_STAR_BEFORE = re.compile(r"\*[ \t]?$")  # the genealogist's birth mark
_BORN = re.compile(r"(?i)(?<![\p{L}])(?:geboren|born)(?![\p{L}])")
_COMPACT = re.compile(r"(?<![\p{N}])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\p{N}])")
RECORD_CONTEXT = 600  # how far before a record the field list naming the birth date may stand


class BirthdateRecognizer(DutchRecognizer):
    ENTITIES = ["BIRTHDATE"]

    def __init__(self, supported_language: str = "nl", rules: Rules | None = None):
        super().__init__(supported_language)
        self._context = words_pattern(word_list(rules, "birthdate/context.txt"))

    @classmethod
    def from_rules(cls, rules: Rules) -> BirthdateRecognizer:
        return cls(rules=rules)

    def find(self, text: str):
        for m in _PARTIAL_DATE.finditer(text):
            yield m.start("date"), m.end("date"), 0.8  # "geboren in 1961", "geboortejaar: 1961", "geb. juni 1961"
        table = set(self._table_column_dates(text)) | set(self._record_dates(text))
        for m in DATE.finditer(text):
            before = text[max(0, m.start() - GAP):m.start()]
            hit = None
            for c in self._context.finditer(before):
                hit = c
            # between the context word and the date: no number and no end of a clause
            if (hit and not _GAP_BREAK.search(before, hit.end())) or m.span() in table:
                yield m.start(), m.end(), 0.9
            elif _STAR_BEFORE.search(text, max(0, m.start() - 3), m.start()) or self._born_after(text, m.end()):
                yield m.start(), m.end(), 0.85  # "*12-01-1990", "op 2 juli 2001 in Tilburg geboren"
        for m in _COMPACT.finditer(text):
            before = text[max(0, m.start() - 25):m.start()]
            if (hit := self._context.search(before)) and not _GAP_BREAK.search(before, hit.end()):
                yield m.start(), m.end(), 0.85  # "geboortedatum: 19850303"

    def _born_after(self, text: str, end: int) -> bool:
        """The birth verb after the date in the same clause: "die op 2 juli 2001 in Tilburg geboren is"."""
        after = text[end:end + 35]
        stop = _GAP_BREAK.search(after)
        return bool(_BORN.search(after[:stop.start()] if stop else after))

    def _record_dates(self, text: str):
        """The birth date in a person's record ("Naam | 02-04-2010 | 123456782 | ... | 01-02-2024") after a
        text that names a birth date among the fields: the oldest date of a record that also holds a BSN,
        or of a record with more dates (a birth date precedes the dates of the case by years)."""
        for r in _RECORD.finditer(text):
            if not self._context.search(text, max(0, r.start() - RECORD_CONTEXT), r.start() + 1) and \
                    not self._context.search(r.group().split("|", 1)[0]):
                continue
            dated = [(d, _ordinal(d.group())) for d in DATE.finditer(r.group())]
            dated = [(d, o) for d, o in dated if o is not None]
            if not dated:
                continue
            oldest, when = min(dated, key=lambda x: x[1])
            bsn = any(bsn_valid(n.group()) for n in _NINE.finditer(r.group()))
            if bsn or (len(dated) > 1 and max(o for _, o in dated) - when >= 10000):  # a year or more apart
                yield r.start() + oldest.start(), r.start() + oldest.end()

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


def _ordinal(date: str) -> int | None:
    """A numeric date as yyyymmdd (two-digit years read as 19xx/20xx), so dates can be compared."""
    m = _NUMERIC.fullmatch(date)
    if not m:
        return None
    if m.group(4):
        y, mo, d = int(m.group(4)), int(m.group(5)), int(m.group(6))
    else:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if y < 100:
            y += 2000 if y <= 30 else 1900
    return y * 10000 + mo * 100 + d
