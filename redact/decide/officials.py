"""Public officials acting in office stay readable.

A PERSON finding inside an OFFICIAL context span (the name recogniser's "wethouder X", "raadslid X
(PARTIJ)", a minister signing, ...) or matching a name on `rules/officials.csv` is kept, with the
reason in the manifest. Other occurrences of a kept name are kept by `propagation.py`."""
from __future__ import annotations

import csv

from ..findings import KEEP
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


def listed_role(text: str, listed: dict[str, str]) -> str | None:
    """The role of a listed official this text names: the full name, or its surname part alone
    ("Meliani" when "Ahmed Meliani" is listed)."""
    key = " ".join(text.split()).casefold()
    if key in listed:
        return listed[key]
    for name, role in listed.items():
        if len(key) >= 3 and (name.endswith(" " + key) or key.endswith(" " + name)):
            return role
    return None


def keep_officials(docs: list[DocState], rules: Rules) -> None:
    listed = official_names(rules)
    for d in docs:
        spans = [c for c in d.context if c.entity == "OFFICIAL"]
        for e in d.entries:
            if e.entity != "PERSON":
                continue
            role = listed_role(e.text, listed)
            if role:
                e.set_decision(KEEP, f"public official ({role}, rules/officials.csv)", "officials.listed")
                continue
            for s in spans:
                if s.start <= e.start and e.end <= s.end:
                    e.set_decision(KEEP, f"public official acting in office: {s.text!r}", "officials.in_office")
                    break
