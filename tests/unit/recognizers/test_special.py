"""Special categories of personal data (ground 5.1.1d) through the whole pipeline, on a real DOCX
and a real PDF: the passages about a person are redacted with 5.1.1d and a rule id that names the
category; general policy text and an organisation's name stay readable, the organisation recorded
as kept."""
from __future__ import annotations

import json
import textwrap

import pymupdf
import pytest

from redact.formats.pdf import ocr
from tests.builders import make_pdf, pdf_text, require_tool
from tests.docx_builders import all_part_text, make_docx, p

LETTER = [
    "Gemeente Voorbeeldstad, team Wmo",
    "Onderwerp: uw aanvraag voor een scootmobiel",
    "Geachte mevrouw Testmans,",
    "U vroeg op 3 maart een scootmobiel aan. Uit het gesprek bleek dat u sinds 2019 lijdt aan multiple "
    "sclerose en dat u chronische rugklachten heeft.",
    "Uw dochter vertelde dat zij lid is van de moskee Al Noor in Voorbeeldstad.",
    "GGZ Centraal heeft een subsidie ontvangen voor het nieuwe inloophuis.",
    "Het beleid voor mensen met diabetes blijft ongewijzigd.",
]
GONE = ["multiple", "sclerose", "chronische rugklachten", "moskee Al Noor"]
STAYS = ["GGZ Centraal", "het beleid voor mensen met diabetes"]


def _manifest(out_dir, result) -> dict:
    return json.loads((out_dir / result.manifest).read_text("utf-8"))


def _check_published(out: str) -> None:
    for gone in GONE:
        assert gone not in out, gone
    for stays in STAYS:
        assert stays.lower() in out.lower(), stays


def _check_manifest(m: dict) -> None:
    special = [e for e in m["redactions"] if e["ground"] == "5.1.1d"]
    texts = " ".join(e["text"] for e in special)
    for gone in ["multiple", "rugklachten", "Al Noor"]:
        assert gone in texts, (gone, texts)
    rules = {r for e in special for r in e["rules"]}
    assert any(r.startswith("special.health.") for r in rules), rules
    assert any(r.startswith("special.religion.") for r in rules), rules
    kept = [e for e in m["kept"] if e["entity"] == "SPECIAL_KEPT"]
    assert [e["text"] for e in kept] == ["GGZ Centraal"], kept
    assert not any("diabetes" in e["text"] for e in m["redactions"])


def test_docx_special_categories(tmp_path, redactor):
    src = make_docx(tmp_path / "besluit.docx", "".join(p(line) for line in LETTER))
    result = redactor.redact_file(src, tmp_path / "out")
    assert result.status == "published", result.reason
    out = all_part_text(tmp_path / "out" / "publish" / "besluit.docx")
    _check_published(out)
    assert "5.1, 1, d" in out
    _check_manifest(_manifest(tmp_path / "out", result))


def test_pdf_special_categories(tmp_path, redactor):
    src = make_pdf(tmp_path / "besluit.pdf", ["\n".join(textwrap.fill(line, 90) for line in LETTER)], fontsize=9)
    result = redactor.redact_file(src, tmp_path / "out")
    assert result.status == "published", result.reason
    out = " ".join(pdf_text(tmp_path / "out" / "publish" / "besluit.pdf").split())
    _check_published(out)
    assert "5.1.1d" in result.grounds
    _check_manifest(_manifest(tmp_path / "out", result))


def test_txt_special_categories(tmp_path, redactor):
    src = tmp_path / "besluit.txt"
    src.write_text("\n\n".join(LETTER), "utf-8")
    result = redactor.redact_file(src, tmp_path / "out")
    assert result.status == "published", result.reason
    out = (tmp_path / "out" / "publish" / "besluit.txt").read_text("utf-8")
    _check_published(out)
    assert "[5.1, 1, d]" in out
    _check_manifest(_manifest(tmp_path / "out", result))


def test_scanned_special_categories(tmp_path, redactor):
    """A scan: OCR reads the text, the condition's words are blanked and a fresh OCR reads the ground."""
    require_tool("tesseract")
    from tests.unit.formats.pdf.test_ocr import _scan

    lines = ["Geachte mevrouw Testmans,", "Uit het gesprek bleek dat u lijdt aan multiple sclerose.",
             "GGZ Centraal heeft een subsidie ontvangen."]
    src = _scan(tmp_path / "scan.pdf", [(72, 90 + 20 * i, t) for i, t in enumerate(lines)])
    result = redactor.redact_file(src, tmp_path / "out")
    assert result.status == "published", result.reason
    with pymupdf.open(tmp_path / "out" / "publish" / "scan.pdf") as doc:
        read = " ".join(w.text for w in ocr.read_page(doc[0], dpi=200))
    assert "sclerose" not in read and "multiple" not in read, read
    assert "GGZ Centraal" in read, read
    assert "5.1" in read and "1, d" in read.replace(",d", ", d"), read


@pytest.mark.parametrize("text", [
    "De Wet verplichte ggz geldt sinds 2020 voor iedereen die verplichte zorg krijgt.",
    "Inwoners met een lichamelijke beperking kunnen een scootmobiel aanvragen.",
    "Wethouder Bakker opende vrijdag de nieuwe moskee aan de Dorpsstraat.",
    "Het Diabetesfonds organiseert een wandeltocht.",
])
def test_general_text_stays(text, redactor):
    assert not [e for e in redactor.decide_text(text) if e.redacted and e.ground == "5.1.1d"]


@pytest.mark.parametrize("text, gone, category", [
    ("Mevrouw Jansen lijdt aan diabetes type 2.", "diabetes type 2", "health"),
    ("Hij heeft sinds vorig jaar een gokverslaving.", "gokverslaving", "health"),
    ("De heer De Vries is lid van de FNV.", "FNV", "union"),
    ("Betrokkene is van Marokkaanse afkomst.", "Marokkaanse afkomst", "origin"),
    ("Volgens haar buurman is zij lesbisch.", "lesbisch", "sexuality"),
    ("De heer Smit stemt al jaren op de PVV.", "PVV", "politics"),
    ("Mevrouw Bos heeft weer een depressieve periode.", "depressieve periode", "health"),  # -ve: depressief
    ("Sinds de beroerte kan de heer Kok niet zelfstandig lopen.", "niet zelfstandig lopen", "health"),
    ("Volgens zijn vrouw drinkt hij te veel.", "drinkt hij te veel", "health"),
    ("Mevrouw Amrani gaat naar het vrijdaggebed in de Al Fourkaan moskee.", "vrijdaggebed in de Al Fourkaan moskee",
     "religion"),
    ("Haar psychiater van Altrecht schreef methylfenidaat (Medikinet) 20 mg voor.", "Medikinet) 20 mg", "health"),
])
def test_category_named_in_rule(text, gone, category, redactor):
    hits = [e for e in redactor.decide_text(text) if e.redacted and e.ground == "5.1.1d"]
    assert any(gone in e.text for e in hits), hits
    assert any(r.startswith(f"special.{category}.") for e in hits for r in e.rules), hits


def test_condition_named_after_someone_is_no_name(redactor):
    text = ("Haar man heeft de ziekte van Parkinson. De Parkinson Vereniging geeft voorlichting in de "
            "bibliotheek. Mevrouw Jansen heeft Alzheimer.")
    entries = redactor.decide_text(text)
    assert not [e for e in entries if e.entity == "PERSON" and "Parkinson" in e.text], entries
    kept = [e.text for e in entries if not e.redacted and e.entity == "SPECIAL_KEPT"]
    assert kept == ["Parkinson Vereniging"], entries
    special = [e.text for e in entries if e.redacted and e.ground == "5.1.1d"]
    assert special == ["ziekte van Parkinson", "Alzheimer"], entries


def test_public_official_is_kept(redactor):
    entries = redactor.decide_text("Wethouder Bakker vertelde in de raad dat hij lid is van de FNV.")
    assert not [e for e in entries if e.redacted and e.ground == "5.1.1d"], entries
    assert [e.rules for e in entries if e.entity == "SPECIAL_KEPT"] == [["special.kept.official.union"]], entries


@pytest.mark.parametrize("line, word, hit", [
    ("kanker", "longkanker", True),  # head of a compound
    ("kanker", "kankerpatiënten", True),  # first part, inflected
    ("kanker", "kankeronderzoek", False),  # a general tail
    ("=ziek", "zieke", True),
    ("=ziek", "ziekenhuis", False),
    ("~pijn", "rugpijn", True),
    ("~pijn", "pijn", False),
    ("ADHD", "ADHD", True),
    ("ADHD", "adhd", False),  # capitals only; the list adds "=adhd" where lower case is usual
    ("depressie", "depressies", True),
])
def test_term_syntax(line, word, hit):
    from redact.recognizers.special_vocab import CategoryTerms

    assert CategoryTerms.parse("health", [line]).matches(word, ("onderzoek", "beleid")) is hit


def test_a_surname_that_is_a_word_stays_a_name(redactor):
    entries = redactor.decide_text("De heer Blind is sinds maandag ziek.")
    assert [(e.text, e.ground) for e in entries if e.redacted] == [("Blind", "5.1.2e"), ("ziek", "5.1.1d")], entries
