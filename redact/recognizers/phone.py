"""Phone numbers: Dutch mobile and landline in every common notation, and international numbers.

Candidates are runs of digit groups joined by one separator (space, dash with or without spaces,
dot, parentheses, "+31 (0)6"); the phonenumbers library decides which part of a run is a valid
number. A national number must start with 0 and an international one with + or 00, so dates,
amounts, postcodes, case and KvK numbers (which do not) never qualify; numbers labelled as another
kind of number, dates and times are skipped explicitly as well. Premium, toll-free and
shared-cost numbers (0800, 0900, 088-style service numbers stay) belong to organisations.

A landline that is an organisation's general number (a letterhead, a list of organisations, "het
algemene nummer", see switchboard.py) is reported as SWITCHBOARD, which the policy keeps readable.
"""
from __future__ import annotations

from collections.abc import Iterator

import phonenumbers
import regex as re
from phonenumbers import PhoneNumberType

from ..rules import Rules
from .base import DutchRecognizer, has_context, line_before, word_list, words_pattern
from .switchboard import GeneralNumbers

# one separator; extracted PDF text may wrap a number at any of them ("0519\n- 56 24 38", "06\n12345678")
_SEP = r"(?:[ \u00a0]?\n?[-–‐‑][ \u00a0]?\n?|[ \u00a0]{1,2}|[ \u00a0]?\n[ \u00a0]?|\.|/)"
_GROUP = r"(?:\+[ \u00a0]?(?:\d{1,3}[ \u00a0]?(?=\())?)?(?:\(0\))?\(?\d{1,11}\)?"  # also "+31(0)6"
CANDIDATE = re.compile(rf"(?<![\w.,/+-]){_GROUP}(?:{_SEP}{_GROUP})*(?![\w])")
_BARE_BREAK = re.compile(r"\d\)?[ \u00a0]?\n[ \u00a0]?\(?\d")
_DIGITS = re.compile(r"\+?\(?\d+\)?")
# "06-4471⏎2098", "06 - 51 94 03⏎27": a mobile written as one (06 and a separator) that a narrow PDF table
# cell wrapped; a bare run of digits broken across lines still needs a phone word near it
_MOBILE_WRAPPED = re.compile(r"(?:\+31|0031|0)[ \u00a0]?6(?:[ \u00a0]?-[ \u00a0]?|[ \u00a0])\d")
_DATE_OR_TIME = re.compile(r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}[.:]\d{2}(?:\s?[-–]\s?\d{1,2}[.:]\d{2})?")
_DATE_INSIDE = re.compile(r"(?<!\d)\d{1,2}([-./])\d{1,2}\1(?:19|20)\d{2}(?!\d)"
                          r"|(?<!\d)(?:19|20)\d{2}([-./])\d{1,2}\2\d{1,2}(?!\d)")

NOT_PERSONAL = {PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST}

SCORE_VALID_CONTEXT, SCORE_VALID, SCORE_POSSIBLE_CONTEXT, SCORE_POSSIBLE = 0.9, 0.75, 0.6, 0.45


def _normalise(s: str) -> str:
    """'+31 (0)6 1234' -> '+3161234'; '0031 6 ...' -> '+316...'."""
    s = re.sub(r"^(\+\s?\d{1,3})\s?\(0\)", r"\1", s.strip())
    d = re.sub(r"\D", "", s)
    if s.startswith("+"):
        return "+" + d
    if d.startswith("00"):
        return "+" + d[2:]
    return d


def _parse(s: str) -> tuple[bool, bool, phonenumbers.PhoneNumber | None]:
    """(valid, possible, parsed) for a candidate string that starts like a phone number."""
    n = _normalise(s)
    if not (n.startswith("+") or (n.startswith("0") and len(n) >= 9)):
        return False, False, None
    try:
        p = phonenumbers.parse(n, "NL")
    except phonenumbers.NumberParseException:
        return False, False, None
    national = str(p.national_number)
    if p.country_code == 31 and len(national) != 9 and not n.startswith("+"):
        return False, False, p
    return phonenumbers.is_valid_number(p), phonenumbers.is_possible_number(p) and len(national) >= 8, p


class PhoneRecognizer(DutchRecognizer):
    ENTITIES = ["PHONE", "SWITCHBOARD"]

    def __init__(self, supported_language: str = "nl", general: GeneralNumbers | None = None,
                 rules: Rules | None = None):
        super().__init__(supported_language, name="PhoneRecognizer")
        self._context = words_pattern(word_list(rules, "phone/context.txt"))
        self._other = words_pattern(word_list(rules, "phone/other_numbers.txt"))
        self._general = general or GeneralNumbers()

    @classmethod
    def from_rules(cls, rules: Rules) -> PhoneRecognizer:
        return cls(general=GeneralNumbers.from_rules(rules), rules=rules)

    def _best(self, text: str, groups: list[tuple[int, int]]) -> Iterator[tuple[int, int, bool]]:
        """Non-overlapping phone numbers inside one run of digit groups: earliest start, longest valid."""
        i = 0
        while i < len(groups):
            g0 = text[groups[i][0]:groups[i][1]].lstrip("(")
            gs = groups[i][0]
            if not (g0.startswith("0") or g0.startswith("+")) or (gs >= 2 and re.match(r"\d[.,]", text[gs - 2:gs])):
                # a number must start like one, and not as the decimals of a figure ("62.02")
                i += 1
                continue
            found = None
            for j in range(min(len(groups), i + 8) - 1, i - 1, -1):
                s, e = groups[i][0], groups[j][1]
                valid, possible, _ = _parse(text[s:e])
                if valid or (possible and found is None):
                    found = (j, s, e, valid)
                    if valid:
                        break
            if found:
                j, s, e, valid = found
                yield s, e, valid
                i = j + 1
            else:
                i += 1

    def find(self, text: str):
        for m in CANDIDATE.finditer(text):
            groups = [(g.start(), g.end()) for g in _DIGITS.finditer(text, m.start(), m.end())]
            # "+31 (0)6": the (0) is part of the group before it
            merged: list[tuple[int, int]] = []
            for s, e in groups:
                if text[s:e] == "(0)" and merged:
                    merged[-1] = (merged[-1][0], e)
                else:
                    merged.append((s, e))
            for s, e, valid in self._best(text, merged):
                span = text[s:e]
                seps = set(re.sub(r"[\d()+\s]", "", span)) | ({" "} if re.search(r"\d\s+\(?\d", span) else set())
                if "." in seps and len(seps) > 1:
                    continue  # "02 397.60 520": a column of figures, not a phone number
                if _DATE_OR_TIME.fullmatch(span.strip("()")) or _DATE_INSIDE.search(span):
                    continue  # "13-03-2024", "[02-04-2024 08:03]": a date, perhaps with the hour
                _, _, parsed = _parse(span)
                if parsed is not None and phonenumbers.number_type(parsed) in NOT_PERSONAL:
                    continue
                if self._general.reason(text, s, e, parsed):
                    yield s, e, SCORE_VALID_CONTEXT, "SWITCHBOARD"
                    continue
                before = line_before(text, s, 40)
                context = has_context(text, s, e, self._context, before=40)
                if not context and _BARE_BREAK.search(span) and not (
                        valid and _MOBILE_WRAPPED.match(span) and parsed is not None
                        and phonenumbers.number_type(parsed) == PhoneNumberType.MOBILE):
                    continue  # digits joined across a line break: only a phone when the text says so
                if not context and self._other.search(before):
                    continue
                if valid:
                    yield s, e, SCORE_VALID_CONTEXT if context else SCORE_VALID
                else:
                    yield s, e, SCORE_POSSIBLE_CONTEXT if context else SCORE_POSSIBLE
