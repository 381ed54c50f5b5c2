"""The redacted DOCX opens in LibreOffice: `--docx-to-pdf` renders it and publishes the PDF too.

Mainly redact/formats/docx/topdf.py, driven through the command line. Formerly
tests/test_docx_pdf.py."""
from __future__ import annotations

import docx

from redact.cli import main
from tests.builders import pdf_text, require_tool
from tests.docx_builders import make_docx, p, r, textbox


def test_docx_to_pdf_publishes_a_clean_rendering(tmp_path):
    require_tool("soffice")
    inp = tmp_path / "in"
    inp.mkdir()
    make_docx(inp / "brief.docx",
              p(r("Geachte heer, uw e-mail aan "), r("j.oldenkamp", italic=True), r("@ziggo.nl is ontvangen.")) +
              p(textbox(p("Terugbellen op 06 2741 9983 graag."))),
              headers={"default": p("Kenmerk 2024/0815")}, footers={"default": p("Vragen: a.zijlstra@kpnmail.nl")},
              core={"creator": "Oldenkamp, Jacoba", "title": "Brief"})
    out = tmp_path / "out"
    assert main(["batch", str(inp), "--out", str(out), "--docx-to-pdf"]) == 0
    published = out / "publish" / "brief.docx"
    docx.Document(str(published))  # opens in python-docx
    pdf = out / "publish" / "brief.pdf"
    assert pdf.exists()
    text = pdf_text(pdf)
    assert "Kenmerk 2024/0815" in text and "is ontvangen" in text
    assert "5.1, 2, e" in text
    for secret in ("oldenkamp", "2741", "zijlstra"):
        assert secret not in text.lower()
        assert secret.encode() not in pdf.read_bytes().lower()
