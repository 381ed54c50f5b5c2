"""Resumable batches: a re-run with the same arguments skips files that an earlier (possibly
interrupted) run already published, and redoes the rest.

The batch client appends one JSON line per published file to `OUT/.woo-redact-resume.jsonl`
(flushed and fsynced, so a kill -9 loses at most the line being written; a torn last line is
ignored). A file is skipped only when all of these still hold:

- its input has the same sha256,
- the rules have the same digest,
- the batch holds the same set of files with the same contents (the *batch fingerprint*): a name
  confirmed in one file is redacted in all others (decide/propagation.py), so a published file is
  only final for the batch it was decided in,
- the published file is still there with the sha256 it was written with.

Skipped files still take part in the batch-wide decisions through the names they confirmed
(`confirmed_names`), so the files that are redone get the same redactions as in one
uninterrupted run. `force=True` (`--force`) ignores and truncates the journal.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from .atomic import write_text
from .document import sha256_file
from .findings import REDACT, Entry

log = logging.getLogger(__name__)

JOURNAL = ".woo-redact-resume.jsonl"


def batch_fingerprint(hashes: dict[str, str], rules_digest: str) -> str:
    """One hash over the rules and every (key, input sha256) of the batch."""
    h = hashlib.sha256(rules_digest.encode())
    for key in sorted(hashes):
        h.update(f"\0{key}\0{hashes[key]}".encode())
    return h.hexdigest()


def confirmed_names(entries: list[Entry]) -> list[str]:
    """The names in a file that propagate to the rest of the batch (same rule as propagation.py)."""
    return sorted({e.text for e in entries if e.entity == "PERSON" and e.redacted and not e.suggested
                   and len(e.text) >= 3})


def name_entries(names: list[str]) -> list[Entry]:
    """Stand-in entries that let a skipped file's confirmed names take part in decide()."""
    return [Entry(start=0, end=0, text=n, entity="PERSON", decision=REDACT, origin="resume") for n in names]


@dataclass
class Done:
    """A file an earlier run published for this same batch."""

    result: dict  # FileResult fields
    names: list[str]


class Journal:
    def __init__(self, out_dir: Path, hashes: dict[str, str], rules_digest: str, force: bool = False):
        self.path = Path(out_dir) / JOURNAL
        self.hashes = hashes
        self.rules_digest = rules_digest
        self.fingerprint = batch_fingerprint(hashes, rules_digest)
        self.out_dir = Path(out_dir)
        if force and self.path.exists():
            self.path.unlink()
        self.done: dict[str, Done] = self._load()

    def _load(self) -> dict[str, Done]:
        done: dict[str, Done] = {}
        if not self.path.exists():
            return done
        stale, kept, lines = 0, [], self.path.read_text("utf-8").splitlines()
        for line in lines:
            try:
                rec = json.loads(line)
                key = rec["key"]
            except (ValueError, KeyError, TypeError):
                continue  # a line torn by an interruption
            if (rec.get("fingerprint") != self.fingerprint or rec.get("sha256") != self.hashes.get(key)
                    or rec.get("rules_digest") != self.rules_digest):
                stale += 1
                continue
            out = self.out_dir / rec["result"].get("output", "")
            if not out.is_file() or sha256_file(out) != rec.get("output_sha256"):
                continue
            done[key] = Done(result=rec["result"], names=list(rec.get("names", [])))
            kept.append(line)
        if len(kept) != len(lines):  # keep the journal short: only what still counts
            write_text(self.path, "".join(f"{line}\n" for line in kept))
        if stale:
            log.info("resume: %d journal record(s) are for other inputs or rules; those files are redone", stale)
        return done

    def record(self, result: dict, names: list[str]) -> None:
        """Append one published file (called by the batch client only: a single writer)."""
        out = self.out_dir / result["output"]
        rec = {"key": result["key"], "sha256": self.hashes.get(result["key"], ""), "rules_digest": self.rules_digest,
               "fingerprint": self.fingerprint, "output_sha256": sha256_file(out), "names": names,
               "result": result}
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
            f.flush()
            os.fsync(f.fileno())


def input_hashes(files: list[tuple[Path, str]]) -> dict[str, str]:
    """key -> sha256 of every readable input (unreadable files are left for ingest to report)."""
    out: dict[str, str] = {}
    for path, key in files:
        try:
            out[key] = sha256_file(path)
        except OSError:
            out[key] = ""
    return out
