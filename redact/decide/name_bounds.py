"""Complete names whose detected span stops short, so that no part of a name stays readable.

The NER model and the rules sometimes catch only part of a name: "Thị Hoa" of the table cell
"Vũ Thị Hoa", the surname of "Tahiri, K." without its initial. A redacted PERSON span grows

- to the left over one or two name-shaped words on its line, separated by a single blank, when
  such a word is no ordinary Dutch word, title, greeting, role, organisation word, acronym or place
  ("Vũ" joins "Thị Hoa"; "Wethouder", "Beste", "Gemeente" and "Utrecht" never do);
- to the right over the initials of "Achternaam, V." when nothing name-like follows them (a capital
  word after the initials starts another person's name: "Tahiri, K. Jansen").

The wider span keeps the entry's detector, score and ground; its reason says that it was completed.
"""
from __future__ import annotations

from dataclasses import replace

import regex as re

from ..findings import Entry
from ..recognizers.name_lexicon import CAP, INITIALS, NameLexicon, lexicon
from ..rules import Rules
from .state import DocState

MAX_LEFT_WORDS = 2
LEFT_WORD = re.compile(rf"(?<![\p{{L}}\p{{N}}.@/_-])(?P<w>{CAP})[ \t]$")
# initials right before a name whose surname opens with a glued particle: "L. d'Ancona", "T. 't Hart"
LEFT_INITIALS = re.compile(rf"(?<![\p{{L}}\p{{N}}.@/_-])(?P<i>{INITIALS})[ \t]$")
# "Heijden, Pieter-Jan v.d.": the particle of an inverted name trails the given name
RIGHT_PARTICLE = re.compile(r"[ \t]+(?P<p>(?i:v\.[ \t]?d\.?|v/d|vd|van(?:[ \t]+de[rn]?)?|de|ter|ten|te|'t))"
                            r"(?=[ \t]*(?:$|\n|[,;)|]))")
RIGHT_GLUED = re.compile(r"[ \t]+(?P<p>(?:al|el|ul|ad|as|ben|bin|ibn|abu|bou|ait)-\p{Lu}[\p{L}'’-]+)")
RIGHT_INITIALS = re.compile(rf",[ \t]*(?P<i>{INITIALS})(?=[ \t]*(?:$|\n|[^\p{{L}}\s]|[ \t]+[^\p{{Lu}}\s]))")


def _name_word(word: str, lex: NameLexicon) -> bool:
    """Could this capitalised word be part of the person's name next to it?"""
    return lex.bare_name_word(word) and not lex.is_greeting(word)


def _free(d: DocState, start: int, end: int, own: Entry) -> bool:
    """No other entry and no organisation or place the detectors saw lies on start..end."""
    return not any(o is not own and o.start < end and start < o.end for o in d.entries) and not any(
        c.start < end and start < c.end for c in d.context)


def widened(d: DocState, e: Entry, lex: NameLexicon) -> tuple[int, int]:
    """The span of `e` completed to the left and to the right (unchanged when nothing fits)."""
    start, end = e.start, e.end
    for _ in range(MAX_LEFT_WORDS):
        m = LEFT_WORD.search(d.text, max(0, start - 60), start)
        if not m or not _name_word(m.group("w"), lex) or not _free(d, m.start(), start, e):
            break
        start = m.start()
    m = LEFT_INITIALS.search(d.text, max(0, start - 20), start)
    if m and not lex.is_title(m.group("i")) and _free(d, m.start(), start, e) and not (
            "." not in m.group("i")[:-1] and (lex.is_common(m.group("i")[:-1]) or lex.is_place(m.group("i")[:-1]))):
        start = m.start()  # "L. d'Ancona"; not "op de Dam. Jan van Dam"
    if "," in d.text[start:end] and (m := RIGHT_PARTICLE.match(d.text, end)) and _free(d, end, m.end("p"), e):
        end = m.end("p")
    if (m := RIGHT_GLUED.match(d.text, end)) and _free(d, end, m.end("p"), e):
        end = m.end("p")  # "Yazan al-Khatib": an Arabic particle glued to the surname
    if " " not in d.text[start:end].strip() and "," not in d.text[start:end]:
        m = RIGHT_INITIALS.match(d.text, end)
        if m and not lex.is_title(m.group("i")) and _free(d, end, m.end("i"), e):
            end = m.end("i")
    return start, end


def complete_names(docs: list[DocState], rules: Rules) -> None:
    lex = lexicon(rules)
    for d in docs:
        out: list[Entry] = []
        for e in d.entries:
            if e.entity == "PERSON" and e.redacted:
                start, end = widened(d, e, lex)
                if (start, end) != (e.start, e.end):
                    e = replace(e, start=start, end=end, text=d.text[start:end], id="",
                                reason=f"{e.reason}; completed to the whole name")
            out.append(e)
        d.entries = out
