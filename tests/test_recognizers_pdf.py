"""The recognisers on a real born-digital PDF: personal data is gone from the published file's text,
office data and ordinary numbers stay readable."""
from __future__ import annotations

from tests.builders import make_pdf, pdf_text

PAGE = """Gemeente Ergenshuizen, team Vergunningen
Postbus 4321
9999 AA Ergenshuizen

Mevrouw R.T. Voorbeeld-Testmans
Kastanjelaan 212-hs
9998 CC Ergenshuizen

Datum: 8 april 2024          Ons kenmerk: 2024-VG-004411
Onderwerp: uw aanvraag gehandicaptenparkeerkaart

U bent geboren op 17-09-1951. Uw burgerservicenummer is 123456782
en uw auto heeft kenteken 7-TZX-41. Uw rijbewijs heeft nummer 4917205538.
De leges van € 71,50 zijn afgeschreven van NL91 ABNA 0417 1643 00.
Vragen? Bel 14 0999 of uw contactpersoon op 06 - 87 65 43 21,
of mail naar vergunningen@ergenshuizen.nl."""


def test_published_pdf_has_no_personal_numbers(tmp_path, redactor):
    src = make_pdf(tmp_path / "brief.pdf", [PAGE])
    result = redactor.redact_file(src, tmp_path / "out")
    out = pdf_text(tmp_path / "out" / "publish" / "brief.pdf")
    assert result.status == "published", result.reason
    for gone in ["Kastanjelaan", "212-hs", "9998 CC", "17-09-1951", "123456782", "7-TZX-41", "4917205538",
                 "0417", "87 65 43 21"]:
        assert gone not in out, gone
    for stays in ["Postbus 4321", "9999 AA", "8 april 2024", "2024-VG-004411", "71,50", "14 0999",
                  "vergunningen@ergenshuizen.nl"]:
        assert stays in out, stays
