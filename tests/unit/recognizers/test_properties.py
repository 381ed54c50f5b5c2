"""Property tests: every generated valid BSN, IBAN and Dutch plate is found in a sentence; a
number with one digit changed (which breaks the check digit) or a plate shape outside the sidecodes
is not. Generated mobiles are never an organisation's general number; generated landlines are one in
a letterhead, a list of organisations or after "het algemene nummer", and stay personal in a signature.

Spans the BSN, IBAN, plate and phone recognisers and recognizers/checksums.py with shared
generators, so kept whole here rather than split. Formerly tests/test_recognizers_properties.py."""
from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from redact.recognizers.bsn import BsnRecognizer
from redact.recognizers.checksums import BSN_WEIGHTS, IBAN_LENGTHS, bsn_valid, iban_valid, iban_with_check_digits
from redact.recognizers.iban import IbanRecognizer
from redact.recognizers.phone import PhoneRecognizer
from redact.recognizers.plate import SIDECODES, PlateRecognizer

BSN = BsnRecognizer()
IBAN = IbanRecognizer()
PLATE = PlateRecognizer()
PHONE = PhoneRecognizer()
DIGITS = "0123456789"
LETTERS = "BCDFGHJKLMNPRSTVXZ"  # the letters RDW issues
ALNUM = DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def found(recognizer, text: str, min_score: float = 0.4) -> list[str]:
    return [text[r.start:r.end] for r in recognizer.analyze(text, []) if r.score >= min_score]


@st.composite
def valid_bsns(draw) -> str:
    head = draw(st.lists(st.sampled_from(DIGITS), min_size=8, max_size=8))
    check = sum(int(c) * w for c, w in zip(head, BSN_WEIGHTS)) % 11
    assume(check < 10 and "".join(head) != "00000000")
    return "".join(head) + str(check)


def spaced(number: str, style: int) -> str:
    return [number, f"{number[:4]}.{number[4:6]}.{number[6:]}", f"{number[:3]} {number[3:6]} {number[6:]}"][style]


@settings(max_examples=150, deadline=None)
@given(valid_bsns(), st.integers(0, 2))
def test_valid_bsn_is_found(bsn, style):
    written = spaced(bsn, style)
    assert found(BSN, f"Het burgerservicenummer van aanvrager is {written}.") == [written]


@settings(max_examples=150, deadline=None)
@given(valid_bsns(), st.integers(1, 9), st.integers(0, 2))
def test_bsn_with_a_changed_digit_is_not_found(bsn, delta, style):
    broken = bsn[:8] + str((int(bsn[8]) + delta) % 10)
    assert not bsn_valid(broken)
    assert found(BSN, f"BSN: {spaced(broken, style)}") == []


@st.composite
def valid_ibans(draw) -> str:
    country = draw(st.sampled_from(sorted(IBAN_LENGTHS)))
    bban = "".join(draw(st.lists(st.sampled_from(ALNUM), min_size=IBAN_LENGTHS[country] - 4,
                                 max_size=IBAN_LENGTHS[country] - 4)))
    return iban_with_check_digits(country, bban)


def grouped(iban: str, spaces: bool) -> str:
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if spaces else iban


@settings(max_examples=200, deadline=None)
@given(valid_ibans(), st.booleans())
def test_valid_iban_is_found(iban, spaces):
    assert iban_valid(iban)
    written = grouped(iban, spaces)
    assert found(IBAN, f"Graag overmaken naar {written} onder vermelding van het kenmerk.") == [written]


@settings(max_examples=200, deadline=None)
@given(valid_ibans(), st.booleans(), st.integers(1, 9))
def test_iban_with_a_changed_digit_is_not_found(iban, spaces, delta):
    i = max(k for k, c in enumerate(iban) if c.isdigit() and k >= 4) if any(c.isdigit() for c in iban[4:]) else 2
    broken = iban[:i] + str((int(iban[i]) + delta) % 10) + iban[i + 1:]
    assert found(IBAN, f"rekening {grouped(broken, spaces)} t.n.v.") == []


@st.composite
def plates(draw) -> str:
    parts = []
    code = draw(st.sampled_from(SIDECODES))
    for kind, n in ((code[0], code[1]), (code[2], code[3]), (code[4], code[5])):
        alphabet = LETTERS if kind == "[A-Z]" else DIGITS
        parts.append("".join(draw(st.lists(st.sampled_from(alphabet), min_size=n, max_size=n))))
    return "-".join(parts)


@settings(max_examples=200, deadline=None)
@given(plates(), st.booleans())
def test_every_sidecode_is_found(plate, context):
    text = f"De {'auto met kenteken' if context else 'melding over'} {plate} is genoteerd."
    assert found(PLATE, text) == [plate]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["L", "D"]), min_size=3, max_size=3), st.lists(st.integers(1, 4), min_size=3,
                                                                                  max_size=3), st.data())
def test_shapes_outside_the_sidecodes_are_not_plates(kinds, sizes, data):
    shape = tuple(x for k, n in zip(kinds, sizes) for x in ("[A-Z]" if k == "L" else r"\d", n))
    assume(shape not in SIDECODES and shape != (r"\d", 1, "[A-Z]", 3, r"\d", 3))  # nor the Belgian 1-ABC-123
    parts = ["".join(data.draw(st.lists(st.sampled_from(LETTERS if k == "L" else DIGITS), min_size=n, max_size=n)))
             for k, n in zip(kinds, sizes)]
    assert found(PLATE, f"melding {'-'.join(parts)} genoteerd") == []


# ---------------------------------------------------------------------- phone numbers of organisations
AREAS = ["010", "013", "020", "023", "024", "026", "030", "033", "035", "036", "038", "040", "043", "045", "046",
         "050", "053", "055", "058", "070", "071", "072", "073", "074", "075", "076", "077", "078", "079"]


@st.composite
def mobiles(draw) -> str:
    d = "".join(draw(st.lists(st.sampled_from(DIGITS), min_size=8, max_size=8)))
    return draw(st.sampled_from([f"06-{d}", f"06 {d[:4]} {d[4:]}", f"06 - {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
                                 f"+31 6 {d[:4]} {d[4:]}", f"+31 (0)6 {d}", f"0031 6 {d}", f"06{d}"]))


@st.composite
def landlines(draw) -> str:
    area = draw(st.sampled_from(AREAS))
    d = draw(st.sampled_from("23456789")) + "".join(draw(st.lists(st.sampled_from(DIGITS), min_size=6, max_size=6)))
    return draw(st.sampled_from([f"{area} - {d[:3]} {d[3:5]} {d[5:]}", f"{area} {d[:3]} {d[3:5]} {d[5:]}",
                                 f"({area}) {d}", f"{area}-{d}", f"+31 {area[1:]} {d[:3]} {d[3:]}"]))


def kinds(text: str) -> dict[str, str]:
    return {text[r.start:r.end]: r.entity_type for r in PHONE.analyze(text, []) if r.score >= 0.4}


ORG_PLACES = ["Gemeente Ergenshuizen\nPostbus 123\n9999 ZZ Ergens\nT {n}",
              "GGD Testregio {n} infectieziekten",
              "Organisatie\nTelefoon\nStichting Voorbeeld\n{n}",
              "Bel het algemene nummer {n} voor een afspraak."]


@settings(max_examples=150, deadline=None)
@given(mobiles(), st.sampled_from(ORG_PLACES))
def test_a_mobile_is_never_an_organisations_number(number, place):
    assert kinds(place.format(n=number)) == {number: "PHONE"}


@settings(max_examples=150, deadline=None)
@given(landlines(), st.sampled_from(ORG_PLACES))
def test_a_landline_in_an_organisations_place_is_its_general_number(number, place):
    assert kinds(place.format(n=number)) == {number: "SWITCHBOARD"}


@settings(max_examples=150, deadline=None)
@given(landlines(), st.sampled_from(["Met vriendelijke groet,\n\nP. Testmedewerker\nGemeente Ergenshuizen\nT {n}",
                                     "Contactpersoon\nP. Testmedewerker\nT {n}",
                                     "Gemeente Ergenshuizen\nT {n} | M 06 1234 5678",
                                     "Behandeld door: P. Testmedewerker, telefoon {n}",
                                     "U kunt mij direct bellen op {n}."]))
def test_a_landline_of_a_person_stays_personal(number, place):
    assert kinds(place.format(n=number)).get(number) == "PHONE"
