"""The comparison logic every format's verification shares (and the file-name check): what a
reader would read, and which redacted strings it may still hold. Format-neutral, so the format
modules import it without importing the verify stage that calls them."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from .findings import Entry

_WS = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def norm(s: str) -> str:
    """Compare texts as a reader would: Unicode-folded (ligatures, widths), case- and space-blind."""
    return _WS.sub(" ", unicodedata.normalize("NFKC", s)).strip().casefold()


def count_word(haystack: str, needle: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack))


def masked_text(original: str, entries: list[Entry]) -> str:
    """The original with every redacted span blanked: what may legitimately stay readable."""
    masked = list(original)
    for e in entries:
        if e.redacted:
            masked[e.start:e.end] = ["\0"] * (e.end - e.start)
    return "".join(masked)


def surviving_strings(original: str, entries: list[Entry], output: str) -> list[str]:
    """Redacted strings that occur in the output more often than they occur unredacted in the
    original (those other occurrences were deliberately left, e.g. a kept official's name)."""
    redacted = [e for e in entries if e.redacted]
    left = norm(masked_text(original, entries))
    out = norm(output)
    bad = []
    for s in sorted({norm(e.text) for e in redacted}):
        if len(s) >= 2 and s in out and count_word(out, s) > count_word(left, s):  # `in`: a fast first test
            bad.append(s)
    return bad


def redacted_only(original: str, entries: list[Entry], word_counts: Callable[[str], bool]) -> set[str]:
    """Normalised redacted strings, and those of their words `word_counts` accepts, that occur
    nowhere unredacted in the original (3+ characters)."""
    left = norm(masked_text(original, entries))
    out = set()
    for e in entries:
        if not e.redacted:
            continue
        s = norm(e.text)
        for cand in [s] + [t for t in _WORD.findall(s) if word_counts(t)]:
            if len(cand) >= 3 and (cand not in left or count_word(left, cand) == 0):  # `in`: fast first test
                out.add(cand)
    return out


def describe(s: str) -> str:
    """Name a leaked string in a reason without repeating the personal data itself."""
    return f"'{s[:2]}…' ({len(s)} chars)"
