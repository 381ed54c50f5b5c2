"""Shared fixtures: the shipped rules, their name lists and recogniser, a Redactor (built once per session)."""
from __future__ import annotations

import pytest

from redact import Redactor
from redact.rules import load_rules


@pytest.fixture(scope="session")
def rules():
    return load_rules()


@pytest.fixture(scope="session")
def redactor():
    return Redactor()


@pytest.fixture(scope="session")
def lex(rules):
    """The name lists of the shipped rules."""
    from redact.recognizers.name_lexicon import lexicon

    return lexicon(rules)


@pytest.fixture(scope="session")
def names(lex):
    """The rule-based name recogniser on the shipped lists."""
    from redact.recognizers.names import NameRecognizer

    return NameRecognizer(lex)
