"""The phone-number recogniser (redact/recognizers/phone.py) on invented sentences: what it must find,
and the near misses it must leave. Also the general numbers of organisations it keeps as
switchboards (redact/recognizers/switchboard.py, through PhoneRecognizer). (Split by recogniser from
the former tests/test_recognizers_units.py.)"""
from __future__ import annotations

import pytest

from redact.recognizers.phone import PhoneRecognizer
from tests.unit.recognizers.spans import spans


# -------------------------------------------------------------------------------------------- PHONE
@pytest.mark.parametrize("text, found", [
    ("bel 06-12345678 na vijven", "06-12345678"),
    ("mobiel 06 1234 5678", "06 1234 5678"),
    ("+31 6 12345678", "+31 6 12345678"),
    ("+31 (0)6 1234 5678", "+31 (0)6 1234 5678"),
    ("0031 6 1234 5678", "0031 6 1234 5678"),
    ("T 020-5551234", "020-5551234"),
    ("tel. (070) 123 45 67", "(070) 123 45 67"),
    ("06 - 12 34 56 78", "06 - 12 34 56 78"),
    ("0513 - 12 34 56", "0513 - 12 34 56"),
    ("in Polen: +48 601 223 874", "+48 601 223 874"),
    ("+31(0)6-12345678", "+31(0)6-12345678"),
    ("bel 06-\n12345678 (afgebroken regel)", "06-\n12345678"),
    ("U kunt mij bereiken op 0519\n- 12 34 56 of per e-mail.", "0519\n- 12 34 56"),
    ("Bel mij op 06\n12345678 (afgebroken regel)", "06\n12345678"),
])
def test_phone_found(text, found):
    assert spans(PhoneRecognizer(), text) == [found]


@pytest.mark.parametrize("text", [
    "zaaknummer 2024-118223", "op 13-03-2024 om 16:58", "[02-04-2024 08:03:40] Piet: ok", "€ 1.234,56",
    "postcode 3531 AB", "KvK 12345678", "kenmerk 0612345678", "van 09.00 - 12.00 uur", "bel 0900 - 1234",
    "gratis 0800 1234", "artikel 5.1 lid 2", "BSN 123456782",
])
def test_phone_near_misses(text):
    assert spans(PhoneRecognizer(), text) == []


def test_a_table_of_figures_holds_no_phone_numbers():
    table = "Tabel 3\n" + "\n".join(f"{i}.{i % 60:02d} {i * 7} {i * 13}" for i in range(400))
    assert spans(PhoneRecognizer(), table) == []


def test_two_numbers_in_one_run_are_two_findings():
    text = "bereikbaar op 06 12345678 / 020 1234567"
    assert spans(PhoneRecognizer(), text) == ["06 12345678", "020 1234567"]


@pytest.mark.parametrize("text, found", [
    ("Bel 013 - 543 88 21 voor een afspraak", "013 - 543 88 21"),  # dash with spaces, then pairs
    ("bereikbaar op 058 - 233 48 19.", "058 - 233 48 19"),
    ("tolk: +31 6 2719 0385", "+31 6 2719 0385"),
    ("Telefoon\n033 - 469 51 27", "033 - 469 51 27"),
])
def test_phone_spaced_separators(text, found):
    assert spans(PhoneRecognizer(), text, "PHONE") == [found]


# ------------------------------------------------------------------------ general numbers (SWITCHBOARD)
@pytest.fixture(scope="module")
def phone(rules):
    return PhoneRecognizer.from_rules(rules)


@pytest.mark.parametrize("text, number", [
    # a letterhead: the organisation, its address, its number
    ("Ministerie van Voorbeeldzaken\nDirectie Testbeleid\nPostbus 12345\n2500 ZZ Den Haag\nT 070 321 99 88\n\n"
     "Contactpersoon\nmr. P.Q. Testpersoon\nT 070 321 45 67", "070 321 99 88"),
    # a firm's letterhead naming the lawyer, then the office address and the office number
    ("Bezwaarschrift\nVoorbeeld & Partners Advocaten\nmr. A.B. Testjurist\nTeststraat 8, 9999 ZZ Ergens\n"
     "T 010 - 987 65 43 | secretariaat@voorbeeld.nl", "010 - 987 65 43"),
    # a row of a list of organisations, as text and as table cells (one per line)
    ("Algemene nummers\n\nGGD Testregio 088 - 11 22 333 infectieziekten", "088 - 11 22 333"),
    ("Raad voor de Testbescherming 088 - 11 22 444", "088 - 11 22 444"),
    ("Politie, geen spoed 088 - 11 22 555", "088 - 11 22 555"),
    ("Organisatie\nTelefoon\nGemeente Ergenshuizen\n0513 - 98 76 54\nkantoortijden", "0513 - 98 76 54"),
    # a phrase in the same sentence
    ("U kunt ook het algemene nummer van de gemeente bellen: 030 - 987 65 43.", "030 - 987 65 43"),
    ("Bel via het KCC op 050 - 123 45 67 voor een afspraak.", "050 - 123 45 67"),
])
def test_general_numbers_of_organisations_are_switchboards(phone, text, number):
    assert spans(phone, text, "SWITCHBOARD") == [number]
    assert number not in spans(phone, text, "PHONE")


@pytest.mark.parametrize("text, number", [
    # a signature: closing formula, person, organisation, number
    ("Met vriendelijke groet,\n\nTessa Testmedewerker\nAdviseur Wonen\nGemeente Ergenshuizen\n"
     "T 030 - 987 14 52", "030 - 987 14 52"),
    # a person above the organisation, no closing formula
    ("Tessa Testmedewerker\nGemeente Ergenshuizen\nT 030 - 987 14 52", "030 - 987 14 52"),
    # a person right above the number under a letterhead
    ("Gemeente Ergenshuizen\nmr. P.Q. Testpersoon\nT 070 321 45 67", "070 321 45 67"),
    # a contact person block
    ("Contactpersoon\nmr. P.Q. Testpersoon\nT 070 321 45 67", "070 321 45 67"),
    # a landline next to a mobile on one line: someone's contact line
    ("Gemeente Ergenshuizen\nT 075 - 987 47 32 | M 06 1234 5678", "075 - 987 47 32"),
    # a mobile is never an organisation's general number
    ("GGD Testregio 06 1234 5678", "06 1234 5678"),
    # a list of people: the row starts with a person, the organisation comes after
    ("Testpersoon, Anna school, OBS De Voorbeeld 0513 62 44 91", "0513 62 44 91"),
    # a sentence about an organisation, not its name
    ("Gemeente Ergenshuizen heeft Testpersoon gebeld op 0513 62 44 91", "0513 62 44 91"),
    # the row starts with an organisation, but names a person
    ("Gemeente Ergenshuizen, A. Testpersoon 0513 62 44 91", "0513 62 44 91"),
    # the phrase and the number are in different sentences, or something personal sits between them
    ("Het algemene nummer is 14 0999. Zij is direct bereikbaar op 033 - 987 51 27.", "033 - 987 51 27"),
    ("Bel de receptie of mij direct op 020 - 987 65 43.", "020 - 987 65 43"),
    # a private letter: the writer's address and number
    ("A. Testbewoner\nTeststraat 86b\n9999 ZZ Ergens\ntel 010-9873896", "010-9873896"),
    ("Behandeld door: Tessa Testmedewerker\nTelefoon: 058 - 987 48 19", "058 - 987 48 19"),
])
def test_personal_numbers_near_organisations_stay_personal(phone, text, number):
    assert number in spans(phone, text, "PHONE")
    assert spans(phone, text, "SWITCHBOARD") == []
