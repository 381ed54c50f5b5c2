"""OCR of image-only pages with the Tesseract command line (no Python binding needed).

Pages are rendered in RGB (Tesseract reads nothing from some grayscale pixmaps) at 300 dpi and
read with `tesseract - - -l nld tsv`; every word comes back with its box in PDF points. Results
are memoised per (file hash, page, dpi), so the detect and finish phases of one worker OCR a page
once.
"""
from __future__ import annotations

import csv
import functools
import io
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, replace

import pymupdf

DPI = 300
LANG = "nld"
TIMEOUT = 180  # seconds per page
_MEMO: dict[tuple[str, int, int], list[OcrWord]] = {}
_MEMO_MAX = 500


@dataclass(frozen=True)
class OcrWord:
    text: str
    rect: tuple[float, float, float, float]  # PDF points, unrotated page space
    line: tuple[int, int, int, int]  # (block, paragraph, line) as Tesseract numbers them, and the cell on the line
    line_height: float  # height of the whole OCR line in points
    conf: float
    wraps: bool = False  # last word of a line whose paragraph goes on on the next line (a soft wrap)


class OcrUnavailable(RuntimeError):
    pass


@functools.cache
def available() -> str:
    """Why OCR cannot run ("" when it can): tesseract missing or without the Dutch model."""
    exe = shutil.which("tesseract")
    if not exe:
        return "Tesseract OCR is not installed"
    try:
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError) as e:
        return f"Tesseract does not run: {e}"
    if LANG not in langs.split():
        return f"Tesseract has no '{LANG}' language data (install tesseract-ocr-{LANG})"
    return ""


def render(page: pymupdf.Page, dpi: int = DPI, clip: pymupdf.Rect | None = None) -> pymupdf.Pixmap:
    return page.get_pixmap(dpi=dpi, colorspace=pymupdf.csRGB, alpha=False, clip=clip)


def is_blank(page: pymupdf.Page) -> bool:
    """A page that renders as one colour has nothing to read."""
    return render(page, dpi=36).is_unicolor


def read_png(png: bytes, scale: float, origin: tuple[float, float] = (0.0, 0.0)) -> list[OcrWord]:
    """Words Tesseract reads in a PNG; pixel boxes are mapped to points by `scale` (points per pixel)."""
    why = available()
    if why:
        raise OcrUnavailable(why)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        proc = subprocess.run(["tesseract", "-", "-", "-l", LANG, "--dpi", str(DPI), "tsv"], input=png,
                              capture_output=True, timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired as e:
        raise OcrUnavailable(f"Tesseract took longer than {TIMEOUT} s") from e
    if proc.returncode != 0:
        raise OcrUnavailable(f"Tesseract failed: {proc.stderr.decode(errors='replace')[:200]}")
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode("utf-8", errors="replace")), delimiter="\t",
                               quoting=csv.QUOTE_NONE))
    ox, oy = origin
    lines: dict[tuple[int, int, int], float] = {}
    for r in rows:
        if r.get("level") == "4":
            lines[(int(r["block_num"]), int(r["par_num"]), int(r["line_num"]))] = int(r["height"]) * scale
    words = []
    for r in rows:
        text = (r.get("text") or "").strip()
        if r.get("level") != "5" or not text:
            continue
        x, y, w, h = (int(r[k]) for k in ("left", "top", "width", "height"))
        key = (int(r["block_num"]), int(r["par_num"]), int(r["line_num"]))
        rect = (ox + x * scale, oy + y * scale, ox + (x + w) * scale, oy + (y + h) * scale)
        words.append(OcrWord(text, rect, (*key, 0), lines.get(key, h * scale), float(r.get("conf") or 0)))
    return structure(words)


CELL_GAP = 1.5  # a gap between two words of a line wider than this many line heights separates table cells
WRAP_GAP = 0.3  # the width of a space, in line heights, when testing whether a word would have fitted


def _rule(text: str) -> bool:
    """A table's vertical rule read as a word ("|"): it separates cells."""
    return all(c in "|¦│" for c in text)


def structure(words: list[OcrWord]) -> list[OcrWord]:
    """Give OCR words the structure a text layer has: table cells and tabbed columns on one
    line become lines of their own (a wide gap or a "|" rule ends one), so that "Bakker, Roel | Humanitas"
    does not read as one name; and the last word of a soft-wrapped line is flagged (`wraps`), so
    that a name broken over two lines reads as one. Boxes must be upright (as displayed)."""
    if not words:
        return words
    words = _glue_addresses(words)
    out: list[OcrWord] = []
    cells: dict[tuple[int, int, int], int] = {}  # physical line -> number of cells on it
    for w in words:
        phys = w.line[:3]
        prev = out[-1] if out else None
        cell = 0
        if prev is not None and prev.line[:3] == phys:
            cell = prev.line[3]
            if w.rect[0] - prev.rect[2] > CELL_GAP * w.line_height or _rule(w.text) or _rule(prev.text):
                cell += 1
        cells[phys] = cell + 1
        out.append(replace(w, line=(*phys, cell)))
    return _mark_wraps(out, cells)


_LOCAL = re.compile(r"[\w.+-]*\w@?")  # the part of an e-mail address before the domain
_DOMAIN = re.compile(r"@?[\w-]+(\.[\w-]+)+[.,;:)]*")


def _glue_addresses(words: list[OcrWord]) -> list[OcrWord]:
    """Tesseract often reads an e-mail address as two words, split before or after the "@"
    ("w.jansen @gemeente.nl"): glue them back, so that the address is found and redacted whole.
    An "@" mention without a domain ("@Jan") stays a word of its own."""
    out: list[OcrWord] = []
    for w in words:
        prev = out[-1] if out else None
        if (prev is not None and prev.line == w.line and prev.text.count("@") + w.text.count("@") == 1
                and (prev.text.endswith("@") or w.text.startswith("@"))
                and _LOCAL.fullmatch(prev.text) and _DOMAIN.fullmatch(w.text)):
            rect = tuple(pymupdf.Rect(prev.rect) | pymupdf.Rect(w.rect))
            out[-1] = replace(prev, text=prev.text + w.text, rect=rect, conf=min(prev.conf, w.conf))
        else:
            out.append(w)
    return out


def _mark_wraps(words: list[OcrWord], cells: dict[tuple[int, int, int], int]) -> list[OcrWord]:
    """Flag the last word of every line that wraps into the next line of its paragraph, as a text
    layer's trailing space would: the next line's first word would not have fitted at its end,
    because the line reaches the text's right margin. In a table row the last cell wraps when the
    next line holds only its continuation (starting where that cell starts). Hard breaks (short
    lines, e-mail headers, addresses), paragraph ends and table rows stay line ends; a next line
    that starts with a field label ("Aan:", "Telefoon:") is never a continuation."""
    right = max(w.rect[2] for w in words)  # the right margin of the page's text
    starts: dict[tuple[int, ...], float] = {}  # where each cell starts
    for w in words:
        starts.setdefault(w.line, w.rect[0])
    ends = [i for i in range(len(words) - 1) if words[i].line[:3] != words[i + 1].line[:3]]
    out = list(words)
    for i in ends:
        last, first = words[i], words[i + 1]
        if last.line[:2] != first.line[:2] or cells[first.line[:3]] > 1 or first.text.endswith(":"):
            continue
        if cells[last.line[:3]] > 1 and abs(first.rect[0] - starts[last.line]) > 0.5 * last.line_height:
            continue
        if last.rect[2] + WRAP_GAP * last.line_height + (first.rect[2] - first.rect[0]) > right:
            out[i] = replace(last, wraps=True)
    return out


def read_page(page: pymupdf.Page, dpi: int = DPI) -> list[OcrWord]:
    """OCR one page; boxes in the page's unrotated coordinates (those of text extraction and
    annotations), also when the page has a /Rotate."""
    words = read_png(render(page, dpi).tobytes("png"), 72.0 / dpi)
    if page.rotation:
        m = page.derotation_matrix
        words = [replace(w, rect=tuple(pymupdf.Rect(w.rect) * m)) for w in words]
    return words


def ocr_page(page: pymupdf.Page, key: str, dpi: int = DPI) -> list[OcrWord]:
    """The words on a page. `key` identifies the file content (its sha256) for the memo."""
    memo_key = (key, page.number, dpi)
    if key and memo_key in _MEMO:
        return _MEMO[memo_key]
    words = read_page(page, dpi)
    if key:
        if len(_MEMO) >= _MEMO_MAX:
            _MEMO.pop(next(iter(_MEMO)))
        _MEMO[memo_key] = words
    return words
