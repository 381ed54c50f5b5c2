"""The address and postcode recogniser (redact/recognizers/address.py) on invented sentences: what it must find,
and the near misses it must leave. (Split by recogniser from the former tests/test_recognizers_units.py.)"""
from __future__ import annotations

import pytest

from redact.recognizers.address import AddressRecognizer
from tests.unit.recognizers.spans import spans


@pytest.fixture(scope="module")
def address(rules):
    return AddressRecognizer.from_rules(rules)


# ------------------------------------------------------------------------------------ ADDRESS / PC
@pytest.mark.parametrize("text, found", [
    ("woont aan de Kanaalstraat 112", ["Kanaalstraat 112"]),
    ("Jan van Galenstraat 34-III\n1056 CB Amsterdam", ["Jan van Galenstraat 34-III", "1056 CB"]),
    ("adres: Pieter de Kramerlaan 7 hs, 9999 ZZ Ergens", ["Pieter de Kramerlaan 7 hs", "9999 ZZ"]),
    ("Burgemeester Tromplaan 5A", ["Burgemeester Tromplaan 5A"]),
    ("Brink 12 te Deventer", ["Brink 12"]),  # a known street without a street-type word
    ("Mevrouw T. Bakker\nPostbus 45\n9999 ZZ Ergens", ["Postbus 45", "9999 ZZ"]),
    ("Laan van Nieuw Zuidoost 3, 9999 ZZ", ["Laan van Nieuw Zuidoost 3", "9999 ZZ"]),
    ("Hoofdweg Oost 12", ["Hoofdweg Oost 12"]),
    ("ik woon op de kanaalstraat 12 sinds mei", ["kanaalstraat 12"]),
    ("Kanaalstr. 12, 9999 ZZ Ergens", ["Kanaalstr. 12", "9999 ZZ"]),
    ("Nieuwe Binnenweg 123B-02, 9999 ZZ", ["Nieuwe Binnenweg 123B-02", "9999 ZZ"]),
    # the street is not recognisable, but a postcode under a name-and-number line is an address block
    ("P. Bakker\nOp Zuid 12a\n9999 ZZ Ergens", ["9999 ZZ"]),
    ("Mevrouw P. Bakker\n9999 ZZ Ergens", ["9999 ZZ"]),
])
def test_address_found(address, text, found):
    assert spans(address, text) == found


@pytest.mark.parametrize("text", [
    "Postbus 20018\n2500 EA Den Haag",  # a PO box of an organisation, and its postcode
    "De Gemeente Utrecht\nAfdeling Vergunningen\nStadsplateau 1\n3521 AZ Utrecht",  # letterhead
    "Bezoekadres: Stadsplein 1, 9999 AA Ergens",
    "in Mei 2024 en binnen 2 weken", "Artikel 5 lid 2", "Nummer 3 op de lijst", "de Hoofdstraat is 12 km lang",
    "Kanaalstraat 12% van de woningen",
    "ons postcodegebied 3531",
    "zie 2024 AB",
])
def test_address_near_misses(address, text):
    assert spans(address, text) == []


def test_address_in_running_text_after_an_organisation_is_still_found(address):
    text = "De gemeente bezocht de woning aan de Molenweg 3 op 2 mei."
    assert spans(address, text) == ["Molenweg 3"]
