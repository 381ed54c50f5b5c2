"""Fuzzing: any unicode text goes through detection and decisions without an exception and with
offsets that index the text; PDFs with mutated bytes are either refused with a one-line reason or
redacted without leaking what the reader saw."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pymupdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redact.exceptions import Status

# pieces that wake the recognisers up, and characters that change length under lower()/casefold()
PII = ["Jan de Vries", "j.devries@voorbeeld.nl", "06-12345678", "+31 6 1234 5678", "NL91ABNA0417164300",
       "1234 AB", "111222333", "12-03-1985", "wethouder Bakker", "Kerkstraat 12", "XX-123-Y", "İ", "ß", "ﬁ",
       "\u0130stanbul", "Ⅻ", "\u200b", "\r\n", "\n\n", "\t", "e\u0301", "😀"]
texts = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(PII), st.just(" ")), max_size=30).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_any_text_gives_valid_offsets(redactor, text):
    entries = redactor.decide_text(text)
    for e in entries:
        assert 0 <= e.start < e.end <= len(text), e
        assert text[e.start:e.end] == e.text, e
    out = redactor.redact_text(text)
    for e in entries:
        if e.redacted and len(e.text) >= 6 and text.count(e.text) == 1:
            assert e.text not in out, e


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory) -> bytes:
    """A small PDF without an embedded font, so that mutations hit structure and content streams."""
    doc = pymupdf.open()
    for text in ["Reactie graag naar r.lindeboom@postvak.nl of 06-24681357.", "Pagina twee, 1234 AB Zwolle."]:
        doc.new_page().insert_text((72, 72), text, fontname="helv", fontsize=11)
    return doc.tobytes()


mutations = st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(changes=mutations, cut=st.one_of(st.none(), st.floats(0.05, 1)))
def test_mutated_pdf_is_refused_cleanly_or_redacted_without_leak(redactor, seed_pdf, changes, cut):
    data = bytearray(seed_pdf)
    for where, value in changes:
        data[int(where * len(data))] = value
    if cut is not None:
        data = data[: max(1, int(cut * len(data)))]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "muteer.pdf"
        src.write_bytes(bytes(data))
        res = redactor.redact_file(src, Path(tmp) / "out")
        assert isinstance(res.status, Status)
        if res.status != Status.PUBLISHED:
            assert res.reason and "\n" not in res.reason.strip(), res.reason
            assert not (Path(tmp) / "out" / "publish" / "muteer.pdf").exists()
            return
        with pymupdf.open(src) as d:
            seen = "".join(p.get_text() for p in d)
        with pymupdf.open(Path(tmp) / "out" / "publish" / "muteer.pdf") as d:
            published = "".join(p.get_text() for p in d)
        if "r.lindeboom@postvak.nl" in seen:
            assert "r.lindeboom@postvak.nl" not in published
