"""report.html without a browser: text documents shown with marked spans, document text escaped,
counts per ground, and a reviewer's page area drawn. Data invented.

Mainly redact/report/html.py, driven through the command line. Formerly tests/test_report.py."""
from __future__ import annotations

import re

from redact.cli import main
from tests.builders import make_pdf


def test_text_documents_are_marked_and_escaped(tmp_path):
    inp, out = tmp_path / "in", tmp_path / "out"
    inp.mkdir()
    (inp / "n.txt").write_text("<script>alert('x')</script> Mail w.oosterwold@voorbeeld.nl & bel 06-44556677.\n",
                               encoding="utf-8")
    assert main(["batch", str(inp), "--out", str(out)]) == 0
    html = (out / "report.html").read_text("utf-8")
    body = html.split("<body", 1)[1]
    assert "<script>alert" not in body and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in body
    marks = re.findall(r'<mark class="finding redact"[^>]*>([^<]*)</mark>', body)
    assert marks == ["w.oosterwold@voorbeeld.nl", "06-44556677"]
    assert re.search(r"<td>5\.1\.2e</td><td>2</td>", body)


def test_page_area_is_outlined_in_the_report(tmp_path):
    inp, out = tmp_path / "in", tmp_path / "out"
    inp.mkdir()
    make_pdf(inp / "p.pdf", ["Handtekening:\n\n\nMail w.oosterwold@voorbeeld.nl"])
    assert main(["batch", str(inp), "--out", str(out)]) == 0
    m = out / "review" / "p.pdf.manifest.json"
    assert main(["decide", str(m), "--area", "72,90,300,130", "--ground", "5.1.2e"]) == 0
    assert main(["decide", str(m), "--area", "1,2,3", "--page", "1"]) == 2
    assert main(["decide", str(m), "--term", "x", "--ground", "7.1"]) == 2
    assert main(["apply", str(inp / "p.pdf"), "--manifest", str(m), "--out", str(tmp_path / "o2")]) == 0
    html = (tmp_path / "o2" / "report.html").read_text("utf-8")
    assert len(re.findall(r'class="box finding redact manual" data-id="area1"', html)) == 1
