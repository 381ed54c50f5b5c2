"""The DOCX zip package: safe reading (zip and XML bomb limits), relationships, content types, writing.

Everything else in this folder works on the lxml trees this module hands out; nothing here knows
about redaction."""
from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from ...exceptions import InputError
from .. import DAMAGED_ZIP

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart"
NSMAP = {"w": W_NS, "r": R_NS, "m": M_NS, "w14": W14_NS, "w15": W15_NS}

# Limits against zip and XML bombs. Real Woo documents stay far below them.
MAX_PARTS = 5000
MAX_PART_BYTES = 200 * 1024 * 1024  # one uncompressed part
MAX_TOTAL_BYTES = 1024 * 1024 * 1024  # the whole uncompressed package
MAX_RATIO = 400  # uncompressed/compressed size of a part larger than 10 MB

REL_OFFICE_DOCUMENT = "/officeDocument"
# Parts that only describe formatting: style and font names there are structure, not personal data.
DESIGN_PART = re.compile(r"word/(styles|stylesWithEffects|fontTable|numbering|webSettings)\.xml|word/theme/[^/]+\.xml")


def w(tag: str) -> str:
    """Clark name of a WordprocessingML tag: w('p') -> '{...main}p'."""
    return f"{{{W_NS}}}{tag}"


def qn(name: str) -> str:
    """Clark name of a prefixed name: qn('r:id')."""
    prefix, local = name.split(":")
    return f"{{{NSMAP[prefix]}}}{local}"


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                           dtd_validation=False, remove_blank_text=False)


def parse_xml(data: bytes, name: str) -> etree._Element:
    """Parse one XML part; a DTD (never written by Word) or broken XML is an InputError."""
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data:
        raise InputError(f"{name}: XML part declares a DTD or entities (not a Word document)")
    try:
        return etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as e:
        raise InputError(f"damaged DOCX: its part {name} is not well-formed XML; open it in Word, save it "
                         f"as a new .docx and run again") from e


def remove(el: etree._Element) -> None:
    """Detach an element from its parent (if it still has one)."""
    parent = el.getparent()
    if parent is not None:
        parent.remove(el)


def unwrap(el: etree._Element) -> None:
    """Replace an element by its children."""
    parent = el.getparent()
    if parent is None:
        return
    i = parent.index(el)
    for k, child in enumerate(list(el)):
        parent.insert(i + k, child)
    parent.remove(el)


def drop_empty_run(run: etree._Element | None) -> None:
    """Remove a run left with nothing but its properties."""
    if run is not None and run.tag == w("r") and all(c.tag == w("rPr") for c in run):
        remove(run)


def is_xml(name: str) -> bool:
    return name.endswith((".xml", ".rels")) or name.endswith(".vml")


def rels_name(part: str) -> str:
    """The relationships part of a part: word/document.xml -> word/_rels/document.xml.rels."""
    d, f = posixpath.split(part)
    return posixpath.join(d, "_rels", f + ".rels")


def resolve(source_part: str, target: str) -> str:
    """Package name a relative relationship target points at."""
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(source_part), unquote(target)))


@dataclass
class Rel:
    id: str
    type: str
    target: str
    external: bool
    element: etree._Element

    def is_type(self, suffix: str) -> bool:
        return self.type.endswith(suffix)


@dataclass
class Package:
    """The parts of one DOCX: raw bytes for all, parsed trees for those that were asked for."""

    path: Path
    raw: dict[str, bytes]
    order: list[str]
    trees: dict[str, etree._Element] = field(default_factory=dict)
    main: str = "word/document.xml"

    # ------------------------------------------------------------------ reading

    @classmethod
    def open(cls, path: Path) -> Package:
        try:
            zf = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as e:
            raise InputError(DAMAGED_ZIP) from e
        with zf:
            infos = zf.infolist()
            if len(infos) > MAX_PARTS:
                raise InputError(f"DOCX has {len(infos)} parts (limit {MAX_PARTS}): refusing a possible zip bomb")
            total = 0
            for i in infos:
                total += i.file_size
                big = i.file_size > 10 * 1024 * 1024
                if i.file_size > MAX_PART_BYTES or total > MAX_TOTAL_BYTES or (
                        big and i.file_size > MAX_RATIO * max(i.compress_size, 1)):
                    raise InputError(f"DOCX part {i.filename} unpacks to {i.file_size} bytes: refusing a possible "
                                     "zip bomb")
            raw: dict[str, bytes] = {}
            order: list[str] = []
            for i in infos:
                if i.is_dir() or i.filename in raw:
                    continue
                try:
                    raw[i.filename] = zf.read(i)
                except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError, EOFError) as e:
                    raise InputError(f"damaged DOCX: its part {i.filename} cannot be unpacked; open it in Word, "
                                     f"save it as a new .docx and run again") from e
                order.append(i.filename)
        pkg = cls(path=path, raw=raw, order=order)
        pkg.main = pkg._find_main()
        return pkg

    def _find_main(self) -> str:
        if "_rels/.rels" in self.raw:
            for rel in self.rels(""):
                if rel.is_type(REL_OFFICE_DOCUMENT) and not rel.external:
                    name = resolve("", rel.target)
                    if name in self.raw:
                        return name
        if "word/document.xml" in self.raw:
            return "word/document.xml"
        raise InputError("not a Word document (no main document part)")

    def tree(self, name: str) -> etree._Element:
        """The parsed tree of a part (parsed once, then edited in place)."""
        if name not in self.trees:
            self.trees[name] = parse_xml(self.raw[name], name)
        return self.trees[name]

    def rels(self, part: str) -> list[Rel]:
        """Relationships of a part ('' = the package)."""
        name = "_rels/.rels" if part == "" else rels_name(part)
        if name not in self.raw:
            return []
        out = []
        for el in self.tree(name):
            if not isinstance(el.tag, str) or etree.QName(el).localname != "Relationship":
                continue
            out.append(Rel(id=el.get("Id", ""), type=el.get("Type", ""), target=el.get("Target", ""),
                           external=el.get("TargetMode") == "External", element=el))
        return out

    def related(self, part: str, suffix: str) -> list[str]:
        """Internal parts that `part` relates to with a relationship type ending in `suffix`."""
        return [n for r in self.rels(part) if r.is_type(suffix) and not r.external
                and (n := resolve(part, r.target)) in self.raw]

    # ------------------------------------------------------------------ editing

    def remove_part(self, name: str) -> bool:
        """Drop a part, its own relationships part, relationships pointing at it and its content type."""
        if name not in self.raw:
            return False
        for n in (name, rels_name(name)):
            self.raw.pop(n, None)
            self.trees.pop(n, None)
        for rname in [n for n in self.raw if n.endswith(".rels")]:
            source = _source_of(rname)
            root = self.tree(rname)
            for el in list(root):
                target = el.get("Target")
                if el.get("TargetMode") != "External" and target and resolve(source, target) == name:
                    root.remove(el)
        ct = self.tree("[Content_Types].xml") if "[Content_Types].xml" in self.raw else None
        if ct is not None:
            for el in list(ct):
                if el.get("PartName", "").lstrip("/") == name:
                    ct.remove(el)
        return True

    def remove_rel(self, part: str, rid: str) -> None:
        for rel in self.rels(part):
            if rel.id == rid:
                rel.element.getparent().remove(rel.element)

    # ------------------------------------------------------------------ writing

    def serialise(self, name: str) -> bytes:
        if name in self.trees:
            return etree.tostring(self.trees[name], xml_declaration=True, encoding="UTF-8", standalone=True)
        return self.raw[name]

    def save(self, out_path: Path) -> None:
        names = [n for n in self.order if n in self.raw]
        if "[Content_Types].xml" in names:  # by convention the first entry
            names.remove("[Content_Types].xml")
            names.insert(0, "[Content_Types].xml")
        with zipfile.ZipFile(out_path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for n in names:
                info = zipfile.ZipInfo(n, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, self.serialise(n))


def _source_of(rels_part: str) -> str:
    """word/_rels/document.xml.rels -> word/document.xml; _rels/.rels -> ''."""
    d, f = posixpath.split(rels_part)
    base = posixpath.dirname(d)
    src = f[: -len(".rels")]
    return posixpath.join(base, src) if src else ""


def story_parts(pkg: Package) -> list[str]:
    """Parts whose text a reader sees: the body, then headers, footers, footnotes and endnotes."""
    out = [pkg.main]
    for suffix in ("/header", "/footer", "/footnotes", "/endnotes"):
        for n in pkg.related(pkg.main, suffix):
            if n not in out and is_xml(n):
                out.append(n)
    return out
