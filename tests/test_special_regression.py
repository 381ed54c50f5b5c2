"""The SPECIAL regression cases (tests/regression/special.json), written from Dutch usage: each case
passes when every `redact` string is wholly inside redacted entries of `Redactor().decide_text(text)`
(suggested counts as redacted) and no character of a `keep` string is. Known failures are listed in
known_failures_special.txt and run as strict xfail, so that the list can only shrink."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from redact.findings import Entry

HERE = Path(__file__).parent / "regression"
CASES = json.loads((HERE / "special.json").read_text("utf-8"))["cases"] if (HERE / "special.json").exists() else []
KNOWN = {s for line in (HERE / "known_failures_special.txt").read_text("utf-8").splitlines()
         if (s := line.strip()) and not s.startswith("#")} if (HERE / "known_failures_special.txt").exists() else set()


def occurrences(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def check(text: str, entries: list[Entry], redact: list[str], keep: list[str]) -> list[str]:
    """What is wrong with these decisions for a case (empty: it passes)."""
    covered = [False] * len(text)
    for e in entries:
        if e.redacted:
            for k in range(e.start, e.end):
                covered[k] = True
    problems = []
    for s in redact:
        spots = occurrences(text, s)
        if not spots:
            problems.append(f"redact string not in text: {s!r}")
        for i in spots:
            if not all(covered[k] for k in range(i, i + len(s)) if not text[k].isspace()):
                problems.append(f"not redacted: {s!r} at {i}")
    for s in keep:
        for i in occurrences(text, s):
            if any(covered[k] for k in range(i, i + len(s))):
                problems.append(f"redacted but must stay: {s!r} at {i}")
    return problems


def _param(case: dict) -> object:
    marks = [pytest.mark.xfail(strict=True, reason="known failure")] if case["id"] in KNOWN else []
    return pytest.param(case, id=case["id"], marks=marks)


def test_known_failures_are_cases():
    unknown = KNOWN - {c["id"] for c in CASES}
    assert not unknown, sorted(unknown)


@pytest.mark.skipif(not CASES, reason="tests/regression/special.json not present")
@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_special_case(case, redactor):
    problems = check(case["text"], redactor.decide_text(case["text"]), case.get("redact", []), case.get("keep", []))
    assert not problems, f"{case.get('category')}: {case['text']!r}: {problems}"
