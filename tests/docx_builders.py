"""Build real DOCX files in tests, writing the WordprocessingML ourselves where python-docx cannot
(tracked changes, comments with people.xml, text boxes, content controls, fields, altChunk, ...).

`make_docx` writes a complete package: body XML plus whichever hiding places are asked for. The
small helpers `p`, `r`, `run_props` produce XML strings for the body."""
from __future__ import annotations

import base64
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
}
XMLNS = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml"
# A 1x1 PNG.
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGA"
                       "hKmMIQAAAABJRU5ErkJggg==")


def run_props(bold: bool = False, italic: bool = False, color: str = "", hidden: bool = False) -> str:
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + ("<w:vanish/>" if hidden else "")
    props += f'<w:color w:val="{color}"/>' if color else ""
    return f"<w:rPr>{props}</w:rPr>" if props else ""


def r(text: str, **props) -> str:
    """One run with text (tabs and line breaks become w:tab / w:br)."""
    parts = []
    for i, line in enumerate(text.split("\n")):
        if i:
            parts.append("<w:br/>")
        for k, chunk in enumerate(line.split("\t")):
            if k:
                parts.append("<w:tab/>")
            if chunk:
                parts.append(f'<w:t xml:space="preserve">{escape(chunk)}</w:t>')
    return f"<w:r>{run_props(**props)}{''.join(parts)}</w:r>"


def p(*content: str, style: str = "") -> str:
    """A paragraph of runs (or other inline XML); plain strings without '<' become runs."""
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(c if c.startswith('<') else r(c) for c in content)}</w:p>"


def table(rows: list[list[str]]) -> str:
    """A table; each cell is body XML (paragraphs, or a nested table followed by a paragraph)."""
    cols = max(len(row) for row in rows)
    grid = "".join('<w:gridCol w:w="2000"/>' for _ in range(cols))
    body = "".join("<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{c}</w:tc>'
                                      for c in row) + "</w:tr>" for row in rows)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
            f"{body}</w:tbl>")


def textbox(*paras: str) -> str:
    """A run holding a DrawingML text box with a VML fallback (Word writes both)."""
    content = "".join(paras)
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" '
        'distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset>'
        '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="3000000" cy="800000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare '
        'wrapText="bothSides"/><wp:docPr id="10" name="Tekstvak 1"/><wp:cNvGraphicFramePr/><a:graphic>'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3000000" cy="800000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData>"
        "</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        '<v:shape id="tb1" style="width:240pt;height:60pt" type="#_x0000_t202">'
        f"<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def image(rid: str, descr: str, title: str = "") -> str:
    """An inline picture with alt text (description and title)."""
    t = f' title="{escape(title)}"' if title else ""
    return (
        '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="95250" cy="95250"/>'
        f'<wp:docPr id="20" name="Foto 1" descr="{escape(descr)}"{t}/><a:graphic><a:graphicData '
        'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr>'
        f'<pic:cNvPr id="0" name="foto.png" descr="{escape(descr)}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="95250" cy="95250"/></a:xfrm><a:prstGeom prst="rect">'
        "<a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def _story(root: str, inner: str) -> str:
    return f"{DECL}<w:{root} {XMLNS}>{inner}</w:{root}>"


def _core(props: dict[str, str]) -> str:
    tags = {"creator": "dc:creator", "lastModifiedBy": "cp:lastModifiedBy", "title": "dc:title",
            "subject": "dc:subject", "description": "dc:description", "keywords": "cp:keywords"}
    body = "".join(f"<{tags[k]}>{escape(v)}</{tags[k]}>" for k, v in props.items())
    return (f'{DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{body}</cp:coreProperties>')


def _app(props: dict[str, str]) -> str:
    body = "".join(f"<{k}>{escape(v)}</{k}>" for k, v in props.items())
    return (f'{DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            f'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"<Application>Microsoft Office Word</Application>{body}</Properties>")


def _custom(props: dict[str, str]) -> str:
    body = "".join(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i + 2}" name="{escape(k)}">'
                   f"<vt:lpwstr>{escape(v)}</vt:lpwstr></property>" for i, (k, v) in enumerate(props.items()))
    return (f'{DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            f'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">{body}</Properties>')


def _rels(rels: list[tuple[str, str, str, bool]]) -> str:
    body = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{escape(tg)}"'
                   + (' TargetMode="External"' if ext else "") + "/>" for i, t, tg, ext in rels)
    return f'{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{body}</Relationships>'


def make_docx(path: Path, body: str, *, headers: dict[str, str] | None = None, footers: dict[str, str] | None = None,
              footnotes: list[str] | None = None, endnotes: list[str] | None = None,
              comments: list[tuple[str, str]] | None = None, links: dict[str, str] | None = None,
              core: dict[str, str] | None = None, app: dict[str, str] | None = None,
              custom: dict[str, str] | None = None, settings: str = "", template: str = "",
              thumbnail: bool = False, custom_xml: str = "", glossary: str = "", alt_chunk: str = "",
              ole: bytes = b"", picture: bool = False, extra: dict[str, str | bytes] | None = None,
              extra_rels: dict[str, tuple[str, str]] | None = None) -> Path:
    """A DOCX whose body is `body` (paragraph XML), with the hiding places given.

    headers/footers: {"default"|"first"|"even": paragraph XML}; footnotes/endnotes: paragraph XML per
    note (ids 1, 2, ... for references in the body); comments: (author, text) with ids 0, 1, ...;
    links: {relationship id: external target}; template: attached template path (in settings);
    alt_chunk: HTML for an altChunk part (`rIdAlt`); ole: bytes of an embedded object (`rIdOle`);
    picture: a PNG under `rIdImg`; custom_xml: an item for customXml/item1.xml; extra: more parts by
    name (their own .rels included); extra_rels: {id: (relationship type, target)} from the body.
    """
    headers, footers = headers or {}, footers or {}
    parts: dict[str, str | bytes] = {}
    overrides = {"/word/document.xml": f"{CT_WORD}.document.main+xml"}
    doc_rels: list[tuple[str, str, str, bool]] = [("rIdStyles", f"{RT}/styles", "styles.xml", False),
                                                  ("rIdSettings", f"{RT}/settings", "settings.xml", False)]
    pkg_rels = [("rId1", f"{RT}/officeDocument", "word/document.xml", False)]
    sect = ""
    for kind, store, tag in (("header", headers, "hdr"), ("footer", footers, "ftr")):
        for n, (typ, xml) in enumerate(store.items(), 1):
            name = f"{kind}{n}.xml"
            parts[f"word/{name}"] = _story(tag, xml)
            overrides[f"/word/{name}"] = f"{CT_WORD}.{kind}+xml"
            rid = f"rId{kind}{n}"
            doc_rels.append((rid, f"{RT}/{kind}", name, False))
            sect += f'<w:{kind}Reference w:type="{typ}" r:id="{rid}"/>'
    if "first" in headers or "first" in footers:
        sect += "<w:titlePg/>"
    even = "<w:evenAndOddHeaders/>" if "even" in headers or "even" in footers else ""
    for kind, notes in (("footnote", footnotes), ("endnote", endnotes)):
        if notes:
            sep = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
                   f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
                   f"</w:p></w:{kind}>")
            items = "".join(f'<w:{kind} w:id="{i}">{xml}</w:{kind}>' for i, xml in enumerate(notes, 1))
            parts[f"word/{kind}s.xml"] = _story(f"{kind}s", sep + items)
            overrides[f"/word/{kind}s.xml"] = f"{CT_WORD}.{kind}s+xml"
            doc_rels.append((f"rId{kind}s", f"{RT}/{kind}s", f"{kind}s.xml", False))
    if comments:
        items = "".join(f'<w:comment w:id="{i}" w:author="{escape(a)}" w:date="2024-03-01T10:00:00Z" w:initials="X">'
                        f"{p(t)}</w:comment>" for i, (a, t) in enumerate(comments))
        parts["word/comments.xml"] = _story("comments", items)
        overrides["/word/comments.xml"] = f"{CT_WORD}.comments+xml"
        doc_rels.append(("rIdComments", f"{RT}/comments", "comments.xml", False))
        people = "".join(f'<w15:person w15:author="{escape(a)}"><w15:presenceInfo w15:providerId="None" '
                         f'w15:userId="{escape(a)}"/></w15:person>' for a, _ in comments)
        parts["word/people.xml"] = f"{DECL}<w15:people {XMLNS}>{people}</w15:people>"
        overrides["/word/people.xml"] = f"{CT_WORD}.people+xml"
        doc_rels.append(("rIdPeople", "http://schemas.microsoft.com/office/2011/relationships/people",
                         "people.xml", False))
    for rid, target in (links or {}).items():
        doc_rels.append((rid, f"{RT}/hyperlink", target, True))
    settings_rels = []
    if template:
        settings += '<w:attachedTemplate r:id="rIdTpl"/>'
        settings_rels.append(("rIdTpl", f"{RT}/attachedTemplate", template, True))
    parts["word/settings.xml"] = _story("settings", settings + even)
    overrides["/word/settings.xml"] = f"{CT_WORD}.settings+xml"
    if settings_rels:
        parts["word/_rels/settings.xml.rels"] = _rels(settings_rels)
    parts["word/styles.xml"] = _story("styles", '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
                                      '<w:name w:val="Normal"/></w:style>')
    overrides["/word/styles.xml"] = f"{CT_WORD}.styles+xml"
    if core:
        parts["docProps/core.xml"] = _core(core)
        overrides["/docProps/core.xml"] = "application/vnd.openxmlformats-package.core-properties+xml"
        pkg_rels.append(("rIdCore", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                         "core-properties", "docProps/core.xml", False))
    if app:
        parts["docProps/app.xml"] = _app(app)
        overrides["/docProps/app.xml"] = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
        pkg_rels.append(("rIdApp", f"{RT}/extended-properties", "docProps/app.xml", False))
    if custom:
        parts["docProps/custom.xml"] = _custom(custom)
        overrides["/docProps/custom.xml"] = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
        pkg_rels.append(("rIdCustom", f"{RT}/custom-properties", "docProps/custom.xml", False))
    if thumbnail:
        parts["docProps/thumbnail.png"] = PNG
        pkg_rels.append(("rIdThumb", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                         "thumbnail", "docProps/thumbnail.png", False))
    if custom_xml:
        parts["customXml/item1.xml"] = custom_xml
        parts["customXml/itemProps1.xml"] = (
            f'{DECL}<ds:datastoreItem ds:itemID="{{6B3A0E6C-0000-4000-8000-000000000001}}" '
            'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>')
        parts["customXml/_rels/item1.xml.rels"] = _rels([("rId1", f"{RT}/customXmlProps", "itemProps1.xml", False)])
        overrides["/customXml/itemProps1.xml"] = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
        doc_rels.append(("rIdCustomXml", f"{RT}/customXml", "../customXml/item1.xml", False))
    if glossary:
        parts["word/glossary/document.xml"] = _story("glossaryDocument", f"<w:docParts><w:docPart><w:docPartPr>"
                                                     f'<w:name w:val="Blok"/></w:docPartPr><w:docPartBody>{glossary}'
                                                     "</w:docPartBody></w:docPart></w:docParts>")
        overrides["/word/glossary/document.xml"] = f"{CT_WORD}.document.glossary+xml"
        doc_rels.append(("rIdGlossary", f"{RT}/glossaryDocument", "glossary/document.xml", False))
    if alt_chunk:
        parts["word/afchunk.htm"] = alt_chunk.encode()
        doc_rels.append(("rIdAlt", f"{RT}/aFChunk", "afchunk.htm", False))
    if ole:
        parts["word/embeddings/oleObject1.bin"] = ole
        doc_rels.append(("rIdOle", f"{RT}/oleObject", "embeddings/oleObject1.bin", False))
    if picture or ole:
        parts["word/media/image1.png"] = PNG
        doc_rels.append(("rIdImg", f"{RT}/image", "media/image1.png", False))
    parts.update(extra or {})
    for rid, (typ, target) in (extra_rels or {}).items():
        doc_rels.append((rid, typ if "/" in typ else f"{RT}/{typ}", target, False))
    sect_pr = f'<w:sectPr>{sect}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    parts["word/document.xml"] = _story("document", f"<w:body>{body}{sect_pr}</w:body>")
    parts["word/_rels/document.xml.rels"] = _rels(doc_rels)
    parts["_rels/.rels"] = _rels(pkg_rels)
    defaults = ('<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" '
                'ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/>'
                '<Default Extension="htm" ContentType="application/xhtml+xml"/>'
                '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>')
    ov = "".join(f'<Override PartName="{k}" ContentType="{v}"/>' for k, v in overrides.items())
    parts["[Content_Types].xml"] = (f'{DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                                    f'content-types">{defaults}{ov}</Types>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", parts.pop("[Content_Types].xml"))
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def all_part_text(path: Path) -> str:
    """Every part of a package as text, the way a curious reader would dump it (UTF-8 and UTF-16)."""
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            data = z.read(n)
            out += [n, data.decode("utf-8", "ignore"), data.decode("utf-16-le", "ignore")]
    return "\n".join(out)
