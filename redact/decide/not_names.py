"""Names that are no persons' names: an institution named after someone ("Erasmus MC", "Jeroen Bosch
Ziekenhuis"), a law or its acronym ("Woo", "Wmo"), an office named after its place ("Burgemeester van
Hoorn"), a Latin binomial ("E. coli"). Whatever rule or model
proposed them, such spans are kept readable, and the reason says why."""
from __future__ import annotations

import regex as re

from ..findings import KEEP
from ..recognizers.name_lexicon import ACRONYM_RE, alternation, lexicon
from ..rules import Rules
from .state import DocState

# capitalised words (and "&", "en") up to a legal form: the name is a firm's
LEGAL_AHEAD = re.compile(r"(?:[ \t]+(?:&|en|\p{Lu}[\p{L}'’-]*)){0,4}?[ \t]*,?[ \t]+"
                         r"(?i:b\.v\.|bv|n\.v\.|nv|v\.o\.f\.|vof|s\.r\.l\.|srl|gmbh|ltd\.?|s\.a\.|sp\. z o\.o\.|bvba"
                         r"|ag|inc\.?|llc)(?![\p{L}])")
PARTNER_BEFORE = re.compile(r"\p{Lu}[\p{L}'’-]*[ \t]*&[ \t]*$")
PARTNERS = re.compile(r"[ \t]*&[ \t]*\p{Lu}")  # "Kuipers & Tjin-A-Djie": a firm of partners
LEGAL_FORM = re.compile(r"(?i:b\.?v\.?|n\.?v\.?|v\.?o\.?f\.?|c\.?v\.?)")
CAMEL_PART = re.compile(r"\p{Lu}\p{Ll}+")  # "GemeenteDeventer" -> Gemeente, Deventer
BINOMIAL = re.compile(r"\p{Lu}\.[ \t]*\p{Ll}{3,}")  # "E. coli", "S. aureus": genus initial + species


# a name these rules read from its context (a title, a role, a salutation, a label) is a person's, whatever
# follows it: "mevrouw Jansen Zorg" is no organisation
STRONG_RULES = ("name.title", "name.role_word", "name.salutation", "name.labelled_list", "name.signature",
                "name.initials_surname", "name.surname_comma_given_line", "name.mention", "name.chat_speaker",
                "name.before_organisation")


def _organisation_around(text: str, start: int, end: int, lex, institutions: frozenset[str],
                         strong: bool = False) -> str | None:
    """The organisation a name is part of: an organisation word right before it ("Stichting Dr.
    Sarphatihuis", "Basisschool St. Jozef"), or after it past particles and capitalised words and a legal
    form ("Willem de Kooning Academie", "Abe Lenstra Stadion", "Hendriks Groenvoorziening V.O.F.")."""
    if "," in text[start:end]:
        return None  # "Achternaam, Voornaam" ("Tapijnkazerne Roos, Wim" in a table row) is a person
    span = text[start:end].split()
    last = span[-1].casefold() if span else ""
    if span and (last.split("-")[-1] in institutions and "-" in last
                 or any(last.endswith(w) and len(last) > len(w) + 2 and len(w) >= 5 for w in institutions)
                 and not lex.is_surname(span[-1])
                 or span[0].casefold().rstrip(".") in ("sint", "st", "heilige")):
        return text[start:end]  # "Johan de Witt-gymnasium", "Vincent van Goghroute", "Sint Jozef"
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40):start].split()
    while before and lex.is_title(before[-1]) and before[-1].casefold().rstrip(".") not in ("st", "sint"):
        before.pop()  # "Stichting Dr. Sarphatihuis"
    head = before[-1].strip(",.(").casefold() if before else ""
    if head and before[-1][:1].isupper() and (head in institutions or any(
            head.endswith(w) and len(w) >= 4 for w in institutions)):  # "Schaakclub Max Euwe", "Vechtsportcentrum X"
        return f"{before[-1]} {text[start:end]}"
    if before and before[-1].casefold().rstrip(".") in ("sint", "st", "heilige"):
        return f"{before[-1]} {text[start:end]}"  # a saint's name: a church, school or hospital
    if strong:
        return None  # a title, role or label before it: whatever follows is the person's organisation
    line_end = text.find("\n", end)
    after = text[end:line_end if line_end >= 0 else len(text)][:60]
    if legal := LEGAL_AHEAD.match(after):
        return f"{text[start:end]}{legal.group(0)}"  # "Kaya Bouw & Onderhoud V.O.F.": a firm
    if len(span) == 1 and not lex.is_first_name(span[0]) and (
            PARTNERS.match(after) or PARTNER_BEFORE.search(text[line_start:start])):
        return f"{text[start:end]} & ..."  # "Kuipers & Tjin-A-Djie": a surname alone, joined by '&' to another
    # a whole name ("Rik v.d. Ploeg") takes only the word right after it ("Abe Lenstra Stadion"); a part of one
    # ("Willem") may run on over particles and capitalised words ("Willem de Kooning Academie")
    reach = 1 if len([w for w in span if not lex.is_tussenvoegsel(w)]) > 1 else 4
    for k, w in enumerate(after.split()[:reach]):
        bare = w.strip(",.;:()")
        if LEGAL_FORM.fullmatch(w.rstrip(",;:)")) or (k == 0 and bare.split("-")[-1].casefold() in institutions) or (
                bare[:1].isupper() and bare.casefold() in institutions):
            return f"{text[start:end]} {' '.join(after.split()[:k + 1])}"
        if bare in ("&", "en") and k:
            continue  # "Kaya Bouw & Onderhoud V.O.F."
        if not (lex.is_tussenvoegsel(bare) or bare[:1].isupper()) or w.endswith((",", ".", ";", ":")) and k < 3 \
                and not LEGAL_FORM.fullmatch(w.rstrip(",;:)")):
            break
    return None


def _known_organisation(text: str, start: int, end: int, known: re.Pattern) -> str | None:
    """A listed organisation that covers the span: it starts at or before the span (within the line) and
    ends at or after it ("Albert Heijn", "het Antoni van Leeuwenhoek", "Johan Cruijff ArenA")."""
    line_start = text.rfind("\n", 0, start) + 1
    for m in known.finditer(text, max(line_start, start - 40), min(len(text), end + 60)):
        if m.start() <= start and end <= m.end():
            return m.group(0)
    return None


def screen_non_names(docs: list[DocState], rules: Rules) -> None:
    lex = lexicon(rules)
    institutions = lex.institutions
    known_re = re.compile(rf"(?<![\p{{L}}]){alternation(rules.read_list('organisations.txt'))}(?![\p{{L}}])")
    for d in docs:
        for e in d.entries:
            if e.entity != "PERSON" or not e.redacted or e.origin not in ("detector", "propagation"):
                continue
            words = e.text.split()
            known = _known_organisation(d.text, e.start, e.end, known_re)
            if known:
                e.set_decision(KEEP, f"a known organisation named after a person ({known}, lists/organisations.txt)",
                               "screen.known_organisation")
                e.entity = "ORGANIZATION"
                continue
            org = _organisation_around(d.text, e.start, e.end, lex, institutions,
                                       strong=any(r in STRONG_RULES for r in e.rules))
            if org:
                e.set_decision(KEEP, f"part of an organisation's name ({org})", "screen.organisation_name")
                e.entity = "ORGANIZATION"
            elif len(words) == 1 and len(parts := CAMEL_PART.findall(e.text)) > 1 and all(
                    len(p) > 2 for p in parts) and any(lex.is_org_word(p) for p in parts):
                e.set_decision(KEEP, f"an organisation's handle or brand ({e.text})", "screen.organisation_name")
                e.entity = "ORGANIZATION"
            elif lex.is_law(e.text.strip("-–.,:;")) or (len(words) == 1 and ACRONYM_RE.fullmatch(e.text.strip("-–.,:;"))
                                        and "name.initials_alias" not in e.rules):
                e.set_decision(KEEP, "a law or an acronym, not a name", "screen.law_or_acronym")
                e.entity = "ORGANIZATION"
            elif len(words) >= 3 and lex.is_role(words[0]) and words[1].casefold() in ("van", "voor") and (
                    lex.is_place(" ".join(words[2:])) or lex.is_org_word(words[-1])):
                e.set_decision(KEEP, f"an office named after its place or body ({e.text})", "screen.office_of_place")
                e.entity = "ORGANIZATION"
            elif BINOMIAL.fullmatch(e.text):
                e.set_decision(KEEP, "a Latin species name, not a person", "screen.latin_binomial")
                e.entity = "TERM"
