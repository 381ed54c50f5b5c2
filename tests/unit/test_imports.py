"""Cheap imports and no cycles: `import redact`, `from redact import Redactor` and the command
line's --help and diff load neither spaCy nor Presidio; no module of redact imports itself back.

Tests the package as a whole (redact/__init__.py's lazy imports and the import graph), not one
module."""
from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("spacy", "presidio_analyzer", "pymupdf", "thinc")


def _loaded_after(code: str) -> list[str]:
    probe = f"import sys, json\n{code}\nprint(json.dumps([m for m in {list(HEAVY)!r} if m in sys.modules]))"
    p = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300, cwd=REPO)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("code", [
    "import redact",
    "from redact import Redactor, Entry, Finding, __version__",
    "from redact import Redactor\nRedactor()",  # made, nothing analysed yet: rules only
    "import redact.cli, redact.review.diff",
])
def test_cheap_imports(code):
    assert _loaded_after(code) == []


def test_the_stages_load_when_used():
    assert "presidio_analyzer" in _loaded_after("from redact import FileResult")


def _module_imports() -> dict[str, set[str]]:
    """Module-level relative imports between redact's modules (imports inside functions are
    deliberate: they load on use)."""
    root = REPO / "redact"
    mods = {}
    for p in root.rglob("*.py"):
        parts = p.relative_to(REPO).with_suffix("").parts
        mods[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = p
    graph: dict[str, set[str]] = {}
    for name, p in mods.items():
        pkg = name if p.name == "__init__.py" else name.rsplit(".", 1)[0]
        graph[name] = set()
        for node in ast.walk(ast.parse(p.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = pkg.split(".")[: len(pkg.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
                for a in node.names:
                    sub = f"{target}.{a.name}"
                    graph[name].add(sub if sub in mods else target)
    return {k: {t for t in v if t in mods} for k, v in graph.items()}


def test_no_import_cycles():
    graph = _module_imports()
    cycles = []
    for start in graph:  # a depth-first walk from every module: is it reachable from itself?
        seen, stack = set(), [(start, [start])]
        while stack:
            node, path = stack.pop()
            for nxt in graph[node]:
                if nxt == start:
                    cycles.append(" -> ".join(path + [start]))
                elif nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, path + [nxt]))
    assert not cycles, cycles[:5]
