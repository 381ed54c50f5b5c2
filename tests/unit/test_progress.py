"""Batch progress: plain log lines with counts, pages and ETA when not on a terminal; a bar with
files, pages and ETA on a terminal.

Mainly redact/progress.py. Formerly tests/test_engines_progress.py."""
from __future__ import annotations

import io
import re

from redact.batch import run_batch
from redact.paths import default_rules_dir
from redact.progress import Progress
from tests.builders import make_pdf


def small_batch(tmp_path):
    (tmp_path / "in").mkdir()
    make_pdf(tmp_path / "in" / "a.pdf", ["Mail naar q.bosman@postvak.nl", "Pagina twee."])
    (tmp_path / "in" / "kapot.pdf").write_bytes(b"%PDF-1.7\n%kapot")
    return tmp_path / "in"


def test_plain_lines_when_not_a_terminal(tmp_path):
    stream = io.StringIO()
    run_batch(small_batch(tmp_path), tmp_path / "out", default_rules_dir(), progress=Progress(stream, tty=False))
    lines = stream.getvalue().splitlines()
    assert len(lines) == 4, lines  # 2 files x (read, finished)
    assert all(re.search(r"^\[\d/4\] .*\| pages \d+, [\d.]+ pages/s, ETA \d:\d\d:\d\d$", line) for line in lines)
    assert any(line.startswith("[") and "published    a.pdf" in line for line in lines)
    assert any("failed       kapot.pdf  (" in line for line in lines)


def test_bar_on_a_terminal(tmp_path):
    stream = io.StringIO()
    run_batch(small_batch(tmp_path), tmp_path / "out", default_rules_dir(), progress=Progress(stream, tty=True))
    out = stream.getvalue()
    assert "files read 2/2, done 2/2, pages 2" in out and "100%" in out
    assert "failed       kapot.pdf" in out  # problems are printed above the bar
    assert "published    a.pdf" not in out  # successes only move the bar
