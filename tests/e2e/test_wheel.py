"""The wheel carries the rules, the model and the templates, and works outside the source checkout."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.builders import make_pdf, pdf_text

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    p = subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(REPO)],
                       capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stdout[-2000:] + p.stderr[-2000:]
    (whl,) = dist.glob("woo_redact-*.whl")
    return whl


def test_wheel_contains_rules_and_model(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("redact/_data/rules/policy.yaml", "redact/_data/rules/grounds.yaml",
                   "redact/schemas/manifest-1.json", "redact/cli.py",
                   # the report's and the review app's templates and assets (no build step, no CDN)
                   "redact/report/templates/findings.html.j2", "redact/report/templates/findings.css",
                   "redact/review/app/templates/page.html.j2", "redact/review/app/static/app.js",
                   "redact/review/app/static/app.css"):
        assert needed in names
    assert any(n.startswith("redact/_data/rules/lists/") for n in names)
    if (REPO / "models" / "nl_woo_ner" / "meta.json").exists():
        assert "redact/_data/models/nl_woo_ner/meta.json" in names
    assert not any(n.startswith(("tests/", "samples/", "models/recipe")) for n in names)


def _core_closure(wheel: Path) -> list:
    """The installed distributions the wheel's core dependencies need (no extras), recursively."""
    from email.parser import Parser
    from importlib.metadata import PackageNotFoundError, distribution

    from packaging.requirements import Requirement

    meta = next(n for n in zipfile.ZipFile(wheel).namelist() if n.endswith(".dist-info/METADATA"))
    wanted = Parser().parsestr(zipfile.ZipFile(wheel).read(meta).decode()).get_all("Requires-Dist") or []
    todo = [(Requirement(r), frozenset()) for r in wanted]
    seen: dict[tuple[str, frozenset], object] = {}
    out = {}
    while todo:
        req, extras_of_parent = todo.pop()
        if req.marker and not any(req.marker.evaluate({"extra": e}) for e in (extras_of_parent or {""})):
            continue
        try:
            dist = distribution(req.name)
        except PackageNotFoundError:
            pytest.fail(f"{req.name} (a core dependency) is not installed in the test environment")
        key = (dist.metadata["Name"].lower(), frozenset(req.extras))
        if key in seen:
            continue
        seen[key] = dist
        out[key[0]] = dist
        todo += [(Requirement(r), frozenset(req.extras)) for r in dist.requires or []]
    return list(out.values())


def _install_only(dists: list, site: Path) -> None:
    """Make exactly these distributions importable in another environment's site-packages, by
    linking their files (no network, and nothing the test environment has besides)."""
    for dist in dists:
        tops = {Path(str(f)).parts[0] for f in dist.files or [] if not str(f).startswith("..")}
        if not tops:
            pytest.fail(f"{dist.metadata['Name']} has no file list (installed as editable?)")
        for top in tops:
            src = Path(dist.locate_file(top))
            if src.exists() and not (site / top).exists() and top != "__pycache__":
                (site / top).symlink_to(src)


PROMISED = ["inventory.csv", "inventory.xlsx", "batch.json", "report.html"]  # the README's table


def test_wheel_in_fresh_venv_without_extras_writes_every_promised_output(wheel, tmp_path):
    """A fresh virtualenv gets the wheel and exactly its core dependencies (linked from the test
    environment: no network, no dev extras); its `redact` script, run from another folder, finds
    the shipped rules and model inside the installed package and writes every output the README
    promises for `redact batch`."""
    import json
    import os

    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # only what the venv holds
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    vpy = venv / "bin" / "python"
    site = Path(subprocess.run([str(vpy), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True, env=env).stdout.strip())
    _install_only(_core_closure(wheel), site)
    subprocess.run([str(vpy), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], check=True,
                   timeout=300, env=env)
    absent = subprocess.run([str(vpy), "-c", "import pytest"], capture_output=True, text=True, timeout=60, env=env)
    assert absent.returncode != 0, "dev extras leaked into the clean environment"
    work = tmp_path / "elsewhere"
    (work / "in").mkdir(parents=True)
    make_pdf(work / "in" / "brief.pdf", ["Reactie naar m.jansen@voorbeeld.nl graag."])
    probe = subprocess.run([str(vpy), "-c", "import redact.paths as p; print(p.data_root())"], cwd=work,
                           capture_output=True, text=True, timeout=300, env=env)
    assert probe.returncode == 0, probe.stderr
    assert Path(probe.stdout.strip()).resolve().is_relative_to(site.resolve())
    run = subprocess.run([str(venv / "bin" / "redact"), "batch", "in", "--out", "out"], cwd=work,
                         capture_output=True, text=True, timeout=600, env=env)
    assert run.returncode == 0, run.stderr[-3000:]
    out = work / "out"
    assert "m.jansen" not in pdf_text(out / "publish" / "brief.pdf")
    assert (out / "review" / "brief.pdf.manifest.json").exists()
    for name in PROMISED:
        assert (out / name).is_file() and (out / name).stat().st_size > 0, name
    assert json.loads((out / "batch.json").read_text("utf-8"))["summary"]["published"] == 1
    assert zipfile.ZipFile(out / "inventory.xlsx").testzip() is None
