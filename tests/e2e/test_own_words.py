"""What the tool writes into a published file is known and minimal: no producer or application
name, so a redacted word that happens to be part of the tool's name ("Woo") never withholds a
file; and a published PDF keeps everything a reader sees outside the boxes."""
from __future__ import annotations

import shutil
import zipfile

import pymupdf
import pytest
import yaml

from redact import Redactor
from redact.formats.pdf.syntax import decode_hex, decode_literal
from tests.builders import make_pdf
from tests.docx_builders import make_docx, p, r


@pytest.fixture(scope="module")
def woo_redactor(tmp_path_factory, rules) -> Redactor:
    """The shipped rules plus a deny term "Woo": the word the tool's own name holds."""
    custom = tmp_path_factory.mktemp("rules") / "rules"
    shutil.copytree(rules.dir, custom)
    policy = yaml.safe_load((custom / "policy.yaml").read_text("utf-8"))
    policy["deny"] = list(policy.get("deny") or []) + [{"text": "Woo", "entity": "DENY", "ground": "5.1.2i"}]
    (custom / "policy.yaml").write_text(yaml.safe_dump(policy, allow_unicode=True), "utf-8")
    return Redactor(custom)


def test_pdf_with_a_redacted_word_of_the_tools_name_is_published(tmp_path, woo_redactor):
    src = make_pdf(tmp_path / "brief.pdf", ["Het verzoek op grond van de Woo is ontvangen.\nMet vriendelijke groet."])
    res = woo_redactor.redact_file(src, tmp_path / "out")
    assert res.status == "published", res.reason
    assert res.redactions >= 1
    with pymupdf.open(tmp_path / "out" / "publish" / "brief.pdf") as doc:
        written = {k: v for k, v in (doc.metadata or {}).items() if k not in ("format", "encryption")}
        assert not any(written.values()), written  # no producer, creator or dates
        assert not doc.get_xml_metadata()
        text = doc[0].get_text()
    assert "Woo" not in text and "verzoek op grond van de" in text


def test_docx_with_a_redacted_word_of_the_tools_name_is_published(tmp_path, woo_redactor):
    src = make_docx(tmp_path / "brief.docx", p(r("Het verzoek op grond van de Woo is ontvangen.")),
                    app={"Application": "Microsoft Office Word", "Company": "Gemeente Zwolle"})
    res = woo_redactor.redact_file(src, tmp_path / "out")
    assert res.status == "published", res.reason
    with zipfile.ZipFile(tmp_path / "out" / "publish" / "brief.docx") as z:
        every_part = b" ".join(z.read(n) for n in z.namelist()).decode("utf-8", "replace")
    assert "woo-redact" not in every_part.lower() and "Microsoft Office Word" not in every_part


INLINE = b"\x00\x80\xff\x10"  # 2x2 grey samples that must pass through untouched


def test_published_pdf_keeps_what_a_reader_sees_outside_the_boxes(tmp_path, redactor):
    """Text on the line of a redacted house number, a TJ array with kerning and an octal-escaped
    glyph code, and an inline image all survive redaction unchanged."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Mevrouw J. de Vries woont aan de Kerkstraat 208, 8011 AB Zwolle.", fontname="helv",
                     fontsize=11)
    page.insert_text((72, 634), "Deze regel staat precies op de hoogte van het huisnummer.", fontname="helv",
                     fontsize=11)
    xref = page.get_contents()[0]
    extra = (b"\nq BT /helv 11 Tf 72 400 Td [(Hallo\\036wereld) -250 (en tot ziens)] TJ ET Q\n"
             b"q 20 0 0 20 400 400 cm BI /W 2 /H 2 /BPC 8 /CS /G ID " + INLINE + b" EI Q\n")
    doc.update_stream(xref, doc.xref_stream(xref) + extra)
    doc.save(tmp_path / "brief.pdf")
    doc.close()
    res = redactor.redact_file(tmp_path / "brief.pdf", tmp_path / "out")
    assert res.status == "published", res.reason
    out = tmp_path / "out" / "publish" / "brief.pdf"
    assert out.read_bytes().count(b"startxref") == 1
    with pymupdf.open(out) as pub:
        assert INLINE in pub.xref_stream(pub[0].get_contents()[0])
        text = pub[0].get_text()
    assert "Kerkstraat 208" not in text and "Vries" not in text
    assert "Deze regel staat precies op de hoogte van het huisnummer." in text
    assert "Hallo" in text and "en tot ziens" in text and "5.1, 2, e" in text


def test_pdf_string_values():
    assert decode_literal(b"(a (b) \\) \\\\ \\n\\036\\1x\\\r\ny\r\nz)") == b"a (b) ) \\ \n\x1e\x01xy\nz"
    assert decode_hex(b"<00 3 1A>") == b"\x00\x31\xa0"
