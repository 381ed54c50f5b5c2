"""Policy allow list: functional mailboxes, general government numbers and allowed terms stay."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..findings import KEEP
from ..recognizers.name_lexicon import lexicon
from ..rules import Rules
from .state import DocState


def digits_of(phone: str) -> str:
    d = re.sub(r"\D", "", phone)
    if d.startswith("0031"):
        d = "0" + d[4:]
    elif d.startswith("31") and phone.strip().startswith("+"):
        d = "0" + d[2:]
    return d


@lru_cache(maxsize=8)
def _mailbox_words(allow_dir: str) -> tuple[str, ...]:
    p = Path(allow_dir) / "mailbox_words.txt"
    if not p.exists():
        return ()
    return tuple(sorted({s.casefold() for line in p.read_text("utf-8").splitlines()
                         if (s := line.strip()) and not s.startswith("#")}))


def functional_word(local: str, rules: Rules) -> str | None:
    """The function word (rules/allow/mailbox_words.txt) that makes `local` a team mailbox, if any."""
    parts = [p for p in re.split(r"[._-]", local.casefold()) if p]
    if not parts or any(len(p) == 1 for p in parts):
        return None
    for word in _mailbox_words(str(rules.dir / "allow")):
        if any(p == word or (len(word) >= 6 and word in p) for p in parts):
            return word
    return None


def _plain_word(word: str, lex) -> bool:
    """An ordinary Dutch word that is no listed first name or surname ("bakker" is both: a person)."""
    return lex.is_common(word) and not lex.is_first_name(word) and not lex.is_surname(word)


def _compound(part: str, lex) -> bool:
    """"openbareruimte", "leerlingenvervoer": the part splits into ordinary words of 4+ letters
    (one joining s allowed: "bereikbaarheidsteam"); none of them a listed first name or surname.
    The last word may be an ordinary word that is also a surname ("zaken", "dienst") when a plain word
    comes before it ("juridischezaken", "socialedienst"): a person's mailbox joins a given name or
    initials to a surname, not an adjective or noun; a given name before it ("roosbakker") stays personal."""
    n = len(part)
    ok = [False] * (n + 1)
    ok[0] = True
    for i in range(n):
        if not ok[i]:
            continue
        for j in range(i + 4, n + 1):
            w = part[i:j]
            if _plain_word(w, lex) or (i > 0 and j == n and lex.is_common(w) and not lex.is_first_name(w)):
                ok[j] = True
                if j < n and part[j] == "s" and j + 1 <= n:
                    ok[j + 1] = True  # the joining s of a Dutch compound
    return ok[n]


def _ordinary_words(local: str, rules: Rules) -> bool:
    """"wateroverlast@", "meldpunt.geluid@", "openbareruimte@", "bereikbaarheid.mn@": every part an
    ordinary Dutch word of 4+ letters, or a compound of such words, that is no listed first name or
    surname ("bakker@" stays personal); a short part (2-3 letters, "mn", "zh") may stand for a region or
    department next to a word of 6+ letters, but never next to a name or as the only word
    ("j.bakker@", "ab.devries@" stay personal)."""
    lex = lexicon(rules)
    parts = [p for p in re.split(r"[._-]", local) if p]
    if not parts or not all(p.isalpha() for p in parts):
        return False
    words = [p for p in parts if len(p) >= 4]
    short = [p for p in parts if len(p) < 4]
    if short and (any(len(p) < 2 for p in short) or not any(len(w) >= 6 for w in words)):
        return False
    if short and any(lex.is_first_name(p) or lex.is_surname(p) for p in short):
        return False
    return bool(words) and all(
        _plain_word(w, lex) or (not lex.is_first_name(w) and not lex.is_surname(w) and _compound(w, lex))
        or w in lex.compass or (lex.is_place(w) and not lex.is_first_name(w))
        for w in words)  # "zandvliet" splits into words but is a surname; "zwolle@", "jeugdhulp.oost@" are regions


def allowed_reason(entity: str, text: str, rules: Rules) -> str | None:
    allow = rules.allow
    low = text.casefold().strip()
    terms = {str(t).casefold() for t in allow.get("terms") or []}
    if low in terms:
        return "allowed term (policy allow list)"
    if entity == "EMAIL" and "@" in low:
        local = low.split("@", 1)[0].split("+", 1)[0]  # "info+woo@": the mailbox is info@
        for prefix in allow.get("email_local_parts") or []:
            p = str(prefix).casefold()
            if local == p or re.fullmatch(rf"{re.escape(p)}[-._0-9].*", local):
                return f"functional mailbox ({p}@)"
        word = functional_word(local, rules)
        if word:
            return f"functional mailbox ({word})"
        if _ordinary_words(local, rules):
            return "functional mailbox (its name is an ordinary word, not a person's)"
    if entity == "URL":
        handle = re.split(r"[/@]", text.rstrip("/"))[-1]
        parts = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", handle)
        lex = lexicon(rules)
        if any(lex.is_org_word(p) or lex.is_law(p) for p in parts if len(p) > 2):
            return "an organisation's own account (its handle names the organisation)"
    if entity == "PHONE":
        d = digits_of(text)
        if d.startswith("06"):
            return None  # a mobile is a person's, whatever its digits look like
        if d in {digits_of(str(n)) for n in allow.get("phone_numbers") or []}:
            return "general number of a public body (policy allow list)"
        for pat in allow.get("phone_patterns") or []:
            if re.fullmatch(str(pat), d):
                return "general number of a public body (policy allow list)"
    return None


def _mailbox_display_names(d: DocState, rules: Rules) -> None:
    """"Aan: Woo-verzoeken <woo@gemeente.nl>": the display name of a kept functional mailbox is the
    mailbox's name, unless it holds a listed first name or surname (a person writing from info@)."""
    lex = lexicon(rules)
    kept = {e.start: e.text.split("@", 1)[0].casefold()
            for e in d.entries if e.entity == "EMAIL" and e.decision == KEEP}
    for e in d.entries:
        if e.entity != "PERSON" or not e.redacted or e.detectors == ["propagation"]:
            continue
        m = _BEFORE_ADDRESS.match(d.text, e.end)
        if not m or m.end() not in kept:
            continue
        local = set(re.split(r"[._-]", kept[m.end()]))
        words = [w for w in re.split(r"[\s,.'’-]+", e.text) if w and w.casefold() not in local]
        if any(lex.is_first_name(w) or (lex.is_surname(w) and not lex.is_common(w)) for w in words):
            continue
        e.set_decision(KEEP, "display name of a functional mailbox", "allow.mailbox_display_name")


_BEFORE_ADDRESS = re.compile(r"[ \t]*[<(\[]")


def apply_allowlist(docs: list[DocState], rules: Rules) -> None:
    for d in docs:
        for e in d.entries:
            reason = allowed_reason(e.entity, e.text, rules)
            if reason:
                e.set_decision(KEEP, reason, f"allow.{e.entity.lower()}")
        _mailbox_display_names(d, rules)
