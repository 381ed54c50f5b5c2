"""DOCX ingest refuses zip and XML bombs; DOCX verification catches what apply might have missed.

Goes through redact/formats/docx/handler.py: ingest refusals (parts.py) and verification (verify.py)
share one file-rewriting helper, so kept whole. Formerly tests/test_docx_safety.py."""
from __future__ import annotations

import shutil
import time
import zipfile

import pytest

from redact.exceptions import InputError
from redact.findings import REDACT, Entry
from redact.formats.docx import handler
from redact.formats.docx.parts import Package
from tests.docx_builders import make_docx, p, r


def _rewrite(src, dst, replace: dict[str, bytes]) -> None:
    """Copy a package, replacing (or adding) some parts."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in zin.namelist():
            zout.writestr(n, replace.pop(n) if n in replace else zin.read(n))
        for n, data in replace.items():
            zout.writestr(n, data)


def test_billion_laughs_is_refused_quickly(tmp_path):
    src = make_docx(tmp_path / "a.docx", p("Hallo"))
    lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
           b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
           b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
           b"<w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>")
    bomb = tmp_path / "bomb.docx"
    _rewrite(src, bomb, {"word/document.xml": lol})
    t0 = time.monotonic()
    with pytest.raises(InputError, match="DTD"):
        handler.ingest(bomb)
    assert time.monotonic() - t0 < 5


def test_highly_compressed_part_is_refused(tmp_path):
    src = make_docx(tmp_path / "a.docx", p("Hallo"))
    bomb = tmp_path / "zipbomb.docx"
    _rewrite(src, bomb, {"word/media/zeros.bin": b"\0" * (12 * 1024 * 1024)})
    with pytest.raises(InputError, match="zip bomb"):
        Package.open(bomb)


def test_external_entity_is_not_resolved(tmp_path):
    src = make_docx(tmp_path / "a.docx", p("Hallo"))
    xxe = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
           b"<w:t>&x;</w:t></w:r></w:p></w:body></w:document>")
    bad = tmp_path / "xxe.docx"
    _rewrite(src, bad, {"word/document.xml": xxe})
    with pytest.raises(InputError):
        handler.ingest(bad)


def test_batch_reports_bomb_as_failed(tmp_path, redactor):
    src = make_docx(tmp_path / "a.docx", p("Hallo"))
    bomb = tmp_path / "in" / "bomb.docx"
    bomb.parent.mkdir()
    _rewrite(src, bomb, {"word/media/zeros.bin": b"\0" * (12 * 1024 * 1024)})
    res = redactor.redact_file(bomb, tmp_path / "out")
    assert res.status == "failed" and "zip bomb" in res.reason
    assert not (tmp_path / "out" / "publish" / "bomb.docx").exists()


# ----------------------------------------------------------------------------- verification


@pytest.fixture
def clean(tmp_path, rules):
    """A redacted document (entry chosen by hand) and its verified output."""
    src = make_docx(tmp_path / "brief.docx", p(r("Mail aan "), r("h.terpstra", bold=True), r("@ziggo.nl graag.")))
    doc = handler.ingest(src)
    start = doc.text.index("h.terpstra")
    entry = Entry(start=start, end=start + len("h.terpstra@ziggo.nl"), text="h.terpstra@ziggo.nl", entity="EMAIL",
                  decision=REDACT, ground="5.1.2e", origin="manual")
    out = tmp_path / "out.docx"
    handler.apply(doc, [entry], rules, out)
    assert handler.verify(doc, out, [entry], rules) == []
    return doc, entry, out


@pytest.mark.parametrize(("part", "data"), [
    ("docProps/custom.xml", b'<?xml version="1.0"?><Properties><p>H.Terpstra@ziggo.nl</p></Properties>'),
    ("word/media/notes.bin", "h.terpstra@ziggo.nl".encode("utf-16-le")),
    ("word/_rels/extra.xml.rels", b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                                  b'package/2006/relationships"><Relationship Id="x" Type="t" Target="mailto:h.terpstra'
                                  b'%40ziggo.nl" TargetMode="External"/></Relationships>'),
])
def test_verify_finds_a_planted_leak_in_any_part(clean, tmp_path, rules, part, data):
    doc, entry, out = clean
    bad = tmp_path / "bad.docx"
    _rewrite(out, bad, {part: data})
    problems = handler.verify(doc, bad, [entry], rules)
    assert any("found in" in x for x in problems), problems


def test_verify_finds_leftover_tracked_deletion(clean, tmp_path, rules):
    doc, entry, out = clean
    with zipfile.ZipFile(out) as z:
        deletion = b'<w:p><w:del w:id="9" w:author="x"><w:r><w:delText>oud</w:delText></w:r></w:del></w:p>'
        body = z.read("word/document.xml").replace(b"</w:body>", deletion + b"</w:body>")
    bad = tmp_path / "bad.docx"
    _rewrite(out, bad, {"word/document.xml": body})
    problems = handler.verify(doc, bad, [entry], rules)
    assert any("del left" in x for x in problems), problems


def test_verify_flags_output_that_does_not_open(clean, tmp_path, rules):
    doc, entry, _ = clean
    bad = tmp_path / "broken.docx"
    shutil.copyfile(doc.path, bad)
    bad.write_bytes(bad.read_bytes()[:200])
    assert handler.verify(doc, bad, [entry], rules)


def test_strict_open_xml_is_refused_not_published_unread(tmp_path, redactor):
    src = make_docx(tmp_path / "a.docx", p("Mail j.vanderwal@ziggo.nl"))
    strict = tmp_path / "in" / "strict.docx"
    strict.parent.mkdir()
    with zipfile.ZipFile(src) as z:
        body = z.read("word/document.xml").replace(b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                                                   b"http://purl.oclc.org/ooxml/wordprocessingml/main")
    _rewrite(src, strict, {"word/document.xml": body})
    res = redactor.redact_file(strict, tmp_path / "out")
    assert res.status == "failed" and "Strict" in res.reason


def test_encrypted_docx_is_named_as_such(tmp_path, redactor):
    enc = tmp_path / "geheim.docx"
    enc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)  # OLE container, as Word writes encrypted files
    res = redactor.redact_file(enc, tmp_path / "out")
    assert res.status == "failed" and "password" in res.reason
