"""Names that are no persons' names: an institution named after someone ("Erasmus MC", "Jeroen Bosch
Ziekenhuis"), a law or its acronym ("Woo", "Wmo"), a Latin binomial ("E. coli"). Whatever rule or model
proposed them, such spans are kept readable, and the reason says why."""
from __future__ import annotations

import regex as re

from ..findings import KEEP
from ..recognizers.name_lexicon import ACRONYM_RE, lexicon
from ..rules import Rules
from .state import DocState

NEXT_WORD = re.compile(r"[ \t]+(?:[-–][ \t]*)?([\p{L}][\p{L}.'’-]*)")
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
            elif lex.is_law(e.text) or (len(words) == 1 and ACRONYM_RE.fullmatch(e.text)):
                e.set_decision(KEEP, "a law or an acronym, not a name", "screen.law_or_acronym")
                e.entity = "ORGANIZATION"
            elif BINOMIAL.fullmatch(e.text):
                e.set_decision(KEEP, "a Latin species name, not a person", "screen.latin_binomial")
                e.entity = "TERM"
