"""Bank accounts of organisations stay readable: an IBAN "t.n.v." an organisation, in an organisation's
letterhead or on a line that opens with its name ("Gemeente Utrecht | ... | IBAN ..."). The holder of
a personal account is a person; of an organisation's, a public fact."""
from __future__ import annotations

import regex as re

from ..findings import KEEP
from ..recognizers.name_lexicon import ACRONYM_RE, lexicon
from ..recognizers.switchboard import GeneralNumbers
from ..rules import Rules
from .state import DocState

HOLDER = re.compile(r"[ \t]*,?[ \t]*(?i:t\.?[ \t]?n\.?[ \t]?v\.?|ten[ \t]+name[ \t]+van)[ \t]*:?[ \t]*"
                    r"(?P<h>[^\n.;]{2,60})")
ACCOUNT_LABEL = re.compile(r"(?i)^[ \t|]*(?:iban|rekening(?:nummer)?|bankrekening(?:nummer)?|bank)?[ \t]*:?[ \t]*$")
PERSONAL_HOLDER = re.compile(
    r"(?i:(?<![\p{L}])(?:de heer|dhr|mevrouw|mevr|mw|fam|familie|ik|mij|mijn|uw|cliënt|client|cliënte|betrokkene"
    r"|aanvrager|aanvraagster|verzoeker|verzoekster|bezwaarmaker|antragsteller|antragstellers)(?![\p{L}]))"
    r"|\p{Lu}\.[ \t]?(?:\p{Lu}\.[ \t]?)*\p{Lu}\p{Ll}")  # "J. Jansen", not "B.V."
NOT_ORG_WORDS = {"iban", "bic", "swift", "kvk", "btw"}
LEGAL_FORM = re.compile(r"(?i:(?<![\p{L}])(?:b\.?v\.?|n\.?v\.?|v\.?o\.?f\.?)(?![\p{L}]))")


def keep_organisation_accounts(docs: list[DocState], rules: Rules) -> None:
    lex = lexicon(rules)
    general = GeneralNumbers.from_rules(rules)

    def organisation(words: str) -> bool:
        return bool(LEGAL_FORM.search(words)) or any(
            lex.is_org_word(w.strip(",.()/|:")) or ACRONYM_RE.fullmatch(w.strip(",.()/|:"))
            for part in words.split() for w in part.split("/") if w.strip(",.()/|:").casefold() not in NOT_ORG_WORDS)

    for d in docs:
        for e in d.entries:
            if e.entity != "IBAN" or not e.redacted:
                continue
            line_start = d.text.rfind("\n", 0, e.start) + 1
            line = d.text[line_start:e.start]
            block = d.text[d.text.rfind("\n", 0, max(0, line_start - 1) - 80) + 1:e.start]  # this line and above
            holder = HOLDER.match(d.text, e.end)
            if holder:
                h = holder.group("h")
                why = f"t.n.v. {h.strip()}" if organisation(h) and not PERSONAL_HOLDER.search(h) else None
            elif PERSONAL_HOLDER.search(block):
                why = None
            elif general.starts_with_org(line) or (organisation(line) and not PERSONAL_HOLDER.search(line)) or (
                    ACCOUNT_LABEL.match(line) and general.letterhead(d.text, line_start)):
                why = "on the organisation's own line or letterhead"
            else:
                why = None
            if why:
                e.set_decision(KEEP, f"account of an organisation ({why})", "org_account")
                e.entity = "ORG_ACCOUNT"
