"""The text a reader sees in a DOCX, with a map from every character back to its XML node.

Paragraphs are read in document order from every story part (body, headers, footers, footnotes,
endnotes); text boxes and content controls are ordinary paragraphs inside them. Tracked deletions
and hidden (`w:vanish`) runs are left out: the scrub removes them, so they are not part of the
published text. External hyperlink targets (mailto:, URLs) follow as paragraphs of their own so
the detectors see them too."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from urllib.parse import unquote

from lxml import etree

from .parts import A_NS, C_NS, M_NS, Package, story_parts, w

PARA_SEP = "\n\n"
CELL_SEP = "\n"
_T, _MT = w("t"), f"{{{M_NS}}}t"
_CHARS = {w("tab"): "\t", w("br"): "\n", w("cr"): "\n", w("noBreakHyphen"): "-"}
_TEXT_TAGS = (_T, _MT, *_CHARS)
_DELETED = {w("del"), w("moveFrom")}
_A_P, _A_T = f"{{{A_NS}}}p", f"{{{A_NS}}}t"
_C_V = f"{{{C_NS}}}v"
_NODE_TAGS = (_T, _MT, _A_T, _C_V)
_DRAWING_PART = re.compile(r"word/(charts/chart\d*|diagrams/(data|drawing)\d*)\.xml")


@dataclass(frozen=True)
class Segment:
    """Characters start..end of the document text come from text node `node` of `part`
    (`node` indexes `text_nodes(tree)`), which sits in paragraph `paragraph` of that part."""

    start: int
    end: int
    part: str
    paragraph: int
    node: int


@dataclass(frozen=True)
class Target:
    """Characters start..end are the target of relationship `rid` of `part` (a hyperlink)."""

    start: int
    end: int
    part: str
    rid: str


@dataclass
class DocxLayout:
    segments: list[Segment] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    _ends: list[int] = field(default_factory=list, repr=False)

    def segments_in(self, start: int, end: int) -> list[Segment]:
        """Segments overlapping start..end (segments are in text order and do not overlap)."""
        if len(self._ends) != len(self.segments):
            self._ends = [s.end for s in self.segments]
        i = bisect.bisect_right(self._ends, start)
        out = []
        for s in self.segments[i:]:
            if s.start >= end:
                break
            out.append(s)
        return out


def _on(el: etree._Element | None) -> bool:
    """A toggle property (w:vanish, w:b, ...) is on unless its w:val says false."""
    return el is not None and el.get(w("val"), "true").lower() not in ("false", "0", "off")


def is_hidden_run(run: etree._Element | None) -> bool:
    if run is None:
        return False
    rpr = run.find(w("rPr"))
    return rpr is not None and (_on(rpr.find(w("vanish"))) or _on(rpr.find(w("specVanish"))))


def _visible(el: etree._Element, para: etree._Element) -> bool:
    """Not deleted, not hidden, and owned by `para` (not by a paragraph nested inside it)."""
    node = el.getparent()
    run_checked = False
    while node is not None:
        tag = node.tag
        if tag == w("p"):
            return node is para
        if tag in _DELETED:
            return False
        if tag == w("r") and not run_checked:
            run_checked = True
            if is_hidden_run(node):
                return False
        node = node.getparent()
    return False


def paragraph_items(root: etree._Element) -> list[tuple[etree._Element, list[etree._Element]]]:
    """Every paragraph of a part with its visible text-bearing elements, in document order
    (DrawingML paragraphs of SmartArt and chart titles, and chart cache values, count as paragraphs)."""
    out = []
    for para in root.iter(w("p"), _A_P, _C_V):
        if para.tag == w("p"):
            items = [el for el in para.iter(*_TEXT_TAGS) if _visible(el, para)]
        elif para.tag == _A_P:
            items = list(para.iter(_A_T))
        else:
            items = [para]
        out.append((para, items))
    return out


def text_nodes(root: etree._Element) -> list[etree._Element]:
    """The elements whose characters appear in the document text, indexed as Segment.node."""
    return [el for _, items in paragraph_items(root) for el in items if el.tag in _NODE_TAGS]


def drawing_parts(pkg: Package) -> list[str]:
    """Charts and SmartArt: visible text outside the story parts."""
    return sorted(n for n in pkg.raw if _DRAWING_PART.fullmatch(n))


def _outer_table(el: etree._Element) -> etree._Element | None:
    """The outermost table a paragraph sits in (None outside tables)."""
    found = None
    node = el.getparent()
    while node is not None:
        if node.tag == w("tbl"):
            found = node
        node = node.getparent()
    return found


def external_links(pkg: Package, part: str) -> list[tuple[str, str]]:
    """(relationship id, decoded target) of the external hyperlinks of a part."""
    return [(r.id, unquote(r.target)) for r in pkg.rels(part) if r.external and r.is_type("/hyperlink")]


def extract(pkg: Package) -> tuple[str, DocxLayout]:
    chunks: list[str] = []
    lay = DocxLayout(parts=story_parts(pkg) + drawing_parts(pkg))
    n = 0

    def add(s: str) -> None:
        nonlocal n
        chunks.append(s)
        n += len(s)

    first, prev_table = True, None
    for part in lay.parts:
        node = 0
        for pno, (para, items) in enumerate(paragraph_items(pkg.tree(part))):
            table = _outer_table(para)
            if not first:  # cells of one table read as lines of one block, as in a PDF rendering
                add(CELL_SEP if table is not None and table is prev_table else PARA_SEP)
            first, prev_table = False, table
            for el in items:
                if el.tag in _NODE_TAGS:
                    s = el.text or ""
                    if s:
                        lay.segments.append(Segment(n, n + len(s), part, pno, node))
                        add(s)
                    node += 1
                else:
                    add(_CHARS[el.tag])
    for part in lay.parts:
        for rid, target in external_links(pkg, part):
            add(PARA_SEP)
            lay.targets.append(Target(n, n + len(target), part, rid))
            add(target)
    return "".join(chunks), lay


def visible_text(pkg: Package) -> str:
    """The document text of a (written) package, for verification."""
    return extract(pkg)[0]
