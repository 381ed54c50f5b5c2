"""The IBAN recogniser (redact/recognizers/iban.py) on invented sentences: what it must find,
and the near misses it must leave. (Split by recogniser from the former tests/test_recognizers_units.py.)"""
from __future__ import annotations

import pytest

from redact.recognizers.iban import IbanRecognizer
from tests.unit.recognizers.spans import spans


# --------------------------------------------------------------------------------------------- IBAN
@pytest.mark.parametrize("text, found", [
    ("op rekening NL91 ABNA 0417 1643 00 ten name van", "NL91 ABNA 0417 1643 00"),
    ("IBAN NL91ABNA0417164300.", "NL91ABNA0417164300"),
    ("Belgische rekening BE68 5390 0754 7034", "BE68 5390 0754 7034"),
    ("Duitse rekening DE89370400440532013000 TNV", "DE89370400440532013000"),
    ("GB29 NWBK 6016 1331 9268 19", "GB29 NWBK 6016 1331 9268 19"),
    ("NL 91 ABNA 0417 1643 00", "NL 91 ABNA 0417 1643 00"),
    ("rekeningnummer NL91\nABNA 0417 1643 00 (regel afgebroken)", "NL91\nABNA 0417 1643 00"),
])
def test_iban_found(text, found):
    assert spans(IbanRecognizer(), text) == [found]


@pytest.mark.parametrize("text", ["NL91 ABNA 0417 1643 01", "NL91ABNA041716430", "XX91ABNA0417164300",
                                  "kenmerk NL12-2024-000123"])
def test_iban_near_misses(text):
    assert spans(IbanRecognizer(), text) == []
