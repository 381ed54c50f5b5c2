"""Replace redacted spans in the XML by label runs, and cut redacted strings out of links and attributes.

A span may cover several text nodes (Word splits runs for formatting, spelling marks and
revisions): the label goes where the span starts, the other covered characters are removed, and
the characters around the span keep their runs and formatting."""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from urllib.parse import unquote

from lxml import etree

from ...findings import Entry
from ...textcheck import count_word, norm
from .parts import A_NS, DESIGN_PART, Package, drop_empty_run, is_xml, qn, unwrap, w
from .text import DocxLayout, Segment, text_nodes

LABEL_FILL, LABEL_COLOR = "000000", "FFFFFF"
# CT_RPr child order (ECMA-376 17.3.2.28): Word rejects run properties out of order.
RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
             "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w",
             "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign",
             "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"]
_LABEL_DROP = {"color", "highlight", "shd", "vanish", "specVanish", "u", "strike", "dstrike", "effect", "bdr",
               "rPrChange"}
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str


def merged_spans(entries: list[Entry], label_of) -> list[Span]:
    """Redacted entries as non-overlapping spans (overlaps are merged, the first ground wins)."""
    out: list[Span] = []
    for e in sorted((e for e in entries if e.redacted and e.end > e.start), key=lambda e: (e.start, -e.end)):
        if out and e.start < out[-1].end:
            last = out[-1]
            out[-1] = Span(last.start, max(last.end, e.end), last.label)
        else:
            out.append(Span(e.start, e.end, label_of(e.ground)))
    return out


def _pieces(seg: Segment, text: str, spans: list[Span], first_seg: dict[Span, Segment]) -> list[tuple[str, str]]:
    """The new content of one text node: ('t', text) and ('label', label) pieces in order."""
    out: list[tuple[str, str]] = []
    pos = seg.start
    for sp in spans:
        if sp.end <= seg.start or sp.start >= seg.end:
            continue
        a, b = max(sp.start, seg.start), min(sp.end, seg.end)
        if a > pos:
            out.append(("t", text[pos - seg.start:a - seg.start]))
        if first_seg.get(sp) == seg:
            out.append(("label", sp.label))
        pos = b
    if pos < seg.end:
        out.append(("t", text[pos - seg.start:]))
    return out


def _set_text(t: etree._Element, s: str) -> None:
    t.text = s
    if t.tag == w("t"):
        t.set(_XML_SPACE, "preserve")


def label_rpr(rpr: etree._Element | None) -> etree._Element:
    """Run properties of a label: the original font and size, white on a black box."""
    new = etree.Element(w("rPr"))
    kids = [copy.deepcopy(c) for c in (rpr if rpr is not None else []) if isinstance(c.tag, str)
            and etree.QName(c).localname not in _LABEL_DROP]
    color = etree.Element(w("color"))
    color.set(w("val"), LABEL_COLOR)
    shd = etree.Element(w("shd"))
    shd.set(w("val"), "clear")
    shd.set(w("color"), "auto")
    shd.set(w("fill"), LABEL_FILL)
    no_underline = etree.Element(w("u"))  # a hyperlink style would underline the label
    no_underline.set(w("val"), "none")
    kids += [color, shd, no_underline]
    rank = {name: i for i, name in enumerate(RPR_ORDER)}
    kids.sort(key=lambda c: rank.get(etree.QName(c).localname, len(RPR_ORDER)))
    new.extend(kids)
    return new


def _new_run(rpr: etree._Element | None, children: list[etree._Element]) -> etree._Element:
    run = etree.Element(w("r"))
    if rpr is not None:
        run.append(copy.deepcopy(rpr))
    run.extend(children)
    return run


def _t(s: str) -> etree._Element:
    t = etree.Element(w("t"))
    _set_text(t, s)
    return t


def _label_run(rpr: etree._Element | None, label: str) -> etree._Element:
    run = etree.Element(w("r"))
    run.append(label_rpr(rpr))
    run.append(_t(label))
    return run


def _split_run(t: etree._Element, pieces: list[tuple[str, str]]) -> list[etree._Element]:
    """Replace the run of text node `t` by runs for the pieces; the run's other children keep their place."""
    run = t.getparent()
    rpr = run.find(w("rPr"))
    content = [c for c in run if c is not rpr]
    i = content.index(t)
    before, after = content[:i], content[i + 1:]
    runs: list[etree._Element] = []
    if before:
        runs.append(_new_run(rpr, before))
    labels = []
    for kind, s in pieces:
        if kind == "label":
            runs.append(_label_run(rpr, s))
            labels.append(runs[-1])
        elif s:
            runs.append(_new_run(rpr, [_t(s)]))
    if after:
        runs.append(_new_run(rpr, after))
    parent = run.getparent()
    at = parent.index(run)
    for k, r in enumerate(runs):
        parent.insert(at + k, r)
    parent.remove(run)
    return labels


def redact_text(pkg: Package, layout: DocxLayout, spans: list[Span]) -> list[etree._Element]:
    """Rewrite the text nodes under the spans; returns the label runs made."""
    first_seg: dict[Span, Segment] = {}
    touched: dict[tuple[str, int], list[Span]] = {}
    for sp in spans:
        for seg in layout.segments_in(sp.start, sp.end):
            first_seg.setdefault(sp, seg)
            touched.setdefault((seg.part, seg.node), []).append(sp)
    nodes = {part: text_nodes(pkg.tree(part)) for part in {k[0] for k in touched}}
    by_key = {(s.part, s.node): s for s in layout.segments}
    labels: list[etree._Element] = []
    for key, sps in touched.items():
        seg = by_key[key]
        t = nodes[seg.part][seg.node]
        pieces = _pieces(seg, t.text or "", sps, first_seg)
        if not pieces and t.tag == w("t"):  # wholly inside a span that started in an earlier node
            run = t.getparent()
            run.remove(t)
            drop_empty_run(run)
            continue
        if not any(k == "label" for k, _ in pieces) or t.tag != w("t") or t.getparent().tag != w("r"):
            _set_text(t, "".join(s if k == "t" else f"[{s}]" for k, s in pieces))
            continue
        labels += _split_run(t, pieces)
    return labels


def unlink_hyperlinks(pkg: Package, layout: DocxLayout, spans: list[Span], labels: list[etree._Element],
                      strings: list[str]) -> int:
    """Turn hyperlinks into plain text where the link text or target held redacted data."""
    bad: set[tuple[str, str]] = {(t.part, t.rid) for t in layout.targets
                                 if any(sp.start < t.end and sp.end > t.start for sp in spans)}
    for part in layout.parts:
        for rel in pkg.rels(part):
            if rel.external and rel.is_type("/hyperlink") and _contains_any(rel.target, strings):
                bad.add((part, rel.id))
    label_set = set(labels)
    n = 0
    for part in layout.parts:
        for link in list(pkg.tree(part).iter(w("hyperlink"))):
            rid = link.get(qn("r:id"))
            if not rid:
                continue
            if (part, rid) in bad or any(r in label_set for r in link.iter(w("r"))):
                bad.add((part, rid))
                unwrap(link)
                n += 1
    for part in layout.parts:  # pictures and shapes can link through the same relationships
        for el in list(pkg.tree(part).iter(f"{{{A_NS}}}hlinkClick", f"{{{A_NS}}}hlinkHover")):
            if (part, el.get(qn("r:id"))) in bad:
                el.getparent().remove(el)
    for part, rid in bad:
        pkg.remove_rel(part, rid)
    return n


def _contains_any(value: str, strings: list[str]) -> bool:
    v = norm(unquote(value))
    return any(count_word(v, s) for s in strings)


def redacted_strings(entries: list[Entry]) -> list[str]:
    """Normalised redacted strings long enough to search for."""
    return sorted({s for e in entries if e.redacted and len(s := norm(e.text)) >= 3})


def sweep(pkg: Package, strings: list[str], story: list[str]) -> int:
    """Blank attribute values (and text outside the story parts) that still hold a redacted string:
    content-control tags, bookmark names, form-field defaults, linked-file paths and the like."""
    if not strings:
        return 0
    n = 0
    pat = re.compile("|".join(rf"(?<!\w){re.escape(s)}(?!\w)" for s in strings))
    for name in [x for x in pkg.raw if is_xml(x) and not DESIGN_PART.fullmatch(x)]:
        root = pkg.tree(name)
        rels = name.endswith(".rels")
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            for a, v in el.attrib.items():
                if rels and (a != "Target" or el.get("TargetMode") != "External"):
                    continue
                if pat.search(norm(v)):
                    el.set(a, "#" if rels else "")
                    n += 1
            if name not in story and el.text and pat.search(norm(el.text)):
                el.text = ""
                n += 1
    return n
