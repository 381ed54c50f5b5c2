"""Verification catches deliberately broken redactions, and `redact verify` runs it on its own."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from redact.cli import main
from redact.findings import Entry
from redact.formats.pdf import handler
from redact.formats.pdf.pdf_verify import pdf_strings
from redact.manifest import entries_of
from tests import pdf_vectors as pv
from tests.builders import make_pdf, require_tool


@pytest.fixture()
def redacted(tmp_path, redactor):
    """A correctly redacted PDF: (original, published, manifest path, ingested doc, entries)."""
    src = make_pdf(tmp_path / "brief.pdf", [f"Beste collega,\nDe melder is bereikbaar via {pv.EMAIL}.\nGroet."])
    res = redactor.redact_file(src, tmp_path / "out")
    assert res.status == "published", res.reason
    mpath = tmp_path / "out" / "review" / "brief.pdf.manifest.json"
    entries = entries_of(json.loads(mpath.read_text()))
    assert any(e.redacted for e in entries)
    return src, tmp_path / "out" / "publish" / "brief.pdf", mpath, handler.ingest(src), entries


def _boxes(entries: list[Entry]):
    return [(b[0] - 1, pymupdf.Rect(b[1:])) for e in entries if e.redacted for b in e.boxes]


def test_the_correct_output_passes(redacted, rules):
    _, out, _, doc, entries = redacted
    assert handler.verify(doc, out, entries, rules) == []


def test_box_without_text_removal_is_caught(redacted, rules, tmp_path):
    src, _, _, doc, entries = redacted
    broken = tmp_path / "box_only.pdf"
    with pymupdf.open(src) as pdf:
        for pno, r in _boxes(entries):
            pdf[pno].draw_rect(r, fill=(0, 0, 0))
            pdf[pno].insert_text((r.x0 + 1, r.y1 - 2), "5.1, 2, e", fontsize=6, color=(1, 1, 1))
        pdf.save(broken, garbage=4)
    problems = handler.verify(doc, broken, entries, rules)
    assert any("still readable" in p for p in problems), problems


def test_name_left_in_metadata_is_caught(redacted, rules, tmp_path):
    _, out, _, doc, entries = redacted
    broken = tmp_path / "meta.pdf"
    with pymupdf.open(out) as pdf:
        pdf.set_metadata({"author": pv.EMAIL})
        pdf.save(broken, garbage=4)
    assert any("found in metadata" in p for p in handler.verify(doc, broken, entries, rules))


def test_incremental_save_and_unapplied_redaction_are_caught(redacted, rules, tmp_path):
    _, out, _, doc, entries = redacted
    broken = tmp_path / "incr.pdf"
    broken.write_bytes(out.read_bytes())
    with pymupdf.open(broken) as pdf:
        pdf[0].add_redact_annot(pymupdf.Rect(10, 10, 50, 50))
        pdf.saveIncr()
    problems = handler.verify(doc, broken, entries, rules)
    assert any("revisions" in p for p in problems) and any("unapplied redaction" in p for p in problems)


def test_box_without_label_is_caught(redacted, rules, tmp_path):
    src, _, _, doc, entries = redacted
    broken = tmp_path / "nolabel.pdf"
    with pymupdf.open(src) as pdf:
        for pno, r in _boxes(entries):
            pdf[pno].add_redact_annot(r, fill=(0, 0, 0))
        for page in pdf:
            page.apply_redactions()
        pdf.save(broken, garbage=4)
    assert any("carries no label" in p for p in handler.verify(doc, broken, entries, rules))


@pytest.mark.parametrize("vector", [pv.scanned, pv.scanned_rotated])
def test_scanned_box_that_hides_nothing_is_caught_by_reocr(vector, tmp_path, redactor, rules):
    require_tool("tesseract")
    src = vector(tmp_path / "scan.pdf")
    redactor.redact_file(src, tmp_path / "out")
    entries = entries_of(json.loads((tmp_path / "out" / "review" / "scan.pdf.manifest.json").read_text()))
    broken = tmp_path / "transparent.pdf"
    with pymupdf.open(src) as pdf:  # label written next to the name, the name itself left visible
        for pno, r in _boxes(entries):
            pdf[pno].insert_text((r.x0, r.y0 - 1), "5.1, 2, e", fontsize=5)
        pdf.save(broken, garbage=4)
    problems = handler.verify(handler.ingest(src), broken, entries, rules)
    assert any("re-OCR reads" in p for p in problems), problems


def test_redact_verify_command(redacted, tmp_path, capsys):
    src, out, mpath, _, _ = redacted
    assert main(["verify", str(src), str(out), "--manifest", str(mpath)]) == 0
    assert main(["verify", str(src), str(src), "--manifest", str(mpath)]) == 1  # the original itself
    assert "still readable" in capsys.readouterr().err
    assert main(["verify", str(src), str(tmp_path / "nope.pdf"), "--manifest", str(mpath)]) == 2


def test_pdf_strings_decodes_escapes_hex_and_utf16():
    utf16 = "Zoë".encode("utf-16-be").hex()
    data = rb"(a\(b\) \101c\
d) <4A 616E> <FEFF" + utf16.encode() + rb"> << /K 1 >> (\376\377\000X)"
    assert list(pdf_strings(data)) == ["a(b) Acd", "Jan", "Zoë", "X"]


def test_page_without_ocr_needs_review(tmp_path):
    src = pv.scanned(tmp_path / "scan.pdf")
    env = dict(os.environ, PATH=str(Path(sys.executable).parent))  # no tesseract on the PATH
    proc = subprocess.run([sys.executable, "-m", "redact", "file", str(src), "--out", str(tmp_path / "o")],
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 1
    assert "needs_review" in proc.stderr and "OCR" in proc.stderr
    assert not (tmp_path / "o" / "publish" / "scan.pdf").exists()
