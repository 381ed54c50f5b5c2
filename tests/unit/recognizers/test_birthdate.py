"""The birth-date recogniser (redact/recognizers/birthdate.py) on invented sentences: what it must find,
and the near misses it must leave. (Split by recogniser from the former tests/test_recognizers_units.py.)"""
from __future__ import annotations

import pytest

from redact.recognizers.birthdate import BirthdateRecognizer
from tests.unit.recognizers.spans import spans


# ---------------------------------------------------------------------------------------- BIRTHDATE
@pytest.mark.parametrize("text, found", [
    ("geboren op 3 juni 1961 te Utrecht", "3 juni 1961"), ("geb. 02-01-1949", "02-01-1949"),
    ("| Geboortedatum | 12-11-1983 |", "12-11-1983"), ("Piet, geboren 21-07-1990, wonende", "21-07-1990"),
    ("geboren in 1961 te Paramaribo", "1961"), ("geb. juni 1961", "juni 1961"),
])
def test_birthdate_found(text, found):
    assert spans(BirthdateRecognizer(), text) == [found]


def test_birthdate_column_of_a_table():
    text = ("| Naam | Geboortedatum | Datum melding |\n| A. Smit | 12-01-1980 | 01-02-2024 |\n"
            "| B. Smit | 13-02-1981 | 02-02-2024 |\n\nOp 1-3-2024 besloten.")
    assert spans(BirthdateRecognizer(), text) == ["12-01-1980", "13-02-1981"]


@pytest.mark.parametrize("text", ["besluit van 1 februari 2024", "Datum: 29 februari 2024",
                                  "geboren in Utrecht; de aanvraag is van 3 juni 2024 en ging lang niet goed",
                                  "het geboortecijfer daalde op 3 juni 2024"])
def test_birthdate_near_misses(text):
    assert spans(BirthdateRecognizer(), text) == []
