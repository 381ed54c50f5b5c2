"""The command line as a user types it: the installed `redact` script in a subprocess."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.builders import make_pdf

REDACT = [sys.executable, "-m", "redact"]


def run(args: list[str], stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(REDACT + args, input=stdin, capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


def test_text_from_stdin():
    p = run(["text"], "Mail j.devries@gemeente.nl graag.\n")
    assert p.returncode == 0, p.stderr
    assert p.stdout == "Mail [5.1, 2, e] graag.\n"


def test_text_json_and_compact_labels():
    p = run(["text", "--json", "--label-style", "compact"], "Mail j.devries@gemeente.nl graag.")
    assert p.returncode == 0, p.stderr
    (f,) = [f for f in json.loads(p.stdout) if f["entity"] == "EMAIL"]
    assert (f["start"], f["end"], f["ground"]) == (5, 26, "5.1.2e")


def test_file_command(tmp_path):
    src = make_pdf(tmp_path / "één brief.pdf", ["Contact: a.dekker@voorbeeld.nl"])
    p = run(["file", str(src), "--out", str(tmp_path / "out")])
    assert p.returncode == 0, p.stderr
    assert (tmp_path / "out" / "publish" / "één brief.pdf").exists()
    assert (tmp_path / "out" / "review" / "één brief.pdf.manifest.json").exists()


def test_usage_errors_exit_2(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    assert run(["batch", str(inp)]).returncode == 2  # --out missing
    p = run(["batch", str(inp), "--out", str(inp / "out")])
    assert p.returncode == 2 and "inside" in p.stderr
    p = run(["batch", str(tmp_path / "missing"), "--out", str(tmp_path / "o")])
    assert p.returncode == 2 and "missing" in p.stderr
    assert run(["batch", str(inp), "--out", str(tmp_path / "o"), "--label-style", "roman"]).returncode == 2


def test_batch_exit_codes(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    make_pdf(inp / "ok.pdf", ["Geen persoonsgegevens."])
    assert run(["batch", str(inp), "--out", str(tmp_path / "o1")]).returncode == 0
    (inp / "kapot.pdf").write_bytes(b"not a pdf at all")
    p = run(["batch", str(inp), "--out", str(tmp_path / "o2")])
    assert p.returncode == 1
    assert "kapot.pdf" in p.stderr
