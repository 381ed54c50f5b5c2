"""Build the woo-redact Dutch NER model end to end.

prepare corpora -> ``spacy train`` -> evaluate on the held-out test splits ->
copy the (stripped) best model to ``models/nl_woo_ner/`` -> write
``models/recipe/scores.json``.

Usage (from the repository root)::

    .venv/bin/python models/recipe/make_model.py [--max-steps N] [--skip-prepare]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import DocBin
from spacy.training import Example

RECIPE = Path(__file__).resolve().parent
REPO = RECIPE.parents[1]
CORPUS = RECIPE / "corpus"
TRAINING = RECIPE / "training"
TARGET = REPO / "models" / "nl_woo_ner"
SCORES = RECIPE / "scores.json"
LABELS = ("PER", "ORG", "LOC")
TEST_SETS = {
    "test_synth": "synthetic Woo-style text, names/places never seen in training",
    "test_europeana": "Europeana Newspapers NL (KB), last 10 % of the file",
}

sys.path.insert(0, str(RECIPE))
import prepare  # noqa: E402


def train(max_steps: int) -> float:
    """Run ``spacy train`` (niced) and return the wall-clock seconds it took."""
    if TRAINING.exists():
        shutil.rmtree(TRAINING)
    cmd = [
        sys.executable,
        "-m",
        "spacy",
        "train",
        str(RECIPE / "config.cfg"),
        "--output",
        str(TRAINING),
        "--paths.train",
        str(CORPUS / "train.spacy"),
        "--paths.dev",
        str(CORPUS / "dev.spacy"),
        "--training.max_steps",
        str(max_steps),
    ]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=REPO)
    return time.perf_counter() - t0


def evaluate(nlp: Language, path: Path) -> dict[str, Any]:
    """Score ``nlp`` on a DocBin; returns overall and per-label P/R/F."""
    docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    examples = [Example(nlp.make_doc(d.text), d) for d in docs]
    s = nlp.evaluate(examples)
    per_type = s.get("ents_per_type") or {}
    support: dict[str, int] = {lab: 0 for lab in LABELS}
    for d in docs:
        for e in d.ents:
            support[e.label_] = support.get(e.label_, 0) + 1
    out: dict[str, Any] = {
        "docs": len(docs),
        "overall": {"p": s["ents_p"], "r": s["ents_r"], "f": s["ents_f"]},
        "per_label": {
            lab: {**{k: per_type.get(lab, {}).get(k, 0.0) for k in ("p", "r", "f")}, "n": support.get(lab, 0)}
            for lab in LABELS
        },
    }
    return out


def table(name: str, res: dict[str, Any]) -> str:
    """Markdown table of one evaluation."""
    rows = [f"{name} ({res['docs']} docs)", "", "| label | P | R | F | gold ents |", "|---|---:|---:|---:|---:|"]
    for lab, v in res["per_label"].items():
        rows.append(f"| {lab} | {v['p']:.3f} | {v['r']:.3f} | {v['f']:.3f} | {v['n']} |")
    o = res["overall"]
    rows.append(f"| **all** | {o['p']:.3f} | {o['r']:.3f} | {o['f']:.3f} | |")
    return "\n".join(rows)


def prune_strings(model_dir: Path, check: list[Path]) -> bool:
    """Drop training-corpus strings from ``vocab/strings.json`` if predictions stay identical."""
    nlp = spacy.load(model_dir)
    docs = [d.text for p in check for d in DocBin().from_disk(p).get_docs(nlp.vocab)]
    before = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(docs)]
    strings_path = model_dir / "vocab" / "strings.json"
    backup = strings_path.read_text(encoding="utf-8")
    blank = spacy.blank("nl")
    keep = set(blank.vocab.strings) | set(LABELS) | {f"{m}-{lab}" for m in "BILU" for lab in LABELS}
    keep |= {"O", "-", ""}
    strings_path.write_text(json.dumps(sorted(keep), ensure_ascii=False), encoding="utf-8")
    nlp2 = spacy.load(model_dir)
    after = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp2.pipe(docs)]
    if before != after:
        strings_path.write_text(backup, encoding="utf-8")
        print("string pruning changed predictions; kept the full string table")
        return False
    return True


def install(best: Path, test_scores: dict[str, Any], stats: dict[str, Any]) -> None:
    """Copy model-best to ``models/nl_woo_ner`` and rewrite its meta.json."""
    if TARGET.exists():
        shutil.rmtree(TARGET)
    shutil.copytree(best, TARGET)
    meta = json.loads((TARGET / "meta.json").read_text(encoding="utf-8"))
    meta.update(
        {
            "name": "woo_ner",
            "version": "0.1.0",
            "description": "Small Dutch NER (PER, ORG, LOC) for redacting Woo documents; "
            "trained on synthetic Woo-style text and the Europeana Newspapers NL corpus. "
            "See models/MODEL_CARD.md.",
            "author": "woo-redact",
            "license": "AGPL-3.0-or-later (model); training data CC0 / LGPL-3.0, see MODEL_CARD.md",
            "sources": [
                {
                    "name": "Europeana Newspapers NER corpus (KB, Dutch)",
                    "license": "CC0",
                    "url": "https://github.com/EuropeanaNewspapers/ner-corpora",
                },
                {"name": "Meertens Nederlandse Familienamenbank (via digitalheir)", "license": "CC0"},
                {"name": "deduce lookup lists (names, places, streets)", "license": "LGPL-3.0"},
            ],
            "performance_heldout": test_scores,
        }
    )
    meta.pop("performance", None)
    (TARGET / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")


def load_seconds() -> tuple[float, float]:
    """Time ``import spacy`` and ``spacy.load`` of the installed model in a fresh process."""
    code = (
        "import time;t=time.perf_counter();import spacy;t1=time.perf_counter();"
        f"nlp=spacy.load({str(TARGET)!r});nlp('Beste Jan, zie bijlage.');"
        "print(t1-t, time.perf_counter()-t1)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    a, b = out.stdout.split()
    return float(a), float(b)


def dir_size(path: Path) -> int:
    """Total size in bytes of all files under ``path``."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main(argv: list[str] | None = None) -> None:
    """Run the whole recipe."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--max-steps", type=int, default=2600)
    ap.add_argument("--skip-prepare", action="store_true", help="reuse models/recipe/corpus/")
    ap.add_argument("--n-train", type=int, default=20000)
    args = ap.parse_args(argv)

    os.nice(10)  # the CPU is shared
    t_start = time.perf_counter()
    spacy.util.fix_random_seed(prepare.SEED)
    if not args.skip_prepare:
        prepare.main(["--n-train", str(args.n_train)])
    stats = json.loads((CORPUS / "stats.json").read_text(encoding="utf-8"))
    train_s = train(args.max_steps)

    best = TRAINING / "model-best"
    nlp = spacy.load(best)
    results = {name: evaluate(nlp, CORPUS / f"{name}.spacy") for name in TEST_SETS}
    for name, res in results.items():
        print(f"\n{TEST_SETS[name]}\n" + table(name, res))

    install(best, {k: {"overall": v["overall"], "per_label": v["per_label"]} for k, v in results.items()}, stats)
    pruned = prune_strings(TARGET, [CORPUS / "test_europeana.spacy"])
    # the installed (possibly pruned) model must score exactly as model-best
    check = evaluate(spacy.load(TARGET), CORPUS / "test_synth.spacy")
    assert check["overall"] == results["test_synth"]["overall"], "installed model differs from model-best"
    imp, load = load_seconds()
    size = dir_size(TARGET)
    meta_best = json.loads((best / "meta.json").read_text(encoding="utf-8"))
    report = {
        "test": results,
        "test_descriptions": TEST_SETS,
        "dev_best": meta_best.get("performance", {}),
        "corpus": stats,
        "training_seconds": round(train_s, 1),
        "total_seconds": round(time.perf_counter() - t_start, 1),
        "max_steps": args.max_steps,
        "model_size_bytes": size,
        "strings_pruned": pruned,
        "import_spacy_seconds": round(imp, 2),
        "load_seconds": round(load, 2),
        "spacy_version": spacy.__version__,
    }
    SCORES.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(
        f"\nmodel: {TARGET.relative_to(REPO)}  {size / 1e6:.1f} MB, spacy.load {load:.2f} s "
        f"(+ import spacy {imp:.2f} s); training {train_s / 60:.1f} min, "
        f"total {report['total_seconds'] / 60:.1f} min; scores -> {SCORES.relative_to(REPO)}"
    )


if __name__ == "__main__":
    main()
