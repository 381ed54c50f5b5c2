"""Stage 2, detect: run the Presidio analyzer (Dutch recognisers + the shipped NER model) over a
document's text and return Findings. Nothing is decided here."""
from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from presidio_analyzer import AnalyzerEngine, RecognizerResult

from .findings import Finding
from .nlp import FastLemmaContextEnhancer, RepoSpacyNlpEngine, load_pipeline
from .recognizers import LANGUAGE, build_registry
from .recognizers.base import RULE_KEY
from .rules import Rules

log = logging.getLogger(__name__)

CHUNK = 50_000  # characters per analyzer call: keeps spaCy's memory flat on huge documents


def _chunks(text: str, size: int = CHUNK) -> Iterator[tuple[int, str]]:
    """Split at paragraph (or line) boundaries so that no entity is cut in two."""
    pos = 0
    while pos < len(text):
        end = min(pos + size, len(text))
        if end < len(text):
            cut = text.rfind("\n\n", pos, end)
            if cut <= pos:
                cut = text.rfind("\n", pos, end)
            end = cut + 1 if cut > pos else end
        yield pos, text[pos:end]
        pos = end


def _ground(r: RecognizerResult) -> str:
    """A ground a recogniser set itself (a deny-list term with its own ground), else empty."""
    return str((r.recognition_metadata or {}).get("ground") or "")


def _source(r: RecognizerResult) -> str:
    meta = r.recognition_metadata or {}
    return str(meta.get(RecognizerResult.RECOGNIZER_NAME_KEY) or "unknown")


def _rule(r: RecognizerResult, source: str) -> str:
    """The id of the rule that fired: set by our recognisers, `<recogniser>.<pattern>` for the YAML
    pattern recognisers, `model.ner` for the NER model."""
    meta = r.recognition_metadata or {}
    if meta.get(RULE_KEY):
        return str(meta[RULE_KEY])
    if source == "SpacyRecognizer":
        return "model.ner"
    pattern = getattr(r.analysis_explanation, "pattern_name", None)
    return f"{source}.{pattern}" if pattern else source


class Detector:
    """One analyzer per process: building it loads the spaCy pipeline and compiles all patterns."""

    def __init__(self, rules: Rules):
        self.rules = rules
        self.model_name = rules.nlp_model
        nlp = load_pipeline(self.model_name)
        self.has_ner = "ner" in nlp.pipe_names
        self.engine = AnalyzerEngine(
            registry=build_registry(rules),
            nlp_engine=RepoSpacyNlpEngine(nlp, self.model_name),
            supported_languages=[LANGUAGE],
            context_aware_enhancer=FastLemmaContextEnhancer(),
        )

    def analyze(self, text: str) -> list[Finding]:
        findings: list[Finding] = []
        for offset, chunk in _chunks(text):
            if not chunk.strip():
                continue
            for r in self.engine.analyze(text=chunk, language=LANGUAGE):
                start, end = r.start + offset, r.end + offset
                span = text[start:end]
                # trim whitespace a recogniser may have swallowed
                lead = len(span) - len(span.lstrip())
                trail = len(span) - len(span.rstrip())
                start, end = start + lead, end - trail
                if end <= start:
                    continue
                source = _source(r)
                rule = _rule(r, source)
                if rule in self.rules.disabled_rules:
                    continue
                findings.append(Finding(start, end, r.entity_type, text[start:end], round(float(r.score), 4),
                                        source, _ground(r) or self.rules.ground_for(r.entity_type), rule))
        return sorted(set(findings))


_CACHE: dict[str, Detector] = {}


def get_detector(rules: Rules) -> Detector:
    """The process-wide detector for these rules (workers build it once, then reuse it)."""
    key = f"{rules.dir}:{rules.digest}"
    if key not in _CACHE:
        _CACHE.clear()
        _CACHE[key] = Detector(rules)
    return _CACHE[key]


_WS = re.compile(r"\s+")


def normalise(s: str) -> str:
    return _WS.sub(" ", s).strip().casefold()
