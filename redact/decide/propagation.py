"""Names propagate across the whole batch.

1. A kept official's name is kept everywhere: its other occurrences, and its surname alone
   ("Meliani" later in the text), even where a detector flagged it.
2. A confirmed (redacted, not merely suggested) name is redacted everywhere, and so are its parts
   where they are unambiguous: the surname with its particles ("de Vries"), the surname alone, the
   first name alone. A part that is also an ordinary word (Bakker, Roos) only counts mid-sentence
   with its capital, never at the start of a sentence where every word has one.
3. E-mail addresses are evidence both ways: a capitalised word that a personal address spells
   ("k.ouali@", "kouali@", "k.vandenberg@") is a name; a "functional" address that spells a
   confirmed name is personal after all.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex as re

from ..findings import KEEP, REDACT, Entry
from ..recognizers.name_lexicon import CAP, CAP_RE, INITIALS_RE, NameLexicon, lexicon
from ..recognizers.names import sentence_start
from ..rules import Rules
from .model_names import SCREENED
from .state import DocState

# Two-letter abbreviations written like initials: never propagated as a person's paraph.


@dataclass(frozen=True)
class Part:
    text: str
    kind: str  # full | surname | given | initials


def name_parts(name: str, lex: NameLexicon) -> list[Part]:
    """The full name and the parts that identify the person alone."""
    name = " ".join(name.split()).strip(" ,;:")
    out = [Part(name, "full")]
    if "," in name:  # Achternaam, Voornaam
        sur, _, given = name.partition(",")
        surname, givens = sur.strip(), given.split()
    else:
        toks = name.split()
        i = next((k for k, t in enumerate(toks) if lex.is_tussenvoegsel(t)), None)
        if i is None or i == len(toks) - 1:
            i = len(toks) - 1
        surname, givens = " ".join(toks[i:]), toks[:i]
    if surname != name and surname:
        out.append(Part(surname, "surname"))
    words = surname.split()
    if len(words) > 1 and lex.is_tussenvoegsel(words[0]):
        core = " ".join(w for w in words if not lex.is_tussenvoegsel(w))
        if core and core != surname and not lex.is_common(core):
            out.append(Part(core, "surname"))
    for g in givens[:1]:
        # a town in the given name's place ("Hengelo" of a model's "Hengelo Hawks") is never spread
        if not INITIALS_RE.fullmatch(g) and CAP_RE.fullmatch(g) and not lex.is_place(g):
            out.append(Part(g, "given"))
    initials = "".join(g for g in givens if INITIALS_RE.fullmatch(g))
    if sum(c.isupper() for c in initials) >= 2 and initials.replace(" ", "").upper() not in lex.abbreviations:
        out.append(Part(initials, "initials"))  # "J.H.M." of "J.H.M. Verstegen", as a paraph
    return [p for p in out if _usable(p.text, lex)]


def _usable(part: str, lex: NameLexicon) -> bool:
    """Only what the word classifier accepts as name-like propagates: never an acronym, a law, an
    organisation word, a function word or a word holding digits (a case number "WOO-2024-0193")."""
    words = [w for w in part.split() if not lex.is_tussenvoegsel(w)]
    if not words or len(part) < 2:
        return False
    if INITIALS_RE.fullmatch(part.replace(" ", "")):
        return True  # a paraph ("J.H.M."): its own kind, guarded by lists/abbreviations.txt
    return all(lex.name_like(p) for w in words for p in w.split("-") if p)


def _pattern(parts: list[str], lex: NameLexicon) -> re.Pattern | None:
    """Case-sensitive on the name words, insensitive on leading particles ("De Vries" = "de Vries")."""
    if not parts:
        return None
    alts = []
    for p in sorted(set(parts), key=len, reverse=True):
        toks = p.split()
        alts.append(r"[ \t\n]+".join(f"(?i:{re.escape(t)})" if lex.is_tussenvoegsel(t) else re.escape(t) for t in toks))
    return re.compile(r"(?<![\p{L}\p{N}@._-])(?:" + "|".join(alts) + r")(?![\p{L}\p{N}@-]|\.[\p{L}])")


_PLACE_BEFORE = re.compile(
    r"(?i:\b(?:in|te|uit|naar|bij|nabij|rond|gemeente|provincie|regio|stad|dorp|omgeving|omgeving van)|"
    r"\d{4}[ \t]?[A-Z]{2})[ \t\n]*$")
_PLACE_AFTER = re.compile(r"^[ \t]*,[ \t]*\d")  # "Utrecht, 12 maart 2024"


def _place_context(text: str, start: int, end: int) -> bool:
    """Where a word that is also a place reads as the place: "in Utrecht", "3512 AB Utrecht",
    "gemeente Utrecht", "Utrecht, 12 maart". A confirmed "van Utrecht" is not propagated there."""
    return bool(_PLACE_BEFORE.search(text[max(0, start - 30) : start]) or _PLACE_AFTER.match(text[end : end + 6]))


def _in_context(d: DocState, start: int, end: int) -> bool:
    """Inside an organisation or place the NER model saw ("Bakker Bouw B.V.")."""
    return any(c.entity in ("ORGANIZATION", "LOCATION") and c.start <= start and end <= c.end
               and (c.end - c.start) > (end - start) for c in d.context)


def _overlaps(d: DocState, start: int, end: int) -> bool:
    """Overlaps an entry; a model guess screened out as not-a-name does not count (evidence here beats it)."""
    return any(e.start < end and start < e.end and e.entity != SCREENED for e in d.entries)


def _covered(d: DocState, start: int, end: int) -> bool:
    return any(e.start <= start and end <= e.end and e.entity != SCREENED for e in d.entries)


def _add(d: DocState, entry: Entry) -> None:
    """Add a propagated entry, replacing screened model guesses it overlaps."""
    d.entries = [e for e in d.entries if not (e.entity == SCREENED and e.start < entry.end and entry.start < e.end)]
    d.entries.append(entry)


# ------------------------------------------------------------------------------ kept names
def _propagate_kept(docs: list[DocState], lex: NameLexicon) -> set[str]:
    """Keep an official's name wherever it recurs: the full name batch-wide, the surname alone only in
    the official's own document — "raadslid Visser" in one letter says nothing of "mevrouw Visser" at
    the counter in another, and keeping her readable would be a leak."""
    everywhere: dict[str, str] = {}  # full name -> the kept span it comes from
    own: dict[str, dict[str, str]] = {}  # document key -> surname -> kept span
    for d in docs:
        for e in d.entries:
            if e.entity == "PERSON" and e.decision == KEEP:
                for p in name_parts(e.text, lex):
                    if p.kind == "full" and len([w for w in p.text.split() if not lex.is_tussenvoegsel(w)]) > 1:
                        everywhere.setdefault(p.text, e.text)
                    elif p.kind != "given":
                        own.setdefault(d.key, {}).setdefault(p.text, e.text)
    for d in docs:
        kept = {**own.get(d.key, {}), **everywhere}
        if kept:
            _keep_in_document(d, kept, lex)
    # batch-wide, only full names are exempt from name propagation; a surname kept in its own document
    # is covered there by the kept entries just added
    return {k.casefold() for k in everywhere}


def _keep_in_document(d: DocState, kept: dict[str, str], lex: NameLexicon) -> None:
    folded = {k.casefold(): v for k, v in kept.items()}
    for e in d.entries:
        if e.entity == "PERSON" and e.decision == REDACT:
            # a detector's "Ahmed Meliani" or "Meliani" where "wethouder Meliani" is kept
            hit = folded.get(e.text.casefold())
            if hit is None:
                last = e.text.split()[-1] if e.text.split() else ""
                hit = folded.get(last.casefold()) if len(e.text.split()) == 2 and not lex.is_common(last) else None
            if hit is not None:
                e.set_decision(KEEP, f"same name as public official {hit!r} kept in the batch", "propagation.official")
    pat = _pattern(list(kept), lex)
    for m in pat.finditer(d.text):
        if _overlaps(d, m.start(), m.end()):
            continue
        d.entries.append(Entry(start=m.start(), end=m.end(), text=m.group(0), entity="PERSON", decision=KEEP,
                               score=1.0, detectors=["propagation"], origin="propagation",
                               rules=["propagation.official"],
                               reason=f"same name as public official {folded[m.group(0).casefold()]!r}"
                               if m.group(0).casefold() in folded else "same name as a kept public official"))


# ------------------------------------------------------------------------------ e-mail evidence
def _email_keys(local: str) -> set[str]:
    """Name spellings an address's local part may hold: tokens, and a token without 1-2 leading initials."""
    keys = set()
    for tok in re.split(r"[._+-]", local.casefold()):
        tok = re.sub(r"\d+", "", tok)
        if len(tok) >= 3:
            keys.add(tok)
            for k in (1, 2):
                if len(tok) - k >= 4:
                    keys.add(tok[k:])
    return keys


def _norm(s: str) -> str:
    return re.sub(r"[\s'’-]", "", s).casefold()


def _email_evidence(docs: list[DocState], lex: NameLexicon, kept: set[str], ground: str) -> None:
    keys: set[str] = set()
    for d in docs:
        for e in d.entries:
            if e.entity == "EMAIL" and e.decision == REDACT and "@" in e.text:
                keys |= _email_keys(e.text.split("@", 1)[0])
    keys = {k for k in keys if lex.name_like(k)}
    if not keys:
        return
    cand = re.compile(rf"(?<![\p{{L}}\p{{N}}@._-])(?:{lex.tv}){{0,3}}{CAP}(?![\p{{L}}\p{{N}}@])")
    for d in docs:
        for m in cand.finditer(d.text):
            s, t = m.start(), m.group(0)
            n = _norm(t)
            if n not in keys or t.casefold() in kept or _overlaps(d, s, m.end()) or _in_context(d, s, m.end()):
                continue
            words = [w for w in t.split() if not lex.is_tussenvoegsel(w)]
            if not words or any(w.casefold() in lex.function_words for w in words):
                continue
            if lex.is_place(t) or any(lex.is_place(p) for w in words for p in w.split("-")):
                continue  # "jeugdhulp.noordlimburg.x@": a region in an address is no name
            if lex.is_common(words[-1]) and (sentence_start(d.text, s) or len(words[-1]) < 4):
                continue
            _add(d, Entry(start=s, end=m.end(), text=t, entity="PERSON", decision=REDACT, ground=ground,
                                   score=0.9, detectors=["propagation"], origin="propagation",
                                   rules=["propagation.email_name"],
                                   reason="name spelled by a personal e-mail address in the batch"))


def _names_make_mailboxes_personal(docs: list[DocState], surnames: set[str]) -> None:
    for d in docs:
        for e in d.entries:
            if (
                e.entity == "EMAIL"
                and e.decision == KEEP
                and "@" in e.text
                and _email_keys(e.text.split("@", 1)[0]) & surnames
            ):
                e.set_decision(REDACT, "functional-looking address that spells a confirmed name",
                               "propagation.mailbox_spells_name")


# A finite verb or conjunction right after a sentence-initial word makes that word the subject: a bare
# common noun needs an article there ("De bakker heeft"), so "Bakker heeft", "Kok was", "Roos en ik"
# are the confirmed name. Verb forms are recognised by their endings (-t, -dt, -de, -te) or listed.
_SUBJECT_NEXT = re.compile(
    r"[ \t]+(?:en|of|is|was|had|kan|kon|zal|zou|wil|mag|gaf|zei|vroeg|kwam|ging|nam|zag|liet|stond|lag|werd|bleef"
    r"|[a-z]+(?:dt|t|de|te))(?![\p{L}])")


_NAMED_AFTER = re.compile(r"(?<![\p{L}])(?:Wet|Regeling|Stichting|Fonds|Prijs|Zaal|Paviljoen)[ \t]+$")


def _word_at_sentence_start(text: str, start: int, match: str) -> bool:
    """Is the common word of a propagated name part read as an ordinary word? Only at a sentence start,
    and not when a tussenvoegsel precedes it ("De Boer heeft": the capital B marks the name) or a verb
    follows it ("Kok was vorige week ...")."""
    if len(match.split()) > 1 or not sentence_start(text, start):
        return False
    return not _SUBJECT_NEXT.match(text, start + len(match))


# ------------------------------------------------------------------------------ main
def propagate_names(docs: list[DocState], rules: Rules) -> None:
    lex = lexicon(rules)
    ground = rules.ground_for("PERSON")
    kept = _propagate_kept(docs, lex)
    _email_evidence(docs, lex, kept, ground)
    parts: dict[str, str] = {}  # part -> kind
    for d in docs:
        for e in d.entries:
            if e.entity == "PERSON" and e.redacted and not e.suggested:
                for p in name_parts(e.text, lex):
                    if p.text.casefold() not in kept:
                        parts.setdefault(p.text, p.kind)
    _names_make_mailboxes_personal(docs, {_norm(p) for p, k in parts.items() if k == "surname" and len(p) >= 4})
    pat = _pattern(list(parts), lex)
    if pat is None:
        return
    for d in docs:
        for m in pat.finditer(d.text):
            s, t = m.start(), m.group(0)
            if _covered(d, s, m.end()) or _in_context(d, s, m.end()):
                continue
            kind = parts.get(t) or parts.get(next((p for p in parts if p.casefold() == t.casefold()), ""), "full")
            bare = [w for w in t.split() if not lex.is_tussenvoegsel(w)]
            if kind != "full" and len(bare) == 1 and lex.is_common(bare[0]) and _word_at_sentence_start(d.text, s, t):
                continue  # "Bakker" / "Roos" at the start of a sentence may be the word
            if kind != "full" and _NAMED_AFTER.search(d.text, max(0, s - 20), s):
                continue  # "Wet Mulder", "Stichting Bakker": a law or body named after someone
            if lex.is_place(t) and (kind != "full" or len(bare) == 1) and _place_context(d.text, s, m.end()):
                continue  # the surname of "T. van Utrecht" where the text speaks of the city
            if _overlaps(d, s, m.end()) and any(e.decision == KEEP and e.start < m.end() and s < e.end
                                                for e in d.entries):
                continue
            _add(d, Entry(start=s, end=m.end(), text=t, entity="PERSON", decision=REDACT, ground=ground,
                                   score=1.0, detectors=["propagation"], origin="propagation",
                                   rules=[f"propagation.{kind.replace(' ', '_')}"],
                                   reason="same name confirmed elsewhere in the batch" if kind == "full"
                                   else f"{kind} of a name confirmed in the batch"))
