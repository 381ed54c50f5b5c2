"""Regenerate `places.txt`: Dutch residences, municipalities, provinces and regions.

A place is not a person: a lone "Utrecht" or "Zwolle" that the NER model calls a name is screened
out, and a place is never propagated as part of a confirmed name (both are also surnames). Source,
read at build time only: deduce 3.0.6 (LGPL-3.0), `data/lookup/src/locations/lst_placename/`.

    pip install --no-deps deduce==3.0.6 && python rules/lists/make_places.py
"""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

# only deduce's data files are read (importing it would need docdeid too)
SRC = Path(importlib.util.find_spec("deduce").origin).parent / "data" / "lookup" / "src" / "locations" / "lst_placename"
OUT = Path(__file__).with_name("places.txt")
SMALL = {"Aan", "Den", "De", "Het", "In", "Op", "Van", "Bij", "En", "Ter", "Ten", "Te", "Over", "Onder"}


def fix(name: str) -> str:
    """Repair deduce's title-casing ("Alphen Aan Den Rijn", "'S-Gravenhage") and drop qualifiers."""
    name = re.sub(r"\s*\(.*?\)", "", name).strip()
    name = name.replace("'S-", "'s-").replace("'S ", "'s ").replace("'T ", "'t ")
    words = name.split(" ")
    return " ".join(w.lower() if i > 0 and w in SMALL else w for i, w in enumerate(words))


def main() -> None:
    names: set[str] = set()
    for kind in ("lst_residence", "lst_municipality", "lst_province", "lst_region"):
        for line in (SRC / kind / "items.txt").read_text("utf-8").splitlines():
            if line.strip() and len(line.strip()) > 2:
                names.add(fix(line))
    header = ("# Dutch places (residences, municipalities, provinces, regions): deduce 3.0.6, LGPL-3.0;"
              " see make_places.py")
    OUT.write_text("\n".join([header, *sorted(names)]) + "\n", "utf-8")
    print(f"{len(names)} places -> {OUT}")


if __name__ == "__main__":
    main()
