"""Number echo: a published PDF's content streams must not spell a redacted digit group, and the
rewrite that prevents it must change nothing a reader or a renderer sees."""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pymupdf
import pytest

from redact.findings import Entry
from redact.formats.pdf.echo import (
    Speller,
    forbidden_tokens,
    iter_tokens,
    rewrite_content,
    rewrite_document,
)
from redact.formats.pdf.syntax import decode_hex, decode_literal
from tests.builders import require_tool

INLINE = b"\x00\x80\xff\x10"  # 2x2 grey samples: binary that must pass through untouched


def _sp(*toks: str) -> Speller:
    return Speller(toks)


def _spelled(data: bytes, toks) -> list[str]:
    s = data.decode("latin-1")
    return [t for t in toks if re.search(rf"(?<!\w){re.escape(t)}(?!\w)", s)]


# ----------------------------------------------------------------------------- tokenizer


STREAM = (b"q 1 0 0 1 72 742 cm BT /F1 11 Tf 90.1 223.2 TD [(a (nested (deep)) \\) 208)-2.5<0031>]TJ ET Q\n"
          b"% a comment 208\n/P <</MCID 208>> BDC EMC [ ] { } -.5 +3 0208.5\n"
          b"q BI /W 2 /H 2 /BPC 8 /CS /G ID " + INLINE + b" EI Q\n"
          b"q BI /W 3 /H 1 /BPC 8 /CS /G ID  EI EI Q (\\\r\nx\\101\\0) Tj")


def test_tokenizer_covers_every_byte_and_knows_the_kinds():
    toks = list(iter_tokens(STREAM))
    assert b"".join(STREAM[s:e] for _, s, e in toks) == STREAM
    assert [e for _, _, e in toks[:-1]] == [s for _, s, _ in toks[1:]]  # contiguous
    kinds = {STREAM[s:e]: k for k, s, e in toks}
    assert kinds[b"(a (nested (deep)) \\) 208)"] == "literal"
    assert kinds[b"<0031>"] == "hex"
    assert kinds[b"<<"] == kinds[b">>"] == "dict"
    assert kinds[b"/MCID"] == "name"
    assert kinds[b"% a comment 208"] == "comment"
    for num in (b"90.1", b"-2.5", b"208", b"-.5", b"+3", b"0208.5"):
        assert kinds[num] == "number"
    assert kinds[b"TJ"] == kinds[b"BDC"] == "op"
    inline = [STREAM[s:e] for k, s, e in toks if k == "inline"]
    # the second image's 3 samples are " EI": its length (W*H*BPC) tells them from the real EI
    assert inline == [b"BI /W 2 /H 2 /BPC 8 /CS /G ID " + INLINE + b" EI", b"BI /W 3 /H 1 /BPC 8 /CS /G ID  EI EI"]


def test_inline_image_length_with_array_values():
    """Array values (/D, an indexed /CS) before /H and /BPC: the sample length still comes out
    right, so samples that read " EI" are not taken for the end; filtered data ends at the first EI."""
    data = (b"q BI /D [1 0] /W 3 /CS [/I /RGB 1 <00ff00ffffff>] /H 1 /BPC 8 ID  EI EI Q "
            b"BI /W 2 /H 1 /BPC 8 /CS /RGB /F /AHx ID 0a0b EI 208 0 m")
    inline = [data[s:e] for k, s, e in list(iter_tokens(data)) if k == "inline"]
    assert inline == [b"BI /D [1 0] /W 3 /CS [/I /RGB 1 <00ff00ffffff>] /H 1 /BPC 8 ID  EI EI",
                      b"BI /W 2 /H 1 /BPC 8 /CS /RGB /F /AHx ID 0a0b EI"]
    assert rewrite_content(data, _sp("208"))[0].endswith(b"EI 0208 0 m")


def test_tokenizer_refuses_what_it_cannot_split():
    for bad in (b"(unbalanced (x) Tj", b"a ) b", b"<zz> Tj", b"BI /W 1 ID"):
        with pytest.raises(ValueError):
            list(iter_tokens(bad))


def test_string_values():
    assert decode_literal(b"(a (b) \\) \\\\ \\n\\036\\1x\\\r\ny\r\nz)") == b"a (b) ) \\ \n\x1e\x01xy\nz"
    assert decode_hex(b"<00 3 1A>") == b"\x00\x31\xa0"


# ----------------------------------------------------------------------------- rewriting


def test_numbers_are_padded_with_zeros_until_no_run_collides():
    data = b"0 0 0 rg 208.5 167.18 117.48 10.27 re f 12.0385 -208 208. 91.1 292.00804 TD 2080 1208"
    new, n = rewrite_content(data, _sp("208", "0208", "0385", "292", "00804"))
    assert new == (b"0 0 0 rg 00208.5 167.18 117.48 10.27 re f 12.03850 -00208 00208. 91.1 0292.008040 TD 2080 1208")
    assert n == 5
    assert [float(x) for x in new.split() if re.fullmatch(rb"[-0-9.]+", x)] == \
        [float(x) for x in data.split() if re.fullmatch(rb"[-0-9.]+", x)]


def test_strings_are_reserialised_as_hex_that_spells_nothing():
    data = b"[(!\\036! \\n*+)-3.5(a (nested) \\(036\\) b)]TJ <0031> Tj (keep 0365) Tj <1E> Tj"
    sp = _sp("036", "0031")
    new, n = rewrite_content(data, sp)
    assert n == 3
    assert not _spelled(new, ["036", "0031"])
    old_vals = [decode_literal(data[s:e]) if k == "literal" else decode_hex(data[s:e])
                for k, s, e in list(iter_tokens(data)) if k in ("literal", "hex")]
    new_vals = [decode_literal(new[s:e]) if k == "literal" else decode_hex(new[s:e])
                for k, s, e in list(iter_tokens(new)) if k in ("literal", "hex")]
    assert old_vals == new_vals
    assert b"(keep 0365)" in new and b"<1E>" in new  # untouched: they spell nothing


def test_latin1_superscripts_count_as_digits():
    """A grep of the NFKC-normalised file reads the raw byte \\xb2 as "2"."""
    new, n = rewrite_content(b"(\xb208) Tj", _sp("208"))
    assert (new, n) == (b"<B23038> Tj", 1)


def test_names_get_hex_escapes():
    new, _ = rewrite_content(b"/208 gs /F208 Tf", _sp("208"))
    assert new == b"/#32#30#38 gs /F208 Tf"


def test_inline_image_data_and_comments_pass_through():
    data = b"q 208 0 0 1 0 0 cm BI /W 3 /H 1 /BPC 8 /CS /G ID 208 EI Q % 208"
    new, n = rewrite_content(data, _sp("208"))
    assert new == b"q 0208 0 0 1 0 0 cm BI /W 3 /H 1 /BPC 8 /CS /G ID 208 EI Q % 208"
    assert n == 1


def test_nothing_to_do_is_the_identity():
    assert rewrite_content(STREAM, _sp("999")) == (STREAM, 0)
    assert rewrite_content(STREAM, Speller([])) == (STREAM, 0)


def test_forbidden_tokens_are_the_digit_groups_of_redacted_entries():
    es = [Entry(0, 10, "Kerkstraat 208", "ADDRESS", "redact"), Entry(20, 31, "036-5398765", "PHONE", "redact"),
          Entry(40, 46, "14 058", "NUMBER", "keep"), Entry(50, 52, "12", "X", "redact")]
    assert forbidden_tokens(es) == {"208", "036", "5398765"}


# ----------------------------------------------------------------------------- real PDFs


def _build(path: Path) -> Path:
    """A page whose syntax echoes the numbers of its personal data: a line of text placed at
    y=208 (PDF space), a box at x=208, a string with a control-character glyph code that MuPDF
    writes as the octal escape \\036, and an inline image."""
    doc = pymupdf.open()
    page = doc.new_page()  # A4: 595 x 842
    page.insert_text((72, 100), "Mevrouw J. de Vries woont aan de Kerkstraat 208, 8011 AB Zwolle.", fontname="helv",
                     fontsize=11)
    page.insert_text((72, 130), "Bel 036-5398765 voor een afspraak over de aanvraag.", fontname="helv", fontsize=11)
    page.insert_text((72, 842 - 208), "Deze regel staat precies op de hoogte van het huisnummer.", fontname="helv",
                     fontsize=11)
    page.draw_rect(pymupdf.Rect(208, 700, 300, 720), color=(0, 0, 1), width=1)
    xref = page.get_contents()[0]
    extra = (b"\nq BT /helv 11 Tf 72 400 Td [(Hallo\\036wereld) -250 (en tot ziens)] TJ ET Q\n"
             b"q 20 0 0 20 400 400 cm BI /W 2 /H 2 /BPC 8 /CS /G ID " + INLINE + b" EI Q\n")
    doc.update_stream(xref, doc.xref_stream(xref) + extra)
    doc.save(path)
    doc.close()
    return path


def _streams(doc: pymupdf.Document) -> list[bytes]:
    return [doc.xref_stream(x) for x in range(1, doc.xref_length()) if doc.xref_is_stream(x)]


def _pdftotext(path: Path) -> str:
    return subprocess.run([require_tool("pdftotext"), "-layout", str(path), "-"], capture_output=True,
                          check=True).stdout.decode()


def test_rewrite_changes_nothing_a_reader_or_renderer_sees(tmp_path):
    src = _build(tmp_path / "src.pdf")
    forbidden = {"208", "036", "742", "400"}
    with pymupdf.open(src) as doc:
        cleaned = doc.tobytes(garbage=4, deflate=True, clean=True)
    before = pymupdf.open(stream=cleaned, filetype="pdf")
    raw_before = b"\n".join(_streams(before))
    assert rb"\036" in raw_before and b"208" in raw_before  # the echoes this test is about are there
    assert set(_spelled(raw_before, forbidden)) == forbidden
    after = pymupdf.open(stream=cleaned, filetype="pdf")
    stats = rewrite_document(after, forbidden)
    assert stats.rewritten_tokens >= 4 and not stats.unparsed
    (tmp_path / "b.pdf").write_bytes(before.tobytes())
    after.save(tmp_path / "a.pdf", garbage=4, deflate=True, clean=False, no_new_id=True)
    after.close()
    after = pymupdf.open(tmp_path / "a.pdf")
    assert not _spelled(b"\n".join(_streams(after)), forbidden)
    assert stats.residual == 0
    assert INLINE in after.xref_stream(after[0].get_contents()[0])
    for pb, pa in zip(before, after):
        assert pb.get_text("rawdict") == pa.get_text("rawdict")
        assert pb.get_pixmap(dpi=100).samples == pa.get_pixmap(dpi=100).samples
    assert _pdftotext(tmp_path / "b.pdf") == _pdftotext(tmp_path / "a.pdf")


def test_published_pdf_does_not_spell_redacted_numbers(tmp_path, redactor):
    src = _build(tmp_path / "brief.pdf")
    res = redactor.redact_file(src, tmp_path / "out")
    assert res.status == "published", res.reason  # verification passed
    out = tmp_path / "out" / "publish" / "brief.pdf"
    manifest = json.loads((tmp_path / "out" / "review" / "brief.pdf.manifest.json").read_text("utf-8"))
    forbidden = forbidden_tokens(Entry(r["start"], r["end"], r["text"], r["entity"], "redact")
                                 for r in manifest["redactions"])
    assert {"208", "036", "8011", "5398765"} <= forbidden
    with pymupdf.open(out) as doc:
        binary = ("/FontFile", "/Image")  # font programs and samples: not ours to rewrite
        texty = [doc.xref_stream(x) for x in range(1, doc.xref_length())
                 if doc.xref_is_stream(x) and not any(b in doc.xref_object(x) for b in binary)]
        objects = "\n".join(doc.xref_object(x, compressed=True) for x in range(1, doc.xref_length()))
        assert not _spelled(b"\n".join(texty) + objects.encode("latin-1"), forbidden)
        assert INLINE in doc.xref_stream(doc[0].get_contents()[0])
        text = doc[0].get_text()
    assert out.read_bytes().count(b"startxref") == 1
    assert "Kerkstraat 208" not in text and "5398765" not in text
    assert "Deze regel staat precies op de hoogte van het huisnummer." in text
    assert "Hallo" in text and "en tot ziens" in text
    assert "5.1, 2, e" in text and "Zwolle." in text
