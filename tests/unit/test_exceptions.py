"""Typed outcomes: one Status type, and the exceptions the pipeline raises carry the status the
file gets; JSON records hold the plain values.

Mainly redact/exceptions.py. Formerly tests/test_outcomes.py."""
from __future__ import annotations

import json

from redact.exceptions import InputError, NeedsReview, RedactError, Status, UsageError, VerificationFailed
from redact.pipeline import FileResult


def test_each_exception_carries_the_status_of_the_file_it_stops():
    assert InputError("empty file (0 bytes)").status is Status.FAILED
    assert NeedsReview("page 2 has no text layer").status is Status.NEEDS_REVIEW
    failed = VerificationFailed([f"problem {i}" for i in range(8)])
    assert failed.status is Status.FAILED and len(failed.problems) == 8
    assert str(failed) == "verification failed: problem 0; problem 1; problem 2; problem 3; problem 4"
    assert all(issubclass(c, RedactError) for c in (InputError, NeedsReview, VerificationFailed, UsageError))
    assert UsageError("x").exit_code == 2 and InputError("x").exit_code == 1


def test_status_reads_and_writes_as_its_plain_value():
    res = FileResult(key="a.pdf", status="needs_review")  # as read back from a resume journal
    assert res.status is Status.NEEDS_REVIEW
    assert json.loads(json.dumps(res.to_dict()))["status"] == "needs_review"
    assert f"{res.status:<14}|" == "needs_review  |" and str(Status.PUBLISHED) == "published"
