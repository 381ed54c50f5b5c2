"""Failures, and the exit codes the command line maps them to (as ocrmypdf does)."""
from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    NOT_ALL_PUBLISHED = 1  # a batch ran, but at least one file was not published
    USAGE = 2  # bad arguments, missing input, output inside input
    DIFFERENCES = 1  # `redact diff`: the manifests differ


class RedactError(Exception):
    """Base class of every error woo-redact raises on purpose."""

    exit_code = ExitCode.NOT_ALL_PUBLISHED


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


class VerificationFailed(RedactError):
    """The redacted output still holds something it must not; it is withheld from publish/."""
