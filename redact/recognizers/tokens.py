"""The token model: a text is tokenised once, and every rule reads the same tokens.

A token knows its offsets and the line, table cell and paragraph it stands in, as ingest laid them out
in the text (a line break ends a line, `|` or a tab ends a cell, a blank line ends a paragraph), so a
rule can ask "same line?", "same cell?" or "which sentence?" instead of measuring characters. The word
classes of a token (given name, surname, particle, initial, title, role, ordinary word, organisation
word, place, law, acronym ...) come from the one classifier, `NameLexicon.classify`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

import regex as re

from .name_lexicon import CAP, INITIALS

# abbreviated particles first ("v.d.", "v/d"), then initials, capitalised words, other words, and any other
# single character (punctuation is a token of its own)
TOKEN = re.compile(rf"(?i:v\.[ \t]?d\.|v/d|v\.d(?![\p{{L}}]))|{INITIALS}|{CAP}|[\p{{L}}'’]+(?:-[\p{{L}}'’]+)*|\S")
# a sentence ends at . ! ? before a capital or a line break, or at a blank line (a paragraph)
SENTENCE_END = re.compile(r"[.!?]?[ \t]*\n[ \t]*\n|[.!?][\"')]*[ \t]+(?=[\p{Lu}\d\"'(])|[.!?][ \t]*\n")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
CELL_BREAK = re.compile(r"\||\t")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    line: int  # index of the line in the text
    cell: int  # index of the table cell (a line without `|` or tabs is one cell)
    paragraph: int  # index of the paragraph (blank lines separate paragraphs)


@dataclass(frozen=True)
class TokenizedText:
    text: str
    tokens: tuple[Token, ...]

    @cached_property
    def spans(self) -> list[tuple[int, int, str]]:
        """(start, end, text) per token: the shape the name rules walk."""
        return [(t.start, t.end, t.text) for t in self.tokens]

    def same_line(self, a: int, b: int) -> bool:
        return self.tokens[a].line == self.tokens[b].line

    def same_cell(self, a: int, b: int) -> bool:
        return self.tokens[a].cell == self.tokens[b].cell

    def sentence_window(self, start: int, end: int, before: int = 0, after: int = 0,
                        limit: int = 400) -> tuple[int, int]:
        """The span of the sentence holding start..end, widened by `before` sentences before it and `after`
        after it, within the paragraph and at most `limit` characters each way."""
        return sentence_window(self.text, start, end, before, after, limit)


def sentence_window(text: str, start: int, end: int, before: int = 0, after: int = 0,
                    limit: int = 400) -> tuple[int, int]:
    """See TokenizedText.sentence_window; context is measured in sentences, so a context word one
    sentence away counts however long the sentence is."""
    lo, hi = max(0, start - limit), min(len(text), end + limit)
    ends = [m.end() for m in SENTENCE_END.finditer(text, lo, min(len(text), start + 1)) if m.end() <= start]
    paragraph = text.rfind("\n\n", lo, start)
    s = ends[-1 - before] if len(ends) > before else lo
    if paragraph >= 0:
        s = max(s, paragraph + 2)
    e = hi
    for seen, m in enumerate(SENTENCE_END.finditer(text, end, hi)):
        if seen == after or PARAGRAPH_BREAK.search(m.group()):
            e = m.start() + 1
            break
    return s, e


@lru_cache(maxsize=4)
def tokenize(text: str) -> TokenizedText:
    """The tokens of `text`, computed once per text (every rule of every recogniser asks)."""
    tokens: list[Token] = []
    line = cell = paragraph = 0
    pos = 0
    for m in TOKEN.finditer(text):
        gap = text[pos:m.start()]
        if "\n" in gap:
            breaks = gap.count("\n")
            line += breaks
            cell += 1
            if breaks > 1 or re.search(r"\n[ \t]*\n", gap):
                paragraph += 1
        elif CELL_BREAK.search(gap):
            cell += 1
        if m.group() == "|":  # a cell separator is no word; it moves the next token into the next cell
            cell += 1
            pos = m.end()
            continue
        tokens.append(Token(m.start(), m.end(), m.group(), line, cell, paragraph))
        pos = m.end()
    return TokenizedText(text, tuple(tokens))
