"""Ablation on the dev benchmark: PERSON recall and keep rate with the NER model only, with the
lists and patterns only, and with everything together.

    python models/recipe/ablation.py [--bench ../shared/bench] [--format pdf]

Each configuration is a copy of rules/ whose policy.yaml switches recognisers off
(`disabled_recognizers`); the decide stage (screening, officials, propagation) runs in all three.
The figures are printed and stored under "ablation" in models/recipe/scores.json.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SCORES = Path(__file__).resolve().parent / "scores.json"
CONFIGS = {
    "model only": ["NameRecognizer"],
    "lists and patterns only": ["SpacyRecognizer"],
    "everything": [],
}


def run(bench: Path, fmt: str, disabled: list[str]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        rules = Path(tmp) / "rules"
        shutil.copytree(ROOT / "rules", rules)
        # the model path in policy.yaml is relative to the rules folder's parent: point it home
        policy = yaml.safe_load((rules / "policy.yaml").read_text("utf-8"))
        policy["disabled_recognizers"] = disabled
        policy["nlp_model"] = str(ROOT / "models" / "nl_woo_ner")
        (rules / "policy.yaml").write_text(yaml.safe_dump(policy, allow_unicode=True), "utf-8")
        redact = Path(sys.executable).with_name("redact")
        cmd = f"{redact} batch {{input}} --out {{output}} --rules {rules}"
        subprocess.run([sys.executable, str(bench / "wooc.py"), "run", str(bench / "dev"), "--format", fmt,
                              "--cmd", cmd, "--json", str(Path(tmp) / "score.json")],
                             capture_output=True, text=True, check=True)
        res = json.loads((Path(tmp) / "score.json").read_text("utf-8"))
    found, total = (int(x) for x in res["recall_by_type"]["PERSON"].split("/"))
    return {"person_recall": round(found / total, 4), "person": f"{found}/{total}", "keep_rate": res["keep_rate"],
            "collateral_rate": res["collateral_rate"],
            "person_missed": [m for m in res["missed"] if re.search(r": PERSON ", m)]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, default=ROOT.parent / "shared" / "bench")
    ap.add_argument("--format", default="pdf")
    a = ap.parse_args()
    table = {name: run(a.bench, a.format, off) for name, off in CONFIGS.items()}
    print(f"dev benchmark --format {a.format}: PERSON recall / keep rate / collateral")
    for name, r in table.items():
        print(f"  {name:26s} {r['person_recall']:.4f} ({r['person']})  keep {r['keep_rate']}  "
              f"collateral {r['collateral_rate']}")
    scores = json.loads(SCORES.read_text("utf-8")) if SCORES.exists() else {}
    scores.setdefault("ablation", {})[a.format] = {k: {x: y for x, y in v.items() if x != "person_missed"}
                                                   for k, v in table.items()}
    SCORES.write_text(json.dumps(scores, indent=2, ensure_ascii=False) + "\n", "utf-8")


if __name__ == "__main__":
    main()
