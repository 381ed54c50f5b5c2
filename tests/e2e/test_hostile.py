"""Hostile and broken input: every bad file gets a clear one-line reason in batch.json, the batch
carries on (the good file is still published) and the exit code is 1."""
from __future__ import annotations

import io
import json
import os
import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pymupdf
import pytest

from redact.cli import main
from tests.builders import make_pdf, pdf_text

GOOD = ["Graag reactie aan h.vermeulen@postvak.nl over het verzoek.", "Tweede pagina van de brief."]


def minimal_docx(document_xml: bytes) -> bytes:
    """A Word container with the given word/document.xml (enough for a sniffer and a parser)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="appli'
                   'cation/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlf'
                   'ormats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                   'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.'
                   'xml"/></Relationships>')
        z.writestr("word/document.xml", document_xml)
    return buf.getvalue()


W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def word_xml(text: bytes) -> bytes:
    return b'<?xml version="1.0"?><w:document ' + W + b"><w:body><w:p><w:r><w:t>" + text + \
        b"</w:t></w:r></w:p></w:body></w:document>"


def billion_laughs() -> bytes:
    ents = [b'<!ENTITY lol0 "lol">'] + [
        b"<!ENTITY lol%d \"%s\">" % (i, b"".join(b"&lol%d;" % (i - 1) for _ in range(10))) for i in range(1, 10)]
    return (b'<?xml version="1.0"?><!DOCTYPE w:document [' + b"".join(ents) + b"]><w:document " + W +
            b"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")


def zip_bomb(path: Path, gib: int = 1) -> None:
    """A DOCX whose document.xml is a few hundred kB packed and `gib` GiB unpacked."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", zipfile.ZipFile(io.BytesIO(minimal_docx(b""))).read("[Content_Types].xml"))
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0"?><w:document ' + W + b"><w:body><w:p><w:r><w:t>")
            chunk = b"A" * (1 << 24)
            for _ in range(64 * gib):
                f.write(chunk)
            f.write(b"</w:t></w:r></w:p></w:body></w:document>")


def lying_zip_bomb(path: Path, mib: int = 64, claimed: int = 2000) -> None:
    """A DOCX whose document.xml unpacks to `mib` MiB while its zip headers claim `claimed` bytes,
    to get past size checks that trust the headers."""
    with zipfile.ZipFile(io.BytesIO(minimal_docx(b""))) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            if name != "word/document.xml":
                z.writestr(name, src.read(name))
        z.writestr("word/document.xml", word_xml(b"A" * (mib << 20)))
    raw = bytearray(path.read_bytes())
    struct.pack_into("<I", raw, zipfile.ZipFile(path).getinfo("word/document.xml").header_offset + 22, claimed)
    i = raw.find(b"PK\x01\x02")  # central directory entries: uncompressed size at +24, name at +46
    while i >= 0:
        n = struct.unpack_from("<H", raw, i + 28)[0]
        if raw[i + 46:i + 46 + n] == b"word/document.xml":
            struct.pack_into("<I", raw, i + 24, claimed)
        i = raw.find(b"PK\x01\x02", i + 4)
    path.write_bytes(bytes(raw))
    assert zipfile.ZipFile(path).getinfo("word/document.xml").file_size == claimed


def run_cli(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "redact", *args], capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def hostile_batch(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    inp = root / "in"
    (inp / "map met spatie").mkdir(parents=True)
    make_pdf(inp / "map met spatie" / "Brief van Zoë — één 🙂.pdf", GOOD)
    (inp / "leeg.pdf").write_bytes(b"")
    (inp / "leeg.docx").write_bytes(b"")
    (inp / "leeg.txt").write_bytes(b"")
    whole = make_pdf(root / "whole.pdf", GOOD * 5).read_bytes()
    (inp / "afgekapt.pdf").write_bytes(whole[: len(whole) // 2])
    (inp / "rommel.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(4000))
    word = minimal_docx(word_xml(b"Brief aan h.vermeulen@postvak.nl"))
    (inp / "afgekapt.docx").write_bytes(word[: len(word) // 2])
    with pymupdf.open(root / "whole.pdf") as d:
        d.save(inp / "wachtwoord.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="geheim", owner_pw="baas")
    (inp / "eigenlijk word.pdf").write_bytes(word)
    shutil.copy(root / "whole.pdf", inp / "eigenlijk pdf.docx")
    (inp / "lachbom.docx").write_bytes(minimal_docx(billion_laughs()))
    lying_zip_bomb(inp / "liegende bom.docx")
    good = docx.Document()
    good.add_paragraph("Graag reactie aan h.vermeulen@postvak.nl over het verzoek.")
    good.save(inp / "map met spatie" / "goed.docx")
    zip_bomb(inp / "zipbom.docx")
    info = zipfile.ZipFile(inp / "zipbom.docx").getinfo("word/document.xml")
    assert info.file_size >= 1 << 30 and info.file_size / info.compress_size > 1000, "not a bomb"
    outside = root / "buiten"
    outside.mkdir()
    make_pdf(outside / "geheim.pdf", ["Buiten de map: s.geheim@postvak.nl"])
    (inp / "link naar buiten.pdf").symlink_to(outside / "geheim.pdf")
    (inp / "linkmap").symlink_to(outside, target_is_directory=True)
    proc = run_cli("batch", str(inp), "--out", str(root / "out"), "--workers", "2")
    return root / "out", proc


def by_key(out: Path) -> dict[str, dict]:
    return {f["key"]: f for f in json.loads((out / "batch.json").read_text("utf-8"))["files"]}


def test_batch_carries_on_and_exits_1(hostile_batch):
    out, proc = hostile_batch
    assert proc.returncode == 1, proc.stderr
    files = by_key(out)
    good = "map met spatie/Brief van Zoë — één 🙂.pdf"
    assert files[good]["status"] == "published"
    published = out / "publish" / good
    assert "h.vermeulen@postvak.nl" not in pdf_text(published)
    assert files["map met spatie/goed.docx"]["status"] == "published"
    with zipfile.ZipFile(out / "publish" / "map met spatie" / "goed.docx") as z:
        assert b"h.vermeulen" not in z.read("word/document.xml")
    assert sorted(p.relative_to(out / "publish").as_posix() for p in (out / "publish").rglob("*") if p.is_file()) \
        == sorted(["map met spatie/goed.docx", good])


@pytest.mark.parametrize(("key", "words"), [
    ("leeg.pdf", "empty file"),
    ("leeg.docx", "empty file"),
    ("leeg.txt", "empty file"),
    ("afgekapt.pdf", "damaged|cannot open|no pages|repaired"),  # PyMuPDF repairs it, or cannot read it
    ("rommel.pdf", "cannot open|no pages|damaged|repaired|without a text layer"),
    ("afgekapt.docx", "zip|corrupt|damaged|truncated|not a PDF or DOCX"),
    ("wachtwoord.pdf", "password"),
    ("eigenlijk word.pdf", "named .pdf but its content is DOCX"),
    ("eigenlijk pdf.docx", "named .docx but its content is PDF"),
    ("lachbom.docx", "DTD|entit"),
    ("zipbom.docx", "zip bomb"),
    ("liegende bom.docx", "CRC|damaged|corrupt|zip bomb"),
    ("link naar buiten.pdf", "symlink leads outside"),
    ("linkmap/", "symlinked folder"),
])
def test_each_bad_file_has_a_clear_one_line_reason(hostile_batch, key, words):
    import re

    out, _ = hostile_batch
    f = by_key(out)[key]
    assert f["status"] in ("failed", "needs_review")
    assert f["reason"] and "\n" not in f["reason"] and len(f["reason"]) < 400, f["reason"]
    assert re.search(words, f["reason"], re.IGNORECASE), f["reason"]
    assert not re.search(r"\b[A-Z]\w*(Error|Exception)\b|code=\d|Traceback", f["reason"]), f["reason"]
    assert not (out / "publish" / key).exists()


def test_symlinked_content_never_reaches_the_output(hostile_batch):
    out, _ = hostile_batch
    everything = b"".join(p.read_bytes() for p in out.rglob("*") if p.is_file())
    assert b"s.geheim@postvak.nl" not in everything and "s.geheim@postvak.nl".encode("utf-16-be") not in everything


def test_read_only_output_folder_is_a_usage_error(tmp_path):
    inp, out = tmp_path / "in", tmp_path / "out"
    inp.mkdir()
    out.mkdir()
    make_pdf(inp / "brief.pdf", GOOD)
    cmd = f"{sys.executable} -m redact batch {inp} --out {out}"
    if os.geteuid() != 0:
        out.chmod(0o555)
        proc = subprocess.run(cmd.split(), capture_output=True, text=True, timeout=120)
    else:  # root writes anywhere: make the folder read-only with a private read-only bind mount
        if not shutil.which("unshare"):
            pytest.skip("unshare not available")
        script = f"mount --bind {out} {out} && mount -o remount,bind,ro {out} && exec {cmd}"
        proc = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=120)
        if "mount:" in proc.stderr:
            pytest.skip(f"cannot make a read-only mount here: {proc.stderr.strip()}")
    assert proc.returncode == 2, proc.stderr
    assert "not writable" in proc.stderr and "\n" not in proc.stderr.strip()
    assert not any(out.iterdir())


def test_a_5000_page_pdf_is_processed_in_bounded_time(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    doc = pymupdf.open()
    for i in range(5000):
        page = doc.new_page(width=300, height=200)
        text = f"Bijlage, pagina {i + 1}: zie het dossier."
        if i == 4320:
            text = "Contact: p.achterberg@postvak.nl"
        page.insert_text((20, 40), text, fontsize=10)
    doc.save(inp / "dik dossier.pdf", garbage=1, deflate=True)
    doc.close()
    code = main(["batch", str(inp), "--out", str(tmp_path / "out")])
    f = by_key(tmp_path / "out")["dik dossier.pdf"]
    assert code == 0 and f["status"] == "published" and f["pages"] == 5000, f
    with pymupdf.open(tmp_path / "out" / "publish" / "dik dossier.pdf") as out:
        assert out.page_count == 5000
        assert "achterberg" not in out[4320].get_text() and "5.1" in out[4320].get_text()
        assert "pagina 4320" in out[4319].get_text()
