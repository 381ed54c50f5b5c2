"""Prove a written DOCX clean: re-open it, read every zip part every way a reader could, and look
for redacted strings and for the hidden-data constructs the scrub must have removed."""
from __future__ import annotations

import html
import re
import zipfile
from collections import Counter
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from ...document import Document
from ...exceptions import InputError
from ...findings import Entry
from ...textcheck import describe, norm, surviving_strings
from .parts import DESIGN_PART, W14_NS, W15_NS, W_NS, Package, is_xml
from .text import extract

FORBIDDEN = {"del", "ins", "moveFrom", "moveTo", "delText", "delInstrText", "vanish", "specVanish",
             "commentReference", "commentRangeStart", "commentRangeEnd", "altChunk", "dataBinding"}
_FORBIDDEN_NS = {W_NS, W14_NS, W15_NS}
_FORBIDDEN_PART = re.compile(r"^(word/(comments\w*|people)\.xml|customxml/.*|word/glossary/.*|docprops/thumbnail.*"
                             r"|docprops/custom\.xml|word/embeddings/.*)$", re.IGNORECASE)


def _counter(strings: list[str]) -> re.Pattern | None:
    if not strings:
        return None
    alts = "|".join(re.escape(s) for s in sorted(strings, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)")


def _count(pat: re.Pattern, text: str) -> Counter:
    return Counter(m.group(0) for m in pat.finditer(norm(text)))


def _readings(pkg: Package, name: str) -> dict[str, str]:
    """The ways a reader could get at the strings of one part."""
    data = pkg.raw[name]
    out = {"utf-16": data.decode("utf-16-le", "ignore") + "\n" + data.decode("utf-16-be", "ignore")}
    if is_xml(name):
        out["markup"] = html.unescape(data.decode("utf-8", "ignore"))
        root = pkg.tree(name)
        out["xml text"] = "".join(root.itertext())
        out["xml nodes"] = " ".join(root.itertext())
        out["attributes"] = "\n".join(unquote(v) for el in root.iter() for v in el.attrib.values())
    else:
        out["bytes"] = data.decode("utf-8", "ignore")
    return out


def structure_problems(pkg: Package) -> list[str]:
    problems = [f"hidden-data part left: {n}" for n in pkg.raw if _FORBIDDEN_PART.match(n)]
    for name in pkg.raw:
        if not is_xml(name):
            continue
        found = Counter(etree.QName(el).localname for el in pkg.tree(name).iter()
                        if isinstance(el.tag, str) and etree.QName(el).namespace in _FORBIDDEN_NS
                        and etree.QName(el).localname in FORBIDDEN)
        problems += [f"{name}: {k} left ({v}x)" for k, v in sorted(found.items())]
    return problems


def string_problems(pkg: Package, doc: Document, entries: list[Entry]) -> list[str]:
    """Redacted strings found in any part more often than the original leaves them readable."""
    redacted = [e for e in entries if e.redacted]
    strings = sorted({s for e in redacted if len(s := norm(e.text)) >= 2})
    pat = _counter(strings)
    if pat is None:
        return []
    masked = list(doc.text)
    for e in redacted:
        masked[e.start:e.end] = ["\0"] * (e.end - e.start)
    allowed = _count(pat, "".join(masked))
    totals: dict[str, Counter] = {}
    where: dict[tuple[str, str], set[str]] = {}
    original: Package | None = None
    for name in pkg.raw:
        before: dict[str, str] = {}
        if DESIGN_PART.fullmatch(name):  # a style named like a redacted word was there before: not a leak
            original = original or Package.open(doc.path)
            before = _readings(original, name) if name in original.raw else {}
        for how, text in _readings(pkg, name).items():
            if not is_xml(name) or how == "utf-16":  # binary noise: only strings too long to occur by chance
                c = Counter({s: k for s, k in _count(pat, text).items() if len(s) >= 4})
            else:
                c = _count(pat, text)
            if how in before:
                c -= _count(pat, before[how])
            totals.setdefault(how, Counter()).update(c)
            for s in c:
                where.setdefault((how, s), set()).add(name)
    problems = []
    for how, c in totals.items():
        for s, k in sorted(c.items()):
            if k > allowed.get(s, 0):
                parts = ", ".join(sorted(where[(how, s)])[:3])
                problems.append(f"redacted text {describe(s)} found in {how} of {parts}")
    return problems


def opens_in_python_docx(path: Path) -> list[str]:
    import docx
    from docx.opc.exceptions import OpcError

    try:
        docx.Document(str(path))
    except (OpcError, KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError):
        return ["the redacted output does not open as a Word document (checked with python-docx)"]
    return []


def verify(doc: Document, out_path: Path, entries: list[Entry]) -> list[str]:
    try:
        pkg = Package.open(out_path)
        text = extract(pkg)[0]
    except InputError:
        return ["the redacted output cannot be opened again to check it"]
    problems = [f"redacted text still readable: {describe(s)}" for s in surviving_strings(doc.text, entries, text)]
    problems += structure_problems(pkg)
    problems += string_problems(pkg, doc, entries)
    problems += opens_in_python_docx(out_path)
    return problems
