"""`redact review` in a real headless Chromium on a real loopback server: refused without the
token, the batch with it; on a page keep a redaction batch-wide, draw an area, mark the page
checked, publish, and then the published PDFs and the diff show exactly those changes. Data
invented. Set REVIEW_SCREENSHOT=path to keep the screenshot (docs/review.png is made this way)."""
from __future__ import annotations

import os
import shutil

import pymupdf
import pytest

from redact import manifest as mf
from redact.review.diff import diff_paths
from tests.browser import chromium
from tests.builders import pdf_text
from tests.review_server import PHONE, copy_batch, make_batch, serve

WAIT = 120  # seconds a step may take on a busy machine before the test gives up (not a timing check)


@pytest.fixture
def reviewing(tmp_path):
    with chromium() as drv:
        out = make_batch(tmp_path)
        before = copy_batch(out / "review", tmp_path / "before")
        running = serve(out, reviewer="Browser Reviewer")
        try:
            yield out, before, running, drv
        finally:
            running.stop()


def _reloaded(drv, old_body):
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(drv, WAIT).until(ec.staleness_of(old_body))
    WebDriverWait(drv, WAIT).until(lambda d: d.execute_script("return document.readyState") == "complete")


def test_review_keep_area_checked_publish(reviewing, tmp_path):
    from selenium.webdriver.common.actions.action_builder import ActionBuilder
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    out, before, running, drv = reviewing
    # without the token: refused, no batch
    drv.get(running.base + "/")
    assert "not signed in" in drv.find_element(By.TAG_NAME, "body").text
    assert not drv.find_elements(By.ID, "documents")
    # with it: the batch, and the token is gone from the address bar
    drv.get(running.url)
    assert "token" not in drv.current_url
    rows = drv.find_elements(By.CSS_SELECTOR, "#documents tbody tr")
    assert [r.get_attribute("data-file") for r in rows] == ["a.pdf", "b.pdf"]
    assert "published" in rows[0].text

    drv.find_element(By.LINK_TEXT, "a.pdf").click()
    WebDriverWait(drv, WAIT).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#page img"))
    img = drv.find_element(By.CSS_SELECTOR, "#page img")
    WebDriverWait(drv, WAIT).until(lambda d: d.execute_script("return arguments[0].complete && "
                                                              "arguments[0].naturalWidth > 0", img))
    phone = drv.find_element(By.CSS_SELECTOR, '#page .box[data-entity="PHONE"]')
    phone.click()
    assert drv.find_element(By.ID, "d-text").text == PHONE
    assert drv.find_element(By.ID, "d-rules").text  # the rules that produced it
    Select(drv.find_element(By.ID, "scope")).select_by_value("batch")
    drv.find_element(By.ID, "reason").send_keys("switchboard of the service desk")
    body = drv.find_element(By.TAG_NAME, "body")
    drv.find_element(By.ID, "btn-keep").click()
    _reloaded(drv, body)
    assert "keep" in drv.find_element(By.CSS_SELECTOR, '#page .box[data-entity="PHONE"]').get_attribute("class")

    # draw an area in the blank space under 'Handtekening:' (30-36 % down the page)
    page = drv.find_element(By.ID, "page")
    drv.find_element(By.ID, "btn-area").click()
    body = drv.find_element(By.TAG_NAME, "body")
    r = drv.execute_script("arguments[0].scrollIntoView(); return arguments[0].getBoundingClientRect().toJSON()", page)
    drag = ActionBuilder(drv)
    drag.pointer_action.move_to_location(int(r["left"] + 0.12 * r["width"]), int(r["top"] + 0.30 * r["height"]))
    drag.pointer_action.pointer_down()
    drag.pointer_action.move_to_location(int(r["left"] + 0.52 * r["width"]), int(r["top"] + 0.36 * r["height"]))
    drag.pointer_action.pointer_up()
    drag.perform()
    _reloaded(drv, body)
    assert drv.find_elements(By.CSS_SELECTOR, '#page .box[data-entity="AREA"]')

    body = drv.find_element(By.TAG_NAME, "body")
    drv.find_element(By.ID, "btn-checked").click()
    _reloaded(drv, body)
    assert drv.find_element(By.ID, "checked-state").text == "✔ page checked"
    drv.find_element(By.CSS_SELECTOR, '#page .box[data-entity="EMAIL"]').click()
    drv.execute_script("window.scrollTo(0, 0)")
    shot = tmp_path / "review.png"
    drv.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("REVIEW_SCREENSHOT"):
        shutil.copyfile(shot, os.environ["REVIEW_SCREENSHOT"])

    drv.find_element(By.ID, "nav-publish").click()
    drv.find_element(By.ID, "btn-publish").click()
    WebDriverWait(drv, WAIT).until(
        lambda d: d.find_element(By.ID, "publish-state").get_attribute("data-state") in ("done", "failed"))
    assert drv.find_element(By.ID, "publish-state").get_attribute("data-state") == "done"
    shown = drv.find_element(By.ID, "diff").text

    # exactly that change: the mobile number kept in both documents, one area added, nothing else
    diff = diff_paths(before, out / "review")
    assert set(diff["files"]) == {"a.pdf", "b.pdf"} and not diff["only_old"] and not diff["only_new"]
    a, b = diff["files"]["a.pdf"], diff["files"]["b.pdf"]
    for d in (a, b):
        assert not d["added"] and not d["removed"] and not d["terms"]["added"] and "status" not in d
        assert {(x["text"], x["changes"]["decision"][0], x["changes"]["decision"][1]) for x in d["changed"]} == {
            (PHONE, "redact", "keep")}
    assert len(a["changed"]) == 2 and len(b["changed"]) == 1  # a.pdf has the number on both pages
    assert len(a["areas"]["added"]) == 1 and not b["areas"]["added"]
    assert f"{PHONE}' p1: decision redact -> keep" in shown and "+ manual area page 1" in shown
    assert shown.rstrip().endswith(f"{diff['differences']} difference(s)")

    text_a, text_b = pdf_text(out / "publish" / "a.pdf"), pdf_text(out / "publish" / "b.pdf")
    assert text_a.count(PHONE) == 2 and text_b.count(PHONE) == 1
    assert "h.grootveld@voorbeeld.nl" not in text_a and "NL91ABNA0417164300" not in text_a
    assert "m.tuinstra@voorbeeld.nl" not in text_b
    area = mf.load(out / "review" / "a.pdf.manifest.json")["review"]["areas"][0]
    with pymupdf.open(out / "publish" / "a.pdf") as pdf:
        labels = pdf[0].search_for("5.1, 2, e")
    assert any(pymupdf.Rect(area["rect"]).contains(r) for r in labels)  # the area's box is drawn
    m = mf.load(out / "review" / "a.pdf.manifest.json")
    assert m["review"]["checked"] == [1]
    assert {e["what"] for e in m["review"]["audit"]} == {"decision", "area", "checked"}
    assert all(e["who"] == "Browser Reviewer" for e in m["review"]["audit"])


def test_select_words_and_keyboard(reviewing):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    out, _, running, drv = reviewing
    drv.get(running.url)
    drv.get(running.base + "/doc/a.pdf?page=1")
    # keys: n selects the first finding on the page, k keeps it (scope: this document)
    first = drv.find_elements(By.CSS_SELECTOR, "#page-findings tbody tr")[0].get_attribute("data-id")
    body = drv.find_element(By.TAG_NAME, "body")
    body.send_keys("n")
    assert drv.find_element(By.ID, "d-id").text == first
    body.send_keys("k")
    _reloaded(drv, body)
    m = mf.load(out / "review" / "a.pdf.manifest.json")
    assert next(d for d in m["redactions"] + m["kept"] if d["id"] == first)["decision"] == "keep"
    # select two words on the page and redact them as a term
    drv.find_element(By.ID, "btn-words").click()
    WebDriverWait(drv, WAIT).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#page .word"))
    words = {w.get_attribute("title"): w for w in drv.find_elements(By.CSS_SELECTOR, "#page .word")}
    words["vriendelijke"].click()
    words["Met"].click()
    assert drv.find_element(By.ID, "words-picked").text == "Met vriendelijke"
    body = drv.find_element(By.TAG_NAME, "body")
    drv.find_element(By.ID, "btn-redact-words").click()
    _reloaded(drv, body)
    terms = mf.load(out / "review" / "a.pdf.manifest.json")["review"]["terms"]
    assert [t["text"] for t in terms] == ["Met vriendelijke"]
