"""Metadata inside pictures: EXIF (camera owner, GPS position of a home), XMP, IPTC and comments in
JPEG; text and EXIF chunks in PNG. The pixels are left untouched; a picture that does not parse
cleanly is left as it is (verification still scans its bytes)."""
from __future__ import annotations

import struct

# JPEG markers to drop: APP1 (EXIF, XMP), APP3-APP13 (IPTC, Photoshop, ...), APP15 and COM.
# Kept: APP0 (JFIF), APP2 (ICC colour profile), APP14 (Adobe colour transform).
_JPEG_DROP = {0xE1, *range(0xE3, 0xEE), 0xEF, 0xFE}
_PNG_SIG = b"\x89PNG\r\n\x1a\n"
_PNG_DROP = {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME"}


def strip_jpeg(data: bytes) -> tuple[bytes, int]:
    if not data.startswith(b"\xff\xd8"):
        return data, 0
    out, i, removed = bytearray(data[:2]), 2, 0
    while i + 4 <= len(data):
        if data[i] != 0xFF:
            return data, 0
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker in (0xD9, 0xDA):  # end of image / start of scan: the rest is image data
            out += data[i:]
            return bytes(out), removed
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # markers without a length
            out += data[i:i + 2]
            i += 2
            continue
        end = i + 2 + int.from_bytes(data[i + 2:i + 4], "big")
        if end > len(data):
            return data, 0
        if marker in _JPEG_DROP:
            removed += 1
        else:
            out += data[i:end]
        i = end
    return data, 0  # no image data found: leave it alone


def strip_png(data: bytes) -> tuple[bytes, int]:
    if not data.startswith(_PNG_SIG):
        return data, 0
    out, i, removed = bytearray(_PNG_SIG), len(_PNG_SIG), 0
    while i + 12 <= len(data):
        (length,) = struct.unpack(">I", data[i:i + 4])
        kind = data[i + 4:i + 8]
        end = i + 12 + length
        if end > len(data):
            return data, 0
        if kind in _PNG_DROP:
            removed += 1
        else:
            out += data[i:end]
        i = end
        if kind == b"IEND":
            return bytes(out), removed
    return data, 0


def strip_metadata(name: str, data: bytes) -> tuple[bytes, int]:
    """The picture without its metadata, and how many metadata blocks were removed."""
    lower = name.lower()
    if lower.endswith((".jpg", ".jpeg")):
        return strip_jpeg(data)
    if lower.endswith(".png"):
        return strip_png(data)
    return data, 0
