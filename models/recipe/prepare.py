"""Build the train/dev/test DocBin corpora in ``models/recipe/corpus/``.

Outputs:
  train.spacy           synthetic (train names) + Europeana (first 80 %)
  dev.spacy             synthetic (dev names)   + Europeana (next 10 %)
  test_synth.spacy      synthetic, test names only (never seen in training)
  test_europeana.spacy  Europeana (last 10 %)
  stats.json            document/token/entity counts
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.util import filter_spans

sys.path.insert(0, str(Path(__file__).resolve().parent))
import templates  # noqa: E402

RECIPE = Path(__file__).resolve().parent
CORPUS = RECIPE / "corpus"
EUROPEANA = Path("/work/shared/data/ner/europeana_nl/enp_NL.kb.bio")
EDGE_PUNCT = ".,;:!?()[]\"'„”“‘’`-"
SEED = 20240501


def read_europeana(path: Path = EUROPEANA, max_len: int = 80) -> list[list[tuple[str, str]]]:
    """Read the IOB file and cut it into pseudo-sentences at sentence-final tokens."""
    rows: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        tok, _, tag = line.rstrip().rpartition(" ")
        if tok:
            rows.append((tok, tag))
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for i, (tok, tag) in enumerate(rows):
        cur.append((tok, tag))
        nxt = rows[i + 1][1] if i + 1 < len(rows) else "O"
        final = tok[-1] in ".!?" and not (len(tok) <= 3 and tok[0].isupper())
        if not nxt.startswith("I-") and (final or len(cur) >= max_len):
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    return sents


def europeana_example(sent: list[tuple[str, str]]) -> tuple[str, list[templates.Span]]:
    """Join tokens with spaces; entity spans are trimmed of edge punctuation."""
    text_parts: list[str] = []
    spans: list[templates.Span] = []
    pos = 0
    open_span: list | None = None
    prev_type = "O"
    for tok, tag in sent:
        if text_parts:
            text_parts.append(" ")
            pos += 1
        start, end = pos, pos + len(tok)
        text_parts.append(tok)
        pos = end
        etype = tag[2:] if tag != "O" else "O"
        begins = tag.startswith("B-") or (tag.startswith("I-") and etype != prev_type)
        if open_span and (tag == "O" or begins):
            spans.append(tuple(open_span))  # type: ignore[arg-type]
            open_span = None
        if begins:
            open_span = [start, end, etype]
        elif tag.startswith("I-") and open_span:
            open_span[1] = end
        prev_type = etype
    if open_span:
        spans.append(tuple(open_span))  # type: ignore[arg-type]
    text = "".join(text_parts)
    trimmed: list[templates.Span] = []
    for s, e, lab in spans:
        while s < e and text[s] in EDGE_PUNCT:
            s += 1
        while e > s and text[e - 1] in EDGE_PUNCT:
            e -= 1
        if e > s:
            trimmed.append((s, e, lab))
    return text, trimmed


def to_doc(nlp: Language, text: str, spans: list[templates.Span]) -> Doc:
    """Tokenise and attach entities; all other tokens are explicitly O."""
    doc = nlp.make_doc(text)
    ents = []
    for s, e, lab in spans:
        span = doc.char_span(s, e, label=lab, alignment_mode="expand")
        if span is not None and span.text.strip():
            ents.append(span)
    doc.set_ents(filter_spans(ents), default="outside")
    return doc


def save(
    nlp: Language, name: str, examples: list[tuple[str, list[templates.Span]]], stats: dict[str, dict[str, int]]
) -> None:
    """Write a DocBin and record counts."""
    db = DocBin(store_user_data=False)
    counts: Counter[str] = Counter()
    for text, spans in examples:
        doc = to_doc(nlp, text, spans)
        db.add(doc)
        counts["docs"] += 1
        counts["tokens"] += len(doc)
        counts.update(ent.label_ for ent in doc.ents)
    db.to_disk(CORPUS / f"{name}.spacy")
    stats[name] = dict(counts)
    print(f"{name}: {dict(counts)}")


def synth(pools: templates.Pools, split: str, n: int, seed: int) -> list[tuple[str, list[templates.Span]]]:
    """Generate ``n`` synthetic documents for a split."""
    gen = templates.Gen(pools, split, seed)
    return [gen.doc() for _ in range(n)]


def main(argv: list[str] | None = None) -> None:
    """Build all corpora."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n-train", type=int, default=20000)
    ap.add_argument("--n-dev", type=int, default=1500)
    ap.add_argument("--n-test", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)

    CORPUS.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("nl")
    sents = read_europeana()
    n = len(sents)
    enp = {"train": sents[: int(n * 0.8)], "dev": sents[int(n * 0.8) : int(n * 0.9)], "test": sents[int(n * 0.9) :]}
    enp_names = {tok.strip(EDGE_PUNCT).casefold() for s in sents for tok, tag in s if tag.endswith("PER")}
    pools = templates.load_pools(exclude_from_test=enp_names)

    stats: dict[str, dict[str, int]] = {}
    enp_ex = {k: [europeana_example(s) for s in v] for k, v in enp.items()}
    save(nlp, "train", synth(pools, "train", args.n_train, args.seed) + enp_ex["train"], stats)
    save(nlp, "dev", synth(pools, "dev", args.n_dev, args.seed + 1) + enp_ex["dev"], stats)
    save(nlp, "test_synth", synth(pools, "test", args.n_test, args.seed + 2), stats)
    save(nlp, "test_europeana", enp_ex["test"], stats)
    stats["pools"] = {
        f"{k}_{s}": len(getattr(pools, k)[s])
        for k in ("first", "first_extra", "surnames", "surnames_common", "places", "streets")
        for s in templates.SPLITS
    }
    (CORPUS / "stats.json").write_text(json.dumps(stats, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
