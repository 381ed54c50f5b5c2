"""Personal data in file names. Woo publication platforms withdraw a document whose file name
holds personal data ("bezwaar J. Jansen.pdf"), so such a file is published under its document
number plus the rest of its name ("0007 bezwaar.pdf"); the manifest, batch.json and the inventory
list record the name it was published under.

What counts as personal in a name is what was redacted in the document itself: every redacted
string, and each of its words of 3+ characters that stays readable nowhere in the document."""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePosixPath

from .findings import Entry
from .textcheck import norm, redacted_only

_WORD = re.compile(r"\w+")
_LOOSE = r"\W{0,3}"  # between the words of a term: "J. Jansen", "J_Jansen", "j.jansen@..."
_TIDY = re.compile(r"(?:[\s_.,;-]*[\s_,;-][\s_.,;-]*)+")


def personal_terms(text: str, entries: Iterable[Entry]) -> list[str]:
    """What may not stand in a published file name, longest first."""
    entries = list(entries)
    terms = {" ".join(_WORD.findall(t)) for t in redacted_only(text, entries, lambda w: len(w) >= 3)}
    terms |= {" ".join(_WORD.findall(norm(e.text))) for e in entries if e.redacted}
    return sorted((t for t in terms if len(t.replace(" ", "")) >= 3), key=lambda t: (-len(t), t))


def strip_personal(stem: str, terms: list[str]) -> str:
    """`stem` with every personal term taken out and the separators left behind tidied."""
    spaced = stem.replace("_", " ")  # an underscore separates words in a file name
    out = spaced
    for t in terms:
        pattern = r"(?<!\w)" + _LOOSE.join(re.escape(w) for w in t.split()) + r"(?!\w)"
        out = re.sub(pattern, " ", out, flags=re.IGNORECASE)
    if out == spaced:
        return stem
    return _TIDY.sub(" ", out).strip(" _.,;-")


def public_key(key: str, document_number: str, text: str, entries: Iterable[Entry]) -> str:
    """The relative path a file is published under: its own, or, when its file name holds
    something redacted in it, its document number plus the non-personal rest of the name."""
    path = PurePosixPath(key)
    rest = strip_personal(path.stem, personal_terms(text, entries))
    if rest == path.stem:
        return key
    name = " ".join(p for p in (document_number, rest) if p) + path.suffix
    return (path.parent / name).as_posix()
