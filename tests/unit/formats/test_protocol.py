"""Every registered format handler keeps the one contract (formats/protocol.py), and the generic
pipeline names no format.

Formerly tests/test_format_protocol.py."""
from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from redact.exceptions import UnsupportedFormat
from redact.formats import HANDLERS, handler
from redact.formats.protocol import Applied, FormatHandler

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("fmt", sorted(HANDLERS))
def test_each_handler_keeps_the_contract(fmt):
    mod = handler(fmt)
    assert isinstance(mod, FormatHandler) and fmt == mod.FORMAT
    for name in ("ingest", "apply", "verify"):
        want = list(inspect.signature(getattr(FormatHandler, name)).parameters)[1:]  # without self
        assert list(inspect.signature(getattr(mod, name)).parameters) == want, (fmt, name)


def test_unknown_format_is_refused():
    with pytest.raises(UnsupportedFormat):
        handler("odt")


def test_txt_round_trip_through_the_contract(tmp_path, rules):
    from redact.findings import Entry

    src = tmp_path / "a.txt"
    src.write_text("Bel Jan op 06-12345678.", encoding="utf-8")
    h = handler("txt")
    doc = h.ingest(src)
    e = Entry(11, 22, "06-12345678", "PHONE", "redact", "5.1.2e")
    applied = h.apply(doc, [e], rules, tmp_path / "out.txt")
    assert isinstance(applied, Applied) and applied.entries == [e]
    assert "06-12345678" not in (tmp_path / "out.txt").read_text("utf-8")
    assert h.verify(doc, tmp_path / "out.txt", [e], rules) == []


@pytest.mark.parametrize("module", ["pipeline.py", "batch.py", "api.py", "verify.py"])
def test_the_generic_stages_name_no_format(module):
    tree = ast.parse((REPO / "redact" / module).read_text("utf-8"))
    compared = [n for n in ast.walk(tree) if isinstance(n, ast.Compare)
                and any(isinstance(c, ast.Constant) and c.value in HANDLERS for c in [n.left, *n.comparators])]
    assert not compared, [ast.unparse(n) for n in compared]
