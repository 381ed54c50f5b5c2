"""Shared fixtures: the shipped rules and a Redactor (built once per session)."""
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
