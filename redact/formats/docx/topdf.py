"""`--docx-to-pdf`: publish a PDF rendering (LibreOffice headless) next to each published DOCX.

The rendering is made from the redacted, verified DOCX, then checked once more: its text may not
hold a redacted string more often than the DOCX does. Each conversion runs in its own temporary
LibreOffice profile, so parallel runs do not clash over a shared one."""
from __future__ import annotations

import json
import logging
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ...atomic import atomic_target
from ...exceptions import InputError, Status
from ...textcheck import count_word, norm
from .parts import Package
from .text import visible_text

log = logging.getLogger(__name__)
TIMEOUT = 180


def soffice() -> str:
    for name in ("soffice", "libreoffice"):
        if path := shutil.which(name):
            return path
    raise InputError("LibreOffice (soffice) is not installed: cannot render DOCX as PDF")


def convert(docx: Path, pdf: Path) -> None:
    """Render `docx` as `pdf` with LibreOffice headless."""
    with tempfile.TemporaryDirectory(prefix="woo-soffice-") as tmp:
        work = Path(tmp)
        src = work / "in.docx"
        shutil.copyfile(docx, src)
        cmd = [soffice(), "--headless", "--norestore", f"-env:UserInstallation={(work / 'profile').as_uri()}",
               "--convert-to", "pdf", "--outdir", str(work / "out"), str(src)]
        try:
            p = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT, check=False)
        except subprocess.TimeoutExpired as e:
            raise InputError(f"LibreOffice did not finish rendering within {TIMEOUT} s") from e
        made = work / "out" / "in.pdf"
        if p.returncode != 0 or not made.exists():
            raise InputError(f"LibreOffice could not render the DOCX: {p.stderr.decode(errors='replace')[-300:]}")
        shutil.copyfile(made, pdf)


def leaks(docx: Path, pdf: Path, redacted: Iterable[str]) -> list[str]:
    """Redacted strings the PDF shows more often than the DOCX does (should never happen)."""
    import pymupdf

    with pymupdf.open(pdf) as doc:
        pdf_text = norm("\n".join(page.get_text() for page in doc))
    docx_text = norm(visible_text(Package.open(docx)))
    return [s for s in sorted({norm(t) for t in redacted})
            if len(s) >= 2 and count_word(pdf_text, s) > count_word(docx_text, s)]


def pdf_target(out_dir: Path, output: str, taken: set[str]) -> Path:
    """publish/x.docx -> publish/x.pdf, or x.docx.pdf when x.pdf is the output of another input."""
    plain = Path(output).with_suffix(".pdf").as_posix()
    return out_dir / (plain if plain not in taken else output + ".pdf")


def publish_pdf(out_dir: Path, output: str, manifest: str, taken: set[str]) -> str:
    """Render one published DOCX (paths relative to `out_dir`); returns the PDF's relative path."""
    docx = out_dir / output
    redacted = [e["text"] for e in json.loads((out_dir / manifest).read_text("utf-8")).get("redactions", [])]
    target = pdf_target(out_dir, output, taken)
    with atomic_target(target) as tmp:
        convert(docx, tmp)
        if bad := leaks(docx, tmp, redacted):
            raise InputError(f"PDF rendering shows {len(bad)} redacted string(s); not published")
    return target.relative_to(out_dir).as_posix()


def publish_pdfs(out_dir: Path, results: list) -> dict[str, str]:
    """Render every published DOCX of a run; {key: pdf path or 'failed: reason'}. A failed rendering
    leaves the DOCX published and is logged; the rendering of a DOCX that is no longer published is
    withdrawn."""
    taken = {f"publish/{r.key}" for r in results}
    done: dict[str, str] = {}
    for r in results:
        if r.format != "docx":
            continue
        output = f"publish/{r.key}"
        if r.status != Status.PUBLISHED or not r.output:
            pdf_target(out_dir, output, taken).unlink(missing_ok=True)
            continue
        try:
            done[r.key] = publish_pdf(out_dir, r.output, r.manifest, taken)
        except InputError as e:
            log.warning("%s: %s", r.key, e)
            pdf_target(out_dir, output, taken).unlink(missing_ok=True)
            done[r.key] = f"failed: {e}"
    return done
