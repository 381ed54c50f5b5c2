"""Build ``rules/lists/first_names.txt`` and ``rules/lists/surnames.txt``.

Run once (``python models/recipe/build_name_lists.py``); afterwards the lists are
edited by hand, so re-running overwrites manual edits (see ``rules/lists/README.md``).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEDUCE_NAMES = Path(importlib.util.find_spec("deduce").origin).parent / "data" / "lookup" / "src" / "names"
MEERTENS = Path("/work/shared/data/names/meertens_family_names/family_names_freq_5_or_more.lst")
EXTRA_FIRST = Path(__file__).resolve().parent / "data" / "extra_first_names.txt"
OUT_DIR = REPO / "rules" / "lists"

FIRST_HEADER = (
    "# First names. Sources: deduce 3.0.6 lst_first_name/items.txt (LGPL-3.0) + "
    "hand-compiled multi-origin list models/recipe/data/extra_first_names.txt "
    "(woo-redact, AGPL-3.0-or-later). One name per line, sorted, deduplicated."
)
SUR_HEADER = (
    "# Surnames. Sources: Meertens Nederlandse Familienamenbank via "
    "digitalheir/family-names-in-the-netherlands, names with >= 5 bearers (CC0) + "
    "deduce 3.0.6 lst_surname/items.txt (LGPL-3.0). One name per line, sorted, "
    "deduplicated."
)


def read_names(path: Path) -> set[str]:
    """Read a one-name-per-line file, skipping blanks and ``#`` comments."""
    names: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        name = " ".join(line.split())
        if name and not name.startswith("#"):
            names.add(name)
    return names


def write_list(path: Path, header: str, names: set[str]) -> None:
    """Write a sorted, deduplicated list with a one-line header comment."""
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "\n".join(sorted(names))
    path.write_text(f"{header}\n{body}\n", encoding="utf-8")
    print(f"{path.relative_to(REPO)}: {len(names)} names")


def main() -> None:
    """Compile both lists from their sources."""
    first = read_names(DEDUCE_NAMES / "lst_first_name" / "items.txt")
    first |= read_names(EXTRA_FIRST)
    surnames = read_names(MEERTENS) | read_names(DEDUCE_NAMES / "lst_surname" / "items.txt")
    write_list(OUT_DIR / "first_names.txt", FIRST_HEADER, first)
    write_list(OUT_DIR / "surnames.txt", SUR_HEADER, surnames)


if __name__ == "__main__":
    main()
