"""End to end on real PDFs built in the test: the text is gone, the label is there, the rest stays."""
from __future__ import annotations

import json
import subprocess
import sys

import pymupdf

from redact.cli import main
from tests.builders import make_pdf, pdf_text


def test_email_is_removed_and_labelled(tmp_path, redactor):
    src = make_pdf(tmp_path / "mail.pdf", ["Van: afdeling Wonen\nGraag reageren via j.devries@example.nl voor 1 mei."])
    res = redactor.redact_file(src, tmp_path / "out")
    assert res.status == "published", res.reason
    out = tmp_path / "out" / "publish" / "mail.pdf"
    text = pdf_text(out)
    assert "devries" not in text
    assert "5.1, 2, e" in text
    assert "Graag reageren via" in text and "voor 1 mei." in text
    raw = out.read_bytes()
    assert b"devries" not in raw
    with pymupdf.open(out) as doc:
        assert not list(doc[0].annots())
        assert doc.metadata.get("title", "") == ""


def test_batch_contract(tmp_path):
    inp = tmp_path / "in"
    (inp / "sub dir").mkdir(parents=True)
    make_pdf(inp / "a.pdf", ["Mail naar p.bakker@voorbeeld.nl"])
    make_pdf(inp / "sub dir" / "b.pdf", ["Geen persoonsgegevens hier."])
    (inp / "empty.pdf").write_bytes(b"")
    before = {p: p.read_bytes() for p in inp.rglob("*") if p.is_file()}
    out = tmp_path / "out"
    code = main(["batch", str(inp), "--out", str(out)])
    assert code == 1  # empty.pdf failed
    batch = json.loads((out / "batch.json").read_text())
    status = {f["key"]: f["status"] for f in batch["files"]}
    assert status == {"a.pdf": "published", "sub dir/b.pdf": "published", "empty.pdf": "failed"}
    assert "empty" in {f["key"]: f["reason"] for f in batch["files"]}["empty.pdf"]
    assert (out / "publish" / "sub dir" / "b.pdf").exists()
    assert not (out / "publish" / "empty.pdf").exists()
    for key in status:
        assert (out / "review" / f"{key}.manifest.json").exists()
    inv = (out / "inventory.csv").read_text().splitlines()
    assert inv[0].startswith("Documentnummer,")
    assert any("a.pdf" in r and "Deels openbaar" in r and "5.1.2e" in r for r in inv)
    assert any("b.pdf" in r and ",Openbaar," in r for r in inv)
    assert before == {p: p.read_bytes() for p in inp.rglob("*") if p.is_file()}  # input untouched
    assert not list(out.rglob("*.partial"))


def test_manifests_are_byte_identical_on_rerun(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    make_pdf(inp / "a.pdf", ["Mail naar p.bakker@voorbeeld.nl of bel info@gemeente.nl"])
    main(["batch", str(inp), "--out", str(tmp_path / "o1")])
    main(["batch", str(inp), "--out", str(tmp_path / "o2")])
    m1 = (tmp_path / "o1" / "review" / "a.pdf.manifest.json").read_bytes()
    m2 = (tmp_path / "o2" / "review" / "a.pdf.manifest.json").read_bytes()
    assert m1 == m2
    m = json.loads(m1)
    assert m["redactions"][0]["ground"] == "5.1.2e" and m["redactions"][0]["boxes"]
    assert m["kept"][0]["reason"].startswith("functional mailbox")


def test_output_inside_input_is_a_usage_error(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    assert main(["batch", str(inp), "--out", str(inp / "out")]) == 2


def test_compact_label_style(tmp_path):
    src = make_pdf(tmp_path / "x.pdf", ["Contact: k.smit@voorbeeld.nl"])
    assert main(["file", str(src), "--out", str(tmp_path / "o"), "--label-style", "compact"]) == 0
    assert "5.1.2e" in pdf_text(tmp_path / "o" / "publish" / "x.pdf")


def test_text_command():
    p = subprocess.run([sys.executable, "-m", "redact.cli", "text"], input="Mail j.devries@gemeente.nl",
                       capture_output=True, text=True, check=True)
    assert p.stdout == "Mail [5.1, 2, e]"


def test_adjacent_boxes_on_one_line_each_keep_their_label(tmp_path):
    """E-mail headers put several redactions side by side on one line; verification must find each
    box's own label (a reading order that interleaves neighbouring labels once withheld such files)."""
    (tmp_path / "in").mkdir()
    make_pdf(tmp_path / "in" / "mail.pdf", [
        "Van: Yildiz, Kübra <k.yildiz@voorbeeld.nl>\n"
        "Aan: Kowalczyk, Piotr <p.kowalczyk@voorbeeld.nl>; Verhoeven, Sanne <s.verhoeven@voorbeeld.nl>\n"
        "CC: Bram Oosterhuis <b.oosterhuis@voorbeeld.nl>, tel. 06-41872295, NL91ABNA0417164300\n"
        "Onderwerp: RE: aanvraag\n"
        "Dag Kübra, Piotr en Sanne, ik bel Bram morgen op 06-41872295."])
    assert main(["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out")]) == 0
    m = json.loads((tmp_path / "out" / "review" / "mail.pdf.manifest.json").read_text("utf-8"))
    assert len(m["redactions"]) >= 10
    text = pdf_text(tmp_path / "out" / "publish" / "mail.pdf")
    assert text.count("5.1, 2, e") >= len(m["redactions"])
