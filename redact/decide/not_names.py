"""Names that are no persons' names: an institution named after someone ("Erasmus MC", "Jeroen Bosch
Ziekenhuis"), a law or its acronym ("Woo", "Wmo"), an office named after its place ("Burgemeester van
Hoorn"), a Latin binomial ("E. coli"). Whatever rule or model
proposed them, such spans are kept readable, and the reason says why."""
from __future__ import annotations

import regex as re

from ..findings import KEEP
from ..recognizers.name_lexicon import ACRONYM_RE, lexicon
from ..rules import Rules
from .state import DocState

NEXT_WORD = re.compile(r"[ \t]+(?:[-–][ \t]*)?([\p{L}][\p{L}.'’-]*)")
CAMEL_PART = re.compile(r"\p{Lu}\p{Ll}+")  # "GemeenteDeventer" -> Gemeente, Deventer
BINOMIAL = re.compile(r"\p{Lu}\.[ \t]*\p{Ll}{3,}")  # "E. coli", "S. aureus": genus initial + species


def screen_non_names(docs: list[DocState], rules: Rules) -> None:
    lex = lexicon(rules)
    for d in docs:
        for e in d.entries:
            if e.entity != "PERSON" or not e.redacted or e.origin not in ("detector", "propagation"):
                continue
            nxt = NEXT_WORD.match(d.text, e.end)
            words = e.text.split()
            if nxt and lex.is_org_word(nxt.group(1).rstrip(".")) and not lex.is_role(nxt.group(1)):
                e.set_decision(KEEP, f"part of an organisation's name ({e.text} {nxt.group(1)})",
                               "screen.organisation_name")
                e.entity = "ORGANIZATION"
            elif len(words) == 1 and len(parts := CAMEL_PART.findall(e.text)) > 1 and all(
                    len(p) > 2 for p in parts) and any(lex.is_org_word(p) for p in parts):
                e.set_decision(KEEP, f"an organisation's handle or brand ({e.text})", "screen.organisation_name")
                e.entity = "ORGANIZATION"
            elif lex.is_law(e.text) or (len(words) == 1 and ACRONYM_RE.fullmatch(e.text)):
                e.set_decision(KEEP, "a law or an acronym, not a name", "screen.law_or_acronym")
                e.entity = "ORGANIZATION"
            elif len(words) >= 3 and lex.is_role(words[0]) and words[1].casefold() in ("van", "voor") and (
                    lex.is_place(" ".join(words[2:])) or lex.is_org_word(words[-1])):
                e.set_decision(KEEP, f"an office named after its place or body ({e.text})", "screen.office_of_place")
                e.entity = "ORGANIZATION"
            elif BINOMIAL.fullmatch(e.text):
                e.set_decision(KEEP, "a Latin species name, not a person", "screen.latin_binomial")
                e.entity = "TERM"
