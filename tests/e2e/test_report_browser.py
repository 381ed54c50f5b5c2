"""report.html in a real headless Chromium: it loads without network, shows the page images with
every box, marks kept spans differently, and its filters work. Data invented."""
from __future__ import annotations

import re

import pytest

from redact import manifest as mf
from redact.cli import main
from tests.browser import chromium
from tests.builders import make_pdf


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    root = tmp_path_factory.mktemp("report")
    (root / "in").mkdir()
    make_pdf(root / "in" / "a.pdf", ["Datum: 2 mei 2025\nMail naar h.grootveld@voorbeeld.nl of bel 06-11223344.\n"
                                     "Rekening NL91ABNA0417164300."])
    make_pdf(root / "in" / "b.pdf", ["Vragen aan m.tuinstra@voorbeeld.nl.", "Tweede pagina zonder gegevens."])
    assert main(["batch", str(root / "in"), "--out", str(root / "out")]) == 0
    mpath = root / "out" / "review" / "a.pdf.manifest.json"
    phone = next(d for d in mf.load(mpath)["redactions"] if d["entity"] == "PHONE")
    assert main(["decide", str(mpath), phone["id"], "keep"]) == 0
    assert main(["batch", str(root / "in"), "--out", str(root / "out2"), "--reviewed",
                 str(root / "out" / "review")]) == 0
    return root / "out2"


@pytest.fixture(scope="module")
def browser():
    with chromium() as drv:
        yield drv


def _visible(els) -> list:
    return [e for e in els if e.is_displayed()]


def test_report_is_beside_review_and_self_contained(reviewed):
    report = reviewed / "report.html"
    assert report.is_file()
    assert not list((reviewed / "publish").rglob("*.html"))
    html = report.read_text("utf-8")
    assert not re.search(r"(src|href)=\"(https?:|//)", html)
    assert "Content-Security-Policy" in html


def test_report_shows_pages_boxes_and_filters(reviewed, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get((reviewed / "report.html").as_uri())
    assert "review report" in browser.title
    imgs = browser.find_elements(By.CSS_SELECTOR, ".page img")
    assert len(imgs) == 2  # a.pdf page 1, b.pdf page 1 (page 2 of b has no findings)
    assert all(browser.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", i)
               for i in imgs)
    entries = [d for p in sorted((reviewed / "review").rglob("*.manifest.json"))
               for d in mf.load(p)["redactions"] + mf.load(p)["kept"]]
    boxes = browser.find_elements(By.CSS_SELECTOR, ".page .box")
    assert len(boxes) == sum(len(d["boxes"]) for d in entries) >= 4
    kept = browser.find_elements(By.CSS_SELECTOR, ".page .box.keep")
    assert len(kept) == 1 and kept[0].value_of_css_property("border-top-style") == "dashed"
    red = [b for b in boxes if "keep" not in b.get_attribute("class")]
    assert {b.value_of_css_property("border-top-style") for b in red} == {"solid"}
    assert all(b.size["width"] > 10 and b.size["height"] > 5 for b in boxes)  # drawn over the text, not collapsed
    assert {b.text for b in red} == {"5.1, 2, e"}

    rows = browser.find_elements(By.CSS_SELECTOR, "#findings tbody tr")
    assert len(_visible(rows)) == len(entries)
    Select(browser.find_element(By.ID, "f-decision")).select_by_value("keep")
    assert [r.get_attribute("data-decision") for r in _visible(rows)] == ["keep"]
    assert browser.find_element(By.ID, "shown").text == "1"
    assert len(_visible(browser.find_elements(By.CSS_SELECTOR, ".page .box"))) == 1
    Select(browser.find_element(By.ID, "f-decision")).select_by_value("")
    Select(browser.find_element(By.ID, "f-entity")).select_by_value("EMAIL")
    assert {r.get_attribute("data-entity") for r in _visible(rows)} == {"EMAIL"}
    assert len(_visible(rows)) == 2
    Select(browser.find_element(By.ID, "f-file")).select_by_value("b.pdf")
    assert len(_visible(rows)) == 1
    Select(browser.find_element(By.ID, "f-entity")).select_by_value("")
    Select(browser.find_element(By.ID, "f-file")).select_by_value("")
    Select(browser.find_element(By.ID, "f-detector")).select_by_index(1)
    assert 0 < len(_visible(rows)) <= len(entries)
    counts = browser.find_element(By.ID, "counts").text
    assert "5.1.2e" in counts
    # no request ever left the page: every resource it loaded is a data: URI
    urls = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert all(u.startswith("data:") for u in urls)
