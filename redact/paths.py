"""Where the shipped rules and model live: inside the wheel, or at the top of a source checkout."""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def data_root() -> Path:
    """The folder that holds `rules/` and `models/`: `redact/_data` when installed from a wheel,
    the repository root when running from a checkout."""
    installed = PACKAGE_DIR / "_data"
    if (installed / "rules").is_dir():
        return installed
    return PACKAGE_DIR.parent


def default_rules_dir() -> Path:
    return data_root() / "rules"


def models_dir() -> Path:
    return data_root() / "models"
