"""The word lists behind the name rules (`rules/lists/`), read once per rules folder, and the regex
building blocks for a name: capitalised words, initials, tussenvoegsels."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

import regex as re

from ..calendar_nl import CALENDAR_WORDS
from ..rules import Rules

# A capitalised name word: O'Neill, Yıldırım, McDonald, Çelik, El-Amrani, Ommeren-Zwart.
CAP = r"\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*"
# Initials: J. | J.P. | J. P. | Th. | Chr. | M.A.F.
INITIALS = r"(?:\p{Lu}\p{Ll}{0,2}\.[ \t]?){0,3}\p{Lu}\p{Ll}{0,2}\.(?!\p{L})"
SEP = r"[ \t]+"
ACRONYM_RE = re.compile(r"\p{Lu}{2,}[\p{Lu}\p{N}]*")  # "RDW", "KCC", "GGD": an organisation, not a name
CAP_RE = re.compile(CAP)  # compiled once: the name rules test every token
INITIALS_RE = re.compile(INITIALS)


def alternation(words, flags: str = "i") -> str:
    """Alternation of words (longest first), tolerant of an optional dot and of any blanks."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        dot = w.endswith(".")
        esc = re.escape(w.rstrip(".")).replace(r"\ ", r"[ \t]+")
        out.append(esc + (r"\.?" if dot else ""))
    return f"(?{flags}:{'|'.join(out)})" if flags else f"(?:{'|'.join(out)})"



@dataclass(frozen=True)
class NameLexicon:
    first_names: frozenset[str]  # case-folded
    surnames: frozenset[str]  # case-folded, natural order ("van den berg")
    common_words: frozenset[str]  # lower-case Dutch words (rules/lists/common_words.txt)
    titles: tuple[str, ...]
    tussenvoegsels: tuple[str, ...]
    official_roles: tuple[str, ...]
    role_words: tuple[str, ...]
    labels: tuple[str, ...]
    org_words: frozenset[str]
    parties: tuple[str, ...]
    places: frozenset[str] = frozenset()  # case-folded Dutch place names (rules/lists/places.txt)
    laws: frozenset[str] = frozenset()  # case-folded laws and their acronyms (rules/lists/laws.txt)
    org_suffixes: tuple[str, ...] = ()  # word endings of organisations, buildings, streets, jobs (org_suffixes.txt)
    compass: tuple[str, ...] = ()  # compass words joined to places (compass.txt)
    salutations: tuple[str, ...] = ()  # lists/salutations.txt
    cosigner_roles: tuple[str, ...] = ()  # lists/cosigner_roles.txt
    governing_bodies: tuple[str, ...] = ()  # lists/governing_bodies.txt
    person_plurals: tuple[str, ...] = ()  # lists/person_plurals.txt
    institutions: frozenset[str] = frozenset()
    regional_words: frozenset[str] = frozenset()  # Frisian and other regional ordinary words (regional_words.txt)
    closings: tuple[str, ...] = ()  # lists/closings.txt
    nationalities: frozenset[str] = frozenset()  # Duitse, Pool, Marokkaanse (nationalities.txt)
    abbreviations: frozenset[str] = frozenset()  # written like initials, no paraph: N.B., B.V. (abbreviations.txt)
    function_words: frozenset[str] = frozenset()  # closed-class and calendar words (rules/lists/function_words.txt)

    # -- regex pieces ------------------------------------------------------------------------
    @cached_property  # built once per lexicon: the name rules ask for it per candidate
    def tv(self) -> str:
        """One or more tussenvoegsels, case-insensitive, each followed by blanks (or glued: d'Ancona), or by
        a line break: a name never ends in a tussenvoegsel, so "mr. Van⏎Ommeren" is one name wrapped."""
        alts = "|".join(re.escape(t) for t in sorted(self.tussenvoegsels, key=len, reverse=True))
        return rf"(?i:{alts})(?:{SEP}|[ \t]*\n[ \t]*|(?<=['’]))"

    @cached_property  # built once per lexicon: the name rules ask for it per candidate
    def surname(self) -> str:
        """[tussenvoegsels] Capitalised[-Capitalised] [Capitalised]: de Vries, Van Ommeren-Zwart."""
        # a double name whose second part opens with a particle runs on over it: "de Jong-van Dijk"
        return rf"(?:{self.tv}){{0,3}}{CAP}(?:(?<=-(?i:van|de|der|den|ter|ten|in|op|het|'t))[ \t]+{CAP})?"

    @cached_property
    def inverted_name_re(self) -> re.Pattern:
        """The start of "Achternaam, Voornaam" or "Achternaam, V." (compiled once per lexicon)."""
        return re.compile(rf"[ \t]*{self.surname},[ \t]+(?:{INITIALS}|{CAP})")

    @cached_property  # built once per lexicon: the name rules ask for it per candidate
    def name_after(self) -> str:
        """What follows a strong trigger (title, role, label): initials and/or given names, then a surname;
        or a single capitalised word. Blanks only (a name does not cross a line)."""
        return rf"(?:{INITIALS}{SEP}?)?(?:{CAP}{SEP}){{0,3}}{self.surname}|{INITIALS}"

    @cached_property
    def salutation(self) -> str:
        """The salutations of lists/salutations.txt as one case-insensitive alternation."""
        return alternation(self.salutations)

    @cached_property
    def closing(self) -> str:
        """The closing formulas of lists/closings.txt as one case-insensitive alternation."""
        return alternation(self.closings)

    @cached_property
    def _greeting_re(self) -> re.Pattern:
        return re.compile(f"{self.salutation}|{self.closing}")

    def is_greeting(self, words: str) -> bool:
        """A salutation or closing formula ("Hoi", "Met vriendelijke groet"): never part of a name."""
        return self._greeting_re.fullmatch(words) is not None

    # -- word tests --------------------------------------------------------------------------
    def is_common(self, word: str) -> bool:
        w = word.casefold()
        return w in self.common_words or w in self.regional_words

    def is_first_name(self, word: str) -> bool:
        return word.casefold() in self.first_names

    def is_surname(self, words: str) -> bool:
        return words.casefold() in self.surnames

    def is_org_word(self, word: str) -> bool:
        w = word.casefold()
        if w in self.org_words:
            return True
        parts = w.split("-")
        if self.is_surname(w):
            return False  # Bolhuis, Nijhuis, (van der) Laan, (van) Dijk end like organisations but are names
        # each part of a hyphenated word counts: "Stadspark-Noord", but not "Zwiers-Bolhuis"
        return any(p.endswith(self.org_suffixes) and not self.is_surname(p) for p in parts)

    def is_compound(self, word: str) -> bool:
        """An unlisted compound of two ordinary words ("Appberichten", "Tapijnkazerne"), not a listed name."""
        w = word.casefold()
        if w in self.common_words or self.is_surname(w) or self.is_first_name(w):
            return w in self.common_words and not (self.is_surname(w) or self.is_first_name(w))
        return any(w[i:] in self.common_words and w[i:] not in self.surnames  # "Valken|horst" is a name
                   and (w[:i] in self.common_words or w[:i - 1] in self.common_words and w[i - 1] == "s")
                   for i in range(3, len(w) - 3))

    def is_place(self, words: str) -> bool:
        """A Dutch place ("Utrecht", "Den Haag") that is not also a listed first name ("Wessel"); a
        compass point joined to a place or region counts ("Enschede-Noord", "West-Brabant")."""
        w = " ".join(words.split()).casefold()
        if w in self.places and w not in self.first_names:
            return True
        head, _, tail = w.partition("-")
        if head in self.compass and tail:
            return tail in self.places or any(f"{c}-{tail}" in self.places for c in self.compass)
        base, _, last = w.rpartition("-")
        return last in self.compass and base in self.places

    def is_law(self, words: str) -> bool:
        """A law or its acronym ("Woo", "Wmo 2015", "Participatiewet"): never a name."""
        w = " ".join(words.split()).casefold()
        return w in self.laws or (w.endswith("wet") and len(w) > 5 and w.isalpha())

    def classify(self, word: str) -> frozenset[str]:
        """Every class the word belongs to, from the lists of rules/lists/ (a word may be several: "Bakker"
        is a SURNAME and ORDINARY, "Roermond" a PLACE and a SURNAME). The one word classifier that the
        name rules, the decide steps and propagation share; cached per lexicon."""
        cache = self._class_cache
        got = cache.get(word)
        if got is None:
            w = word.strip(".,;:()[]'\"’")
            classes = {name for name, test in self._class_tests if test(w)}
            if INITIALS_RE.fullmatch(word) and not self.is_title(word):
                classes.add(INITIAL)
            got = cache[word] = frozenset(classes)
        return got

    @cached_property
    def _class_cache(self) -> dict[str, frozenset[str]]:
        return {}

    @cached_property
    def _class_tests(self) -> tuple:
        return (
            (GIVEN, self.is_first_name), (SURNAME, self.is_surname), (PARTICLE, self.is_tussenvoegsel),
            (TITLE, self.is_title), (ROLE, self.is_role), (LABEL, self.is_label),
            (FUNCTION, lambda w: w.casefold() in self.function_words), (ORDINARY, self.is_common),
            (COMPOUND, self.is_compound), (ORG, self.is_org_word), (PLACE, self.is_place), (LAW, self.is_law),
            (ACRONYM, lambda w: bool(ACRONYM_RE.fullmatch(w))), (DIGITS, lambda w: any(c.isdigit() for c in w)),
            (NATIONALITY, lambda w: w.casefold() in self.nationalities),
            (BRAND, lambda w: bool(CAMEL_CASE.search(w)) and not w.startswith(("Mc", "Mac"))),
        )

    def initials_of(self, name: str) -> str:
        """"M. van den Broek" -> "MvdB", "A.R. Kasanmoentalib" -> "ARK": how a name is written as a paraph."""
        out = []
        for w in name.split():
            if INITIALS_RE.fullmatch(w):
                out += [c for c in w if c.isupper()]
            elif self.is_tussenvoegsel(w):
                out.append(w[0].lower())
            elif w[:1].isalpha():
                out.append(w[0].upper())
        return "".join(out)

    def bare_name_word(self, word: str) -> bool:
        """Can this capitalised word be part of a name with no list or context evidence? Only when it is
        no word of any other class: not ordinary, a compound, a place, a title, role, label, organisation
        word, law, acronym or initial."""
        return not (self.classify(word) & NOT_BARE)

    def name_like(self, word: str) -> bool:
        """Can this word, on its own, be (part of) a person's name? The one test propagation and the
        screens share: not a function word, law, acronym, organisation word, title, role or label, and
        not a word that holds digits (a case number, a file name)."""
        w = word.strip(".,;:()[]'\"’")
        if len(w) < 2 or not w[:1].isalpha() or any(c.isdigit() for c in w):
            return False
        low = w.casefold()
        return not (low in self.function_words or self.is_law(w) or ACRONYM_RE.fullmatch(w)
                    or self.is_org_word(w) or self.is_title(w) or self.is_role(w) or self.is_label(w))

    def is_title(self, word: str) -> bool:
        """A form of address or academic title ("Mr.", "drs", "mevrouw"); never part of the name."""
        return word.casefold().rstrip(".") in self._title_set

    @cached_property  # the name rules ask for every token: build the sets once
    def _title_set(self) -> frozenset[str]:
        return frozenset(t.casefold().rstrip(".") for t in self.titles)

    def is_label(self, word: str) -> bool:
        """A header label whose value is a person ("Steller", "Behandelaar", "Aanwezig")."""
        return word.casefold().rstrip(":") in self._label_set

    @cached_property
    def _label_set(self) -> frozenset[str]:
        return frozenset(t.casefold() for t in self.labels)

    def is_role(self, word: str) -> bool:
        """An office or an ordinary role ("Wethouder", "collega", "Buurvrouw"): never part of a name."""
        return word.casefold() in self._role_set

    @cached_property
    def _role_set(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in self.official_roles + self.role_words)

    def is_tussenvoegsel(self, word: str) -> bool:
        return word.casefold() in self._tv_set

    @cached_property
    def _tv_set(self) -> frozenset[str]:
        return frozenset(t.casefold() for t in self.tussenvoegsels)



# Word classes (NameLexicon.classify)
GIVEN, SURNAME, PARTICLE, INITIAL = "given", "surname", "particle", "initial"
TITLE, ROLE, LABEL = "title", "role", "label"
FUNCTION, ORDINARY, COMPOUND, ORG, PLACE, LAW, ACRONYM, DIGITS, NATIONALITY, BRAND = (
    "function", "ordinary", "compound", "org", "place", "law", "acronym", "digits", "nationality", "brand")
NOT_BARE = frozenset({FUNCTION, ORDINARY, COMPOUND, ORG, PLACE, LAW, ACRONYM, DIGITS, TITLE, ROLE, LABEL, INITIAL,
                      NATIONALITY, BRAND})
CAMEL_CASE = re.compile(r"\p{Lu}\p{Ll}{2,}\p{Lu}")  # "ProRail", "FlexWorks": a brand, not a name



def _words(rules: Rules, name: str) -> list[str]:
    return rules.read_list(name)


@cache
def word_set(path: Path) -> frozenset[str]:
    """A list file as a case-folded set, read once per process whoever asks (the name lexicon, the
    PDF reader that joins words a table cell broke)."""
    if not path.exists():
        return frozenset()
    return frozenset(s.casefold() for line in path.read_text("utf-8").splitlines()
                     if (s := line.strip()) and not s.startswith("#"))


_CACHE: dict[tuple[str, str], NameLexicon] = {}


def _build(rules: Rules) -> NameLexicon:
    fold = lambda xs: frozenset(x.casefold() for x in xs)  # noqa: E731
    first_names = fold(_words(rules, "first_names.txt"))
    return NameLexicon(
        first_names=first_names,
        surnames=fold(_words(rules, "surnames.txt")),
        common_words=word_set(rules.list_path("common_words.txt")),
        titles=tuple(_words(rules, "titles.txt")),
        tussenvoegsels=tuple(_words(rules, "tussenvoegsels.txt")),
        official_roles=tuple(_words(rules, "official_roles.txt")),
        role_words=tuple(_words(rules, "role_words.txt")),
        labels=tuple(_words(rules, "name_labels.txt")),
        org_words=fold(_words(rules, "org_words.txt")),
        parties=tuple(_words(rules, "parties.txt")),
        places=fold(_words(rules, "places.txt")),
        laws=fold(_words(rules, "laws.txt")),
        # a calendar word that is also a given name ("Jan", "Mei") may be a name
        function_words=fold(_words(rules, "function_words.txt")) | (CALENDAR_WORDS - first_names),
        org_suffixes=tuple(w.casefold() for w in _words(rules, "org_suffixes.txt")),
        compass=tuple(w.casefold() for w in _words(rules, "compass.txt")),
        abbreviations=frozenset(w.upper() for w in _words(rules, "abbreviations.txt")),
        nationalities=fold(_words(rules, "nationalities.txt")),
        salutations=tuple(_words(rules, "salutations.txt")),
        cosigner_roles=tuple(_words(rules, "cosigner_roles.txt")),
        governing_bodies=tuple(_words(rules, "governing_bodies.txt")),
        person_plurals=tuple(_words(rules, "person_plurals.txt")),
        institutions=fold(_words(rules, "institution_words.txt")),
        regional_words=fold(_words(rules, "regional_words.txt")),
        closings=tuple(_words(rules, "closings.txt")),
    )


def lexicon(rules: Rules) -> NameLexicon:
    """The name lists of these rules (cached per rules folder and digest)."""
    key = (str(rules.dir), rules.digest)
    if key not in _CACHE:
        _CACHE.clear()
        _CACHE[key] = _build(rules)
    return _CACHE[key]
