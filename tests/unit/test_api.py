"""The library surface other teams import: `from redact import Redactor`."""
from __future__ import annotations

import json

import pytest

from redact import Redactor
from redact.exceptions import RulesError, UsageError
from tests.builders import make_pdf, pdf_text


def test_analyze_text_returns_findings_with_offsets(redactor):
    text = "Stuur het naar r.vermeulen@voorbeeld.nl, met dank."
    findings = redactor.analyze_text(text)
    (f,) = [f for f in findings if f.entity == "EMAIL"]
    assert text[f.start:f.end] == "r.vermeulen@voorbeeld.nl" == f.text
    assert f.ground == "5.1.2e" and 0 < f.score <= 1 and f.source


def test_redact_text_puts_the_ground_label_in_place(redactor):
    out = redactor.redact_text("Mail r.vermeulen@voorbeeld.nl vandaag.")
    assert "vermeulen" not in out
    assert out == "Mail [5.1, 2, e] vandaag."


def test_compact_label_style():
    out = Redactor(label_style="compact").redact_text("Mail r.vermeulen@voorbeeld.nl vandaag.")
    assert out == "Mail [5.1.2e] vandaag."


def test_decide_text_records_kept_spans_with_reason(redactor):
    entries = redactor.decide_text("Vragen? Mail woo@gemeente.nl of r.vermeulen@voorbeeld.nl")
    by_text = {e.text: e for e in entries}
    assert by_text["r.vermeulen@voorbeeld.nl"].decision == "redact"
    kept = by_text.get("woo@gemeente.nl")
    assert kept is not None and kept.decision == "keep" and kept.reason


def test_redact_file_writes_publish_and_review(tmp_path, redactor):
    src = make_pdf(tmp_path / "notitie.pdf", ["Contact: h.smit@voorbeeld.nl"])
    res = redactor.redact_file(src, tmp_path / "out")
    assert res.status == "published"
    assert "h.smit" not in pdf_text(tmp_path / "out" / res.output)
    manifest = json.loads((tmp_path / "out" / res.manifest).read_text("utf-8"))
    assert [r["text"] for r in manifest["redactions"]] == ["h.smit@voorbeeld.nl"]


def test_missing_file_is_a_usage_error(tmp_path, redactor):
    with pytest.raises(UsageError, match="nope.pdf"):
        redactor.redact_file(tmp_path / "nope.pdf", tmp_path / "out")


def test_unknown_label_style_is_rejected():
    with pytest.raises((RulesError, UsageError, ValueError)):
        Redactor(label_style="roman")


def test_custom_rules_folder_deny_term(tmp_path, rules):
    """A user changes behaviour by editing rules/ only: a deny-list term is redacted with its ground."""
    import shutil

    import yaml

    custom = tmp_path / "rules"
    shutil.copytree(rules.dir, custom)
    policy = yaml.safe_load((custom / "policy.yaml").read_text("utf-8"))
    policy["deny"] = list(policy.get("deny") or []) + [{"text": "Projectcode Zwaluw", "entity": "DENY",
                                                         "ground": "5.1.2i"}]
    (custom / "policy.yaml").write_text(yaml.safe_dump(policy, allow_unicode=True), "utf-8")
    out = Redactor(custom).redact_text("Het dossier Projectcode Zwaluw loopt nog.")
    assert out == "Het dossier [5.1, 2, i] loopt nog."


def test_readme_worked_example_recogniser_from_yaml(tmp_path, rules):
    """The README's example: a pattern recogniser and its policy added in rules/ only."""
    import shutil

    import yaml

    custom = tmp_path / "rules"
    shutil.copytree(rules.dir, custom)
    rec_file = custom / "recognizers.yaml"
    recs = yaml.safe_load(rec_file.read_text("utf-8")) if rec_file.exists() else {}
    recs = recs or {}
    recs.setdefault("recognizers", []).append({
        "name": "ClientFileNumberRecognizer", "supported_language": "nl", "supported_entity": "CLIENT_FILE",
        "patterns": [{"name": "client file", "regex": r"\bCL-\d{6}\b", "score": 0.9}],
        "context": ["cliëntnummer", "dossiernummer"]})
    rec_file.write_text(yaml.safe_dump(recs, allow_unicode=True), "utf-8")
    policy = yaml.safe_load((custom / "policy.yaml").read_text("utf-8"))
    policy["entities"]["CLIENT_FILE"] = {"ground": "5.1.2e", "min_score": 0.5, "auto_score": 0.8}
    policy["deny"] = [{"text": "Project Zwaluw", "entity": "DENY", "ground": "5.1.2i"}]
    (custom / "policy.yaml").write_text(yaml.safe_dump(policy, allow_unicode=True), "utf-8")
    out = Redactor(custom).redact_text("Dossier CL-123456 van Project Zwaluw")
    assert out == "Dossier [5.1, 2, e] van [5.1, 2, i]"


def test_policy_switches_recognisers_off_by_name(tmp_path, rules):
    """`disabled_recognizers` in policy.yaml: a switched-off recogniser finds nothing; a typo is an error."""
    import shutil

    import yaml

    text = "Bel mij op 06-12345678 of mail naar p.brandeveer@voorbeeldmail.nl."
    assert {f.entity for f in Redactor(rules.dir).analyze_text(text)} >= {"PHONE", "EMAIL"}
    custom = tmp_path / "rules"
    shutil.copytree(rules.dir, custom)
    policy = yaml.safe_load((custom / "policy.yaml").read_text("utf-8"))
    policy["disabled_recognizers"] = ["PhoneRecognizer"]
    (custom / "policy.yaml").write_text(yaml.safe_dump(policy, allow_unicode=True), "utf-8")
    found = {f.entity for f in Redactor(custom).analyze_text(text)}
    assert "PHONE" not in found and "EMAIL" in found
    policy["disabled_recognizers"] = ["PhoneRecogniser"]
    (custom / "policy.yaml").write_text(yaml.safe_dump(policy, allow_unicode=True), "utf-8")
    with pytest.raises(UsageError, match="PhoneRecogniser"):
        Redactor(custom).analyze_text(text)
