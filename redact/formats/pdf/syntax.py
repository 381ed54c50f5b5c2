"""PDF string syntax, shared by every stage that reads or rewrites raw PDF bytes (hidden-data
stripping, verification): where a literal `( )` or hex `< >` string
ends, and what it holds."""
from __future__ import annotations

import re
from collections.abc import Iterator

_ESC = {ord("n"): 0x0A, ord("r"): 0x0D, ord("t"): 0x09, ord("b"): 0x08, ord("f"): 0x0C}
_PAREN_OR_ESC = re.compile(rb"[()\\]")
_NOT_HEX = re.compile(rb"[^0-9A-Fa-f]")
_OPENER = re.compile(rb"<<|[(<]")


def literal_end(data: bytes, i: int) -> int:
    """The end (exclusive) of the literal string starting with `(` at i: nested parentheses
    balance, a backslash escapes the next byte. Raises ValueError when it never closes."""
    depth, j, n = 1, i + 1, len(data)
    while True:
        m = _PAREN_OR_ESC.search(data, j)
        if m is None:
            raise ValueError(f"unterminated literal string at {i}")
        c, j = data[m.start()], m.end()
        if c == 0x5C:
            j += 1
            if j > n:
                raise ValueError(f"unterminated literal string at {i}")
        elif c == 0x28:
            depth += 1
        else:
            depth -= 1
            if not depth:
                return j


def string_end(data: bytes, i: int) -> int:
    """The end (exclusive) of the literal or hex string at i; the end of the data if it never closes."""
    if data[i:i + 1] == b"<":
        j = data.find(b">", i)
        return len(data) if j < 0 else j + 1
    try:
        return literal_end(data, i)
    except ValueError:
        return len(data)


def decode_literal(tok: bytes) -> bytes:
    """The value of a literal string token `( ... )`."""
    body, out, i = tok[1:-1], bytearray(), 0
    n = len(body)
    while i < n:
        c = body[i]
        i += 1
        if c == 0x5C and i < n:
            c = body[i]
            i += 1
            if c in _ESC:
                out.append(_ESC[c])
            elif 0x30 <= c <= 0x37:
                v, k = c - 0x30, 1
                while k < 3 and i < n and 0x30 <= body[i] <= 0x37:
                    v, i, k = v * 8 + body[i] - 0x30, i + 1, k + 1
                out.append(v & 0xFF)
            elif c == 0x0D:  # line continuation
                if i < n and body[i] == 0x0A:
                    i += 1
            elif c != 0x0A:
                out.append(c)  # \( \) \\ and unknown escapes: the byte itself
        elif c == 0x0D:  # an end of line in a string is a newline
            out.append(0x0A)
            if i < n and body[i] == 0x0A:
                i += 1
        elif c != 0x5C:
            out.append(c)
    return bytes(out)


def decode_hex(tok: bytes) -> bytes:
    """The value of a hex string token `< ... >` (anything but hex digits is ignored; an odd last
    digit is followed by 0)."""
    h = _NOT_HEX.sub(b"", tok[1:-1])
    return bytes.fromhex((h + b"0" if len(h) % 2 else h).decode("ascii"))


def strings(data: bytes) -> Iterator[bytes]:
    """The value of every literal and hex string in any PDF bytes (object source, a decompressed
    stream), read leniently: a string that never closes runs to the end of the data."""
    i = 0
    while m := _OPENER.search(data, i):
        i = m.start()
        if m.group() == b"<<":
            i += 2
        elif m.group() == b"<":
            j = data.find(b">", i)
            if j < 0:
                return
            yield decode_hex(data[i:j + 1])
            i = j + 1
        else:
            try:
                j = literal_end(data, i)
            except ValueError:
                yield decode_literal(data[i:] + b")")
                return
            yield decode_literal(data[i:j])
            i = j
