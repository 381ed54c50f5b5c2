"""Outcomes and failures: the status of a file, the errors that decide it, and the exit codes the
command line maps them to (as ocrmypdf does)."""
from __future__ import annotations

from enum import Enum, IntEnum


class Status(str, Enum):
    """What became of one input file (batch.json, the manifest, the inventory list)."""

    PUBLISHED = "published"  # verified and written to publish/
    NEEDS_REVIEW = "needs_review"  # processed, but a person must look before it may be published
    FAILED = "failed"  # not processed, or its output failed verification

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)


class ExitCode(IntEnum):
    OK = 0
    NOT_ALL_PUBLISHED = 1  # a batch ran, but at least one file was not published
    USAGE = 2  # bad arguments, missing input, output inside input
    DIFFERENCES = 1  # `redact diff`: the manifests differ


class RedactError(Exception):
    """Base class of every error woo-redact raises on purpose."""

    exit_code = ExitCode.NOT_ALL_PUBLISHED
    status = Status.FAILED  # what the file it stopped becomes


class UsageError(RedactError):
    exit_code = ExitCode.USAGE


class RulesError(UsageError):
    """The rules folder is missing, unreadable or inconsistent."""


class InputError(RedactError):
    """One input file cannot be processed (corrupt, encrypted, unsupported); the batch carries on."""


class UnsupportedFormat(InputError):
    pass


class NeedsReview(RedactError):
    """The file could be processed but must not be published without a person looking at it
    (unreadable page without OCR, repaired PDF, ...)."""

    status = Status.NEEDS_REVIEW


class VerificationFailed(RedactError):
    """The redacted output still holds something it must not, or cannot be proven clean; it is
    withheld from publish/."""

    def __init__(self, problems: list[str]):
        super().__init__("verification failed: " + "; ".join(problems[:5]))
        self.problems = problems


def unexpected_reason(e: BaseException, stage: str) -> str:
    """A plain reason for an error nobody planned for: what a Woo officer can do about it, never
    the library's own message (that goes to the log)."""
    if isinstance(e, MemoryError):
        return f"not enough memory to {stage} this file; run it on its own or on a machine with more memory"
    if isinstance(e, RecursionError):
        return f"the file is nested too deeply to {stage} it safely (possibly a hostile file)"
    if isinstance(e, OSError):
        return (f"a file could not be read or written while trying to {stage} this one "
                f"({e.strerror or 'input/output error'}); check the disk and run again")
    return (f"an unexpected error in woo-redact stopped it while trying to {stage} this file, so it was "
            f"withheld; please report it with the log of a run with --verbose")
