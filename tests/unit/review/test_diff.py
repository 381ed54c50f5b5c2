"""`redact diff`: per file added, removed and changed entries (decision, ground, boxes), manual terms
and areas, status, files on one side only; exit 1 on differences, 2 on a usage error."""
from __future__ import annotations

import copy
import json

from redact import manifest as mf
from redact.cli import main
from redact.findings import Entry
from redact.review.diff import diff_paths, render


def _manifest(key: str, entries: list[Entry], status: str = "published") -> dict:
    return mf.build(key=key, source={"path": key, "sha256": "", "format": "pdf", "pages": 1}, output=None,
                    status=status, reason="", entries=entries, warnings=[], rules_digest="x",
                    label_of=lambda g: g, nlp_model="m", document_number="0001")


def _entries() -> list[Entry]:
    return [Entry(0, 5, "Aaaaa", "PERSON", "redact", "5.1.2e", boxes=[[1, 10, 10, 40, 20]], page=1),
            Entry(10, 15, "Bbbbb", "PERSON", "redact", "5.1.2e", boxes=[[1, 60, 10, 90, 20]], page=1),
            Entry(20, 25, "Ccccc", "PERSON", "keep", "", reason="official")]


def test_every_kind_of_difference_is_reported(tmp_path):
    old_dir, new_dir = tmp_path / "old", tmp_path / "new"
    old = _manifest("x.pdf", _entries())
    es = _entries()
    es[0].boxes = [[1, 10, 30, 40, 40]]  # box moved
    es[1].decision = "keep"  # decision changed
    es[2].decision, es[2].ground = "redact", "5.1.1e"
    es.append(Entry(30, 35, "Ddddd", "MANUAL", "redact", "5.1.2e", origin="manual"))  # added
    new = _manifest("x.pdf", es, status="needs_review")
    new["review"] = {"terms": [{"text": "Ddddd", "ground": "", "reason": ""}]}
    for d, m in ((old_dir, old), (new_dir, new)):
        mf.write(d / "x.pdf.manifest.json", m)
    mf.write(old_dir / "gone.pdf.manifest.json", _manifest("gone.pdf", []))
    mf.write(new_dir / "sub" / "fresh.pdf.manifest.json", _manifest("sub/fresh.pdf", []))

    r = diff_paths(old_dir, new_dir)
    f = r["files"]["x.pdf"]
    ids = [e.id for e in _entries()]
    assert {c["id"]: c["changes"] for c in f["changed"]} == {
        ids[0]: {"boxes": [[[1, 10, 10, 40, 20]], [[1, 10, 30, 40, 40]]]},
        ids[1]: {"decision": ["redact", "keep"]},
        ids[2]: {"decision": ["keep", "redact"], "ground": ["", "5.1.1e"]},
    }
    assert [a["text"] for a in f["added"]] == ["Ddddd"] and f["removed"] == []
    assert f["terms"]["added"] == [{"text": "Ddddd", "ground": "", "reason": ""}]
    assert f["status"] == ["published", "needs_review"]
    assert r["only_old"] == ["gone.pdf"] and r["only_new"] == ["sub/fresh.pdf"]
    assert r["differences"] == 3 + 1 + 1 + 1 + 2
    text = render(r)
    assert "- file gone.pdf" in text and "+ file sub/fresh.pdf" in text
    assert f"~ {ids[1]} PERSON 'Bbbbb' p1: decision redact -> keep" in text
    assert "boxes moved" in text and "+ manual term 'Ddddd'" in text


def test_two_manifests_and_exit_codes(tmp_path, capsys):
    a = tmp_path / "a.json"
    b = tmp_path / "b.json"
    mf.write(a, _manifest("x.pdf", _entries()))
    m = _manifest("x.pdf", _entries())
    mf.write(b, m)
    assert main(["diff", str(a), str(b)]) == 0
    assert capsys.readouterr().out == "no differences\n"
    m2 = copy.deepcopy(m)
    m2["redactions"] = m2["redactions"][1:]
    mf.write(b, m2)
    assert main(["diff", str(a), str(b), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert [x["text"] for x in out["files"]["x.pdf"]["removed"]] == ["Aaaaa"]
    assert main(["diff", str(a), str(tmp_path / "missing")]) == 2
