"""Build the demo documents in samples/ (run with `make samples`).

All personal data in these documents is invented. Each document shows one thing a Woo officer
meets every day: a citizen's letter, an e-mail thread, minutes with officials who stay readable,
a Word memo with tracked changes and a comment, and a scanned page that needs OCR.
"""
from __future__ import annotations

import sys
from pathlib import Path

import docx
import pymupdf
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

LETTER = """Sanne Verhoeven
Lindenlaan 14
3512 AB Utrecht
Telefoon: 06-41 87 22 95
E-mail: sanne.verhoeven@mailbox.nl

Aan het college van burgemeester en wethouders
Postbus 16200
3500 CE Utrecht

Utrecht, 3 maart 2026

Betreft: verzoek om tegemoetkoming na wateroverlast

Geacht college,

Op 14 februari 2026 is de kelder van mijn woning aan de Lindenlaan volgelopen. Ik verzoek u om een tegemoetkoming uit de regeling voor wateroverlast. Mijn burgerservicenummer is 111222333 en ik ben geboren op 12-07-1984. De tegemoetkoming kan worden overgemaakt op rekeningnummer NL91 ABNA 0417 1643 00 ten name van S. Verhoeven.

Tijdens de informatieavond van 20 februari zei wethouder Karin Dijkhuis dat bewoners van de wijk een aanvraag konden indienen. Mevrouw Verhoeven heeft daarop contact opgenomen met de heer Bram Oosterhuis van het wijkteam (tel. 030 - 286 10 00).

Met vriendelijke groet,

Sanne Verhoeven
"""

EMAIL_1 = """Van: Yildiz, Kübra <k.yildiz@utrecht.nl>
Verzonden: dinsdag 10 maart 2026 09:14
Aan: Woo-verzoeken <woo@utrecht.nl>
CC: Piotr Kowalczyk <p.kowalczyk@utrecht.nl>
Onderwerp: RE: aanvraag tegemoetkoming wateroverlast

Hoi Piotr,

De aanvraag van mevrouw Verhoeven is compleet. Zij woont op Lindenlaan 14, 3512 AB Utrecht en is bereikbaar op 06-41 87 22 95. Haar auto (kenteken 52-KLX-7) stond in de garage en is ook beschadigd. Kun jij de schade laten opnemen? Burgemeester Ahmed Ouali wil donderdag een overzicht voor het college.

Groet,
Kübra Yildiz
Adviseur Wonen, gemeente Utrecht
T 030 - 286 14 52
"""

EMAIL_2 = """Van: Kowalczyk, Piotr <p.kowalczyk@utrecht.nl>
Verzonden: dinsdag 10 maart 2026 11:02
Aan: Yildiz, Kübra <k.yildiz@utrecht.nl>
Onderwerp: RE: RE: aanvraag tegemoetkoming wateroverlast

Dag Kübra,

Prima, ik plan de opname met Verhoeven in voor volgende week. Voor het dossier: haar paspoort heeft documentnummer NWR7K2LP4 en haar zoon Daan Verhoeven woont op hetzelfde adres.

Met vriendelijke groet,

Piotr Kowalczyk
"""

SCAN = """Meldingsformulier schade
Naam melder: Rajesh Ramdin
Adres: Kerkstraat 8, 3581 RC Utrecht
Telefoon: 06-12 34 56 78
Omschrijving: water in de kelder na hevige regen.
"""


def write_pdf(path: Path, pages: list[str], title: str) -> None:
    """A born-digital PDF, one text block per page, with a title and an author in its metadata."""
    doc = pymupdf.open()
    font = {"fontname": "dejavu", "fontfile": FONT} if Path(FONT).exists() else {"fontname": "helv"}
    for text in pages:
        page = doc.new_page()
        page.insert_textbox(pymupdf.Rect(60, 60, 540, 800), text, fontsize=10.5, **font)
    doc.set_metadata({"title": title, "author": "Kübra Yildiz", "producer": "samples/make_samples.py"})
    doc.subset_fonts()
    doc.save(path, garbage=3, deflate=True)
    doc.close()


def write_scan(path: Path, text: str) -> None:
    """An image-only PDF: the text rendered at 200 dpi and placed as a picture (needs OCR)."""
    src = pymupdf.open()
    font = {"fontname": "dejavu", "fontfile": FONT} if Path(FONT).exists() else {"fontname": "helv"}
    drawn = src.new_page()
    drawn.insert_textbox(pymupdf.Rect(60, 60, 540, 800), text, fontsize=12, **font)
    pix = drawn.get_pixmap(dpi=200, colorspace=pymupdf.csRGB)
    out = pymupdf.open()
    page = out.new_page(width=drawn.rect.width, height=drawn.rect.height)
    page.insert_image(page.rect, stream=pix.tobytes("png"))
    out.save(path, garbage=3, deflate=True)


def write_minutes_docx(path: Path) -> None:
    """Minutes with an attendance list, a table, a header, a comment and a tracked deletion."""
    d = docx.Document()
    d.core_properties.author = "Anouk de Wit"
    d.core_properties.title = "Verslag bewonersoverleg Lindenlaan"
    d.sections[0].header.paragraphs[0].text = "Gemeente Utrecht — verslag bewonersoverleg"
    d.sections[0].footer.paragraphs[0].text = "Opgesteld door Anouk de Wit, notulist"
    d.add_heading("Verslag bewonersoverleg wateroverlast", level=1)
    d.add_paragraph("Datum: 18 maart 2026, wijkcentrum De Linde")
    d.add_paragraph("Aanwezig: burgemeester Ahmed Ouali, wethouder Karin Dijkhuis, raadslid Joost Brink (GL), "
                    "Bram Oosterhuis (wijkteam), Youssef El Idrissi, Sanne Verhoeven")
    d.add_paragraph("Afwezig: Mei Ling Chen")
    p = d.add_paragraph("1. Opening. De burgemeester opent de vergadering. De heer El Idrissi vraagt of de "
                        "gemeente de pomp aan de Lindenlaan vervangt.")
    d.add_comment(p.runs, text="Naam van de bewoner nog controleren bij Youssef", author="Anouk de Wit")
    p2 = d.add_paragraph("2. Schademeldingen. ")
    p2.add_run("Mevrouw Verhoeven meldt schade aan haar kelder.")
    # a tracked deletion: text Word keeps in the file although the reader does not see it
    p2._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="901" w:author="Anouk de Wit" w:date="2026-03-19T10:00:00Z">'
        '<w:r><w:delText xml:space="preserve"> Haar telefoonnummer is 06-41 87 22 95.</w:delText></w:r></w:del>'))
    table = d.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    for row, cells in zip(table.rows, [("Bewoner", "Adres", "Telefoon"),
                                       ("Youssef El Idrissi", "Lindenlaan 22", "06-28 19 44 03"),
                                       ("Mei Ling Chen", "Lindenlaan 9bis", "030-271 55 80")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    d.add_paragraph("3. Rondvraag. Wethouder Dijkhuis zegt toe dat het wijkteam contact opneemt. "
                    "Vragen kunnen naar wateroverlast@utrecht.nl.")
    for par in d.paragraphs:
        for run in par.runs:
            run.font.size = Pt(11)
    d.save(path)


def main(argv: list[str]) -> None:
    out = Path(argv[0] if argv else Path(__file__).parent)
    folder = out / "2026-0142 wateroverlast"
    folder.mkdir(parents=True, exist_ok=True)
    write_pdf(folder / "01 brief verzoek tegemoetkoming.pdf", [LETTER], "Verzoek tegemoetkoming")
    write_pdf(folder / "02 e-mailwisseling.pdf", [EMAIL_1, EMAIL_2], "RE: aanvraag tegemoetkoming")
    write_minutes_docx(folder / "03 verslag bewonersoverleg.docx")
    write_scan(folder / "04 meldingsformulier (scan).pdf", SCAN)
    print(f"samples written to {folder}")


if __name__ == "__main__":
    main(sys.argv[1:])
