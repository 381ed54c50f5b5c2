"""The licence-plate recogniser (redact/recognizers/plate.py) on invented sentences: what it must find,
and the near misses it must leave. (Split by recogniser from the former tests/test_recognizers_units.py.)"""
from __future__ import annotations

import pytest

from redact.recognizers.plate import PlateRecognizer
from tests.unit.recognizers.spans import spans


# -------------------------------------------------------------------------------------------- PLATE
@pytest.mark.parametrize("text, found", [
    ("kenteken GX-412-B", "GX-412-B"), ("een busje 12-ABC-3", "12-ABC-3"), ("auto 3-KTZ-93 geparkeerd", "3-KTZ-93"),
    ("rijdt in ZZ-99-99", "ZZ-99-99"), ("kenteken 1-ABC-123 (België)", "1-ABC-123"),
    ("met Duits kenteken B-KL 3381", "B-KL 3381"), ("Pools kenteken (WGM 4821K)", "WGM 4821K"),
])
def test_plate_found(text, found):
    assert spans(PlateRecognizer(), text) == [found]


@pytest.mark.parametrize("text", ["zaak Z-2024-001", "WOO-2024-12", "Mercedes E 220 diesel", "versie 1.2.3",
                                  "zaak 2024-BB-07731", "artikel 12-AB"])
def test_plate_near_misses(text):
    assert spans(PlateRecognizer(), text) == []
