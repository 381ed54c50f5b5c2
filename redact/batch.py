"""A batch in two phases: detect every file, decide with batch-wide knowledge, then apply,
verify and publish every file; finally the inventory list and batch.json."""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._version import __version__
from .atomic import remove_stale, write_text
from .decide import DocState, decide
from .engines import make_engine
from .exceptions import Status, UsageError
from .formats import SUFFIXES
from .inventory import document_numbers, previous_numbers, write_inventory
from .pipeline import (
    Detected,
    FileResult,
    detect_file,
    finish_file,
    rules_for,
)
from .report import write_report
from .resume import Journal, confirmed_names, input_hashes, name_entries
from .review.decisions import rerun_changes, review_of
from .review.reapply import load_reviewed, read_file, reviewed_state

log = logging.getLogger(__name__)


@dataclass
class BatchResult:
    out_dir: Path
    files: list[FileResult] = field(default_factory=list)
    rerun: dict[str, dict[str, list]] = field(default_factory=dict)  # key -> new/vanished findings vs review

    @property
    def exit_code(self) -> int:
        return 0 if all(f.status == Status.PUBLISHED for f in self.files) else 1

    def summary(self) -> dict[str, Any]:
        count = {s.value: sum(1 for f in self.files if f.status == s) for s in Status}
        return {"files": len(self.files), **count, "pages": sum(f.pages for f in self.files),
                "redactions": sum(f.redactions for f in self.files)}


def discover(in_dir: Path) -> tuple[list[tuple[Path, str]], list[tuple[str, str]]]:
    """Files to process (path, key) and files skipped with a reason. Symlinks that lead outside
    the input folder are not followed."""
    root = in_dir.resolve()
    found: list[tuple[Path, str]] = []
    skipped: list[tuple[str, str]] = []
    for dirpath, dirnames, filenames in os.walk(in_dir, followlinks=False):
        dirnames.sort()
        for d in list(dirnames):
            p = Path(dirpath) / d
            if p.is_symlink():
                dirnames.remove(d)
                skipped.append((p.relative_to(in_dir).as_posix() + "/", "symlinked folder (not followed)"))
        for name in sorted(filenames):
            p = Path(dirpath) / name
            if p.suffix.lower() not in SUFFIXES or name.startswith("~$"):
                continue
            key = p.relative_to(in_dir).as_posix()
            if p.is_symlink():
                target = p.resolve()
                if not target.is_relative_to(root):
                    skipped.append((key, "symlink leads outside the input folder (not followed)"))
                    continue
            found.append((p, key))
    return sorted(found, key=lambda t: t[1]), skipped


def check_dirs(in_dir: Path, out_dir: Path) -> None:
    if not in_dir.is_dir():
        raise UsageError(f"{in_dir}: input folder not found")
    i, o = in_dir.resolve(), out_dir.resolve()
    if o == i or o.is_relative_to(i):
        raise UsageError(f"{out_dir}: the output folder may not be inside the input folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / f".write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as e:
        raise UsageError(f"{out_dir}: output folder is not writable ({e.strerror})") from e


def run_batch(in_dir: Path, out_dir: Path, rules_dir: Path, label_style: str | None = None, workers: int = 1,
              engine: str = "auto", scheduler: str | None = None, progress=None, force: bool = False,
              reviewed: Path | None = None, redetect: bool = False) -> BatchResult:
    """`reviewed`: a review folder whose manifests are re-applied exactly, without new detection
    (with `redetect`: detection runs again and the reviewer's decisions are carried over). Without
    it, reviewer decisions in OUT/review manifests are carried over to files that are redone."""
    in_dir, out_dir = Path(in_dir), Path(out_dir)
    check_dirs(in_dir, out_dir)
    rules = rules_for(str(rules_dir), label_style)
    remove_stale(out_dir)
    files, skipped = discover(in_dir)
    numbers = document_numbers([k for _, k in files] + [k for k, _ in skipped], previous_numbers(out_dir, reviewed))
    if reviewed is not None and not Path(reviewed).is_dir():
        raise UsageError(f"{reviewed}: review folder not found")
    prior = load_reviewed(reviewed) if reviewed else {
        k: m for k, m in load_reviewed(out_dir / "review").items() if review_of(m, rules)}
    redetect = redetect or reviewed is None
    journal = Journal(out_dir, input_hashes(files), rules.digest, force=force or reviewed is not None)
    todo = [(p, k) for p, k in files if k not in journal.done]
    result = BatchResult(out_dir=out_dir)
    result.files += [FileResult(**{k: v for k, v in d.result.items() if k in FileResult.__dataclass_fields__})
                     for d in journal.done.values()]
    if progress:
        progress("start", {"files": len(todo), "resumed": len(journal.done)})
    eng = make_engine(engine, workers, scheduler)
    try:
        detected: list[Detected] = []
        for det in eng.map(detect_file, ((str(p), k, str(rules.dir), label_style) for p, k in todo
                                         if redetect or k not in prior),
                           on_error=lambda args, why: Detected(key=args[1], path=args[0], error=why)):
            detected.append(det)
            if progress:
                progress("detect", det)
        states = [DocState(key=d.key, text=d.text, findings=d.findings,
                           review=review_of(prior[d.key], rules) if d.key in prior else {}) for d in detected]
        fixed = _reviewed_states(eng, [(p, k) for p, k in todo if not redetect and k in prior], prior, rules)
        detected += [d for d, _ in fixed]
        # files an earlier run published still lend their confirmed names to the batch-wide decisions
        resumed = [DocState(key=k, text="", findings=[], entries=name_entries(d.names))
                   for k, d in journal.done.items()]
        resumed += [DocState(key=s.key, text="", findings=[], entries=name_entries(confirmed_names(s.entries)))
                    for _, s in fixed]
        errors = {d.key for d in detected if d.error}
        decide([s for s in states if s.key not in errors] + resumed, rules)
        if progress:
            progress("decide", None)
        for s in states:
            if s.key in prior and s.key not in errors:
                s.review["rerun"] = result.rerun[s.key] = rerun_changes(prior[s.key], s.entries)
        states += [s for _, s in fixed]
        entries = {s.key: s.entries for s in states}
        reviews = {s.key: s.review or None for s in states}
        jobs = ((d, entries[d.key], str(out_dir), str(rules.dir), label_style, numbers[d.key], None, reviews[d.key])
                for d in detected)
        for res in eng.map(finish_file, jobs, on_error=lambda args, why: FileResult(
                key=args[0].key, status=Status.FAILED, reason=why, document_number=args[5])):
            res.reason = " ".join(res.reason.split())  # one line in batch.json and the inventory
            result.files.append(res)
            if res.status == Status.PUBLISHED:
                journal.record(res.to_dict(), confirmed_names(entries[res.key]))
            if progress:
                progress("finish", res)
    finally:
        eng.close()
        remove_stale(out_dir)  # temporary files of a worker that was killed mid-write
        if progress:
            progress("end", None)
    for key, reason in skipped:
        result.files.append(FileResult(key=key, status=Status.FAILED, reason=reason, document_number=numbers[key]))
    result.files.sort(key=lambda f: f.key)
    write_inventory(out_dir, result.files)
    write_report(out_dir, {k: p for p, k in files})
    batch = {"tool": {"name": "woo-redact", "version": __version__, "rules_digest": rules.digest},
             "input": str(in_dir), "summary": result.summary(), "exit_code": result.exit_code,
             "files": [f.to_dict() for f in result.files]}
    write_text(out_dir / "batch.json", json.dumps(batch, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    return result


def _reviewed_states(eng, todo: list[tuple[Path, str]], prior: dict, rules) -> list[tuple[Detected, DocState]]:
    """Files re-applied from a reviewed manifest: read (no detection), decisions from the manifest."""
    out = []
    for det in eng.map(read_file, ((str(p), k) for p, k in todo),
                       on_error=lambda args, why: Detected(key=args[1], path=args[0], error=why)):
        state = DocState(key=det.key, text=det.text, findings=[])
        if not det.error:
            try:
                state = reviewed_state(det, prior[det.key], rules)
            except UsageError as e:
                det.error = str(e)
        out.append((det, state))
    return out
