"""The wheel carries the rules, the model and the templates, and works outside the source checkout."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.builders import make_pdf, pdf_text

REPO = Path(__file__).resolve().parents[1]


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


def test_wheel_in_fresh_venv_redacts_a_file_outside_checkout(wheel, tmp_path):
    """A fresh virtualenv gets the wheel (dependencies are borrowed from the test environment's
    site-packages through a .pth line, so no network is needed); its `redact` script, run from
    another folder, finds the shipped rules and model inside the installed package."""
    import sysconfig

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    vpy = venv / "bin" / "python"
    site = Path(subprocess.run([str(vpy), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "borrowed_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([str(vpy), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], check=True,
                   timeout=300)
    work = tmp_path / "elsewhere"
    work.mkdir()
    make_pdf(work / "brief.pdf", ["Reactie naar m.jansen@voorbeeld.nl graag."])
    probe = subprocess.run([str(vpy), "-c", "import redact.paths as p; print(p.data_root())"], cwd=work,
                           capture_output=True, text=True, timeout=300)
    assert probe.returncode == 0, probe.stderr
    assert Path(probe.stdout.strip()).resolve().is_relative_to(site.resolve())
    run = subprocess.run([str(venv / "bin" / "redact"), "file", "brief.pdf", "--out", "out"], cwd=work,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert "m.jansen" not in pdf_text(work / "out" / "publish" / "brief.pdf")
    assert (work / "out" / "review" / "brief.pdf.manifest.json").exists()
