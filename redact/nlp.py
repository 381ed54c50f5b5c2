"""The spaCy pipeline behind Presidio, loaded from the repository (never downloaded)."""
from __future__ import annotations

import bisect
import logging
from pathlib import Path

import spacy
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.language import Language

log = logging.getLogger(__name__)

# Labels of the shipped model (and of nl_core_news_*) mapped to Presidio entity names.
NER_MAPPING = {
    "PER": "PERSON", "PERSON": "PERSON",
    "ORG": "ORGANIZATION", "LOC": "LOCATION", "GPE": "LOCATION",
}


def load_pipeline(model: str) -> Language:
    """Load a spaCy pipeline by path or installed package name; a blank Dutch pipeline when it is
    absent, so that pattern and list recognisers still work (logged, and visible in the manifest's
    tool info)."""
    if (Path(model) / "meta.json").exists() or spacy.util.is_package(model):
        nlp = spacy.load(model, exclude=["lemmatizer", "parser", "senter", "attribute_ruler", "morphologizer",
                                         "tagger"])
    else:
        log.warning("spaCy model %r not found; using a blank Dutch pipeline (no NER)", model)
        nlp = spacy.blank("nl")
    nlp.max_length = 2_000_000
    return nlp


class RepoSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine, given an already loaded pipeline instead of a model to download.

    Pipelines without a lemmatizer give empty lemmas, which would switch off Presidio's context
    words; the lower-cased token stands in for the lemma then."""

    def __init__(self, nlp: Language, model_name: str):
        super().__init__(
            models=[{"lang_code": "nl", "model_name": model_name}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=NER_MAPPING,
                labels_to_ignore=["MISC", "NORP", "DATE", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY",
                                  "PERCENT", "TIME", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT",
                                  "FAC"],
                default_score=0.75,
            ),
        )
        self.nlp = {"nl": nlp}
        self.model_name = model_name

    def load(self) -> None:  # already loaded in __init__
        return None

    def _doc_to_nlp_artifact(self, doc, language: str) -> NlpArtifacts:
        artifacts = super()._doc_to_nlp_artifact(doc, language)
        artifacts.lemmas = [lem if lem else tok.lower_ for lem, tok in zip(artifacts.lemmas, doc)]
        # the keywords were derived from the empty lemmas: derive them again, and make Presidio's
        # `word in keywords` O(1) (with a list, context look-up is quadratic in the chunk length)
        artifacts.keywords = _Keywords(NlpArtifacts.set_keywords(self, artifacts.lemmas, language))
        return artifacts


class FastLemmaContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's context enhancer with the token of a match found by bisection instead of a walk
    over every token of the chunk (same result, O(log n) instead of O(n) per match)."""

    @staticmethod
    def _find_index_of_match_token(word: str, start: int, tokens, tokens_indices: list[int]) -> int:
        j = bisect.bisect_right(tokens_indices, start) - 1
        if j >= 0 and (tokens_indices[j] == start or start < tokens_indices[j] + len(tokens[j])):
            return j
        if j + 1 < len(tokens_indices):
            return j + 1
        raise ValueError(f"Did not find word '{word}' in the list of tokens although it is expected to be found")


class _Keywords(list):
    """A list (what Presidio expects) with set-speed membership tests."""

    def __init__(self, items: list[str]):
        super().__init__(items)
        self._set = frozenset(items)

    def __contains__(self, item: object) -> bool:
        return item in self._set
