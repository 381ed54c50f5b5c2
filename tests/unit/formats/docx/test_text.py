"""Visible text in every DOCX story: body (spans split over runs), nested tables, headers and footers
of each type, footnotes, endnotes, text boxes, content controls, hyperlinks (text and mailto target)
and field results are redacted; formatting of the text around a span is kept.

Mainly redact/formats/docx/text.py, through the Redactor. Formerly tests/test_docx_text.py."""
from __future__ import annotations

import zipfile

import docx
import pytest
from lxml import etree

from tests.docx_builders import all_part_text, make_docx, p, r, table, textbox

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LABEL = "5.1, 2, e"


def valid_bsn(first8: str) -> str:
    """Complete eight digits to a number that passes the 11-test."""
    total = sum(int(c) * w for c, w in zip(first8, range(9, 1, -1)))
    for last in range(10):
        if (total - last) % 11 == 0:
            return first8 + str(last)
    raise ValueError("no check digit for this prefix; pick another")


def valid_iban(bank: str, account: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bank + account + "NL00")
    return f"NL{98 - int(digits) % 97:02d}{bank}{account}"


BSN = valid_bsn("24681358")
IBAN = valid_iban("RABO", "0312758844")
SECRETS = {
    "split runs": "wouter.brandsema@hotmail.com",
    "nested table": "06 3481 2297",
    "header default": "k.hoogeveen@ziggo.nl",
    "header first": "06 4812 9953",
    "header even": "t.lammertsma@planet.nl",
    "footer default": "m.dijkhuizen@kpnmail.nl",
    "footnote": BSN,
    "endnote": IBAN,
    "text box": "f.groeneveld@xs4all.nl",
    "content control": "s.wiersma@outlook.com",
    "hyperlink target": "g.hoekstra@casema.nl",
    "hyperlink text": "b.veenstra@gmail.com",
    "field result": "r.smitsma@chello.nl",
}


def _body() -> str:
    s = SECRETS
    split = s["split runs"]
    body = p(r("Contact: ", bold=True), r(split[:6], bold=True), r(split[6:15], italic=True), r(split[15:]),
             r(", graag vóór vrijdag reageren."))
    nested = table([[p("Gegevens"), table([[p("Melder"), p(f"Telefoon {s['nested table']}")]]) + p("")]])
    notes = p("Zie de voetnoot", '<w:r><w:footnoteReference w:id="1"/></w:r>', " en eindnoot",
              '<w:r><w:endnoteReference w:id="1"/></w:r>', ".")
    box = p(textbox(p(f"Bewoner mailt via {s['text box']} over de overlast.")))
    sdt = p("Indiener: ", '<w:sdt><w:sdtPr><w:alias w:val="Indiener"/></w:sdtPr><w:sdtContent>'
            + r(s["content control"]) + "</w:sdtContent></w:sdt>", " (per e-mail).")
    links = p("Neem ", '<w:hyperlink r:id="rIdL1">' + r("contact op met de melder") + "</w:hyperlink>",
              " of schrijf ", '<w:hyperlink r:id="rIdL2">' + r(s["hyperlink text"]) + "</w:hyperlink>",
              ", algemene vragen: ", '<w:hyperlink r:id="rIdL3">' + r("info@gemeente.nl") + "</w:hyperlink>.")
    field = ('<w:p><w:r><w:t xml:space="preserve">Melder: </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             f'<w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:{s["field result"]}" </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r(s["field result"])
             + '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    return body + nested + notes + box + sdt + links + field + p("Zaaknummer Z-2024-0042 blijft leesbaar.")


@pytest.fixture(scope="module")
def redacted(tmp_path_factory, redactor):
    s = SECRETS
    tmp = tmp_path_factory.mktemp("text")
    src = make_docx(
        tmp / "melding.docx", _body(),
        headers={"default": p(f"Behandelaar {s['header default']}"), "first": p(f"Bereikbaar op {s['header first']}"),
                 "even": p(f"Kopie aan {s['header even']}")},
        footers={"default": p(f"Vragen? Mail {s['footer default']}")},
        footnotes=[p(f"Burgerservicenummer {s['footnote']} van de melder.")],
        endnotes=[p(f"Terugbetaling op rekening {s['endnote']} van de melder.")],
        links={"rIdL1": f"mailto:{s['hyperlink target']}", "rIdL2": f"mailto:{s['hyperlink text']}",
               "rIdL3": "mailto:info@gemeente.nl"},
    )
    assert all(v in all_part_text(src) for k, v in s.items() if k != "split runs")  # that one is split over runs
    res = redactor.redact_file(src, tmp / "out")
    return res, tmp / "out" / "publish" / "melding.docx"


def _part(path, name) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(name))


def test_published(redacted):
    res, out = redacted
    assert res.status == "published", res.reason


@pytest.mark.parametrize("where", sorted(SECRETS))
def test_secret_gone_from_every_part(redacted, where):
    _, out = redacted
    dump = all_part_text(out).lower()
    assert SECRETS[where].lower() not in dump
    assert SECRETS[where].split("@")[0].split(".")[-1] not in dump


@pytest.mark.parametrize(("part", "label"), [
    ("word/header1.xml", LABEL), ("word/header2.xml", LABEL), ("word/header3.xml", LABEL),
    ("word/footer1.xml", LABEL), ("word/footnotes.xml", "5.1, 1, e"), ("word/endnotes.xml", LABEL)])
def test_label_in_each_story(redacted, part, label):
    _, out = redacted
    assert label in "".join(_part(out, part).itertext())


def test_span_over_three_runs_becomes_one_black_label_and_keeps_formatting(redacted):
    _, out = redacted
    body = _part(out, "word/document.xml")
    first = body.find(f".//{W}p")
    runs = first.findall(f"{W}r")
    texts = ["".join(x.itertext()) for x in runs]
    assert "".join(texts) == f"Contact: {LABEL}, graag vóór vrijdag reageren."
    label = [x for x in runs if "".join(x.itertext()) == LABEL]
    assert len(label) == 1
    rpr = label[0].find(f"{W}rPr")
    assert rpr.find(f"{W}shd").get(f"{W}fill") == "000000"
    assert rpr.find(f"{W}color").get(f"{W}val") == "FFFFFF"
    contact = runs[0]
    assert "".join(contact.itertext()) == "Contact: " and contact.find(f"{W}rPr/{W}b") is not None


def test_links_with_personal_data_are_unlinked_functional_mailbox_stays(redacted):
    _, out = redacted
    rels = etree.tostring(_part(out, "word/_rels/document.xml.rels")).decode()
    assert "mailto:info@gemeente.nl" in rels
    assert "rIdL1" not in rels and "rIdL2" not in rels
    text = "\n".join(par.text for par in docx.Document(str(out)).paragraphs)
    assert "contact op met de melder" in text and "info@gemeente.nl" in text


def test_untouched_text_and_text_box_copies(redacted):
    _, out = redacted
    body = "".join(_part(out, "word/document.xml").itertext())
    assert "Zaaknummer Z-2024-0042 blijft leesbaar." in body
    assert body.count("Bewoner mailt via") == 2  # DrawingML text box and its VML fallback
    # the text box twice, and split runs, nested table, content control, hyperlink text, field result
    assert body.count(LABEL) == 2 + 5


C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def test_chart_and_smartart_text_is_redacted_and_workbook_removed(tmp_path, redactor):
    chart = (f'<?xml version="1.0"?><c:chartSpace xmlns:c="{C_NS}" xmlns:a="{A_NS}" xmlns:r="{R_NS}"><c:chart>'
             "<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Meldingen van j.postma@ziggo.nl</a:t></a:r></a:p>"
             "</c:rich></c:tx></c:title><c:plotArea><c:barChart><c:ser><c:cat><c:strRef><c:strCache>"
             '<c:ptCount val="1"/><c:pt idx="0"><c:v>e.kuipers@home.nl</c:v></c:pt></c:strCache></c:strRef></c:cat>'
             '</c:ser></c:barChart></c:plotArea></c:chart><c:externalData r:id="rId1"/></c:chartSpace>')
    chart_rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                  'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                  '2006/relationships/package" Target="../embeddings/Werkmap1.xlsx"/></Relationships>')
    data = (f'<?xml version="1.0"?><dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/'
            f'diagram" xmlns:a="{A_NS}"><dgm:ptLst><dgm:pt modelId="1"><dgm:t><a:bodyPr/><a:p><a:r>'
            "<a:t>Contact: w.bosma@kpnmail.nl</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>")
    src = make_docx(tmp_path / "rapport.docx", p("Zie de grafiek."),
                    extra={"word/charts/chart1.xml": chart, "word/charts/_rels/chart1.xml.rels": chart_rels,
                           "word/embeddings/Werkmap1.xlsx": b"PK e.kuipers@home.nl", "word/diagrams/data1.xml": data},
                    extra_rels={"rIdChart": ("chart", "charts/chart1.xml"),
                                "rIdDgm": ("diagramData", "diagrams/data1.xml")})
    res = redactor.redact_file(src, tmp_path / "out")
    assert res.status == "published", res.reason
    out = tmp_path / "out" / "publish" / "rapport.docx"
    dump = all_part_text(out)
    for secret in ("postma", "kuipers", "bosma"):
        assert secret not in dump
    title = "".join(_part(out, "word/charts/chart1.xml").itertext())
    assert "Meldingen van" in title and LABEL in title
    assert _part(out, "word/charts/chart1.xml").find(f"{{{C_NS}}}externalData") is None
