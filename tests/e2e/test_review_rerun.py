"""Re-running detection after a rules change keeps the reviewer's decisions for findings that are
still there (stable ids) and reports the new and vanished ones. Data invented."""
from __future__ import annotations

import shutil

from redact import manifest as mf
from redact.cli import main
from redact.rules import load_rules
from tests.builders import make_pdf, pdf_text

TEXT = ["Mail naar f.ijsselstein@voorbeeld.nl of bel 06-55667788.\n"
        "Rekening NL91ABNA0417164300, project Kraanvogel.\n"
        "Kopie aan f.ijsselstein@voorbeeld.nl."]


def _rules_copy(tmp_path, name="rules"):
    """A rules folder of our own (a changed rules folder gets a new name: rules are cached per process)."""
    dst = tmp_path / name
    shutil.copytree(load_rules().dir, dst)
    return dst


def test_rerun_after_rules_change_keeps_decisions_and_reports_changes(tmp_path, capsys):
    rules = _rules_copy(tmp_path)
    inp, out = tmp_path / "in", tmp_path / "out"
    inp.mkdir()
    make_pdf(inp / "a.pdf", TEXT)
    assert main(["batch", str(inp), "--out", str(out), "--rules", str(rules)]) == 0
    mpath = out / "review" / "a.pdf.manifest.json"
    m = mf.load(mpath)
    ent = {d["entity"]: d for d in m["redactions"]}
    email, phone, iban = ent["EMAIL"], ent["PHONE"], ent["IBAN"]
    assert main(["decide", str(mpath), email["id"], "keep", "--reason", "functional mailbox"]) == 0
    assert main(["decide", str(mpath), iban["id"], "redact", "--ground", "5.1.1e"]) == 0

    # the rules change: phone numbers are no longer redacted, a project name now is
    rules = _rules_copy(tmp_path, "rules2")
    policy = rules / "policy.yaml"
    text = policy.read_text()
    text = text.replace('  PHONE:        {ground: "5.1.2e", min_score: 0.40, auto_score: 0.60}',
                        '  PHONE:        {ground: "5.1.2e", min_score: 0.40, auto_score: 0.60, action: keep}')
    text = text.replace("deny: []", 'deny:\n  - {text: "Kraanvogel", entity: DENY, ground: "5.1.2i"}')
    policy.write_text(text)
    capsys.readouterr()
    assert main(["batch", str(inp), "--out", str(out), "--rules", str(rules)]) == 0
    assert "1 new, 1 vanished" in capsys.readouterr().err

    after = mf.load(mpath)
    by_id = {d["id"]: d for d in after["redactions"] + after["kept"]}
    emails = [d for d in by_id.values() if d["entity"] == "EMAIL"]
    assert len(emails) == 2 and all(d["decision"] == "keep" and d["origin"] == "reviewer" for d in emails)
    assert by_id[iban["id"]]["ground"] == "5.1.1e"
    assert phone["id"] not in by_id
    rerun = after["review"]["rerun"]
    assert [x["id"] for x in rerun["vanished"]] == [phone["id"]]
    assert [x["text"] for x in rerun["new"]] == ["Kraanvogel"]
    published = pdf_text(out / "publish" / "a.pdf")
    assert "f.ijsselstein@voorbeeld.nl" in published and "06-55667788" in published
    assert "Kraanvogel" not in published and "NL91ABNA" not in published


def test_batch_reviewed_reapplies_without_detection(tmp_path):
    """--reviewed applies exactly the manifest: a rules change does not reach the reviewed file."""
    rules = _rules_copy(tmp_path)
    inp = tmp_path / "in"
    inp.mkdir()
    make_pdf(inp / "a.pdf", TEXT)
    assert main(["batch", str(inp), "--out", str(tmp_path / "o1"), "--rules", str(rules)]) == 0
    rules = _rules_copy(tmp_path, "rules2")
    policy = rules / "policy.yaml"
    policy.write_text(policy.read_text().replace("deny: []", 'deny:\n  - {text: "Kraanvogel", entity: DENY}'))
    assert main(["batch", str(inp), "--out", str(tmp_path / "o2"), "--rules", str(rules), "--reviewed",
                 str(tmp_path / "o1" / "review")]) == 0
    assert main(["diff", str(tmp_path / "o1" / "review"), str(tmp_path / "o2" / "review")]) == 0
    assert "Kraanvogel" in pdf_text(tmp_path / "o2" / "publish" / "a.pdf")
