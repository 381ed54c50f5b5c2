"""Hidden data removal: what Word keeps in a file beyond the visible text.

Each `scrub_*` function edits the package in place and returns how many items it removed; `scrub`
runs them all and returns the counts per kind for the manifest. Field codes that only number pages
or refer inside the document (PAGE, NUMPAGES, TOC, ...) are kept so page numbers keep working; all
other field instructions are removed and their last result stays as plain text."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from lxml import etree

from .images import strip_metadata
from .parts import C_NS, Package, drop_empty_run, is_xml, qn, remove, resolve, unwrap, w
from .text import is_hidden_run

TRACK_UNWRAP = ("ins", "moveTo")
TRACK_DROP = ("del", "moveFrom")
TRACK_MARKERS = ("moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
                 "cellIns", "cellDel", "cellMerge", "delText", "delInstrText", "customXmlInsRangeStart",
                 "customXmlInsRangeEnd", "customXmlDelRangeStart", "customXmlDelRangeEnd",
                 "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart",
                 "customXmlMoveToRangeEnd")
PR_CHANGES = ("rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tblPrExChange", "trPrChange",
              "tcPrChange", "tblGridChange", "numberingChange")
COMMENT_MARKS = ("commentRangeStart", "commentRangeEnd", "commentReference")
COMMENT_RELS = ("/comments", "/commentsExtended", "/commentsIds", "/commentsExtensible", "/people")
SAFE_FIELDS = {"PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "PAGEREF", "NOTEREF", "SEQ", "TOC", "STYLEREF",
               "DATE", "TIME"}
_FIRST_WORD = re.compile(r"\s*([A-Za-z=]+)")


def _word_xml_parts(pkg: Package) -> list[str]:
    return [n for n in list(pkg.raw) if n.startswith("word/") and is_xml(n) and not n.endswith(".rels")]


def _each(pkg: Package, *tags: str) -> list[tuple[str, etree._Element]]:
    out = []
    for name in _word_xml_parts(pkg):
        root = pkg.tree(name)
        out += [(name, el) for el in root.iter(*[w(t) for t in tags])]
    return out


# ----------------------------------------------------------------------------- tracked changes


def scrub_tracked_changes(pkg: Package) -> int:
    n = 0
    for _, el in _each(pkg, *TRACK_DROP, *TRACK_UNWRAP):
        parent = el.getparent()
        if parent is None:
            continue
        n += 1
        ptag = etree.QName(parent).localname
        if ptag == "trPr":  # a tracked row insertion/deletion
            if etree.QName(el).localname in TRACK_DROP:
                row = parent.getparent()
                remove(row)
            else:
                remove(el)
        elif ptag == "rPr" or etree.QName(el).localname in TRACK_DROP:  # rPr: a paragraph mark's revision
            remove(el)
        else:
            unwrap(el)
    for _, el in _each(pkg, *TRACK_MARKERS, *PR_CHANGES):
        if el.getparent() is not None:
            n += etree.QName(el).localname in PR_CHANGES or etree.QName(el).localname.startswith("cell")
            remove(el)
    _repair_tables(pkg)
    return n


def _repair_tables(pkg: Package) -> None:
    """After dropping deleted rows: no table without rows, no cell without a closing paragraph."""
    for _, tbl in _each(pkg, "tbl"):
        if tbl.getparent() is not None and tbl.find(w("tr")) is None:
            remove(tbl)
    for _, tc in _each(pkg, "tc"):
        kids = [c for c in tc if isinstance(c.tag, str) and c.tag != w("tcPr")]
        if not kids or kids[-1].tag != w("p"):
            tc.append(etree.Element(w("p")))


# ----------------------------------------------------------------------------- comments


def scrub_comments(pkg: Package) -> Counter:
    counts: Counter = Counter()
    names = {n for s in COMMENT_RELS for n in pkg.related(pkg.main, s)}
    names |= {n for n in pkg.raw if re.fullmatch(r"word/(comments\w*|people)\.xml", n)}
    for name in sorted(names):
        root = pkg.tree(name)
        if name.endswith("people.xml"):
            counts["comment_authors"] += sum(1 for el in root.iter() if etree.QName(el).localname == "person")
        elif root.tag == w("comments"):
            counts["comments"] += len(root.findall(w("comment")))
        pkg.remove_part(name)
    for _, el in _each(pkg, *COMMENT_MARKS):
        run = el.getparent()
        remove(el)
        drop_empty_run(run)
    return counts


# ----------------------------------------------------------------------------- properties and package parts

_CORE_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_APP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_APP_KEEP = {"DocSecurity", "Pages", "Words", "Characters", "Lines", "Paragraphs",
             "CharactersWithSpaces", "ScaleCrop", "LinksUpToDate", "SharedDoc", "HyperlinksChanged", "AppVersion"}


def _props_part(pkg: Package, rel_type: str, usual: str) -> list[str]:
    return pkg.related("", rel_type) or ([usual] if usual in pkg.raw else [])


def scrub_properties(pkg: Package) -> Counter:
    counts: Counter = Counter()
    for name in _props_part(pkg, "/core-properties", "docProps/core.xml"):
        root = pkg.tree(name)
        for el in list(root):
            if (el.text or "").strip() or len(el):
                counts["properties"] += 1
            root.remove(el)
    for name in _props_part(pkg, "/extended-properties", "docProps/app.xml"):
        root = pkg.tree(name)
        for el in list(root):
            if not isinstance(el.tag, str) or etree.QName(el).localname not in _APP_KEEP:
                counts["properties"] += bool((el.text or "").strip() or len(el))
                root.remove(el)
    for name in pkg.related("", "/custom-properties") + [n for n in ("docProps/custom.xml",) if n in pkg.raw]:
        if name in pkg.raw:
            counts["custom_properties"] += sum(1 for el in pkg.tree(name) if isinstance(el.tag, str))
            pkg.remove_part(name)
    return counts


def _remove_parts(pkg: Package, names: list[str]) -> int:
    return sum(pkg.remove_part(n) for n in sorted(set(names)))


def scrub_parts(pkg: Package) -> Counter:
    """Whole parts that only hold hidden data."""
    raw = list(pkg.raw)
    counts: Counter = Counter()
    counts["thumbnails"] = _remove_parts(pkg, pkg.related("", "/thumbnail")
                                         + [n for n in raw if n.startswith("docProps/thumbnail")])
    counts["custom_xml"] = _remove_parts(pkg, [n for n in raw if n.lower().startswith("customxml/")
                                               and not n.endswith(".rels")])
    glossary = pkg.related(pkg.main, "/glossaryDocument")
    counts["glossary"] = len(glossary)
    _remove_parts(pkg, glossary + [n for n in raw if n.startswith("word/glossary/") and not n.endswith(".rels")])
    counts["printer_settings"] = _remove_parts(pkg, [n for n in raw if n.startswith("word/printerSettings/")])
    return counts


def scrub_settings(pkg: Package) -> Counter:
    counts: Counter = Counter()
    for name in pkg.related(pkg.main, "/settings"):
        root = pkg.tree(name)
        for el in root.findall(w("docVars")):
            counts["document_variables"] += len(el.findall(w("docVar")))
            root.remove(el)
        for el in root.findall(w("attachedTemplate")):
            rid = el.get(qn("r:id"))
            if rid:
                targets = [r for r in pkg.rels(name) if r.id == rid]
                pkg.remove_rel(name, rid)
                for r in targets:
                    if not r.external:
                        pkg.remove_part(resolve(name, r.target))
            counts["attached_template"] += 1
            root.remove(el)
        for el in root.findall(w("mailMerge")):
            counts["mail_merge"] += 1
            root.remove(el)
        for r in pkg.rels(name):  # leftovers: template and mail-merge data sources
            if r.is_type("/attachedTemplate") or r.is_type("/mailMergeSource") or r.is_type("/recipientData"):
                pkg.remove_rel(name, r.id)
    return counts


# ----------------------------------------------------------------------------- story content


def scrub_embedded(pkg: Package) -> Counter:
    counts: Counter = Counter()
    for name, el in _each(pkg, "altChunk"):
        rid = el.get(qn("r:id"))
        if rid:
            for r in pkg.rels(name):
                if r.id == rid:
                    pkg.remove_rel(name, rid)
                    if not r.external:
                        pkg.remove_part(resolve(name, r.target))
        remove(el)
        counts["alt_chunks"] += 1
    for _, el in _each(pkg, "object"):
        run = el.getparent()
        remove(el)
        drop_empty_run(run)
        counts["embedded_objects"] += 1
    raw = list(pkg.raw)
    embedded = [n for n in raw if n.startswith(("word/embeddings/", "word/activeX/")) and not n.endswith(".rels")]
    embedded += [n for n in raw if n == "word/vbaProject.bin"]
    removed = _remove_parts(pkg, embedded)
    counts["embedded_objects"] = max(counts["embedded_objects"], removed)
    _drop_dangling_data_links(pkg)
    return counts


def _drop_dangling_data_links(pkg: Package) -> None:
    """A chart whose embedded workbook was removed must not point at it any more."""
    for name in [n for n in pkg.raw if n.startswith("word/charts/") and is_xml(n) and not n.endswith(".rels")]:
        ids = {r.id for r in pkg.rels(name)}
        for el in list(pkg.tree(name).iter(f"{{{C_NS}}}externalData")):
            if el.get(qn("r:id")) not in ids:
                remove(el)


def scrub_alt_text(pkg: Package) -> int:
    n = 0
    for name in _word_xml_parts(pkg):
        for el in pkg.tree(name).iter():
            if not isinstance(el.tag, str):
                continue
            local = etree.QName(el).localname
            if local in ("docPr", "cNvPr"):
                for a in ("descr", "title"):
                    if el.get(a):
                        n += 1
                    el.attrib.pop(a, None)
                if el.get("name"):
                    el.set("name", f"Object {el.get('id', '')}".strip())
            elif local in ("shape", "rect", "roundrect", "oval", "group", "imagedata"):
                for a in [a for a in el.attrib if etree.QName(a).localname in ("alt", "title")]:
                    n += bool(el.get(a))
                    del el.attrib[a]
    return n


def scrub_hidden_text(pkg: Package) -> int:
    n = 0
    for _, run in _each(pkg, "r"):
        if run.getparent() is not None and is_hidden_run(run):
            n += 1
            remove(run)
    for _, el in _each(pkg, "vanish", "specVanish"):
        remove(el)
    return n


def _safe_field(instr: str) -> bool:
    m = _FIRST_WORD.match(instr)
    return bool(m) and m.group(1).upper() in SAFE_FIELDS


def scrub_fields(pkg: Package) -> int:
    n = 0
    for name in _word_xml_parts(pkg):
        root = pkg.tree(name)
        stack: list[dict] = []
        for el in list(root.iter(w("fldChar"), w("instrText"))):
            if el.tag == w("instrText"):
                if stack and not stack[-1]["sep"]:
                    stack[-1]["instr"].append(el)
                else:
                    _drop(el)
                continue
            kind = el.get(w("fldCharType"))
            if kind == "begin":
                stack.append({"chars": [el], "instr": [], "sep": False})
            elif stack and kind == "separate":
                stack[-1]["chars"].append(el)
                stack[-1]["sep"] = True
            elif stack and kind == "end":
                f = stack.pop()
                f["chars"].append(el)
                if not _safe_field("".join(i.text or "" for i in f["instr"])):
                    n += 1
                    for x in f["chars"] + f["instr"]:
                        _drop(x)
        for f in stack:  # unterminated fields: drop what is known of them
            n += 1
            for x in f["chars"] + f["instr"]:
                _drop(x)
        for el in list(root.iter(w("fldSimple"))):
            if not _safe_field(el.get(w("instr"), "")):
                n += 1
                unwrap(el)
        for el in list(root.iter(w("fldData"))):
            remove(el)
    return n


def _drop(el: etree._Element) -> None:
    run = el.getparent()
    remove(el)
    drop_empty_run(run)


def scrub_tags(pkg: Package) -> Counter:
    """Smart tags and custom XML markup carry their own copies of the data (a PersonName tag holds
    the name again); editing permissions name Windows accounts. The wrapped text stays."""
    counts: Counter = Counter()
    for _, el in _each(pkg, "smartTag", "customXml"):
        if el.getparent() is None:
            continue
        for pr in el.findall(w("smartTagPr")) + el.findall(w("customXmlPr")):
            el.remove(pr)
        counts["smart_tags"] += 1
        unwrap(el)
    for _, el in _each(pkg, "permStart", "permEnd"):
        counts["editing_permissions"] += el.tag == w("permStart")
        remove(el)
    return counts


def scrub_image_metadata(pkg: Package) -> int:
    n = 0
    for name in [x for x in pkg.raw if x.startswith("word/media/")]:
        data, k = strip_metadata(name, pkg.raw[name])
        if k:
            pkg.raw[name] = data
            n += k
    return n


def scrub_data_bindings(pkg: Package) -> int:
    n = 0
    for name in _word_xml_parts(pkg):
        for el in list(pkg.tree(name).iter()):
            if isinstance(el.tag, str) and etree.QName(el).localname == "dataBinding":
                n += 1
                remove(el)
    return n


STEPS: list[tuple[str, Callable[[Package], int | Counter]]] = [
    ("tracked_changes", scrub_tracked_changes),
    ("comments", scrub_comments),
    ("properties", scrub_properties),
    ("parts", scrub_parts),
    ("settings", scrub_settings),
    ("embedded", scrub_embedded),
    ("alt_text", scrub_alt_text),
    ("hidden_text", scrub_hidden_text),
    ("field_instructions", scrub_fields),
    ("data_bindings", scrub_data_bindings),
    ("image_metadata", scrub_image_metadata),
    ("tags", scrub_tags),
]


def scrub(pkg: Package) -> dict[str, int]:
    """Remove all hidden data; counts per kind (only kinds that were found)."""
    counts: Counter = Counter()
    for kind, step in STEPS:
        result = step(pkg)
        if isinstance(result, Counter):
            counts.update(result)
        else:
            counts[kind] += result
    return {k: int(v) for k, v in sorted(counts.items()) if v}
