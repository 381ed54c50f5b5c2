"""Names of persons from lists, patterns and context (PERSON), and public officials acting in office
(OFFICIAL, kept by the decide stage).

Most rules read a name from its *context*, so that names of any origin count, listed or not:
a title ("mevr. Öztürk"), initials ("J.P. de Vries"), a header or attendance label ("Van:",
"Aanwezig:"), a signature after a closing, a salutation ("Beste Anouk,"), an @-mention, a chat
speaker, an ordinary role ("collega Kowalczyk"). Lists add one rule of their own: a listed first name
followed by a surname-shaped word ("Fatima Ouali"). Words that are also ordinary Dutch words
(rules/lists/common_words.txt: Bakker, Visser, Roos) only count as a name with such evidence.
The NER model (spaCy, registered separately) covers names without any of these signals.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex as re

from ..rules import Rules
from .base import DutchRecognizer, Hit
from .name_lexicon import (
    ACRONYM,
    ACRONYM_RE,
    BRAND,
    CAP,
    CAP_RE,
    INITIALS,
    INITIALS_RE,
    LAW,
    NATIONALITY,
    SEP,
    NameLexicon,
    alternation,
    lexicon,
)
from .tokens import tokenize

# every rule scores above the NER model (0.75): Presidio keeps only the higher of two overlapping
# results, and the rule must win so that its name is not screened as a model-only guess
STRONG, LISTED, ROLE, LONE = 0.85, 0.8, 0.78, 0.78


NEVER_SURNAME = frozenset({BRAND, ACRONYM, LAW, NATIONALITY})
BULLET = re.compile(r"[ \t]*(?:[-•*·–]|\d{1,2}[.)])[ \t]+")


def sentence_start(text: str, pos: int, marks: str = ".!?:\n\"'(•-*|") -> bool:
    """True where every word has a capital: the start of the text, a line, a sentence or a quote."""
    before = text[max(0, pos - 4) : pos].rstrip(" \t")
    return not before or before[-1] in marks

# Letters of Vietnamese, Polish, Turkish, Czech, Romanian, Baltic, Hungarian and South Slavic spelling
# that Dutch, Frisian (â ê ô û ú), French and German never use: a run of capitalised words holding one
# is a name from that language ("Vũ Thị Hoa", "Łukasz Wiśniewski"), listed or not.
_FOREIGN_LOWER = "ăđơưĩũłśźżćńąęşğıřěůťďňľĺŕșțţčšžőűāēīūėįųð"
FOREIGN_LETTERS = _FOREIGN_LOWER + "".join(c.upper() for c in _FOREIGN_LOWER if not c.upper().isascii())
FOREIGN_WORD = re.compile(rf"[{FOREIGN_LETTERS}\u1ea0-\u1ef9]")  # no (?i): "ı" would match "I" of "IJssel"
# "Paraaf T.W. / J.H.M.", "Paraaf FG J.H.M.", "geparafeerd: R.G.": initials that sign off a document are a person's
PARAPH = re.compile(rf"(?i:paraaf|paraven|geparafeerd(?:[ \t]+door)?)(?:[ \t]+\p{{Lu}}{{2,4}})?[ \t]*:?[ \t]*"
                    rf"(?P<all>{INITIALS}(?:[ \t]*[/,&][ \t]*{INITIALS})*)")
AGE_HINT = re.compile(r"\d[ \t]*(?:jaar|jr)|\([ \t]*\d{1,2}[ \t]*(?:jaar|jr\.?)?[ \t]*\)|\d-jarige")
BRAND = re.compile(r"\p{Ll}{3}\p{Lu}")  # "FlexWorks", "PostNL": a capital inside a word (not McDonald)
LEGAL_FORM = re.compile(r"[ \t]*,?[ \t]*(?:B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?|C\.?V\.?|Holding|Groep)(?![\p{L}])")
TIMESTAMP = (
    r"\[?\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\]?[ \t]*(?:-[ \t]*)?"
    r"|\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*(?:-[ \t]*)?"
)


def _split_outside_brackets(value: str, seps: str, start: int) -> Iterator[tuple[int, str]]:
    """(offset, part) of `value` split at `seps`, except inside brackets: in "Teun Vos (voorzitter,
    Zorg- en Veiligheidshuis IJsselland)" the comma and the "en" belong to the bracket."""
    depth, pos = 0, 0
    for m in re.finditer(rf"{seps}|[(<\[]|[)>\]]", value):
        t = m.group(0)
        if t in "(<[":
            depth += 1
        elif t in ")>]":
            depth = max(0, depth - 1)
        elif depth == 0:
            yield start + pos, value[pos : m.start()]
            pos = m.end()
    yield start + pos, value[pos:]


class NameRecognizer(DutchRecognizer):
    ENTITIES = ["PERSON", "OFFICIAL"]

    def __init__(self, lex: NameLexicon, supported_language: str = "nl", scores: dict[str, float] | None = None,
                 disabled: frozenset[str] = frozenset()):
        super().__init__(supported_language=supported_language, name="NameRecognizer")
        self.lex = lex
        self.scores = scores or {}  # rule id -> score (rules/detection_rules.yaml)
        self.disabled = disabled  # rule ids switched off (policy.yaml disabled_rules)
        name = lex.name_after
        titles = alternation(lex.titles)
        roles = alternation(lex.official_roles)
        parties = alternation(lex.parties, flags="")
        # a title in capitals without its dot is an acronym: "ING Bank" is no engineer's name
        self.title_re = re.compile(rf"(?<![\p{{L}}.])(?:(?!\p{{Lu}}{{2,}}[ \t]){titles}{SEP})+(?P<n>{name})")
        # "medewerker van Enexis" names an employer, "collega Van der Berg" a person
        employer = r"(?!(?:van|voor|bij)[ \t]+(?!de[rn]?[ \t]|\p{Lu}))(?!van[ \t]+\p{Lu}\p{Ll}+(?![ \t]+\p{Lu}))"
        self.role_re = re.compile(rf"(?<![\p{{L}}])(?:{alternation(lex.role_words)})(?:{SEP}{titles})*{SEP}{employer}"
                                  rf"(?P<n>{name})")
        self.official_re = re.compile(
            rf"(?<![\p{{L}}-])(?P<role>{roles}),?(?:{SEP}{titles})*{SEP}"
            rf"(?!(?:van|voor)[ \t]+(?!de[rn]?[ \t]))(?P<n>{name})"
            rf"(?:[ \t]*\((?P<p>{parties})[^)\n]{{0,30}}\))?"
        )
        # "de minister van Binnenlandse Zaken en Koninkrijksrelaties, mevrouw Brandsma-Okafor"
        self.official_of_body_re = re.compile(
            rf"(?<![\p{{L}}-])(?P<role>{roles})(?P<body>[ \t]+(?:van|voor)[ \t]+[^,\n]{{2,80}}?"
            rf"|(?:[ \t]+(?:en|de|der|het|van|voor|\p{{Lu}}[\p{{L}}-]*)){{2,10}}),[ \t]*"
            rf"(?:{titles}{SEP})*(?P<n>{name})")
        self.member_re = re.compile(
            rf"(?<![\p{{L}}])(?i:lid)(?:{SEP}{titles})*{SEP}(?P<n>{name})[ \t]*\({parties}[^)\n]{{0,30}}\)"
        )
        self.party_re = re.compile(rf"(?:(?:{titles}){SEP})?(?P<n>{name})[ \t]*\((?:{parties})(?:[^)\n]{{0,30}})\)")
        self.apposition_re = re.compile(
            rf"(?P<n>{name}),[ \t]+(?:de[ \t]+)?(?P<role>{roles})(?![\p{{L}}])"
            rf"(?=[ \t]*(?:$|[,.;)]|van[ \t]|voor[ \t]))",
            re.MULTILINE,
        )
        self.role_line_re = re.compile(
            rf"(?im)^[ \t]*(?:de[ \t]+)?(?P<role>{roles})(?:[ \t]+(?:van|voor)[ \t]+[^\n]{{2,70}})?,?[ \t]*$"
        )
        # "burgemeester en wethouders van X, / de secretaris, / drs. A. B": the top official signing for the body
        self.cosigner_line_re = re.compile(
            rf"(?im)^[ \t]*(?:de[ \t]+)?(?P<role>{alternation(lex.cosigner_roles)}),?[ \t]*$")
        self.body_line_re = re.compile(rf"(?im)^[ \t]*{alternation(lex.governing_bodies)}")
        # a college letter signed by two: "de secretaris, de burgemeester," over "mr. A. B drs. C. D"
        signers = alternation(list(lex.official_roles) + list(lex.cosigner_roles))
        self.signers_line_re = re.compile(
            rf"(?im)^[ \t]*(?:de[ \t]+)?(?P<r1>{signers}),?[ \t]+(?:de[ \t]+)?(?P<r2>{signers})[ \t]*,?[ \t]*$")
        self.signer_re = re.compile(rf"(?:{titles}{SEP})*(?P<n>{name})")
        self.label_re = re.compile(
            rf"(?im)^[ \t]*(?:[-•*·][ \t]*)?(?P<label>{alternation(lex.labels)})[ \t]*:[ \t]*(?P<v>[^\n]*)$"
        )
        self.person_list_re = re.compile(
            rf"(?im)^[^\n:]{{0,80}}(?<![\p{{L}}]){alternation(lex.person_plurals)}(?![\p{{L}}])[^\n:]{{0,60}}:[ \t]*$")
        self.closing_re = re.compile(rf"(?im)^[ \t]*{lex.closing}[ \t]*[,!.]?[ \t]*(?P<rest>[^\n]*)$")
        self.salutation_re = re.compile(
            rf"(?m)^[ \t]*{lex.salutation}(?:{SEP}{titles})*{SEP}(?P<n>{name})"
            rf"(?:{SEP}(?i:en){SEP}(?:{titles}{SEP})*(?P<n2>{name}))?[ \t]*[,!]"
        )
        self.mention_re = re.compile(rf"(?<![\p{{L}}\p{{N}}.@/_-])@(?P<n>{CAP}(?:{SEP}(?:{lex.tv}){{0,3}}{CAP})?)")
        self.chat_re = re.compile(rf"(?m)^[ \t]*(?:{TIMESTAMP})(?P<n>{name})[ \t]*:")
        self.surname_first_re = re.compile(
            rf"(?m)^[ \t]*(?:[-•*·][ \t]*|\d{{1,2}}[.:]\d{{2}}[ \t]+|\d{{1,3}}\.?[ \t]+)?"
            rf"(?P<s>{lex.surname}),[ \t]+(?P<g>{INITIALS}|{CAP})"
            rf"(?=[ \t]*$|[ \t]*<|[ \t]{{1,}}\S)"
        )
        self.foreign_run_re = re.compile(rf"(?<![\p{{L}}\p{{N}}@./_-]){CAP}(?:[ \t]+{CAP}){{1,3}}(?![\p{{L}}\p{{N}}@])")
        # an age next to a word marks a person: "Milan, 16 jaar", "Milan (16)", "de 16-jarige Milan"
        self.age_after_re = re.compile(
            rf"(?<![\p{{L}}])(?P<n>{name})(?:,[ \t]*\d{{1,2}}[ \t]*(?:jaar|jr\.?)(?![\p{{L}}])"
            rf"|[ \t]*\([ \t]*\d{{1,2}}(?:[ \t]*(?:jaar|jr\.?))?[ \t]*\))")
        self.age_before_re = re.compile(rf"(?<![\p{{L}}])\d{{1,2}}-jarige{SEP}(?P<n>{name})")
        # "Achternaam, Voornaam" inside a flattened table row: "Kennedybrug Antoniou, Eleni (043) 362 18 45"
        self.inverted_cell_re = re.compile(
            rf"(?<![\p{{L}}\p{{N}},.'’-])(?P<s>{lex.surname}),[ \t]+(?P<g>{INITIALS}|{CAP})"
            rf"(?P<next>[ \t]+[+(]?\d|[ \t]+\S+|[ \t]*$)", re.MULTILINE)
        self.particle_re = re.compile(
            rf"(?<![\p{{L}}\p{{N}}.'’/-])(?:(?P<abbr>(?i:v\.[ \t]?d\.?|v/d|vd|v\.[ \t]?de[nr]))[ \t]*"
            rf"|(?P<abbr2>[dD]['’])|(?P<full>(?:van[ \t]+(?:de[nr]?|het|'t)|te[rn]|in[ \t]+'t)[ \t]+))"
            rf"(?P<n>{CAP})(?![\p{{L}}\p{{N}}@])")
        self.name_goes_on_re = re.compile(rf"[ \t]+(?:(?:{lex.tv})|\p{{Lu}})")
        self.cell_re = re.compile(
            rf"(?m)(?:^|\|)[ \t]*(?:[-•*·][ \t]*)?(?:{titles}{SEP})?(?P<g>{CAP}){SEP}"
            rf"(?P<s>(?:{lex.tv}){{0,3}}{CAP})[ \t]*(?=$|\|)")
        word = r"\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*"
        # up to four capitalised words, then what follows them: the name is the first two or three
        self.row_name_re = re.compile(
            rf"(?m)(?:(?P<lead>^|\||\d[ \t]|;)[ \t]*|(?<=[\p{{Ll}},][ \t]))(?P<w>{word}(?:[ \t]+{word}){{1,3}})"
            rf"(?:[ \t]+(?P<more>\(?\p{{Lu}}[\p{{L}}&.-]*\)?|\+?\d{{2,4}}))?")
        self.bare_initials_re = re.compile(
            rf"(?<![\p{{L}}\p{{N}}.&/-])(?P<i>\p{{Lu}}{{1,3}})[ \t]+(?P<tv>(?:{lex.tv}){{1,2}})?(?P<s>{CAP})"
            rf"(?![\p{{L}}\p{{N}}@&]|\.\p{{L}})")
        self.glued_initials_re = re.compile(
            rf"(?<![\p{{L}}.])(?:\p{{Lu}}\.){{1,4}}(?P<s>\p{{Lu}}\p{{Ll}}{{2,}}(?:-{CAP})?)(?![\p{{L}}.])")
        # initials, the call name in brackets, the surname: "S. (Sanne) de Jong-van Dijk", "H.A.M. (Henk) Visser"
        self.call_name_re = re.compile(rf"{INITIALS}[ \t]*\({CAP}\)[ \t]*(?P<s>{lex.surname})")
        self.alias_before_re = re.compile(
            rf"(?m)^[ \t|]*(?P<a>\p{{Lu}}[\p{{Lu}}a-z]{{1,5}})(?:[ \t|]+|[ \t]*\n[ \t|]*)"
            rf"(?P<n>{INITIALS}[ \t]*(?:{lex.tv}){{0,2}}{CAP})")
        self.alias_re = re.compile(
            rf"(?P<n>{CAP}(?:[ \t]+(?:{lex.tv})?{CAP}){{1,3}})[ \t]*\((?P<a>\p{{Lu}}{{2,3}})\)")
        self.surname_comma_re = re.compile(rf"(?<![\p{{L}}])(?:{lex.surname}),[ \t]+$")
        self.name_line_re = re.compile(rf"^[ \t]*(?:[-•*·][ \t]*)?(?:{titles}{SEP})*(?P<n>{name})[ \t]*[,.]?[ \t]*$")
        self.titles_prefix_re = re.compile(rf"^(?:{titles}{SEP})+")
        self.role_prefix_re = re.compile(rf"^(?:(?:de|het)[ \t]+)?(?:{roles}|(?i:lid))(?:{SEP}|$)")
        self.paren_party_re = re.compile(rf"\((?:{parties})[^)]*\)")
        self.paren_role_re = re.compile(rf"\((?:[^)]*?)(?<![\p{{L}}]){roles}(?![\p{{L}}])[^)]*\)")

    @classmethod
    def from_rules(cls, rules: Rules) -> NameRecognizer:
        return cls(lexicon(rules), scores=rules.rule_scores, disabled=rules.disabled_rules)

    # ------------------------------------------------------------------ validation
    def clean(self, text: str, start: int, end: int, *, single: str = "strict") -> tuple[int, int] | None:
        """Trim a candidate name span to its name words; None if what is left is not a name.

        Cuts at the first function word, organisation word or lower-case non-particle word, drops
        trailing particles. `single` says what a one-word name needs: "any" (strong context: every
        capitalised word that is not a function/organisation word), "strict" (not a common word,
        unless it is a listed surname or first name)."""
        toks = [(m.start() + start, m.end() + start, m.group(0)) for m in re.finditer(r"\S+", text[start:end])]
        keep: list[tuple[int, int, str]] = []
        for ts, te, t in toks:
            w = t.strip(",.;:'’\"")
            low = w.casefold()
            if not w:
                break
            if self.lex.is_tussenvoegsel(w) or self.lex.is_tussenvoegsel(t):  # "'t" loses its apostrophe in w
                keep.append((ts, te, t))
                continue
            if INITIALS_RE.fullmatch(t):
                keep.append((ts, te, t))
                continue
            if low in self.lex.function_words or self.lex.is_org_word(w) or self.lex.is_label(w) or not w[:1].isupper():
                break
            if any(self.lex.is_law(p) or ACRONYM_RE.fullmatch(p) for p in w.split("-")[:1]) and "-" in w:
                break  # "Woo-verzoeken", "GGD-team": a law or body names a mailbox or a team
            if (
                keep
                and [k for k in keep if not self.lex.is_tussenvoegsel(k[2])]
                and self.lex.is_common(w)
                and not self.lex.is_surname(w)
                and not self.lex.is_first_name(w)
            ):
                break
            keep.append((ts, te, t))
        while keep and (self.lex.is_tussenvoegsel(keep[-1][2]) or keep[-1][2].rstrip(",;:") == ""):
            keep.pop()
        words = [k for k in keep if not self.lex.is_tussenvoegsel(k[2]) and not INITIALS_RE.fullmatch(k[2])]
        if not words:
            if keep and INITIALS_RE.fullmatch(keep[-1][2]) and single == "any":
                return keep[0][0], keep[-1][1]
            return None
        s, e = keep[0][0], keep[-1][1]
        while e > s and text[e - 1] in ",;:":
            e -= 1
        if len(words) == 1 and len(keep) == 1:
            w = words[0][2].rstrip(".,;:")
            if len(w) < 2:
                return None
            if (
                single == "strict"
                and self.lex.is_common(w)
                and not (self.lex.is_surname(w) or self.lex.is_first_name(w))
            ):
                return None
            if single == "listed" and not (self.lex.is_surname(w) or self.lex.is_first_name(w)):
                return None
        return s, e

    # ------------------------------------------------------------------ rules
    def find(self, text: str) -> Iterator[Hit]:
        """Every rule's hits, each tagged with its rule id and scored as rules/name_rules.yaml says."""
        for rule, hits in self._rules(text):
            if rule in self.disabled:
                continue
            for hit in hits:
                rid = hit[4] if len(hit) > 4 else rule
                yield hit[0], hit[1], self.scores.get(rid, hit[2]), hit[3], rid

    def _rules(self, text: str) -> list[tuple[str, Iterator[Hit]]]:
        """(rule id, lazy hits) in a fixed order; rules/name_rules.yaml declares the ids."""
        return [
            ("official.in_office", self.officials(text)),
            ("name.title", (h for m in self.title_re.finditer(text)
                            for h in self._hit(text, m.start("n"), m.end("n"), STRONG, single="any"))),
            ("name.role_word", (h for m in self.role_re.finditer(text)
                                for h in self._hit(text, m.start("n"), m.end("n"), ROLE, single="strict"))),
            ("name.listed", self.list_names(text)),  # hits name their own ids: initials_surname, first_name_surname
            ("name.surname_comma_given_line", self.surname_first_lines(text)),
            ("name.labelled_list", self.labelled(text)),
            ("name.person_list", self.person_lists(text)),
            ("name.signature", self.signatures(text)),
            ("name.salutation", (h for m in self.salutation_re.finditer(text) for g in ("n", "n2") if m.group(g)
                                 for h in self._hit(text, m.start(g), m.end(g), STRONG, single="strict"))),
            ("name.mention", (h for m in self.mention_re.finditer(text)
                              for h in self._hit(text, m.start("n"), m.end("n"), STRONG, single="any"))),
            ("name.chat_speaker", (h for m in self.chat_re.finditer(text)
                                   for h in self._hit(text, m.start("n"), m.end("n"), STRONG, single="any"))),
            ("name.foreign_letters", self.foreign_names(text)),
            ("name.age", self.aged(text)),
            ("name.surname_comma_given_cell", self.inverted_cells(text)),
            ("name.unknown_pair", self.unknown_pairs(text)),
            ("name.particle_surname", self.particle_surnames(text)),
            ("name.cell_full_name", self.cell_names(text)),
            ("name.before_organisation", self.names_before_organisation(text)),
            ("name.bare_initials_surname", self.bare_initials(text)),
            ("name.glued_initials", self.glued_initials(text)),
            ("name.initials_alias", self.initials_aliases(text)),
            ("name.initials_call_name", ((m.start(), m.end(), STRONG, "PERSON")
                                         for m in self.call_name_re.finditer(text)
                                         if not self.lex.classify(m.group("s").split()[-1]) & NEVER_SURNAME)),
            ("name.paraph", ((m.start("all") + g.start(), m.start("all") + g.end(), STRONG, "PERSON")
                             for m in PARAPH.finditer(text) for g in re.finditer(INITIALS, m.group("all")))),
        ]

    def _tokens(self, text: str) -> list[tuple[int, int, str]]:
        """The text's tokens from the shared token model (tokenised once per text for every rule)."""
        return tokenize(text).spans

    def _hit(
        self, text: str, start: int, end: int, score: float, single: str = "strict", entity: str = "PERSON"
    ) -> Iterator[Hit]:
        span = self.clean(text, start, end, single=single)
        if span:
            yield span[0], span[1], score, entity

    def list_names(self, text: str) -> Iterator[Hit]:
        """Initials + surname, and a listed first name + surname-shaped words, on one line."""
        toks = self._tokens(text)
        n = len(toks)
        i = 0
        while i < n:
            s, e, t = toks[i]
            is_init = bool(INITIALS_RE.fullmatch(t)) and not self.lex.is_title(t)  # "J." yes, "Mr." no
            if is_init and self._sentence_end_word(t):
                is_init = False  # "op de Dam. Jan": a word ending a sentence, not the initials "Th."
            first = (
                not is_init
                and CAP_RE.fullmatch(t)
                and self.lex.is_first_name(t)
                and t.casefold() not in self.lex.function_words
                and not self.lex.is_greeting(t)  # "Hoi Emre": the greeting is no first name
            )
            if first and i > 0 and self._same_line(text, toks[i - 1], toks[i]) and self.lex.is_org_word(toks[i - 1][2]):
                first = False  # "Werkplein Hart van Brabant": a first name inside an organisation's name
            if first and (inv := self.surname_comma_re.search(text, max(0, s - 60), s)) and self._inverted_before(
                    text, inv):
                first = False  # "Bakker, Roel Humanitas": Roel is Bakker's given name; the next word is not his
            if not (is_init or first):
                i += 1
                continue
            j = i + 1
            # further given names (Jan Willem, Mohamed Amine) or initials
            while (
                j < n
                and j - i < 4
                and self._same_line(text, toks[j - 1], toks[j])
                and (
                    (
                        first
                        and CAP_RE.fullmatch(toks[j][2])
                        and self.lex.is_first_name(toks[j][2])
                        and j + 1 < n
                        and CAP_RE.fullmatch(toks[j + 1][2])
                    )
                    or (is_init and INITIALS_RE.fullmatch(toks[j][2]))
                )
            ):
                j += 1
            k = j
            while k < n and k - j < 4 and self._same_line(text, toks[k - 1], toks[k]):
                # a particle of one token ("van", "v/d") or of two ("in 't", "op den", "uit den")
                if self.lex.is_tussenvoegsel(toks[k][2]):
                    k += 1
                elif k + 1 < n and self.lex.is_tussenvoegsel(f"{toks[k][2]} {toks[k + 1][2]}"):
                    k += 2
                else:
                    break
            if (k < n and self._same_line(text, toks[k - 1], toks[k]) and CAP_RE.fullmatch(toks[k][2])
                    and self.lex.classify(toks[k][2]) & NEVER_SURNAME and k == j > i + 1
                    and self.lex.is_surname(toks[k - 1][2])):
                k = j = k - 1  # "Bas Kok ProRail": Kok is the surname, not a second given name
            if k < n and self._same_line(text, toks[k - 1], toks[k]) and CAP_RE.fullmatch(toks[k][2]):
                sur = toks[k][2]
                low = sur.casefold()
                ok = (low not in self.lex.function_words and not self.lex.is_org_word(sur)
                      and not self.lex.classify(sur) & NEVER_SURNAME)
                if ok and self.lex.is_common(sur) and not self.lex.is_surname(sur):
                    ok = k > j  # "J.H.M.Th. van der Wielen", "Rik v.d. Ploeg": a particle makes it a surname
                if ok and first and self.lex.is_common(t) and self.lex.is_common(sur) and sentence_start(text, s):
                    ok = False  # "Roos Visser", "Wil Bakker" at a sentence start may be words
                if (
                    ok
                    and k + 1 < n
                    and self._same_line(text, toks[k], toks[k + 1])
                    and self.lex.is_org_word(toks[k + 1][2])
                ):
                    ok = False  # "Willem Alexander Ziekenhuis"
                if ok and not is_init and self.lex.is_place(text[s : toks[k][1]]):
                    ok = False  # "Anna Paulowna", "Sint Jansteen": a place
                if ok:
                    yield (s, toks[k][1], STRONG if is_init else LISTED, "PERSON",
                           "name.initials_surname" if is_init else "name.first_name_surname")
                    i = k + 1
                    continue
            if first and j == i + 1 and self._lone_first_name(text, toks, i):
                yield s, e, LONE, "PERSON", "name.lone_first_name"
            i += 1

    def _names_a_body(self, body: str) -> bool:
        """The words between an office and a comma name a body ("van Binnenlandse Zaken", "Openbaar Bestuur
        en Democratische Rechtsstaat"), not a person: "van"/"voor" opens them or an organisation word is in them."""
        words = body.split()
        return bool(words) and (words[0] in ("van", "voor") or any(
            self.lex.is_org_word(w) or self.lex.is_common(w) for w in words
            if w != "en" and not self.lex.is_tussenvoegsel(w)))

    def _sentence_end_word(self, token: str) -> bool:
        """"Dam.", "Wet.": a short word and its full stop, shaped like the initials "Th." or "Chr."."""
        word = token[:-1]
        return len(word) > 1 and "." not in word and (self.lex.is_common(word) or self.lex.is_place(word))

    def particle_surnames(self, text: str) -> Iterator[Hit]:
        """A surname announced by its particle: an abbreviated one ("v.d. Berg", "v/d Berg", "d'Hondt")
        is only ever part of a name; a spelled-out two-word one ("van der Zwaag", "ter Horst") mid-sentence
        when the word after it is no ordinary word, place, organisation or acronym."""
        for m in self.particle_re.finditer(text):
            s, e, word = m.start(), m.end(), m.group("n")
            abbreviated = bool(m.group("abbr") or m.group("abbr2"))
            if not abbreviated and (sentence_start(text, s) or not self.lex.bare_name_word(word)
                                    or self.name_goes_on_re.match(text, e)):
                continue  # "van de Laan" may be a street, "ten Noorden" a direction; a name going on: more
            elif word.casefold() in self.lex.function_words or self.lex.is_org_word(word):
                continue
            yield s, e, STRONG if abbreviated else LISTED, "PERSON"

    def cell_names(self, text: str) -> Iterator[Hit]:
        """A table cell, list item or line that holds nothing but a listed first name and a surname
        ("| Kees Visser |", "- Roos Bakker"): a full name even when both are also ordinary words."""
        for m in self.cell_re.finditer(text):
            first, rest = m.group("g"), m.group("s")
            words = [w for w in rest.split() if not self.lex.is_tussenvoegsel(w)]
            if not self.lex.is_first_name(first) or len(words) != 1 or self.lex.is_place(f"{first} {rest}"):
                continue
            sur = words[0]
            if sur.casefold() in self.lex.function_words or self.lex.is_org_word(sur) or self.lex.is_title(sur):
                continue
            if self.lex.is_common(sur) and not self.lex.is_surname(sur):
                continue
            yield m.start("g"), m.end("s"), LISTED, "PERSON"

    def _name_run(self, words: list[str]) -> bool:
        """Two or three capitalised words that can form a name: none of another word class (or listed as a
        given name or surname), at least one listed or unknown to every list."""
        if not 2 <= len(words) <= 3:
            return False
        listed = [self.lex.is_first_name(w) or self.lex.is_surname(w) for w in words]
        bare = [self.lex.bare_name_word(w) for w in words]
        return all(b or (ls and not self.lex.classify(w) & NEVER_SURNAME and not self.lex.is_org_word(w))
                   for w, b, ls in zip(words, bare, listed)) and (
            any(bare) or (self.lex.is_first_name(words[0]) and self.lex.is_surname(words[-1])))

    def names_before_organisation(self, text: str) -> Iterator[Hit]:
        """A table row or list item that opens with a name and then gives the person's organisation or
        number: "Jildou Feenstra Gemeente Leeuwarden projectleider", "Chen Xiaoyu (Belastingdienst)",
        "16.45 Wong Siu-Ling 06 91 38 24 07". The name must open the row (after a time, a date or a bar)."""
        for m in self.row_name_re.finditer(text):
            tokens = list(re.finditer(r"\S+", m.group("w")))
            for size in (3, 2):
                nxt = tokens[size].group() if len(tokens) > size else m.group("more")
                if len(tokens) < size or not nxt:
                    continue
                words = [t.group() for t in tokens[:size]]
                end = m.start("w") + tokens[size - 1].end()
                head = nxt.strip("(),")
                at_row_start = m.group("lead") is not None
                if not self._name_run(words) or self.lex.is_place(" ".join(words)) or head.casefold() in \
                        self.lex.institutions:
                    continue  # "Van Gogh Huis": an institution named after someone, not a person and their body
                if (nxt.startswith("(") and (self.lex.is_org_word(head) or ACRONYM_RE.fullmatch(head))) or (
                        at_row_start and (nxt[:1].isdigit() or nxt[:1] == "+" or self.lex.is_org_word(head)
                                          or ACRONYM_RE.fullmatch(head))):
                    yield m.start("w"), end, LISTED, "PERSON"
                    break

    def bare_initials(self, text: str) -> Iterator[Hit]:
        """Initials written without dots before a surname: "HJ Kok", "A Jansen", "JP de Vries". The surname
        must be listed, or a particle must announce it; the letters must not be a known acronym."""
        for m in self.bare_initials_re.finditer(text):
            letters, particle, sur = m.group("i"), m.group("tv"), m.group("s")
            if self.lex.is_title(letters) or self.lex.classify(sur) & NEVER_SURNAME:
                continue
            if self.lex.is_org_word(sur) or self.lex.is_role(sur) or (self.lex.is_place(sur) and not particle):
                continue
            if particle and (not particle[:1].islower() or self.lex.is_place(f"{particle.strip()} {sur}")):
                continue  # "2500 EH Den Haag": a postcode and a place, not initials and a surname
            # three capitals are an organisation's acronym as often as initials ("MEE Brabant"): a particle only
            if particle or (len(letters) <= 2 and self.lex.is_surname(sur) and not sentence_start(text, m.start())):
                yield m.start(), m.end(), LISTED, "PERSON"

    def glued_initials(self, text: str) -> Iterator[Hit]:
        """Initials glued to the surname: "E.J.Kleinjan"."""
        for m in self.glued_initials_re.finditer(text):
            sur = m.group("s")
            if not (self.lex.is_org_word(sur) or self.lex.classify(sur) & NEVER_SURNAME or self.lex.is_place(sur)):
                yield m.start(), m.end(), STRONG, "PERSON"

    def initials_aliases(self, text: str) -> Iterator[Hit]:
        """"Hüseyin Gündoğdu (HG)": initials in brackets after a name stand for that person wherever they
        recur in the document (action lists: "HG gaat na ..."). The letters must be the name's initials."""
        aliases = set()
        for m in self.alias_re.finditer(text):
            words = [w for w in m.group("n").split() if not self.lex.is_tussenvoegsel(w)]
            alias = m.group("a")
            # only a person's name defines an alias: "Openbaar Ministerie (OM)", "Project Nieuwe Markt (PNM)" do not
            words = words[-3:]
            if not all(self.lex.bare_name_word(w) or ((self.lex.is_first_name(w) or self.lex.is_surname(w))
                                                      and not self.lex.is_org_word(w) and not self.lex.is_common(w))
                       for w in words):
                continue
            if len(words) >= 2 and ("".join(w[0] for w in words).upper() in (alias, alias[:1] + alias[-1:])
                                    or (words[0][0] + words[-1][0]).upper() == alias):
                aliases.add(alias)
        # a paraph table or routing list: "MvdB M. van den Broek", "ARK A.R. Kasanmoentalib"
        for m in self.alias_before_re.finditer(text):
            if m.group("a") == self._initials_of(m.group("n")) and len(m.group("a")) >= 2:
                aliases.add(m.group("a"))
        for alias in aliases:
            for o in re.finditer(rf"(?<![\p{{L}}\p{{N}}@]){re.escape(alias)}(?![\p{{L}}\p{{N}}])", text):
                yield o.start(), o.end(), STRONG, "PERSON"

    def _initials_of(self, name: str) -> str:
        return self.lex.initials_of(name)

    def _lone_first_name(self, text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
        """A listed first name standing alone mid-sentence ("een zekere Krystian", "bekend: Milan, 16").

        Not an ordinary word, not at a sentence start (where every word has a capital), and not part of
        a longer capitalised sequence (a street "Vincent van Goghweg", a company, a place)."""
        s, e, t = toks[i]
        if self.lex.is_common(t) or self.lex.is_org_word(t) or sentence_start(text, s, ".!?\n\"'•-*|"):
            return False
        for k in (i - 1, i + 1):
            if 0 <= k < len(toks):
                a, b = (toks[k], toks[i]) if k < i else (toks[i], toks[k])
                w = toks[k][2]
                if self._same_line(text, a, b) and (CAP_RE.fullmatch(w) or self.lex.is_tussenvoegsel(w)
                                                    or w in "&'’"):
                    if k > i and self.lex.is_tussenvoegsel(w) and self._particle_then_organisation(toks, k):
                        continue  # "Marieke van het Sociaal Team": her team, not her surname
                    return False
        return True

    def _particle_then_organisation(self, toks: list[tuple[int, int, str]], k: int) -> bool:
        """After the particle(s) at k: an organisation or ordinary word, no surname ("van het Sociaal Team",
        "van de Gemeente")."""
        while k < len(toks) and self.lex.is_tussenvoegsel(toks[k][2]):
            k += 1
        if k >= len(toks):
            return False
        w = toks[k][2]
        # an organisation word itself, not one by its ending: "Karel de Grotelaan" is a street
        return (w.casefold() in self.lex.org_words or self.lex.is_common(w)) and not self.lex.is_surname(w)

    def _inverted_before(self, text: str, m: re.Match) -> bool:
        """Is the "Word, " before a first name the surname of "Achternaam, Voornaam"? Not when the word
        is an ordinary one ("team Jeugd, Lotte Bakker") or ends a full name ("Didier Hoen, Ama Ofori")."""
        word = m.group(0).rstrip(", \t").split()[-1]
        if self.lex.is_common(word) and not self.lex.is_surname(word):
            return False
        before = text[max(0, m.start() - 40) : m.start()]
        return not re.search(rf"{CAP}[ \t]+$", before)

    @staticmethod
    def _same_line(text: str, a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
        gap = text[a[1] : b[0]]
        return "\n" not in gap and len(gap) <= 3 and not any(c in gap for c in ",;:()|/")

    def unknown_pairs(self, text: str) -> Iterator[Hit]:
        """Two capitalised words in running text, after a lower-case word, that are no Dutch words, places,
        titles or organisation words ("opgesteld door Rewie Sitaldin en ..."): a full name of any origin."""
        toks = self._tokens(text)
        for i in range(1, len(toks) - 1):
            (s, _, a), (_, e, b) = toks[i], toks[i + 1]
            if not (CAP_RE.fullmatch(a) and CAP_RE.fullmatch(b) and text[toks[i][1] : toks[i + 1][0]] == " "):
                continue
            if sentence_start(text, s) or not self._same_line(text, toks[i - 1], toks[i]):
                continue
            before = toks[i - 1][2]
            after = toks[i + 2][2] if i + 2 < len(toks) else ""
            if not (before.isalpha() and before.islower()) or (
                    CAP_RE.fullmatch(after) and self._same_line(text, toks[i + 1], toks[i + 2])):
                continue  # only in running text, and not part of a longer capitalised sequence
            if LEGAL_FORM.match(text, e) or any(BRAND.search(w) for w in (a, b)):
                continue  # "FlexWorks Brabant B.V.": a company
            if not (self.lex.bare_name_word(a) and self.lex.bare_name_word(b)):
                continue
            yield s, e, LONE, "PERSON"

    def inverted_cells(self, text: str) -> Iterator[Hit]:
        """"Achternaam, Voornaam" or "Achternaam, V." anywhere on a line, as contact lists flatten to text:
        a given name counts when it is listed or a number follows it ("Kassahun, Mebrahtu 06-…"), initials
        unless another name follows them ("Tahiri, K. Jansen" is K. Jansen's)."""
        for m in self.inverted_cell_re.finditer(text):
            sur, given, nxt = m.group("s"), m.group("g"), m.group("next").strip().rstrip(",.;:)")
            before = text[max(text.rfind("\n", 0, m.start()) + 1, m.start() - 40):m.start()].split()[-3:]
            inst = next((k for k, w in enumerate(before) if w.casefold() in self.lex.institutions), None)
            if inst is not None and all(w[:1].isupper() for w in before[inst:]):
                continue  # "Stichting Welzijn Feijenoord, Ingrid ...": the end of an organisation's name
            words = [w for w in sur.split() if not self.lex.is_tussenvoegsel(w)]
            if not words or any(w.casefold() in self.lex.function_words or self.lex.is_org_word(w)
                                or self.lex.is_title(w) or self.lex.is_label(w)
                                or (self.lex.is_common(w) and not self.lex.is_surname(w))
                                or self.lex.is_place(w) for w in words) or self.lex.is_greeting(sur):
                continue  # "van Leeuwarden, Postbus 21000": a place and an address
            if INITIALS_RE.fullmatch(given):
                if self.lex.is_title(given) or (CAP_RE.fullmatch(nxt) and not self.lex.is_common(nxt)
                                                and not self.lex.is_org_word(nxt)):
                    continue  # "Tahiri, K. Jansen": K. is Jansen's; "Öztürk, D. Rabobank" is a row
            elif (given.casefold() in self.lex.function_words or self.lex.is_place(given) or self.lex.is_org_word(given)
                  or (self.lex.is_common(given) and not self.lex.is_first_name(given))
                  or not (self.lex.is_first_name(given) and not CAP_RE.fullmatch(nxt)
                          or re.match(r"[+(]?\d", nxt) or not nxt or nxt[:1].islower())):
                continue
            yield m.start("s"), m.end("g"), STRONG, "PERSON"

    def foreign_names(self, text: str) -> Iterator[Hit]:
        """Two to four capitalised words on a line, one spelled with a letter Dutch does not use
        ("Vũ Thị Hoa beveiliging" -> "Vũ Thị Hoa"). Places, organisations and acronyms excluded."""
        for m in self.foreign_run_re.finditer(text):
            start, words = m.start(), m.group(0).split()
            while words and not FOREIGN_WORD.search(words[0]) and (
                    self.lex.is_common(words[0]) or self.lex.is_title(words[0]) or self.lex.is_greeting(words[0])):
                start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end()
                words = words[1:]  # "Collega Phạm Minh Tuấn": the role is no part of the name
            if len(words) < 2 or not any(FOREIGN_WORD.search(w) for w in words) or self.lex.is_place(" ".join(words)):
                continue
            if any(w.casefold() in self.lex.function_words or self.lex.is_org_word(w) or self.lex.is_title(w)
                   or self.lex.is_greeting(w) for w in words):
                continue
            yield start, m.end(), LISTED, "PERSON"

    def aged(self, text: str) -> Iterator[Hit]:
        """A name next to an age ("Milan, 16 jaar", "Milan (16)", "de 16-jarige Milan"). A bare number in
        brackets is weaker evidence ("Groep (8)", "Fase (2)"): there an ordinary word must be a listed
        first name, and so must one at the start of a sentence."""
        if not AGE_HINT.search(text):
            return  # the name patterns are costly at every position: most texts give no age at all
        for rx in (self.age_after_re, self.age_before_re):
            for m in rx.finditer(text):
                s, e = m.start("n"), m.end("n")
                while (lead := re.match(r"(\S+)[ \t]+", text[s:e])) and (
                        self.lex.is_greeting(lead.group(1)) or self.lex.is_title(lead.group(1))
                        or self.lex.is_common(lead.group(1)) and not self.lex.is_first_name(lead.group(1))):
                    s += lead.end()  # "Beste Roos, 12 jaar", "Kleindochter Priya (11)": not part of the name
                words = [w for w in text[s:e].split() if not self.lex.is_tussenvoegsel(w)]
                if self.lex.is_place(text[s:e]):
                    continue
                weak = "jaar" not in m.group(0) and "jr" not in m.group(0) and "jarige" not in m.group(0)
                if len(words) == 1 and self.lex.is_common(words[0]) and not self.lex.is_first_name(words[0]) and (
                        weak or sentence_start(text, s)):
                    continue
                yield from self._hit(text, s, e, ROLE, single="any")

    # ------------------------------------------------------------------ labelled lists
    def surname_first_lines(self, text: str) -> Iterator[Hit]:
        """A line or table row that starts with "Achternaam, Voornaam" or "Achternaam, V.", as in
        e-mail headers and contact lists ("Bakker, Roel", "21 Sipma, F. 06 ..."): a given name must
        be listed; initials count as they are."""
        for m in self.surname_first_re.finditer(text):
            sur, given = m.group("s"), m.group("g")
            words = [w for w in sur.split() if not self.lex.is_tussenvoegsel(w)]
            if not (INITIALS_RE.fullmatch(given) or self.lex.is_first_name(given)) or self.lex.is_place(sur) or any(
                    w.casefold() in self.lex.function_words or self.lex.is_org_word(w) for w in words):
                continue
            yield m.start("s"), m.end("g"), STRONG, "PERSON"

    def labelled(self, text: str) -> Iterator[Hit]:
        """Header and attendance lines: "Van: Ouali, Fatima <f.ouali@...>", "Aanwezig: A, B (notulist)",
        or a label alone on its line followed by one name per line (bullets allowed)."""
        for m in self.label_re.finditer(text):
            vstart, value = m.start("v"), m.group("v")
            if value.strip():
                end = m.end("v")
                # a list that wraps: continue while the line ends with a separator
                while text[vstart:end].rstrip().endswith((",", ";")) and end < len(text):
                    nl = text.find("\n", end + 1)
                    nl = len(text) if nl < 0 else nl
                    if not text[end + 1 : nl].strip():
                        break
                    end = nl
                yield from self.items(text, vstart, end)
                continue
            yield from self._one_per_line(text, m.end() + 1)

    def person_lists(self, text: str) -> Iterator[Hit]:
        """A heading that names people and ends with a colon ("Bewoners die een zienswijze indienden:"), then
        one bulleted name per line ("- Mulder"): each item is a name by the rules of a labelled list."""
        for m in self.person_list_re.finditer(text):
            yield from self._one_per_line(text, m.end() + 1, bullets_only=True)

    def _one_per_line(self, text: str, pos: int, bullets_only: bool = False) -> Iterator[Hit]:
        """The names on the lines from `pos`, one per line, until a blank line or another label."""
        for _ in range(30):
            if pos >= len(text):
                break
            nl = text.find("\n", pos)
            nl = len(text) if nl < 0 else nl
            line = text[pos:nl]
            if not line.strip() or self.label_re.match(line) or (bullets_only and not BULLET.match(line)):
                break
            yield from self.items(text, pos, nl)
            pos = nl + 1

    def items(self, text: str, start: int, end: int) -> Iterator[Hit]:
        value = text[start:end]
        # "Achternaam, Voornaam" (one comma, no semicolon) is one person
        inv = re.fullmatch(
            rf"[ \t]*(?:[-•*·][ \t]*)?({self.lex.surname}),[ \t]*((?:{CAP}|{INITIALS})(?:{SEP}{CAP})?)"
            r"[ \t]*(?:<[^>\n]*>|\[[^\]\n]*\]|\([^)\n]*\))?[ \t]*;?[ \t]*",
            value,
        )
        if inv and ";" not in value:
            a, b = (
                self.clean(text, start + inv.start(1), start + inv.end(1), single="any"),
                self.clean(text, start + inv.start(2), start + inv.end(2), single="any"),
            )
            given = text[b[0] : b[1]].split() if a and b else []
            if len(given) > 1 and not self.lex.is_first_name(given[-1]):
                b = (b[0], b[0] + len(given[0]))  # "Bakker, Roel Humanitas": Roel is the given name
            if a and b:
                yield a[0], b[1], STRONG, "PERSON"
                return
        seps = r";" if ";" in value else r",|\s+(?:en|&)\s+|\t|\s{3,}"
        for ps, part in _split_outside_brackets(value, seps, start):
            if not part.strip():
                continue
            sub = re.match(r"[ \t]*(?:[-•*·][ \t]*)?", part)
            s = ps + sub.end()
            # inverted name with its own address inside a ';' list: "Ouali, Fatima <...>"
            body = re.split(r"[<\[(]", text[s : ps + len(part)], maxsplit=1)[0]
            tail = text[s + len(body) : ps + len(part)]
            official = bool(self.paren_party_re.search(tail) or self.paren_role_re.search(tail))
            b = body.rstrip()
            inv2 = re.fullmatch(rf"({self.lex.surname}),[ \t]*({CAP}(?:{SEP}{CAP})?)", b)
            if inv2:
                yield s, s + len(b), STRONG, "PERSON"
                continue
            pre = self.titles_prefix_re.match(b)
            off = pre.end() if pre else 0
            role = self.role_prefix_re.match(b[off:])
            if role:
                official = True
                off += role.end()
                pre = self.titles_prefix_re.match(b[off:])
                off += pre.end() if pre else 0
            nm = re.match(rf"{self.lex.name_after}", b[off:])
            if not nm or b[off + nm.end() :].strip(" \t.,:-") or (not official and self.lex.is_place(nm.group(0))):
                continue  # "Verzoeker: Prins Hendrikkade 145-H, Amsterdam": the place of an address
            span = self.clean(text, s + off, s + off + nm.end(), single="strict" if not official else "any")
            if span:
                if official:
                    yield s, span[1], STRONG, "OFFICIAL"
                yield span[0], span[1], STRONG, "PERSON"

    # ------------------------------------------------------------------ signatures
    def signatures(self, text: str) -> Iterator[Hit]:
        """The name under a closing ("Met vriendelijke groet,"), within the next few lines, skipping
        "namens ..." lines; signed as an official when a role line stands just above or below."""
        for m in self.closing_re.finditer(text):
            rest = m.group("rest")
            if rest.strip():
                nm = self.name_line_re.match(rest)
                if nm:
                    yield from self._signature_name(
                        text, m.start("rest") + nm.start("n"), m.start("rest") + nm.end("n")
                    )
                continue
            found = self._next_name_line(text, m.end() + 1, 4)
            if found:
                yield from self._signature_name(text, found[0], found[1])

    def signers(self, text: str) -> Iterator[Hit]:
        """Two office holders signing together ("de secretaris, de burgemeester," and on the next line
        their names side by side): both stay readable when one of the roles is a public office."""
        official = re.compile(rf"(?i:{alternation(self.lex.official_roles, flags='')})")
        for m in self.signers_line_re.finditer(text):
            if not (official.fullmatch(m.group("r1")) or official.fullmatch(m.group("r2"))):
                continue
            pos = m.end() + 1
            while pos < len(text) and text[pos] in " \t\n":
                pos += 1
            nl = text.find("\n", pos)
            nl = len(text) if nl < 0 else nl
            names = [n for n in self.signer_re.finditer(text, pos, nl)]
            if not 1 <= len(names) <= 2:
                continue
            for n in names:
                span = self.clean(text, n.start("n"), n.end("n"), single="any")
                if span:
                    yield span[0], span[1], STRONG, "OFFICIAL"
                    yield span[0], span[1], STRONG, "PERSON"

    def _next_name_line(self, text: str, pos: int, lines: int) -> tuple[int, int] | None:
        """The name on the first of the next `lines` non-blank lines that holds only a name, as
        (start, end) in `text`; None if none of them does."""
        seen = 0
        while pos < len(text) and seen < lines:
            nl = text.find("\n", pos)
            nl = len(text) if nl < 0 else nl
            line = text[pos:nl]
            if line.strip():
                seen += 1
                nm = self.name_line_re.match(line)
                if nm:
                    return pos + nm.start("n"), pos + nm.end("n")
            pos = nl + 1
        return None

    def _signature_name(self, text: str, start: int, end: int) -> Iterator[Hit]:
        span = self.clean(text, start, end, single="strict")
        if not span:
            return
        yield span[0], span[1], STRONG, "PERSON"
        if self._role_line_near(text, span[0], span[1]):
            yield span[0], span[1], STRONG, "OFFICIAL"

    def _role_line_near(self, text: str, start: int, end: int) -> bool:
        """A role line ("De minister van ...,", "Burgemeester", "Secretaris-generaal") directly above
        (blank lines allowed, at most 3 lines up) or on the next line."""
        ls = text.rfind("\n", 0, start)
        nxt_end = text.find("\n", end + 1)
        nxt = text[end : nxt_end if nxt_end >= 0 else len(text)].strip("\n")
        if nxt.strip() and self.role_line_re.match(nxt.strip()):
            return True
        pos, looked = ls, 0
        while pos > 0 and looked < 3:
            ps = text.rfind("\n", 0, pos)
            line = text[ps + 1 : pos]
            pos = ps
            if not line.strip():
                continue
            looked += 1
            return bool(self.role_line_re.match(line.strip()))
        return False

    # ------------------------------------------------------------------ officials
    def officials(self, text: str) -> Iterator[Hit]:
        """OFFICIAL spans: role + name ("wethouder Meliani", "minister dr. Okafor"), member with party
        ("raadslid Jansen (SP)", "lid Kaya (D66)", "mevrouw Jansen (VVD)"), "X, burgemeester", and a
        name on its own line under or over a role line (a minister or secretaris-generaal signing)."""
        for rule, rx in (("official.role_name", self.official_re), ("official.role_of_body", self.official_of_body_re),
                         ("official.member_party", self.member_re),
                         ("official.name_party", self.party_re), ("official.apposition", self.apposition_re)):
            for m in rx.finditer(text):
                if rx is self.official_of_body_re and not self._names_a_body(m.group("body")):
                    continue  # "wethouder Van Beek-Odongo, Esmée Post": a name, not a body, before the comma
                span = self.clean(text, m.start("n"), m.end("n"), single="any")
                if span:
                    yield (
                        min(m.start(), span[0]),
                        max(span[1], m.end() if rx is not self.apposition_re else span[1]),
                        STRONG,
                        "OFFICIAL",
                        rule,
                    )
                    yield span[0], span[1], STRONG, "PERSON", rule
        yield from ((*h[:4], "official.cosigners") for h in self.signers(text))
        role_lines = list(self.role_line_re.finditer(text)) + [
            m for m in self.cosigner_line_re.finditer(text)
            if self.body_line_re.search(text, max(0, m.start() - 200), m.start())]
        for m in role_lines:
            found = self._next_name_line(text, m.end() + 1, 3)
            span = self.clean(text, found[0], found[1], single="any") if found else None
            if span:
                yield span[0], span[1], STRONG, "OFFICIAL", "official.role_line"
                yield span[0], span[1], STRONG, "PERSON", "official.role_line"
