"""Regression cases in the style of deduce's: one JSON file per entity (`<entity>.json`), each case a
short Dutch text with the spans that must be redacted and the spans that must stay readable.

A case passes when every character (but blanks) of every occurrence of each `redact` string lies in a
redacted entry of `Redactor.decide_text` (a suggestion counts: it is redacted in the draft), and no
character of any occurrence of a `keep` string does. Cases that fail today are listed in
`known_failures.txt`; they run as strict xfails, so the list can only shrink: a listed case that
passes fails the suite until its line is removed."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

HERE = Path(__file__).parent
KNOWN = {line.split("#", 1)[0].strip() for line in (HERE / "known_failures.txt").read_text("utf-8").splitlines()
         if line.split("#", 1)[0].strip()} if (HERE / "known_failures.txt").exists() else set()


def _cases() -> list:
    out = []
    for path in sorted(HERE.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        for case in data["cases"]:
            marks = [pytest.mark.xfail(strict=True, reason="known failure")] if case["id"] in KNOWN else []
            out.append(pytest.param(case, id=case["id"], marks=marks))
    return out


def _occurrences(text: str, needle: str) -> list[range]:
    spans, pos = [], text.find(needle)
    while pos >= 0:
        spans.append(range(pos, pos + len(needle)))
        pos = text.find(needle, pos + 1)
    return spans


def problems(case: dict, redacted: set[int]) -> list[str]:
    """What is wrong with the redaction of one case (empty: it passes)."""
    text, out = case["text"], []
    for s in case.get("redact", []):
        spans = _occurrences(text, s)
        if not spans:
            out.append(f"case error: {s!r} is not in the text")
        for r in spans:
            left = "".join(text[i] for i in r if i not in redacted and not text[i].isspace())
            if left:
                out.append(f"{s!r} must be redacted; readable: {left!r}")
    for s in case.get("keep", []):
        for r in _occurrences(text, s):
            gone = "".join(text[i] for i in r if i in redacted)
            if gone:
                out.append(f"{s!r} must stay readable; redacted: {gone!r}")
    return out


def test_case_files_are_well_formed():
    ids = [c.values[0]["id"] for c in _cases()]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    assert set(ids) >= KNOWN, f"known_failures.txt names cases that do not exist: {sorted(KNOWN - set(ids))}"


@pytest.mark.parametrize("case", _cases())
def test_case(case, redactor):
    redacted = {i for e in redactor.decide_text(case["text"]) if e.redacted for i in range(e.start, e.end)}
    assert not problems(case, redacted), "\n".join([case["text"], *problems(case, redacted)])
