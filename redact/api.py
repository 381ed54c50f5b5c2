"""The library surface. The command line is a thin layer over this class.

Importing it is cheap: the stages (and spaCy, Presidio, PyMuPDF behind them) load when a method
first needs them, so `redact --help`, `redact diff` and `redact decide` start fast."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from .exceptions import UsageError
from .findings import Entry, Finding
from .rules import Rules, load_rules

if TYPE_CHECKING:
    from .batch import BatchResult
    from .pipeline import FileResult


class Redactor:
    """Redact documents and texts with one set of rules (default: the shipped `rules/`).

    >>> r = Redactor()
    >>> [f.entity for f in r.analyze_text("Mail Jan de Vries via j.devries@gemeente.nl")]
    ['PERSON', 'EMAIL']
    """

    def __init__(self, rules_dir: str | Path | None = None, label_style: str | None = None):
        self.rules: Rules = load_rules(rules_dir, label_style)
        self.label_style = label_style

    # -- text ------------------------------------------------------------------------------------
    def decide_text(self, text: str) -> list[Entry]:
        """Every decision on a text: redactions and deliberately kept spans."""
        from .decide import DocState, decide
        from .detect import get_detector

        state = DocState(key="<text>", text=text, findings=get_detector(self.rules).analyze(text))
        decide([state], self.rules)
        return state.entries

    def analyze_text(self, text: str) -> list[Finding]:
        """What would be redacted in `text`: findings with start, end, entity, ground, score, source."""
        return [Finding(e.start, e.end, e.entity, e.text, e.score, "+".join(e.detectors), e.ground,
                        "+".join(e.rules))
                for e in self.decide_text(text) if e.redacted]

    def redact_text(self, text: str) -> str:
        from .formats.txt.handler import render

        return render(text, self.decide_text(text), self.rules)

    # -- files -----------------------------------------------------------------------------------
    def redact_file(self, path: str | Path, out_dir: str | Path, docx_to_pdf: bool = False) -> FileResult:
        """Redact one file into OUT_DIR/publish/NAME with its manifest in OUT_DIR/review/.
        `docx_to_pdf`: also publish a PDF rendering of a redacted DOCX (LibreOffice)."""
        from .decide import DocState, decide
        from .formats.docx.topdf import publish_pdfs
        from .pipeline import detect_file, finish_file

        path, out = Path(path), Path(out_dir)
        if not path.is_file():
            raise UsageError(f"{path}: file not found")
        det = detect_file(str(path), path.name, str(self.rules.dir), self.label_style)
        state = DocState(key=det.key, text=det.text, findings=det.findings)
        if not det.error:
            decide([state], self.rules)
        res = finish_file(det, state.entries, str(out), str(self.rules.dir), self.label_style, "0001")
        if docx_to_pdf:
            publish_pdfs(out, [res])
        return res

    def apply_manifest(self, original: str | Path, manifest: str | Path, out_dir: str | Path) -> FileResult:
        """Publish ORIGINAL redacted with exactly the decisions of MANIFEST (no new detection), its
        new manifest in OUT_DIR/review/ and OUT_DIR/report.html."""
        from .report import write_report
        from .review.reapply import apply_manifest

        res = apply_manifest(Path(original), Path(manifest), Path(out_dir), self.rules, self.label_style)
        write_report(Path(out_dir), {res.key: Path(original)})
        return res

    def verify_file(self, original: str | Path, published: str | Path, manifest: str | Path) -> list[str]:
        """Re-run the output verification of a published file on its own; empty means clean."""
        from .verify import verify_files

        for p in (original, published, manifest):
            if not Path(p).is_file():
                raise UsageError(f"{p}: file not found")
        return verify_files(Path(original), Path(published), Path(manifest), self.rules)

    def redact_batch(self, in_dir: str | Path, out_dir: str | Path, workers: int = 1, engine: str = "auto",
                     scheduler: str | None = None, progress=None, force: bool = False,
                     docx_to_pdf: bool = False, reviewed: str | Path | None = None,
                     redetect: bool = False) -> BatchResult:
        """Redact every file below IN_DIR. A re-run skips files already published for the same
        inputs and rules (see redact/resume.py) unless `force`. `docx_to_pdf`: see redact_file.
        `reviewed`: re-apply the manifests of that review folder exactly (no detection), or with
        `redetect` detect again and carry the reviewer's decisions over (see redact/review/)."""
        from .batch import run_batch
        from .formats.docx.topdf import publish_pdfs

        result = run_batch(Path(in_dir), Path(out_dir), self.rules.dir, self.label_style, workers=workers,
                           engine=engine, scheduler=scheduler, progress=progress, force=force,
                           reviewed=Path(reviewed) if reviewed else None, redetect=redetect)
        if docx_to_pdf:
            publish_pdfs(Path(out_dir), result.files)
        return result


def __getattr__(name: str) -> Any:
    """FileResult and BatchResult, loaded on first use (they live with the stages)."""
    if name == "FileResult":
        from .pipeline import FileResult

        return FileResult
    if name == "BatchResult":
        from .batch import BatchResult

        return BatchResult
    raise AttributeError(name)


__all__ = ["Redactor", "FileResult", "BatchResult"]
