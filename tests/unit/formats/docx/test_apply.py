"""Property: however Word splits a paragraph into runs and wherever the redacted spans fall, the
output reads as the text with each span replaced by one label, and every untouched character keeps
its own formatting.

Mainly redact/formats/docx/apply.py, through the DOCX handler. Formerly tests/test_docx_runs.py."""
from __future__ import annotations

import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from redact.findings import REDACT, Entry
from redact.formats.docx import handler
from tests.docx_builders import make_docx, p, r

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LABEL = "5.1, 2, e"


@st.composite
def paragraphs(draw):
    text = draw(st.text(alphabet="qwxyz ", min_size=4, max_size=50).filter(lambda s: s.strip()))
    cuts = sorted(set(draw(st.lists(st.integers(1, len(text) - 1), max_size=8))))
    bounds = [0, *cuts, len(text)]
    runs = [(text[a:b], draw(st.booleans())) for a, b in zip(bounds, bounds[1:])]
    points = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=6))))
    spans = [(a, b) for a, b in zip(points[::2], points[1::2]) if b > a]
    return text, runs, spans


def _output_runs(path) -> list[tuple[str, bool, bool]]:
    """(text, bold, is_label) of each run of the first paragraph."""
    with zipfile.ZipFile(path) as z:
        para = etree.fromstring(z.read("word/document.xml")).find(f".//{W}p")
    out = []
    for run in para.iter(f"{W}r"):
        rpr = run.find(f"{W}rPr")
        bold = rpr is not None and rpr.find(f"{W}b") is not None
        label = rpr is not None and rpr.find(f"{W}shd") is not None
        out.append(("".join(t.text or "" for t in run.iter(f"{W}t")), bold, label))
    return out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=paragraphs())
def test_spans_over_any_run_split(tmp_path_factory, rules, case):
    text, runs, spans = case
    tmp = tmp_path_factory.mktemp("runs")
    src = make_docx(tmp / "in.docx", p(*[r(s, bold=b) for s, b in runs]))
    doc = handler.ingest(src)
    assert doc.text == text
    entries = [Entry(start=a, end=b, text=text[a:b], entity="PERSON", decision=REDACT, ground="5.1.2e",
                     origin="manual") for a, b in spans]
    out = tmp / "out.docx"
    handler.apply(doc, entries, rules, out)

    expected, pos = [], 0
    for a, b in spans:
        expected += [text[pos:a], LABEL]
        pos = b
    expected.append(text[pos:])
    got = _output_runs(out)
    assert "".join(t for t, _, _ in got) == "".join(expected)
    assert sum(1 for _, _, label in got if label) == len(spans)

    bold_of = [b for s, b in runs for _ in s]
    kept = [i for i in range(len(text)) if not any(a <= i < b for a, b in spans)]
    assert [b for t, b, label in got if not label for _ in t] == [bold_of[i] for i in kept]
    assert handler.verify(doc, out, entries, rules) == []
