"""Fail closed: what verification cannot read is a failure, damaged inputs are withheld, and every
reason is a sentence a Woo officer can act on, never a library's exception text. The damage is
done to real files: a broken cross-reference table, corrupt compressed streams."""
from __future__ import annotations

import json
import re
import zlib
from pathlib import Path

import pymupdf
import pytest

from redact.batch import run_batch
from redact.exceptions import unexpected_reason
from redact.formats.pdf import handler
from redact.manifest import entries_of
from redact.paths import default_rules_dir
from tests.builders import make_pdf

LETTER = ["Beste collega,\nDe melder is bereikbaar via m.dekker@postvak.nl of 06-41234567.\nGroet."]
LIBRARY_TEXT = re.compile(r"\b[A-Z]\w*(Error|Exception)\b|Traceback|zlib|xref|mupdf", re.I)


def _damage_stream(pdf_bytes: bytes, xref: int) -> bytes:
    """The file with the middle of stream `xref`'s compressed data overwritten by garbage of the
    same length: the cross-reference table stays right, only the stream's data is damaged."""
    with pymupdf.open(stream=pdf_bytes, filetype="pdf") as pdf:
        data = pdf.tobytes(deflate=True, expand=0)  # Flate streams, no object streams
    start = data.index(b"stream", data.index(f"\n{xref} 0 obj".encode())) + len(b"stream")
    start += 2 if data[start:start + 2] == b"\r\n" else 1
    end = data.index(b"endstream", start)
    zlib.decompressobj().decompress(data[start:end])  # a real Flate stream is what is damaged
    mid = start + (end - start) // 3
    return data[:mid] + b"\xff" * 12 + data[mid + 12:]


def _content_xref(pdf_bytes: bytes) -> int:
    with pymupdf.open(stream=pdf_bytes, filetype="pdf") as pdf:
        return pdf[0].get_contents()[0]


@pytest.fixture()
def published(tmp_path, redactor):
    src = make_pdf(tmp_path / "brief.pdf", LETTER)
    res = redactor.redact_file(src, tmp_path / "out")
    assert res.status == "published", res.reason
    entries = entries_of(json.loads((tmp_path / "out" / "review" / "brief.pdf.manifest.json").read_text()))
    return tmp_path / "out" / "publish" / "brief.pdf", handler.ingest(src), entries


def test_an_output_stream_that_cannot_be_decoded_fails_verification(published, rules, tmp_path):
    out, doc, entries = published
    content = _content_xref(out.read_bytes())
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(_damage_stream(out.read_bytes(), content))
    problems = handler.verify(doc, bad, entries, rules)
    assert any(f"stream {content} of the output cannot be decoded" in p for p in problems), problems


def _batch(tmp_path: Path, files: dict[str, bytes]) -> dict[str, dict]:
    inp = tmp_path / "in"
    inp.mkdir()
    for name, data in files.items():
        (inp / name).write_bytes(data)
    res = run_batch(inp, tmp_path / "out", default_rules_dir())
    assert res.exit_code == 1
    return {f["key"]: f for f in json.loads((tmp_path / "out" / "batch.json").read_text("utf-8"))["files"]}


def test_damaged_inputs_are_withheld_with_plain_reasons(tmp_path):
    good = make_pdf(tmp_path / "good.pdf", LETTER).read_bytes()
    files = _batch(tmp_path, {
        "kapotte-xref.pdf": good.replace(b"startxref", b"startxrfe"),
        "kapotte-stroom.pdf": _damage_stream(good, _content_xref(good)),
        "afgekapt.pdf": good[: len(good) // 3],
        "goed.pdf": good,
    })
    assert files["goed.pdf"]["status"] == "published"
    xref = files["kapotte-xref.pdf"]
    assert xref["status"] == "needs_review" and "cross-reference table is broken" in xref["reason"]
    assert "qpdf" in xref["reason"]
    assert files["kapotte-stroom.pdf"]["status"] in ("needs_review", "failed")
    assert files["afgekapt.pdf"]["status"] in ("needs_review", "failed")
    for key in ("kapotte-xref.pdf", "kapotte-stroom.pdf", "afgekapt.pdf"):
        reason = files[key]["reason"]
        assert reason.startswith("damaged PDF"), reason
        assert not LIBRARY_TEXT.search(reason.replace("cross-reference", "")), reason
        assert not (tmp_path / "out" / "publish" / key).exists()


def test_an_unexpected_error_becomes_a_plain_reason():
    for exc in (KeyError("/Kids"), MemoryError(), RecursionError("maximum recursion depth exceeded"),
                FileNotFoundError(2, "No such file or directory")):
        reason = unexpected_reason(exc, "redact")
        assert "withheld" in reason or "memory" in reason or "nested" in reason or "disk" in reason
        assert "/Kids" not in reason and "maximum recursion" not in reason and not LIBRARY_TEXT.search(reason)
