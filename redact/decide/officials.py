"""Public officials acting in office stay readable.

A PERSON finding inside an OFFICIAL context span (the name recogniser's "wethouder X", "raadslid X
(PARTIJ)", a minister signing, ...) or matching a name on `rules/officials.csv` is kept, with the
reason in the manifest. Other occurrences of a kept name are kept by `propagation.py`."""
from __future__ import annotations

import csv

from ..findings import KEEP
from ..recognizers.name_lexicon import lexicon
from ..rules import Rules
from .state import DocState


def official_names(rules: Rules) -> dict[str, str]:
    """name (case-folded) -> role, from rules/officials.csv (columns: name, role, organisation)."""
    path = rules.dir / "officials.csv"
    if not path.exists():
        return {}
    out: dict[str, str] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(line for line in f if not line.startswith("#")):
            name = (row.get("name") or "").strip()
            if name:
                out[name.casefold()] = (row.get("role") or "official").strip()
    return out


def listed_role(text: str, listed: dict[str, str], in_office: bool = False) -> str | None:
    """The role of a listed official this text names: the full name ("mr. Ahmed Meliani" too); the
    surname alone ("Meliani") only where the text names the office, since a citizen may share it.
    Other initials ("T. Oosterhuis" when "H. Oosterhuis" is listed) are another person."""
    key = " ".join(text.split()).casefold()
    if key in listed:
        return listed[key]
    for name, role in listed.items():
        if len(key) >= 3 and (key.endswith(" " + name) or (in_office and name.endswith(" " + key))):
            return role
    return None


def keep_officials(docs: list[DocState], rules: Rules) -> None:
    listed = official_names(rules)
    lex = lexicon(rules)
    for d in docs:
        spans = [c for c in d.context if c.entity == "OFFICIAL"]
        for e in d.entries:
            if e.entity != "PERSON":
                continue
            in_office = any(s.start <= e.start and e.end <= s.end for s in spans)
            role = listed_role(e.text, listed, in_office)
            if role:
                e.set_decision(KEEP, f"public official ({role}, rules/officials.csv)", "officials.listed")
                continue
            for s in spans:
                if s.start <= e.start and e.end <= s.end:
                    e.set_decision(KEEP, f"public official acting in office: {s.text!r}", "officials.in_office")
                    break
        # the paraph of a kept official ("TD" beside "T. Demir (DG)") is the official's too
        paraphs = {lex.initials_of(e.text) for e in d.entries if e.entity == "PERSON" and e.decision == KEEP}
        for e in d.entries:
            if e.redacted and "name.initials_alias" in e.rules and e.text in paraphs:
                e.set_decision(KEEP, f"the paraph of a public official kept in this document ({e.text})",
                               "officials.paraph")
