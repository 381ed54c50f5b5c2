"""Screen names that only the statistical NER model found.

The model reads any capitalised word at the start of a line as a possible name ("Omdat",
"Bijlagen", "RDW", "Team Handhaving Wonen"); the rule-based recognisers never do. A model-only
PERSON finding is therefore kept as a redaction only when it looks like a person's name:

- leading ordinary words are trimmed off ("Goeie Hylke" -> "Hylke");
- a place ("Utrecht", "Den Haag": rules/lists/places.txt) is not a person;
- a span holding an acronym (RDW, KCC), an organisation word or suffix (Team, Stichting,
  -zaken, car makes in `rules/lists/org_words.txt`) is an organisation, not a person;
- a single word must be a listed first name or surname, and not an ordinary Dutch word — a lone
  unknown word (Humanitas, Nijestee) is too weak on the model's word alone. Full names of any
  origin ("Oluwaseun Adebayo") pass, and propagation still redacts the parts of a confirmed name.

Screened-out spans become kept entries of entity PERSON_SCREENED, marked `suggested`, so the
manifest shows the reviewer what the model proposed and why it was not redacted; a reviewer can
flip one to redact. A span that a rule-based recogniser also redacts is left to that recogniser.
"""
from __future__ import annotations

from dataclasses import replace

import regex as re

from ..findings import KEEP, Entry
from ..recognizers.name_lexicon import ACRONYM_RE, CAP, INITIALS_RE, NameLexicon, lexicon
from ..rules import Rules
from .state import DocState

MODEL_SOURCE = "SpacyRecognizer"
SCREENED = "PERSON_SCREENED"  # kept in the manifest so a reviewer sees what the model proposed
STOP = re.compile(r"[()<>\[\]{}@/|:;\"“”–—]")  # brackets, quotes and dashes end a name
WORD_DOT = re.compile(r"(\p{L}+)\.(?=\s)")
AFTER_SURNAME_COMMA = re.compile(rf"(?<![\p{{L}}]){CAP},[ \t]+$")
WORD = re.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*")


def _is_listed_name(word: str, lex: NameLexicon) -> bool:
    return lex.is_first_name(word) or lex.is_surname(word)


def _lead_word(word: str, rest: list[str], lex: NameLexicon) -> bool:
    if lex.is_tussenvoegsel(word):  # "van den Akker" is a name, "van het" is not
        after = next((w for w in rest if not lex.is_tussenvoegsel(w)), "")
        return not after[:1].isupper()
    if INITIALS_RE.fullmatch(word) and not lex.is_title(word):
        return False
    return (not word[:1].isupper() or lex.is_title(word) or lex.is_greeting(word)
            or lex.is_label(word)  # "Steller Evelien de Wit": a memo's header label
            or lex.is_compound(word)  # "Belastingsamenwerking West-Brabant", "Jeugdbescherming Overijssel"
            or (lex.is_common(word) and not _is_listed_name(word, lex)))


def plausible_span(text: str, start: int, lex: NameLexicon) -> tuple[int, int] | None:
    """The (start, end) of the name inside a model-only PERSON span, or None when it is not a name."""
    cut = STOP.search(text)
    if cut:
        text = text[: cut.start()]  # "Lan (Vraagwijzer", "Sarinah <s.k…": a name stops at the bracket
    for m in WORD_DOT.finditer(text):  # "Onderweg. Marijke": a name stops at a sentence end
        if len(m.group(1)) > 1 and not lex.is_title(m.group(1)) and (
                not INITIALS_RE.fullmatch(m.group(0)) or lex.is_common(m.group(1)) or lex.is_place(m.group(1))):
            text = text[: m.start() + len(m.group(1))]
            break
    inverted = lex.inverted_name_re.match(text)
    if inverted:
        text = text[: inverted.end()]  # "Bakker, Roel Humanitas": the name ends with the given name
    words = [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(text)]
    digit = next((k for k, w in enumerate(words) if any(c.isdigit() for c in w[2])), None)
    if digit is not None:
        words = words[:digit]  # "Eilers-Mbeki HN-072-K": a name stops before a code
    # leading words that are no part of a name: greetings, titles, roles, ordinary words
    # ("Goeie Hylke", "Groetjes Shanice", "hoofdagent Van der Zwaan", "Mr. Brouwer")
    titled = False  # a title before a word makes it a name even if it is also a word ("Mr. Brouwer")
    while words and _lead_word(words[0][2], [w for _, _, w in words[1:]], lex):
        titled = lex.is_title(words.pop(0)[2])
    # a name ends before the first lower-case word that is no tussenvoegsel ("Tahiri schriftelijk"),
    # and before a closed-class or header word ("Rol Telefoon", "Piket Telefoon Bestuurlijk")
    for k in range(1, len(words)):
        w = words[k][2]
        if lex.is_tussenvoegsel(w) or INITIALS_RE.fullmatch(w):
            continue
        if not w[:1].isupper() or w.casefold() in lex.function_words:
            words = words[:k]
            break
    while words and lex.is_tussenvoegsel(words[-1][2]):
        words.pop()
    while len(words) > 1 and lex.is_common(words[-1][2]) and not _is_listed_name(words[-1][2], lex):
        words.pop()  # "Het Friese Land", "Mosae Forum": a name does not end in an ordinary word
    if not words:
        return None
    for _, _, w in words:
        if ACRONYM_RE.fullmatch(w) or lex.is_org_word(w):
            return None
    core = [w for _, _, w in words if not lex.is_tussenvoegsel(w) and not INITIALS_RE.fullmatch(w)]
    # initials or a tussenvoegsel before the surname ("J. Zwiers", "van den Akker") mark a person
    strong = len(core) < len(words) or titled
    core = [w for w in core if len(w) > 1]  # a bare letter ("Deel A", "Bijlage B") is no name word
    if not core or lex.is_place(text[words[0][0] : words[-1][1]]):
        return None  # "Utrecht", "Den Haag", "Alphen aan den Rijn"
    if not strong and all(lex.is_place(w) for w in core):
        return None
    if not strong and all(lex.is_common(w) and not lex.is_first_name(w) for w in core):
        return None  # "Rol Organisatie", "Deel Aanvraagformulier": a table header, not a person
    if len(core) == 1 and not strong:
        w = core[0]
        parts = w.split("-")
        if lex.is_common(w) and not lex.is_first_name(w):
            return None
        if not (_is_listed_name(w, lex) or (len(parts) > 1 and any(lex.is_surname(p) for p in parts))):
            return None
    return start + words[0][0], start + words[-1][1]


def screen_model_names(docs: list[DocState], rules: Rules) -> None:
    lex = lexicon(rules)
    ground = rules.ground_for("PERSON")
    for d in docs:
        others = [e for e in d.entries if e.redacted and e.detectors != [MODEL_SOURCE]]
        out: list[Entry] = []
        for e in d.entries:
            if e.entity != "PERSON" or e.detectors != [MODEL_SOURCE] or not e.redacted:
                out.append(e)
                continue
            span = plausible_span(e.text, e.start, lex)
            if span and AFTER_SURNAME_COMMA.search(d.text, max(0, span[0] - 60), span[0]):
                # "Bakker, Roel Humanitas": the given name of "Achternaam, Voornaam" ends the name
                first = WORD.match(d.text, span[0])
                span = (span[0], first.end()) if first else span
            if span == (e.start, e.end):
                out.append(e)
            elif span is not None:
                out.append(replace(e, start=span[0], end=span[1], text=d.text[span[0] : span[1]], id=""))
            elif not any(o.start < e.end and e.start < o.end for o in others):
                out.append(replace(e, entity=SCREENED, decision=KEEP, ground=ground, suggested=True, id="",
                                   reason="only the NER model read this as a name, and it does not look like one "
                                          "(ordinary word, acronym, organisation word or unlisted single word)"))
        d.entries = out
