"""Personal data in file names: a file whose name holds something redacted in it is published
and listed under its document number plus the rest of its name. Data invented."""
from __future__ import annotations

import csv
import json

from redact.batch import run_batch
from redact.findings import Entry
from redact.paths import default_rules_dir
from redact.public_names import public_key
from tests.builders import make_pdf

LETTER = ["Bezwaarschrift\nDe heer J. Jansen, Kerkstraat 12, 8011 AB Zwolle, maakt bezwaar tegen het besluit.\n"
          "U kunt hem bereiken via j.jansen@postvak.nl.\nHoogachtend,\nJ. Jansen"]


def test_a_name_in_the_file_name_is_not_published_anywhere(tmp_path):
    inp, out = tmp_path / "in", tmp_path / "out"
    (inp / "bezwaren").mkdir(parents=True)
    make_pdf(inp / "bezwaren" / "bezwaar J. Jansen.pdf", LETTER)
    make_pdf(inp / "besluit.pdf", ["Het college besluit het verzoek af te wijzen."])
    assert run_batch(inp, out, default_rules_dir()).exit_code == 0
    files = {f["key"]: f for f in json.loads((out / "batch.json").read_text("utf-8"))["files"]}
    renamed = files["bezwaren/bezwaar J. Jansen.pdf"]
    number = renamed["document_number"]
    assert renamed["public_name"] == f"bezwaren/{number} bezwaar.pdf"
    assert renamed["output"] == f"publish/bezwaren/{number} bezwaar.pdf"
    assert files["besluit.pdf"]["public_name"] == "besluit.pdf"  # nothing personal: its own name
    published = sorted(p.relative_to(out / "publish").as_posix() for p in (out / "publish").rglob("*") if p.is_file())
    assert published == ["besluit.pdf", f"bezwaren/{number} bezwaar.pdf"]
    manifest = json.loads((out / "review" / "bezwaren" / "bezwaar J. Jansen.pdf.manifest.json").read_text("utf-8"))
    assert manifest["output"]["path"] == renamed["output"]
    assert any("file name holds personal data" in w for w in manifest["warnings"])
    with open(out / "inventory.csv", encoding="utf-8") as f:
        names = [row[1] for row in csv.reader(f)][1:]
    assert sorted(names) == ["besluit.pdf", f"bezwaren/{number} bezwaar.pdf"]
    assert "Jansen" not in (out / "inventory.csv").read_text("utf-8")
    # a re-run resumes: same outputs, nothing under the personal name appears
    assert run_batch(inp, out, default_rules_dir()).exit_code == 0
    assert sorted(p.relative_to(out / "publish").as_posix() for p in (out / "publish").rglob("*") if p.is_file()) \
        == published


def _entries(text: str, *spans: str) -> list[Entry]:
    return [Entry(text.index(s), text.index(s) + len(s), s, "PERSON", "redact") for s in spans]


def test_what_counts_as_personal_in_a_name():
    text = "Brief van J. Jansen aan de gemeente. Mail j.jansen@postvak.nl. Van der Berg tekent."
    es = _entries(text, "J. Jansen", "j.jansen@postvak.nl", "Van der Berg")
    assert public_key("bezwaar J. Jansen.pdf", "0007", text, es) == "0007 bezwaar.pdf"
    assert public_key("map/bezwaar_J_Jansen_2024.pdf", "0007", text, es) == "map/0007 bezwaar 2024.pdf"
    assert public_key("Jansen.docx", "0007", text, es) == "0007.docx"
    assert public_key("mail j.jansen@postvak.nl.pdf", "0007", text, es) == "0007 mail.pdf"
    # words that stay readable in the document ("van", "de", "gemeente") are not personal
    assert public_key("brief van de gemeente.pdf", "0007", text, es) == "brief van de gemeente.pdf"
    assert public_key("Berg-rapport.pdf", "0007", text, es) == "0007 rapport.pdf"
