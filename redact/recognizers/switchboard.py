"""General numbers of organisations: a phone number that belongs to a body, not to a person.

A Dutch landline or service number (never a mobile, never a foreign number) is an organisation's
general number when
- a phrase right before it says so, in the same sentence and with nothing personal in between:
  "het algemene nummer", "via het KCC", "de receptie" (`rules/allow/general_numbers.txt`);
- its line starts with an organisation's name: "GGD Fryslân 088 - 22 99 222" (a row of a list of
  organisations), and the line names no person;
- it stands (alone or after a label such as "T") under an organisation's letterhead: the short lines
  above it name an organisation (`rules/allow/office_heads.txt`) and no person before it, no contact
  person, handler or closing formula ("Met vriendelijke groet" makes it a signature), and no person
  right above the number (unless the office address is: "Firm / lawyer / street / T ...").
- it is a round number, ending in 00 ("040 - 209 41 00", "070 - 456 00 00"): organisations pick those for
  their general lines and direct lines are numbered on from them, so a round number is the body's unless
  the sentence before it makes it someone's ("bel mij direct op") or its line names a person first;
- its line starts with an organisation's name or a table cell that does ("| Stichting X | 020 ...").
A line that also holds a mobile number is a person's contact line ("T 020 ... | M 06 ...").
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import phonenumbers
import regex as re
from phonenumbers import PhoneNumberType

from ..rules import Rules
from .base import word_list, words_pattern
from .name_lexicon import CAP, CAP_RE, INITIALS, NameLexicon, lexicon

# between a phrase and the number, or anywhere in a letterhead block: the number is someone's own
CLOSING = re.compile(r"(?i)(?<![\p{L}])(?:groet\p{L}*|hoogachtend|regards)(?![\p{L}])")
LABEL = re.compile(r"(?i)^[ \t]*(?:t|tel|telefoon|telefoonnummer|tel\.?[ ]?nr|phone|nummer)\.?[ \t]*:?[ \t]*$")
_MOBILE = re.compile(r"(?<![\d+])(?:\+31|0031|0)[ \u00a0]?(?:\(0\)[ \u00a0]?)?6(?:[ \u00a0-]{0,3}\d){8}(?!\d)")
_SENTENCE_END = re.compile(r"[.!?;](?:[ \u00a0]|$)|\n[ \t]*\n")
_ADDRESS_LINE = re.compile(r"(?i)\bpostbus\b|(?<![\p{L}\p{N}])[1-9]\d{3}[ \u00a0]?[A-Z]{2}(?![\p{L}\p{N}])"
                           r"|\p{Lu}\p{L}+[ \u00a0][1-9]\d{0,4}[a-zA-Z]?(?:,|$)")
_POSTCODE = re.compile(r"(?<![\p{L}\p{N}])[1-9]\d{3}[ \u00a0]?[A-Z]{2}(?![\p{L}\p{N}])")
_INITIALS_NAME = re.compile(rf"(?<![\p{{L}}.]){INITIALS}[ \t]*(?:\p{{Ll}}+[ \t]+){{0,3}}{CAP}")
_SURNAME_FIRST = re.compile(rf"^[ \t]*(?:\p{{Ll}}+[ \t]+){{0,3}}{CAP}(?:[ \t]+{CAP})?,[ \t]*({CAP}|{INITIALS})")
_WORD = re.compile(r"[\p{L}][\p{L}.&'-]*")
_POSSESSIVE_NUMBER = re.compile(r"(?i)(?<![\p{L}])(?:zijn|haar|hun)[ \t]+(?:eigen[ \t]+|vaste[ \t]+|nieuwe[ \t]+)?"
                                r"(?:\p{L}*nummer|telefoon|mobiel|lijn)")
_NEXT_SURNAME = re.compile(rf" (?:(?:van|de|der|den|het|ten|ter|te|'t|la|le|du|da|di|el|al|bin|ben) )*({CAP})")
# a label in brackets right after the number: "020 - 123 45 67 (algemeen)", "(receptie)"
_LABEL_AFTER = re.compile(r"[ \t\u00a0]*\((algemeen|algemene nummer|receptie|centrale|kcc|servicedesk|"
                          r"klantenservice|meldkamer|hoofdnummer|informatie)\)", re.IGNORECASE)
# "Contact GGD:", "Vragen aan de gemeente:", "Informatie politie:" at the start of a line
_CONTACT_LABEL = re.compile(r"(?i)^[ \t|]*(?:contact|contactgegevens|informatie|inlichtingen|vragen|bereikbaarheid)"
                            r"((?:[ \t]+[\p{L}.&'-]+){1,4})[ \t]*:[ \t]*")
# an e-mail address with an initial or a dotted name part ("j.smit@", "anna.de.vries@"): a person's
_PERSONAL_MAIL = re.compile(r"(?<![\w.])[\p{L}]{1,2}\.[\p{L}.-]+@|(?<![\w.])[\p{L}]+\.[\p{L}]+@")
BLOCK_LINES, CLOSING_LINES = 6, 8


def _read(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [s for line in path.read_text("utf-8").splitlines() if (s := line.strip()) and not s.startswith("#")]


def is_dutch_landline(parsed: phonenumbers.PhoneNumber | None) -> bool:
    """A Dutch number that is not a mobile (only those can be an organisation's general number)."""
    return (parsed is not None and parsed.country_code == 31
            and phonenumbers.number_type(parsed) != PhoneNumberType.MOBILE
            and not str(parsed.national_number).startswith("6"))


class GeneralNumbers:
    """Decides whether a phone number in its text is an organisation's general number."""

    def __init__(self, org_words: Iterable[str] | None = None, phrases: Iterable[str] | None = None,
                 names: NameLexicon | None = None, rules: Rules | None = None):
        self._org_words = {w.casefold() for w in (org_words or word_list(rules, "switchboard/org_words.txt"))}
        self._org = words_pattern(self._org_words)
        self._phrases = words_pattern(phrases or word_list(rules, "switchboard/phrases.txt"))
        personal = word_list(rules, "switchboard/personal.txt")
        self._personal = words_pattern(personal)
        # "zijn"/"haar" make a number someone's only as possessives ("haar nummer"), not in "meld haar af"
        self._round_personal = words_pattern([w for w in personal if w not in ("zijn", "haar")])
        self._connectors = frozenset(word_list(rules, "switchboard/connectors.txt"))
        self._names = names

    @classmethod
    def from_rules(cls, rules: Rules) -> GeneralNumbers:
        allow = rules.dir / "allow"
        return cls(_read(allow / "office_heads.txt") or None, _read(allow / "general_numbers.txt") or None,
                   lexicon(rules), rules)

    # ------------------------------------------------------------------------------ line tests
    def _person(self, line: str) -> bool:
        """Does this line (or part of a line) name a person?"""
        if self._personal.search(line) or _INITIALS_NAME.search(line):
            return True
        m = _SURNAME_FIRST.match(line)
        if m and (m.group(1).endswith(".") or self._names is None or self._names.is_first_name(m.group(1))):
            return True  # "Bakker, Roel", "Sipma, F."
        if self._names is None:
            return False
        for w in CAP_RE.finditer(line):
            word = w.group()
            nxt = CAP_RE.match(line, w.end() + 1)
            if (nxt and line[w.end():w.end() + 1] == " " and self._names.is_first_name(word)
                    and not self._names.is_common(word) and not self._names.is_place(word)
                    and word.casefold() not in self._org_words and not self._org.search(nxt.group())):
                return True  # "Anouk Visser": a listed first name before another capitalised word
        return False

    def _org_line(self, line: str) -> bool:
        """Does the line name an organisation? A postcode's letters ("6832 BV") are no legal form."""
        return bool(self._org.search(_POSTCODE.sub("", line)))

    def _starts_with_org(self, core: str) -> bool:
        """"GGD Fryslân ", "Politie, geen spoed ": an organisation's name (capitalised words and
        connectors up to the first comma), not a sentence about it ("Gemeente X heeft ... gebeld op")."""
        core = core.lstrip(" \t|")
        m = _WORD.match(core)
        if not (m and m.group()[:1].isupper() and m.group().casefold().rstrip(",") in self._org_words):
            return False
        name = re.split(r"[,|(\t]", core, maxsplit=1)[0]
        return all(w[:1].isupper() or w.casefold() in self._connectors for w in _WORD.findall(name))

    # ------------------------------------------------------------------------------ decision
    def reason(self, text: str, start: int, end: int, parsed: phonenumbers.PhoneNumber | None) -> str | None:
        """Why the number at start..end is an organisation's general number, or None (a person's)."""
        if not is_dutch_landline(parsed):
            return None
        phrase = self._phrase(text, start)
        if phrase:
            return phrase
        after = _LABEL_AFTER.match(text, end)
        if after:
            return f"general number of an organisation ({after.group(1).lower()})"
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if _MOBILE.search(text[line_start:start] + " " + text[end:line_end]):
            return None  # "T 020 ... | M 06 ...": a person's contact line
        above = text[:line_start].split("\n")[:-1]
        if any(CLOSING.search(line) for line in above[-CLOSING_LINES:]):
            return None  # a signature under a closing formula
        core = text[line_start:start]
        if self._round(text, line_start, start, parsed) and not (
                (not core.strip() or LABEL.match(core)) and self._block_names_person(above)):
            return "general number of an organisation (a round number)"
        if core.strip() and not LABEL.match(core):
            if len(core) <= 60 and self._starts_with_org(core) and not self._person(core):
                return "general number of an organisation (a list of organisations)"
            if self._contact_label(core):
                return "general number of an organisation (its contact line)"
            return None
        if len(above) >= 2 and not above[-1].strip() and len(above[-2]) <= 60 and self._starts_with_org(above[-2]) \
                and not self._person(above[-2]):
            return "general number of an organisation (a list of organisations)"  # a table cell under its row's name
        return self._letterhead(above)

    def _contact_label(self, core: str) -> bool:
        """"Contact GGD: wijkteam@ggd.nl, 088 ...", "Vragen gemeente: 020 ...": a contact label naming an
        organisation opens the line, and nothing personal (a capitalised word, "mijn", an address with an
        initial such as "j.smit@") stands between it and the number."""
        m = _CONTACT_LABEL.match(core)
        if not m or len(core) > 80 or not self._org.search(m.group(1)):
            return False
        rest = core[m.end():]
        return (not self._person(core) and not _PERSONAL_MAIL.search(rest)
                and not re.search(r"(?<![\p{L}@.])\p{Lu}", rest))  # "Contact GGD: Visser, 088 ...": a name

    def _block_names_person(self, above: list[str]) -> bool:
        """Does the block of short lines right above a bare number name a person (a signature)?"""
        for line in reversed(above[-BLOCK_LINES:]):
            if not line.strip():
                break
            if self._person(line):
                return True
        return False

    def _round(self, text: str, line_start: int, start: int, parsed: phonenumbers.PhoneNumber) -> bool:
        """A round number ("... 41 00") with nothing personal before it in its sentence or line."""
        if not str(parsed.national_number).endswith("00"):
            return False
        lo = max(line_start, start - 80)
        ends = list(_SENTENCE_END.finditer(text, lo, start))
        if ends:
            lo = ends[-1].end()
        before, line = text[lo:start], text[line_start:start]
        if self._round_personal.search(before) or _POSSESSIVE_NUMBER.search(before) or _INITIALS_NAME.search(line):
            return False
        if _SURNAME_FIRST.match(line) and not self._starts_with_org(line):
            return False  # "De Vries, P. 030 ... 00", not "Gemeente Breda, Claudius Prinsenlaan 10: ..."
        names = self._names
        if names is None:
            return True
        # stricter than _person: "Jan Jansen", "Petra de Vries" (even if the given name is also a word),
        # but not "Claudius Prinsenlaan" (a street or organisation word after the given name)
        for w in CAP_RE.finditer(line):
            nxt = _NEXT_SURNAME.match(line, w.end())
            if nxt and names.is_first_name(w.group()) and not names.is_org_word(nxt.group(1)):
                return False
        return True

    def _phrase(self, text: str, start: int) -> str | None:
        lo = max(0, start - 60)
        ends = list(_SENTENCE_END.finditer(text, lo, start))
        if ends:
            lo = ends[-1].end()
        found = list(self._phrases.finditer(text, lo, start))
        if not found or self._personal.search(text, found[-1].end(), start):
            return None
        return f"general number of an organisation ({found[-1].group().lower()})"

    def letterhead(self, text: str, line_start: int) -> bool:
        """Do the lines above `line_start` form an organisation's letterhead (no person in them)?"""
        return self._letterhead(text[:line_start].split("\n")[:-1]) is not None

    def starts_with_org(self, line: str) -> bool:
        """Does the line open with an organisation's name and name no person?"""
        return self._starts_with_org(line) and not self._person(line)

    def _letterhead(self, above: list[str]) -> str | None:
        block: list[str] = []
        crossed = False
        for line in reversed(above):
            if len(block) == BLOCK_LINES:
                break
            if not line.strip():
                # a letterhead may hold one blank line between its name and its address lines
                # ("Gemeente X", blank, "Postbus 1", "3500 AB X", "T 030 ..."); a signature's name may not
                if crossed or not block or not all(_ADDRESS_LINE.search(b) for b in block):
                    break
                crossed = True
                continue
            block.insert(0, line)
        if not block or self._person(block[-1]):
            return None
        orgs = [i for i, line in enumerate(block) if self._org_line(line) and not self._person(line)]
        if not orgs:
            return None
        first = orgs[0]
        if any(self._person(line) for line in block[:first]):
            return None  # "Jan Jansen / Gemeente X / T ...": a signature
        if any(self._person(line) for line in block[first + 1:]) and not _ADDRESS_LINE.search(block[-1]):
            return None  # a person between the organisation and the number, and no office address under them
        return "general number of an organisation (letterhead)"
