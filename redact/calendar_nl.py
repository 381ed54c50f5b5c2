"""Dutch month and weekday names (rules/lists/calendar/), shared by the recognisers (dates are no names,
no house-number units, a birth date's month) and the inventory (a document's own date). They are
language, not policy: read once from the shipped rules."""
from __future__ import annotations

from .paths import default_rules_dir


def _calendar(name: str) -> tuple[str, ...]:
    path = default_rules_dir() / "lists" / "calendar" / f"{name}.txt"
    return tuple(s for line in path.read_text("utf-8").splitlines() if (s := line.strip()) and not s.startswith("#"))


MONTHS = _calendar("months")
MONTH_ABBREVIATIONS = _calendar("month_abbreviations")
WEEKDAYS = _calendar("weekdays")
WEEKDAY_ABBREVIATIONS = _calendar("weekday_abbreviations")
OTHER_MONTHS = _calendar("months_other_languages")  # dates of birth in foreign documents
CALENDAR_WORDS = frozenset(MONTHS + MONTH_ABBREVIATIONS + WEEKDAYS + WEEKDAY_ABBREVIATIONS)
