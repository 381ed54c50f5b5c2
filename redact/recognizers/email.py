"""E-mail addresses, without Presidio's built-in recogniser (its tldextract lookup goes online)."""
from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

from ..rules import Rules

EMAIL = r"(?<![\w.+-])[\p{L}\p{N}._%+'-]+@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,24}(?![\w-])"


class EmailRecognizer(PatternRecognizer):
    """Any syntactically valid address; functional mailboxes are kept by the policy's allow list
    in the decide stage, so the manifest can show them as deliberately kept."""

    def __init__(self, supported_language: str = "nl"):
        super().__init__(
            supported_entity="EMAIL",
            name="EmailRecognizer",
            supported_language=supported_language,
            patterns=[Pattern("email", EMAIL, 0.9)],
            context=["e-mail", "email", "mail", "mailadres"],
            global_regex_flags=re.IGNORECASE | re.MULTILINE,
        )

    @classmethod
    def from_rules(cls, rules: Rules) -> EmailRecognizer:
        return cls()
