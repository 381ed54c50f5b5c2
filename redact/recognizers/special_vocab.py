"""The vocabulary of special categories of personal data (AVG art. 9), read from the rules folder.

`rules/lists/special/<category>.txt` holds the terms, one per line; Dutch inflection and compounds are
handled here, generally, so a list names a word once:

- `term`   the word, inflected ("depressies", "autistische"), as the head of a compound ("longkanker")
           and as its first part ("diabetespatiënt"), unless the rest is a general word
           ("diabetesbeleid", `general_tails` in `rules/special.yaml`);
- `=term`  the word and its inflections only ("ziek", "zieke"; not "ziekenhuis");
- `~term`  only as the head of a compound ("rugpijn", never "pijn" alone);
- a term in capitals ("ADHD", "MS") is an abbreviation and matches in capitals only;
- a term of several words ("multiple sclerose") matches with any blanks between its words.

`rules/special.yaml` holds the context: person evidence, general-text markers, organisation words and
the context patterns with their ids.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import regex as re
import yaml

from ..exceptions import RulesError
from ..rules import Rules
from .base import words_pattern

# inflection endings of Dutch nouns and adjectives, longest first: plural, adjective, diminutive
SUFFIXES = ("ische", "sche", "isch", "tjes", "ers", "ën", "en", "es", "er", "'s", "’s", "je", "ë", "e", "s", "n")
MIN_COMPOUND = 4  # shorter terms ("ms", "add") never take part in a compound
_PLACEHOLDER = re.compile(r"\{(phrase|name|list:[\w/]+|terms:\w+)\}")
NAME = r"\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:van|de|der|den|het|voor|en|&|al|el|ar)[ \t]+)?\p{Lu}[\p{L}'’-]*){0,3}"
PHRASE = r"(?:[\p{L}\p{N}'’/-]+(?:[ \t]+|(?=[^\p{L}\p{N}'’/-])|$)){1,5}"


def stems(word: str) -> list[str]:
    """The word and the word without one inflection ending ("depressies" -> "depressie"), with Dutch
    spelling undone: v/z back to f/s ("depressieve" -> "depressief", "religieuze" -> "religieus") and an
    open syllable's vowel doubled ("dove" -> "doof")."""
    out = [word]
    for s in SUFFIXES:
        if word.endswith(s) and len(word) - len(s) >= 2:
            stem = word[:-len(s)]
            out.append(stem)
            if stem[-1] in "vz":
                stem = stem[:-1] + ("f" if stem[-1] == "v" else "s")
                out.append(stem)
            if len(stem) >= 3 and stem[-2] in "aeou" and stem[-3] not in "aeiou" and stem[-1] not in "aeiou":
                out.append(stem[:-1] + stem[-2] + stem[-1])
    return out


@dataclass(frozen=True)
class Pattern:
    id: str  # "health.suffers_from"; the manifest records "special.health.suffers_from"
    category: str
    regex: re.Pattern
    needs: str = "person"  # person | none
    takes_phrase: bool = False  # the span ends in a free phrase: unlisted words, never more than `phrase` score


@dataclass(frozen=True)
class CategoryTerms:
    """The terms of one category, indexed for a word-by-word test."""

    category: str
    exact: frozenset[str] = frozenset()  # case-folded whole words (every mode but ~)
    caps: frozenset[str] = frozenset()  # abbreviations, case-sensitive
    heads: dict[str, tuple[str, ...]] = field(default_factory=dict)  # last 3 letters -> terms (plain, ~)
    firsts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # first 3 letters -> terms (plain)
    phrases: tuple[str, ...] = ()  # terms of several words

    @classmethod
    def parse(cls, category: str, lines: list[str]) -> CategoryTerms:
        exact, caps, phrases = set(), set(), set()
        heads: dict[str, set[str]] = {}
        firsts: dict[str, set[str]] = {}
        for line in lines:
            mode, term = (line[0], line[1:].strip()) if line[0] in "=~" else ("", line)
            if not term:
                continue
            if any(c.isspace() for c in term):
                phrases.add(term)
                continue
            if term.isupper() and any(c.isalpha() for c in term):
                caps.add(term)
                continue
            t = term.casefold()
            if mode != "~":
                exact.add(t)
            if mode != "=" and len(t) >= MIN_COMPOUND:
                heads.setdefault(t[-3:], set()).add(t)
                if mode == "":
                    firsts.setdefault(t[:3], set()).add(t)
        freeze = lambda d: {k: tuple(sorted(v, key=len, reverse=True)) for k, v in d.items()}  # noqa: E731
        return cls(category, frozenset(exact), frozenset(caps), freeze(heads), freeze(firsts), tuple(sorted(phrases)))

    def matches(self, word: str, general_tails: tuple[str, ...]) -> bool:
        """Is this word (hyphenated parts included) one of the terms, inflected or in a compound?"""
        if self._matches(word, general_tails):
            return True
        parts = [p for p in word.split("-") if p]
        if len(parts) < 2:
            return False
        # "adhd-medicatie", "pinda-allergie"; not "diabetes-beleid"
        return (not parts[-1].casefold().endswith(general_tails)
                and any(self._matches(p, general_tails) for p in parts))

    def _matches(self, word: str, general_tails: tuple[str, ...]) -> bool:
        if word in self.caps or word.replace("’", "'").split("'")[0] in self.caps:
            return True
        w = word.casefold()
        for stem in stems(w):
            if stem in self.exact:
                return True
            if any(stem.endswith(t) and len(stem) - len(t) >= 2 for t in self.heads.get(stem[-3:], ())):
                return True
        for t in self.firsts.get(w[:3], ()):
            if w.startswith(t) and len(w) - len(t) >= 3 and not w.endswith(general_tails):
                return True
        return False

    def words(self) -> frozenset[str]:
        """Every single word of every term, case-folded (the eponyms among them: "parkinson")."""
        out = set(self.exact) | {c.casefold() for c in self.caps}
        out |= {t for ts in self.heads.values() for t in ts}
        out |= {w.casefold() for p in self.phrases for w in p.split()}
        return frozenset(out)


@dataclass(frozen=True)
class SpecialVocabulary:
    categories: tuple[CategoryTerms, ...]
    config: dict[str, Any]
    patterns: tuple[Pattern, ...]

    # -- loading ------------------------------------------------------------------------------
    @classmethod
    def from_rules(cls, rules: Rules) -> SpecialVocabulary:
        folder = rules.list_path("special")
        cats = tuple(CategoryTerms.parse(p.stem, rules.read_list(f"special/{p.name}"))
                     for p in sorted(folder.glob("*.txt"))) if folder.is_dir() else ()
        path = rules.dir / "special.yaml"
        try:
            config = yaml.safe_load(path.read_text("utf-8")) or {} if path.exists() else {}
        except yaml.YAMLError as e:
            raise RulesError(f"{path}: not valid YAML: {e}") from e
        by_name = {c.category: c for c in cats}
        patterns = []
        for spec in config.get("patterns") or []:
            try:
                patterns.append(Pattern(
                    id=str(spec["id"]), category=str(spec["category"]), needs=str(spec.get("needs", "person")),
                    regex=re.compile(_expand(str(spec["regex"]), rules, by_name)),
                    takes_phrase="{phrase}" in str(spec["regex"])))
            except (KeyError, re.error) as e:
                raise RulesError(f"{path}: pattern {spec.get('id', '?')}: {e}") from e
        return cls(cats, config, tuple(patterns))

    # -- the context settings -----------------------------------------------------------------
    def score(self, key: str, default: float) -> float:
        return float((self.config.get("scores") or {}).get(key, default))

    def _words(self, *keys: str) -> list[str]:
        node: Any = self.config
        for k in keys:
            node = (node or {}).get(k) if isinstance(node, dict) else None
        return [str(w) for w in node or []]

    @cached_property
    def strong(self) -> re.Pattern:
        return words_pattern(self._words("person", "strong") or ["mevrouw"])

    @cached_property
    def weak(self) -> re.Pattern:
        return words_pattern(self._words("person", "weak") or ["hij"])

    @cached_property
    def possessive(self) -> re.Pattern:
        alts = "|".join(re.escape(w) for w in self._words("person", "possessive") or ["zijn"])
        return re.compile(rf"(?i)(?<![\p{{L}}])(?:{alts})(?:[ \t]+[\p{{L}}-]+){{0,3}}[ \t]+$")

    @cached_property
    def public_roles(self) -> tuple[str, ...]:
        return tuple(self._words("public_roles"))

    @cached_property
    def general(self) -> re.Pattern:
        return words_pattern(self._words("general") or ["beleid"])

    def _regex(self, key: str) -> re.Pattern | None:
        src = self.config.get(key)
        return re.compile(src) if src else None

    @cached_property
    def law_title(self) -> re.Pattern | None:
        return self._regex("law_title")

    @cached_property
    def organisation_words(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in self._words("organisation_words"))

    @cached_property
    def general_tails(self) -> tuple[str, ...]:
        return tuple(w.casefold() for w in self._words("general_tails"))

    @cached_property
    def not_modifiers(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in self._words("not_modifiers"))

    @cached_property
    def phrase_lead(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in self._words("phrase_lead"))

    @cached_property
    def phrase_stops(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in self._words("phrase_stops"))

    @cached_property
    def modifiers_before(self) -> re.Pattern | None:
        words = self._words("modifiers_before")
        if not words:
            return None
        alts = "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True))
        return re.compile(rf"(?i)(?<![\p{{L}}])(?:(?:{alts})(?:e|en)?[ \t]+)+$")

    @cached_property
    def staff_before(self) -> re.Pattern | None:
        return self._regex("staff_before")

    @cached_property
    def group_before(self) -> re.Pattern | None:
        return self._regex("group_before")

    @cached_property
    def extend_after(self) -> re.Pattern | None:
        return self._regex("extend_after")

    @cached_property
    def term_words(self) -> frozenset[str]:
        return frozenset().union(*(c.words() for c in self.categories)) if self.categories else frozenset()

    @cached_property
    def phrase_regex(self) -> re.Pattern | None:
        """All terms of several words, one regex; the group name is the category."""
        alts = []
        for c in self.categories:
            if c.phrases:
                body = "|".join(r"[ \t\n]+".join(re.escape(w) for w in p.split())
                                for p in sorted(c.phrases, key=len, reverse=True))
                alts.append(f"(?P<{c.category}>{body})")
        if not alts:
            return None
        return re.compile(rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{'|'.join(alts)})(?:{'|'.join(SUFFIXES)})?(?![\p{{L}}])")


def _expand(src: str, rules: Rules, cats: dict[str, CategoryTerms]) -> str:
    """Replace the placeholders of a pattern's regex ({phrase}, {name}, {list:X}, {terms:CAT})."""
    def sub(m: re.Match) -> str:
        key = m.group(1)
        if key == "phrase":
            return f"(?P<phrase>{PHRASE})"
        if key == "name":
            return f"(?:{NAME})"
        kind, _, name = key.partition(":")
        if kind == "list":
            words = rules.read_list(f"{name}.txt")
            if not words:
                raise RulesError(f"special.yaml: {{list:{name}}}: lists/{name}.txt is empty or missing")
            return "(?-i:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"
        c = cats.get(name)
        if c is None:
            raise RulesError(f"special.yaml: {{terms:{name}}}: no lists/special/{name}.txt")
        words = sorted(c.exact | {t for ts in c.heads.values() for t in ts}, key=len, reverse=True)
        return "(?i:" + "|".join(re.escape(w) for w in words) + ")"
    return _PLACEHOLDER.sub(sub, src)



_CACHE: dict[tuple[str, str], SpecialVocabulary] = {}


def vocabulary(rules: Rules) -> SpecialVocabulary:
    """The special-category vocabulary of these rules (read once per rules folder and digest)."""
    key = (str(rules.dir), rules.digest)
    if key not in _CACHE:
        _CACHE.clear()
        _CACHE[key] = SpecialVocabulary.from_rules(rules)
    return _CACHE[key]
