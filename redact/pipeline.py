"""One file through the stages. A batch calls `detect_file` for every file (phase 1), decides for
the whole batch, then calls `finish_file` for every file (phase 2). Both take and return plain,
picklable data, so they run the same in-process, in a worker pool or on a Dask cluster."""
from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import manifest as mf
from .atomic import atomic_target
from .detect import get_detector
from .document import Document, sha256_file
from .exceptions import InputError, NeedsReview, RedactError, Status, VerificationFailed, unexpected_reason
from .findings import Entry, Finding
from .formats import handler, sniff
from .inventory import document_date
from .public_names import public_key
from .rules import Rules, load_rules
from .verify import verify_output

log = logging.getLogger(__name__)


@dataclass
class Detected:
    """Phase-1 result for one file."""

    key: str  # relative path, POSIX separators
    path: str
    format: str = ""
    sha256: str = ""
    pages: int = 0
    title: str = ""
    text: str = ""
    findings: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    needs_review: list[str] = field(default_factory=list)
    error: str = ""


@dataclass
class FileResult:
    """Phase-2 result for one file: what the batch summary and inventory list need."""

    key: str
    status: Status
    reason: str = ""
    format: str = ""
    pages: int = 0
    document_number: str = ""
    output: str = ""
    manifest: str = ""
    grounds: list[str] = field(default_factory=list)
    redactions: int = 0
    kept: int = 0
    title: str = ""
    sha256: str = ""
    date: str = ""  # the document's own date, for the inventory list (inventory.py)
    public_name: str = ""  # the path it is published and listed under: the key without personal data

    def __post_init__(self) -> None:
        self.status = Status(self.status)  # also from a journal or JSON record

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "status": self.status.value}


_RULES: dict[tuple[str, str | None], Rules] = {}


def rules_for(rules_dir: str, label_style: str | None) -> Rules:
    """Rules cached per process (workers receive only the folder name)."""
    k = (rules_dir, label_style)
    if k not in _RULES:
        _RULES[k] = load_rules(rules_dir, label_style)
    return _RULES[k]


def _ingest(path: Path) -> Document:
    fmt = sniff(path)
    return handler(fmt).ingest(path)


def detect_file(path: str, key: str, rules_dir: str, label_style: str | None = None) -> Detected:
    """Phase 1: read the file and run the detectors. Errors are captured, never raised."""
    det = Detected(key=key, path=path)
    try:
        rules = rules_for(rules_dir, label_style)
        doc = _ingest(Path(path))
        det.format, det.sha256, det.pages, det.title = doc.format, doc.sha256, doc.pages, doc.title
        det.text, det.warnings, det.needs_review = doc.text, list(doc.warnings), list(doc.needs_review)
        det.findings = get_detector(rules).analyze(doc.text)
    except RedactError as e:
        det.error = str(e)
    except Exception as e:  # the one safety net of phase 1: nothing planned for may stop the batch
        log.warning("detect failed for %s\n%s", path, traceback.format_exc())
        det.error = unexpected_reason(e, "read")
    return det


def manifest_path(out_dir: Path, key: str) -> Path:
    return out_dir / "review" / f"{key}.manifest.json"


def publish_path(out_dir: Path, key: str) -> Path:
    return out_dir / "publish" / key


def finish_file(det: Detected, entries: list[Entry], out_dir: str, rules_dir: str, label_style: str | None,
                document_number: str, extra_warnings: list[str] | None = None,
                review: dict | None = None) -> FileResult:
    """Phase 2: apply the decided entries, verify the output, publish it or withhold it, and write
    the manifest. Errors are captured into the result. `review`: a reviewer's decisions, terms and
    page areas (decide/reviewed.py), kept in the manifest; the areas are redacted here."""
    out = Path(out_dir)
    rules = rules_for(rules_dir, label_style)
    pub_key = public_key(det.key, document_number, det.text, entries) if not det.error else det.key
    res = FileResult(key=det.key, status=Status.FAILED, format=det.format, pages=det.pages,
                     document_number=document_number, title=det.title, sha256=det.sha256, public_name=pub_key)
    warnings = list(det.warnings) + list(extra_warnings or [])
    if pub_key != det.key:
        warnings.append(f"the file name holds personal data: published as '{pub_key}'")
    output_info: dict[str, Any] | None = None
    hidden: dict[str, Any] = {}
    if det.error:
        res.reason = det.error
    else:
        try:
            doc = _ingest(Path(det.path))
            if doc.sha256 != det.sha256:
                raise InputError("input file changed while the batch was running")
            final = publish_path(out, pub_key)
            with atomic_target(final) as tmp:
                applied = handler(doc.format).apply(doc, entries, rules, tmp, (review or {}).get("areas") or [])
                entries, hidden = applied.entries, applied.hidden_data_removed
                warnings += applied.warnings
                problems = verify_output(doc, tmp, entries, rules)
                if problems:
                    raise VerificationFailed(problems)
                if doc.needs_review:
                    raise NeedsReview("; ".join(doc.needs_review))
                sha = sha256_file(tmp)
            res.status, res.output = Status.PUBLISHED, final.relative_to(out).as_posix()
            output_info = {"path": res.output, "sha256": sha}
        except RedactError as e:  # InputError, NeedsReview, VerificationFailed, ...: the file is withheld
            res.status, res.reason = e.status, str(e)
        except Exception as e:  # the one safety net of phase 2: withhold the file, carry on
            log.warning("finish failed for %s\n%s", det.path, traceback.format_exc())
            res.status, res.reason = Status.FAILED, unexpected_reason(e, "redact")
    for stale in {det.key, pub_key}:  # an earlier run's output of this file must not stay published
        if res.status != Status.PUBLISHED or stale != pub_key:
            publish_path(out, stale).unlink(missing_ok=True)
    res.redactions = sum(1 for e in entries if e.redacted)
    res.kept = len(entries) - res.redactions
    res.date = document_date(det.text, entries)
    res.grounds = sorted({e.ground for e in entries if e.redacted}) if res.status == Status.PUBLISHED else []
    mpath = manifest_path(out, det.key)
    manifest = mf.build(
        key=det.key,
        source={"path": det.key, "sha256": det.sha256, "format": det.format, "pages": det.pages},
        output=output_info, status=res.status, reason=res.reason, entries=entries, warnings=warnings,
        rules_digest=rules.digest, label_of=rules.label, nlp_model=Path(rules.nlp_model).name,
        document_number=document_number, extra={"hidden_data_removed": hidden, "review": review},
    )
    mf.write(mpath, manifest)
    res.manifest = mpath.relative_to(out).as_posix()
    return res

