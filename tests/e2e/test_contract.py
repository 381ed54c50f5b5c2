"""The published contract other tools rely on: manifest and batch.json validate against the shipped
JSON schemas, for published files and for failures alike."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from redact.cli import main
from tests.builders import make_pdf

SCHEMAS = Path(__file__).resolve().parents[2] / "redact" / "schemas"


def schema(name: str) -> dict:
    doc = json.loads((SCHEMAS / name).read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(doc)
    return doc


@pytest.fixture(scope="module")
def batch_out(tmp_path_factory):
    root = tmp_path_factory.mktemp("contract")
    inp = root / "in"
    (inp / "map met spatie").mkdir(parents=True)
    make_pdf(inp / "brief.pdf", ["Reactie graag naar t.mulder@voorbeeld.nl", "Tweede pagina zonder gegevens."])
    make_pdf(inp / "map met spatie" / "leeg van inhoud.pdf", ["Algemene tekst over het beleid."])
    (inp / "kapot.pdf").write_bytes(b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF")
    code = main(["batch", str(inp), "--out", str(root / "out")])
    return root / "out", code


def test_every_manifest_validates(batch_out):
    out, code = batch_out
    validator = jsonschema.Draft202012Validator(schema("manifest-1.json"))
    manifests = sorted((out / "review").rglob("*.manifest.json"))
    assert len(manifests) == 3
    statuses = set()
    for path in manifests:
        doc = json.loads(path.read_text("utf-8"))
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)]
        assert not errors, f"{path.name}: {errors}"
        statuses.add(doc["status"])
    assert "published" in statuses and statuses - {"published"}, statuses


def test_batch_json_validates_and_matches_exit_code(batch_out):
    out, code = batch_out
    doc = json.loads((out / "batch.json").read_text("utf-8"))
    jsonschema.validate(doc, schema("batch-1.json"))
    assert doc["exit_code"] == code == 1
    broken = next(f for f in doc["files"] if f["key"] == "kapot.pdf")
    assert broken["status"] != "published" and broken["reason"]


def test_manifest_records_each_redaction_with_location(batch_out):
    out, _ = batch_out
    doc = json.loads((out / "review" / "brief.pdf.manifest.json").read_text("utf-8"))
    (red,) = [r for r in doc["redactions"] if r["entity"] == "EMAIL"]
    assert red["text"] == "t.mulder@voorbeeld.nl"
    assert red["ground"] == "5.1.2e" and red["label"] == "5.1, 2, e"
    assert red["page"] == 1 and red["boxes"] and red["boxes"][0][0] == 1
    x0, y0, x1, y1 = red["boxes"][0][1:]
    assert x1 > x0 and y1 > y0
    assert doc["output"]["path"] == "publish/brief.pdf"


def test_rerunning_the_batch_gives_byte_identical_manifests(batch_out, tmp_path):
    """The same inputs and rules give the same manifests, byte for byte, also with a worker pool."""
    out, _ = batch_out
    again = tmp_path / "again"
    main(["batch", str(out.parent / "in"), "--out", str(again), "--workers", "2"])
    first = sorted(p.relative_to(out) for p in (out / "review").rglob("*.manifest.json"))
    second = sorted(p.relative_to(again) for p in (again / "review").rglob("*.manifest.json"))
    assert first == second and len(first) == 3
    for rel in first:
        assert (out / rel).read_bytes() == (again / rel).read_bytes(), rel
    assert (out / "inventory.csv").read_bytes() == (again / "inventory.csv").read_bytes()
