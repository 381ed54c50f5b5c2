"""Each Dutch recogniser on invented sentences: what it must find, and the near misses it must leave."""
from __future__ import annotations

import pytest

from redact.recognizers.address import AddressRecognizer
from redact.recognizers.birthdate import BirthdateRecognizer
from redact.recognizers.bsn import BsnRecognizer
from redact.recognizers.iban import IbanRecognizer
from redact.recognizers.iddoc import IdDocRecognizer
from redact.recognizers.phone import PhoneRecognizer
from redact.recognizers.plate import PlateRecognizer


def spans(recognizer, text: str, entity: str | None = None, min_score: float = 0.4) -> list[str]:
    return [text[r.start:r.end] for r in recognizer.analyze(text, [])
            if r.score >= min_score and (entity is None or r.entity_type == entity)]


@pytest.fixture(scope="module")
def address(rules):
    return AddressRecognizer.from_rules(rules)


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
