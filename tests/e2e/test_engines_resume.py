"""Resumable batches: a run killed with SIGKILL and re-run with the same arguments skips what was
published, finishes the rest and leaves nothing half-written; a changed input or `--force` redoes."""
from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from redact.batch import run_batch
from redact.decide import DocState, decide
from redact.paths import default_rules_dir
from redact.resume import JOURNAL, name_entries
from tests.builders import make_pdf
from tests.e2e.test_dask import leftovers, make_corpus, published


def redact_cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "redact", "batch", *args]


def journal_keys(out: Path) -> list[str]:
    path = out / JOURNAL
    if not path.exists():
        return []
    keys = []
    for line in path.read_text("utf-8").splitlines():
        with contextlib.suppress(ValueError):
            keys.append(json.loads(line)["key"])
    return keys


def test_a_batch_killed_mid_run_resumes_where_it_stopped(tmp_path):
    keys = make_corpus(tmp_path / "in", 16)
    out = tmp_path / "out"
    args = redact_cli(str(tmp_path / "in"), "--out", str(out))
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 240
    while len(journal_keys(out)) < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    first = journal_keys(out)
    assert 2 <= len(first) < len(keys), f"kill came too late or too early: {len(first)} published"
    assert not (out / "batch.json").exists()
    stamps = {k: (out / "publish" / k).stat().st_mtime_ns for k in first}

    again = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"resuming: {len(first)} file(s)" in again.stderr
    assert published(out) == keys and not leftovers(out)
    assert {k: (out / "publish" / k).stat().st_mtime_ns for k in first} == stamps  # not redone
    batch = json.loads((out / "batch.json").read_text("utf-8"))
    assert sorted(f["key"] for f in batch["files"]) == keys
    assert {f["status"] for f in batch["files"]} == {"published"}
    assert sorted(journal_keys(out)) == keys


def test_changed_input_and_force_redo_and_a_now_failing_file_is_withdrawn(tmp_path):
    keys = make_corpus(tmp_path / "in", 3)
    out = tmp_path / "out"
    assert run_batch(tmp_path / "in", out, default_rules_dir()).exit_code == 0
    seen: list[dict] = []
    run_batch(tmp_path / "in", out, default_rules_dir(), progress=lambda s, i: s == "start" and seen.append(i))
    assert seen[-1] == {"files": 0, "resumed": 3}
    run_batch(tmp_path / "in", out, default_rules_dir(), force=True,
              progress=lambda s, i: s == "start" and seen.append(i))
    assert seen[-1] == {"files": 3, "resumed": 0}
    # an input that changed into a broken file: everything is redone, and its old output withdrawn
    (tmp_path / "in" / keys[0]).write_bytes(b"%PDF-1.7\n%broken")
    res = run_batch(tmp_path / "in", out, default_rules_dir(), progress=lambda s, i: s == "start" and seen.append(i))
    assert seen[-1] == {"files": 3, "resumed": 0}
    assert res.exit_code == 1 and published(out) == keys[1:]


def test_names_confirmed_in_a_skipped_file_still_propagate(rules):
    text = "Het verslag is opgesteld door Wessel Kranenburg en besproken."
    start = text.index("Wessel")
    fresh = DocState(key="nieuw.txt", text=text, findings=[])
    decide([fresh, DocState(key="gepubliceerd.pdf", text="", findings=[],
                            entries=name_entries(["Wessel Kranenburg"]))], rules)
    assert [(e.start, e.text, e.origin) for e in fresh.entries if e.redacted] == [
        (start, "Wessel Kranenburg", "propagation")]


def test_resume_journal_tolerates_a_torn_last_line(tmp_path):
    keys = make_corpus(tmp_path / "in", 2)
    out = tmp_path / "out"
    run_batch(tmp_path / "in", out, default_rules_dir())
    with open(out / JOURNAL, "a", encoding="utf-8") as f:
        f.write('{"key": "brief 01.pdf", "sha')  # what a kill -9 during a write leaves
    seen: list[dict] = []
    res = run_batch(tmp_path / "in", out, default_rules_dir(), progress=lambda s, i: s == "start" and seen.append(i))
    assert seen == [{"files": 0, "resumed": 2}] and res.exit_code == 0 and published(out) == keys
    make_pdf(tmp_path / "in" / "nieuw.pdf", ["Een extra brief zonder persoonsgegevens."])
    seen.clear()
    run_batch(tmp_path / "in", out, default_rules_dir(), progress=lambda s, i: s == "start" and seen.append(i))
    assert seen == [{"files": 3, "resumed": 0}]  # another set of files: decided anew as one batch


def test_a_new_code_version_redoes_every_file(tmp_path, monkeypatch):
    """The digest that manifests record and resume compares covers the package version too."""
    from redact import _version, pipeline

    make_corpus(tmp_path / "in", 2)
    out = tmp_path / "out"
    seen: list[dict] = []
    run_batch(tmp_path / "in", out, default_rules_dir())
    first = json.loads((out / "batch.json").read_text("utf-8"))["tool"]["rules_digest"]
    monkeypatch.setattr(_version, "__version__", "99.0.0")
    monkeypatch.setattr(pipeline, "_RULES", {})  # the per-process rules cache: as a new install starts
    run_batch(tmp_path / "in", out, default_rules_dir(), progress=lambda s, i: s == "start" and seen.append(i))
    assert seen[-1] == {"files": 2, "resumed": 0}
    assert json.loads((out / "batch.json").read_text("utf-8"))["tool"]["rules_digest"] != first
