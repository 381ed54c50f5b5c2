"""The identity-document recogniser (redact/recognizers/iddoc.py) on invented sentences: what it must find,
and the near misses it must leave. (Split by recogniser from the former tests/test_recognizers_units.py.)"""
from __future__ import annotations

import pytest

from redact.recognizers.iddoc import IdDocRecognizer
from tests.unit.recognizers.spans import spans


# -------------------------------------------------------------------------------------------- IDDOC
@pytest.mark.parametrize("text, found", [
    ("paspoort NVK4R81J2", "NVK4R81J2"), ("rijbewijs, nummer 5203648817,", "5203648817"),
    ("legitimeerde zich met ID-kaart IR7H83KL4", "IR7H83KL4"), ("documentnummer: AB1234567", "AB1234567"),
])
def test_iddoc_found(text, found):
    assert spans(IdDocRecognizer(), text) == [found]


@pytest.mark.parametrize("text", ["NVK4R81J2", "nummer 5203648817", "paspoort en BSN 123456782",
                                  "rijbewijs gehaald in 2019"])
def test_iddoc_near_misses(text):
    assert spans(IdDocRecognizer(), text) == []
