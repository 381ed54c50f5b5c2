"""The review app's server and JSON API on a real server on loopback: only the reviewer gets in
(token -> cookie, Host check, CSRF), paths stay inside OUT_DIR, decisions have `redact decide`'s
semantics with versions (409 on a stale edit) and an audit trail. Data invented."""
from __future__ import annotations

import pytest

from redact import manifest as mf
from redact.cli import main
from tests.review_server import PHONE, Client, copy_batch, make_batch, serve


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    return make_batch(tmp_path_factory.mktemp("app"))


@pytest.fixture
def app(batch, tmp_path):
    out = copy_batch(batch, tmp_path / "out")
    running = serve(out, reviewer="Test Reviewer")
    yield out, Client(running.base, running.token)
    running.stop()


def _entry(out, key: str, entity: str) -> dict:
    m = mf.load(out / "review" / f"{key}.manifest.json")
    return next(d for d in m["redactions"] + m["kept"] if d["entity"] == entity)


def test_without_the_token_nothing_is_served(app):
    out, c = app
    for path in ("/", "/api/documents", "/api/documents/a.pdf", "/api/pages/image?file=a.pdf&page=1",
                 "/static/app.js", "/doc/a.pdf"):
        status, _, body = c.request("GET", path)
        assert status == 401, path
        assert b"grootveld" not in body
    status, h, _ = c.request("GET", "/?token=wrong-token")
    assert status == 401 and "set-cookie" not in h
    status, _, _ = c.request("GET", "/api/documents", headers={"Cookie": "woo_review=" + c.token})
    assert status == 401  # the token itself is not the session cookie
    assert c.request("GET", "/api/documents", headers={"Cookie": 'woo_review="\\x"; ;;=='})[0] == 401
    status, h, _ = c.request("GET", f"/?token={c.token}")
    assert status == 303 and h["location"] == "/"
    cookie = h["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    c.cookie = h["set-cookie"].split(";", 1)[0]
    status, docs = c.json("GET", "/api/documents")
    assert status == 200
    assert [(d["file"], d["status"], d["pages"]) for d in docs] == [("a.pdf", "published", 2),
                                                                     ("b.pdf", "published", 1)]
    a = mf.load(out / "review" / "a.pdf.manifest.json")
    open_ones = [d["file"] for d in c.json("GET", "/api/documents?open=1")[1]]
    assert open_ones == [d["file"] for d in docs if d["open_suggestions"]]
    assert docs[0]["open_suggestions"] == sum(1 for d in a["redactions"] + a["kept"] if d["suggested"])
    assert c.json("GET", "/api/documents?status=failed")[1] == []
    assert docs[0]["redactions"] == len(a["redactions"]) and docs[0]["kept"] == len(a["kept"])


def test_foreign_host_and_cross_origin_are_refused(app):
    _, c = app
    c.sign_in()
    port = c.hostport.rsplit(":", 1)[1]
    for host in ("evil.example:" + port, "evil.example", "127.0.0.1:1", "localhost.evil.example:" + port):
        assert c.request("GET", "/api/documents", headers={"Host": host})[0] == 421, host
    assert c.request("GET", "/api/documents", headers={"Host": "localhost:" + port})[0] == 200
    status, h, _ = c.request("OPTIONS", "/api/decisions", headers={"Origin": "http://evil.example",
                                                                   "Access-Control-Request-Method": "POST"})
    assert status == 403 and not any(k.startswith("access-control") for k in h)
    status, h, _ = c.request("GET", "/api/documents", headers={"Origin": "http://evil.example"})
    assert not any(k.startswith("access-control") for k in h)
    assert h["cache-control"] == "no-store"


def test_cross_site_post_is_refused(app):
    out, c = app
    c.sign_in()
    phone = _entry(out, "a.pdf", "PHONE")
    body = {"file": "a.pdf", "version": 0, "id": phone["id"], "decision": "keep", "scope": "batch"}
    before = (out / "review" / "a.pdf.manifest.json").read_bytes()
    # a cross-site form post: no custom header
    assert c.json("POST", "/api/decisions", body, {"Origin": "http://evil.example"})[0] == 403
    assert c.json("POST", "/api/decisions", body)[0] == 403
    # the header but another origin, or a browser saying cross-site
    assert c.json("POST", "/api/decisions", body, {"X-Woo-Review": "1", "Origin": "http://evil.example"})[0] == 403
    assert c.json("POST", "/api/decisions", body, {"X-Woo-Review": "1", "Sec-Fetch-Site": "cross-site"})[0] == 403
    assert (out / "review" / "a.pdf.manifest.json").read_bytes() == before
    assert c.post("/api/decisions", body)[0] == 200


def test_paths_outside_out_dir_are_refused(app, tmp_path):
    out, c = app
    c.sign_in()
    secret = out.parent / "secret.manifest.json"
    secret.write_text(mf.dumps(mf.load(out / "review" / "a.pdf.manifest.json")), "utf-8")
    for path in ("/api/documents/../../secret", "/api/documents/..%2F..%2Fsecret",
                 "/api/entries?file=../../secret", "/api/pages?file=../../secret&page=1",
                 "/api/pages/image?file=../../secret&page=1", "/doc/../../secret"):
        status, body = c.json("GET", path)
        assert status in (403, 404), path
        assert "grootveld" not in str(body)
    assert c.json("GET", "/api/entries?file=../../secret")[0] == 403
    assert c.post("/api/terms", {"file": "../../secret", "version": 0, "text": "x"})[0] == 403
    assert c.json("GET", "/api/pages/image?file=a.pdf&page=1&view=../../x")[0] == 404
    assert c.json("GET", "/api/documents/nope.pdf")[0] == 404


def test_stale_version_is_refused_with_409(app):
    out, c = app
    c.sign_in()
    email = _entry(out, "a.pdf", "EMAIL")
    ok = {"file": "a.pdf", "version": 0, "id": email["id"], "decision": "redact", "ground": "5.1.1e",
          "scope": "occurrence"}
    status, r = c.post("/api/decisions", ok)
    assert status == 200 and r["versions"] == {"a.pdf": 1}
    written = (out / "review" / "a.pdf.manifest.json").read_bytes()
    status, r = c.post("/api/decisions", {**ok, "decision": "keep"})  # made in a tab still on version 0
    assert status == 409 and "version 1" in r["error"]
    assert c.post("/api/checked", {"file": "a.pdf", "version": 0, "page": 1})[0] == 409
    assert c.post("/api/checked", {"file": "a.pdf", "page": 1})[0] == 400  # no version: refused, not guessed
    assert (out / "review" / "a.pdf.manifest.json").read_bytes() == written
    assert c.post("/api/checked", {"file": "a.pdf", "version": 1, "page": 1})[0] == 200
    assert c.json("GET", "/api/documents/a.pdf")[1]["version"] == 2
    # `redact decide` beside the app: the app reads the new state at once
    assert main(["decide", str(out / "review" / "a.pdf.manifest.json"), email["id"], "keep", "--only"]) == 0
    items = {it["id"]: it for it in c.json("GET", "/api/documents/a.pdf")[1]["items"]}
    assert items[email["id"]]["decision"] == "keep"


def test_decisions_match_redact_decide_and_carry_an_audit_trail(app, tmp_path):
    out, c = app
    c.sign_in()
    cli = copy_batch(out, tmp_path / "cli")
    phone = _entry(out, "a.pdf", "PHONE")
    # the app, scope batch == `redact decide REVIEW_DIR id keep`
    status, r = c.post("/api/decisions", {"file": "a.pdf", "version": 0, "id": phone["id"], "decision": "keep",
                                          "scope": "batch", "reason": "switchboard"})
    assert status == 200 and set(r["versions"]) == {"a.pdf", "b.pdf"}, r
    assert main(["decide", str(cli / "review"), phone["id"], "keep", "--reason", "switchboard"]) == 0
    for key in ("a.pdf", "b.pdf"):
        app_m, cli_m = (mf.load(d / "review" / f"{key}.manifest.json") for d in (out, cli))
        assert [(d["id"], d["decision"]) for d in app_m["redactions"] + app_m["kept"]] == \
               [(d["id"], d["decision"]) for d in cli_m["redactions"] + cli_m["kept"]]
        assert app_m["review"]["decisions"] == cli_m["review"]["decisions"]
        assert {d["text"] for d in app_m["kept"] if d["decision"] == "keep"} >= {PHONE}
        audit = app_m["review"]["audit"]
        assert audit and all(a["who"] == "Test Reviewer" and a["what"] == "decision" and a["when"] for a in audit)
        assert {(a["from"]["decision"], a["to"]["decision"]) for a in audit} == {("redact", "keep")}
    # an area drawn in percent of the page is stored in points; a checked page counts
    b = mf.load(out / "review" / "b.pdf.manifest.json")
    assert c.post("/api/areas", {"file": "b.pdf", "version": b["review"]["version"], "page": 1,
                                 "rect_pct": [10, 50, 60, 60], "ground": "5.1.2e"})[0] == 200
    area = mf.load(out / "review" / "b.pdf.manifest.json")["review"]["areas"][0]
    assert area["page"] == 1 and area["rect"] == [pytest.approx(59.5, abs=0.1), pytest.approx(421, abs=0.1),
                                                  pytest.approx(357, abs=0.1), pytest.approx(505.2, abs=0.1)]
    status, docs = c.json("GET", "/api/documents")
    assert status == 200 and not any(d["done"] for d in docs)
    status, _ = c.post("/api/checked", {"file": "b.pdf", "version": 2, "page": 1})
    status, docs = c.json("GET", "/api/documents?status=published")
    assert [d["file"] for d in docs if d["done"]] == ["b.pdf"]
    status, detail = c.json("GET", "/api/documents/b.pdf")
    assert any(it["entity"] == "AREA" for it in detail["items"]) and detail["checked"] == [1]
    assert c.post("/api/areas", {"file": "b.pdf", "version": 3, "page": 1, "rect": [70, 700, 200, 720]})[0] == 200
    assert c.post("/api/areas/remove", {"file": "b.pdf", "version": 4, "id": "area1"})[0] == 200
    b = mf.load(out / "review" / "b.pdf.manifest.json")
    assert [a["rect"] for a in b["review"]["areas"]] == [[70, 700, 200, 720]]
    assert b["review"]["audit"][-1]["to"] is None and b["review"]["audit"][-1]["from"]["rect"] == area["rect"]
    assert c.post("/api/areas/remove", {"file": "b.pdf", "version": 5, "id": "area7"})[0] == 404
    # bad input: a clear 400
    assert c.post("/api/decisions", {"file": "a.pdf", "version": 1, "id": phone["id"], "decision": "maybe"})[0] == 400
    assert c.post("/api/areas", {"file": "a.pdf", "version": 1, "page": 9, "rect": [1, 2, 3, 4]})[0] == 400


def test_search_finds_hits_across_the_batch_and_a_term_is_recorded(app):
    out, c = app
    c.sign_in()
    status, r = c.json("GET", "/api/search?q=" + "Tweede%20pagina")
    assert status == 200 and [(h["file"], h["page"]) for h in r["hits"]] == [("a.pdf", 2)]
    status, r = c.json("GET", "/api/search?q=" + PHONE)
    assert sorted((h["file"], h["page"]) for h in r["hits"]) == [("a.pdf", 1), ("a.pdf", 2), ("b.pdf", 1)]
    assert c.post("/api/terms", {"file": "a.pdf", "version": 0, "text": "Tweede pagina"})[0] == 200
    assert mf.load(out / "review" / "a.pdf.manifest.json")["review"]["terms"][0]["text"] == "Tweede pagina"


def test_page_images_are_rendered_on_demand_and_cached_inside_out_dir(app):
    out, c = app
    c.sign_in()
    assert not list(out.glob(".review-app/pages/*/*.png"))
    status, h, png = c.request("GET", "/api/pages/image?file=a.pdf&page=2")
    assert status == 200 and png.startswith(b"\x89PNG") and h["cache-control"] == "no-store"
    assert len(list(out.glob(".review-app/pages/*/2.png"))) == 1
    status, page = c.json("GET", "/api/pages?file=a.pdf&page=1")
    phone = _entry(out, "a.pdf", "PHONE")
    assert status == 200 and round(page["width"]) == 595 and phone["id"] in {b["id"] for b in page["boxes"]}
    assert c.json("GET", "/api/pages?file=a.pdf&page=3")[0] == 404


def test_the_command_prints_a_url_that_signs_in(batch, tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    out = copy_batch(batch, tmp_path / "out")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    assert main(["review", str(tmp_path / "nothing"), "--no-browser"]) == 2
    proc = subprocess.Popen([sys.executable, "-m", "redact", "review", str(out), "--no-browser", "--reviewer", "CLI"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stdout.readline()
        assert line.startswith("Review at http://127.0.0.1:") and "?token=" in line, line + proc.stderr.read()
        url = line.split()[-1]
        c = Client(*url.split("/?token="))
        assert c.request("GET", "/api/documents")[0] == 401
        status, docs = c.sign_in().json("GET", "/api/documents")
        assert status == 200 and [d["file"] for d in docs] == ["a.pdf", "b.pdf"]
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_publish_refuses_edits_while_it_runs_and_reports_the_diff(app):
    import fcntl
    import json
    import time

    out, c = app
    c.sign_in()
    phone = _entry(out, "b.pdf", "PHONE")
    assert c.post("/api/decisions", {"file": "b.pdf", "version": 0, "id": phone["id"], "decision": "keep",
                                     "scope": "occurrence"})[0] == 200
    # another writer (say a second `redact review` on this folder) holds the lock: the publication waits
    with open(out / ".review-app" / "lock", "a") as other:
        fcntl.flock(other, fcntl.LOCK_EX)
        status, state = c.post("/api/publish", {})
        assert status == 202 and state["state"] == "running"
        assert c.post("/api/publish", {})[0] == 409  # one at a time
        status, r = c.post("/api/checked", {"file": "b.pdf", "version": 1, "page": 1})
        assert status == 409 and "publication" in r["error"]
        fcntl.flock(other, fcntl.LOCK_UN)
    for _ in range(3000):  # the publication ends done or failed; this only bounds a hang (10 min)
        if (state := c.json("GET", "/api/publish")[1])["state"] != "running":
            break
        time.sleep(0.2)
    assert state["state"] == "done", state
    assert state["summary"]["published"] == 2
    changed = state["diff"]["files"]["b.pdf"]["changed"]
    assert [(x["id"], x["changes"]["decision"]) for x in changed] == [(phone["id"], ["redact", "keep"])]
    assert "a.pdf" not in state["diff"]["files"]
    assert json.loads((out / "batch.json").read_text("utf-8"))["summary"]["published"] == 2
    assert c.post("/api/checked", {"file": "b.pdf", "version": 1, "page": 1})[0] == 200
