"""Check digits of Dutch and international identifiers (pure functions, used by recognisers and tests)."""
from __future__ import annotations

import re

# IBAN length per country (SWIFT IBAN registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
    "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28,
    "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22,
    "RU": 33, "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25,
    "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}

BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)


def digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def bsn_valid(s: str) -> bool:
    """The BSN 11-test: 9 digits, weighted sum (9..2, -1) divisible by 11, not all zeros."""
    d = digits(s)
    if len(d) != 9 or d == "000000000":
        return False
    return sum(int(c) * w for c, w in zip(d, BSN_WEIGHTS)) % 11 == 0


def iban_compact(s: str) -> str:
    return re.sub(r"[\s.-]", "", s).upper()  # \s includes a line break inside extracted PDF text


def iban_valid(s: str) -> bool:
    """Known country, the right length for it, and mod-97 == 1 (ISO 13616)."""
    t = iban_compact(s)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", t) or IBAN_LENGTHS.get(t[:2]) != len(t):
        return False
    return int("".join(str(int(c, 36)) for c in t[4:] + t[:4])) % 97 == 1


def iban_with_check_digits(country: str, bban: str) -> str:
    """Make a valid IBAN from a country code and BBAN (for tests and examples)."""
    n = int("".join(str(int(c, 36)) for c in (bban + country + "00").upper()))
    return f"{country}{98 - n % 97:02d}{bban}".upper()
