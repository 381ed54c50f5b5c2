"""Hidden data in DOCX: every place Word keeps personal data beyond the visible text is emptied,
and the manifest counts what was removed. The test writes the XML of each hiding place itself.

Mainly redact/formats/docx/scrub.py, through the Redactor. Formerly tests/test_docx_hidden.py."""
from __future__ import annotations

import json
import zipfile

import docx
import pytest

from tests.docx_builders import all_part_text, image, make_docx, p, r

SECRETS = {
    "comment text": "Zwanebloem",
    "comment author": "Oudejaarsdag, Wilhelmina",
    "deleted text": "Kattenburgerstraat 41",
    "moved-away text": "Sneeuwklokje",
    "change history author": "Kwartelkoning",
    "core author": "Vlinderstrik, Annegien",
    "core modifier": "Tulpenbol, Reinout",
    "company": "Reigersnest Consultancy",
    "custom property": "Waterhoentje",
    "custom xml": "Fluitekruid",
    "glossary": "Paardenbloem",
    "document variable": "Zilverschoon",
    "template path": "Boterbloem",
    "alt text": "Madeliefje Hooijkaas",
    "embedded object": "Pinksterbloem",
    "alt chunk": "Klaprozenveld",
    "hidden text": "Korenbloemstraat 9",
    "field instruction": "Gentiaanblauw",
    "data binding": "Ratelaar",
}


def _body() -> str:
    s = SECRETS
    tracked = (
        '<w:p><w:commentRangeStart w:id="0"/>' + r("Het verzoek is ontvangen")
        + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
        + f'<w:del w:id="1" w:author="{s["change history author"]}" w:date="2024-01-01T00:00:00Z"><w:r>'
        f'<w:delText xml:space="preserve"> door de bewoner van {s["deleted text"]}</w:delText></w:r></w:del>'
        + f'<w:ins w:id="2" w:author="{s["change history author"]}" w:date="2024-01-01T00:00:00Z">'
        + r(" en in behandeling genomen") + "</w:ins>"
        + f'<w:moveFrom w:id="3" w:author="x"><w:r><w:t>{s["moved-away text"]}</w:t></w:r></w:moveFrom>'
        + r(".") + "</w:p>"
    )
    formatted = (f'<w:p><w:r><w:rPr><w:b/><w:rPrChange w:id="4" w:author="{s["change history author"]}">'
                 '<w:rPr/></w:rPrChange></w:rPr><w:t>Besluit</w:t></w:r></w:p>')
    hidden = p("Zie bijlage.", r(f" {s['hidden text']}", hidden=True))
    field = ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> '
             f'DOCPROPERTY {s["field instruction"]} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
             '</w:r><w:r><w:t>Afdeling Vergunningen</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
             '<w:r><w:t xml:space="preserve"> pagina </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar '
             'w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
             "</w:p>")
    bound = ('<w:sdt><w:sdtPr><w:alias w:val="Zaak"/><w:dataBinding w:xpath="/root/naam[1]" '
             'w:storeItemID="{6B3A0E6C-0000-4000-8000-000000000001}" '
             f'w:prefixMappings="xmlns:x=\'{s["data binding"]}\'"/>'
             "</w:sdtPr><w:sdtContent>" + p("Zaak 2024-118") + "</w:sdtContent></w:sdt>")
    ole = ('<w:p><w:r><w:object w:dxaOrig="1440" w:dyaOrig="1440"><v:shape id="ole1" style="width:72pt;height:72pt">'
           '<v:imagedata r:id="rIdImg" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="Package" '
           'ShapeID="ole1" DrawAspect="Icon" ObjectID="_1" r:id="rIdOle"/></w:object></w:r></w:p>')
    pic = p(image("rIdImg", f"Foto van {s['alt text']}", title=s["alt text"]))
    return tracked + formatted + hidden + field + bound + ole + pic + '<w:altChunk r:id="rIdAlt"/>' + p("Einde.")


@pytest.fixture(scope="module")
def redacted(tmp_path_factory, redactor):
    s = SECRETS
    tmp = tmp_path_factory.mktemp("hidden")
    src = make_docx(
        tmp / "besluit.docx", _body(),
        comments=[(s["comment author"], f"Bellen met {s['comment text']} over de termijn")],
        core={"creator": s["core author"], "lastModifiedBy": s["core modifier"], "title": "Besluit op verzoek"},
        app={"Company": s["company"], "Template": "Normal.dotm"},
        custom={"Behandelaar": s["custom property"]},
        settings=f'<w:docVars><w:docVar w:name="behandelaar" w:val="{s["document variable"]}"/></w:docVars>',
        template=f"file:///C:/Users/{s['template path']}/Sjablonen/brief.dotm",
        thumbnail=True, custom_xml=f'<root xmlns="urn:x"><naam>{s["custom xml"]}</naam></root>',
        glossary=p(f"Bouwsteen met {s['glossary']}"),
        alt_chunk=f"<html><body><p>{s['alt chunk']}</p></body></html>",
        ole=f"OLE10Native {s['embedded object']}".encode("utf-16-le"), picture=True,
    )
    assert all(v in all_part_text(src) for v in SECRETS.values())  # the test plants what it checks
    res = redactor.redact_file(src, tmp / "out")
    out = tmp / "out" / "publish" / "besluit.docx"
    manifest = json.loads((tmp / "out" / res.manifest).read_text())
    return res, out, manifest


def test_published(redacted):
    res, out, _ = redacted
    assert res.status == "published", res.reason
    assert out.exists()


@pytest.mark.parametrize("where", sorted(SECRETS))
def test_secret_gone_from_every_part(redacted, where):
    _, out, _ = redacted
    assert SECRETS[where].lower() not in all_part_text(out).lower()


def test_manifest_counts_removed_hidden_data(redacted):
    removed = redacted[2]["hidden_data_removed"]
    assert removed["comments"] == 1
    assert removed["comment_authors"] == 1
    assert removed["tracked_changes"] >= 4  # del, ins, moveFrom, rPrChange
    assert removed["properties"] >= 4  # creator, lastModifiedBy, title, Company, Template
    for kind in ("custom_properties", "thumbnails", "custom_xml", "glossary", "document_variables",
                 "attached_template", "alt_text", "embedded_objects", "alt_chunks", "hidden_text",
                 "field_instructions", "data_bindings"):
        assert removed.get(kind, 0) >= 1, kind


def test_visible_text_and_page_field_stay(redacted):
    _, out, _ = redacted
    with zipfile.ZipFile(out) as z:
        body = z.read("word/document.xml").decode()
        names = z.namelist()
    text = "\n".join(par.text for par in docx.Document(str(out)).paragraphs)
    assert "Het verzoek is ontvangen en in behandeling genomen." in text  # insertion accepted
    assert "Afdeling Vergunningen" in text  # field result kept as text
    assert "PAGE" in body  # page numbering survives
    for gone in ("w:del ", "w:ins ", "w:vanish", "w:commentReference", "w:altChunk", "w:dataBinding",
                 "w:rPrChange", "w:moveFrom"):
        assert gone not in body
    assert not [n for n in names if n.startswith(("customXml", "word/glossary", "word/embeddings"))
                or "comments" in n or "people" in n or "thumbnail" in n]


def test_tracked_row_deletion_drops_the_row_and_keeps_the_table_valid(tmp_path, redactor):
    from tests.docx_builders import table

    deleted_row = ('<w:tr><w:trPr><w:del w:id="7" w:author="x" w:date="2024-01-01T00:00:00Z"/></w:trPr>'
                   '<w:tc><w:p><w:del w:id="8" w:author="x"><w:r><w:delText>Gijsbertha Wolterink</w:delText></w:r>'
                   "</w:del></w:p></w:tc></w:tr>")
    body = table([[p("Aanwezig")]]).replace("</w:tbl>", deleted_row + "</w:tbl>")
    body += table([[p("Weg")]]).replace('<w:tr><w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr><w:p><w:r>'
                                        '<w:t xml:space="preserve">Weg</w:t></w:r></w:p></w:tc></w:tr>', deleted_row)
    src = make_docx(tmp_path / "lijst.docx", body + p("Einde."))
    res = redactor.redact_file(src, tmp_path / "out")
    assert res.status == "published", res.reason
    out = tmp_path / "out" / "publish" / "lijst.docx"
    assert "wolterink" not in all_part_text(out).lower()
    d = docx.Document(str(out))
    assert len(d.tables) == 1 and len(d.tables[0].rows) == 1
    assert d.tables[0].cell(0, 0).text == "Aanwezig"


def test_picture_metadata_is_stripped_pixels_kept(tmp_path, redactor):
    import struct
    import zlib

    import pymupdf

    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 8, 8), False)
    jpeg = pix.tobytes("jpeg")
    exif = b"Exif\0\0Artist=Fokje Wildeboer GPS 52.0907 5.1214"
    jpeg = jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif + jpeg[2:]
    png = pix.tobytes("png")
    text = b"Author\0Fokje Wildeboer"
    chunk = struct.pack(">I", len(text)) + b"tEXt" + text + struct.pack(">I", zlib.crc32(b"tEXt" + text))
    png = png[:33] + chunk + png[33:]  # after the signature and IHDR
    src = make_docx(tmp_path / "foto.docx", p("Foto's van de situatie."),
                    extra={"word/media/image2.jpeg": jpeg, "word/media/image3.png": png},
                    extra_rels={"rIdJ": ("image", "media/image2.jpeg"), "rIdP": ("image", "media/image3.png")})
    assert "Wildeboer" in all_part_text(src)
    res = redactor.redact_file(src, tmp_path / "out")
    assert res.status == "published", res.reason
    out = tmp_path / "out" / "publish" / "foto.docx"
    assert "wildeboer" not in all_part_text(out).lower()
    with zipfile.ZipFile(out) as z:
        for name in ("word/media/image2.jpeg", "word/media/image3.png"):
            assert pymupdf.Pixmap(z.read(name)).width == 8
    manifest = json.loads((tmp_path / "out" / res.manifest).read_text())
    assert manifest["hidden_data_removed"]["image_metadata"] == 2


def test_smart_tags_and_permissions_are_unwrapped(tmp_path, redactor):
    body = ('<w:p><w:permStart w:id="1" w:ed="GEMEENTE\\\\hwesterhuis"/><w:smartTag w:uri="urn:schemas-microsoft-com:'
            'office:smarttags" w:element="PersonName"><w:smartTagPr><w:attr w:name="ProductID" w:val="Westerhuis, '
            'Hiltje"/></w:smartTagPr>' + r("Afdeling Burgerzaken") + '</w:smartTag><w:permEnd w:id="1"/></w:p>')
    src = make_docx(tmp_path / "tag.docx", body)
    res = redactor.redact_file(src, tmp_path / "out")
    assert res.status == "published", res.reason
    out = tmp_path / "out" / "publish" / "tag.docx"
    assert "westerhuis" not in all_part_text(out).lower()
    assert "Afdeling Burgerzaken" in docx.Document(str(out)).paragraphs[0].text
    removed = json.loads((tmp_path / "out" / res.manifest).read_text())["hidden_data_removed"]
    assert removed["smart_tags"] == 1 and removed["editing_permissions"] == 1
