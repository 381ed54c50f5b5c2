"""The BSN recogniser (redact/recognizers/bsn.py) on invented sentences: what it must find,
and the near misses it must leave. (Split by recogniser from the former tests/test_recognizers_units.py.)"""
from __future__ import annotations

import pytest

from redact.recognizers.bsn import BsnRecognizer
from tests.unit.recognizers.spans import spans


# ---------------------------------------------------------------------------------------------- BSN
@pytest.mark.parametrize("text, found", [
    ("Burgerservicenummer: 111222333", "111222333"),
    ("BSN 1112.22.333 van de aanvrager", "1112.22.333"),
    ("bsn-nummer 111 222 333.", "111 222 333"),
    ("sofinummer 123456782", "123456782"),
    ("BSN: 12.34.56.782", "12.34.56.782"),
    ("BSN 123-456-782", "123-456-782"),
])
def test_bsn_found(text, found):
    assert spans(BsnRecognizer(), text) == [found]


@pytest.mark.parametrize("text", [
    "BSN 111222334",  # fails the 11-test
    "zaaknummer 123456782",  # passes the test, but is labelled as another number
    "KvK 12345678",
    "bedrag 123.456.782,00 euro",
    "telefoon 0612345678",
    "BSN 1234567820",  # ten digits
    "nummer 123-456-782",  # dashed like a case number, and no BSN word
])
def test_bsn_near_misses(text):
    assert spans(BsnRecognizer(), text) == []


def test_bsn_without_context_is_a_suggestion():
    [r] = BsnRecognizer().analyze("nummer 123456782 genoteerd", [])
    [c] = BsnRecognizer().analyze("BSN 123456782", [])
    assert r.score < 0.6 <= c.score
