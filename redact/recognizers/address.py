"""Private addresses: street + house number (+ addition), postcodes that belong to an address or a
person, and the PO box ("Postbus") of a private person.

A street is recognised two ways, both from data in `rules/address/`:
- its last word ends in a street-type word (`street_suffixes.txt`: -straat, -weg, -laan, ...), then
  the name runs back over capitalised words and particles ("Jan van Galenstraat"); or
- the words before the number are a known Dutch street name (`streets.txt`, the BAG list shipped
  with deduce), e.g. "Groene Hilledijk", "Brink". Street names that are also ordinary words
  (`common_word_streets.txt`: "Nummer", "Mei", "Centrum") count only with address context.
Postcodes of PO boxes ("Postbus 123, 2500 AB Den Haag") belong to organisations and are left alone.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import regex as re

from ..calendar_nl import MONTHS
from ..rules import Rules
from .base import DutchRecognizer, has_context, words_pattern
from .name_lexicon import lexicon

# number, then additions: letters ("5A"), a dashed or slashed part ("34-III", "123B-02", "12/2"), a word for the
# floor or door ("hs" huis, "bg" begane grond, "rd"/"zw" rood/zwart, "bv" boven, "2hg" tweehoog, "1e")
HOUSE_NUMBER = re.compile(
    r"(?<=[\p{L}.'][ \u00a0]{1,2})[1-9]\d{0,4}"
    r"(?:bis|ter|[A-Za-z]{1,2}(?![\p{L}]))?"
    r"(?:[ \u00a0]?[-/][ \u00a0]?(?:[A-Za-z]{1,3}|\d{1,4}|[1-9](?:hg|h|e|hoog))(?![\p{L}\p{N}]))?"
    r"(?:[ \u00a0](?:hs|h|bis|bg|bgg|zw|rd|ws|bv|bov|ben|hg|[1-9]hg|[1-9]e|I{1,3}|IV|huis|boven|beneden|rood|zwart"
    r"|[A-Za-z])"
    r"(?![\p{L}\p{N}]))?"
    r"(?![\p{L}\p{N}]|[.,]\d|[-/]\w)")
_WORD = re.compile(r"(?:'[st]|[\p{L}][\p{L}\p{M}'.\-]*)")
_ACRONYM = re.compile(r"\p{Lu}{2,}\.?")  # "BRP", "GGD": never part of a street's name
POSTCODE = re.compile(r"(?<![\p{L}\p{N}])[1-9]\d{3}[ \u00a0]?(?!SA|SD|SS)[A-Z]{2}(?![\p{L}\p{N}])")
# lower-case letters only after a postcode label or before a capitalised place: "pc: 3901rt", "3511 lp Utrecht"
POSTCODE_LOWER = re.compile(r"(?<![\p{L}\p{N}]|\d[ \u00a0])[1-9]\d{3}[ \u00a0]?(?!sa|sd|ss)"
                            r"(?:[a-z]{2}|[A-Z][a-z]|[a-z][A-Z])(?![\p{L}\p{N}])")
FOREIGN_POSTCODE = re.compile(r"(?<=[ \u00a0]*,[ \u00a0]*)[1-9]\d{3}(?=[ \u00a0]+\p{Lu}\p{Ll}{2,})")
POSTCODE_LABEL = re.compile(r"(?i)(?<![\p{L}])(?:postcode|p/c|pc)[ \u00a0]*:?[ \u00a0]*$")
ANTWOORDNUMMER = re.compile(r"(?i)(?<![\p{L}])(?:antwoordnummer|postbus)[ \u00a0]+\d{1,6}")
# after a house number: a postcode, or "te"/"in" and a place name
_ADDRESS_AFTER = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*|\n[ \u00a0]*)?(?:[1-9]\d{3}[ \u00a0]?[A-Z]{2}(?![\p{L}])"
                            r"|(?:te|in)[ \u00a0]+\p{Lu}\p{Ll})")
_POSTCODE_AFTER_NUMBER = re.compile(r"[1-9]\d{0,4}\S*[ \u00a0]*(?:,[ \u00a0]*|\n[ \u00a0]*)?"
                                    r"[1-9]\d{3}[ \u00a0]?[A-Z]{2}(?![\p{L}])")
_ADDRESS_LINE_BEFORE = re.compile(r"\p{Lu}[\p{L}'.-]+(?: [\p{L}'.-]+){0,4} [1-9]\d{0,4}(?:[ -]?[A-Za-z]{1,3}|-\d{1,4})?"
                                  r"[ \u00a0]*(?:,[ \u00a0]*|\n)$")
POSTBUS = re.compile(r"(?<![\p{L}])[Pp]ostbus[ \u00a0]+\d{1,6}(?![\p{N}])")

# right before the street in the same sentence: the address of an office, not of a person
# "Stadhuis (Kerkplein 1, ...)", "raadzaal van het stadhuis, Kerkplein 1": the building, then its address.
# "Adres voorziening", "adres van de vestiging": a header-table label giving the address of a facility or business.
_OFFICE_BEFORE = re.compile(
    r"(?i)(?<![\p{L}])(?:(?:bezoek|bezoekers|kantoor|vestigings)adres|hoofdkantoor|kantoor|kantoren|stadhuis"
    r"|gemeentehuis|provinciehuis|raadhuis|servicepunt|loket|balie|vestiging"
    r"|adres(?:[ \u00a0]+van[ \u00a0]+(?:de|het))?[ \u00a0]+(?:voorziening|vestiging|locatie|bedrijf|onderneming"
    r"|organisatie|instelling|inrichting|kantoor|praktijk|winkel|school|kindcentrum|kinderopvang))"
    r"(?:[ \u00a0]+(?:aan|op|in|te))?(?:[ \u00a0]+(?:de|het|'t))?[ \u00a0]*[:,(]?[ \u00a0]*$")
# what joins an organisation to its address: "X, ", "X | ", "X (", "X (gevestigd) aan de "
_JOINED_TO = re.compile(r"(?:[ \u00a0]*[,|(][ \u00a0]*|[ \u00a0]+(?:(?:is[ \u00a0]+)?"
                        r"(?:gevestigd|gelegen|kantoorhoudend)[ \u00a0]+)?(?:aan|op)(?:[ \u00a0]+(?:de|het|'t))?"
                        r"[ \u00a0]*)$")
_ORDINAL_BEFORE = re.compile(r"(?<![\p{L}\p{N}])[1-9]\d?e[ \u00a0]+$")  # "2e Jan Steenstraat 31"
# "naast het stadhuis, Kerkstraat 3": the building is a landmark, the address someone's own
_NEAR_BUILDING = re.compile(r"(?i)(?<![\p{L}])(?:naast|tegenover|achter|vlakbij|nabij|bij|schuin)"
                            r"(?:[ \u00a0]+(?:het|de|'t))?[ \u00a0]*$")
_RESIDES = re.compile(r"(?i)(?<![\p{L}])(?:woont|wonen|wonende|woonachtig|ingeschreven|verhuisd|verhuist)(?![\p{L}])")
# after the address: a meeting room ("Kerkplein 1, Ergens, zaal 2.14"): a venue, not a home
_ROOM_AFTER = re.compile(r"(?i)(?:[ \u00a0]*,[ \u00a0]*\p{Lu}[\p{L}' -]{1,40}?)?[ \u00a0]*,[ \u00a0]*"
                         r"(?:zaal|vergaderzaal|raadzaal|commissiekamer|trouwzaal|hoorzaal|vergaderruimte)"
                         r"(?![\p{L}])")
# a plural count after the number ("tussen de Parklaan en de Dorpsweg 14 ongevallen"): no house number
_COUNT_AFTER = re.compile(r"[ \u00a0]+(\p{Ll}{5,})(?![\p{L}\p{N}])")
SCORE_STREET, SCORE_KNOWN_WORD = 0.85, 0.65


def _read(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [s for line in path.read_text("utf-8").splitlines() if (s := line.strip()) and not s.startswith("#")]


@lru_cache(maxsize=4)
def _street_data(folder: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    d = Path(folder)
    streets = frozenset(s.casefold() for s in _read(d / "streets.txt"))
    common = frozenset(s.casefold() for s in _read(d / "common_word_streets.txt"))
    suffixes = tuple(sorted({s.casefold() for s in _read(d / "street_suffixes.txt")}, key=len, reverse=True))
    return streets, common, suffixes


class AddressRecognizer(DutchRecognizer):
    ENTITIES = ["ADDRESS", "POSTCODE"]

    def __init__(self, rules: Rules, supported_language: str = "nl"):
        super().__init__(supported_language, name="AddressRecognizer")
        folder = rules.dir / "address"
        self.streets, self.common, self.suffixes = _street_data(str(folder))
        self._words = lexicon(rules)  # ordinary words and place names: what is not part of a street's name
        words = lambda name: frozenset(s.casefold() for s in _read(folder / f"{name}.txt"))  # noqa: E731
        self.particles, self.not_street_words = words("particles"), words("not_street_words")
        self.street_titles, self.directions, self.plural_verbs = (
            words("street_titles"), words("directions"), words("plural_verbs"))
        units = sorted(words("units") | set(MONTHS), key=len, reverse=True)
        self.units = re.compile(r"[ \u00a0]*(?:" + "|".join(re.escape(u) for u in units) + r")(?![\p{L}])",
                                re.IGNORECASE)
        self.postcode_units = words("postcode_units")
        self._connectors = frozenset(rules.read_list("switchboard/connectors.txt"))
        self._address_context = words_pattern(words("address_context"))
        self._private = words_pattern(words("private_context"))
        self._org = words_pattern(words("org_context"))
        self._office = words_pattern(_read(rules.dir / "allow" / "office_heads.txt"))

    @classmethod
    def from_rules(cls, rules: Rules) -> AddressRecognizer:
        return cls(rules)

    # ------------------------------------------------------------------ streets
    def _has_suffix(self, word: str) -> bool:
        w = word.casefold()
        if (w.endswith("str.") and len(w) > 6) or (w.endswith("str") and len(w) > 5):
            return word[:1].isupper()  # "Kanaalstr. 12", "Dorpsstr 12"
        return word[:1].isupper() and any(w.endswith(s) and len(w) > len(s) + 1 for s in self.suffixes)

    def _street_before(self, text: str, pos: int) -> tuple[int, float, bool] | None:
        """Start offset, score and needs-context flag of the street name right before the number at `pos`."""
        line_start = text.rfind("\n", 0, pos) + 1
        lo = max(line_start, pos - 90)
        words = [m for m in _WORD.finditer(text, lo, pos)]
        # keep only the words joined by plain spaces up to the number
        chain: list = []
        end = pos
        for m in reversed(words):
            gap = text[m.end():end]
            if gap.strip(" \u00a0") or len(gap) > 2 or (chain and not gap):
                break
            chain.insert(0, m)
            end = m.start()
            if len(chain) == 7:
                break
        if not chain or (chain[-1].group().endswith(".") and not self._has_suffix(chain[-1].group())):
            return None  # "... in Dedemsvaart. 26 ...": a sentence ended before the number
        known = self._known_street(text, chain, pos)
        extended = self._suffix_street(text, chain, pos)
        if extended is not None and (known is None or extended < known[0]):
            return extended, SCORE_STREET, False
        return known

    def _known_street(self, text: str, chain: list, pos: int) -> tuple[int, float, bool] | None:
        """The longest run of words before the number that is a known street name."""
        for k in range(len(chain), 0, -1):
            first = chain[-k]
            key = re.sub(r"\s+", " ", text[first.start():pos].strip()).casefold()
            if k == 1 and first.group().islower() and key in self.streets and len(key) >= 8 \
                    and self._has_suffix(first.group().capitalize()):
                return first.start(), SCORE_STREET, False  # "kanaalstraat 12" in an informal e-mail
            if key in self.streets and first.group()[:1].isupper() and key not in self.not_street_words:
                if k == 1 and key in self.common and not _POSTCODE_AFTER_NUMBER.match(text, pos):
                    return None  # "Centrum 5", "Mei 12": an ordinary word unless a postcode follows
                if k == 1 and not self._has_suffix(first.group()):
                    # "Brink 5" is an address, "Garen 4" is not: a lone word needs address context
                    return first.start(), SCORE_KNOWN_WORD, True
                return first.start(), SCORE_STREET, False
        return None

    def _suffix_street(self, text: str, chain: list, pos: int) -> int | None:
        """A word ending in a street type, extended back over capitalised words and particles
        ("Pieter de Kramerlaan"); leading particles are not part of the name ("aan de", "De"), nor an
        acronym ("volgens de BRP op Kerkweg 3"), nor a capitalised ordinary word that does not open a
        street's name ("Registraties Kerkweg 3" in a table row), unless the words form a known street."""
        last = len(chain) - 1
        if last and chain[last].group().casefold() in self.directions:
            last -= 1  # "Hoofdweg Oost 12"
        if not self._has_suffix(chain[last].group()):
            return self._leading_type_street(chain)
        start_i = last
        for i in range(last - 1, -1, -1):
            w = chain[i].group()
            low = w.casefold()
            if low in self.not_street_words or not (low in self.particles or w[:1].isupper()) or _ACRONYM.fullmatch(w):
                break
            if low in ("en", "of") and i and self._has_suffix(chain[i - 1].group()):
                break  # "de Parklaan en de Dorpsweg 14": two streets, the first without a number
            start_i = i
        while start_i < last:
            w = chain[start_i].group()
            low = w.casefold()
            key = re.sub(r"\s+", " ", text[chain[start_i].start():pos].strip()).casefold()
            if low in self.particles:
                start_i += 1
            elif (key not in self.streets and self._words is not None and low not in self.street_titles
                  and self._words.is_common(w) and not self._words.is_first_name(w)):
                start_i += 1  # "Registraties": an ordinary word, not the start of the name
            else:
                break
        if start_i == last and last == len(chain) - 1 and self._is_place(chain[last].group()):
            return None  # "Eindhoven 2021", "Schiedam 12": a place name ending like a street type
        return chain[start_i].start()

    def _is_place(self, word: str) -> bool:
        """A place name that is no known street ("Eindhoven", "Rotterdam" end in -hoven and -dam)."""
        return (self._words is not None and self._words.is_place(word)
                and word.casefold() not in self.streets)

    def _office_block(self, text: str, start: int) -> bool:
        """The address starts a line under short lines (a letterhead or a firm's signature, not wrapped
        prose) that name an organisation and no private person, or follows a label naming one on its own
        line ("Bezoekadres: ...", "Gemeente Ergens, ..."): an office address."""
        line_start = text.rfind("\n", 0, start) + 1
        prefix = text[line_start:start]
        if prefix.strip():
            return (len(prefix) <= 40 and prefix.rstrip().endswith((":", ",", "|"))
                    and bool(self._office.search(prefix)) and not self._private.search(prefix)
                    and not _RESIDES.search(prefix))  # "Hij woont naast het stadhuis, Kerkstraat 3"
        lines: list[str] = []
        end = line_start - 1
        while end > 0 and len(lines) < 3:
            prev = text.rfind("\n", 0, end)
            line = text[prev + 1:end]
            if not line.strip() or len(line) > 60:
                break
            lines.append(line)
            end = prev
        block = "\n".join(lines)
        return bool(self._office.search(block)) and not self._private.search(block)

    def _leading_type_street(self, chain: list) -> int | None:
        """A street type first, then particles and a name: "Laan van Nieuw Oost 3", "Plein van de Vrede 1"."""
        for i in range(len(chain) - 2):
            w, nxt = chain[i].group(), chain[i + 1].group()
            if (w[:1].isupper() and w.casefold() in self.suffixes and nxt.casefold() in self.particles
                    and chain[-1].group()[:1].isupper()
                    and all(c.group().casefold() in self.particles or c.group()[:1].isupper() for c in chain[i + 1:])):
                return chain[i].start()
        return None

    def _office_phrase(self, text: str, start: int, end: int) -> bool:
        """"ons kantoor aan de Kerkweg 3", "... Bezoekadres: Kerkweg 3", "het Stadhuis (Kerkweg 3", "Adres
        voorziening Kerkweg 3": the sentence says it is an office; "Kerkweg 3, Ergens, zaal 2": a meeting venue."""
        if _ROOM_AFTER.match(text, end):
            return True
        line_start = text.rfind("\n", 0, start) + 1
        lo = max(line_start, start - 50)
        m = _OFFICE_BEFORE.search(text[lo:start])
        return bool(m) and not _NEAR_BUILDING.search(text[max(line_start, lo + m.start() - 25):lo + m.start()])

    def _organisation_before(self, text: str, start: int) -> bool:
        """"Het politiebureau aan de Kerkstraat 24", "Bouwbedrijf X B.V., gevestigd aan de ...", "de GGD aan de
        ...", "Ministerie van ... | Turfmarkt 147": an organisation, then the address joined to it by a comma,
        a bar or "(gevestigd) aan/op de": the organisation's address. Not where someone lives there."""
        line_start = text.rfind("\n", 0, start) + 1
        prefix = text[max(line_start, start - 90):start]
        prefix = re.split(r"[.!?][ \u00a0]+(?=\p{Lu})", prefix)[-1]
        joined = _JOINED_TO.search(prefix)
        if not joined or _RESIDES.search(prefix) or self._private.search(prefix):
            return False
        # the organisation's name: the capitalised run before the join (with its small words), and the
        # one noun before that run ("het politiebureau", "buurthuis De Klimop"); not "de woning"
        words = prefix[:joined.start()].split()
        run: list[str] = []
        while words and (words[-1][:1].isupper() or (run and words[-1].casefold() in self._connectors)):
            run.insert(0, words.pop())
        if words:
            run.insert(0, words.pop())
        return any(self._words.is_org_word(w.strip(",.()|")) or _ACRONYM.fullmatch(w.strip(",()|"))
                   or w.strip(",()|").casefold() in ("b.v.", "bv", "n.v.", "nv") for w in run)

    def _count_after(self, text: str, chain_start: int, end: int) -> bool:
        """"tussen de Parklaan en de Dorpsweg 14 ongevallen": after "de", a number followed by a plural noun
        (its singular an ordinary word: "ongeval", "woning") counts things, it is no house number."""
        m = _COUNT_AFTER.match(text, end)
        if not m or self._words is None or not re.search(r"(?i)(?<![\p{L}])(?:de|het)[ \u00a0]+$",
                                                          text[max(0, chain_start - 6):chain_start]):
            return False
        w = m.group(1)
        if w in self.plural_verbs or self._words.is_first_name(w):
            return False
        stems = []
        if w.endswith("en"):
            stem = w[:-2]
            stems += [stem, stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem]
        elif w.endswith("s"):
            stems.append(w[:-1])
        return any(len(st) >= 4 and self._words.is_common(st) for st in stems)

    def _addresses(self, text: str, offices: list[tuple[int, int]] | None = None) -> list[tuple[int, int, float]]:
        """Private addresses; office addresses (letterhead, "Bezoekadres:", "ons kantoor aan de") go to
        `offices`, so that their postcodes stay readable too."""
        out = []
        for m in HOUSE_NUMBER.finditer(text):
            if self.units.match(text, m.end()):
                continue
            street = self._street_before(text, m.start())
            if not street:
                continue
            start, score, needs_context = street
            if ordinal := _ORDINAL_BEFORE.search(text, max(0, start - 5), start):
                start = ordinal.start()
            if self._count_after(text, start, m.end()):
                continue
            if (self._office_block(text, start) or self._office_phrase(text, start, m.end())
                    or self._organisation_before(text, start)):
                if offices is not None:
                    offices.append((start, m.end()))
                continue
            if re.fullmatch(r"(19|20)\d\d", m.group()) and score < SCORE_STREET:
                continue  # "Brink 2023": a year
            if needs_context and not (has_context(text, start, m.end(), self._address_context, 60)
                                      or _ADDRESS_AFTER.match(text, m.end())):
                continue
            out.append((start, m.end(), score))
        return out

    def _postboxes(self, text: str) -> list[tuple[int, int, float]]:
        out = []
        for m in POSTBUS.finditer(text):
            lo = max(0, m.start() - 120)
            private = self._private.search(text, lo, m.start())
            org = self._org.search(text, lo, m.start())
            if private and not (org and org.start() > private.start()):
                out.append((m.start(), m.end(), SCORE_KNOWN_WORD))
        return out

    def _postcodes(self, text: str, addresses: list[tuple[int, int, float]],
                   offices: list[tuple[int, int]] | None = None):
        """A postcode is a private person's unless the text shows it is an organisation's: an office
        address, a PO box or reply number, a letterhead or a line that names an organisation."""
        lower = [m for m in POSTCODE_LOWER.finditer(text)
                 if m.group()[-2:].casefold() not in self._words.function_words]
        lower = [m for m in lower
                 if POSTCODE_LABEL.search(text, max(0, m.start() - 20), m.start())
                 or re.match(r"[ \u00a0]+\p{Lu}\p{Ll}{2,}", text[m.end():m.end() + 20])]
        # four digits and a place right after a private address: a Belgian (or other foreign) postcode
        foreign = [m for _, e, _ in addresses if (m := FOREIGN_POSTCODE.search(text, e, e + 12))]
        for m in sorted([*POSTCODE.finditer(text), *lower, *foreign], key=lambda m: m.start()):
            s = m.start()
            if any(0 <= s - e <= 40 and not text[e:s].strip(" ,;|\u00a0\n") for _, e in offices or []):
                continue  # the postcode of an office address
            near_address = any(0 <= s - e <= 40 and not text[e:s].strip(" ,;|\u00a0\n") for _, e, _ in addresses)
            before = text[max(0, s - 60):s]
            if near_address:
                yield s, m.end(), 0.85
            elif POSTBUS.search(before) or ANTWOORDNUMMER.search(before):
                continue  # the postcode of a PO box or reply number: an organisation's
            elif POSTCODE_LABEL.search(before):
                yield s, m.end(), 0.85
            elif has_context(text, s, m.end(), self._address_context, 60):
                yield s, m.end(), 0.7
            elif ((a := _ADDRESS_LINE_BEFORE.search(text, max(0, s - 80), s))
                  and not self._office_block(text, a.start())):
                yield s, m.end(), 0.6  # an address block whose street line we could not read as a street
            elif text[text.rfind("\n", 0, s) + 1:s].strip() == "" and self._private.search(text, max(0, s - 80), s):
                yield s, m.end(), 0.6  # "Mevrouw A. Jansen\n1234 AB Ergens": a private address block
            elif self._beside_person(text[text.rfind("\n", 0, s) + 1:s]):
                yield s, m.end(), 0.6  # "Fam. Öztürk, 3531 CJ Utrecht": a person's postcode on the same line
            elif self._bare_postcode(text, m) and not self._organisations_postcode(text, s):
                yield s, m.end(), 0.6  # nothing says whose: a postcode narrows a person down to a few houses

    def _bare_postcode(self, text: str, m: re.Match) -> bool:
        """A postcode without context must look like one: no unit (1200 KM), no compound (2025 OV-fiets),
        and a year-like number (2024 NL, 2022 SP) only with a place name after it."""
        letters = m.group()[-2:].casefold()
        if letters in self.postcode_units or text[m.end():m.end() + 1] == "-":
            return False
        place_after = re.match(r"[ \u00a0]*,?[ \u00a0]*\p{Lu}\p{Ll}{2,}", text[m.end():m.end() + 30])
        return bool(place_after) or not re.match(r"(?:19|20)\d\d", m.group())

    def _organisations_postcode(self, text: str, start: int) -> bool:
        """The postcode stands in a letterhead block or on a line that names an organisation (and no
        private person), or under an address the text shows to be an office."""
        line_start = text.rfind("\n", 0, start) + 1
        line = text[line_start:start]
        if self._office_block(text, line_start if not line.strip() else start):
            return True
        if (self._org.search(line) or self._office.search(line)) and not self._private.search(line):
            return True
        prev_end = line_start - 1
        prev = text[text.rfind("\n", 0, max(0, prev_end)) + 1:max(0, prev_end)]
        return not line.strip() and bool(self._org.search(prev) or self._office.search(prev)) \
            and not self._private.search(prev)

    def _beside_person(self, prefix: str) -> bool:
        """The line before a postcode names a private person ("Fam. Öztürk, ", "de heer Jansen, ") and no
        organisation: the postcode is where that person lives."""
        prefix = prefix[-50:]
        if not prefix.rstrip().endswith(","):
            return False
        return bool(self._private.search(prefix)) and not (self._org.search(prefix) or self._office.search(prefix))

    def find(self, text: str):
        offices: list[tuple[int, int]] = []
        addresses = self._addresses(text, offices) + self._postboxes(text)
        for s, e, score in addresses:
            yield s, e, score, "ADDRESS"
        yield from ((s, e, score, "POSTCODE") for s, e, score in self._postcodes(text, addresses, offices))
