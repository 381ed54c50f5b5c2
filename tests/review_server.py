"""Helpers for the review app's tests: a batch with invented data, a real server on loopback, and
a plain HTTP client that can send any Host, Origin or cookie header."""
from __future__ import annotations

import http.client
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redact.cli import main
from redact.review.app.server import Running, start_in_thread
from redact.rules import load_rules
from tests.builders import make_pdf

PHONE = "06-11223344"
LETTER = ["Mail naar h.grootveld@voorbeeld.nl of bel 06-11223344.\nRekening NL91ABNA0417164300.\n\n"
          "Handtekening:\n\n\n\nMet vriendelijke groet",
          "Tweede pagina: bel 06-11223344 opnieuw."]
NOTE = ["Vragen aan m.tuinstra@voorbeeld.nl of bel 06-11223344."]


def make_batch(root: Path) -> Path:
    """IN with two PDFs (the same mobile number in both), redacted into OUT; returns OUT."""
    (root / "in").mkdir(parents=True)
    make_pdf(root / "in" / "a.pdf", LETTER)
    make_pdf(root / "in" / "b.pdf", NOTE)
    assert main(["batch", str(root / "in"), "--out", str(root / "out")]) == 0
    return root / "out"


def copy_batch(out: Path, dest: Path) -> Path:
    shutil.copytree(out, dest)
    return dest


@dataclass
class Client:
    base: str  # http://host:port
    token: str
    cookie: str = ""
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def hostport(self) -> str:
        return self.base.split("//", 1)[1]

    def request(self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None):
        host, port = self.hostport.rsplit(":", 1)
        h = {"Host": self.hostport, **self.headers, **(headers or {})}
        if self.cookie:
            h.setdefault("Cookie", self.cookie)
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            h.setdefault("Content-Type", "application/json")
        c = http.client.HTTPConnection(host, int(port), timeout=60)
        try:
            c.request(method, path, body=data, headers=h)
            r = c.getresponse()
            return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
        finally:
            c.close()

    def json(self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None):
        status, _, data = self.request(method, path, body, headers)
        return status, json.loads(data)

    def sign_in(self) -> Client:
        status, h, _ = self.request("GET", f"/?token={self.token}")
        assert status == 303, status
        self.cookie = h["set-cookie"].split(";", 1)[0]
        return self

    def post(self, path: str, body: Any):
        return self.json("POST", path, body, {"X-Woo-Review": "1", "Origin": self.base})


def serve(out: Path, **kw) -> Running:
    return start_in_thread(out, load_rules(), **kw)
