"""`redact` command line: a thin layer over redact.api."""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from . import __version__
from .exceptions import ExitCode, RedactError, Status, UsageError


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--rules", type=Path, default=None, help="rules folder (default: the shipped rules/)")
    p.add_argument("--label-style", choices=["comma", "compact"], default=None,
                   help="box label: comma '5.1, 2, e' (default) or compact '5.1.2e'")


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="redact", description="Redact personal data from Woo documents.")
    ap.add_argument("--version", action="version", version=f"woo-redact {__version__}")
    ap.add_argument("-v", "--verbose", action="store_true")
    sub = ap.add_subparsers(dest="command", required=True)

    b = sub.add_parser("batch", help="redact every PDF/DOCX/TXT below IN_DIR into OUT_DIR")
    b.add_argument("in_dir", type=Path)
    b.add_argument("--out", type=Path, required=True)
    b.add_argument("--workers", type=int, default=1, help="worker processes (0: one per CPU)")
    b.add_argument("--engine", choices=["auto", "serial", "process", "dask"], default="auto",
                   help="auto: serial for 1 worker, process pool for more; dask: a Dask cluster")
    b.add_argument("--scheduler", default=None,
                   help="Dask scheduler address tcp://HOST:PORT (default with --engine dask: a local cluster)")
    b.add_argument("--force", action="store_true",
                   help="redo every file, also those an earlier run already published (default: resume)")
    b.add_argument("--reviewed", type=Path, default=None, metavar="REVIEW_DIR",
                   help="re-apply the reviewed manifests in REVIEW_DIR exactly, without new detection")
    b.add_argument("--redetect", action="store_true",
                   help="with --reviewed: detect again and carry the reviewer's decisions over")
    _common(b)

    f = sub.add_parser("file", help="redact one file")
    f.add_argument("path", type=Path)
    f.add_argument("--out", type=Path, required=True)
    _common(f)
    for sp in (b, f):
        sp.add_argument("--docx-to-pdf", action="store_true",
                        help="also publish a PDF rendering of each redacted DOCX (LibreOffice)")

    v = sub.add_parser("verify", help="check a published file against its original and manifest")
    v.add_argument("original", type=Path)
    v.add_argument("published", type=Path)
    v.add_argument("--manifest", type=Path, required=True)
    _common(v)

    a = sub.add_parser("apply", help="redact ORIGINAL with exactly the decisions of a (reviewed) manifest")
    a.add_argument("original", type=Path)
    a.add_argument("--manifest", type=Path, required=True)
    a.add_argument("--out", type=Path, required=True)
    _common(a)

    d = sub.add_parser("decide", help="record a reviewer's decision, manual term or page area in a manifest")
    d.add_argument("manifest", type=Path, help="a manifest, or a review folder (a name decision then applies "
                   "to every manifest with that name)")
    d.add_argument("id", nargs="?", help="entry id")
    d.add_argument("decision", nargs="?", choices=["keep", "redact"])
    d.add_argument("--ground", default="", help="Woo ground, e.g. 5.1.2e")
    d.add_argument("--reason", default="")
    d.add_argument("--only", action="store_true", help="only this occurrence, not every occurrence of the name")
    d.add_argument("--term", default=None, help="a manual term to redact everywhere in the document")
    d.add_argument("--area", default=None, metavar="X0,Y0,X1,Y1", help="a page area in points to redact")
    d.add_argument("--page", type=int, default=1, help="the page of --area (default 1)")
    _common(d)

    df = sub.add_parser("diff", help="compare two manifests or two review folders (exit 1 on differences)")
    df.add_argument("old", type=Path)
    df.add_argument("new", type=Path)
    df.add_argument("--json", action="store_true")

    rv = sub.add_parser("review", help="review OUT_DIR in the browser (a local server with a one-time token)")
    rv.add_argument("out_dir", type=Path)
    rv.add_argument("--port", type=int, default=0, help="port to listen on (default: a free one)")
    rv.add_argument("--host", default="127.0.0.1",
                    help="address to listen on (default 127.0.0.1; anything else warns: it exposes personal data)")
    rv.add_argument("--no-browser", action="store_true", help="print the address only, do not open a browser")
    rv.add_argument("--reviewer", default=None, help="your name in the audit trail (default: the OS user)")
    rv.add_argument("--input", type=Path, default=None, metavar="IN_DIR",
                    help="the batch's input folder, if not where batch.json says")
    _common(rv)

    t = sub.add_parser("text", help="redact text from standard input")
    t.add_argument("--json", action="store_true", help="print the findings as JSON instead")
    _common(t)
    return ap


def _progress(stage: str, item) -> None:
    if stage == "finish":
        line = f"{item.status:<12} {item.key}"
        if item.reason:
            line += f"  ({item.reason})"
        print(line, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0) and int(ExitCode.USAGE)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    from .api import Redactor

    try:
        if args.command == "diff":
            from .review.diff import diff_paths, render

            result = diff_paths(args.old, args.new)
            sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n" if args.json else render(result))
            return 1 if result["differences"] else 0
        r = Redactor(args.rules, args.label_style)
        if args.command == "decide":
            from .review.decisions import decide_cli

            if not (args.id or args.term or args.area):
                raise UsageError("give an entry id and keep|redact, --term or --area")
            for line in decide_cli(args.manifest, args.id, args.decision, ground=args.ground, reason=args.reason,
                                   only=args.only, term=args.term, area=args.area, page=args.page, rules=r.rules):
                print(line)
            return 0
        if args.command == "review":
            from .review.app.server import serve

            serve(args.out_dir, r.rules, host=args.host, port=args.port, reviewer=args.reviewer, in_dir=args.input,
                  open_browser=not args.no_browser)
            return 0
        if args.command == "apply":
            res = r.apply_manifest(args.original, args.manifest, args.out)
            _progress("finish", res)
            return 0 if res.status == Status.PUBLISHED else 1
        if args.command == "text":
            text = sys.stdin.read()
            if args.json:
                print(json.dumps([f.to_dict() for f in r.analyze_text(text)], ensure_ascii=False, indent=2))
            else:
                sys.stdout.write(r.redact_text(text))
            return 0
        if args.command == "verify":
            problems = r.verify_file(args.original, args.published, args.manifest)
            for p in problems:
                print(f"verify: {p}", file=sys.stderr)
            print("clean" if not problems else f"{len(problems)} problem(s): not fit to publish")
            return 0 if not problems else 1
        if args.command == "file":
            res = r.redact_file(args.path, args.out, docx_to_pdf=args.docx_to_pdf)
            _progress("finish", res)
            return 0 if res.status == Status.PUBLISHED else 1
        from .progress import Progress

        result = r.redact_batch(args.in_dir, args.out, workers=args.workers, engine=args.engine,
                                scheduler=args.scheduler, progress=Progress(), force=args.force,
                                docx_to_pdf=args.docx_to_pdf, reviewed=args.reviewed, redetect=args.redetect)
        for key, ch in sorted(result.rerun.items()):
            if ch["new"] or ch["vanished"]:
                print(f"review {key}: {len(ch['new'])} new, {len(ch['vanished'])} vanished since the earlier "
                      "review (see its manifest)", file=sys.stderr)
        s = result.summary()
        print(f"{s['files']} files: {s['published']} published, {s['failed']} failed, "
              f"{s['needs_review']} need review; {s['redactions']} redactions. See {args.out}/batch.json",
              file=sys.stderr)
        return result.exit_code
    except RedactError as e:
        print(f"redact: {e}", file=sys.stderr)
        return int(e.exit_code)
    except KeyboardInterrupt:
        print("redact: interrupted; no half-written outputs were left", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
