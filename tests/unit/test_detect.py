"""The recognisers inside the real pipeline: grounds from policy, functional mailboxes and
switchboard numbers kept by the allow list, ordinary dates and numbers left alone, and no network
use at run time (Presidio's URL/e-mail recognisers would fetch the public-suffix list via tldextract).

Mainly redact/detect.py (the Detector over all recognisers). Formerly
tests/test_recognizers_policy.py."""
from __future__ import annotations

import socket

import pytest

from redact.detect import Detector
from redact.rules import load_rules

LETTER = """Gemeente Ergenshuizen
Postbus 1234
9999 AA Ergenshuizen
T 14 0999

Mevrouw J.K. Testbewoner
Zonnebloemstraat 17-II
9998 BB Ergenshuizen

Datum: 3 maart 2024
Ons kenmerk: 2024-ZZ-012345

Geachte mevrouw,

U bent geboren op 14 augustus 1972 en uw burgerservicenummer is 123456782. Wij maken het bedrag van
€ 1.250,00 over op NL91 ABNA 0417 1643 00. Uw auto met kenteken ZT-823-K mag op de stoep staan.
U kunt ons bellen op 020 555 55 55 of uw contactpersoon direct op 06-87654321; mailen kan naar
wijkbeheer@ergenshuizen.nl, info@ergenshuizen.nl of j.testbewoner@voorbeeldmail.nl.
"""


ORDINARY_PROSE = """Besluit op uw Woo-verzoek van 12 januari 2024, ons kenmerk 2024-0012345, zaaknummer Z/24/118223.
Op grond van artikel 5.1, tweede lid, onder e, van de Woo en artikel 5.2 lakken wij persoonsgegevens.
Zie Kamerstukken II 2023/24, 36 410, nr. 12 en Stb. 2021, 499; ECLI:NL:RVS:2023:1234 bevestigt dit.
De subsidie bedraagt € 12.500,00 (excl. 21% btw) voor de periode 2024-2026, te betalen in 4 termijnen.
Het bedrijf is ingeschreven bij de KvK onder nummer 12345678, RSIN 002220647, btw-nummer NL001234567B01.
De vergadering begon om 09.30 uur en eindigde om 11.45 uur; de volgende is op 03-04-2024 om 14:00.
In 2023 kwamen 1.234 meldingen binnen, waarvan 87 over geluidsoverlast; zie bijlage 3, pagina 12.
Versie 2.1.0 van het protocol (document 2024.03.15) is vastgesteld in de raadsvergadering van 14 maart.
Het project Stationsgebied fase 2 omvat 450 woningen en 3.200 m2 bedrijfsruimte aan de Westkade.
Bel bij spoed 112 of de gemeente via 14 020; het informatienummer 0800-1351 is gratis.
Het pand aan de Hoofdstraat is in 1923 gebouwd; de Hoofdstraat is 12 km lang, met 150 bomen.
Telefoonnotitie 2024/03/12: mevrouw meldt overlast. Registratienummer 0612345678 in het systeem.
Tussen 2019 en 2023 steeg het aantal aanvragen van 1200 naar 2400 per jaar (tabel 4.2).
"""


def test_ordinary_woo_prose_has_no_personal_numbers(rules):
    """Case numbers, article references, amounts, KvK/RSIN, times, dates, figures: none is personal data."""
    from redact.detect import get_detector
    findings = [f for f in get_detector(rules).analyze(ORDINARY_PROSE) if f.source != "SpacyRecognizer"]
    assert findings == []


def decisions(redactor, text):
    return {e.text: e for e in redactor.decide_text(text)}


def test_letter_decisions(redactor):
    d = decisions(redactor, LETTER)
    redacted = {t: e.ground for t, e in d.items() if e.decision == "redact"}
    for personal in ["Zonnebloemstraat 17-II", "9998 BB", "14 augustus 1972", "NL91 ABNA 0417 1643 00", "ZT-823-K",
                     "06-87654321", "j.testbewoner@voorbeeldmail.nl"]:
        assert redacted.get(personal) == "5.1.2e", personal
    assert redacted["123456782"] == "5.1.1e"
    kept = {t for t, e in d.items() if e.decision == "keep"}
    assert {"wijkbeheer@ergenshuizen.nl", "info@ergenshuizen.nl", "020 555 55 55"} <= kept
    for stays in ["9999 AA", "3 maart 2024", "2024-ZZ-012345", "1.250,00", "Postbus 1234", "14 0999"]:
        assert stays not in redacted, stays


def test_personal_address_at_a_government_domain_is_redacted(redactor):
    d = decisions(redactor, "Mail naar p.devries@ergenshuizen.nl of naar planning.team@ergenshuizen.nl")
    assert d["p.devries@ergenshuizen.nl"].decision == "redact"
    assert d["planning.team@ergenshuizen.nl"].decision == "keep"


@pytest.fixture
def no_network(monkeypatch):
    """A guard, not a mock of our code: any attempt to open a connection fails the test."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_detection_makes_no_network_calls(no_network):
    detector = Detector(load_rules())  # built inside the guard: loading must not fetch either
    text = ("Zie https://www.instagram.com/voorbeeld_profiel en www.example.org; mail j.jansen@example.co.uk "
            "of info@voorbeeld.nl, server 192.168.10.20.")
    entities = {f.entity for f in detector.analyze(text)}
    assert {"EMAIL", "URL", "IP_ADDRESS"} <= entities
    assert no_network == []


def test_presidio_predefined_email_recognizer_is_offline_too(no_network):
    """tldextract (behind Presidio's e-mail/URL recognisers) must use its bundled snapshot, never fetch."""
    from presidio_analyzer.predefined_recognizers import EmailRecognizer as PresidioEmail

    import redact.recognizers  # noqa: F401  (importing our package makes tldextract offline)

    results = PresidioEmail().analyze("mail p.devries@voorbeeld.co.uk vandaag", ["EMAIL_ADDRESS"])
    assert [r.entity_type for r in results] == ["EMAIL_ADDRESS"]
    assert no_network == []
