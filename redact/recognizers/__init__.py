"""The recogniser registry: every detector is a Presidio recogniser for language `nl`.

Pattern recognisers that need no code are declared in `rules/recognizers.yaml` (Presidio's YAML
format); recognisers that validate (checksums) or read lists are Python classes listed in
PYTHON_RECOGNIZERS, each built from the Rules so they read their lists from the rules folder.
"""
from __future__ import annotations

from collections.abc import Callable

from presidio_analyzer import EntityRecognizer, RecognizerRegistry
from presidio_analyzer.predefined_recognizers import CreditCardRecognizer, SpacyRecognizer

from ..exceptions import UsageError
from ..rules import Rules
from .address import AddressRecognizer
from .birthdate import BirthdateRecognizer
from .bsn import BsnRecognizer
from .deny import DenyListRecognizer
from .email import EmailRecognizer
from .iban import IbanRecognizer
from .iddoc import IdDocRecognizer
from .labelled import LabelledValueRecognizer
from .names import NameRecognizer
from .offline import make_tldextract_offline
from .phone import PhoneRecognizer
from .plate import PlateRecognizer
from .special import SpecialRecognizer

LANGUAGE = "nl"
make_tldextract_offline()

# Factories: Rules -> recogniser. Order does not matter; the decide stage resolves overlaps.
PYTHON_RECOGNIZERS: list[Callable[[Rules], EntityRecognizer]] = [
    EmailRecognizer.from_rules,
    DenyListRecognizer.from_rules,
    BsnRecognizer.from_rules,
    IbanRecognizer.from_rules,
    PhoneRecognizer.from_rules,
    AddressRecognizer.from_rules,
    PlateRecognizer.from_rules,
    BirthdateRecognizer.from_rules,
    IdDocRecognizer.from_rules,
    NameRecognizer.from_rules,
    LabelledValueRecognizer.from_rules,
    # Presidio's own: an issuer prefix and the Luhn check in validate_result
    lambda rules: CreditCardRecognizer(supported_language=LANGUAGE, context=rules.read_list("creditcard/context.txt")),
    SpecialRecognizer.from_rules,
]


def build_registry(rules: Rules) -> RecognizerRegistry:
    """Every recogniser of these rules, minus those the policy's `disabled_recognizers` names."""
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    yaml_file = rules.dir / "recognizers.yaml"
    if yaml_file.exists():
        registry.add_recognizers_from_yaml(yaml_file)
    for factory in PYTHON_RECOGNIZERS:
        registry.add_recognizer(factory(rules))
    registry.add_recognizer(
        SpacyRecognizer(supported_language=LANGUAGE, supported_entities=["PERSON", "LOCATION", "ORGANIZATION"])
    )
    off = rules.disabled_recognizers
    unknown = off - {r.name for r in registry.recognizers}
    if unknown:
        raise UsageError(f"policy.yaml disabled_recognizers: unknown recogniser(s) {', '.join(sorted(unknown))}")
    registry.recognizers = [r for r in registry.recognizers if r.name not in off]
    return registry
