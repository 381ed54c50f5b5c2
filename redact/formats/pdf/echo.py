"""No "number echo": the published PDF's content streams must not spell a redacted digit group.

A redacted house number "208" is gone from the text, yet the file may still contain `208.5 167.2 re`
(a box), `90.1 223.2 TD` (a line position) or `(!\\036!)` (MuPDF writing glyph code 0x1E as an
octal escape). Someone who greps the published file for the redacted number finds these and
cannot tell them from a leak. We rewrite exactly the colliding tokens into an equal value that
spells no redacted group: numbers get leading zeros on the integer part or trailing zeros on the
fraction (`208.5` -> `0208.5`), strings are re-serialised as hex, names get `#xx` escapes.
Everything else in a stream, inline image data included, is passed through byte for byte.

Object dictionaries (`/Widths`, `/MediaBox`, ...) are left alone: MuPDF re-serialises their numbers
from its parsed values on save, so leading zeros cannot survive there. CMaps are left alone too.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pymupdf

from ...findings import Entry
from .syntax import decode_hex, decode_literal, literal_end

_WORD = re.compile(r"\w+")
_TOKEN = re.compile(rb"""
    (?P<ws>[\x00\t\n\x0c\r ]+)
  | (?P<comment>%[^\r\n]*)
  | (?P<name>/[^\x00\t\n\x0c\r ()<>\[\]{}/%]*)
  | (?P<dict><<|>>)
  | (?P<hex><[0-9A-Fa-f\x00\t\n\x0c\r ]*>)
  | (?P<delim>[\[\]{}])
  | (?P<regular>[^\x00\t\n\x0c\r ()<>\[\]{}/%]+)
""", re.X)
_NUMBER = re.compile(rb"([+-]?)([0-9]*)(\.?)([0-9]*)")
_IS_NUMBER = re.compile(rb"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)")
_FLAT_LITERAL = re.compile(rb"\((?:[^()\\]|\\.)*\)", re.S)  # no nested parentheses: the common case
_EI = re.compile(rb"[\x00\t\n\x0c\r ]EI(?=[\x00\t\n\x0c\r ()<>\[\]{}/%]|\Z)")
_EI_AFTER_DATA = re.compile(rb"[\x00\t\n\x0c\r ]*EI(?=[\x00\t\n\x0c\r ()<>\[\]{}/%]|\Z)")
_COMPONENTS = {b"/G": 1, b"/DeviceGray": 1, b"/CalGray": 1, b"/I": 1, b"/Indexed": 1,
               b"/RGB": 3, b"/DeviceRGB": 3, b"/CalRGB": 3, b"/CMYK": 4, b"/DeviceCMYK": 4}


def forbidden_tokens(entries: Iterable[Entry]) -> frozenset[str]:
    """The digit groups (3+ digits) of every redacted entry: what the file may not spell."""
    out = set()
    for e in entries:
        if e.redacted:
            for w in _WORD.findall(unicodedata.normalize("NFKC", e.text)):
                if len(w) >= 3 and w.isascii() and w.isdigit():
                    out.add(w)
    return frozenset(out)


class Speller:
    """Does a piece of PDF syntax spell a forbidden token as a standalone word? Read the way a
    grep of the decompressed file reads it: bytes as Latin-1, NFKC-normalised (so `\\xb2` is a 2)."""

    def __init__(self, forbidden: Iterable[str]):
        self.forbidden = frozenset(forbidden)
        alts = "|".join(re.escape(t) for t in sorted(self.forbidden, key=len, reverse=True))
        self._re = re.compile(rf"(?<!\w)(?:{alts})(?!\w)") if alts else None

    def spells(self, data: bytes) -> bool:
        return bool(self._re and self._re.search(_readable(data)))

    def count(self, data: bytes) -> int:
        return len(self._re.findall(_readable(data))) if self._re else 0

    def starts(self, data: bytes) -> list[int] | None:
        """Byte offsets where a forbidden token starts; None when NFKC may have moved them."""
        if not data.isascii():
            return None
        return [m.start() for m in self._re.finditer(data.decode("ascii"))] if self._re else []


def _readable(data: bytes) -> str:
    s = data.decode("latin-1")
    return s if data.isascii() else unicodedata.normalize("NFKC", s)


# ----------------------------------------------------------------------------- tokenizer


def _inline_image_end(data: bytes, toks: list[tuple[str, int, int]], bi: int, id_end: int) -> int:
    """The end (exclusive) of the `EI` of an inline image whose `ID` keyword ends at id_end. The
    data length comes from /L, or from the size of unfiltered samples; otherwise (filtered data
    without /L) the first whitespace-delimited `EI` after the data start."""
    start = id_end + 1  # ID is followed by exactly one whitespace byte
    d: dict[bytes, bytes] = {}  # key -> value; an array or dict value as its whole text
    key, depth, vstart = None, 0, 0
    for k, s, e in toks[bi + 1:]:
        if k in ("ws", "comment"):
            continue
        if key is None:
            key = data[s:e]
            continue
        if depth == 0:
            vstart = s
        depth += data[s:e] in (b"[", b"<<")
        depth -= data[s:e] in (b"]", b">>")
        if depth <= 0:
            d[key], key, depth = data[vstart:e], None, 0
    length = None
    try:
        if b"/L" in d or b"/Length" in d:
            length = int(d.get(b"/L", d.get(b"/Length")))
        elif b"/F" not in d and b"/Filter" not in d:
            w, h = int(d.get(b"/W", d.get(b"/Width"))), int(d.get(b"/H", d.get(b"/Height")))
            if d.get(b"/IM", d.get(b"/ImageMask")) == b"true":
                bpc, ncomp = 1, 1
            else:
                bpc = int(d.get(b"/BPC", d.get(b"/BitsPerComponent")))
                cs = d.get(b"/CS") or d.get(b"/ColorSpace") or b""
                ncomp = _COMPONENTS[re.split(rb"[\s\[\]]+", cs.strip(b"[ "))[0]]  # [/I base hival lookup]: 1
            length = h * ((w * bpc * ncomp + 7) // 8)
    except (TypeError, ValueError, KeyError):
        length = None
    if length is not None:
        m = _EI_AFTER_DATA.match(data, start + length)
        if m:
            return m.end()
    m = _EI.search(data, start)
    if m is None:
        raise ValueError(f"inline image at {toks[bi][1]} has no EI")
    return m.end()


def iter_tokens(data: bytes) -> Iterator[tuple[str, int, int]]:
    """Split content-stream syntax into (kind, start, end) pieces that cover every byte, in order:
    ws, comment, name, dict (`<<`/`>>`), hex, delim, literal, number, op, inline (a whole
    `BI ... ID <data> EI`). Lazy, so a caller can stop after the last place it cares about.
    Raises ValueError on syntax it cannot split safely."""
    i, n = 0, len(data)
    pending: list[tuple[str, int, int]] = []  # from an open BI up to its ID
    while i < n:
        if data[i] == 0x28:
            m = _FLAT_LITERAL.match(data, i)
            j = m.end() if m else literal_end(data, i)
            kind = "literal"
        else:
            m = _TOKEN.match(data, i)
            if m is None:
                raise ValueError(f"unexpected byte {data[i:i + 1]!r} at {i}")
            kind, j = m.lastgroup or "", m.end()
            if kind == "regular":
                kind = "number" if _IS_NUMBER.fullmatch(data, i, j) else "op"
                word = data[i:j] if j - i == 2 else b""
                if word == b"BI" and not pending:
                    pending.append(("op", i, j))
                    i = j
                    continue
                if word == b"ID" and pending:
                    j = _inline_image_end(data, pending, 0, j)
                    yield "inline", pending[0][1], j
                    pending.clear()
                    i = j
                    continue
        if pending:
            pending.append((kind, i, j))
        else:
            yield kind, i, j
        i = j
    if pending:
        raise ValueError("BI without ID")


# ----------------------------------------------------------------------------- values


def _number(tok: bytes, forbidden: frozenset[str]) -> bytes:
    """The same number with its integer part zero-padded in front and its fraction at the back
    until neither digit run is a forbidden token."""
    m = _NUMBER.fullmatch(tok)
    assert m is not None
    sign, whole, dot, frac = (g.decode("ascii") for g in m.groups())
    while whole and whole in forbidden:
        whole = "0" + whole
    while frac and frac in forbidden:
        frac += "0"
    return (sign + whole + dot + frac).encode("ascii")


def _string(value: bytes, sp: Speller) -> bytes | None:
    """A hex serialisation of value that spells nothing. A hex string's only word is its whole
    content, so a space (ignored inside hex strings) splits a colliding one."""
    h = value.hex().upper().encode("ascii")
    for k in range(0, len(h)):
        cand = b"<" + (h[:k] + b" " + h[k:] if k else h) + b">"
        if not sp.spells(cand):
            return cand
    return None


def _name(tok: bytes, sp: Speller) -> bytes | None:
    """The same name with its digits written as #xx escapes."""
    cand = b"".join(b"#%02X" % c if 48 <= c <= 57 else bytes([c]) for c in tok[1:])
    cand = b"/" + cand
    return None if sp.spells(cand) else cand


# ----------------------------------------------------------------------------- rewriting


def rewrite_content(data: bytes, sp: Speller) -> tuple[bytes, int]:
    """Content-stream bytes with every token that spells a forbidden group replaced by an equal
    value that does not, and how many tokens were replaced. Unparseable syntax raises ValueError."""
    hits = sp.starts(data)
    if hits == [] or not sp.spells(data):
        return data, 0
    out, last, changed, h = [], 0, 0, 0
    for kind, s, e in iter_tokens(data):
        if hits is not None:  # only a token that holds a hit can spell it: neighbours are never \w
            while h < len(hits) and hits[h] < s:
                h += 1
            if h == len(hits):
                break
            if hits[h] >= e:
                continue
        if kind in ("ws", "comment", "op", "dict", "delim", "inline"):
            continue
        tok = data[s:e]
        if not sp.spells(tok):
            continue
        new: bytes | None
        if kind == "number":
            new = _number(tok, sp.forbidden)
        elif kind == "literal":
            new = _string(decode_literal(tok), sp)
        elif kind == "hex":
            new = _string(decode_hex(tok), sp)
        else:
            new = _name(tok, sp)
        if new is None or new == tok:
            continue
        out += [data[last:s], new]
        last = e
        changed += 1
    if not changed:
        return data, 0
    out.append(data[last:])
    return b"".join(out), changed


@dataclass
class EchoStats:
    streams: int = 0  # content streams looked at
    rewritten_streams: int = 0
    rewritten_tokens: int = 0
    residual: int = 0  # forbidden groups still spelled in content streams (inline image data, ...)
    unparsed: list[int] = field(default_factory=list)  # xrefs left alone: syntax we could not split


def content_xrefs(pdf: pymupdf.Document) -> list[int]:
    """Page content streams, Form XObjects (annotation appearances included) and tiling patterns."""
    xrefs: set[int] = set()
    for page in pdf:
        xrefs.update(page.get_contents())
    for x in range(1, pdf.xref_length()):
        if pdf.xref_is_stream(x) and (pdf.xref_get_key(x, "Subtype") == ("name", "/Form")
                                      or pdf.xref_get_key(x, "PatternType") == ("int", "1")):
            xrefs.add(x)
    return sorted(xrefs)


def rewrite_document(pdf: pymupdf.Document, forbidden: Iterable[str]) -> EchoStats:
    """Rewrite every content stream of pdf in place (see `rewrite_content`). Run it on streams
    as they will be published: after MuPDF's cleaning, which writes its own escapes and numbers."""
    sp = Speller(forbidden)
    stats = EchoStats()
    if not sp.forbidden:
        return stats
    for x in content_xrefs(pdf):
        stats.streams += 1
        data = pdf.xref_stream(x) or b""
        try:
            new, n = rewrite_content(data, sp)
        except ValueError:
            stats.unparsed.append(x)
            stats.residual += sp.count(data)
            continue
        if n:
            pdf.update_stream(x, new)
            stats.rewritten_streams += 1
            stats.rewritten_tokens += n
        stats.residual += sp.count(new)
    return stats
