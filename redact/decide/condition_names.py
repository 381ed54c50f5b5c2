"""Conditions named after a person are no names: "Parkinson", "Alzheimer", "Crohn", "Asperger".

The NER model and the name rules may read such a word ("heeft Parkinson", "De Parkinson Vereniging")
as a surname; propagation would then redact it everywhere as a name (5.1.2e), also in general text.
A PERSON entry that only the model proposed and whose every word is a word of a special-category term
is dropped here, before propagation: where it is about a person the SPECIAL recogniser redacts it
under 5.1.1d. A name rule's finding stays ("de heer Blind").
"""
from __future__ import annotations

import regex as re

from ..findings import REDACT
from ..recognizers.name_lexicon import lexicon
from ..recognizers.special_vocab import vocabulary
from ..rules import Rules
from .model_names import MODEL_SOURCE
from .state import DocState

_WORD = re.compile(r"[\p{L}'’-]+")


def drop_condition_names(docs: list[DocState], rules: Rules) -> None:
    terms = vocabulary(rules).term_words
    if not terms:
        return
    lex = lexicon(rules)
    for d in docs:
        d.entries = [e for e in d.entries if not (e.entity == "PERSON" and e.decision == REDACT
                                                  and set(e.detectors) <= {MODEL_SOURCE}
                                                  and _only_terms(e.text, terms, lex.is_tussenvoegsel))]


def _only_terms(text: str, terms: frozenset[str], is_particle) -> bool:
    words = [w for w in _WORD.findall(text) if not is_particle(w)]
    return bool(words) and all(w.casefold() in terms for w in words)
