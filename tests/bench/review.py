"""The review app on a large batch: time to open it, time to turn 50 pages (each page view and its
image, rendered cold), and the server's peak memory meanwhile. The server runs as `redact review`
in its own process, so its memory is measured alone (VmHWM of /proc/PID/status). Prints, never
asserts.

    python tests/bench/review.py [--pages 2000] [--one-document] [--keep DIR] [--workers 2]

The corpus is throughput.py's (full A4 pages of Woo-style text with invented personal data), with
--one-document joined into a single PDF, redacted once by `redact batch`; with --keep DIR an
existing batch there is reused.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.throughput import build_corpus  # noqa: E402
from tests.review_server import Client  # noqa: E402


def memory_kb(pid: int) -> dict[str, int]:
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        k, _, v = line.partition(":")
        if k in ("VmRSS", "VmHWM"):
            out[k] = int(v.split()[0])
    return out


def one_document(folder: Path) -> None:
    """Join the corpus's PDFs into one."""
    import pymupdf

    parts = sorted(folder.glob("*.pdf"))
    with pymupdf.open() as whole:
        for p in parts:
            with pymupdf.open(p) as part:
                whole.insert_pdf(part)
        whole.save(folder / "all.pdf.tmp")
    for p in parts:
        p.unlink()
    (folder / "all.pdf.tmp").rename(folder / "all.pdf")


def batch(root: Path, pages: int, workers: int, one: bool = False) -> Path:
    out = root / "out"
    if (out / "batch.json").is_file():
        return out
    made = build_corpus(root / "in", pages)
    if one:
        one_document(root / "in")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "redact", "batch", str(root / "in"), "--out", str(out),
                    "--workers", str(workers)], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                   stderr=subprocess.DEVNULL)
    print(f"batch: {made} pages redacted in {time.perf_counter() - t:.0f} s")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--keep", type=Path, default=None)
    ap.add_argument("--one-document", action="store_true", help="all pages in one PDF")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="woo-review-bench-"))
    out = batch(root, args.pages, args.workers, args.one_document)
    subprocess.run(["rm", "-rf", str(out / ".review-app")], check=True)  # a cold start: no cached pages
    proc = subprocess.Popen([sys.executable, "-m", "redact", "review", str(out), "--no-browser"], cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, text=True)
    try:
        t0 = time.perf_counter()
        url = proc.stdout.readline().split()[-1]
        started = time.perf_counter() - t0
        c = Client(*url.split("/?token="))
        t = time.perf_counter()
        c.sign_in()
        status, html_page, _ = c.request("GET", "/")
        status2, docs = c.json("GET", "/api/documents")
        opened = time.perf_counter() - t
        assert status == status2 == 200
        pages = sum(d["pages"] for d in docs)
        mem_open = memory_kb(proc.pid)
        turns = [(d["file"], n) for d in docs for n in range(1, d["pages"] + 1)][:50]
        t = time.perf_counter()
        rss = []
        for key, n in turns:
            q = quote(key)
            assert c.request("GET", f"/doc/{q}?page={n}")[0] == 200
            assert c.request("GET", f"/api/pages/image?file={q}&page={n}")[0] == 200
            rss.append(memory_kb(proc.pid)["VmRSS"])
        turned = time.perf_counter() - t
        mem = memory_kb(proc.pid)
        print(json.dumps({
            "documents": len(docs), "pages": pages,
            "server_start_s": round(started, 2), "open_batch_s": round(opened, 3),
            "turn_50_pages_s": round(turned, 2), "per_page_ms": round(1000 * turned / max(len(turns), 1)),
            "rss_after_open_mb": round(mem_open["VmRSS"] / 1024), "rss_after_10_pages_mb": round(rss[9] / 1024),
            "rss_after_50_pages_mb": round(rss[-1] / 1024), "peak_rss_mb": round(mem["VmHWM"] / 1024),
        }, indent=2))
    finally:
        proc.terminate()
        proc.wait(timeout=30)


if __name__ == "__main__":
    main()
