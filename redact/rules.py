"""The `rules/` folder as one immutable object: policy, grounds, lists and their digest.

Everything a Woo officer may want to change lives in that folder as data; code reads it here.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

from . import _version
from .exceptions import RulesError
from .paths import data_root, default_rules_dir

LABEL_STYLES = ("comma", "compact")
_GROUND = re.compile(r"^5\.1\.(\d)([a-i])?$|^5\.2$")


def format_label(ground: str, style: str = "comma") -> str:
    """`5.1.2e` -> `5.1, 2, e` (comma) or `5.1.2e` (compact); `5.1.5` -> `5.1, 5`; `5.2` stays."""
    m = _GROUND.match(ground)
    if not m or ground == "5.2":
        return ground
    lid, sub = m.group(1), m.group(2)
    if style == "compact":
        return ground
    return f"5.1, {lid}, {sub}" if sub else f"5.1, {lid}"


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
    except FileNotFoundError as e:
        raise RulesError(f"{path}: missing rules file") from e
    except yaml.YAMLError as e:
        raise RulesError(f"{path}: not valid YAML: {e}") from e
    if not isinstance(data, dict):
        raise RulesError(f"{path}: expected a mapping at the top level")
    return data


def _digest(folder: Path) -> str:
    """Digest of the code version and every file of the rules folder: what manifests record and
    what resume compares, so a run with changed code or rules redoes the files."""
    h = hashlib.sha256(f"woo-redact {_version.__version__}\0".encode())
    for p in sorted(folder.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts:
            h.update(p.relative_to(folder).as_posix().encode())
            h.update(b"\0")
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


@dataclass(frozen=True)
class EntityPolicy:
    ground: str = "5.1.2e"
    min_score: float = 0.4
    auto_score: float = 0.6
    action: str = "redact"  # redact | keep
    in_manifest: bool = False  # action keep: also list each finding under `kept` in the manifest


@dataclass(frozen=True)
class Rules:
    dir: Path
    policy: dict[str, Any]
    grounds: dict[str, dict[str, str]]
    label_style: str = "comma"
    entities: dict[str, EntityPolicy] = field(default_factory=dict)

    @cached_property
    def digest(self) -> str:
        return _digest(self.dir)

    def entity(self, name: str) -> EntityPolicy:
        return self.entities.get(name, EntityPolicy())

    def ground_for(self, entity: str) -> str:
        return self.entity(entity).ground

    def label(self, ground: str) -> str:
        return format_label(ground, self.label_style)

    @property
    def allow(self) -> dict[str, Any]:
        return self.policy.get("allow") or {}

    @property
    def deny(self) -> list[dict[str, Any]]:
        return self.policy.get("deny") or []

    def list_path(self, name: str) -> Path:
        """A word list in `rules/lists/`."""
        return self.dir / "lists" / name

    def read_list(self, name: str) -> list[str]:
        """Lines of a list file, without comments and blanks; an absent list is empty."""
        p = self.list_path(name)
        if not p.exists():
            return []
        return [s for line in p.read_text("utf-8").splitlines() if (s := line.strip()) and not s.startswith("#")]

    @property
    def disabled_recognizers(self) -> frozenset[str]:
        """Recogniser names switched off in policy.yaml (e.g. SpacyRecognizer to run on lists alone)."""
        return frozenset(self.policy.get("disabled_recognizers") or [])

    @property
    def disabled_rules(self) -> frozenset[str]:
        """Rule ids switched off in policy.yaml (`disabled_rules:`): detection rules and decide steps."""
        return frozenset(self.policy.get("disabled_rules") or [])

    @cached_property
    def declared_rules(self) -> dict[str, dict[str, Any]]:
        """rules/detection_rules.yaml: per rule id its score, priority and the evidence it needs."""
        path = self.dir / "detection_rules.yaml"
        if not path.exists():
            return {}
        return {str(k): dict(v or {}) for k, v in (_read_yaml(path).get("rules") or {}).items()}

    @cached_property
    def rule_scores(self) -> dict[str, float]:
        return {k: float(v["score"]) for k, v in self.declared_rules.items() if "score" in v}

    def rule_priority(self, rule_id: str) -> int:
        """Which of two overlapping findings explains the span (higher wins); independent of the score."""
        return int(self.declared_rules.get(rule_id, {}).get("priority", 0))

    @property
    def nlp_model(self) -> str:
        """The spaCy pipeline to load: a resolved path if the setting names an existing folder."""
        setting = str(self.policy.get("nlp_model") or "models/nl_woo_ner")
        for base in (self.dir.parent, data_root()):
            cand = (base / setting) if not Path(setting).is_absolute() else Path(setting)
            if cand.exists():
                return str(cand)
        return setting


@lru_cache(maxsize=1)
def shipped_rules() -> Rules:
    """The rules that ship with the package, read once: the default of recognisers made without rules."""
    return load_rules()


def load_rules(folder: Path | str | None = None, label_style: str | None = None) -> Rules:
    """Read a rules folder (default: the shipped one). `label_style` overrides the policy."""
    folder = Path(folder) if folder else default_rules_dir()
    if not folder.is_dir():
        raise RulesError(f"{folder}: rules folder not found")
    policy = _read_yaml(folder / "policy.yaml")
    grounds = (_read_yaml(folder / "grounds.yaml")).get("grounds") or {}
    style = label_style or policy.get("label_style", "comma")
    if style not in LABEL_STYLES:
        raise RulesError(f"label style {style!r}: use one of {', '.join(LABEL_STYLES)}")
    entities: dict[str, EntityPolicy] = {}
    for name, spec in (policy.get("entities") or {}).items():
        spec = spec or {}
        ground = str(spec.get("ground", "5.1.2e"))
        if spec.get("action", "redact") == "redact" and ground not in grounds:
            raise RulesError(f"{folder / 'policy.yaml'}: entity {name} has unknown ground {ground!r}")
        entities[name] = EntityPolicy(
            ground=ground,
            min_score=float(spec.get("min_score", 0.4)),
            auto_score=float(spec.get("auto_score", 0.6)),
            action=str(spec.get("action", "redact")),
            in_manifest=bool(spec.get("in_manifest", False)),
        )
    for d in policy.get("deny") or []:
        if str(d.get("ground", "5.1.2e")) not in grounds:
            raise RulesError(f"{folder / 'policy.yaml'}: deny term {d.get('text')!r} has unknown ground")
    return Rules(dir=folder.resolve(), policy=policy, grounds=grounds, label_style=style, entities=entities)
