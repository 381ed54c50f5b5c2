"""Special categories of personal data (AVG art. 9, Woo ground 5.1.1d): passages that reveal a
person's health, religion, origin, sexuality, politics, union membership, genetic or biometric data.

A term of `rules/lists/special/` or a context pattern of `rules/special.yaml` is reported only where
its sentence, or the sentence before or after it, is about an identifiable person:
- strong evidence: a name (the NER model's or a listed first name mid-sentence, initials and a
  surname), a form of address ("mevrouw"), a client or family role ("betrokkene", "haar zoon");
- weak evidence: a pronoun, a possessive right before the term ("zijn diabetes"), "u"/"uw" in a letter.
A sentence about a group, a policy, a service or a law ("het beleid voor mensen met diabetes") counts
only with strong evidence. Kept on purpose, and recorded as SPECIAL_KEPT: a term that is part of an
organisation's name ("GGZ Centraal", "Ziekenhuis Rivierenland") and a passage about a public official
("wethouder Jansen opende de moskee"). Every hit's rule id names its category: special.<category>.<rule>.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace

import regex as re
from presidio_analyzer.nlp_engine import NlpArtifacts

from ..rules import Rules
from .base import DutchRecognizer, Hit, words_pattern
from .name_lexicon import CAP, INITIALS, NameLexicon, lexicon
from .special_vocab import SpecialVocabulary, vocabulary

KEPT = "SPECIAL_KEPT"
# a sentence ends at . ! ? before a blank (not after a title or an initial), at a blank line, or at a
# line break after a sentence mark or before a list item or table row
_SENTENCE_END = re.compile(
    r"(?<!(?<![\p{L}])(?:mevr|mw|dhr|drs|dr|mr|ir|ing|prof|bijv|nr|ca|o\.a|i\.v\.m|m\.b\.t|e\.d|St|\p{Lu}))"
    r"[.!?]+(?=[ \t\n]|$)|\n[ \t]*\n|\n(?=[ \t]*(?:[-•*|]|\d+[.)][ \t]))|(?<=[:;])\n")
# an attributive adjective in -e, not a verb in the past tense after its subject ("hij noemde clozapine",
# "Moeder gebruikte cannabis")
_ADJECTIVE_BEFORE = re.compile(r"(?<!(?:(?<![\p{L}])(?i:hij|zij|ze|ik|u|wij|we|jij|je|men|die|dat)"
                               r"|\p{Lu}[\p{L}-]*)[ \t]+)(?<![\p{L}-])(\p{Ll}[\p{Ll}-]*e)[ \t]+$")
_NOUN_AFTER = re.compile(r"[ \t]+(\p{Ll}[\p{Ll}-]{2,})(?![\p{L}])")
_NAME_AFTER = re.compile(r"[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}")
_ARTICLE_BEFORE = re.compile(r"(?<![\p{L}])[Ee]en[ \t]+$")
_PREVIOUS_WORDS = re.compile(r"(?:[\p{L}.'’]+[ \t]+){1,5}$")
_INITIAL_END = re.compile(r"(?:^|\.)\p{Lu}\.$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_WORD = re.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*[\p{L}\p{N}]|[\p{L}\p{N}]")
_NAME = re.compile(rf"(?<![\p{{L}}.]){INITIALS}[ \t]*(?:(?:van|de|der|den|ten|ter)[ \t]+){{0,2}}{CAP}")
_CAPWORD = re.compile(rf"(?<![\p{{L}}\p{{N}}-]){CAP}")
_ORG_LINK = {"van", "voor", "de", "der", "het", "en", "&", "in", "te", "op", "aan"}


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    strong: bool  # a named or clearly identified person
    weak: bool  # a pronoun
    general: bool  # about a group, policy, service or law
    official: bool  # a public official, and no private person identified
    paragraph: int = 0  # the number of blank lines before it

    @property
    def personal(self) -> bool:
        return not self.official and (self.strong or (self.weak and not self.general))


def sentences(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() > pos and text[pos:m.end()].strip():
            out.append((pos, m.end()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


class SpecialRecognizer(DutchRecognizer):
    ENTITIES = ["SPECIAL", KEPT]
    RULE = "special"

    def __init__(self, vocab: SpecialVocabulary, lex: NameLexicon | None = None):
        super().__init__()
        self.vocab = vocab
        self.lex = lex
        roles = [*(lex.official_roles if lex else ()), *vocab.public_roles]
        self._official = words_pattern(roles) if roles else None
        self._model_names: list[tuple[int, int]] = []
        self._categories: dict[str, str | None] = {}

    @classmethod
    def from_rules(cls, rules: Rules) -> SpecialRecognizer:
        return cls(vocabulary(rules), lexicon(rules))

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        # the NER model's names are person evidence; Presidio hands them to every recogniser
        self._model_names = [(e.start_char, e.end_char) for e in (nlp_artifacts.entities if nlp_artifacts else [])
                             if e.label_ in ("PER", "PERSON")]
        try:
            return super().analyze(text, entities, nlp_artifacts)
        finally:
            self._model_names = []

    # ------------------------------------------------------------------------------ evidence
    def _names(self, text: str, start: int, end: int) -> tuple[bool, bool]:
        """(a name: strong evidence, a listed surname alone: weak evidence) in text[start:end]."""
        if any(start <= s and e <= end and text[s:e].casefold() not in self.vocab.term_words
               for s, e in self._model_names):
            return True, False  # the model's name, unless it is a condition named after someone ("Parkinson")
        chunk = text[start:end]
        if _NAME.search(chunk):
            return True, False
        if self.lex is None:
            return False, False
        first = _WORD.search(chunk)
        surname = False
        for m in _CAPWORD.finditer(chunk):
            word = m.group()
            fold = word.casefold()
            if (self.lex.is_common(word) or self.lex.is_place(word) or fold in self.vocab.term_words
                    or self.lex.is_org_word(word) or self.lex.is_role(word) or self.lex.is_title(word)):
                continue
            if self.lex.is_first_name(word):
                return True, False  # also at the start of a sentence: "Jayden (12) heeft ..."
            if first is not None and m.start() != first.start() and self.lex.is_surname(word):
                surname = True
        return False, surname

    def _sentence(self, text: str, start: int, end: int) -> Sentence:
        chunk = text[start:end]
        strong_word = bool(self.vocab.strong.search(chunk))
        official = bool(self._official and self._official.search(chunk)) and not strong_word
        name, surname = self._names(text, start, end)
        return Sentence(start, end, strong=strong_word or name, weak=surname or bool(self.vocab.weak.search(chunk)),
                        general=bool(self.vocab.general.search(chunk)), official=official)

    def _score(self, sents: list[Sentence], i: int, text: str, start: int) -> float | None:
        """How sure it is that the words at `start` in sentence i are about a person (None: not)."""
        s = sents[i]
        gb = self.vocab.group_before
        if s.official or (gb is not None and gb.search(text, max(s.start, start - 80), start)):
            return None
        if s.strong:
            return self.vocab.score("strong", 0.85)
        if (s.weak and not s.general) or self.vocab.possessive.search(text, max(s.start, start - 40), start):
            return self.vocab.score("pronoun", 0.65)
        if s.general:
            return None
        near = [sents[j] for j in (i - 1, i + 1) if 0 <= j < len(sents)]
        if any(n.personal for n in near) or any(n.strong and not n.official for n in sents
                                                 if n.paragraph == s.paragraph):
            return self.vocab.score("neighbour", 0.5)
        return None

    # ------------------------------------------------------------------------------ spans
    def _inside_name(self, text: str, start: int, end: int, sent_start: int) -> tuple[int, int] | None:
        """The organisation name a capitalised term is part of ("GGZ Centraal", "Ziekenhuis Rivierenland")."""
        if not text[start:start + 1].isupper():
            return None
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, sent_start, min(len(text), end + 80))]
        k = next((n for n, w in enumerate(words) if w[0] <= start < w[1]), None)
        if k is None:
            return None
        lo = hi = k
        while lo > 0 and _org_next(text, words[lo], words[lo - 1]):
            lo -= 1
        while hi + 1 < len(words) and _org_next(text, words[hi], words[hi + 1]):
            hi += 1
        while lo < k and words[lo][2].casefold() in _ORG_LINK:
            lo += 1
        while hi > k and words[hi][2].casefold() in _ORG_LINK:
            hi -= 1
        if lo == hi:
            return None
        run = [w[2].casefold() for w in words[lo:hi + 1]]
        caps = [w for w in words[lo:hi + 1] if w[2][:1].isupper()]
        org_word = any(w in self.vocab.organisation_words or any(w.endswith(o) for o in self.vocab.organisation_words
                                                                   if len(o) >= 4) for w in run)
        if len(caps) >= 2 and org_word:
            return words[lo][0], words[hi][1]
        return None

    def _organisation_named(self, text: str, start: int, end: int, limit: int) -> tuple[int, int] | None:
        """A term that describes an organisation named after it: its span ends in an organisation word
        ("islamitische basisschool") and a capitalised name follows ("Al Amal")."""
        words = text[start:end].split()
        last = words[-1].casefold() if words else ""
        if not self._organisation_word(last):
            noun = _NOUN_AFTER.match(text, end, limit)  # "islamitische" + "basisschool"
            if noun is None or not self._organisation_word(noun.group(1).casefold()):
                return None
            end = noun.end()
        m = _NAME_AFTER.match(text, end, limit)
        return (start, m.end()) if m else None

    def _place_or_name(self, span: str) -> bool:
        return self.lex is not None and (self.lex.is_place(span) or self._double_surname(span))

    def _double_surname(self, span: str, every: bool = True) -> bool:
        """A double surname ("Wolbers-Nijhof"): capitalised parts, every one (for a term inside it: any
        other one) a listed surname that is no ordinary word and no term."""
        parts = span.split("-")
        lex = self.lex
        if lex is None or len(parts) < 2 or " " in span or not all(p[:1].isupper() for p in parts):
            return False
        hits = [lex.is_surname(p) and not lex.is_common(p) and p.casefold() not in self.vocab.term_words
                for p in parts]
        return all(hits) if every else any(hits)

    def _organisation_word(self, word: str) -> bool:
        return any(word.endswith(o) for o in self.vocab.organisation_words if len(o) >= 5)

    def _after_name_start(self, text: str, start: int) -> bool:
        """Is a capitalised word at `start` a surname: after a title or initials, or right after a first
        name ("de heer Blind", "J. Doof", "mevrouw Grietje de Vries-Tadesse", "Sanne Doof")?"""
        if not text[start:start + 1].isupper():
            return False
        before = _PREVIOUS_WORDS.search(text, max(0, start - 60), start)
        words = before.group().split() if before else []
        words = [w for w in words if self.lex is None or not self.lex.is_tussenvoegsel(w)][-3:]
        if not words:
            return False
        if _INITIAL_END.search(words[-1]):
            return True
        if self.lex is None:
            return False
        # a title or a role before the name: "mevrouw Grietje de Vries-Tadesse", "wethouder Van der Linden-Ahmadi"
        lead = [k for k, w in enumerate(words) if self.lex.is_title(w) or self.lex.is_role(w)]
        if lead and all(w[:1].isupper() for w in words[lead[-1] + 1:]):
            return True
        last = words[-1]
        return last[:1].isupper() and self.lex.is_first_name(last) and not self.lex.is_common(last)

    def _extend(self, text: str, start: int, end: int, sent: Sentence, adjective: bool = False) -> tuple[int, int]:
        """The term with its modifiers: "chronische rugklachten", "reumatoïde artritis", "diabetes type 2",
        "psychotische episodes" (an inflected adjective takes the noun after it)."""
        mb = self.vocab.modifiers_before
        m = mb.search(text, max(sent.start, start - 60), start) if mb is not None else None
        if m:
            start = m.start()
        for _ in range(2):  # attributive adjectives end in -e: "zeldzame", "reumatoïde"
            m = _ADJECTIVE_BEFORE.search(text, max(sent.start, start - 40), start)
            if not m or m.group(1).casefold() in self.vocab.not_modifiers:
                break
            start = m.start(1)
        m = _ARTICLE_BEFORE.search(text, max(sent.start, start - 6), start) if adjective else None
        if m:  # the noun phrase's article: "een psychose", "een hoortoestel"
            start = m.start()
        ea = self.vocab.extend_after
        m = ea.match(text, end, sent.end) if ea is not None else None
        if m:
            end = m.end()
        word = text[start:end].split()[-1] if text[start:end].split() else ""
        if (adjective and word.endswith("e") and word.islower()
                and not any(word.casefold() in c.exact for c in self.vocab.categories)):
            m = _NOUN_AFTER.match(text, end, sent.end)
            if m and m.group(1).casefold() not in self.vocab.phrase_stops:
                end = m.end()
        return start, end

    def _phrase(self, text: str, m: re.Match) -> tuple[int, int]:
        """A pattern's free phrase without its leading article and from its first stop word on."""
        start, end = m.span("phrase")
        words = [w for w in _WORD.finditer(text, start, end)]
        while words and words[0].group().casefold() in self.vocab.phrase_lead:
            words.pop(0)
        out = []
        for w in words:
            if w.group().casefold() in self.vocab.phrase_stops:
                break
            out.append(w)
        return (out[0].start(), out[-1].end()) if out else (start, start)

    # ------------------------------------------------------------------------------ find
    def find(self, text: str) -> Iterator[Hit]:
        spans = sentences(text)
        breaks = [m.start() for m in _BLANK_LINE.finditer(text)]
        sents = [replace(self._sentence(text, a, b), paragraph=bisect_right(breaks, a)) for a, b in spans]
        laws = [m.span() for m in self.vocab.law_title.finditer(text)] if self.vocab.law_title else []
        taken: list[tuple[int, int]] = []
        for i in range(len(sents)):
            yield from self._patterns(text, sents, i, taken)
            yield from self._terms(text, sents, i, laws, taken)

    def _patterns(self, text: str, sents: list[Sentence], i: int, taken: list[tuple[int, int]]) -> Iterator[Hit]:
        s = sents[i]
        for p in self.vocab.patterns:
            for m in p.regex.finditer(text, s.start, s.end):
                start, end = m.span("span") if "span" in p.regex.groupindex and m.group("span") else m.span()
                if p.takes_phrase and m.group("phrase"):
                    a, b = self._phrase(text, m)
                    start, end = (a if start == m.start("phrase") else start), b
                if end <= start or self._after_name_start(text, start):
                    continue  # "R. Oosterhuis-Kamphuis": a double surname, not two origins
                if self._place_or_name(text[start:end]):
                    continue  # "in Ridderkerk": a place, not a church; "Wolbers-Nijhof": a name, not two origins
                score = self._score(sents, i, text, start) if p.needs == "person" else self.vocab.score("strong", 0.85)
                if s.official:
                    yield start, end, 1.0, KEPT, f"special.kept.official.{p.category}"
                    continue
                if score is None:
                    continue
                if p.takes_phrase and not any(True for _ in self._term_spans(text, start, end)):
                    score = min(score, self.vocab.score("phrase", 0.65))  # unlisted words: a reviewer checks
                start, end = self._extend(text, start, end, s)
                taken.extend(((start, end), (m.start(), start)))  # a label or trigger word is no term
                yield start, end, score, "SPECIAL", f"special.{p.id}"

    def _terms(self, text: str, sents: list[Sentence], i: int, laws: list[tuple[int, int]],
               taken: list[tuple[int, int]]) -> Iterator[Hit]:
        s = sents[i]
        for start, end, cat in self._term_spans(text, s.start, s.end):
            if any(a <= start and end <= b for a, b in taken) or any(a <= start < b for a, b in laws):
                continue
            word = _hyphenated(text, start, end)
            if self._after_name_start(text, text.rfind(word, 0, end)) or self._double_surname(word, every=False):
                continue  # "de heer Blind", "Sanne Doof": a surname that is also a word
            org = self._inside_name(text, start, end, s.start)
            if org is not None:
                taken.append(org)
                yield org[0], org[1], 1.0, KEPT, f"special.kept.organisation.{cat}"
                continue
            if s.official:
                yield start, end, 1.0, KEPT, f"special.kept.official.{cat}"
                continue
            staff = self.vocab.staff_before
            if staff is not None and staff.search(text, max(s.start, start - 80), start):
                continue  # "werkt in het weekend bij de thuiszorg": where someone works
            score = self._score(sents, i, text, start)
            if score is None:
                continue
            a, b = self._extend(text, start, end, s, adjective=True)
            named = self._organisation_named(text, a, b, s.end)
            if named is not None:  # "de islamitische basisschool Al Amal"
                taken.append(named)
                yield named[0], named[1], 1.0, KEPT, f"special.kept.organisation.{cat}"
                continue
            yield a, b, score, "SPECIAL", f"special.{cat}.term_person"

    def _term_spans(self, text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
        seen: list[tuple[int, int]] = []
        rx = self.vocab.phrase_regex
        if rx is not None:
            for m in rx.finditer(text, start, end):
                seen.append(m.span())
                yield m.start(), m.end(), next(k for k, v in m.groupdict().items() if v)
        for w in _WORD.finditer(text, start, end):
            if any(a <= w.start() < b for a, b in seen):
                continue
            cat = self._category(w.group())
            if cat is not None:
                yield w.start(), w.end(), cat

    def _category(self, word: str) -> str | None:
        if word in self._categories:
            return self._categories[word]
        tails = self.vocab.general_tails
        found = next((c.category for c in self.vocab.categories if c.matches(word, tails)), None)
        if len(self._categories) < 200_000:  # words repeat across a batch's documents
            self._categories[word] = found
        return found


def _joined(text: str, a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    """Two words of one name: only blanks between them (no line break, no punctuation)."""
    gap = text[a[1]:b[0]]
    return 0 < len(gap) <= 2 and not gap.strip(" \t")


def _org_next(text: str, word: tuple[int, int, str], nxt: tuple[int, int, str]) -> bool:
    """Does the name that `word` is part of go on over its neighbour `nxt`: blanks between them, and `nxt`
    capitalised or one linking word ("Zorg en Welzijn", never "en de")?"""
    a, b = (word, nxt) if word[0] < nxt[0] else (nxt, word)
    return _joined(text, a, b) and (nxt[2][:1].isupper()
                                     or (nxt[2].casefold() in _ORG_LINK and word[2].casefold() not in _ORG_LINK))


def _hyphenated(text: str, start: int, end: int) -> str:
    """The whole hyphenated word a term stands in ("Linden-Ahmadi" around "Ahmadi")."""
    while start > 0 and (text[start - 1] == "-" or text[start - 1].isalpha()):
        start -= 1
    while end < len(text) and (text[end] == "-" or text[end].isalpha()):
        end += 1
    return text[start:end]
